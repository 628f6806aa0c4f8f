"""The annual review: a year of the compact, from the year's own records.

Every figure comes from services.review (counted once, the same way the monitoring
page counts it); this module only puts them into words, tables and one chart.
"""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk.documents.model import (
    BarChart,
    BulletList,
    Cell,
    ChartSeries,
    Column,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Section,
    Style,
    Table,
    Tone,
)
from compactdesk.documents.papers.common import day_or_blank
from compactdesk.documents.papers.tones import target_tone
from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import IndicatorGroup, Measure, TargetStatus
from compactdesk.i18n import translate
from compactdesk.services import papers
from compactdesk.services.compact import standards
from compactdesk.services.review import MeetingAttendance, YearFigures, figure_sentences, pct, year_figures
from compactdesk.services.review_detail import YearRecords, year_records


def _t(text: str, *args) -> str:
    return translate("Papers", text, None, *args) if args else translate("Papers", text)


def rating_text(rating: int | None) -> str:
    return _t("Not rated") if rating is None else _t("{n} of 5").format(n=rating)


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph.of(part.strip()) for part in text.split("\n\n") if part.strip()]


def _key_facts(f: YearFigures) -> list[str]:
    words = figure_sentences(f)
    facts = [_t("%n meeting(s) held.", f.meetings_held)]
    if f.meetings:
        facts.append(_t("Statutory partners filled {public} of their seats at meetings; the voluntary and community "
                        "sector {vcs}.").format(public=pct(f.public_attendance), vcs=pct(f.vcs_attendance)))
    for measure, label in ((Measure.TARGETS, _t("Action plan")), (Measure.FEEDBACK, _t("Feedback from officers")),
                           (Measure.CONSULTATIONS, _t("Consultations")), (Measure.FUNDING_NOTICES,
                                                                          _t("Funding notices")),
                           (Measure.DISPUTES, _t("Disputes")), (Measure.CODES, _t("Codes of practice")),
                           (Measure.SIGN_UP, _t("Sign-up"))):
        facts.append(f"{label}: {words[measure]}.")
    return facts


def _attendance(f: YearFigures) -> list:
    # The summary stands alone on the first page, for a reader who reads no further.
    blocks: list = [PageBreak(), Heading(_t("Meetings and attendance"), 2)]
    if not f.meetings:
        return blocks + [Paragraph.of(_t("No meetings of the group were held in the year."), Style.NOTE)]
    blocks.append(Paragraph.of(_t("A seat counts as filled when its holder came or sent a substitute.")))
    registered = [m for m in f.meetings if m.recorded]
    blocks += [] if not registered else [BarChart(
        _t("Seats filled at each meeting, by sector"),
        tuple(uk_date(m.day) for m in registered),
        (ChartSeries(_t("Public bodies"), tuple(m.public_percent for m in registered)),
         ChartSeries(_t("Voluntary and community sector"), tuple(m.vcs_percent for m in registered))),
        unit="%", maximum=100,
        description=_t("Over the year statutory partners filled {public} of their seats and the voluntary and "
                       "community sector {vcs}.").format(public=pct(f.public_attendance), vcs=pct(f.vcs_attendance)))]
    blocks.append(Table(
        (Column(_t("Meeting"), 2.4), Column(_t("Public bodies"), 1.6, right=True),
         Column(_t("Voluntary sector"), 1.6, right=True)),
        tuple(_meeting_row(m) for m in f.meetings)))
    blocks += [Heading(_t("Attendance by sector over the year"), 3), Table(
        (Column(_t("Sector"), 2.4), Column(_t("Seats at meetings"), 1.4, right=True),
         Column(_t("Filled"), 1.2, right=True), Column(_t("Share"), 1, right=True)),
        tuple((Cell(s.sector.label()), Cell(str(s.expected)), Cell(str(s.attended)), Cell(pct(s.percent)))
              for s in f.by_sector))]
    return blocks


