"""The compact's own commitments, checked: consultation length and feedback, funding
notice, the review of codes, and who is signed up on a given day.

Pure functions over dates and the compact's numbers (`rules.Standards`), so the
same check serves the window, the dashboard and the annual review.
"""

import datetime as dt
import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from compactdesk.domain.dates import add_months, uk_date
from compactdesk.domain.enums import CodeStatus, FundingOutcome
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate

# -- consultations ------------------------------------------------------------------

def consultation_days(opens_on: dt.date, closes_on: dt.date) -> int:
    """How many days a consultation was open, counted as people count it: both the opening and the closing day
    are days on which a response can be sent, so Monday 5 January to Sunday 29 March is 84 days, 12 weeks."""
    return (closes_on - opens_on).days + 1


def consultation_full_length_closes(opens_on: dt.date, weeks: int) -> dt.date:
    """The closing day of a consultation that runs exactly `weeks` weeks: 12 weeks from Monday 5 January
    closes on Sunday 29 March. The same count as consultation_days, so the form's words and the check agree."""
    return opens_on + dt.timedelta(days=weeks * 7 - 1)


def consultation_is_short(opens_on: dt.date, closes_on: dt.date, weeks: int) -> bool:
    """Shorter than the standard: open for fewer than `weeks` whole weeks, both ends counted."""
    return consultation_days(opens_on, closes_on) < weeks * 7


def consultation_feedback_due(closes_on: dt.date, feedback_weeks: int) -> dt.date:
    """The last day by which respondents should hear what was done with their responses."""
    return closes_on + dt.timedelta(weeks=feedback_weeks)


@dataclass(frozen=True)
class ConsultationCheck:
    short: bool                 # shorter than the standard
    explained: bool             # ... and a reason was given
    feedback_due: dt.date
    feedback_given: bool        # published on or before `today`
    feedback_late: bool         # not published by the due day (or published after it)

    @property
    def short_unexplained(self) -> bool:
        return self.short and not self.explained

    @property
    def flagged(self) -> bool:
        """What the group should take up: a short period with no reason, or respondents still not told."""
        return self.short_unexplained or (self.feedback_late and not self.feedback_given)

    @property
    def length_ok(self) -> bool:
        return not self.short_unexplained

    @property
    def meets_standard(self) -> bool:
        """Long enough (or shorter for a stated reason), and feedback not late."""
        return self.length_ok and not self.feedback_late


def check_consultation(today: dt.date, *, opens_on: dt.date, closes_on: dt.date, short_reason: str = "",
                       feedback_on: dt.date | None = None, weeks: int = 12, feedback_weeks: int = 12
                       ) -> ConsultationCheck:
    short = consultation_is_short(opens_on, closes_on, weeks)
    due = consultation_feedback_due(closes_on, feedback_weeks)
    given = feedback_on is not None and feedback_on <= today
    if given:
        late = feedback_on > due
    else:
        late = today > due
    return ConsultationCheck(short, bool(short_reason.strip()), due, given, late)


# -- funding notices ----------------------------------------------------------------

def notice_needed_until(given_on: dt.date, months: int) -> dt.date:
    """The first day a change may take effect: `months` calendar months after notice.

    30 November + 3 months is the end of February (28th, or 29th in a leap year).
    """
    return add_months(given_on, months)


def funding_notice_ok(given_on: dt.date, effective_on: dt.date, months: int) -> bool:
    return effective_on >= notice_needed_until(given_on, months)


def notice_days_short(given_on: dt.date, effective_on: dt.date, months: int) -> int:
    """How many days too little notice was given (0 when the notice met the standard)."""
    return max(0, (notice_needed_until(given_on, months) - effective_on).days)


def notice_to_take_up(days_short: int, outcome: FundingOutcome | None) -> bool:
    """A short notice the group should still take up. One whose change was withdrawn before it took effect, or
    reversed after, leaves nothing to take up (the organisation kept its funding); it still counts against the
    standard, since the notice was given too late."""
    return days_short > 0 and not (outcome is not None and outcome.funding_kept)


