"""Opening a store that SQLite finds damaged: say so plainly and offer the newest good backup.

Nothing is overwritten without a copy: a restore (store/backup.py) copies the damaged
store beside its backups first, byte for byte when SQLite can no longer read it.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.gui.dialogs.backups import RestoreDialog
from compactdesk.store import DamagedStoreError, Store, open_store
from compactdesk.store.backup import BackupInfo, backup_folder, newest_sound_backup, restore


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def open_with_recovery(path: Path, parent: QWidget | None) -> Store:
    """open_store, and for a damaged store the offer of a backup; raises StoreError when none is taken."""
    try:
        return open_store(path)
    except DamagedStoreError as error:
        return _recover(path, error, parent)


def _offer(path: Path, newest: BackupInfo | None) -> str:
    if newest is None:
        return _tr("There is no good backup of it in {folder}. You can choose a backup kept elsewhere (a USB stick, "
                   "say), or open the store as it is to read and export what can still be read.").format(
            folder=backup_folder(path))
    made = newest.made_at
    return _tr("The newest good backup was made on {day} at {time}. It holds {meetings} meetings, {targets} targets "
               "and {feedback} feedback items. Restoring it replaces the damaged store, which is copied beside the "
               "backups first, so nothing is lost.").format(
        day=uk_date(made.date()), time=f"{made:%H:%M}", meetings=newest.meetings, targets=newest.targets,
        feedback=newest.feedback)


def _recover(path: Path, error: DamagedStoreError, parent: QWidget | None) -> Store:
    newest = newest_sound_backup(path)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The store is damaged"), str(error),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_offer(path, newest))
    use_newest = box.addButton(_tr("&Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole) \
        if newest is not None else None
    choose = box.addButton(_tr("&Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
    as_is = box.addButton(_tr("&Open it as it is"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(use_newest or choose)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if use_newest is not None and clicked is use_newest:
        restore(path, newest.path)
        return open_store(path)
    if clicked is choose:
        dialog = RestoreDialog(path, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
                restore(path, dialog.chosen)
                return open_store(path)
        finally:
            dialog.deleteLater()
    if clicked is as_is:
        return open_store(path, check=False)
    raise error
