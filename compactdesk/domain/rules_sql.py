"""Some rules of rules.py again, as SQL expressions, so that a page can narrow, sort
and count ten years of records in the store instead of loading them all.

Each function here is the twin of the rule of the same name in rules.py and
must give the same answer for every row: tests/domain/test_rules_sql.py checks
that over many generated rows, dates and standards. Change a rule in rules.py
and its twin here together. Dates are SQLAlchemy's stored ISO text
("YYYY-MM-DD"), so comparing them as text compares them as dates.
"""

import datetime as dt

from sqlalchemy import Date, and_, case, func, literal, not_, or_, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from compactdesk.domain.enums import FeedbackState, TargetStatus
from compactdesk.domain.rules import ANSWERED_FEEDBACK, CLOSED_TARGET, TARGET_URGENCY
from compactdesk.domain.sql_portable import add_days, days_between, larger

Sql = ColumnElement


def day(value: dt.date) -> Sql:
    """A Python date as an SQL value stored dates compare with."""
    return literal(value, Date)


def _happened(column: Sql, today: dt.date) -> Sql:
    return and_(column.is_not(None), column <= day(today))


def feedback_due(raised_on: Sql, *, due_on: Sql, by_next_meeting: Sql, next_meeting_after: Sql,
                 feedback_days: int) -> Sql:
    """rules.feedback_due: a date set by hand wins; then the next meeting if that is the
    rule and one is planned; otherwise the standard number of days.

    `next_meeting_after` is the day of the first meeting after the day it was raised, or
    NULL: the rule's "next_meeting_on > raised_on" is the caller's to keep, as it lets the
    store look the meeting up once a row (see services.feedback.next_meeting_sql)."""
    standard = add_days(raised_on, feedback_days)
    return type_coerce(case(
        (due_on.is_not(None), due_on),
        (by_next_meeting, func.coalesce(next_meeting_after, standard)),
        else_=standard), Date)


def feedback_answered(today: dt.date, *, answered_on: Sql) -> Sql:
    """rules.feedback_answered(rules.feedback_state(...)): feedback_state gives an answered
    state exactly when the answer has happened by today. Needs no due date, so it is the
    cheap half of every state filter."""
    return _happened(answered_on, today)


def feedback_state(today: dt.date, *, due: Sql, answered_on: Sql) -> Sql:
    """rules.feedback_state, as the state's stored value."""
    return case(
        (feedback_answered(today, answered_on=answered_on),
         case((answered_on > due, FeedbackState.ANSWERED_LATE.value), else_=FeedbackState.ANSWERED_ON_TIME.value)),
        (day(today) > due, FeedbackState.OVERDUE.value),
        else_=FeedbackState.OPEN.value)


def feedback_waiting(today: dt.date, *, answered_on: Sql) -> Sql:
    """not feedback_answered(...), written so that SQLite can use an index on answered_on."""
    return or_(answered_on.is_(None), answered_on > day(today))


def feedback_state_is(today: dt.date, states: frozenset[FeedbackState], *, due: Sql, answered_on: Sql) -> Sql:
    """Whether an item's state on `today` (rules.feedback_state) is one of `states`. The
    answered test comes first, so the due date is worked out only where it could matter."""
    states = frozenset(states)
    answered = feedback_answered(today, answered_on=answered_on)
    waiting = feedback_waiting(today, answered_on=answered_on)
    overdue = day(today) > due  # of an item still waiting
    if states == ANSWERED_FEEDBACK:
        return answered
    if states == {FeedbackState.OPEN, FeedbackState.OVERDUE}:
        return waiting
    if states == {FeedbackState.OVERDUE}:
        return and_(waiting, overdue)
    if states == {FeedbackState.OPEN}:
        return and_(waiting, not_(overdue))
    return feedback_state(today, due=due, answered_on=answered_on).in_(sorted(s.value for s in states))


def _end(today: dt.date, answered_on: Sql) -> Sql:
    return case((_happened(answered_on, today), answered_on), else_=day(today))


def days_outstanding(today: dt.date, *, raised_on: Sql, answered_on: Sql) -> Sql:
    """rules.days_outstanding."""
    return larger(0, days_between(raised_on, _end(today, answered_on)))


def days_late(today: dt.date, *, due: Sql, answered_on: Sql) -> Sql:
    """rules.days_late."""
    return larger(0, days_between(due, _end(today, answered_on)))


def target_status(today: dt.date, *, deadline: Sql, start_on: Sql, completed_on: Sql, dropped_on: Sql,
                  has_progress: Sql, due_soon_days: int) -> Sql:
    """rules.target_status, as the status's stored value. `has_progress` is an SQL truth
    value: whether the target has a progress note dated on or before today."""
    return case(
        (_happened(dropped_on, today), TargetStatus.DROPPED.value),
        (_happened(completed_on, today), TargetStatus.DONE.value),
        (and_(deadline.is_not(None), day(today) > deadline), TargetStatus.OVERDUE.value),
        # (deadline - today).days <= due_soon_days, with today already not past the deadline
        (and_(deadline.is_not(None), deadline <= day(today + dt.timedelta(days=due_soon_days))),
         TargetStatus.DUE_SOON.value),
        (or_(not_(has_progress), and_(start_on.is_not(None), start_on > day(today))),
         TargetStatus.NOT_STARTED.value),
        else_=TargetStatus.ON_TRACK.value)


def target_closed(status: Sql) -> Sql:
    """rules.target_closed, on a status value from target_status above."""
    return status.in_(sorted(s.value for s in CLOSED_TARGET))


def target_urgency(status: Sql) -> Sql:
    """rules.target_urgency, on a status value from target_status above."""
    return case({s.value: number for number, s in enumerate(TARGET_URGENCY)}, value=status)
