"""The agenda: what the meeting will discuss, in order, with who presents and the papers."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk.documents.model import (
    BulletList,
    Cell,
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Style,
    Table,
)
from compactdesk.documents.papers.common import meeting_fields, paper_refs, size_text
from compactdesk.i18n import translate
from compactdesk.services import meetings, papers


def agenda_blocks(session: Session, meeting_id: int, today: dt.date, *, pack_refs: bool = False) -> tuple:
    """The agenda's blocks, also the heart of the agenda pack."""
    meeting = meetings.meeting_row(session, meeting_id, today)
    items = meetings.agenda_rows(session, meeting_id)
    attached = meetings.paper_rows(session, meeting_id)
    refs = paper_refs(items, attached)
    item_refs: dict[int, list[str]] = {}
    for paper in attached:
        item_refs.setdefault(paper.item_id, []).append(refs[paper.paper_id])
    rows = []
    for item in items:
        minutes = item.minutes_allowed or 0  # a bare name: lupdate collects no plural with any other count
        title = item.title + (" *" if item.standing else "")
        if item.description:
            title += "\n" + item.description
        rows.append((Cell(str(item.number), bold=True), Cell(title), Cell(item.presenter),
                     Cell(translate("Papers", "%n min", None, minutes) if minutes else ""),
                     Cell(", ".join(item_refs.get(item.item_id, ())))))
    blocks: list = [Heading(translate("Papers", "Agenda"), 1), Heading(meeting.kind.label(), 2),
                    meeting_fields(meeting)]
    if rows:
        blocks.append(Table((Column(translate("Papers", "No."), 0.5, right=True), Column(translate("Papers", "Item"), 3.6),
                             Column(translate("Papers", "Presenter"), 2), Column(translate("Papers", "Time"), 0.9),
                             Column(translate("Papers", "Paper"), 1.1)), tuple(rows)))
        if any(item.standing for item in items):
            blocks.append(Paragraph.of(translate("Papers", "* A standing item, on every agenda."), Style.NOTE))
    else:
        blocks.append(Paragraph.of(translate("Papers", "No items have been added to this agenda yet."), Style.NOTE))
    if attached:
        blocks.append(Heading(translate("Papers", "Papers"), 2))
        blocks.append(BulletList(tuple(
            translate("Papers", "Paper {ref}: {name} ({size})").format(ref=refs[paper.paper_id], name=paper.filename,
                                                                      size=size_text(paper.size))
            for paper in attached)))
        if not pack_refs:
            blocks.append(Paragraph.of(translate("Papers", "The papers come with the agenda pack."), Style.NOTE))
    if meeting.apologies_to:
        blocks.append(Paragraph.of(translate("Papers", "If you cannot come, please send your apologies to {who}.")
                                   .format(who=meeting.apologies_to)))
    return tuple(blocks)


def build_agenda(session: Session, meeting_id: int, today: dt.date) -> Document:
    meeting = meetings.meeting_row(session, meeting_id, today)
    return Document(translate("Papers", "Agenda: {kind}, {day}").format(
        kind=meeting.kind.label(), day=meeting.starts_at.date().isoformat()), papers.group_name(session),
        (Section(agenda_blocks(session, meeting_id, today)),))
