"""Setting up a group's file in one go: what the set-up assistant (File ▸ Set up the group…) gathers, written by one
call, so the whole set-up is one transaction and one undo step.

Nothing held is duplicated: an organisation, person or seat already in the file under the same name (case and
spacing ignored) is used, not added again, and a term its holder already has is not added twice. So the assistant
can be run again on a file already set up, to add partners, seats or a meeting.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import CompactStatus, MeetingKind, SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.sector_words import sector_named
from compactdesk.domain.rules import Standards
from compactdesk.i18n import translate
from compactdesk.services import compact as compacts
from compactdesk.services import meetings, members, seats
from compactdesk.services.common import as_date
from compactdesk.store.models import Compact, Meeting, Organisation, Person, Seat

GROUP_LABELS = ("liaison group", "steering group")  # the words offered; any other may be typed
CHAMPION_LABELS = ("champion", "representative")


@dataclass
class SeatLine:
    """One row of the assistant's grid: a seat and, when it is filled, its member and their organisation."""

    seat: str = ""
    sector: Sector | str = ""  # a Sector, its value or label, or a common word ("VCS", "council"); "": voluntary
    member: str = ""
    organisation: str = ""
    email: str = ""
    start_on: dt.date | str | None = None  # "": the day the group is set up

    def is_blank(self) -> bool:
        return not any(text.clean(str(value or "")) for value in
                       (self.seat, self.sector, self.member, self.organisation, self.email, self.start_on))


@dataclass
class FirstMeeting:
    day: dt.date
    at: dt.time = dt.time(10, 0)
    venue: str = ""
    standing_items: bool = True


@dataclass
class GroupSetup:
    """Everything the assistant gathers. An empty part is skipped: no name leaves the compact as it is (a file with
    no compact needs one, though, for partner bodies), no seats add none, no meeting plans none."""

    name: str = ""
    area: str = ""
    group_label: str = GROUP_LABELS[0]
    champion_label: str = CHAMPION_LABELS[0]
    standards: Standards | None = None  # None: the compact's own (the national defaults on a new one)
    partners: list[str] = field(default_factory=list)  # partner bodies' names; one not held is added
    seats: list[SeatLine] = field(default_factory=list)
    meeting: FirstMeeting | None = None


@dataclass(frozen=True)
class SetupResult:
    compact_id: int | None
    partner_ids: tuple[int, ...]
    seat_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    meeting_id: int | None


def is_new_file(session: Session) -> bool:
    """Nothing recorded yet: no compact, people, organisations, seats or meetings."""
    return not any(session.scalar(select(func.count()).select_from(model))
                   for model in (Compact, Person, Organisation, Seat, Meeting))


def _key(name: str) -> str:
    return text.clean(name).casefold()


def read_sector(typed: Sector | str, default: Sector = Sector.VCS) -> Sector:
    """The sector a grid's cell or a partner body's name means; `default` when it names none."""
    return sector_named(typed) or default


def suggested_partners(area: str) -> list[tuple[str, Sector]]:
    """The public bodies most compacts are signed by, named from the area ("Powys County Council")."""
    area = text.clean(area)
    names = ((translate("Setup", "{area} County Council"), Sector.COUNCIL),
             (translate("Setup", "{area} Health Board"), Sector.HEALTH),
             (translate("Setup", "{area} Police"), Sector.POLICE),
             (translate("Setup", "{area} Fire and Rescue Service"), Sector.FIRE))
    return [(text.clean(name.format(area=area)), sector) for name, sector in names]


def _organisation(session: Session, name: str, sector: Sector, field_name: str) -> Organisation:
    key = _key(name)
    held = next((org for org in session.scalars(select(Organisation)) if org.name.casefold() == key), None)
    if held is not None:
        return held
    try:
        return members.add_organisation(session, name, sector)
    except ValidationError as error:
        raise ValidationError(error.message, field_name) from None


def _person(session: Session, name: str, organisation: Organisation | None, email: str) -> Person:
    key = _key(name)
    held = next((person for person in session.scalars(select(Person)) if person.name.casefold() == key), None)
    if held is None:
        return members.add_person(session, name, organisation_id=organisation.id if organisation else None,
                                  email=email)
    # Nothing held is overwritten; an empty part is filled from what was typed.
    if held.organisation is None and organisation is not None:
        held.organisation = organisation
    if not held.email and email:
        held.email = text.optional(email, translate("Members", "the email address"), "email")
    return held


def _compact(session: Session, setup: GroupSetup, today: dt.date) -> Compact | None:
    held = compacts.get_compact(session)
    if not text.clean(setup.name):
        return held
    if held is None:
        compacts.set_up_compact(session, setup.name, setup.area, status=CompactStatus.JUST_STARTING, status_on=today)
    notes = held.notes if held is not None else ""
    found = compacts.update_compact(session, name=setup.name, area=setup.area, group_label=setup.group_label,
                                    champion_label=setup.champion_label, notes=notes or "")
    if setup.standards is not None:
        compacts.set_standards(session, setup.standards)
    return found


