"""The action plan: every target, who is responsible, by when, and how it is going."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import TargetStatus
from compactdesk.domain.rules import target_closed
from compactdesk.domain.text import one_line
from compactdesk.gui.colours import status_tone
from compactdesk.gui.dialogs.target import ProgressDialog, TargetCloseDialog, TargetDialog
from compactdesk.gui.pages.action_detail import TargetDetailPanel, tip
from compactdesk.gui.pages.action_filters import TargetFilters
from compactdesk.gui.pages.base import Page, grouped
from compactdesk.gui.pages.columns import date_width, share_columns
from compactdesk.gui.table_model import Column, PagedModel, PrepareOnFocus
from compactdesk.gui.tables import make_table, select_key
from compactdesk.gui.widgets import EmptyState, page_heading
from compactdesk.i18n import translate
from compactdesk.services import action_list, actions
from compactdesk.services.action_list import TargetCounts, TargetFilter, TargetOrder
from compactdesk.services.actions import TargetRow

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper


def _paper(name: str) -> "Paper":
    # The papers' machinery (PDF, Word) loads on the first export, not with the page.
    from compactdesk.documents.export import Paper
    return Paper[name]


# What each column sorts by, in the store.
ORDERS = (TargetOrder.TITLE, TargetOrder.CODE, TargetOrder.PARTNER, TargetOrder.LEAD, TargetOrder.DEADLINE,
          TargetOrder.STATUS, TargetOrder.PROGRESS)


class ActionPlanPage(Page):
    area = "actions"
    TARGET, CODE, PARTNER, LEAD, DEADLINE, STATUS, PROGRESS = range(7)

    def __init__(self, bench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self._selected: int | None = None
        self._narrowed_by: TargetFilter | None = None  # the filters the shown ids were asked for with
        self._counts = TargetCounts(0, 0)
        self._detail_read = False

        # The store narrows and sorts the targets; the model loads only the rows on screen.
        # It filters itself, so it is the table's model and its "proxy".
        self.model = PagedModel(self._columns(), key=lambda row: row.target_id, ids=self._ids, rows=self._rows,
                                texts=self._texts, parent=self)
        self.model.order = (self.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.proxy = self.model
        self.table, _ = make_table(self.model, self, "targetTable", self.model, opens=self.edit_current,
                                   accessible_name=self.tr("Targets"))
        self.table.horizontalHeader().setSortIndicator(self.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._reselect)
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("&New target…"), self.new_item)

        self.filters = TargetFilters(self)
        self.filters.changed.connect(self.apply_filters)
        self.filters.searched.connect(self.apply_filters)
        # The boxes by name, as the main window (Ctrl+F) and the tests reach them.
        self.status, self.partner, self.code = self.filters.status, self.filters.partner, self.filters.code
        self.overdue, self.search, self.clear_button = self.filters.overdue, self.filters.search, \
            self.filters.clear_button
        self.search_timer = self.filters.search_timer
        PrepareOnFocus(self.search, self.model)
        self.count = QLabel()
        self.count.setObjectName("rowCount")

        self.panel = TargetDetailPanel()
        self.panel.add_progress_button.clicked.connect(self.add_progress)
        self.panel.remove_progress_button.clicked.connect(self.remove_progress)
        self.panel.done_button.clicked.connect(self.mark_done)
        self.panel.drop_button.clicked.connect(self.drop)
        self.panel.edit_button.clicked.connect(self.edit_current)
        self.panel.progress.selectionModel().selectionChanged.connect(
            lambda *_: (self.panel.update_progress_buttons(), self.actions_changed.emit()))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("actionsSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 200])
        splitter.setChildrenCollapsible(False)

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Make the action plan as a PDF or Word file (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(_paper("ACTION_PLAN"), None))
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Action plan")), 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self.body())
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        self._size_columns()
        self.bench.changed.connect(self._store_changed)

    def title(self) -> str:
        return self.tr("Action plan")

    # -- the table -------------------------------------------------------------

    def _columns(self) -> list[Column[TargetRow]]:
        def tone(row: TargetRow) -> str | None:
            if row.status is TargetStatus.OVERDUE:
                return "urgent"
            return "quiet" if target_closed(row.status) else None

        # The store sorts each column (TargetOrder, in the order of these columns).
        return [
            Column(self.tr("Target"), lambda r: r.title, tooltip=lambda r: tip(r.title), tone=tone),
            Column(self.tr("Code area"), lambda r: r.code, tooltip=lambda r: tip(r.code), tone=tone),
            Column(self.tr("Partner"), lambda r: r.partner, tooltip=lambda r: tip(r.partner), tone=tone),
            Column(self.tr("Lead"), lambda r: r.lead, tooltip=lambda r: tip(r.lead), tone=tone),
            Column(self.tr("Deadline"), lambda r: uk_date(r.deadline) if r.deadline else "",
                   tooltip=lambda r: uk_long_date(r.deadline) if r.deadline else self.tr("No deadline set"),
                   tone=tone, value=lambda r: r.deadline),
            Column(self.tr("Status"), lambda r: r.status.label(), tone=tone, status=lambda r: status_tone(r.status)),
            Column(self.tr("Last progress"), self._progress_text,
                   tooltip=lambda r: tip(f"{uk_long_date(r.last_progress_on)}\n{r.last_progress}")
                   if r.last_progress_on else self.tr("No progress noted yet"), tone=tone),
        ]

    @staticmethod
    def _progress_text(row: TargetRow) -> str:
        return f"{uk_date(row.last_progress_on)}: {one_line(row.last_progress)}" if row.last_progress_on else ""

    def _size_columns(self) -> None:
        """The target's title takes the spare room and keeps a fair share (columns.ColumnShare); a date and a status
        label are read whole; the rest give way together on a narrow screen."""
        metrics = self.table.fontMetrics()
        dates = date_width(self.table, 18)
        status_width = max(metrics.horizontalAdvance(status.label()) for status in TargetStatus) + 32
        share_columns(self.table, self.TARGET, {self.CODE: 110, self.PARTNER: 150, self.LEAD: 120,
                                                self.DEADLINE: dates, self.STATUS: status_width,
                                                self.PROGRESS: 200}, keep={self.DEADLINE, self.STATUS})

    # -- filters and loading ----------------------------------------------------

    def _narrowed(self) -> TargetFilter:
        return self.filters.narrowed()

    def _ids(self, order: tuple[int, Qt.SortOrder] | None) -> list[int]:
        column, direction = order if order is not None else (self.DEADLINE, Qt.SortOrder.AscendingOrder)
        self._narrowed_by = self._narrowed()
        return self.bench.read(action_list.target_ids, self.bench.today(), self._narrowed_by, ORDERS[column],
                               direction == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids: list[int]) -> list[TargetRow]:
        return self.read_while_painting([], action_list.target_rows_of, self.bench.today(), ids)

    def _texts(self) -> dict[int, str]:
        return self.read_while_painting({}, action_list.target_search_texts, self.bench.today(), self._narrowed())

    def apply_filters(self) -> None:
        """Shows the targets the filters and the search allow (the search box waits for a pause)."""
        self.search_timer.stop()
        if self._narrowed() != self._narrowed_by:
            self.model.reload(self.search.text())  # the store narrows again
        else:
            self.model.set_search(self.search.text())  # only the search changed: no query
        self._show_counts()
        if self._selected is not None and not self.model.index_of(self._selected).isValid():
            self._selected = None
        self._show_selected()

    def _show_counts(self) -> None:
        shown, total, overdue = self.model.rowCount(), self._counts.total, self._counts.overdue
        self.count.setText(grouped(translate("ActionPlanPage", "Showing {shown} of %n target(s) · {overdue} overdue",
                                             None, total), total).format(shown=f"{shown:,}", overdue=f"{overdue:,}"))
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown,
            empty_text=self.tr("<h3>No targets yet</h3><p>Add the first target with Ctrl+N, or record an action "
                               "from a meeting's minutes. An action plan kept in a spreadsheet comes in with "
                               "<nobr>File ▸ Import</nobr>.</p>"),
            filtered_text=self.tr("<h3>Nothing matches</h3><p>No target matches the filters: clear the search "
                                  "or set the filters back to Any (“Clear filters”).</p>"))
        self.clear_button.setEnabled(self.model.filtering or self._narrowed() != TargetFilter())
        self.panel.setVisible(total > 0)  # with no targets at all, the words on what to do have the room

    def clear_filters(self, only: set[str] | None = None, search: bool = True) -> None:
        """Sets the filters back to Any (only those named in `only`, if given) and clears the search."""
        self.filters.clear(only, search)

    # -- loading and selection -------------------------------------------------

    def _store_changed(self, *_) -> None:
        # In the main window, the window marks the pages a change touched and reloads the one
        # in view (doing it here too reloaded the page twice for every edit). A page on its own,
        # as tests use it, reloads itself once the event loop is free.
        if self.window() is self:
            self.stale = True
            QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self.stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reloads what the filters show (the store narrows it) and the counts; the partner and
        code lists are a DISTINCT each, and refilled only when they changed."""
        super().refresh()
        self._detail_read = False  # the chosen target's detail is read again after any change
        today = self.bench.today()
        self._counts = self.bench.read(action_list.target_counts, today)
        self.filters.refill(self.bench.read(action_list.target_filter_choices))
        scrolled = self.table.verticalScrollBar().value()
        self.model.reload(self.search.text())  # reselects the target chosen before (see _reselect)
        self.table.verticalScrollBar().setValue(scrolled)  # the view keeps its place in the list
        if self._selected is not None:
            self.table.scrollTo(self.model.index_of(self._selected))
        self.apply_filters()
        self._reselect()

    def current_id(self) -> int | None:
        return self._selected

    def current_row(self) -> TargetRow | None:
        return self.model.row_for(self._selected)

    def _select(self, target_id: int) -> bool:
        return select_key(self.table, target_id)

    def _reselect(self) -> None:
        # A model reset (a refresh or a sort) clears the view's selection without a signal.
        if self._selected is not None and not self._select(self._selected):
            self._selected = None
            self._show_selected()

    def _selection_changed(self, *_) -> None:
        indexes = self.table.selectionModel().selectedRows()
        self._selected = self.proxy.key_at(indexes[0]) if indexes else None
        self._show_selected()

    def _show_selected(self) -> None:
        shown = self.panel.detail.target_id if self.panel.detail else None
        if self._selected is None:
            if shown is not None:
                self.panel.show_detail(None)
        elif self._selected != shown or not self._detail_read:
            # Read once for each target chosen: a refresh (after any change) reads it again.
            self.panel.show_detail(self.bench.read(actions.target_detail, self._selected, self.bench.today()))
            self._detail_read = True
        self.actions_changed.emit()

    def show_record(self, record_id: int) -> None:
        if self.stale:
            self.refresh()
        if not self.model.index_of(record_id).isValid():
            found = self.bench.read(action_list.target_rows_of, self.bench.today(), [record_id])
            if not found:
                return
            hiding = action_list.narrowed_out(found[0], self._narrowed(), self.search.text())
            self.clear_filters(hiding - {"search"}, search="search" in hiding)
        if self._select(record_id):
            self.table.scrollTo(self.model.index_of(record_id), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    # -- what the main window asks ---------------------------------------------

    def new_text(self) -> str:
        return self.tr("New target…")

    def export_defaults(self) -> "tuple[Paper, None]":
        return _paper("ACTION_PLAN"), None

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a dialog and says whether it saved (tests replace this to fill the dialog in)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()  # its result_value is a Python attribute and outlives it

    def new_item(self) -> None:
        dialog = TargetDialog(self.bench, self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.show_record(dialog.result_value.id)

    def can_edit(self) -> bool:
        return self._selected is not None

    def edit_current(self) -> None:
        if self._selected is not None:
            self.run_dialog(TargetDialog(self.bench, self, target_id=self._selected))

    def can_delete(self) -> bool:
        return self._selected is not None

    def delete_current(self) -> None:
        # With the cursor in the progress log, Delete takes out the chosen note, not the whole target.
        if self.panel.progress.hasFocus() and self.panel.selected_progress() is not None:
            self.remove_progress()
            return
        row = self.current_row()
        if row is not None:
            self.attempt(self.tr("Delete target “{title}”").format(title=row.title), actions.delete_target,
                         row.target_id)

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- progress, done, dropped -----------------------------------------------

    def add_progress(self) -> None:
        if self._selected is not None:
            self.run_dialog(ProgressDialog(self.bench, self._selected, self))

    def remove_progress(self) -> None:
        entry = self.panel.selected_progress()
        detail = self.panel.detail
        if entry is not None and detail is not None:
            self.attempt(self.tr("Remove progress of {day} from “{title}”").format(
                day=uk_date(entry.on), title=detail.title), actions.remove_progress, entry.progress_id)

    def mark_done(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        if detail.completed_on is not None:
            self.attempt(self.tr("Reopen “{title}”").format(title=detail.title), actions.complete_target,
                         detail.target_id, None)
        else:
            self.run_dialog(TargetCloseDialog(self.bench, detail.target_id, TargetCloseDialog.DONE, self))

    def drop(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        if detail.dropped_on is not None:
            self.attempt(self.tr("Restore “{title}”").format(title=detail.title), actions.drop_target,
                         detail.target_id, None)
        else:
            self.run_dialog(TargetCloseDialog(self.bench, detail.target_id, TargetCloseDialog.DROP, self))

