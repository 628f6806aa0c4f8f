"""Property tests for the plain rules: target status, feedback due dates and lateness,
seat terms, UK dates and the cleaning of typed text."""

import calendar
import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from compactdesk.domain import text
from compactdesk.domain.dates import add_months, parse_date, uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState, Sector, TargetStatus, TermState
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import (
    Standards,
    days_late,
    days_outstanding,
    feedback_due,
    feedback_state,
    holds_on,
    sector_balance,
    target_status,
    term_state,
)

SETTINGS = settings(max_examples=200, deadline=None)

# Dates to which days are added: far enough from date.min/date.max that no
# timedelta below a few years can overflow.
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
maybe_days = st.none() | days
any_day = st.dates()  # the full range, only where nothing is added
windows = st.integers(min_value=0, max_value=400)
T = dt.date(2026, 3, 3)


def d(offset: int) -> dt.date:
    return T + dt.timedelta(days=offset)


# --- target_status ---------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"deadline": None}, TargetStatus.NOT_STARTED),
    ({"deadline": d(100), "has_progress": True}, TargetStatus.ON_TRACK),
    ({"deadline": d(10)}, TargetStatus.DUE_SOON),
    ({"deadline": d(-1)}, TargetStatus.OVERDUE),
    ({"deadline": d(-1), "completed_on": d(-2)}, TargetStatus.DONE),
    ({"deadline": d(-1), "completed_on": d(-2), "dropped_on": d(-3)}, TargetStatus.DROPPED),
])
def test_every_target_status_is_reachable(kwargs, expected):
    assert target_status(T, **kwargs) is expected


def test_all_target_statuses_covered_by_the_examples_above():
    # If a status is added to the enum, the reachability table must grow too.
    assert set(TargetStatus) == {TargetStatus.NOT_STARTED, TargetStatus.ON_TRACK, TargetStatus.DUE_SOON,
                                 TargetStatus.OVERDUE, TargetStatus.DONE, TargetStatus.DROPPED}


def _expected_status(today, deadline, start_on, completed_on, dropped_on, has_progress, window):
    # The documented precedence: dropped > done > overdue > due soon > not started / on track.
    if dropped_on is not None and dropped_on <= today:
        return TargetStatus.DROPPED
    if completed_on is not None and completed_on <= today:
        return TargetStatus.DONE
    if deadline is not None and deadline < today:
        return TargetStatus.OVERDUE
    if deadline is not None and deadline <= today + dt.timedelta(days=window):
        return TargetStatus.DUE_SOON
    if has_progress and (start_on is None or start_on <= today):
        return TargetStatus.ON_TRACK
    return TargetStatus.NOT_STARTED


@SETTINGS
@given(today=days, deadline=maybe_days, start_on=maybe_days, completed_on=maybe_days, dropped_on=maybe_days,
       has_progress=st.booleans(), window=windows)
def test_target_status_follows_the_precedence(today, deadline, start_on, completed_on, dropped_on, has_progress,
                                              window):
    got = target_status(today, deadline=deadline, start_on=start_on, completed_on=completed_on,
                        dropped_on=dropped_on, has_progress=has_progress, due_soon_days=window)
    assert got is _expected_status(today, deadline, start_on, completed_on, dropped_on, has_progress, window)


@SETTINGS
@given(today=days, deadline=maybe_days, start_on=maybe_days, has_progress=st.booleans(), window=windows,
       ahead=st.integers(min_value=1, max_value=3000), which=st.sampled_from(["completed_on", "dropped_on"]))
def test_target_dates_after_today_do_not_count(today, deadline, start_on, has_progress, window, ahead, which):
    base = dict(deadline=deadline, start_on=start_on, has_progress=has_progress, due_soon_days=window)
    future = today + dt.timedelta(days=ahead)
    assert target_status(today, **base, **{which: future}) is target_status(today, **base)
    assert target_status(future, **base, **{which: future}) in (TargetStatus.DONE, TargetStatus.DROPPED)


@SETTINGS
@given(today=days, deadline=days, completed_on=maybe_days, window=windows, has_progress=st.booleans())
def test_dropped_on_or_before_today_beats_everything(today, deadline, completed_on, window, has_progress):
    assert target_status(today, deadline=deadline, completed_on=completed_on, dropped_on=today,
                         has_progress=has_progress, due_soon_days=window) is TargetStatus.DROPPED


