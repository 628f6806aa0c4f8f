"""File ▸ Export a paper (Ctrl+E, and the pages' Export buttons): the export dialog, then the paper made off the
GUI thread by an ExportJob.

One export or handover runs at a time, the window's `export_job` (Safekeeping starts the handover): while a worker
reads the store it must stay as it is, so opening another store, restoring or recovering wait for it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

if TYPE_CHECKING:  # the papers' machinery loads on the first export, not with the window
    from collections.abc import Callable
    from pathlib import Path

    from compactdesk.documents.export import ExportRequest, Paper
    from compactdesk.gui.dialogs.export import ExportDialog
    from compactdesk.gui.export_job import ExportJob, ExportThen
    from compactdesk.gui.main_window import MainWindow


class PapersMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def exporting(self) -> bool:
        job = self.window.export_job
        return job is not None and job.running

    def busy(self) -> bool:
        """True (and says so) while a paper or handover is being made: the store must stay as it is till then."""
        if self.exporting():
            QMessageBox.information(self.window, self.tr("Something is being exported"), self.tr(
                "Wait until the export is done (or stop it), then try again."))
            return True
        return False

    def export_current(self) -> None:
        """Ctrl+E: the export dialog, offering what fits the area in view."""
        self.export_paper(*self.window.current_page().export_defaults())

    def dialog(self, paper: "Paper | None", meeting_id: int | None) -> "ExportDialog":
        from compactdesk.gui.dialogs.export import ExportDialog

        window = self.window
        return ExportDialog(window.bench, window.settings, paper, meeting_id, window,
                            year=window.current_page().export_year())

    def export_paper(self, paper: "Paper | None" = None, meeting_id: int | None = None) -> "ExportJob | None":
        """Asks what to export, then makes it off the GUI thread; returns the job started, if any."""
        from compactdesk.gui.export_job import ExportJob

        window = self.window
        if self.exporting():
            window.statusBar().showMessage(self.tr("A paper is still being exported; try again when it is done."),
                                           8000)
            return None
        dialog = self.dialog(paper, meeting_id)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            request = dialog.request()
        finally:
            dialog.deleteLater()
        return self._start(ExportJob(window.store, request, window, window.export_pool))

    def make_then(self, request: "ExportRequest", then: "Callable[[list[Path]], None]") -> "ExportThen | None":
        """Makes a paper off the GUI thread with no dialog (the request is known), then calls `then` with the files
        written: issuing the agenda, a draft email. None (and the window says why) while another export runs."""
        from compactdesk.gui.export_job import ExportThen

        if self.busy():
            return None
        window = self.window
        return self._start(ExportThen(window.store, request, window, window.export_pool, then=then))

    def _start(self, job):
        window = self.window
        job.status.connect(lambda text: window.statusBar().showMessage(text, 8000))
        window.export_job = job
        job.start()
        return job
