"""The store's schema revision, and upgrades driven by Alembic from code.

Alembic (and Mako, and its own imports) takes a third of a second to load, so
only an upgrade loads it: the revisions are read from the names of the files in
migrations/versions ("0004_store_identity.py" is revision "0004"), and the
store's revision from Alembic's own one-row table. A test checks both against
Alembic itself.
"""

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

_SCRIPTS = Path(__file__).with_name("migrations")


def _config(connection: "Connection | None" = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    config.attributes["connection"] = connection
    return config


@functools.cache
def known_revisions() -> frozenset[str]:
    return frozenset(path.name[:4] for path in (_SCRIPTS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return max(known_revisions())


def current_revision(connection: "Connection") -> str | None:
    """The revision the store was last brought to; None for a file Alembic has not touched."""
    from sqlalchemy import text

    if connection.dialect.name == "sqlite":
        exists = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
    else:  # a server: the group's schema is first on the search_path
        exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if exists is None:
        return None
    versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        raise ValueError(f"the store is at more than one revision: {sorted(versions)}")
    return versions[0] if versions else None


def upgrade(connection: "Connection", revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(connection), revision)


def schema_number(revision: str) -> int:
    """Revisions are named 0001, 0002, …; PRAGMA user_version holds the number,
    so a newer store can be recognised from its header without opening it."""
    return int(revision)
