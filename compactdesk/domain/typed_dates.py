"""Reading a date as a person in the UK types it: day first, always.

15/01/2027, 15/1/27, 15-01-2027, 15.01.2027, 15 1 2027, 15 Jan 2027, 15 January 2027,
2027-01-15 (year first only with four digits), today, tomorrow and yesterday. What cannot
be read, or names a day that does not exist (30/02/2027), is refused: a typed date is
never turned into another date.
"""

import calendar
import datetime as dt
import re

# English month names and their usual short forms ("Sept" as people write it too).
_MONTH_WORDS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_WORDS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTH_WORDS["sept"] = 9
_SEPARATOR = r"\s*[/.\-\s]\s*"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_SEPARATOR}(\d{{1,2}}){_SEPARATOR}(\d{{4}}|\d{{2}})$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$")
_IN_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s*[\s\-/]\s*([a-z]+)\.?,?\s*[\s\-/]\s*(\d{4}|\d{2})$")
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}


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
    typed = " ".join(text.split()).lower()
    if typed in _RELATIVE:
        return (today or dt.date.today()) + dt.timedelta(days=_RELATIVE[typed])
    if found := _YEAR_FIRST.match(typed):
        year, month, day = (int(part) for part in found.groups())
        return _day(day, month, year)
    if found := _DAY_FIRST.match(typed):
        day, month, year = found.groups()
        return _day(int(day), int(month), _year(year))
    if (found := _IN_WORDS.match(typed)) and found.group(2) in _MONTH_WORDS:
        day, month, year = found.groups()
        return _day(int(day), _MONTH_WORDS[month], _year(year))
    return None
