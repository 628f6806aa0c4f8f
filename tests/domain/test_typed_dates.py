"""A date as a person in the UK types it reads back as that date, day first, always (issue 16).

A wrong date in a record that no one notices is the worst a form can do, so every
accepted way of writing a day is checked against every day, and what is not a day is
refused rather than read as some other one.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.domain.dates import parse_date
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.typed_dates import NotADay, read_typed_date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
days = st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31))


def _ways(day: dt.date) -> list[str]:
    month = MONTHS[day.month - 1]
    ways = [f"{day:%d/%m/%Y}", f"{day:%d-%m-%Y}", f"{day:%d.%m.%Y}", f"{day.day} {day.month} {day.year}",
            f"{day.day} {month[:3]} {day.year}", f"{day.day} {month} {day.year}",
            f"{day.day} {month.upper()} {day.year}", f" {day:%d / %m / %Y} ", day.isoformat()]
    if 1969 <= day.year <= 2068:  # two digits of a year name one of these (as Python's %y reads them)
        ways += [f"{day.day}/{day.month}/{day:%y}", f"{day.day} {month[:3]} {day:%y}"]
    return ways


@settings(max_examples=300, deadline=None)
@given(days)
def test_any_day_typed_any_accepted_way_reads_back_as_that_day(day):
    for typed in _ways(day):
        assert read_typed_date(typed) == day, typed
        assert parse_date(typed, "the date") == day, typed


def test_the_day_comes_first_always():
    # What a US-style reading, or a calendar widget's own parsing, got wrong.
    assert read_typed_date("01/02/2027") == dt.date(2027, 2, 1)
    assert read_typed_date("15/01/2027") == dt.date(2027, 1, 15)
    assert read_typed_date("15 1 2027") == dt.date(2027, 1, 15)
    assert read_typed_date("15 January 2027") == dt.date(2027, 1, 15)
    assert read_typed_date("3rd Sept 2027") == dt.date(2027, 9, 3)


def test_today_tomorrow_and_yesterday_count_from_the_day_given():
    today = dt.date(2026, 12, 31)
    assert [read_typed_date(word, today) for word in ("today", "Tomorrow", " yesterday ")] == [
        today, dt.date(2027, 1, 1), dt.date(2026, 12, 30)]


@pytest.mark.parametrize(("typed", "words"), [
    ("30/02/2027", "February 2027 has no day 30"), ("29/2/27", "February 2027 has no day 29"),
    ("31 April 2027", "April 2027 has no day 31"), ("15/13/2027", "there is no month 13"),
    ("00/01/2027", "January 2027 has no day 0"), ("15/01/0000", "there is no year 0"),
])
def test_a_day_that_does_not_exist_is_refused_and_says_why(typed, words):
    with pytest.raises(NotADay):
        read_typed_date(typed)
    with pytest.raises(ValidationError, match=words) as caught:
        parse_date(typed, "the meeting day", "day")
    assert typed in str(caught.value) and caught.value.field == "day"


@pytest.mark.parametrize("typed", ["15/01", "next Tuesday", "15 Janury 2027", "2027/01/15", "15/01/2027 10:00",
                                   "15012027", "1/1/1", "Ŵ/ŷ/2027", "15 Ionor 2027",
                                   "wythnos nesaf"])
def test_what_is_not_a_way_of_writing_a_day_is_not_read_as_one(typed):
    assert read_typed_date(typed) is None
    with pytest.raises(ValidationError, match="Write it day first"):
        parse_date(typed, "the date")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_day_or_refused_never_a_crash(typed):
    try:
        got = parse_date(typed, "the date")
    except ValidationError:
        return
    assert isinstance(got, dt.date)
