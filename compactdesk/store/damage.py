"""Finding damage in a store file: SQLite's own checks, the file's size, and every stored value.

SQLite's checks see a broken page or index; they cannot see a date whose digits were flipped
into letters or text that is no longer UTF-8. Those would surface later as a crash deep in a
page, so the values are checked too: each column must hold what its model says it holds.
Everything here reads; nothing writes.
"""

import hashlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Text

from compactdesk.i18n import translate
from compactdesk.store.engine import quoted

# SQLite's result codes that mean the file itself is damaged: CORRUPT, NOTADB.
_DAMAGE_CODES = {11, 26}
_LIMIT = 20  # problems listed at most: enough to tell damage from a slip, few enough to read


def is_damage(error: BaseException) -> bool:
    """Whether an error raised while reading means the file is damaged (not the disk, not the program).

    SQLite says so with its CORRUPT or NOTADB codes; text that no longer decodes as UTF-8 (the
    only text CompactDesk writes) comes out as a decoding error, sometimes inside SQLite's own
    message about a malformed schema.
    """
    original = getattr(error, "orig", None) or error
    if isinstance(original, UnicodeDecodeError):
        return True
    if not isinstance(original, sqlite3.Error):
        return False
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGE_CODES:
        return True
    message = str(original).lower()
    return "malformed" in message or "could not decode to utf-8" in message or "not a database" in message


def size_problem(path: Path, connection: sqlite3.Connection) -> str | None:
    """The file's size must be a whole number of pages, as many as the header says.

    A file cut short by a byte still opens, and SQLite fills the missing end of its last page
    with zeros: a record would silently end in NULs.
    """
    (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
    if mode.lower() == "wal":
        return None  # a store an earlier CompactDesk kept in WAL mode: its newest pages are in the -wal
    started = not connection.in_transaction
    if started:
        # One read transaction: while it holds SQLite's shared lock no writer can commit, so the
        # size is the size of the pages counted.
        connection.execute("BEGIN")
    try:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        size = os.path.getsize(path)
    finally:
        if started:
            connection.execute("COMMIT")
    if size == page_size * pages:
        return None
    return translate("Store", "The file is {size} bytes long, where %n page(s) of {page} bytes "
                              "({expected} bytes) were expected: it has been cut short or added to.",
                     None, pages).format(size=size, page=page_size, expected=page_size * pages)


def structure_problems(connection: sqlite3.Connection, *, thorough: bool,
                       rebuild: list[str] | None = None) -> list[str]:
    """SQLite's integrity_check (thorough) or quick_check, and foreign keys that point nowhere.

    Problems that all name a search index's tables are not the file's damage: the index is derived from
    the records and is rebuilt (store/search_index.py). Their indexes go into `rebuild`, if given."""
    from compactdesk.store.search_index import indexes_named

    pragma = "integrity_check" if thorough else "quick_check"
    problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}({_LIMIT})") if row[0] != "ok"]
    if stale := indexes_named(problems, connection):
        problems = []
        if rebuild is not None:
            rebuild.extend(stale)
    if thorough and not problems:
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(translate("Store", "Row {rowid} of {table} points to a missing {parent}.").format(
                rowid=rowid, table=table, parent=parent))
            if len(problems) >= _LIMIT:
                break
    return problems


def _bad_values_sql(table: str, column) -> tuple[str, str] | None:
    """(SQL selecting the rowids whose `column` does not hold what its type says, what it should hold)."""
    name = quoted(column.name)
    kind = column.type
    allowed_null = "" if column.nullable else f" OR {name} IS NULL"
    if isinstance(kind, Enum):
        values = ", ".join("'" + value.replace("'", "''") + "'" for value in kind.enums)
        test, should = f"{name} NOT IN ({values})", translate("Store", "one of its listed values")
    elif isinstance(kind, Boolean):
        test, should = f"{name} NOT IN (0, 1)", translate("Store", "yes or no")
    elif isinstance(kind, Integer):
        test, should = f"typeof({name}) != 'integer'", translate("Store", "a whole number")
    elif isinstance(kind, DateTime):
        test = (f"typeof({name}) != 'text' OR datetime({name}) IS NULL "
                f"OR substr({name}, 1, 19) != datetime({name})")
        should = translate("Store", "a date and time")
    elif isinstance(kind, Date):
        test, should = f"typeof({name}) != 'text' OR date({name}) IS NOT {name}", translate("Store", "a date")
    elif isinstance(kind, String | Text):
        test, should = f"typeof({name}) != 'text'", translate("Store", "text")
    elif isinstance(kind, LargeBinary):
        test, should = f"typeof({name}) != 'blob'", translate("Store", "a file's bytes")
    else:
        return None
    return (f"SELECT rowid FROM main.{quoted(table)} WHERE {name} IS NOT NULL AND ({test}){allowed_null} "
            f"LIMIT {_LIMIT}"), should


