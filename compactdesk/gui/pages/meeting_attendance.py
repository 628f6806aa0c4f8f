"""Attendance: who holds a seat on the meeting's day, and whether they came."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import Attendance
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import colours
from compactdesk.gui.colours import status_tone
from compactdesk.gui.dialogs.people import PersonDialog
from compactdesk.gui.pages.meeting_parts import MeetingTab, fit_columns, make_table
from compactdesk.gui.pickers import person_tip, run_form
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.gui.workbench import Workbench
from compactdesk.services import meetings
from compactdesk.services.meetings import RosterRow


class AttendanceTab(MeetingTab):
    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.model = RowModel(self._columns(), key=lambda row: row.person_id, parent=self)
        self.proxy = RowFilter(self.model, self)
        self.table, _ = make_table(self.model, self, "attendanceTable", self.proxy,
                                   accessible_name=self.tr("Attendance"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        fit_columns(self.table, 2, {0: 200, 1: 220})
        self.empty = EmptyState(self.table)
        self.empty.set_action(self.tr("Add someone else…"), self.add_someone)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)

        # One key a person while the list has the focus (P, A, X, S, Delete; B, Y, A, D in Welsh), and the next
        # person comes up: a roll call from the keyboard. Buttons for the mouse; no Alt letters, which the menus use.
        self.letters = self.key_letters()
        self.choices: dict[Attendance | None, QPushButton] = {}
        for status, text, key, tip in (
                (Attendance.PRESENT, self.tr("Present"), self.letters[Attendance.PRESENT], self.tr("They came")),
                (Attendance.APOLOGIES, self.tr("Apologies"), self.letters[Attendance.APOLOGIES],
                 self.tr("They sent apologies")),
                (Attendance.ABSENT, self.tr("Absent"), self.letters[Attendance.ABSENT],
                 self.tr("They did not come and sent no apologies")),
                (Attendance.SUBSTITUTE, self.tr("Substitute…"), self.letters[Attendance.SUBSTITUTE],
                 self.tr("They came in place of a member")),
                (None, self.tr("Not recorded"), "Del", self.tr("Take their attendance off the record"))):
            button = QPushButton(text)
            button.setToolTip(self.tr("{what} (key {key} in the list)").format(what=tip, key=key))
            button.clicked.connect(lambda _=False, status=status: self.choose(status))
            self.choices[status] = button
            if status is not None:
                shortcut = QShortcut(QKeySequence(key), self.table)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda status=status: self.choose(status))
        self.keys = QLabel(self.tr("Keys in the list: {present} present · {apologies} apologies · {absent} absent · "
                                   "{substitute} substitute · Delete not recorded").format(
            present=self.letters[Attendance.PRESENT], apologies=self.letters[Attendance.APOLOGIES],
            absent=self.letters[Attendance.ABSENT], substitute=self.letters[Attendance.SUBSTITUTE]))
        self.keys.setObjectName("attendanceKeys")
        self.keys.setWordWrap(True)
        colours.tint(self.keys, colours.QUIET)
        self.add_button = QPushButton(self.tr("Add some&one else…"))
        self.add_button.setToolTip(self.tr("Someone who holds no seat: an officer attending, a guest, a substitute"))
        self.add_button.clicked.connect(self.add_someone)
        buttons = QVBoxLayout()
        for button in self.choices.values():
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.empty, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.keys)
        self._update_buttons()

    def key_letters(self) -> dict[Attendance, str]:
        """The letter that records each choice: the first of its word where it can be (Welsh: Yn bresennol → B,
        Ymddiheuriadau → Y, Absennol → A, Dirprwy → D). A translation that gives more than one letter, or the same
        letter twice, is not used: the English letters are, so that no key is lost or records the wrong thing."""
        english = {Attendance.PRESENT: "P", Attendance.APOLOGIES: "A", Attendance.ABSENT: "X",
                   Attendance.SUBSTITUTE: "S"}
        letters = {
            Attendance.PRESENT: self.tr("P", "attendance key: one letter for Present, unlike the other three"),
            Attendance.APOLOGIES: self.tr("A", "attendance key: one letter for Apologies, unlike the other three"),
            Attendance.ABSENT: self.tr("X", "attendance key: one letter for Absent, unlike the other three"),
            Attendance.SUBSTITUTE: self.tr("S", "attendance key: one letter for Substitute, unlike the other three"),
        }
        letters = {status: letter.strip().upper() for status, letter in letters.items()}
        usable = all(len(letter) == 1 and letter.isalpha() for letter in letters.values()) and len(
            set(letters.values())) == len(letters)
        return letters if usable else english

    def _columns(self) -> list[Column[RosterRow]]:
        def tone(row: RosterRow):
            return "quiet" if row.status is None else None

        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Seat"), lambda r: r.seat or self.tr("Not on a seat"),
                   tone=lambda r: "quiet" if not r.seat else None),
            Column(self.tr("Attendance"), self._status_text, tone=tone, status=lambda r: status_tone(r.status)),
        ]

    def _status_text(self, row: RosterRow) -> str:
        if row.status is None:
            return self.tr("Not recorded")
        if row.status is Attendance.SUBSTITUTE:
            return self.tr("Substitute for {name}").format(name=row.substitute_for)
        return row.status.label()

    # -- loading -----------------------------------------------------------------

    def refresh(self, keep: bool | None = None) -> None:
        """Reads the roster; the person chosen stays chosen while it is the same meeting."""
        keep = self._begin_reading(keep)
        selected = self.current_id() if keep else None
        rows = self.bench.read(meetings.attendance_roster, self.meeting.meeting_id) if self.meeting else []
        self.model.set_rows(rows)
        day = uk_long_date(self.meeting.starts_at.date()) if self.meeting else ""
        self.empty.show_state(has_rows=bool(rows), visible_rows=len(rows), empty_text=self.tr(
            "<h3>Nobody to mark yet</h3><p>No one holds a seat on {day}. Fill the seats in People &amp; seats "
            "first; or add someone who came with “Add someone else…”.</p>").format(day=day))
        self.summary.setText(meetings.attendance_summary(rows) if rows else "")
        if not select_key(self.table, selected) and rows and not keep:
            select_key(self.table, rows[0].person_id)
        self._update_buttons()

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> RosterRow | None:
        key = self.current_id()
        return self.model.row_for(key)

    def _update_buttons(self, *_) -> None:
        row = self.current_row()
        for status, button in self.choices.items():
            button.setEnabled(row is not None and (status is not None or row.status is not None))
        self.add_button.setEnabled(self.meeting is not None)

    # -- recording ---------------------------------------------------------------

    def ask_substitute_for(self, row: RosterRow) -> int | None:
        """Which member `row` stands in for: the seat holders, those who sent apologies first."""
        members = [other for other in self.model.rows() if other.seat and other.person_id != row.person_id]
        members.sort(key=lambda other: other.status is not Attendance.APOLOGIES)
        if not members:
            QMessageBox.information(self, self.tr("Substitute"), self.tr(
                "Nobody holds a seat on this day, so there is no member to stand in for."))
            return None
        labels = [f"{other.name} — {other.seat}" for other in members]
        current = labels.index(next((label for label, other in zip(labels, members, strict=True)
                                     if other.person_id == row.substitute_for_id), labels[0]))
        chosen, ok = QInputDialog.getItem(self, self.tr("Substitute"), self.tr("{name} is standing in for:").format(
            name=row.name), labels, current, False)
        return members[labels.index(chosen)].person_id if ok and chosen in labels else None

    def ask_person(self) -> int | None:
        """Someone not on the list yet."""
        listed = {row.person_id for row in self.model.rows()}
        people = [person for person in self.bench.read(meetings.people_choices) if person.person_id not in listed]
        if not people:
            asked = QMessageBox(QMessageBox.Icon.Information, self.tr("Add someone else"), self.tr(
                "Everyone in this group's records is on the list already. Someone new can be added now."),
                QMessageBox.StandardButton.Cancel, self)
            add = asked.addButton(self.tr("Add a &new person…"), QMessageBox.ButtonRole.AcceptRole)
            add.setToolTip(person_tip())
            asked.setDefaultButton(add)
            asked.exec()
            return run_form(PersonDialog(self.bench, self)) if asked.clickedButton() is add else None
        labels = [f"{person.name} — {person.organisation}" if person.organisation else person.name
                  for person in people]
        someone_new = self.tr("Someone new: add a new person…")
        chosen, ok = QInputDialog.getItem(self, self.tr("Add someone else"), self.tr(
            "Who else came? They are recorded as present; change it after if need be."), [*labels, someone_new], 0,
            False)
        if ok and chosen == someone_new:
            return run_form(PersonDialog(self.bench, self))
        return people[labels.index(chosen)].person_id if ok and chosen in labels else None

    def choose(self, status: Attendance | None) -> None:
        row = self.current_row()
        if row is None or self.meeting is None:
            return
        if status is None:
            if row.status is None:
                return
            done = self._attempt(self.tr("Take {name} off the attendance record").format(name=row.name),
                                 meetings.remove_attendance, self.meeting.meeting_id, row.person_id)
        else:
            substitute_for = None
            if status is Attendance.SUBSTITUTE:
                substitute_for = self.ask_substitute_for(row)
                if substitute_for is None:
                    return
            done = self._attempt(self.tr("Record {name} as “{status}”").format(name=row.name, status=status.label()),
                                 meetings.record_attendance, self.meeting.meeting_id, row.person_id, status,
                                 substitute_for_id=substitute_for)
        number = self.proxy.index_of(row.person_id).row()
        self.refresh()
        if done and number + 1 < self.proxy.rowCount():
            # On to the next person, so a whole roll call is one key press a name.
            select_key(self.table, self.proxy.key_at(self.proxy.index(number + 1, 0)))
        self.table.setFocus()

    def add_someone(self) -> None:
        if self.meeting is None:
            return
        person_id = self.ask_person()
        if person_id is None:
            return
        name = next((person.name for person in self.bench.read(meetings.people_choices)
                     if person.person_id == person_id), "")
        if self._attempt(self.tr("Record {name} as “{status}”").format(name=name, status=Attendance.PRESENT.label()),
                         meetings.record_attendance, self.meeting.meeting_id, person_id, Attendance.PRESENT):
            self.refresh()
            select_key(self.table, person_id)
            self.table.setFocus()

    def _attempt(self, text: str, service, /, *args, **kwargs) -> bool:
        try:
            self.bench.perform(text, service, *args, **kwargs)
        except ValidationError as error:
            QMessageBox.warning(self, text, str(error))
            return False
        return True

    def has_focus_in_list(self) -> bool:
        return self.table.hasFocus()
