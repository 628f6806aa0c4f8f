"""Monitoring and review: the framework's questions rated each year, the health-check,
the relationship rating over time, and the secretary's own words for the year.

The framework is the Home Office one (seed 002, Appendix Four), preloaded by revision
0003 and editable here; the health-check is the five areas of the partnership checklist
(seed 004). A rating is 1 (poor) to 5 (strong), or not given at all.
"""

import datetime as dt
from dataclasses import dataclass
from statistics import fmean
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import HealthArea, IndicatorGroup, Measure
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.seeded_words import shown
from compactdesk.domain.standards import FIRST_YEAR, LAST_YEAR
from compactdesk.i18n import translate
from compactdesk.services import monitoring_figures, review
from compactdesk.services.common import as_date, choice, fetch, whole_number
from compactdesk.store.models import HealthCheck, Indicator, IndicatorRating, RelationshipRating, ReviewYear

LOWEST, HIGHEST = 1, 5
QUESTION_LIMIT = 1000  # the framework's questions run to a long sentence or two


# -- checks ------------------------------------------------------------------------------

def check_year(year, field: str = "year") -> int:
    return whole_number(year, translate("Monitoring", "the year"), field, low=FIRST_YEAR, high=LAST_YEAR)


def check_rating(rating, field: str = "rating", *, required: bool = False) -> int | None:
    """1 to 5; None (or "") means not rated, where that is allowed."""
    if rating is None or rating == "":
        if required:
            raise ValidationError(translate("Monitoring", "Please choose a rating from 1 (poor) to 5 (strong)."), field)
        return None
    if isinstance(rating, bool):  # True is 1 to Python, never to a person
        raise ValidationError(translate("Monitoring", "The rating must be a whole number from 1 to 5."), field)
    return whole_number(rating, translate("Monitoring", "the rating"), field, low=LOWEST, high=HIGHEST)


def _evidence(value: str | None) -> str:
    return text.optional(value, translate("Monitoring", "the evidence"), "evidence", multiline=True)


# -- the framework's questions -----------------------------------------------------------

_GROUPS = list(IndicatorGroup)


def _in_order(indicators) -> list[Indicator]:
    return sorted(indicators, key=lambda i: (_GROUPS.index(i.group), i.position, i.id))


def _renumber(ordered: list[Indicator]) -> None:
    # Positions run 0, 1, 2… through the groups in order, as revision 0003 set them; only
    # those that change are written, so a move is a small step to undo.
    for number, indicator in enumerate(ordered):
        if indicator.position != number:
            indicator.position = number


@dataclass(frozen=True)
class IndicatorItem:
    indicator_id: int
    group: IndicatorGroup
    question: str  # as the language spoken shows it (a framework question in the program's words)
    position: int
    measure: Measure | None
    years_rated: tuple[int, ...]  # the years with a rating or evidence, oldest first
    held_question: str = ""  # as held: what the form that edits it shows and saves


def list_indicators(session: Session) -> list[IndicatorItem]:
    """Every question, group by group in the framework's order."""
    years: dict[int, list[int]] = {}
    for indicator_id, year in session.execute(select(IndicatorRating.indicator_id, IndicatorRating.year)
                                              .order_by(IndicatorRating.year)):
        years.setdefault(indicator_id, []).append(year)
    return [IndicatorItem(i.id, i.group, shown(i.question), i.position, i.measure, tuple(years.get(i.id, ())),
                          i.question)
            for i in _in_order(session.scalars(select(Indicator)))]


def indicator_detail(session: Session, indicator_id: int) -> IndicatorItem:
    found = next((item for item in list_indicators(session) if item.indicator_id == indicator_id), None)
    if found is None:
        fetch(session, Indicator, indicator_id, translate("Monitoring", "question"))  # says it is no longer here
    return found


def _fields(*, group, question, measure) -> dict:
    return {
        "group": choice(IndicatorGroup, group, translate("Monitoring", "part of the framework"), "group"),
        "question": text.required(question, translate("Monitoring", "the question"), "question", limit=QUESTION_LIMIT),
        "measure": None if measure in (None, "") else choice(Measure, measure, translate("Monitoring", "figure"),
                                                             "measure"),
    }


