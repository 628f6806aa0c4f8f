"""Feedback owed: what officers were asked, by when, and whether they answered."""

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.rules import feedback_answered
from compactdesk.gui.colours import status_tone
from compactdesk.gui.dialogs.feedback import AnswerDialog, FeedbackDialog
from compactdesk.gui.pages.base import Page, grouped
from compactdesk.gui.pages.columns import share_columns
from compactdesk.gui.table_model import Column, PagedModel, PrepareOnFocus
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState, page_heading, scrolling_summary
from compactdesk.i18n import translate
from compactdesk.services import feedback, feedback_list
from compactdesk.services.feedback import FeedbackRow
from compactdesk.services.feedback_list import FeedbackCounts, FeedbackFilter, FeedbackOrder, Showing

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper


def _paper(name: str) -> "Paper":
    # The papers' machinery (PDF, Word) loads on the first export, not with the page.
    from compactdesk.documents.export import Paper
    return Paper[name]


# What each column sorts by, in the store.
ORDERS = (FeedbackOrder.ISSUE, FeedbackOrder.OFFICER, FeedbackOrder.DEPARTMENT, FeedbackOrder.RAISED,
          FeedbackOrder.DUE, FeedbackOrder.OUTSTANDING, FeedbackOrder.STANDING)
DUE_COLUMN = 4


