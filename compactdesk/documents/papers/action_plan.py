"""The action plan: the targets, grouped by code area or by partner, with where each stands;
every open target and those done or dropped within its scope (domain/scope.py)."""

import datetime as dt
from collections import Counter
from enum import StrEnum

from sqlalchemy.orm import Session

from compactdesk.documents.model import Cell, Column, Document, Heading, Paragraph, Section, Style, Table
from compactdesk.documents.papers.common import day_or_blank, targets_scope_sentence
from compactdesk.documents.papers.tones import target_tone
from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import TargetStatus
from compactdesk.domain.scope import EVERYTHING, Scope
from compactdesk.i18n import translate
from compactdesk.services import papers
from compactdesk.services.actions import TargetRow


class GroupBy(StrEnum):
    CODE = "code"
    PARTNER = "partner"


def status_counts(rows: list[TargetRow]) -> str:
    """E.g. "12 targets: 3 done, 2 overdue, 1 due soon, 5 on track, 1 not started"."""
    counts = Counter(row.status for row in rows)
    parts = [f"{counts[status]} {status.label().lower()}" for status in (
        TargetStatus.DONE, TargetStatus.OVERDUE, TargetStatus.DUE_SOON, TargetStatus.ON_TRACK,
        TargetStatus.NOT_STARTED, TargetStatus.DROPPED) if counts[status]]
    count = len(rows)
    return translate("Papers", "%n target(s)", None, count) + (": " + ", ".join(parts) if parts else "")


def _progress(row: TargetRow) -> str:
    if not row.last_progress:
        return ""
    return f"{uk_date(row.last_progress_on)}: {row.last_progress}"


def build_action_plan(session: Session, today: dt.date, group_by: GroupBy | str = GroupBy.CODE,
                      scope: Scope = EVERYTHING) -> Document:
    group_by = GroupBy(group_by)
    rows = papers.targets_in_scope(session, today, scope)
    blocks: list = [Heading(translate("Papers", "Action plan"), 1),
                    Paragraph.of(translate("Papers", "As it stands on {day}.").format(day=uk_long_date(today))),
                    Paragraph.of(targets_scope_sentence(scope))]
    if not rows and (scope.everything or not papers.any_target(session)):
        blocks.append(Paragraph.of(translate("Papers", "The action plan has no targets yet."), Style.NOTE))
    elif not rows:
        blocks.append(Paragraph.of(translate("Papers", "No target is open, and none was done or dropped since {day}.")
                                   .format(day=uk_long_date(scope.since)), Style.NOTE))
    else:
        blocks.append(Paragraph.of(status_counts(rows), bold=True))
    groups: dict[str, list[TargetRow]] = {}
    held: dict[str, str] = {}  # a code group's name as held: a bilingual paper's two halves sort alike by it
    for row in rows:
        key = row.code if group_by is GroupBy.CODE else row.partner
        groups.setdefault(key, []).append(row)
        held[key] = row.code_held if group_by is GroupBy.CODE else row.partner
    none_label = (translate("Papers", "No code area named") if group_by is GroupBy.CODE
                  else translate("Papers", "No partner named"))
    other = translate("Papers", "Partner and lead") if group_by is GroupBy.CODE else translate("Papers",
                                                                                             "Code area and lead")
    for key in sorted(groups, key=lambda name: (name == "", held[name].casefold())):
        members = groups[key]
        blocks += [Heading(key or none_label, 2), Paragraph.of(status_counts(members), Style.NOTE)]
        table_rows = []
        for row in members:
            who = "\n".join(part for part in (row.partner if group_by is GroupBy.CODE else row.code, row.lead) if part)
            table_rows.append((Cell(row.title), Cell(who), Cell(day_or_blank(row.deadline)),
                               Cell(row.status.label(), target_tone(row.status), bold=row.status is
                                    TargetStatus.OVERDUE), Cell(_progress(row))))
        blocks.append(Table((Column(translate("Papers", "Target"), 3), Column(other, 2.2),
                             Column(translate("Papers", "Deadline"), 1.6), Column(translate("Papers", "Status"), 1.4),
                             Column(translate("Papers", "Latest progress"), 3)), tuple(table_rows)))
    return Document(translate("Papers", "Action plan, {day}").format(day=today.isoformat()),
                    papers.group_name(session), (Section(tuple(blocks)),))
