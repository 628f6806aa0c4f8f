"""The date rules of a liaison group: what is done, due, late or ending.

Every function answers "as it stood on `today`": anything dated after today
(a completion or an answer recorded in advance) has not happened yet.

rules_sql.py writes target_status, feedback_due, feedback_state, the days and the
sets below again as SQL, so that a page can narrow and sort in the store; change a
rule here and its twin there together (tests/domain/test_rules_sql.py holds them to it).
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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


def vacancy(today: dt.date, terms: Iterable[tuple[dt.date, dt.date | None]], *, typed_on: dt.date | None = None,
            reason: str = "") -> tuple[dt.date | None, str]:
    """Since when a seat has been empty and why, as it stands on `today`: (None, "") while someone holds it.

    The day the secretary typed (with its reason) wins over the day after the last term ended, but only for the
    vacancy it was typed for: from that day to today nobody has held the seat. Once the seat has been filled
    again the typed day is ignored, so an old reason ("awaiting nomination after the election") never comes
    back for a later vacancy; a day still to come is ignored until it arrives.
    """
    terms = list(terms)
    if any(holds_on(today, start, end) for start, end in terms):
        return None, ""
    if typed_on is not None and not vacancy_over(today, terms, typed_on):
        return typed_on, reason
    ended = [end for _, end in terms if end is not None and end < today]
    return (max(ended) + dt.timedelta(days=1) if ended else None), ""


def vacancy_over(today: dt.date, terms: Iterable[tuple[dt.date, dt.date | None]], typed_on: dt.date) -> bool:
    """Whether a vacancy typed as starting on `typed_on` no longer describes the seat on `today`: the day is still
    to come, or someone has held the seat on a day from it to today."""
    return typed_on > today or any(start <= today and (end is None or end >= typed_on) for start, end in terms)


@dataclass(frozen=True)
class SectorGap:
    """A sector whose seats (or seats filled) are not the number the group agreed in its make-up."""

    sector: Sector
    seats: int
    intended: int


@dataclass(frozen=True)
class Balance:
    public_seats: int
    vcs_seats: int
    public_filled: int
    vcs_filled: int
    by_sector: dict[Sector, int]
    # The group's intended make-up, seats per sector as it agreed them; empty: the usual parity (equal sides).
    intended: dict[Sector, int] = field(default_factory=dict)
    filled_by_sector: dict[Sector, int] = field(default_factory=dict)
    gaps: tuple[SectorGap, ...] = ()  # sectors with more or fewer seats than intended, in the sectors' order
    # Sectors where a seat of those intended stands empty today (`seats` is the number filled).
    short: tuple[SectorGap, ...] = ()

    @property
    def parity(self) -> bool:
        """Whether the group keeps the usual parity, having agreed no make-up of its own."""
        return not self.intended

    @property
    def sides_unequal(self) -> bool:
        """Under parity: more seats on one side than the other."""
        return self.parity and self.public_seats != self.vcs_seats

    @property
    def filled_unequal(self) -> bool:
        """Under parity: more seats filled today on one side than the other."""
        return self.parity and self.public_filled != self.vcs_filled

    @property
    def as_intended(self) -> bool:
        """Whether the seats, and those filled today, are as the make-up (or parity) asks."""
        return not (self.gaps or self.short or self.sides_unequal or self.filled_unequal)


def make_up_gaps(counts: Mapping[Sector, int], intended: Mapping[Sector, int]) -> tuple[SectorGap, ...]:
    """Each sector whose count differs from the make-up (a sector the make-up leaves out is intended to have
    none), in the sectors' order; none at all when there is no make-up (parity is checked by side instead)."""
    if not intended:
        return ()
    return tuple(SectorGap(sector, counts.get(sector, 0), intended.get(sector, 0)) for sector in Sector
                 if counts.get(sector, 0) != intended.get(sector, 0))


def sector_balance(seats: Iterable[tuple[Sector, bool]], intended: Mapping[Sector, int] | None = None) -> Balance:
    """Seats as (sector, filled) pairs -> counts for each side and each sector, compared with the group's
    intended make-up (seats per sector; None or empty for the usual parity)."""
    by_sector: dict[Sector, int] = {}
    filled_by_sector: dict[Sector, int] = {}
    public = vcs = public_filled = vcs_filled = 0
    for sector, filled in seats:
        by_sector[sector] = by_sector.get(sector, 0) + 1
        filled_by_sector[sector] = filled_by_sector.get(sector, 0) + bool(filled)
        if sector.is_public:
            public += 1
            public_filled += filled
        else:
            vcs += 1
            vcs_filled += filled
    intended = {sector: count for sector, count in (intended or {}).items() if count}
    # Short: a seat of those agreed stands empty today. A sector with fewer seats than agreed is a gap already.
    short = tuple(SectorGap(sector, filled_by_sector.get(sector, 0), intended[sector]) for sector in Sector
                  if filled_by_sector.get(sector, 0) < min(by_sector.get(sector, 0), intended.get(sector, 0)))
    return Balance(public, vcs, public_filled, vcs_filled, by_sector, intended, filled_by_sector,
                   make_up_gaps(by_sector, intended), short)
