"""On a server: what each transaction changed, for undo, for the other windows and for the version check.

SQLite's journal (journal.py) rests on temporary triggers, which PostgreSQL has not. Here one trigger
function, made once in the group's schema, fires after every row written to a record table, cascades
included, and keeps the row as it was and as it became (to_jsonb) in cd_journal under the transaction's
id. At the end of the transaction the program reads those rows back and turns them into:
- a Change whose statements put every row back as it was (jsonb_populate_record rebuilds a row of the
  table's own type from the JSON, papers' bytes included), with a guard per row: the row must still be
  as this transaction left it, or the undo is refused, in words, naming who changed it since;
- stamps (cd_stamp): which person, from which window, last changed each record and when, which is the
  version check's memory: a save that would write a record someone else changed after the form was
  opened is refused with their name and the time;
- a NOTIFY on the group's channel naming the tables written, so the other windows reload just those.
Each person's undo history lives in their own window, so it holds only their own steps.
"""

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import Connection, text

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.store.journal import Change

JOURNAL = "cd_journal"
STAMPS = "cd_stamp"
CHANGES = "cd_change_seq"
OWN_TABLES = {JOURNAL, STAMPS, "alembic_version"}
_LOCKS = 0x6364  # the advisory locks' first key ("cd"); the second is the group's schema


def channel(schema: str) -> str:
    """The NOTIFY channel of a group (an identifier: at most 63 bytes). A long schema name is told apart by its
    digest, never cut: two groups whose names begin alike must never hear each other's changes."""
    name = "compactdesk_" + schema
    return name if len(name) <= 63 else "compactdesk_" + hashlib.sha1(schema.encode()).hexdigest()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_BODY = f"""
    BEGIN
      IF current_setting('compactdesk.recording', true) = 'off' THEN RETURN NULL; END IF;
      INSERT INTO {JOURNAL}(tx, tbl, op, old_row, new_row) VALUES (txid_current(), TG_TABLE_NAME, TG_OP,
        CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
      RETURN NULL;
    END """

_SETUP = [
    f"CREATE UNLOGGED TABLE IF NOT EXISTS {JOURNAL} (seq bigserial PRIMARY KEY, tx bigint NOT NULL, tbl text NOT NULL,"
    " op text NOT NULL, old_row jsonb, new_row jsonb)",
    f"CREATE INDEX IF NOT EXISTS {JOURNAL}_tx ON {JOURNAL} (tx)",
    f"CREATE TABLE IF NOT EXISTS {STAMPS} (tbl text NOT NULL, key text NOT NULL, seq bigint NOT NULL, "
    "person text NOT NULL, window_id text NOT NULL, at timestamptz NOT NULL, PRIMARY KEY (tbl, key))",
    f"CREATE INDEX IF NOT EXISTS {STAMPS}_seq ON {STAMPS} (seq)",
    f"CREATE SEQUENCE IF NOT EXISTS {CHANGES}",
    # SET search_path FROM CURRENT: the function writes to this group's journal whoever calls it.
    f"""CREATE OR REPLACE FUNCTION cd_journal_row() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $${_BODY}$$""",
]