class FeedbackPage(Page):
    area = "feedback"

    def __init__(self, bench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self._counts = FeedbackCounts(0, 0)
        self._ready = False  # until the first refresh, a filter's change loads nothing
        self._detail: feedback.FeedbackDetail | None = None  # the selected item's, until the next refresh
        # Ten years are 20,000 items: the store narrows and sorts them, and the model loads
        # only the rows on screen. It filters itself, so it is the table's model and its "proxy".
        self.model = PagedModel(self._columns(), key=lambda row: row.feedback_id, ids=self._ids, rows=self._rows,
                                texts=self._texts, parent=self)
        self.proxy = self.model
        self.table, _ = make_table(self.model, self, "feedbackTable", self.model, opens=self.edit_current,
                                   accessible_name=self.tr("Feedback owed"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("Record feedback owed…"), self.new_item)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search issue, officer or department (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search feedback owed"))
        self.search.setClearButtonEnabled(True)
        # The search waits for a pause in the typing (bench/speed.py fires this timer itself).
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(self.search_timer.start)
        PrepareOnFocus(self.search, self.model)
        self.state = QComboBox()
        for key, text in (("waiting", self.tr("Not yet answered")), ("overdue", self.tr("Overdue only")),
                          ("answered", self.tr("Answered")), ("all", self.tr("Everything"))):
            self.state.addItem(text, key)
        self.state.currentIndexChanged.connect(self._filter)
        self._offered: dict[str, tuple[str, ...]] = {}  # what each filter box lists, by its name
        self.officer = QComboBox()
        self.officer.setObjectName("officerFilter")
        self.officer.setMinimumContentsLength(14)
        self.officer.currentIndexChanged.connect(self._filter)
        self.department = QComboBox()
        self.department.setObjectName("departmentFilter")
        self.department.setMinimumContentsLength(12)
        self.department.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("rowCount")

        filters = QHBoxLayout()
        for label_text, widget in ((self.tr("&Showing:"), self.state), (self.tr("&Officer:"), self.officer),
                                   (self.tr("De&partment:"), self.department)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        # A long detail or answer scrolls in its pane rather than being cut off at the bottom.
        self.detail, detail_scroll = scrolling_summary("feedbackDetail", self.tr("The feedback item in full"))
        self.answer_button = QPushButton(self.tr("&Mark answered…"))
        self.answer_button.clicked.connect(self.mark_answered)
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.clicked.connect(self.reopen)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        buttons = QVBoxLayout()
        for button in (self.answer_button, self.reopen_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(detail_scroll, 1)
        lower_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("feedbackSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.addWidget(self.empty)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.export_button = QPushButton(self.tr("E&xport log…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Make the feedback log as a PDF or Word file (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(_paper("FEEDBACK_LOG"), None))
        self.chase_button = QPushButton(self.tr("C&hase letters…"))
        self.chase_button.setObjectName("chaseButton")
        self.chase_button.setToolTip(self.tr("Write a letter to each officer whose feedback is overdue"))
        self.chase_button.clicked.connect(lambda: self.export_requested.emit(_paper("CHASE_LETTERS"), None))
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Feedback owed")), 1)
        top.addWidget(self.export_button)
        top.addWidget(self.chase_button)
        layout = QVBoxLayout(self.body())
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        self._size_columns()
        self._show_selected()

    def title(self) -> str:
        return self.tr("Feedback owed")

    def _columns(self) -> list[Column[FeedbackRow]]:
        def tone(row: FeedbackRow):
            if row.state is FeedbackState.OVERDUE:
                return "urgent"
            return "quiet" if feedback_answered(row.state) else None

        # The store sorts each column (FeedbackOrder, in the order of these columns).
        return [
            Column(self.tr("Issue"), lambda r: r.issue, tone=tone),
            Column(self.tr("Owed by"), lambda r: r.officer, tone=tone),
            Column(self.tr("Department"), lambda r: r.department, tone=tone),
            Column(self.tr("Raised"), lambda r: uk_date(r.raised_on), tone=tone, value=lambda r: r.raised_on),
            Column(self.tr("Due"), lambda r: uk_date(r.due), tone=tone, value=lambda r: r.due),
            Column(self.tr("Outstanding"), self._outstanding, tone=tone, right=True,
                   value=lambda r: r.days_outstanding),
            Column(self.tr("Where it stands"), self._standing, tone=tone, status=lambda r: status_tone(r.state)),
        ]

    def _outstanding(self, row: FeedbackRow) -> str:
        return days_text(row.days_outstanding)

    def _standing(self, row: FeedbackRow) -> str:
        return feedback.where_it_stands(row, self.bench.today())

    # -- loading and filtering -------------------------------------------------

    def _narrowed(self) -> FeedbackFilter:
        return FeedbackFilter(Showing(self.state.currentData() or Showing.ALL), self.officer.currentData(),
                              self.department.currentData())

    def _ids(self, order: tuple[int, Qt.SortOrder] | None) -> list[int]:
        column, direction = order if order is not None else (DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        return self.bench.read(feedback_list.feedback_ids, self.bench.today(), self._narrowed(), ORDERS[column],
                               direction == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids: list[int]) -> list[FeedbackRow]:
        return self.read_while_painting([], feedback_list.feedback_rows_of, self.bench.today(), ids)

    def _texts(self) -> dict[int, str]:
        return self.read_while_painting({}, feedback_list.feedback_search_texts, self.bench.today(),
                                        self._narrowed())

    def refresh(self) -> None:
        """Reloads what the filters show (the store narrows it) and the counts; the officer
        and department lists are a DISTINCT each, and refilled only when they changed."""
        super().refresh()
        self._detail = None
        today = self.bench.today()
        self._counts = self.bench.read(feedback_list.feedback_counts, today)
        choices = self.bench.read(feedback_list.feedback_choices)
        self._refill(self.officer, choices.officers, self.tr("Any officer"))
        self._refill(self.department, choices.departments, self.tr("Any department"))
        self._reload()
        self._ready = True

    def _refill(self, combo: QComboBox, values: tuple[str, ...], any_text: str) -> None:
        if self._offered.get(combo.objectName()) == values:  # the same names as last time: keep the box
            return
        self._offered[combo.objectName()] = values
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _filter(self) -> None:
        if self._ready:  # not while the page is being built
            self._reload()

    def _search(self) -> None:
        self.search_timer.stop()
        self._keeping_place(lambda: self.model.set_search(self.search.text()))

    def _reload(self) -> None:
        self.search_timer.stop()
        self._keeping_place(lambda: self.model.reload(self.search.text()))

    def _keeping_place(self, change) -> None:
        """Changes what the table shows, keeping the chosen item (if still shown) and the scroll."""
        selected = self.current_id()
        scrolled = self.table.verticalScrollBar().value()
        change()
        self.table.verticalScrollBar().setValue(scrolled)
        if selected is not None:
            self._select(selected)
        self._show_counts()
        self._show_selected()

    def _show_counts(self) -> None:
        shown, total = self.model.rowCount(), self._counts.total
        self.count.setText(grouped(translate("FeedbackPage", "Showing {shown} of %n item(s) · {overdue} overdue",
                                             None, total), total).format(shown=f"{shown:,}",
                                                                         overdue=f"{self._counts.overdue:,}"))
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown,
            empty_text=self.tr("<h3>No feedback is owed</h3><p>When a meeting asks an officer for an answer, "
                               "record it here with Ctrl+N, or from the meeting's minutes with "
                               "“Record feedback owed”. A log kept in a spreadsheet comes in with "
                               "<nobr>File ▸ Import</nobr>.</p>"),
            filtered_text=self.tr("<h3>Nothing matches</h3><p>Clear the search, or set Showing to "
                                  "“Everything” and the officer and department to “Any”.</p>"))

    def _size_columns(self) -> None:
        """Widths from the font, once: sizing to the contents would read rows the table need not load."""
        metrics = self.table.fontMetrics()

        def fits(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + 20

        long_ago, today = dt.date(2026, 9, 30), dt.date(2026, 12, 6)
        late = FeedbackRow(0, "", "", 0, "", None, long_ago, long_ago, None, FeedbackState.OVERDUE, 3650, 3650, None)
        widths = {1: 170, 2: 150, 3: fits(uk_date(long_ago)), 4: fits(uk_date(long_ago)),
                  5: fits(days_text(3650)), 6: fits(feedback.where_it_stands(late, today))}
        widths = {column: max(width, fits(self.model.headerData(column, Qt.Orientation.Horizontal)) + 12)
                  for column, width in widths.items()}
        # Long names and departments are elided (the tooltip has them) so the issue keeps its room.
        share_columns(self.table, 0, widths, keep={3, 4, 6})

    # -- selection -------------------------------------------------------------

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> FeedbackRow | None:
        return self.model.row_for(self.current_id())

    def _select(self, feedback_id: int) -> bool:
        return select_key(self.table, feedback_id)

    def _selection_changed(self, *_):
        self._show_selected()
        self.actions_changed.emit()

    def _show_selected(self) -> None:
        row = self.current_row()
        has = row is not None
        answered = has and feedback_answered(row.state)
        self.answer_button.setEnabled(has)
        self.answer_button.setText(self.tr("Change &answer…") if answered else self.tr("&Mark answered…"))
        self.reopen_button.setEnabled(answered)
        self.edit_button.setEnabled(has)
        if not has:
            self.detail.setText(self.tr("Choose an item to see its detail and mark it answered."))
            return
        # Read once for each item chosen: a refresh (after any change) forgets it.
        if self._detail is None or self._detail.feedback_id != row.feedback_id:
            self._detail = self.bench.read(feedback.feedback_detail, row.feedback_id)
        detail = self._detail
        lines = [f"<b>{escape(row.issue)}</b>",
                 self.tr("Owed by {officer}{department}; asked for: {ask}.").format(
                     officer=escape(row.officer), department=f" ({escape(row.department)})" if row.department else "",
                     ask=row.ask.label().lower()),
                 self.tr("Raised {raised}; due {due}.").format(raised=uk_long_date(row.raised_on),
                                                               due=uk_long_date(row.due))]
        if detail.origin:
            lines.append(escape(detail.origin))
        if detail.detail:
            lines.append(escape(detail.detail).replace("\n", "<br>"))
        if answered:
            lines.append(self.tr("<b>Answered</b> {day} ({how}). {summary}").format(
                day=uk_long_date(detail.answered_on), how=detail.answered_how.label().lower()
                if detail.answered_how else "", summary=escape(detail.answer_summary)))
        self.detail.setText("<br>".join(lines))

    # -- what the main window asks ---------------------------------------------

    def new_text(self) -> str:
        return self.tr("New feedback owed…")

    def export_defaults(self) -> "tuple[Paper, None]":
        return _paper("FEEDBACK_LOG"), None

    def new_item(self) -> None:
        dialog = self._dialog()
        if dialog.exec() and dialog.result_value is not None:
            self.show_record(dialog.result_value.id)

    def _dialog(self, feedback_id: int | None = None) -> FeedbackDialog:
        return FeedbackDialog(self.bench, self, feedback_id=feedback_id)

    def can_edit(self) -> bool:
        return self.current_id() is not None

    def edit_current(self) -> None:
        ident = self.current_id()
        if ident is not None:
            self._dialog(ident).exec()

    def can_delete(self) -> bool:
        return self.current_id() is not None

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.attempt(self.tr("Delete feedback “{issue}”").format(issue=row.issue), feedback.delete_feedback,
                         row.feedback_id)

    def _answer_dialog(self, feedback_id: int) -> AnswerDialog:
        return AnswerDialog(self.bench, feedback_id, self)

    def mark_answered(self) -> None:
        ident = self.current_id()
        if ident is not None:
            self._answer_dialog(ident).exec()

    def reopen(self) -> None:
        row = self.current_row()
        if row is not None:
            self.attempt(self.tr("Reopen “{issue}”").format(issue=row.issue), feedback.reopen, row.feedback_id)

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_record(self, record_id: int) -> None:
        """Selects an item, first clearing just the filters (or search) that hide it."""
        if self.stale:
            self.refresh()
        if not self.model.index_of(record_id).isValid():
            found = self.bench.read(feedback_list.feedback_rows_of, self.bench.today(), [record_id])
            if not found:
                return
            hiding = feedback_list.narrowed_out(found[0], self._narrowed(), self.search.text())
            for name, combo, any_index in (("showing", self.state, self.state.findData(Showing.ALL)),
                                           ("officer", self.officer, 0), ("department", self.department, 0)):
                if name in hiding:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(any_index)
                    combo.blockSignals(False)
            if "search" in hiding:
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
            self._reload()
        if self._select(record_id):
            self.table.scrollTo(self.model.index_of(record_id), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
