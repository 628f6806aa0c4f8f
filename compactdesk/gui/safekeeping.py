"""File ▸ Back up now, Back up to a folder, Restore from a backup and Export everything.

The rules (what a backup is, how a restore keeps the store safe, what a handover holds)
live in store/backup.py and documents/handover.py; this is only the window's side of them.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from compactdesk.domain.dates import uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.ops import Op, refused_unless_damaged
from compactdesk.store.errors import StoreError

if TYPE_CHECKING:
    from compactdesk.gui.export_job import HandoverJob
    from compactdesk.gui.main_window import MainWindow


class Safekeeping(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.backup_action = window.make_action(self.tr("&Back up now"), self.back_up_now, QKeySequence("Ctrl+B"),
                                                "mdi6.harddisk")
        self.backup_action.setToolTip(self.tr("Make a checked copy of this group's file in its backup folder now "
                                                "(Ctrl+B)"))
        self.backup_to_action = window.make_action(self.tr("Back up to a &folder…"), self.back_up_to_folder)
        self.restore_action = window.make_action(self.tr("&Restore from a backup…"), self.choose_backup)
        self.handover_action = window.make_action(self.tr("Export e&verything…"), self.export_everything,
                                                  QKeySequence("Ctrl+Shift+E"))
        self.handover_action.setToolTip(self.tr("Every paper of every year and every record as a spreadsheet, in "
                                                "one folder: for a new secretary or an archive"))

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.backup_to_action, self.restore_action]

    @property
    def _store_path(self) -> Path:
        return self.window.store.path

    # -- backups --------------------------------------------------------------

    def back_up_now(self) -> Op | None:
        return self._back_up(None)

    def back_up_to_folder(self) -> Op | None:
        if self._store_path is None:
            return None
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Back up to a folder (a USB stick, say)"),
                                                  str(self._store_path.parent))
        return self._back_up(Path(folder)) if folder else None

    def _back_up(self, folder: Path | None) -> Op | None:
        """Copies and checks the store off the GUI thread (a big store takes a while); `result` is the copy.
        None for a group on a server: PostgreSQL's own tools back it up (the actions are off)."""
        path = self._store_path
        if path is None:
            return None

        def back_up(progress) -> Path:
            from compactdesk.store.backup import ON_DEMAND, make_backup

            with refused_unless_damaged():  # the folder, not the store: say what to do, leave the banner alone
                return make_backup(path, ON_DEMAND, to=folder)

        def made(copy: Path) -> None:
            self.window.statusBar().showMessage(self.tr("Backed up and checked: {path}").format(path=copy), 10_000)

        return self.window.bench.background(self.tr("Back up"), back_up, made,
                                            status=lambda text: self.window.statusBar().showMessage(text, 10_000))

    # -- restore --------------------------------------------------------------

    def choose_backup(self) -> bool:
        from compactdesk.gui.dialogs.backups import RestoreDialog

        if self.window.busy_exporting() or self._store_path is None:
            return False
        dialog = RestoreDialog(self._store_path, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        return self.restore_from(chosen)

    def _made_text(self, backup: Path) -> str:
        from compactdesk.store.backup import parse_backup_name

        parsed = parse_backup_name(backup.name)
        if parsed is None:
            return backup.name
        made_at = parsed[1]
        return self.tr("the backup made {day} at {time}").format(day=uk_date(made_at.date()),
                                                                  time=f"{made_at:%H:%M}")

    def restore_from(self, backup: Path) -> bool:
        """Checks the backup, asks, closes the store, restores and opens it again, off the GUI thread
        (checking a big backup takes a while); True when it was restored."""
        path = self._store_path

        def check(progress) -> str | None:
            from compactdesk.store.backup import check_restorable
            from compactdesk.store.identity import another_group

            try:
                check_restorable(path, backup)
            except StoreError as error:
                raise ValidationError(str(error)) from None
            return another_group(path, backup)

        checked = self.window.bench.background(self.tr("Checking the backup"), check, lambda reason: None)
        if checked.wait() != "done":
            return False  # the op has said why
        return self._restore(backup, checked.result)

    def _restore(self, backup: Path, reason: str | None) -> bool:
        window = self.window
        path = self._store_path
        what = self._made_text(backup)
        question = self.tr(
            "Bring back {what}?\n\nEverything in {name} is replaced by what the backup holds. The file as it is "
            "now is backed up first (“Before a restore”), so you can come back to it the same way.").format(
            what=what, name=path.name)
        if reason:
            question = self.tr("This backup looks like another group's records. {reason}\n\n{question}").format(
                reason=reason, question=question)
        answer = QMessageBox.question(window, self.tr("Restore from a backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window.store.close()  # a restore takes the store's lock: this window must let go of it first

        def restore_and_open(progress):
            from compactdesk.store.backup import restore
            from compactdesk.store.open import open_store

            problem = None
            try:
                restore(path, backup)
            except StoreError as error:
                problem = str(error)
            return open_store(path), problem  # a StoreError here: the store cannot be opened again

        restoring = _Reopen(restore_and_open, self.tr("Restoring"), window, window.export_pool)
        if restoring.wait() != "done":
            return False
        reopened, problem = restoring.result
        window.bench.replace_store(reopened)
        window.show_store()
        if problem is not None:
            QMessageBox.warning(window, self.tr("The backup was not restored"), problem)
            return False
        window.banner.clear()
        window.statusBar().showMessage(self.tr(
            "Restored {what}. The file as it was before is kept as a backup made before the restore.").format(
            what=what), 15_000)
        return True

    # -- handover -------------------------------------------------------------

    def export_everything(self) -> "HandoverJob | None":
        # Loaded here: the papers' machinery (reportlab, python-docx, pypdf) is not needed to start.
        from compactdesk.documents import handover
        from compactdesk.gui.export_job import HandoverJob

        window = self.window
        if window.busy_exporting():
            return None
        chosen = QFileDialog.getExistingDirectory(window, self.tr("Export everything into a folder"),
                                                  str(self._store_path.parent))
        if not chosen:
            return None
        today = window.bench.today()
        folder = handover.folder_for(Path(chosen), self._store_path.stem, today)
        # The papers in the language last chosen for papers (the export window's), else the window's.
        job = HandoverJob(window.store, folder, today, window, window.export_pool,
                          window.settings.get(keys.EXPORT_LANGUAGE) or None)
        job.status.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        window.export_job = job
        job.start()
        return job


class _Reopen(Op):
    """Restores and opens the store again; if it then cannot be opened, the window has nothing to show."""

    def succeeded(self, result) -> None:
        pass  # restore_from carries on with the result

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, StoreError):
            super()._failed(error)
            return
        self._finish("failed", "")
        QMessageBox.critical(self.window, self.tr("CompactDesk cannot open the group's file"), str(error))
        self.window.close()