def add_indicator(session: Session, group: IndicatorGroup | str, question: str,
                  measure: Measure | str | None = None) -> Indicator:
    """A new question, last in its group."""
    indicator = Indicator(**_fields(group=group, question=question, measure=measure), position=0)
    others = _in_order(session.scalars(select(Indicator)))
    last_of_group = max((n for n, i in enumerate(others) if _GROUPS.index(i.group) <= _GROUPS.index(indicator.group)),
                        default=-1)
    session.add(indicator)
    _renumber([*others[:last_of_group + 1], indicator, *others[last_of_group + 1:]])
    session.flush()
    return indicator


def update_indicator(session: Session, indicator_id: int, *, group: IndicatorGroup | str, question: str,
                     measure: Measure | str | None = None) -> Indicator:
    """Changes a question's words or figure; moved to another group, it goes last there."""
    indicator = fetch(session, Indicator, indicator_id, translate("Monitoring", "question"))
    values = _fields(group=group, question=question, measure=measure)
    moved = values["group"] is not indicator.group
    for key, value in values.items():
        setattr(indicator, key, value)
    if moved:
        others = [i for i in _in_order(session.scalars(select(Indicator))) if i.id != indicator.id]
        last_of_group = max((n for n, i in enumerate(others) if _GROUPS.index(i.group) <= _GROUPS.index(
            indicator.group)), default=-1)
        _renumber([*others[:last_of_group + 1], indicator, *others[last_of_group + 1:]])
    return indicator


def move_indicator(session: Session, indicator_id: int, step: int) -> Indicator:
    """Moves a question up (step -1) or down (+1) within its own group."""
    indicator = fetch(session, Indicator, indicator_id, translate("Monitoring", "question"))
    if step not in (-1, 1):
        raise ValidationError(translate("Monitoring", "A question moves one place up or down at a time."), "position")
    ordered = _in_order(session.scalars(select(Indicator)))
    here = ordered.index(indicator)
    there = here + step
    if not 0 <= there < len(ordered) or ordered[there].group is not indicator.group:
        words = translate("Monitoring", "This question is already the first in {group}.") if step < 0 else \
            translate("Monitoring", "This question is already the last in {group}.")
        raise ValidationError(words.format(group=indicator.group.label()), "position")
    ordered[here], ordered[there] = ordered[there], ordered[here]
    _renumber(ordered)
    return indicator


def delete_indicator(session: Session, indicator_id: int) -> None:
    """Removes a question with all its yearly ratings (a step Ctrl+Z takes back, ratings and all)."""
    indicator = fetch(session, Indicator, indicator_id, translate("Monitoring", "question"))
    session.delete(indicator)
    session.flush()
    _renumber(_in_order(session.scalars(select(Indicator))))


# -- yearly ratings ----------------------------------------------------------------------

def rate(session: Session, indicator_id: int, year: int, rating: int | None, evidence: str = "") \
        -> IndicatorRating | None:
    """Sets a question's rating and evidence for a year. Neither given clears the year's entry."""
    indicator = fetch(session, Indicator, indicator_id, translate("Monitoring", "question"))
    year = check_year(year)
    rating = check_rating(rating)
    evidence = _evidence(evidence)
    found = session.scalar(select(IndicatorRating).where(IndicatorRating.indicator_id == indicator.id,
                                                         IndicatorRating.year == year))
    if rating is None and not evidence:
        if found is not None:
            session.delete(found)
        return None
    if found is None:
        found = IndicatorRating(indicator=indicator, year=year)
        session.add(found)
    found.rating, found.evidence = rating, evidence
    session.flush()
    return found


@dataclass(frozen=True)
class IndicatorRow:
    indicator_id: int
    group: IndicatorGroup
    question: str
    position: int
    measure: Measure | None
    rating: int | None
    evidence: str
    previous: int | None  # the rating the year before, to show the change
    figure: str = ""  # what the store's records say for the year, where it holds them

    @property
    def change(self) -> int | None:
        return None if self.rating is None or self.previous is None else self.rating - self.previous


