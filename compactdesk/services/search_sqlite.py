"""The search on a group's file: SQLite's FTS5 indexes (revisions 0006 and 0007).

What is typed is never FTS5 syntax: each word is quoted (so `"`, `*`, `-`, `:`, NEAR, AND are only
words), and the last is matched as a prefix, as the person is still typing it. Hits are ranked by bm25,
told each column's weight, lower first.
"""

import contextlib

from sqlalchemy import text
from sqlalchemy.orm import Session

from compactdesk.services.search_typed import SNIPPET_WORDS, typed_words


def match_query(typed: str) -> str | None:
    """What a person typed as an FTS5 query that cannot fail to parse; None when it holds no word.

    Each word is one quoted string (a `"` in it doubled), so nothing typed is read as an operator.
    The last word matches as a prefix unless a space follows it: "food ba" finds "food banks"."""
    words, typing = typed_words(typed)
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if typing:
        quoted[-1] += "*"
    return " ".join(quoted)


def query(session: Session, typed: str) -> str | None:
    return match_query(typed)


def searching(session: Session) -> contextlib.AbstractContextManager:
    return contextlib.nullcontext()


def _sql(source, ranked: bool) -> str:
    index = source.index
    # snippet() marks each matched word with START and END (search_typed.py): char(2) and char(3).
    snippet = f"snippet({index}, -1, char(2), char(3), '…', {SNIPPET_WORDS})"
    if ranked:
        # The hidden rank column, told its weights, lets FTS5 order and cut the hits itself.
        weights = ", ".join(f"{weight:g}" for weight in source.weights)
        hits = (f"SELECT rowid, rank, {snippet} AS piece FROM {index} WHERE {index} MATCH :query "
                f"AND rank MATCH 'bm25({weights})' ORDER BY rank LIMIT :limit")
    else:
        hits = (f"SELECT rowid, 0.0 AS rank, {snippet} AS piece FROM {index} WHERE {index} MATCH :query "
                f"ORDER BY rowid DESC LIMIT :limit")
    # The records are then read for those few hits only, in the order chosen above: a join may reorder rows.
    order = "hit.rank" if ranked else "hit.rowid DESC"
    return f"SELECT hit.rank, hit.piece, {source.columns} FROM ({hits}) AS hit {source.joins} ORDER BY {order}"


def common(session: Session, sources, query: str, ranked: int) -> dict[str, bool]:
    """For each source's index, whether more than `ranked` of its rows match. bm25 first counts every row that
    holds each word, about 0.6 µs a row: a word in nearly every one of 20,000 feedback items ("the", or "co" as
    it is typed) took 15 ms to rank, and a search asks twelve indexes. Such a word tells the rows apart too
    little for the ranking to be worth it: they are listed newest first instead, which is quick."""
    return {source.index: session.execute(text(
        f"SELECT rowid FROM {source.index} WHERE {source.index} MATCH :query "
        f"ORDER BY rowid DESC LIMIT 1 OFFSET {int(ranked)}"), {"query": query}).first() is not None
        for source in sources}


def rows(session: Session, source, query: str, ranked: bool, limit: int) -> list[tuple]:
    """(rank, the snippet with its marks, then source.columns) for each hit, best first or newest first."""
    return [tuple(row) for row in session.execute(text(_sql(source, ranked=ranked)),
                                                  {"query": query, "limit": limit}).all()]
