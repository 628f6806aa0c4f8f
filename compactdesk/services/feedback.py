"""Feedback owed: what officers were asked for, by when, and whether they answered."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain import rules_sql, text
from compactdesk.domain.enums import AnswerHow, FeedbackAsk, FeedbackState
from compactdesk.domain.dates import days_text
from compactdesk.domain.rules import Standards, days_late, days_outstanding, feedback_due, feedback_state
from compactdesk.i18n import translate
from compactdesk.domain.sql_portable import add_days, day_of
from compactdesk.services.common import as_date, choice, fetch, item_and_meeting, not_before
from compactdesk.services.compact import standards
from compactdesk.services.meetings import FORMAL_KINDS
from compactdesk.services.origin import origin_text
from compactdesk.store.models import Feedback, Meeting, Person


def _fields(session: Session, *, issue, officer_id, raised_on, ask, meeting_id, item_id, department, due_on,
            by_next_meeting, detail) -> dict:
    officer = fetch(session, Person, officer_id, translate("Feedback", "officer"), "officer")
    item, meeting = item_and_meeting(session, item_id, meeting_id)
    raised = as_date(raised_on if raised_on is not None else (meeting.starts_at.date() if meeting else None),
                     translate("Feedback", "the date it was raised"), "raised_on")
    due = as_date(due_on, translate("Feedback", "the due date"), "due_on", required=False)
    not_before(due, raised, translate("Feedback", "the due date"), translate("Feedback", "the date it was raised"),
               "due_on")
    ask = choice(FeedbackAsk, ask, translate("Feedback", "kind of feedback"), "ask")
    department = text.optional(department, translate("Feedback", "the department"), "department") \
        if department is not None else officer.department
    return {
        "issue": text.required(issue, translate("Feedback", "the issue raised"), "issue"),
        "detail": text.optional(detail, translate("Feedback", "the detail"), "detail", multiline=True),
        "officer": officer,
        "department": department,
        "meeting": meeting,
        "item_id": item.id if item else None,
        "ask": ask,
        "raised_on": raised,
        "due_on": due,
        # Asking an officer to attend is by nature due at the next meeting.
        "by_next_meeting": bool(by_next_meeting) or ask is FeedbackAsk.ATTEND_NEXT_MEETING,
    }


def request_feedback(session: Session, issue: str, officer_id: int, *, raised_on: dt.date | str | None = None,
                     ask: FeedbackAsk | str = FeedbackAsk.WRITTEN_REPLY, meeting_id: int | None = None,
                     item_id: int | None = None, department: str | None = None, due_on: dt.date | str | None = None,
                     by_next_meeting: bool | None = None, detail: str = "") -> Feedback:
    if by_next_meeting is None:
        by_next_meeting = standards(session).feedback_by_next_meeting
    feedback = Feedback(**_fields(session, issue=issue, officer_id=officer_id, raised_on=raised_on, ask=ask,
                                  meeting_id=meeting_id, item_id=item_id, department=department, due_on=due_on,
                                  by_next_meeting=by_next_meeting, detail=detail))
    session.add(feedback)
    session.flush()
    return feedback


def update_feedback(session: Session, feedback_id: int, *, issue: str, officer_id: int, raised_on: dt.date | str,
                    ask: FeedbackAsk | str = FeedbackAsk.WRITTEN_REPLY, meeting_id: int | None = None,
                    item_id: int | None = None, department: str | None = None, due_on: dt.date | str | None = None,
                    by_next_meeting: bool | None = None, detail: str = "") -> Feedback:
    """Replaces the item's fields; leaving out `by_next_meeting` keeps its rule as it was."""
    feedback = fetch(session, Feedback, feedback_id, translate("Feedback", "feedback item"))
    if by_next_meeting is None:
        by_next_meeting = feedback.by_next_meeting
    for key, value in _fields(session, issue=issue, officer_id=officer_id, raised_on=raised_on, ask=ask,
                              meeting_id=meeting_id, item_id=item_id, department=department, due_on=due_on,
                              by_next_meeting=by_next_meeting, detail=detail).items():
        setattr(feedback, key, value)
    return feedback


def delete_feedback(session: Session, feedback_id: int) -> None:
    session.delete(fetch(session, Feedback, feedback_id, translate("Feedback", "feedback item")))


def mark_answered(session: Session, feedback_id: int, answered_on: dt.date | str, how: AnswerHow | str,
                  summary: str = "") -> Feedback:
    feedback = fetch(session, Feedback, feedback_id, translate("Feedback", "feedback item"))
    answered = as_date(answered_on, translate("Feedback", "the date it was answered"), "answered_on")
    not_before(answered, feedback.raised_on, translate("Feedback", "the answer"),
               translate("Feedback", "the date it was raised"), "answered_on")
    feedback.answered_on = answered
    feedback.answered_how = choice(AnswerHow, how, translate("Feedback", "way of answering"), "how")
    feedback.answer_summary = text.optional(summary, translate("Feedback", "the summary of the answer"), "summary",
                                            multiline=True)
    return feedback


def reopen(session: Session, feedback_id: int) -> Feedback:
    feedback = fetch(session, Feedback, feedback_id, translate("Feedback", "feedback item"))
    feedback.answered_on = None
    feedback.answered_how = None
    feedback.answer_summary = ""
    return feedback


