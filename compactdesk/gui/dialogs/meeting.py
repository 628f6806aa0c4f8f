"""Adding and editing a meeting, and an item on its agenda."""

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QWidget

from compactdesk import i18n
from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import MeetingKind
from compactdesk.domain.own_words import item_title
from compactdesk.domain.rules import usual_meeting_day
from compactdesk.gui.dialogs.choices import fill_enum, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_agenda_item_dialog import Ui_AgendaItemDialog
from compactdesk.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from compactdesk.gui.pickers import offer_new_person
from compactdesk.gui.workbench import Workbench
from compactdesk.services import meetings


def meeting_name(row: meetings.MeetingRow) -> str:
    """E.g. "Liaison meeting, Tuesday 15 December 2026": how undo texts and headings name a meeting."""
    return f"{row.kind.label()}, {uk_long_date(row.starts_at.date())}"


class MeetingDialog(FormDialog):
    """A new meeting (with the standing items, unless it is a pre-meeting), or an existing one's details."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, meeting_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.meeting_id = meeting_id
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"kind": ui.kind, "starts_at": ui.startsOn, "venue": ui.venue, "apologies_to": ui.apologiesTo,
                       "notes": ui.notes}
        fill_enum(ui.kind, MeetingKind)
        ui.startsOn.set_optional(False)
        ui.startsOn.set_today(bench.today)
        ui.startsOn.set_warn_days_off(True)  # a word only: some groups do meet on a Saturday
        if meeting_id is None:
            self.setWindowTitle(self.tr("New meeting"))
            # A working day a fortnight ahead at 10:00 is a likely start; the secretary changes it anyway.
            ui.startsOn.set_value(usual_meeting_day(bench.today()))
            ui.startsTime.setTime(QTime(10, 0))
            ui.kind.currentIndexChanged.connect(self._kind_changed)
            self._kind_changed()
        else:
            self.setWindowTitle(self.tr("Edit meeting"))
            self._load(bench.read(meetings.meeting_row, meeting_id, bench.today()))
            ui.standingItems.hide()
        self.resize(560, self.sizeHint().height())

    def _load(self, row: meetings.MeetingRow) -> None:
        ui = self.ui
        select_data(ui.kind, row.kind.value)
        ui.startsOn.set_value(row.starts_at.date())
        ui.startsTime.setTime(QTime(row.starts_at.hour, row.starts_at.minute))
        ui.venue.setText(row.venue)
        ui.apologiesTo.setText(row.apologies_to)
        ui.notes.setPlainText(row.notes)

    def _kind_changed(self) -> None:
        # A pre-meeting usually has its own short agenda; the others start with the standing items.
        self.ui.standingItems.setChecked(self.ui.kind.currentData() != MeetingKind.PRE_MEETING.value)

    def starts_at(self) -> dt.datetime:
        time = self.ui.startsTime.time()
        return dt.datetime.combine(self.ui.startsOn.value(), dt.time(time.hour(), time.minute()))

    def save(self):
        ui = self.ui
        values = {"kind": ui.kind.currentData(), "starts_at": self.starts_at(), "venue": ui.venue.text(),
                  "apologies_to": ui.apologiesTo.text(), "notes": ui.notes.toPlainText()}
        kind = MeetingKind(values["kind"]).label()
        day = uk_long_date(values["starts_at"].date())
        if self.meeting_id is None:
            return self.bench.perform(self.tr("Add {kind}, {day}").format(kind=kind, day=day),
                                      meetings.create_meeting, **values, standing_items=ui.standingItems.isChecked())
        return self.bench.perform(self.tr("Edit {kind}, {day}").format(kind=kind, day=day),
                                  meetings.update_meeting, self.meeting_id, **values)


class AgendaItemDialog(FormDialog):
    """An item on a meeting's agenda: its title, who presents it, the time allowed and what it is about."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, meeting_id: int,
                 item_id: int | None = None, position: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.meeting_id = meeting_id
        self.item_id = item_id
        self.position = position  # where a new item goes; None: before any other business
        self.kept_person: int | None = None
        self.ui = Ui_AgendaItemDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"title": ui.title, "title_cy": ui.titleCy, "presenter": ui.presenter,
                       "minutes_allowed": ui.minutesAllowed, "description": ui.description}
        ui.presenter.lineEdit().setPlaceholderText(self.tr("Choose a person, or type a name or an organisation"))
        self._fill_presenters()
        ui.presenter.setCurrentIndex(0)
        offer_new_person(ui.presenter, bench, self._fill_presenters)
        meeting = bench.read(meetings.meeting_row, meeting_id, bench.today())
        if item_id is None:
            self.setWindowTitle(self.tr("Add an agenda item"))
            ui.origin.setText(self.tr("On the agenda of the {meeting}.").format(meeting=meeting_name(meeting)))
        else:
            self.setWindowTitle(self.tr("Edit agenda item"))
            row = next(row for row in bench.read(meetings.agenda_rows, meeting_id) if row.item_id == item_id)
            self._load(row)
            origin = self.tr("Item {number} on the agenda of the {meeting}.").format(
                number=row.number, meeting=meeting_name(meeting))
            if row.standing is not None:
                origin += " " + self.tr("A standing item: every meeting of this kind has it.")
            ui.origin.setText(origin)
        self.resize(580, self.sizeHint().height())

    def _fill_presenters(self) -> None:
        combo = self.ui.presenter
        combo.clear()
        combo.addItem("", None)
        for person in self.bench.read(meetings.people_choices):
            shown = f"{person.name} — {person.organisation}" if person.organisation else person.name
            combo.addItem(person.name, person.person_id)
            combo.setItemData(combo.count() - 1, shown, Qt.ItemDataRole.ToolTipRole)

    def _load(self, row: meetings.AgendaRow) -> None:
        ui = self.ui
        ui.title.setText(row.title_english)  # as held: the agenda shows `title` in the language spoken
        ui.titleCy.setText(row.title_welsh)
        with i18n.speaking(i18n.WELSH):  # a standing item with no Welsh of its own: the program's, as papers show
            shown = item_title(row.title_english, row.title_welsh, row.standing)
        if not row.title_welsh and shown != row.title_english:
            ui.titleCy.setPlaceholderText(shown)
        person_name = ui.presenter.itemText(ui.presenter.findData(row.presenter_id)) if row.presenter_id else ""
        if row.presenter_id is not None and row.presenter_text in ("", person_name):
            select_data(ui.presenter, row.presenter_id)
        else:
            ui.presenter.setCurrentIndex(0)
            ui.presenter.setEditText(row.presenter_text)
            # Words typed alongside a person (e.g. "for the council") keep the person while the words stay.
            self.kept_person = row.presenter_id
        ui.minutesAllowed.setValue(row.minutes_allowed or 0)
        ui.description.setPlainText(row.description)

    def presenter(self) -> tuple[str, int | None]:
        """(words, person id): a person chosen from the list, or the words typed."""
        combo = self.ui.presenter
        typed = combo.currentText().strip()
        if not typed:
            return "", None
        index = combo.currentIndex()
        if index <= 0 or combo.itemText(index) != typed:
            index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return "", combo.itemData(index)
        return typed, self.kept_person

    def save(self):
        ui = self.ui
        words, person_id = self.presenter()
        values = {"title": ui.title.text(), "title_cy": ui.titleCy.text(), "presenter": words,
                  "presenter_id": person_id,
                  "minutes_allowed": ui.minutesAllowed.value() or None, "description": ui.description.toPlainText()}
        title = ui.title.text().strip()
        if self.item_id is None:
            return self.bench.perform(self.tr("Add agenda item “{title}”").format(title=title),
                                      meetings.add_item, self.meeting_id, **values, position=self.position)
        return self.bench.perform(self.tr("Edit agenda item “{title}”").format(title=title),
                                  meetings.update_item, self.item_id, **values)
