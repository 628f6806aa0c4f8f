"""UK dates as people write and read them."""

import datetime as dt

from dateutil.relativedelta import relativedelta

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import QT_TRANSLATE_NOOP, translate

_DAYS = (
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)


def uk_date(day: dt.date) -> str:
    """'3 March 2026'."""
    return f"{day.day} {translate('Dates', _MONTHS[day.month - 1])} {day.year}"


def uk_long_date(day: dt.date) -> str:
    """'Tuesday 3 March 2026', the form papers use."""
    return f"{translate('Dates', _DAYS[day.weekday()])} {uk_date(day)}"


def add_months(day: dt.date, months: int) -> dt.date:
    # Calendar months, not 30 days: 30 November + 3 months is 28/29 February.
    return day + relativedelta(months=months)


def parse_date(text: str, what: str, field: str | None = None) -> dt.date:
    """A date typed as YYYY-MM-DD, or a ValidationError that shows the form."""
    value = (text or "").strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            translate(
                "Dates",
                "'{value}' is not a date CompactDesk can read for {what}. "
                "Write it as year-month-day, for example 2026-03-03.",
            ).format(value=shown(value), what=what),
            field,
        ) from None


def days_text(days: int) -> str:
    return translate("Dates", "%n day(s)", None, days)
