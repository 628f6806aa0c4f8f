"""A table as a spreadsheet (.xlsx): typed cells a person can sum and sort in Excel or LibreOffice.

Dates are date cells (shown 15/01/2027), numbers are numbers, and text is always text: a title that begins with
"=", "+", "-" or "@" is written as a string cell, never as a formula, whatever the program that opens it makes of
a typed one. Characters a spreadsheet cannot hold (control characters) are left out and the rest kept; a cell
longer than Excel's limit is cut, with a mark saying so. The file is written beside its name and put in place
whole, so a failure never leaves half a file or spoils the old one.
"""

import datetime as dt
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services.file_refusals import quoted, usable_path
from compactdesk.services.file_writing import check_target, write_whole

Progress = Callable[[int, int], None]  # (rows written, rows in all)

# Excel's limits: a cell's text (counted in UTF-16 units, as Excel counts), a sheet's name and what it refuses in one.
CELL_LIMIT = 32_767
SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = str.maketrans({char: " " for char in "[]:*?/\\"})
# What XML 1.0 cannot hold at all: C0 controls but tab and newline, lone surrogates, and the two non-characters.
# What XML 1.0 cannot carry, and the controls it can but no one can see (DEL and C1, as domain/text.clean drops).
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
_WIDTH_SAMPLE = 2000  # rows looked at to size the columns: enough to be fair, few enough to stay quick
_NARROWEST, _WIDEST = 8, 60  # characters


def cut_mark() -> str:
    return translate("Spreadsheet", "… [cut short: a spreadsheet cell holds at most 32,767 characters]")


def cell_text(value: str) -> str:
    """`value` as a cell can hold it: without the characters XML cannot carry, line ends as newlines, and cut
    (with a mark) at the limit Excel puts on a cell."""
    text = _NOT_IN_XML.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) <= CELL_LIMIT // 2 or _utf16_length(text) <= CELL_LIMIT:
        return text
    mark = cut_mark()
    room = CELL_LIMIT - _utf16_length(mark)
    kept = text[:room]
    while _utf16_length(kept) > room:  # characters beyond the Basic Multilingual Plane (emoji) count twice
        kept = kept[:-1 - (_utf16_length(kept) - room) // 2]
    return kept + mark


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def sheet_name(title: str) -> str:
    """The table's title as a sheet's name: the characters Excel refuses in one made spaces, 31 at most."""
    name = " ".join(_NOT_IN_XML.sub("", title).translate(_NOT_IN_SHEET_NAMES).split())
    name = name[:SHEET_NAME_LIMIT].strip().strip("'").strip()
    # Excel keeps "History" for itself (its change tracking).
    if name.casefold() == "history":
        name += " 1"
    return name or "Sheet1"


def plain_value(value: Any) -> Any:
    """What a cell holds for `value`: a date, a number, a bool or text (None: an empty cell)."""
    if value is None or isinstance(value, (bool, int, dt.date)):  # a datetime is a date too
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return float(value) if value.is_finite() else None
    return cell_text(value) or None  # an empty cell, not a string of nothing (Excel's ISBLANK says so)


def workbook_bytes(title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]],
                   progress: Progress | None = None) -> bytes:
    """The .xlsx of one sheet named after `title`: `headings` in a bold, frozen first row with a filter on it,
    then `rows`, each a sequence of values as plain_value takes them."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    workbook.properties.title = cell_text(title)[:255]
    workbook.properties.creator = "CompactDesk"
    sheet = workbook.create_sheet(sheet_name(title))
    columns = max(len(headings), 1)
    for number, width in enumerate(_widths(headings, rows), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def text_cell(text: str, font=None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # "=SUM(A1)" typed in a title stays the words typed, never a formula
        if font is not None:
            cell.font = font
        return cell

    sheet.append([text_cell(cell_text(heading), bold) for heading in headings])
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        cells = []
        for value in row:
            value = plain_value(value)
            if isinstance(value, str):
                # openpyxl takes a string for a formula when it begins "=", and "#N/A" for an error; any other
                # string goes in as a string cell as it is ("+44…", "-5 days" and "@home" among them).
                cells.append(text_cell(value) if value.startswith("=") or value in ERROR_CODES else value)
            elif isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{total + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _widths(headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Each column about as wide as its heading and the longest of what is under it, within reason."""
    widths = [len(str(heading)) + 3 for heading in headings]  # room for the filter's button
    for row in rows[:_WIDTH_SAMPLE]:
        for number, value in enumerate(row[:len(widths)]):
            if isinstance(value, dt.datetime):
                length = 16
            elif isinstance(value, dt.date):
                length = 10
            elif value is None:
                length = 0
            else:
                length = max((len(line) for line in str(value).split("\n")), default=0)
            widths[number] = max(widths[number], length + 2)
    return [min(max(width, _NARROWEST), _WIDEST) for width in widths]


def write_sheet(path: str | Path, title: str, headings: Sequence[str], rows: Iterable[Sequence[Any]],
                progress: Progress | None = None) -> Path:
    """Writes the table to `path` (".xlsx" added when it has another ending) and returns where it went. A
    ValidationError says what to do when it cannot be written (the file open in Excel, a read-only folder…)."""
    path = usable_path(path)
    check_target(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    if open_elsewhere(path):
        raise ValidationError(translate(
            "Spreadsheet", "{name} is open in Excel or LibreOffice. Close it there and export again, or give "
                           "another name.").format(name=quoted(path.name)), "file")
    data = workbook_bytes(title, headings, rows if isinstance(rows, Sequence) else list(rows), progress)
    write_whole(path, data, held_open=translate(
        "Spreadsheet", "{name} could not be replaced: it may be open in Excel or another program, or be read-only. "
                       "Close it in Excel and export again, or give another name.").format(name=quoted(path.name)))
    return path


def open_elsewhere(path: str | Path) -> bool:
    """Whether Excel or LibreOffice has the file open: each leaves a lock file beside it while it does (Windows
    would refuse to replace the file; elsewhere the program would go on showing, and later save, the old one)."""
    path = Path(path)
    try:
        if not path.exists():
            return False
        return any(lock.exists() for lock in (path.with_name("~$" + path.name),
                                               path.with_name(f".~lock.{path.name}#")))
    except (OSError, ValueError):  # a name the disk cannot hold is no file open anywhere
        return False


