"""Meetings: agenda, papers, attendance and minutes, and the changes to them.

What a meeting shows is read in services/meeting_rows.py (and what it raised and what
arises at it in services/meeting_records.py); the names stay offered here too."""

import datetime as dt
import hashlib
import mimetypes
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import Attendance, MeetingKind, MeetingStatus, StandingItem
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.own_words import standing_title
from compactdesk.i18n import translate
from compactdesk.services.common import choice, fetch, fetch_optional, storable_id, whole_number
from compactdesk.services.meeting_rows import (
    AgendaRow,
    MeetingRow,
    PaperRow,
    PersonChoice,
    RosterRow,
    agenda_rows,
    attendance_roster,
    meeting_row,
    meeting_rows,
    paper_rows,
    people_choices,
)
from compactdesk.store.models import (
    AgendaItem,
    AgendaPaper,
    AttendanceRecord,
    Feedback,
    Meeting,
    Person,
    Target,
)

__all__ = ["AgendaRow", "FORMAL_KINDS", "MattersArising", "MeetingRow", "PAPER_LIMIT", "PaperRow", "PersonChoice",
           "RosterRow", "STANDING_ORDER", "add_item", "agenda_rows", "attach_paper", "attendance_roster",
           "attendance_summary", "check_paper_size", "create_meeting", "delete_meeting", "last_meeting",
           "list_meetings", "matters_arising", "matters_arising_rows", "meeting_count", "meeting_row",
           "meeting_rows", "move_item", "next_meeting", "paper_content", "paper_rows", "people_choices",
           "raised_from_item", "record_attendance", "remove_attendance", "remove_item", "remove_paper", "set_status",
           "update_item", "update_meeting", "write_minutes"]

STANDING_ORDER = list(StandingItem)
# Items a new item is added in front of, so "any other business" stays near the end.
_CLOSING = {StandingItem.AOB, StandingItem.NEXT_MEETING}
# The meetings that count as "the next meeting" for feedback and the dashboard.
FORMAL_KINDS = (MeetingKind.LIAISON, MeetingKind.SPECIAL, MeetingKind.ANNUAL_REVIEW)
PAPER_LIMIT = 50 * 1024 * 1024


def _when(value: dt.datetime | dt.date | str) -> dt.datetime:
    """A meeting's start, to the minute, in local time; a bare date means 10:00."""
    parsed = value
    if isinstance(value, str):
        typed = value.strip()
        try:
            parsed = dt.date.fromisoformat(typed) if len(typed) == 10 else dt.datetime.fromisoformat(typed)
        except ValueError:
            parsed = None
    if isinstance(parsed, dt.datetime):
        return parsed.replace(tzinfo=None, second=0, microsecond=0)
    if isinstance(parsed, dt.date):
        return dt.datetime.combine(parsed, dt.time(10, 0))
    raise ValidationError(translate(
        "Meetings", "'{value}' is not a date and time CompactDesk can read. "
        "Write it as year-month-day hour:minute, for example 2026-03-03 10:00.",
    ).format(value=text.shown(value)), "starts_at")


def create_meeting(session: Session, kind: MeetingKind | str, starts_at: dt.datetime | str, *, venue: str = "",
                   apologies_to: str = "", notes: str = "", standing_items: bool | None = None) -> Meeting:
    kind = choice(MeetingKind, kind, translate("Meetings", "kind of meeting"), "kind")
    meeting = Meeting(kind=kind, starts_at=_when(starts_at), status=MeetingStatus.PLANNED,
                      venue=text.optional(venue, translate("Meetings", "the venue"), "venue"),
                      apologies_to=text.optional(apologies_to, translate("Meetings", "who takes apologies"),
                                                 "apologies_to"),
                      notes=text.optional(notes, translate("Meetings", "the notes"), "notes", multiline=True))
    if standing_items if standing_items is not None else kind is not MeetingKind.PRE_MEETING:
        # Under the program's English words whatever the interface speaks; with no Welsh title of their own,
        # Welsh papers show the program's Welsh for them (own_words.item_title).
        meeting.items = [AgendaItem(position=i, title=standing_title(item), standing=item)
                         for i, item in enumerate(STANDING_ORDER)]
    session.add(meeting)
    session.flush()
    return meeting


