"""The plural of the group's word for a champion (or for itself), in the language spoken.

The word is the program's own ("champion", "hyrwyddwr"), whose plural is translated like any of its words, or
one the group typed, in English or in Welsh. English mostly adds "s"; Welsh plurals are not made by a rule
that holds for every noun ("hyrwyddwr" → "hyrwyddwyr", "swyddog" → "swyddogion", "grŵp" → "grwpiau"), so a
Welsh word with no plural known here gives None, and the sentence is put another way that needs none. The
program never makes up a plural that is wrong.
"""

from compactdesk.domain.offered_words import PLURALS
from compactdesk.i18n import ENGLISH, language, translate

# The plurals of the words the program offers (domain/offered_words.py), translated in the same context as the
# words themselves.
OFFERED_PLURALS = PLURALS

# Welsh nouns a group is likely to choose for the role, with their plurals. Welsh puts the noun first
# ("swyddog cyswllt"), so it is the first word that is made plural.
WELSH_PLURALS = {
    "aelod": "aelodau",
    "arweinydd": "arweinwyr",
    "cydlynydd": "cydlynwyr",
    "cynrychiolydd": "cynrychiolwyr",
    "grŵp": "grwpiau",
    "gweithiwr": "gweithwyr",
    "llysgennad": "llysgenhadon",
    "partner": "partneriaid",
    "swyddog": "swyddogion",
}
# An agent noun in -wr has its plural in -wyr (hyrwyddwr, eiriolwr, pencampwr, cyfarwyddwr); one in -iwr
# mostly loses the i as well (gweithiwr → gweithwyr), but not always, so it is known only from the table.
_AGENT = "wr"


def english_plural(words: str) -> str:
    """"champion" → "champions", "lead officer" → "lead officers", "deputy" → "deputies", "coach" → "coaches";
    a word that ends in a single "s" is taken to be plural already, as the group may have typed it so."""
    head, _, last = words.rpartition(" ")
    lower = last.casefold()
    if not last or (lower.endswith("s") and not lower.endswith("ss")):
        plural = last
    elif lower.endswith(("ss", "sh", "ch", "x", "z")):
        plural = last + "es"
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def welsh_plural(words: str) -> str | None:
    """"hyrwyddwr" → "hyrwyddwyr", "swyddog cyswllt" → "swyddogion cyswllt"; None for a noun whose plural
    is not known here."""
    first, space, rest = words.partition(" ")
    lower = first.casefold()
    if lower in WELSH_PLURALS:
        plural = WELSH_PLURALS[lower]
        plural = plural[:1].upper() + plural[1:] if first[:1].isupper() else plural
    elif lower.endswith(_AGENT) and not lower.endswith(("iwr", "wyr")) and len(lower) > 3:
        plural = first[:-1] + "y" + first[-1]
    else:
        return None
    return plural + space + rest


def label_plural(word: str) -> str | None:
    """The plural of a label as shown in the language spoken now (services/compact.label_in_language gives
    it): the translated plural of the program's own words; else the English rule in English, the known Welsh
    plural in Welsh, or None when there is none, for the caller to say it without a plural."""
    shown = " ".join(word.split())
    if not shown:
        return None
    for offered, plural in OFFERED_PLURALS.items():
        if shown.casefold() in (offered, translate("Compact", offered).casefold()):
            return translate("Compact", plural)
    if language() == ENGLISH:
        return english_plural(shown)
    return welsh_plural(shown)
