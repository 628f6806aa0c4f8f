"""The search on a group held on a server: PostgreSQL's own full-text search, over the GIN indexes that
revisions 0006 and 0007 made (store/pg_search.py), found and shown as on a file.

What is typed is never tsquery syntax either: the server itself folds each typed word (search_fold, as
it folds what it indexes) and parses it into words ('simple' configuration), and the query is written
from those words, each quoted: a typed word that holds several ("co-op", "issue:food") is a phrase, as in
FTS5, and the last word is a prefix ('word':*) unless a space follows it. Hits are ranked by ts_rank over
the same weighted words the index holds, with the weights search.py gives bm25; -ts_rank is the rank, so
lower is better, as bm25's.

The words around a match come from ts_headline, told the same folded words: it would not know "Llŷr"
for "llyr" in the text as written (only the unaccent extension folds there, which a group's server may
not have). search_fold changes one letter for one, so the marks ts_headline puts in the folded text are
put at the same places in the text as written.
"""

import contextlib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from compactdesk.services.search_typed import END, SNIPPET_WORDS, START, typed_words
from compactdesk.store import pg_search

_HEADLINE = (f"StartSel={START}, StopSel={END}, MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS - 1}, "
             "ShortWord=0, MaxFragments=1")


@dataclass(frozen=True)
class Query:
    every: str  # the rows matched hold every typed word, as FTS5's implicit AND
    any: str  # the column of a hit whose words are shown: the one with most of them


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def query(session: Session, typed: str) -> Query | None:
    """What was typed as tsqueries that cannot fail to parse; None when the server finds no word in it."""
    words, typing = typed_words(typed)
    if not words:
        return None
    # NFC, as what is kept is (domain/text.py): a "ŷ" typed as y and a circumflex is folded as one letter.
    words = [unicodedata.normalize("NFC", word) for word in words]
    found = session.execute(text(
        "SELECT w.n, l.lexeme FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS w(word, n) "
        "CROSS JOIN LATERAL unnest(to_tsvector('simple', search_fold(w.word))) AS l "
        "CROSS JOIN LATERAL unnest(l.positions) AS p(place) ORDER BY w.n, p.place"), {"words": words}).all()
    phrases: dict[int, list[str]] = {}
    for number, lexeme in found:
        phrases.setdefault(number, []).append(_quoted(lexeme))
    if not phrases:
        return None  # only what the server does not index as words (½, ©)
    if typing and len(words) in phrases:  # the last word typed, if the server found a word in it
        phrases[len(words)][-1] += ":*"
    written = ["(" + " <-> ".join(lexemes) + ")" for _, lexemes in sorted(phrases.items())]
    return Query(" & ".join(written), " | ".join(written))


@contextlib.contextmanager
def searching(session: Session) -> Iterator[None]:
    """The search's queries read the GIN indexes, bitmap scans only. PostgreSQL prices the expression of an
    index at a few operators a row, where reading a row's words takes 50 µs (an agenda item with its minutes
    600 µs): it would read the table row by row for a word in most rows (a letter as it is typed), 300 ms for
    the agenda items of ten years, where the index finds them in 2 ms. A bitmap scan reads only rows that match."""
    settings = ("enable_seqscan", "enable_indexscan", "jit")  # jit: compiling a query takes longer than any search
    previous = session.execute(text("SELECT " + ", ".join(f"current_setting('{name}')" for name in settings))).one()
    session.execute(text("SELECT " + ", ".join(f"set_config('{name}', 'off', true)" for name in settings)))
    yield
    # Not after an error: the transaction is then rolled back, and the settings with it.
    session.execute(text("SELECT " + ", ".join(f"set_config('{name}', :{name}, true)" for name in settings)),
                    dict(zip(settings, previous)))


# A GIN index holds no positions or weights, so ts_rank reads each matching row's words again: 50 µs a row
# (a feedback item, a target), but 450 µs an agenda item with its minutes, where ranking 500 took 210 ms.
_RANK_AT_MOST = {"search_agenda_item": 100}


