"""A year in figures: what the annual review and the monitoring framework report.

Everything is counted "as it stood" at the end of the year, or today for the year
in progress, so a review written in March tells the same story as one written on
31 December. Counts come straight from the records; the rules come from domain/.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain.enums import Attendance, FeedbackState, Measure, MeetingStatus, OrgTag, Sector, TargetStatus
from compactdesk.domain.rules import feedback_answered, target_status
from compactdesk.domain.standards import (
    FIRST_YEAR,
    ConsultationCheck,
    code_review_due,
    median_days,
    percent,
    round_half_up,
)
from compactdesk.i18n import translate
from compactdesk.services import champions, consultations, funding, signup
from compactdesk.services import feedback as feedback_service
from compactdesk.services.common import year_kept
from compactdesk.services.compact import get_compact, label_in_language
from compactdesk.services.consultations import ConsultationRow
from compactdesk.services.funding import NoticeRow
from compactdesk.services.leads import LeadNow
from compactdesk.services.resources import YearInputs
from compactdesk.services.review_inputs import inputs_and_leads, leads_sentence, resources_sentence
from compactdesk.services.signup import SignUpCounts
from compactdesk.services.meetings import FORMAL_KINDS, attendance_roster
from compactdesk.store.models import (
    CodeOfPractice,
    CodeReview,
    Consultation,
    Dispute,
    Feedback,
    FundingNotice,
    Meeting,
    RelationshipRating,
    SignUp,
    Target,
    TargetProgress,
)


def as_of(year: int, today: dt.date) -> dt.date:
    """The day a year is counted up to: its last day, or today while it is still running."""
    return min(today, dt.date(year_kept(year), 12, 31))


@dataclass(frozen=True)
class MeetingAttendance:
    meeting_id: int
    day: dt.date
    kind_label: str
    public_expected: int
    public_attended: int
    vcs_expected: int
    vcs_attended: int

    @property
    def recorded(self) -> bool:
        """Whether anyone's attendance was taken; a meeting without a register counts for nothing either way."""
        return bool(self.public_expected or self.vcs_expected)

    @property
    def public_percent(self) -> int | None:
        return percent(self.public_attended, self.public_expected)

    @property
    def vcs_percent(self) -> int | None:
        return percent(self.vcs_attended, self.vcs_expected)


@dataclass(frozen=True)
class SectorAttendance:
    sector: Sector
    expected: int
    attended: int

    @property
    def percent(self) -> int | None:
        return percent(self.attended, self.expected)


@dataclass(frozen=True)
class TargetFigures:
    due: int  # targets whose deadline fell in the year (dropped ones not counted)
    done: int
    done_on_time: int
    overdue: int
    not_yet_due: int
    dropped: int

    @classmethod
    def of(cls, targets: Iterable[tuple[TargetStatus, dt.date | None, dt.date | None]]) -> "TargetFigures":
        """The figures of the targets whose deadline fell in the year, from (status as it stood,
        completed_on, deadline) of each."""
        due = done = on_time = overdue = later = dropped = 0
        for status, completed_on, deadline in targets:
            if status is TargetStatus.DROPPED:
                dropped += 1
                continue
            due += 1
            if status is TargetStatus.DONE:
                done += 1
                on_time += completed_on <= deadline
            elif status is TargetStatus.OVERDUE:
                overdue += 1
            else:
                later += 1
        return cls(due, done, on_time, overdue, later, dropped)

    @property
    def came_due(self) -> int:
        """Those whose deadline has passed, or that were done before it: the base of the percentages."""
        return self.done + self.overdue

    @property
    def done_percent(self) -> int | None:
        return percent(self.done, self.came_due)

    @property
    def overdue_percent(self) -> int | None:
        return percent(self.overdue, self.came_due)


@dataclass(frozen=True)
class FeedbackFigures:
    raised: int
    answered_on_time: int
    answered_late: int
    overdue: int  # still unanswered and past its due day
    not_yet_due: int
    median_days: float | None  # from being asked to being answered

    @classmethod
    def of(cls, rows: list) -> "FeedbackFigures":
        """The figures of the feedback raised in the year, from its rows (FeedbackRows, with their
        state as it stood)."""
        states = Counter(row.state for row in rows)
        answered_days = [(row.answered_on - row.raised_on).days for row in rows if feedback_answered(row.state)]
        return cls(len(rows), states[FeedbackState.ANSWERED_ON_TIME], states[FeedbackState.ANSWERED_LATE],
                   states[FeedbackState.OVERDUE], states[FeedbackState.OPEN], median_days(answered_days))

    @property
    def on_time_percent(self) -> int | None:
        # Of the requests that have come due (answered, or waiting past their day).
        return percent(self.answered_on_time, self.answered_on_time + self.answered_late + self.overdue)


