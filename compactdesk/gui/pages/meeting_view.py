"""One meeting: its heading, where it stands (planned … minutes approved), and its tabs."""

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import MeetingStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import colours
from compactdesk.gui.pages.meeting_agenda import AgendaTab
from compactdesk.gui.pages.meeting_attendance import AttendanceTab
from compactdesk.gui.pages.meeting_minutes import MinutesTab
from compactdesk.gui.pages.meeting_parts import MeetingTab, RecordList, paper
from compactdesk.gui.workbench import Workbench
from compactdesk.i18n import translate
from compactdesk.services import meeting_records, meetings
from compactdesk.services.meetings import MeetingRow

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper

STEPS = list(MeetingStatus)
SHORT_DETAILS = 180  # characters of venue, apologies and notes shown under the heading


def meeting_heading(row: MeetingRow) -> str:
    return f"{row.kind.label()} — {uk_long_date(row.starts_at.date())}, {row.starts_at:%H:%M}"


class ArisingTab(MeetingTab):
    """Open actions and unanswered feedback from earlier meetings, as they stand on this meeting's day."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.records = RecordList("mattersArising", accessible_name=self.tr("Matters arising"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.records, 1)

    def refresh(self) -> None:
        """Reads the matters arising; the one chosen, and the place scrolled to, stay while it is the same meeting."""
        same = self._begin_reading()
        rows = self.bench.read(meeting_records.matters_arising_rows, self.meeting.meeting_id) if self.meeting else []
        late = sum(1 for row in rows if row.late)
        count = len(rows)
        day = uk_long_date(self.meeting.starts_at.date()) if self.meeting else ""
        self.intro.setText(translate(
            "ArisingTab", "Actions still open and feedback still unanswered from earlier meetings, as they stand on "
            "{day}: %n item(s), {late} late. Double-click one (or press Enter) to open it.", None, count).format(
            day=day, late=late))
        self.records.set_rows(rows, self.tr(
            "<h3>Nothing arising</h3><p>No actions are open and no feedback is owed from earlier meetings.</p>"),
            keep=same)


class MeetingView(QWidget):
    open_record = Signal(str, int)
    item_selection_changed = Signal()
    export_requested = Signal(object, object)  # (Paper, meeting id)
    issue_requested = Signal(int)  # meeting id: make the agenda, mark it issued, send it (gui/papers_menu.py)

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.meeting: MeetingRow | None = None

        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("meetingDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setObjectName("meetingExport")
        self.export_button.setToolTip(self.tr("Make this meeting's agenda, agenda pack or minutes as a file "
                                              "(Ctrl+E)"))
        self.export_menu = QMenu(self.export_button)
        for text, name, value in ((self.tr("&Agenda…"), "AGENDA", "agenda"), (self.tr("Agenda &pack…"), "PACK", "pack"),
                                  (self.tr("&Minutes…"), "MINUTES", "minutes")):
            self.export_menu.addAction(text, lambda name=name: self._export(paper(name))).setData(value)
        self.export_button.setMenu(self.export_menu)
        self.calendar_button = QPushButton(self.tr("Add to ca&lendar"))
        self.calendar_button.setObjectName("addToCalendar")
        self.calendar_button.setToolTip(self.tr("Open this meeting in your calendar program (Outlook, Thunderbird, "
                                                "Google Calendar…), with its time, venue and agenda"))
        self.calendar_button.clicked.connect(self._add_to_calendar)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.calendar_button)
        heading_row.addWidget(self.export_button)
        self.steps = QLabel()
        self.steps.setObjectName("meetingSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("statusBack")
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("statusForward")
        self.forward_button.clicked.connect(lambda: self.step(1))
        status_row = QHBoxLayout()
        status_row.addWidget(self.steps, 1)
        status_row.addWidget(self.back_button)
        status_row.addWidget(self.forward_button)

        self.agenda = AgendaTab(bench)
        self.attendance = AttendanceTab(bench)
        self.minutes = MinutesTab(bench)
        self.arising = ArisingTab(bench)
        self.minutes.open_record.connect(self.open_record)
        self.arising.records.open_record.connect(self.open_record)
        self.agenda.table.selectionModel().selectionChanged.connect(self.item_selection_changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.attendance, self.tr("A&ttendance"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.tabs.addTab(self.arising, self.tr("Matters a&rising"))
        self.tabs.currentChanged.connect(self._tab_shown)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(heading_row)
        body_layout.addWidget(self.details)
        body_layout.addLayout(status_row)
        body_layout.addWidget(self.tabs, 1)
        self.nothing = QLabel()
        self.nothing.setObjectName("emptyState")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        self.stack.addWidget(self.nothing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_meeting(None)

    def _parts(self) -> tuple:
        return self.agenda, self.attendance, self.minutes, self.arising

    def set_meeting(self, meeting: MeetingRow | None, nothing_text: str = "") -> None:
        self.meeting = meeting
        # Only the tab in view reads the store; the others read theirs when shown.
        shown = self.tabs.currentWidget()
        for tab in self._parts():
            tab.set_meeting(meeting, load=tab is shown)
        if meeting is None:
            self.nothing.setText(nothing_text or self.tr("Choose a meeting above to see its agenda, attendance "
                                                         "and minutes."))
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        self.heading.setText(meeting_heading(meeting))
        self.heading.setToolTip(meeting_heading(meeting))
        details = [meeting.venue or self.tr("No venue set yet")]
        if meeting.apologies_to:
            details.append(self.tr("Apologies to {who}").format(who=meeting.apologies_to))
        if meeting.notes:
            details.append(" ".join(meeting.notes.split()))
        full = " · ".join(details)
        # Two lines at most, so a long venue or notes never push the tabs down; the tooltip has it all.
        self.details.setText(full if len(full) <= SHORT_DETAILS else full[:SHORT_DETAILS - 1].rstrip() + "…")
        self.details.setToolTip(full)
        self._show_status(meeting.status)

    def refresh(self) -> None:
        shown = self.tabs.currentWidget()
        for tab in self._parts():
            if tab is shown:
                tab.refresh()
            else:
                tab.stale = True

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if getattr(tab, "stale", False):
            tab.refresh()

    def _export(self, chosen: "Paper") -> None:
        if self.meeting is not None:
            self.export_requested.emit(chosen, self.meeting.meeting_id)

    def _add_to_calendar(self) -> None:
        calendar = getattr(self.window(), "calendar", None)  # gui/calendar_files.py, the window's
        if self.meeting is not None and calendar is not None:
            calendar.add_meeting(self.meeting.meeting_id, self)

    # -- where the meeting stands ------------------------------------------------

    def _forward_text(self, status: MeetingStatus) -> str:
        return {
            MeetingStatus.AGENDA_ISSUED: self.tr("&Issue the agenda…"),
            MeetingStatus.HELD: self.tr("Mar&k as held"),
            MeetingStatus.MINUTES_DRAFTED: self.tr("Minutes &drafted"),
            MeetingStatus.MINUTES_APPROVED: self.tr("A&pprove minutes"),
        }[status]

    def _show_status(self, status: MeetingStatus) -> None:
        parts = []
        for step in STEPS:
            label = escape(step.label())
            quiet = colours.css(colours.QUIET)
            parts.append(f"<b>{label}</b>" if step is status else f"<span style='color:{quiet}'>{label}</span>")
        self.steps.setText(self.tr("Status: ") + " → ".join(parts))
        self.steps.setAccessibleName(self.tr("Status: {status}").format(status=status.label()))
        ahead = STEPS[status.step + 1] if status.step + 1 < len(STEPS) else None
        behind = STEPS[status.step - 1] if status.step > 0 else None
        self.forward_button.setVisible(ahead is not None)
        self.back_button.setVisible(behind is not None)
        if ahead is not None:
            self.forward_button.setText(self._forward_text(ahead))
            self.forward_button.setToolTip(self.tr("Move the meeting on to “{status}”").format(status=ahead.label()))
        if behind is not None:
            self.back_button.setText(self.tr("&Back to “{status}”").format(status=behind.label()))
            self.back_button.setToolTip(self.tr("Take the meeting back one step"))

    def step(self, direction: int) -> None:
        if self.meeting is None:
            return
        number = self.meeting.status.step + direction
        if not 0 <= number < len(STEPS):
            return
        status = STEPS[number]
        if status is MeetingStatus.AGENDA_ISSUED and direction > 0:
            self.issue_requested.emit(self.meeting.meeting_id)  # made and sent, not only marked
            return
        text = self.tr("Set the {meeting} to “{status}”").format(
            meeting=f"{self.meeting.kind.label()}, {uk_long_date(self.meeting.starts_at.date())}",
            status=status.label())
        self.minutes.commit()
        try:
            self.bench.perform(text, meetings.set_status, self.meeting.meeting_id, status)
        except ValidationError as error:
            QMessageBox.warning(self, text, str(error))
            return
        self.set_meeting(self.bench.read(meetings.meeting_row, self.meeting.meeting_id, self.bench.today()))
        if status is MeetingStatus.MINUTES_APPROVED and direction > 0:
            self._offer_minutes()

    def _offer_minutes(self) -> None:
        """Approved minutes go to the members: offered at once, through the export window set to write the email."""
        papers = getattr(self.window(), "papers", None)  # gui/papers_menu.py, the window's
        if papers is None or self.meeting is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Minutes approved"),
            self.tr("The minutes are approved. Make them now and write the email that sends them to the members?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            papers.send_minutes(self.meeting.meeting_id)