def check_notice_outcome(*, given_on: dt.date, effective_on: dt.date, outcome: FundingOutcome | None,
                         outcome_on: dt.date | None) -> None:
    """What came of a notice must fit its dates: a day for it, not before notice was given; a change taken back
    on or before the day it was to take effect was withdrawn, one undone after it took effect was reversed."""
    if outcome is None:
        if outcome_on is not None:
            raise ValidationError(translate(
                "Funding", "Choose what happened on {day}, or clear that date while it is not known yet.").format(
                day=uk_date(outcome_on)), "outcome")
        return
    if outcome_on is None:
        raise ValidationError(_day_wanted(outcome), "outcome_on")
    if outcome_on < given_on:
        raise ValidationError(translate(
            "Funding", "What happened ({day}) cannot be before notice was given ({given}). Check both dates.").format(
            day=uk_date(outcome_on), given=uk_date(given_on)), "outcome_on")
    if outcome is FundingOutcome.WITHDRAWN and outcome_on > effective_on:
        raise ValidationError(translate(
            "Funding", "The change took effect on {effective}, so taking it back on {day} reversed it. Choose "
            "“{reversed}”, or give a day on or before {effective}.").format(
            effective=uk_date(effective_on), day=uk_date(outcome_on), reversed=FundingOutcome.REVERSED.label()),
            "outcome")
    if outcome is FundingOutcome.REVERSED and outcome_on < effective_on:
        raise ValidationError(translate(
            "Funding", "The change was to take effect on {effective}, so taking it back on {day} withdrew it before "
            "it took effect. Choose “{withdrawn}”, or give a day on or after {effective}.").format(
            effective=uk_date(effective_on), day=uk_date(outcome_on), withdrawn=FundingOutcome.WITHDRAWN.label()),
            "outcome")


def _day_wanted(outcome: FundingOutcome) -> str:
    return {FundingOutcome.WENT_AHEAD: translate("Funding", "Give the day the change went ahead."),
            FundingOutcome.REDUCED: translate("Funding", "Give the day the change went ahead, reduced."),
            FundingOutcome.WITHDRAWN: translate("Funding", "Give the day the change was withdrawn."),
            FundingOutcome.REVERSED: translate("Funding", "Give the day the change was reversed.")}[outcome]


# -- codes of practice --------------------------------------------------------------

def code_review_due(status: CodeStatus, *, adopted_on: dt.date | None, last_reviewed_on: dt.date | None,
                    review_months: int | None) -> dt.date | None:
    """When a code in force is next due for review: its interval after its last review, or after adoption."""
    if not status.in_force or not review_months:
        return None
    start = max((day for day in (adopted_on, last_reviewed_on) if day is not None), default=None)
    if start is None:
        return None
    return add_months(start, review_months)


def code_review_overdue(today: dt.date, due: dt.date | None) -> bool:
    return due is not None and today > due


# -- sign-up ------------------------------------------------------------------------

def signed_up_on(day: dt.date, signed_on: dt.date, lapsed_on: dt.date | None) -> bool:
    """A signature counts from the day it was given until the day it lapsed (say, a reorganisation)."""
    return signed_on <= day and (lapsed_on is None or day < lapsed_on)


# -- figures ------------------------------------------------------------------------

# The years a group's monitoring and annual review can be about.
FIRST_YEAR, LAST_YEAR = 1990, 2100


def round_half_up(value: float, places: int = 0) -> float:
    """3.25 is 3.3 and 38.5 is 39, as a reader rounds on paper (Python's round() goes to the even one)."""
    scale = 10 ** places
    return math.floor(value * scale + 0.5) / scale

def percent(part: int, whole: int) -> int | None:
    """A whole-number percentage, or None when there is nothing to count (never a false 0%)."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)  # halves round up, as on paper: 5 of 8 is 63%


def median_days(days: Iterable[int]) -> float | None:
    values = list(days)
    return statistics.median(values) if values else None


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def in_year(day: dt.date | None, year: int) -> bool:
    return day is not None and day.year == year
