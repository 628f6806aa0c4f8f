"""Writing one imported row of each kind, through the services, matching what is already held.

Each writer takes the row's values as read (field key -> str, dt.date, bool, enum or None) and returns the RowWork
saying what it added and what it found held; a ValidationError (a service's rule, or a row that cannot be written
as it is) refuses the row, and the caller takes back whatever the row had begun.
"""

import datetime as dt

from compactdesk.domain.enums import AnswerHow, SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind
from compactdesk.domain.names import name_key
from compactdesk.domain.sector_words import sector_named
from compactdesk.i18n import translate
from compactdesk.services import actions, feedback, seats
from compactdesk.services.import_records import Held, Records, RowWork
from compactdesk.services.import_values import uk_numeric_date
from compactdesk.store.models import Organisation, Person


def _text(values: dict, key: str) -> str:
    value = values.get(key)
    return value if isinstance(value, str) else ""


def write_person(records: Records, values: dict, today: dt.date) -> RowWork:
    work = RowWork()
    records.person(_text(values, "name"), work, email=_text(values, "email"),
                   organisation=_text(values, "organisation"), role=_text(values, "role"),
                   department=_text(values, "department"), phone=_text(values, "phone"),
                   address=_text(values, "address"), champion=bool(values.get("champion")),
                   notes=_text(values, "notes"))
    return work


def write_organisation(records: Records, values: dict, today: dt.date) -> RowWork:
    work = RowWork()
    records.organisation(_text(values, "name"), work, sector=values.get("sector"), notes=_text(values, "notes"),
                         guess_sector=False)
    return work


def write_seat(records: Records, values: dict, today: dt.date) -> RowWork:
    work = RowWork()
    holder, start, end = _text(values, "holder"), values.get("start_on"), values.get("end_on")
    if not holder and (start is not None or end is not None):
        raise ValidationError(translate(
            "Import", "The term's dates are given, but not who held the seat. Give the member's name, or clear the "
                      "dates."), "holder")
    seat = _seat(records, values, work)
    if not holder:
        return work
    person = records.person(holder, work, email=_text(values, "email"), organisation=_text(values, "organisation"))
    if start is None:
        # No start date: the term starts the day of the import, as the set-up assistant's does (services/setup.py);
        # on a later import the same row is the term already held, not a second one.
        if (held := records.term_held(seat.ident, person.ident, today)) is not None:
            work.matched.append(_term_words(person, seat, held))
            return work
        start = today
    term = (seat.ident, person.ident, start)
    described = _term_words(person, seat, start)
    if term in records.terms:
        work.matched.append(described)
        return work
    records.keep_loaded(Person, person.ident)
    seats.appoint(records.session, seat.ident, person.ident, start, end)
    records.remember(records.terms, term, end)
    if values.get("start_on") is None:
        work.added.append(translate("Import", "{term} (new term; the file gives no start date, so it starts on the "
                                              "day of the import)").format(term=described))
    else:
        work.added.append(translate("Import", "{term} (new term)").format(term=described))
    return work


def _term_words(person: Held, seat: Held, start: dt.date) -> str:
    return translate("Import", "{person}'s term in {seat} from {start}").format(
        person=person.name, seat=seat.name, start=uk_numeric_date(start))


def _seat(records: Records, values: dict, work: RowWork) -> Held:
    key = name_key(_text(values, "seat"))
    if (held := records.seats.get(key)) is not None:
        work.found(held)
        return held
    reserved_for = _text(values, "reserved_for")
    fill = values.get("fill") or (SeatFill.RESERVED if reserved_for else SeatFill.SELECTED)
    # With no sector given, the seat's title ("Council seat 1") or its member's organisation says it; the
    # balance between sectors rests on it, so a guess is shown with the seat, to be changed on People & seats.
    organisation = _text(values, "organisation")
    sector = (values.get("sector") or sector_named(_text(values, "seat"))
              or (records.sector_of(organisation) if organisation else None) or Sector.VCS)
    made = seats.add_seat(records.session, _text(values, "seat"), sector, fill, reserved_for=reserved_for)
    records.keep(made)
    held = Held(made.id, made.title, row=records.row)
    records.remember(records.seats, key, held)
    work.added.append(translate("Import", "{title} (new seat, {sector})").format(title=made.title,
                                                                               sector=sector.label()))
    return held