def test_due_soon_window_is_inclusive_and_today_is_not_overdue():
    assert target_status(T, deadline=d(30), due_soon_days=30) is TargetStatus.DUE_SOON
    assert target_status(T, deadline=d(31), due_soon_days=30) is TargetStatus.NOT_STARTED
    assert target_status(T, deadline=T, due_soon_days=0) is TargetStatus.DUE_SOON
    assert target_status(T, deadline=d(-1), due_soon_days=0) is TargetStatus.OVERDUE


def test_progress_before_the_start_date_is_still_not_started():
    assert target_status(T, deadline=None, start_on=d(1), has_progress=True) is TargetStatus.NOT_STARTED
    assert target_status(T, deadline=None, start_on=T, has_progress=True) is TargetStatus.ON_TRACK


# --- feedback_due ----------------------------------------------------------


@SETTINGS
@given(raised=days, due=days, by_next=st.booleans(), next_on=maybe_days, fb_days=st.integers(0, 365))
def test_an_explicit_due_date_wins(raised, due, by_next, next_on, fb_days):
    assert feedback_due(raised, due_on=due, by_next_meeting=by_next, next_meeting_on=next_on,
                        feedback_days=fb_days) == due


@SETTINGS
@given(raised=days, by_next=st.booleans(), next_on=maybe_days, fb_days=st.integers(0, 365))
def test_feedback_due_without_an_explicit_date(raised, by_next, next_on, fb_days):
    got = feedback_due(raised, by_next_meeting=by_next, next_meeting_on=next_on, feedback_days=fb_days)
    if by_next and next_on is not None and next_on > raised:
        assert got == next_on
    else:
        assert got == raised + dt.timedelta(days=fb_days)
    assert got >= raised


def test_feedback_due_examples():
    assert feedback_due(T) == dt.date(2026, 3, 31)  # the national 28 days
    assert feedback_due(T, by_next_meeting=True, next_meeting_on=d(50)) == d(50)
    # A meeting on the day it was raised, or before, is not "the next meeting".
    assert feedback_due(T, by_next_meeting=True, next_meeting_on=T) == d(28)
    assert feedback_due(T, by_next_meeting=True, next_meeting_on=d(-7)) == d(28)
    assert feedback_due(T, by_next_meeting=True, next_meeting_on=None, feedback_days=14) == d(14)
    # The next meeting is only used when that is the rule.
    assert feedback_due(T, by_next_meeting=False, next_meeting_on=d(5)) == d(28)


# --- feedback_state, days_outstanding, days_late ---------------------------


@SETTINGS
@given(today=any_day, raised=any_day, due=any_day, answered=st.none() | any_day)
def test_feedback_counts_are_never_negative_and_agree_with_the_state(today, raised, due, answered):
    state = feedback_state(today, due=due, answered_on=answered)
    late = days_late(today, due=due, answered_on=answered)
    outstanding = days_outstanding(today, raised_on=raised, answered_on=answered)
    assert late >= 0
    assert outstanding >= 0
    assert (late > 0) == (state in (FeedbackState.OVERDUE, FeedbackState.ANSWERED_LATE))
    answered_by_today = answered is not None and answered <= today
    assert (state in (FeedbackState.ANSWERED_ON_TIME, FeedbackState.ANSWERED_LATE)) == answered_by_today
    end = answered if answered_by_today else today
    assert late == max(0, (end - due).days)
    assert outstanding == max(0, (end - raised).days)


@SETTINGS
@given(today=days, due=days, before=st.integers(0, 1000))
def test_answered_on_or_before_the_due_date_is_on_time(today, due, before):
    answered = due - dt.timedelta(days=before)
    assume(answered <= today)
    assert feedback_state(today, due=due, answered_on=answered) is FeedbackState.ANSWERED_ON_TIME
    assert days_late(today, due=due, answered_on=answered) == 0


@SETTINGS
@given(today=days, due=days, after=st.integers(1, 1000))
def test_answered_after_the_due_date_is_late_by_that_many_days(today, due, after):
    answered = due + dt.timedelta(days=after)
    assume(answered <= today)
    assert feedback_state(today, due=due, answered_on=answered) is FeedbackState.ANSWERED_LATE
    assert days_late(today, due=due, answered_on=answered) == after


