"""The action plan: targets with a measure, a partner, a deadline and progress."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from compactdesk.domain import text
from compactdesk.domain.enums import TargetStatus
from compactdesk.domain.rules import target_status
from compactdesk.domain.seeded_words import shown
from compactdesk.i18n import name_order, translate
from compactdesk.services.common import as_date, fetch, fetch_optional, fetch_row, item_and_meeting, not_before
from compactdesk.services.compact import standards
from compactdesk.services.origin import origin_text
from compactdesk.store.models import (
    CodeOfPractice,
    Organisation,
    Person,
    Target,
    TargetProgress,
)


def _target_fields(session: Session, *, title, measure, code_id, partner_id, lead_id, start_on, deadline, meeting_id,
                   item_id) -> dict:
    start = as_date(start_on, translate("Actions", "the start date"), "start_on", required=False)
    end = as_date(deadline, translate("Actions", "the deadline"), "deadline", required=False)
    not_before(end, start, translate("Actions", "the deadline"), translate("Actions", "the start date"), "deadline")
    item, meeting = item_and_meeting(session, item_id, meeting_id)
    return {
        "title": text.required(title, translate("Actions", "the target's title"), "title"),
        "measure": text.optional(measure, translate("Actions", "the measure of success"), "measure", multiline=True),
        "code": fetch_optional(session, CodeOfPractice, code_id, translate("Actions", "code of practice"), "code"),
        "partner": fetch_optional(session, Organisation, partner_id, translate("Actions", "responsible partner"),
                                  "partner"),
        "lead": fetch_optional(session, Person, lead_id, translate("Actions", "lead person"), "lead"),
        "start_on": start,
        "deadline": end,
        "meeting": meeting,
        "item_id": item.id if item else None,
    }


def add_target(session: Session, title: str, *, measure: str = "", code_id: int | None = None,
               partner_id: int | None = None, lead_id: int | None = None, start_on: dt.date | str | None = None,
               deadline: dt.date | str | None = None, meeting_id: int | None = None,
               item_id: int | None = None) -> Target:
    target = Target(**_target_fields(session, title=title, measure=measure, code_id=code_id, partner_id=partner_id,
                                     lead_id=lead_id, start_on=start_on, deadline=deadline, meeting_id=meeting_id,
                                     item_id=item_id))
    session.add(target)
    session.flush()
    return target


def update_target(session: Session, target_id: int, *, title: str, measure: str = "", code_id: int | None = None,
                  partner_id: int | None = None, lead_id: int | None = None, start_on: dt.date | str | None = None,
                  deadline: dt.date | str | None = None, meeting_id: int | None = None,
                  item_id: int | None = None) -> Target:
    target = fetch(session, Target, target_id, translate("Actions", "target"))
    for key, value in _target_fields(session, title=title, measure=measure, code_id=code_id, partner_id=partner_id,
                                     lead_id=lead_id, start_on=start_on, deadline=deadline, meeting_id=meeting_id,
                                     item_id=item_id).items():
        setattr(target, key, value)
    return target


def delete_target(session: Session, target_id: int) -> None:
    session.delete(fetch(session, Target, target_id, translate("Actions", "target")))


def record_progress(session: Session, target_id: int, on: dt.date | str, note: str) -> TargetProgress:
    target = fetch(session, Target, target_id, translate("Actions", "target"))
    update = TargetProgress(target=target, on=as_date(on, translate("Actions", "the date of the update"), "on"),
                            note=text.required(note, translate("Actions", "what progress was made"), "note",
                                               multiline=True))
    session.add(update)
    session.flush()
    return update


def remove_progress(session: Session, progress_id: int) -> None:
    session.delete(fetch(session, TargetProgress, progress_id, translate("Actions", "progress update")))


def complete_target(session: Session, target_id: int, on: dt.date | str | None) -> Target:
    """Marks a target done on a date; None reopens it."""
    target = fetch(session, Target, target_id, translate("Actions", "target"))
    target.completed_on = as_date(on, translate("Actions", "the date it was done"), "completed_on", required=False)
    not_before(target.completed_on, target.start_on, translate("Actions", "the date it was done"),
               translate("Actions", "the start date"), "completed_on")
    return target


def drop_target(session: Session, target_id: int, on: dt.date | str | None, reason: str = "") -> Target:
    """Drops a target from the plan on a date, with the reason; None restores it."""
    target = fetch(session, Target, target_id, translate("Actions", "target"))
    target.dropped_on = as_date(on, translate("Actions", "the date it was dropped"), "dropped_on", required=False)
    not_before(target.dropped_on, target.start_on, translate("Actions", "the date it was dropped"),
               translate("Actions", "the start date"), "dropped_on")
    target.drop_reason = text.optional(reason, translate("Actions", "the reason"), "drop_reason", multiline=True)
    return target


def status_of(target: Target, today: dt.date, due_soon_days: int) -> TargetStatus:
    return target_status(today, deadline=target.deadline, start_on=target.start_on,
                         completed_on=target.completed_on, dropped_on=target.dropped_on,
                         has_progress=any(p.on <= today for p in target.progress), due_soon_days=due_soon_days)


@dataclass(frozen=True)
class TargetRow:
    target_id: int
    title: str
    code: str  # as the language spoken shows it (domain/seeded_words.py); code_held as held, to sort by
    partner: str
    lead: str
    start_on: dt.date | None
    deadline: dt.date | None
    status: TargetStatus
    last_progress: str
    last_progress_on: dt.date | None
    code_id: int | None = None
    partner_id: int | None = None
    lead_id: int | None = None
    code_held: str = ""


def with_names(query):
    """`query` on the targets, joined to what a target names: its code, partner and lead (each may be none)."""
    return (query.outerjoin(CodeOfPractice, Target.code_id == CodeOfPractice.id)
            .outerjoin(Organisation, Target.partner_id == Organisation.id)
            .outerjoin(Person, Target.lead_id == Person.id))


def row_columns(note) -> tuple:
    """The columns a TargetRow is made from (make_row), `note` the target's latest progress (an alias
    of TargetProgress the query joins)."""
    return (Target.id, Target.title, CodeOfPractice.id, CodeOfPractice.name, Organisation.id, Organisation.name,
            Person.id, Person.name, Target.start_on, Target.deadline, Target.completed_on, Target.dropped_on,
            note.on, note.note)


def make_row(values, today: dt.date, due_soon_days: int) -> TargetRow:
    """The TargetRow of one result of row_columns, with its status on `today`."""
    (ident, title, code_id, code, partner_id, partner, lead_id, lead, start_on, deadline, completed_on,
     dropped_on, progress_on, progress_note) = values
    status = target_status(today, deadline=deadline, start_on=start_on, completed_on=completed_on,
                           dropped_on=dropped_on, has_progress=progress_on is not None, due_soon_days=due_soon_days)
    return TargetRow(ident, title, shown(code), partner or "", lead or "", start_on, deadline, status,
                     progress_note or "", progress_on, code_id, partner_id, lead_id, code or "")


def _latest_progress(today: dt.date):
    """Each target's latest update on or before `today` (the last by date, then the last
    entered that day), as a subquery of (target_id, id); later ones have not happened yet."""
    days = (select(TargetProgress.target_id, func.max(TargetProgress.on).label("on"))
            .where(TargetProgress.on <= today).group_by(TargetProgress.target_id).subquery("progress_day"))
    return (select(TargetProgress.target_id, func.max(TargetProgress.id).label("id"))
            .join(days, and_(TargetProgress.target_id == days.c.target_id, TargetProgress.on == days.c.on))
            .group_by(TargetProgress.target_id).subquery("progress_latest"))


def target_rows(session: Session, today: dt.date, *, pressing_only: bool = False) -> list[TargetRow]:
    """Every target with its status on `today`, ordered by deadline (undated last).

    One column-level query (no ORM objects): 20,000 targets load in a fraction of
    a second. `pressing_only` narrows it, in SQL, to the targets that can be
    overdue or due soon (still open, deadline near)."""
    due_soon = standards(session).due_soon_days
    latest = _latest_progress(today)
    note = aliased(TargetProgress)
    query = (
        with_names(select(*row_columns(note)))
        .outerjoin(latest, latest.c.target_id == Target.id)
        .outerjoin(note, note.id == latest.c.id)
        .order_by(Target.deadline.is_(None), Target.deadline, Target.id))
    if pressing_only:
        query = query.where(Target.deadline <= today + dt.timedelta(days=due_soon),
                            or_(Target.completed_on.is_(None), Target.completed_on > today),
                            or_(Target.dropped_on.is_(None), Target.dropped_on > today))
    return [make_row(values, today, due_soon) for values in session.execute(query)]


@dataclass(frozen=True)
class ProgressEntry:
    progress_id: int
    on: dt.date
    note: str


@dataclass(frozen=True)
class TargetDetail:
    target_id: int
    title: str
    measure: str
    code_id: int | None
    code: str
    partner_id: int | None
    partner: str
    lead_id: int | None
    lead: str
    start_on: dt.date | None
    deadline: dt.date | None
    completed_on: dt.date | None
    dropped_on: dt.date | None
    drop_reason: str
    meeting_id: int | None
    item_id: int | None
    origin: str  # where it was raised, in words; "" when not at a meeting
    status: TargetStatus
    progress: tuple[ProgressEntry, ...]  # newest first


def target_detail(session: Session, target_id: int, today: dt.date) -> TargetDetail:
    """One target with everything the page and the editor show, and its progress log.

    Read on every change of the chosen target, so in a few column queries (the target with
    its names, its progress) rather than an object and a query for each thing it names."""
    found = fetch_row(session, with_names(
        select(Target.id, Target.title, Target.measure, Target.code_id, CodeOfPractice.name, Target.partner_id,
               Organisation.name, Target.lead_id, Person.name, Target.start_on, Target.deadline, Target.completed_on,
               Target.dropped_on, Target.drop_reason, Target.meeting_id, Target.item_id)),
        Target, target_id, translate("Actions", "target"))
    (ident, title, measure, code_id, code, partner_id, partner, lead_id, lead, start_on, deadline, completed_on,
     dropped_on, drop_reason, meeting_id, item_id) = found
    progress = tuple(ProgressEntry(*entry) for entry in session.execute(
        select(TargetProgress.id, TargetProgress.on, TargetProgress.note).where(TargetProgress.target_id == ident)
        .order_by(TargetProgress.on.desc(), TargetProgress.id.desc())))
    status = target_status(today, deadline=deadline, start_on=start_on, completed_on=completed_on,
                           dropped_on=dropped_on, has_progress=any(entry.on <= today for entry in progress),
                           due_soon_days=standards(session).due_soon_days)
    return TargetDetail(
        ident, title, measure, code_id, shown(code), partner_id, partner or "", lead_id, lead or "", start_on, deadline,
        completed_on, dropped_on, drop_reason, meeting_id, item_id,
        origin_text(session, meeting_id, item_id) if meeting_id is not None or item_id is not None else "", status,
        progress)


@dataclass(frozen=True)
class Choice:
    ident: int
    name: str
    note: str = ""  # what tells two alike apart, e.g. a person's organisation


@dataclass(frozen=True)
class TargetChoices:
    codes: tuple[Choice, ...]
    partners: tuple[Choice, ...]
    people: tuple[Choice, ...]


def target_choices(session: Session) -> TargetChoices:
    """What a target can name: the codes in their order, organisations and people by name."""
    codes = session.execute(select(CodeOfPractice.id, CodeOfPractice.name)
                            .order_by(CodeOfPractice.position, CodeOfPractice.id))
    partners = session.execute(select(Organisation.id, Organisation.name))
    people = session.execute(select(Person.id, Person.name, Person.department, Organisation.name)
                             .outerjoin(Organisation, Person.organisation_id == Organisation.id))
    return TargetChoices(
        tuple(Choice(ident, shown(name)) for ident, name in codes),
        tuple(sorted((Choice(ident, name) for ident, name in partners), key=lambda c: (name_order(c.name), c.ident))),
        tuple(sorted((Choice(ident, name, " — ".join(part for part in (department, organisation) if part))
                      for ident, name, department, organisation in people),
                     key=lambda c: (name_order(c.name), c.ident))))


def list_codes(session: Session) -> list[CodeOfPractice]:
    return list(session.scalars(select(CodeOfPractice).order_by(CodeOfPractice.position, CodeOfPractice.id)))


def add_code(session: Session, name: str) -> CodeOfPractice:
    name = text.required(name, translate("Actions", "the code's name"), "name")
    existing = session.scalars(select(CodeOfPractice).where(CodeOfPractice.name == name)).first()
    if existing is not None:
        return existing
    code = CodeOfPractice(name=name, national=False, position=len(list_codes(session)))
    session.add(code)
    session.flush()
    return code
