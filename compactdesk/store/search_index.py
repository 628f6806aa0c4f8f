"""The search index's tables in a store file (revision 0006): derived data, not records.

An FTS5 index is a virtual table with shadow tables beside it (its segments, its idx, its
document sizes, its settings), all listed in sqlite_master as tables. None of them holds a
record: the journal must not record their rows (the triggers that keep the index already
re-run when an undo replays the statements on the indexed table, and writing the shadow rows
too would index everything twice), a handover must not export them as records, and the
"tables touched" by an edit never name them.
"""

import re
import sqlite3
from collections.abc import Iterable

# The shadow tables FTS5 makes beside an index called x: x_data, x_idx, x_content, x_docsize, x_config.
_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def index_tables_among(tables: Iterable[tuple[str, str | None]]) -> frozenset[str]:
    """Of (name, sql) rows read from sqlite_master, the names of the virtual tables and their shadow tables."""
    rows = list(tables)
    virtual = {name for name, sql in rows if (sql or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE")}
    shadows = {name for name, _ in rows for index in virtual if name in {index + suffix for suffix in _SHADOWS}}
    return frozenset(virtual | shadows)


def index_tables(connection: sqlite3.Connection) -> frozenset[str]:
    """The names of the store's index tables (virtual and shadow), read from `connection`'s main schema."""
    return index_tables_among(connection.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'"))


def indexes(connection: sqlite3.Connection) -> list[str]:
    """The names of the store's full-text indexes themselves (not their shadow tables)."""
    return [name for (name,) in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' "
        "ORDER BY name")]


def squeeze(connection: sqlite3.Connection) -> None:
    """Merges each index into one segment. FTS5 forgets a deleted or replaced word by writing a marker
    beside it, not by removing it, until its segments are merged: an erased person's name would stay
    in the index (folded, "lucja kowalczyk") until then. Run before a VACUUM that must leave no trace."""
    for name in indexes(connection):
        quoted = '"' + name.replace('"', '""') + '"'
        connection.execute(f"INSERT INTO {quoted}({quoted}) VALUES ('optimize')")


def out_of_step(connection: sqlite3.Connection) -> list[str]:
    """The indexes whose words are not exactly those of the rows they index ([] when every one is right).
    FTS5's own check, told to compare with the indexed table too (the 1). It is written as an INSERT, so
    it needs a connection that may write (a query_only one raises); it changes nothing."""
    found = []
    for name in indexes(connection):
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            connection.execute(f"INSERT INTO {quoted}({quoted}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", 11) & 0xFF != 11:  # SQLITE_CORRUPT is its "out of step"
                raise
            found.append(name)
    return found


def _words(problem: str) -> set[str]:
    # integrity_check names a table bare ("search_person_data") or with its schema ("main.search_person").
    return set(re.findall(r"[A-Za-z0-9_]+", problem))


def indexes_named(problems: list[str], connection: sqlite3.Connection) -> list[str]:
    """The indexes to rebuild when every problem reported names an index table (an index or its shadow
    table): SQLite 3.44 and later check FTS5 indexes in integrity_check, and an index is derived from
    the records, so rebuilding it mends it. [] when any problem names none: that is the file's own damage."""
    if not problems:
        return []
    tables, names = index_tables(connection), indexes(connection)
    found: set[str] = set()
    for problem in problems:
        named = _words(problem) & tables
        if not named:
            return []
        found |= {index for index in names for table in named
                  if table == index or table in {index + suffix for suffix in _SHADOWS}}
    return sorted(found)


def rebuild(connection: sqlite3.Connection, names: Iterable[str] | None = None) -> list[str]:
    """Rebuilds the given indexes from the tables they index, or (None) those out_of_step finds wrong,
    and commits; returns the names rebuilt. Needs a connection that may write."""
    names = out_of_step(connection) if names is None else list(names)
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        connection.execute(f"INSERT INTO {quoted}({quoted}) VALUES ('rebuild')")
    if names and connection.in_transaction:
        connection.commit()
    return names
