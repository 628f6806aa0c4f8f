"""What a meeting shows, read without changing anything: the list of meetings, a meeting's
agenda, papers and attendance, and the people to choose from. Read as columns where a
store holds many (no objects), one meeting at a time where it is about one.

services.meetings makes the changes and offers these same names to its callers."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain.enums import Attendance, MeetingKind, MeetingStatus, Sector, StandingItem
from compactdesk.domain.own_words import in_language, item_title
from compactdesk.i18n import translate
from compactdesk.services.common import fetch, fetch_row, storable_id
from compactdesk.store.models import AgendaItem, AgendaPaper, AttendanceRecord, Meeting, Person, Seat, SeatTerm


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    kind: MeetingKind
    starts_at: dt.datetime
    venue: str
    status: MeetingStatus
    apologies_to: str
    notes: str
    upcoming: bool  # today or later, as `next_meeting` counts it


def _meeting_query(today: dt.date):
    # "Upcoming" is worked out in SQL, from midnight today as next_meeting counts it.
    return select(Meeting.id, Meeting.kind, Meeting.starts_at, Meeting.venue, Meeting.status, Meeting.apologies_to,
                  Meeting.notes, Meeting.starts_at >= dt.datetime.combine(today, dt.time()))


def meeting_rows(session: Session, today: dt.date) -> list[MeetingRow]:
    """Every meeting, oldest first, read as columns (no objects)."""
    return [MeetingRow(*found) for found in session.execute(_meeting_query(today).order_by(Meeting.starts_at,
                                                                                           Meeting.id))]


def meeting_row(session: Session, meeting_id: int, today: dt.date) -> MeetingRow:
    return MeetingRow(*fetch_row(session, _meeting_query(today), Meeting, meeting_id,
                                 translate("Meetings", "meeting")))


@dataclass(frozen=True)
class AgendaRow:
    item_id: int
    meeting_id: int
    position: int
    title: str  # in the language spoken now; title_english and title_welsh are as held
    standing: StandingItem | None
    presenter: str  # as shown: the person chosen and/or the words typed
    presenter_id: int | None
    presenter_text: str  # the words typed, as stored
    minutes_allowed: int | None
    description: str
    minutes: str
    decisions: str
    paper_count: int
    title_english: str = ""
    title_welsh: str = ""  # "" when none was given

    @property
    def number(self) -> int:
        return self.position + 1


def _presenter(item: AgendaItem) -> str:
    names = [item.presenter_person.name if item.presenter_person else "", item.presenter]
    return " — ".join(dict.fromkeys(name for name in names if name))


def agenda_rows(session: Session, meeting_id: int) -> list[AgendaRow]:
    """The meeting's items in agenda order, with the number of papers each has."""
    fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    papers = dict(session.execute(
        select(AgendaPaper.item_id, func.count(AgendaPaper.id)).join(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id).group_by(AgendaPaper.item_id)).all())
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                            .options(selectinload(AgendaItem.presenter_person))
                            .order_by(AgendaItem.position, AgendaItem.id))
    return [AgendaRow(item.id, item.meeting_id, item.position, item_title(item.title, item.title_cy, item.standing),
                      item.standing, _presenter(item), item.presenter_id, item.presenter, item.minutes_allowed,
                      item.description, item.minutes, item.decisions, papers.get(item.id, 0), item.title,
                      item.title_cy or "") for item in items]


@dataclass(frozen=True)
class PaperRow:
    paper_id: int
    item_id: int
    filename: str
    media_type: str
    size: int
    added_on: dt.date


def paper_rows(session: Session, meeting_id: int) -> list[PaperRow]:
    """Every paper on the meeting's agenda (without the bytes), item by item."""
    if not storable_id(meeting_id):
        return []
    query = (select(AgendaPaper.id, AgendaPaper.item_id, AgendaPaper.filename, AgendaPaper.media_type,
                    AgendaPaper.size, AgendaPaper.added_on).join(AgendaItem)
             .where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position, AgendaPaper.id))
    return [PaperRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class RosterRow:
    person_id: int
    name: str
    organisation: str
    seat: str  # the seat or seats held on the meeting's day; "" for someone not on a seat
    sector: Sector | None
    status: Attendance | None  # None: not recorded yet
    substitute_for_id: int | None
    substitute_for: str


def attendance_roster(session: Session, meeting_id: int) -> list[RosterRow]:
    """Everyone who holds a seat on the meeting's day, in seat order, then anyone
    else recorded at the meeting (officers, substitutes), by name."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    day = meeting.starts_at.date()
    records = {record.person_id: record for record in session.scalars(
        select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting.id)
        .options(selectinload(AttendanceRecord.person).selectinload(Person.organisation),
                 selectinload(AttendanceRecord.substitute_for)))}
    terms = session.scalars(
        select(SeatTerm).join(Seat).where(SeatTerm.start_on <= day, or_(SeatTerm.end_on.is_(None),
                                                                        SeatTerm.end_on >= day))
        .options(selectinload(SeatTerm.seat), selectinload(SeatTerm.person).selectinload(Person.organisation))
        .order_by(Seat.position, Seat.id))
    holders: dict[int, tuple[Person, list[Seat]]] = {}
    for term in terms:
        holders.setdefault(term.person_id, (term.person, []))[1].append(term.seat)

    def row(person: Person, seats_held: list[Seat]) -> RosterRow:
        record = records.get(person.id)
        standing_in_for = record.substitute_for if record is not None else None
        return RosterRow(person.id, person.name, person.organisation.name if person.organisation else "",
                         ", ".join(in_language(seat.title, seat.title_cy) for seat in seats_held),
                         seats_held[0].sector if seats_held else None,
                         record.status if record is not None else None,
                         standing_in_for.id if standing_in_for else None,
                         standing_in_for.name if standing_in_for else "")

    rows = [row(person, held) for person, held in holders.values()]
    others = sorted((record.person for person_id, record in records.items() if person_id not in holders),
                    key=lambda person: (person.name.casefold(), person.id))
    return rows + [row(person, []) for person in others]


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str
    organisation: str


def people_choices(session: Session) -> list[PersonChoice]:
    """Everyone in the store, by name, for presenter and attendance choices."""
    people = session.scalars(select(Person).options(selectinload(Person.organisation)))
    return sorted((PersonChoice(person.id, person.name, person.organisation.name if person.organisation else "")
                   for person in people), key=lambda choice_: (choice_.name.casefold(), choice_.person_id))
