"""A year in figures for the Monitoring & review page, read for that year only.

The same YearFigures as services.review.year_figures (which the annual review paper
uses), counted the same way "as it stood" at the year's end or today, but each count
asks SQL for the year's rows alone, as columns: the ten years of feedback (20,000
items) are not built as objects to keep the two thousand raised in the year. The rules
stay in domain/ (target_status, feedback_due, feedback_state, check_consultation,
notice_days_short, code_review_due, percent), applied to each row found, and what is
found is tallied by review's own helpers (TargetFigures.of, attendance_figures…); the
tests check that this and review.year_figures agree.
"""

import datetime as dt

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import Attendance, Measure, MeetingStatus, Sector
from compactdesk.domain.rules import target_status
from compactdesk.domain.standards import check_consultation, code_review_due, notice_days_short
from compactdesk.services import narrowed, signup
from compactdesk.services.compact import standards
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
    attendance_figures,
    champion_coverage,
    champion_word,
    figure_sentences,
    relationship_ratings,
)
from compactdesk.services.review_inputs import inputs_and_leads
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

    def seats(meeting_id: int, day: dt.date) -> list[tuple[Sector, bool]]:
        register = registers.get(meeting_id, {})
        if not register:
            return []  # no register taken (say, an open annual event): not a meeting nobody came to
        covered = {instead for status, instead in register.values() if status is Attendance.SUBSTITUTE}
        sectors: dict[int, Sector] = {}
        for person_id, sector, start_on, end_on in terms:
            if start_on <= day and (end_on is None or end_on >= day):
                sectors.setdefault(person_id, sector)
        return [(sector, register.get(person_id, (None, None))[0] is Attendance.PRESENT or person_id in covered)
                for person_id, sector in sectors.items()]

    return attendance_figures((meeting_id, starts_at.date(), kind.label(), seats(meeting_id, starts_at.date()))
                              for meeting_id, starts_at, kind in meetings)


def _targets(session: Session, year: int, end: dt.date) -> TargetFigures:
    """The targets whose deadline falls in the year, each with its status on `end`."""
    progressed = exists().where(TargetProgress.target_id == Target.id, TargetProgress.on <= end)
    return TargetFigures.of(
        (target_status(end, deadline=deadline, start_on=start_on, completed_on=completed_on, dropped_on=dropped_on,
                       has_progress=bool(has_progress)), completed_on, deadline)
        for start_on, deadline, completed_on, dropped_on, has_progress in session.execute(
            select(Target.start_on, Target.deadline, Target.completed_on, Target.dropped_on, progressed)
            .where(Target.deadline >= dt.date(year, 1, 1), Target.deadline <= dt.date(year, 12, 31))))


def _feedback(session: Session, year: int, end: dt.date) -> FeedbackFigures:
    """The feedback raised in the year (up to `end`), each with its state on `end`."""
    return FeedbackFigures.of(narrowed.feedback_rows_where(session, end, Feedback.raised_on >= dt.date(year, 1, 1),
                                                          Feedback.raised_on <= end))


def _consultations(session: Session, year: int, end: dt.date) -> ConsultationFigures:
    """The consultations that closed in the year (up to `end`), checked as they stood on `end`."""
    rules = standards(session)
    return ConsultationFigures.of(
        (check_consultation(end, opens_on=opens_on, closes_on=closes_on, short_reason=short_reason or "",
                            feedback_on=feedback_on, weeks=rules.consultation_weeks,
                            feedback_weeks=rules.consultation_feedback_weeks), answers)
        for opens_on, closes_on, short_reason, feedback_on, answers in session.execute(
            select(Consultation.opens_on, Consultation.closes_on, Consultation.short_reason,
                   Consultation.feedback_on, Consultation.responses)
            .where(Consultation.closes_on >= dt.date(year, 1, 1), Consultation.closes_on <= end)))


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
    return SignUpFigures.of(counts, new)


def year_figures(session: Session, year: int, today: dt.date) -> YearFigures:
    """review.year_figures, each count narrowed to the year in SQL."""
    end = as_of(year, today)
    meetings, by_sector = _attendance(session, year, end)
    return YearFigures(year, end, meetings, by_sector, _targets(session, year, end), _feedback(session, year, end),
                       _consultations(session, year, end), _funding(session, year, end),
                       _disputes(session, year, end), _codes(session, year, end), _sign_up(session, year, end),
                       champion_coverage(session) if end == today else None,  # no history of who championed what
                       relationship_ratings(session, year, end), champion_word(session),
                       *inputs_and_leads(session, year, end))


def measure_texts(session: Session, year: int, today: dt.date) -> dict[Measure, str]:
    """review.measure_texts from the year's own figures: one short sentence for each figure the
    monitoring framework can show beside a question."""
    return figure_sentences(year_figures(session, year, today))