@dataclass(frozen=True)
class ConsultationFigures:
    closed: int
    long_enough: int
    short_with_reason: int
    short_no_reason: int
    feedback_on_time: int
    feedback_late: int
    feedback_not_yet_due: int
    met_standard: int
    responses: int

    @classmethod
    def of(cls, checked: Iterable[tuple[ConsultationCheck, int | None]]) -> "ConsultationFigures":
        """The figures of the consultations that closed in the year, from (the check as it stood,
        responses) of each."""
        counts: Counter[str] = Counter()
        closed = responses = 0
        for check, answers in checked:
            closed += 1
            responses += answers or 0
            counts["short_no_reason" if check.short_unexplained else "short_with_reason" if check.short
                   else "long_enough"] += 1
            if check.feedback_late:
                counts["feedback_late"] += 1
            elif check.feedback_given:
                counts["feedback_on_time"] += 1
            else:
                counts["feedback_not_yet_due"] += 1
            counts["met"] += check.meets_standard
        return cls(closed, counts["long_enough"], counts["short_with_reason"], counts["short_no_reason"],
                   counts["feedback_on_time"], counts["feedback_late"], counts["feedback_not_yet_due"], counts["met"],
                   responses)

    @property
    def met_percent(self) -> int | None:
        return percent(self.met_standard, self.closed)


@dataclass(frozen=True)
class FundingFigures:
    given: int
    compliant: int

    @property
    def short(self) -> int:
        return self.given - self.compliant

    @property
    def compliant_percent(self) -> int | None:
        return percent(self.compliant, self.given)


@dataclass(frozen=True)
class DisputeFigures:
    opened: int
    resolved: int
    open_at_end: int
    public_said_to_breach: int  # of those opened
    vcs_said_to_breach: int


@dataclass(frozen=True)
class CodeFigures:
    in_force: int
    total: int
    adopted_in_year: int
    reviewed_in_year: int
    review_overdue: int


@dataclass(frozen=True)
class SignUpFigures:
    total: int
    new_in_year: int
    by_sector: dict[Sector, int] = field(default_factory=dict)
    by_tag: dict[OrgTag, int] = field(default_factory=dict)

    @classmethod
    def of(cls, counts: SignUpCounts, new_in_year: int) -> "SignUpFigures":
        """From the sign-up counts on the day counted to (the sectors and tags with none left out)."""
        return cls(counts.total, new_in_year, {s: n for s, n in counts.by_sector.items() if n},
                   {t: n for t, n in counts.by_tag.items() if n})


@dataclass(frozen=True)
class YearFigures:
    year: int
    as_of: dt.date
    meetings: tuple[MeetingAttendance, ...]
    by_sector: tuple[SectorAttendance, ...]
    targets: TargetFigures
    feedback: FeedbackFigures
    consultations: ConsultationFigures
    funding: FundingFigures
    disputes: DisputeFigures
    codes: CodeFigures
    sign_up: SignUpFigures
    champions: tuple[int, int] | None  # departments with a champion, departments; None for past years (no history)
    relationship: tuple[int, ...]  # the ratings recorded in the year, in date order
    champion_word: str = "champion"  # the compact's own word ("champion", "representative")
    inputs: YearInputs | None = None  # the posts, budgets and funding agreements in force in the year
    leads: tuple[LeadNow, ...] = ()  # the lead councillor and lead officer at the year's end
    lead_changes: int = 0  # changes of lead dated in the year

    @property
    def meetings_held(self) -> int:
        return len(self.meetings)

    @property
    def public_attendance(self) -> int | None:
        return percent(sum(m.public_attended for m in self.meetings), sum(m.public_expected for m in self.meetings))

    @property
    def vcs_attendance(self) -> int | None:
        return percent(sum(m.vcs_attended for m in self.meetings), sum(m.vcs_expected for m in self.meetings))

    @property
    def relationship_mean(self) -> float | None:
        return round_half_up(sum(self.relationship) / len(self.relationship), 1) if self.relationship else None

    @property
    def has_records(self) -> bool:
        """Whether anything at all happened in the year (the review compares only with a year that did)."""
        return bool(self.meetings or self.targets.due or self.targets.dropped or self.feedback.raised
                    or self.consultations.closed or self.funding.given or self.disputes.opened
                    or self.codes.adopted_in_year or self.codes.reviewed_in_year or self.sign_up.new_in_year
                    or self.relationship)


