"""Copies of a store made with SQLite's online backup API: made, thinned out, listed and restored.

A copy made this way is consistent even while the store is open, unlike a
file copy taken halfway through a write. Every copy is checked
(integrity_check) before it is given its final name, and is written to a
temporary file first, so a backup folder never holds half a copy.

Backups live in "<stem> backups" beside the store, named so that they sort by
date and can be read: "Dyfnant 2026-11-24 0930 daily.cdstore".
"""

import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from compactdesk.i18n import translate
from compactdesk.store.damage import first_line, problems_in
from compactdesk.store.engine import disk_fault
from compactdesk.store.errors import NewerStoreError, StoreError, damaged

log = logging.getLogger("compactdesk")

DAILY = "daily"
ON_DEMAND = "on demand"
BEFORE_UPGRADE = "before upgrade"
BEFORE_RESTORE = "before restore"
# Kept for SAFETY_DAYS whatever the rotation says: the copies made before a change, and those a
# person asked for (a later backup the same day must not take away the one they made by hand).
SAFETY_REASONS = (BEFORE_UPGRADE, BEFORE_RESTORE, ON_DEMAND)
SAFETY_DAYS = 30
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
SUFFIX = ".cdstore"

# "<stem> YYYY-MM-DD HHMM[SS] <reason>[ (n)].cdstore"; the stem may hold spaces and digits.
_NAME = re.compile(
    r"^(?P<stem>.+) (?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{6}|\d{4}) "
    r"(?P<reason>[a-z][a-z0-9 ]*?)(?: \((?P<n>\d+)\))?\.cdstore$")


def backup_folder(store: Path) -> Path:
    return store.with_name(f"{store.stem} backups")


def parse_backup_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """(stem, made_at, reason) of a backup's file name, or None if it is not one of ours."""
    match = _NAME.match(name)
    if not match:
        return None
    clock = match["time"]
    try:
        made_at = dt.datetime.strptime(f"{match['date']} {clock}", "%Y-%m-%d %H%M%S" if len(clock) == 6
                                       else "%Y-%m-%d %H%M")
    except ValueError:
        return None
    return match["stem"], made_at, match["reason"]


def is_safety(reason: str) -> bool:
    return reason.startswith(SAFETY_REASONS)


def _integrity(connection: sqlite3.Connection, path: Path) -> str:
    """The copy's thorough check (integrity, size, every value), "ok" when sound (a seam for tests)."""
    problems = problems_in(path, connection, thorough=True)
    return "; ".join(problems[:5]) if problems else "ok"


def _copy_checked(store: Path, target: Path, journal: str | None = None, *, source_uri: bool = False) -> str:
    """Copies with the backup API and returns the copy's check ("ok" when sound).

    No lock is taken: SQLite's own locking gives a consistent copy while a window has the store open.
    """
    from compactdesk.store.check import reader
    from compactdesk.store.header import read_only

    source = read_only(store) if source_uri else reader(store)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            if journal:
                dest.execute(f"PRAGMA journal_mode = {journal}")
            result = _integrity(dest, target)
        finally:
            dest.close()
    finally:
        source.close()
    return result


def _free_name(folder: Path, stem: str, made_at: dt.datetime, reason: str) -> Path:
    """A name that sorts after every backup of `stem` already made in the same minute.

    "HHMM" only for the minute's first backup, then "HHMMSS", then "HHMMSS (n)" past the highest n
    of that second: a name freed by the rotation is never reused, or the new copy would sort as
    older than the one kept and be deleted by its own rotation.
    """
    day, minute, second = made_at.strftime("%Y-%m-%d"), made_at.strftime("%H%M"), made_at.strftime("%H%M%S")
    try:
        names = [name for name in os.listdir(folder) if name.startswith(f"{stem} {day} {minute}")]
    except OSError:
        names = []
    if not names:
        return folder / f"{stem} {day} {minute} {reason}{SUFFIX}"
    numbers = [_number(name) for name in names
               if (parsed := parse_backup_name(name)) and parsed[0] == stem and parsed[1] == made_at]
    if not numbers:
        return folder / f"{stem} {day} {second} {reason}{SUFFIX}"
    return folder / f"{stem} {day} {second} {reason} ({max(numbers) + 1}){SUFFIX}"


def _number(name: str) -> int:
    """The "(n)" of a backup's name; 1 when it has none."""
    match = _NAME.match(name)
    return int(match["n"]) if match and match["n"] else 1


