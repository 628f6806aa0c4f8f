"""Text compared the way the pages compare it (casefolded, so "ŵ" finds "Ŵ"), in SQL too.

SQLite's own lower() and NOCASE know only the 26 English letters; a list sorted
by them would put "Łucja" and "łucja" apart. So each connection gets Python's
casefold as an SQL function; SQLite works out a sort key once a row, not once a
comparison, so sorting 20,000 rows by it costs a few milliseconds.
"""

from sqlalchemy import func
from sqlalchemy.orm import Session

FUNCTION = "compactdesk_casefold"


def fold(text: str) -> str:
    return text.casefold()


def search_words(text: str) -> list[str]:
    """The words of a search box, each to be found (casefolded) for a row to match."""
    return fold(text).split()


def _fold_or_none(text):
    return text.casefold() if isinstance(text, str) else text


def with_casefold(session: Session) -> None:
    """Makes casefold_sql usable in this session's queries (cheap to call again)."""
    raw = session.connection().connection.driver_connection
    raw.create_function(FUNCTION, 1, _fold_or_none, deterministic=True)


def casefold_sql(expression):
    """`expression` casefolded, as a sort key; the session needs with_casefold first."""
    return getattr(func, FUNCTION)(expression)
