"""The one text cleaner (domain/text.py), which the records and the papers share (issue 21): a line break by any
other name (Word's vertical tab, a form feed, NEL, U+2028, U+2029) is a line break, never deleted so that the words
run together; every other control goes."""

import re

from hypothesis import given, strategies as st

from compactdesk.documents import text as paper_text
from compactdesk.domain.text import clean, printable

BREAKS = ["\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\r\n", "\r", "\n"]
DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")


def test_a_line_break_pasted_from_word_keeps_the_words_apart():
    for mark in BREAKS:
        assert clean(f"Llŷr{mark}Apologies", multiline=True) == "Llŷr\nApologies" or mark == "\u2029"
        assert clean(f"Llŷr{mark}Apologies") == "Llŷr Apologies"
    assert clean("Llŷr\u2029Apologies", multiline=True) == "Llŷr\n\nApologies"  # a paragraph's end


def test_the_papers_print_with_the_same_cleaner():
    assert paper_text.printable is printable
    assert paper_text.paragraphs("One\x0btwo\u2029Three") == ["One\ntwo", "Three"]


@given(st.text())
def test_any_text_comes_out_with_no_control_but_tab_and_newline(typed):
    for kept in (printable(typed), clean(typed, multiline=True), clean(typed)):
        assert not CONTROLS.search(kept)
    assert "\n" not in clean(typed)
    # With no control in it but the line breaks, the words stay apart, each as it was.
    if not DROPPED.search(typed):
        assert clean(typed, multiline=True).split() == clean(typed).split() == \
            [clean(word) for word in re.split(r"[\s\x0b\x0c\x85\u2028\u2029]+", typed) if clean(word)]

