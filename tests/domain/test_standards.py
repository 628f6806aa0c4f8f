"""The compact's standards (domain/standards.py), over any dates (hypothesis) and at their boundaries.

Every function in the module is exercised: consultation length and feedback, funding notice in calendar
months, code reviews, sign-up, and the figures (percent, median, year bounds).
"""

import calendar
import datetime as dt
import inspect
import math
import statistics
from fractions import Fraction

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from compactdesk.domain import standards
from compactdesk.domain.enums import CodeStatus, FundingOutcome
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.standards import (
    ConsultationCheck,
    check_consultation,
    check_notice_outcome,
    code_review_due,
    code_review_overdue,
    consultation_days,
    consultation_feedback_due,
    consultation_full_length_closes,
    consultation_is_short,
    funding_notice_ok,
    in_year,
    median_days,
    notice_days_short,
    notice_needed_until,
    notice_to_take_up,
    percent,
    round_half_up,
    signed_up_on,
    year_bounds,
)

ordinary = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
# As far as each function allows: adding up to 120 months or 52 weeks must stay inside the calendar.
anywhere = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9989, 12, 31))
days = ordinary | anywhere
maybe = st.none() | days
months = st.integers(1, 120)
weeks = st.integers(1, 52)
rules = settings(max_examples=400, deadline=None)
IN_FORCE = [status for status in CodeStatus if status.in_force]
NOT_IN_FORCE = [status for status in CodeStatus if not status.in_force]


def test_every_function_in_the_module_is_tested_here():
    tested = {name for name in globals() if callable(globals()[name])}
    public = {name for name, value in vars(standards).items()
              if inspect.isfunction(value) and value.__module__ == standards.__name__ and not name.startswith("_")}
    assert public <= tested, public - tested


def plus_days(day: dt.date, count: int) -> dt.date:
    return day + dt.timedelta(days=count)


# -- consultations: length ----------------------------------------------------------------------------


# Counted as people count it: the opening and the closing day are both days a response can be sent.


@rules
@given(opens=days, between=st.integers(0, 800))
def test_consultation_days_counts_both_the_opening_and_the_closing_day(opens, between):
    assume(opens <= dt.date(9989, 1, 1))
    assert consultation_days(opens, plus_days(opens, between)) == between + 1