def value_problems(connection: sqlite3.Connection) -> list[str]:
    """Rows whose stored values are not what their columns hold: a number where a date belongs,
    a date that is not a date, a status this version does not know, text that is not UTF-8."""
    from compactdesk.store import migrate
    from compactdesk.store.models import Base

    present = {row[0] for row in connection.execute("SELECT name FROM main.sqlite_master WHERE type='table'")}
    if "alembic_version" not in present:
        return []
    # The models describe the newest schema; an older store is checked once it is upgraded.
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != migrate.head_revision():
        return []
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        for column in table.columns:
            found = _bad_values_sql(table.name, column)
            if found is None:
                continue
            sql, should = found
            for (rowid,) in connection.execute(sql):
                problems.append(translate("Store", "Row {rowid} of {table}: {column} does not hold {should}.").format(
                    rowid=rowid, table=table.name, column=column.name, should=should))
            if isinstance(column.type, String | Text):
                problems.extend(_undecodable(connection, table.name, column.name))
            if len(problems) >= _LIMIT:
                return problems[:_LIMIT]
    return (problems + _paper_problems(connection))[:_LIMIT]


def _paper_problems(connection: sqlite3.Connection) -> list[str]:
    """Attached papers whose bytes are no longer those they were attached with (their SHA-256)."""
    found = []
    for rowid, content, digest in connection.execute(
            "SELECT rowid, content, digest FROM main.agenda_paper WHERE digest != '' AND typeof(content) = 'blob'"):
        if hashlib.sha256(content).hexdigest() != digest:
            found.append(translate("Store", "Row {rowid} of agenda_paper: the attached paper's bytes are not those it "
                                            "was attached with.").format(rowid=rowid))
    return found


def _undecodable(connection: sqlite3.Connection, table: str, column: str) -> list[str]:
    # SQLite cannot tell valid UTF-8 from bytes that only claim to be text; Python can.
    found = []
    sql = (f"SELECT rowid, CAST({quoted(column)} AS BLOB) FROM main.{quoted(table)} "
           f"WHERE typeof({quoted(column)}) = 'text'")
    for rowid, raw in connection.execute(sql):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            found.append(translate("Store", "Row {rowid} of {table}: {column} holds text that cannot be read.").format(
                rowid=rowid, table=table, column=column))
            if len(found) >= _LIMIT:
                break
    return found


def problems_in(path: Path, connection: sqlite3.Connection, *, thorough: bool = True,
                rebuild: list[str] | None = None) -> list[str]:
    """Everything wrong with an open store file, checked as far as it can be; [] when sound.

    `thorough` runs integrity_check and checks every value (compactdesk check, backups);
    otherwise quick_check and the file's size only (opening, where speed matters).
    An error while checking is itself a finding: the file could not be read through.
    A search index found wrong is not a finding: its name goes into `rebuild`, if given.
    """
    try:
        problem = size_problem(path, connection)
        problems = [problem] if problem else []
        problems += structure_problems(connection, thorough=thorough, rebuild=rebuild)
        if thorough and not problems:
            problems += value_problems(connection)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        if not is_damage(error) and not_the_file(error):
            raise
        return [first_line(error)]
    return problems


def not_the_file(error: BaseException) -> bool:
    """A disk fault, or another connection busy with the store: the file may be fine."""
    from compactdesk.store.engine import disk_fault

    code = getattr(error, "sqlite_errorcode", None)
    return disk_fault(error) is not None or (code is not None and code & 0xFF in (5, 6))  # BUSY, LOCKED


def first_line(error: BaseException) -> str:
    message = str(error)
    # SQLite's decoding complaint quotes the text it could not read: never pass record text on.
    if isinstance(error, UnicodeDecodeError) or "could not decode" in message.lower():
        return translate("Store", "Part of the file cannot be read as text.")
    text = message.splitlines()[0] if message else type(error).__name__
    return text[:200]