# -- counting ------------------------------------------------------------------------

def _held_meetings(session: Session, year: int, end: dt.date) -> list[Meeting]:
    start = dt.datetime(year, 1, 1)
    stop = dt.datetime.combine(end, dt.time.max)
    held = [status for status in MeetingStatus if status.step >= MeetingStatus.HELD.step]
    return list(session.scalars(select(Meeting).where(
        Meeting.kind.in_(FORMAL_KINDS), Meeting.status.in_(held), Meeting.starts_at >= start,
        Meeting.starts_at <= stop).order_by(Meeting.starts_at, Meeting.id)))


def attendance_figures(meetings: Iterable[tuple[int, dt.date, str, Iterable[tuple[Sector, bool]]]]
                       ) -> tuple[tuple[MeetingAttendance, ...], tuple[SectorAttendance, ...]]:
    """Seats filled at each meeting and in each sector, from (meeting id, day, kind's label, and
    for each seat held that day: its sector, and whether its holder came or sent a substitute)."""
    per_meeting = []
    expected: Counter[Sector] = Counter()
    attended: Counter[Sector] = Counter()
    for meeting_id, day, kind_label, seats in meetings:
        counts = {True: [0, 0], False: [0, 0]}
        for sector, came in seats:
            expected[sector] += 1
            attended[sector] += came
            counts[sector.is_public][0] += 1
            counts[sector.is_public][1] += came
        per_meeting.append(MeetingAttendance(meeting_id, day, kind_label, counts[True][0], counts[True][1],
                                             counts[False][0], counts[False][1]))
    by_sector = tuple(SectorAttendance(sector, expected[sector], attended[sector])
                      for sector in Sector if expected[sector])
    return tuple(per_meeting), by_sector


def _attendance(session: Session, meetings: list[Meeting]) -> tuple[tuple[MeetingAttendance, ...],
                                                                      tuple[SectorAttendance, ...]]:
    """Seats filled at each meeting: a seat counts as attended when its holder came or sent a substitute."""
    def seats(meeting: Meeting) -> list[tuple[Sector, bool]]:
        roster = attendance_roster(session, meeting.id)
        if all(row.status is None for row in roster):
            return []  # no register taken (say, an open annual event): not a meeting nobody came to
        covered = {row.substitute_for_id for row in roster if row.status is Attendance.SUBSTITUTE}
        return [(row.sector, row.status is Attendance.PRESENT or row.person_id in covered)
                for row in roster if row.sector is not None]  # officers and guests hold no seat

    return attendance_figures((meeting.id, meeting.starts_at.date(), meeting.kind.label(), seats(meeting))
                              for meeting in meetings)


def _targets(session: Session, year: int, end: dt.date) -> TargetFigures:
    progressed = set(session.scalars(select(TargetProgress.target_id).where(TargetProgress.on <= end)))
    return TargetFigures.of(
        (target_status(end, deadline=target.deadline, start_on=target.start_on, completed_on=target.completed_on,
                       dropped_on=target.dropped_on, has_progress=target.id in progressed),
         target.completed_on, target.deadline)
        for target in session.scalars(select(Target).where(Target.deadline >= dt.date(year, 1, 1),
                                                           Target.deadline <= dt.date(year, 12, 31))))


def _feedback(session: Session, year: int, end: dt.date) -> FeedbackFigures:
    return FeedbackFigures.of([row for row in feedback_service.feedback_rows(session, end)
                               if row.raised_on.year == year and row.raised_on <= end])


def consultations_closed(session: Session, year: int, end: dt.date) -> list[ConsultationRow]:
    """The consultations that closed in the year (up to `end`), checked as they stood on `end`, oldest first."""
    start = dt.date(year_kept(year), 1, 1)
    rows = [row for row in consultations.consultation_rows(session, end) if start <= row.closes_on <= end]
    return sorted(rows, key=lambda row: (row.closes_on, row.consultation_id))


def notices_given(session: Session, year: int, end: dt.date) -> list[NoticeRow]:
    """The funding notices given in the year (up to `end`), oldest first."""
    start = dt.date(year_kept(year), 1, 1)
    rows = [row for row in funding.notice_rows(session) if start <= row.given_on <= end]
    return sorted(rows, key=lambda row: (row.given_on, row.notice_id))


