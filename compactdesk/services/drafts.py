"""Email drafts of the group's papers (issue 20): who gets them, and what the message says.

The members are the people holding a seat on the day of the meeting; for a pre-meeting (the voluntary sector's
caucus before a liaison meeting) only the voluntary sector's seats. Whoever else the meeting involves gets the papers
too: anyone recorded in its attendance (a substitute, a guest) and anyone presenting an item. Minutes sent after the
meeting also go to whoever holds a seat by then. Those with no usable email address are listed, with their postal
address where it is held, for the secretary to post or hand the papers to them.

The words (subject and text) are the group's own, in the paper's language ("both": the Welsh, then the English); the
user edits them in the window before the draft is written (services/mail_files.py)."""

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from compactdesk import i18n
from compactdesk.domain.dates import locale_name, uk_long_date
from compactdesk.domain.enums import MeetingKind, MeetingStatus, Sector
from compactdesk.domain.own_words import in_language
from compactdesk.domain.rules import holds_on
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import safe_name
from compactdesk.i18n import translate
from compactdesk.services.common import fetch
from compactdesk.services.mail_files import Addressee, MailAddress, check_address, draft, write_draft
from compactdesk.services.papers import group_name, owed_by_officer
from compactdesk.store.models import AgendaItem, AttendanceRecord, Meeting, Person, Seat, SeatTerm

__all__ = ["DraftWords", "Recipient", "Recipients", "agenda_words", "chase_words", "draft", "draft_to",
           "members_to_send", "minutes_words", "officers_to_chase", "secretary", "secretary_addressee",
           "write_draft"]

BOTH = i18n.BOTH
# Between the Welsh and the English of a bilingual message.
DIVIDER = "\n\n" + "—" * 20 + "\n\n"


@dataclass(frozen=True)
class Recipient:
    person_id: int
    name: str
    why: str  # what makes them one of the members: the seat's title, "Presenting an item", "Substitute"
    mail: MailAddress
    postal: str = ""  # their postal address, as held ("" for none)
    organisation: str = ""

    @property
    def addressees(self) -> list[Addressee]:
        return [Addressee(self.name, address) for address in self.mail.addresses]


@dataclass(frozen=True)
class Recipients:
    with_address: tuple[Recipient, ...]
    without: tuple[Recipient, ...]  # no address held, or one that cannot be used (Recipient.mail.problem says why)

    @property
    def everyone(self) -> tuple[Recipient, ...]:
        return self.with_address + self.without


def _recipient(person: Person, why: str) -> Recipient:
    return Recipient(person.id, person.name, why, check_address(person.email), person.address.strip(),
                     person.organisation.name if person.organisation else "")


def _split(people: Sequence[Recipient]) -> Recipients:
    return Recipients(tuple(p for p in people if p.mail.usable), tuple(p for p in people if not p.mail.usable))


def members_to_send(session: Session, today: dt.date, meeting_id: int) -> Recipients:
    """Who a meeting's papers go to, in seat order then the others by name, each once, split into those with a
    usable email address and those without."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    meeting_day = meeting.starts_at.date()
    days = [meeting_day] + ([today] if today > meeting_day else [])
    chosen: dict[int, Recipient] = {}
    seats = session.scalars(select(Seat).options(selectinload(Seat.terms).selectinload(SeatTerm.person)
                                                 .selectinload(Person.organisation)).order_by(Seat.position, Seat.id))
    for seat in seats:
        if meeting.kind is MeetingKind.PRE_MEETING and seat.sector is not Sector.VCS:
            continue
        for term in sorted(seat.terms, key=lambda term: term.start_on):
            if term.person_id not in chosen and any(holds_on(day, term.start_on, term.end_on) for day in days):
                chosen[term.person_id] = _recipient(term.person, in_language(seat.title, seat.title_cy))
    others: dict[int, Recipient] = {}
    presenters = session.scalars(select(Person).join(AgendaItem, AgendaItem.presenter_id == Person.id)
                                 .where(AgendaItem.meeting_id == meeting.id).options(selectinload(Person.organisation)))
    for person in presenters:
        others.setdefault(person.id, _recipient(person, translate("Mail", "Presenting an item")))
    for record in session.scalars(select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting.id)
                                  .options(selectinload(AttendanceRecord.person).selectinload(Person.organisation))):
        others.setdefault(record.person_id, _recipient(record.person, record.status.label()))
    extra = sorted((p for ident, p in others.items() if ident not in chosen),
                   key=lambda p: (i18n.name_order(p.name), p.person_id))
    return _split([*chosen.values(), *extra])


def secretary(session: Session, meeting_id: int | None = None) -> Person | None:
    """The group's secretary, where the records say who it is: the person apologies go to (the meeting's
    "apologies to", which names them or gives their address), else the one whose role says "secretary to the
    group"."""
    people = list(session.scalars(select(Person).order_by(Person.id)))
    if meeting_id is not None:
        meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
        words = meeting.apologies_to.casefold()
        if words.strip():
            held = {address.casefold() for address in re.findall(r"[^\s,;<>()]+@[^\s,;<>()]+", words)}
            for person in people:
                if held & {address.casefold() for address in check_address(person.email).addresses}:
                    return person
            for person in people:
                name = person.name.strip().casefold()
                if name and re.search(r"(^|[\s,(])" + re.escape(name) + r"($|[\s,)])", words):
                    return person
    return next((p for p in people if re.search(r"\bsecretary to the\b|\bysgrifennydd y\b", p.role, re.I)), None)