@SETTINGS
@given(today=days, due=days, ahead=st.integers(1, 1000))
def test_an_answer_dated_after_today_has_not_happened(today, due, ahead):
    answered = today + dt.timedelta(days=ahead)
    assert feedback_state(today, due=due, answered_on=answered) is feedback_state(today, due=due, answered_on=None)
    assert days_late(today, due=due, answered_on=answered) == days_late(today, due=due, answered_on=None)


def test_feedback_state_examples():
    assert feedback_state(T, due=T, answered_on=None) is FeedbackState.OPEN
    assert feedback_state(d(1), due=T, answered_on=None) is FeedbackState.OVERDUE
    assert days_late(d(5), due=T, answered_on=None) == 5
    assert feedback_state(d(9), due=T, answered_on=T) is FeedbackState.ANSWERED_ON_TIME
    assert feedback_state(d(9), due=T, answered_on=d(2)) is FeedbackState.ANSWERED_LATE
    assert days_outstanding(d(9), raised_on=d(-28), answered_on=d(2)) == 30
    assert days_outstanding(d(9), raised_on=d(-28), answered_on=None) == 37


# --- term_state and holds_on -----------------------------------------------


@SETTINGS
@given(today=days, held=st.booleans(), term_end=maybe_days, warning=windows)
def test_term_state(today, held, term_end, warning):
    got = term_state(today, held=held, term_end=term_end, warning_days=warning)
    if not held:
        assert got is TermState.VACANT
    elif term_end is not None and today <= term_end <= today + dt.timedelta(days=warning):
        assert got is TermState.ENDING_SOON
    else:
        assert got is TermState.FILLED


def test_term_ending_soon_window_is_inclusive_at_both_ends():
    assert term_state(T, held=True, term_end=T, warning_days=60) is TermState.ENDING_SOON
    assert term_state(T, held=True, term_end=d(60), warning_days=60) is TermState.ENDING_SOON
    assert term_state(T, held=True, term_end=d(61), warning_days=60) is TermState.FILLED
    assert term_state(T, held=True, term_end=None, warning_days=60) is TermState.FILLED
    assert term_state(T, held=False, term_end=d(10), warning_days=60) is TermState.VACANT


@SETTINGS
@given(today=any_day, start=any_day, end=st.none() | any_day)
def test_holds_on_is_an_inclusive_range(today, start, end):
    assert holds_on(today, start, end) == (start <= today and (end is None or today <= end))


def test_holds_on_edges():
    assert holds_on(T, T, T)
    assert holds_on(T, d(-400), None)
    assert not holds_on(T, d(1), None)
    assert not holds_on(T, d(-10), d(-1))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(list(Sector)), st.booleans()), max_size=40))
def test_sector_balance_counts_every_seat_once(seats):
    balance = sector_balance(seats)
    assert balance.public_seats + balance.vcs_seats == len(seats)
    assert balance.vcs_seats == sum(1 for sector, _ in seats if sector is Sector.VCS)
    assert balance.public_filled == sum(1 for sector, filled in seats if filled and sector is not Sector.VCS)
    assert balance.vcs_filled == sum(1 for sector, filled in seats if filled and sector is Sector.VCS)
    assert sum(balance.by_sector.values()) == len(seats)
    assert balance.public_filled <= balance.public_seats and balance.vcs_filled <= balance.vcs_seats


def test_sector_balance_two_plus_two_plus_two():
    seats = [(Sector.COUNCIL, True), (Sector.COUNCIL, False), (Sector.HEALTH, True), (Sector.HEALTH, True),
             (Sector.VCS, True), (Sector.VCS, False)]
    balance = sector_balance(seats)
    assert (balance.public_seats, balance.public_filled, balance.vcs_seats, balance.vcs_filled) == (4, 3, 2, 1)
    assert balance.by_sector == {Sector.COUNCIL: 2, Sector.HEALTH: 2, Sector.VCS: 2}


def test_standards_default_to_the_national_compact():
    rules = Standards()
    assert (rules.consultation_weeks, rules.funding_notice_months, rules.feedback_days) == (12, 3, 28)
    assert rules.feedback_by_next_meeting is False