def _meeting_row(m: MeetingAttendance) -> tuple[Cell, Cell, Cell]:
    what = Cell(f"{uk_date(m.day)} — {m.kind_label}")
    if not m.recorded:
        return what, Cell(_t("No register taken"), Tone.MUTED), Cell("")
    return (what, Cell(_t("{a} of {e} ({p})").format(a=m.public_attended, e=m.public_expected, p=pct(m.public_percent))),
            Cell(_t("{a} of {e} ({p})").format(a=m.vcs_attended, e=m.vcs_expected, p=pct(m.vcs_percent))))


def _targets(f: YearFigures, r: YearRecords) -> list:
    t = f.targets
    blocks: list = [Heading(_t("The action plan: achieved against plan"), 2)]
    if not r.targets:
        return blocks + [Paragraph.of(_t("No action-plan targets fell due in the year."), Style.NOTE)]
    blocks.append(BulletList((
        _t("Targets due in the year: {n}").format(n=t.due),
        _t("Done: {n} ({p}), {on_time} of them by their deadline").format(n=t.done, p=pct(t.done_percent),
                                                                         on_time=t.done_on_time),
        _t("Overdue: {n} ({p})").format(n=t.overdue, p=pct(t.overdue_percent)),
        _t("Not yet due: {n}").format(n=t.not_yet_due),
        _t("Dropped: {n}").format(n=t.dropped))))
    blocks.append(Table(
        (Column(_t("Target"), 3.2), Column(_t("Partner"), 1.8), Column(_t("Deadline"), 1.3),
         Column(_t("Outcome"), 1.5)),
        tuple((Cell(line.title), Cell(line.partner), Cell(uk_date(line.deadline)),
               Cell(line.status.label() + (f"\n{uk_date(line.completed_on)}" if line.status is TargetStatus.DONE
                                           and line.completed_on else ""), target_tone(line.status)))
              for line in r.targets)))
    return blocks


def _feedback(f: YearFigures) -> list:
    fb = f.feedback
    blocks: list = [Heading(_t("Feedback from officers"), 2)]
    if not fb.raised:
        return blocks + [Paragraph.of(_t("The group asked officers for no feedback in the year."), Style.NOTE)]
    median = _t("No answers yet") if fb.median_days is None else _t("%n day(s)", round(fb.median_days))
    blocks.append(BulletList((
        _t("Asked for in the year: {n}").format(n=fb.raised),
        _t("Answered on time: {n}").format(n=fb.answered_on_time),
        _t("Answered late: {n}").format(n=fb.answered_late),
        _t("Overdue, still unanswered: {n}").format(n=fb.overdue),
        _t("Not yet due: {n}").format(n=fb.not_yet_due),
        _t("Answered on time, of those that have come due: {p}").format(p=pct(fb.on_time_percent)),
        _t("Median time from being asked to being answered: {m}").format(m=median))))
    return blocks


