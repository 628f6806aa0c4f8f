"""People's and organisations' names as spreadsheets write them: turned round, compared, and nearly alike.

Two comparisons, for two purposes:
- name_key decides that two names are the SAME (a re-import matches what is held without asking). It ignores
  case and spacing only, exactly as the services' own duplicate check does (text.clean, then casefold), and
  keeps every accent: Welsh ŵ, ŷ, â are letters of their own (tân is fire, tan is until) and a secretary who
  typed them meant them, so "Llŷr Evans" is never silently the same as "Llyr Evans".
- likeness decides that two organisation names are NEARLY alike, which only ever leads to a question ("is
  'Dyfnant CVC' Dyfnant County Voluntary Council?"), never to a silent match. Here accents, punctuation,
  "&" for "and", word order, initials and small typos are all forgiven, and so are a word such as "The" or
  "Ltd" that says nothing of which body it is, and a word added or left out ("Powys Council", "Powys County
  Council"; "Age Cymru", "Age Cymru Powys"): the user is asked, and a body by another name says no.
"""

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from compactdesk.domain.sector_words import sector_named
from compactdesk.domain.text import clean

# What can follow a comma in a name without being a first name: "Ann Jones, MBE" stays as it is.
_AFTER_NAME = {"jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "mbe", "obe", "cbe", "bem", "jp",
               "dl", "qc", "kc", "mp", "ms", "am", "phd", "cllr", "esq"}
# Words an acronym leaves out: "Council for Voluntary Service" is CVS. English and Welsh.
_SMALL_WORDS = {"a", "an", "and", "the", "for", "of", "in", "on", "to", "at", "by",
                "ac", "ar", "i", "o", "y", "yr", "r", "yn", "am", "gan", "dros"}
# Words a name may have or leave out without being another body: an article, or the body's legal form
# ("Dyfnant CVC Ltd", "The Dyfnant CVC", "Dyfnant Youth Forum CIO"). English and Welsh.
_SAID_OF_ANY_BODY = {"the", "y", "yr", "ltd", "limited", "cyf", "cyfyngedig", "plc", "cio", "scio", "cic", "llp",
                     "inc", "incorporated"}
_NOT_A_LETTER = re.compile(r"[^\w]+")
_LONGEST_COMPARED = 300  # longer than any name can be stored; comparing longer text only costs time
_TYPO_RATIO = 0.85  # the whole names, as difflib sees them
_TYPO_REST_RATIO = 0.6  # the words that differ, once the shared words are set aside
_TYPO_REST_LENGTH = 5  # differing words shorter than this are initials, where one letter is another body
# A name with a word or two more than another ("Age Cymru Powys", "Age Cymru") may be that body, or a branch of
# it: asked about. The shorter must say enough to be a body (two words that are not small ones), and the words
# added must not outnumber those shared, so "Dyfnant" alone is never near every Dyfnant body.
_SHARED_AT_LEAST = 2
_ADDED_AT_MOST = 2


def turned_round(name: str) -> str:
    """"Jones, Ann" as "Ann Jones"; a name without exactly one comma, or whose part after the comma is a
    title or letters after a name ("Ann Jones, MBE"), or whose part before it is too long to be a surname,
    comes back unchanged (its spacing tidied). Only for people's names: "Dyfnant CVC, Cardiff branch" is an
    organisation and its callers never turn it."""
    text = " ".join(str(name).split())
    if text.count(",") != 1:
        return text
    surname, given = (part.strip() for part in text.split(","))
    if not surname or not given or any(character.isdigit() for character in text):
        return text
    if len(surname.split()) > 3 or all(word.strip(".").casefold() in _AFTER_NAME for word in given.split()):
        return text
    return f"{given} {surname}"


def name_key(name: str) -> str:
    """What makes two names the same name: case and spacing ignored, accents kept (see the module's note)."""
    return clean(str(name)).casefold()


def email_key(email: str) -> str:
    """An email address as compared: case and any spaces set aside ("Ann.Jones@X.org " is ann.jones@x.org)."""
    return "".join(email.split()).casefold()


def folded_words(name: str) -> list[str]:
    """The words of a name with accents, case and punctuation set aside: "Dyfnant C.V.C." -> dyfnant, cvc."""
    decomposed = unicodedata.normalize("NFKD", clean(str(name))[:_LONGEST_COMPARED])
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    plain = plain.casefold().replace("&", " and ").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    plain = re.sub(r"[.'’`]", "", plain)  # C.V.C. is CVC, St. David's is st davids
    return [word for word in _NOT_A_LETTER.sub(" ", plain).replace("_", " ").split() if word]


def alike_key(name: str) -> str:
    """What two people's names share when they differ only by accents, case or punctuation ("Llyr Evans",
    "Llŷr Evans"): never a match by itself, only a reason to say that they might be one person."""
    return " ".join(folded_words(name))


def _initials(words: list[str], *, small_words: bool) -> str:
    return "".join(word[0] for word in words if small_words or word not in _SMALL_WORDS)


def _is_initials(short: list[str], long: list[str]) -> bool:
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 2:
        return False
    return short[0] in (_initials(long, small_words=False), _initials(long, small_words=True))


