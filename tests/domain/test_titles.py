"""Titles of the group's own words (issue 21): labels kept exactly as typed ("Monitoring And Implementation Group"
was the old title-casing), and no doubled words where the compact's name meets the group's word ("Derby Compact
Compact Group")."""

import unicodedata
from contextlib import contextmanager

import pytest
from hypothesis import given, settings, strategies as st

from compactdesk import i18n
from compactdesk.domain.titles import group_title, heading_form, joined, sentence_start

WELSH = {"liaison group": "grŵp cyswllt", "steering group": "grŵp llywio", "Liaison Group": "Grŵp Cyswllt",
         "Steering Group": "Grŵp Llywio"}


@contextmanager
def speaking_welsh(words=WELSH):
    """Welsh spoken, with a small catalogue of the offered words in place of whatever is installed."""
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: words.get(text, ""))
    try:
        with i18n.speaking(i18n.WELSH):
            yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)


def test_derby_compact_with_the_label_compact_group_is_the_derby_compact_group():
    assert group_title("Derby Compact", "Compact Group") == "Derby Compact Group"
    assert group_title("Derby Compact", "compact group") == "Derby Compact group"  # the name's letters, then as typed


def test_a_label_typed_is_kept_exactly_as_typed():
    assert group_title("Derby Compact", "Monitoring and Implementation Group") == \
        "Derby Compact Monitoring and Implementation Group"
    assert group_title("Cwm Compact", "partnership board") == "Cwm Compact partnership board"
    assert group_title("Cwm Compact", "CVS  Forum") == "Cwm Compact CVS  Forum"  # its spaces too


def test_the_offered_label_has_its_title_form_in_english_and_welsh():
    assert group_title("Dyfnant Compact", "liaison group") == "Dyfnant Compact Liaison Group"
    assert group_title("Dyfnant Compact", "steering group") == "Dyfnant Compact Steering Group"
    assert heading_form("Liaison group") == "Liaison Group"  # the offered word, however it was typed
    with speaking_welsh():
        assert group_title("Compact Sir Ddinbych", "grŵp cyswllt", label_first=True) == \
            "Grŵp Cyswllt Compact Sir Ddinbych"
        assert heading_form("liaison group") == "Grŵp Cyswllt"  # the English held, shown as the program's Welsh


def test_a_catalogue_without_the_title_form_gives_the_translated_word_not_the_english():
    with speaking_welsh({"liaison group": "grŵp cyswllt"}):
        assert heading_form("grŵp cyswllt") == "grŵp cyswllt"
        assert group_title("Compact Sir Ddinbych", "grŵp cyswllt", label_first=True) == \
            "Grŵp cyswllt Compact Sir Ddinbych"


def test_welsh_puts_the_label_first_and_says_a_shared_word_once():
    assert group_title("Compact Sir Ddinbych", "Grŵp Compact", label_first=True) == "Grŵp Compact Sir Ddinbych"
    # A Welsh word the group typed in lower case begins the title, so its first letter only is a capital.
    assert group_title("Compact Sir Ddinbych", "fforwm y sector", label_first=True) == \
        "Fforwm y sector Compact Sir Ddinbych"
    assert group_title("Compact Sir Ddinbych", "eFforwm", label_first=True) == "eFforwm Compact Sir Ddinbych"


@pytest.mark.parametrize(("name", "label", "title"), [
    ("Dyfnant Liaison Group", "liaison group", "Dyfnant Liaison Group"),  # the name already says it
    ("Liaison Group for Dyfnant", "liaison group", "Liaison Group for Dyfnant"),
    ("Cwm Compact Forum", "forum", "Cwm Compact Forum"),
    ("Compact", "Derby Compact Group", "Derby Compact Group"),  # the label already says the name
    ("Derby Compact", "COMPACT Group", "Derby Compact Group"),
    ("Derby Compact", "Compact Compact Group", "Derby Compact Group"),
    ("Derby City Compact", "City Compact Group", "Derby City Compact Group"),  # two words shared
    ("Dyfnant Liaison", "liaison group", "Dyfnant Liaison Group"),
    ("Wrexham Compact Compact", "Compact Compact Forum", "Wrexham Compact Compact Forum"),
    ("Derby Compact Group", "Group", "Derby Compact Group"),
    ("Derby Compacts", "Compact Group", "Derby Compacts Compact Group"),  # whole words only
    ("", "liaison group", "Liaison Group"),
    ("Dyfnant Compact", "", "Dyfnant Compact"),
    ("", "", ""),
])
def test_name_and_label_overlap_by_whole_words(name, label, title):
    assert group_title(name, label) == title


