"""The sector a word or a name gives away, in English and Welsh: "VCS", "cyngor", "Heddlu Dyfnant",
"Dyfnant County Voluntary Council". Shared by the spreadsheet import and the set-up assistant, so a seat typed
in the assistant's grid and the same seat in a spreadsheet are read alike."""

import re
import unicodedata

from compactdesk.domain.enums import Sector


def folded(value) -> str:
    """A cell's words with case, accents and punctuation set aside, for reading a word from a list."""
    decomposed = unicodedata.normalize("NFKD", str(value).casefold().replace("&", " and "))
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(re.sub(r"[^\w✓✔☑✅✗✘—-]+", " ", plain).split())


# As folded() writes them: a whole cell first, then a word within it, in this order (a "County Voluntary Council"
# is voluntary, not the council; "Hywel Dda University Health Board" is health, not education).
_WHOLE = {
    "vcs": Sector.VCS, "vcse": Sector.VCS, "tsi": Sector.VCS, "third sector": Sector.VCS, "trydydd sector": Sector.VCS,
    "la": Sector.COUNCIL, "local authority": Sector.COUNCIL, "awdurdod lleol": Sector.COUNCIL,
    "nhs": Sector.HEALTH, "other public": Sector.OTHER_PUBLIC, "public": Sector.OTHER_PUBLIC,
    "other public body": Sector.OTHER_PUBLIC, "public body": Sector.OTHER_PUBLIC, "cyhoeddus": Sector.OTHER_PUBLIC,
    "corff cyhoeddus": Sector.OTHER_PUBLIC, "corff cyhoeddus arall": Sector.OTHER_PUBLIC,
    "tan": Sector.FIRE, "tan ac achub": Sector.FIRE,
}
_WORDS = (
    (("voluntary", "community", "charity", "charities", "vcs", "vcse", "third", "gwirfoddol", "cymunedol",
      "elusen", "trydydd"), Sector.VCS),
    (("police", "heddlu", "pcc"), Sector.POLICE),
    (("fire", "rescue", "achub"), Sector.FIRE),
    (("health", "nhs", "gig", "iechyd", "hospital", "ysbyty"), Sector.HEALTH),
    (("education", "school", "college", "university", "addysg", "ysgol", "coleg", "prifysgol"), Sector.EDUCATION),
    (("council", "authority", "cyngor", "awdurdod"), Sector.COUNCIL),
    (("public", "cyhoeddus"), Sector.OTHER_PUBLIC),
)


def sector_named(value) -> Sector | None:
    """The sector `value` names (its code, its label, a usual word for it) or gives away by a word in it; None
    when it is empty or names none."""
    if isinstance(value, Sector):
        return value
    word = folded(value).replace("_", " ")
    if not word:
        return None
    for sector in Sector:
        if word in (sector.value.replace("_", " "), folded(sector.label())):
            return sector
    if word in _WHOLE:
        return _WHOLE[word]
    words = set(word.split())
    return next((sector for found, sector in _WORDS if words & set(found)), None)
