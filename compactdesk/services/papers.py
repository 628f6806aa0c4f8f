"""What the papers need from the store that no page asks for: the group's name,
which meeting "next" and "last" mean, what a meeting raised, what each officer
still owes, and which feedback and targets a paper's scope takes in."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import FeedbackState, MeetingKind, TargetStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.own_words import in_language
from compactdesk.domain.text import shown
from compactdesk.domain.titles import group_title
from compactdesk.domain.rules import ANSWERED_FEEDBACK, feedback_answered, target_closed
from compactdesk.domain.scope import EVERYTHING, EVERYTHING_WORD, Scope, meeting_scope
from compactdesk.i18n import translate
from compactdesk.services import actions, feedback, meetings
from compactdesk.services.actions import TargetRow, status_of
from compactdesk.services.common import as_date, fetch
from compactdesk.services.feedback import FeedbackRow
from compactdesk.services.compact import get_compact, label_in_language, standards
from compactdesk.services.origin import where_raised
from compactdesk.store.models import AgendaItem, Feedback, Meeting, Person, Target

# Still owed: every state the domain does not count as answered.
OUTSTANDING = frozenset(FeedbackState) - ANSWERED_FEEDBACK


def group_name(session: Session) -> str:
    """E.g. "Dyfnant Compact Liaison Group": the compact's name and the group's own word for itself, in the
    language spoken now (their Welsh forms in Welsh, where the group gave them). A word the group typed is kept as
    typed, one the program offered has its title form, and a word the name already says is not said twice
    (domain/titles.py)."""
    compact = get_compact(session)
    if compact is None:
        return translate("Papers", "Compact liaison group")
    name = in_language(compact.name, compact.name_cy)
    label = label_in_language(compact.group_label, compact.group_label_cy)
    # The translator gives the order: in Welsh the group's word comes first, "Grŵp Cyswllt Compact Sir Ddinbych".
    order = translate("Papers", "{compact} {group}")
    label_first = "{compact}" in order and "{group}" in order and order.find("{group}") < order.find("{compact}")
    return group_title(name, label, label_first=label_first)


def choose_meeting(session: Session, which: int | str | None, today: dt.date, default: str) -> int:
    """The meeting a paper is for: an id, or "next" / "last" formal meeting as seen from `today`."""
    which = default if which in (None, "") else which
    if isinstance(which, str) and which.strip().lower() in ("next", "last"):
        find = meetings.next_meeting if which.strip().lower() == "next" else meetings.last_meeting
        meeting = find(session, today)
        if meeting is None:
            raise ValidationError(translate(
                "Papers", "There is no {which} liaison meeting in this group's records as seen from {day}. "
                "Plan one on the Meetings page, or name a meeting by its number.").format(
                which=translate("Papers", "next") if find is meetings.next_meeting else translate("Papers", "last"),
                day=today.isoformat()), "meeting")
        return meeting.id
    try:
        ident = int(which)
    except (TypeError, ValueError):
        raise ValidationError(translate("Papers", "'{value}' is not a meeting: give its number, or next or last.")
                              .format(value=shown(which)), "meeting") from None
    return fetch(session, Meeting, ident, translate("Papers", "meeting"), "meeting").id


def default_scope(session: Session, today: dt.date) -> Scope:
    """What a meeting needs (domain/scope.py): since the last formal meeting before `today`."""
    meeting = meetings.last_meeting(session, today)
    return meeting_scope(today, meeting.starts_at.date() if meeting is not None else None)


def choose_scope(session: Session, since: dt.date | str | None, today: dt.date) -> Scope:
    """A paper's scope from what was asked: None for what a meeting needs, "all" for
    everything, or the day (a date or its text) from which closed records are kept."""
    if since is None or (isinstance(since, str) and not since.strip()):
        return default_scope(session, today)
    if isinstance(since, str) and since.strip().casefold() in (EVERYTHING_WORD, translate("Papers", "all")):
        return EVERYTHING
    day = as_date(since, translate("Papers", "the day to count answered feedback and closed targets from"),
                  "since")
    if day > today:
        raise ValidationError(translate("Papers", "{day} is after the paper's date ({today}): nothing can have been "
                                                  "answered or done since then. Choose an earlier day.")
                              .format(day=uk_long_date(day), today=uk_long_date(today)), "since")
    return Scope(day)


def feedback_in_scope(session: Session, today: dt.date, scope: Scope) -> list[FeedbackRow]:
    """Every item still outstanding on `today`, and those answered within `scope`, oldest raised first."""
    return [row for row in feedback.feedback_rows(session, today)
            if scope.keeps(row.answered_on if feedback_answered(row.state) else None)]


def any_feedback(session: Session) -> bool:
    return session.scalar(select(Feedback.id).limit(1)) is not None


def any_target(session: Session) -> bool:
    return session.scalar(select(Target.id).limit(1)) is not None


def officers_asked(session: Session, name: str) -> set[int]:
    """Of the people called `name` (find_officers), those of whom any feedback was ever asked."""
    chosen = find_officers(session, name)
    return set(session.scalars(select(Feedback.officer_id).where(Feedback.officer_id.in_(chosen)).distinct()))


def targets_in_scope(session: Session, today: dt.date, scope: Scope) -> list[TargetRow]:
    """Every target still open on `today`, and those done or dropped within `scope`, by deadline."""
    rows = actions.target_rows(session, today)
    if scope.everything:
        return rows
    # The day each closed target closed: target_rows says whether it is closed, not when.
    closed_on = {ident: dropped if dropped is not None and dropped <= today else completed
                 for ident, completed, dropped in session.execute(
                     select(Target.id, Target.completed_on, Target.dropped_on)
                     .where(or_(Target.completed_on <= today, Target.dropped_on <= today)))}
    return [row for row in rows if not target_closed(row.status) or scope.keeps(closed_on.get(row.target_id))]


@dataclass(frozen=True)
class RaisedAction:
    item_number: int | None
    what: str
    who: str
    due: dt.date | None
    status: TargetStatus


@dataclass(frozen=True)
class RaisedFeedback:
    item_number: int | None
    issue: str
    officer: str
    department: str
    due: dt.date
    state: FeedbackState


def _item_numbers(session: Session, meeting_id: int) -> dict[int, int]:
    return dict(session.execute(select(AgendaItem.id, AgendaItem.position + 1)
                                .where(AgendaItem.meeting_id == meeting_id)).all())


def raised_at_meeting(session: Session, meeting_id: int, today: dt.date) -> tuple[list[RaisedAction],
                                                                                 list[RaisedFeedback]]:
    """The actions and the feedback requested at one meeting, in agenda order, as they stand today."""
    fetch(session, Meeting, meeting_id, translate("Papers", "meeting"))
    numbers = _item_numbers(session, meeting_id)
    at_meeting = or_(Target.meeting_id == meeting_id, Target.item_id.in_(numbers))
    rules, days = standards(session), feedback.formal_meeting_days(session)
    actions = [RaisedAction(numbers.get(target.item_id), target.title, target.lead.name if target.lead else "",
                            target.deadline, status_of(target, today, rules.due_soon_days))
               for target in session.scalars(select(Target).where(at_meeting).options(
                   selectinload(Target.lead), selectinload(Target.progress)).order_by(Target.id))]
    asked = []
    for item in session.scalars(select(Feedback).where(or_(Feedback.meeting_id == meeting_id,
                                                            Feedback.item_id.in_(numbers)))
                                .options(selectinload(Feedback.officer)).order_by(Feedback.id)):
        due = feedback.due_date(item, rules, days)
        asked.append(RaisedFeedback(numbers.get(item.item_id), item.issue, item.officer.name, item.department, due,
                                    feedback.feedback_state(today, due=due, answered_on=item.answered_on)))

    def order(row):
        return (row.item_number is None, row.item_number or 0)
    return sorted(actions, key=order), sorted(asked, key=order)


@dataclass(frozen=True)
class OwedItem:
    feedback_id: int
    issue: str
    where: str  # the meeting and item that raised it, in words; "" when raised between meetings
    raised_on: dt.date
    due: dt.date
    state: FeedbackState
    days_late: int
    standing: str  # "Overdue by 12 days", "Due in 3 days"


@dataclass(frozen=True)
class OfficerOwing:
    person_id: int
    name: str
    role: str
    department: str
    organisation: str
    address: str
    email: str
    items: tuple[OwedItem, ...]  # overdue first, longest overdue first

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.state is FeedbackState.OVERDUE)


def find_officers(session: Session, name: str) -> list[int]:
    """The people whose name matches: exactly (ignoring case) if anyone does, else by a part of the name."""
    wanted = " ".join(str(name).split()).casefold()
    people = session.execute(select(Person.id, Person.name)).all()
    exact = [ident for ident, full in people if full.casefold() == wanted]
    return exact or [ident for ident, full in people if wanted and wanted in full.casefold()]


def owed_by_officer(session: Session, today: dt.date, *, officer: str | None = None,
                    overdue_only: bool = False) -> list[OfficerOwing]:
    """Each officer's unanswered feedback, officers by name. `overdue_only` keeps the officers
    with at least one overdue item (whom a chase letter is for), each still with all they owe."""
    chosen = None
    if officer:
        chosen = set(find_officers(session, officer))
        if not chosen:
            raise ValidationError(translate("Papers", "No one called '{name}' is in this group's records. Check "
                                                      "the spelling on the People page.").format(
                name=shown(officer, 60)), "officer")
    rows = [row for row in feedback.feedback_rows(session, today) if row.state in OUTSTANDING
            and (chosen is None or row.officer_id in chosen)]
    origins = {ident: (meeting_id, item_id) for ident, meeting_id, item_id in session.execute(
        select(Feedback.id, Feedback.meeting_id, Feedback.item_id)
        .where(Feedback.id.in_([row.feedback_id for row in rows])))}
    # The meetings and items they were raised at, in two queries: where_raised then finds each in the
    # session rather than asking the store once an item (held here: the session keeps only weak references).
    held = _load(session, AgendaItem, {item for _, item in origins.values() if item is not None})
    held += _load(session, Meeting, {meeting for meeting, _ in origins.values() if meeting is not None}
                  | {item.meeting_id for item in held})
    by_officer: dict[int, list] = {}
    for row in rows:
        by_officer.setdefault(row.officer_id, []).append(OwedItem(
            row.feedback_id, row.issue, where_raised(session, *origins[row.feedback_id]), row.raised_on, row.due,
            row.state, row.days_late, feedback.where_it_stands(row, today)))
    result = []
    for person in session.scalars(select(Person).where(Person.id.in_(by_officer))
                                  .options(selectinload(Person.organisation))):
        items = sorted(by_officer[person.id], key=lambda item: (item.state is not FeedbackState.OVERDUE,
                                                                 -item.days_late, item.due, item.feedback_id))
        result.append(OfficerOwing(person.id, person.name, person.role, person.department,
                                   person.organisation.name if person.organisation else "", person.address,
                                   person.email, tuple(items)))
    if overdue_only:
        result = [owing for owing in result if owing.overdue]
    return sorted(result, key=lambda owing: (owing.name.casefold(), owing.person_id))


def _load(session: Session, model, idents: set[int]) -> list:
    ordered = sorted(idents)
    return [row for start in range(0, len(ordered), 500)
            for row in session.scalars(select(model).where(model.id.in_(ordered[start:start + 500])))]


@dataclass(frozen=True)
class MeetingChoice:
    meeting_id: int
    kind: MeetingKind
    starts_at: dt.datetime
    label: str  # "Liaison meeting, Tuesday 8 December 2026"


def meeting_choices(session: Session) -> list[MeetingChoice]:
    """Every meeting, newest first, for the export dialog's list."""
    return [MeetingChoice(meeting.id, meeting.kind, meeting.starts_at, translate("Papers", "{kind}, {day}").format(
        kind=meeting.kind.label(), day=uk_long_date(meeting.starts_at.date())))
        for meeting in reversed(meetings.list_meetings(session))]


def officers_owing(session: Session, today: dt.date) -> list[str]:
    """The names of everyone who owes feedback today, for the export dialog's list."""
    return [owing.name for owing in owed_by_officer(session, today)]
