"""The dashboard narrows in SQL what it lists; the rules in domain/ still decide. Over many
generated rows, days and standards, each of its SQL narrowings keeps exactly the records
the rules pick, in the dashboard's order: overdue feedback (services.narrowed), targets
overdue or due soon, consultations that fell short and funding notices given too late.

Each example fills an in-memory SQLite database with the store's own tables.
"""

import datetime as dt

from agreement import (
    T,
    add_feedback,
    add_meetings,
    add_targets,
    after_raised,
    days_around,
    example_session,
    examples,
    meetings_on,
    next_after,
)
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.orm import Session

from compactdesk.domain.enums import FeedbackState, FundingChange, MeetingKind, Sector, TargetStatus
from compactdesk.domain.rules import feedback_due, feedback_state, target_status
from compactdesk.domain.standards import check_consultation, notice_days_short
from compactdesk.services import attention, attention_standards
from compactdesk.services.meetings import FORMAL_KINDS
from compactdesk.store.models import Compact, Consultation, FundingNotice, Organisation, Person

SETTINGS = examples(120)
near, maybe, todays = days_around(150)


def _fresh(session: Session, **standards) -> None:
    """No records but one officer, two bodies and the compact with these standards."""
    session.execute(insert(Compact), [{"id": 1, "name": "Dyfnant Compact", **standards}])
    session.execute(insert(Organisation), [{"id": 1, "name": "Cyngor Sir Dyfnant", "sector": Sector.COUNCIL},
                                           {"id": 2, "name": "Grŵp Cymunedol", "sector": Sector.VCS}])
    session.execute(insert(Person), [{"id": 1, "name": "Llŷr Evans", "organisation_id": 1}])


meetings = meetings_on(near)
owed = st.lists(st.tuples(near, maybe, st.booleans(), maybe), min_size=1, max_size=30)


@SETTINGS
@given(today=todays, feedback_days=st.integers(1, 365), held=meetings, rows=owed)
@example(today=T, feedback_days=28, held=[(T - dt.timedelta(days=3), 10, MeetingKind.LIAISON)],
         rows=[(T - dt.timedelta(days=10), None, True, None), (T - dt.timedelta(days=40), None, False, T)])
def test_overdue_feedback_is_what_the_rule_says(engine, today, feedback_days, held, rows):
    with example_session(engine) as session:
        _fresh(session, feedback_days=feedback_days)
        add_meetings(session, held)
        add_feedback(session, rows)
        listed = attention._feedback_items(session, today)
    formal = [day for day, _, kind in held if kind in FORMAL_KINDS]
    expected = []
    for number, (raised, due_on, by_next, answered) in enumerate(rows, start=1):
        due = feedback_due(raised, due_on=after_raised(due_on, raised), by_next_meeting=by_next,
                           next_meeting_on=next_after(formal, raised), feedback_days=feedback_days)
        if feedback_state(today, due=due, answered_on=after_raised(answered, raised)) is FeedbackState.OVERDUE:
            expected.append((raised, number, due))
    assert [(item.ref_id, item.since) for item in listed] == [(number, due) for _, number, due in sorted(expected)]


targets = st.lists(st.tuples(maybe, maybe, maybe, maybe, st.lists(near, max_size=2)), min_size=1, max_size=30)


@SETTINGS
@given(today=todays, due_soon_days=st.integers(0, 30) | st.integers(0, 365), rows=targets)
@example(today=T, due_soon_days=30, rows=[(None, T + dt.timedelta(days=30), None, None, []),
                                          (None, T - dt.timedelta(days=1), T + dt.timedelta(days=1), None, [])])
