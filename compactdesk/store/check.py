"""`compactdesk check`: is a store sound, and which schema wrote it — read without changing it.

No lock is taken: SQLite's own locking lets the check read a consistent store while a
window has it open, and a store on read-only media (a locked stick, a CD) can be checked.
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from compactdesk.i18n import translate
from compactdesk.store import migrate
from compactdesk.store.damage import first_line, is_damage, not_the_file, problems_in
from compactdesk.store.header import check_header, newer, read_only, stray_wal


@dataclass(frozen=True)
class StoreReport:
    path: Path
    revision: str
    head: str
    problems: list[str]
    # Search indexes SQLite found wrong: not damage (rebuilt from the records when the file is next opened).
    stale_indexes: tuple[str, ...] = ()

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads. Where the folder can be written it is an ordinary one with
    query_only set, so that SQLite may roll back what a crash left half done before reading;
    on read-only media it is opened read-only."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        connection = sqlite3.connect(path, timeout=10)
        connection.execute("PRAGMA query_only = 1")
        return connection
    return read_only(path, timeout=10)


def file_problems(path: Path) -> list[str]:
    """Everything the thorough check finds wrong with the store file now; [] when sound. A file
    SQLite cannot read through is itself a finding; a busy store or a disk fault is raised."""
    try:
        connection = reader(path)
        try:
            return problems_in(path, connection, thorough=True)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if not is_damage(error) and not_the_file(error):
            raise
        return [first_line(error)]


def check_store(path: str | os.PathLike) -> StoreReport:
    """Integrity (SQLite's integrity_check, foreign keys, the file's size and every stored value)
    and the schema version. Raises NotAStoreError, NewerStoreError or, for a store whose header
    is damaged, DamagedStoreError."""
    path = Path(path)
    if stray_wal(path, check_header(path)) is not None:
        # Reading would replay it: say so, and leave it for the window to set aside under the lock.
        return StoreReport(path, "", migrate.head_revision(), [translate(
            "Store", "A file {name}-wal stands beside the group's file that does not belong to it. Open the "
                     "group's file in CompactDesk, which sets that file aside in the backups folder, then check it "
                     "again.").format(name=path.name)])
    revision = ""
    stale: list[str] = []
    try:
        connection = reader(path)
        try:
            problems = problems_in(path, connection, thorough=True, rebuild=stale)
            try:
                (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except (sqlite3.DatabaseError, TypeError, UnicodeDecodeError):
                problems.append(translate("Store", "The schema version is missing."))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problems = [first_line(error)]
    if revision and revision not in migrate.known_revisions():
        raise newer(path)
    return StoreReport(path, revision, migrate.head_revision(), problems, tuple(stale))
