"""Feedback owed as a page shows it: narrowed, sorted and counted in the store.

Ten years of a group is some 20,000 items; the page asks for the ids it shows,
in its order (cheap), and for the rows of the few it paints (feedback_rows_of).
The due date and the state are worked out in SQL by domain/rules_sql.py, the
twin of the rules the rows themselves are made by.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import false, func, not_, select
from sqlalchemy.orm import Session

from compactdesk.i18n import name_order
from compactdesk.domain import rules_sql
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.rules import ANSWERED_FEEDBACK, Standards
from compactdesk.domain.sql_portable import not_a_date
from compactdesk.services.common import storable_id
from compactdesk.services.compact import standards
from compactdesk.services.feedback import FeedbackRow, due_sql, make_row, row_query
from compactdesk.services.sql_text import casefold_sql, fold, fold_each, search_words, with_casefold
from compactdesk.store.models import Feedback, Person


class Showing(StrEnum):
    """The page's "Showing" choices: which states each lets through."""

    WAITING = "waiting"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    ALL = "all"

    def states(self) -> frozenset[FeedbackState] | None:
        return {Showing.WAITING: frozenset({FeedbackState.OPEN, FeedbackState.OVERDUE}),
                Showing.OVERDUE: frozenset({FeedbackState.OVERDUE}),
                Showing.ANSWERED: ANSWERED_FEEDBACK,
                Showing.ALL: None}[self]


class FeedbackOrder(StrEnum):
    """What the list can be sorted by: one for each of the page's columns."""

    ISSUE = "issue"
    OFFICER = "officer"
    DEPARTMENT = "department"
    RAISED = "raised"
    DUE = "due"
    OUTSTANDING = "outstanding"
    STANDING = "standing"  # answered last; among the rest, and among those, least late first


@dataclass(frozen=True)
class FeedbackFilter:
    showing: Showing = Showing.WAITING
    officer: str | None = None  # an officer's name, as the page's filter lists them
    department: str | None = None


def search_text(issue: str, officer: str, department: str) -> str:
    """What the page's search looks in, casefolded: the issue, the officer and the department."""
    return fold(f"{issue} {officer} {department}")


def _conditions(today: dt.date, rules: Standards, narrowed: FeedbackFilter) -> list:
    conditions = []
    states = Showing(narrowed.showing).states()
    if states is not None:
        conditions.append(rules_sql.feedback_state_is(today, states, due=due_sql(rules),
                                                      answered_on=Feedback.answered_on))
    if narrowed.officer is not None:
        # Not a join: a join with the people costs more than the rest of the query.
        conditions.append(Feedback.officer_id.in_(select(Person.id).where(_equals(Person.name, narrowed.officer))))
    if narrowed.department is not None:
        conditions.append(_equals(Feedback.department, narrowed.department))
    return conditions


def _equals(column, name: str):
    """column == name. A name with a lone surrogate names nothing stored (domain/text.py replaces
    them), and the driver cannot send it, so it matches no row, as narrowed_out finds it."""
    try:
        name.encode()
    except UnicodeEncodeError:
        return false()
    return column == name


def _sort_key(today: dt.date, rules: Standards, order: FeedbackOrder) -> list:
    due = due_sql(rules)
    answered_on = Feedback.answered_on
    return {
        FeedbackOrder.ISSUE: [casefold_sql(Feedback.issue)],
        FeedbackOrder.OFFICER: [casefold_sql(Person.name)],
        FeedbackOrder.DEPARTMENT: [casefold_sql(Feedback.department)],
        FeedbackOrder.RAISED: [Feedback.raised_on],
        FeedbackOrder.DUE: [due],
        FeedbackOrder.OUTSTANDING: [rules_sql.days_outstanding(today, raised_on=Feedback.raised_on,
                                                               answered_on=answered_on)],
        FeedbackOrder.STANDING: [not_(rules_sql.feedback_answered(today, answered_on=answered_on)),
                                 rules_sql.days_late(today, due=due, answered_on=answered_on)],
    }[FeedbackOrder(order)]


def feedback_ids(session: Session, today: dt.date, narrowed: FeedbackFilter = FeedbackFilter(),
                 order: FeedbackOrder = FeedbackOrder.DUE, descending: bool = False) -> list[int]:
    """The ids of the items the filter lets through, in the order asked for; items alike in
    that order keep feedback_rows' order (oldest raised first), whichever way it runs."""
    rules = standards(session)
    keys = [key.desc() if descending else key for key in _sort_key(today, rules, order)]
    query = select(Feedback.id).where(*_conditions(today, rules, narrowed))
    if order == FeedbackOrder.OFFICER:
        query = query.join(Person, Feedback.officer_id == Person.id)
    if order in (FeedbackOrder.ISSUE, FeedbackOrder.OFFICER, FeedbackOrder.DEPARTMENT):
        with_casefold(session)
    # Core, not the ORM: 20,000 ids come back in half the time.
    return list(session.connection().execute(query.order_by(*keys, Feedback.raised_on, Feedback.id)).scalars())