def indicator_rows(session: Session, year: int, today: dt.date | None = None) -> list[IndicatorRow]:
    """Each question with its rating and evidence for the year, and last year's rating.
    Given `today`, each carries the figure worked out for it from the records."""
    year = check_year(year)
    ratings = {(r.indicator_id, r.year): r for r in session.scalars(
        select(IndicatorRating).where(IndicatorRating.year.in_((year, year - 1))))}
    # The year's figures counted for that year alone (monitoring_figures), in the annual review's words.
    figures = monitoring_figures.measure_texts(session, year, today) if today is not None else {}
    rows = []
    for indicator in _in_order(session.scalars(select(Indicator))):
        this, last = ratings.get((indicator.id, year)), ratings.get((indicator.id, year - 1))
        rows.append(IndicatorRow(indicator.id, indicator.group, shown(indicator.question), indicator.position,
                                 indicator.measure, this.rating if this else None, this.evidence if this else "",
                                 last.rating if last else None,
                                 figures.get(indicator.measure, "") if indicator.measure else ""))
    return rows


def copy_from_previous_year(session: Session, year: int) -> int:
    """Starts a year's evidence from the year before's, for each question that has none yet.
    Ratings are not copied: each year is judged afresh. Returns how many were copied."""
    year = check_year(year)
    ratings = {(r.indicator_id, r.year): r for r in session.scalars(
        select(IndicatorRating).where(IndicatorRating.year.in_((year, year - 1))))}
    copied = 0
    for (indicator_id, rated_year), last in sorted(ratings.items()):
        if rated_year != year - 1 or not last.evidence:
            continue
        this = ratings.get((indicator_id, year))
        if this is None:
            session.add(IndicatorRating(indicator_id=indicator_id, year=year, rating=None, evidence=last.evidence))
        elif not this.evidence:
            this.evidence = last.evidence
        else:
            continue
        copied += 1
    session.flush()
    return copied


# -- the health-check --------------------------------------------------------------------

@dataclass(frozen=True)
class HealthRow:
    number: int  # the area's place in the checklist, 0 to 4; the table's key
    area: HealthArea
    rating: int | None
    evidence: str
    previous: int | None

    @property
    def aim(self) -> str:
        return self.area.aim()

    @property
    def change(self) -> int | None:
        return None if self.rating is None or self.previous is None else self.rating - self.previous


def health_rows(session: Session, year: int) -> list[HealthRow]:
    """The five areas in the checklist's order, each with the year's rating and evidence (or blank)."""
    year = check_year(year)
    found = {(h.area, h.year): h for h in session.scalars(select(HealthCheck).where(
        HealthCheck.year.in_((year, year - 1))))}
    rows = []
    for number, area in enumerate(HealthArea):
        this, last = found.get((area, year)), found.get((area, year - 1))
        rows.append(HealthRow(number, area, this.rating if this else None, this.evidence if this else "",
                              last.rating if last else None))
    return rows


def rate_health(session: Session, year: int, area: HealthArea | str, rating: int | None, evidence: str = "") \
        -> HealthCheck | None:
    """Sets one area's rating and evidence for a year. Neither given clears the year's entry."""
    year = check_year(year)
    area = choice(HealthArea, area, translate("Monitoring", "area of the health-check"), "area")
    rating = check_rating(rating)
    evidence = _evidence(evidence)
    found = session.scalar(select(HealthCheck).where(HealthCheck.year == year, HealthCheck.area == area))
    if rating is None and not evidence:
        if found is not None:
            session.delete(found)
        return None
    if found is None:
        found = HealthCheck(year=year, area=area)
        session.add(found)
    found.rating, found.evidence = rating, evidence
    session.flush()
    return found


# -- the relationship rating -------------------------------------------------------------

def _relationship_fields(on, rating, note) -> dict:
    day = as_date(on, translate("Monitoring", "the date of the rating"), "on")
    check_year(day.year, "on")
    return {"on": day, "rating": check_rating(rating, required=True),
            "note": text.optional(note, translate("Monitoring", "the note"), "note", multiline=True)}


def add_relationship_rating(session: Session, on: dt.date | str, rating: int, note: str = "") -> RelationshipRating:
    found = RelationshipRating(**_relationship_fields(on, rating, note))
    session.add(found)
    session.flush()
    return found


def update_relationship_rating(session: Session, rating_id: int, on: dt.date | str, rating: int,
                               note: str = "") -> RelationshipRating:
    found = fetch(session, RelationshipRating, rating_id, translate("Monitoring", "relationship rating"))
    for key, value in _relationship_fields(on, rating, note).items():
        setattr(found, key, value)
    return found


