"""Undo steps, and the undo history kept within a budget of bytes (the stack itself limits the steps).

A step holds the SQL (and a removed paper's bytes) that takes one service call
back, so the history can hold far more memory than its 500 steps suggest: ten
meetings removed with their papers are ten copies of every paper. After each
new step, the oldest steps go until what is held fits the budget.
"""

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from compactdesk.domain.errors import ValidationError
from compactdesk.store.errors import StoreError

if TYPE_CHECKING:
    from compactdesk.store.journal import Change
    from compactdesk.gui.workbench import Workbench

log = logging.getLogger("compactdesk")

UNDO_BUDGET = 64 * 1024 * 1024  # bytes held by the steps' changes, all together


class ServiceCommand(QUndoCommand):
    """One service call already made; undo and redo replay its recorded change."""

    def __init__(self, bench: "Workbench", text: str, change: "Change"):
        super().__init__(text)
        self._bench = bench
        self._change = change
        self._pushed = False
        self._put_back = False  # the stack's next call is its putting back a refused step: nothing to replay

    @property
    def change(self) -> "Change":
        """What the next undo (or, once undone, redo) runs."""
        return self._change

    def copy(self) -> "ServiceCommand":
        """The same step, not yet pushed: its first redo, the push's, is skipped like the original's was."""
        return ServiceCommand(self._bench, self.text(), self._change)

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the call has been made already
            self._pushed = True
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        if self._put_back:
            self._put_back = False
            return
        try:
            self._change = self._bench.store.apply(self._change)
        except ValidationError as error:
            # On a server, someone else has since changed a record this step wrote (ChangedSinceError): the
            # step stays where it was, and the rest of the history with it.
            self._refused(str(error))
            return
        except StoreError as error:
            # The disk is full or gone: the banner says so; the store is as it was.
            self._bench.undo_failed()
            self._bench.report_problem(error)
            return
        except Exception:
            # The store is untouched (one transaction), but this step can no
            # longer be replayed; the stack goes rather than mislead.
            self._bench.undo_failed()
            raise
        self._bench.changed.emit(self._change.tables)

    def _refused(self, words: str) -> None:
        """The stack moves its index past this step as soon as undo() (or redo()) returns, whatever happened.
        Its indexChanged then puts the index back at once; the call that makes, to this step, replays nothing."""
        stack = self._bench.undo_stack
        where = stack.index()

        def put_back(_moved_to: int) -> None:
            stack.indexChanged.disconnect(put_back)
            if stack.index() != where:
                self._put_back = True
                stack.setIndex(where)
                self._put_back = False

        stack.indexChanged.connect(put_back)
        self._bench.step_refused(words)


def held(stack: QUndoStack) -> int:
    """About how many bytes the steps on the stack hold."""
    return sum(_size(stack.command(i)) for i in range(stack.count()))


def _size(command: QUndoCommand) -> int:
    return command.change.size if isinstance(command, ServiceCommand) else 0


def keep_within_budget(stack: QUndoStack, budget: int | None = None) -> int:
    """Drops the oldest steps until the rest hold no more than `budget` bytes; call it after each push.

    The newest step always stays, however big: the window has just said "Ctrl+Z takes it back",
    and a user who removed a meeting with large papers by mistake expects exactly that. Every older
    step goes first. Returns how many steps were dropped.
    """
    budget = UNDO_BUDGET if budget is None else budget
    count = stack.count()
    if count == 0 or stack.index() != count:
        return 0  # only right after a push: with steps to redo, the rebuild below would lose them
    commands = [stack.command(i) for i in range(count)]
    sizes = [_size(command) for command in commands]
    total = sum(sizes)
    if total <= budget:
        return 0
    kept = 1
    total = sizes[-1]
    while kept < count and total + sizes[-1 - kept] <= budget:
        total += sizes[-1 - kept]
        kept += 1
    # QUndoStack cannot drop single commands, and clear() deletes them: the newest steps go back
    # as copies, whose push skips the call as the originals' did. With nothing to redo after a
    # push, the stack ends as it was, less its oldest steps; the Edit menu follows undoTextChanged.
    newest = commands[count - kept:]
    if not all(isinstance(command, ServiceCommand) for command in newest):
        return 0  # a step of another kind cannot be copied; leave the history whole
    copies = [command.copy() for command in newest]
    stack.clear()
    for command in copies:
        stack.push(command)
    dropped = count - kept
    log.info("undo history: the %d oldest steps went, to keep it within %d MB (%d MB held)",
             dropped, budget // (1024 * 1024), total // (1024 * 1024))
    return dropped
