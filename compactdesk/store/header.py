"""The first 100 bytes of a store: whose file it is and which schema wrote it, read without opening it.

A header that no longer reads as a CompactDesk store is usually someone else's file; but when
the file has CompactDesk backups of its own beside it, it was ours, and the header is damaged.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from compactdesk.i18n import translate
from compactdesk.store import migrate
from compactdesk.store.errors import NewerStoreError, NotAStoreError, StoreMissingError, damaged, not_a_store

# PRAGMA application_id marks the file as ours ("CDsk"); it sits in the header,
# so a foreign SQLite database is recognised without opening it.
APPLICATION_ID = 0x4344736B
_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    wal: bool = False  # kept in WAL mode (by an earlier CompactDesk): its -wal file may hold changes


def read_header(path: Path) -> Header:
    """Reads the 100-byte SQLite header directly, or raises NotAStoreError."""
    if not path.exists():
        raise StoreMissingError(path, translate("Store", "There is no group file at {path}.").format(path=path))
    if path.is_dir():
        raise not_a_store(path, translate("Store", "it is a folder."))
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header:
        raise not_a_store(path, translate("Store", "the file is empty."))
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise not_a_store(path, translate("Store", "it is not a database file."))
    found = Header(int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big"),
                   wal=header[18] == 2 or header[19] == 2)
    if found.application_id != APPLICATION_ID:
        raise not_a_store(path, translate("Store", "it is a database made by another program."))
    return found


def newer(path: Path) -> NewerStoreError:
    return NewerStoreError(path, translate(
        "Store",
        "{name} was saved by a newer version of CompactDesk. This version has not changed it. "
        "Install the newest CompactDesk to open it.",
    ).format(name=path.name))


def read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that cannot write the file at all (SQLite's mode=ro): for a backup, a file on
    read-only media, or a file not yet known to be a store."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def _stored_revision(path: Path) -> str | None:
    """The schema revision the store's own table records, read without writing; None if unreadable."""
    try:
        connection = read_only(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, OSError):
        return None
    return row[0] if row else None


def stray_wal(path: Path, header: Header) -> Path | None:
    """A -wal file beside a store kept with the rollback journal: it cannot hold a change of this
    store (CompactDesk no longer writes one), but SQLite would replay it into the store if it is a
    copy's. None when there is none, or when the store is in WAL mode and the file is its own."""
    wal = path.with_name(path.name + "-wal")
    return wal if not header.wal and wal.exists() else None


def check_header(path: Path) -> Header:
    """The header of a store this version can open; raises NotAStoreError, NewerStoreError or,
    for a store of ours whose header was damaged, DamagedStoreError."""
    try:
        header = read_header(path)
    except NotAStoreError as error:
        from compactdesk.store.backup import has_backups

        if has_backups(path):
            raise damaged(path, [translate(
                "Store", "the file's first bytes are no longer those of a CompactDesk group file")]) from error
        raise
    if header.user_version > migrate.schema_number(migrate.head_revision()):
        # The header's copy of the schema number is one flipped bit from "newer": the store's
        # own revision table is the final word.
        stored = _stored_revision(path)
        if stored is None or stored in migrate.known_revisions():
            raise damaged(path, [translate("Store", "the schema number in the file's header is wrong")])
        raise newer(path)
    return header


def write_header(path: Path) -> None:
    """Makes `path` (which must not exist) a new, empty SQLite file with CompactDesk's header and the rollback
    journal: a new group's file, before its schema is made."""
    raw = sqlite3.connect(path)
    try:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode = DELETE")
    finally:
        raw.close()
