"""File ▸ Export a paper (Ctrl+E, and the pages' Export buttons): the export dialog, then the paper made off the
GUI thread by an ExportJob.

One export or handover runs at a time, the window's `export_job` (Safekeeping starts the handover): while a worker
reads the store it must stay as it is, so opening another store, restoring or recovering wait for it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.errors import ValidationError

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

    def dialog(self, paper: "Paper | None", meeting_id: int | None, issuing: bool = False,
               sending: bool = False) -> "ExportDialog":
        from compactdesk.gui.dialogs.export import ExportDialog

        window = self.window
        return ExportDialog(window.bench, window.settings, paper, meeting_id, window,
                            year=window.current_page().export_year(), issuing=issuing, sending=sending)

    def export_paper(self, paper: "Paper | None" = None, meeting_id: int | None = None, *,
                     issuing: bool = False, sending: bool = False) -> "ExportJob | None":
        """Asks what to export, then makes it off the GUI thread; returns the job started, if any. What the dialog
        says follows it (a meeting's paper): the agenda marked as issued once written, a draft email to the members."""
        from compactdesk.gui.export_job import ExportJob

        window = self.window
        if self.exporting():
            window.statusBar().showMessage(self.tr("A paper is still being exported; try again when it is done."),
                                           8000)
            return None
        dialog = self.dialog(paper, meeting_id, issuing, sending)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if dialog.only_mark:  # sent another way already: issued, with nothing made
                self.mark_issued(dialog.meeting_id())
                return None
            request = dialog.request()
            marks, sends = dialog.after.marks_issued(), dialog.after.sends()
        finally:
            dialog.deleteLater()
        meeting = request.meeting if isinstance(request.meeting, int) else None
        if sends and meeting is not None:
            return self.make_then(request, lambda paths: self._sent(request, meeting, paths, marks))
        job = ExportJob(window.store, request, window, window.export_pool)
        if marks and meeting is not None:  # connected before it starts: it may end at once
            job.ended.connect(lambda outcome: outcome == job.done_outcome and self.mark_issued(meeting))
        return self._start(job)

    def issue_agenda(self, meeting_id: int) -> "ExportJob | None":
        """"Issue the agenda": the export dialog with the agenda (the pack when its items have papers) for this
        meeting, set to mark it issued once written and then write the email that sends it."""
        from compactdesk.documents.export import Paper
        from compactdesk.services.issuing import agenda_issue

        try:
            state = self.window.bench.read(agenda_issue, meeting_id)
        except ValidationError as error:  # gone since the button was shown
            QMessageBox.warning(self.window, self.tr("Issue the agenda"), str(error))
            return None
        return self.export_paper(Paper.PACK if state.pack else Paper.AGENDA, meeting_id, issuing=True)

    def send_minutes(self, meeting_id: int) -> "ExportJob | None":
        """The meeting's minutes, made and then written into an email to the members (offered once approved)."""
        from compactdesk.documents.export import Paper

        return self.export_paper(Paper.MINUTES, meeting_id, sending=True)

    def mark_issued(self, meeting_id: int) -> None:
        """The meeting moves on to "agenda issued" (one undo step); a meeting gone further is left as it is."""
        from compactdesk.services.issuing import agenda_issue, issue_agenda

        window = self.window
        try:
            day = uk_long_date(window.bench.read(agenda_issue, meeting_id).starts_at.date())
            # The undo step names the meeting: "Undo Issue the agenda for Tuesday 15 December 2026".
            window.bench.perform(self.tr("Issue the agenda for {day}").format(day=day), issue_agenda, meeting_id)
        except ValidationError as error:
            QMessageBox.warning(window, self.tr("Issue the agenda"), str(error))
            return
        window.statusBar().showMessage(self.tr("The agenda for {day} is marked as issued.").format(day=day), 8000)

    def _sent(self, request: "ExportRequest", meeting_id: int, paths: "list[Path]", marks: bool) -> None:
        """The paper is written: marked issued if asked, then the draft email with it attached."""
        from compactdesk.documents.export import Paper

        if marks:
            self.mark_issued(meeting_id)
        mail = getattr(self.window, "mail", None)
        if mail is None:
            return
        if request.paper is Paper.MINUTES:
            mail.draft_minutes(meeting_id, paths, request.language)
        else:
            mail.draft_agenda(meeting_id, paths, request.language, request.paper is Paper.PACK)

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
