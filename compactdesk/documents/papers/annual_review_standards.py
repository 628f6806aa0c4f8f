"""The annual review's account of the compact's standards in the year: each consultation against the
length and feedback standards, and each funding notice against the notice standard, with what came of it."""

import datetime as dt

from compactdesk.documents.model import BulletList, Cell, Column, Heading, Paragraph, Style, Table, Tone
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import FundingChange
from compactdesk.domain.standards import consultation_days
from compactdesk.i18n import translate
from compactdesk.services.consultations import weeks_and_days
from compactdesk.services.funding import NoticeRow
from compactdesk.services.review import YearFigures, pct
from compactdesk.services.review_detail import YearRecords


def _short_cell(days: int) -> Cell:
    return Cell(translate("Papers", "%n day(s) short", None, days), Tone.BAD, bold=True)

def standards_section(f: YearFigures, r: YearRecords, weeks: int, months: int) -> list:
    c, n = f.consultations, f.funding
    closed, given = c.closed, n.given  # bare names: lupdate reads a plural's count only so
    blocks: list = [
        Heading(translate("Papers", "Consultations and funding notices against the standards"), 2),
        Heading(translate("Papers", "Consultations (standard: at least %n week(s))", None, weeks), 3),
    ]
    if not r.consultations:
        blocks.append(Paragraph.of(translate("Papers", "No consultations closed in the year."), Style.NOTE))
    else:
        blocks.append(
            Paragraph.of(
                translate(
                    "Papers",
                    "{met} of %n consultation(s) met the standard ({p}). {short} ran short "
                    "with no reason given; {reason} ran short for a stated reason; respondents "
                    "heard the outcome late, or not yet, in {late}. Responses received: "
                    "{responses}.",
                    None,
                    closed,
                ).format(
                    met=c.met_standard,
                    p=pct(c.met_percent),
                    short=c.short_no_reason,
                    reason=c.short_with_reason,
                    late=c.feedback_late,
                    responses=c.responses,
                )
            )
        )
        rows = []
        for line in r.consultations:
            length = weeks_and_days(consultation_days(line.opens_on, line.closes_on))
            if line.check.short_unexplained:
                verdict, tone = translate("Papers", "Too short, no reason given"), Tone.BAD
            elif line.check.short:
                verdict, tone = translate("Papers", "Short: {reason}").format(reason=line.short_reason), Tone.WARN
            else:
                verdict, tone = translate("Papers", "Long enough"), Tone.GOOD
            if line.check.feedback_given:
                told, told_tone = (
                    (translate("Papers", "Late"), Tone.BAD)
                    if line.check.feedback_late
                    else (translate("Papers", "On time"), Tone.GOOD)
                )
            else:
                told, told_tone = (
                    (translate("Papers", "Not given"), Tone.BAD)
                    if line.check.feedback_late
                    else (translate("Papers", "Not yet due"), Tone.PLAIN)
                )
            rows.append(
                (
                    Cell(f"{line.title}\n{line.body}"),
                    Cell(f"{uk_date(line.opens_on)} – {uk_date(line.closes_on)}\n{length}"),
                    Cell(verdict, tone),
                    Cell(told, told_tone),
                    Cell("" if line.responses is None else str(line.responses)),
                )
            )
        blocks.append(
            Table(
                (
                    Column(translate("Papers", "Consultation"), 2.6),
                    Column(translate("Papers", "Open"), 1.8),
                    Column(translate("Papers", "Length"), 1.6),
                    Column(translate("Papers", "Feedback"), 1.1),
                    Column(translate("Papers", "Responses"), 1, right=True),
                ),
                tuple(rows),
            )
        )
    notice = (
        translate("Papers", "at least one calendar month's notice")
        if months == 1
        else translate("Papers", "at least %n calendar months' notice", None, months)
    )
    blocks.append(Heading(translate("Papers", "Funding notices (standard: {notice})").format(notice=notice), 3))
    if not r.notices:
        blocks.append(
            Paragraph.of(
                translate("Papers", "No notices of reduced or ended funding were given in the year."), Style.NOTE
            )
        )
    else:
        blocks.append(
            Paragraph.of(
                translate("Papers", "{ok} of %n notice(s) gave enough notice ({p}).", None, given).format(
                    ok=n.compliant, p=pct(n.compliant_percent)
                )
            )
        )
        blocks.append(
            Table(
                (
                    Column(translate("Papers", "Organisation"), 1.8),
                    Column(translate("Papers", "Public body"), 1.6),
                    Column(translate("Papers", "Notice given"), 1.2),
                    Column(translate("Papers", "Takes effect"), 1.2),
                    Column(translate("Papers", "Against the standard"), 1.4),
                    Column(translate("Papers", "What happened"), 1.8),
                ),
                tuple(
                    (
                        Cell(
                            line.organisation
                            + (f"\n{line.amount}" if line.amount else "")
                            + "\n"
                            + (
                                translate("Papers", "Funding ended")
                                if line.change is FundingChange.END
                                else translate("Papers", "Funding reduced")
                            )
                        ),
                        Cell(line.body),
                        Cell(uk_date(line.given_on)),
                        Cell(uk_date(line.effective_on)),
                        Cell(translate("Papers", "Enough notice"), Tone.GOOD)
                        if not line.days_short
                        else _short_cell(line.days_short),
                        _outcome_cell(line, f.as_of),
                    )
                    for line in r.notices
                ),
            )
        )
    if r.settled_notices:
        blocks.append(Heading(translate("Papers", "Notices given in earlier years, settled in this one"), 3))
        blocks.append(BulletList(tuple(translate("Papers", "{organisation} (notice from {body} of {day}): {outcome}")
                                       .format(organisation=line.organisation, body=line.body,
                                               day=uk_date(line.given_on), outcome=line.outcome_text)
                                       for line in r.settled_notices)))
    return blocks


def _outcome_cell(line: NoticeRow, end: dt.date) -> Cell:
    """What came of the notice, as known now: an outcome after the year's end is said to be so, since the
    review otherwise tells the year as it stood (a 2009 cut withdrawn in 2010)."""
    if line.outcome is None:
        return Cell(line.outcome_text, Tone.MUTED)
    words = line.outcome_text
    if line.outcome_on is not None and line.outcome_on > end:
        words = translate("Papers", "{outcome} (after the year's end)").format(outcome=words)
    return Cell(words, Tone.GOOD if line.outcome.funding_kept else Tone.PLAIN)