def formal_meeting_days(session: Session) -> list[dt.date]:
    """The days of the meetings that count as 'the next meeting', in order."""
    return sorted(starts.date() for starts in session.scalars(
        select(Meeting.starts_at).where(Meeting.kind.in_(FORMAL_KINDS))))


def _next_after(days: list[dt.date], day: dt.date) -> dt.date | None:
    return next((d for d in days if d > day), None)


def due_date(feedback: Feedback, rules: Standards, meeting_days: list[dt.date]) -> dt.date:
    return feedback_due(feedback.raised_on, due_on=feedback.due_on, by_next_meeting=feedback.by_next_meeting,
                        next_meeting_on=_next_after(meeting_days, feedback.raised_on),
                        feedback_days=rules.feedback_days)


@dataclass(frozen=True)
class FeedbackRow:
    feedback_id: int
    issue: str
    officer: str
    officer_id: int
    department: str
    ask: FeedbackAsk
    raised_on: dt.date
    due: dt.date
    answered_on: dt.date | None
    state: FeedbackState
    days_outstanding: int
    days_late: int
    meeting_id: int | None


def next_meeting_sql(raised_on):
    """The day of the first formal meeting after `raised_on`, in SQL: formal_meeting_days
    and _next_after as one index lookup a row. A meeting's start is stored as
    "YYYY-MM-DD HH:MM:SS", so its first ten characters are its day, and it is on a later
    day than `raised_on` exactly when it is not before the start of the day after."""
    return (select(day_of(Meeting.starts_at))
            .where(Meeting.kind.in_(FORMAL_KINDS), Meeting.starts_at >= add_days(raised_on, 1))
            .order_by(Meeting.starts_at).limit(1).scalar_subquery())


def due_sql(rules: Standards):
    """Each item's due date (due_date above) as an SQL expression over the feedback table."""
    return rules_sql.feedback_due(Feedback.raised_on, due_on=Feedback.due_on, by_next_meeting=Feedback.by_next_meeting,
                                  next_meeting_after=next_meeting_sql(Feedback.raised_on),
                                  feedback_days=rules.feedback_days)


def row_query(rules: Standards):
    """The columns a FeedbackRow is made of (see make_row), the due date worked out in SQL."""
    return (select(Feedback.id, Feedback.issue, Person.name, Feedback.officer_id, Feedback.department, Feedback.ask,
                   Feedback.raised_on, due_sql(rules).label("due"), Feedback.answered_on, Feedback.meeting_id)
            .join(Person, Feedback.officer_id == Person.id))


def make_row(columns, today: dt.date) -> FeedbackRow:
    """A FeedbackRow from a row of row_query: the state and the days by the rules in Python."""
    ident, issue, officer, officer_id, department, ask, raised_on, due, answered_on, meeting_id = columns
    return FeedbackRow(
        ident, issue, officer, officer_id, department, ask, raised_on, due, answered_on,
        feedback_state(today, due=due, answered_on=answered_on),
        days_outstanding(today, raised_on=raised_on, answered_on=answered_on),
        days_late(today, due=due, answered_on=answered_on), meeting_id)


def feedback_rows(session: Session, today: dt.date) -> list[FeedbackRow]:
    """Every item with its due date and state on `today`, oldest raised first.

    One column-level query (no ORM objects); for a page's narrower view see feedback_list."""
    query = row_query(standards(session)).order_by(Feedback.raised_on, Feedback.id)
    return [make_row(columns, today) for columns in session.execute(query)]


def where_it_stands(row: FeedbackRow, today: dt.date) -> str:
    """E.g. "Overdue by 45 days", "Answered 12 days late", "Due in 3 days": the state in words."""
    if row.state is FeedbackState.OVERDUE:
        return translate("Feedback", "Overdue by {days}").format(days=days_text(row.days_late))
    if row.state is FeedbackState.ANSWERED_LATE:
        return translate("Feedback", "Answered {days} late").format(days=days_text(row.days_late))
    if row.state is FeedbackState.ANSWERED_ON_TIME:
        return translate("Feedback", "Answered on time")
    days = (row.due - today).days
    return translate("Feedback", "Due today") if days == 0 else translate("Feedback", "Due in {days}").format(
        days=days_text(days))


@dataclass(frozen=True)
class FeedbackDetail:
    """One item's stored fields, for the form that edits it."""

    feedback_id: int
    issue: str
    detail: str
    officer_id: int
    department: str
    ask: FeedbackAsk
    raised_on: dt.date
    due_on: dt.date | None
    by_next_meeting: bool
    meeting_id: int | None
    item_id: int | None
    answered_on: dt.date | None
    answered_how: AnswerHow | None
    answer_summary: str
    origin: str


def feedback_detail(session: Session, feedback_id: int) -> FeedbackDetail:
    item = fetch(session, Feedback, feedback_id, translate("Feedback", "feedback item"))
    return FeedbackDetail(item.id, item.issue, item.detail, item.officer_id, item.department, item.ask,
                          item.raised_on, item.due_on, item.by_next_meeting, item.meeting_id, item.item_id,
                          item.answered_on, item.answered_how, item.answer_summary,
                          origin_text(session, item.meeting_id, item.item_id))