def _partners(session: Session, setup: GroupSetup, compact: Compact | None) -> tuple[int, ...]:
    names = [name for name in dict.fromkeys(text.clean(name) for name in setup.partners) if name]
    if not names:
        return ()
    if compact is None:
        raise ValidationError(translate(
            "Setup", "Partner bodies are recorded on the compact, and this group's file has none yet. Give the "
            "group's name on the first page, or leave the partner bodies for later."), "name")
    found = [_organisation(session, name, read_sector(name, Sector.OTHER_PUBLIC), "partners") for name in names]
    held = [org.id for org in compact.partners]
    compacts.set_partners(session, held + [org.id for org in found])
    return tuple(org.id for org in found)


def seat_title(line: SeatLine, number: int, taken: set[str]) -> str:
    """The row's seat title; a row with a member but none is named from the organisation, else "Member n"
    (numbered on when the grid has the name already). `taken`: the titles (casefolded) named so far."""
    title = text.clean(line.seat)
    if title:
        return title
    base = text.clean(line.organisation) or translate("Setup", "Member {number}").format(number=number)
    title, count = base, 1
    while title.casefold() in taken:
        count += 1
        title = f"{base} ({count})"
    return title


def seat_sector(line: SeatLine) -> Sector:
    """The sector typed; when none, the one the seat's title or else the organisation's name says (a "Council
    seat", "Dyfed-Powys Police"); the voluntary sector when neither says."""
    if text.clean(str(line.sector or "")):
        return read_sector(line.sector)
    return read_sector(line.seat, read_sector(line.organisation))


def _seat(session: Session, title: str, sector: Sector) -> Seat:
    key = _key(title)
    held = next((seat for seat in session.scalars(select(Seat)) if seat.title.casefold() == key), None)
    return held if held is not None else seats.add_seat(session, title, sector, SeatFill.SELECTED)


def _seat_line(session: Session, line: SeatLine, number: int, today: dt.date,
               taken: set[str]) -> tuple[Seat, Person | None]:
    title = seat_title(line, number, taken)
    taken.add(title.casefold())
    sector = seat_sector(line)
    seat = _seat(session, title, sector)
    member = text.clean(line.member)
    if not member:
        return seat, None
    organisation = None
    if text.clean(line.organisation):
        organisation = _organisation(session, line.organisation, sector, "organisation")
    person = _person(session, member, organisation, text.clean(line.email))
    start = as_date(line.start_on, translate("Seats", "the start of the term"), "start_on", required=False) or today
    if not any(term.person_id == person.id for term in seat.terms):
        seats.appoint(session, seat.id, person.id, start)
    return seat, person


def _seats(session: Session, setup: GroupSetup, today: dt.date) -> tuple[tuple[int, ...], tuple[int, ...]]:
    seat_ids, person_ids = [], []
    taken: set[str] = set()  # titles named in this grid: a seat held already under one is the seat meant
    number = 0
    for row, line in enumerate(setup.seats):
        if line.is_blank():
            continue
        number += 1
        try:
            seat, person = _seat_line(session, line, number, today, taken)
        except ValidationError as error:
            # The row is named, so the assistant can take the person to it.
            raise ValidationError(translate("Setup", "Seats, row {number}: {problem}").format(
                number=row + 1, problem=error.message), f"seats.{row}.{error.field or ''}") from None
        seat_ids.append(seat.id)
        if person is not None:
            person_ids.append(person.id)
    return tuple(dict.fromkeys(seat_ids)), tuple(dict.fromkeys(person_ids))


def _meeting(session: Session, first: FirstMeeting | None) -> int | None:
    if first is None:
        return None
    starts = dt.datetime.combine(first.day, first.at.replace(second=0, microsecond=0))
    held = session.scalars(select(Meeting).where(Meeting.starts_at == starts)).first()
    if held is not None:  # the assistant run twice: the meeting already planned for then is the one meant
        return held.id
    try:
        meeting = meetings.create_meeting(session, MeetingKind.LIAISON, starts, venue=first.venue,
                                          standing_items=first.standing_items)
    except ValidationError as error:
        raise ValidationError(error.message, f"meeting.{error.field or ''}") from None
    return meeting.id


def set_up_group(session: Session, setup: GroupSetup, *, today: dt.date) -> SetupResult:
    """Writes everything the assistant gathered, in the caller's transaction (one undo step). A ValidationError's
    field says where to put it right: "name", "area", "group_label", "champion_label", a standard's name,
    "partners", "seats.<row>.<field>" (row 0-based in setup.seats) or "meeting.<field>"."""
    compact = _compact(session, setup, today)
    partner_ids = _partners(session, setup, compact)
    seat_ids, person_ids = _seats(session, setup, today)
    meeting_id = _meeting(session, setup.meeting)
    session.flush()
    return SetupResult(compact.id if compact is not None else None, partner_ids, seat_ids, person_ids, meeting_id)
