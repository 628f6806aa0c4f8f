"""Forms for people, organisations, seats and the terms people hold on seats."""

import datetime as dt
from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import add_months
from compactdesk.domain.enums import OrgTag, SeatFill, Sector
from compactdesk.domain.rules import USUAL_TERM_MONTHS
from compactdesk.gui.dialogs.choices import fill_enum, fill_pairs, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from compactdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from compactdesk.gui.forms.ui_seat_dialog import Ui_SeatDialog
from compactdesk.gui.forms.ui_term_dialog import Ui_TermDialog
from compactdesk.gui.pickers import PUBLIC_SECTORS, offer_new_organisation, offer_new_person
from compactdesk.gui.workbench import Workbench
from compactdesk.services import consultations, members, seats


def _organisation_pairs(bench: Workbench) -> list[tuple[int, str]]:
    """(id, name) of every organisation, by name."""
    return [(row.organisation_id, row.name) for row in bench.read(members.organisation_rows)]


def _public_body_pairs(bench: Workbench) -> list[tuple[int, str]]:
    """(id, name) of the public bodies, by name: the services say which organisations are public bodies."""
    return [(choice.ident, choice.name) for choice in bench.read(consultations.organisation_choices, public=True)]


class PersonDialog(FormDialog):
    """A person's details. A new one may start at an organisation (`organisation_id`); one added as an officer
    (`officer`) is offered the public bodies, and the only one when there is one; one added as a department's
    champion (`champion_of`, a body's id) belongs to that body or to none, so the champion list takes them."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, person_id: int | None = None,
                 organisation_id: int | None = None, officer: bool = False, champion_of: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.person_id = person_id
        self.officer = officer
        self.champion_of = champion_of
        self._offered: list[tuple[int, str]] = []  # what the organisation list offers, "No organisation" aside
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"name": ui.name, "role": ui.role, "organisation": ui.organisation,
                       "department": ui.department, "email": ui.email, "phone": ui.phone, "address": ui.address,
                       "notes": ui.notes}
        self._fill_organisations()
        if champion_of is None:
            offer_new_organisation(ui.organisation, bench, self._fill_organisations,
                                   sectors=PUBLIC_SECTORS if officer else None)
        if person_id is None:
            self.setWindowTitle(self.tr("New person"))
            if officer and organisation_id is None and len(self._offered) == 1:
                organisation_id = self._offered[0][0]  # the only public body: the council, most often
            select_data(ui.organisation, organisation_id if champion_of is None else champion_of)
            ui.champion.setChecked(champion_of is not None)
        else:
            self.setWindowTitle(self.tr("Edit person"))
            detail = bench.read(members.person_detail, person_id)
            ui.name.setText(detail.name)
            ui.role.setText(detail.role)
            select_data(ui.organisation, detail.organisation_id)
            ui.department.setText(detail.department)
            ui.email.setText(detail.email)
            ui.phone.setText(detail.phone)
            ui.champion.setChecked(detail.is_champion)
            ui.address.setPlainText(detail.address)
            ui.notes.setPlainText(detail.notes)

    def _fill_organisations(self) -> None:
        if self.champion_of is not None:
            pairs = [pair for pair in _organisation_pairs(self.bench) if pair[0] == self.champion_of]
        else:
            pairs = _public_body_pairs(self.bench) if self.officer else _organisation_pairs(self.bench)
        self._offered = pairs
        fill_pairs(self.ui.organisation, pairs, self.tr("No organisation"))

    def save(self):
        ui = self.ui
        values = {"role": ui.role.text(), "organisation_id": ui.organisation.currentData(),
                  "department": ui.department.text(), "email": ui.email.text(), "phone": ui.phone.text(),
                  "address": ui.address.toPlainText(), "is_champion": ui.champion.isChecked(),
                  "notes": ui.notes.toPlainText()}
        name = ui.name.text()
        if self.person_id is None:
            return self.bench.perform(self.tr("Add person “{name}”").format(name=name.strip()),
                                      members.add_person, name, **values)
        return self.bench.perform(self.tr("Edit person “{name}”").format(name=name.strip()),
                                  members.update_person, self.person_id, name=name, **values)


class OrganisationDialog(FormDialog):
    """An organisation's details. A new one added from a list that takes only some sectors (public bodies, say)
    is offered only those `sectors`, starting at `sector` when given."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, organisation_id: int | None = None,
                 sectors: Sequence[Sector] | None = None, sector: Sector | str | None = None):
        super().__init__(parent)
        self.bench = bench
        self.organisation_id = organisation_id
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.tag_boxes = {OrgTag.SMALL: ui.tagSmall, OrgTag.BME: ui.tagBme, OrgTag.RURAL: ui.tagRural,
                          OrgTag.VOLUNTEER_ONLY: ui.tagVolunteerOnly, OrgTag.UNFUNDED: ui.tagUnfunded}
        for tag, box in self.tag_boxes.items():
            box.setText(tag.label())  # the same words as the table's Tags column
        self.fields = {"name": ui.name, "sector": ui.sector, "tags": ui.tags, "notes": ui.notes}
        fill_enum(ui.sector, Sector)
        if organisation_id is None:
            self.setWindowTitle(self.tr("New organisation"))
            if sectors is not None:
                fill_pairs(ui.sector, [(choice.value, choice.label()) for choice in sectors])
                self.setWindowTitle(self.tr("New public body") if all(choice.is_public for choice in sectors)
                                    else self.tr("New organisation"))
            # Most organisations in a compact are voluntary groups.
            select_data(ui.sector, Sector(sector).value if sector is not None else Sector.VCS.value)
        else:
            self.setWindowTitle(self.tr("Edit organisation"))
            row = bench.read(members.organisation_row, organisation_id)
            ui.name.setText(row.name)
            select_data(ui.sector, row.sector.value)
            for tag, box in self.tag_boxes.items():
                box.setChecked(tag in row.tags)
            ui.notes.setPlainText(row.notes)

    def chosen_tags(self) -> list[str]:
        return [tag.value for tag, box in self.tag_boxes.items() if box.isChecked()]

    def save(self):
        ui = self.ui
        name = ui.name.text()
        values = {"sector": ui.sector.currentData(), "tags": self.chosen_tags(), "notes": ui.notes.toPlainText()}
        if self.organisation_id is None:
            return self.bench.perform(self.tr("Add organisation “{name}”").format(name=name.strip()),
                                      members.add_organisation, name, **values)
        return self.bench.perform(self.tr("Edit organisation “{name}”").format(name=name.strip()),
                                  members.update_organisation, self.organisation_id, name=name, **values)


