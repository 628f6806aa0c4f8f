"""Moving a group between a file and a shared server, either way (File ▸ Move this group to a server…,
File ▸ Save the group as a file…, `compactdesk move SOURCE DESTINATION`).

Every table of the models is copied row by row with every id kept, papers' bytes included, into a new
destination in ONE transaction: a new group's schema on the server (or an empty one made for it), or a
new file built under a temporary name beside the one asked for and renamed into place at the end, as a
new group's file is. The copy is then checked before it is committed: each table's rows counted and
fingerprinted (store/move_rows.py) on both sides must be equal, else nothing is kept. The source is
only read, in one snapshot (REPEATABLE READ on a server, so people working meanwhile do not tear it),
and is left as it was: "move" means the group lives on at the destination, and the old copy should be
put away so that nobody keeps writing to it.
"""

import contextlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from compactdesk.i18n import translate
from compactdesk.store import migrate, server, server_journal
from compactdesk.store.address import ServerAddress, looks_like_server
from compactdesk.store.errors import NewerStoreError, StoreError
from compactdesk.store.move_rows import TableCount, clear, copy_table, counts, fingerprint, holds_records, tables

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class MoveReport:
    source: str  # where the group was read from, as shown to a person
    destination: str  # where it is now
    tables: tuple[TableCount, ...]  # every table, its rows and their fingerprint, equal on both sides
    papers: int  # papers attached to agenda items
    paper_bytes: int
    seconds: float
    address: ServerAddress | None = None  # the group's address on the server (with its schema), when it went there
    path: Path | None = None  # the new file, when it went to one

    @property
    def records(self) -> int:
        return sum(table.rows for table in self.tables)

    def summary(self) -> str:
        return "\n".join([
            translate("Move", "Copied the group from {source} to {destination}.").format(
                source=self.source, destination=self.destination),
            translate("Move", "%n record(s) in all.", None, self.records) + " "
            + translate("Move", "%n paper(s) attached to agenda items, byte for byte.", None, self.papers),
            translate("Move", "Every record and paper was copied and checked: each table holds the same number of "
                              "rows with the same content on both sides."),
        ])

    def table_lines(self) -> list[str]:
        return [f"{table.table}: {table.rows}" for table in self.tables]

    def old_copy_note(self) -> str:
        return translate("Move", "The old copy at {source} is left as it was. Put it away (rename it, or move it to an "
                                 "archive folder) so that nobody keeps writing to it: from now on the group lives at "
                                 "{destination}.").format(source=self.source, destination=self.destination)

    def text(self) -> str:
        return "\n".join([self.summary(), "", *self.table_lines(), "", self.old_copy_note()])


class MoveError(StoreError):
    """The move could not be made; nothing was written at the destination."""


def move(source, destination, progress: Progress | None = None, *, password: str | None = None,
         person: str | None = None) -> MoveReport:
    """Copies a group from `source` to `destination` and checks the copy; returns what was copied.

    Each side is a group's file (a path), a server's address (a ServerAddress or its text, with the group's
    schema in `group`; a destination without one gets a new schema named after the compact), or, for the
    source, a group already open (a Store or ServerStore: read as it is, not closed). `password` is for a
    server whose address does not carry one (libpq's own ~/.pgpass works too). A file destination must not
    exist; a server destination must be a new group or one that holds nothing yet. Raises StoreError (with
    nothing written at the destination) when the move cannot be made or the copy does not check out.
    """
    started = time.perf_counter()
    tell = progress or (lambda done, total, words: None)
    goal = _side(destination)
    if isinstance(goal, Path):
        _check_new_file(goal)
    with _opened(source, password, person) as group:
        origin = group.display() if getattr(group, "is_server", False) else str(group.path)
        if _same_place(group, goal):
            raise MoveError(None, translate("Move", "The group is already at {place}: choose somewhere else to move "
                                                    "it to.").format(place=origin))
        with _snapshot(group) as reading:
            found = counts(reading)
            total = 2 * sum(found.values())
            papers, paper_bytes = _papers(reading)
            name = reading.execute(text("SELECT name FROM compact ORDER BY id LIMIT 1")).scalar()
            tell(0, total, translate("Move", "Copying the records…"))
            opened = _file_destination(goal) if isinstance(goal, Path) else _server_destination(goal, name, password)
            with opened as (writing, place):
                copied = _copy(reading, writing, tell, total)
                _check(writing, copied, found, tell, total, place)
    tell(total, total, translate("Move", "Done"))
    address = replace(goal, password=None).with_group(place.schema) if isinstance(goal, ServerAddress) else None
    return MoveReport(origin, place.words, tuple(copied), papers, paper_bytes, time.perf_counter() - started,
                      address, goal if isinstance(goal, Path) else None)


