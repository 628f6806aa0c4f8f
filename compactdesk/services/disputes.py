"""Disputes and breaches of the compact, and the stages of the compact's own disputes route.

Either sector can be said to have broken the compact: `against` is the party said to
have breached it, `raised_by` the one who says so. Each compact sets its own route
(the stages, in order); a dispute's dated steps are its history along that route.

Resolving and the outcome stage: recording a step at the outcome stage does not by
itself resolve a dispute (the outcome words and the date are what resolve it). Resolving
records the outcome stage in the history on the day it was resolved, unless the last
step recorded is already at the outcome stage; reopening takes that step off again
(the outcome-stage step dated on the day it was resolved), with the date and the
outcome, and keeps the rest of the history.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.seeded_words import shown
from compactdesk.domain.standards import median_days, year_bounds
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, fetch, not_before, year_kept
from compactdesk.store.models import Dispute, DisputeStage, DisputeStep, Organisation

# A dispute open longer than this is shown as a warning: the compact's route is meant to settle things.
LONG_OPEN_DAYS = 90


# -- the stages of the route ---------------------------------------------------------


@dataclass(frozen=True)
class StageRow:
    stage_id: int
    name: str  # as the language spoken shows it (a seeded stage in the program's words); held_name as held
    position: int
    optional: bool
    is_outcome: bool
    disputes: int  # how many disputes have a step at this stage
    held_name: str = ""  # what the form that renames it shows


def _ordered_stages(session: Session) -> list[DisputeStage]:
    return list(session.scalars(select(DisputeStage).order_by(DisputeStage.position, DisputeStage.id)))


def stage_rows(session: Session) -> list[StageRow]:
    """The route in order, each stage with the number of disputes that reached it."""
    used = dict(session.execute(select(DisputeStep.stage_id, func.count(func.distinct(DisputeStep.dispute_id)))
                                .group_by(DisputeStep.stage_id)).all())
    return [StageRow(stage.id, shown(stage.name), stage.position, stage.optional, stage.is_outcome,
                     used.get(stage.id, 0), stage.name)
            for stage in _ordered_stages(session)]


def _stage(session: Session, stage_id: int | None, field_name: str = "stage") -> DisputeStage:
    return fetch(session, DisputeStage, stage_id, translate("Disputes", "stage"), field_name)


def _stage_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = text.required(name, translate("Disputes", "the stage's name"), "name")
    # Compared in Python: SQLite's lower() folds ASCII only, and Ŵ or Ł must match too.
    key = name.casefold()
    clash = next((stage for stage in session.scalars(select(DisputeStage))
                  if stage.name.casefold() == key and stage.id != exclude_id), None)
    if clash is not None:
        raise ValidationError(translate(
            "Disputes", "There is already a stage called “{name}”. Give this one another name.",
        ).format(name=shown(clash.name)), "name")
    return name


def _outcome_stage(session: Session) -> DisputeStage | None:
    return session.scalars(select(DisputeStage).where(DisputeStage.is_outcome)
                           .order_by(DisputeStage.position, DisputeStage.id)).first()


def _only_one_outcome(session: Session, exclude_id: int | None) -> None:
    current = _outcome_stage(session)
    if current is not None and current.id != exclude_id:
        raise ValidationError(translate(
            "Disputes", "“{name}” is already the outcome stage, and a route has only one. Untick it there first.",
        ).format(name=shown(current.name)), "is_outcome")


def _renumber(stages: list[DisputeStage]) -> None:
    for position, stage in enumerate(stages):
        if stage.position != position:
            stage.position = position


def add_stage(session: Session, name: str, *, optional: bool = False, is_outcome: bool = False) -> DisputeStage:
    """A new stage, placed just before the outcome stage (the outcome ends the route), else last."""
    name = _stage_name(session, name)
    if is_outcome:
        _only_one_outcome(session, None)
    stages = _ordered_stages(session)
    outcome = next((number for number, stage in enumerate(stages) if stage.is_outcome), None)
    stage = DisputeStage(name=name, optional=bool(optional), is_outcome=bool(is_outcome))
    stages.insert(len(stages) if outcome is None or is_outcome else outcome, stage)
    session.add(stage)
    _renumber(stages)
    session.flush()
    return stage


def rename_stage(session: Session, stage_id: int, name: str) -> DisputeStage:
    stage = _stage(session, stage_id)
    stage.name = _stage_name(session, name, stage.id)
    return stage


def move_stage(session: Session, stage_id: int, steps: int) -> DisputeStage:
    """Moves a stage up (steps < 0) or down (steps > 0) the route by that many places."""
    stage = _stage(session, stage_id)
    stages = _ordered_stages(session)
    here = stages.index(stage)
    there = max(0, min(len(stages) - 1, here + steps))
    if there == here:
        words = translate("Disputes", "“{name}” is already the first stage.") if steps < 0 else \
            translate("Disputes", "“{name}” is already the last stage.")
        raise ValidationError(words.format(name=shown(stage.name)), "position")
    stages.insert(there, stages.pop(here))
    _renumber(stages)
    return stage


def set_stage_optional(session: Session, stage_id: int, optional: bool) -> DisputeStage:
    """Optional stages (a councillor's call-in, arbitration) are available off the usual route."""
    stage = _stage(session, stage_id)
    stage.optional = bool(optional)
    return stage


def set_outcome_stage(session: Session, stage_id: int, is_outcome: bool) -> DisputeStage:
    """Marks (or unmarks) the stage that ends the route; a route has at most one."""
    stage = _stage(session, stage_id)
    if is_outcome:
        _only_one_outcome(session, stage.id)
    stage.is_outcome = bool(is_outcome)
    return stage


def delete_stage(session: Session, stage_id: int) -> None:
    stage = _stage(session, stage_id)
    used = session.scalar(select(func.count(func.distinct(DisputeStep.dispute_id)))
                          .where(DisputeStep.stage_id == stage.id)) or 0
    if used:
        raise ValidationError(translate(
            "Disputes", "“{name}” is in the history of %n dispute(s), so it cannot be deleted. "
            "Tick it optional instead, or record those steps at another stage first.", None, used)
            .format(name=shown(stage.name)), "stage")
    session.delete(stage)
    session.flush()
    _renumber(_ordered_stages(session))


# -- disputes --------------------------------------------------------------------------


def _party(session: Session, organisation_id: int | None, field_name: str) -> Organisation:
    what = translate("Disputes", "organisation raising it") if field_name == "raised_by" else \
        translate("Disputes", "organisation said to be in breach")
    if organisation_id is None:
        raise ValidationError(translate("Disputes", "Please choose the {what}.").format(what=what), field_name)
    return fetch(session, Organisation, organisation_id, what, field_name)


def _fields(session: Session, *, title, raised_by_id, against_id, raised_on, summary) -> dict:
    values = {"title": text.required(title, translate("Disputes", "the dispute's title"), "title")}
    raised_by = _party(session, raised_by_id, "raised_by")
    against = _party(session, against_id, "against")
    if raised_by.id == against.id:
        raise ValidationError(translate(
            "Disputes", "A dispute is between two parties: choose the organisation said to be in breach, "
            "which is not {name}, who raised it.",
        ).format(name=raised_by.name), "against")
    values.update(raised_by=raised_by, against=against,
                  raised_on=as_date(raised_on, translate("Disputes", "the date it was raised"), "raised_on"),
                  summary=text.optional(summary, translate("Disputes", "the summary"), "summary", multiline=True))
    return values


def add_dispute(session: Session, title: str, raised_by_id: int, against_id: int, raised_on: dt.date | str, *,
                summary: str = "", stage_id: int | None = None, note: str = "") -> Dispute:
    """A new dispute; with `stage_id`, its first step is recorded on the day it was raised (one undo step)."""
    dispute = Dispute(**_fields(session, title=title, raised_by_id=raised_by_id, against_id=against_id,
                                raised_on=raised_on, summary=summary))
    if stage_id is not None:
        note = text.optional(note, translate("Disputes", "the note"), "note", multiline=True)
        dispute.steps.append(DisputeStep(stage=_stage(session, stage_id), on=dispute.raised_on, note=note))
    session.add(dispute)
    session.flush()
    return dispute


def _dispute(session: Session, dispute_id: int) -> Dispute:
    return fetch(session, Dispute, dispute_id, translate("Disputes", "dispute"))


def update_dispute(session: Session, dispute_id: int, *, title: str, raised_by_id: int, against_id: int,
                   raised_on: dt.date | str, summary: str = "") -> Dispute:
    dispute = _dispute(session, dispute_id)
    values = _fields(session, title=title, raised_by_id=raised_by_id, against_id=against_id, raised_on=raised_on,
                     summary=summary)
    first = min((step.on for step in dispute.steps), default=None)
    not_before(first, values["raised_on"], translate("Disputes", "the first stage recorded"),
               translate("Disputes", "the date it was raised"), "raised_on")
    not_before(dispute.resolved_on, values["raised_on"], translate("Disputes", "the date it was resolved"),
               translate("Disputes", "the date it was raised"), "raised_on")
    for key, value in values.items():
        setattr(dispute, key, value)
    return dispute


def delete_dispute(session: Session, dispute_id: int) -> None:
    session.delete(_dispute(session, dispute_id))


# -- the dated history ------------------------------------------------------------------


def _step_date(dispute: Dispute, on) -> dt.date:
    day = as_date(on, translate("Disputes", "the date of the stage"), "on")
    not_before(day, dispute.raised_on, translate("Disputes", "the date of the stage"),
               translate("Disputes", "the date the dispute was raised"), "on")
    if dispute.resolved_on is not None and day > dispute.resolved_on:
        raise ValidationError(translate(
            "Disputes", "This dispute was resolved on {day}; a stage after that cannot be recorded. "
            "Reopen it first, or give an earlier date.",
        ).format(day=uk_date(dispute.resolved_on)), "on")
    return day


def add_step(session: Session, dispute_id: int, stage_id: int, on: dt.date | str, note: str = "") -> DisputeStep:
    """Records that the dispute reached a stage on a day. The outcome stage does not resolve it: resolve does."""
    dispute = _dispute(session, dispute_id)
    step = DisputeStep(stage=_stage(session, stage_id), on=_step_date(dispute, on),
                       note=text.optional(note, translate("Disputes", "the note"), "note", multiline=True))
    dispute.steps.append(step)
    session.flush()
    return step


def _step(session: Session, step_id: int) -> DisputeStep:
    return fetch(session, DisputeStep, step_id, translate("Disputes", "stage recorded"))


def update_step(session: Session, step_id: int, stage_id: int, on: dt.date | str, note: str = "") -> DisputeStep:
    step = _step(session, step_id)
    stage = _stage(session, stage_id)
    day = _step_date(step.dispute, on)
    if step is _resolution_step(step.dispute) and (day != step.on or not stage.is_outcome):
        raise ValidationError(translate(
            "Disputes", "This step is the outcome recorded when the dispute was resolved. "
            "Change it with “Resolve…” (or reopen the dispute) instead."), "on")
    step.stage, step.on = stage, day
    step.note = text.optional(note, translate("Disputes", "the note"), "note", multiline=True)
    return step


def delete_step(session: Session, step_id: int) -> None:
    step = _step(session, step_id)
    if step is _resolution_step(step.dispute):
        raise ValidationError(translate(
            "Disputes", "This step is the outcome recorded when the dispute was resolved. "
            "Reopen the dispute to take it off."), "stage")
    session.delete(step)


def _resolution_step(dispute: Dispute) -> DisputeStep | None:
    """The outcome-stage step dated on the day a resolved dispute was resolved: its resolution in the history."""
    if dispute.resolved_on is None:
        return None
    return next((step for step in reversed(dispute.steps)
                 if step.stage.is_outcome and step.on == dispute.resolved_on), None)


def resolve(session: Session, dispute_id: int, resolved_on: dt.date | str, outcome: str) -> Dispute:
    """Resolves a dispute (or changes how it was resolved) and records the outcome stage that day."""
    dispute = _dispute(session, dispute_id)
    outcome = text.required(outcome, translate("Disputes", "the outcome"), "outcome", multiline=True)
    day = as_date(resolved_on, translate("Disputes", "the date it was resolved"), "resolved_on")
    not_before(day, dispute.raised_on, translate("Disputes", "the date it was resolved"),
               translate("Disputes", "the date it was raised"), "resolved_on")
    own = _resolution_step(dispute)
    others = [step for step in dispute.steps if step is not own]
    last = max((step.on for step in others), default=None)
    not_before(day, last, translate("Disputes", "the date it was resolved"),
               translate("Disputes", "the last stage recorded"), "resolved_on")
    dispute.resolved_on = day
    dispute.outcome = outcome
    if own is not None:
        own.on = day
    else:
        stage = _outcome_stage(session)
        latest = max(others, key=lambda step: (step.on, step.id or 0), default=None)
        if stage is not None and (latest is None or latest.stage_id != stage.id):
            dispute.steps.append(DisputeStep(stage=stage, on=day, note=""))
    session.flush()
    return dispute


def reopen(session: Session, dispute_id: int) -> Dispute:
    """Takes the resolution off: the date, the outcome and the outcome stage recorded that day."""
    dispute = _dispute(session, dispute_id)
    own = _resolution_step(dispute)
    if own is not None:
        dispute.steps.remove(own)
    dispute.resolved_on = None
    dispute.outcome = ""
    session.flush()
    return dispute


# -- reading ---------------------------------------------------------------------------


def who_breached(sector: Sector) -> str:
    """The sentence for the party said to have broken the compact (the duties bind both sides)."""
    if sector.is_public:
        return translate("Disputes", "Said to be breached by a public body")
    return translate("Disputes", "Said to be breached by the voluntary sector")


def breached_short(sector: Sector) -> str:
    return translate("Disputes", "A public body") if sector.is_public else translate("Disputes", "The voluntary sector")


def days_open(raised_on: dt.date, resolved_on: dt.date | None, today: dt.date) -> int:
    """Days from raising to resolution, or to today while it is open (never below nought)."""
    return max(0, ((resolved_on or today) - raised_on).days)


@dataclass(frozen=True)
class DisputeRow:
    dispute_id: int
    title: str
    raised_by: str
    raised_by_sector: Sector
    against: str
    against_sector: Sector
    who_breached: str
    raised_on: dt.date
    stage: str  # the stage of the last step recorded; "" before any
    stage_on: dt.date | None
    days_open: int
    resolved_on: dt.date | None
    outcome: str

    @property
    def id(self) -> int:
        return self.dispute_id

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None

    @property
    def open_long(self) -> bool:
        return self.is_open and self.days_open > LONG_OPEN_DAYS


@dataclass(frozen=True)
class StepRow:
    step_id: int
    stage_id: int
    stage: str
    on: dt.date
    note: str
    optional: bool
    is_outcome: bool
    day_number: int  # days after the dispute was raised
    resolution: bool  # the outcome recorded by resolving (changed through Resolve/Reopen)


@dataclass(frozen=True)
class DisputeDetail:
    row: DisputeRow
    raised_by_id: int
    against_id: int
    summary: str
    steps: tuple[StepRow, ...] = field(default_factory=tuple)


def _latest(dispute: Dispute) -> DisputeStep | None:
    return max(dispute.steps, key=lambda step: (step.on, step.id), default=None)


def _row(dispute: Dispute, today: dt.date) -> DisputeRow:
    last = _latest(dispute)
    return DisputeRow(dispute.id, dispute.title, dispute.raised_by.name, dispute.raised_by.sector,
                      dispute.against.name, dispute.against.sector, who_breached(dispute.against.sector),
                      dispute.raised_on, shown(last.stage.name) if last else "", last.on if last else None,
                      days_open(dispute.raised_on, dispute.resolved_on, today), dispute.resolved_on, dispute.outcome)


def _disputes(session: Session):
    return session.scalars(select(Dispute).options(
        selectinload(Dispute.raised_by), selectinload(Dispute.against),
        selectinload(Dispute.steps).selectinload(DisputeStep.stage)).order_by(Dispute.raised_on, Dispute.id))


def dispute_rows(session: Session, today: dt.date) -> list[DisputeRow]:
    """Every dispute with its current stage and days open on `today`, oldest raised first."""
    return [_row(dispute, today) for dispute in _disputes(session)]


def dispute_detail(session: Session, dispute_id: int, today: dt.date) -> DisputeDetail:
    dispute = _dispute(session, dispute_id)
    own = _resolution_step(dispute)
    steps = tuple(StepRow(step.id, step.stage_id, shown(step.stage.name), step.on, step.note, step.stage.optional,
                          step.stage.is_outcome, (step.on - dispute.raised_on).days, step is own)
                  for step in sorted(dispute.steps, key=lambda step: (step.on, step.id)))
    return DisputeDetail(_row(dispute, today), dispute.raised_by_id, dispute.against_id, dispute.summary, steps)


def open_disputes(session: Session, today: dt.date) -> list[DisputeRow]:
    """For the dashboard: the disputes still open, longest open first, with their current stage."""
    rows = [row for row in dispute_rows(session, today) if row.is_open]
    return sorted(rows, key=lambda row: (-row.days_open, row.dispute_id))


def next_stage_id(session: Session, dispute_id: int | None) -> int | None:
    """The stage a new step most likely records: the next one on the usual route after the last step."""
    stages = _ordered_stages(session)
    usual = [stage for stage in stages if not stage.optional]
    last = _latest(_dispute(session, dispute_id)) if dispute_id is not None else None
    if last is None:
        first = usual or stages
        return first[0].id if first else None
    later = [stage for stage in usual if stage.position > last.stage.position and not stage.is_outcome]
    return later[0].id if later else last.stage_id


# -- figures ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DisputeCounts:
    year: int
    opened: int
    resolved: int
    open_at_end: int  # raised by 31 December and not resolved by then
    public_said_to_breach: int  # of those opened in the year
    vcs_said_to_breach: int
    by_sector: dict[Sector, int] = field(default_factory=dict)  # of those opened, by the sector said to breach


def dispute_counts(session: Session, year: int) -> DisputeCounts:
    start, end = year_bounds(year_kept(year))
    disputes = list(session.scalars(select(Dispute).options(selectinload(Dispute.against))))
    opened = [d for d in disputes if start <= d.raised_on <= end]
    resolved = sum(d.resolved_on is not None and start <= d.resolved_on <= end for d in disputes)
    still_open = sum(d.raised_on <= end and (d.resolved_on is None or d.resolved_on > end) for d in disputes)
    by_sector: dict[Sector, int] = {}
    for dispute in opened:
        by_sector[dispute.against.sector] = by_sector.get(dispute.against.sector, 0) + 1
    public = sum(d.against.sector.is_public for d in opened)
    return DisputeCounts(year, len(opened), resolved, still_open, public, len(opened) - public, by_sector)


@dataclass(frozen=True)
class StageCount:
    stage_id: int
    name: str
    reached: int  # disputes with a step at this stage
    now_at: int  # open disputes whose last step is at this stage


@dataclass(frozen=True)
class DisputePatterns:
    total: int
    open: int
    public_said_to_breach: int
    vcs_said_to_breach: int
    median_days_to_resolve: float | None
    stages: tuple[StageCount, ...]


def dispute_patterns(session: Session, today: dt.date) -> DisputePatterns:
    """Counts over every dispute, so that patterns show: who is said to breach, how far disputes go."""
    disputes = list(_disputes(session))
    reached: dict[int, int] = {}
    now_at: dict[int, int] = {}
    for dispute in disputes:
        for stage_id in {step.stage_id for step in dispute.steps}:
            reached[stage_id] = reached.get(stage_id, 0) + 1
        last = _latest(dispute)
        if last is not None and dispute.resolved_on is None:
            now_at[last.stage_id] = now_at.get(last.stage_id, 0) + 1
    stages = tuple(StageCount(stage.id, shown(stage.name), reached.get(stage.id, 0), now_at.get(stage.id, 0))
                   for stage in _ordered_stages(session))
    public = sum(d.against.sector.is_public for d in disputes)
    resolved_days = [days_open(d.raised_on, d.resolved_on, today) for d in disputes if d.resolved_on is not None]
    return DisputePatterns(len(disputes), sum(d.resolved_on is None for d in disputes), public,
                           len(disputes) - public, median_days(resolved_days), stages)


def patterns_text(patterns: DisputePatterns) -> str:
    """One line: e.g. "7 disputes, 2 open · said to be breached by a public body 5, by the voluntary sector 2 ·
    reached: Informal discussion 6, Mediation 2 · resolved in a median of 41 days"."""
    if not patterns.total:
        return ""
    count2 = patterns.total
    count = patterns.open
    parts = [translate("Disputes", "%n dispute(s)", None, count2) + ", "
             + translate("Disputes", "%n open", None, count),
             translate("Disputes", "said to be breached by a public body {public}, by the voluntary sector {vcs}")
             .format(public=patterns.public_said_to_breach, vcs=patterns.vcs_said_to_breach)]
    reached = [f"{stage.name} {stage.reached}" for stage in patterns.stages if stage.reached]
    if reached:
        parts.append(translate("Disputes", "stages reached: {stages}").format(stages=", ".join(reached)))
    if patterns.median_days_to_resolve is not None:
        parts.append(translate("Disputes", "resolved in a median of {days:g} days")
                     .format(days=patterns.median_days_to_resolve))
    return " · ".join(parts)
