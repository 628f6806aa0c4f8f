"""A year in figures for the Monitoring & review page, read for that year only.

The same YearFigures as services.review.year_figures (which the annual review paper
uses), counted the same way "as it stood" at the year's end or today, but each count
asks SQL for the year's rows alone, as columns: the ten years of feedback (20,000
items) are not built as objects to keep the two thousand raised in the year. The rules
stay in domain/ (target_status, feedback_due, feedback_state, check_consultation,
notice_days_short, code_review_due, percent), applied to each row found; the tests
check that this and review.year_figures agree.
"""

import datetime as dt
from collections import Counter

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import Attendance, FeedbackState, Measure, MeetingStatus, Sector, TargetStatus
from compactdesk.domain.rules import feedback_answered, target_status
from compactdesk.domain.standards import check_consultation, code_review_due, median_days, notice_days_short
from compactdesk.i18n import translate
from compactdesk.services import champions, narrowed, signup
from compactdesk.services.compact import get_compact, standards
from compactdesk.services.meetings import FORMAL_KINDS
from compactdesk.services.review import (
    CodeFigures,
    ConsultationFigures,
    DisputeFigures,
    FeedbackFigures,
    FundingFigures,
    MeetingAttendance,
    SectorAttendance,
    SignUpFigures,
    TargetFigures,
    YearFigures,
    as_of,
    figure_sentences,
)
from compactdesk.store.models import (
    AttendanceRecord,
    CodeOfPractice,
    CodeReview,
    Consultation,
    Dispute,
    Feedback,
    FundingNotice,
    Meeting,
    Organisation,
    RelationshipRating,
    Seat,
    SeatTerm,
    SignUp,
    Target,
    TargetProgress,
)

_HELD = [status for status in MeetingStatus if status.step >= MeetingStatus.HELD.step]


def _attendance(session: Session, year: int, end: dt.date) -> tuple[tuple[MeetingAttendance, ...],
                                                                     tuple[SectorAttendance, ...]]:
    """Seats filled at each formal meeting held in the year: a seat counts as attended when its
    holder came or sent a substitute. Three queries for the year (meetings, their registers, the
    seat terms that overlap it) rather than a roster per meeting."""
    meetings = session.execute(
        select(Meeting.id, Meeting.starts_at, Meeting.kind)
        .where(Meeting.kind.in_(FORMAL_KINDS), Meeting.status.in_(_HELD), Meeting.starts_at >= dt.datetime(year, 1, 1),
               Meeting.starts_at <= dt.datetime.combine(end, dt.time.max))
        .order_by(Meeting.starts_at, Meeting.id)).all()
    registers: dict[int, dict[int, tuple[Attendance, int | None]]] = {}
    for meeting_id, person_id, status, substitute_for in session.execute(
            select(AttendanceRecord.meeting_id, AttendanceRecord.person_id, AttendanceRecord.status,
                   AttendanceRecord.substitute_for_id)
            .where(AttendanceRecord.meeting_id.in_([meeting.id for meeting in meetings]))):
        registers.setdefault(meeting_id, {})[person_id] = (status, substitute_for)
    # Seat order, as the attendance roster lists them: a member's first seat gives their sector.
    terms = session.execute(
        select(SeatTerm.person_id, Seat.sector, SeatTerm.start_on, SeatTerm.end_on).join(Seat)
        .where(SeatTerm.start_on <= end, or_(SeatTerm.end_on.is_(None), SeatTerm.end_on >= dt.date(year, 1, 1)))
        .order_by(Seat.position, Seat.id)).all()
    per_meeting = []
    expected: Counter[Sector] = Counter()
    attended: Counter[Sector] = Counter()
    for meeting_id, starts_at, kind in meetings:
        day = starts_at.date()
        register = registers.get(meeting_id, {})
        counts = {True: [0, 0], False: [0, 0]}
        # No register taken (say, an open annual event): not a meeting nobody came to.
        if register:
            covered = {instead for status, instead in register.values() if status is Attendance.SUBSTITUTE}
            sectors: dict[int, Sector] = {}
            for person_id, sector, start_on, end_on in terms:
                if start_on <= day and (end_on is None or end_on >= day):
                    sectors.setdefault(person_id, sector)
            for person_id, sector in sectors.items():
                status = register.get(person_id, (None, None))[0]
                came = status is Attendance.PRESENT or person_id in covered
                expected[sector] += 1
                attended[sector] += came
                counts[sector.is_public][0] += 1
                counts[sector.is_public][1] += came
        per_meeting.append(MeetingAttendance(meeting_id, day, kind.label(), counts[True][0], counts[True][1],
                                             counts[False][0], counts[False][1]))
    by_sector = tuple(SectorAttendance(sector, expected[sector], attended[sector])
                      for sector in Sector if expected[sector])
    return tuple(per_meeting), by_sector