class SeatDialog(FormDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, seat_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.seat_id = seat_id
        self.ui = Ui_SeatDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"title": ui.title, "title_cy": ui.titleCy, "brief": ui.brief, "sector": ui.sector,
                       "fill": ui.fill, "reserved_for": ui.reservedFor, "nominating_org": ui.nominatingOrg,
                       "vacancy_on": ui.vacancyOn, "vacancy_reason": ui.vacancyReason, "notes": ui.notes}
        fill_enum(ui.sector, Sector)
        fill_enum(ui.fill, SeatFill)
        today = bench.today()
        ui.vacancyOn.set_optional(True)
        ui.vacancyOn.set_check_text(self.tr("the seat is empty"))
        ui.vacancyOn.set_value(None, today)
        self._fill_nominating()
        # A body that nominates to a council seat is most likely the council: the new one starts at the seat's sector.
        offer_new_organisation(ui.nominatingOrg, bench, self._fill_nominating,
                               sector=lambda: Sector(ui.sector.currentData()))
        ui.fill.currentIndexChanged.connect(self._fill_changed)
        if seat_id is None:
            self.setWindowTitle(self.tr("New seat"))
        else:
            self.setWindowTitle(self.tr("Edit seat"))
            detail = bench.read(seats.seat_detail, seat_id, today)
            ui.title.setText(detail.title)
            ui.titleCy.setText(detail.title_cy)
            ui.brief.setText(detail.brief)
            # A vacancy already typed; else, ticked, the day the seat has been empty since (or today) is offered.
            ui.vacancyOn.set_value(detail.vacancy_on, detail.empty_since or today)
            ui.vacancyReason.setText(detail.vacancy_reason)
            select_data(ui.sector, detail.sector.value)
            select_data(ui.fill, detail.fill.value)
            ui.reservedFor.setText(detail.reserved_for)
            select_data(ui.nominatingOrg, detail.nominating_org_id)
            ui.notes.setPlainText(detail.notes)
        self._fill_changed()
        ui.vacancyOn.changed.connect(self._vacancy_changed)
        self._vacancy_changed()

    def _fill_nominating(self) -> None:
        fill_pairs(self.ui.nominatingOrg, _organisation_pairs(self.bench), self.tr("Nobody in particular"))

    def _reserved(self) -> bool:
        return self.ui.fill.currentData() == SeatFill.RESERVED.value

    def _fill_changed(self) -> None:
        # Only a reserved seat is kept for someone; the text stays while the choice changes back and forth.
        self.ui.reservedFor.setEnabled(self._reserved())
        self.ui.reservedForLabel.setEnabled(self._reserved())

    def _vacant(self) -> bool:
        return self.ui.vacancyOn.check.isChecked()

    def _vacancy_changed(self) -> None:
        # A reason belongs to a vacancy with its day; the text stays while the tick box goes back and forth.
        self.ui.vacancyReason.setEnabled(self._vacant())
        self.ui.vacancyReasonLabel.setEnabled(self._vacant())

    def save(self):
        ui = self.ui
        title = ui.title.text()
        values = {"title_cy": ui.titleCy.text(), "sector": ui.sector.currentData(), "fill": ui.fill.currentData(),
                  "reserved_for": ui.reservedFor.text() if self._reserved() else "",
                  "nominating_org_id": ui.nominatingOrg.currentData(), "notes": ui.notes.toPlainText(),
                  "brief": ui.brief.text(), "vacancy_on": ui.vacancyOn.value(),
                  "vacancy_reason": ui.vacancyReason.text() if self._vacant() else ""}
        if self.seat_id is None:
            return self.bench.perform(self.tr("Add seat “{title}”").format(title=title.strip()),
                                      seats.add_seat, title, **values)
        return self.bench.perform(self.tr("Edit seat “{title}”").format(title=title.strip()),
                                  seats.update_seat, self.seat_id, title=title, **values)


