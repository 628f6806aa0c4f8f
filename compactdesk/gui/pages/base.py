"""What the main window asks of every area: refresh, new, edit, delete, find, open a record, export."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from compactdesk.domain.errors import ValidationError
from compactdesk.gui.workbench import Workbench
from compactdesk.store import StoreError

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper


def grouped(text: str, n: int) -> str:
    """A counted phrase from translate(..., n) with its number written as the page's counts are: 20,000."""
    return text.replace(str(n), f"{n:,}", 1) if n >= 1000 else text


class _MinimumOnly(QVBoxLayout):
    """Hides the page's height-for-width from its scroll area: told that a word-wrapped label is in the page,
    QScrollArea gives every widget its preferred height, not its minimum, and pages that fit would scroll."""

    def hasHeightForWidth(self) -> bool:
        return False


class Page(QWidget):
    """An area of the workbench. The main window's actions call these methods
    on the page in view; `actions_changed` asks it to look again at which apply."""

    actions_changed = Signal()
    # A page asks the window to show another area's record: (area name, record id).
    open_record = Signal(str, int)
    # A page's Export button asks the window for the export dialog: (Paper or None, meeting id or None).
    export_requested = Signal(object, object)
    # "Issue the agenda" (the dashboard's card, a meeting's next step) asks the window to make it and send it: meeting id.
    issue_requested = Signal(int)

    area = ""  # the name the settings and the dashboard use

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.stale = True

    def body(self) -> QWidget:
        """The widget a page lays its contents on (call once, instead of giving the page itself a layout).

        It sits in a frameless scroll area: on a small screen, or at 150% scaling, a page that needs more room
        than the window has scrolls rather than pushing the window past the screen's edge or cutting controls
        off. Where the page fits, as it does at 1024×768, no scroll bar shows."""
        scroll = QScrollArea(self)
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop of its own for Tab (a nameless one, to a screen reader); it still scrolls to the control Tab
        # reaches.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        holds = _MinimumOnly(holder)
        holds.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner.setObjectName("pageBody")
        holds.addWidget(inner)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return inner

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reloads from the store, keeping the selection where it can."""
        self.stale = False

    def new_text(self) -> str:
        """The words for Ctrl+N here, e.g. "New meeting…"; empty when there is nothing to add."""
        return ""

    def new_item(self) -> None:
        pass

    def can_edit(self) -> bool:
        return False

    def edit_current(self) -> None:
        pass

    def can_delete(self) -> bool:
        return False

    def delete_current(self) -> None:
        pass

    def find(self) -> None:
        """Ctrl+F: puts the cursor in the page's search box."""

    def show_record(self, record_id: int) -> None:
        """Selects and shows one record (from the dashboard or another page)."""

    def show_part(self, part: str, record_id: int) -> None:
        """Shows a record of one kind on a page with several (e.g. the consultations on Codes & standards)."""
        self.show_record(record_id)

    def export_defaults(self) -> "tuple[Paper | None, int | None]":
        """The paper (and meeting id) Ctrl+E offers first here; (None, None) leaves it to the dialog."""
        return None, None

    def export_year(self) -> int | None:
        """The year an annual review exported from here should cover; None lets the dialog choose."""
        return None

    def read_while_painting(self, blank, service, /, *args):
        """bench.read, for what a table asks for while it paints: a store that cannot be read is
        already in the banner (the workbench says so), and `blank` stands in until it can."""
        try:
            return self.bench.read(service, *args)
        except StoreError:
            return blank

    def attempt(self, text: str, service, /, *args, **kwargs):
        """For actions without a form (delete, move, mark): a refusal is shown as a
        message with what to do; the store is unchanged."""
        try:
            return self.bench.perform(text, service, *args, **kwargs)
        except ValidationError as error:
            QMessageBox.warning(self, text, str(error))
            return None
