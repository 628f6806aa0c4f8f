"""The words the program offers a group for itself and for a champion, with their plurals: one table for the
set-up assistant, the compact's defaults, the labels shown and their plurals (domain/label_plurals.py).

Each is held in English in the group's file (compact.group_label, compact.champion_label) and shown in the
language spoken through the catalogue, in the "Compact" context; a word the group typed is its own and is
never translated.
"""

from compactdesk.i18n import QT_TRANSLATE_NOOP, translate

GROUP_WORDS = (QT_TRANSLATE_NOOP("Compact", "liaison group"), QT_TRANSLATE_NOOP("Compact", "steering group"))
CHAMPION_WORDS = (QT_TRANSLATE_NOOP("Compact", "champion"), QT_TRANSLATE_NOOP("Compact", "representative"))
OFFERED = GROUP_WORDS + CHAMPION_WORDS

# Each offered word's plural, translated in the same context, so that "hyrwyddwr" has the translator's plural.
PLURALS = {
    "liaison group": QT_TRANSLATE_NOOP("Compact", "liaison groups"),
    "steering group": QT_TRANSLATE_NOOP("Compact", "steering groups"),
    "champion": QT_TRANSLATE_NOOP("Compact", "champions"),
    "representative": QT_TRANSLATE_NOOP("Compact", "representatives"),
}

# The group's words as a heading shows them ("Dyfnant Compact Liaison Group"): each one's title form, translated
# in the same context, since the translator knows which of its words a title capitalises (domain/titles.py).
GROUP_TITLES = {
    "liaison group": QT_TRANSLATE_NOOP("Compact", "Liaison Group"),
    "steering group": QT_TRANSLATE_NOOP("Compact", "Steering Group"),
}


def _same(typed: str) -> str:
    return " ".join(typed.split()).casefold()


def offered_english(typed: str | None, offered: tuple[str, ...] = OFFERED) -> str | None:
    """The English of the offered word `typed` is, in English or as the language spoken shows it ("grŵp
    cyswllt" in Welsh → "liaison group"); None for a word of the group's own (in an English window, "grŵp
    cyswllt" typed is the group's own English word, shown as typed)."""
    key = _same(typed or "")
    if not key:
        return None
    return next((word for word in offered if key in (_same(word), _same(translate("Compact", word)))), None)
