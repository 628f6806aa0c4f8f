"""Taking a store's lock before anything else touches it: who holds it said in words, read-only media
refused, and a stray -wal that is not the store's set aside before SQLite could replay it."""

import datetime as dt
import errno
import logging
import os
from pathlib import Path

from compactdesk.i18n import translate
from compactdesk.store.backup import backup_folder
from compactdesk.store.errors import StoreError, StoreInUseError, unavailable
from compactdesk.store.header import check_header, stray_wal
from compactdesk.store.lock import LockHeld, StoreLock

log = logging.getLogger("compactdesk")


def in_use(path: Path, holder: dict) -> StoreInUseError:
    if "pid" not in holder:
        # Locked through another name for the same file (a link elsewhere): who has it is not written there.
        return StoreInUseError(path, translate(
            "Store",
            "{name} is already open in another CompactDesk, perhaps under another name for the same file. "
            "Close it there first; two programs writing one group's file could lose work.",
        ).format(name=path.name))
    who = translate("Store", "process {pid} on {host}").format(
        pid=holder["pid"], host=holder.get("host") or translate("Store", "this computer"))
    if holder.get("user"):
        who += translate("Store", ", user {user}").format(user=holder["user"])
    return StoreInUseError(path, translate(
        "Store",
        "{name} is already open in another CompactDesk ({who}, since {since}). "
        "Close it there first; two programs writing one group's file could lose work.",
    ).format(name=path.name, who=who, since=holder.get("since", "?")))


def claim_lock(path: Path) -> StoreLock:
    """Takes the store's lock, refusing with the holder's name if another CompactDesk has it,
    and a store whose folder cannot be written (read-only media) in words."""
    lock = StoreLock(path)
    try:
        lock.acquire()
    except LockHeld as held:
        raise in_use(path, held.holder) from None
    except OSError as error:
        if denied(error):
            raise unavailable(path, "read-only", on_open=True) from error
        raise StoreError(path, translate(
            "Store", "CompactDesk cannot use the folder of {name}: {reason}. "
            "Check that the folder still exists and that you may write to it.",
        ).format(name=path.name, reason=error.strerror or error)) from error
    return lock


def denied(error: OSError) -> bool:
    return error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def claim(path: Path) -> StoreLock:
    """Takes the lock, then checks the header: nothing is written to the store before both pass.

    A store that cannot be written (a read-only file or folder, a locked stick, a CD) is
    refused with StoreUnavailableError(kind="read-only"): SQLite needs to write the store,
    its journal and the lock even to read safely.
    """
    if not path.is_file():
        check_header(path)  # no store there, or a folder: said without touching anything
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise unavailable(path, "read-only", on_open=True)
    # The lock first: reading the header opens and closes the file, and on POSIX closing any
    # descriptor of a file drops every lock this process holds on it, SQLite's included, so
    # the header is read only once no other store in this process can have the file open.
    lock = claim_lock(path)
    try:
        _set_aside(path, stray_wal(path, check_header(path)))
    except BaseException:
        lock.release()
        raise
    return lock


def _set_aside(path: Path, wal: Path | None) -> None:
    """Moves a stray -wal into the backups folder (kept, never deleted) before SQLite can replay it."""
    if wal is None:
        return
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{wal.name} set aside {dt.datetime.now():%Y-%m-%d %H%M%S}"
    os.replace(wal, target)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    log.warning("a -wal file that did not belong to %s was set aside as %s", path.name, target.name)