# --- dates ----------------------------------------------------------------


@pytest.mark.parametrize(("start", "months", "expected"), [
    (dt.date(2025, 11, 30), 3, dt.date(2026, 2, 28)),
    (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
    (dt.date(2026, 3, 3), 12, dt.date(2027, 3, 3)),
    (dt.date(2026, 3, 3), 0, dt.date(2026, 3, 3)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
])
def test_add_months_examples(start, months, expected):
    assert add_months(start, months) == expected


def _check_add_months(day, months):
    got = add_months(day, months)
    index = day.year * 12 + (day.month - 1) + months
    assert (got.year, got.month) == (index // 12, index % 12 + 1)
    assert got.day <= day.day  # same or earlier day of the month, never spilling over
    assert got.day == min(day.day, calendar.monthrange(got.year, got.month)[1])


@SETTINGS
@given(day=days, months=st.integers(min_value=-600, max_value=600))
def test_add_months_moves_whole_calendar_months(day, months):
    _check_add_months(day, months)


@SETTINGS
@given(day=any_day, months=st.integers(min_value=-200_000, max_value=200_000))
@example(day=dt.date(9999, 12, 31), months=0)
@example(day=dt.date(9999, 1, 31), months=11)
@example(day=dt.date(1, 12, 31), months=-11)
def test_add_months_at_the_ends_of_the_calendar(day, months):
    index = day.year * 12 + (day.month - 1) + months
    assume(1 <= index // 12 <= 9999)  # only where the answer is a representable date
    _check_add_months(day, months)


def test_uk_dates_as_papers_print_them():
    assert uk_long_date(dt.date(2026, 3, 3)) == "Tuesday 3 March 2026"
    assert uk_date(dt.date(2026, 11, 24)) == "24 November 2026"
    assert uk_long_date(dt.date(2025, 12, 25)) == "Thursday 25 December 2025"


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


@SETTINGS
@given(any_day)
def test_uk_long_date_has_weekday_day_month_year_without_leading_zero(day):
    assert uk_long_date(day) == f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTH_NAMES[day.month]} {day.year}"
    assert uk_long_date(day).endswith(uk_date(day))


@SETTINGS
@given(day=any_day, pad=st.sampled_from(["", " ", "  ", "\t", " \n"]))
def test_parse_date_reads_back_iso_dates(day, pad):
    assert parse_date(f"{pad}{day.isoformat()}{pad}", "the start date") == day


@pytest.mark.parametrize("typed", ["2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31", "2026-00-10"])
def test_parse_date_refuses_impossible_dates_with_a_helpful_message(typed):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, "the deadline", "deadline")
    message = str(caught.value)
    assert typed in message
    assert "the deadline" in message
    assert "has no day" in message or "there is no month" in message
    assert "15/01/2027" in message
    assert caught.value.field == "deadline"


@pytest.mark.parametrize("typed", ["", "   ", None, "3/3", "next Tuesday", "2026/03/03", "3/3/202", "03-2026-03"])
def test_parse_date_refuses_what_is_not_a_date(typed):
    with pytest.raises(ValidationError, match="is not a date CompactDesk can read for the deadline"):
        parse_date(typed, "the deadline")


@SETTINGS
@given(st.text(max_size=60))
def test_parse_date_either_reads_a_date_or_raises_validation_error(typed):
    try:
        got = parse_date(typed, "the date")
    except ValidationError as error:
        assert "the date" in str(error)
        assert len(str(error)) < 300  # a long paste is cut short in the message
    else:
        assert isinstance(got, dt.date)


# --- text -----------------------------------------------------------------

_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
controls = st.sampled_from([chr(c) for c in [*range(0, 32), *range(0x7F, 0xA0)]] + ["\ufffe", "\uffff"])
messy = st.lists(st.text(max_size=20) | surrogates | controls, max_size=12).map("".join)


@SETTINGS
@given(messy, st.booleans())
def test_clean_removes_control_characters_and_lone_surrogates(value, multiline):
    cleaned = text.clean(value, multiline=multiline)
    assert not _BAD.search(cleaned)
    assert cleaned == cleaned.strip()
    if not multiline:
        assert "\n" not in cleaned and "\t" not in cleaned and "  " not in cleaned
    cleaned.encode("utf-8")  # storable and printable: no lone surrogate survives


@SETTINGS
@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "S"]) | st.just(" "), max_size=40))
def test_clean_leaves_ordinary_single_line_text_alone_apart_from_spacing(value):
    assert text.clean(value) == " ".join(unicodedata.normalize("NFC", value).split())


