"""Days off in England and Wales: weekends and bank holidays.

A meeting may be held on any day; these rules only give it a word of warning, and move a
suggested date (never a chosen one) to the next working day. Bank holidays come from the
maintained `holidays` library (England's list, which Wales shares); their names are the
library's English ones, not yet translated.
"""

import datetime as dt
from functools import lru_cache

from compactdesk.i18n import QT_TRANSLATE_NOOP, translate

_WEEKEND = {
    5: QT_TRANSLATE_NOOP("CalendarDays", "That is a Saturday."),
    6: QT_TRANSLATE_NOOP("CalendarDays", "That is a Sunday."),
}
_OBSERVED = " (observed)"  # the library's mark for a weekday that stands in for a holiday on a weekend


@lru_cache(maxsize=None)
def _holidays_of(year: int) -> dict[dt.date, str]:
    # Building the library's calendar is slowish (and its import too): once per year asked about, and
    # only when a date is first checked, so that starting the program does not pay for it.
    import holidays

    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year).items())


def bank_holiday(day: dt.date) -> str | None:
    """The bank holiday's name (e.g. "Boxing Day (observed)"), or None on any other day."""
    return _holidays_of(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and bank_holiday(day) is None


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def day_off_warning(day: dt.date) -> str:
    """A word of warning for a day most people are not at work ("" on a working day)."""
    name = bank_holiday(day)
    if name is not None:
        if name.endswith(_OBSERVED):
            return translate("CalendarDays", "That is a bank holiday, in place of {holiday}.").format(
                holiday=name.removesuffix(_OBSERVED))
        return translate("CalendarDays", "That is a bank holiday ({holiday}).").format(holiday=name)
    if day.weekday() in _WEEKEND:
        return translate("CalendarDays", _WEEKEND[day.weekday()])
    return ""
