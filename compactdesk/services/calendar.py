"""The group's meetings and deadlines as an iCalendar file (RFC 5545), for Outlook, Google, Apple or Thunderbird.

What goes in, so a file of a ten-year group's records stays small and quick to make:
- the meetings from RECENT_DAYS ago onwards (all of them ahead), each at its time in Europe/London for
  USUAL_LENGTH (the group's file holds no end time), the venue as its location and the agenda's items in order
  and where to send apologies as its description;
- as all-day events, what is still open and due from RECENT_DAYS ago onwards: feedback not yet answered (due as
  the feedback rules say), action-plan targets neither done nor dropped, consultations closing, the next review of
  each code of practice in force, funding notices taking effect, and each post, budget or funding agreement's
  reminder day and last day.
Closed history (answered feedback, finished targets, meetings before RECENT_DAYS ago) stays out. Each kind is one
column query, so a ten-year group's file (bench/tenyear.py: 140 meetings, 20,000 feedback items, 5,000 targets)
gives its ~290 events in about 0.15 s.

Each event's UID is its kind and number in this group's file, at the file's own id (store_identity), such as
"meeting-42@0f3c….compactdesk": importing the file again, or a newer one, updates the events already in the
calendar instead of adding them twice. The file holds no record of when a row last changed, so every export
says "this is newer": DTSTAMP and LAST-MODIFIED are the moment of the export, and SEQUENCE is the minutes since
SEQUENCE_EPOCH then. A calendar replaces an event it holds when the UID matches and the SEQUENCE is higher (Google
and Outlook look at SEQUENCE first, then DTSTAMP); a later export always has a higher one, so an edited meeting's
new time or venue replaces the old. What was closed since the last import (feedback answered, say) is not in the
new file and stays in the calendar until deleted there.
"""

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from compactdesk import __version__, i18n
from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import CodeStatus, MeetingKind
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.own_words import item_title
from compactdesk.domain.seeded_words import shown as seeded
from compactdesk.domain.standards import code_review_due
from compactdesk.domain.titles import sentence_start
from compactdesk.i18n import translate
from compactdesk.services import feedback as feedback_rules
from compactdesk.services.common import fetch
from compactdesk.services.compact import get_compact, label_in_language, standards
from compactdesk.services.papers import group_name
from compactdesk.services.resources import reminder_day
from compactdesk.store.models import (
    AgendaItem,
    Commitment,
    CodeOfPractice,
    CodeReview,
    Consultation,
    Feedback,
    FundingNotice,
    Meeting,
    Organisation,
    Person,
    StoreIdentity,
    Target,
)

LANGUAGES = (i18n.ENGLISH, i18n.WELSH, i18n.BOTH)
LONDON = ZoneInfo("Europe/London")
USUAL_LENGTH = dt.timedelta(hours=2)
RECENT_DAYS = 92  # about three months of the recent past stay in the calendar
SEQUENCE_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
PRODID = f"-//CompactDesk//CompactDesk {__version__}//EN"
# C0 and C1 controls (tab and newline kept) and lone surrogates: not allowed in an iCalendar TEXT value.
_UNFIT = {code: None for code in (*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0))}
_LIMIT = 4000  # characters of one text a person typed: a calendar shows a few lines, not a pasted paper


@dataclass(frozen=True)
class Entry:
    """One event: `words()` gives its (summary, description) in the language spoken now."""

    kind: str  # in the UID: "meeting", "feedback", "target", "consultation", "code-review", "funding-notice",
    # "resource-reminder", "resource-end"
    ident: int
    start: dt.datetime | dt.date  # a datetime in Europe/London for a meeting, a day for a deadline
    words: Callable[[], tuple[str, str]]
    location: str = ""

    def sort_key(self) -> tuple:
        day = self.start.date() if isinstance(self.start, dt.datetime) else self.start
        moment = self.start.time() if isinstance(self.start, dt.datetime) else dt.time()
        return day, isinstance(self.start, dt.datetime), moment, self.kind, self.ident


@dataclass(frozen=True)
class CalendarFile:
    data: bytes  # the .ics file's bytes
    events: int
    name: str  # the calendar's name (X-WR-CALNAME), in the language asked for


def fit(value: str | None) -> str:
    """Text a person typed made fit for an iCalendar TEXT value: no control characters nor lone surrogates,
    composed (NFC), and cut to _LIMIT characters."""
    cleaned = text.clean(value or "", multiline=True).translate(_UNFIT)
    cleaned = unicodedata.normalize("NFC", cleaned)
    return cleaned if len(cleaned) <= _LIMIT else cleaned[:_LIMIT - 1].rstrip() + "…"


