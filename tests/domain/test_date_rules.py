"""The date rules, over any dates (hypothesis)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.domain.dates import add_months, parse_date, uk_long_date
from compactdesk.domain.enums import FeedbackState, TargetStatus, TermState
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import (
    days_late,
    days_outstanding,
    feedback_due,
    feedback_state,
    target_status,
    term_state,
)

# Wide, but clear of date.max so that adding a deadline's days cannot overflow.
days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9000, 12, 31))
maybe = st.none() | days
rules = settings(max_examples=300, deadline=None)


@rules
@given(today=days, deadline=maybe, start=maybe, completed=maybe, dropped=maybe, progress=st.booleans(),
       window=st.integers(0, 365))
def test_target_status_precedence(today, deadline, start, completed, dropped, progress, window):
    status = target_status(today, deadline=deadline, start_on=start, completed_on=completed, dropped_on=dropped,
                           has_progress=progress, due_soon_days=window)
    if dropped is not None and dropped <= today:
        assert status is TargetStatus.DROPPED
    elif completed is not None and completed <= today:
        assert status is TargetStatus.DONE
    elif deadline is not None and today > deadline:
        assert status is TargetStatus.OVERDUE
    elif deadline is not None and (deadline - today).days <= window:
        assert status is TargetStatus.DUE_SOON
    elif progress and (start is None or start <= today):
        assert status is TargetStatus.ON_TRACK
    else:
        assert status is TargetStatus.NOT_STARTED


@rules
@given(today=days, deadline=days)
def test_a_completion_recorded_for_a_later_day_has_not_happened_yet(today, deadline):
    later = today + dt.timedelta(days=1) if today < dt.date(9000, 12, 31) else today
    status = target_status(today, deadline=deadline, completed_on=later)
    assert (status is TargetStatus.DONE) == (later <= today)


@rules
@given(raised=days, due=maybe, by_next=st.booleans(), next_meeting=maybe, allowed=st.integers(1, 365))
def test_feedback_due(raised, due, by_next, next_meeting, allowed):
    result = feedback_due(raised, due_on=due, by_next_meeting=by_next, next_meeting_on=next_meeting,
                          feedback_days=allowed)
    if due is not None:
        assert result == due
    elif by_next and next_meeting is not None and next_meeting > raised:
        assert result == next_meeting
    else:
        assert result == raised + dt.timedelta(days=allowed)


@rules
@given(today=days, raised=days, due_after=st.integers(0, 400), answered=maybe)
def test_feedback_state_days_outstanding_and_lateness_agree(today, raised, due_after, answered):
    due = raised + dt.timedelta(days=due_after)
    state = feedback_state(today, due=due, answered_on=answered)
    late = days_late(today, due=due, answered_on=answered)
    outstanding = days_outstanding(today, raised_on=raised, answered_on=answered)
    assert late >= 0 and outstanding >= 0
    if answered is not None and answered <= today:
        assert state in (FeedbackState.ANSWERED_ON_TIME, FeedbackState.ANSWERED_LATE)
        assert (state is FeedbackState.ANSWERED_LATE) == (answered > due) == (late > 0)
        assert outstanding == max(0, (answered - raised).days)
    else:
        assert state in (FeedbackState.OPEN, FeedbackState.OVERDUE)
        assert (state is FeedbackState.OVERDUE) == (today > due) == (late > 0)
        assert late == max(0, (today - due).days)


@rules
@given(today=days, held=st.booleans(), end=maybe, window=st.integers(0, 365))
def test_term_state(today, held, end, window):
    state = term_state(today, held=held, term_end=end, warning_days=window)
    if not held:
        assert state is TermState.VACANT
    elif end is not None and today <= end and (end - today).days <= window:
        assert state is TermState.ENDING_SOON
    else:
        assert state is TermState.FILLED


@rules
@given(day=st.dates(max_value=dt.date(9000, 1, 1)), months=st.integers(0, 120))
def test_calendar_months_never_spill_into_the_next_month(day, months):
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or later.day < day.day  # clipped only at a month's end


def test_thirty_november_plus_three_months_is_the_end_of_february():
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)


def test_uk_long_date():
    assert uk_long_date(dt.date(2026, 3, 3)) == "Tuesday 3 March 2026"


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "30/02/2027", "31/4/27", "", "next week", "2026-02-29"])
def test_impossible_dates_get_a_message_that_shows_the_form(text):
    with pytest.raises(ValidationError) as error:
        parse_date(text, "the deadline", "deadline")
    assert "15/01/2027" in str(error.value) and error.value.field == "deadline"