def write_target(records: Records, values: dict, today: dt.date) -> RowWork:
    work = RowWork()
    note, noted_on, done_on = _text(values, "progress"), values.get("progress_on"), values.get("completed_on")
    if noted_on is not None and not note:
        raise ValidationError(translate(
            "Import", "A progress date is given but no progress. Write what progress was made, or clear the date."),
            "progress")
    key = name_key(_text(values, "title"))
    target = records.targets.get(key)
    if target is not None:
        work.found(target)
    else:
        lead = records.person(_text(values, "lead"), work) if _text(values, "lead") else None
        partner = records.organisation(_text(values, "partner"), work) if _text(values, "partner") else None
        for model, held in ((Person, lead), (Organisation, partner)):
            if held is not None:
                records.keep_loaded(model, held.ident)
        made = actions.add_target(records.session, _text(values, "title"), measure=_text(values, "measure"),
                                  partner_id=partner.ident if partner else None, lead_id=lead.ident if lead else None,
                                  start_on=values.get("start_on"), deadline=values.get("deadline"))
        records.keep(made)
        target = Held(made.id, made.title, row=records.row, extra={"completed_on": None})
        records.remember(records.targets, key, target)
        work.added.append(translate("Import", "{title} (new target)").format(title=made.title))
    if note and name_key(note) not in records.progress_of(target):
        on = noted_on or today
        actions.record_progress(records.session, target.ident, on, note)
        records.remember_in(records.progress_of(target), name_key(note))
        work.added.append(translate("Import", "progress on {title} dated {day}").format(
            title=target.name, day=uk_numeric_date(on)))
    if done_on is not None and target.extra.get("completed_on") is None:
        actions.complete_target(records.session, target.ident, done_on)
        records.change(target, "completed_on", done_on)
        work.added.append(translate("Import", "{title} done on {day}").format(
            title=target.name, day=uk_numeric_date(done_on)))
    return work


def write_feedback(records: Records, values: dict, today: dt.date) -> RowWork:
    work = RowWork()
    answered_on, summary = values.get("answered_on"), _text(values, "answer_summary")
    if summary and answered_on is None:
        raise ValidationError(translate(
            "Import", "An answer is given but not the day it was answered. Give the date answered, or clear the "
                      "answer."), "answered_on")
    department = _text(values, "department")
    officer = records.person(_text(values, "officer"), work, department=department)
    raised_on = values["raised_on"]
    item = records.feedback_item(_text(values, "issue"), officer, raised_on)
    if item is not None:
        work.found(item)
    else:
        records.keep_loaded(Person, officer.ident)
        made = feedback.request_feedback(records.session, _text(values, "issue"), officer.ident, raised_on=raised_on,
                                         department=department or None, due_on=values.get("due_on"),
                                         detail=_text(values, "detail"),
                                         by_next_meeting=records.feedback_by_next_meeting)
        records.keep(made)
        item = Held(made.id, made.issue, row=records.row, extra={"answered_on": None})
        records.add_feedback_item(officer, raised_on, item)
        work.added.append(translate("Import", "{issue} (new feedback owed by {officer})").format(
            issue=made.issue, officer=officer.name))
    if answered_on is not None and item.extra.get("answered_on") is None:
        # The file does not say how the officer answered; "another way" claims neither a letter nor a meeting.
        feedback.mark_answered(records.session, item.ident, answered_on, AnswerHow.OTHER, summary)
        records.change(item, "answered_on", answered_on)
        work.added.append(translate("Import", "{issue} answered on {day}").format(
            issue=item.name, day=uk_numeric_date(answered_on)))
    return work


WRITERS = {
    ImportKind.PEOPLE: write_person,
    ImportKind.ORGANISATIONS: write_organisation,
    ImportKind.SEATS: write_seat,
    ImportKind.TARGETS: write_target,
    ImportKind.FEEDBACK: write_feedback,
}
