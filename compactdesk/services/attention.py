"""What needs the secretary on a given day, each line saying what and since when."""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState, MeetingStatus, TargetStatus, TermState
from compactdesk.domain.own_words import in_language
from compactdesk.domain.rules import target_status
from compactdesk.i18n import translate
from compactdesk.services import meetings, narrowed, resources, seats
from compactdesk.services.attention_standards import standards_items
from compactdesk.services.compact import get_compact, standards
from compactdesk.store.models import Meeting, Organisation, Person, Seat, Target


class Area(StrEnum):
    FEEDBACK = "feedback"
    TARGETS = "targets"
    SEATS = "seats"
    MEETING = "meeting"
    # The compact's own standards, shown together on the dashboard; each opens its own record.
    CODE_REVIEW = "code_review"
    CONSULTATION = "consultation"
    FUNDING_NOTICE = "funding_notice"
    DISPUTE = "dispute"
    RESOURCE = "resource"  # a post, budget or funding agreement past its reminder day


STANDARDS_AREAS = (Area.CODE_REVIEW, Area.CONSULTATION, Area.FUNDING_NOTICE, Area.DISPUTE)


@dataclass(frozen=True)
class AttentionItem:
    """One line: `title` says what (its section says which kind), `since` since
    when, `how_long` how late or how near, `detail` the dates behind it."""

    area: Area
    ref_id: int
    title: str
    since: dt.date | None
    how_long: str
    detail: str
    urgent: bool


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
    has_seats: bool = True  # False: "every seat is filled" would be said of none (issue 18)

    def section(self, area: Area) -> list[AttentionItem]:
        return [item for item in self.items if item.area is area]

    def standards_section(self) -> list[AttentionItem]:
        return [item for item in self.items if item.area in STANDARDS_AREAS]


def _per_call(words):
    """`words` (uk_date, days_text) remembered for the one list being made: a few thousand lines
    share a few hundred dates, and each would otherwise be looked up in the translation again."""
    said: dict = {}

    def remembered(value):
        if value not in said:
            said[value] = words(value)
        return said[value]
    return remembered


def _feedback_items(session: Session, today: dt.date) -> list[AttentionItem]:
    # Only the overdue ones come from the store (narrowed in SQL), oldest raised first; the rule
    # in domain/ still gives each its due date and state.
    rules = standards(session)
    rows = [row for row in narrowed.feedback_rows_where(session, today, narrowed.overdue_on(today, rules), rules=rules)
            if row.state is FeedbackState.OVERDUE]
    date_text, days = _per_call(uk_date), _per_call(days_text)
    what = translate("Attention", "{officer}{department}: {issue}")
    overdue = translate("Attention", "{days} overdue")
    asked = translate("Attention", "asked {raised}, due {due}")
    return [AttentionItem(
        Area.FEEDBACK, row.feedback_id,
        what.format(officer=row.officer, department=f" ({row.department})" if row.department else "", issue=row.issue),
        row.due, overdue.format(days=days(row.days_late)),
        asked.format(raised=date_text(row.raised_on), due=date_text(row.due)), True) for row in rows]


def pressing_targets(session: Session, today: dt.date) -> list[tuple[int, str, str, dt.date, TargetStatus]]:
    """(id, title, partner, deadline, status) of the targets overdue or due soon on `today`, by deadline.

    SQL keeps the open targets whose deadline is within the due-soon days (the overdue ones,
    with earlier deadlines, come first); domain.rules.target_status decides each. Neither
    overdue nor due soon depends on progress, so it is not read."""
    due_soon = standards(session).due_soon_days
    query = (select(Target.id, Target.title, Organisation.name, Target.start_on, Target.deadline, Target.completed_on,
                    Target.dropped_on)
             .outerjoin(Organisation, Target.partner_id == Organisation.id)
             .where(Target.deadline <= today + dt.timedelta(days=due_soon),
                    or_(Target.completed_on.is_(None), Target.completed_on > today),
                    or_(Target.dropped_on.is_(None), Target.dropped_on > today))
             .order_by(Target.deadline, Target.id))
    found = []
    for ident, title, partner, start_on, deadline, completed_on, dropped_on in session.execute(query):
        status = target_status(today, deadline=deadline, start_on=start_on, completed_on=completed_on,
                               dropped_on=dropped_on, due_soon_days=due_soon)
        if status in (TargetStatus.OVERDUE, TargetStatus.DUE_SOON):
            found.append((ident, title, partner or "", deadline, status))
    return found