def secretary_addressee(session: Session, meeting_id: int | None = None) -> Addressee | None:
    """The secretary (see `secretary`) with their first usable address, for the To of a message to the members in
    Bcc; None when neither is known."""
    person = secretary(session, meeting_id)
    if person is None:
        return None
    mail = check_address(person.email)
    return Addressee(person.name, mail.addresses[0]) if mail.usable else None


@dataclass(frozen=True)
class DraftWords:
    subject: str
    text: str


def _in(language: str, words: Callable[[], str], joiner: str) -> str:
    """`words()` in the paper's language; for both, the Welsh then the English (once, when they are the same)."""
    return i18n.in_languages(language, words, lambda welsh, english: welsh if welsh == english
                             else welsh + joiner + english)


def _clock(at: dt.datetime) -> str:
    from babel.dates import format_time

    return format_time(at.time(), "h:mm a" if locale_name() == "en_GB" else "short", locale=locale_name())


def _signature(session: Session, meeting_id: int | None) -> str:
    person = secretary(session, meeting_id)
    group = group_name(session)
    if person is None:
        return translate("Mail", "With best wishes,") + "\n" + translate("Mail", "The secretary, {group}").format(
            group=group)
    return "\n".join([translate("Mail", "With best wishes,"), person.name,
                      translate("Mail", "Secretary, {group}").format(group=group)])


def _meeting_words(session: Session, meeting: Meeting, paper: str) -> str:
    """The subject: "Agenda: Dyfnant Compact Liaison Group, Tuesday 15 December 2026" (the kind of meeting too,
    when it is not the usual one)."""
    day = uk_long_date(meeting.starts_at.date())
    if meeting.kind is MeetingKind.LIAISON:
        return translate("Mail", "{paper}: {group}, {day}").format(paper=paper, group=group_name(session), day=day)
    return translate("Mail", "{paper}: {group}, {kind}, {day}").format(
        paper=paper, group=group_name(session), kind=meeting.kind.label(), day=day)


def _when_where(meeting: Meeting) -> list[str]:
    """Date, time and venue, one to a line as the agenda has them (no sentence: a Welsh date after "ar" would
    need a mutation the date's own words cannot take)."""
    lines = [translate("Papers", "Date") + ": " + uk_long_date(meeting.starts_at.date()),
             translate("Papers", "Time") + ": " + _clock(meeting.starts_at)]
    if meeting.venue.strip():
        lines.append(translate("Papers", "Venue") + ": " + meeting.venue.strip())
    return lines


def agenda_words(session: Session, meeting_id: int, language: str, *, pack: bool = False) -> DraftWords:
    """The default subject and text of the agenda's (or the agenda pack's) email to the members."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))

    def subject() -> str:
        return _meeting_words(session, meeting, translate("Mail", "Agenda pack") if pack else
                              translate("Mail", "Agenda"))

    def text() -> str:
        group = group_name(session)
        lines = [translate("Mail", "Dear members,"), "",
                 translate("Mail", "The agenda pack for the meeting of the {group} is attached: the agenda and "
                                   "its papers in one file.").format(group=group) if pack else
                 translate("Mail", "The agenda for the meeting of the {group} is attached.").format(group=group),
                 "", *_when_where(meeting)]
        if meeting.apologies_to.strip():
            lines += ["", translate("Mail", "If you cannot come, please send your apologies to {who}.").format(
                who=meeting.apologies_to.strip())]
        return "\n".join(lines + ["", _signature(session, meeting.id)])

    return DraftWords(_in(language, subject, " / "), _in(language, text, DIVIDER))


def minutes_words(session: Session, meeting_id: int, language: str) -> DraftWords:
    """The default subject and text of the minutes' email: "Draft minutes" until the group approves them."""
    meeting = fetch(session, Meeting, meeting_id, translate("Meetings", "meeting"))
    approved = meeting.status is MeetingStatus.MINUTES_APPROVED

    def subject() -> str:
        return _meeting_words(session, meeting, translate("Mail", "Minutes") if approved else
                              translate("Mail", "Draft minutes"))

    def text() -> str:
        day = uk_long_date(meeting.starts_at.date())
        lines = [translate("Mail", "Dear members,"), ""]
        if approved:
            lines.append(translate("Mail", "The minutes of the meeting of the {group}, {day}, are attached, as the "
                                           "group approved them.").format(group=group_name(session), day=day))
        else:
            lines.append(translate("Mail", "The draft minutes of the meeting of the {group}, {day}, are attached. "
                                           "They are not yet approved: please send any corrections before the next "
                                           "meeting.").format(group=group_name(session), day=day))
        return "\n".join(lines + ["", _signature(session, meeting.id)])

    return DraftWords(_in(language, subject, " / "), _in(language, text, DIVIDER))


