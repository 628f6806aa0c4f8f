"""Feedback owed: what officers were asked, by when, and whether they answered."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.documents.export import Paper
from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.rules import feedback_answered
from compactdesk.gui.dialogs.feedback import AnswerDialog, FeedbackDialog
from compactdesk.gui.pages.base import Page
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState, page_heading
from compactdesk.services import feedback
from compactdesk.services.feedback import FeedbackRow

# Filter choices for the "Showing" box: (key, predicate on a row).
STATE_FILTERS = {
    "all": lambda row: True,
    "waiting": lambda row: not feedback_answered(row.state),
    "overdue": lambda row: row.state is FeedbackState.OVERDUE,
    "answered": lambda row: feedback_answered(row.state),
}


class FeedbackPage(Page):
    area = "feedback"

    def __init__(self, bench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.model = RowModel(self._columns(), key=lambda row: row.feedback_id, parent=self)
        self.table, self.proxy = make_table(self.model, self, "feedbackTable", opens=self.edit_current)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("Record feedback owed…"), self.new_item)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search issue, officer or department (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.state = QComboBox()
        for key, text in (("waiting", self.tr("Not yet answered")), ("overdue", self.tr("Overdue only")),
                          ("answered", self.tr("Answered")), ("all", self.tr("Everything"))):
            self.state.addItem(text, key)
        self.state.currentIndexChanged.connect(self._filter)
        self.officer = QComboBox()
        self.officer.setMinimumContentsLength(14)
        self.officer.currentIndexChanged.connect(self._filter)
        self.department = QComboBox()
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

        self.detail = QLabel()
        self.detail.setObjectName("feedbackDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.empty)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.export_button = QPushButton(self.tr("E&xport log…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Make the feedback log as a PDF or Word file (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(Paper.FEEDBACK_LOG, None))
        self.chase_button = QPushButton(self.tr("C&hase letters…"))
        self.chase_button.setObjectName("chaseButton")
        self.chase_button.setToolTip(self.tr("Write a letter to each officer whose feedback is overdue"))
        self.chase_button.clicked.connect(lambda: self.export_requested.emit(Paper.CHASE_LETTERS, None))
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Feedback owed")), 1)
        top.addWidget(self.export_button)
        top.addWidget(self.chase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        self._show_selected()

    def title(self) -> str:
        return self.tr("Feedback owed")

    def _columns(self) -> list[Column[FeedbackRow]]:
        def tone(row: FeedbackRow):
            if row.state is FeedbackState.OVERDUE:
                return "urgent"
            return "quiet" if feedback_answered(row.state) else None

        return [
            Column(self.tr("Issue"), lambda r: r.issue, tone=tone),
            Column(self.tr("Owed by"), lambda r: r.officer, tone=tone),
            Column(self.tr("Department"), lambda r: r.department, tone=tone),
            Column(self.tr("Raised"), lambda r: uk_date(r.raised_on), sort=lambda r: r.raised_on, tone=tone),
            Column(self.tr("Due"), lambda r: uk_date(r.due), sort=lambda r: r.due, tone=tone),
            Column(self.tr("Outstanding"), self._outstanding, sort=lambda r: r.days_outstanding, tone=tone,
                   right=True),
            Column(self.tr("Where it stands"), self._standing, sort=lambda r: (not feedback_answered(r.state), r.days_late),
                   tone=tone),
        ]

    def _outstanding(self, row: FeedbackRow) -> str:
        return days_text(row.days_outstanding)

    def _standing(self, row: FeedbackRow) -> str:
        return feedback.where_it_stands(row, self.bench.today())

    # -- loading and filtering -------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        selected = self.current_id()
        rows = self.bench.read(feedback.feedback_rows, self.bench.today())
        self.model.set_rows(rows)
        self._refill(self.officer, sorted({row.officer for row in rows}, key=str.casefold),
                     self.tr("Any officer"))
        self._refill(self.department, sorted({row.department for row in rows if row.department}, key=str.casefold),
                     self.tr("Any department"))
        self._filter()
        self._resize_columns()
        if selected is not None:
            self._select(selected)
        self._show_selected()

    def _refill(self, combo: QComboBox, values: list[str], any_text: str) -> None:
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
        state = STATE_FILTERS[self.state.currentData() or "all"]
        officer = self.officer.currentData()
        department = self.department.currentData()

        def accepts(row: FeedbackRow) -> bool:
            return state(row) and (officer is None or row.officer == officer) and \
                (department is None or row.department == department)

        self.proxy.set_predicate(accepts)
        self.proxy.set_search(self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for row in self.model.rows() if row.state is FeedbackState.OVERDUE)
        self.count.setText(self.tr("Showing {shown} of {total} items · {overdue} overdue").format(
            shown=shown, total=total, overdue=overdue))
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown,
            empty_text=self.tr("<h3>No feedback is owed</h3><p>When a meeting asks an officer for an answer, "
                               "record it here with Ctrl+N, or from the meeting's minutes with "
                               "“Record feedback owed”.</p>"),
            filtered_text=self.tr("<h3>Nothing matches</h3><p>Clear the search, or set Showing to "
                                  "“Everything” and the officer and department to “Any”.</p>"))
        self._show_selected()

    def _resize_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Long department names are elided (the tooltip has them) so the issue keeps its room.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)

    # -- selection -------------------------------------------------------------

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> FeedbackRow | None:
        ident = self.current_id()
        return self.model.row_for(ident)

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
        detail = self.bench.read(feedback.feedback_detail, row.feedback_id)
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

    def export_defaults(self) -> tuple[Paper, None]:
        return Paper.FEEDBACK_LOG, None

    def new_item(self) -> None:
        dialog = self._dialog()
        if dialog.exec() and dialog.result_value is not None:
            self.state.setCurrentIndex(self.state.findData("all"))
            self.refresh()
            self._select(dialog.result_value.id)

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
        if self.stale:
            self.refresh()
        if not self._select(record_id):
            self.search.clear()
            self.state.setCurrentIndex(self.state.findData("all"))
            self.officer.setCurrentIndex(0)
            self.department.setCurrentIndex(0)
            self._select(record_id)
        self.table.setFocus()