def test_words_composed_differently_are_the_same_word():
    assert joined("Compact Ynys Môn", unicodedata.normalize("NFD", "Môn Compact")) == "Compact Ynys Môn Compact"
    assert joined("Dyfnant Compact", unicodedata.normalize("NFD", "Compact Grŵp")) == \
        "Dyfnant Compact " + unicodedata.normalize("NFD", "Grŵp")


@pytest.mark.parametrize(("words", "started"), [
    ("liaison group meeting", "Liaison group meeting"), ("Monitoring and Implementation Group meeting",
                                                         "Monitoring and Implementation Group meeting"),
    ("iCompact forum meeting", "iCompact forum meeting"), ("llysgenhadon", "Llysgenhadon"),
    ("ŵyr", "Ŵyr"), ("", ""), ("  forum", "  Forum"), ("(forum) meeting", "(forum) meeting")])
def test_a_sentence_begins_with_a_capital_and_changes_nothing_else(words, started):
    assert sentence_start(words) == started


# Anything a person can type: Welsh ŵ ŷ, Polish, emoji, combining marks, control characters, odd spaces.
ODD = list("ŵŷŴŶłśżŁ🎉\u0302\x0b\u2028 ")
WORD = st.text(st.characters(exclude_categories=("Cs",)) | st.sampled_from(ODD), max_size=12)
TYPED = st.lists(WORD | st.sampled_from(["Compact", "compact", "COMPACT", "Group", "Grŵp", "Derby"]),
                 max_size=6).map(" ".join)


def keys(text: str) -> list[str]:
    return [unicodedata.normalize("NFC", word.casefold()) for word in text.split()]


def collapsed(words: list[str]) -> list[str]:
    """A doubled word read once."""
    return [word for at, word in enumerate(words) if at == 0 or words[at - 1] != word]


def holds(words: list[str], run: list[str]) -> bool:
    return any(words[at:at + len(run)] == run for at in range(len(words) - len(run) + 1))


def doubled(words: list[str]) -> set[str]:
    return {word for at, word in enumerate(words[1:], 1) if words[at - 1] == word}


@settings(max_examples=400, deadline=None)
@given(name=TYPED, label=TYPED, label_first=st.booleans())
def test_any_name_and_label_make_a_title_with_no_doubled_word_where_they_meet(name, label, label_first):
    title = group_title(name, label, label_first=label_first)
    assert title == title.strip()
    # Both are readable in it, word for word in order (a word the group itself doubled read once).
    assert holds(collapsed(keys(title)), collapsed(keys(name)))
    assert holds(collapsed(keys(title)), collapsed(keys(heading_form(label.strip()))))
    # Where they meet, never the same word twice: a doubled word in the title was doubled in what was typed.
    assert doubled(keys(title)) <= doubled(keys(name)) | doubled(keys(label))
    # It begins as the first of them was given, or it is the second alone (which already held the first); a
    # title beginning with the group's word may have a capital first letter.
    first, second = (heading_form(label.strip()), name.strip()) if label_first else (name.strip(), label.strip())
    assert title[1:].startswith(first[1:]) or title[1:] == second[1:] or title == heading_form(second)
    if not label_first:
        assert title.startswith(first) or title == heading_form(second)


@settings(max_examples=200, deadline=None)
@given(before=TYPED, shared=TYPED.filter(str.split), after=TYPED, label_first=st.booleans())
def test_words_the_name_ends_with_and_the_label_begins_with_are_said_once(before, shared, after, label_first):
    name, label = (shared + " " + after, before + " " + shared) if label_first else (
        before + " " + shared, shared + " " + after)
    title = group_title(name, label, label_first=label_first)
    assert len(title.split()) <= len(before.split()) + len(shared.split()) + len(after.split())


@given(name=TYPED, label=TYPED)
def test_a_typed_label_is_never_recased(name, label):
    if " ".join(label.split()).casefold() in ("liaison group", "steering group"):
        return
    title = group_title(name, label)
    # Every word of the title is a word of the name or the label, in the case it was typed.
    assert set(title.split()) <= set(name.split()) | set(label.split())
