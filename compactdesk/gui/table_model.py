"""Tables over service rows: one model class, columns described once per page.

The model holds the light rows a service query returns (plain dataclasses, one
SQL query for the lot) and makes display text only when a view asks for a cell,
so 20,000 rows cost little more than the query. The model sorts on each
column's own key (dates as dates, not text); the proxy filters with a
predicate plus a search over every column's text.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
# Dark red reads as "late" on screen and in print; the cell's words say it too.
URGENT = QColor(160, 0, 0)
QUIET = QColor(100, 100, 100)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    # "urgent" (dark red) or "quiet" (grey) for a row, or None for the usual colour.
    tone: Callable[[R], str | None] | None = None
    right: bool = False


class RowModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], int], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key
        self._rows: list[R] = []
        self._given: list[R] = []
        self._numbers: dict[int, int] = {}
        self._search: dict[int, str] = {}
        # (column, order) once a view has sorted; until then rows keep the service's order.
        self.order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self._given = list(rows)
        if self.order is not None:
            column, order = self.order
            spec = self.columns[column]
            key = spec.sort or (lambda row: spec.text(row).casefold())
            rows = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = {self._key(row): number for number, row in enumerate(self._rows)}
        self._search = {}
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, number: int) -> R:
        return self._rows[number]

    def number_of(self, key: int) -> int | None:
        return self._numbers.get(key)

    def row_for(self, key: int | None) -> R | None:
        """The row with this key, or None when there is none (or no key)."""
        number = self._numbers.get(key) if key is not None else None
        return self._rows[number] if number is not None else None

    def key(self, row: R) -> int:
        return self._key(row)

    def search_text(self, number: int) -> str:
        found = self._search.get(number)
        if found is None:
            row = self._rows[number]
            found = self._search[number] = " ".join(column.text(row) for column in self.columns).casefold()
        return found

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.tone:
            tone = column.tone(row)
            return URGENT if tone == "urgent" else QUIET if tone == "quiet" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return self._key(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Python's sort on each column's key: the proxy's pairwise lessThan, called
        # from C++ for every comparison, takes over a second on 20,000 rows.
        # A column of -1 means "unsorted": back to the order the service gave.
        self.order = (column, order) if 0 <= column < len(self.columns) else None
        self.set_rows(self._given)


class RowFilter(QSortFilterProxyModel):
    """Shows the rows the predicate and search allow; sorting is passed to the
    model, which orders its rows by each column's own key (dates as dates)."""

    def __init__(self, source: RowModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self._source = source
        self._predicate: Callable[[Any], bool] | None = None
        self._words: list[str] = []

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "_predicate", predicate))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    @property
    def filtering(self) -> bool:
        return self._predicate is not None or bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._predicate is not None and not self._predicate(self._source.row(source_row)):
            return False
        if self._words:
            haystack = self._source.search_text(source_row)
            return all(word in haystack for word in self._words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def key_at(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        return self._source.key(self._source.row(self.mapToSource(index).row()))

    def index_of(self, key: int) -> QModelIndex:
        number = self._source.number_of(key)
        if number is None:
            return QModelIndex()
        return self.mapFromSource(self._source.index(number, 0))