# -- what goes in ----------------------------------------------------------------------------------------------

def _meetings(session: Session, since: dt.date, meeting_id: int | None) -> list[Entry]:
    compact = get_compact(session)
    query = select(Meeting.id, Meeting.kind, Meeting.starts_at, Meeting.venue, Meeting.apologies_to)
    if meeting_id is not None:
        query = query.where(Meeting.id == fetch(session, Meeting, meeting_id, translate("Calendar", "meeting"),
                                                "meeting").id)
    else:
        query = query.where(Meeting.starts_at >= dt.datetime.combine(since, dt.time()))
    rows = session.execute(query.order_by(Meeting.starts_at, Meeting.id)).all()
    items: dict[int, list[tuple[str, str, object]]] = {}
    if rows:
        found = session.execute(select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.title_cy,
                                       AgendaItem.standing)
                                .where(AgendaItem.meeting_id.in_([row.id for row in rows]))
                                .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id))
        for meeting, title, title_cy, standing in found:
            items.setdefault(meeting, []).append((title, title_cy, standing))
    label, label_cy = (compact.group_label, compact.group_label_cy) if compact else ("", "")

    def words_of(kind: MeetingKind, agenda: list, apologies_to: str) -> Callable[[], tuple[str, str]]:
        def words() -> tuple[str, str]:
            group = fit(label_in_language(label, label_cy)) or translate("Calendar", "liaison group")
            if kind is MeetingKind.LIAISON:
                # "Liaison group meeting": its first letter a capital, the group's word otherwise as typed.
                summary = sentence_start(translate("Calendar", "{group} meeting").format(group=group))
            else:
                summary = translate("Calendar", "{kind} ({group})").format(kind=kind.label(), group=group)
            lines = []
            if agenda:
                lines.append(translate("Calendar", "The agenda covers:"))
                lines += [f"{number}. {fit(item_title(*item))}" for number, item in enumerate(agenda, 1)]
            else:
                lines.append(translate("Papers", "No items have been added to this agenda yet."))
            if apologies_to.strip():
                lines += ["", translate("Papers", "If you cannot come, please send your apologies to {who}.")
                          .format(who=fit(apologies_to))]
            return summary, "\n".join(lines)
        return words

    return [Entry("meeting", row.id, row.starts_at.replace(tzinfo=LONDON),
                  words_of(row.kind, items.get(row.id, []), row.apologies_to or ""), fit(row.venue))
            for row in rows]


def _feedback(session: Session, since: dt.date) -> list[Entry]:
    due = feedback_rules.due_sql(standards(session)).label("due")
    query = (select(Feedback.id, Feedback.issue, Person.name, Feedback.department, Feedback.raised_on, due)
             .join(Person, Feedback.officer_id == Person.id)
             .where(Feedback.answered_on.is_(None), due >= since))

    def words_of(issue, officer, department, raised_on):
        def words():
            summary = translate("Calendar", "Feedback due from {officer}: {issue}").format(
                officer=fit(officer), issue=fit(issue))
            lines = [translate("Calendar", "Raised on {day}.").format(day=uk_date(raised_on))]
            if department:
                lines.append(translate("Calendar", "Department: {department}").format(department=fit(department)))
            return summary, "\n".join(lines)
        return words

    return [Entry("feedback", ident, day, words_of(issue, officer, department, raised_on))
            for ident, issue, officer, department, raised_on, day in session.execute(query)]


def _targets(session: Session, since: dt.date) -> list[Entry]:
    lead = aliased(Person)
    query = (select(Target.id, Target.title, Target.deadline, lead.name)
             .outerjoin(lead, Target.lead_id == lead.id)
             .where(Target.completed_on.is_(None), Target.dropped_on.is_(None), Target.deadline >= since))

    def words_of(title, who):
        def words():
            summary = translate("Calendar", "Action plan deadline: {target}").format(target=fit(title))
            return summary, (translate("Calendar", "Lead: {name}").format(name=fit(who)) if who else "")
        return words

    return [Entry("target", ident, deadline, words_of(title, who)) for ident, title, deadline, who in
            session.execute(query)]


def _consultations(session: Session, since: dt.date) -> list[Entry]:
    query = (select(Consultation.id, Consultation.title, Consultation.closes_on, Consultation.opens_on,
                    Organisation.name)
             .join(Organisation, Consultation.body_id == Organisation.id).where(Consultation.closes_on >= since))

    def words_of(title, opens_on, body):
        def words():
            return (translate("Calendar", "Consultation closes: {title}").format(title=fit(title)),
                    translate("Calendar", "Run by {body}; opened on {day}.").format(body=fit(body),
                                                                                   day=uk_date(opens_on)))
        return words

    return [Entry("consultation", ident, closes_on, words_of(title, opens_on, body))
            for ident, title, closes_on, opens_on, body in session.execute(query)]


