"""The set-up assistant's words in both languages (issue 19): one table of the words offered, the English held in
the English column and a Welsh word in the Welsh one, the group's name in Welsh, and a second run leaving the held
Welsh alone."""

import datetime as dt
from contextlib import contextmanager

import pytest
from hypothesis import given, settings, strategies as st

from compactdesk import i18n
from compactdesk.domain import label_plurals, offered_words
from compactdesk.domain.offered_words import offered_english
from compactdesk.services import compact as compacts
from compactdesk.services import papers, setup

TODAY = dt.date(2027, 1, 15)
WELSH = {"liaison group": "grŵp cyswllt", "steering group": "grŵp llywio", "champion": "hyrwyddwr",
         "representative": "cynrychiolydd", "liaison groups": "grwpiau cyswllt", "champions": "hyrwyddwyr"}


@contextmanager
def welsh_catalogue():
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n:
                           WELSH.get(text, "") if context == "Compact" else "")
    try:
        yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)


def test_the_offered_words_are_one_table_the_services_share():
    assert setup.GROUP_LABELS + setup.CHAMPION_LABELS == offered_words.OFFERED == compacts.OFFERED_LABELS
    assert set(label_plurals.OFFERED_PLURALS) == set(offered_words.OFFERED)
    assert setup.GroupSetup().group_label == "liaison group" and setup.GroupSetup().champion_label == "champion"


def test_an_offered_word_is_known_in_english_or_as_the_language_spoken_shows_it():
    with welsh_catalogue():
        with i18n.speaking(i18n.WELSH):
            assert offered_english(" Grŵp  Llywio ") == "steering group"
            assert offered_english("champion") == "champion"
            assert offered_english("hyrwyddwr", offered_words.GROUP_WORDS) is None  # not a word for the group
            assert offered_english("fforwm") is None
        # In English "grŵp cyswllt" is a word the group typed, shown as typed.
        assert offered_english("grŵp cyswllt") is None
    assert offered_english("") is None


def test_the_assistant_keeps_the_english_and_the_welsh_in_their_own_columns(store):
    with welsh_catalogue():
        store.run(setup.set_up_group, setup.GroupSetup(
            name="Dyfnant Compact", area="Dyfnant", name_cy="Compact Dyfnant", group_label="liaison group",
            group_label_cy="", champion_label="champion", champion_label_cy="swyddog cyswllt"), today=TODAY)
        words = store.run(compacts.compact_summary, TODAY).words
        assert (words.name, words.name_cy, words.group_label, words.group_label_cy, words.champion_label,
                words.champion_label_cy) == ("Dyfnant Compact", "Compact Dyfnant", "liaison group", "",
                                             "champion", "swyddog cyswllt")
        with i18n.speaking(i18n.WELSH):
            assert store.run(compacts.group_label) == "grŵp cyswllt"
            assert store.run(compacts.champion_label) == "swyddog cyswllt"
            assert store.run(compacts.compact_name) == "Compact Dyfnant"
            assert label_plurals.label_plural(store.run(compacts.group_label)) == "grwpiau cyswllt"
            assert label_plurals.label_plural(store.run(compacts.champion_label)) == "swyddogion cyswllt"
        with i18n.speaking(i18n.ENGLISH):
            assert store.run(compacts.group_label) == "liaison group"
            assert store.run(compacts.champion_label) == "champion"
            assert "Grŵp" not in store.run(papers.group_name)
            assert label_plurals.label_plural(store.run(compacts.champion_label)) == "champions"


def test_run_again_with_a_name_the_held_welsh_stays(store):
    store.run(setup.set_up_group, setup.GroupSetup(name="Dyfnant Compact", name_cy="Compact Dyfnant",
                                                   group_label_cy="grŵp cyswllt"), today=TODAY)
    store.run(setup.set_up_group, setup.GroupSetup(name="Dyfnant Compact", group_label="steering group"),
              today=TODAY)
    words = store.run(compacts.compact_summary, TODAY).words
    assert (words.name_cy, words.group_label, words.group_label_cy) == ("Compact Dyfnant", "steering group",
                                                                        "grŵp cyswllt")


def test_a_welsh_word_too_long_is_refused_on_its_own_field(store):
    with pytest.raises(setup.ValidationError) as refused:
        store.run(setup.set_up_group, setup.GroupSetup(name="Dyfnant Compact", champion_label_cy="h" * 101),
                  today=TODAY)
    assert refused.value.field == "champion_label_cy"
    assert store.run(compacts.get_compact) is None  # one transaction: nothing written


@settings(max_examples=20)
@given(st.sampled_from(offered_words.OFFERED), st.sampled_from(["", "  ", None]))
def test_an_offered_word_kept_with_no_welsh_is_the_programs_welsh_in_welsh(word, blank):
    with welsh_catalogue(), i18n.speaking(i18n.WELSH):
        assert compacts.label_in_language(word, blank) == WELSH[word]
    assert compacts.label_in_language(word, blank) == word
