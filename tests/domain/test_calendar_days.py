"""Weekends and bank holidays in England and Wales: a meeting on one gets a word of warning, and a
suggested meeting day is never one (issue 16: a new meeting defaulted to a Sunday without a word)."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.domain.calendar_days import bank_holiday, day_off_warning, is_working_day, next_working_day
from compactdesk.domain.rules import USUAL_MEETING_GAP_DAYS, usual_meeting_day

days = st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31))


def test_a_weekend_day_is_named():
    assert day_off_warning(dt.date(2027, 1, 16)) == "That is a Saturday."
    assert day_off_warning(dt.date(2027, 1, 17)) == "That is a Sunday."
    assert day_off_warning(dt.date(2027, 1, 15)) == ""


def test_a_bank_holiday_is_named_even_on_a_weekend():
    assert day_off_warning(dt.date(2027, 12, 25)) == "That is a bank holiday (Christmas Day)."
    assert day_off_warning(dt.date(2026, 12, 28)) == "That is a bank holiday, in place of Boxing Day."
    assert day_off_warning(dt.date(2027, 5, 3)) == "That is a bank holiday (May Day)."


def test_england_and_wales_not_scotland():
    assert bank_holiday(dt.date(2027, 1, 4)) is None  # 2 January is Scotland's, moved to the Monday
    assert bank_holiday(dt.date(2027, 8, 30)) == "Late Summer Bank Holiday"


@settings(max_examples=200, deadline=None)
@given(days)
def test_the_next_working_day_is_the_first_working_day_from_then(day):
    found = next_working_day(day)
    assert is_working_day(found) and found >= day
    assert all(not is_working_day(day + dt.timedelta(days=n)) for n in range((found - day).days))
    assert (found - day).days <= 4  # Christmas, Boxing Day and a weekend, at most


@settings(max_examples=200, deadline=None)
@given(days)
def test_a_new_meeting_is_offered_on_a_working_day_about_a_fortnight_ahead(today):
    offered = usual_meeting_day(today)
    assert is_working_day(offered) and day_off_warning(offered) == ""
    assert USUAL_MEETING_GAP_DAYS <= (offered - today).days <= USUAL_MEETING_GAP_DAYS + 4
    if is_working_day(today + dt.timedelta(days=USUAL_MEETING_GAP_DAYS)):
        assert (offered - today).days == USUAL_MEETING_GAP_DAYS
