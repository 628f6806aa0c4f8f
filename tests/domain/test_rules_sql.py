"""The rules written as SQL (domain/rules_sql.py, and the due date the feedback service builds
from it) give the answers of the rules in Python (domain/rules.py), row for row, over many
generated rows, days and standards: a page that narrows, sorts and counts in the store must
show what the rules say.

Each example fills an in-memory SQLite database with the store's own tables and asks both.
"""

import datetime as dt
from itertools import combinations

from agreement import (
    T,
    add_feedback,
    add_meetings,
    add_targets,
    days_around,
    example_session,
    examples,
    meetings_on,
    next_after,
)
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import exists, insert, literal, select
from sqlalchemy.orm import Session

from compactdesk.domain import rules_sql, sql_portable
from compactdesk.domain.enums import FeedbackState, MeetingKind, TargetStatus
from compactdesk.domain.rules import (
    Standards,
    days_late,
    days_outstanding,
    feedback_answered,
    feedback_due,
    feedback_state,
    target_closed,
    target_status,
    target_urgency,
)
from compactdesk.services.feedback import due_sql
from compactdesk.services.meetings import FORMAL_KINDS
from compactdesk.store.models import Feedback, Person, Target, TargetProgress

SETTINGS = examples(150)
near, maybe, todays = days_around(120)


def _fresh(session: Session) -> None:
    session.execute(insert(Person), [{"id": 1, "name": "Gwenllïan"}])


# -- feedback ------------------------------------------------------------------------------------------------------

meetings = meetings_on(near)
items = st.lists(st.tuples(near, maybe, st.booleans(), maybe), min_size=1, max_size=25)


@SETTINGS
@given(today=todays, feedback_days=st.integers(1, 365), held=meetings, rows=items)
@example(today=T, feedback_days=28, held=[(T, 10, MeetingKind.LIAISON)], rows=[(T, None, True, None)])
@example(today=T, feedback_days=28, held=[(T + dt.timedelta(days=1), 0, MeetingKind.PRE_MEETING)],
         rows=[(T, None, True, T + dt.timedelta(days=28))])
def test_feedback_due_state_and_days_agree(engine, today, feedback_days, held, rows):
    rules = Standards(feedback_days=feedback_days)
    with example_session(engine) as session:
        _fresh(session)
        add_meetings(session, held)
        add_feedback(session, rows)
        due = due_sql(rules)
        answered_on = Feedback.answered_on
        found = session.execute(select(
            Feedback.raised_on, Feedback.due_on, Feedback.by_next_meeting, Feedback.answered_on, due,
            rules_sql.feedback_state(today, due=due, answered_on=answered_on),
            rules_sql.days_outstanding(today, raised_on=Feedback.raised_on, answered_on=answered_on),
            rules_sql.days_late(today, due=due, answered_on=answered_on),
            rules_sql.feedback_answered(today, answered_on=answered_on),
            rules_sql.feedback_waiting(today, answered_on=answered_on),
            *[rules_sql.feedback_state_is(today, frozenset(states), due=due, answered_on=answered_on)
              for states in _state_sets()])).all()
    formal = [day for day, _, kind in held if kind in FORMAL_KINDS]
    for raised, due_on, by_next, answered, sql_due, sql_state, outstanding, late, is_answered, waiting, *in_sets \
            in found:
        expected_due = feedback_due(raised, due_on=due_on, by_next_meeting=by_next,
                                    next_meeting_on=next_after(formal, raised), feedback_days=feedback_days)
        state = feedback_state(today, due=expected_due, answered_on=answered)
        assert sql_due == expected_due
        assert FeedbackState(sql_state) is state
        assert outstanding == days_outstanding(today, raised_on=raised, answered_on=answered)
        assert late == days_late(today, due=expected_due, answered_on=answered)
        assert bool(is_answered) is feedback_answered(state) is not bool(waiting)
        assert [bool(found_in) for found_in in in_sets] == [state in states for states in _state_sets()]


def _state_sets() -> list[frozenset[FeedbackState]]:
    """Every non-empty set of states a filter could ask for."""
    return [frozenset(chosen) for size in range(1, len(FeedbackState) + 1)
            for chosen in combinations(FeedbackState, size)]


# -- targets -------------------------------------------------------------------------------------------------------

targets = st.lists(st.tuples(maybe, maybe, maybe, maybe, st.lists(near, max_size=3)), min_size=1, max_size=25)


@SETTINGS
@given(today=todays, due_soon_days=st.integers(0, 30) | st.integers(0, 365), rows=targets)
@example(today=T, due_soon_days=30, rows=[(None, T + dt.timedelta(days=30), None, None, [])])
def test_target_status_closed_and_urgency_agree(engine, today, due_soon_days, rows):
    with example_session(engine) as session:
        _fresh(session)
        add_targets(session, rows)
        has_progress = exists().where(TargetProgress.target_id == Target.id,
                                      TargetProgress.on <= rules_sql.day(today))
        status = rules_sql.target_status(today, deadline=Target.deadline, start_on=Target.start_on,
                                         completed_on=Target.completed_on, dropped_on=Target.dropped_on,
                                         has_progress=has_progress, due_soon_days=due_soon_days)
        found = session.execute(select(Target.id, status, rules_sql.target_closed(status),
                                       rules_sql.target_urgency(status)).order_by(Target.id)).all()
    for (ident, sql_status, closed, urgency), (start, deadline, completed, dropped, progress) in zip(found, rows):
        expected = target_status(today, deadline=deadline, start_on=start, completed_on=completed,
                                 dropped_on=dropped, has_progress=any(on <= today for on in progress),
                                 due_soon_days=due_soon_days)
        assert TargetStatus(sql_status) is expected, ident
        assert bool(closed) is target_closed(expected)
        assert urgency == target_urgency(expected)


@given(today=todays, days=st.integers(-400, 400))
def test_a_day_compares_in_sql_as_it_does_in_python(engine, today, days):
    other = today + dt.timedelta(days=days)
    with engine.connect() as connection:
        before, between = connection.execute(select(rules_sql.day(today) < literal(other, Feedback.raised_on.type),
                                                    sql_portable.days_between(rules_sql.day(today),
                                                                           rules_sql.day(other)))).one()
    assert bool(before) is (today < other) and between == days
