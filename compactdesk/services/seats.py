"""Seats on the group, who has held each, and the balance between sectors."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import SeatFill, Sector, TermState
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.own_words import in_language
from compactdesk.domain.rules import Balance, holds_on, sector_balance, term_state, vacancy, vacancy_over
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, choice, fetch, fetch_optional, fetch_row, not_before
from compactdesk.services.make_up import intended_seats
from compactdesk.store.models import Organisation, Person, Seat, SeatTerm

# update_seat's default for the vacancy's day: keep the one held (None takes it away).
KEEP = object()


def _seat_fields(session: Session, *, title, title_cy, sector, fill, reserved_for, nominating_org_id, notes) -> dict:
    fill = choice(SeatFill, fill, translate("Seats", "way of filling the seat"), "fill")
    reserved_for = text.optional(reserved_for, translate("Seats", "who the seat is reserved for"), "reserved_for")
    if fill is SeatFill.RESERVED and not reserved_for:
        raise ValidationError(translate("Seats", "Say who the reserved seat is for, for example 'BME forum'."),
                              "reserved_for")
    return {
        "title": text.required(title, translate("Seats", "the seat's title"), "title"),
        **({} if title_cy is None else {"title_cy": text.optional(
            title_cy, translate("Seats", "the seat's title in Welsh"), "title_cy")}),
        "sector": choice(Sector, sector, translate("Seats", "sector"), "sector"),
        "fill": fill,
        "reserved_for": reserved_for,
        "nominating_org": fetch_optional(session, Organisation, nominating_org_id,
                                         translate("Seats", "nominating organisation"), "nominating_org"),
        "notes": text.optional(notes, translate("Seats", "the notes"), "notes", multiline=True),
    }


def add_seat(session: Session, title: str, sector: Sector | str, fill: SeatFill | str, *, reserved_for: str = "",
             nominating_org_id: int | None = None, notes: str = "", title_cy: str = "", brief: str = "",
             vacancy_on: dt.date | str | None = None, vacancy_reason: str = "") -> Seat:
    """A new seat, last in order; `title_cy` is its title in Welsh ("" for none: the English is used), `brief` what
    it covers (social services, lifelong learning…), and `vacancy_on` and `vacancy_reason` since when it has been
    empty and why (awaiting nomination after the election…)."""
    seat = Seat(**_seat_fields(session, title=title, title_cy=title_cy, sector=sector, fill=fill,
                               reserved_for=reserved_for, nominating_org_id=nominating_org_id, notes=notes))
    seat.brief = _brief(brief)
    seat.vacancy_on, seat.vacancy_reason = _vacancy(seat, vacancy_on, vacancy_reason)
    # After the highest, not the count: a deleted seat would leave the count pointing at a position in use.
    seat.position = session.scalar(select(func.coalesce(func.max(Seat.position), -1))) + 1
    session.add(seat)
    session.flush()
    return seat


def update_seat(session: Session, seat_id: int, *, title: str, sector: Sector | str, fill: SeatFill | str,
                reserved_for: str = "", nominating_org_id: int | None = None, notes: str = "",
                title_cy: str | None = None, brief: str | None = None, vacancy_on=KEEP,
                vacancy_reason: str | None = None) -> Seat:
    """Changes a seat. Its Welsh title, brief, and vacancy's day and reason each stay as held unless given
    ("" takes a text away, None the vacancy's day)."""
    seat = fetch(session, Seat, seat_id, translate("Seats", "seat"))
    fields = _seat_fields(session, title=title, title_cy=title_cy, sector=sector, fill=fill,
                          reserved_for=reserved_for, nominating_org_id=nominating_org_id, notes=notes)
    if brief is not None:
        fields["brief"] = _brief(brief)
    if vacancy_on is not KEEP or vacancy_reason is not None:
        fields["vacancy_on"], fields["vacancy_reason"] = _vacancy(
            seat, seat.vacancy_on if vacancy_on is KEEP else vacancy_on,
            seat.vacancy_reason if vacancy_reason is None else vacancy_reason)
    for key, value in fields.items():
        setattr(seat, key, value)
    return seat


def _brief(brief: str | None) -> str:
    return text.optional(brief, translate("Seats", "what the seat covers"), "brief")


def _vacancy(seat: Seat, vacancy_on, vacancy_reason) -> tuple[dt.date | None, str]:
    """The vacancy's day and reason, checked: a reason belongs to a vacancy with a day, and a seat is not empty on
    a day someone holds it."""
    day = as_date(vacancy_on, translate("Seats", "the day the seat became vacant"), "vacancy_on", required=False)
    reason = text.optional(vacancy_reason, translate("Seats", "why the seat is vacant"), "vacancy_reason")
    if reason and day is None:
        raise ValidationError(translate(
            "Seats", "Say since when the seat has been vacant: the reason belongs to that vacancy, and is not shown "
            "once the seat is filled again."), "vacancy_on")
    for term in seat.terms if day is not None else ():
        if holds_on(day, term.start_on, term.end_on):
            until = uk_date(term.end_on) if term.end_on else translate("Seats", "no end date")
            raise ValidationError(translate(
                "Seats", "{person} holds the seat on {day} (the term from {start} to {end}). A vacancy starts after "
                "a term ends: give a later day, or end the term first.",
            ).format(person=term.person.name, day=uk_date(day), start=uk_date(term.start_on), end=until),
                "vacancy_on")
    return day, reason


def _overlaps(a_start: dt.date, a_end: dt.date | None, b_start: dt.date, b_end: dt.date | None) -> bool:
    return a_start <= (b_end or dt.date.max) and b_start <= (a_end or dt.date.max)


def _check_term(seat: Seat, start: dt.date, end: dt.date | None, term_id: int | None) -> None:
    not_before(end, start, translate("Seats", "the end of the term"), translate("Seats", "its start"), "end_on")
    for other in seat.terms:
        if other.id != term_id and _overlaps(start, end, other.start_on, other.end_on):
            until = uk_date(other.end_on) if other.end_on else translate("Seats", "no end date")
            raise ValidationError(translate(
                "Seats", "{person} already holds this seat from {start} to {end}. "
                "End that term first, or choose dates that do not overlap.",
            ).format(person=other.person.name, start=uk_date(other.start_on), end=until), "start_on")


def appoint(session: Session, seat_id: int, person_id: int | None, start_on: dt.date | str,
            end_on: dt.date | str | None = None) -> SeatTerm:
    seat = fetch(session, Seat, seat_id, translate("Seats", "seat"))
    if person_id is None:  # nobody chosen yet: "no longer in this store" would mislead
        raise ValidationError(translate("Seats", "Choose who is taking the seat."), "person")
    person = fetch(session, Person, person_id, translate("Seats", "person"), "person")
    start = as_date(start_on, translate("Seats", "the start of the term"), "start_on")
    end = as_date(end_on, translate("Seats", "the end of the term"), "end_on", required=False)
    _check_term(seat, start, end, None)
    term = SeatTerm(seat=seat, person=person, start_on=start, end_on=end)
    session.add(term)
    session.flush()
    return term


def change_term(session: Session, term_id: int, start_on: dt.date | str, end_on: dt.date | str | None) -> SeatTerm:
    term = fetch(session, SeatTerm, term_id, translate("Seats", "term"))
    start = as_date(start_on, translate("Seats", "the start of the term"), "start_on")
    end = as_date(end_on, translate("Seats", "the end of the term"), "end_on", required=False)
    _check_term(term.seat, start, end, term.id)
    term.start_on, term.end_on = start, end
    return term


def remove_term(session: Session, term_id: int) -> None:
    session.delete(fetch(session, SeatTerm, term_id, translate("Seats", "term")))


def delete_seat(session: Session, seat_id: int) -> None:
    """Removes a seat that has never been held.

    A seat with terms is refused rather than cascaded away: its terms are the
    record of who represented which sector when, which the annual review and
    the sector balance over time rest on, and a delete would take them silently.
    A seat added by mistake has no terms (or its few can be removed first); a
    seat the group no longer fills is better left vacant with a note.
    """
    seat = fetch(session, Seat, seat_id, translate("Seats", "seat"))
    if seat.terms:
        count = len(seat.terms)
        raise ValidationError(translate(
            "Seats", "{title} has a history of %n term(s), which removing it would lose. "
            "If the seat was added by mistake, remove its terms first; a seat no longer used can stay vacant.",
            None, count).format(title=in_language(seat.title, seat.title_cy)))
    session.delete(seat)


@dataclass(frozen=True)
class SeatView:
    seat_id: int
    title: str  # in the language spoken now (its Welsh title, where it has one, when Welsh is spoken)
    sector: Sector
    fill: SeatFill
    reserved_for: str
    holder: str | None
    holder_id: int | None
    term_start: dt.date | None
    term_end: dt.date | None
    vacant_since: dt.date | None  # the day typed for this vacancy, else the day after the last term ended
    state: TermState
    nominated_by: str = ""  # the nominating organisation's name
    term_id: int | None = None  # the term held now
    terms: int = 0  # how many terms the seat has ever had
    brief: str = ""  # what the seat covers (social services, lifelong learning…)
    vacancy_reason: str = ""  # why it is empty, while the vacancy it was given for lasts


def seat_overview(session: Session, today: dt.date, warning_days: int = 60) -> list[SeatView]:
    seats = session.scalars(select(Seat).options(selectinload(Seat.terms).selectinload(SeatTerm.person),
                                                 selectinload(Seat.nominating_org))
                            .order_by(Seat.position, Seat.id))
    views = []
    for seat in seats:
        current = next((t for t in seat.terms if holds_on(today, t.start_on, t.end_on)), None)
        vacant_since, reason = vacancy(today, ((t.start_on, t.end_on) for t in seat.terms),
                                       typed_on=seat.vacancy_on, reason=seat.vacancy_reason)
        views.append(SeatView(
            seat.id, in_language(seat.title, seat.title_cy), seat.sector, seat.fill, seat.reserved_for,
            current.person.name if current else None, current.person_id if current else None,
            current.start_on if current else None, current.end_on if current else None, vacant_since,
            term_state(today, held=current is not None, term_end=current.end_on if current else None,
                       warning_days=warning_days),
            nominated_by=seat.nominating_org.name if seat.nominating_org else "",
            term_id=current.id if current else None, terms=len(seat.terms), brief=seat.brief,
            vacancy_reason=reason))
    return views


def balance(session: Session, today: dt.date) -> Balance:
    """The seats and those filled on `today`, by side and by sector, against the group's make-up (services/make_up)
    or, where it agreed none, the usual parity."""
    return sector_balance(((view.sector, view.holder is not None) for view in seat_overview(session, today)),
                          intended_seats(session))


@dataclass(frozen=True)
class TermView:
    term_id: int
    seat_id: int
    seat: str  # its title in the language spoken now
    person_id: int
    person: str
    start_on: dt.date
    end_on: dt.date | None


def _term_query():
    return (select(SeatTerm.id, SeatTerm.seat_id, Seat.title, Seat.title_cy, SeatTerm.person_id, Person.name,
                   SeatTerm.start_on, SeatTerm.end_on)
            .join(Seat, Seat.id == SeatTerm.seat_id).join(Person, Person.id == SeatTerm.person_id))


def _term(found) -> TermView:
    ident, seat_id, title, title_cy, *rest = found
    return TermView(ident, seat_id, in_language(title, title_cy), *rest)


def history(session: Session, seat_id: int) -> list[TermView]:
    """Who held the seat when, earliest first."""
    fetch(session, Seat, seat_id, translate("Seats", "seat"))
    return [_term(found) for found in session.execute(
        _term_query().where(SeatTerm.seat_id == seat_id).order_by(SeatTerm.start_on, SeatTerm.id))]


def term_view(session: Session, term_id: int) -> TermView:
    return _term(fetch_row(session, _term_query(), SeatTerm, term_id, translate("Seats", "term")))


@dataclass(frozen=True)
class SeatDetail:
    """One seat's stored fields, for the form that edits it."""

    seat_id: int
    title: str
    sector: Sector
    fill: SeatFill
    reserved_for: str
    nominating_org_id: int | None
    notes: str
    title_cy: str = ""  # its title in Welsh, as held ("" for none)
    brief: str = ""
    vacancy_on: dt.date | None = None  # as typed (see seat_detail)
    vacancy_reason: str = ""
    empty_since: dt.date | None = None  # given today: since when the seat has been empty (typed or worked out)


def seat_detail(session: Session, seat_id: int, today: dt.date | None = None) -> SeatDetail:
    """The seat's fields as held. Given `today`, a vacancy the seat has since been filled after (see
    rules.vacancy_over) is left out, so that the form that edits the seat does not offer it again (a vacancy
    still to come stays), and `empty_since` says since when the seat has been empty, for the form to offer."""
    seat = fetch(session, Seat, seat_id, translate("Seats", "seat"))
    day, reason, empty_since = seat.vacancy_on, seat.vacancy_reason or "", None
    if today is not None:
        terms = [(term.start_on, term.end_on) for term in seat.terms]
        if day is not None and day <= today and vacancy_over(today, terms, day):
            day, reason = None, ""
        empty_since = vacancy(today, terms, typed_on=seat.vacancy_on)[0]
    return SeatDetail(seat.id, seat.title, seat.sector, seat.fill, seat.reserved_for, seat.nominating_org_id,
                      seat.notes, seat.title_cy or "", seat.brief or "", day, reason, empty_since)
