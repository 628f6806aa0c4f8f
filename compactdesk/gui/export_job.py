"""Papers and the handover, made off the GUI thread as ops (gui/ops.py): a progress window
with Cancel while they run, then a message saying where the files went.

The papers' machinery (reportlab, python-docx, pypdf) loads on the first export, not at start.
"""

import datetime as dt
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from compactdesk.gui.ops import Op, RunNow, Task

if TYPE_CHECKING:
    from compactdesk.documents.export import ExportRequest, Progress
    from compactdesk.documents.handover import HandoverReport
    from compactdesk.store import Store

__all__ = ["ExportJob", "ExportThen", "FilesOp", "HandoverJob", "RunNow"]


class FilesOp(Op):
    """An op that writes files: says where they went, with a button to open the folder."""

    done_outcome = "written"

    def __init__(self, task: Task, title: str, folder: Path, parent: QWidget, pool=None):
        from compactdesk.documents.export import Cancelled

        self.stopped_by = Cancelled  # what the papers' code raises from a progress report once stopped
        super().__init__(task, title, parent, pool)
        self.folder = folder  # where the files go, for "Open folder" when the work wrote none
        self.paths: list[Path] = []

    def first_words(self) -> str:
        return self.tr("Reading the records")

    def written_title(self) -> str:
        return self.tr("Paper exported")

    def written_message(self) -> str:
        if len(self.paths) == 1:
            return self.tr("Exported to {path}").format(path=self.paths[0])
        return self.tr("Exported {count} files to {folder}").format(count=len(self.paths), folder=self._opened())

    def not_done(self) -> str:
        return self.tr("The paper was not exported")

    def stopped_message(self) -> str:
        return self.tr("The export was stopped; no paper was written.")

    def unexpected_message(self, log: Path) -> str:
        return self.tr(
            "Something went wrong that CompactDesk did not expect, so the paper was not exported. "
            "The group's file was not changed: every record is as it was.\n\nDetails are in {log}. Please send that "
            "file with a note of what you were exporting.").format(log=log)

    def _opened(self) -> Path:
        return self.paths[0].parent if len(self.paths) == 1 else self.folder

    def succeeded(self, written: list[Path]) -> None:
        self.paths = list(written)
        self.message = self.written_message()
        self.status.emit(self.message.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Information, self.written_title(), self.message,
                          QMessageBox.StandardButton.NoButton, self.window)
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._opened())))
        box.deleteLater()


class ExportJob(FilesOp):
    """One paper (or a set of letters) made on the worker thread, in the request's language (en, cy or both)."""

    def __init__(self, store: "Store", request: "ExportRequest", parent: QWidget, pool=None):
        from compactdesk.documents import export as papers_export

        super().__init__(lambda progress: papers_export.export(store, request, progress),
                         self.tr("Exporting: {paper}").format(paper=request.paper.label()), Path(request.out).parent,
                         parent, pool)
        self.request = request


class ExportThen(ExportJob):
    """A paper made as the first step of something more (issuing the agenda, a draft email to the members): it
    says nothing of its own when done, and `then` is given the files written (on the GUI thread)."""

    def __init__(self, store: "Store", request: "ExportRequest", parent: QWidget, pool=None, *,
                 then: Callable[[list[Path]], None]):
        super().__init__(store, request, parent, pool)
        self.then = then

    def succeeded(self, written: list[Path]) -> None:
        self.paths = list(written)
        self.status.emit(self.written_message().splitlines()[0])
        self.then(self.paths)


class HandoverJob(FilesOp):
    """Export everything (documents/handover.py) into one folder, for a new secretary or an archive."""

    def __init__(self, store: "Store", folder: Path, today: dt.date, parent: QWidget, pool=None,
                 language: str | None = None):
        super().__init__(self._run, self.tr("Exporting everything"), folder, parent, pool)
        self.store, self.today = store, today
        self.language = language  # the papers' ("en", "cy" or "both"); the window's language when None
        self.report: HandoverReport | None = None

    def _run(self, progress: "Progress") -> list[Path]:  # on the worker thread
        from compactdesk.documents import handover

        self.report = handover.export_everything(self.store, self.folder, self.today, progress, self.language)
        return [self.folder / relative for relative in self.report.written]

    def written_title(self) -> str:
        return self.tr("Everything exported")

    def written_message(self) -> str:
        text = self.tr("Exported {count} files to {folder}: every paper of every year in “papers”, every record as "
                       "a spreadsheet (CSV) in “data”, and README.txt, which says what is where.").format(
            count=len(self.paths), folder=self.folder)
        skipped = self.report.skipped if self.report is not None else []
        if skipped:
            lines = "\n".join(f"• {item.what}: {item.reason}" for item in skipped[:5])
            text += "\n\n" + self.tr("These could not be written (README.txt lists them all):") + "\n" + lines
        return text

    def not_done(self) -> str:
        return self.tr("Nothing was exported")

    def stopped_message(self) -> str:
        return self.tr("The export was stopped; the folder is as it was.")