class TermDialog(FormDialog):
    """Appoints someone to a seat (no `term_id`), changes a term's dates, or ends it (`ending`)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, seat_id: int,
                 term_id: int | None = None, ending: bool = False):
        super().__init__(parent)
        self.bench = bench
        self.seat_id = seat_id
        self.term_id = term_id
        self.ending = ending
        self.ui = Ui_TermDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"person": ui.person, "start_on": ui.startOn, "end_on": ui.endOn}
        today = bench.today()
        seat = bench.read(seats.seat_detail, seat_id)
        self.seat_title = seat.title
        ui.seat.setText(self.tr("Seat: <b>{title}</b> ({sector})").format(title=escape(seat.title),
                                                                       sector=seat.sector.label()))
        ui.endOn.set_check_text(self.tr("a fixed end date"))
        if term_id is None:
            self.setWindowTitle(self.tr("Appoint to a seat"))
            self.person_name = ""
            self._fill_people()
            # Someone new for the seat most likely comes from the body that nominates to it.
            offer_new_person(ui.person, bench, self._fill_people,
                             options=lambda: {"organisation_id": seat.nominating_org_id})
            ui.startOn.set_value(today)
            ui.endOn.set_optional(True)
            ui.endOn.set_value(None, add_months(today, USUAL_TERM_MONTHS))
        else:
            self._load_term(term_id, ending, today)
        self.resize(max(self.width(), 520), self.sizeHint().height())

    def _fill_people(self) -> None:
        people = self.bench.read(members.person_rows)
        self.names = {row.person_id: row.name for row in people}
        fill_pairs(self.ui.person, [(row.person_id, self._person_text(row)) for row in people],
                   self.tr("Choose who is taking the seat…"))

    def _load_term(self, term_id: int, ending: bool, today: dt.date) -> None:
        ui = self.ui
        term = self.bench.read(seats.term_view, term_id)
        self.person_name = term.person
        # A term belongs to one person: to put someone else in the seat, end this term and appoint them.
        fill_pairs(ui.person, [(term.person_id, term.person)])
        ui.person.setEnabled(False)
        ui.startOn.set_value(term.start_on)
        if ending:
            self.setWindowTitle(self.tr("End a term"))
            ui.endOn.set_optional(False)
            ui.endOn.set_value(term.end_on if term.end_on is not None and term.end_on < today else today)
            ui.endLabel.setText(self.tr("&Last day:"))
            ui.startOn.setEnabled(False)
        else:
            self.setWindowTitle(self.tr("Change a term"))
            ui.endOn.set_optional(True)
            ui.endOn.set_value(term.end_on, add_months(term.start_on, USUAL_TERM_MONTHS))

    def _person_text(self, row: members.PersonRow) -> str:
        return f"{row.name} — {row.organisation}" if row.organisation else row.name

    def save(self):
        ui = self.ui
        if self.term_id is None:
            person = self.names.get(ui.person.currentData(), "")
            return self.bench.perform(
                self.tr("Appoint {person} to “{seat}”").format(person=person, seat=self.seat_title),
                seats.appoint, self.seat_id, ui.person.currentData(), ui.startOn.value(), ui.endOn.value())
        words = self.tr("End {person}'s term on “{seat}”") if self.ending else \
            self.tr("Change {person}'s term on “{seat}”")
        return self.bench.perform(words.format(person=self.person_name, seat=self.seat_title),
                                  seats.change_term, self.term_id, ui.startOn.value(), ui.endOn.value())
