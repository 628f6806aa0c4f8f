"""The sector a word or a name gives away: one table for the import and the set-up assistant alike."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compactdesk.domain.enums import Sector
from compactdesk.domain.sector_words import sector_named
from compactdesk.services.import_values import read_sector
from compactdesk.services.setup import sector_or as grid_sector


@pytest.mark.parametrize("typed, sector", [
    ("VCS", Sector.VCS), ("  voluntary ", Sector.VCS), ("Trydydd sector", Sector.VCS),
    ("Dyfnant County Voluntary Council", Sector.VCS), ("Dyfnant County Council", Sector.COUNCIL),
    ("Cyngor Sir Dyfnant", Sector.COUNCIL), ("Heddlu Dyfed-Powys", Sector.POLICE), ("Tân", Sector.FIRE),
    ("Mid and West Wales Fire and Rescue Service", Sector.FIRE),
    ("Hywel Dda University Health Board", Sector.HEALTH), ("Coleg Dyfnant", Sector.EDUCATION),
    ("Other public body", Sector.OTHER_PUBLIC), ("council", Sector.COUNCIL), ("other_public", Sector.OTHER_PUBLIC),
])
def test_a_word_or_a_name_gives_its_sector(typed, sector):
    assert sector_named(typed) is sector
    assert read_sector(typed, "Sector") is sector
    assert grid_sector(typed) is sector


def test_no_sector_named_is_none_the_grid_default_or_a_refusal():
    assert sector_named("Dyfnant Youth Forum") is None and sector_named("") is None
    assert grid_sector("Dyfnant Youth Forum", Sector.OTHER_PUBLIC) is Sector.OTHER_PUBLIC
    assert read_sector("  ", "Sector") is None
    with pytest.raises(Exception, match="not a sector CompactDesk knows"):
        read_sector("Dyfnant Youth Forum", "Sector")


@given(st.text())
def test_any_text_names_a_sector_or_none(typed):
    assert sector_named(typed) in (None, *Sector)
