"""Personal data (UK GDPR): everything held on one person, and erasing a person.

Erasing keeps the group's history whole: attendance, seat terms, targets and feedback
stay, now belonging to a neutral "Former member"; the person's details are cleared
and their name is replaced wherever it was written (minutes, decisions, notes).
"""

import datetime as dt
import enum
import re

from sqlalchemy import Enum, String, Text, select, text
from sqlalchemy.orm import Session

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services.common import fetch, storable_id
from compactdesk.store.models import (
    AgendaItem,
    AttendanceRecord,
    Base,
    Department,
    Feedback,
    Meeting,
    Organisation,
    Person,
    Seat,
    SeatTerm,
    Target,
)

__all__ = ["erase_person", "neutral_name", "personal_data"]


def _value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _row(obj, columns: list[str]) -> dict:
    return {column: _value(getattr(obj, column)) for column in columns}


def _pattern(name: str) -> re.Pattern:
    """The name as a whole word (so "Ann" is not found in "Annual"), any case."""
    return re.compile(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", re.IGNORECASE)


def _text_columns() -> list[tuple[str, list[str]]]:
    """(table, its free-text columns) for every table of the store."""
    found = []
    for table in Base.metadata.sorted_tables:
        columns = [column.name for column in table.columns
                   if isinstance(column.type, String | Text) and not isinstance(column.type, Enum)]
        if columns:
            found.append((table.name, columns))
    return found


def _mentions(session: Session, name: str) -> list[tuple[str, int, str, str]]:
    """(table, rowid, column, text) for every free-text value in the store that contains `name`."""
    if not name.strip():
        return []
    pattern = _pattern(name)
    needle = name.strip()
    found = []
    for table, columns in _text_columns():
        quoted = ", ".join(f'"{column}"' for column in columns)
        # instr narrows the scan cheaply; the pattern then decides (any case, whole words).
        where = " OR ".join(f'instr(lower("{column}"), lower(:needle)) > 0' for column in columns)
        for row in session.execute(text(f'SELECT rowid, {quoted} FROM "{table}" WHERE {where}'), {"needle": needle}):
            for column, value in zip(columns, row[1:]):
                if value and pattern.search(value):
                    found.append((table, row[0], column, value))
    # lower() in SQLite folds ASCII only: a name with Ŵ or Â in capitals is looked for row by row too.
    if needle.lower() != needle.casefold() or not needle.isascii():
        seen = {(table, rowid, column) for table, rowid, column, _ in found}
        for table, columns in _text_columns():
            quoted = ", ".join(f'"{column}"' for column in columns)
            for row in session.execute(text(f'SELECT rowid, {quoted} FROM "{table}"')):
                for column, value in zip(columns, row[1:]):
                    if value and (table, row[0], column) not in seen and pattern.search(value):
                        found.append((table, row[0], column, value))
    return found


def personal_data(session: Session, person_id: int) -> dict:
    """Everything held on a person, as plain JSON-ready values."""
    person = fetch(session, Person, person_id, translate("Members", "person"))
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id else None

    def meeting_of(meeting_id: int | None) -> dict:
        meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
        return {} if meeting is None else {"meeting_id": meeting.id, "meeting_starts_at": _value(meeting.starts_at),
                                           "meeting_kind": meeting.kind.value}

    terms = session.execute(select(SeatTerm, Seat).join(Seat, Seat.id == SeatTerm.seat_id)
                            .where(SeatTerm.person_id == person_id).order_by(SeatTerm.start_on, SeatTerm.id)).all()
    attendance = session.scalars(select(AttendanceRecord).where(AttendanceRecord.person_id == person_id)
                                 .order_by(AttendanceRecord.id)).all()
    substituted = session.scalars(select(AttendanceRecord).where(AttendanceRecord.substitute_for_id == person_id)
                                  .order_by(AttendanceRecord.id)).all()
    presenting = session.scalars(select(AgendaItem).where(AgendaItem.presenter_id == person_id)
                                 .order_by(AgendaItem.id)).all()
    targets = session.scalars(select(Target).where(Target.lead_id == person_id).order_by(Target.id)).all()
    feedback = session.scalars(select(Feedback).where(Feedback.officer_id == person_id).order_by(Feedback.id)).all()
    departments = session.execute(select(Department, Organisation).join(Organisation)
                                  .where(Department.champion_id == person_id).order_by(Department.id)).all()
    mentions, other_mentions = [], []
    for table, rowid, column, value in _mentions(session, person.name):
        if table == "person" and rowid == person_id:
            continue  # their own record is above
        if table == "agenda_item":
            item = session.get(AgendaItem, rowid)
            mentions.append({**meeting_of(item.meeting_id), "item_id": item.id, "item_position": item.position,
                             "item_title": item.title, "field": column, "text": value})
        else:
            other_mentions.append({"table": table, "id": rowid, "field": column, "text": value})
    return {
        "person": _row(person, ["id", "name", "role", "organisation_id", "department", "email", "phone", "address",
                                "is_champion", "notes"]),
        "organisation": None if organisation is None else _row(organisation, ["id", "name", "sector", "notes"]),
        "seat_terms": [{"term_id": term.id, "seat_id": seat.id, "seat": seat.title, "sector": seat.sector.value,
                        "start_on": _value(term.start_on), "end_on": _value(term.end_on)} for term, seat in terms],
        "attendance": [{**meeting_of(record.meeting_id), "status": record.status.value,
                        "substitute_for_id": record.substitute_for_id,
                        "substitute_for": record.substitute_for.name if record.substitute_for else None}
                       for record in attendance],
        "substituted_by": [{**meeting_of(record.meeting_id), "person_id": record.person_id,
                            "person": record.person.name, "status": record.status.value} for record in substituted],
        "presenting": [{**meeting_of(item.meeting_id), "item_id": item.id, "item_title": item.title}
                       for item in presenting],
        "targets_led": [_row(target, ["id", "title", "measure", "start_on", "deadline", "completed_on", "dropped_on",
                                      "drop_reason"]) for target in targets],
        "feedback_owed": [_row(entry, ["id", "issue", "detail", "department", "ask", "raised_on", "due_on",
                                       "answered_on", "answered_how", "answer_summary", "meeting_id"])
                          for entry in feedback],
        "departments_championed": [{"department_id": department.id, "department": department.name,
                                    "organisation_id": org.id, "organisation": org.name}
                                   for department, org in departments],
        "mentions": mentions,
        "other_mentions": other_mentions,
    }


def neutral_name(session: Session, exclude_id: int | None = None) -> str:
    """"Former member", or "Former member 2", 3 … when one is already in the store."""
    base = translate("Personal", "Former member")
    taken = {name.casefold() for (name,) in session.execute(select(Person.name).where(
        Person.id != (exclude_id if storable_id(exclude_id) else None)))}
    if base.casefold() not in taken:
        return base
    count = 2
    while f"{base} {count}".casefold() in taken:
        count += 1
    return f"{base} {count}"


def erase_person(session: Session, person_id: int) -> str:
    """Erases a person: details cleared, name replaced everywhere by a neutral one (returned);
    their attendance, terms, targets and feedback stay so the group's figures do not change."""
    person = session.get(Person, person_id) if storable_id(person_id) else None
    if person is None:
        raise ValidationError(translate("Personal", "There is no person with the number {ident} in this store. "
                                                    "Refresh the list and choose again.").format(ident=person_id))
    old_name = person.name.strip()
    neutral = neutral_name(session, person_id)
    person.name = neutral
    for column in ("role", "email", "phone", "address", "notes", "department"):
        setattr(person, column, "")
    person.is_champion = False
    for department in session.scalars(select(Department).where(Department.champion_id == person_id)):
        department.champion_id = None
    session.flush()
    if old_name and old_name.casefold() != neutral.casefold():
        pattern = _pattern(old_name)
        for table, rowid, column, value in _mentions(session, old_name):
            session.execute(text(f'UPDATE "{table}" SET "{column}" = :value WHERE rowid = :rowid'),
                            {"value": pattern.sub(lambda _: neutral, value), "rowid": rowid})
        session.expire_all()  # the rows changed under the ORM's feet
    return neutral