def update_meeting(session: Session, meeting_id: int, *, kind: MeetingKind | str, starts_at: dt.datetime | str,
                   venue: str = "", apologies_to: str = "", notes: str = "") -> Meeting:
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    meeting.kind = choice(MeetingKind, kind, translate("Meetings", "kind of meeting"), "kind")
    meeting.starts_at = _when(starts_at)
    meeting.venue = text.optional(venue, translate("Meetings", "the venue"), "venue")
    meeting.apologies_to = text.optional(apologies_to, translate("Meetings", "who takes apologies"), "apologies_to")
    meeting.notes = text.optional(notes, translate("Meetings", "the notes"), "notes", multiline=True)
    return meeting


def set_status(session: Session, meeting_id: int, status: MeetingStatus | str) -> Meeting:
    """Moves a meeting one step along planned → … → minutes approved, or one step back."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    status = choice(MeetingStatus, status, translate("Meetings", "meeting status"), "status")
    if abs(status.step - meeting.status.step) > 1:
        raise ValidationError(translate(
            "Meetings", "A meeting moves one step at a time: it is '{now}', so it can go to '{next}' next.",
        ).format(now=meeting.status.label(),
                 next=list(MeetingStatus)[min(meeting.status.step + 1, len(MeetingStatus) - 1)].label()), "status")
    meeting.status = status
    return meeting


def delete_meeting(session: Session, meeting_id: int) -> None:
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    if meeting.status is MeetingStatus.MINUTES_APPROVED:
        raise ValidationError(translate(
            "Meetings", "This meeting's minutes are approved; it is part of the record and cannot be removed."))
    session.delete(meeting)


def list_meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.starts_at, Meeting.id)))


def next_meeting(session: Session, today: dt.date, kinds=FORMAL_KINDS) -> Meeting | None:
    return session.scalars(select(Meeting).where(Meeting.kind.in_(kinds),
                                                 Meeting.starts_at >= dt.datetime.combine(today, dt.time()))
                           .order_by(Meeting.starts_at).limit(1)).first()


def last_meeting(session: Session, today: dt.date, kinds=FORMAL_KINDS) -> Meeting | None:
    return session.scalars(select(Meeting).where(Meeting.kind.in_(kinds),
                                                 Meeting.starts_at < dt.datetime.combine(today, dt.time()))
                           .order_by(Meeting.starts_at.desc()).limit(1)).first()


def _renumber(meeting: Meeting) -> None:
    for position, item in enumerate(meeting.items):
        item.position = position


def _item_fields(session: Session, *, title, title_cy, presenter, presenter_id, minutes_allowed, description) -> dict:
    return {
        "title": text.required(title, translate("Meetings", "the item's title"), "title"),
        **({} if title_cy is None else {"title_cy": text.optional(
            title_cy, translate("Meetings", "the item's title in Welsh"), "title_cy")}),
        "presenter": text.optional(presenter, translate("Meetings", "the presenter"), "presenter"),
        "presenter_person": fetch_optional(session, Person, presenter_id, translate("Meetings", "presenter"),
                                           "presenter"),
        "minutes_allowed": None if minutes_allowed in (None, "") else whole_number(
            minutes_allowed, translate("Meetings", "the time allowed in minutes"), "minutes_allowed", low=1, high=600),
        "description": text.optional(description, translate("Meetings", "the description"), "description",
                                     multiline=True),
    }


def add_item(session: Session, meeting_id: int, title: str, *, presenter: str = "", presenter_id: int | None = None,
             minutes_allowed: int | None = None, description: str = "", position: int | None = None,
             title_cy: str = "") -> AgendaItem:
    """A new item on the agenda; `title_cy` is its title in Welsh ("" for none: the English is used)."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    item = AgendaItem(**_item_fields(session, title=title, title_cy=title_cy, presenter=presenter,
                                     presenter_id=presenter_id, minutes_allowed=minutes_allowed,
                                     description=description))
    items = list(meeting.items)
    if position is None:
        position = len(items)
        while position > 0 and items[position - 1].standing in _CLOSING:
            position -= 1
    position = max(0, min(position, len(items)))
    items.insert(position, item)
    meeting.items = items
    _renumber(meeting)
    session.flush()
    return item


