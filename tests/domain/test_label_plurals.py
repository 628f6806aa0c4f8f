"""The group's word for a champion, made plural in the language spoken, or not at all (issue 19): "hyrwyddwrs"
was the old "add an s" in Welsh."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compactdesk import i18n
from compactdesk.domain.label_plurals import english_plural, label_plural, welsh_plural
from welsh_catalogue import welsh_loaded


@pytest.fixture
def welsh():
    with welsh_loaded(), i18n.speaking(i18n.WELSH):
        yield


@pytest.mark.parametrize(("word", "plural"), [
    ("champion", "champions"), ("representative", "representatives"), ("lead officer", "lead officers"),
    ("deputy", "deputies"), ("key contact", "key contacts"), ("coach", "coaches"), ("boss", "bosses"),
    ("day", "days"), ("champions", "champions"), ("Link Officer", "Link Officers")])
def test_an_english_word_takes_the_english_plural(word, plural):
    assert label_plural(word) == english_plural(word) == plural


@given(st.lists(st.text(st.characters(categories=("Ll",)), min_size=1, max_size=12), min_size=1, max_size=3))
def test_an_english_plural_changes_only_the_last_word(words):
    label = " ".join(words)
    plural = english_plural(label)
    assert plural.startswith(" ".join(words[:-1])) and plural.casefold().endswith("s")
    assert label_plural(label) == plural


def test_the_programs_own_word_has_its_translated_plural_in_welsh(welsh):
    assert label_plural("hyrwyddwr") == "hyrwyddwyr"
    assert label_plural("cynrychiolydd") == "cynrychiolwyr"
    # The English word held, shown in Welsh as the program's Welsh for it, is the same word.
    assert label_plural("champion") == "hyrwyddwyr"
    assert label_plural("liaison group") == "grwpiau cyswllt"


@pytest.mark.parametrize(("word", "plural"), [
    ("eiriolwr", "eiriolwyr"), ("Pencampwr", "Pencampwyr"), ("swyddog cyswllt", "swyddogion cyswllt"),
    ("cydlynydd", "cydlynwyr"), ("grŵp llywio", "grwpiau llywio"), ("gweithiwr", "gweithwyr"),
    ("llysgennad", "llysgenhadon")])
def test_a_welsh_word_of_the_groups_own_takes_its_welsh_plural(welsh, word, plural):
    assert label_plural(word) == welsh_plural(word) == plural


@pytest.mark.parametrize("word", ["ceidwad", "ymchwiliwr", "dŵr", "lead officer", "link", "cyfaill"])
def test_a_word_with_no_welsh_plural_known_has_none_in_welsh(welsh, word):
    # Not "ceidwads" nor "lead officers" in a Welsh sentence: the caller says it another way.
    assert label_plural(word) is None


def test_nothing_has_no_plural():
    assert label_plural("  ") is None
