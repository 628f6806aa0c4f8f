"""UK dates as people write and read them."""

import datetime as dt

from dateutil.relativedelta import relativedelta

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import ENGLISH, WELSH, language, translate

# The Babel (CLDR) locale each language writes its dates and figures in.
LOCALES = {ENGLISH: "en_GB", WELSH: "cy"}


def locale_name() -> str:
    """The CLDR locale of the language spoken now (a paper's while it is built)."""
    return LOCALES.get(language(), "en_GB")


def _formatted(day: dt.date, pattern: str) -> str:
    # Babel loads here, on the first date shown, not with the window (issue 15).
    from babel.dates import format_date

    return format_date(day, pattern, locale=locale_name())


def month_name(month: int) -> str:
    """"March", "Mawrth": the month's own name in the language spoken."""
    from babel.dates import get_month_names

    return get_month_names("wide", "format", locale_name())[month]


def uk_date(day: dt.date) -> str:
    """'3 March 2026' ('3 Mawrth 2026' in Welsh): day, month in words, year, from CLDR."""
    return _formatted(day, "d MMMM y")


def uk_long_date(day: dt.date) -> str:
    """'Tuesday 3 March 2026' ('Dydd Mawrth 3 Mawrth 2026'), the form papers use."""
    return _formatted(day, "EEEE d MMMM y")


def add_months(day: dt.date, months: int) -> dt.date:
    # Calendar months, not 30 days: 30 November + 3 months is 28/29 February.
    return day + relativedelta(months=months)


def why_no_day(day: int, month: int, year: int) -> str:
    """Why a day, month and year typed are no day, as a clause: "February 2027 has no day 30"."""
    if not 1 <= month <= 12:
        return translate("Dates", "there is no month {month}").format(month=month)
    if year < 1:
        return translate("Dates", "there is no year 0")
    return translate("Dates", "{month} {year} has no day {day}").format(
        month=month_name(month), year=year, day=day)


def parse_date(text: str, what: str, field: str | None = None, today: dt.date | None = None) -> dt.date:
    """A date as a person in the UK types it, day first (domain/typed_dates.py), or a
    ValidationError that says what was wrong and shows the forms that are read."""
    from compactdesk.domain.typed_dates import NotADay, read_typed_date

    value = (text or "").strip()
    try:
        day = read_typed_date(value, today)
    except NotADay as missing:
        reason = why_no_day(missing.day, missing.month, missing.year)
        raise ValidationError(translate(
            "Dates", "'{value}' is not a date for {what}: {reason}. Check the day and the month (the day comes "
                     "first, as in 15/01/2027).").format(value=shown(value), what=what, reason=reason),
            field) from None
    if day is None:
        raise ValidationError(
            translate(
                "Dates",
                "'{value}' is not a date CompactDesk can read for {what}. "
                "Write it day first, for example 15/01/2027 or 15 January 2027.",
            ).format(value=shown(value), what=what),
            field,
        )
    return day


def days_text(days: int) -> str:
    return translate("Dates", "%n day(s)", None, days)
