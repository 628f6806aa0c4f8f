"""The actions and feedback a meeting shows: what each agenda item raised, and the matters
arising from earlier meetings, each as it stood on a given day.

Read as columns, narrowed in SQL (ten years hold thousands of closed items to pass over);
each row's state still comes from the rules in domain/ (target_status, feedback_state; the
due date from services.feedback's SQL twin of feedback_due), and tests/services/
test_meetings_agree.py checks the narrowing against them.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import FeedbackState, TargetStatus
from compactdesk.domain.rules import target_status
from compactdesk.i18n import translate
from compactdesk.services import narrowed
from compactdesk.services.common import fetch
from compactdesk.services.compact import standards
from compactdesk.store.models import AgendaItem, Feedback, Meeting, Person, Target, TargetProgress


@dataclass(frozen=True)
class RecordRow:
    """An action or a feedback item, as a meeting shows it."""

    area: str  # "actions" or "feedback": the area that opens it
    record_id: int
    item_id: int | None
    what: str
    who: str  # the lead, or the officer who owes the feedback
    raised_on: dt.date | None
    due: dt.date | None
    state: TargetStatus | FeedbackState
    late: bool


def _open_on(day: dt.date):
    """Neither done nor dropped on or before `day` (one dated later has not happened yet)."""
    return (or_(Target.completed_on.is_(None), Target.completed_on > day),
            or_(Target.dropped_on.is_(None), Target.dropped_on > day))


def _target_rows(session: Session, day: dt.date, *where, order: tuple | None = None) -> list[RecordRow]:
    """The targets `where` picks, by deadline (undated last) unless `order` says otherwise, each
    with its status on `day`."""
    due_soon = standards(session).due_soon_days
    progressed = exists().where(TargetProgress.target_id == Target.id, TargetProgress.on <= day)
    query = (select(Target.id, Target.item_id, Target.title, Person.name, Meeting.starts_at, Target.start_on,
                    Target.deadline, Target.completed_on, Target.dropped_on, progressed)
             .outerjoin(Person, Target.lead_id == Person.id).outerjoin(Meeting, Target.meeting_id == Meeting.id)
             .where(*where).order_by(*(order or (Target.deadline.is_(None), Target.deadline, Target.id))))
    rows = []
    for (ident, item_id, title, lead, meeting_at, start_on, deadline, completed_on, dropped_on,
         has_progress) in session.execute(query):
        state = target_status(day, deadline=deadline, start_on=start_on, completed_on=completed_on,
                              dropped_on=dropped_on, has_progress=bool(has_progress), due_soon_days=due_soon)
        rows.append(RecordRow("actions", ident, item_id, title, lead or "",
                              meeting_at.date() if meeting_at else start_on, deadline, state,
                              state is TargetStatus.OVERDUE))
    return rows


def _feedback_rows(session: Session, day: dt.date, *where, order: tuple | None = None) -> list[RecordRow]:
    """The feedback `where` picks, oldest raised first unless `order` says otherwise, each with its
    due date and state on `day`."""
    rules = standards(session)
    rows = []
    for found in session.execute(narrowed.feedback_query(rules, *where, extra=(Feedback.item_id,), order=order)):
        row = narrowed.feedback_row(found, day)
        rows.append(RecordRow("feedback", row.feedback_id, found[-1], row.issue, row.officer, row.raised_on,
                              row.due, row.state, row.state in (FeedbackState.OVERDUE, FeedbackState.ANSWERED_LATE)))
    return rows


def raised_from_item(session: Session, item_id: int, today: dt.date) -> list[RecordRow]:
    """The actions and feedback recorded from one agenda item, as they stand today: actions by id
    (the order they were recorded), then feedback by id."""
    fetch(session, AgendaItem, item_id, translate("Meetings", "agenda item"))
    return (_target_rows(session, today, Target.item_id == item_id, order=(Target.id,))
            + _feedback_rows(session, today, Feedback.item_id == item_id, order=(Feedback.id,)))


def matters_arising_rows(session: Session, meeting_id: int) -> list[RecordRow]:
    """meetings.matters_arising as rows to list, each with its state on the meeting's day:
    open actions from earlier meetings by deadline, then unanswered feedback oldest first."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    day = meeting.starts_at.date()
    # The meeting a target came from is joined in _target_rows: "earlier" is read from it.
    targets = _target_rows(session, day, Meeting.starts_at < meeting.starts_at, *_open_on(day))
    # Raised before the day, by a scan rather than the raised_on index: for the latest meetings
    # that is nearly every row, which the index would visit one lookup at a time.
    owed = _feedback_rows(session, day, narrowed.unindexed(Feedback.raised_on) < day, narrowed.waiting_on(day))
    return targets + owed
