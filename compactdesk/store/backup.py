"""Copies of a store made with SQLite's online backup API.

A copy made this way is consistent even while the store is open, unlike a
file copy taken halfway through a write.
"""

import datetime as dt
import sqlite3
from pathlib import Path


def backup_folder(store: Path) -> Path:
    return store.with_name(f"{store.stem} backups")


def backup_copy(store: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Copy `store` into its backup folder and check the copy; returns its path."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H%M%S")
    folder = backup_folder(store)
    folder.mkdir(exist_ok=True)
    target = folder / f"{store.stem} {stamp} {reason}.cdstore"
    source = sqlite3.connect(store)
    source.execute("PRAGMA query_only = 1")
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            (result,) = dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
    finally:
        source.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise OSError(f"the backup copy failed its integrity check: {result}")
    return target