def _funding(session: Session, year: int, end: dt.date) -> FundingFigures:
    given = notices_given(session, year, end)
    return FundingFigures(len(given), sum(not row.flagged for row in given))


def _disputes(session: Session, year: int, end: dt.date) -> DisputeFigures:
    start = dt.date(year, 1, 1)
    disputes = list(session.scalars(select(Dispute).options(selectinload(Dispute.against))))
    opened = [d for d in disputes if start <= d.raised_on <= end]
    resolved = [d for d in disputes if d.resolved_on is not None and start <= d.resolved_on <= end]
    still_open = [d for d in disputes if d.raised_on <= end and (d.resolved_on is None or d.resolved_on > end)]
    public = sum(d.against.sector.is_public for d in opened)
    return DisputeFigures(len(opened), len(resolved), len(still_open), public, len(opened) - public)


def _codes(session: Session, year: int, end: dt.date) -> CodeFigures:
    start = dt.date(year, 1, 1)
    codes = list(session.scalars(select(CodeOfPractice).options(selectinload(CodeOfPractice.reviews))))
    in_force = [c for c in codes if c.status.in_force and c.adopted_on is not None and c.adopted_on <= end]
    reviewed = session.scalar(select(func.count(func.distinct(CodeReview.code_id))).where(
        CodeReview.on >= start, CodeReview.on <= end)) or 0
    overdue = 0
    for code in in_force:
        last = max((r.on for r in code.reviews if r.on <= end), default=None)
        due = code_review_due(code.status, adopted_on=code.adopted_on, last_reviewed_on=last,
                              review_months=code.review_months)
        overdue += due is not None and due < end
    adopted = sum(c.status.in_force and c.adopted_on is not None and start <= c.adopted_on <= end for c in codes)
    return CodeFigures(len(in_force), len(codes), adopted, reviewed, overdue)


def _sign_up(session: Session, year: int, end: dt.date) -> SignUpFigures:
    counts = signup.signup_counts(session, end)
    # "New" is an organisation's first signature ever, on or before the day counted to (signing again is not new).
    first_signed = session.execute(select(SignUp.organisation_id, func.min(SignUp.signed_on))
                                   .group_by(SignUp.organisation_id)).all()
    new = sum(1 for _, day in first_signed if day.year == year and day <= end)
    return SignUpFigures.of(counts, new)


def champion_coverage(session: Session) -> tuple[int, int]:
    """Departments with a champion, and departments, now (there is no history of who championed what)."""
    found = champions.coverage(session)
    return found.championed, found.departments


def relationship_ratings(session: Session, year: int, end: dt.date) -> tuple[int, ...]:
    """The ratings of the relationship recorded in the year up to `end`, in date order."""
    return tuple(session.scalars(select(RelationshipRating.rating).where(
        RelationshipRating.on >= dt.date(year_kept(year), 1, 1), RelationshipRating.on <= end)
        .order_by(RelationshipRating.on, RelationshipRating.id)))


def champion_word(session: Session) -> str:
    """The compact's own word for a champion ("champion", "representative")."""
    compact = get_compact(session)
    if compact is not None and compact.champion_label:
        return label_in_language(compact.champion_label, compact.champion_label_cy)
    return translate("Review", "champion")


def year_figures(session: Session, year: int, today: dt.date) -> YearFigures:
    end = as_of(year, today)
    meetings, by_sector = _attendance(session, _held_meetings(session, year, end))
    checked = [(row.check, row.responses) for row in consultations_closed(session, year, end)]
    return YearFigures(year, end, meetings, by_sector, _targets(session, year, end), _feedback(session, year, end),
                       ConsultationFigures.of(checked), _funding(session, year, end),
                       _disputes(session, year, end), _codes(session, year, end), _sign_up(session, year, end),
                       champion_coverage(session) if end == today else None,
                       relationship_ratings(session, year, end), champion_word(session),
                       *inputs_and_leads(session, year, end))


def review_years(session: Session, today: dt.date) -> list[int]:
    """Years with any records, newest first; this year always offered."""
    years = {today.year}
    for column in (Target.deadline, Feedback.raised_on, Consultation.closes_on, FundingNotice.given_on,
                   Dispute.raised_on, SignUp.signed_on, RelationshipRating.on):
        low, high = session.execute(select(func.min(column), func.max(column))).one()
        if low is not None:
            years.update(range(low.year, min(high.year, today.year) + 1))
    low, high = session.execute(select(func.min(Meeting.starts_at), func.max(Meeting.starts_at))).one()
    if low is not None:
        years.update(range(low.year, min(high.year, today.year) + 1))
    return sorted((year for year in years if year >= FIRST_YEAR), reverse=True)