def _target_items(session: Session, today: dt.date) -> list[AttentionItem]:
    date_text, days_text_ = _per_call(uk_date), _per_call(days_text)
    overdue, due_in = translate("Attention", "{days} overdue"), translate("Attention", "due in {days}")
    due_today = translate("Attention", "due today")
    deadline_on = translate("Attention", "deadline {deadline}")
    responsible = translate("Attention", "; {partner} responsible")
    items = []
    for ident, title, partner, deadline, status in pressing_targets(session, today):
        days = (deadline - today).days
        if days < 0:
            how_long = overdue.format(days=days_text_(-days))
        elif days == 0:
            how_long = due_today
        else:
            how_long = due_in.format(days=days_text_(days))
        detail = deadline_on.format(deadline=date_text(deadline))
        if partner:
            detail += responsible.format(partner=partner)
        items.append(AttentionItem(Area.TARGETS, ident, title, deadline, how_long, detail,
                                   status is TargetStatus.OVERDUE))
    # Overdue first (already so, by deadline), each part by deadline.
    items.sort(key=lambda item: (not item.urgent, item.since))
    return items


def _seat_items(session: Session, today: dt.date) -> list[AttentionItem]:
    items = []
    for view in seats.seat_overview(session, today):
        if view.state is TermState.VACANT:
            title = translate("Attention", "{seat}: vacant").format(seat=view.title)
            if view.vacancy_reason:  # "awaiting nomination after the election": why, as the secretary put it
                title = translate("Attention", "{seat}: vacant — {reason}").format(seat=view.title,
                                                                                  reason=view.vacancy_reason)
            if view.vacant_since:
                how_long = translate("Attention", "vacant {days}").format(
                    days=days_text((today - view.vacant_since).days))
                detail = translate("Attention", "vacant since {since}").format(since=uk_date(view.vacant_since))
            else:
                how_long, detail = translate("Attention", "never filled"), ""
            items.append(AttentionItem(Area.SEATS, view.seat_id, title, view.vacant_since, how_long, detail, True))
        elif view.state is TermState.ENDING_SOON:
            title = translate("Attention", "{seat}: {holder}'s term ends").format(seat=view.title, holder=view.holder)
            how_long = translate("Attention", "ends in {days}").format(days=days_text((view.term_end - today).days))
            detail = translate("Attention", "term ends {end}").format(end=uk_date(view.term_end))
            items.append(AttentionItem(Area.SEATS, view.seat_id, title, view.term_end, how_long, detail, False))
    items.sort(key=lambda item: (not item.urgent, item.since or dt.date.min))
    return items


def _resource_items(session: Session, today: dt.date) -> list[AttentionItem]:
    items = []
    for row in resources.reminders_due(session, today):
        days = (row.ends_on - today).days
        how_long = translate("Attention", "ends in {days}").format(days=days_text(days)) if days \
            else translate("Attention", "ends today")
        title = translate("Attention", "{kind}: {title}").format(kind=row.kind.label(), title=row.title)
        if row.funder:
            detail = translate("Attention", "funded by {funder} until {last}; reminder from {remind}").format(
                funder=row.funder, last=uk_date(row.ends_on), remind=uk_date(row.remind_on))
        else:
            detail = translate("Attention", "until {last}; reminder from {remind}").format(
                last=uk_date(row.ends_on), remind=uk_date(row.remind_on))
        items.append(AttentionItem(Area.RESOURCE, row.commitment_id, title, row.ends_on, how_long, detail, False))
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
        return AttentionItem(Area.MEETING, 0, translate("Attention", "No meeting is planned"), None, "",
                             translate("Attention", "set the date of the next meeting"), True)
    title = translate("Attention", "{title}, {when} at {time}").format(
        title=next_up.title, when=uk_long_date(next_up.starts_at.date()), time=next_up.starts_at.strftime("%H:%M"))
    if next_up.venue:
        title += translate("Attention", ", {venue}").format(venue=next_up.venue)
    how_long = translate("Attention", "in {days}").format(days=days_text(next_up.days_away)) \
        if next_up.days_away else translate("Attention", "today")
    detail = translate("Attention", "agenda issued") if next_up.agenda_issued \
        else translate("Attention", "agenda not yet issued")
    return AttentionItem(Area.MEETING, next_up.meeting_id, title, next_up.starts_at.date(), how_long, detail,
                         not next_up.agenda_issued and next_up.days_away <= 14)


def attention(session: Session, today: dt.date) -> Attention:
    compact = get_compact(session)
    empty = compact is None and not any(
        session.scalar(select(func.count(model.id))) for model in (Meeting, Organisation, Person, Seat, Target))
    result = Attention(today, in_language(compact.name, compact.name_cy) if compact else "", store_is_empty=empty)
    if empty:
        return result
    result.has_seats = bool(session.scalar(select(func.count(Seat.id))))
    result.next_meeting = _next_meeting(session, today)
    result.items = (_feedback_items(session, today) + _target_items(session, today) + _seat_items(session, today)
                    + [_meeting_item(result.next_meeting)] + standards_items(session, today)
                    + _resource_items(session, today))
    return result