# -- the two sides -----------------------------------------------------------------

def _side(where) -> Path | ServerAddress:
    if isinstance(where, ServerAddress):
        return where
    if isinstance(where, str) and looks_like_server(where):
        return ServerAddress.parse(where)
    return Path(where)


@contextlib.contextmanager
def _opened(source, password: str | None, person: str | None) -> Iterator:
    if hasattr(source, "engine") and hasattr(source, "run"):  # a group already open, in a window
        yield source
        return
    where = _side(source)
    if isinstance(where, ServerAddress):
        group = server.open_group(where, password=password or where.password, person=person)
    else:
        from compactdesk.store.open import open_store

        group = open_store(where)  # the safe way: its lock, its checks, brought up to date after a backup
    try:
        yield group
    finally:
        group.close()


def _same_place(group, goal: Path | ServerAddress) -> bool:
    if isinstance(goal, Path):
        return group.path is not None and Path(group.path).resolve() == goal.resolve()
    here = getattr(group, "address", None)
    return here is not None and goal.group is not None and here.group == goal.group and \
        (here.host, here.port, here.database) == (goal.host, goal.port, goal.database)


@contextlib.contextmanager
def _snapshot(group) -> Iterator[Connection]:
    """One read transaction on the source: the group as it stood at one moment."""
    group.check_available()
    connection = group.engine.connect()
    try:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                yield connection
        else:
            with connection.begin():
                yield connection
    except OperationalError as error:
        if getattr(group, "is_server", False):
            raise server.unreachable(group.address, error) from error
        raise
    finally:
        connection.close()


def _papers(connection: Connection) -> tuple[int, int]:
    from compactdesk.store.models import AgendaPaper

    number, size = connection.execute(select(func.count(), func.coalesce(func.sum(func.length(
        AgendaPaper.__table__.c.content)), 0)).select_from(AgendaPaper.__table__)).one()
    return number, int(size)


@dataclass
class _Place:
    words: str
    schema: str | None = None


def _check_new_file(path: Path) -> None:
    if path.exists():
        raise MoveError(path, translate(
            "Store", "{name} already exists. CompactDesk will not overwrite it; choose another name.",
        ).format(name=path.name))
    if not path.parent.is_dir():
        raise MoveError(path, translate(
            "Store", "The folder {folder} does not exist. Choose a folder that does.").format(folder=path.parent))


@contextlib.contextmanager
def _file_destination(path: Path) -> Iterator[tuple[Connection, _Place]]:
    """A new group's file built under a temporary name beside `path`, put in place only once it checks out."""
    from compactdesk.store.engine import make_engine
    from compactdesk.store.header import write_header
    from compactdesk.store.search_index import rebuild

    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    except OSError as error:
        raise MoveError(path, _not_written(str(path), error.strerror or str(error))) from error
    os.close(handle)
    temp = Path(name)
    engine = None
    try:
        temp.unlink()  # SQLite must create the file itself to write a header
        write_header(temp)
        engine = make_engine(temp)
        with engine.connect() as connection:
            with connection.begin():
                migrate.upgrade(connection)
                clear(connection)
                yield connection, _Place(str(path))
            # The search indexes are kept by triggers as the rows go in; a check costs little and mends any slip.
            rebuild(connection.connection.driver_connection, None)
        engine.dispose()
        if path.exists():  # made meanwhile by someone else: never overwritten
            _check_new_file(path)
        os.replace(temp, path)
    except (DBAPIError, sqlite3.Error, OSError) as error:
        raise MoveError(path, _not_written(str(path), str(getattr(error, "orig", error)).splitlines()[0])) from error
    finally:
        if engine is not None:
            engine.dispose()
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def _server_destination(address: ServerAddress, name: str | None, password: str | None) \
        -> Iterator[tuple[Connection, _Place]]:
    """A new group's schema (or an empty group's, named in the address) filled in one transaction."""
    password = password or address.password
    try:
        schema, new = _schema_for(address, name, password)
    except OperationalError as error:
        raise server.unreachable(address, error) from error
    engine = server.make_engine(address, schema, password)
    place = _Place(f"{schema} — {address.display()}", schema)
    try:
        with engine.connect() as connection:
            with connection.begin():
                if new:
                    connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
                server_journal.upgrading(connection)  # a revision's own row changes are no steps
                _bring_up(connection, address, schema, new)
                server_journal.install(connection, server.record_keys())
                # The copy is not a change anyone made: nothing to undo, stamp or announce.
                connection.exec_driver_sql("SET LOCAL compactdesk.recording = 'off'")
                connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
                clear(connection)
                yield connection, place
                _sequences_past_ids(connection)
    except OperationalError as error:
        raise server.unreachable(address, error) from error
    except DBAPIError as error:
        raise MoveError(None, _not_written(place.words, str(error.orig).strip().splitlines()[0])) from error
    finally:
        engine.dispose()


