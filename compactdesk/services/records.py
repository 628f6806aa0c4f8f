"""Every record in the store, table by table, as plain rows: what the handover's CSV files
and attached papers are made from (documents/handover.py)."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import LargeBinary, select, text
from sqlalchemy.orm import Session

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import translate
from compactdesk.store.engine import quoted
from compactdesk.store.models import AgendaPaper, Base
from compactdesk.store.search_index import index_tables_among
from compactdesk.store.server_journal import OWN_TABLES as SERVER_TABLES

_SKIP_TABLES = {"alembic_version"}  # Alembic's bookkeeping, not a record
# Rows are read from SQLite this many at a time, so a table of 20,000 rows is never all in memory as rows.
_BATCH = 500


@dataclass(frozen=True)
class TableRecords:
    name: str
    columns: tuple[str, ...]
    # Read lazily: iterate it inside the same session (the same store.run) that asked for it.
    rows: Iterator[tuple]


class AttachedPaper(NamedTuple):
    paper_id: int
    filename: str


def record_tables(session: Session) -> list[str]:
    """The name of every table of records the store file holds, by name; tables this version has
    no model for (written by a newer CompactDesk) are included, so nothing is left out."""
    if session.connection().dialect.name != "sqlite":
        # A group's schema on a server: its tables, less the journal's own (store/server_journal.py).
        names = session.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars()
        return [name for name in names if name not in _SKIP_TABLES and name not in SERVER_TABLES]
    found = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).all()
    index = index_tables_among(found)  # the search index: derived from the records, not records
    return [name for name, _ in found if name not in _SKIP_TABLES and name not in index]


def _stream(session: Session, statement) -> Iterator[tuple]:
    # A generator, so nothing is read until the rows are wanted, and then one batch at a time
    # (yield_per also stops the ORM from fetching every row before handing back the first).
    for row in session.execute(statement.execution_options(yield_per=_BATCH)):
        yield tuple(row)


def table_records(session: Session, name: str) -> TableRecords:
    """Every row of one table (as record_tables names it), in id order, with its column names.
    Binary columns (an attached paper's file) are left out: they are not text for a spreadsheet."""
    if name not in record_tables(session):
        raise ValidationError(translate("Records", "There is no table called '{name}' in this group's file.")
                              .format(name=shown(name)), "name")
    table = Base.metadata.tables.get(name)
    if table is None:  # a table this version has no model for: its raw values, still every row
        columns = tuple(session.execute(text(f"SELECT * FROM {quoted(name)} LIMIT 0")).keys())
        return TableRecords(name, columns, _stream(session, text(f"SELECT * FROM {quoted(name)}")))
    columns = [column for column in table.columns if not isinstance(column.type, LargeBinary)]
    order = list(table.primary_key.columns) or columns[:1]
    return TableRecords(name, tuple(column.name for column in columns),
                        _stream(session, select(*columns).order_by(*order)))


def attached_papers(session: Session) -> list[AttachedPaper]:
    """Every paper attached to an agenda item, by id (its file from meetings.paper_content)."""
    return [AttachedPaper(ident, filename) for ident, filename in
            session.execute(select(AgendaPaper.id, AgendaPaper.filename).order_by(AgendaPaper.id))]