def install(connection: Connection, keys: dict[str, tuple[str, ...]]) -> None:
    """Makes the journal's tables and function, and the trigger on every record table lacking one.

    `keys`: each record table's primary key columns. Foreign keys become DEFERRABLE (still checked
    at once unless a transaction defers them): an undo puts rows back in the reverse order they went,
    a child before its parent, and checks the links at commit, as SQLite's defer_foreign_keys does.
    Run at every open, so a table a later revision adds gets its trigger too; each step is idempotent.
    """
    have = {row[0] for row in connection.execute(text(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relnamespace = current_schema()::regnamespace AND t.tgname = 'cd_journal'"))}
    missing = sorted(set(keys) - have - OWN_TABLES)
    links = connection.execute(text(
        "SELECT c.relname, con.conname FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
        "WHERE con.contype = 'f' AND NOT con.condeferrable "
        "AND c.relnamespace = current_schema()::regnamespace")).all()
    if not missing and not links and _journal_in_place(connection):
        # Nothing to change, so nothing done: a login granted only the reading and writing of the group's
        # records (not its owner, who alone may change its tables and function) opens it too.
        return
    for statement in _SETUP:
        connection.exec_driver_sql(statement)
    for table in missing:
        connection.exec_driver_sql(f"CREATE TRIGGER cd_journal AFTER INSERT OR UPDATE OR DELETE ON {_q(table)} "
                                   "FOR EACH ROW EXECUTE FUNCTION cd_journal_row()")
    for table, name in links:
        connection.exec_driver_sql(f"ALTER TABLE {_q(table)} ALTER CONSTRAINT {_q(name)} DEFERRABLE INITIALLY IMMEDIATE")


def _journal_in_place(connection: Connection) -> bool:
    """The journal's tables, index and sequence are there, and its function is this version's."""
    found = connection.execute(text(
        "SELECT to_regclass(:journal) IS NOT NULL AND to_regclass(:stamps) IS NOT NULL "
        "AND to_regclass(:changes) IS NOT NULL AND to_regclass(:journal_tx) IS NOT NULL "
        "AND to_regclass(:stamps_seq) IS NOT NULL, "
        "(SELECT prosrc FROM pg_proc WHERE oid = to_regprocedure('cd_journal_row()'))"),
        {"journal": JOURNAL, "stamps": STAMPS, "changes": CHANGES, "journal_tx": f"{JOURNAL}_tx",
         "stamps_seq": f"{STAMPS}_seq"}).one()
    return bool(found[0]) and found[1] == _BODY


@dataclasses.dataclass(frozen=True)
class Stamp:
    person: str
    at: dt.datetime


class ChangedSinceError(ValidationError):
    """Another person changed a record after this window last saw it: the save or undo is refused."""

    def __init__(self, message: str, stamp: Stamp | None):
        super().__init__(message)
        self.stamp = stamp  # None when who is not known (a record removed since)


def _when(at: dt.datetime) -> str:
    from compactdesk.domain.dates import uk_date

    local = at.astimezone()
    return translate("Server", "{day} at {time}").format(day=uk_date(local.date()), time=local.strftime("%H:%M"))


def refused_save(stamp: Stamp) -> ChangedSinceError:
    return ChangedSinceError(translate(
        "Server",
        "Not saved: {person} changed this record on {when}, after you opened it. What you typed is still in the "
        "form. Press Cancel to see their change, or save again to put yours in its place.").format(
        person=stamp.person, when=_when(stamp.at)), stamp)


def refused_undo(stamp: Stamp) -> ChangedSinceError:
    return ChangedSinceError(translate(
        "Server",
        "Not undone: {person} changed the same record on {when}, after your step, and undoing it would throw "
        "their change away. Your step stays; change the record by hand if it still needs it.").format(
        person=stamp.person, when=_when(stamp.at)), stamp)


@dataclasses.dataclass(frozen=True)
class Written:
    """What one transaction wrote, read back from the journal."""

    change: Change
    rows: tuple[tuple[str, str], ...]  # (table, key) of every row written
    changed: tuple[tuple[str, str], ...]  # of those, the rows that existed before (updated or deleted)


def _key(row: dict, columns: tuple[str, ...]) -> str:
    return "|".join(str(row.get(column)) for column in columns)


def _image(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)


def _where(table: str, columns: tuple[str, ...], row: dict) -> str:
    """The row's key as SQL: its key columns only, read back in their own types."""
    names = ", ".join(_q(column) for column in columns)
    keys = _image({column: row.get(column) for column in columns})
    return (f"({names}) = (SELECT {names} FROM jsonb_populate_record(NULL::{_q(table)}, "
            f"{_literal(keys)}::jsonb))")


def _inverse(table: str, op: str, before: dict | None, after: dict | None, keys: tuple[str, ...]) -> str | None:
    """The statement that takes one row's change back; None for an update that changed nothing."""
    target = _q(table)
    if op == "INSERT":
        return f"DELETE FROM {target} WHERE {_where(table, keys, after)}"
    if op == "DELETE":
        return (f"INSERT INTO {target} SELECT * FROM jsonb_populate_record(NULL::{target}, "
                f"{_literal(_image(before))}::jsonb)")
    if not before:
        return None
    # Only the columns the update changed go back, so renaming a paper does not carry its bytes.
    names = ", ".join(_q(column) for column in before)
    return (f"UPDATE {target} SET ({names}) = (SELECT {names} FROM jsonb_populate_record(NULL::{target}, "
            f"{_literal(_image(before))}::jsonb)) WHERE {_where(table, keys, after)}")


def _guard(table: str, keys: tuple[str, ...], digest: str | None, row: dict) -> str:
    """SQL answering true while the row is as the transaction left it (its digest; None: not there).

    The digest is the MD5 of the row as jsonb text, worked out by the server both times, so a paper's bytes are
    never carried in the step to compare. FOR UPDATE: the row stays as checked until the undo commits. A save
    by someone else that is under way is waited for, and the row as it then stands is checked again, so it is
    refused, not overwritten."""
    if digest is None:
        return f"SELECT NOT EXISTS (SELECT 1 FROM {_q(table)} WHERE {_where(table, keys, row)})"
    return (f"SELECT EXISTS (SELECT 1 FROM {_q(table)} AS r WHERE {_where(table, keys, row)} "
            f"AND md5(to_jsonb(r.*)::text) = {_literal(digest)} FOR UPDATE)")


# What the journal hands back of each row written: the old row whole only when it must be put back whole (a
# delete), an update's changed columns only, each row's small values (its key among them: a long text or a
# paper's bytes is never a key) and the new row's digest for the guard.
_READ = f"""DELETE FROM {JOURNAL} WHERE tx = :tx RETURNING seq, tbl, op,
  CASE WHEN op = 'DELETE' THEN old_row
       WHEN op = 'UPDATE' THEN (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{{}}'::jsonb)
                                FROM jsonb_each(old_row) e WHERE new_row -> e.key IS DISTINCT FROM e.value) END,
  (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(old_row) e
   WHERE jsonb_typeof(e.value) <> 'string' OR length(e.value #>> '{{}}') <= 100),
  (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(new_row) e
   WHERE jsonb_typeof(e.value) <> 'string' OR length(e.value #>> '{{}}') <= 100),
  md5(new_row::text)"""


def read_written(connection: Connection, keys: dict[str, tuple[str, ...]]) -> Written | None:
    """What this transaction wrote (None: nothing), and removes it from the journal."""
    tx = connection.exec_driver_sql("SELECT txid_current_if_assigned()").scalar()
    if tx is None:
        return None
    rows = connection.execute(text(_READ), {"tx": tx}).all()
    if not rows:
        return None
    rows.sort(key=lambda row: row[0])
    statements, after, key_rows, inserted, changed = [], {}, {}, set(), {}
    for _, table, op, before, old_small, new_small, digest in rows:
        columns = keys.get(table)
        if columns is None:
            continue
        statement = _inverse(table, op, before, new_small, columns)
        if statement is not None:
            statements.append(statement)
        if old_small is not None:
            where = (table, _key(old_small, columns))
            key_rows.setdefault(where, old_small)
            if where not in inserted:
                changed[where] = True  # a record that was there before this transaction: the version check's
            if new_small is None or _key(new_small, columns) != where[1]:
                after[where] = None
        if new_small is not None:
            where = (table, _key(new_small, columns))
            key_rows.setdefault(where, new_small)
            after[where] = digest
            if op == "INSERT":
                inserted.add(where)
    guards = tuple((table, key, _guard(table, keys[table], digest, key_rows[(table, key)]))
                   for (table, key), digest in after.items())
    tables = frozenset(table for _, table, *_ in rows if table in keys)
    change = Change(tuple(reversed(statements)), tables=tables, guards=guards)
    return Written(change, tuple(after), tuple(changed))


def stamp_of(connection: Connection, where: Iterable[tuple[str, str]], since: int | None = None,
             window_id: str | None = None) -> Stamp | None:
    """The newest stamp on any of these records (after `since`, by another window than `window_id`)."""
    where = list(where)
    if not where:
        return None
    found = connection.execute(text(
        f"SELECT person, at FROM {STAMPS} WHERE (tbl, key) IN (SELECT * FROM unnest(CAST(:tables AS text[]), CAST(:keys AS text[]))) "
        "AND (CAST(:since AS bigint) IS NULL OR seq > :since) AND (CAST(:window AS text) IS NULL OR window_id <> :window) "
        "ORDER BY seq DESC LIMIT 1"),
        {"tables": [t for t, _ in where], "keys": [k for _, k in where], "since": since, "window": window_id}).first()
    return Stamp(found[0], found[1]) if found else None


def stamp(connection: Connection, rows: Iterable[tuple[str, str]], person: str, window_id: str) -> int:
    """Marks every record written as this person's, now; returns the change's number.

    The group's changes take their numbers one at a time, each holding the lock until it commits, so they
    commit in the order of their numbers and their notices arrive in that order: a window that has taken
    in change n has taken in every change before it, which is what `seen` (and a form's mark) stands for.
    Only a transaction's last moment waits: the lock is taken after its rows are written."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:space, hashtext(current_schema()))"), {"space": _LOCKS})
    seq = connection.exec_driver_sql(f"SELECT nextval('{CHANGES}')").scalar()
    rows = list(rows)
    if rows:
        connection.execute(text(
            f"INSERT INTO {STAMPS} (tbl, key, seq, person, window_id, at) "
            "SELECT t, k, :seq, :person, :window, now() FROM unnest(CAST(:tables AS text[]), CAST(:keys AS text[])) AS u(t, k) "
            "ON CONFLICT (tbl, key) DO UPDATE SET seq = excluded.seq, person = excluded.person, "
            "window_id = excluded.window_id, at = excluded.at"),
            {"seq": seq, "person": person, "window": window_id, "tables": [t for t, _ in rows],
             "keys": [k for _, k in rows]})
    return seq


def last_change(connection: Connection) -> int:
    """The number of the group's newest change (0: none yet): what a window has seen up to."""
    return connection.exec_driver_sql(f"SELECT coalesce(max(seq), 0) FROM {STAMPS}").scalar()


def notify(connection: Connection, schema: str, tables: Iterable[str], window_id: str, seq: int) -> None:
    payload = json.dumps({"w": window_id, "n": seq, "t": sorted(tables)})
    if len(payload.encode()) > 7900:  # NOTIFY's limit is 8000 bytes: then "anything may have changed"
        payload = json.dumps({"w": window_id, "n": seq, "t": None})
    connection.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": channel(schema), "payload": payload})


@dataclasses.dataclass(frozen=True)
class Notice:
    """One window's change, as another window hears of it."""

    window_id: str
    number: int | None
    tables: frozenset[str] | None  # None: anything may have changed


def _notice(payload: str) -> Notice:
    try:
        found = json.loads(payload)
        tables = found.get("t")
        number = found.get("n")
        return Notice(str(found.get("w", "")), number if isinstance(number, int) else None,
                      frozenset(map(str, tables)) if isinstance(tables, list) else None)
    except (ValueError, AttributeError, TypeError):
        return Notice("", None, None)


def listen(driver_connection, schema: str) -> int:
    """Makes a psycopg connection (the group's search_path) hear the group's changes; returns the number of the
    newest change made before it listened, which everything read after this call includes."""
    driver_connection.autocommit = True
    driver_connection.execute(f"LISTEN {_q(channel(schema))}")
    return driver_connection.execute(f"SELECT coalesce(max(seq), 0) FROM {STAMPS}").fetchone()[0]


def heard(driver_connection) -> list[Notice]:
    """The changes heard since last asked, without waiting; psycopg.OperationalError once the connection is lost."""
    pgconn = driver_connection.pgconn
    pgconn.consume_input()
    found = []
    while (notify := pgconn.notifies()) is not None:
        found.append(_notice(notify.extra.decode("utf-8", "replace")))
    return found


def upgrading(connection: Connection) -> None:
    """Before a revision runs on a group: its own row changes are not steps to take back or news to others, and
    another window opening the group at the same moment waits rather than running the revision twice."""
    # An upgrade waits as long as another's takes (or for the other windows' saves, to change a table), not the ten
    # seconds a save waits.
    connection.exec_driver_sql("SET LOCAL lock_timeout = '5min'")
    connection.execute(text("SELECT pg_advisory_xact_lock(:space, hashtext(current_schema()))"),
                       {"space": _LOCKS + 1})
    connection.exec_driver_sql("SET LOCAL compactdesk.recording = 'off'")


def refused_undo_gone() -> ChangedSinceError:
    return ChangedSinceError(translate(
        "Server",
        "Not undone: a record this step needs has since been removed or changed by someone else, so it cannot be "
        "put back as it was. Your step stays; change the records by hand if they still need it."), None)


def replay(connection: Connection, change: Change) -> None:
    """Checks every guard, then runs the statements; the inverse is read back by read_written after."""
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor:
        # The statements' quotes are standard SQL's, whatever the server's own setting.
        cursor.execute("SET LOCAL standard_conforming_strings = on")
        # Run on the driver's cursor without parameters, so a % in the JSON is read as it is.
        for table, key, guard in change.guards:
            if not cursor.execute(guard).fetchone()[0]:
                found = stamp_of(connection, [(table, key)])
                raise refused_undo(found or Stamp(translate("Server", "someone else"),
                                                  dt.datetime.now(dt.timezone.utc)))
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for statement in change.statements:
            cursor.execute(statement)
