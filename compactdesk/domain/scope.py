"""How much of the record a feedback log or an action plan covers.

Both papers go to the liaison group's meetings, where members need what is still
open (feedback outstanding, targets not yet done or dropped) and what has closed
since they last met; the rest is history they have seen. So by default a paper
covers everything open plus what closed on or after the day of the last formal
meeting before today (that day included: what was answered on the morning of a
meeting may not have reached it). A group with no such meeting on record gets the
last USUAL_SCOPE_MONTHS months, about the gap between two liaison meetings. The
secretary may choose another day, or everything (the handover always takes
everything).
"""

import datetime as dt
from dataclasses import dataclass

from compactdesk.domain.dates import add_months

# The look-back when no meeting is on record: liaison groups meet about quarterly.
USUAL_SCOPE_MONTHS = 3

EVERYTHING_WORD = "all"  # what the command line and ExportRequest take for "everything"


@dataclass(frozen=True)
class Scope:
    """What closed on or after `since` (None: everything, ever) and whatever is still open."""

    since: dt.date | None = None
    last_meeting: bool = False  # `since` is the day of the last formal meeting (the default)

    @property
    def everything(self) -> bool:
        return self.since is None

    def keeps(self, closed_on: dt.date | None) -> bool:
        """Whether a record closed on `closed_on` (None: still open) belongs in the paper."""
        return closed_on is None or self.since is None or closed_on >= self.since


EVERYTHING = Scope()


def meeting_scope(today: dt.date, last_meeting_day: dt.date | None) -> Scope:
    """The scope a meeting's paper needs: since the last formal meeting before `today`,
    or the last USUAL_SCOPE_MONTHS months when there is none."""
    if last_meeting_day is not None and last_meeting_day < today:
        return Scope(last_meeting_day, last_meeting=True)
    return Scope(add_months(today, -USUAL_SCOPE_MONTHS))