def update_item(session: Session, item_id: int, *, title: str, presenter: str = "", presenter_id: int | None = None,
                minutes_allowed: int | None = None, description: str = "", title_cy: str | None = None) -> AgendaItem:
    """Changes an item; its Welsh title stays as held unless `title_cy` is given ("" takes it away)."""
    item = fetch(session, AgendaItem, item_id, translate("Meetings", "agenda item"))
    for key, value in _item_fields(session, title=title, title_cy=title_cy, presenter=presenter,
                                   presenter_id=presenter_id, minutes_allowed=minutes_allowed,
                                   description=description).items():
        setattr(item, key, value)
    return item


def remove_item(session: Session, item_id: int) -> None:
    item = fetch(session, AgendaItem, item_id, translate("Meetings", "agenda item"))
    meeting = item.meeting
    meeting.items.remove(item)
    session.flush()
    _renumber(meeting)


def move_item(session: Session, item_id: int, position: int) -> AgendaItem:
    item = fetch(session, AgendaItem, item_id, translate("Meetings", "agenda item"))
    items = list(item.meeting.items)
    items.remove(item)
    items.insert(max(0, min(int(position), len(items))), item)
    item.meeting.items = items
    _renumber(item.meeting)
    return item


def write_minutes(session: Session, item_id: int, minutes: str, decisions: str = "") -> AgendaItem:
    item = fetch(session, AgendaItem, item_id, translate("Meetings", "agenda item"))
    item.minutes = text.optional(minutes, translate("Meetings", "the minutes"), "minutes", multiline=True)
    item.decisions = text.optional(decisions, translate("Meetings", "the decisions"), "decisions", multiline=True)
    return item


def check_paper_size(filename: str, size: int) -> None:
    """Refuses a paper over the limit; the GUI asks before reading a big file into memory."""
    if size > PAPER_LIMIT:
        raise ValidationError(translate(
            "Meetings", "{name} is {size} MB; a paper can be at most 50 MB. Make a smaller PDF, or share it another way.",
        ).format(name=text.shown(filename, 200), size=size // (1024 * 1024)), "filename")


def attach_paper(session: Session, item_id: int, filename: str, content: bytes, *, added_on: dt.date,
                 media_type: str | None = None) -> AgendaPaper:
    item = fetch(session, AgendaItem, item_id, translate("Meetings", "agenda item"))
    name = text.required(filename, translate("Meetings", "the paper's file name"), "filename")
    check_paper_size(name, len(content))
    # Given by a file dialog or a drop, which can carry anything: cleaned like typed text.
    media_type = text.optional(media_type, translate("Meetings", "the paper's file type"), "media_type")
    paper = AgendaPaper(item=item, filename=name, content=bytes(content), size=len(content), added_on=added_on,
                        media_type=media_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
                        digest=hashlib.sha256(content).hexdigest())
    session.add(paper)
    session.flush()
    return paper


def remove_paper(session: Session, paper_id: int) -> None:
    session.delete(fetch(session, AgendaPaper, paper_id, translate("Meetings", "paper")))


def paper_content(session: Session, paper_id: int) -> bytes:
    return fetch(session, AgendaPaper, paper_id, translate("Meetings", "paper")).content


def record_attendance(session: Session, meeting_id: int, person_id: int, status: Attendance | str, *,
                      substitute_for_id: int | None = None) -> AttendanceRecord:
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    person = fetch(session, Person, person_id, translate("Meetings", "person"), "person")
    status = choice(Attendance, status, translate("Meetings", "attendance"), "status")
    substitute_for = fetch_optional(session, Person, substitute_for_id, translate("Meetings", "member"),
                                    "substitute_for")
    if status is Attendance.SUBSTITUTE and substitute_for is None:
        raise ValidationError(translate("Meetings", "Say which member {name} is standing in for.").format(
            name=person.name), "substitute_for")
    if substitute_for is not None and substitute_for.id == person.id:
        raise ValidationError(translate("Meetings", "Someone cannot stand in for themselves."), "substitute_for")
    record = session.scalars(select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting.id,
                                                            AttendanceRecord.person_id == person.id)).first()
    if record is None:
        record = AttendanceRecord(meeting=meeting, person=person)
        session.add(record)
    record.status = status
    record.substitute_for = substitute_for if status is Attendance.SUBSTITUTE else None
    session.flush()
    return record


def remove_attendance(session: Session, meeting_id: int, person_id: int) -> None:
    if not (storable_id(meeting_id) and storable_id(person_id)):
        return  # no such record can exist: nothing to remove
    record = session.scalars(select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting_id,
                                                            AttendanceRecord.person_id == person_id)).first()
    if record is not None:
        session.delete(record)