def common(session: Session, sources, query: Query, ranked: int) -> dict[str, bool | None]:
    """For each source's index, whether more than `ranked` of its rows match (None: none does), in one
    statement: a word in most rows is listed newest first instead of ranked (see search.py)."""
    limits = {source.index: min(int(ranked), _RANK_AT_MOST.get(source.index, int(ranked))) for source in sources}
    counts = ", ".join(
        f"(SELECT count(*) FROM (SELECT 1 FROM {pg_search.table(index)} AS s WHERE {pg_search.words(index, 's')} "
        f"@@ CAST(:every AS tsquery) LIMIT {limit + 1}) AS matched)" for index, limit in limits.items())
    found = session.execute(text(f"SELECT {counts}"), {"every": query.every}).one()
    return {index: None if not count else count > limit for (index, limit), count in zip(limits.items(), found)}


def _sql(source, ranked: bool) -> str:
    index = source.index
    table, words = pg_search.table(index), pg_search.words(index, "s")
    matched = f"{words} @@ CAST(:every AS tsquery)"  # as the index's expression is written: the index is used
    if ranked:
        rank = f"-ts_rank(CAST('{pg_search.RANK_WEIGHTS}' AS real[]), {words}, CAST(:every AS tsquery), 1)"
        hits = (f"SELECT s.id AS rowid, {rank} AS rank FROM {table} AS s WHERE {matched} "
                f"ORDER BY rank, s.id DESC LIMIT :limit")
    else:
        hits = f"SELECT s.id AS rowid, 0.0 AS rank FROM {table} AS s WHERE {matched} ORDER BY s.id DESC LIMIT :limit"
    # Of the few hits, the column with most of the typed words is shown (the first of those), as FTS5's snippet.
    columns = ", ".join(f's."{column}"' for column in pg_search.columns(index))
    shown = (f"SELECT c.words FROM unnest(ARRAY[{columns}]) WITH ORDINALITY AS c(words, n) "
             f"ORDER BY ts_rank(to_tsvector('simple', search_fold(c.words)), CAST(:any AS tsquery)) DESC, c.n LIMIT 1")
    best = (f"SELECT best.rowid, best.rank, shown.words AS written, search_fold(shown.words) AS folded "
            f"FROM ({hits}) AS best JOIN {table} AS s ON s.id = best.rowid CROSS JOIN LATERAL ({shown}) AS shown")
    order = "hit.rank, hit.rowid DESC" if ranked else "hit.rowid DESC"
    return (f"SELECT hit.rank, hit.written, hit.folded, "
            f"ts_headline('simple', hit.folded, CAST(:any AS tsquery), :options), {source.columns} "
            f"FROM ({best}) AS hit {source.joins} ORDER BY {order}")


def rows(session: Session, source, query: Query, ranked: bool, limit: int) -> list[tuple]:
    """(rank, the snippet with its marks, then source.columns) for each hit, best first or newest first."""
    found = session.execute(text(_sql(source, ranked)), {"every": query.every, "any": query.any, "limit": limit,
                                                         "options": _HEADLINE}).all()
    return [(float(row[0]), marked(row[1] or "", row[2] or "", row[3] or ""), *row[4:]) for row in found]


def marked(written: str, folded: str, headline: str) -> str:
    """ts_headline's piece of the folded text, marks and all, as the same piece of the text as written, with
    … where words were cut off (as FTS5's snippet)."""
    plain = headline.replace(START, "").replace(END, "")
    at = folded.find(plain) if len(folded) == len(written) else -1
    if at < 0 or not plain:
        # A server whose lower() changes a text's length (an ICU locale, for a Turkish İ): the words unmarked.
        words = written.split()
        return " ".join(words[:SNIPPET_WORDS]) + ("…" if len(words) > SNIPPET_WORDS else "")
    pieces, place = [], at
    for letter in headline:
        if letter in (START, END):
            pieces.append(letter)
        else:
            pieces.append(written[place])
            place += 1
    # ts_headline starts and ends at a word: what is cut off is marked …, but punctuation alone is kept.
    before, after = written[:at], written[place:]
    before = "…" if any(letter.isalnum() for letter in before) else before
    after = "…" if any(letter.isalnum() for letter in after) else after
    return before + "".join(pieces) + after
