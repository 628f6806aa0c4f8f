"""The annual review's account of the year's records: meetings and attendance, the action
plan, feedback, disputes, codes and sign-up (consultations and funding notices are in
annual_review_standards.py)."""

import datetime as dt

from compactdesk.documents.model import (
    BarChart,
    BulletList,
    Cell,
    ChartSeries,
    Column,
    Heading,
    PageBreak,
    Paragraph,
    Style,
    Table,
    Tone,
)
from compactdesk.documents.papers.common import day_or_blank
from compactdesk.documents.papers.tones import target_tone
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import TargetStatus
from compactdesk.domain.standards import round_half_up
from compactdesk.domain.text import one_line
from compactdesk.i18n import translate
from compactdesk.services.review import MeetingAttendance, YearFigures, pct
from compactdesk.services.review_detail import DisputeLine, YearRecords


def attendance_section(f: YearFigures) -> list:
    # The summary stands alone on the first page, for a reader who reads no further.
    blocks: list = [PageBreak(), Heading(translate("Papers", "Meetings and attendance"), 2)]
    if not f.meetings:
        return blocks + [
            Paragraph.of(translate("Papers", "No meetings of the group were held in the year."), Style.NOTE)
        ]
    blocks.append(
        Paragraph.of(translate("Papers", "A seat counts as filled when its holder came or sent a substitute."))
    )
    registered = [m for m in f.meetings if m.recorded]
    blocks += (
        []
        if not registered
        else [
            BarChart(
                translate("Papers", "Seats filled at each meeting, by sector"),
                tuple(uk_date(m.day) for m in registered),
                (
                    ChartSeries(translate("Papers", "Public bodies"), tuple(m.public_percent for m in registered)),
                    ChartSeries(
                        translate("Papers", "Voluntary and community sector"), tuple(m.vcs_percent for m in registered)
                    ),
                ),
                unit="%",
                maximum=100,
                description=translate(
                    "Papers",
                    "Over the year statutory partners filled {public} of their seats and the voluntary and "
                    "community sector {vcs}.",
                ).format(public=pct(f.public_attendance), vcs=pct(f.vcs_attendance)),
            )
        ]
    )
    blocks.append(
        Table(
            (
                Column(translate("Papers", "Meeting"), 2.4),
                Column(translate("Papers", "Public bodies"), 1.6, right=True),
                Column(translate("Papers", "Voluntary sector"), 1.6, right=True),
            ),
            tuple(_meeting_row(m) for m in f.meetings),
        )
    )
    blocks += [
        Heading(translate("Papers", "Attendance by sector over the year"), 3),
        Table(
            (
                Column(translate("Papers", "Sector"), 2.4),
                Column(translate("Papers", "Seats at meetings"), 1.4, right=True),
                Column(translate("Papers", "Filled"), 1.2, right=True),
                Column(translate("Papers", "Share"), 1, right=True),
            ),
            tuple(
                (Cell(s.sector.label()), Cell(str(s.expected)), Cell(str(s.attended)), Cell(pct(s.percent)))
                for s in f.by_sector
            ),
        ),
    ]
    return blocks


def _meeting_row(m: MeetingAttendance) -> tuple[Cell, Cell, Cell]:
    what = Cell(f"{uk_date(m.day)} — {m.kind_label}")
    if not m.recorded:
        return what, Cell(translate("Papers", "No register taken"), Tone.MUTED), Cell("")
    return (
        what,
        Cell(
            translate("Papers", "{a} of {e} ({p})").format(
                a=m.public_attended, e=m.public_expected, p=pct(m.public_percent)
            )
        ),
        Cell(translate("Papers", "{a} of {e} ({p})").format(a=m.vcs_attended, e=m.vcs_expected, p=pct(m.vcs_percent))),
    )


