"""SQLAlchemy engine for one store file, with the pragmas every connection needs."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool


def make_engine(path: Path) -> Engine:
    def connect() -> sqlite3.Connection:
        # isolation_level=None hands transaction control to SQLAlchemy (the
        # "begin" hook below), so a service call's reads and writes, DDL
        # included, share one real transaction.
        return sqlite3.connect(str(path), timeout=10, check_same_thread=False, isolation_level=None)

    # A URL without a path makes SQLAlchemy pick SingletonThreadPool (meant for :memory:),
    # which closes other threads' connections once more than five threads have used it:
    # a paper exported on a worker thread then crashed in SQLite. A file wants QueuePool.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        (mode,) = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode != "wal":
            # WAL needs shared memory, which network shares lack: fall back to
            # the rollback journal rather than refuse the store.
            cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine
