"""Setting up a group's file in one go: what the set-up assistant (File ▸ Set up the group…) gathers, written by one
call, so the whole set-up is one transaction and one undo step.

Nothing held is duplicated: an organisation, person or seat already in the file under the same name is used, not
added again, as the import matches them (domain/names.py: case and spacing ignored, accents kept; a person's "Jones,
Ann" is Ann Jones), and a term its holder already has is not added twice. So the assistant can be run again on a file
already set up, to add partners, seats or a meeting. An organisation written only nearly like one held ("Dyfnant
CVC") is never added silently: it is refused (NearOrganisation) until written as held or said to be new.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import CompactStatus, MeetingKind, SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.offered_words import CHAMPION_WORDS, GROUP_WORDS
from compactdesk.domain.names import NearNames, email_key, name_key, turned_round
from compactdesk.domain.sector_words import sector_named
from compactdesk.domain.rules import Standards
from compactdesk.i18n import translate
from compactdesk.services import compact as compacts
from compactdesk.services import meetings, members, seats
from compactdesk.services.common import as_date
from compactdesk.store.models import Compact, Meeting, Organisation, Person, Seat

GROUP_LABELS = GROUP_WORDS  # the words offered (domain/offered_words.py); any other may be typed
CHAMPION_LABELS = CHAMPION_WORDS


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
    group_label: str = GROUP_LABELS[0]  # the English words, held as given (an offered one is shown translated)
    champion_label: str = CHAMPION_LABELS[0]
    # The Welsh forms ("" for none: the English, or the program's Welsh for an offered word, is shown); None
    # leaves a compact's held Welsh as it is.
    name_cy: str | None = None
    group_label_cy: str | None = None
    champion_label_cy: str | None = None
    standards: Standards | None = None  # None: the compact's own (the national defaults on a new one)
    partners: list[str] = field(default_factory=list)  # partner bodies' names; one not held is added
    seats: list[SeatLine] = field(default_factory=list)
    meeting: FirstMeeting | None = None
    # Organisations' names (as typed; compared by name_key) the person has said are new bodies, though written
    # nearly like one held: the file's near names they left as they were, or a NearOrganisation answered.
    new_organisations: list[str] = field(default_factory=list)


class NearOrganisation(ValidationError):
    """An organisation typed that is not held by that name but may be one held by another ("Dyfnant CVC"):
    the person writes it as held, or says it is new (GroupSetup.new_organisations)."""

    def __init__(self, message: str, field_name: str, typed: str):
        super().__init__(message, field_name)
        self.typed = typed


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


def sector_or(typed: Sector | str, default: Sector = Sector.VCS) -> Sector:
    """The sector a grid's cell or a partner body's name means; `default` when it names none (unlike
    import_values.read_sector, which refuses a word that is not a sector)."""
    return sector_named(typed) or default


def suggested_partners(area: str) -> list[tuple[str, Sector]]:
    """The public bodies most compacts are signed by, named from the area ("Powys County Council")."""
    area = text.clean(area)
    names = ((translate("Setup", "{area} County Council"), Sector.COUNCIL),
             (translate("Setup", "{area} Health Board"), Sector.HEALTH),
             (translate("Setup", "{area} Police"), Sector.POLICE),
             (translate("Setup", "{area} Fire and Rescue Service"), Sector.FIRE))
    return [(text.clean(name.format(area=area)), sector) for name, sector in names]


class _Held:
    """The organisations and people in the group's file, read once for the whole set-up and added to as it adds,
    matched as the import matches them (services/import_records.py)."""

    def __init__(self, session: Session, new_organisations: list[str]):
        self.session = session
        self.new_organisations = {name_key(name) for name in new_organisations}
        self.organisations: dict[str, Organisation] = {}
        for organisation in session.scalars(select(Organisation).order_by(Organisation.id)):
            self.organisations.setdefault(name_key(organisation.name), organisation)
        # Only those held are asked about, as the import asks: one this set-up adds is the person's own writing.
        self.near = NearNames((organisation.id, organisation.name) for organisation in self.organisations.values())
        self.people: dict[str, list[Person]] = {}
        for person in session.scalars(select(Person).order_by(Person.id)):
            self._add_person(person)

    def _add_person(self, person: Person) -> None:
        # Held as "Jones, Ann", the person is found by "Ann Jones" too.
        for key in dict.fromkeys((name_key(person.name), name_key(turned_round(person.name)))):
            self.people.setdefault(key, []).append(person)

    def organisation(self, name: str, sector: Sector, field_name: str) -> Organisation:
        """The organisation held by that name, else a new one; a name only near one held is refused unless the
        person has said it is new."""
        key = name_key(name)
        if key in self.organisations:
            return self.organisations[key]
        if key not in self.new_organisations and (near := self.near.of(name, limit=2)):
            raise NearOrganisation(translate(
                "Setup", "“{typed}” is not held by that name; it may be {held}. Write the name as held, or press "
                         "Finish again to add it as a new organisation.").format(
                typed=text.shown(name, 80), held=translate("Setup", " or ").join(held for _, held in near)),
                field_name, name)
        try:
            made = members.add_organisation(self.session, name, sector)
        except ValidationError as error:
            raise ValidationError(error.message, field_name) from None
        self.organisations[key] = made
        return made

    def person(self, name: str, organisation: Organisation | None, email: str) -> Person:
        """The person held by that name (either way round; the one with that email when two are), else a new
        one. Nothing held is overwritten: an empty organisation or email is filled from what was typed."""
        found = self.people.get(name_key(turned_round(name)), [])
        typed_email = email_key(email)
        held = next((person for person in found if typed_email and email_key(person.email) == typed_email),
                    found[0] if found else None)
        if held is None:
            made = members.add_person(self.session, name, email=email,
                                      organisation_id=organisation.id if organisation else None)
            self._add_person(made)
            return made
        fill = {}
        if held.organisation_id is None and organisation is not None:
            fill["organisation_id"] = organisation.id
        if not held.email and email:
            fill["email"] = email
        if fill:  # through the members service, so its every rule applies
            detail = members.person_detail(self.session, held.id)
            members.update_person(self.session, held.id, **({
                "name": detail.name, "role": detail.role, "organisation_id": detail.organisation_id,
                "department": detail.department, "email": detail.email, "phone": detail.phone,
                "address": detail.address, "is_champion": detail.is_champion, "notes": detail.notes} | fill))
        return held


def _compact(session: Session, setup: GroupSetup, today: dt.date) -> Compact | None:
    held = compacts.get_compact(session)
    if not text.clean(setup.name):
        return held
    if held is None:
        compacts.set_up_compact(session, setup.name, setup.area, status=CompactStatus.JUST_STARTING, status_on=today,
                                name_cy=setup.name_cy or "")
    notes = held.notes if held is not None else ""
    found = compacts.update_compact(session, name=setup.name, area=setup.area, group_label=setup.group_label,
                                    champion_label=setup.champion_label, notes=notes or "", name_cy=setup.name_cy,
                                    group_label_cy=setup.group_label_cy, champion_label_cy=setup.champion_label_cy)
    if setup.standards is not None:
        compacts.set_standards(session, setup.standards)
    return found


def _partners(session: Session, setup: GroupSetup, compact: Compact | None, held: _Held) -> tuple[int, ...]:
    names = [name for name in dict.fromkeys(text.clean(name) for name in setup.partners) if name]
    if not names:
        return ()
    if compact is None:
        raise ValidationError(translate(
            "Setup", "Partner bodies are recorded on the compact, and this group's file has none yet. Give the "
            "group's name on the first page, or leave the partner bodies for later."), "name")
    found = [held.organisation(name, sector_or(name, Sector.OTHER_PUBLIC), "partners") for name in names]
    compacts.set_partners(session, [org.id for org in compact.partners] + [org.id for org in found])
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
        return sector_or(line.sector)
    return sector_or(line.seat, sector_or(line.organisation))


def _seat(session: Session, title: str, sector: Sector) -> Seat:
    key = name_key(title)
    held = next((seat for seat in session.scalars(select(Seat).order_by(Seat.id)) if name_key(seat.title) == key),
                None)
    return held if held is not None else seats.add_seat(session, title, sector, SeatFill.SELECTED)


def _seat_line(session: Session, held: _Held, line: SeatLine, number: int, today: dt.date,
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
        organisation = held.organisation(line.organisation, sector, "organisation")
    person = held.person(member, organisation, text.clean(line.email))
    start = as_date(line.start_on, translate("Seats", "the start of the term"), "start_on", required=False) or today
    if not any(term.person_id == person.id for term in seat.terms):
        seats.appoint(session, seat.id, person.id, start)
    return seat, person


def _seats(session: Session, setup: GroupSetup, today: dt.date,
           held: _Held) -> tuple[tuple[int, ...], tuple[int, ...]]:
    seat_ids, person_ids = [], []
    taken: set[str] = set()  # titles named in this grid: a seat held already under one is the seat meant
    number = 0
    for row, line in enumerate(setup.seats):
        if line.is_blank():
            continue
        number += 1
        try:
            seat, person = _seat_line(session, held, line, number, today, taken)
        except ValidationError as error:
            # The row is named, so the assistant can take the person to it.
            message = translate("Setup", "Seats, row {number}: {problem}").format(number=row + 1,
                                                                                  problem=error.message)
            field_name = f"seats.{row}.{error.field or ''}"
            if isinstance(error, NearOrganisation):
                raise NearOrganisation(message, field_name, error.typed) from None
            raise ValidationError(message, field_name) from None
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
    field says where to put it right: "name", "name_cy", "area", "group_label", "champion_label", "group_label_cy",
    "champion_label_cy", a standard's name, "partners", "seats.<row>.<field>" (row 0-based in setup.seats) or
    "meeting.<field>". A NearOrganisation's field is "partners" or "seats.<row>.organisation"."""
    compact = _compact(session, setup, today)
    held = _Held(session, setup.new_organisations)
    partner_ids = _partners(session, setup, compact, held)
    seat_ids, person_ids = _seats(session, setup, today, held)
    meeting_id = _meeting(session, setup.meeting)
    session.flush()
    return SetupResult(compact.id if compact is not None else None, partner_ids, seat_ids, person_ids, meeting_id)
