"""Translation hook for the layers that must not import Qt.

Domain, store and services call `translate(context, text)` exactly as the GUI calls
`QCoreApplication.translate`, so the translation tools collect their strings too
(packaging/translations.py). A face (the window or the command line) installs a
catalogue for each language it has (compactdesk/catalogues.py, from Qt's .qm files)
and says which language the interface speaks. A paper in another language is built
inside `speaking(language)`, which holds for the thread that builds it; a bilingual
paper is built once in each language (documents/bilingual.py).
"""

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)
# A paper, an email or a calendar in both languages at once, the Welsh first.
BOTH = "both"
T = TypeVar("T")

# (context, source, disambiguation, n) → the translation, or "" when the catalogue has none.
Catalogue = Callable[[str, str, str | None, int], str]
# A comparison of two texts in a language's alphabetical order (<0, 0, >0), as QCollator.compare.
Comparison = Callable[[str, str], int]

_catalogues: dict[str, Catalogue] = {}
_comparisons: dict[str, Comparison] = {}
_interface = ENGLISH
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)
_alphabet: ContextVar[str | None] = ContextVar("alphabet", default=None)


def install_catalogue(language: str, catalogue: Catalogue | None, comparison: Comparison | None = None) -> None:
    """Gives a language its words (and its alphabetical order); None takes them away."""
    if catalogue is None:
        _catalogues.pop(language, None)
    else:
        _catalogues[language] = catalogue
    if comparison is None:
        _comparisons.pop(language, None)
    else:
        _comparisons[language] = comparison


def set_interface(language: str) -> None:
    """The language the window (or the command line) speaks when nothing else is asked for."""
    global _interface
    _interface = language if language in LANGUAGES else ENGLISH


def interface() -> str:
    return _interface


def language() -> str:
    """The language being spoken now: a paper's while it is built, else the interface's."""
    return _speaking.get() or _interface


def has_catalogue(language: str) -> bool:
    return language == ENGLISH or language in _catalogues


@contextmanager
def speaking(language: str, alphabet: str | None = None) -> Iterator[None]:
    """Everything translated inside, in this thread, is in `language`; names sort in `alphabet`'s order when
    given, or as outside (a bilingual paper's English half sorts as its Welsh half does, so the two can be put
    side by side)."""
    token, order = _speaking.set(language), _alphabet.set(alphabet or _alphabet.get())
    try:
        yield
    finally:
        _alphabet.reset(order)
        _speaking.reset(token)


def in_languages(language: str, build: Callable[[], T], merge: Callable[[T, T], T]) -> T:
    """`build()` in `language` ("en" or "cy"); for BOTH, built in Welsh and in English and given to
    `merge(welsh, english)`. The English half sorts names as the Welsh half does, so the two pair up."""
    if language != BOTH:
        with speaking(language):
            return build()
    with speaking(WELSH):
        welsh = build()
    with speaking(ENGLISH, alphabet=WELSH):
        english = build()
    return merge(welsh, english)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    spoken = language()
    result = ""
    if spoken != ENGLISH:
        catalogue = _catalogues.get(spoken)
        if catalogue is not None:
            result = catalogue(context, text, disambiguation, n)
    untranslated = not result
    if untranslated:
        result = text
    if n >= 0:
        result = result.replace("%n", str(n))
        if untranslated:  # the source keeps Qt's "(s)" form: give the English one
            result = result.replace("(s)", "" if n == 1 else "s")
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation where it is defined; translate() shows it."""
    return text


@functools.total_ordering
class _Collated:
    """A text's place in the alphabet of a language, for sort keys (ties compare equal, as tuples need)."""

    __slots__ = ("text", "compare")

    def __init__(self, text: str, compare: Comparison) -> None:
        self.text, self.compare = text, compare

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Collated) and self.compare(self.text, other.text) == 0

    def __lt__(self, other: "_Collated") -> bool:
        return self.compare(self.text, other.text) < 0

    __hash__ = None  # type: ignore[assignment]


def name_order(text: str) -> Any:
    """The sort key of a name in the language spoken: in Welsh, ch, dd, ff, ng, ll, ph, rh and th are
    letters of their own (Luned and Lyn come before Lloyd)."""
    compare = _comparisons.get(_alphabet.get() or language())
    return text.casefold() if compare is None else _Collated(text, compare)