@dataclass(frozen=True)
class _Words:
    """A name's folded words, worked out once: near_names compares each typed name with every name held."""

    every: tuple[str, ...]  # every word, as written
    words: tuple[str, ...]  # less "The", "Ltd" and the like (unless that is all there is)
    joined: str
    in_order: tuple[str, ...]  # sorted: the same words in another order
    unique: frozenset[str]
    telling: frozenset[str]  # the words that are not small ones: what tells one body from another

    @classmethod
    def of(cls, name: str) -> "_Words":
        every = tuple(folded_words(name))
        words = tuple(word for word in every if word not in _SAID_OF_ANY_BODY) or every
        unique = frozenset(words)
        return cls(every, words, " ".join(words), tuple(sorted(words)), unique, unique - _SMALL_WORDS)


def likeness(typed: str, held: str) -> float:
    """How nearly two organisation names are one name, 0 (not alike) to 1 (alike but for accents, case or
    punctuation). Alike: the same words in another order; the same once the words they share are set aside
    and one side's remaining word is the other's initials ("Dyfnant CVC", "Dyfnant County Voluntary
    Council"; "Dyfnant CVS", "Dyfnant Council for Voluntary Service"); or a small typo in a longer word. Two
    sets of initials a letter apart (CVS and CVC) are different bodies, and so are "Dyfnant Youth Forum" and
    "Dyfnant CVC". Also alike: the same but for "The", "Ltd" and the like ("Dyfnant CVC Ltd"), and one name
    with a word or two more than the other ("Powys Council", "Powys County Council")."""
    return _likeness(_Words.of(typed), _Words.of(held))


def _likeness(first: _Words, second: _Words) -> float:
    a, b = first.words, second.words
    if not a or not b:
        return 0.0
    if first.every == second.every:
        return 1.0
    if a == b:
        return 0.97  # but for "The" or "Ltd"
    if first.in_order == second.in_order:
        return 0.96
    if (added := _added(first, second)) is not None:
        return added
    # The words one name has and the other has not, in their order (sets: a word twice in a name is rare,
    # and this runs for every name typed against every name held).
    ordered_a = [word for word in a if word not in second.unique]
    ordered_b = [word for word in b if word not in first.unique]
    if _is_initials(ordered_a, ordered_b) or _is_initials(ordered_b, ordered_a):
        return 0.95
    if len(a) == 1 and _is_initials(list(a), list(b)) or len(b) == 1 and _is_initials(list(b), list(a)):
        return 0.9  # "DCVC" for Dyfnant County Voluntary Council
    joined_a, joined_b = " ".join(ordered_a), " ".join(ordered_b)
    if min(len(joined_a), len(joined_b)) < _TYPO_REST_LENGTH:
        return 0.0
    longer, shorter = max(len(first.joined), len(second.joined)), min(len(first.joined), len(second.joined))
    if 2 * shorter / (longer + shorter) < _TYPO_RATIO:  # difflib's real_quick_ratio, without building a matcher
        return 0.0
    whole = difflib.SequenceMatcher(None, first.joined, second.joined, autojunk=False)
    if whole.quick_ratio() < _TYPO_RATIO or whole.ratio() < _TYPO_RATIO:
        return 0.0
    if difflib.SequenceMatcher(None, joined_a, joined_b, autojunk=False).ratio() < _TYPO_REST_RATIO:
        return 0.0
    return round(0.85 * whole.ratio(), 4)


def _added(first: _Words, second: _Words) -> float | None:
    """Alike when every word of one name is in the other, which adds a word or two ("Powys Council", "Powys
    County Council"): the more the words added, the less alike. None when the names are not so."""
    shorter, longer = sorted((first, second), key=lambda words: (len(words.unique), words.joined))
    if not shorter.unique < longer.unique or len(shorter.telling) < _SHARED_AT_LEAST:
        return None
    # The word added may be the one that tells the sector: "Dyfnant County Council" and "Dyfnant County Voluntary
    # Council" are the council and the CVC, found side by side in nearly every compact.
    if sector_named(shorter.joined) != sector_named(longer.joined):
        return None
    added = len(longer.telling - shorter.telling)
    if added > min(_ADDED_AT_MOST, len(shorter.telling)):
        return None
    return round(0.93 - 0.05 * added, 4)  # "Dyfnant Arts and Crafts", "Dyfnant Arts Crafts": a small word only


class NearNames:
    """The names held, ready to be compared with many names typed."""

    def __init__(self, held: Iterable[tuple[int, str]]):
        self._held = [(ident, name, name_key(name), _Words.of(name)) for ident, name in held]

    def add(self, ident: int, name: str) -> None:
        self._held.append((ident, name, name_key(name), _Words.of(name)))

    def remove(self, ident: int) -> None:
        self._held = [entry for entry in self._held if entry[0] != ident]

    def of(self, typed: str, *, limit: int = 5) -> tuple[tuple[int, str], ...]:
        """The held (id, name) pairs nearly alike `typed`, best first; a name held exactly (name_key) is not
        'near', it is the same, and is left out."""
        key = name_key(typed)
        if not key or len(key) > _LONGEST_COMPARED:
            return ()
        words = _Words.of(typed)
        scored = []
        for ident, name, held_key, held_words in self._held:
            if held_key != key and (score := _likeness(words, held_words)) > 0:
                scored.append((-score, name.casefold(), ident, name))
        return tuple((ident, name) for _, _, ident, name in sorted(scored)[:limit])


def near_names(typed: str, held: Iterable[tuple[int, str]], *, limit: int = 5) -> tuple[tuple[int, str], ...]:
    """NearNames(held).of(typed), for one name."""
    return NearNames(held).of(typed, limit=limit)