def _check_failed(store: Path, problem: str) -> StoreError:
    """The copy did not pass its check: DamagedStoreError when the store itself has problems
    (the copy is page for page the store), else the copy went wrong on its way to the disk."""
    from compactdesk.store.check import file_problems

    try:
        found = file_problems(store)
    except (sqlite3.Error, OSError):  # busy, or the disk: the store cannot be judged now
        found = []
    if found:
        return damaged(store, found)
    # integrity_check lists every bad cell, page by page; its first and last lines say enough.
    lines = [line for line in problem.splitlines() if line.strip() and not line.startswith("***")]
    problem = (lines[-1] if len(lines) == 1 else f"{lines[0]} …; {lines[-1]}")[:240] if lines else problem
    return StoreError(store, translate(
        "Store",
        "The backup of {name} failed its check ({problem}), so it was not kept. The group's file itself is "
        "sound, so the copy went wrong on its way to the disk: try again, or back up to another folder or USB stick.",
    ).format(name=store.name, problem=problem))


def _cannot_write(store: Path, folder: Path, error: BaseException) -> StoreError:
    if disk_fault(error) == "full" or getattr(error, "errno", None) == errno.ENOSPC:
        reason = translate("Store", "the disk is full")
    else:
        reason = getattr(error, "strerror", None) or first_line(error)
    return StoreError(store, translate(
        "Store",
        "CompactDesk could not write a backup of {name} in {folder}: {reason}. "
        "Check that the folder exists, that you may write to it and that the disk is not full.",
    ).format(name=store.name, folder=folder, reason=reason))