def _standards(f: YearFigures, r: YearRecords, weeks: int, months: int) -> list:
    c, n = f.consultations, f.funding
    blocks: list = [Heading(_t("Consultations and funding notices against the standards"), 2),
                    Heading(_t("Consultations (standard: at least %n week(s))", weeks), 3)]
    if not r.consultations:
        blocks.append(Paragraph.of(_t("No consultations closed in the year."), Style.NOTE))
    else:
        blocks.append(Paragraph.of(_t("{met} of {closed} consultations met the standard ({p}). {short} ran short "
                                      "with no reason given; {reason} ran short for a stated reason; respondents "
                                      "heard the outcome late, or not yet, in {late}. Responses received: "
                                      "{responses}.").format(
            met=c.met_standard, closed=c.closed, p=pct(c.met_percent), short=c.short_no_reason,
            reason=c.short_with_reason, late=c.feedback_late, responses=c.responses)))
        rows = []
        for line in r.consultations:
            length = _t("{w} weeks").format(w=f"{line.weeks:g}")
            if line.check.short_unexplained:
                verdict, tone = _t("Too short, no reason given"), Tone.BAD
            elif line.check.short:
                verdict, tone = _t("Short: {reason}").format(reason=line.short_reason), Tone.WARN
            else:
                verdict, tone = _t("Long enough"), Tone.GOOD
            if line.check.feedback_given:
                told, told_tone = (_t("Late"), Tone.BAD) if line.check.feedback_late else (_t("On time"), Tone.GOOD)
            else:
                told, told_tone = (_t("Not given"), Tone.BAD) if line.check.feedback_late else (_t("Not yet due"),
                                                                                                Tone.PLAIN)
            rows.append((Cell(f"{line.title}\n{line.body}"), Cell(f"{uk_date(line.opens_on)} – "
                                                                   f"{uk_date(line.closes_on)}\n{length}"),
                         Cell(verdict, tone), Cell(told, told_tone),
                         Cell("" if line.responses is None else str(line.responses))))
        blocks.append(Table((Column(_t("Consultation"), 2.6), Column(_t("Open"), 1.8), Column(_t("Length"), 1.6),
                             Column(_t("Feedback"), 1.1), Column(_t("Responses"), 1, right=True)), tuple(rows)))
    notice = _t("at least one calendar month's notice") if months == 1 else \
        _t("at least %n calendar months' notice", months)
    blocks.append(Heading(_t("Funding notices (standard: {notice})").format(notice=notice), 3))
    if not r.notices:
        blocks.append(Paragraph.of(_t("No notices of reduced or ended funding were given in the year."), Style.NOTE))
    else:
        blocks.append(Paragraph.of(_t("{ok} of {given} notices gave enough notice ({p}).").format(
            ok=n.compliant, given=n.given, p=pct(n.compliant_percent))))
        blocks.append(Table(
            (Column(_t("Organisation"), 2), Column(_t("Public body"), 2), Column(_t("Notice given"), 1.3),
             Column(_t("Takes effect"), 1.3), Column(_t("Against the standard"), 1.6)),
            tuple((Cell(line.organisation + "\n" + (_t("Funding ended") if line.ending else _t("Funding reduced"))),
                   Cell(line.body), Cell(uk_date(line.given_on)), Cell(uk_date(line.effective_on)),
                   Cell(_t("Enough notice"), Tone.GOOD) if line.ok else
                   Cell(_t("%n day(s) short", line.days_short), Tone.BAD, bold=True))
                  for line in r.notices)))
    return blocks


def _disputes(f: YearFigures, r: YearRecords) -> list:
    d = f.disputes
    blocks: list = [Heading(_t("Disputes"), 2)]
    if not r.disputes:
        return blocks + [Paragraph.of(_t("No disputes were open during the year."), Style.NOTE)]
    blocks.append(Paragraph.of(_t("{opened} opened in the year ({public} said to be breaches by a public body, {vcs} "
                                  "by the voluntary and community sector); {resolved} resolved; {open} still open at "
                                  "the year's end.").format(opened=d.opened, public=d.public_said_to_breach,
                                                            vcs=d.vcs_said_to_breach, resolved=d.resolved,
                                                            open=d.open_at_end)))
    blocks.append(Table(
        (Column(_t("Dispute"), 2.4), Column(_t("Raised"), 1.9), Column(_t("Stage reached"), 1.5),
         Column(_t("Outcome"), 2.2)),
        tuple((Cell(line.title),
               Cell(_t("{day} by {who}, about {against}").format(day=uk_date(line.raised_on), who=line.raised_by,
                                                                 against=line.against)),
               Cell(line.stage or _t("Not yet recorded")),
               Cell(_t("Resolved {day}: {outcome}").format(day=uk_date(line.resolved_on), outcome=line.outcome)
                    if line.resolved_on else _t("Still open"), Tone.GOOD if line.resolved_on else Tone.WARN))
              for line in r.disputes)))
    return blocks


