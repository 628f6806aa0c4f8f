"""The group's own words (the compact's name, its labels, seat and agenda item titles) in the language spoken.

Each is held in English and, where someone gave one, in Welsh. A Welsh or bilingual paper, and the window
in Welsh, show the Welsh form; where none was given they show the English, as typed: nothing the group
wrote is machine-translated.
"""

from compactdesk.domain.enums import StandingItem
from compactdesk.i18n import ENGLISH, WELSH, language, speaking


def in_language(english: str | None, welsh: str | None) -> str:
    """The Welsh form when Welsh is spoken now (i18n.language()) and one was given, else the English."""
    welsh = (welsh or "").strip()
    if welsh and language() == WELSH:
        return welsh
    return english or ""


def standing_title(item: StandingItem) -> str:
    """A standing item's English title: the program's own words for it, whatever the interface speaks."""
    with speaking(ENGLISH):
        return item.label()


def item_title(title: str, title_cy: str | None, standing: StandingItem | None) -> str:
    """An agenda item's title in the language spoken now. A standing item still under the program's English
    title, with no Welsh title of its own, has the program's Welsh for it (read from the catalogue as it is
    shown, so a corrected translation reaches the old meetings too); renamed, it is the group's own words."""
    if not (title_cy or "").strip() and standing is not None and language() == WELSH \
            and title == standing_title(standing):
        return standing.label()
    return in_language(title, title_cy)
