"""Issuing a meeting's agenda (issue 20): which paper goes out, and the meeting marked as issued once it has.

"Issued" means the agenda has gone to the members, so the window marks it only after the paper is written: the
agenda itself, or the agenda pack when the items have papers attached (the members need those too)."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import MeetingStatus
from compactdesk.i18n import translate
from compactdesk.services.common import fetch
from compactdesk.store.models import AgendaItem, AgendaPaper, Meeting

__all__ = ["AgendaIssue", "agenda_issue", "issue_agenda"]


@dataclass(frozen=True)
class AgendaIssue:
    meeting_id: int
    status: MeetingStatus
    papers: int  # papers attached to its items: the pack goes out when there are any
    starts_at: dt.datetime

    @property
    def issued(self) -> bool:
        """The agenda has gone out (the meeting is at "agenda issued" or further on)."""
        return self.status.step >= MeetingStatus.AGENDA_ISSUED.step

    @property
    def pack(self) -> bool:
        return self.papers > 0


def agenda_issue(session: Session, meeting_id: int) -> AgendaIssue:
    """Where the meeting's agenda stands, and whether the pack (agenda and papers) is what goes out."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    papers = session.scalar(select(func.count(AgendaPaper.id)).join(AgendaItem, AgendaPaper.item_id == AgendaItem.id)
                            .where(AgendaItem.meeting_id == meeting.id)) or 0
    return AgendaIssue(meeting.id, meeting.status, papers, meeting.starts_at)


def issue_agenda(session: Session, meeting_id: int) -> Meeting:
    """Marks the meeting's agenda as issued. One already issued, or a meeting gone further (held, minuted), is left
    as it is: exporting its agenda again must never take it back a step."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    if meeting.status is MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.AGENDA_ISSUED
    return meeting
