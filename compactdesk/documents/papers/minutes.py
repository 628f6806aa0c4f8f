"""The minutes: who came, what each item discussed and decided, and what it asked for."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk.documents.model import (
    Cell,
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Span,
    Style,
    Table,
)
from compactdesk.documents.papers.common import day_or_blank, meeting_fields
from compactdesk.documents.papers.tones import feedback_tone, target_tone
from compactdesk.documents.text import paragraphs
from compactdesk.domain.enums import Attendance, MeetingStatus, Sector
from compactdesk.i18n import translate
from compactdesk.services import meetings, papers
from compactdesk.services.meetings import RosterRow


def draft_mark() -> str:
    return translate("Papers", "DRAFT — not yet approved")


def _attendance_table(roster: list[RosterRow]) -> Table | Paragraph:
    sector_of = {row.person_id: row.sector for row in roster}
    cells: dict[Sector | None, dict[Attendance, list[str]]] = {}
    for row in roster:
        if row.status is None:
            continue
        status, sector, name = row.status, row.sector, row.name
        if row.organisation:
            name += f" ({row.organisation})"
        if status is Attendance.SUBSTITUTE:
            status, sector = Attendance.PRESENT, sector_of.get(row.substitute_for_id)
            name += " " + translate("Papers", "for {member}").format(member=row.substitute_for)
        cells.setdefault(sector, {}).setdefault(status, []).append(name)
    if not cells:
        return Paragraph.of(translate("Papers", "Attendance has not been recorded."), Style.NOTE)
    order = [sector for sector in Sector if sector in cells] + ([None] if None in cells else [])
    rows = []
    for sector in order:
        label = sector.label() if sector else translate("Papers", "Also in attendance")
        rows.append((Cell(label, bold=True),) + tuple(
            Cell("\n".join(cells[sector].get(status, ()))) for status in
            (Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT)))
    return Table((Column(translate("Papers", "Sector"), 1.3), Column(translate("Papers", "Present"), 2),
                  Column(translate("Papers", "Apologies"), 1.6), Column(translate("Papers", "Absent"), 1.4)),
                 tuple(rows))


def build_minutes(session: Session, meeting_id: int, today: dt.date) -> Document:
    meeting = meetings.meeting_row(session, meeting_id, today)
    approved = meeting.status is MeetingStatus.MINUTES_APPROVED
    blocks: list = [Heading(translate("Papers", "Minutes"), 1), Heading(meeting.kind.label(), 2)]
    if not approved:
        blocks.append(Paragraph.of(draft_mark(), Style.BANNER))
    blocks.append(meeting_fields(meeting, apologies=False))
    roster = meetings.attendance_roster(session, meeting_id)
    blocks += [Heading(translate("Papers", "Attendance"), 2), Paragraph.of(meetings.attendance_summary(
        [row for row in roster if row.status is not None])), _attendance_table(roster)]
    for item in meetings.agenda_rows(session, meeting_id):
        blocks.append(Heading(translate("Papers", "{number}. {title}").format(number=item.number, title=item.title), 3))
        text = paragraphs(item.minutes)
        blocks += [Paragraph.of(part) for part in text]
        if item.decisions:
            decided = paragraphs(item.decisions)
            blocks.append(Paragraph((Span(translate("Papers", "Decided: "), bold=True), Span(decided[0] if decided
                                                                                              else ""))))
            blocks += [Paragraph.of(part) for part in decided[1:]]
        if not text and not item.decisions:
            blocks.append(Paragraph.of(translate("Papers", "Nothing was minuted under this item."), Style.NOTE))
    actions, asked = papers.raised_at_meeting(session, meeting_id, today)
    blocks.append(Heading(translate("Papers", "Actions agreed"), 2))
    if actions:
        blocks.append(Table(
            (Column(translate("Papers", "Item"), 0.6, right=True), Column(translate("Papers", "What"), 4),
             Column(translate("Papers", "Who"), 2), Column(translate("Papers", "By when"), 1.6),
             Column(translate("Papers", "Now"), 1.3)),
            tuple((Cell(str(row.item_number or "")), Cell(row.what), Cell(row.who), Cell(day_or_blank(row.due)),
                   Cell(row.status.label(), target_tone(row.status))) for row in actions)))
    else:
        blocks.append(Paragraph.of(translate("Papers", "No actions were recorded at this meeting."), Style.NOTE))
    blocks.append(Heading(translate("Papers", "Feedback requested"), 2))
    if asked:
        blocks.append(Table(
            (Column(translate("Papers", "Item"), 0.6, right=True), Column(translate("Papers", "Feedback on"), 4),
             Column(translate("Papers", "From whom"), 2.4), Column(translate("Papers", "By when"), 1.6),
             Column(translate("Papers", "Now"), 1.3)),
            tuple((Cell(str(row.item_number or "")), Cell(row.issue),
                   Cell(row.officer + (f"\n{row.department}" if row.department else "")), Cell(day_or_blank(row.due)),
                   Cell(row.state.label(), feedback_tone(row.state))) for row in asked)))
    else:
        blocks.append(Paragraph.of(translate("Papers", "No feedback was requested at this meeting."), Style.NOTE))
    return Document(translate("Papers", "Minutes: {kind}, {day}").format(
        kind=meeting.kind.label(), day=meeting.starts_at.date().isoformat()), papers.group_name(session),
        (Section(tuple(blocks)),), header_note="" if approved else draft_mark())
