"""Sums of money as people in the UK type and read them: "£10,000", "10000", "10,000.50", "£40k".

Amounts are kept in whole pence, so nothing is lost to rounding, and shown in the language in force
("£10,000", "£10,000.50") through CLDR (Babel), as the dates are.
"""

import re
from decimal import Decimal, InvalidOperation

from compactdesk.domain.dates import locale_name
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import translate

# More than any compact's resource: a figure past it is a slip of the keyboard (a date pasted in, a 0 too many).
MOST_PENCE = 1_000_000_000 * 100
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000}
# Whole pounds grouped in threes by commas (or spaces: "10 000"), or not grouped at all; pence after a full stop.
# A comma is never a decimal point here: "10,50" could be £10.50 or a slip, so it is refused, not guessed.
_AMOUNT = re.compile(r"(?P<whole>[0-9]{1,3}(?:[, ][0-9]{3})+|[0-9]*)(?:\.(?P<part>[0-9]+))?(?P<unit>[km]?)")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_MINUS = ("-", "\u2212", "\u2013")


class NotMoney(ValueError):
    """A text that is no sum of money; `reason` says what to do, in the language in force."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _pence_or_reason(text: str) -> int:
    value = _SPACES.sub(" ", text).strip()
    negative = value.startswith(_MINUS)
    if negative:
        value = value[1:].lstrip()
    value = value.removeprefix("£").strip()
    if not negative and value.startswith(_MINUS):  # "£-10"
        negative, value = True, value[1:].lstrip()
    lowered = value.lower().removesuffix("gbp").rstrip()
    found = _AMOUNT.fullmatch(lowered.replace(" k", "k").replace(" m", "m"))
    if found is None or not (found["whole"] or found["part"]):
        raise NotMoney(translate(
            "Money", "Write the amount in pounds, for example £10,000, 10000.50 or £40k (use a full stop for pence)."))
    whole = found["whole"].replace(",", "").replace(" ", "") or "0"
    pounds = Decimal(f"{whole}.{found['part'] or '0'}") * _UNITS[found["unit"]]
    pence = pounds * 100
    if pence != pence.to_integral_value():
        raise NotMoney(translate("Money", "An amount goes to the penny at most: give two figures after the point."))
    if negative and pence:
        raise NotMoney(translate("Money", "An amount cannot be less than nothing. Give it without the minus sign."))
    if pence > MOST_PENCE:
        raise NotMoney(translate("Money", "That is more than {most}. Check the figure.").format(
            most=money_text(MOST_PENCE)))
    return int(pence)


def read_pence(text: str) -> int | None:
    """The pence a typed amount means, or None when it means none ("" or only spaces).
    Raises NotMoney, with what to do, for anything else that is not an amount."""
    if not _SPACES.sub("", text or ""):
        return None
    return _pence_or_reason(text)


def pence_from(value, what: str, field: str) -> int | None:
    """An amount as a form or a service call gives it: a text ("£10,000", "40k"), a number of pounds
    (10000, Decimal("10000.50")) or None. A ValidationError says what to do with anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(translate("Money", "{what}: give an amount in pounds, for example £10,000.").format(
            what=_capital(what)), field)
    try:
        if isinstance(value, (int, Decimal, float)):
            pounds = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
            if not pounds.is_finite():
                raise InvalidOperation
            return read_pence(f"{pounds:f}")
        return read_pence(str(value))
    except NotMoney as refused:
        raise ValidationError(translate("Money", "{what} ({value}): {reason}").format(
            what=_capital(what), value=shown(value), reason=refused.reason), field) from None
    except (InvalidOperation, ValueError, OverflowError):
        raise ValidationError(translate("Money", "{what}: give an amount in pounds, for example £10,000.").format(
            what=_capital(what)), field) from None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def money_text(pence: int) -> str:
    """"£10,000" for whole pounds, "£10,000.50" otherwise, written as the language in force writes money."""
    from babel.numbers import format_currency  # Babel loads on the first amount shown, as for dates

    pounds = Decimal(pence) / 100
    pattern = "¤#,##0" if pence % 100 == 0 else "¤#,##0.00"
    return format_currency(pounds, "GBP", format=pattern, currency_digits=False, locale=locale_name())
