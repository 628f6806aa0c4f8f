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

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from compactdesk.gui import colours
from compactdesk.i18n import name_order

R = TypeVar("R")
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
# A status cell's tone (a name of colours.TONES): the cell is drawn as a coloured label with its words
# (tables.StatusDelegate), so the colour is never the only sign.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 11
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    # The row's words in a colour of colours.TONES ("urgent", "quiet"…), or None for the palette's own.
    tone: Callable[[R], str | None] | None = None
    right: bool = False
    # A status column: its words shown as a label in this tone (None: plain words), see tables.StatusDelegate.
    status: Callable[[R], str | None] | None = None
    # The cell as a spreadsheet takes it (gui/table_export.py): a date, a number, a count; None for an empty cell.
    # Without it the cell's words are written, as shown.
    value: Callable[[R], Any] | None = None


def sheet_value(column: Column[R], row: R) -> Any:
    """What a spreadsheet cell holds for this row's cell: its typed value, else its words."""
    return column.value(row) if column.value is not None else column.text(row)


def cell_data(column: Column[R], row: R, role: int) -> Any:
    """What a view asks of one cell, for any role, from the row and its column's description."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(row)
    if role == Qt.ItemDataRole.ToolTipRole:
        return column.tooltip(row) if column.tooltip else column.text(row) or None
    if role == Qt.ItemDataRole.ForegroundRole and column.tone:
        tone = column.tone(row)
        # Asked at each paint, so a change to a dark palette shows at once.
        return colours.text(tone) if tone in colours.TONES else None
    if role == STATUS_ROLE and column.status:
        return column.status(row)
    if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


def status_columns(columns: Sequence[Column]) -> list[int]:
    """The columns whose cells are status labels (tables.make_table draws them so)."""
    return [number for number, column in enumerate(columns) if column.status is not None]


def header_data(columns: Sequence[Column], section: int, orientation: Qt.Orientation, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
            and 0 <= section < len(columns):
        return columns[section].title
    return None


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

    def status_columns(self) -> list[int]:
        return status_columns(self.columns)

    def set_rows(self, rows: Sequence[R]) -> None:
        self._given = list(rows)
        if self.order is not None:
            column, order = self.order
            spec = self.columns[column]
            key = spec.sort or (lambda row: name_order(spec.text(row)))  # the Welsh alphabet when in Welsh
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
        if role == KEY_ROLE:
            return self._key(row)
        return cell_data(self.columns[index.column()], row, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_data(self.columns, section, orientation, role)

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


# The roles a cell answers from its row (see cell_data); for any other, no row need be loaded.
_ROW_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, STATUS_ROLE})


class PagedModel(QAbstractTableModel, Generic[R]):
    """A table over more records than should be loaded at once (ten years of feedback).

    The store gives the ids of every row the page's filters let through, in the order
    of the sorted column (`ids(order)`: a list of ints is cheap, even 20,000 of them),
    so the row count, the scroll bar and finding a row by id are exact from the start.
    The rows themselves (`rows(ids)`) are loaded a page at a time, when a view first
    asks for one of them, and kept until the next reload: a view asks only for what
    is on screen. The search looks through each row's casefolded text (`texts()`, by
    id), fetched once after a reload, the first time a search is typed.

    It is its own filter: a page sets it as its table's model with no proxy in
    between, and it answers key_at and index_of as RowFilter does.
    """

    PAGE = 100  # a screenful is some 25 rows: one query serves several screens of scrolling

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], int], *,
                 ids: Callable[[tuple[int, Qt.SortOrder] | None], list[int]],
                 rows: Callable[[list[int]], Sequence[R]], texts: Callable[[], dict[int, str]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key
        self._fetch_ids, self._fetch_rows, self._fetch_texts = ids, rows, texts
        self._all: list[int] = []  # every id the filters let through, in order
        self._shown: list[int] = []  # those the search lets through too
        self._numbers: dict[int, int] | None = None  # id -> row number, made when first asked
        self._loaded: dict[int, R] = {}
        self._gone: set[int] = set()
        self._texts: dict[int, str] | None = None
        self._words: list[str] = []
        self._started = False  # nothing is fetched until the page first reloads
        # (column, order) as a view sorted it; None is the order `ids` gives unasked.
        self.order: tuple[int, Qt.SortOrder] | None = None

    def status_columns(self) -> list[int]:
        return status_columns(self.columns)

    # -- loading -----------------------------------------------------------------

    def reload(self, search: str | None = None) -> None:
        """Asks the store again for the ids (the filters or the records changed), with the
        search's words if given; rows are loaded again as they are shown."""
        if search is not None:
            self._words = search.casefold().split()
        self._started = True
        self._all = self._fetch_ids(self.order)
        self._texts = None
        self._loaded, self._gone = {}, set()
        self._show()

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            # Typing on ("gr" to "gri"): each old word is in a new one, so whatever the new words
            # match the old ones did too, and only the rows shown now need looking through.
            narrower = bool(self._words) and all(any(old in new for new in words) for old in self._words)
            self._words = words
            if self._started:
                self._show(self._shown if narrower else None)

    def prepare_search(self) -> None:
        """Fetches the texts the search looks through now (when the search box is entered),
        so that the first keystroke need not wait for them."""
        if self._started and self._texts is None:
            self._texts = self._fetch_texts()

    def _show(self, among: list[int] | None = None) -> None:
        shown = self._all if among is None else among
        if self._words:
            self.prepare_search()
            texts = self._texts
            for word in self._words:  # a word at a time: a plain list comprehension each
                shown = [ident for ident in shown if word in texts.get(ident, "")]
        self.beginResetModel()
        self._shown = shown
        self._numbers = None
        self.endResetModel()

    def _load_page(self, number: int) -> None:
        start = number - number % self.PAGE
        wanted = [ident for ident in self._shown[start:start + self.PAGE]
                  if ident not in self._loaded and ident not in self._gone]
        for row in self._fetch_rows(wanted):
            self._loaded[self._key(row)] = row
        # An id the store no longer has (or could not be read) is not asked for again at every paint.
        self._gone.update(ident for ident in wanted if ident not in self._loaded)

    @property
    def loaded(self) -> int:
        """How many rows have been built (the rest are ids only)."""
        return len(self._loaded)

    # -- what pages ask (as RowModel and RowFilter have it) ------------------------

    @property
    def filtering(self) -> bool:
        return bool(self._words)

    def ids(self) -> list[int]:
        return list(self._shown)

    def row(self, number: int) -> R | None:
        """The row shown at `number`; None if it has gone from the store since the ids came."""
        ident = self._shown[number]
        if ident not in self._loaded and ident not in self._gone:
            self._load_page(number)
        return self._loaded.get(ident)

    def fetch(self, ids: list[int]) -> Sequence[R]:
        """The rows of these ids, read now and not kept (a spreadsheet of every row shown reads them in parts,
        off the GUI thread); an id the store no longer has is left out."""
        return self._fetch_rows(list(ids))

    def rows(self) -> list[R]:
        """Every row shown: loads them all, so only for small tables and tests."""
        return [row for row in (self.row(number) for number in range(len(self._shown))) if row is not None]

    def number_of(self, key: int) -> int | None:
        if self._numbers is None:
            self._numbers = {ident: number for number, ident in enumerate(self._shown)}
        return self._numbers.get(key)

    def row_for(self, key: int | None) -> R | None:
        """The row with this key if it is shown, or None."""
        number = self.number_of(key) if key is not None else None
        return self.row(number) if number is not None else None

    def key(self, row: R) -> int:
        return self._key(row)

    def key_at(self, index: Index) -> int | None:
        return self._shown[index.row()] if index.isValid() and index.row() < len(self._shown) else None

    def index_of(self, key: int) -> QModelIndex:
        number = self.number_of(key)
        return QModelIndex() if number is None else self.index(number, 0)

    # -- the model ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        if role == KEY_ROLE:
            return self._shown[index.row()]
        if role not in _ROW_ROLES:
            return None
        row = self.row(index.row())
        return None if row is None else cell_data(self.columns[index.column()], row, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_data(self.columns, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The store sorts: `ids` is asked again in the new order (-1: the order it gives unasked).
        self.order = (column, order) if 0 <= column < len(self.columns) else None
        if self._started:
            self.reload()


class PrepareOnFocus(QObject):
    """Has a PagedModel fetch its search texts as its search box is entered (a click or Ctrl+F),
    before the first letter is typed: on ten years of feedback that is the one slow step."""

    def __init__(self, box: QObject, model: PagedModel):
        super().__init__(box)
        self._model = model
        box.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._model.prepare_search()
        return super().eventFilter(watched, event)