def test_clean_keeps_tab_and_newline_in_multiline_text():
    assert text.clean("Item 1\tAgreed\nItem 2\r\nDeferred\rEnd", multiline=True) == \
        "Item 1\tAgreed\nItem 2\nDeferred\nEnd"
    assert text.clean("Item 1\tAgreed\nItem 2") == "Item 1 Agreed Item 2"


def test_clean_strips_control_characters_typed_or_pasted():
    assert text.clean("Llŷr\x00 Jones\x07\x1b[0m\x85") == "Llŷr Jones[0m"
    # A vertical tab (Word's Shift+Enter) and a form feed are line breaks, not characters to delete (issue 21).
    assert text.clean("a\x0bb\x0cc", multiline=True) == "a\nb\nc"


def test_clean_replaces_lone_surrogates():
    assert text.clean("Siân\ud800 Evans\udfff") == "Siân\ufffd Evans\ufffd"


@pytest.mark.parametrize("name", ["Llŷr", "Gwenllïan", "Łucja Wąsowska", "Ynys Môn", "Rhondda Cynon Taf",
                                  "Pen-y-bont ar Ogwr", "Siân 🏴󠁧󠁢󠁷󠁬󠁳󠁿 👍🏽"])
def test_clean_keeps_welsh_polish_and_emoji_text(name):
    assert text.clean(name) == name
    assert text.required(name, "the name", "name") == name


def test_clean_composes_decomposed_letters():
    assert text.clean("Ynys Mo\u0302n") == "Ynys Môn"


def test_clean_none_is_empty():
    assert text.clean(None) == ""


def test_clean_output_is_nfc_even_when_a_control_character_sat_inside_a_letter():
    # Regression: controls must be removed before NFC, or the letter and its accent stay apart.
    cleaned = text.clean("Gwenlli\x00\u0308an")
    assert cleaned == "Gwenllïan"
    assert text.clean(cleaned) == cleaned


@SETTINGS
@given(value=st.text(max_size=30), limit=st.integers(min_value=1, max_value=20), multiline=st.booleans())
def test_optional_either_cleans_or_refuses_over_length(value, limit, multiline):
    cleaned = text.clean(value, multiline=multiline)
    try:
        got = text.optional(value, "the notes", "notes", multiline=multiline, limit=limit)
    except ValidationError as error:
        assert len(cleaned) > limit
        assert error.field == "notes"
        assert str(error).startswith("The notes: ")  # "is" would not agree with a plural (issue 21)
        assert f"there is room for {limit} at most" in str(error)
    else:
        assert got == cleaned
        assert len(got) <= limit


@SETTINGS
@given(value=st.text(max_size=400))
def test_required_either_cleans_or_says_why_not(value):
    cleaned = text.clean(value)
    try:
        got = text.required(value, "the person's name", "name")
    except ValidationError as error:
        assert error.field == "name"
        if not cleaned:
            assert "Please give the person's name" in str(error)
        else:
            assert len(cleaned) > text.SHORT
            assert "characters, but there is room for" in str(error)
    else:
        assert got == cleaned and got
        assert len(got) <= text.SHORT


@pytest.mark.parametrize("blank", ["", "   ", None, "\t\n", "\x00\x07", "\u00a0"])
def test_required_rejects_blank(blank):
    with pytest.raises(ValidationError) as caught:
        text.required(blank, "the seat's title", "title")
    assert "the seat's title" in str(caught.value)
    assert "cannot be left empty" in str(caught.value)
    assert caught.value.field == "title"


def test_over_length_message_gives_lengths_and_a_way_out():
    with pytest.raises(ValidationError) as caught:
        text.required("x" * (text.SHORT + 1), "the venue", "venue")
    message = str(caught.value)
    assert "The venue: 301 characters" in message and "300" in message
    assert "attach the full text as a paper" in message
    assert text.optional("x" * 5000, "the minutes", "minutes", multiline=True) == "x" * 5000
