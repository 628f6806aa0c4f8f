"""What one spreadsheet cell means, for import: text, a date, yes or no, a sector, a way of filling a seat.

Each reader takes the cell as services/spreadsheet.py gives it (str, int, float, bool, dt.date, dt.datetime) and
returns the value to write, or raises ValidationError with a message that says what is wrong and what to do; the
row's number is put in front by the caller, which knows it.
"""

import datetime as dt

from compactdesk.domain.dates import why_no_day
from compactdesk.domain.enums import SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.names import turned_round
from compactdesk.domain.sector_words import folded, sector_named
from compactdesk.domain.text import clean, shown
from compactdesk.domain.typed_dates import NotADay, read_typed_date
from compactdesk.i18n import translate

# Excel counts days from 30/12/1899 (its 1900 leap-year slip makes the 31st the true day 0 only before March
# 1900, a date CompactDesk keeps no records for); LibreOffice's default is the same.
_SERIAL_DAY_0 = dt.date(1899, 12, 30)
_LAST_SERIAL = 2_958_465  # 31/12/9999, the last day a spreadsheet date can be
# A number below this in a date column is not a date that lost its format (18264 is 01/01/1950, before any record
# a liaison group keeps) but a year, or a day of the month, typed alone: 2027 would otherwise be 19/07/1905.
_FIRST_SERIAL = (dt.date(1950, 1, 1) - _SERIAL_DAY_0).days
_MULTILINE = {"notes", "address", "measure", "progress", "detail", "answer_summary"}
PERSON_FIELDS = {"holder", "lead", "officer"}  # and "name", for people: turned round when "Surname, First"
DATE_FIELDS = {"start_on", "end_on", "deadline", "progress_on", "completed_on", "raised_on", "due_on", "answered_on"}

_YES = {"yes", "y", "true", "t", "1", "x", "ie", "do", "oes", "ydy", "ydw", "✓", "✔", "☑", "✅", "champion"}
_NO = {"no", "n", "false", "f", "0", "na", "nac oes", "nac ydy", "nac ydw", "naddo", "✗", "✘", "-", "—", "none"}

_FILL_WORDS = {
    SeatFill.ELECTED: ("elected", "election", "etholedig", "etholwyd", "etholiad"),
    SeatFill.SELECTED: ("selected", "selection", "chosen", "dewisedig", "dewiswyd", "dethol"),
    SeatFill.RESERVED: ("reserved", "neilltuedig", "neilltuwyd", "neilltuo", "cadw"),
    SeatFill.NOMINATED: ("nominated", "nomination", "nominee", "enwebedig", "enwebwyd", "enwebiad"),
}


def uk_numeric_date(day: dt.date) -> str:
    """15/01/2027, as the preview shows a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def cell_text(value, *, multiline: bool = False) -> str:
    """A cell as text: a whole number without ".0", a date day first, spacing trimmed (inside a cell too, unless
    it may hold several lines)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Import", "yes") if value else translate("Import", "no")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return uk_numeric_date(value.date())
        return f"{uk_numeric_date(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return uk_numeric_date(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return str(int(value))
    text = str(value)
    if multiline:
        text = "\n".join(line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    # Cleaned as the services clean it: a cell from a sheet read whole is clean already, one from elsewhere may not be.
    return clean(text, multiline=multiline)


def read_text(key: str, value) -> str:
    """A cell as the text that will be written: cleaned as the services clean it (no control characters)."""
    multiline = key in _MULTILINE
    text = clean(cell_text(value, multiline=multiline), multiline=multiline)
    return turned_round(text) if key in PERSON_FIELDS else text


def read_date(value, what: str, today: dt.date, *, required: bool) -> dt.date | None:
    """A cell as a date: a spreadsheet date, a spreadsheet's day number (46402 is 15/01/2027; not one before
    1950, which is a year or a day typed alone), or text written day first (15/01/2027, 15 Jan 2027, 15 January
    2027). `what` is the field's label ("Start date"), named as its column."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if _FIRST_SERIAL <= value <= _LAST_SERIAL:
            return _SERIAL_DAY_0 + dt.timedelta(days=int(value))
        if 1 <= value < _FIRST_SERIAL:
            raise ValidationError(translate(
                "Import", "{value} in the {what} column is not a whole date: write the day, month and year, such as "
                          "15/01/2027{or_empty}.",
            ).format(value=shown(cell_text(value)), what=what, or_empty=_or_empty(required)))
        raise ValidationError(translate(
            "Import", "{value} in the {what} column is not a date. Write the date day first, such as "
                      "15/01/2027{or_empty}.",
        ).format(value=shown(cell_text(value)), what=what, or_empty=_or_empty(required)))
    text = cell_text(value)
    try:
        day = read_typed_date(text, today)
    except NotADay as missing:
        raise ValidationError(translate(
            "Import", "{value} is not a day ({reason}). Correct the date in the {what} column{or_empty}.",
        ).format(value=shown(text), reason=why_no_day(missing.day, missing.month, missing.year), what=what,
                 or_empty=_or_empty(required))) from None
    if day is None:
        raise ValidationError(translate(
            "Import", "'{value}' in the {what} column is not a date CompactDesk can read. Write it day first, such as "
                      "15/01/2027 or 15 January 2027{or_empty}.",
        ).format(value=shown(text), what=what, or_empty=_or_empty(required)))
    return day


def _or_empty(required: bool) -> str:
    return "" if required else translate("Import", ", or leave it empty")


def read_yes_no(value, what: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = folded(value)
    if word in _YES or (word and set(word) <= {"✓", "✔", "☑", "✅", "x"}):
        return True
    if not word or word in _NO:
        return False
    raise ValidationError(translate(
        "Import", "'{value}' in the {what} column is not yes or no. Write yes (or ie), or leave it empty for no.",
    ).format(value=shown(value), what=what))


def read_sector(value, what: str) -> Sector | None:
    """The sector a cell names, or None when it is empty (the caller's default)."""
    if not folded(value):
        return None
    if (sector := sector_named(value)) is not None:
        return sector
    raise ValidationError(translate(
        "Import", "'{value}' in the {what} column is not a sector CompactDesk knows. Write one of: {sectors}; or leave "
                  "it empty for the voluntary and community sector.",
    ).format(value=shown(value), what=what, sectors=", ".join(sector.label() for sector in Sector)))


def read_fill(value, what: str) -> SeatFill | None:
    word = folded(value)
    if not word:
        return None
    for fill in SeatFill:
        if word == fill.value or word == folded(fill.label()) or set(word.split()) & set(_FILL_WORDS[fill]):
            return fill
    raise ValidationError(translate(
        "Import", "'{value}' in the {what} column is not a way a seat is filled. Write one of: {fills}; or leave it "
                  "empty for Selected.",
    ).format(value=shown(value), what=what, fills=", ".join(fill.label() for fill in SeatFill)))
