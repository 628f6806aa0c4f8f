"""The annual review: a year of the compact, from the year's own records.

Every figure comes from services.monitoring_figures (counted once, the same way the
monitoring page counts it); this module and annual_review_record.py put them into words, tables and a chart.
"""

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
from compactdesk.documents.papers.annual_review_record import (
    attendance_section,
    codes_section,
    disputes_section,
    feedback_section,
    sign_up_section,
    targets_section,
)
from compactdesk.documents.papers.annual_review_people import code_steps_section, inputs_section, leads_section
from compactdesk.documents.papers.annual_review_standards import standards_section
from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import IndicatorGroup, Measure
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.standards import FIRST_YEAR, LAST_YEAR
from compactdesk.i18n import translate
from compactdesk.services import papers
from compactdesk.services.compact import standards
# The year's figures as the Monitoring & review page counts them, read for the year alone: the same
# YearFigures as review.year_figures (a test holds the two together), without building ten years of
# feedback as rows to keep one year's.
from compactdesk.services.monitoring_figures import year_figures
from compactdesk.services.review import YearFigures, champion_word, figure_sentences, pct
from compactdesk.services.review_detail import YearRecords, year_records


def rating_text(rating: int | None) -> str:
    return translate("Papers", "Not rated") if rating is None else translate("Papers", "{n} of 5").format(n=rating)


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph.of(part.strip()) for part in text.split("\n\n") if part.strip()]


def _key_facts(f: YearFigures) -> list[str]:
    words = figure_sentences(f)
    count = f.meetings_held
    facts = [translate("Papers", "%n meeting(s) held.", None, count)]
    if f.meetings and f.public_attendance is None:
        facts.append(translate("Papers", "No register of attendance was taken at the meetings."))
    elif f.meetings:
        facts.append(
            translate(
                "Papers",
                "Statutory partners filled {public} of their seats at meetings; the voluntary and community "
                "sector {vcs}.",
            ).format(public=pct(f.public_attendance), vcs=pct(f.vcs_attendance))
        )
    for measure, label in (
        (Measure.TARGETS, translate("Papers", "Action plan")),
        (Measure.FEEDBACK, translate("Papers", "Feedback from officers")),
        (Measure.CONSULTATIONS, translate("Papers", "Consultations")),
        (Measure.FUNDING_NOTICES, translate("Papers", "Funding notices")),
        (Measure.DISPUTES, translate("Papers", "Disputes")),
        (Measure.CODES, translate("Papers", "Codes of practice")),
        (Measure.SIGN_UP, translate("Papers", "Sign-up")),
    ):
        facts.append(f"{label}: {words[measure]}.")
    return facts


def _indicators(f: YearFigures, r: YearRecords) -> list:
    words = figure_sentences(f)
    blocks: list = [
        Heading(translate("Papers", "The monitoring framework"), 2),
        Paragraph.of(
            translate(
                "Papers",
                "The group's own rating of each indicator, from 1 (not at all) to 5 (fully), with its evidence "
                "and, where the records hold it, the figure for the year.",
            )
        ),
    ]
    for group in IndicatorGroup:
        lines = [line for line in r.indicators if line.group is group]
        if not lines:
            continue
        rows = []
        for line in lines:
            said = line.evidence
            if line.measure is not None:
                said = (words[line.measure] + "." + ("\n" + said if said else "")).strip()
            change = (
                ""
                if line.previous is None or line.rating is None
                else "\n" + translate("Papers", "last year {n}").format(n=line.previous)
            )
            rows.append((Cell(line.question), Cell(rating_text(line.rating) + change), Cell(said)))
        blocks += [
            Heading(group.label(), 3),
            Table(
                (
                    Column(translate("Papers", "Indicator"), 3),
                    Column(translate("Papers", "Rating"), 1.1),
                    Column(translate("Papers", "Figures and evidence"), 3),
                ),
                tuple(rows),
            ),
        ]
    return blocks


def _health(r: YearRecords) -> list:
    rows = tuple(
        (
            Cell(line.area.label(), bold=True),
            Cell(
                rating_text(line.rating)
                + (
                    ""
                    if line.previous is None or line.rating is None
                    else "\n" + translate("Papers", "last year {n}").format(n=line.previous)
                )
            ),
            Cell(line.evidence or line.area.aim()),
        )
        for line in r.health
    )
    return [
        Heading(translate("Papers", "Partnership health-check"), 2),
        Paragraph.of(
            translate("Papers", "The five areas of the Local Partnerships Taskforce checklist, each rated from 1 to 5.")
        ),
        Table(
            (
                Column(translate("Papers", "Area"), 2),
                Column(translate("Papers", "Rating"), 1.1),
                Column(translate("Papers", "Evidence"), 4),
            ),
            rows,
        ),
    ]


def _relationship(f: YearFigures, r: YearRecords) -> list:
    blocks: list = [Heading(translate("Papers", "The relationship between the sectors"), 2)]
    if not r.relationship:
        return blocks + [
            Paragraph.of(translate("Papers", "No relationship rating was recorded in the year."), Style.NOTE)
        ]
    count = len(r.relationship)
    blocks.append(
        Paragraph.of(
            translate("Papers", "Rated {mean} of 5 on average over {count}.").format(
                mean=f"{f.relationship_mean:g}", count=translate("Papers", "%n rating(s)", None, count)
            )
        )
    )
    blocks.append(
        Table(
            (
                Column(translate("Papers", "Date"), 1.4),
                Column(translate("Papers", "Rating"), 1),
                Column(translate("Papers", "Note"), 4.5),
            ),
            tuple((Cell(uk_date(day)), Cell(rating_text(rating)), Cell(note)) for day, rating, note in r.relationship),
        )
    )
    return blocks


