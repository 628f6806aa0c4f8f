"""The one object every page shares: the open store, today, and the undo stack.

It is the one way from a page to the services:
- `read`: a quick query, on the GUI thread;
- `perform`: every edit, one service call, one transaction, one undo step (pages
  never write to the store any other way); `changed` then names the tables it wrote,
  so only the pages that show them reload;
- `background`: anything slow (papers, backups, a restore, opening a store) as an op
  (gui/ops.py), off the GUI thread with progress.
A store that cannot be read or written, or is damaged, is handled in one place,
`report_problem`, whichever of the three met it.
"""

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from compactdesk.domain.errors import ValidationError
from compactdesk.gui.undo import ServiceCommand, keep_within_budget
from compactdesk.store.errors import DamagedStoreError, StoreError

if TYPE_CHECKING:  # the store's machinery loads once the window has painted (gui/opening.py)
    from compactdesk.gui.live import TextMark
    from compactdesk.gui.ops import Op, Task
    from compactdesk.store import Store

T = TypeVar("T")


class Workbench(QObject):
    # The tables an edit, undo or redo wrote (a frozenset of names), or None: anything may have changed.
    changed = Signal(object)
    message = Signal(str)
    store_replaced = Signal()
    problem = Signal(str)  # the store could not be read or written (disk full, USB stick gone…)
    recovered = Signal()  # it can be again
    damaged = Signal(object)  # the store file is damaged (a DamagedStoreError): the window offers a backup

    def __init__(self, store: "Store | None", today: Callable[[], dt.date] = dt.date.today,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._store: Store | None = None
        self._listener = None  # gui/live.py's, while the store is a group on a server
        self.today = today
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.store = store
        self.in_trouble = False
        self._damage_offered: Store | None = None
        self.pool = None  # the global thread pool for ops; tests put ops.RunNow() here

    @property
    def store(self) -> "Store":
        return self._store

    @store.setter
    def store(self, store: "Store | None") -> None:
        """A group on a server is listened to while it is the bench's: the other windows' changes reload the pages."""
        if store is self._store:
            return
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._store = store
        if getattr(store, "is_server", False):
            from compactdesk.gui.live import Listener

            self._listener = Listener(self, store)
            self._listener.start()

    @property
    def listener(self):
        """The listener of a group on a server (gui/live.py), else None."""
        return self._listener

    def read(self, service: Callable[..., T], /, *args, **kwargs) -> T:
        try:
            result = self.store.run(service, *args, **kwargs)
        except StoreError as error:
            self.report_problem(error)
            raise
        self._well()
        return result

    def perform(self, text: str, service: Callable[..., T], /, *args, _since: "TextMark | None" = None,
                **kwargs) -> T:
        """Runs one service call as one undoable step. A ValidationError reaches
        the caller with nothing changed, so a form can show it at the field.

        On a server the save is checked against what the form in front was read after; an editor in the
        page that keeps unsaved typing across a refresh passes its own mark as `_since` (gui/live.py's
        TextMark; the underscore keeps it clear of any service's own keywords).

        When the store cannot be written (a full disk, a read-only or vanished file) the
        caller gets a ValidationError with the store's words, so a form stays open with
        what was typed, and `problem` tells the window."""
        try:
            if getattr(self.store, "is_server", False):
                result, change = self._run_checked(_since, service, *args, **kwargs)
            else:
                result, change = self.store.run_recorded(service, *args, **kwargs)
        except StoreError as error:
            self.report_problem(error)
            raise ValidationError(str(error)) from error
        self._well()
        if change:  # a call that changed nothing is no step to take back
            self.undo_stack.push(ServiceCommand(self, text, change))
            keep_within_budget(self.undo_stack)
            self.message.emit(QCoreApplication.translate("Workbench", "{what}: done. Ctrl+Z takes it back.").format(
                what=text))
        self.changed.emit(change.tables)
        return result

    def _run_checked(self, mark: "TextMark | None", service: Callable[..., T], /, *args, **kwargs):
        """On a server: refused (ChangedSinceError, a ValidationError naming who and when) if it would write a
        record someone else changed after the form in front was opened (or the editor's text was read: `mark`);
        the form keeps what was typed, and counts from now on as opened now, so Save again puts the person's
        version in place, knowingly."""
        from compactdesk.gui import live
        from compactdesk.store.server_journal import ChangedSinceError

        explicit = mark is not None and mark.number is not None
        since = mark.number if explicit else live.mark_of(self.store)
        try:
            return self.store.run_since(since, service, *args, **kwargs)
        except ChangedSinceError:
            try:
                now = self.store.last_change()
            except Exception:  # noqa: BLE001 - the server went just now: the mark moves as far as the window knows
                now = self.store.seen
            if explicit:
                mark.number = now
            else:
                live.move_mark(self.store, now)
            raise

    def background(self, title: str, task: "Task", then: Callable[[Any], None], *,
                   status: Callable[[str], None] | None = None) -> "Op":
        """Runs `task(progress)` off the GUI thread, with progress and Cancel; `then(result)` once it is done.
        `status` hears the op's lines for the status bar (connected before it starts: a test's pool runs it at once)."""
        from compactdesk.gui.ops import Then

        op = Then(task, title, self.parent(), self.pool, then=then)
        if status is not None:
            op.status.connect(status)
        return op.start()

    def replace_store(self, store: "Store") -> None:
        self.undo_stack.clear()
        self.store = store
        self.store_replaced.emit()
        self.changed.emit(None)

    def report_problem(self, error: StoreError) -> None:
        self.in_trouble = True
        if isinstance(error, DamagedStoreError) and not self.store.as_is:
            # Once per store: the page that met it and the last-resort hook may both report the same damage.
            if self._damage_offered is not self.store:
                self._damage_offered = self.store
                self.damaged.emit(error)
        else:
            self.problem.emit(str(error))

    def _well(self) -> None:
        if self.in_trouble:
            self.in_trouble = False
            self.recovered.emit()

    def step_refused(self, words: str) -> None:
        """An undo or redo refused (another person has since changed the same record): said in the status bar
        and, in a window, in a box the person must close, since the history did not move."""
        self.message.emit(words)
        window = self.parent()
        if isinstance(window, QWidget) and window.isVisible():
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Workbench", "Not taken back"),
                              words, QMessageBox.StandardButton.Ok, window)
            box.setObjectName("stepRefused")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): this runs inside the stack's own undo

    def undo_failed(self) -> None:
        # Not from inside the stack's own undo or redo: clear it once that has returned.
        QTimer.singleShot(0, self.undo_stack.clear)
        self.message.emit(QCoreApplication.translate(
            "Workbench", "That step could not be taken back, so the undo history was cleared. Nothing was lost."))