def feedback_search_texts(session: Session, today: dt.date, narrowed: FeedbackFilter = FeedbackFilter()
                          ) -> dict[int, str]:
    """The search_text of each item the filter lets through, by id: made once, so that each
    keystroke in a search box only looks through them (casefolding 20,000 in SQL at every
    keystroke costs more than the 50 ms a keystroke may take). SQL joins each item's words;
    Python folds them all in one go."""
    joined = Feedback.issue + " " + Person.name + " " + Feedback.department
    query = (select(Feedback.id, joined).join(Person, Feedback.officer_id == Person.id)
             .where(*_conditions(today, standards(session), narrowed)))
    found = session.connection().execute(query).all()
    return dict(zip((ident for ident, _ in found), fold_each([text for _, text in found])))


def feedback_rows_of(session: Session, today: dt.date, ids: list[int]) -> list[FeedbackRow]:
    """The rows of these items (in no particular order), for the part of a list on screen."""
    rows = []
    ids = [ident for ident in ids if storable_id(ident)]  # a bigger id names no item (the driver refuses it)
    for start in range(0, len(ids), 500):  # well inside SQLite's limit on bound values
        query = row_query(standards(session)).where(Feedback.id.in_(ids[start:start + 500]))
        rows += [make_row(columns, today) for columns in session.execute(query)]
    return rows


def feedback_rows_where(session: Session, today: dt.date, narrowed: FeedbackFilter) -> list[FeedbackRow]:
    """Every row the filter lets through, oldest raised first: feedback_rows narrowed in SQL
    (e.g. the overdue ones for a dashboard, without the answered years)."""
    with_casefold(session)
    rules = standards(session)
    query = row_query(rules).where(*_conditions(today, rules, narrowed)).order_by(Feedback.raised_on, Feedback.id)
    return [make_row(columns, today) for columns in session.execute(query)]


@dataclass(frozen=True)
class FeedbackCounts:
    total: int
    overdue: int


def feedback_counts(session: Session, today: dt.date) -> FeedbackCounts:
    """How many items there are, and how many are overdue today, in one query."""
    overdue = rules_sql.feedback_state_is(today, frozenset({FeedbackState.OVERDUE}), due=due_sql(standards(session)),
                                          answered_on=Feedback.answered_on)
    total = select(func.count()).select_from(Feedback).scalar_subquery()
    late = select(func.count()).select_from(Feedback).where(overdue).scalar_subquery()
    _dates_are_dates(session)
    return FeedbackCounts(*session.execute(select(total, late)).one())


def _dates_are_dates(session: Session) -> None:
    """Raises if a day the store narrows every item by is no longer a date.

    SQL compares the days as text, so a date gone bad (a flipped byte) would only be left
    out of a filter or a count; Python, reading it, meets it as damage, as the page did when
    it read every row. So the page meets it here (each from its index: a few ms)."""
    for column in (Feedback.raised_on, Feedback.answered_on):
        bad = session.scalar(select(Feedback.id).where(column.is_not(None), not_a_date(column)).limit(1))
        if bad is not None:
            raise ValueError(f"feedback {bad}: {column.key} does not hold a date")


@dataclass(frozen=True)
class FeedbackChoices:
    officers: tuple[str, ...]  # the names of the officers who owe or owed feedback, A to Z
    departments: tuple[str, ...]


def feedback_choices(session: Session) -> FeedbackChoices:
    """What the page's officer and department filters offer: a DISTINCT each, not every row."""
    officers = session.scalars(select(Person.name).where(
        Person.id.in_(select(Feedback.officer_id).distinct())).distinct())
    departments = session.scalars(select(Feedback.department).where(Feedback.department != "").distinct())
    return FeedbackChoices(tuple(sorted(officers, key=_by_name)), tuple(sorted(departments, key=_by_name)))


def _by_name(name: str) -> tuple[str, str]:
    return name_order(name), name  # "LLŶR EVANS" and "Llŷr Evans" in the same order every time


def narrowed_out(row: FeedbackRow, narrowed: FeedbackFilter, search: str = "") -> set[str]:
    """Which parts of the filter ("showing", "officer", "department") or the search ("search")
    leave this row out: the rules in Python, on one row, for a page to clear just those."""
    states = Showing(narrowed.showing).states()
    out = set()
    if states is not None and row.state not in states:
        out.add("showing")
    if narrowed.officer is not None and row.officer != narrowed.officer:
        out.add("officer")
    if narrowed.department is not None and row.department != narrowed.department:
        out.add("department")
    haystack = search_text(row.issue, row.officer, row.department)
    if not all(word in haystack for word in search_words(search)):
        out.add("search")
    return out

