"""The group's own words in Welsh (issue 19): beside the English, a Welsh form of the compact's
name, the group's word for itself and for a champion, each seat's title and each agenda item's
title (the standing items among them), used by Welsh and bilingual papers. "" means none was
given, and the English is used.

Each column is added by ALTER TABLE, which keeps the table (and the search index's triggers on
it) as it is. The agenda items' index (revision 0006) is made again with the Welsh title among
its words, so an item is found by either title; on a server, its GIN index is made again so.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    ("compact", "name_cy", 300),
    ("compact", "group_label_cy", 100),
    ("compact", "champion_label_cy", 100),
    ("seat", "title_cy", 300),
    ("agenda_item", "title_cy", 300),
)

# As revision 0006 made it, written out here (a revision never reads another's lists), with the Welsh title.
INDEX = "search_agenda_item"
INDEXED = ("title", "presenter", "description", "minutes", "decisions", "title_cy")


def _index_statements() -> list[str]:
    names = ", ".join(f'"{column}"' for column in INDEXED)
    new = ", ".join(f'new."{column}"' for column in INDEXED)
    old = ", ".join(f'old."{column}"' for column in INDEXED)
    remove = f"INSERT INTO {INDEX}({INDEX}, rowid, {names}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {INDEX}(rowid, {names}) VALUES (new.id, {new});"
    return [
        f"DROP TRIGGER IF EXISTS {INDEX}_insert",
        f"DROP TRIGGER IF EXISTS {INDEX}_delete",
        f"DROP TRIGGER IF EXISTS {INDEX}_update",
        f"DROP TABLE IF EXISTS {INDEX}",
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5({names}, content=agenda_item, content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1')",
        f"CREATE TRIGGER {INDEX}_insert AFTER INSERT ON agenda_item BEGIN {add} END",
        f"CREATE TRIGGER {INDEX}_delete AFTER DELETE ON agenda_item BEGIN {remove} END",
        f"CREATE TRIGGER {INDEX}_update AFTER UPDATE OF id, {names} ON agenda_item BEGIN {remove} {add} END",
        f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')",
    ]


# On a server, revision 0006's GIN index over the items' weighted words, with the Welsh title weighing as the English.
SERVER_INDEXED = (("title", "A"), ("presenter", "C"), ("description", "B"), ("minutes", "D"), ("decisions", "C"),
                  ("title_cy", "A"))


def _server_statements() -> list[str]:
    words = " || ".join(f"setweight(to_tsvector('simple', search_fold(\"{column}\")), '{weight}')"
                        for column, weight in SERVER_INDEXED)
    return [f'DROP INDEX "{INDEX}"', f'CREATE INDEX "{INDEX}" ON agenda_item USING gin (({words}))']


def upgrade() -> None:
    for table, column, length in COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(length=length), nullable=False, server_default=""))
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for statement in _server_statements():
            connection.exec_driver_sql(statement)
        return
    for statement in _index_statements():
        connection.exec_driver_sql(statement)  # as written: no bind parameters read into it
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 7")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
