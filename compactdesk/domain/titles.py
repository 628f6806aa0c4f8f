"""Titles made of the group's own words: the compact's name with the group's word for itself, and a label at the
start of a sentence.

A word the group typed is kept exactly as typed ("Monitoring and Implementation Group", never "Monitoring And
Implementation Group"). A word the program offered ("liaison group") has a title form of its own, translated like
any of the program's words ("Liaison Group", "Grŵp Cyswllt"), for a heading. A sentence that begins with a label
capitalises its first letter only. Where the name and the label share words at the point they meet, those words
are said once: "Derby Compact" and "Compact Group" make "Derby Compact Group", not "Derby Compact Compact Group".
"""

import re
import unicodedata

from compactdesk.domain.offered_words import GROUP_TITLES, GROUP_WORDS, offered_english
from compactdesk.i18n import ENGLISH, language, translate

_WORD = re.compile(r"\S+")


def _key(word: str) -> str:
    # Words compare as a reader sees them: the same letters whatever their case or how they were composed.
    return unicodedata.normalize("NFC", word.casefold())


def _keys(text: str) -> list[str]:
    return [_key(word) for word in text.split()]


def _holds(words: list[str], run: list[str]) -> bool:
    """Whether `run` is found among `words`, whole words in a row."""
    size = len(run)
    return any(words[at:at + size] == run for at in range(len(words) - size + 1))


def joined(first: str, second: str) -> str:
    """`first` then `second`, a space between, saying once the words they share where they meet: the longest run
    of words that ends `first` and begins `second`, in `first`'s letters ("Derby Compact" + "Compact Group" →
    "Derby Compact Group"). When one already holds the whole of the other, word for word, it is that one alone
    ("Dyfnant Liaison Group" + "Liaison Group"). Each is otherwise kept exactly as given, spaces and all; a word
    doubled at the start of `second` is said once where they meet."""
    first, second = first.strip(), second.strip()
    ahead, behind = _keys(first), _keys(second)
    if not behind or _holds(ahead, behind):
        return first
    if not ahead or _holds(behind, ahead):
        return second
    shared = next(size for size in range(min(len(ahead), len(behind)), -1, -1)
                  if size == 0 or ahead[-size:] == behind[:size])
    starts = [found.start() for found in _WORD.finditer(second)]
    skip = shared
    while skip < len(behind) and behind[skip] == ahead[-1]:
        skip += 1  # "X Compact" + "Compact Compact Group": not "X Compact Compact Group"
    return first + " " + second[starts[skip]:] if skip < len(behind) else first


def sentence_start(words: str) -> str:
    """`words` to begin a sentence or a heading: the first letter a capital, nothing else changed ("liaison group
    meeting" → "Liaison group meeting"). A first word with a capital in it already ("iCompact", "eVolunteers")
    is a name, kept as it is."""
    first = next(iter(words.split()), "")
    if not first[:1].islower() or any(letter.isupper() for letter in first):
        return words
    capital = first[0].title()
    if capital.casefold() != first[0].casefold():
        return words  # "ı" has no capital of its own: "I" is another letter
    at = words.index(first)
    return words[:at] + capital + words[at + 1:]


def heading_form(label: str) -> str:
    """The group's word for itself as a heading shows it: the title form of a word the program offered ("liaison
    group" → "Liaison Group"; in Welsh "grŵp cyswllt" → "Grŵp Cyswllt"), a word the group typed exactly as typed.
    A language whose catalogue lacks the title form has the word as the catalogue gives it, never the English."""
    offered = offered_english(label, GROUP_WORDS)
    if offered is None:
        return label
    title = translate("Compact", GROUP_TITLES[offered])
    if language() != ENGLISH and title == GROUP_TITLES[offered]:
        return translate("Compact", offered)
    return title


def group_title(name: str, label: str, *, label_first: bool = False) -> str:
    """The group's name for a heading: the compact's name and the group's word (heading_form) joined without a
    doubled word, in the language's order (Welsh puts the group's word first: "Grŵp Cyswllt Compact Sir
    Ddinbych"). A title that begins with the group's word begins with a capital letter."""
    label = heading_form(label.strip())
    if label_first:
        return sentence_start(joined(label, name))
    return joined(name, label)
