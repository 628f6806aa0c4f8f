"""The action plan as its page shows it: targets narrowed, sorted and counted in the store.

The page asks for the ids it shows, in its order, and for the rows of the few it
paints (target_rows_of). Each target's status is worked out in SQL by
domain/rules_sql.py, the twin of the rule the rows themselves are made by.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Integer, cast, exists, false, func, select
from sqlalchemy.orm import Session, aliased

from compactdesk.domain import rules_sql
from compactdesk.domain.enums import TargetStatus
from compactdesk.domain.rules import target_closed
from compactdesk.domain.seeded_words import shown
from compactdesk.services.actions import TargetRow, make_row, row_columns, with_names
from compactdesk.services.common import storable_id
from compactdesk.services.compact import standards
from compactdesk.services.sql_text import casefold_sql, fold, fold_each, search_words, with_casefold
from compactdesk.store.models import CodeOfPractice, Organisation, Person, Target, TargetProgress

# A filter's "any" (no narrowing) and, for status, "open" (not done or dropped); None is "none named".
ANY, OPEN = "any", "open"


class TargetOrder(StrEnum):
    """What the plan can be sorted by: one for each of the page's columns."""

    TITLE = "title"
    CODE = "code"
    PARTNER = "partner"
    LEAD = "lead"
    DEADLINE = "deadline"  # undated last
    STATUS = "status"  # most pressing first (rules.TARGET_URGENCY), then by deadline
    PROGRESS = "progress"  # by the day of the latest progress, none first


@dataclass(frozen=True)
class TargetFilter:
    status: str = ANY  # ANY, OPEN or a TargetStatus value
    partner: int | str | None = ANY  # an organisation's id, None for "none named", or ANY
    code: int | str | None = ANY  # a code's id, None for "none", or ANY
    overdue_only: bool = False


def _latest_progress_id(today: dt.date):
    """The latest update on or before `today` of the target in the row (the last by date,
    then the last entered that day), as actions.target_rows chooses it."""
    return (select(TargetProgress.id).where(TargetProgress.target_id == Target.id, TargetProgress.on <= today)
            .order_by(TargetProgress.on.desc(), TargetProgress.id.desc()).limit(1).scalar_subquery())


def _status(today: dt.date, due_soon_days: int):
    has_progress = exists().where(TargetProgress.target_id == Target.id, TargetProgress.on <= today)
    return rules_sql.target_status(today, deadline=Target.deadline, start_on=Target.start_on,
                                   completed_on=Target.completed_on, dropped_on=Target.dropped_on,
                                   has_progress=has_progress, due_soon_days=due_soon_days)


class _Joined:
    """The target table with what its row names: code, partner, lead and latest progress."""

    def __init__(self, today: dt.date):
        self.note = aliased(TargetProgress)
        self.today = today

    def join(self, query):
        return with_names(query).outerjoin(self.note, self.note.id == _latest_progress_id(self.today))


def search_text(title: str, code: str, partner: str, lead: str, last_progress: str) -> str:
    """What the page's search looks in, casefolded: the target's title, its code (as shown, and as held when
    that differs: a national code is found by its English name in a Welsh window too), partner and lead, and
    its latest progress."""
    text = f"{title} {code} {partner} {lead} {last_progress}"
    return fold(text if shown(code) == code else f"{text} {shown(code)}")


def _conditions(today: dt.date, due_soon_days: int, narrowed: TargetFilter) -> list:
    status = _status(today, due_soon_days)
    conditions = []
    if narrowed.status == OPEN:
        conditions.append(~rules_sql.target_closed(status))
    elif narrowed.status != ANY:
        conditions.append(status == TargetStatus(narrowed.status).value)
    if narrowed.overdue_only:
        conditions.append(status == TargetStatus.OVERDUE.value)
    for column, wanted in ((Target.partner_id, narrowed.partner), (Target.code_id, narrowed.code)):
        if wanted is None:
            conditions.append(column.is_(None))
        elif wanted != ANY:
            # An id bigger than SQLite holds names no row (and the driver would refuse it).
            conditions.append(column == wanted if storable_id(wanted) else false())
    return conditions


# The table a text column's sort needs joined to the targets (and how), by order.
_NAMES = {
    TargetOrder.CODE: (CodeOfPractice, Target.code_id == CodeOfPractice.id, CodeOfPractice.name),
    TargetOrder.PARTNER: (Organisation, Target.partner_id == Organisation.id, Organisation.name),
    TargetOrder.LEAD: (Person, Target.lead_id == Person.id, Person.name),
}


def _sort_keys(today: dt.date, due_soon_days: int, order: TargetOrder) -> tuple[list, bool]:
    """The order's keys, and whether a reversed order reverses the tie-break by id too
    (as the page's Python sort did: the id is part of those columns' keys)."""
    by_deadline = [Target.deadline.is_(None), Target.deadline]
    if order == TargetOrder.TITLE:
        return [casefold_sql(Target.title)], False
    if order in _NAMES:
        return [casefold_sql(func.coalesce(_NAMES[order][2], ""))], False
    if order == TargetOrder.DEADLINE:
        return [*by_deadline, Target.id], True
    if order == TargetOrder.STATUS:
        return [rules_sql.target_urgency(_status(today, due_soon_days)), *by_deadline, Target.id], True
    latest_on = (select(func.max(TargetProgress.on))
                 .where(TargetProgress.target_id == Target.id, TargetProgress.on <= today).scalar_subquery())
    # None first, said in the query: SQLite puts a missing value first and PostgreSQL last.
    return [latest_on.is_not(None), latest_on, Target.id], True


