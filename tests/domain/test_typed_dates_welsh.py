"""A date typed in Welsh reads back as that date, whatever language the window speaks (issue 19).

The month names come from CLDR (Babel), as the papers write them (domain/dates.py), so a date
copied from a Welsh paper into a box reads as the day it was."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk import catalogues, i18n
from compactdesk.domain.dates import parse_date, uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.typed_dates import NotADay, month_words, read_typed_date

WIDE = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
        "Tachwedd", "Rhagfyr"]
SHORT = ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"]
days = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@pytest.fixture(scope="module", autouse=True)
def _welsh_catalogue():
    catalogues.load_all()


def _welsh_ways(day: dt.date) -> list[str]:
    wide, short = WIDE[day.month - 1], SHORT[day.month - 1]
    return [f"{day.day} {wide} {day.year}", f"{day.day} {short} {day.year}", f"{day.day} {short}. {day.year}",
            f"{day.day} {wide.lower()} {day.year}", f"{day.day} {wide.upper()} {day.year}",
            f"{day.day}-{short}-{day.year}", f"{day:%d} {wide}, {day.year}"]


@settings(max_examples=400, deadline=None)
@given(days, st.sampled_from(i18n.LANGUAGES))
def test_any_day_written_with_its_welsh_month_reads_back_as_that_day(day, interface):
    with i18n.speaking(interface):
        for typed in _welsh_ways(day):
            assert read_typed_date(typed) == day, typed
            assert parse_date(typed, "the date") == day, typed


@settings(max_examples=200, deadline=None)
@given(days)
def test_a_day_as_a_welsh_paper_writes_it_reads_back_as_that_day(day):
    with i18n.speaking(i18n.WELSH):
        written = uk_date(day)
    assert read_typed_date(written) == day, written


def test_the_months_are_those_of_cldr_in_full_and_short():
    from babel.dates import get_month_names

    assert [get_month_names("wide", locale="cy")[number] for number in range(1, 13)] == WIDE
    assert [get_month_names("abbreviated", locale="cy")[number] for number in range(1, 13)] == SHORT
    # The stand-alone short forms CLDR also has ("Chw", "Gor") are read too.
    assert read_typed_date("28 Chw 2027") == dt.date(2027, 2, 28)
    assert read_typed_date("4 Gor 2027") == dt.date(2027, 7, 4)


def test_no_month_word_of_one_language_names_another_month_in_the_other():
    from babel.dates import get_month_names

    for locale in ("en", "en_GB", "cy"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                assert month_words()[name.casefold()] == number, (locale, name)
    assert read_typed_date("1 Mai 2027") == read_typed_date("1 May 2027") == dt.date(2027, 5, 1)


@pytest.mark.parametrize("interface", i18n.LANGUAGES)
def test_welsh_and_english_day_words_are_read_whatever_the_window_speaks(interface):
    today = dt.date(2026, 12, 31)
    with i18n.speaking(interface):
        got = [read_typed_date(word, today) for word in ("heddiw", "Yfory", " ddoe ", "drennydd", "echdoe",
                                                         "today", "tomorrow", "yesterday")]
    assert got == [today, dt.date(2027, 1, 1), dt.date(2026, 12, 30), dt.date(2027, 1, 2), dt.date(2026, 12, 29),
                   today, dt.date(2027, 1, 1), dt.date(2026, 12, 30)]


def test_the_day_words_are_those_of_cldr():
    babel_dates = pytest.importorskip("babel.dates")
    if not hasattr(babel_dates, "get_relative_name"):
        pytest.skip("Babel before 2.19 does not give CLDR's day words")
    for locale, offsets in (("cy", (-2, -1, 0, 1, 2)), ("en_GB", (-1, 0, 1))):
        for offset in offsets:
            word = babel_dates.get_relative_name("day", offset, locale=locale)
            assert read_typed_date(word, dt.date(2027, 1, 15)) == dt.date(2027, 1, 15) + dt.timedelta(days=offset)


def test_welsh_ordinals_after_the_day_are_read():
    assert [read_typed_date(typed) for typed in ("1af Ionawr 2027", "2il Ion 2027", "3ydd Ion 2027",
                                                 "15fed Ionawr 2027", "11eg Ionawr 2027", "21ain Ionawr 2027")] == [
        dt.date(2027, 1, day) for day in (1, 2, 3, 15, 11, 21)]


def test_a_welsh_day_that_does_not_exist_is_refused_in_welsh_words():
    with pytest.raises(NotADay):
        read_typed_date("30 Chwefror 2027")
    with i18n.speaking(i18n.WELSH):
        with pytest.raises(ValidationError) as caught:
            parse_date("30 Chwefror 2027", "y dyddiad", "day")
    assert "Chwefror 2027" in str(caught.value) and caught.value.field == "day"


@pytest.mark.parametrize("typed", ["15 Ionor 2027", "15 Chwefro 2027", "wythnos nesaf", "Ionawr 15 2027",
                                   "15 Ionawr", "y 15fed o Ionawr 2027"])
def test_what_is_not_a_welsh_way_of_writing_a_day_is_not_read_as_one(typed):
    assert read_typed_date(typed) is None


def test_every_date_the_welsh_hints_give_as_an_example_reads_as_that_date():
    # "ysgrifennwch … er enghraifft 15/01/2027 neu 15 Ionawr 2027": what a hint tells a person to type is read.
    import re
    import sys
    from pathlib import Path

    root = Path(__file__).parents[2]
    sys.path.insert(0, str(root / "packaging"))
    import translations

    examples = []
    for message in translations.read_ts(root / "resources" / "i18n" / "compactdesk_cy.ts")[1]:
        if message.vanished or "15/01/2027" not in message.source or not isinstance(message.translation, str):
            continue
        examples += re.findall(r"\b15(?:/01/| [^\W\d]+\.? )2027\b", message.translation)
    assert "15 Ionawr 2027" in examples
    for example in examples:
        assert read_typed_date(example) == dt.date(2027, 1, 15), example
