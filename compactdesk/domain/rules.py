"""The date rules of a liaison group: what is done, due, late or ending.

Every function answers "as it stood on `today`": anything dated after today
(a completion or an answer recorded in advance) has not happened yet.

rules_sql.py writes target_status, feedback_due, feedback_state, the days and the
sets below again as SQL, so that a page can narrow and sort in the store; change a
rule here and its twin there together (tests/domain/test_rules_sql.py holds them to it).
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from compactdesk.domain.calendar_days import next_working_day
from compactdesk.domain.enums import FeedbackState, Sector, TargetStatus, TermState


@dataclass(frozen=True)
class Standards:
    """A compact's own numbers; the defaults are the national Compact's."""

    consultation_weeks: int = 12
    consultation_feedback_weeks: int = 12
    funding_notice_months: int = 3
    feedback_days: int = 28
    feedback_by_next_meeting: bool = False
    due_soon_days: int = 30
    seat_warning_days: int = 60


# Defaults a form offers for a new record; the person can change each.
USUAL_TERM_MONTHS = 24  # a seat's term
USUAL_TARGET_MONTHS = 3  # from a target's start to its deadline
USUAL_MEETING_GAP_DAYS = 14  # from today to a new meeting, moved on to a working day

# A target that is done or dropped is closed: off the group's list of things to chase.
CLOSED_TARGET = frozenset({TargetStatus.DONE, TargetStatus.DROPPED})
# How much a target needs the group, most first: the order the Status column sorts in.
TARGET_URGENCY = (TargetStatus.OVERDUE, TargetStatus.DUE_SOON, TargetStatus.NOT_STARTED, TargetStatus.ON_TRACK,
                  TargetStatus.DONE, TargetStatus.DROPPED)
# Feedback answered, on time or late: no longer owed.
ANSWERED_FEEDBACK = frozenset({FeedbackState.ANSWERED_ON_TIME, FeedbackState.ANSWERED_LATE})


def usual_meeting_day(today: dt.date) -> dt.date:
    """The day a new meeting is offered: a fortnight ahead, or the first working day after that when it falls on
    a weekend or a bank holiday (a Sunday offered without a word was taken as meant)."""
    return next_working_day(today + dt.timedelta(days=USUAL_MEETING_GAP_DAYS))


def target_closed(status: TargetStatus) -> bool:
    return status in CLOSED_TARGET


def target_urgency(status: TargetStatus) -> int:
    """0 for the most pressing (overdue) up to the closed ones."""
    return TARGET_URGENCY.index(status)


def feedback_answered(state: FeedbackState) -> bool:
    return state in ANSWERED_FEEDBACK


def _happened(day: dt.date | None, today: dt.date) -> bool:
    return day is not None and day <= today


def target_status(
    today: dt.date,
    *,
    deadline: dt.date | None,
    start_on: dt.date | None = None,
    completed_on: dt.date | None = None,
    dropped_on: dt.date | None = None,
    has_progress: bool = False,
    due_soon_days: int = 30,
) -> TargetStatus:
    if _happened(dropped_on, today):
        return TargetStatus.DROPPED
    if _happened(completed_on, today):
        return TargetStatus.DONE
    if deadline is not None:
        if today > deadline:
            return TargetStatus.OVERDUE
        if (deadline - today).days <= due_soon_days:
            return TargetStatus.DUE_SOON
    if not has_progress or (start_on is not None and start_on > today):
        return TargetStatus.NOT_STARTED
    return TargetStatus.ON_TRACK


def feedback_due(
    raised_on: dt.date,
    *,
    due_on: dt.date | None = None,
    by_next_meeting: bool = False,
    next_meeting_on: dt.date | None = None,
    feedback_days: int = 28,
) -> dt.date:
    """When feedback is owed: a date set by hand wins; then the next meeting if
    that is the rule and one is planned; otherwise the standard number of days."""
    if due_on is not None:
        return due_on
    if by_next_meeting and next_meeting_on is not None and next_meeting_on > raised_on:
        return next_meeting_on
    return raised_on + dt.timedelta(days=feedback_days)


def feedback_state(today: dt.date, *, due: dt.date, answered_on: dt.date | None) -> FeedbackState:
    if _happened(answered_on, today):
        return FeedbackState.ANSWERED_LATE if answered_on > due else FeedbackState.ANSWERED_ON_TIME
    return FeedbackState.OVERDUE if today > due else FeedbackState.OPEN


def days_outstanding(today: dt.date, *, raised_on: dt.date, answered_on: dt.date | None) -> int:
    """Days from being raised to being answered (or to today, while open)."""
    end = answered_on if _happened(answered_on, today) else today
    return max(0, (end - raised_on).days)


def days_late(today: dt.date, *, due: dt.date, answered_on: dt.date | None) -> int:
    end = answered_on if _happened(answered_on, today) else today
    return max(0, (end - due).days)


def term_state(today: dt.date, *, held: bool, term_end: dt.date | None, warning_days: int = 60) -> TermState:
    if not held:
        return TermState.VACANT
    if term_end is not None and 0 <= (term_end - today).days <= warning_days:
        return TermState.ENDING_SOON
    return TermState.FILLED


def holds_on(today: dt.date, start: dt.date, end: dt.date | None) -> bool:
    """Whether a term that runs from `start` to `end` (inclusive) covers today."""
    return start <= today and (end is None or today <= end)


@dataclass(frozen=True)
class Balance:
    public_seats: int
    vcs_seats: int
    public_filled: int
    vcs_filled: int
    by_sector: dict[Sector, int]


def sector_balance(seats: Iterable[tuple[Sector, bool]]) -> Balance:
    """Seats as (sector, filled) pairs -> counts for each side and each sector."""
    by_sector: dict[Sector, int] = {}
    public = vcs = public_filled = vcs_filled = 0
    for sector, filled in seats:
        by_sector[sector] = by_sector.get(sector, 0) + 1
        if sector.is_public:
            public += 1
            public_filled += filled
        else:
            vcs += 1
            vcs_filled += filled
    return Balance(public, vcs, public_filled, vcs_filled, by_sector)
