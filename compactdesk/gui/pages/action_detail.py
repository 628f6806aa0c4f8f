"""The selected target on the Action plan page: what it is, where it stands, and its progress log."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import TargetStatus
from compactdesk.gui import colours
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.widgets import EmptyState, button_column, detail_row, log_table, scrolling_summary
from compactdesk.services.actions import ProgressEntry, TargetDetail



DETAIL_SHOWN = 240  # characters of a line under a list (its tooltip has the whole text)


def shorten(text: str, limit: int = DETAIL_SHOWN) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def never_widens(label: QLabel) -> None:
    # Whatever the text (a name with no spaces, say), the label takes the width it is given and no more.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


def tip(text: str) -> str:
    """A tooltip for text of any length: long text as rich text, which Qt wraps, where
    plain text would make one line wider than the screen."""
    if len(text) <= 80 and "\n" not in text:
        return text
    return "<p>" + escape(text, quote=False).replace("\n", "<br>") + "</p>"


class ProgressModel(RowModel):
    """The progress log: a note may run to many lines, so each cell starts at the top of its row."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return super().data(index, role)


class TargetDetailPanel(QWidget):
    """Shows one target; the page connects the buttons and does the writing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: TargetDetail | None = None

        self.summary, scroll = scrolling_summary("targetDetail", self.tr("The target in full"))

        self.progress_model = ProgressModel(self._progress_columns(), key=lambda entry: entry.progress_id, parent=self)
        self.progress_filter = RowFilter(self.progress_model, self)  # newest first as the service gives them
        self.progress = log_table("progressLog", self.tr("Progress log"), self.progress_filter)
        header = self.progress.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.progress_state = EmptyState(self.progress)

        self.add_progress_button = QPushButton(self.tr("&Add progress…"))
        self.remove_progress_button = QPushButton(self.tr("Re&move progress"))
        self.done_button = QPushButton(self.tr("Mar&k done…"))
        self.drop_button = QPushButton(self.tr("&Drop…"))
        self.edit_button = QPushButton(self.tr("Ed&it target…"))
        buttons = button_column([self.add_progress_button, self.remove_progress_button, self.done_button,
                                 self.drop_button, self.edit_button])

        log_heading = QLabel(self.tr("Progress log, newest first"))
        log_heading.setObjectName("progressHeading")
        self.log = detail_row(self, scroll, log_heading, self.progress_state, buttons)
        self.show_detail(None)

    def _progress_columns(self) -> list[Column[ProgressEntry]]:
        return [
            Column(self.tr("Date"), lambda e: uk_date(e.on), sort=lambda e: (e.on, e.progress_id),
                   tooltip=lambda e: uk_long_date(e.on)),
            Column(self.tr("What was done"), lambda e: e.note, tooltip=lambda e: tip(e.note)),
        ]

    def selected_progress(self) -> ProgressEntry | None:
        indexes = self.progress.selectionModel().selectedRows()
        if not indexes:
            return None
        key = self.progress_filter.key_at(indexes[0])
        return self.progress_model.row_for(key)

    def show_detail(self, detail: TargetDetail | None) -> None:
        self.detail = detail
        self.progress_model.set_rows(detail.progress if detail else [])
        has = detail is not None
        self.log.setVisible(has)
        for button in (self.add_progress_button, self.done_button, self.drop_button, self.edit_button):
            button.setEnabled(has)
        done = has and detail.completed_on is not None
        dropped = has and detail.dropped_on is not None
        self.done_button.setText(self.tr("&Reopen") if done else self.tr("Mar&k done…"))
        self.drop_button.setText(self.tr("Res&tore") if dropped else self.tr("&Drop…"))
        self.done_button.setToolTip(self.tr("Take the done date off; the target is open again") if done else
                                    self.tr("Record the date the target was met"))
        self.drop_button.setToolTip(self.tr("Put the target back in the plan") if dropped else
                                    self.tr("Take the target out of the plan, with the reason"))
        self.progress_state.show_state(
            has_rows=bool(detail and detail.progress), visible_rows=len(detail.progress) if detail else 0,
            empty_text=self.tr("<p>No progress noted yet.</p><p>“Add progress…” records what was done, and "
                               "when.</p>") if has else "")
        self.summary.setText(self._summary(detail) if has else self.tr(
            "<p>Choose a target to see its detail and progress.</p>"))
        self.update_progress_buttons()

    def update_progress_buttons(self) -> None:
        self.remove_progress_button.setEnabled(self.selected_progress() is not None)

    def _summary(self, detail: TargetDetail) -> str:
        unset = self.tr("not set")
        status = escape(detail.status.label())
        if detail.status is TargetStatus.OVERDUE:
            status = f'<span style="color:{colours.css(colours.URGENT)}"><b>{status}</b></span>'
        lines = [f"<b>{escape(detail.title)}</b>"]
        if detail.measure:
            lines.append(self.tr("<i>Measure of success:</i> {measure}").format(
                measure=escape(detail.measure).replace("\n", "<br>")))
        lines += [
            self.tr("Status: {status}").format(status=status),
            self.tr("Code of practice: {code}").format(code=escape(detail.code) or unset),
            self.tr("Responsible partner: {partner}").format(partner=escape(detail.partner) or unset),
            self.tr("Lead: {lead}").format(lead=escape(detail.lead) or unset),
            self.tr("Starts: {start} · Deadline: {deadline}").format(
                start=uk_long_date(detail.start_on) if detail.start_on else unset,
                deadline=uk_long_date(detail.deadline) if detail.deadline else unset),
        ]
        if detail.completed_on:
            lines.append(self.tr("Done on {day}.").format(day=uk_long_date(detail.completed_on)))
        if detail.dropped_on:
            reason = escape(detail.drop_reason).replace("\n", "<br>")
            lines.append(self.tr("Dropped on {day}.").format(day=uk_long_date(detail.dropped_on))
                         + (f" {reason}" if reason else ""))
        if detail.origin:
            lines.append(escape(detail.origin))
        return "<br>".join(lines)
