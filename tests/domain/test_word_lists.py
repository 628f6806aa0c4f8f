"""A few things named in a sentence, joined in the language spoken (issue 19)."""

from hypothesis import given
from hypothesis import strategies as st

from compactdesk import i18n
from compactdesk.domain.word_lists import all_of, one_of
from welsh_catalogue import welsh_loaded


def test_english_lists():
    assert all_of([]) == one_of([]) == ""
    assert all_of(["email address"]) == "email address"
    assert all_of(["email address", "phone number"]) == "email address and phone number"
    assert all_of(["email address", "phone number", "role"]) == "email address, phone number and role"
    assert one_of(["Dyfnant CVC", "Dyfnant County Voluntary Council"]) == \
        "Dyfnant CVC or Dyfnant County Voluntary Council"
    assert all_of(["a", "", "b"]) == "a and b"


def test_welsh_says_ac_before_a_vowel_and_a_before_a_consonant():
    with welsh_loaded(), i18n.speaking(i18n.WELSH):
        assert all_of(["rhif ffôn", "rôl"]) == "rhif ffôn a rôl"
        assert all_of(["rhif ffôn", "e-bost"]) == "rhif ffôn ac e-bost"
        assert all_of(["rôl", "rhif ffôn", "Ysgol Gynradd"]) == "rôl, rhif ffôn ac Ysgol Gynradd"
        assert all_of(["rôl", "ŵyr"]) == "rôl ac ŵyr"
        assert one_of(["PAVO", "CGGC"]) == "PAVO neu CGGC"


@given(st.lists(st.text(min_size=1, max_size=20).filter(lambda text: "{" not in text), max_size=5),
       st.sampled_from(i18n.LANGUAGES))
def test_every_item_is_named_in_order(items, language):
    with welsh_loaded(), i18n.speaking(language):
        for joined in (all_of(items), one_of(items)):
            at = 0
            for item in items:
                at = joined.index(item, at) + len(item)