def officers_to_chase(session: Session, today: dt.date) -> Recipients:
    """The officers a chase letter goes to today (those with overdue feedback), in the letters' order, each with
    how much they owe."""
    owing = owed_by_officer(session, today, overdue_only=True)
    people = {person.id: person for person in session.scalars(
        select(Person).where(Person.id.in_([o.person_id for o in owing])).options(selectinload(Person.organisation)))}
    return _split([_recipient(people[o.person_id], translate("Mail", "%n item(s) overdue", None, o.overdue))
                   for o in owing])


def name_mark() -> str:
    """Where each officer's name goes in a chase email's text, in the language spoken ("[name]", "[enw]"): a word the
    secretary can read, move or delete as they edit the text."""
    return translate("Mail", "[name]")


def _name_marks() -> set[str]:
    marks = set()
    for language in (i18n.ENGLISH, i18n.WELSH):
        with i18n.speaking(language):
            marks.add(name_mark())
    return marks


def letters_by_officer(session: Session, today: dt.date, paths: Sequence[Path]) -> dict[int, Path]:
    """Each overdue officer's own chase letter, by person id, from the files an export of the letters one per officer
    wrote (documents/export.py: in the order of owed_by_officer, each named "… – <officer>"). Not the order of
    officers_to_chase, which puts those with an address first. A ValidationError when what is owed changed while the
    letters were made, so that no officer is ever sent another's letter."""
    owing = owed_by_officer(session, today, overdue_only=True)
    if len(owing) != len(paths) or any(not Path(path).stem.split(" (")[0].endswith(safe_name(officer.name))
                                       for officer, path in zip(owing, paths)):
        raise ValidationError(translate(
            "Mail", "What the officers owe changed while the letters were made. Choose Chase letters to the officers "
                    "again."))
    return {officer.person_id: Path(path) for officer, path in zip(owing, paths)}


def chase_words(session: Session, language: str) -> DraftWords:
    """The default subject and covering text of an officer's chase email; the name mark (name_mark) in the text
    becomes each officer's name."""
    def subject() -> str:
        return translate("Mail", "Feedback the {group} is waiting for").format(group=group_name(session))

    def text() -> str:
        return "\n".join([translate("Mail", "Dear {name},").format(name=name_mark()), "",
                          translate("Mail", "A letter from the {group} is attached, listing the feedback the group "
                                            "asked you for and has not had yet. A short reply by email is enough.")
                          .format(group=group_name(session)), "", _signature(session, None)])

    return DraftWords(_in(language, subject, " / "), _in(language, text, DIVIDER))


def draft_to(people: Sequence[Recipient], words: DraftWords, attachments: Sequence[Path], *, bcc: bool = True,
             to: Sequence[Addressee] = (), name: str = "") -> EmailMessage:
    """The message to `people` (their usable addresses): in Bcc, so no one sees the others' addresses, with `to`
    (the secretary's own address, or none) in To; or all of them in To. The name mark ("[name]", "[enw]") in the
    text becomes `name`."""
    addressees = [addressee for person in people if person.mail.usable for addressee in person.addressees]
    text = words.text
    for mark in sorted(_name_marks(), key=len, reverse=True) if name else ():  # one mark may hold another
        text = text.replace(mark, name)
    if bcc:
        seen = {a.address.casefold() for a in to}
        hidden = [a for a in addressees if a.address.casefold() not in seen]
        return draft(words.subject, text, to=to, bcc=hidden, attachments=attachments)
    return draft(words.subject, text, to=addressees, attachments=attachments)
