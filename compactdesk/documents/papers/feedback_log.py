"""The feedback log: what each officer was asked for, and whether and when they answered;
everything still outstanding and what was answered within its scope (domain/scope.py)."""

import datetime as dt
from collections import Counter

from sqlalchemy.orm import Session

from compactdesk.documents.model import Cell, Column, Document, Heading, Paragraph, Section, Style, Table
from compactdesk.documents.papers.common import feedback_scope_sentence
from compactdesk.documents.papers.tones import feedback_tone
from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.scope import EVERYTHING, Scope
from compactdesk.domain.text import shown
from compactdesk.i18n import translate
from compactdesk.services import feedback, papers
from compactdesk.services.feedback import FeedbackRow


def _summary(rows: list[FeedbackRow]) -> str:
    counts = Counter(row.state for row in rows)
    count = len(rows)
    return translate("Papers", "{total}: {open} outstanding ({overdue} overdue); {ontime} answered on time, "
                               "{late} answered late.").format(
        total=translate("Papers", "%n item(s)", None, count),
        open=counts[FeedbackState.OPEN] + counts[FeedbackState.OVERDUE], overdue=counts[FeedbackState.OVERDUE],
        ontime=counts[FeedbackState.ANSWERED_ON_TIME], late=counts[FeedbackState.ANSWERED_LATE])


def _standing(row: FeedbackRow, today: dt.date) -> str:
    words = feedback.where_it_stands(row, today)
    if row.answered_on and row.answered_on <= today:
        words += "\n" + translate("Papers", "on {day}").format(day=uk_date(row.answered_on))
    return words


def build_feedback_log(session: Session, today: dt.date, officer: str | None = None,
                       scope: Scope = EVERYTHING) -> Document:
    rows = papers.feedback_in_scope(session, today, scope)
    if officer:
        chosen = papers.officers_asked(session, officer)
        if not chosen:
            raise ValidationError(translate("Papers", "No feedback has been asked of anyone called '{name}'.")
                                  .format(name=shown(officer, 60)), "officer")
        rows = [row for row in rows if row.officer_id in chosen]
    blocks: list = [Heading(translate("Papers", "Feedback log"), 1),
                    Paragraph.of(translate("Papers", "Feedback asked of officers, as it stands on {day}.")
                                 .format(day=uk_long_date(today))),
                    Paragraph.of(feedback_scope_sentence(scope))]
    # Nothing in the scope is not the same as nothing asked at all: say which.
    never_asked = not rows and (scope.everything or officer is None and not papers.any_feedback(session))
    if never_asked:
        blocks.append(Paragraph.of(translate("Papers", "No feedback has been asked of anyone yet."), Style.NOTE))
    elif not rows:
        blocks.append(Paragraph.of(translate("Papers", "Nothing is outstanding, and nothing was answered since "
                                                       "{day}.").format(day=uk_long_date(scope.since)), Style.NOTE))
    else:
        blocks.append(Paragraph.of(_summary(rows), bold=True))
    by_officer: dict[tuple[str, int], list[FeedbackRow]] = {}
    for row in rows:
        by_officer.setdefault((row.officer, row.officer_id), []).append(row)
    for (name, _), owed in sorted(by_officer.items(), key=lambda pair: (pair[0][0].casefold(), pair[0][1])):
        departments = sorted({row.department for row in owed if row.department})
        blocks += [Heading(name + (f" — {', '.join(departments)}" if departments else ""), 2),
                   Paragraph.of(_summary(owed), Style.NOTE)]
        # Outstanding first, the longest waiting at the top; then answered, newest first.
        owed.sort(key=lambda row: (row.state not in papers.OUTSTANDING, -row.days_outstanding
                                   if row.state in papers.OUTSTANDING else -row.raised_on.toordinal()))
        blocks.append(Table(
            (Column(translate("Papers", "Feedback on"), 3.4), Column(translate("Papers", "Asked"), 1.6),
             Column(translate("Papers", "Due"), 1.6), Column(translate("Papers", "Days outstanding"), 1.2, right=True),
             Column(translate("Papers", "Where it stands"), 2)),
            tuple((Cell(row.issue), Cell(uk_date(row.raised_on)), Cell(uk_date(row.due)),
                   Cell(days_text(row.days_outstanding)),
                   Cell(_standing(row, today), feedback_tone(row.state), bold=row.state is FeedbackState.OVERDUE))
                  for row in owed)))
    return Document(translate("Papers", "Feedback log, {day}").format(day=today.isoformat()),
                    papers.group_name(session), (Section(tuple(blocks)),))
