"""A few things named in a sentence: "A, B and C", "A or B", in the language spoken.

Joined by hand with " and " the words were English in every language, and a Welsh " a " is wrong before a
vowel, where Welsh says "ac" ("rhif ffôn ac e-bost"): the word before the last item is chosen for that item.
"""

from collections.abc import Iterable

from compactdesk.i18n import translate

# A Welsh word that begins with one of these takes "ac", not "a" (w and y are vowels in Welsh).
_VOWELS = frozenset("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ")


def _before_vowel(word: str) -> bool:
    return word.lstrip("“‘'\"(")[:1].casefold() in _VOWELS


def all_of(items: Iterable[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    rest, last = ", ".join(items[:-1]), items[-1]
    if _before_vowel(last):
        return translate("Lists", "{rest} and {last}", "the last begins with a vowel").format(rest=rest, last=last)
    return translate("Lists", "{rest} and {last}").format(rest=rest, last=last)


def one_of(items: Iterable[str]) -> str:
    """"A", "A or B", "A, B or C"."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return translate("Lists", "{rest} or {last}").format(rest=", ".join(items[:-1]), last=items[-1])