def test_open_and_closed_on_one_day_is_one_day():
    assert consultation_days(dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == 1


@rules
@given(opens=days, standard=weeks)
@example(opens=dt.date(2026, 1, 5), standard=12)
def test_opens_d_closes_d_plus_w_weeks_less_a_day_is_exactly_w_weeks_and_meets_w(opens, standard):
    assume(opens <= dt.date(9989, 1, 1))
    closes = plus_days(opens, 7 * standard - 1)
    assert consultation_full_length_closes(opens, standard) == closes
    assert consultation_days(opens, closes) == 7 * standard
    assert not consultation_is_short(opens, closes, standard)
    assert consultation_is_short(opens, plus_days(closes, -1), standard)
    assert not consultation_is_short(opens, closes, standard - 1) if standard > 1 else True


def test_monday_5_january_to_sunday_29_march_is_twelve_weeks_and_the_saturday_before_is_short():
    """The issue's case: open Monday to the Sunday twelve weeks later was counted 11 weeks 6 days."""
    opens = dt.date(2026, 1, 5)
    assert opens.strftime("%A") == "Monday" and consultation_full_length_closes(opens, 12) == dt.date(2026, 3, 29)
    assert dt.date(2026, 3, 29).strftime("%A") == "Sunday"
    assert consultation_days(opens, dt.date(2026, 3, 29)) == 84
    assert not consultation_is_short(opens, dt.date(2026, 3, 29), 12)
    assert consultation_is_short(opens, dt.date(2026, 3, 28), 12)


@rules
@given(opens=days, between=st.integers(0, 800), standard=weeks)
def test_a_consultation_is_short_exactly_when_open_fewer_than_the_weeks_times_seven_days(opens, between, standard):
    assume(opens <= dt.date(9989, 1, 1))
    assert consultation_is_short(opens, plus_days(opens, between), standard) == (between + 1 < standard * 7)


@given(opens=days)
@example(opens=dt.date(2026, 1, 5))
def test_twelve_weeks_closes_83_days_after_opening_82_is_short(opens):
    assume(opens <= dt.date(9989, 1, 1))
    assert consultation_is_short(opens, plus_days(opens, 82), 12)
    assert not consultation_is_short(opens, plus_days(opens, 83), 12)


@rules
@given(opens=days, shorter=st.integers(0, 400), longer=st.integers(0, 400), standard=weeks)
def test_a_longer_consultation_is_never_shorter_than_the_standard_when_a_shorter_one_was_not(
        opens, shorter, longer, standard):
    assume(opens <= dt.date(9989, 1, 1))
    shorter, longer = sorted((shorter, longer))
    if not consultation_is_short(opens, plus_days(opens, shorter), standard):
        assert not consultation_is_short(opens, plus_days(opens, longer), standard)


# -- consultations: feedback ----------------------------------------------------------------------------


@rules
@given(closes=days, standard=weeks)
def test_feedback_is_due_the_set_weeks_after_closing(closes, standard):
    due = consultation_feedback_due(closes, standard)
    assert due == closes + dt.timedelta(weeks=standard)
    assert (due - closes).days == standard * 7 and due.weekday() == closes.weekday()


@rules
@given(opens=days, length=st.integers(0, 200), standard=weeks, feedback_weeks=weeks, offset=st.integers(-3, 3))
def test_untold_respondents_are_late_only_after_the_due_day(opens, length, standard, feedback_weeks, offset):
    assume(opens <= dt.date(9980, 1, 1))
    closes = plus_days(opens, length)
    due = consultation_feedback_due(closes, feedback_weeks)
    today = plus_days(due, offset)
    check = check_consultation(today, opens_on=opens, closes_on=closes, weeks=standard, feedback_weeks=feedback_weeks)
    assert check.feedback_due == due and not check.feedback_given
    assert check.feedback_late == (offset > 0)
    # Not told and past the day: flagged, whatever the length.
    assert check.flagged == (offset > 0 or check.short_unexplained)


def test_feedback_due_on_the_day_is_not_late_and_the_day_after_is():
    closes = dt.date(2026, 3, 31)
    due = dt.date(2026, 6, 23)
    assert consultation_feedback_due(closes, 12) == due
    on_time = check_consultation(due, opens_on=dt.date(2026, 1, 1), closes_on=closes)
    assert (on_time.feedback_late, on_time.flagged, on_time.meets_standard) == (False, False, True)
    late = check_consultation(plus_days(due, 1), opens_on=dt.date(2026, 1, 1), closes_on=closes)
    assert (late.feedback_late, late.flagged, late.meets_standard) == (True, True, False)


@rules
@given(opens=days, length=st.integers(84, 200), late_by=st.integers(1, 400), later=st.integers(0, 400))
def test_feedback_published_late_counts_against_the_standard_but_is_no_longer_flagged(opens, length, late_by, later):
    assume(opens <= dt.date(9980, 1, 1))
    closes = plus_days(opens, length)
    published = plus_days(consultation_feedback_due(closes, 12), late_by)
    check = check_consultation(plus_days(published, later), opens_on=opens, closes_on=closes, feedback_on=published)
    assert check.feedback_given and check.feedback_late
    assert not check.meets_standard
    assert not check.flagged  # respondents have been told: nothing left to chase


@rules
@given(opens=days, length=st.integers(84, 200), early=st.integers(0, 84))
def test_feedback_published_by_the_due_day_meets_the_standard(opens, length, early):
    assume(opens <= dt.date(9980, 1, 1))
    closes = plus_days(opens, length)
    published = plus_days(consultation_feedback_due(closes, 12), -early)
    check = check_consultation(dt.date(9999, 1, 1), opens_on=opens, closes_on=closes, feedback_on=published)
    assert check.feedback_given and not check.feedback_late and check.meets_standard and not check.flagged


@rules
@given(opens=days, length=st.integers(0, 200), ahead=st.integers(1, 400))
def test_feedback_dated_after_today_has_not_been_given_yet(opens, length, ahead):
    assume(opens <= dt.date(9970, 1, 1))
    closes = plus_days(opens, length)
    today = plus_days(closes, 1)
    check = check_consultation(today, opens_on=opens, closes_on=closes, feedback_on=plus_days(today, ahead))
    assert not check.feedback_given


# -- consultations: the check as a whole -----------------------------------------------------------------


@rules
@given(today=days, opens=days, length=st.integers(0, 200), reason=st.sampled_from(["", "  ", "Winter deadline"]),
       feedback=st.none() | st.integers(0, 300), standard=weeks, feedback_weeks=weeks)
def test_the_check_agrees_with_its_parts(today, opens, length, reason, feedback, standard, feedback_weeks):
    assume(opens <= dt.date(9970, 1, 1))
    closes = plus_days(opens, length)
    published = None if feedback is None else plus_days(opens, feedback)
    check = check_consultation(today, opens_on=opens, closes_on=closes, short_reason=reason, feedback_on=published,
                               weeks=standard, feedback_weeks=feedback_weeks)
    assert isinstance(check, ConsultationCheck)
    assert check.short == consultation_is_short(opens, closes, standard)
    assert check.explained == bool(reason.strip())
    assert check.short_unexplained == (check.short and not reason.strip())
    assert check.length_ok == (not check.short_unexplained)
    assert check.feedback_given == (published is not None and published <= today)
    assert check.meets_standard == (check.length_ok and not check.feedback_late)
    assert check.flagged == (check.short_unexplained or (check.feedback_late and not check.feedback_given))


@rules
@given(opens=days, length=st.integers(0, 82), reason=st.text(min_size=1).filter(lambda t: t.strip()))
def test_a_reason_makes_a_short_consultation_not_flagged(opens, length, reason):
    assume(opens <= dt.date(9980, 1, 1))
    closes = plus_days(opens, length)
    told = plus_days(closes, 7)
    unexplained = check_consultation(told, opens_on=opens, closes_on=closes, feedback_on=told)
    explained = check_consultation(told, opens_on=opens, closes_on=closes, feedback_on=told, short_reason=reason)
    assert unexplained.short and unexplained.flagged and not unexplained.meets_standard
    assert explained.short and explained.explained and not explained.flagged and explained.meets_standard


def test_the_standard_numbers_default_to_the_national_compacts():
    opens = dt.date(2026, 1, 1)
    check = check_consultation(dt.date(2026, 1, 1), opens_on=opens, closes_on=plus_days(opens, 82))
    assert check.short and check.feedback_due == plus_days(opens, 82 + 84)
    assert not check_consultation(dt.date(2026, 1, 1), opens_on=opens, closes_on=plus_days(opens, 83)).short


# -- funding notice --------------------------------------------------------------------------------------


@rules
@given(given_on=days, notice=months)
def test_the_needed_until_day_is_a_real_day_in_the_right_month(given_on, notice):
    until = notice_needed_until(given_on, notice)
    month_count = given_on.year * 12 + given_on.month - 1 + notice
    assert until.year * 12 + until.month - 1 == month_count  # exactly `notice` calendar months on
    last_day = calendar.monthrange(until.year, until.month)[1]
    # The same day of the month, or the month's last day when it has no such day (31 August + 6 = 28 February).
    assert until.day == min(given_on.day, last_day)
    assert until > given_on


@pytest.mark.parametrize(("given_on", "notice", "until"), [
    (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
    (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),  # a leap year
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
    (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2026, 3, 31), 3, dt.date(2026, 6, 30)),
    (dt.date(2026, 5, 15), 3, dt.date(2026, 8, 15)),
    (dt.date(1900, 11, 30), 3, dt.date(1901, 2, 28)),  # 1900 was not a leap year
    (dt.date(2199, 11, 30), 3, dt.date(2200, 2, 28)),  # nor is 2200
    (dt.date(1999, 11, 30), 3, dt.date(2000, 2, 29)),  # 2000 was
    (dt.date(9999, 9, 30), 3, dt.date(9999, 12, 30)),  # the calendar's last months
])
def test_calendar_months_of_notice(given_on, notice, until):
    assert notice_needed_until(given_on, notice) == until


@rules
@given(given_on=days, notice=months, offset=st.integers(-400, 400))
def test_notice_is_met_from_the_needed_until_day_on(given_on, notice, offset):
    until = notice_needed_until(given_on, notice)
    assume(dt.date.min + dt.timedelta(days=400) < until < dt.date.max - dt.timedelta(days=400))
    effective = plus_days(until, offset)
    assert funding_notice_ok(given_on, effective, notice) == (offset >= 0)
    assert notice_days_short(given_on, effective, notice) == max(0, -offset)


@rules
@given(given_on=days, notice=months)
def test_the_boundary_day_exactly(given_on, notice):
    until = notice_needed_until(given_on, notice)
    assert funding_notice_ok(given_on, until, notice) and notice_days_short(given_on, until, notice) == 0
    day_before = plus_days(until, -1)
    assert not funding_notice_ok(given_on, day_before, notice)
    assert notice_days_short(given_on, day_before, notice) == 1


@rules
@given(given_on=days, notice=months, first=st.integers(0, 5000), second=st.integers(0, 5000))
def test_compliance_is_monotone_in_the_effective_date(given_on, notice, first, second):
    assume(given_on <= dt.date(9970, 1, 1))
    earlier, later = sorted((plus_days(given_on, first), plus_days(given_on, second)))
    if funding_notice_ok(given_on, earlier, notice):
        assert funding_notice_ok(given_on, later, notice)
    assert notice_days_short(given_on, later, notice) <= notice_days_short(given_on, earlier, notice)


@rules
@given(given_on=days, standard=st.integers(1, 60), extra=st.integers(0, 60))
def test_more_months_of_notice_than_the_standard_are_always_enough(given_on, standard, extra):
    effective = notice_needed_until(given_on, standard + extra)
    assert funding_notice_ok(given_on, effective, standard)
    assert notice_days_short(given_on, effective, standard) == 0


@rules
@given(given_on=days)
def test_six_months_notice_is_compliant_under_a_three_month_standard(given_on):
    assert funding_notice_ok(given_on, notice_needed_until(given_on, 6), 3)


def test_thirty_november_example_twelve_days_short():
    given_on = dt.date(2026, 11, 30)
    assert notice_days_short(given_on, dt.date(2027, 2, 16), 3) == 12
    assert not funding_notice_ok(given_on, dt.date(2027, 2, 27), 3)
    assert funding_notice_ok(given_on, dt.date(2027, 2, 28), 3)


@rules
@given(given_on=days, notice=months, effective_offset=st.integers(0, 5000))
def test_days_short_is_zero_exactly_when_the_notice_is_ok(given_on, notice, effective_offset):
    assume(given_on <= dt.date(9970, 1, 1))
    effective = plus_days(given_on, effective_offset)
    assert (notice_days_short(given_on, effective, notice) == 0) == funding_notice_ok(given_on, effective, notice)


@rules
@given(short=st.integers(0, 400), outcome=st.none() | st.sampled_from(list(FundingOutcome)))
def test_a_short_notice_is_to_take_up_unless_its_change_was_withdrawn_or_reversed(short, outcome):
    kept = outcome in (FundingOutcome.WITHDRAWN, FundingOutcome.REVERSED)
    assert notice_to_take_up(short, outcome) == (short > 0 and not kept)


@rules
@given(given_on=ordinary, effect=st.integers(0, 400), after=st.integers(-400, 800),
       outcome=st.none() | st.sampled_from(list(FundingOutcome)), dated=st.booleans())
def test_what_came_of_a_notice_fits_its_dates_or_is_refused_at_its_field(given_on, effect, after, outcome, dated):
    assume(given_on <= dt.date(2197, 1, 1))
    effective = plus_days(given_on, effect)
    day = plus_days(given_on, after) if dated else None
    if outcome is None:
        expected = None if day is None else "outcome"
    elif day is None or day < given_on:
        expected = "outcome_on"
    elif outcome is FundingOutcome.WITHDRAWN and day > effective:
        expected = "outcome"
    elif outcome is FundingOutcome.REVERSED and day < effective:
        expected = "outcome"
    else:
        expected = None
    try:
        check_notice_outcome(given_on=given_on, effective_on=effective, outcome=outcome, outcome_on=day)
    except ValidationError as error:
        assert error.field == expected and str(error)
    else:
        assert expected is None


def test_withdrawn_and_reversed_both_allow_the_day_the_change_was_to_take_effect():
    for outcome in (FundingOutcome.WITHDRAWN, FundingOutcome.REVERSED):
        check_notice_outcome(given_on=dt.date(2009, 5, 14), effective_on=dt.date(2010, 4, 1), outcome=outcome,
                             outcome_on=dt.date(2010, 4, 1))


# -- codes of practice -----------------------------------------------------------------------------------


@rules
@given(status=st.sampled_from(IN_FORCE), adopted=maybe, reviewed=maybe, interval=months)
def test_a_code_in_force_is_due_its_interval_after_the_later_of_adoption_and_last_review(
        status, adopted, reviewed, interval):
    due = code_review_due(status, adopted_on=adopted, last_reviewed_on=reviewed, review_months=interval)
    starts = [day for day in (adopted, reviewed) if day is not None]
    if not starts:
        assert due is None
    else:
        assert due == notice_needed_until(max(starts), interval)  # the same calendar months


@rules
@given(status=st.sampled_from(NOT_IN_FORCE), adopted=maybe, reviewed=maybe, interval=st.none() | months)
def test_a_code_not_in_force_is_never_due_a_review(status, adopted, reviewed, interval):
    assert code_review_due(status, adopted_on=adopted, last_reviewed_on=reviewed, review_months=interval) is None


@rules
@given(status=st.sampled_from(IN_FORCE), adopted=days, interval=st.sampled_from([None, 0]))
def test_a_code_without_an_interval_is_never_due_a_review(status, adopted, interval):
    assert code_review_due(status, adopted_on=adopted, last_reviewed_on=None, review_months=interval) is None


@rules
@given(adopted=days, first=st.integers(0, 2000), second=st.integers(0, 2000), interval=months)
def test_a_later_review_never_brings_the_next_one_forward(adopted, first, second, interval):
    assume(adopted <= dt.date(9970, 1, 1))
    earlier, later = sorted((plus_days(adopted, first), plus_days(adopted, second)))
    due_earlier = code_review_due(CodeStatus.ADOPTED, adopted_on=adopted, last_reviewed_on=earlier,
                                  review_months=interval)
    due_later = code_review_due(CodeStatus.ADOPTED, adopted_on=adopted, last_reviewed_on=later, review_months=interval)
    assert due_earlier <= due_later


def test_code_review_examples():
    adopted = dt.date(2024, 8, 31)
    assert code_review_due(CodeStatus.ADOPTED, adopted_on=adopted, last_reviewed_on=None,
                           review_months=6) == dt.date(2025, 2, 28)
    # A review before adoption (say, of the draft) does not count: the later day does.
    assert code_review_due(CodeStatus.UNDER_REVIEW, adopted_on=adopted, last_reviewed_on=dt.date(2020, 1, 1),
                           review_months=24) == dt.date(2026, 8, 31)
    assert code_review_due(CodeStatus.ADOPTED, adopted_on=adopted, last_reviewed_on=dt.date(2025, 11, 30),
                           review_months=3) == dt.date(2026, 2, 28)
    assert code_review_due(CodeStatus.PROPOSED, adopted_on=adopted, last_reviewed_on=None, review_months=24) is None


@rules
@given(due=maybe, today=days)
def test_a_review_is_overdue_only_after_its_day(due, today):
    assert code_review_overdue(today, due) == (due is not None and today > due)


def test_a_review_due_today_is_not_overdue_and_tomorrow_it_is():
    due = dt.date(2027, 2, 28)
    assert not code_review_overdue(due, due)
    assert code_review_overdue(dt.date(2027, 3, 1), due)
    assert not code_review_overdue(due, None)


# -- sign-up ---------------------------------------------------------------------------------------------


@rules
@given(day=days, signed=days, lapsed=maybe)
def test_signed_up_from_the_day_signed_until_the_day_before_it_lapsed(day, signed, lapsed):
    assert signed_up_on(day, signed, lapsed) == (signed <= day and (lapsed is None or day < lapsed))


@rules
@given(signed=days, length=st.integers(1, 3000))
def test_sign_up_boundaries(signed, length):
    assume(signed <= dt.date(9980, 1, 1))
    lapsed = plus_days(signed, length)
    assert signed_up_on(signed, signed, lapsed)  # the day it was given counts
    if signed > dt.date.min:
        assert not signed_up_on(plus_days(signed, -1), signed, lapsed)  # the day before does not
    assert signed_up_on(plus_days(lapsed, -1), signed, lapsed)  # the last day before the lapse counts
    assert not signed_up_on(lapsed, signed, lapsed)  # the lapsed_on day is no longer signed
    assert signed_up_on(dt.date.max, signed, None)  # never lapsed: signed for ever after


def test_a_signature_that_lapsed_the_day_it_was_given_never_counted():
    day = dt.date(2026, 3, 3)
    assert not signed_up_on(day, day, day)


# -- figures ---------------------------------------------------------------------------------------------


@rules
@given(part=st.integers(0, 10**6), whole=st.integers(1, 10**6))
def test_percent_is_the_rounded_share(part, whole):
    assume(part <= whole)
    value = percent(part, whole)
    # The nearest whole percent, halves rounding up as on paper (exact: no float error at x.5).
    assert value == math.floor(Fraction(100 * part, whole) + Fraction(1, 2)) and 0 <= value <= 100
    assert value + percent(whole - part, whole) in (100, 101)  # two halves both round up


@given(part=st.integers(0, 100), whole=st.integers(-100, 0))
def test_percent_of_nothing_is_none_never_a_false_zero(part, whole):
    assert percent(part, whole) is None


def test_percent_examples():
    assert (percent(12, 15), percent(0, 3), percent(3, 3), percent(1, 3), percent(2, 3)) == (80, 0, 100, 33, 67)
    assert (percent(5, 8), percent(1, 8), percent(1, 200)) == (63, 13, 1)  # halves round up


@rules
@given(values=st.lists(st.integers(-10**6, 10**6), max_size=60))
def test_median_days(values):
    result = median_days(values)
    if not values:
        assert result is None
    else:
        assert result == statistics.median(values)
        assert min(values) <= result <= max(values)
        assert median_days(iter(values)) == result  # any iterable, read once


@rules
@given(year=st.integers(1, 9999))
def test_year_bounds(year):
    first, last = year_bounds(year)
    assert (first, last) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    assert (last - first).days + 1 == (366 if calendar.isleap(year) else 365)


@rules
@given(day=maybe, year=st.integers(1, 9999))
def test_in_year(day, year):
    first, last = year_bounds(year)
    assert in_year(day, year) == (day is not None and first <= day <= last)


@given(tenths=st.integers(0, 10**7))
def test_halves_round_up_as_on_paper(tenths):
    value = tenths / 10
    whole = round_half_up(value)
    assert whole == int(whole) and abs(whole - value) <= 0.5
    if tenths % 10 == 5:
        assert whole > value  # 38.5 is 39, never the "even" 38
    assert (round_half_up(3.25, 1), round_half_up(3.75, 1), round_half_up(38.5), round_half_up(2.5)) == (
        3.3, 3.8, 39, 3)
