"""The action plan: targets with a measure, a partner, a deadline and progress."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.enums import TargetStatus
from compactdesk.domain.rules import target_status
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, fetch, fetch_optional, item_and_meeting, not_before
from compactdesk.services.compact import standards
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
    code: str
    partner: str
    lead: str
    start_on: dt.date | None
    deadline: dt.date | None
    status: TargetStatus
    last_progress: str
    last_progress_on: dt.date | None


def target_rows(session: Session, today: dt.date, *, pressing_only: bool = False) -> list[TargetRow]:
    """Every target with its status on `today`; `pressing_only` narrows the query, in SQL,
    to the targets that can be overdue or due soon (still open, deadline near)."""
    due_soon = standards(session).due_soon_days
    query = select(Target).options(
        selectinload(Target.progress), selectinload(Target.code), selectinload(Target.partner),
        selectinload(Target.lead)).order_by(Target.deadline.is_(None), Target.deadline, Target.id)
    if pressing_only:
        query = query.where(Target.deadline <= today + dt.timedelta(days=due_soon),
                            or_(Target.completed_on.is_(None), Target.completed_on > today),
                            or_(Target.dropped_on.is_(None), Target.dropped_on > today))
    targets = session.scalars(query)
    rows = []
    for target in targets:
        latest = next((p for p in reversed(target.progress) if p.on <= today), None)
        rows.append(TargetRow(
            target.id, target.title, target.code.name if target.code else "",
            target.partner.name if target.partner else "", target.lead.name if target.lead else "",
            target.start_on, target.deadline, status_of(target, today, due_soon),
            latest.note if latest else "", latest.on if latest else None))
    return rows


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