def _codes(f: YearFigures, r: YearRecords, end: dt.date) -> list:
    codes = f.codes
    blocks: list = [Heading(_t("Codes of practice"), 2), Paragraph.of(
        _t("{in_force} of {total} codes in force at the year's end; {adopted} adopted and {reviewed} reviewed in "
           "the year; {overdue} overdue for review.").format(in_force=codes.in_force, total=codes.total,
                                                            adopted=codes.adopted_in_year,
                                                            reviewed=codes.reviewed_in_year,
                                                            overdue=codes.review_overdue))]
    rows = []
    for line in r.codes:
        overdue = line.next_review is not None and line.next_review < end
        rows.append((Cell(line.name + ("" if not line.national else "\n" + _t("national code"))),
                     Cell(line.status.label(), Tone.GOOD if line.status.in_force else Tone.PLAIN),
                     Cell(day_or_blank(line.adopted_on)), Cell(day_or_blank(line.reviewed_on)),
                     Cell(day_or_blank(line.next_review) + (("\n" + _t("overdue")) if overdue else ""),
                          Tone.BAD if overdue else Tone.PLAIN)))
    blocks.append(Table((Column(_t("Code"), 2.6), Column(_t("Status"), 1.5), Column(_t("Adopted"), 1.3),
                         Column(_t("Last reviewed"), 1.3), Column(_t("Next review"), 1.3)), tuple(rows)))
    return blocks


def _sign_up(f: YearFigures, r: YearRecords) -> list:
    s = f.sign_up
    blocks: list = [Heading(_t("Sign-up"), 2)]
    sectors = ", ".join(f"{sector.label()} {count}" for sector, count in s.by_sector.items())
    tags = ", ".join(f"{tag.label()} {count}" for tag, count in s.by_tag.items())
    blocks.append(Paragraph.of(_t("%n organisation(s) signed up at the year's end", s.total)
                               + (f" ({sectors})" if sectors else "") + "; "
                               + _t("%n new in the year.", s.new_in_year)))
    if tags:
        blocks.append(Paragraph.of(_t("Of those signed up: {tags}.").format(tags=tags)))
    if r.signatories:
        blocks.append(Table(
            (Column(_t("Signed in the year"), 3), Column(_t("Sector"), 2), Column(_t("Signed on"), 1.4)),
            tuple((Cell(line.organisation + (("\n" + ", ".join(t.label() for t in line.tags)) if line.tags else "")),
                   Cell(line.sector.label()),
                   Cell(uk_date(line.signed_on) + (("\n" + _t("signed again")) if line.again else "")))
                  for line in r.signatories)))
    covered, total = f.champions
    if total:
        blocks.append(Paragraph.of(_t("{covered} of {total} departments of the public bodies have a named {word}.")
                                   .format(covered=covered, total=total, word=f.champion_word)))
    return blocks


def _indicators(f: YearFigures, r: YearRecords) -> list:
    words = figure_sentences(f)
    blocks: list = [Heading(_t("The monitoring framework"), 2), Paragraph.of(
        _t("The group's own rating of each indicator, from 1 (not at all) to 5 (fully), with its evidence and, where "
           "the records hold it, the figure for the year."))]
    for group in IndicatorGroup:
        lines = [line for line in r.indicators if line.group is group]
        if not lines:
            continue
        rows = []
        for line in lines:
            said = line.evidence
            if line.measure is not None:
                said = (words[line.measure] + "." + ("\n" + said if said else "")).strip()
            change = "" if line.previous is None or line.rating is None else \
                "\n" + _t("last year {n}").format(n=line.previous)
            rows.append((Cell(line.question), Cell(rating_text(line.rating) + change), Cell(said)))
        blocks += [Heading(group.label(), 3), Table(
            (Column(_t("Indicator"), 3), Column(_t("Rating"), 1.1), Column(_t("Figures and evidence"), 3)),
            tuple(rows))]
    return blocks


def _health(r: YearRecords) -> list:
    rows = tuple((Cell(line.area.label(), bold=True), Cell(rating_text(line.rating) + (
        "" if line.previous is None or line.rating is None else "\n" + _t("last year {n}").format(n=line.previous))),
        Cell(line.evidence or line.area.aim())) for line in r.health)
    return [Heading(_t("Partnership health-check"), 2),
            Paragraph.of(_t("The five areas of the Local Partnerships Taskforce checklist, each rated from 1 to 5.")),
            Table((Column(_t("Area"), 2), Column(_t("Rating"), 1.1), Column(_t("Evidence"), 4)), rows)]


