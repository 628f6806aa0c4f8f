"""Meetings: the list of meetings, and the chosen one's agenda, attendance, minutes and matters arising."""

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import MeetingKind, MeetingStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.gui.dialogs.meeting import MeetingDialog
from compactdesk.gui.pages.base import Page
from compactdesk.gui.pages.meeting_parts import every_date, fit_columns, make_table, paper
from compactdesk.gui.pages.meeting_view import MeetingView
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.widgets import EmptyState, page_heading
from compactdesk.i18n import translate
from compactdesk.services import meetings
from compactdesk.services.meetings import MeetingRow

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper

# The "Listing" choices: (key, predicate on a row).
LISTINGS = {
    "all": None,
    "upcoming": lambda row: row.upcoming,
    "past": lambda row: not row.upcoming,
}


def _date_order(row: MeetingRow):
    # Upcoming meetings first, soonest first; then past ones, latest first.
    stamp = row.starts_at.timestamp()
    return (0, stamp) if row.upcoming else (1, -stamp)


class MeetingsPage(Page):
    area = "meetings"

    def __init__(self, bench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.model = RowModel(self._columns(), key=lambda row: row.meeting_id, parent=self)
        self.proxy = RowFilter(self.model, self)
        self.table, _ = make_table(self.model, self, "meetingsTable", self.proxy, opens=self.edit_meeting,
                                   accessible_name=self.tr("Meetings"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Sized to the words each column can show, not by reading every meeting of ten years.
        fit_columns(self.table, 4, widest={0: [self.tr("Upcoming"), self.tr("Past")], 1: every_date(with_time=True),
                                           2: [kind.label() for kind in MeetingKind],
                                           3: [status.label() for status in MeetingStatus]})
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("New meeting…"), self.new_item)

        self.listing = QComboBox()
        for key, text in (("all", self.tr("Upcoming and past")), ("upcoming", self.tr("Upcoming only")),
                          ("past", self.tr("Past only"))):
            self.listing.addItem(text, key)
        self._holds = 0
        self._refresh_waiting = False
        self._loading = False
        self.listing.currentIndexChanged.connect(self._filter)
        listing_label = QLabel(self.tr("&Listing:"))
        listing_label.setBuddy(self.listing)
        self.search = QLineEdit()
        self.search.setObjectName("meetingSearch")
        self.search.setPlaceholderText(self.tr("Search kind, venue or status (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        filters = QHBoxLayout()
        # The heading shares the filters' row: a line of height saved for the list at 1366×768 at 125%.
        filters.addWidget(page_heading(self.tr("Meetings")))
        filters.addSpacing(12)
        filters.addWidget(listing_label)
        filters.addWidget(self.listing)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.view = MeetingView(bench)
        self.view.open_record.connect(self.open_record)
        self.view.item_selection_changed.connect(self.actions_changed)
        self.view.export_requested.connect(self._export)
        self.view.issue_requested.connect(self._issue)
        # Dialogs for what a minute raises are made here, so a test (or another caller) can replace them.
        self.view.minutes._target_dialog = lambda meeting_id, item_id: self._target_dialog(meeting_id, item_id)
        self.view.minutes._feedback_dialog = lambda meeting_id, item_id: self._feedback_dialog(meeting_id, item_id)
        self.view.minutes.hold_refresh = self._hold_refresh

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("meetingsSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        # The list gets what the meeting's tabs can spare: eight rows or so at 1024×768.
        splitter.setSizes([260, 400])

        layout = QVBoxLayout(self.body())
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Meetings")

    def _columns(self) -> list[Column[MeetingRow]]:
        return [
            Column(self.tr("When"), lambda r: self.tr("Upcoming") if r.upcoming else self.tr("Past"),
                   sort=_date_order, tone=lambda r: None if r.upcoming else "quiet"),
            Column(self.tr("Date"), lambda r: f"{uk_date(r.starts_at.date())}, {r.starts_at:%H:%M}", sort=_date_order,
                   tooltip=lambda r: f"{uk_long_date(r.starts_at.date())}, {r.starts_at:%H:%M}",
                   value=lambda r: r.starts_at),
            Column(self.tr("Kind"), lambda r: r.kind.label()),
            Column(self.tr("Status"), lambda r: r.status.label(), sort=lambda r: r.status.step),
            Column(self.tr("Venue"), lambda r: r.venue),
        ]

    # -- loading -----------------------------------------------------------------

    def refresh(self) -> None:
        if self._holds:
            self._refresh_waiting = True
            return
        super().refresh()
        selected = self.current_id()
        scrolled = self.table.verticalScrollBar().value()
        self._loading = True
        try:
            self.model.set_rows(self.bench.read(meetings.meeting_rows, self.bench.today()))
        finally:
            self._loading = False
        self._filter(keep=selected)
        if self.current_id() == selected:  # the same meeting chosen: the list stays where it was
            self.table.verticalScrollBar().setValue(scrolled)

    @contextmanager
    def _hold_refresh(self):
        """Puts off refreshing until the event being handled is over (a write made while a table
        changes its selection must not rebuild that table under it)."""
        self._holds += 1
        try:
            yield
        finally:
            self._holds -= 1
            if not self._holds and self._refresh_waiting:
                self._refresh_waiting = False
                self.stale = True
                QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self.stale:
            self.refresh()

    def _filter(self, *_, keep: int | None = None) -> None:
        selected = keep if keep is not None else self.current_id()
        self.proxy.set_predicate(LISTINGS[self.listing.currentData() or "all"])
        self.proxy.set_search(self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        upcoming = sum(1 for row in self.model.rows() if row.upcoming)
        self.count.setText(translate("MeetingsPage", "{shown} of %n meeting(s) · {upcoming} upcoming", None,
                                     total).format(shown=shown, upcoming=upcoming))
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown,
            empty_text=self.tr("<h3>No meetings yet</h3><p>Add the next meeting with Ctrl+N: its agenda starts "
                               "with the standing items, and attendance is filled from the seats.</p>"),
            filtered_text=self.tr("<h3>No meeting matches</h3><p>Clear the search, or set Listing to "
                                  "“Upcoming and past”.</p>"))
        self._loading = True
        try:
            if not select_key(self.table, selected) and shown:
                # Nothing chosen yet: the first row is the next meeting (or the latest, when none is coming).
                select_key(self.table, self.proxy.key_at(self.proxy.index(0, 0)))
        finally:
            self._loading = False
        self._show_current()

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> MeetingRow | None:
        key = self.current_id()
        return self.model.row_for(key)

    def _selection_changed(self, *_) -> None:
        if self._loading:
            return
        shown = self.view.meeting.meeting_id if self.view.meeting else None
        if self.current_id() != shown and not self.view.minutes.commit():
            # The minutes typed could not be saved: stay on their meeting (after this signal is over).
            QTimer.singleShot(0, self, lambda: select_key(self.table, shown))
            return
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        if self.model.rowCount() == 0:
            nothing = self.tr("Once there is a meeting, its agenda, attendance and minutes are here.")
        else:
            nothing = ""
        self.view.set_meeting(row, nothing)
        self.actions_changed.emit()

    # -- the window's actions ----------------------------------------------------

    def new_text(self) -> str:
        return self.tr("New &meeting…")

    def export_defaults(self) -> "tuple[Paper, int | None]":
        # Minutes typed but not yet saved belong in the paper.
        self.view.minutes.commit()
        row = self.current_row()
        if row is None:
            return paper("AGENDA"), None
        planning = row.status in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_ISSUED)
        return paper("AGENDA" if planning else "MINUTES"), row.meeting_id

    def _export(self, chosen: "Paper", meeting_id: int) -> None:
        self.view.minutes.commit()
        self.export_requested.emit(chosen, meeting_id)

    def _issue(self, meeting_id: int) -> None:
        self.view.minutes.commit()
        self.issue_requested.emit(meeting_id)

    def _meeting_dialog(self, meeting_id: int | None = None) -> MeetingDialog:
        return MeetingDialog(self.bench, self, meeting_id=meeting_id)

    def _target_dialog(self, meeting_id: int, item_id: int):
        from compactdesk.gui.dialogs.target import TargetDialog

        return TargetDialog(self.bench, self, meeting_id=meeting_id, item_id=item_id)

    def _feedback_dialog(self, meeting_id: int, item_id: int):
        from compactdesk.gui.dialogs.feedback import FeedbackDialog

        return FeedbackDialog(self.bench, self, meeting_id=meeting_id, item_id=item_id)

    def new_item(self) -> None:
        self.view.minutes.commit()
        dialog = self._meeting_dialog()
        if dialog.exec():
            self.search.clear()
            self.listing.setCurrentIndex(0)
            self.refresh()
            self.show_record(dialog.result_value.id)

    def edit_meeting(self) -> None:
        row = self.current_row()
        if row is not None and self._meeting_dialog(row.meeting_id).exec():
            self.refresh()

    def _in_agenda(self) -> bool:
        return self.view.tabs.currentWidget() is self.view.agenda and self.view.agenda.current_row() is not None \
            and self.view.agenda.table.hasFocus()

    def _in_papers(self) -> bool:
        return self.view.tabs.currentWidget() is self.view.agenda and self.view.agenda.has_focus_in_papers()

    def can_edit(self) -> bool:
        return self._in_agenda() or self.current_id() is not None

    def edit_current(self) -> None:
        # F2 edits what has the focus: an agenda item, else the meeting.
        if self._in_agenda():
            self.view.agenda.edit_item()
        else:
            self.edit_meeting()

    def _in_attendance(self) -> bool:
        return self.view.tabs.currentWidget() is self.view.attendance and self.view.attendance.has_focus_in_list()

    def can_delete(self) -> bool:
        return self._in_agenda() or self._in_papers() or self._in_attendance() or self.current_id() is not None

    def delete_current(self) -> None:
        # Delete removes what has the focus: a paper, an agenda item, someone's attendance record,
        # else the meeting (undo brings any of them back).
        if self._in_papers():
            self.view.agenda.papers.remove_paper()
        elif self._in_agenda():
            self.view.agenda.remove_item()
        elif self._in_attendance():
            self.view.attendance.choose(None)
        else:
            self.delete_meeting()

    def delete_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        index = self.proxy.index_of(row.meeting_id)
        neighbours = [self.proxy.key_at(self.proxy.index(index.row() + step, 0))
                      for step in (1, -1) if 0 <= index.row() + step < self.proxy.rowCount()]
        text = self.tr("Delete the {kind}, {day}").format(kind=row.kind.label(), day=uk_long_date(row.starts_at.date()))
        try:
            self.bench.perform(text, meetings.delete_meeting, row.meeting_id)
        except ValidationError as error:
            # Approved minutes are part of the record: the service says so, and nothing changes.
            QMessageBox.warning(self, text, str(error))
            return
        self.refresh()
        if neighbours:
            select_key(self.table, neighbours[0])

    def find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_record(self, record_id: int) -> None:
        if self.stale:
            self.refresh()
        if not self.proxy.index_of(record_id).isValid():
            # Hidden by the listing or the search: show everything rather than nothing.
            self.search.clear()
            self.listing.setCurrentIndex(0)
        if select_key(self.table, record_id):
            self.table.setFocus()
