"""The agenda builder: a meeting's items in order, and the papers attached to each."""

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.errors import ValidationError
from compactdesk.gui.dialogs.meeting import AgendaItemDialog
from compactdesk.gui.pages.meeting_papers import PapersPanel
from compactdesk.gui.pages.meeting_parts import MeetingTab, fit_columns, make_table
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.gui.workbench import Workbench
from compactdesk.i18n import translate
from compactdesk.services import meetings
from compactdesk.services.meetings import AgendaRow

AGENDA_MIME = "application/x-compactdesk-agenda-item"
FAILED = object()  # what _attempt returns when the service refused (a service may return None)
Index = QModelIndex | QPersistentModelIndex


class AgendaModel(RowModel[AgendaRow]):
    """Rows can be dragged to a new place; the drop asks for a service call, and the
    table changes only when the store has (so a drag is one undo step like any other)."""

    move_requested = Signal(int, int)  # item id, new position

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        # Items take no drops onto themselves, so the view offers "between rows" only.
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(AGENDA_MIME, QByteArray(str(self.row(rows[0]).item_id).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(AGENDA_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if data is None or not data.hasFormat(AGENDA_MIME):
            return False
        try:
            item_id = int(bytes(data.data(AGENDA_MIME).data()).decode())
        except ValueError:
            return False
        current = self.number_of(item_id)
        if current is None:
            return False
        target = row if row >= 0 else parent.row() if parent.isValid() else self.rowCount()
        # The drop row counts the dragged item in its old place; the service's position does not.
        position = target - 1 if target > current else target
        if position != current:
            self.move_requested.emit(item_id, position)
        # False: the view removes nothing; the refresh after the move shows the new order.
        return False


def minutes_text(minutes: int | None) -> str:
    """Time allowed as people say it: "20 min", "1 h 30 min"."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("Meetings", "{m} min").format(m=rest)
    if not rest:
        return QCoreApplication.translate("Meetings", "{h} h").format(h=hours)
    return QCoreApplication.translate("Meetings", "{h} h {m} min").format(h=hours, m=rest)


class AgendaTab(MeetingTab):
    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)

        self.model = AgendaModel(self._columns(), key=lambda row: row.item_id, parent=self)
        self.model.move_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self.proxy = RowFilter(self.model, self)
        self.table, _ = make_table(self.model, self, "agendaTable", self.proxy, opens=self.edit_item,
                                   accessible_name=self.tr("Agenda items"))
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        fit_columns(self.table, 1, {2: 170})
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("Add the first item…"), self.add_item)
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")

        self.add_button = QPushButton(self.tr("&New item…"))
        self.add_button.setToolTip(self.tr("Add an item after the selected one (before any other business if none "
                                           "is selected)"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected item (F2, Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected item and its papers (Delete); Ctrl+Z takes it back"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected item up one place (Alt+Up); you can also drag it"))
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selected item down one place (Alt+Down); you can also drag it"))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        # Alt+Up/Down only while the agenda has the focus: elsewhere Alt+Down opens a drop-down list.
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_by(step))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        # Up and down side by side: a button's height less, so the meeting's tabs fit 1366×768 at 125% unscrolled.
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        buttons.addLayout(moves)
        buttons.addStretch(1)

        items = QWidget()
        items_layout = QHBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_column = QVBoxLayout()
        items_column.addWidget(self.empty, 1)
        items_column.addWidget(self.total)
        items_layout.addLayout(items_column, 1)
        items_layout.addLayout(buttons)

        self.papers = PapersPanel(bench)
        self.papers.changed = self.refresh

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("agendaSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(items)
        splitter.addWidget(self.papers)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _columns(self) -> list[Column[AgendaRow]]:
        def standing_tone(row: AgendaRow):
            return "quiet" if row.standing is not None else None

        return [
            Column(self.tr("No."), lambda r: str(r.number), sort=lambda r: r.position, right=True,
                   value=lambda r: r.number),
            Column(self.tr("Item"), lambda r: r.title,
                   tooltip=lambda r: "\n\n".join(text for text in (r.title, r.description) if text)),
            Column(self.tr("Presenter"), lambda r: r.presenter),
            Column(self.tr("Time"), lambda r: minutes_text(r.minutes_allowed), sort=lambda r: r.minutes_allowed or 0,
                   right=True, value=lambda r: r.minutes_allowed),
            Column(self.tr("Papers"), lambda r: str(r.paper_count) if r.paper_count else "",
                   sort=lambda r: r.paper_count, right=True,
                   value=lambda r: r.paper_count or None),
            Column(self.tr("Kind"), lambda r: self.tr("Standing item") if r.standing is not None else "",
                   tooltip=lambda r: self.tr("A standing item: on every agenda of this kind of meeting")
                   if r.standing is not None else "", tone=standing_tone),
        ]

    # -- loading -----------------------------------------------------------------

    def refresh(self, keep: bool | None = None) -> None:
        """Reads the meeting's items and papers; the chosen item stays chosen while it is the same meeting."""
        keep = self._begin_reading(keep)
        selected = self.current_id() if keep else None
        if self.meeting is None:
            rows, papers = [], []
        else:
            rows = self.bench.read(meetings.agenda_rows, self.meeting.meeting_id)
            papers = self.bench.read(meetings.paper_rows, self.meeting.meeting_id)
        self.model.set_rows(rows)
        self.empty.show_state(has_rows=bool(rows), visible_rows=len(rows), empty_text=self.tr(
            "<h3>No agenda items yet</h3><p>Add the items to discuss with “New item…” (Alt+N); the standing items "
            "(welcome, minutes, matters arising…) come with a new liaison meeting.</p>"))
        total = sum(row.minutes_allowed or 0 for row in rows)
        count = len(rows)
        self.total.setText(translate("AgendaTab", "%n item(s) · time allowed {time}", None, count).format(
            time=minutes_text(total) or self.tr("not set")) if rows else "")
        # Nothing is chosen on opening a meeting, so "New item…" puts the item where it usually
        # goes (before any other business) unless the secretary picks a place.
        select_key(self.table, selected)
        self.papers.item = self.current_row()
        self.papers.set_rows(papers)
        self._update_buttons()

    # -- selection -------------------------------------------------------------

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> AgendaRow | None:
        return self.model.row_for(self.current_id())

    def _selection_changed(self, *_) -> None:
        self.papers.set_item(self.current_row())
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        row = self.current_row()
        self.add_button.setEnabled(self.meeting is not None)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row.position > 0)
        self.down_button.setEnabled(row is not None and row.position < self.model.rowCount() - 1)

    def has_focus_in_items(self) -> bool:
        return self.table.hasFocus()

    def has_focus_in_papers(self) -> bool:
        return self.papers.table.hasFocus() and self.papers.current_paper() is not None

    # -- items -------------------------------------------------------------------

    def item_dialog(self, item_id: int | None = None, position: int | None = None) -> AgendaItemDialog:
        return AgendaItemDialog(self.bench, self, meeting_id=self.meeting.meeting_id, item_id=item_id,
                                position=position)

    def add_item(self) -> None:
        if self.meeting is None:
            return
        row = self.current_row()
        # After the selected item; with none selected the service puts it before any other business.
        dialog = self.item_dialog(position=row.position + 1 if row else None)
        if dialog.exec():
            self.refresh()
            select_key(self.table, dialog.result_value.id)

    def edit_item(self) -> None:
        row = self.current_row()
        if row is not None:
            self.item_dialog(row.item_id).exec()

    def remove_item(self) -> None:
        row = self.current_row()
        if row is None:
            return
        below = self.model.row(row.position + 1).item_id if row.position + 1 < self.model.rowCount() else None
        above = self.model.row(row.position - 1).item_id if row.position > 0 else None
        if self._attempt(self.tr("Remove agenda item “{title}”").format(title=row.title), meetings.remove_item,
                         row.item_id) is not FAILED:
            self.refresh()
            select_key(self.table, below or above)

    def move_by(self, step: int) -> None:
        row = self.current_row()
        if row is not None and 0 <= row.position + step < self.model.rowCount():
            self.move_to(row.item_id, row.position + step)

    def move_to(self, item_id: int, position: int) -> None:
        row = self.model.row_for(item_id)
        if row is None:
            return
        self._attempt(self.tr("Move “{title}” to place {number}").format(title=row.title, number=position + 1),
                      meetings.move_item, item_id, position)
        self.refresh()
        select_key(self.table, item_id)
        self.table.setFocus()

    def _attempt(self, text: str, service, /, *args, **kwargs):
        try:
            return self.bench.perform(text, service, *args, **kwargs)
        except ValidationError as error:
            QMessageBox.warning(self, text, str(error))
            return FAILED