def test_pressing_targets_are_what_the_rule_says(engine, today, due_soon_days, rows):
    with example_session(engine) as session:
        _fresh(session, due_soon_days=due_soon_days)
        add_targets(session, rows, more=lambda number: {"partner_id": 1 if number % 2 else None})
        listed = attention._target_items(session, today)
    expected = []
    for number, (start, deadline, completed, dropped, progress) in enumerate(rows, start=1):
        status = target_status(today, deadline=deadline, start_on=start, completed_on=completed, dropped_on=dropped,
                               has_progress=any(on <= today for on in progress), due_soon_days=due_soon_days)
        if status in (TargetStatus.OVERDUE, TargetStatus.DUE_SOON):
            expected.append((status is not TargetStatus.OVERDUE, deadline, number))
    assert [(not item.urgent, item.since, item.ref_id) for item in listed] == sorted(expected)
    assert all(item.detail.endswith("Cyngor Sir Dyfnant responsible") == bool(item.ref_id % 2) for item in listed)


consultations = st.lists(st.tuples(near, st.integers(0, 120), st.booleans(), maybe), min_size=1, max_size=20)


@SETTINGS
@given(today=todays, weeks=st.integers(1, 26), feedback_weeks=st.integers(1, 26), rows=consultations)
def test_consultations_on_the_dashboard_are_what_the_check_says(engine, today, weeks, feedback_weeks, rows):
    with example_session(engine) as session:
        _fresh(session, consultation_weeks=weeks, consultation_feedback_weeks=feedback_weeks)
        session.execute(insert(Consultation), [
            {"id": number, "title": f"Consultation {number}", "body_id": 1, "opens_on": opens,
             "closes_on": opens + dt.timedelta(days=length), "short_reason": "Statutory deadline" if reason else " ",
             "feedback_on": told}
            for number, (opens, length, reason, told) in enumerate(rows, start=1)])
        listed = attention_standards._consultation_items(session, today)
    expected = []
    for number, (opens, length, reason, told) in enumerate(rows, start=1):
        closes = opens + dt.timedelta(days=length)
        check = check_consultation(today, opens_on=opens, closes_on=closes,
                                   short_reason="Statutory deadline" if reason else " ", feedback_on=told,
                                   weeks=weeks, feedback_weeks=feedback_weeks)
        untold = check.feedback_late and not check.feedback_given
        short = check.short_unexplained and (today - closes).days <= attention_standards.RECENT_DAYS
        if untold or short:
            expected.append((closes, number))
    assert [item.ref_id for item in listed] == [number for _, number in sorted(expected)]


notices = st.lists(st.tuples(near, st.integers(0, 400)), min_size=1, max_size=20)
# Given at a month's end, where calendar months and SQLite's count part.
month_ends = st.lists(st.tuples(st.sampled_from([dt.date(2026, 1, 31), dt.date(2026, 8, 31), dt.date(2025, 11, 30),
                                                 dt.date(2024, 2, 29), dt.date(2026, 12, 31)]),
                                st.integers(25, 400)), min_size=1, max_size=6)


@SETTINGS
@given(today=todays, months=st.integers(1, 24), rows=notices | month_ends)
@example(today=dt.date(2026, 5, 1), months=1, rows=[(dt.date(2026, 1, 31), 28), (dt.date(2026, 1, 31), 29)])
def test_short_notices_on_the_dashboard_are_what_the_standard_says(engine, today, months, rows):
    with example_session(engine) as session:
        _fresh(session, funding_notice_months=months)
        session.execute(insert(FundingNotice), [
            {"id": number, "organisation_id": 2, "body_id": 1, "given_on": given,
             "effective_on": given + dt.timedelta(days=after), "change": FundingChange.REDUCE}
            for number, (given, after) in enumerate(rows, start=1)])
        listed = attention_standards._funding_items(session, today)
    recent = today - dt.timedelta(days=365)
    expected = sorted((given, number) for number, (given, after) in enumerate(rows, start=1)
                      if notice_days_short(given, given + dt.timedelta(days=after), months)
                      and given + dt.timedelta(days=after) >= recent)
    assert [item.ref_id for item in listed] == [number for _, number in expected]
