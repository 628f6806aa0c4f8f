"""The selected dispute on the Disputes page: the parties, the summary, its dated history and the outcome."""

from html import escape

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.text import one_line
from compactdesk.gui import colours
from compactdesk.gui.pages.action_detail import ProgressModel, tip
from compactdesk.gui.table_model import Column, RowFilter
from compactdesk.gui.tables import EnterOpens
from compactdesk.gui.widgets import EmptyState, button_column, detail_row, log_table, scrolling_summary
from compactdesk.services.disputes import DisputeDetail, StepRow



class DisputeDetailPanel(QWidget):
    """Shows one dispute; the page connects the buttons and does the writing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: DisputeDetail | None = None

        self.summary, scroll = scrolling_summary("disputeDetail", self.tr("The dispute in full"))

        self.history_model = ProgressModel(self._history_columns(), key=lambda step: step.step_id, parent=self)
        self.history_filter = RowFilter(self.history_model, self)  # oldest first, as the service gives them
        self.history = log_table("disputeHistory", self.tr("History of stages"), self.history_filter)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        header.setStretchLastSection(True)
        self.history_state = EmptyState(self.history)

        self.new_button = QPushButton(self.tr("&New dispute…"))
        self.new_button.setToolTip(self.tr("Record a dispute or breach (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the dispute's title, parties, date or summary (F2)"))
        self.step_button = QPushButton(self.tr("Record a st&age…"))
        self.step_button.setToolTip(self.tr("Add a dated stage to the dispute's history"))
        self.remove_step_button = QPushButton(self.tr("Re&move stage"))
        self.remove_step_button.setToolTip(self.tr("Take the chosen stage out of the history"))
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.setToolTip(self.tr("Take off the outcome and the date it was resolved"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the dispute and its history (Delete; Ctrl+Z takes it back)"))
        buttons = button_column([self.new_button, self.edit_button, self.step_button, self.remove_step_button,
                                 self.resolve_button, self.reopen_button, self.delete_button])

        heading = QLabel(self.tr("History of stages"))
        heading.setObjectName("historyHeading")
        self.log = detail_row(self, scroll, heading, self.history_state, buttons)
        self.show_detail(None)

    def connect_history(self, edit_step) -> None:
        """Enter or a double-click on a stage edits it."""
        EnterOpens(self.history, edit_step)
        self.history.selectionModel().selectionChanged.connect(lambda *_: self.update_step_buttons())

    def _history_columns(self) -> list[Column[StepRow]]:
        def note(step: StepRow) -> str:
            if step.resolution and not step.note:
                return self.tr("Resolved: see the outcome")
            return one_line(step.note)

        def stage_tip(step: StepRow) -> str:
            if step.resolution:
                return self.tr("{stage}: recorded when the dispute was resolved").format(stage=step.stage)
            if step.optional:
                return self.tr("{stage}: an optional stage, off the usual route").format(stage=step.stage)
            return step.stage

        return [
            Column(self.tr("Date"), lambda s: uk_date(s.on), sort=lambda s: (s.on, s.step_id),
                   tooltip=lambda s: uk_long_date(s.on)),
            Column(self.tr("Day"), lambda s: str(s.day_number), sort=lambda s: s.day_number, right=True,
                   tooltip=lambda s: self.tr("{days} after it was raised").format(days=days_text(s.day_number))),
            Column(self.tr("Stage"), lambda s: s.stage, tooltip=stage_tip,
                   tone=lambda s: "quiet" if s.optional else None),
            Column(self.tr("Note"), note, tooltip=lambda s: tip(s.note) if s.note else None,
                   tone=lambda s: "quiet" if s.resolution and not s.note else None),
        ]

    def selected_step(self) -> StepRow | None:
        indexes = self.history.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.history_model.row_for(self.history_filter.key_at(indexes[0]))

    def show_detail(self, detail: DisputeDetail | None) -> None:
        self.detail = detail
        self.history_model.set_rows(detail.steps if detail else [])
        has = detail is not None
        resolved = has and detail.row.resolved_on is not None
        self.log.setVisible(has)
        for button in (self.edit_button, self.step_button, self.resolve_button, self.delete_button):
            button.setEnabled(has)
        self.reopen_button.setEnabled(resolved)
        self.resolve_button.setText(self.tr("Change &resolution…") if resolved else self.tr("&Resolve…"))
        self.resolve_button.setToolTip(
            self.tr("Change the outcome or the date it was resolved") if resolved else
            self.tr("Record the outcome and the date it was resolved"))
        self.history_state.show_state(
            has_rows=bool(has and detail.steps), visible_rows=len(detail.steps) if has else 0,
            empty_text=self.tr("<p>No stage recorded yet.</p><p>“Record a stage…” notes where the dispute has "
                               "got to on the compact's route, and when.</p>") if has else "")
        self.summary.setText(self._summary(detail) if has else self.tr(
            "<p>Choose a dispute to see the parties, its history and the outcome.</p>"))
        self.update_step_buttons()

    def update_step_buttons(self) -> None:
        step = self.selected_step()
        self.remove_step_button.setEnabled(step is not None and not step.resolution)

    def _summary(self, detail: DisputeDetail) -> str:
        row = detail.row
        lines = [f"<b>{escape(row.title)}</b>",
                 self.tr("Raised by {raised_by} ({raised_sector}) on {day}.").format(
                     raised_by=escape(row.raised_by), raised_sector=escape(row.raised_by_sector.label()),
                     day=uk_long_date(row.raised_on)),
                 self.tr("Said to be in breach: {against} ({sector}).").format(
                     against=escape(row.against), sector=escape(row.against_sector.label())),
                 f"<i>{escape(row.who_breached)}.</i>"]
        if row.is_open:
            stage = self.tr("Stage now: {stage}, since {day}.").format(
                stage=escape(row.stage), day=uk_date(row.stage_on)) if row.stage else self.tr("No stage recorded yet.")
            days = self.tr("Open for {days}.").format(days=days_text(row.days_open))
            if row.open_long:
                days = f'<span style="color:{colours.css(colours.URGENT)}"><b>{days}</b></span>'
            lines.append(f"{stage} {days}")
        if detail.summary:
            lines.append(escape(detail.summary).replace("\n", "<br>"))
        if row.resolved_on is not None:
            lines.append(self.tr("<b>Outcome</b>, resolved on {day} after {days}:").format(
                day=uk_long_date(row.resolved_on), days=days_text(row.days_open)))
            lines.append(escape(row.outcome).replace("\n", "<br>"))
        return "<br>".join(lines)
