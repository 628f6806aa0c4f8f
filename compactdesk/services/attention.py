"""What needs the secretary on a given day, each line saying what and since when."""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState, MeetingStatus, TargetStatus, TermState
from compactdesk.i18n import translate
from compactdesk.services import actions, feedback, meetings, seats
from compactdesk.services.compact import get_compact
from compactdesk.store.models import Meeting, Person, Seat, Target


class Area(StrEnum):
    FEEDBACK = "feedback"
    TARGETS = "targets"
    SEATS = "seats"
    MEETING = "meeting"


@dataclass(frozen=True)
class AttentionItem:
    area: Area
    ref_id: int
    what: str
    since: dt.date | None
    detail: str
    urgent: bool

    def line(self) -> str:
        return f"{self.what} — {self.detail}" if self.detail else self.what


@dataclass(frozen=True)
class NextMeeting:
    meeting_id: int
    title: str
    starts_at: dt.datetime
    venue: str
    agenda_issued: bool
    days_away: int


@dataclass
class Attention:
    today: dt.date
    group_name: str
    items: list[AttentionItem] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    store_is_empty: bool = False

    def section(self, area: Area) -> list[AttentionItem]:
        return [item for item in self.items if item.area is area]


def _ago(days: int) -> str:
    return translate("Attention", "{days} ago").format(days=days_text(days))


def _feedback_items(session: Session, today: dt.date) -> list[AttentionItem]:
    rows = [row for row in feedback.feedback_rows(session, today) if row.state is FeedbackState.OVERDUE]
    rows.sort(key=lambda row: (row.raised_on, row.feedback_id))
    return [AttentionItem(
        Area.FEEDBACK, row.feedback_id,
        translate("Attention", "Feedback owed by {officer}{department}: {issue}").format(
            officer=row.officer, department=f" ({row.department})" if row.department else "", issue=row.issue),
        row.due,
        translate("Attention", "asked {raised}, due {due}: {late} overdue").format(
            raised=uk_date(row.raised_on), due=uk_date(row.due), late=days_text(row.days_late)),
        True) for row in rows]


def _target_items(session: Session, today: dt.date) -> list[AttentionItem]:
    items = []
    for row in actions.target_rows(session, today):
        if row.status is TargetStatus.OVERDUE:
            what = translate("Attention", "Target overdue: {title}").format(title=row.title)
            detail = translate("Attention", "deadline {deadline}, {ago}").format(
                deadline=uk_date(row.deadline), ago=_ago((today - row.deadline).days))
        elif row.status is TargetStatus.DUE_SOON:
            what = translate("Attention", "Target due soon: {title}").format(title=row.title)
            left = (row.deadline - today).days
            detail = translate("Attention", "deadline {deadline}, in {days}").format(
                deadline=uk_date(row.deadline), days=days_text(left)) if left else \
                translate("Attention", "deadline today")
        else:
            continue
        if row.partner:
            detail += translate("Attention", "; {partner} responsible").format(partner=row.partner)
        items.append(AttentionItem(Area.TARGETS, row.target_id, what, row.deadline, detail,
                                   row.status is TargetStatus.OVERDUE))
    items.sort(key=lambda item: (not item.urgent, item.since))
    return items


def _seat_items(session: Session, today: dt.date) -> list[AttentionItem]:
    items = []
    for view in seats.seat_overview(session, today):
        if view.state is TermState.VACANT:
            what = translate("Attention", "Seat vacant: {seat}").format(seat=view.title)
            detail = translate("Attention", "vacant since {since}").format(since=uk_date(view.vacant_since)) \
                if view.vacant_since else translate("Attention", "never filled")
            items.append(AttentionItem(Area.SEATS, view.seat_id, what, view.vacant_since, detail, True))
        elif view.state is TermState.ENDING_SOON:
            what = translate("Attention", "Term ending: {seat} ({holder})").format(seat=view.title, holder=view.holder)
            left = (view.term_end - today).days
            detail = translate("Attention", "ends {end}, in {days}").format(end=uk_date(view.term_end),
                                                                            days=days_text(left))
            items.append(AttentionItem(Area.SEATS, view.seat_id, what, view.term_end, detail, False))
    items.sort(key=lambda item: (not item.urgent, item.since or dt.date.min))
    return items


def _next_meeting(session: Session, today: dt.date) -> NextMeeting | None:
    meeting = meetings.next_meeting(session, today)
    if meeting is None:
        return None
    return NextMeeting(meeting.id, meeting.kind.label(), meeting.starts_at, meeting.venue,
                       meeting.status.step >= MeetingStatus.AGENDA_ISSUED.step,
                       (meeting.starts_at.date() - today).days)


def _meeting_item(next_up: NextMeeting | None) -> AttentionItem:
    if next_up is None:
        return AttentionItem(Area.MEETING, 0, translate("Attention", "No meeting is planned"), None,
                             translate("Attention", "set the date of the next meeting"), True)
    when = uk_long_date(next_up.starts_at.date())
    what = translate("Attention", "Next meeting: {title}, {when} at {time}").format(
        title=next_up.title, when=when, time=next_up.starts_at.strftime("%H:%M"))
    if next_up.venue:
        what += translate("Attention", ", {venue}").format(venue=next_up.venue)
    if next_up.agenda_issued:
        detail = translate("Attention", "agenda issued")
    else:
        detail = translate("Attention", "agenda not yet issued; the meeting is in {days}").format(
            days=days_text(next_up.days_away))
    return AttentionItem(Area.MEETING, next_up.meeting_id, what, next_up.starts_at.date(), detail,
                         not next_up.agenda_issued and next_up.days_away <= 14)


def attention(session: Session, today: dt.date) -> Attention:
    compact = get_compact(session)
    empty = compact is None and not any(
        session.scalar(select(func.count(model.id))) for model in (Meeting, Person, Seat, Target))
    result = Attention(today, compact.name if compact else "", store_is_empty=empty)
    if empty:
        return result
    result.next_meeting = _next_meeting(session, today)
    result.items = (_feedback_items(session, today) + _target_items(session, today) + _seat_items(session, today)
                    + [_meeting_item(result.next_meeting)])
    return result