def make_backup(store_path: str | os.PathLike, reason: str, *, to: str | os.PathLike | None = None,
                now: dt.datetime | None = None, prune: bool = True) -> Path:
    """Copies the store (open or not) into its backup folder, or `to`, checked and whole; returns the copy.

    The store's own backup folder is thinned out afterwards (prune_backups) unless `prune` is False;
    a folder given as `to` never is.
    """
    store = Path(store_path)
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    folder = Path(to) if to is not None else backup_folder(store)
    if to is not None and folder.exists() and not folder.is_dir():
        raise StoreError(store, translate(
            "Store", "{folder} is a file, not a folder. Choose a folder to put the backup in (a USB stick, say).",
        ).format(folder=folder))
    try:
        folder.mkdir(parents=to is not None, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{store.stem}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as error:
        raise _cannot_write(store, folder, error) from error
    temp = Path(temp_name)
    try:
        # A rollback journal, not WAL: each copy is one self-contained file.
        result = _copy_checked(store, temp, journal="DELETE")
        if result != "ok":
            raise _check_failed(store, result)
        target = _free_name(folder, store.stem, made_at, reason)
        os.replace(temp, target)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        temp.unlink(missing_ok=True)
        if disk_fault(error) is not None:
            raise _cannot_write(store, folder, error) from error
        raise _check_failed(store, first_line(error)) from error
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _cannot_write(store, folder, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if to is None and prune:
        prune_backups(folder, now=made_at)
    return target


def backup_copy(store: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Copy `store` into its backup folder and check the copy; returns its path (see make_backup)."""
    return make_backup(store, reason, now=now)


def save_copy(store: Path, destination: Path) -> Path:
    """Writes a consistent copy of an open store to `destination`, whole or not at all."""
    if destination.resolve() == store.resolve():
        raise ValueError("a copy cannot be saved over the group's own file")
    handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        # A rollback journal, not WAL: the copy is one self-contained file for a USB stick.
        result = _copy_checked(store, temp, journal="DELETE")
        if result != "ok":
            raise _check_failed(store, result)
        os.replace(temp, destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return destination


# --- Rotation -------------------------------------------------------------------------------------------

Item = tuple[Path, dt.datetime, str]


def _newest_per(items: list[Item], key, count: int) -> set[Path]:
    """The newest item of each of the `count` newest periods (by `key`) that have one."""
    newest: dict = {}
    for item in items:
        period = key(item[1])
        if period not in newest or _order(item) > _order(newest[period]):
            newest[period] = item
    return {newest[period][0] for period in sorted(newest, reverse=True)[:count]}


def _order(item: Item) -> tuple[dt.datetime, int, str]:
    return item[1], _number(item[0].name), item[0].name


def backups_to_keep(items: Iterable[Item], now: dt.datetime) -> set[Path]:
    """Which backups the rotation keeps: a pure rule over (path, made_at, reason).

    The newest backup of each of the last 7 days that have one, of each of the last
    4 ISO weeks and of each of the last 12 months; and every copy made before an
    upgrade or a restore, or made by hand, in the last 30 days. The newest of all is always among them.
    """
    items = list(items)
    keep = _newest_per(items, lambda when: when.date(), KEEP_DAYS)
    keep |= _newest_per(items, lambda when: tuple(when.isocalendar())[:2], KEEP_WEEKS)
    keep |= _newest_per(items, lambda when: (when.year, when.month), KEEP_MONTHS)
    recent = now - dt.timedelta(days=SAFETY_DAYS)
    keep |= {path for path, made_at, reason in items if is_safety(reason) and made_at >= recent}
    return keep


def _backups_in(folder: Path) -> list[tuple[str, Path, dt.datetime, str]]:
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed and entry.is_file(follow_symlinks=False):
            stem, made_at, reason = parsed
            found.append((stem, Path(entry.path), made_at, reason))
    return found


def prune_backups(folder: str | os.PathLike, *, now: dt.datetime) -> list[Path]:
    """Deletes the backups the rotation no longer keeps (one rotation per store name); returns them.

    Files whose names are not CompactDesk backup names are never touched.
    """
    by_stem: dict[str, list[Item]] = {}
    for stem, path, made_at, reason in _backups_in(Path(folder)):
        by_stem.setdefault(stem, []).append((path, made_at, reason))
    deleted = []
    for items in by_stem.values():
        keep = backups_to_keep(items, now)
        for path, _, _ in items:
            if path not in keep:
                try:
                    path.unlink()
                    deleted.append(path)
                except OSError as error:
                    log.warning("could not delete the old backup %s: %s", path, error)
    return deleted


def has_backups(store_path: str | os.PathLike) -> bool:
    """Whether the store's backup folder holds any backup of it (a directory listing, nothing more)."""
    store = Path(store_path)
    return any(stem == store.stem for stem, _, _, _ in _backups_in(backup_folder(store)))


def has_backup_on(store_path: str | os.PathLike, day: dt.date) -> bool:
    """Whether the store's backup folder holds a backup made on `day` (a directory listing, nothing more)."""
    store = Path(store_path)
    return any(stem == store.stem and made_at.date() == day
               for stem, _, made_at, _ in _backups_in(backup_folder(store)))


# --- Listing ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    sound: bool
    schema: int | None = None  # the copy's schema number (PRAGMA user_version)
    meetings: int | None = None
    targets: int | None = None
    feedback: int | None = None


def _describe(path: Path, made_at: dt.datetime, reason: str) -> BackupInfo:
    from compactdesk.store.header import APPLICATION_ID, read_only

    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        connection = read_only(path)
        try:
            (app,) = connection.execute("PRAGMA application_id").fetchone()
            (schema,) = connection.execute("PRAGMA user_version").fetchone()
            (check,) = connection.execute("PRAGMA quick_check(1)").fetchone()
            if app != APPLICATION_ID or check != "ok":
                return BackupInfo(path, made_at, reason, size, False, schema)
            counts = [connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("meeting", "target", "feedback")]
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return BackupInfo(path, made_at, reason, size, False)
    return BackupInfo(path, made_at, reason, size, True, schema, *counts)


def list_backups(store_path: str | os.PathLike) -> list[BackupInfo]:
    """The store's backups, newest first, each read (read-only) for its counts; never raises for a bad copy."""
    store = Path(store_path)
    found = [(path, made_at, reason) for stem, path, made_at, reason in _backups_in(backup_folder(store))
             if stem == store.stem]
    found.sort(key=_order, reverse=True)
    return [_describe(*item) for item in found]


def newest_sound_backup(store_path: str | os.PathLike) -> BackupInfo | None:
    """The newest backup that is a sound CompactDesk store this version can open (for a damaged store)."""
    from compactdesk.store import migrate

    head = migrate.schema_number(migrate.head_revision())
    return next((info for info in list_backups(store_path)
                 if info.sound and info.schema is not None and info.schema <= head), None)


# --- Restore ------------------------------------------------------------------------------------------------

def check_restorable(store: Path, backup: Path) -> None:
    """Refuses (StoreError, with why) a backup that restore() would refuse; changes nothing."""
    from compactdesk.store import migrate
    from compactdesk.store.header import read_header, read_only

    if backup.resolve() == store.resolve():
        raise StoreError(store, translate("Store", "A group's file cannot be restored from itself. Choose a backup."))
    header = read_header(backup)  # NotAStoreError for anything that is not one of ours
    newer = NewerStoreError(backup, translate(
        "Store",
        "{name} was saved by a newer version of CompactDesk, so this version cannot restore it. "
        "Install the newest CompactDesk, or choose an older backup.",
    ).format(name=backup.name))
    if header.user_version > migrate.schema_number(migrate.head_revision()):
        raise newer
    broken = StoreError(backup, translate(
        "Store", "{name} is damaged and cannot be restored. Choose another backup.").format(name=backup.name))
    try:
        connection = read_only(backup)
        try:
            problem = _integrity(connection, backup)
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, TypeError, ValueError) as error:
        raise broken from error
    if problem != "ok":
        raise broken
    if revision not in migrate.known_revisions():
        raise newer


def _raw_safety_copy(store: Path, now: dt.datetime) -> Path:
    """A byte copy of a store the backup API could not copy (damaged); store and journal, as they are."""
    folder = backup_folder(store)
    folder.mkdir(exist_ok=True)
    target = _free_name(folder, store.stem, now, BEFORE_RESTORE)
    temp = target.with_name(f".{target.name}.part")
    shutil.copyfile(store, temp)
    for end in ("-journal", "-wal"):
        journal = store.with_name(store.name + end)
        if journal.exists():
            shutil.copyfile(journal, target.with_name(target.name + end))
    os.replace(temp, target)
    return target


def restore(store_path: str | os.PathLike, backup_path: str | os.PathLike, *,
            now: dt.datetime | None = None) -> Path | None:
    """Replaces the store with a copy of a backup; returns the "before restore" backup of what was there.

    The store must not be open in this process (close it first): this takes the
    store's lock and refuses, with the lock's message, a store open in another
    CompactDesk. Refuses (StoreError) a backup that is not a sound CompactDesk
    store or that comes from a newer schema; nothing is changed then. Returns None
    only when there was no store to back up. If the current store is too damaged
    for the backup API, its bytes (and WAL) are copied as the safety copy instead.
    """
    from compactdesk.store.claim import claim_lock

    store, backup = Path(store_path), Path(backup_path)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    check_restorable(store, backup)
    lock = claim_lock(store)
    try:
        safety = None
        if store.exists():
            try:
                # Not thinned out yet: the rotation could take the very backup being restored.
                safety = make_backup(store, BEFORE_RESTORE, now=now, prune=False)
            except StoreError as error:
                log.warning("the safety copy before restoring %s failed its check (%s); copying its bytes", store,
                            error)
                try:
                    safety = _raw_safety_copy(store, now)
                except OSError as raw_error:
                    raise _cannot_write(store, backup_folder(store), raw_error) from raw_error
        _replace_with(store, backup)
        prune_backups(backup_folder(store), now=now)
        return safety
    finally:
        lock.release()


def _replace_with(store: Path, backup: Path) -> None:
    handle, temp_name = tempfile.mkstemp(prefix=f".{store.name}.", suffix=".restore", dir=store.parent)
    os.close(handle)
    temp = Path(temp_name)
    sidecars = [temp.with_name(temp.name + end) for end in ("-wal", "-shm", "-journal")]
    try:
        result = _copy_checked(backup, temp, journal="DELETE", source_uri=True)
        if result != "ok":
            raise StoreError(store, translate(
                "Store", "The copy of {name} failed its check, so the group's file was not changed. "
                "Choose another backup.").format(name=backup.name))
        # The old store's journal (a rollback journal, or the WAL of a store last opened by
        # an earlier CompactDesk) must go before the new file takes its name, or SQLite would replay the
        # old pages onto it. Opening it first settles it (the safety copy already holds it
        # all); whatever a damaged store leaves is then removed.
        try:
            old = sqlite3.connect(store) if store.exists() else None
            if old is None:
                raise sqlite3.OperationalError("no store")
            try:
                old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                old.close()
        except sqlite3.Error as error:
            log.warning("could not checkpoint %s before restoring: %s", store, error)
        for end in ("-wal", "-shm", "-journal"):
            store.with_name(store.name + end).unlink(missing_ok=True)
        os.replace(temp, store)
    except sqlite3.Error as error:
        raise StoreError(store, translate(
            "Store", "The backup {name} could not be copied ({reason}); the group's file was not changed. "
            "Choose another backup.").format(name=backup.name, reason=error)) from error
    except OSError as error:
        raise _cannot_write(store, store.parent, error) from error
    finally:
        temp.unlink(missing_ok=True)
        for sidecar in sidecars:
            sidecar.unlink(missing_ok=True)