def _code_reviews(session: Session, since: dt.date, today: dt.date) -> list[Entry]:
    last = dict(session.execute(select(CodeReview.code_id, func.max(CodeReview.on)).where(CodeReview.on <= today)
                                .group_by(CodeReview.code_id)).all())
    entries = []
    for ident, name, status, adopted_on, months in session.execute(
            select(CodeOfPractice.id, CodeOfPractice.name, CodeOfPractice.status, CodeOfPractice.adopted_on,
                   CodeOfPractice.review_months)):
        due = code_review_due(CodeStatus(status), adopted_on=adopted_on, last_reviewed_on=last.get(ident),
                              review_months=months)
        if due is None or due < since:
            continue

        def words(name=name):
            return (translate("Calendar", "Code of practice review due: {code}").format(code=fit(seeded(name))), "")
        entries.append(Entry("code-review", ident, due, words))
    return entries


def _funding_notices(session: Session, since: dt.date) -> list[Entry]:
    funded, body = aliased(Organisation), aliased(Organisation)
    query = (select(FundingNotice.id, FundingNotice.effective_on, FundingNotice.given_on, FundingNotice.change,
                    funded.name, body.name)
             .join(funded, FundingNotice.organisation_id == funded.id).join(body, FundingNotice.body_id == body.id)
             .where(FundingNotice.effective_on >= since))

    def words_of(change, given_on, organisation, giver):
        def words():
            return (translate("Calendar", "Funding change takes effect: {organisation}").format(
                        organisation=fit(organisation)),
                    translate("Calendar", "{change}; notice given by {body} on {day}.").format(
                        change=change.label(), body=fit(giver), day=uk_date(given_on)))
        return words

    return [Entry("funding-notice", ident, effective_on, words_of(change, given_on, organisation, giver))
            for ident, effective_on, given_on, change, organisation, giver in session.execute(query)]


def _resources(session: Session, since: dt.date) -> list[Entry]:
    """A resource's reminder day (when there is one before its end) and its last day."""
    query = (select(Commitment.id, Commitment.kind, Commitment.title, Commitment.ends_on, Commitment.remind_months,
                    Organisation.name)
             .outerjoin(Organisation, Commitment.funder_id == Organisation.id).where(Commitment.ends_on >= since))

    def reminder_words(kind, title, ends_on, funder):
        def words():
            return (translate("Calendar", "Seek the money again: {title} ends on {day}").format(
                        title=fit(title), day=uk_date(ends_on)),
                    translate("Calendar", "{kind}, funded by {funder}.").format(kind=kind.label(), funder=fit(funder))
                    if funder else kind.label())
        return words

    def end_words(kind, title, funder):
        def words():
            return (translate("Calendar", "{kind} ends: {title}").format(kind=kind.label(), title=fit(title)),
                    translate("Calendar", "Funded by {funder}.").format(funder=fit(funder)) if funder else "")
        return words

    entries = []
    for ident, kind, title, ends_on, months, funder in session.execute(query):
        remind_on = reminder_day(ends_on, months)
        if remind_on < ends_on and remind_on >= since:
            entries.append(Entry("resource-reminder", ident, remind_on, reminder_words(kind, title, ends_on, funder)))
        entries.append(Entry("resource-end", ident, ends_on, end_words(kind, title, funder)))
    return entries


def calendar_entries(session: Session, today: dt.date, *, meeting_id: int | None = None) -> list[Entry]:
    """The events the calendar holds (see the module's docstring), in date order; one meeting's alone when
    `meeting_id` is given."""
    since = today - dt.timedelta(days=RECENT_DAYS)
    entries = _meetings(session, since, meeting_id)
    if meeting_id is None:
        entries += (_feedback(session, since) + _targets(session, since) + _consultations(session, since)
                    + _code_reviews(session, since, today) + _funding_notices(session, since)
                    + _resources(session, since))
    return sorted(entries, key=Entry.sort_key)


# -- the file ----------------------------------------------------------------------------------------------------

def _in(language: str, words: Callable[[], tuple[str, str]]) -> tuple[str, str]:
    """(summary, description) in `language`; for "both" the Welsh, then the English where it differs."""
    return i18n.in_languages(language, words, _pair)