def _targets(session: Session, year: int, end: dt.date) -> TargetFigures:
    """The targets whose deadline falls in the year, each with its status on `end`."""
    progressed = exists().where(TargetProgress.target_id == Target.id, TargetProgress.on <= end)
    due = done = on_time = overdue = later = dropped = 0
    for start_on, deadline, completed_on, dropped_on, has_progress in session.execute(
            select(Target.start_on, Target.deadline, Target.completed_on, Target.dropped_on, progressed)
            .where(Target.deadline >= dt.date(year, 1, 1), Target.deadline <= dt.date(year, 12, 31))):
        status = target_status(end, deadline=deadline, start_on=start_on, completed_on=completed_on,
                               dropped_on=dropped_on, has_progress=bool(has_progress))
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
    return TargetFigures(due, done, on_time, overdue, later, dropped)


def _feedback(session: Session, year: int, end: dt.date) -> FeedbackFigures:
    """The feedback raised in the year (up to `end`), each with its state on `end`."""
    rows = narrowed.feedback_rows_where(session, end, Feedback.raised_on >= dt.date(year, 1, 1),
                                       Feedback.raised_on <= end)
    states = Counter(row.state for row in rows)
    answered_days = [(row.answered_on - row.raised_on).days for row in rows if feedback_answered(row.state)]
    return FeedbackFigures(len(rows), states[FeedbackState.ANSWERED_ON_TIME], states[FeedbackState.ANSWERED_LATE],
                           states[FeedbackState.OVERDUE], states[FeedbackState.OPEN], median_days(answered_days))


def _consultations(session: Session, year: int, end: dt.date) -> ConsultationFigures:
    """The consultations that closed in the year (up to `end`), checked as they stood on `end`."""
    rules = standards(session)
    counts: Counter[str] = Counter()
    closed = responses = 0
    for opens_on, closes_on, short_reason, feedback_on, answers in session.execute(
            select(Consultation.opens_on, Consultation.closes_on, Consultation.short_reason,
                   Consultation.feedback_on, Consultation.responses)
            .where(Consultation.closes_on >= dt.date(year, 1, 1), Consultation.closes_on <= end)):
        check = check_consultation(end, opens_on=opens_on, closes_on=closes_on, short_reason=short_reason or "",
                                   feedback_on=feedback_on, weeks=rules.consultation_weeks,
                                   feedback_weeks=rules.consultation_feedback_weeks)
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
    return ConsultationFigures(closed, counts["long_enough"], counts["short_with_reason"], counts["short_no_reason"],
                               counts["feedback_on_time"], counts["feedback_late"], counts["feedback_not_yet_due"],
                               counts["met"], responses)


def _funding(session: Session, year: int, end: dt.date) -> FundingFigures:
    """The funding notices given in the year (up to `end`), and how many gave enough notice."""
    months = standards(session).funding_notice_months
    given = session.execute(select(FundingNotice.given_on, FundingNotice.effective_on).where(
        FundingNotice.given_on >= dt.date(year, 1, 1), FundingNotice.given_on <= end)).all()
    return FundingFigures(len(given), sum(not notice_days_short(given_on, effective_on, months)
                                          for given_on, effective_on in given))


