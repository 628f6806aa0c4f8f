"""What a service call changed, recorded so that it can be taken back exactly.

Each connection gets temporary triggers (SQLite's own undo/redo technique) that,
while recording is switched on, write the SQL that reverses every row written:
a DELETE for an insert, an INSERT of the old row for a delete, an UPDATE back
to the old values for an update. Foreign-key actions (cascades, SET NULL) fire
the triggers too, so undoing the removal of a meeting brings back its agenda,
papers and attendance, and re-links the targets that pointed at it, all with
their original ids. Replaying a change records its inverse, which is how redo
works. Nothing here knows about Qt; the GUI keeps the changes on its undo stack.
"""

import sqlite3
from dataclasses import dataclass

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from compactdesk.store.engine import quoted

_SKIP = {"alembic_version"}


@dataclass(frozen=True)
class Change:
    """SQL statements that reverse one transaction, in the order to run them."""

    statements: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.statements)


def _literal(sql: str) -> str:
    return "'" + sql.replace("'", "''") + "'"


def _triggers(connection: sqlite3.Connection, table: str) -> list[str]:
    columns = connection.execute(f"PRAGMA main.table_info({quoted(table)})").fetchall()
    names = [column[1] for column in columns]
    keys = [column for column in columns if column[5]]
    # An INTEGER PRIMARY KEY is the rowid itself; other tables keep a hidden rowid.
    rowid_alias = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
    stored = names if rowid_alias else ["rowid", *names]
    target = f"main.{quoted(table)}"

    def old_values() -> str:
        return " || ',' || ".join(f"quote(OLD.{quoted(column) if column != 'rowid' else 'rowid'})"
                                  for column in stored)

    insert_sql = (_literal(f"INSERT INTO {target}({','.join(quoted(c) if c != 'rowid' else c for c in stored)}) "
                           f"VALUES(") + f" || {old_values()} || ')'")
    assignments = " || ',' || ".join(f"{_literal(quoted(column) + '=')} || quote(OLD.{quoted(column)})"
                                     for column in names)
    update_sql = (f"{_literal(f'UPDATE {target} SET ')} || {assignments} || "
                  f"{_literal(' WHERE rowid=')} || NEW.rowid")
    delete_sql = f"{_literal(f'DELETE FROM {target} WHERE rowid=')} || NEW.rowid"
    when = "WHEN (SELECT recording FROM temp.journal_state)"
    log = "INSERT INTO journal_log(statement) VALUES"  # a trigger may not qualify it
    base = f"journal_{table}"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS {quoted(base + '_i')} AFTER INSERT ON {target} {when} "
        f"BEGIN {log}({delete_sql}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {quoted(base + '_u')} AFTER UPDATE ON {target} {when} "
        f"BEGIN {log}({update_sql}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {quoted(base + '_d')} AFTER DELETE ON {target} {when} "
        f"BEGIN {log}({insert_sql}); END",
    ]


def prepare(connection: sqlite3.Connection) -> None:
    """Adds the journal's temporary tables and triggers to one connection."""
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS journal_log(seq INTEGER PRIMARY KEY, statement TEXT)")
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS journal_state(recording INTEGER NOT NULL)")
    if connection.execute("SELECT count(*) FROM temp.journal_state").fetchone()[0] == 0:
        connection.execute("INSERT INTO temp.journal_state VALUES (0)")
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        if table not in _SKIP:
            for statement in _triggers(connection, table):
                connection.execute(statement)


def install(engine: Engine) -> None:
    """Every connection the engine opens from now on carries the journal."""
    engine.dispose()  # connections opened before (for migrations) lack it

    @event.listens_for(engine, "connect")
    def _prepare(dbapi_connection, _record):
        prepare(dbapi_connection)


def start(session: Session) -> None:
    session.execute(text("DELETE FROM temp.journal_log"))
    session.execute(text("UPDATE temp.journal_state SET recording = 1"))


def finish(session: Session) -> Change:
    session.flush()
    statements = session.scalars(text("SELECT statement FROM temp.journal_log ORDER BY seq DESC")).all()
    session.execute(text("UPDATE temp.journal_state SET recording = 0"))
    session.execute(text("DELETE FROM temp.journal_log"))
    return Change(tuple(statements))


def replay(session: Session, change: Change) -> Change:
    """Runs a change's statements and returns the change that takes them back."""
    # The statements restore rows in reverse order of how they went; checking
    # foreign keys at commit, not per statement, lets parent and child rows
    # come back in either order. A broken link still fails the commit.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    start(session)
    connection = session.connection()
    for statement in change.statements:
        connection.exec_driver_sql(statement)
    return finish(session)
