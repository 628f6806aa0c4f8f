"""Chase letters: one polite, plain letter to each officer whose feedback is overdue."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk.documents.model import Cell, Column, Document, Lines, Paragraph, Section, Span, Table
from compactdesk.documents.papers.tones import feedback_tone
from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import translate
from compactdesk.services import meetings, papers
from compactdesk.services.papers import OfficerOwing

REPLY_DAYS = 14


def _past_due(overdue: int, items: int) -> str:
    if items == 1:
        return translate("Papers", "It is now past the date it was due.")
    if overdue == 1:
        return translate("Papers", "One of them is now past the date it was due.")
    return translate("Papers", "%n of them are now past the date they were due.", None, overdue)


def _letter(owing: OfficerOwing, group: str, today: dt.date, next_meeting: dt.date | None) -> Section:
    recipient = [owing.name, owing.role, owing.department, owing.organisation, *owing.address.splitlines()]
    overdue = owing.overdue
    blocks: list = [
        Lines((group, uk_long_date(today)), align_right=True),
        Lines(tuple(line for line in recipient if line.strip())),
        Paragraph.of(translate("Papers", "Dear {name},").format(name=owing.name)),
        Paragraph.of(translate("Papers", "Feedback the {group} is waiting for").format(group=group), bold=True),
        Paragraph.of(translate("Papers", "The {group} asked you for the feedback listed below. Our records show that "
                                         "we have not had it yet.").format(group=group) + (
            " " + _past_due(overdue, len(owing.items)) if overdue else "")),
        Table((Column(translate("Papers", "Feedback on"), 3), Column(translate("Papers", "Asked at"), 2.6),
               Column(translate("Papers", "Due"), 1.5), Column(translate("Papers", "Where it stands"), 1.6)),
              tuple((Cell(item.issue), Cell(item.where or translate("Papers", "Asked on {day}, between meetings")
                                            .format(day=uk_date(item.raised_on))),
                     Cell(uk_date(item.due)),
                     Cell(item.standing, feedback_tone(item.state), bold=item.state is FeedbackState.OVERDUE))
                    for item in owing.items)),
    ]
    ask = translate("Papers", "We would be grateful for a reply by {day}. A short written reply is enough.").format(
        day=uk_long_date(today + dt.timedelta(days=REPLY_DAYS)))
    if next_meeting:
        ask += " " + translate("Papers", "If you would rather answer in person at the next meeting, on {day}, "
                                         "please let us know.").format(day=uk_long_date(next_meeting))
    blocks += [
        Paragraph.of(ask),
        Paragraph((Span(translate("Papers", "If you have already replied, thank you, and please tell us when, so we "
                                            "can put our records right. If someone else should answer, please pass "
                                            "this letter on and let us know who.")),)),
        Lines((translate("Papers", "Yours sincerely,"), "", "", translate("Papers", "Secretary"), group)),
    ]
    return Section(tuple(blocks), own_numbers=True)


def chase_letters(session: Session, today: dt.date, officer: str | None = None) -> list[tuple[str, Document]]:
    """(officer's name, letter) for each officer with overdue feedback; a named officer gets a
    letter for whatever they owe, overdue or not."""
    owing = papers.owed_by_officer(session, today, officer=officer, overdue_only=not officer)
    if not owing:
        raise ValidationError(
            translate("Papers", "'{name}' owes the group no feedback, so there is nothing to chase.").format(
                name=shown(officer, 60)) if officer else
            translate("Papers", "No officer's feedback is overdue, so there is nothing to chase."), "officer")
    group = papers.group_name(session)
    upcoming = meetings.next_meeting(session, today + dt.timedelta(days=1))
    day = upcoming.starts_at.date() if upcoming else None
    return [(person.name, Document(translate("Papers", "Letter to {name}, {day}").format(
        name=person.name, day=today.isoformat()), group, (_letter(person, group, today, day),)))
        for person in owing]


def all_in_one(letters: list[tuple[str, Document]], today: dt.date) -> Document:
    """The letters as one file, each starting on its own page with its own page numbers."""
    return Document(translate("Papers", "Chase letters, {day}").format(day=today.isoformat()), letters[0][1].group,
                    tuple(section for _, letter in letters for section in letter.sections))
