"""Money as a secretary types it ("£10,000", "10000", "10,000.50", "£40k") and as the papers write it."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.money import MOST_PENCE, NotMoney, money_text, pence_from, read_pence
from compactdesk.i18n import LANGUAGES, speaking

pence = st.integers(0, MOST_PENCE)


@pytest.mark.parametrize(("typed", "expected"), [
    ("£10,000", 1_000_000), ("10000", 1_000_000), ("10,000.50", 1_000_050), ("£40k", 4_000_000),
    ("40K", 4_000_000), ("£40 k", 4_000_000), ("£2.5k", 250_000), ("£1.2m", 120_000_000), ("£ 12 000", 1_200_000),
    ("12\u00a0000", 1_200_000), ("£0.50", 50), (".5", 50), ("0", 0), ("£10,000 GBP", 1_000_000), ("-0", 0),
    ("", None), ("  ", None), ("\t\n", None),
])
def test_what_people_type_is_read_as_pence(typed, expected):
    assert read_pence(typed) == expected


@pytest.mark.parametrize(("typed", "words"), [
    ("10,50", "full stop for pence"), ("1,0000", "for example"), ("£10.505", "to the penny"),
    ("-£10", "less than nothing"), ("£-10", "less than nothing"), ("\u221210", "less than nothing"),
    ("ten pounds", "for example"), ("£", "for example"), ("£10,000 pa", "for example"), ("10k5", "for example"),
    ("£1,000,000,000.01", "more than £1,000,000,000"), ("99999999999999999999", "more than"),
])
def test_what_is_no_amount_is_refused_saying_what_to_write(typed, words):
    with pytest.raises(NotMoney) as caught:
        read_pence(typed)
    assert words in caught.value.reason


def test_whole_pounds_show_no_pence_and_others_show_two_figures():
    assert [money_text(p) for p in (0, 5, 1_000_000, 1_000_050, 4_000_000, 123_456_789)] == [
        "£0", "£0.05", "£10,000", "£10,000.50", "£40,000", "£1,234,567.89"]


@settings(max_examples=500, deadline=None)
@given(pence, st.sampled_from(LANGUAGES))
def test_an_amount_written_out_reads_back_as_the_same_pence_in_either_language(amount, language):
    with speaking(language):
        written = money_text(amount)
    assert written.startswith("£")
    assert read_pence(written) == amount
    assert pence_from(written, "the amount", "amount") == amount


@settings(max_examples=300, deadline=None)
@given(pence)
def test_a_number_of_pounds_is_the_same_as_the_text_of_it(amount):
    pounds = Decimal(amount) / 100
    assert pence_from(pounds, "the amount", "amount") == amount
    if amount % 100 == 0:
        assert pence_from(amount // 100, "the amount", "amount") == amount


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_read_or_refused_with_a_reason_never_anything_else(typed):
    try:
        result = read_pence(typed)
    except NotMoney as refused:
        assert refused.reason
        with pytest.raises(ValidationError) as caught:
            pence_from(typed, "the amount", "amount")
        assert caught.value.field == "amount" and caught.value.message.startswith("The amount")
        return
    assert result is None or 0 <= result <= MOST_PENCE


@pytest.mark.parametrize("value", [True, float("nan"), float("inf"), Decimal("-1"), -3, [10], object()])
def test_a_value_that_is_no_amount_is_refused_at_its_field(value):
    with pytest.raises(ValidationError) as caught:
        pence_from(value, "the amount", "amount")
    assert caught.value.field == "amount"
