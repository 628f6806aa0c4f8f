"""SQLAlchemy engine for one store file, with the pragmas every connection needs."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool


# The rollback journal, not WAL: once a commit returns, the store file alone holds it, so a
# copy of the .cdstore file (to a USB stick, say) has every saved change and no -wal file
# beside it can ever hold the only copy of one. The journal holds only the old pages of a
# transaction under way, and is gone when it commits. secure_delete: deleted or replaced
# text (an erased person's name) is overwritten in the file, not left in free space.
# cell_size_check: SQLite checks each page's cells as it reads them, so more damage is reported as
# damage (SQLITE_CORRUPT) where it would otherwise be read as wrong data.
PRAGMAS = ("PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON",
           "PRAGMA cell_size_check=ON")


def quoted(identifier: str) -> str:
    """A table or column name as SQLite reads it, whatever it holds."""
    return '"' + identifier.replace('"', '""') + '"'


def make_engine(path: Path) -> Engine:
    def connect() -> sqlite3.Connection:
        # isolation_level=None hands transaction control to SQLAlchemy (the
        # "begin" hook below), so a service call's reads and writes, DDL
        # included, share one real transaction.
        return sqlite3.connect(str(path), timeout=10, check_same_thread=False, isolation_level=None)

    # A URL without a path makes SQLAlchemy pick SingletonThreadPool (meant for :memory:),
    # which closes other threads' connections once more than five threads have used it:
    # a paper exported on a worker thread then crashed in SQLite. A file wants QueuePool.
    # hide_parameters: an error's text never carries the values of a statement (a person's
    # name, a minute), so it can be logged.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine


# SQLite's primary result codes (the low byte of an extended code) that mean the
# disk, not the data or the program, stopped a read or write.
_FAULTS = {3: "read-only", 8: "read-only", 10: "io", 13: "full", 14: "gone"}  # PERM, READONLY, IOERR, FULL, CANTOPEN
_READONLY_DBMOVED = 8 | (4 << 8)  # the file was renamed or deleted under an open connection
_BY_MESSAGE = (("disk is full", "full"), ("readonly database", "read-only"), ("disk i/o error", "io"),
               ("unable to open database file", "gone"))


def disk_fault(error: BaseException) -> str | None:
    """"full", "read-only", "gone" or "io" when `error` is SQLite meeting a disk fault, else None.

    Takes a sqlite3 error or the SQLAlchemy error wrapping one; reads the SQLite result code
    (Python 3.11+), and the message only where an older Python gives no code.
    """
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        if code == _READONLY_DBMOVED:
            return "gone"
        return _FAULTS.get(code & 0xFF)
    message = str(original).lower()
    return next((kind for text, kind in _BY_MESSAGE if text in message), None)
