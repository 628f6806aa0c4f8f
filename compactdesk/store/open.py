"""Opening and creating a store file, and a transaction on it.

Nothing here writes to a file until it is known to be a CompactDesk store of a
schema this version understands, held by no other process.
"""

import contextlib
import datetime as dt
import errno
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.store import journal, migrate
from compactdesk.store.backup import DAILY, backup_copy, has_backup_on, make_backup
from compactdesk.store.check import file_problems, reader
from compactdesk.store.damage import first_line, is_damage, not_the_file, problems_in
from compactdesk.store.engine import disk_fault, make_engine, quoted
from compactdesk.store.errors import (
    DamagedStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreMissingError,
    damaged,
    not_a_store,
    stranger,
    unavailable,
)
from compactdesk.store.header import check_header, newer, write_header
from compactdesk.store.claim import claim, denied, in_use
from compactdesk.store.lock import LockHeld, StoreLock
from compactdesk.store.search_index import index_tables, rebuild, squeeze

log = logging.getLogger("compactdesk")

T = TypeVar("T")


def _fingerprint(connection: sqlite3.Connection) -> tuple | None:
    """What tells this store's data from another copy's: the row count and highest rowid of every table.

    An older copy of the same store, or another group's store, differs here in practice; a copy that
    differs only by edits in place would not (see Store.check_available). None for a damaged store
    opened as it is, whose tables cannot all be counted.
    """
    try:
        # Not the search index's tables: derived from the rest, and some of them have no rowid to read.
        skip = index_tables(connection)
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if row[0] not in skip]
        if not tables:
            return ()
        sql = " UNION ALL ".join(f"SELECT count(*), coalesce(max(rowid), 0) FROM main.{quoted(table)}"
                                 for table in tables)
        return tuple(zip(tables, connection.execute(sql).fetchall(), strict=True))
    except sqlite3.DatabaseError as error:
        if disk_fault(error) is not None:
            raise
        return None


def _file_fingerprint(path: Path) -> tuple:
    connection = reader(path)
    try:
        return _fingerprint(connection)
    finally:
        connection.close()


