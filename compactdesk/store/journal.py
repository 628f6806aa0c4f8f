"""What a service call changed, recorded so that it can be taken back exactly.

Each connection gets temporary triggers (SQLite's own undo/redo technique) that,
while recording is switched on, write the SQL that reverses every row written:
a DELETE for an insert, an INSERT of the old row for a delete, an UPDATE back
to the old values for an update. Foreign-key actions (cascades, SET NULL) fire
the triggers too, so undoing the removal of a meeting brings back its agenda,
papers and attendance, and re-links the targets that pointed at it, all with
their original ids. Replaying a change records its inverse, which is how redo
works. Nothing here knows about Qt; the GUI keeps the changes on its undo stack.

A paper's bytes are not written into the SQL as a hex literal (twice their size,
and again in the inverse): the trigger keeps them in temp.journal_blob and the
statement reads them from there by id. A Change carries those bytes once, and
replay puts them back under the same ids before running its statements.
"""

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from compactdesk.store.engine import quoted
from compactdesk.store.search_index import index_tables

_SKIP = {"alembic_version"}


@dataclass(frozen=True)
class Change:
    """SQL statements that reverse one transaction, in the order to run them.

    `blobs` are the byte values the statements read from temp.journal_blob, by id;
    `tables` the tables whose rows the transaction wrote (cascades included), so a
    window can refresh only what shows them; `size` about how many bytes it holds.
    """

    statements: tuple[str, ...]
    blobs: tuple[tuple[int, bytes], ...] = field(default=(), repr=False)  # megabytes, not for a log line
    tables: frozenset[str] = frozenset()
    # On a server (server_journal.py): (table, key, SQL true while the row is as the step left it), checked
    # before the statements run, so an undo never throws away another person's later change.
    guards: tuple[tuple[str, str, str], ...] = field(default=(), repr=False)
    size: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # Worked out once: the undo stack adds up every step's size after each push.
        object.__setattr__(self, "size", sum(map(len, self.statements)) + sum(len(data) for _, data in self.blobs)
                           + sum(len(guard) for *_, guard in self.guards))

    def __bool__(self) -> bool:
        return bool(self.statements)


def _literal(sql: str) -> str:
    return "'" + sql.replace("'", "''") + "'"


def _holds_bytes(declared: str) -> bool:
    # SQLite's BLOB affinity: a declared type naming BLOB, or none. Bytes in a column of another
    # type (only damage or a bug puts them there) still come back exactly, as a hex literal.
    return "BLOB" in declared.upper() or not declared.strip()


def _triggers(connection: sqlite3.Connection, table: str) -> list[str]:
    columns = connection.execute(f"PRAGMA main.table_info({quoted(table)})").fetchall()
    names = [column[1] for column in columns]
    keys = [column for column in columns if column[5]]
    # An INTEGER PRIMARY KEY is the rowid itself; other tables keep a hidden rowid.
    rowid_alias = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
    stored = names if rowid_alias else ["rowid", *names]
    blob_columns = [column[1] for column in columns if _holds_bytes(column[2])]
    target = f"main.{quoted(table)}"

    def old(column: str) -> str:
        return "OLD.rowid" if column == "rowid" else f"OLD.{quoted(column)}"

    def is_blob(column: str) -> str:
        return f"typeof({old(column)})='blob'"

    # Each blob column's value is inserted into journal_blob, in column order, only when it is a
    # blob. Inside a trigger last_insert_rowid() is the id of the trigger's own last insert, so a
    # column's id is that less one for each later column that was a blob too.
    keep_blobs = "".join(f"INSERT INTO journal_blob(data) SELECT {old(column)} WHERE {is_blob(column)}; "
                         for column in blob_columns)

    def value(column: str) -> str:
        if column not in blob_columns:
            return f"quote({old(column)})"
        later = blob_columns[blob_columns.index(column) + 1:]
        blob_id = "last_insert_rowid()" + "".join(f" - ({is_blob(other)})" for other in later)
        return (f"CASE WHEN {is_blob(column)} THEN '(SELECT data FROM temp.journal_blob WHERE id=' || "
                f"({blob_id}) || ')' ELSE quote({old(column)}) END")

    old_values = " || ',' || ".join(value(column) for column in stored)
    insert_sql = (_literal(f"INSERT INTO {target}({','.join(quoted(c) if c != 'rowid' else c for c in stored)}) "
                           f"VALUES(") + f" || {old_values} || ')'")
    assignments = " || ',' || ".join(f"{_literal(quoted(column) + '=')} || {value(column)}" for column in names)
    update_sql = (f"{_literal(f'UPDATE {target} SET ')} || {assignments} || "
                  f"{_literal(' WHERE rowid=')} || NEW.rowid")
    delete_sql = f"{_literal(f'DELETE FROM {target} WHERE rowid=')} || NEW.rowid"
    when = "WHEN (SELECT recording FROM temp.journal_state)"
    log = f"INSERT INTO journal_log(tbl, statement) VALUES({_literal(table)}, "  # a trigger may not qualify it
    base = f"journal_{table}"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS {quoted(base + '_i')} AFTER INSERT ON {target} {when} "
        f"BEGIN {log}{delete_sql}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {quoted(base + '_u')} AFTER UPDATE ON {target} {when} "
        f"BEGIN {keep_blobs}{log}{update_sql}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {quoted(base + '_d')} AFTER DELETE ON {target} {when} "
        f"BEGIN {keep_blobs}{log}{insert_sql}); END",
    ]


