"""Copies of a store made with SQLite's online backup API.

A copy made this way is consistent even while the store is open, unlike a
file copy taken halfway through a write.
"""

import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path


def backup_folder(store: Path) -> Path:
    return store.with_name(f"{store.stem} backups")


def _copy_checked(store: Path, target: Path, journal: str | None = None) -> str:
    """Copies with the backup API and returns the copy's integrity check ("ok" when sound)."""
    source = sqlite3.connect(store)
    source.execute("PRAGMA query_only = 1")
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            if journal:
                dest.execute(f"PRAGMA journal_mode = {journal}")
            (result,) = dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
    finally:
        source.close()
    return result


def backup_copy(store: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Copy `store` into its backup folder and check the copy; returns its path."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H%M%S")
    folder = backup_folder(store)
    folder.mkdir(exist_ok=True)
    target = folder / f"{store.stem} {stamp} {reason}.cdstore"
    result = _copy_checked(store, target)
    if result != "ok":
        target.unlink(missing_ok=True)
        raise OSError(f"the backup copy failed its integrity check: {result}")
    return target


def save_copy(store: Path, destination: Path) -> Path:
    """Writes a consistent copy of an open store to `destination`, whole or not at all."""
    if destination.resolve() == store.resolve():
        raise ValueError("the copy cannot replace the store itself")
    handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        # A rollback journal, not WAL: the copy is one self-contained file for a USB stick.
        result = _copy_checked(store, temp, journal="DELETE")
        if result != "ok":
            raise OSError(f"the copy failed its integrity check: {result}")
        os.replace(temp, destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return destination
