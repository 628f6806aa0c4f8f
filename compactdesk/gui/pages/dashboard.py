"""The dashboard: what needs the secretary today, or what to do first."""

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.gui import colours
from compactdesk.gui.dialogs.meeting import MeetingDialog
from compactdesk.gui.dialogs.people import SeatDialog
from compactdesk.gui.pages.base import Page
from compactdesk.i18n import translate
from compactdesk.services.attention import Area, Attention, AttentionItem, attention

REF_ROLE = Qt.ItemDataRole.UserRole + 1
# Looked up once: the view asks the model for thousands of lines as it lays them out.
_LINE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                          Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)


# Which page opens a dashboard line of each kind.
# Where each line opens; "page/part" names a part of a page with several kinds of record.
AREA_PAGES = {Area.FEEDBACK: "feedback", Area.TARGETS: "actions", Area.SEATS: "people", Area.MEETING: "meetings",
              Area.CODE_REVIEW: "standards/codes", Area.CONSULTATION: "standards/consultations",
              Area.FUNDING_NOTICE: "standards/funding", Area.DISPUTE: "disputes",
              Area.RESOURCE: "monitoring/resources"}


class AttentionModel(QAbstractItemModel):
    """The attention list as a two-level tree, each section's lines under it.

    Cells are made when the view asks for them (the lines in view), never up front: a
    store of ten busy years has a few thousand lines, which as items took longer to
    build than the list takes to read."""

    COLUMNS = 3

    def __init__(self, bold: QFont, parent=None):
        super().__init__(parent)
        self.labels: list[str] = []
        # (area value or "", header text, the section's lines, the words shown when it has none)
        self.sections: list[tuple[str, str, list[AttentionItem], str]] = []
        self._sizes: list[int] = []  # each section's rows ("none" words take the place of lines)
        self.bold = bold  # the sections' headings

    def set_sections(self, labels: list[str], sections: list[tuple[str, str, list[AttentionItem], str]]) -> None:
        self.beginResetModel()
        self.labels, self.sections = labels, sections
        self._sizes = [max(1, len(items)) for _, _, items, _ in sections]
        self.endResetModel()

    # A line's internal id is its section's number + 1; a section's is 0. The view asks for every
    # line's index, children and flags as it lays out thousands of them: each answer is kept short.
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            section = parent.row()
            if parent.internalId() or not 0 <= row < self._sizes[section] or not 0 <= column < self.COLUMNS:
                return QModelIndex()
            return self.createIndex(row, column, section + 1)
        if not 0 <= row < len(self.sections) or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index: QModelIndex | None = None):
        if index is None:  # QObject.parent(), which this name also is
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() or parent.column():
            return 0
        return self._sizes[parent.row()]

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        # Asked of every line as the view lays out: answered without counting.
        return not parent.isValid() or not (parent.internalId() or parent.column())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section < len(self.labels):
            return self.labels[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _LINE_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        section = index.internalId()
        if not section:
            area, header, _, _ = self.sections[index.row()]
            if index.column():
                return None
            return header if role == _DISPLAY else self.bold if role == _FONT else area if role == REF_ROLE else None
        _, _, items, none_text = self.sections[section - 1]
        if not items:
            return none_text if role == _DISPLAY and not index.column() else None
        item = items[index.row()]
        if role == _DISPLAY:
            return (item.title, _since(item.since), item.how_long)[index.column()]
        if role == _TOOLTIP:
            return f"{item.title}\n{item.detail}" if item.detail else item.title
        if role == _FOREGROUND:
            # The words say "overdue" too, for anyone who cannot tell the colour.
            return colours.text(colours.URGENT) if item.urgent else None
        if role == REF_ROLE and index.column() == 0:
            return item.area.value, item.ref_id
        return None

    def line_index(self, reference) -> QModelIndex:
        """Where a line (its (area, id)) or a section (its area) now is; invalid when gone."""
        for number, (area, _, items, _) in enumerate(self.sections):
            if reference == area:
                return self.index(number, 0)
            for row, item in enumerate(items):
                if reference == (item.area.value, item.ref_id):
                    return self.index(row, 0, self.index(number, 0))
        return QModelIndex()


class DashboardPage(Page):
    area = "dashboard"

    def __init__(self, bench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.result: Attention | None = None
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.subheading = QLabel()
        self.subheading.setObjectName("subheading")

        self.meeting_card = QLabel()
        self.meeting_card.setObjectName("meetingCard")
        self.meeting_card.setWordWrap(True)
        self.meeting_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.meeting_card.setMargin(10)
        self.issue_button = QPushButton(self.tr("&Issue the agenda…"))
        self.issue_button.setToolTip(self.tr("Make the next meeting's agenda (or its agenda pack), mark it as issued "
                                             "and write the email that sends it to the members"))
        self.issue_button.clicked.connect(self.issue_agenda)
        self.open_meeting_button = QPushButton(self.tr("Open the &meeting"))
        self.open_meeting_button.clicked.connect(self._open_meeting)
        card = QFrame()
        card.setObjectName("meetingCardFrame")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QHBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 8, 0)
        self.meeting_card.setFrameShape(QFrame.Shape.NoFrame)
        card_layout.addWidget(self.meeting_card, 1)
        card_layout.addWidget(self.issue_button)
        card_layout.addWidget(self.open_meeting_button)

        bold = QFont(self.font())
        bold.setBold(True)
        self.model = AttentionModel(bold, self)
        self.tree = QTreeView()
        self.tree.setObjectName("attentionList")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("Attention list"))
        self.tree.setToolTip(self.tr("Double-click a line, or press Enter, to open it"))
        self.tree.activated.connect(self._open_line)
        header_view = self.tree.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The dates and "how long" are short: sized from the lines in view, not from all few thousand.
        header_view.setResizeContentsPrecision(0)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(card)
        list_layout.addWidget(self.tree, 1)
        self.start_buttons = QHBoxLayout()
        self.start_buttons.addStretch(1)
        # Each does the thing, not just turns to its page: a new group's first steps are forms to fill in.
        for name, text, slot in (("setUpGroup", self.tr("Set &up the group…"), self.set_up_group),
                                 ("addSeat", self.tr("Add a &seat…"), self.add_seat),
                                 ("planMeeting", self.tr("Plan a &meeting…"), self.plan_meeting)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.start_buttons.addWidget(button)
        self.start_buttons.addStretch(1)
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addWidget(self.empty)
        empty_layout.addLayout(self.start_buttons)
        empty_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.empty_page)

        layout = QVBoxLayout(self.body())
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.pages, 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        super().refresh()
        self.show_attention(self.bench.read(attention, self.bench.today()))

    def find(self) -> None:
        self.tree.setFocus()

    def _open_line(self, index) -> None:
        reference = index.siblingAtColumn(0).data(REF_ROLE)
        if isinstance(reference, tuple) and reference[1]:
            area, record_id = reference
            self.open_record.emit(AREA_PAGES[Area(area)], record_id)
        elif isinstance(reference, tuple):
            self.open_record.emit(AREA_PAGES[Area(reference[0])], 0)

    def _open_meeting(self) -> None:
        upcoming = self.result.next_meeting if self.result else None
        if upcoming is None:
            self.plan_meeting()  # none is planned: the form for one, not a turn to an empty list
            return
        self.open_record.emit("meetings", upcoming.meeting_id)

    def issue_agenda(self) -> None:
        """Asks the window to make the agenda, mark it issued and send it (gui/papers_menu.py issue_agenda)."""
        upcoming = self.result.next_meeting if self.result else None
        if upcoming is not None and not upcoming.agenda_issued:
            self.issue_requested.emit(upcoming.meeting_id)

    def run_dialog(self, dialog: QDialog) -> bool:
        """The start buttons' forms open here (tests replace it to fill the form instead)."""
        return bool(dialog.exec())

    def set_up_group(self) -> None:
        """The set-up assistant (File ▸ Set up the group…), through the window that has it."""
        first_run = getattr(self.window(), "first_run", None)
        if first_run is not None:
            first_run.setup_action.trigger()
        else:
            self.open_record.emit("compact", 0)

    def add_seat(self) -> None:
        dialog = SeatDialog(self.bench, self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.open_record.emit("people/seats", dialog.result_value.id)

    def plan_meeting(self) -> None:
        dialog = MeetingDialog(self.bench, self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.open_record.emit("meetings", dialog.result_value.id)

    @property
    def showing_empty_state(self) -> bool:
        return self.pages.currentWidget() is self.empty_page

    def show_attention(self, result: Attention) -> None:
        self.result = result
        self.heading.setText(result.group_name or self.tr("Your liaison group"))
        self.subheading.setText(self.tr("What needs your attention on {day}").format(day=uk_long_date(result.today)))
        if result.store_is_empty:
            self._show_empty()
            return
        self.pages.setCurrentIndex(0)
        self._fill_meeting_card(result)
        self._fill_tree(result)

    def _show_empty(self) -> None:
        self.subheading.setText(self.tr("A new group, with nothing in it yet"))
        self.empty.setText(self.tr(
            "<h2>Nothing here yet</h2>"
            "<p>This group's file has no compact, members or meetings in it.</p>"
            "<p><b>Start with the compact:</b> “Set up the group…” asks its name and area, then the seats and who "
            "holds them, and the date of the next meeting. A list of members kept in a spreadsheet comes in with "
            "<nobr>File ▸ Import</nobr>. From then on this page lists what needs chasing.</p>"
            "<p>To look around first, choose File ▸ Open the demo group: an invented group to try things on.</p>"))
        self.pages.setCurrentWidget(self.empty_page)

    def _fill_meeting_card(self, result: Attention) -> None:
        upcoming = result.next_meeting
        self.issue_button.setVisible(upcoming is not None and not upcoming.agenda_issued)
        self.open_meeting_button.setText(self.tr("Open the &meeting") if upcoming else self.tr("Plan a &meeting…"))
        if upcoming is None:
            self.meeting_card.setText(self.tr("<b>No meeting is planned.</b> Set the date of the next meeting."))
            return
        when = self.tr("{title}: {day} at {time}").format(
            title=upcoming.title, day=uk_long_date(upcoming.starts_at.date()), time=upcoming.starts_at.strftime("%H:%M"))
        if upcoming.venue:
            when += self.tr(", {venue}").format(venue=upcoming.venue)
        if upcoming.agenda_issued:
            state = self.tr("The agenda has been issued.")
        else:
            days = upcoming.days_away  # lupdate reads a plural only when its count is a bare name
            state = translate("DashboardPage", "<b>The agenda has not been issued yet</b> and the meeting is in "
                              "%n day(s).", None, days)
        self.meeting_card.setText(self.tr("<b>Next meeting</b> — {when}<br>{state}").format(when=when, state=state))

    def _fill_tree(self, result: Attention) -> None:
        # The line chosen and the place scrolled to stay where they were (the list reloads after every edit).
        chosen = self.tree.currentIndex().siblingAtColumn(0).data(REF_ROLE)
        scrolled = self.tree.verticalScrollBar().value()
        sections = [
            (Area.FEEDBACK, self.tr("Feedback overdue, oldest first"), self.tr("No feedback is overdue.")),
            (Area.TARGETS, self.tr("Action plan: overdue or due soon"), self.tr("No target is overdue or due soon.")),
            (Area.SEATS, self.tr("Seats vacant or ending soon"),
             self.tr("Every seat is filled for the next two months.") if result.has_seats else
             self.tr("No seats yet: add the group's seats and their members on People & seats (Ctrl+5).")),
            (None, self.tr("The compact's standards: reviews, consultations, funding notices, disputes"),
             self.tr("Every code is reviewed on time, no consultation or funding notice fell short, and no dispute "
                     "is open.")),
            (Area.RESOURCE, self.tr("Posts, budgets and funding agreements ending soon"),
             self.tr("None is near its end: each shows here from its reminder day.")),
        ]
        filled = []
        for area, title, none_text in sections:
            items = result.section(area) if area is not None else result.standards_section()
            filled.append((area.value if area is not None else "",
                           self.tr("{title} ({count})").format(title=title, count=len(items)), items, none_text))
        self.model.set_sections([self.tr("What needs attention"), self.tr("Date"), self.tr("How long")], filled)
        for number in range(self.model.rowCount()):  # expandAll would visit every line
            self.tree.expand(self.model.index(number, 0))
        if chosen is not None:
            index = self.model.line_index(chosen)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        if scrolled:
            self.tree.doItemsLayout()  # the scroll bar's range, before the place is put back
            self.tree.verticalScrollBar().setValue(scrolled)


def _since(day: dt.date | None) -> str:
    return uk_date(day) if day else ""