def _pair(welsh: tuple[str, str], english: tuple[str, str]) -> tuple[str, str]:
    description = welsh[1] if welsh[1] == english[1] else "\n\n".join(part for part in (welsh[1], english[1]) if part)
    return _both(welsh[0], english[0]), description


def _both(welsh: str, english: str) -> str:
    """"Cymraeg / English"; the group's own words after a label once, when the same in both:
    "Ymgynghoriad yn cau / Consultation closes: Fire cover", not the title twice."""
    if welsh == english:
        return welsh
    start = welsh.find(": ")
    while start >= 0:
        tail = welsh[start:]
        if english.endswith(tail) and len(english) > len(tail):
            return f"{welsh[:start]} / {english[:-len(tail)]}{tail}"
        start = welsh.find(": ", start + 2)
    return f"{welsh} / {english}"


def london_timezone() -> Timezone:
    """Europe/London as a VTIMEZONE of two yearly rules, as Google's own exports give it: BST from 01:00 GMT on the
    last Sunday of March, GMT from 02:00 BST on the last Sunday of October (the UK's rule since 1996). Rules, not
    icalendar's add_missing_timezones' list of dates (RDATE), which Outlook reads poorly and which ends in 2038."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    zone.add("x-lic-location", "Europe/London")
    for part, name, before, after, start, month in (
            (TimezoneDaylight(), "BST", 0, 1, dt.datetime(1996, 3, 31, 1), 3),
            (TimezoneStandard(), "GMT", 1, 0, dt.datetime(1996, 10, 27, 2), 10)):
        part.add("tzname", name)
        part.add("tzoffsetfrom", dt.timedelta(hours=before))
        part.add("tzoffsetto", dt.timedelta(hours=after))
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def _store_id(session: Session) -> str:
    found = session.scalars(select(StoreIdentity.store_id).order_by(StoreIdentity.id).limit(1)).first()
    # Every file has one since revision 0004; the UIDs then still differ from another program's.
    return "".join(char for char in (found or "") if char.isalnum()) or "unidentified"


def calendar_file(session: Session, today: dt.date, *, language: str = i18n.ENGLISH, meeting_id: int | None = None,
                  now: dt.datetime | None = None) -> CalendarFile:
    """The calendar (see the module's docstring) in `language`: "en", "cy" or "both" (Welsh first).
    `now`: the moment of the export (DTSTAMP, SEQUENCE), the clock's by default."""
    if language not in LANGUAGES:
        raise ValidationError(translate("Calendar", "A calendar is made in English (en), Welsh (cy) or both "
                                                    "(both); “{language}” is none of them.").format(
            language=text.shown(language)), "language")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    sequence = max(0, int((now - SEQUENCE_EPOCH).total_seconds() // 60))
    domain = f"{_store_id(session)}.compactdesk"
    name = fit(_in(language, lambda: (group_name(session), ""))[0])
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    calendar.add("x-wr-timezone", "Europe/London")
    entries = calendar_entries(session, today, meeting_id=meeting_id)
    if not entries:  # a calendar must hold something (RFC 5545), and an empty one helps no one
        raise ValidationError(translate(
            "Calendar", "There is nothing to put in a calendar yet: no meeting is planned and nothing falls due. Plan "
                        "a meeting (or add a deadline) first, then export the calendar again."))
    if any(isinstance(entry.start, dt.datetime) for entry in entries):
        calendar.add_component(london_timezone())
    for entry in entries:
        summary, description = _in(language, entry.words)
        event = Event()
        event.add("uid", f"{entry.kind}-{entry.ident}@{domain}")
        event.add("dtstamp", now)
        event.add("last-modified", now)
        event.add("sequence", sequence)
        event.add("summary", fit(summary))
        if isinstance(entry.start, dt.datetime):
            event.add("dtstart", entry.start)
            event.add("dtend", entry.start + USUAL_LENGTH)
            event.add("transp", "OPAQUE")
        else:
            event.add("dtstart", entry.start)
            event.add("dtend", entry.start + dt.timedelta(days=1))  # all day: the end is the next day, not in it
            event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
        if description:
            event.add("description", description)  # its parts are fit() already, each at most _LIMIT
        if entry.location:
            event.add("location", entry.location)
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
    return CalendarFile(calendar.to_ical(), len(entries), name)


def calendar_ics(session: Session, today: dt.date, *, language: str = i18n.ENGLISH, meeting_id: int | None = None,
                 now: dt.datetime | None = None) -> bytes:
    """The .ics file's bytes (calendar_file's `data`)."""
    return calendar_file(session, today, language=language, meeting_id=meeting_id, now=now).data