def targets_section(f: YearFigures, r: YearRecords) -> list:
    t = f.targets
    blocks: list = [Heading(translate("Papers", "The action plan: achieved against plan"), 2)]
    if not r.targets:
        return blocks + [Paragraph.of(translate("Papers", "No action-plan targets fell due in the year."), Style.NOTE)]
    blocks.append(
        BulletList(
            (
                translate("Papers", "Targets due in the year: {n}").format(n=t.due),
                translate("Papers", "Done: {n}, {on_time} of them by their deadline").format(
                    n=t.done, on_time=t.done_on_time
                ),
                translate("Papers", "Overdue: {n}").format(n=t.overdue),
                translate("Papers", "Due later in the year: {n}").format(n=t.not_yet_due),
                translate("Papers", "Dropped: {n}").format(n=t.dropped),
                translate("Papers", "Done, of those that fell due: {p}").format(p=pct(t.done_percent)),
            )
        )
    )
    blocks.append(
        Table(
            (
                Column(translate("Papers", "Target"), 3.2),
                Column(translate("Papers", "Partner"), 1.8),
                Column(translate("Papers", "Deadline"), 1.3),
                Column(translate("Papers", "Outcome"), 1.5),
            ),
            tuple(
                (
                    Cell(line.title),
                    Cell(line.partner),
                    Cell(uk_date(line.deadline)),
                    Cell(
                        line.status.label()
                        + (
                            f"\n{uk_date(line.completed_on)}"
                            if line.status is TargetStatus.DONE and line.completed_on
                            else ""
                        ),
                        target_tone(line.status),
                    ),
                )
                for line in r.targets
            ),
        )
    )
    return blocks


def feedback_section(f: YearFigures) -> list:
    fb = f.feedback
    blocks: list = [Heading(translate("Papers", "Feedback from officers"), 2)]
    if not fb.raised:
        return blocks + [
            Paragraph.of(translate("Papers", "The group asked officers for no feedback in the year."), Style.NOTE)
        ]
    days = int(round_half_up(fb.median_days or 0))  # a bare name: lupdate collects no plural with any other count
    median = (
        translate("Papers", "No answers yet")
        if fb.median_days is None
        else translate("Papers", "%n day(s)", None, days)
    )
    blocks.append(
        BulletList(
            (
                translate("Papers", "Asked for in the year: {n}").format(n=fb.raised),
                translate("Papers", "Answered on time: {n}").format(n=fb.answered_on_time),
                translate("Papers", "Answered late: {n}").format(n=fb.answered_late),
                translate("Papers", "Overdue, still unanswered: {n}").format(n=fb.overdue),
                translate("Papers", "Not yet due: {n}").format(n=fb.not_yet_due),
                translate("Papers", "Answered on time, of those that have come due: {p}").format(
                    p=pct(fb.on_time_percent)
                ),
                translate("Papers", "Median time from being asked to being answered: {m}").format(m=median),
            )
        )
    )
    return blocks


def _route(line: DisputeLine) -> str:
    """Each stage the dispute went through by the year's end, a line each and in order, with its note, so a
    call-in and a consultation before the outcome are not hidden behind the last stage."""
    return "\n".join(
        (translate("Papers", "{day}: {stage} — {note}") if step.note.strip() else translate("Papers", "{day}: {stage}"))
        .format(day=uk_date(step.on), stage=step.stage, note=one_line(step.note)) for step in line.route)


def disputes_section(f: YearFigures, r: YearRecords) -> list:
    d = f.disputes
    blocks: list = [Heading(translate("Papers", "Disputes"), 2)]
    if not r.disputes:
        return blocks + [Paragraph.of(translate("Papers", "No disputes were open during the year."), Style.NOTE)]
    blocks.append(
        Paragraph.of(
            translate(
                "Papers",
                "{opened} opened in the year ({public} said to be breaches by a public body, {vcs} "
                "by the voluntary and community sector); {resolved} resolved; {open} still open at "
                "the year's end.",
            ).format(
                opened=d.opened,
                public=d.public_said_to_breach,
                vcs=d.vcs_said_to_breach,
                resolved=d.resolved,
                open=d.open_at_end,
            )
        )
    )
    blocks.append(
        Table(
            (
                Column(translate("Papers", "Dispute"), 1.9),
                Column(translate("Papers", "Raised"), 1.6),
                Column(translate("Papers", "The route, stage by stage"), 2.4),
                Column(translate("Papers", "Outcome"), 1.9),
            ),
            tuple(
                (
                    Cell(line.title),
                    Cell(
                        translate("Papers", "{day} by {who}, about {against}").format(
                            day=uk_date(line.raised_on), who=line.raised_by, against=line.against
                        )
                    ),
                    Cell(_route(line) or translate("Papers", "Not yet recorded")),
                    Cell(
                        translate("Papers", "Resolved {day}: {outcome}").format(
                            day=uk_date(line.resolved_on), outcome=line.outcome
                        )
                        if line.resolved_on
                        else translate("Papers", "Still open"),
                        Tone.GOOD if line.resolved_on else Tone.WARN,
                    ),
                )
                for line in r.disputes
            ),
        )
    )
    return blocks