def _change(f: YearFigures, before: YearFigures) -> list:
    def row(label: str, then: str, now: str) -> tuple[Cell, Cell, Cell]:
        return Cell(label), Cell(then), Cell(now)

    mean = lambda x: "—" if x.relationship_mean is None else f"{x.relationship_mean:g}"
    rows = (
        row(translate("Papers", "Meetings held"), str(before.meetings_held), str(f.meetings_held)),
        row(
            translate("Papers", "Seats filled by statutory partners"),
            pct(before.public_attendance),
            pct(f.public_attendance),
        ),
        row(
            translate("Papers", "Seats filled by the voluntary sector"),
            pct(before.vcs_attendance),
            pct(f.vcs_attendance),
        ),
        row(
            translate("Papers", "Targets done, of those that fell due"),
            pct(before.targets.done_percent),
            pct(f.targets.done_percent),
        ),
        row(
            translate("Papers", "Feedback answered on time"),
            pct(before.feedback.on_time_percent),
            pct(f.feedback.on_time_percent),
        ),
        row(
            translate("Papers", "Consultations meeting the standard"),
            pct(before.consultations.met_percent),
            pct(f.consultations.met_percent),
        ),
        row(
            translate("Papers", "Funding notices meeting the standard"),
            pct(before.funding.compliant_percent),
            pct(f.funding.compliant_percent),
        ),
        row(translate("Papers", "Disputes opened"), str(before.disputes.opened), str(f.disputes.opened)),
        row(translate("Papers", "Organisations signed up"), str(before.sign_up.total), str(f.sign_up.total)),
        row(translate("Papers", "Codes in force"), str(before.codes.in_force), str(f.codes.in_force)),
        row(translate("Papers", "Relationship rating (mean)"), mean(before), mean(f)),
    )
    return [
        Heading(translate("Papers", "Change from {year}").format(year=before.year), 2),
        Table(
            (
                Column(translate("Papers", "Figure"), 3),
                Column(str(before.year), 1.2, right=True),
                Column(str(f.year), 1.2, right=True),
            ),
            rows,
        ),
    ]


def check_review_year(year: int, today: dt.date) -> int:
    """A review is of a year that has begun, from 1990 on; anything else is refused in words."""
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(translate("Papers", "Choose a year from {first} to {last} for the annual review.")
                              .format(first=FIRST_YEAR, last=today.year), "year")
    if year > today.year:
        raise ValidationError(translate("Papers", "{year} has not begun yet, so it has no annual review. Choose "
                                                  "{now} or an earlier year.").format(year=year, now=today.year),
                              "year")
    return year


def build_annual_review(session: Session, year: int, today: dt.date) -> Document:
    year = check_review_year(year, today)
    figures = year_figures(session, year, today)
    records = year_records(session, year, today)
    before = year_figures(session, year - 1, today)
    rules = standards(session)
    group = papers.group_name(session)
    period = translate("Papers", "1 January to 31 December {year}").format(year=year)
    counted = translate("Papers", "Figures as they stood on {day}.").format(day=uk_long_date(figures.as_of))
    if figures.as_of < dt.date(year, 12, 31):
        counted = translate("Papers", "The year is not over: figures as they stood on {day}.").format(
            day=uk_long_date(figures.as_of)
        )
    blocks: list = [
        Heading(translate("Papers", "Annual review {year}").format(year=year), 1),
        Paragraph.of(f"{group} — {period}"),
        Paragraph.of(counted, Style.NOTE),
        Heading(translate("Papers", "Summary"), 2),
    ]
    blocks += _paragraphs(records.summary)
    blocks += [
        Paragraph.of(translate("Papers", "The year in figures"), bold=True),
        BulletList(tuple(_key_facts(figures))),
    ]
    blocks += attendance_section(figures)
    blocks += targets_section(figures, records)
    blocks += feedback_section(figures)
    blocks += standards_section(figures, records, rules.consultation_weeks, rules.funding_notice_months)
    blocks += disputes_section(figures, records)
    blocks += codes_section(figures, records, figures.as_of)
    blocks += code_steps_section(records)
    blocks += sign_up_section(figures, records)
    blocks += leads_section(figures, records, champion_word(session))
    blocks += inputs_section(figures)
    blocks += _indicators(figures, records)
    blocks += _health(records)
    blocks += _relationship(figures, records)
    blocks.append(Heading(translate("Papers", "Priorities for {year}").format(year=year + 1), 2))
    blocks += _paragraphs(records.priorities) or [
        Paragraph.of(
            translate("Papers", "No priorities recorded yet: add them on the Monitoring & review page."), Style.NOTE
        )
    ]
    if before.has_records:
        blocks += _change(figures, before)
    return Document(translate("Papers", "Annual review {year}").format(year=year), group, (Section(tuple(blocks)),))
