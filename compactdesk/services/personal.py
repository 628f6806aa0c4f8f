"""Personal data (UK GDPR): everything held on one person, and erasing a person.

Erasing keeps the group's history whole: attendance, seat terms, targets and feedback
stay, now belonging to a neutral "Former member"; the person's details are cleared
and their full name is replaced wherever it was written (minutes, decisions, notes),
and so is every other mention the secretary confirms: first name, surname, title and
surname (services/mentions.py finds them).
"""

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services import champion_history
from compactdesk.services.common import fetch, storable_id
from compactdesk.services.mentions import Mention, MentionKind, find_mentions
from compactdesk.store.engine import quoted
from compactdesk.store.models import (
    AgendaItem,
    AttendanceRecord,
    ChampionChange,
    Commitment,
    CompactLead,
    Department,
    Feedback,
    Meeting,
    Organisation,
    Person,
    Seat,
    SeatTerm,
    Target,
    key_column,
)

__all__ = ["Mention", "MentionKind", "erase_person", "find_mentions", "neutral_name", "personal_data"]


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
    changes = session.execute(select(ChampionChange, Department).join(Department)
                              .where(ChampionChange.person_id == person_id).order_by(ChampionChange.id)).all()
    leads = session.scalars(select(CompactLead).where(CompactLead.person_id == person_id)
                            .order_by(CompactLead.on, CompactLead.id)).all()
    held = session.scalars(select(Commitment).where(Commitment.holder_id == person_id).order_by(Commitment.id)).all()
    mentions, other_mentions = [], []
    # By full name only: "Mr Evans" or "Rhodri" alone may be someone else, whose words are not theirs to have.
    for table, rowid, column in dict.fromkeys((m.table, m.rowid, m.column) for m in find_mentions(session, person_id)
                                              if m.kind is MentionKind.FULL_NAME):
        value = session.execute(text(f"SELECT {quoted(column)} FROM {quoted(table)} WHERE {quoted(key_column(table))} = :rowid"),
                                {"rowid": rowid}).scalar_one()
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
        "champion_history": [{"change_id": change.id, "department_id": department.id, "department": department.name,
                              "from": _value(change.on), "note": change.note} for change, department in changes],
        "compact_lead": [_row(lead, ["id", "role", "on", "note"]) for lead in leads],
        "resources_held": [_row(item, ["id", "kind", "title", "funder_id", "amount_pence", "per_year",
                                       "share_percent", "starts_on", "ends_on", "notes"]) for item in held],
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


def erase_person(session: Session, person_id: int, replace_ids: Collection[str] | None = None) -> str:
    """Erases a person: details cleared, name replaced by a neutral one (returned); their attendance, terms,
    targets and feedback stay so the group's figures do not change.

    Every mention by full name is replaced, and those of `replace_ids` (Mention.id from find_mentions: a first
    name, a surname, a title and surname the secretary confirmed are this person); other mentions are left."""
    person = session.get(Person, person_id) if storable_id(person_id) else None
    if person is None:
        raise ValidationError(translate("Personal", "There is no person with the number {ident} in this group's "
                                                    "records. Refresh the list and choose again.").format(
            ident=person_id))
    wanted = _chosen(replace_ids)
    mentions = find_mentions(session, person_id)
    if not wanted <= {mention.id for mention in mentions}:
        raise ValidationError(_stale())
    neutral = neutral_name(session, person_id)
    person.name = neutral
    for column in ("role", "email", "phone", "address", "notes", "department"):
        setattr(person, column, "")
    person.is_champion = False
    for department in session.scalars(select(Department).where(Department.champion_id == person_id)):
        # The post falls empty in the department's history too (from today, or its last change's day if later),
        # so the history and the department agree.
        days = [dt.date.today(), *(change.on for change in department.champion_history if change.on is not None)]
        champion_history.appoint(session, department, None, on=max(days))
    session.flush()
    spans: dict[tuple[str, int, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind is MentionKind.FULL_NAME or mention.id in wanted:
            spans[mention.table, mention.rowid, mention.column].append(mention)
    for (table, rowid, column), chosen in spans.items():
        value = session.execute(text(f"SELECT {quoted(column)} FROM {quoted(table)} WHERE {quoted(key_column(table))} = :rowid"),
                                {"rowid": rowid}).scalar_one()
        for mention in sorted(chosen, key=lambda m: m.start, reverse=True):  # from the end: offsets stay true
            value = value[:mention.start] + neutral + value[mention.end:]
        try:
            session.execute(text(f"UPDATE {quoted(table)} SET {quoted(column)} = :value "
                                 f"WHERE {quoted(key_column(table))} = :rowid"),
                            {"value": value, "rowid": rowid})
        except IntegrityError:  # an organisation's name, say, that would then be another's: nothing is erased
            raise ValidationError(translate(
                "Personal", "With “{neutral}” in place of their name, {place} would have the same name as another "
                            "record. Nothing was erased. Rename one of the two, then erase again.").format(
                neutral=neutral, place=chosen[0].place)) from None
    if spans:
        session.expire_all()  # the rows changed under the ORM's feet
    return neutral


def _stale() -> str:
    return translate("Personal", "The records changed after the list of mentions was made, so some of the mentions "
                                 "chosen are no longer where they were. Nothing was erased. Choose Erase this person "
                                 "again to see the mentions as they are now.")


def _chosen(replace_ids) -> set[str]:
    """The mention ids asked for; anything else is refused as a list made before the records changed."""
    if replace_ids is None:
        return set()
    if isinstance(replace_ids, str | bytes) or not isinstance(replace_ids, Collection):
        raise ValidationError(_stale())
    if not all(isinstance(ident, str) for ident in replace_ids):
        raise ValidationError(_stale())
    return set(replace_ids)