def _disputes(session: Session, year: int, end: dt.date) -> DisputeFigures:
    start = dt.date(year, 1, 1)
    opened = resolved = still_open = public = 0
    for raised_on, resolved_on, sector in session.execute(
            select(Dispute.raised_on, Dispute.resolved_on, Organisation.sector)
            .join(Organisation, Dispute.against_id == Organisation.id)
            .where(or_(Dispute.raised_on <= end, Dispute.resolved_on <= end))):
        if start <= raised_on <= end:
            opened += 1
            public += sector.is_public
        resolved += resolved_on is not None and start <= resolved_on <= end
        still_open += raised_on <= end and (resolved_on is None or resolved_on > end)
    return DisputeFigures(opened, resolved, still_open, public, opened - public)


def _codes(session: Session, year: int, end: dt.date) -> CodeFigures:
    start = dt.date(year, 1, 1)
    last_review = dict(session.execute(select(CodeReview.code_id, func.max(CodeReview.on))
                                       .where(CodeReview.on <= end).group_by(CodeReview.code_id)).all())
    reviewed = session.scalar(select(func.count(func.distinct(CodeReview.code_id))).where(
        CodeReview.on >= start, CodeReview.on <= end)) or 0
    total = in_force = adopted = overdue = 0
    for ident, status, adopted_on, review_months in session.execute(
            select(CodeOfPractice.id, CodeOfPractice.status, CodeOfPractice.adopted_on,
                   CodeOfPractice.review_months)):
        total += 1
        adopted += status.in_force and adopted_on is not None and start <= adopted_on <= end
        if status.in_force and adopted_on is not None and adopted_on <= end:
            in_force += 1
            due = code_review_due(status, adopted_on=adopted_on, last_reviewed_on=last_review.get(ident),
                                  review_months=review_months)
            overdue += due is not None and due < end
    return CodeFigures(in_force, total, adopted, reviewed, overdue)


def _sign_up(session: Session, year: int, end: dt.date) -> SignUpFigures:
    counts = signup.signup_counts(session, end)
    # "New" is an organisation's first signature ever, on or before the day counted to (signing again is not new).
    first = select(func.min(SignUp.signed_on).label("first")).group_by(SignUp.organisation_id).subquery()
    new = session.scalar(select(func.count()).select_from(first).where(
        first.c.first >= dt.date(year, 1, 1), first.c.first <= end))
    return SignUpFigures(counts.total, new, {s: n for s, n in counts.by_sector.items() if n},
                         {t: n for t, n in counts.by_tag.items() if n})


def _champion_word(session: Session) -> str:
    compact = get_compact(session)
    if compact is not None and compact.champion_label:
        return compact.champion_label
    return translate("Review", "champion")


def year_figures(session: Session, year: int, today: dt.date) -> YearFigures:
    """review.year_figures, each count narrowed to the year in SQL."""
    end = as_of(year, today)
    meetings, by_sector = _attendance(session, year, end)
    ratings = tuple(session.scalars(select(RelationshipRating.rating).where(
        RelationshipRating.on >= dt.date(year, 1, 1), RelationshipRating.on <= end)
        .order_by(RelationshipRating.on, RelationshipRating.id)))
    if end == today:
        coverage = champions.coverage(session)
        championed = coverage.championed, coverage.departments
    else:
        championed = None  # no history of who championed what
    return YearFigures(year, end, meetings, by_sector, _targets(session, year, end), _feedback(session, year, end),
                       _consultations(session, year, end), _funding(session, year, end),
                       _disputes(session, year, end), _codes(session, year, end), _sign_up(session, year, end),
                       championed, ratings, _champion_word(session))


def measure_texts(session: Session, year: int, today: dt.date) -> dict[Measure, str]:
    """review.measure_texts from the year's own figures: one short sentence for each figure the
    monitoring framework can show beside a question."""
    return figure_sentences(year_figures(session, year, today))
