"""A read-only table of records, and Enter to open the row it is on."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from compactdesk.gui.table_model import RowFilter, RowModel


def make_table(model: RowModel, parent: QWidget | None, name: str, proxy: RowFilter | None = None, *,
               opens: Callable[[], None] | None = None, accessible_name: str = "") -> tuple[QTableView, RowFilter]:
    """A read-only, single-row-selection table over `model`, through a RowFilter (made here if not given).

    Every page's tables come from here. `opens` is what Enter or a double-click on a row does,
    connected once (see EnterOpens), so a double-click never opens a record twice."""
    proxy = proxy if proxy is not None else RowFilter(model, parent)
    table = QTableView(parent)
    table.setObjectName(name)
    if accessible_name:
        table.setAccessibleName(accessible_name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    # One line of text a row, with a little air: more of the list fits on a laptop screen.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    if opens is not None:
        EnterOpens(table, opens)
    return table, proxy


class EnterOpens(QObject):
    """Enter or Return on a table row does what a double-click does.

    Not QAbstractItemView.activated: a double-click emits that as well as
    doubleClicked (so the form would open twice), and on styles that activate
    on a single click it would open forms on every click.
    """

    def __init__(self, table: QTableView, slot: Callable[[], None]):
        super().__init__(table)
        self._slot = slot
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _: slot())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and watched.currentIndex().isValid():
            self._slot()
            return True
        return super().eventFilter(watched, event)


def selected_key(table: QTableView) -> int | None:
    proxy = table.model()
    indexes = table.selectionModel().selectedRows()
    return proxy.key_at(indexes[0]) if indexes else None


def select_key(table: QTableView, key: int | None) -> bool:
    """Selects the row with this id; clears the selection when it is not shown."""
    index = table.model().index_of(key) if key is not None else None
    if index is None or not index.isValid():
        table.clearSelection()
        return False
    table.setCurrentIndex(index)
    table.selectRow(index.row())
    table.scrollTo(index)
    return True
