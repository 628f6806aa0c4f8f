"""Making a paper without freezing the window: `export` runs on a worker thread, and all the
worker says comes back as signals to the GUI thread, which alone touches widgets (the idea of
Anki's qt/aqt/taskman.py and Picard's picard/util/thread.py).

Tests pass `pool=RunNow()` (Picard's FakeThreadPool idea) to run the same code in one thread."""

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from compactdesk import logs
from compactdesk.documents import export as papers_export
from compactdesk.documents import handover
from compactdesk.documents.export import Cancelled, ExportError, ExportRequest, Progress
from compactdesk.gui import collector
from compactdesk.store import DamagedStoreError, Store

Task = Callable[[Progress], list[Path]]  # runs on the worker thread; returns the files written
_RUNNING: set["BackgroundJob"] = set()  # a job lives until its worker has reported, whoever holds it


class RunNow:
    """A stand-in for QThreadPool that runs the work at once, on the calling thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class _Relay(QObject):
    """Made on the GUI thread, so signals the worker emits are queued to the GUI thread."""

    progress = Signal(int, int, str)
    written = Signal(object)  # list[Path]
    refused = Signal(str)
    cancelled = Signal()
    failed = Signal(object)  # the exception, its traceback attached


class _Work(QRunnable):
    def __init__(self, task: Task, relay: _Relay, stop: threading.Event):
        super().__init__()
        # Python keeps the work alive until the job has heard the outcome: a runnable the
        # pool deleted itself could be freed under the worker by Python's collector.
        self.setAutoDelete(False)
        self.task, self.relay, self.stop = task, relay, stop

    def _progress(self, done: int, total: int, text: str) -> None:
        # Once every step is done the files are written: stopping then would only mislead.
        if self.stop.is_set() and not (total and done >= total):
            raise Cancelled
        self.relay.progress.emit(done, total, text)

    def run(self) -> None:  # on the worker thread: no widgets here
        try:
            written = self.task(self._progress)
        except Cancelled:
            self.relay.cancelled.emit()
        except ExportError as error:
            self.relay.refused.emit(error.message)
        except Exception as error:  # noqa: BLE001 - anything else is logged and shown, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.written.emit(written)


def log_failure(error: BaseException) -> Path:
    """Writes the traceback to the log file (without record text); returns where."""
    return Path(logs.log_error("A paper could not be exported", error))


class BackgroundJob(QObject):
    """Work that writes files, off the GUI thread: a progress window while it runs, then a
    message saying how it went. Subclasses say what the work is and how to describe it."""

    ended = Signal(str)  # "written", "refused", "cancelled" or "failed"
    status = Signal(str)  # a line for the status bar

    def __init__(self, task: Task, title: str, folder: Path, parent: QWidget, pool=None):
        super().__init__(parent)
        self.window = parent
        self.folder = folder  # where the files go, for "Open folder" when the work wrote none
        self.outcome = ""
        self.paths: list[Path] = []
        self.message = ""
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self._relay.written.connect(self._written)
        self._relay.refused.connect(self._refused)
        self._relay.cancelled.connect(self._cancelled)
        self._relay.failed.connect(self._failed)
        self._work = _Work(task, self._relay, self._stop)

        self.progress = QProgressDialog(self.tr("Reading the records"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        # The bar only shows that work goes on; the words say what. A bar set step by step
        # would make Qt process events inside our own slot while the dialog is modal.
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(300)
        self.progress.setMinimumWidth(460)  # room for "Laying out …" lines, so the window does not jump about
        self.progress.canceled.connect(self.cancel)

    # What a subclass says; the words of a paper export unless overridden.
    def written_title(self) -> str:
        return self.tr("Paper exported")

    def written_message(self) -> str:
        if len(self.paths) == 1:
            return self.tr("Exported to {path}").format(path=self.paths[0])
        return self.tr("Exported {count} files to {folder}").format(count=len(self.paths), folder=self._opened())

    def not_written(self) -> str:
        return self.tr("The paper was not exported")

    def stopped_message(self) -> str:
        return self.tr("The export was stopped; no paper was written.")

    def start(self) -> None:
        collector.collect()  # on this thread, so the worker never frees a widget (gui/collector.py)
        _RUNNING.add(self)
        self.progress.setValue(0)  # starts the clock: the window appears only if it takes a while
        self._pool.start(self._work)

    def cancel(self) -> None:
        self._stop.set()
        self.progress.setLabelText(self.tr("Stopping…"))

    @property
    def running(self) -> bool:
        return self in _RUNNING

    def _opened(self) -> Path:
        return self.paths[0].parent if len(self.paths) == 1 else self.folder

    # -- what the worker says (on the GUI thread) ------------------------------
    # Declared as slots: PySide 6.8+ can crash on a signal queued from a worker
    # thread to a plain Python method (PYSIDE-3124); a declared slot is safe.

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if not self._stop.is_set():
            self.progress.setLabelText(text)

    def _finish(self, outcome: str, status: str) -> None:
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()  # stops the timer that would show the window later, after it is hidden here
        self.progress.hide()
        self.progress.deleteLater()
        self.outcome = outcome
        self._work = None  # the worker has said its last word: it may go now
        _RUNNING.discard(self)
        self.status.emit(status)
        self.ended.emit(outcome)

    @Slot(object)
    def _written(self, written: list[Path]) -> None:
        self.paths = list(written)
        self.message = self.written_message()
        self._finish("written", self.message.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Information, self.written_title(), self.message,
                          QMessageBox.StandardButton.NoButton, self.window)
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._opened())))
        box.deleteLater()

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.message = message
        self._finish("refused", self.not_written() + ".")
        QMessageBox.warning(self.window, self.not_written(), message)

    @Slot()
    def _cancelled(self) -> None:
        self.message = self.stopped_message()
        self._finish("cancelled", self.message)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DamagedStoreError):
            # Not a fault of the export: the window offers the store's newest good backup.
            self.message = str(error)
            self._finish("failed", self.not_written() + ".")
            self.window.bench.report_problem(error)
            return
        log = log_failure(error)
        self.message = self.tr(
            "Something went wrong that CompactDesk did not expect, so the paper was not exported. "
            "The store was not changed: every record is as it was.\n\nDetails are in {log}. Please send that "
            "file with a note of what you were exporting.").format(log=log)
        self._finish("failed", self.not_written() + ".")
        QMessageBox.warning(self.window, self.not_written(), self.message)


class ExportJob(BackgroundJob):
    """One paper (or a set of letters) made on the worker thread."""

    def __init__(self, store: Store, request: ExportRequest, parent: QWidget, pool=None):
        super().__init__(lambda progress: papers_export.export(store, request, progress),
                         self.tr("Exporting: {paper}").format(paper=request.paper.label()), Path(request.out).parent,
                         parent, pool)
        self.request = request


class HandoverJob(BackgroundJob):
    """Export everything (documents/handover.py) into one folder, for a new secretary or an archive."""

    def __init__(self, store: Store, folder: Path, today: dt.date, parent: QWidget, pool=None):
        super().__init__(self._run, self.tr("Exporting everything"), folder, parent, pool)
        self.store, self.today = store, today
        self.report: handover.HandoverReport | None = None

    def _run(self, progress: Progress) -> list[Path]:  # on the worker thread
        self.report = handover.export_everything(self.store, self.folder, self.today, progress)
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

    def not_written(self) -> str:
        return self.tr("Nothing was exported")

    def stopped_message(self) -> str:
        return self.tr("The export was stopped; the folder is as it was.")
