"""Text folded for the pages' search and sort (services/sql_text.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, literal, select
from sqlalchemy.orm import Session

from compactdesk.services.sql_text import casefold_sql, fold, fold_each, search_words, with_casefold


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), max_size=30))
def test_folding_all_at_once_is_folding_each(texts):
    # Any text at all: Greek final sigma, ß, ligatures, the Kelvin sign, and the joining character itself.
    assert fold_each(texts) == [text.casefold() for text in texts]


def test_folding_knows_more_than_english():
    assert fold_each(["Łucja", "ŴYN", "Straße", "ΣΑΣ"]) == ["łucja", "ŵyn", "strasse", "σασ"]
    assert fold_each([]) == [] and fold_each(["a\x00b", "C"]) == ["a\x00b", "c"]
    assert search_words("  Llŷr  ŴYN ") == ["llŷr", "ŵyn"] and fold("İ") == "i̇"


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_the_sql_casefold_is_pythons(text):
    engine = create_engine("sqlite://")
    with Session(engine) as session:
        with_casefold(session)
        assert session.scalar(select(casefold_sql(literal(text)))) == text.casefold()