def delete_relationship_rating(session: Session, rating_id: int) -> None:
    session.delete(fetch(session, RelationshipRating, rating_id, translate("Monitoring", "relationship rating")))


@dataclass(frozen=True)
class RelationshipRow:
    rating_id: int
    on: dt.date
    rating: int
    note: str


def _relationship_row(found: RelationshipRating) -> RelationshipRow:
    return RelationshipRow(found.id, found.on, found.rating, found.note)


def relationship_rows(session: Session) -> list[RelationshipRow]:
    """Every rating, newest first."""
    return [_relationship_row(r) for r in session.scalars(
        select(RelationshipRating).order_by(RelationshipRating.on.desc(), RelationshipRating.id.desc()))]


def relationship_detail(session: Session, rating_id: int) -> RelationshipRow:
    found = fetch(session, RelationshipRating, rating_id, translate("Monitoring", "relationship rating"))
    return _relationship_row(found)


class RelationshipYear(NamedTuple):
    ratings: tuple[RelationshipRow, ...]  # oldest first
    mean: float | None


def relationship_for_year(session: Session, year: int) -> RelationshipYear:
    """The ratings dated in the year and their mean (None when there are none)."""
    year = check_year(year)
    rows = tuple(_relationship_row(r) for r in session.scalars(
        select(RelationshipRating).where(RelationshipRating.on >= dt.date(year, 1, 1),
                                         RelationshipRating.on <= dt.date(year, 12, 31))
        .order_by(RelationshipRating.on, RelationshipRating.id)))
    return RelationshipYear(rows, round(fmean(r.rating for r in rows), 1) if rows else None)


class RelationshipTrend(NamedTuple):
    year: int
    count: int
    mean: float


def relationship_by_year(session: Session) -> list[RelationshipTrend]:
    """The mean rating of each year that has any, oldest first: whether trust is growing."""
    by_year: dict[int, list[int]] = {}
    for on, rating in session.execute(select(RelationshipRating.on, RelationshipRating.rating)):
        by_year.setdefault(on.year, []).append(rating)
    return [RelationshipTrend(year, len(ratings), round(fmean(ratings), 1))
            for year, ratings in sorted(by_year.items())]


# -- the review's own words --------------------------------------------------------------

class ReviewWords(NamedTuple):
    summary: str
    priorities: str


def review_words(session: Session, year: int) -> ReviewWords:
    """The year's summary and the priorities for the year after, as the secretary wrote them."""
    found = session.get(ReviewYear, check_year(year))
    return ReviewWords(found.summary, found.priorities) if found else ReviewWords("", "")


def set_review_words(session: Session, year: int, summary: str | None = None, priorities: str | None = None) \
        -> ReviewYear | None:
    """Keeps the words given; one left as None stays as it was. Both empty clears the year's entry."""
    year = check_year(year)
    found = session.get(ReviewYear, year)
    new_summary = found.summary if found else ""
    if summary is not None:
        new_summary = text.optional(summary, translate("Monitoring", "the summary of the year"), "summary",
                                    multiline=True)
    new_priorities = found.priorities if found else ""
    if priorities is not None:
        new_priorities = text.optional(priorities, translate("Monitoring", "the priorities for next year"),
                                       "priorities", multiline=True)
    if not new_summary and not new_priorities:
        if found is not None:
            session.delete(found)
        return None
    if found is None:
        found = ReviewYear(year=year)
        session.add(found)
    found.summary, found.priorities = new_summary, new_priorities
    session.flush()
    return found


# -- which years -------------------------------------------------------------------------

def monitoring_years(session: Session, today: dt.date) -> list[int]:
    """The years to offer, newest first: every year from the first with any record up to this one."""
    years = set(review.review_years(session, today)) | {today.year}
    for column in (IndicatorRating.year, HealthCheck.year, ReviewYear.year):
        low, high = session.execute(select(func.min(column), func.max(column))).one()
        if low is not None:
            years.update((low, high))
    return [year for year in range(max(years), min(years) - 1, -1) if FIRST_YEAR <= year <= LAST_YEAR]
