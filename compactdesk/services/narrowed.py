"""Feedback rows narrowed in SQL, for the lists that show a few of many: the dashboard's
overdue lines, a meeting's matters arising, a year's figures.

The due date and the state's narrowing are services.feedback's and domain/rules_sql.py's
(the SQL twins of the rules, tested against them); each row is then made by
feedback.make_row, its state by domain.rules, exactly as feedback_rows makes it.
"""

import datetime as dt

from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from compactdesk.domain import rules_sql, sql_portable
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.rules import Standards
from compactdesk.services import feedback
from compactdesk.services.compact import standards
from compactdesk.services.feedback import FeedbackRow
from compactdesk.store.models import Feedback

_ROW_COLUMNS = 10  # the columns of feedback.row_query, which make_row takes


def unindexed(column: ColumnElement) -> ColumnElement:
    """The column as `+column`: the same value, which SQLite will not read through an index.

    Ordering by raised_on, SQLite walks its index through every row, one table lookup each
    (50 ms for 20,000), to save sorting the thousand or so a narrowing leaves; this has it
    scan the table and sort what it found instead (10 ms). A server's planner chooses for itself."""
    return sql_portable.unindexed(column)


def waiting_on(day: dt.date) -> ColumnElement:
    """No answer recorded on or before `day` (one dated later has not happened yet)."""
    return rules_sql.feedback_waiting(day, answered_on=Feedback.answered_on)


def overdue_on(day: dt.date, rules: Standards) -> ColumnElement:
    """The rule's OVERDUE on `day`: still waiting, and past the due date."""
    return rules_sql.feedback_state_is(day, frozenset({FeedbackState.OVERDUE}), due=feedback.due_sql(rules),
                                       answered_on=Feedback.answered_on)


def feedback_query(rules: Standards, *where: ColumnElement, extra: tuple = (), order: tuple | None = None):
    """feedback.row_query's columns (then `extra`), narrowed by `where`, oldest raised first
    unless `order` says otherwise."""
    return (feedback.row_query(rules).add_columns(*extra).where(*where)
            .order_by(*(order or (unindexed(Feedback.raised_on), Feedback.id))))


def feedback_row(found, today: dt.date) -> FeedbackRow:
    """The FeedbackRow of a row of feedback_query (its `extra` columns left out)."""
    return feedback.make_row(tuple(found)[:_ROW_COLUMNS], today)


def feedback_rows_where(session: Session, today: dt.date, *where: ColumnElement,
                        rules: Standards | None = None) -> list[FeedbackRow]:
    """feedback.feedback_rows(session, today), narrowed by `where` in SQL, oldest raised first."""
    query = feedback_query(rules or standards(session), *where)
    return [feedback_row(found, today) for found in session.execute(query)]