def codes_section(f: YearFigures, r: YearRecords, end: dt.date) -> list:
    codes = f.codes
    total = codes.total  # a bare name: lupdate reads a plural's count only so
    blocks: list = [
        Heading(translate("Papers", "Codes of practice"), 2),
        Paragraph.of(
            translate(
                "Papers",
                "{in_force} of %n code(s) in force at the year's end; {adopted} adopted and {reviewed} reviewed in "
                "the year; {overdue} overdue for review.",
                None,
                total,
            ).format(
                in_force=codes.in_force,
                adopted=codes.adopted_in_year,
                reviewed=codes.reviewed_in_year,
                overdue=codes.review_overdue,
            )
        ),
    ]
    rows = []
    for line in r.codes:
        overdue = line.next_review is not None and line.next_review < end
        rows.append(
            (
                Cell(line.name + ("" if not line.national else "\n" + translate("Papers", "national code"))),
                Cell(translate("Papers", "Not yet adopted"), Tone.PLAIN)
                if line.status is None
                else Cell(line.status.label(), Tone.GOOD if line.status.in_force else Tone.PLAIN),
                Cell(day_or_blank(line.adopted_on)),
                Cell(day_or_blank(line.reviewed_on)),
                Cell(
                    day_or_blank(line.next_review) + (("\n" + translate("Papers", "overdue")) if overdue else ""),
                    Tone.BAD if overdue else Tone.PLAIN,
                ),
            )
        )
    blocks.append(
        Table(
            (
                Column(translate("Papers", "Code"), 2.6),
                Column(translate("Papers", "Status"), 1.5),
                Column(translate("Papers", "Adopted"), 1.3),
                Column(translate("Papers", "Last reviewed"), 1.3),
                Column(translate("Papers", "Next review"), 1.3),
            ),
            tuple(rows),
        )
    )
    return blocks


def sign_up_section(f: YearFigures, r: YearRecords) -> list:
    s = f.sign_up
    blocks: list = [Heading(translate("Papers", "Sign-up"), 2)]
    sectors = ", ".join(f"{sector.label()} {count}" for sector, count in s.by_sector.items())
    tags = ", ".join(f"{tag.label()} {count}" for tag, count in s.by_tag.items())
    count2 = s.total
    count = s.new_in_year
    blocks.append(
        Paragraph.of(
            translate("Papers", "%n organisation(s) signed up at the year's end", None, count2)
            + (f" ({sectors})" if sectors else "")
            + "; "
            + translate("Papers", "%n new in the year.", None, count)
        )
    )
    if tags:
        blocks.append(Paragraph.of(translate("Papers", "Of those signed up: {tags}.").format(tags=tags)))
    if r.signatories:
        blocks.append(
            Table(
                (
                    Column(translate("Papers", "Signed in the year"), 3),
                    Column(translate("Papers", "Sector"), 2),
                    Column(translate("Papers", "Signed on"), 1.4),
                ),
                tuple(
                    (
                        Cell(
                            line.organisation + (("\n" + ", ".join(t.label() for t in line.tags)) if line.tags else "")
                        ),
                        Cell(line.sector.label()),
                        Cell(
                            uk_date(line.signed_on)
                            + (("\n" + translate("Papers", "signed again")) if line.again else "")
                        ),
                    )
                    for line in r.signatories
                ),
            )
        )
    covered, total = f.champions or (0, 0)  # champions are known only for the year in progress
    if total:
        blocks.append(
            Paragraph.of(
                translate(
                    "Papers", "A named {word} in {covered} of %n department(s) of the public bodies.", None, total
                ).format(covered=covered, word=f.champion_word)
            )
        )
    return blocks