def _relationship(f: YearFigures, r: YearRecords) -> list:
    blocks: list = [Heading(_t("The relationship between the sectors"), 2)]
    if not r.relationship:
        return blocks + [Paragraph.of(_t("No relationship rating was recorded in the year."), Style.NOTE)]
    blocks.append(Paragraph.of(_t("Rated {mean} of 5 on average over {count}.").format(
        mean=f"{f.relationship_mean:g}", count=_t("%n rating(s)", len(r.relationship)))))
    blocks.append(Table((Column(_t("Date"), 1.4), Column(_t("Rating"), 1), Column(_t("Note"), 4.5)),
                        tuple((Cell(uk_date(day)), Cell(rating_text(rating)), Cell(note))
                              for day, rating, note in r.relationship)))
    return blocks


def _change(f: YearFigures, before: YearFigures) -> list:
    def row(label: str, then: str, now: str) -> tuple[Cell, Cell, Cell]:
        return Cell(label), Cell(then), Cell(now)

    mean = (lambda x: "—" if x.relationship_mean is None else f"{x.relationship_mean:g}")
    rows = (
        row(_t("Meetings held"), str(before.meetings_held), str(f.meetings_held)),
        row(_t("Seats filled by statutory partners"), pct(before.public_attendance), pct(f.public_attendance)),
        row(_t("Seats filled by the voluntary sector"), pct(before.vcs_attendance), pct(f.vcs_attendance)),
        row(_t("Targets due that were done"), pct(before.targets.done_percent), pct(f.targets.done_percent)),
        row(_t("Feedback answered on time"), pct(before.feedback.on_time_percent), pct(f.feedback.on_time_percent)),
        row(_t("Consultations meeting the standard"), pct(before.consultations.met_percent),
            pct(f.consultations.met_percent)),
        row(_t("Funding notices meeting the standard"), pct(before.funding.compliant_percent),
            pct(f.funding.compliant_percent)),
        row(_t("Disputes opened"), str(before.disputes.opened), str(f.disputes.opened)),
        row(_t("Organisations signed up"), str(before.sign_up.total), str(f.sign_up.total)),
        row(_t("Codes in force"), str(before.codes.in_force), str(f.codes.in_force)),
        row(_t("Relationship rating (mean)"), mean(before), mean(f)),
    )
    return [Heading(_t("Change from {year}").format(year=before.year), 2),
            Table((Column(_t("Figure"), 3), Column(str(before.year), 1.2, right=True),
                   Column(str(f.year), 1.2, right=True)), rows)]


def build_annual_review(session: Session, year: int, today: dt.date) -> Document:
    figures = year_figures(session, year, today)
    records = year_records(session, year, today)
    before = year_figures(session, year - 1, today)
    rules = standards(session)
    group = papers.group_name(session)
    period = _t("1 January to 31 December {year}").format(year=year)
    counted = _t("Figures as they stood on {day}.").format(day=uk_long_date(figures.as_of))
    if figures.as_of < dt.date(year, 12, 31):
        counted = _t("The year is not over: figures as they stood on {day}.").format(day=uk_long_date(figures.as_of))
    blocks: list = [Heading(_t("Annual review {year}").format(year=year), 1),
                    Paragraph.of(f"{group} — {period}"), Paragraph.of(counted, Style.NOTE),
                    Heading(_t("Summary"), 2)]
    blocks += _paragraphs(records.summary)
    blocks += [Paragraph.of(_t("The year in figures"), bold=True), BulletList(tuple(_key_facts(figures)))]
    blocks += _attendance(figures)
    blocks += _targets(figures, records)
    blocks += _feedback(figures)
    blocks += _standards(figures, records, rules.consultation_weeks, rules.funding_notice_months)
    blocks += _disputes(figures, records)
    blocks += _codes(figures, records, figures.as_of)
    blocks += _sign_up(figures, records)
    blocks += _indicators(figures, records)
    blocks += _health(records)
    blocks += _relationship(figures, records)
    blocks.append(Heading(_t("Priorities for {year}").format(year=year + 1), 2))
    blocks += _paragraphs(records.priorities) or [Paragraph.of(
        _t("No priorities recorded yet: add them on the Monitoring & review page."), Style.NOTE)]
    if before.has_records:
        blocks += _change(figures, before)
    return Document(_t("Annual review {year}").format(year=year), group, (Section(tuple(blocks)),))
