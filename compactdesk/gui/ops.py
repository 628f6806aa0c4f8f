"""Slow work for the store, off the GUI thread: one way for every page and menu to run it.

An `Op` runs its task on a worker thread; all the worker says comes back as signals
to the GUI thread, which alone touches widgets (the idea of Anki's qt/aqt/operations
and taskman.py, and Picard's picard/util/thread.py). Progress shows in a window (or
the status bar, for quiet work such as opening the store) and Cancel asks the task to
stop at its next progress report. How it ended is handled in one place:
- done: `succeeded(result)`, which a kind of op overrides to say so;
- refused (a ValidationError or ExportError: what the person can put right): a message;
- a store problem (a full disk, a vanished stick, a damaged file): the workbench, which
  shows the banner or offers the newest good backup;
- anything else: logged with its traceback, and a message saying where the log is.

Tests pass `pool=RunNow()` (Picard's FakeThreadPool idea) to run the same code in one thread.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from compactdesk import logs
from compactdesk.documents.files import ExportError
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import collector
from compactdesk.store.errors import DamagedStoreError, StoreError

Progress = Callable[[int, int, str], None]  # (step done, steps in all, what is happening now)
Task = Callable[[Progress], Any]  # runs on the worker thread
_RUNNING: set["Op"] = set()  # an op lives until its worker has reported, whoever holds it


class Stopped(Exception):
    """Raised from a progress report once Cancel was pressed (an op may name its own kind)."""


class RunNow:
    """A stand-in for QThreadPool that runs the work at once, on the calling thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class _Relay(QObject):
    """Made on the GUI thread, so signals the worker emits are queued to the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    refused = Signal(str)
    cancelled = Signal()
    failed = Signal(object)  # the exception, its traceback attached


class _Work(QRunnable):
    def __init__(self, task: Task, relay: _Relay, stop: threading.Event, stopped: type[Exception]):
        super().__init__()
        # Python keeps the work alive until the op has heard the outcome: a runnable the
        # pool deleted itself could be freed under the worker by Python's collector.
        self.setAutoDelete(False)
        self.task, self.relay, self.stop, self.stopped = task, relay, stop, stopped

    def _progress(self, done: int, total: int, text: str) -> None:
        # Once every step is done the files are written: stopping then would only mislead.
        if self.stop.is_set() and not (total and done >= total):
            raise self.stopped
        self.relay.progress.emit(done, total, text)

    def run(self) -> None:  # on the worker thread: no widgets here
        try:
            result = self.task(self._progress)
        except self.stopped:
            self.relay.cancelled.emit()
        except (ValidationError, ExportError) as error:
            self.relay.refused.emit(error.message)
        except Exception as error:  # noqa: BLE001 - anything else is logged and shown, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class Op(QObject):
    """One piece of slow work. Subclasses say what it is (`title`) and what to say when it ends."""

    ended = Signal(str)  # done_outcome ("done"), "refused", "cancelled" or "failed"
    status = Signal(str)  # a line for the status bar
    stopped_by: type[Exception] = Stopped
    done_outcome = "done"  # what `ended` says when the work is done

    def __init__(self, task: Task, title: str, parent: QWidget, pool=None, *, quiet: bool = False):
        """`quiet`: progress in the status bar only, with no window and no Cancel (opening the store)."""
        super().__init__(parent)
        self.window = parent
        self.title = title
        self.outcome = ""
        self.result: Any = None
        self.message = ""
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self._relay.done.connect(self._done)
        self._relay.refused.connect(self._refused)
        self._relay.cancelled.connect(self._cancelled)
        self._relay.failed.connect(self._failed)
        self._work = _Work(task, self._relay, self._stop, self.stopped_by)
        self.progress: QProgressDialog | None = None
        if not quiet:
            self.progress = QProgressDialog(self.first_words(), self.tr("Cancel"), 0, 0, parent)
            self.progress.setWindowTitle(title)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            # The bar only shows that work goes on; the words say what. A bar set step by step
            # would make Qt process events inside our own slot while the dialog is modal.
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.setMinimumDuration(300)  # quick work shows no window at all
            self.progress.setMinimumWidth(460)  # room for "Laying out …" lines, so the window does not jump about
            self.progress.canceled.connect(self.cancel)

    # -- what a kind of op says ------------------------------------------------

    def first_words(self) -> str:
        return self.tr("Working…")

    def succeeded(self, result: Any) -> None:
        """On the GUI thread, once the work is done."""
        self.status.emit(self.tr("{what}: done.").format(what=self.title))

    def not_done(self) -> str:
        """The heading of a message saying the work was not done."""
        return self.tr("{what}: not done").format(what=self.title)

    def stopped_message(self) -> str:
        return self.tr("{what} was stopped; nothing was changed.").format(what=self.title)

    def unexpected_message(self, log: Path) -> str:
        return self.tr(
            "Something went wrong that CompactDesk did not expect. The group's file was not changed: every record "
            "is as it was.\n\nDetails are in {log}. Please send that file with a note of what you were doing.").format(
            log=log)

    # -- running ---------------------------------------------------------------

    def start(self) -> "Op":
        collector.collect()  # on this thread, so the worker never frees a widget (gui/collector.py)
        _RUNNING.add(self)
        if self.progress is not None:
            self.progress.setValue(0)  # starts the clock: the window appears only if it takes a while
        else:
            self.status.emit(self.first_words())
        self._pool.start(self._work)
        return self

    def wait(self) -> str:
        """Starts the op if it is not running and returns how it ended, the window kept painting meanwhile
        (its progress window is modal, so nothing else can be done): for a step the next one depends on."""
        if not self.outcome and not self.running:
            self.start()
        if self.running:
            loop = QEventLoop()
            self.ended.connect(loop.quit)
            if self.running:  # it may have ended while being connected
                loop.exec()
        return self.outcome

    def cancel(self) -> None:
        self._stop.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping…"))

    @property
    def running(self) -> bool:
        return self in _RUNNING

    # -- what the worker says (on the GUI thread) ------------------------------
    # Declared as slots: PySide 6.8+ can crash on a signal queued from a worker
    # thread to a plain Python method (PYSIDE-3124); a declared slot is safe.

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if self._stop.is_set():
            return
        if self.progress is not None:
            self.progress.setLabelText(text)
        else:
            self.status.emit(text)

    def _finish(self, outcome: str, status: str) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.reset()  # stops the timer that would show the window later, after it is hidden here
            self.progress.hide()
            self.progress.deleteLater()
        self.outcome = outcome
        self._work = None  # the worker has said its last word: it may go now
        _RUNNING.discard(self)
        if status:
            self.status.emit(status)
        self.ended.emit(outcome)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.result = result
        self._finish(self.done_outcome, "")
        self.succeeded(result)

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.message = message
        self._finish("refused", self.not_done() + ".")
        QMessageBox.warning(self.window, self.not_done(), message)

    @Slot()
    def _cancelled(self) -> None:
        self.message = self.stopped_message()
        self._finish("cancelled", self.message)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.message = str(error)
        self._finish("failed", self.not_done() + ".")
        bench = getattr(self.window, "bench", None)
        if isinstance(error, StoreError) and bench is not None:
            # Not a fault of the work: the banner says what is wrong with the store, or the
            # window offers its newest good backup.
            bench.report_problem(error)
            return
        log = Path(logs.log_error(f"{self.title} failed", error))
        self.message = self.unexpected_message(log)
        QMessageBox.warning(self.window, self.not_done(), self.message)


@contextmanager
def refused_unless_damaged() -> Iterator[None]:
    """Around work on a copy of the store (a backup, Save a copy): a StoreError there is about the copy or its
    folder, so it is a refusal the person can act on, not a banner about the store; damage found in the
    store itself still reaches the workbench, which offers the newest good backup."""
    try:
        yield
    except DamagedStoreError:
        raise
    except StoreError as error:
        raise ValidationError(str(error)) from None


class Then(Op):
    """An op whose success is a callback: `Then(task, title, window, then=...).start()`."""

    def __init__(self, task: Task, title: str, parent: QWidget, pool=None, *, then: Callable[[Any], None],
                 quiet: bool = False):
        super().__init__(task, title, parent, pool, quiet=quiet)
        self._then = then

    def succeeded(self, result: Any) -> None:
        self._then(result)
