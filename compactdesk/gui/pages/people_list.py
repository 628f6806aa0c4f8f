"""What the three People & seats tabs share: a searchable table that keeps its selection."""

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from compactdesk.gui.pages.columns import share_columns
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState


# ListTab's own words use QCoreApplication.translate("ListTab", ...), not self.tr: in a base class self.tr
# looks them up under each subclass's name, where lupdate never put them.
def set_widths(table: QTableView, widths: Sequence[int], stretch: int, keep: set[int] = frozenset()) -> None:
    """The columns' widths; `stretch` is the main text column, which takes the spare room and keeps a fair share
    on a narrow screen (see columns.ColumnShare); `keep` names those never narrowed (dates)."""
    share_columns(table, stretch, dict(enumerate(widths)), keep)


class ListTab(QWidget):
    """One tab: a search box, a count, and the table (or what to do when it is empty)."""

    selection_changed = Signal()
    edit_requested = Signal()

    def __init__(self, key: Callable, *, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowModel(self.columns(), key=key, parent=self)
        self.table, self.proxy = make_table(self.model, self, name, opens=self.edit_requested.emit)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.empty = EmptyState(self.table, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.search_hint())
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        # What a screen reader says on reaching them: the search box's label alone ("Search:") says not what of.
        self.table.setAccessibleName(self.list_name())
        self.search.setAccessibleName(QCoreApplication.translate("ListTab", "Search {list}").format(
            list=self.list_name()))
        # The search box comes first when tabbing, as it does on the screen (the table was made first).
        QWidget.setTabOrder(self.search, self.table)

    def search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # No mnemonic: Ctrl+F is the way here, and every letter of the word is taken by a menu, tab or button.
        label = QLabel(QCoreApplication.translate("ListTab", "Search:"), self)
        label.setBuddy(self.search)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        return row

    # Each tab says what it shows, how to search it and what to do when it has nothing.
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def list_name(self) -> str:
        """The list's name, as a screen reader says it ("Seats")."""
        raise NotImplementedError

    def search_hint(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        return QCoreApplication.translate("ListTab", "Showing {shown} of {total}").format(shown=shown, total=total)

    def load(self, rows: Sequence) -> None:
        """New rows from the store; the selected record stays selected while it exists."""
        chosen = self.current_id()
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.apply_filter()
        if chosen is not None:
            self.select(chosen)
        self.selection_changed.emit()

    def apply_filter(self) -> None:
        self.proxy.set_search(self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.count_text(shown, total))
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown, empty_text=self.empty_text(),
            filtered_text=QCoreApplication.translate(
                "ListTab", "<h3>Nothing matches “{words}”</h3><p>Clear the search (Esc in the box, or its × button) "
                "to see them all.</p>").format(words=escape(self.search.text().strip())))

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self):
        key = self.current_id()
        return self.model.row_for(key)

    def select(self, key: int) -> bool:
        return select_key(self.table, key)

    def reveal(self, key: int) -> bool:
        """Selects a record, clearing the search if that was hiding it."""
        if self.select(key):
            return True
        self.search.clear()
        return self.select(key)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched, event) -> bool:
        # Esc in the search box clears it (and the table keeps its selection).
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and self.search.text():
            self.search.clear()
            return True
        return super().eventFilter(watched, event)
