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

from compactdesk.domain.dates import add_months
from compactdesk.domain.enums import CodeStatus

# -- consultations ------------------------------------------------------------------

def consultation_days(opens_on: dt.date, closes_on: dt.date) -> int:
    return (closes_on - opens_on).days


def consultation_is_short(opens_on: dt.date, closes_on: dt.date, weeks: int) -> bool:
    """Shorter than the standard: open for fewer than `weeks` whole weeks."""
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
