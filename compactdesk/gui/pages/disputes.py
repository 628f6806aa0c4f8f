"""Disputes and breaches: who says the compact was broken, by whom, how far along the route it went, and the outcome."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.gui.dialogs.disputes import DisputeDialog, ResolveDialog, StagesDialog, StepDialog
from compactdesk.gui.pages.action_detail import tip
from compactdesk.gui.pages.base import Page
from compactdesk.gui.pages.columns import date_width, share_columns
from compactdesk.gui.pages.disputes_detail import DisputeDetailPanel
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState, page_heading
from compactdesk.services import disputes
from compactdesk.services.disputes import LONG_OPEN_DAYS, DisputeRow

# The "Showing" box: (key, predicate on a row).
SHOWING = {
    "open": lambda row: row.is_open,
    "resolved": lambda row: not row.is_open,
    "all": lambda row: True,
}


class DisputesPage(Page):
    area = "disputes"
    TITLE, RAISED_BY, AGAINST, RAISED, STAGE, DAYS, RESOLVED = range(7)

    def __init__(self, bench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.model = RowModel(self._columns(), key=lambda row: row.dispute_id, parent=self)
        self.table, self.proxy = make_table(self.model, self, "disputeTable", opens=self.edit_current)
        self.table.setAccessibleName(self.tr("Disputes"))
        # Oldest raised first: among open disputes, the longest open comes first.
        self.table.sortByColumn(self.RAISED, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("&New dispute…"), self.new_item)

        self.showing = QComboBox()
        for key, text in (("open", self.tr("Open disputes")), ("resolved", self.tr("Resolved")),
                          ("all", self.tr("Everything"))):
            self.showing.addItem(text, key)
        self.showing.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setObjectName("disputeSearch")
        self.search.setPlaceholderText(self.tr("Search title, parties or stage (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search disputes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        filters = QHBoxLayout()
        label = QLabel(self.tr("&Showing:"))
        label.setBuddy(self.showing)
        filters.addWidget(label)
        filters.addWidget(self.showing)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.patterns = QLabel()
        self.patterns.setObjectName("disputePatterns")
        self.patterns.setWordWrap(True)
        self.patterns.setToolTip(self.tr("Counted over every dispute recorded, open or resolved"))

        self.panel = DisputeDetailPanel()
        self.panel.new_button.clicked.connect(self.new_item)
        self.panel.edit_button.clicked.connect(self.edit_current)
        self.panel.step_button.clicked.connect(self.record_step)
        self.panel.remove_step_button.clicked.connect(self.remove_step)
        self.panel.resolve_button.clicked.connect(self.resolve)
        self.panel.reopen_button.clicked.connect(self.reopen)
        self.panel.delete_button.clicked.connect(self.delete_current)
        self.panel.connect_history(self.edit_step)
        self.panel.history.selectionModel().selectionChanged.connect(lambda *_: self.actions_changed.emit())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("disputesSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 300])
        splitter.setChildrenCollapsible(False)

        self.stages_button = QPushButton(self.tr("Sta&ges…"))
        self.stages_button.setObjectName("stagesButton")
        self.stages_button.setToolTip(self.tr("The stages of your compact's disputes route: add, rename, reorder"))
        self.stages_button.clicked.connect(self.edit_stages)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Disputes")), 1)
        top.addWidget(self.stages_button)
        layout = QVBoxLayout(self.body())
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.patterns)
        layout.addWidget(splitter, 1)
        self._size_columns()
        self._show_selected()

    def title(self) -> str:
        return self.tr("Disputes")

    # -- the table -------------------------------------------------------------

    def _columns(self) -> list[Column[DisputeRow]]:
        def tone(row: DisputeRow) -> str | None:
            if row.open_long:
                return "urgent"
            return None if row.is_open else "quiet"

        def stage(row: DisputeRow) -> str:
            if not row.stage:
                return self.tr("No stage recorded yet")
            return self.tr("{stage}, since {day}").format(stage=row.stage, day=uk_long_date(row.stage_on))

        def how_long(row: DisputeRow) -> str:
            words = self.tr("Open for {days}") if row.is_open else self.tr("Resolved after {days}")
            return words.format(days=days_text(row.days_open))

        def resolved(row: DisputeRow) -> str:
            if row.resolved_on is None:
                return self.tr("Not resolved yet")
            return self.tr("Resolved on {day}: {outcome}").format(day=uk_long_date(row.resolved_on),
                                                                  outcome=row.outcome)

        return [
            Column(self.tr("Dispute"), lambda r: r.title, tooltip=lambda r: self._tip(r, r.title), tone=tone),
            Column(self.tr("Raised by"), lambda r: r.raised_by, tooltip=lambda r: self._tip(r, r.raised_by),
                   tone=tone),
            Column(self.tr("Said to be in breach"), lambda r: r.against,
                   tooltip=lambda r: self._tip(r, f"{r.who_breached}: {r.against} ({r.against_sector.label()})"),
                   tone=tone),
            Column(self.tr("Raised"), lambda r: uk_date(r.raised_on), sort=lambda r: (r.raised_on, r.dispute_id),
                   tooltip=lambda r: self._tip(r, uk_long_date(r.raised_on)), tone=tone, value=lambda r: r.raised_on),
            Column(self.tr("Stage now"), lambda r: r.stage, sort=lambda r: (r.stage.casefold(), r.dispute_id),
                   tooltip=lambda r: self._tip(r, stage(r)), tone=tone),
            Column(self.tr("Days open"), lambda r: str(r.days_open), sort=lambda r: (r.days_open, r.dispute_id),
                   right=True, tooltip=lambda r: self._tip(r, how_long(r)), tone=tone, value=lambda r: r.days_open),
            Column(self.tr("Resolved"), lambda r: uk_date(r.resolved_on) if r.resolved_on else "",
                   sort=lambda r: (r.resolved_on is None, r.resolved_on or r.raised_on, r.dispute_id),
                   tooltip=lambda r: self._tip(r, resolved(r)), tone=tone, value=lambda r: r.resolved_on),
        ]

    def _tip(self, row: DisputeRow, text: str) -> str | None:
        """A cell's tooltip: its full text, and on a dispute open too long, why the row is marked."""
        if row.open_long:
            reason = self.tr("Open for {days}: more than {limit} days without an outcome.").format(
                days=days_text(row.days_open), limit=LONG_OPEN_DAYS)
            text = f"{text}\n{reason}" if text else reason
        return tip(text) if text else None

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        dates = date_width(self.table, 18)
        header.setSectionResizeMode(self.DAYS, QHeaderView.ResizeMode.ResizeToContents)
        share_columns(self.table, self.TITLE, {self.RAISED_BY: 150, self.AGAINST: 150, self.RAISED: dates,
                                               self.STAGE: 160, self.RESOLVED: dates},
                      keep={self.RAISED, self.RESOLVED})

    # -- loading and filtering -------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        selected = self.current_id()
        step = self.panel.selected_step()
        today = self.bench.today()
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(self.bench.read(disputes.dispute_rows, today))
        self.table.selectionModel().blockSignals(False)
        self.patterns.setText(disputes.patterns_text(self.bench.read(disputes.dispute_patterns, today)))
        self.patterns.setVisible(bool(self.patterns.text()))
        self._filter()
        if selected is not None:
            select_key(self.table, selected)
        self._show_selected()
        if step is not None:
            select_key(self.panel.history, step.step_id)
            self.panel.update_step_buttons()

    def _filter(self) -> None:
        showing = self.showing.currentData() or "all"
        self.proxy.set_predicate(SHOWING[showing])
        # Open disputes have no resolution date: the title gets that room.
        self.table.setColumnHidden(self.RESOLVED, showing == "open")
        self.proxy.set_search(self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        rows = self.model.rows()
        still_open = sum(row.is_open for row in rows)
        long_open = sum(row.open_long for row in rows)
        text = self.tr("Showing {shown} of {total} · {open} open").format(shown=shown, total=total, open=still_open)
        if long_open:
            text += " · " + self.tr("{long} open more than {limit} days").format(long=long_open, limit=LONG_OPEN_DAYS)
        self.count.setText(text)
        if showing == "open" and not self.search.text().strip():
            filtered = self.tr("<h3>No dispute is open</h3><p>Every dispute recorded has been resolved. Set Showing "
                               "to “Everything” to see them, or record a new one with Ctrl+N.</p>")
        else:
            filtered = self.tr("<h3>Nothing matches</h3><p>Clear the search{words}, or set Showing to "
                               "“Everything”.</p>").format(
                words=f" (“{escape(self.search.text().strip())}”)" if self.search.text().strip() else "")
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown,
            empty_text=self.tr(
                "<h3>No disputes recorded</h3><p>When a partner says the compact has been broken (by a public body "
                "or by the voluntary sector), record it here with Ctrl+N. Each stage it reaches on your compact's "
                "route, and the outcome, are noted with their dates, so the group can see how disputes are "
                "settled.</p><p>“Stages…” sets the route your compact uses.</p>"),
            filtered_text=filtered)
        self.panel.setVisible(total > 0)  # with no disputes at all, the words on what to do have the room
        self._show_selected()

    # -- selection -------------------------------------------------------------

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> DisputeRow | None:
        return self.model.row_for(self.current_id())

    def _selection_changed(self, *_) -> None:
        self._show_selected()
        self.actions_changed.emit()

    def _show_selected(self) -> None:
        ident = self.current_id()
        self.panel.show_detail(None if ident is None else
                               self.bench.read(disputes.dispute_detail, ident, self.bench.today()))

    # -- what the main window asks ---------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a dialog and says whether it saved (tests replace this to fill the dialog in)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()  # its result_value is a Python attribute and outlives it

    def new_text(self) -> str:
        return self.tr("New dispute…")

    def new_item(self) -> None:
        dialog = DisputeDialog(self.bench, self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.show_record(dialog.result_value.id)

    def can_edit(self) -> bool:
        return self.current_id() is not None

    def edit_current(self) -> None:
        # With the cursor in the history, F2 edits the chosen stage rather than the dispute.
        if self.panel.history.hasFocus() and self.panel.selected_step() is not None:
            self.edit_step()
            return
        ident = self.current_id()
        if ident is not None:
            self.run_dialog(DisputeDialog(self.bench, self, dispute_id=ident))

    def can_delete(self) -> bool:
        return self.current_id() is not None

    def delete_current(self) -> None:
        # With the cursor in the history, Delete takes out the chosen stage, not the whole dispute.
        if self.panel.history.hasFocus() and self.panel.selected_step() is not None:
            self.remove_step()
            return
        row = self.current_row()
        if row is not None:
            self.attempt(self.tr("Delete dispute “{title}”").format(title=row.title), disputes.delete_dispute,
                         row.dispute_id)

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_record(self, record_id: int) -> None:
        if self.stale or self.model.number_of(record_id) is None:
            self.refresh()
        if not select_key(self.table, record_id):
            self.search.clear()
            self.showing.setCurrentIndex(self.showing.findData("all"))
            select_key(self.table, record_id)
        self.table.setFocus()

    # -- stages, resolution ----------------------------------------------------

    def record_step(self) -> None:
        ident = self.current_id()
        if ident is not None:
            self.run_dialog(StepDialog(self.bench, ident, self))

    def edit_step(self) -> None:
        ident, step = self.current_id(), self.panel.selected_step()
        if ident is not None and step is not None:
            self.run_dialog(StepDialog(self.bench, ident, self, step_id=step.step_id))

    def remove_step(self) -> None:
        row, step = self.current_row(), self.panel.selected_step()
        if row is not None and step is not None:
            self.attempt(self.tr("Remove the “{stage}” stage of {day} from “{title}”").format(
                stage=step.stage, day=uk_date(step.on), title=row.title), disputes.delete_step, step.step_id)

    def resolve(self) -> None:
        ident = self.current_id()
        if ident is not None:
            self.run_dialog(ResolveDialog(self.bench, ident, self))

    def reopen(self) -> None:
        row = self.current_row()
        if row is not None and not row.is_open:
            self.attempt(self.tr("Reopen “{title}”").format(title=row.title), disputes.reopen, row.dispute_id)

    def edit_stages(self) -> None:
        self.run_dialog(StagesDialog(self.bench, self))