def target_ids(session: Session, today: dt.date, narrowed: TargetFilter = TargetFilter(),
               order: TargetOrder = TargetOrder.DEADLINE, descending: bool = False) -> list[int]:
    """The ids of the targets the filter lets through, in the order asked for; targets alike
    in that order keep target_rows' order (by deadline, undated last)."""
    order = TargetOrder(order)
    due_soon = standards(session).due_soon_days
    keys, whole = _sort_keys(today, due_soon, order)
    keys = [key.desc() if descending else key for key in keys]
    if not whole:
        keys += [Target.deadline.is_(None), Target.deadline, Target.id]
    query = select(Target.id).where(*_conditions(today, due_soon, narrowed))
    if order in _NAMES:
        table, on, _ = _NAMES[order]
        query = query.outerjoin(table, on)
    if order in (TargetOrder.TITLE, *_NAMES):
        with_casefold(session)
    # Core, not the ORM: many ids come back in half the time.
    return list(session.connection().execute(query.order_by(*keys)).scalars())


def target_search_texts(session: Session, today: dt.date, narrowed: TargetFilter = TargetFilter()
                        ) -> dict[int, str]:
    """The search_text of each target the filter lets through, by id: made once, so that
    each keystroke in a search box only looks through them. SQL joins each target's words;
    Python folds them all in one go."""
    due_soon = standards(session).due_soon_days
    joined = _Joined(today)
    words = [Target.title, CodeOfPractice.name, Organisation.name, Person.name, joined.note.note]
    text = func.coalesce(words[0], "")
    for word in words[1:]:
        text = text + " " + func.coalesce(word, "")
    found = session.connection().execute(
        joined.join(select(Target.id, text, CodeOfPractice.name)).where(*_conditions(today, due_soon, narrowed))).all()
    # A national code is found by the program's words for it in the language spoken too.
    return dict(zip((ident for ident, _, _ in found),
                    fold_each([text if shown(code) == (code or "") else f"{text} {shown(code)}"
                               for _, text, code in found])))


def target_rows_of(session: Session, today: dt.date, ids: list[int]) -> list[TargetRow]:
    """The rows of these targets (in no particular order), as actions.target_rows makes them."""
    due_soon = standards(session).due_soon_days
    joined = _Joined(today)
    rows = []
    ids = [ident for ident in ids if storable_id(ident)]  # a bigger id names no target (the driver refuses it)
    for start in range(0, len(ids), 500):  # well inside SQLite's limit on bound values
        query = joined.join(select(*row_columns(joined.note))).where(Target.id.in_(ids[start:start + 500]))
        rows.extend(make_row(values, today, due_soon) for values in session.execute(query))
    return rows


@dataclass(frozen=True)
class TargetCounts:
    total: int
    overdue: int


def target_counts(session: Session, today: dt.date) -> TargetCounts:
    """How many targets there are, and how many are overdue today: one pass in SQL."""
    overdue = cast(_status(today, standards(session).due_soon_days) == TargetStatus.OVERDUE.value, Integer)
    total, late = session.execute(select(func.count(), func.coalesce(func.sum(overdue), 0)).select_from(Target)).one()
    return TargetCounts(total, late)


@dataclass(frozen=True)
class TargetFilterChoices:
    partners: tuple[tuple[int, str], ...]  # (id, name) of each partner named in the plan, A to Z
    codes: tuple[tuple[int, str], ...]
    unnamed_partner: bool  # whether some target names no partner
    unnamed_code: bool


def target_filter_choices(session: Session) -> TargetFilterChoices:
    """What the page's partner and code filters offer: a DISTINCT each, not every row."""
    partners = session.execute(select(Target.partner_id, Organisation.name).distinct()
                               .outerjoin(Organisation, Target.partner_id == Organisation.id)).all()
    codes = [(ident, shown(name)) for ident, name in session.execute(
        select(Target.code_id, CodeOfPractice.name).distinct()
        .outerjoin(CodeOfPractice, Target.code_id == CodeOfPractice.id)).all()]

    def named(pairs) -> tuple[tuple[int, str], ...]:
        return tuple(sorted(((i, n) for i, n in pairs if i is not None), key=lambda p: (p[1].casefold(), p[0])))

    return TargetFilterChoices(named(partners), named(codes), any(i is None for i, _ in partners),
                               any(i is None for i, _ in codes))


def narrowed_out(row: TargetRow, narrowed: TargetFilter, search: str = "") -> set[str]:
    """Which parts of the filter ("status", "partner", "code", "overdue") or the search
    ("search") leave this row out: the rules in Python, on one row, for a page to clear just those."""
    out = set()
    if narrowed.status == OPEN and target_closed(row.status) or \
            narrowed.status not in (ANY, OPEN) and row.status is not TargetStatus(narrowed.status):
        out.add("status")
    if narrowed.partner != ANY and row.partner_id != narrowed.partner:
        out.add("partner")
    if narrowed.code != ANY and row.code_id != narrowed.code:
        out.add("code")
    if narrowed.overdue_only and row.status is not TargetStatus.OVERDUE:
        out.add("overdue")
    haystack = search_text(row.title, row.code_held or row.code, row.partner, row.lead, row.last_progress)
    if not all(word in haystack for word in search_words(search)):
        out.add("search")
    return out
