"""Reading a date as a person in the UK types it: day first, always.

15/01/2027, 15/1/27, 15-01-2027, 15.01.2027, 15 1 2027, 15 Jan 2027, 15 January 2027,
15 Ionawr 2027, 15 Ion 2027, 2027-01-15 (year first only with four digits), today, tomorrow,
yesterday, heddiw, yfory, ddoe. English and Welsh words are both read whatever language the
window speaks: no month or day word of one means something else in the other, and a person
may type either. What cannot be read, or names a day that does not exist (30/02/2027), is
refused: a typed date is never turned into another date.
"""

import datetime as dt
import functools
import re

# The languages whose month names are read, as Babel (CLDR) locales: en gives "Sep", en_GB "Sept".
_MONTH_LOCALES = ("en", "en_GB", "cy")
# Day words by offset from today. CLDR has them too, but Babel gives them (get_relative_name) only from 2.19 and
# CompactDesk asks for 2.12: tests/domain/test_typed_dates.py checks these against CLDR where Babel has them.
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1,
             "heddiw": 0, "yfory": 1, "ddoe": -1, "drennydd": 2, "echdoe": -2}
_SEPARATOR = r"\s*[/.\-\s]\s*"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_SEPARATOR}(\d{{1,2}}){_SEPARATOR}(\d{{4}}|\d{{2}})$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$")
# An ordinal ending after the day, English (3rd) or Welsh (3ydd, 15fed, 1af, 2il, 11eg, 21ain).
_ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"
_IN_WORDS = re.compile(rf"^(\d{{1,2}}){_ORDINAL}?\s*[\s\-/]\s*([^\W\d_]+)\.?,?\s*[\s\-/]\s*(\d{{4}}|\d{{2}})$")


@functools.cache
def month_words() -> dict[str, int]:
    """Every month name read, in lower case, to its number: English and Welsh, in full and short
    ("january", "jan", "ionawr", "ion", "chwef", "chw" → 1 or 2)."""
    # Babel loads on the first date typed in words, not with the window (issue 15). Python's own calendar
    # names are not used: they follow the machine's locale, which Qt sets, so on a Welsh machine they are Welsh.
    from babel.dates import get_month_names

    words: dict[str, int] = {}
    for locale in _MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    words[name.casefold().rstrip(".")] = number
    return words


class NotADay(ValueError):
    """The text reads as a day, month and year, but there is no such day (30 February)."""

    def __init__(self, day: int, month: int, year: int):
        super().__init__(f"no day {day} in month {month} of {year}")
        self.day, self.month, self.year = day, month, year


def _year(digits: str) -> int:
    # Two digits as POSIX reads them (and Python's %y): 69 to 99 are 1969 to 1999, 00 to 68 are 2000 to 2068.
    if len(digits) == 2:
        return int(digits) + (1900 if int(digits) >= 69 else 2000)
    return int(digits)


def _day(day: int, month: int, year: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise NotADay(day, month, year) from None


def read_typed_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date `text` means, day first; None when it is not a way of writing a date.
    Raises NotADay for a day that does not exist."""
    typed = " ".join(text.split()).casefold()
    if typed in _RELATIVE:
        return (today or dt.date.today()) + dt.timedelta(days=_RELATIVE[typed])
    if found := _YEAR_FIRST.match(typed):
        year, month, day = (int(part) for part in found.groups())
        return _day(day, month, year)
    if found := _DAY_FIRST.match(typed):
        day, month, year = found.groups()
        return _day(int(day), int(month), _year(year))
    if (found := _IN_WORDS.match(typed)) and found.group(2) in month_words():
        day, month, year = found.groups()
        return _day(int(day), month_words()[month], _year(year))
    return None
