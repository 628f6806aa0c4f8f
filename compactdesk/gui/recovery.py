"""A damaged store, found on opening or while in use: say so plainly and offer the newest good backup.

Nothing is overwritten without a copy: a restore (store/backup.py) copies the damaged
store beside its backups first, byte for byte when SQLite can no longer read it.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.gui.dialogs.backups import RestoreDialog
from compactdesk.i18n import translate
from compactdesk.store import DamagedStoreError, Store, StoreError, open_store
from compactdesk.store.backup import BackupInfo, backup_folder, newest_sound_backup, restore
from compactdesk.store.identity import another_group

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow

NEWEST, CHOSEN, AS_IS = "newest", "chosen", "as is"


def open_with_recovery(path: Path, parent: QWidget | None) -> Store:
    """open_store, and for a damaged store the offer of a backup; raises StoreError when none is taken."""
    try:
        return open_store(path)
    except DamagedStoreError as error:
        return recover_on_open(path, error, parent)


def _offer(path: Path, newest: BackupInfo | None) -> str:
    if newest is None:
        return translate("Recovery", "There is no good backup of it in {folder}. You can choose a backup kept "
                                     "elsewhere (a USB stick, say), or open the file as it is to read and export "
                                     "what can still be read.").format(
            folder=backup_folder(path))
    made = newest.made_at
    # Bare names, as lupdate reads a plural's count only so; a sound backup always has its counts.
    meetings, targets, feedback = newest.meetings or 0, newest.targets or 0, newest.feedback or 0
    return translate("Recovery", "The newest good backup was made on {day} at {time}. It holds {meetings}, "
                                 "{targets} and {feedback}. Restoring it replaces the damaged file, which is copied "
                                 "beside the backups first, so nothing is lost.").format(
        day=uk_date(made.date()), time=f"{made:%H:%M}",
        meetings=translate("Recovery", "%n meeting(s)", None, meetings),
        targets=translate("Recovery", "%n target(s)", None, targets),
        feedback=translate("Recovery", "%n feedback item(s)", None, feedback))


def _ask(path: Path, error: DamagedStoreError, parent: QWidget | None, *, in_use: bool = False) \
        -> tuple[str, Path | None] | None:
    """What to do with a damaged store: (NEWEST or CHOSEN, the backup), (AS_IS, None), or None to cancel."""
    newest = newest_sound_backup(path)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Recovery", "This group's file is damaged"), str(error),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_offer(path, newest))
    use_newest = box.addButton(translate("Recovery", "&Restore the newest good backup"),
                               QMessageBox.ButtonRole.AcceptRole) if newest is not None else None
    choose = box.addButton(translate("Recovery", "&Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
    as_is = box.addButton(translate("Recovery", "&Keep working on it as it is") if in_use
                          else translate("Recovery", "&Open it as it is"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(use_newest or choose)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if use_newest is not None and clicked is use_newest:
        return NEWEST, newest.path
    if clicked is choose:
        dialog = RestoreDialog(path, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
                reason = another_group(path, dialog.chosen)
                if reason is None or QMessageBox.question(
                        parent, translate("Recovery", "Restore from a backup"),
                        translate("Recovery", "This backup looks like another group's records. {reason}\n\n"
                                              "Restore it all the same?").format(reason=reason),
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                        QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes:
                    return CHOSEN, dialog.chosen
        finally:
            dialog.deleteLater()
        return None
    if clicked is as_is:
        return AS_IS, None
    return None


def recover_on_open(path: Path, error: DamagedStoreError, parent: QWidget | None) -> Store:
    """A store found damaged as it was opened: what the person chose, opened; raises StoreError when nothing was."""
    answer = _ask(path, error, parent)
    if answer is None:
        raise error
    way, backup = answer
    if way == AS_IS:
        return open_store(path, check=False)
    restore(path, backup)
    return open_store(path)


def recover_in_use(window: "MainWindow", error: DamagedStoreError) -> bool:
    """The store the window has open turned out damaged: offer its newest good backup.

    A restore closes the store, puts the backup in its place and opens it again; any other
    answer keeps the store open as it is, with the damage said in the banner (and not asked
    again). True when a backup was restored.
    """
    path = window.store.path
    if path is None:  # a group on a server has no backups of ours beside it: the banner says what is wrong
        window.show_store_problem(str(error))
        return False
    answer = _ask(path, error, window, in_use=True)
    if answer is None or answer[0] == AS_IS:
        window.store.as_is = True
        window.show_damage()
        return False
    window.store.close()  # a restore takes the store's lock
    problem = None
    try:
        restore(path, answer[1])
    except StoreError as refused:
        problem = str(refused)
    try:
        reopened = open_store(path, check=problem is None)
    except StoreError as failed:
        QMessageBox.critical(window, translate("Recovery", "CompactDesk cannot open the group's file"), str(failed))
        window.close()
        return False
    window.bench.replace_store(reopened)
    window.show_store()
    if problem is not None:
        window.store.as_is = True
        QMessageBox.warning(window, translate("Recovery", "The backup was not restored"), problem)
        return False
    window.banner.clear()
    window.statusBar().showMessage(translate("Recovery", "The backup was restored. The damaged file was copied "
                                                         "beside the backups first."), 15_000)
    return True