def attendance_summary(rows: list[RosterRow]) -> str:
    """E.g. "9 present, 3 sent apologies, 1 absent, 1 substitute; 2 not recorded yet"."""
    counts = Counter(row.status for row in rows)
    count3 = counts[Attendance.PRESENT]
    count2 = counts[Attendance.APOLOGIES]
    count = counts[Attendance.ABSENT]
    parts = [translate("Meetings", "%n present", None, count3),
             translate("Meetings", "%n sent apologies", None, count2),
             translate("Meetings", "%n absent", None, count)]
    if counts[Attendance.SUBSTITUTE]:
        count = counts[Attendance.SUBSTITUTE]
        parts.append(translate("Meetings", "%n substitute(s)", None, count))
    summary = ", ".join(parts)
    if counts[None]:
        count = counts[None]
        summary += translate("Meetings", "; %n not recorded yet", None, count)
    return summary


@dataclass(frozen=True)
class MattersArising:
    targets: list[Target]
    feedback: list[Feedback]


def matters_arising(session: Session, meeting_id: int) -> MattersArising:
    """Open actions and unanswered feedback from earlier meetings, as they stand on this meeting's day."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    day = meeting.starts_at.date()
    earlier = select(Meeting.id).where(Meeting.starts_at < meeting.starts_at)
    targets = session.scalars(
        select(Target).where(Target.meeting_id.in_(earlier),
                             or_(Target.completed_on.is_(None), Target.completed_on > day),
                             or_(Target.dropped_on.is_(None), Target.dropped_on > day))
        .order_by(Target.deadline.is_(None), Target.deadline, Target.id)).all()
    feedback = session.scalars(
        select(Feedback).where(Feedback.raised_on < day,
                               or_(Feedback.answered_on.is_(None), Feedback.answered_on > day))
        .order_by(Feedback.raised_on, Feedback.id)).all()
    return MattersArising(list(targets), list(feedback))


def meeting_count(session: Session) -> int:
    return session.scalar(select(func.count(Meeting.id)))


# What a meeting raised and what arises at it are read in services/meeting_records.py (narrowed
# in SQL); these names stay here for the callers that know them. Imported when called: that
# module reads feedback, whose service imports this one.

def raised_from_item(session: Session, item_id: int, today: dt.date):
    """The actions and feedback recorded from one agenda item, as they stand today."""
    from compactdesk.services.meeting_records import raised_from_item as raised

    return raised(session, item_id, today)


def matters_arising_rows(session: Session, meeting_id: int):
    """`matters_arising` as rows to list, each with its state on the meeting's day."""
    from compactdesk.services.meeting_records import matters_arising_rows as arising

    return arising(session, meeting_id)
