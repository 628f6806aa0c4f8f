"""One search across everything (issue 16): a full-text index (SQLite FTS5) over the words of
meetings and their agenda items, targets and their progress notes, feedback, people,
organisations, codes of practice and their reviews, consultations, and disputes and their steps.

Each index is an external-content table: it keeps only the index, and reads the words
themselves from the table it indexes, so no text is stored twice. Triggers on that table keep
the index in step with every insert, change and delete, whoever makes it (a service, a
cascade, an undo replaying its statements); the index is filled here from what the store
already holds. Diacritics are folded, so "Llyr" finds "Llŷr" and "Mon" finds "Môn".

A group on a server (PostgreSQL) gets PostgreSQL's own: for each index, a GIN index over the weighted
words of the same columns, an expression that PostgreSQL keeps in step itself (SERVER_INDEXES below).

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


# On a server (PostgreSQL has no FTS5): one GIN index for each index above, over an expression, the weighted words
# of the row (services/search_server.py asks it by writing the same expression; store/pg_search.py has it as the
# newest revision left it). Each column's words are given the weight that search.py gives bm25 for the column,
# as one of PostgreSQL's four letters: A for 8, B for 3, C for 2, D for 1.
SERVER_INDEXES = {
    "search_meeting": ("meeting", (("venue", "C"), ("notes", "D"))),
    "search_agenda_item": ("agenda_item", (("title", "A"), ("presenter", "C"), ("description", "B"),
                                           ("minutes", "D"), ("decisions", "C"))),
    "search_target": ("target", (("title", "A"), ("measure", "C"), ("drop_reason", "D"))),
    "search_target_progress": ("target_progress", (("note", "D"),)),
    "search_feedback": ("feedback", (("issue", "A"), ("detail", "C"), ("department", "C"), ("answer_summary", "D"))),
    "search_person": ("person", (("name", "A"), ("role", "B"), ("department", "B"), ("email", "C"), ("notes", "D"))),
    "search_organisation": ("organisation", (("name", "A"), ("notes", "D"))),
    "search_code_of_practice": ("code_of_practice", (("name", "A"), ("notes", "D"))),
    "search_code_review": ("code_review", (("note", "D"),)),
    "search_consultation": ("consultation", (("title", "A"), ("short_reason", "C"), ("notes", "D"))),
    "search_dispute": ("dispute", (("title", "A"), ("summary", "C"), ("outcome", "C"))),
    "search_dispute_step": ("dispute_step", (("note", "D"),)),
}
# search_fold folds what the 'simple' configuration does not: diacritics ("Llyr" finds "Llŷr", "Mon" finds "Môn"),
# as FTS5's remove_diacritics does (each letter decomposed, NFD, and its combining marks dropped), and punctuation,
# which would otherwise join words into one token (an email address, a web address, "co-op", "3.5") where FTS5 sees
# several. Not the unaccent extension: it may not be installable on a group's server, and is not IMMUTABLE, as an
# index's expression must be. Not translate() over a list of accented letters either: it compares each letter with
# each in the list, 3 µs a letter, 17 s to index the ten-year benchmark's feedback, 0.8 s this way. A letter
# becomes one letter (composed text, as every text is kept: domain/text.py), so the folded text is as long as the
# text, and the search puts ts_headline's marks on the folded text at the same places in the text as written.
FOLD_MARKS = r"[\u0300-\u036f]+"
# ASCII's punctuation, then « · » – — ― and the quotation marks ‘ ’ ‚ ‛ “ ” „ ‟, • … ‹ ›
FOLD_PUNCTUATION = (r"[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e"
                    r"\u00ab\u00b7\u00bb\u2013-\u2015\u2018-\u201f\u2022\u2026\u2039\u203a]")


def _literal(words: str) -> str:
    return "'" + words.replace("'", "''") + "'"


def server_statements(encoding: str) -> list[str]:
    """The fold function and the indexes, on a server whose database holds text in `encoding`."""
    # normalize() needs a UTF8 database: in another (which could not hold "ŵ" anyway), letters are only lowered.
    letters = "lower(coalesce(words, ''))"
    if encoding.upper() == "UTF8":
        letters = f"normalize({letters}, NFD)"
    # The function is made in the group's schema (first on the search_path); its body names only pg_catalog's
    # functions, so it works whatever the search_path (pg_restore empties it while it builds the indexes).
    statements = [
        "CREATE FUNCTION search_fold(words text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fold$ "
        f"SELECT regexp_replace(regexp_replace({letters}, {_literal(FOLD_MARKS)}, '', 'g'), "
        f"{_literal(FOLD_PUNCTUATION)}, ' ', 'g') $fold$"]
    for index, (table, columns) in SERVER_INDEXES.items():
        words = " || ".join(f"setweight(to_tsvector('simple', search_fold({_quoted(column)})), '{weight}')"
                            for column, weight in columns)
        statements.append(f"CREATE INDEX {_quoted(index)} ON {_quoted(table)} USING gin (({words}))")
    return statements


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
    if connection.dialect.name == "postgresql":
        encoding = connection.exec_driver_sql("SHOW server_encoding").scalar()
        for statement in server_statements(encoding):
            connection.exec_driver_sql(statement)
        return
    for index, (table, columns) in INDEXES.items():
        for statement in statements(index, table, columns):
            connection.exec_driver_sql(statement)  # as written: no bind parameters read into it
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
