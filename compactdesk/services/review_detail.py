"""The records behind a year's figures, listed for the annual review paper."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain.enums import CodeStatus, HealthArea, IndicatorGroup, Measure, OrgTag, Sector, TargetStatus
from compactdesk.domain.rules import target_status
from compactdesk.domain.seeded_words import shown
from compactdesk.domain.standards import (
    code_review_due,
)
from compactdesk.services import leads
from compactdesk.services.champion_history import ChampionChangeInRow, champion_changes_in
from compactdesk.services.code_steps import CodeStepRow, code_steps_in
from compactdesk.services.consultations import ConsultationRow
from compactdesk.services.funding import NoticeRow, notice_outcomes
from compactdesk.services.leads import LeadChangeInRow
from compactdesk.services.review import as_of, consultations_closed, notices_given
from compactdesk.store.models import (
    CodeOfPractice,
    Dispute,
    DisputeStep,
    HealthCheck,
    Indicator,
    IndicatorRating,
    Organisation,
    RelationshipRating,
    ReviewYear,
    SignUp,
    Target,
    TargetProgress,
)


@dataclass(frozen=True)
class TargetLine:
    title: str
    partner: str
    deadline: dt.date
    status: TargetStatus
    completed_on: dt.date | None


@dataclass(frozen=True)
class RouteStep:
    on: dt.date
    stage: str
    note: str


@dataclass(frozen=True)
class DisputeLine:
    title: str
    raised_by: str
    against: str
    against_public: bool
    raised_on: dt.date
    stage: str  # the latest stage reached by the year's end
    resolved_on: dt.date | None
    outcome: str
    route: tuple[RouteStep, ...] = ()  # every stage it went through by the year's end, in order


@dataclass(frozen=True)
class CodeLine:
    name: str
    national: bool
    status: CodeStatus | None  # None: in force now, but adopted after the year
    adopted_on: dt.date | None
    reviewed_on: dt.date | None  # the last review on or before the year's end
    next_review: dt.date | None


@dataclass(frozen=True)
class SignatoryLine:
    organisation: str
    sector: Sector
    tags: tuple[OrgTag, ...]
    signed_on: dt.date
    again: bool  # signing again, e.g. after a reorganisation


@dataclass(frozen=True)
class IndicatorLine:
    group: IndicatorGroup
    question: str
    measure: Measure | None
    rating: int | None
    evidence: str
    previous: int | None


@dataclass(frozen=True)
class HealthLine:
    area: HealthArea
    rating: int | None
    evidence: str
    previous: int | None


@dataclass(frozen=True)
class YearRecords:
    targets: tuple[TargetLine, ...]
    consultations: tuple[ConsultationRow, ...]  # closed in the year, checked as they stood at its end
    notices: tuple[NoticeRow, ...]  # given in the year
    disputes: tuple[DisputeLine, ...]
    codes: tuple[CodeLine, ...]
    signatories: tuple[SignatoryLine, ...]
    indicators: tuple[IndicatorLine, ...]
    health: tuple[HealthLine, ...]
    relationship: tuple[tuple[dt.date, int, str], ...]
    summary: str
    priorities: str
    # Issue 21: the year's histories, each change dated in the year (the inputs and the leads at the year's end
    # are the figures': YearFigures.inputs, .leads).
    lead_changes: tuple[LeadChangeInRow, ...] = ()
    champion_changes: tuple[ChampionChangeInRow, ...] = ()
    code_steps: tuple[CodeStepRow, ...] = ()
    settled_notices: tuple[NoticeRow, ...] = ()  # given in an earlier year, their outcome in this one


def _targets(session: Session, year: int, end: dt.date) -> tuple[TargetLine, ...]:
    progressed = set(session.scalars(select(TargetProgress.target_id).where(TargetProgress.on <= end)))
    targets = session.scalars(select(Target).where(Target.deadline >= dt.date(year, 1, 1),
                                                   Target.deadline <= dt.date(year, 12, 31))
                              .options(selectinload(Target.partner)).order_by(Target.deadline, Target.id))
    return tuple(TargetLine(t.title, t.partner.name if t.partner else "", t.deadline,
                            target_status(end, deadline=t.deadline, start_on=t.start_on, completed_on=t.completed_on,
                                          dropped_on=t.dropped_on, has_progress=t.id in progressed),
                            t.completed_on if t.completed_on and t.completed_on <= end else None)
                 for t in targets)


def _disputes(session: Session, year: int, end: dt.date) -> tuple[DisputeLine, ...]:
    """Every dispute open at some time in the year."""
    disputes = session.scalars(select(Dispute).where(Dispute.raised_on <= end)
                               .options(selectinload(Dispute.raised_by), selectinload(Dispute.against),
                                        selectinload(Dispute.steps).selectinload(DisputeStep.stage))
                               .order_by(Dispute.raised_on, Dispute.id))
    lines = []
    for d in disputes:
        resolved = d.resolved_on if d.resolved_on is not None and d.resolved_on <= end else None
        if resolved is not None and resolved.year < year:
            continue
        steps = [step for step in d.steps if step.on <= end]  # by day, as the relationship orders them
        lines.append(DisputeLine(d.title, d.raised_by.name, d.against.name, d.against.sector.is_public, d.raised_on,
                                 shown(steps[-1].stage.name) if steps else "", resolved, d.outcome if resolved else "",
                                 tuple(RouteStep(step.on, shown(step.stage.name), step.note) for step in steps)))
    return tuple(lines)


def _codes(session: Session, end: dt.date) -> tuple[CodeLine, ...]:
    codes = session.scalars(select(CodeOfPractice).options(selectinload(CodeOfPractice.reviews))
                            .order_by(CodeOfPractice.position, CodeOfPractice.id))
    lines = []
    for code in codes:
        reviewed = max((r.on for r in code.reviews if r.on <= end), default=None)
        adopted = code.adopted_on if code.adopted_on is not None and code.adopted_on <= end else None
        # A code in force today but adopted after the year was not yet adopted then; its status that year is unknown.
        adopted_later = code.status.in_force and adopted is None
        due = None if adopted_later else code_review_due(code.status, adopted_on=adopted, last_reviewed_on=reviewed,
                                                          review_months=code.review_months)
        lines.append(CodeLine(shown(code.name), code.national, None if adopted_later else code.status, adopted,
                              reviewed, due))
    return tuple(lines)


def _signatories(session: Session, year: int, end: dt.date) -> tuple[SignatoryLine, ...]:
    signatures = list(session.scalars(select(SignUp).options(
        selectinload(SignUp.organisation).selectinload(Organisation.tag_rows)).order_by(SignUp.signed_on, SignUp.id)))
    seen: set[int] = set()
    lines = []
    for s in signatures:
        if s.signed_on.year == year and s.signed_on <= end:
            lines.append(SignatoryLine(s.organisation.name, s.organisation.sector,
                                       tuple(t for t in OrgTag if t in s.organisation.tags), s.signed_on,
                                       s.organisation_id in seen))
        seen.add(s.organisation_id)
    return tuple(lines)


def _indicators(session: Session, year: int) -> tuple[IndicatorLine, ...]:
    ratings = {(r.indicator_id, r.year): r for r in session.scalars(
        select(IndicatorRating).where(IndicatorRating.year.in_((year, year - 1))))}
    indicators = session.scalars(select(Indicator))
    order = list(IndicatorGroup)
    lines = []
    for ind in sorted(indicators, key=lambda i: (order.index(i.group), i.position, i.id)):
        this, last = ratings.get((ind.id, year)), ratings.get((ind.id, year - 1))
        lines.append(IndicatorLine(ind.group, shown(ind.question), ind.measure, this.rating if this else None,
                                   this.evidence if this else "", last.rating if last else None))
    return tuple(lines)


def _health(session: Session, year: int) -> tuple[HealthLine, ...]:
    rows = {(h.area, h.year): h for h in session.scalars(select(HealthCheck).where(
        HealthCheck.year.in_((year, year - 1))))}
    return tuple(HealthLine(area, rows[(area, year)].rating if (area, year) in rows else None,
                            rows[(area, year)].evidence if (area, year) in rows else "",
                            rows[(area, year - 1)].rating if (area, year - 1) in rows else None)
                 for area in HealthArea)


def year_records(session: Session, year: int, today: dt.date) -> YearRecords:
    end = as_of(year, today)
    ratings = tuple((r.on, r.rating, r.note) for r in session.scalars(
        select(RelationshipRating).where(RelationshipRating.on >= dt.date(year, 1, 1), RelationshipRating.on <= end)
        .order_by(RelationshipRating.on, RelationshipRating.id)))
    words = session.get(ReviewYear, year)
    start = dt.date(year, 1, 1)
    return YearRecords(_targets(session, year, end), tuple(consultations_closed(session, year, end)),
                       tuple(notices_given(session, year, end)),
                       _disputes(session, year, end), _codes(session, end), _signatories(session, year, end),
                       _indicators(session, year), _health(session, year), ratings,
                       words.summary if words else "", words.priorities if words else "",
                       tuple(leads.lead_changes_in(session, start, end)),
                       tuple(champion_changes_in(session, start, end)), tuple(code_steps_in(session, start, end)),
                       tuple(row for row in notice_outcomes(session, start, end) if row.given_on < start))