class Store:
    """An open store: the engine, the lock, and a transaction per call.

    Every transaction first checks (one os.stat) that the file at `path` is still the one
    opened, so a store whose folder or USB stick went away is never written blind.
    """

    def __init__(self, path: Path, engine: Engine, lock: StoreLock, revision: str, backup: Path | None,
                 *, as_is: bool = False):
        self.path = path
        self.as_is = as_is  # opened as it is, unchecked (a damaged store, to read what can be read)
        self.engine = engine
        self.revision = revision
        self.upgrade_backup = backup  # the copy made before an upgrade, if there was one
        self.daily_backup: Path | None = None  # the day's first backup, made on this open
        self.backup_problem: str | None = None  # why that backup could not be made, for the GUI to show
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        journal.install(engine)
        self._stat = os.stat(path)
        with engine.connect() as connection:
            self._fingerprint = _fingerprint(connection.connection.dbapi_connection)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        A disk fault (full, read-only, gone, I/O error) comes out as StoreUnavailableError,
        after the rollback; nothing of the transaction is kept. Damage to the file comes out as
        DamagedStoreError: SQLite's own word for it, or an unexpected error after which a check of
        the file finds problems (a flipped byte can turn a date into letters). Other errors pass unchanged.
        """
        self.check_available()
        try:
            with self._sessions.begin() as session:
                raw = session.connection().connection.dbapi_connection
                changes = raw.total_changes
                yield session
                session.flush()
                seen = _fingerprint(raw) if raw.total_changes != changes else None
            if seen is not None:
                self._fingerprint = seen  # only once committed
        except (StoreError, ValidationError):
            raise
        except (DBAPIError, sqlite3.Error) as error:
            kind = disk_fault(error)
            if kind is None:
                if not not_the_file(error):  # a busy store is another connection at work, not damage
                    self._raise_if_damaged(error)
                raise
            # A connection that met a disk fault may hold a stale view of the file: start afresh.
            self.engine.dispose()
            if kind in ("io", "gone", "read-only") and not os.path.lexists(self.path):
                kind = "gone"
            raise unavailable(self.path, kind) from error
        except _SUSPECT as error:
            self._raise_if_damaged(error)
            raise

    @property
    def label(self) -> str:
        """What names this group's records in a paper or a message: the file's name."""
        return self.path.name

    def problems(self) -> list[str]:
        """Everything a thorough check finds wrong with the file now; [] when sound."""
        return file_problems(self.path)

    def _raise_if_damaged(self, error: BaseException) -> None:
        try:
            found = self.problems()
        except (sqlite3.Error, OSError):  # busy, or the disk: the file cannot be judged now
            found = []
        if found or is_damage(error):
            raise damaged(self.path, found or [first_line(error)]) from error

    def check_available(self) -> None:
        """Raises StoreUnavailableError unless the file at `path` is this store; picks up a store put back.

        The same file (same device and inode) costs one os.stat. A different file there (a USB
        stick plugged in again gives its files new inodes) is taken back only if it is a store of a
        schema this version knows whose every table has the row count and highest rowid this Store
        last committed; then the connections are reopened on it and its lock taken again.
        Otherwise it is another copy or another group's store, and is refused untouched.
        """
        try:
            now = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            raise unavailable(self.path, "gone") from None
        except OSError as error:
            # A network drive that dropped, or a stick pulled mid-use, answers with these.
            kind = "gone" if error.errno in _DISCONNECTED else "io"
            raise unavailable(self.path, kind) from error
        if os.path.samestat(now, self._stat):
            return
        try:
            check_header(self.path)
            same = _file_fingerprint(self.path) == self._fingerprint
        except StoreMissingError:
            raise unavailable(self.path, "gone") from None
        except (NotAStoreError, NewerStoreError, DamagedStoreError, sqlite3.DatabaseError) as error:
            raise stranger(self.path) from error
        except OSError as error:
            raise unavailable(self.path, "io") from error
        if not same:
            raise stranger(self.path)
        self.engine.dispose()  # SQLite must open the file that is there now
        if self._lock.lost:
            try:
                self._lock.retake()
            except LockHeld as held:
                raise in_use(self.path, held.holder) from None
            except OSError as error:
                raise unavailable(self.path, "read-only" if denied(error) else "io") from error
        self._stat = now

    def run(self, service: Callable[..., T], /, *args, **kwargs) -> T:
        """Runs one service call as one transaction: all of it or nothing."""
        with self.session() as session:
            return service(session, *args, **kwargs)

    def run_recorded(self, service: Callable[..., T], /, *args, **kwargs) -> tuple[T, journal.Change]:
        """Like run, and also returns the change that takes the call back (for undo)."""
        with self.session() as session:
            journal.start(session)
            result = service(session, *args, **kwargs)
            return result, journal.finish(session)

    def apply(self, change: journal.Change) -> journal.Change:
        """Applies a recorded change as one transaction; returns its inverse."""
        with self.session() as session:
            return journal.replay(session, change)

    def clear_free_pages(self) -> None:
        """Rewrites the file without its free pages (VACUUM), so text deleted or replaced before
        secure_delete was on (an erased person's name, say) is gone from the file itself."""
        self.check_available()
        raw = self.engine.raw_connection()  # outside SQLAlchemy's transaction: VACUUM cannot run inside one
        try:
            squeeze(raw.driver_connection)  # the search index forgets replaced words only when merged
            raw.driver_connection.execute("VACUUM")
            self._fingerprint = _fingerprint(raw.driver_connection)
        finally:
            raw.close()

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# What a store's damage can surface as, deep in a service, besides SQLite's own errors: a value
# that no longer parses (a date, a status) or text that no longer decodes.
_SUSPECT = (ValueError, LookupError, TypeError, AttributeError, ArithmeticError, UnicodeError)
_DISCONNECTED = {errno.ENOTCONN, errno.ESTALE, errno.ENODEV, errno.ENXIO, getattr(errno, "EHOSTDOWN", errno.ENOTCONN)}


def open_store(path: str | os.PathLike, *, daily_backup: bool = True, check: bool = True) -> Store:
    """Opens an existing store, upgrading an older schema after a backup copy.

    SQLite's quick_check and a check of the file's size run first: a damaged store raises
    DamagedStoreError, unchanged, so the caller can offer a backup; `check=False` opens it as it
    is, to read what it can. The first open of a day also makes a "daily" backup, checked
    thoroughly: when that check finds the store itself damaged, the store is closed again and
    DamagedStoreError raised (with `check`). If the backup cannot be made for another reason the
    store still opens, with the reason in `store.backup_problem`.
    """
    path = Path(path)
    lock = claim(path)
    try:
        store = _open_locked(path, lock, check)
    except BaseException:
        lock.release()
        raise
    if daily_backup and store.upgrade_backup is None:
        _daily(store, check)
    return store


def _daily(store: Store, check: bool) -> None:
    try:
        if not has_backup_on(store.path, dt.date.today()):
            _check_indexes(store)  # once a day, with the backup's own thorough check: it reads every index
            store.daily_backup = make_backup(store.path, DAILY)
    except DamagedStoreError as error:
        if check:
            store.close()
            raise
        store.backup_problem = str(error)
    except StoreError as error:  # a backup that fails for another reason must never stop the store opening
        log.warning("the daily backup of %s was not made: %s", store.path.name, error)
        store.backup_problem = str(error)


def _check_indexes(store: Store) -> None:
    raw = store.engine.raw_connection()
    try:
        _rebuild(raw.driver_connection, None)
    except sqlite3.Error as error:  # the backup's check that follows says what is wrong with the file
        log.warning("the search index of %s could not be checked: %s", store.path.name, error)
    finally:
        raw.close()


def _quick_problems(path: Path, engine: Engine) -> list[str]:
    """quick_check's findings (at most 20) and the file's size: quick_check skips the index-content
    checks, so a store of years opens fast (the daily backup checks it all). A search index found
    wrong is rebuilt here, where the file is open for writing, rather than called damage."""
    stale: list[str] = []
    with engine.connect() as connection:
        problems = problems_in(path, connection.connection.dbapi_connection, thorough=False, rebuild=stale)
        if stale and not problems:
            _rebuild(connection.connection.dbapi_connection, stale)
    return problems


def _rebuild(raw: sqlite3.Connection, names: list[str] | None) -> None:
    """Rebuilds search indexes (None: those FTS5's own check finds out of step, which SQLite before 3.44
    leaves out of integrity_check) from the records they index."""
    rebuilt = rebuild(raw, names)
    if rebuilt:
        log.warning("search indexes rebuilt from the records: %s", ", ".join(rebuilt))


def _open_locked(path: Path, lock: StoreLock, check: bool = True) -> Store:
    engine = make_engine(path)
    try:
        if check and (problems := _quick_problems(path, engine)):
            raise damaged(path, problems)
        revision, backup = _bring_up_to_date(path, engine)
        return Store(path, engine, lock, revision, backup, as_is=not check)
    except (DBAPIError, sqlite3.Error, UnicodeDecodeError) as error:
        engine.dispose()
        kind = disk_fault(error)
        if kind is not None:
            raise unavailable(path, kind, on_open=True) from error
        if is_damage(error) or not not_the_file(error):
            # Even the schema cannot be read: opening it as it is cannot help either.
            raise damaged(path, [first_line(error)]) from error
        raise
    except BaseException:
        engine.dispose()
        raise


def _bring_up_to_date(path: Path, engine: Engine) -> tuple[str, Path | None]:
    head = migrate.head_revision()
    with engine.connect() as connection:
        current = migrate.current_revision(connection)
    if current == head:
        return head, None
    if current is not None and current not in migrate.known_revisions():
        raise newer(path)
    if current is None:
        raise not_a_store(path, translate("Store", "it has no CompactDesk schema."))
    # The revision table is the final word on the schema; the backup comes first.
    engine.dispose()
    backup = backup_copy(path, f"before upgrade to schema {migrate.schema_number(head)}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    return head, backup


def create_store(path: str | os.PathLike, *, revision: str = "head") -> Store:
    """Makes a new, empty store at `path` and opens it.

    The store is built in a temporary file beside the target and moved into
    place whole, so a half-made store can never be left behind.
    """
    path = Path(path)
    if path.exists():
        raise StoreError(path, translate(
            "Store", "{name} already exists. CompactDesk will not overwrite it; choose another name.",
        ).format(name=path.name))
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(path, translate(
            "Store", "The folder {folder} does not exist. Choose a folder that does.").format(folder=folder))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=folder)
    except OSError as error:
        if denied(error):
            raise unavailable(path, "read-only", on_open=True) from error
        raise StoreError(path, translate(
            "Store",
            "CompactDesk cannot make a group's file in {folder}: {reason}. Choose a folder you can write to.",
        ).format(folder=folder, reason=error.strerror or error)) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()  # SQLite must create the file itself to write a header
        write_header(temp)
        engine = make_engine(temp)
        with engine.begin() as connection:
            migrate.upgrade(connection, revision)
        engine.dispose()
        os.replace(temp, path)
    except BaseException:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    # A new, empty store has nothing worth a backup yet.
    return open_store(path, daily_backup=False) if revision == "head" else _open_exactly(path)


def _open_exactly(path: Path) -> Store:
    # For tests that need a store left at an old revision.
    lock = claim(path)
    engine = make_engine(path)
    with engine.connect() as connection:
        revision = migrate.current_revision(connection)
    return Store(path, engine, lock, revision, None)


