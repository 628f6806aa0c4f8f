"""Whose records a store file holds: its own id and its compact's name, read without changing it."""

import sqlite3
from pathlib import Path

from compactdesk.i18n import translate
from compactdesk.store.header import read_only


def _identity(path: Path) -> tuple[str | None, str | None]:
    """(store id, compact name) of a store file; None for what it lacks or cannot be read."""
    try:
        connection = read_only(path)
    except sqlite3.Error:
        return None, None
    try:
        found = []
        for sql in ("SELECT store_id FROM store_identity ORDER BY id LIMIT 1",
                    "SELECT name FROM compact ORDER BY id LIMIT 1"):
            try:
                row = connection.execute(sql).fetchone()
            except (sqlite3.Error, UnicodeDecodeError):
                row = None
            found.append(row[0] if row and row[0] else None)
        return found[0], found[1]
    finally:
        connection.close()


def another_group(store: Path, backup: Path) -> str | None:
    """Why `backup` looks like another group's records than `store`'s, or None when it does not.

    Another store id means another store, whatever its name (a backup from before the store
    had an id is judged by its compact's name alone); a store that cannot be read is not judged.
    """
    if not store.exists():
        return None
    mine_id, mine_name = _identity(store)
    their_id, their_name = _identity(backup)
    unnamed = translate("Store", "no compact named yet")
    if mine_id and their_id and mine_id != their_id:
        return translate(
            "Store", "{backup} is a backup of another group (“{theirs}”), not of {store} (“{mine}”).").format(
            backup=backup.name, theirs=their_name or unnamed, store=store.name, mine=mine_name or unnamed)
    if mine_name and their_name and mine_name.strip().casefold() != their_name.strip().casefold():
        return translate("Store", "{backup} holds the compact “{theirs}”, but {store} holds “{mine}”.").format(
            backup=backup.name, theirs=their_name, store=store.name, mine=mine_name)
    return None
