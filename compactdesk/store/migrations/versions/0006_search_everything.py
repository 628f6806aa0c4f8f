"""One search across everything (issue 16): a full-text index (SQLite FTS5) over the words of
meetings and their agenda items, targets and their progress notes, feedback, people,
organisations, codes of practice and their reviews, consultations, and disputes and their steps.

Each index is an external-content table: it keeps only the index, and reads the words
themselves from the table it indexes, so no text is stored twice. Triggers on that table keep
the index in step with every insert, change and delete, whoever makes it (a service, a
cascade, an undo replaying its statements); the index is filled here from what the store
already holds. Diacritics are folded, so "Llyr" finds "Llŷr" and "Mon" finds "Môn".

The lists below are this revision's, written out: a later revision changes them by adding its
own, never by editing these. A later revision that rebuilds an indexed table (batch_alter_table
copies it and drops the old one, and its triggers with it) must make that table's triggers again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The index's name: (the table it indexes, the columns of words it indexes).
INDEXES = {
    "search_meeting": ("meeting", ("venue", "notes")),
    "search_agenda_item": ("agenda_item", ("title", "presenter", "description", "minutes", "decisions")),
    "search_target": ("target", ("title", "measure", "drop_reason")),
    "search_target_progress": ("target_progress", ("note",)),
    "search_feedback": ("feedback", ("issue", "detail", "department", "answer_summary")),
    "search_person": ("person", ("name", "role", "department", "email", "notes")),
    "search_organisation": ("organisation", ("name", "notes")),
    "search_code_of_practice": ("code_of_practice", ("name", "notes")),
    "search_code_review": ("code_review", ("note",)),
    "search_consultation": ("consultation", ("title", "short_reason", "notes")),
    "search_dispute": ("dispute", ("title", "summary", "outcome")),
    "search_dispute_step": ("dispute_step", ("note",)),
}
TOKENIZE = "unicode61 remove_diacritics 2"
# Each word is indexed under its first letter too: the first letter typed ("c…") is a prefix of thousands of
# words, which FTS5 otherwise merges word by word for every search (13 ms of a search's 16 on a store of ten
# years, where an old laptop takes three times as long; 3 ms with this, for an index of 11 MB, not 6.5).
# Two letters are quick enough without.
PREFIX = "1"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    """The index as a virtual table and the three triggers that keep it in step with `table`."""
    names = ", ".join(_quoted(column) for column in columns)
    new = ", ".join(f"new.{_quoted(column)}" for column in columns)
    old = ", ".join(f"old.{_quoted(column)}" for column in columns)
    fts, source = _quoted(index), _quoted(table)
    # An external-content index is told what a row held when it is removed ('delete' with the old values):
    # it keeps no copy of its own to look them up in.
    remove = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content={source}, content_rowid='id', "
        f"tokenize='{TOKENIZE}', prefix='{PREFIX}')",
        f"CREATE TRIGGER {_quoted(index + '_insert')} AFTER INSERT ON {source} BEGIN {add} END",
        f"CREATE TRIGGER {_quoted(index + '_delete')} AFTER DELETE ON {source} BEGIN {remove} END",
        # Only a change to the words (or the id) touches the index: marking an item answered, or a cascade
        # setting a meeting link to NULL, does not.
        f"CREATE TRIGGER {_quoted(index + '_update')} AFTER UPDATE OF id, {names} ON {source} "
        f"BEGIN {remove} {add} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return  # FTS5 is SQLite's: a server searches by its own indexes (store/pg_search.py)
    for index, (table, columns) in INDEXES.items():
        for statement in statements(index, table, columns):
            connection.exec_driver_sql(statement)  # as written: no bind parameters read into it
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