# -- words -----------------------------------------------------------------------------

def pct(value: int | None) -> str:
    return translate("Review", "no figure") if value is None else translate("Review", "{n}%").format(n=value)


def measure_texts(session: Session, year: int, today: dt.date) -> dict[Measure, str]:
    """One short sentence for each figure the monitoring framework can show for a year."""
    return figure_sentences(year_figures(session, year, today))


def figure_sentences(f: YearFigures) -> dict[Measure, str]:
    t, fb, c, n, d, codes, s = f.targets, f.feedback, f.consultations, f.funding, f.disputes, f.codes, f.sign_up
    # Each count is bound to a plain name first: lupdate only collects a plural whose count is a bare name.
    days = int(round_half_up(fb.median_days or 0))
    ratings = len(f.relationship)
    meetings = f.meetings_held
    responses = c.responses
    came_due, closed, given, code_total = t.came_due, c.closed, n.given, codes.total
    departments = f.champions[1] if f.champions else 0
    median = translate("Review", "no answers yet") if fb.median_days is None else \
        translate("Review", "median %n day(s) to answer", None, days)
    rating = translate("Review", "None recorded") if f.relationship_mean is None else \
        translate("Review", "{mean} of 5 on average ({count})").format(
            mean=f"{f.relationship_mean:g}", count=translate("Review", "%n rating(s)", None, ratings))
    tags = ", ".join(f"{tag.label()} {count}" for tag, count in s.by_tag.items())
    none = translate("Review", "None in the year")
    return {
        Measure.TARGETS: none if not t.due else translate(
            "Review", "{done} of %n target(s) that fell due done ({pct}); {overdue} overdue; {later} due later "
                      "in the year", None, came_due).format(
            done=t.done, pct=pct(t.done_percent), overdue=t.overdue, later=t.not_yet_due),
        Measure.FEEDBACK: none if not fb.raised else translate(
            "Review", "{pct} answered on time ({n} of {due} come due); {median}").format(
            pct=pct(fb.on_time_percent), n=fb.answered_on_time,
            due=fb.answered_on_time + fb.answered_late + fb.overdue, median=median),
        Measure.ATTENDANCE: translate("Review", "No meetings held") if not f.meetings else translate(
            "Review", "No register taken at the meetings") if f.public_attendance is None else translate(
            "Review", "Statutory partners {pct} of their seats over {meetings}").format(
            pct=pct(f.public_attendance), meetings=translate("Review", "%n meeting(s)", None, meetings)),
        Measure.CONSULTATIONS: none if not c.closed else translate(
            "Review", "{met} of %n consultation(s) met the standard; {short} short with no reason, "
                      "{late} without feedback in time", None, closed).format(
            met=c.met_standard, short=c.short_no_reason, late=c.feedback_late),
        Measure.CONSULTATION_RESPONSES: none if not c.closed else translate(
            "Review", "%n response(s) to consultations closing in the year", None, responses),
        Measure.FUNDING_NOTICES: none if not n.given else translate(
            "Review", "{ok} of %n funding notice(s) gave enough notice", None, given).format(ok=n.compliant),
        Measure.DISPUTES: translate("Review", "{opened} opened, {resolved} resolved, {open} still open").format(
            opened=d.opened, resolved=d.resolved, open=d.open_at_end),
        Measure.SIGN_UP: translate("Review", "{total} signed up ({new} new){tags}").format(
            total=s.total, new=s.new_in_year, tags=f": {tags}" if tags else ""),
        Measure.CODES: translate("Review", "{in_force} of %n code(s) in force; {adopted} adopted and "
                                           "{reviewed} reviewed in the year", None, code_total).format(
            in_force=codes.in_force, adopted=codes.adopted_in_year,
            reviewed=codes.reviewed_in_year),
        Measure.CHAMPIONS: translate("Review", "Known for the current year only") if f.champions is None else
        translate("Review", "No departments recorded") if not f.champions[1] else translate(
            "Review", "{covered} of %n department(s) with a {word}", None, departments).format(
            covered=f.champions[0], word=f.champion_word),
        Measure.RELATIONSHIP: rating,
        Measure.RESOURCES: resources_sentence(f.inputs),
        Measure.LEADS: leads_sentence(f.leads, f.lead_changes),
    }