def taken_schemas(address: ServerAddress, password: str | None = None) -> set[str]:
    """Every schema in the server's database, a group's or not, seen by this login or not: a new group's schema
    must be none of them (CREATE SCHEMA would refuse it). Also server.create_group's."""
    engine = server.make_engine(address, password=password)
    try:
        with engine.connect() as connection:
            return set(connection.execute(text("SELECT nspname FROM pg_namespace")).scalars())
    except OperationalError as error:
        raise server.unreachable(address, error) from error
    finally:
        engine.dispose()


def _schema_for(address: ServerAddress, name: str | None, password: str | None) -> tuple[str, bool]:
    """The schema to fill, and whether it is to be made."""
    taken = taken_schemas(address, password)
    if address.group is None:
        return server.schema_for(name or translate("Move", "group"), taken), True
    if not server.valid_schema(address.group):
        raise MoveError(None, translate("Server", "A group's name on the server may hold only small letters, "
                                                  "digits and _ (“{name}”).").format(name=address.group))
    return address.group, address.group not in taken


def _bring_up(connection: Connection, address: ServerAddress, schema: str, new: bool) -> None:
    """A group named in the address that is there already: taken only if nothing was ever put in it."""
    revision = None if new else migrate.current_revision(connection)
    if not new and revision is not None and revision not in migrate.known_revisions():
        raise NewerStoreError(None, translate(
            "Server", "The group {group} on {server} was last changed by a newer CompactDesk. "
            "Install the newest version to open it.").format(group=schema, server=address.display()))
    if revision != migrate.head_revision():
        migrate.upgrade(connection)
    if not new and holds_records(connection):
        raise MoveError(None, translate(
            "Move", "The server {server} already holds a group called {group}, with records in it. CompactDesk "
                    "will not overwrite it: give a new group's name.").format(server=address.display(), group=schema))


def _sequences_past_ids(connection: Connection) -> None:
    """Each table's id sequence set past the highest id copied, so the next record made gets a new one."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        quoted = '"' + table.name.replace('"', '""') + '"'
        column = keys[0].name
        connection.execute(text(
            f'SELECT setval(pg_get_serial_sequence(:table, :column), coalesce(max("{column}"), 0) + 1, false) '
            f"FROM {quoted}"), {"table": quoted, "column": column})


# -- the copy and its check ---------------------------------------------------------

def _copy(reading: Connection, writing: Connection, tell: Progress, total: int) -> list[TableCount]:
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        tell(done, total, translate("Move", "Copying the records: {done} of {all}").format(
            done=done, all=total // 2))

    return [copy_table(reading, writing, table, tick) for table in tables()]


def _check(writing: Connection, copied: list[TableCount], found: dict[str, int], tell: Progress, total: int,
           place: _Place) -> None:
    done = total // 2
    for table, read in zip(tables(), copied, strict=True):
        tell(done, total, translate("Move", "Checking the copy: {done} of {all}").format(
            done=done - total // 2, all=total // 2))
        there = fingerprint(writing, table)
        if read.rows != found[table.name] or there != read:
            raise MoveError(None, translate(
                "Move", "The copy at {destination} did not match the group: {table} has {rows} rows there and "
                        "{expected} here. Nothing was kept there; the group is as it was.").format(
                destination=place.words, table=table.name, rows=there.rows, expected=found[table.name])
                if there.rows != found[table.name] else translate(
                "Move", "The copy at {destination} did not match the group: the content of {table} differs. "
                        "Nothing was kept there; the group is as it was.").format(
                destination=place.words, table=table.name))
        done += read.rows


def _not_written(where: str, reason: str) -> str:
    return translate("Move", "The group could not be copied to {destination}: {reason}. Nothing was written there, "
                             "and the group is as it was.").format(destination=where, reason=reason[:300])