def prepare(connection: sqlite3.Connection) -> None:
    """Adds the journal's temporary tables and triggers to one connection."""
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS journal_log(seq INTEGER PRIMARY KEY, tbl TEXT, statement TEXT)")
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS journal_blob(id INTEGER PRIMARY KEY, data BLOB)")
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS journal_state(recording INTEGER NOT NULL)")
    if connection.execute("SELECT count(*) FROM temp.journal_state").fetchone()[0] == 0:
        connection.execute("INSERT INTO temp.journal_state VALUES (0)")
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    # The search index's own tables are not recorded: its triggers re-index whatever a replay writes.
    skip = _SKIP | index_tables(connection)
    for table in tables:
        if table not in skip:
            for statement in _triggers(connection, table):
                connection.execute(statement)


def install(engine: Engine) -> None:
    """Every connection the engine opens from now on carries the journal."""
    engine.dispose()  # connections opened before (for migrations) lack it

    @event.listens_for(engine, "connect")
    def _prepare(dbapi_connection, _record):
        prepare(dbapi_connection)


def _clear(session: Session) -> None:
    session.execute(text("DELETE FROM temp.journal_log"))
    session.execute(text("DELETE FROM temp.journal_blob"))


def start(session: Session) -> None:
    _clear(session)
    session.execute(text("UPDATE temp.journal_state SET recording = 1"))


def finish(session: Session) -> Change:
    session.flush()
    connection = session.connection()
    statements = tuple(row[0] for row in connection.exec_driver_sql(
        "SELECT statement FROM temp.journal_log ORDER BY seq DESC"))
    tables = frozenset(row[0] for row in connection.exec_driver_sql("SELECT DISTINCT tbl FROM temp.journal_log"))
    blobs = tuple((row[0], row[1]) for row in connection.exec_driver_sql(
        "SELECT id, data FROM temp.journal_blob ORDER BY id"))
    session.execute(text("UPDATE temp.journal_state SET recording = 0"))
    _clear(session)
    return Change(statements, blobs, tables)


def replay(session: Session, change: Change) -> Change:
    """Runs a change's statements and returns the change that takes them back."""
    # The statements restore rows in reverse order of how they went; checking
    # foreign keys at commit, not per statement, lets parent and child rows
    # come back in either order. A broken link still fails the commit.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    start(session)
    connection = session.connection()
    if change.blobs:
        # Under their own ids; the triggers number what they keep from the highest id on, so the
        # inverse's bytes never take an id the statements read.
        connection.exec_driver_sql("INSERT INTO temp.journal_blob(id, data) VALUES (?, ?)", list(change.blobs))
    for statement in change.statements:
        connection.exec_driver_sql(statement)
    if change.blobs:
        connection.exec_driver_sql("DELETE FROM temp.journal_blob WHERE id <= ?",
                                   (max(blob_id for blob_id, _ in change.blobs),))
    return finish(session)
