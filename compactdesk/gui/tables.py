"""A read-only table of records, its status cells drawn as labels, and Enter to open the row it is on."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from compactdesk.gui import colours
from compactdesk.gui.table_export import offer_export
from compactdesk.gui.table_model import STATUS_ROLE, RowFilter, RowModel


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
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    FollowFont(table)
    status = model.status_columns()
    if status:
        delegate = StatusDelegate(table)
        for column in status:
            table.setItemDelegateForColumn(column, delegate)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    if opens is not None:
        EnterOpens(table, opens)
    offer_export(table)  # right-click: "Export to a spreadsheet…", the table as shown
    return table, proxy


class FollowFont(QObject):
    """One line of text a row, with a little air (more of the list fits on a laptop screen), kept so when the
    text size changes (View ▸ Text size); status columns widen or narrow with the text."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self._size = table.font().pointSizeF()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FontChange:
            watched.verticalHeader().setDefaultSectionSize(watched.fontMetrics().height() + 8)
            size = watched.font().pointSizeF()
            ratio, self._size = size / self._size, size
            # Status labels are never elided to "Overd…"; the other columns are the page's to fit (it stretches its
            # main text column into what is left).
            header = watched.horizontalHeader()
            for section in range(header.count()):
                if isinstance(watched.itemDelegateForColumn(section), StatusDelegate) \
                        and header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
                    header.resizeSection(section, round(header.sectionSize(section) * ratio))
        return False


class StatusDelegate(QStyledItemDelegate):
    """A status cell ("Overdue", "Answered", "At risk") as a small rounded label of its tone's colours, the
    words inside: the colour catches the eye and the words say it, so nothing rests on colour alone."""

    def _label(self, option: QStyleOptionViewItem, text: str) -> tuple[QFontMetrics, int, int]:
        metrics = QFontMetrics(option.font)
        pad = max(4, metrics.height() // 3)
        # +2: an advance is rounded down, and words exactly as wide as their room would be elided.
        return metrics, pad, metrics.horizontalAdvance(text) + 2 * pad + 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        tone = index.data(STATUS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if tone not in colours.TONES or not text:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the cell's background, selection and focus as usual; the label drawn on them
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        metrics, pad, width = self._label(item, text)
        cell = item.rect.adjusted(3, 0, -3, 0)
        height = min(cell.height() - 2, metrics.height() + 4)
        box = QRectF(cell.left(), cell.center().y() - height / 2 + 1, min(width, cell.width()), height)
        ink = colours.text(tone)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = QColor(ink)
        edge.setAlpha(110)  # a fine edge: the label keeps its shape on a selected (highlighted) row
        painter.setPen(QPen(edge, 1))
        painter.setBrush(colours.fill(tone))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
        painter.setPen(ink)
        painter.setFont(item.font)
        words = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(box.width()) - 2 * pad)
        painter.drawText(box.adjusted(pad, 0, -pad, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         words)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if index.data(STATUS_ROLE) in colours.TONES and text:
            item = QStyleOptionViewItem(option)
            self.initStyleOption(item, index)
            hint.setWidth(max(hint.width(), self._label(item, text)[2] + 8))
        return hint


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
