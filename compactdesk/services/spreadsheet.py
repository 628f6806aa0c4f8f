"""Reading a spreadsheet or CSV file as people keep them, for import.

Everything comes back as plain rows, lined up with the row and column numbers the spreadsheet shows (row 1 is
rows[0], even when the first rows are empty), with merged cells filled and stray whitespace gone. Which row is the
header and what each column means is domain/import_fields.py's business; what a value means is services/importing.py's.
"""

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services.file_refusals import is_folder, os_refusal, quoted, usable_path


@dataclass(frozen=True)
class Sheet:
    file_name: str
    name: str
    sheet_names: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


_DELIMITERS = (",", ";", "\t")
# Spaces people cannot see: non-breaking ones (Excel and web pages leave them) and tabs inside a cell.
_SPACES = re.compile("[\t\xa0\u2007\u202f]")
# Control characters other than newline, and the invisible marks a copy from the web or a BOM leaves behind.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\ufeff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONGEST_CELL = 16 * 1024 * 1024
# A letter beyond ASCII as UTF-8 writes it, and a byte above 127 that cannot be part of one.
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NOT_UTF8 = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")


def _message_not_spreadsheet(name: str) -> str:
    return translate(
        "Import",
        "{name} is not a spreadsheet. CompactDesk reads spreadsheets saved as .xlsx, .xls, .ods or .csv. "
        "Save it as one of those from Excel or LibreOffice, then try again.",
    ).format(name=name)


def _damaged(name: str) -> ValidationError:
    return ValidationError(translate(
        "Import",
        "{name} could not be read: it may be damaged, or saved by a program that writes it differently. Open it in "
        "Excel or LibreOffice and save it again as .xlsx, .ods or .csv, then try again.",
    ).format(name=name), "file")


def _password(name: str) -> ValidationError:
    return ValidationError(translate(
        "Import",
        "{name} is protected by a password, so CompactDesk cannot read it. Open it in Excel or LibreOffice with its "
        "password and save a copy without one, then import the copy.",
    ).format(name=name), "file")


def _empty(name: str) -> ValidationError:
    return ValidationError(translate(
        "Import",
        "{name} is empty: there is nothing in it to import. Check that it is the right file and that it was saved "
        "after the list was typed in.",
    ).format(name=name), "file")


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    path = usable_path(path)
    name = quoted(path.name or path)
    if is_folder(path):
        raise ValidationError(translate(
            "Import", "{path} is a folder. Choose the spreadsheet file inside it.").format(path=quoted(path)), "file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise os_refusal(error, path) from None
    if not data.strip():
        raise _empty(name)
    kind = _kind_of(data, name)
    if kind == "csv":
        if sheet:
            raise ValidationError(translate(
                "Import", "{name} is a CSV file, which has no sheets; it cannot be read as sheet '{sheet}'.",
            ).format(name=name, sheet=quoted(sheet)), "sheet")
        rows = _tidy(_csv_rows(data, name))
        if not rows:
            raise _empty(name)
        return Sheet(name, "", (), rows)
    return _read_workbook(path, name, data, kind, sheet)


def _kind_of(data: bytes, name: str) -> str:
    """'xlsx', 'ods', 'xls' or 'csv', from what is in the file rather than its name (a file saved as CSV and named
    .xls is common); raises for anything else."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
                manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
            raise _damaged(name) from None
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            return "xlsx"
        if "spreadsheet" in mimetype:
            if b"encryption-data" in manifest:
                raise _password(name)
            return "ods"
        raise ValidationError(_message_not_spreadsheet(name), "file")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # An Office file in the old compound format, its streams named in UTF-16: an .xls keeps its cells in a
        # "Workbook" stream; an .xlsx a password has wrapped up is an "EncryptedPackage"; Word and PowerPoint have
        # streams of their own.
        def holds(stream: str) -> bool:
            return stream.encode("utf-16-le") in data

        if holds("Workbook") or holds("Book"):
            return "xls"
        if holds("EncryptedPackage"):
            raise _password(name)
        raise ValidationError(_message_not_spreadsheet(name), "file")
    if _looks_like_text(data):
        # Whatever its name: Excel users often save "CSV" under an .xls name, or as .txt.
        return "csv"
    raise ValidationError(_message_not_spreadsheet(name), "file")


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:65536]
    if b"\0" in sample or sample.lstrip().startswith((b"%PDF", b"<", b"{\\rtf")):
        return False  # binary, a PDF, a web page or XML, a Word RTF: none is a list of rows
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 3:
            return True  # the sample cut a letter in two
    # Not UTF-8: text in a Windows code page has few control characters; random bytes have about one in nine.
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13))
    return controls <= len(sample) // 50


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a stray byte or two (a line added in another program): each letter ŵ or é written as
    # UTF-8 outweighs the odd one that is not, and only that one is lost.
    if len(_UTF8_LETTER.findall(data)) > len(_NOT_UTF8.findall(data)):
        return data.decode("utf-8-sig", errors="replace")
    try:
        # What Excel on Windows writes when told to save "CSV (Comma delimited)".
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _csv_rows(data: bytes, name: str) -> list[list[object]]:
    text = _decode(data)
    # Excel writes and honours a first line "sep=;" naming the delimiter, and does not show it as a row.
    if sep := re.match(r"sep=(.)[ \t]*(?:\r\n|\r|\n|$)", text):
        delimiter, text = sep.group(1), text[sep.end():]
    else:
        delimiter = _sniff(text)
    # Minutes pasted whole into a notes cell can pass csv's default limit of 128 KB a cell.
    csv.field_size_limit(max(csv.field_size_limit(), _LONGEST_CELL))
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error:
        raise _damaged(name) from None


def _sniff(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, most consistently."""
    sample = "\n".join(text[:65536].splitlines()[:50])
    best, best_rank = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        except csv.Error:
            continue
        wide = [count for count in counts if count > 1]
        if not wide:
            continue
        usual = max(set(wide), key=wide.count)
        rank = (wide.count(usual), usual)
        if rank > best_rank:
            best, best_rank = delimiter, rank
    return best


def _read_workbook(path: Path, name: str, data: bytes, kind: str, wanted: str | None) -> Sheet:
    """`name`: the file's name as messages show it."""
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        # By its name when that says what it is: calamine then tells a password-protected .xls from a damaged one.
        # Otherwise from what is in it (an .xlsx named .xls).
        if path.suffix.lower() == f".{kind}":
            workbook = CalamineWorkbook.from_path(str(path))
        else:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = tuple(workbook.sheet_names)
        if wanted is not None and wanted not in names:
            raise ValidationError(translate(
                "Import", "{name} has no sheet called '{sheet}'. Its sheets are: {sheets}.",
            ).format(name=name, sheet=quoted(wanted), sheets=", ".join(quoted(each) for each in names)), "sheet")
        # Hidden sheets (lookup lists, old versions) come after the visible ones; charts and macros are not lists.
        worksheets = [meta for meta in workbook.sheets_metadata if str(meta.typ).endswith(".WorkSheet")]
        visible = [meta.name for meta in worksheets if str(meta.visible).endswith(".Visible")]
        hidden = [meta.name for meta in worksheets if meta.name not in visible]
        for sheet_name in [wanted] if wanted is not None else [*visible, *hidden]:
            sheet = workbook.get_sheet_by_name(sheet_name)
            merged = list(sheet.merged_cell_ranges or ())
            if kind == "ods" and not merged:
                merged = _ods_merged(data, sheet_name)
            rows = _tidy(_fill_merged([list(row) for row in sheet.to_python(skip_empty_area=False)], merged))
            if rows:
                return Sheet(name, sheet_name, names, rows)
    except ValidationError:
        raise
    except PasswordError:
        raise _password(name) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # noqa: B036 - calamine's Rust panics are BaseExceptions; any of them is damage
        if "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise _password(name) from None
        raise _damaged(name) from None
    if wanted is not None:
        raise ValidationError(translate(
            "Import", "The sheet '{sheet}' in {name} is empty. Choose the sheet the list is on.",
        ).format(sheet=quoted(wanted), name=name), "sheet")
    raise _empty(name)


def _fill_merged(rows: list[list[object]], merged) -> list[list[object]]:
    # A title merged across the whole sheet (A1:XFD1) fills only the columns the sheet uses.
    width = max((len(row) for row in rows), default=0)
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        c1 = min(c1, width - 1)
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    row[c] = value
    return rows


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_merged(data: bytes, sheet_name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged ranges of one ODS sheet, from its content.xml (calamine gives none for .ods)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError):
        return []
    table = next((t for t in root.iter(_TABLE + "table") if t.get(_TABLE + "name") == sheet_name), None)
    if table is None:
        return []
    ranges = []
    r = 0
    for row in table.iter(_TABLE + "table-row"):
        row_repeat = int(row.get(_TABLE + "number-rows-repeated", "1"))
        c = 0
        for cell in row:
            if cell.tag not in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                continue
            col_repeat = int(cell.get(_TABLE + "number-columns-repeated", "1"))
            across = int(cell.get(_TABLE + "number-columns-spanned", "1"))
            down = int(cell.get(_TABLE + "number-rows-spanned", "1"))
            if across > 1 or down > 1:
                # A spanned cell repeated down many rows is a formatting quirk; a handful is all a list has.
                for rr in range(r, r + min(row_repeat, 1000)):
                    for cc in range(c, c + min(col_repeat, 1000)):
                        ranges.append(((rr, cc), (rr + down - 1, cc + across - 1)))
            c += col_repeat
        r += row_repeat
    return ranges


def clean_cell(value: object) -> object:
    """One cell as an importer wants it: text trimmed of invisible and control characters, whole numbers as int,
    a date-time at midnight as the date it is, nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        # Spreadsheets keep every number as a float; 42.0 is the 42 that was typed.
        return int(value) if value.is_integer() else value
    if isinstance(value, int):
        return value
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    if isinstance(value, dt.timedelta):
        return str(value)
    text = _SURROGATE.sub("\ufffd", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _SPACES.sub(" ", text))
    return unicodedata.normalize("NFC", text).strip()


def _tidy(rows: list[list[object]]) -> tuple[tuple[object, ...], ...]:
    """Cleaned, rectangular, without the blank rows and columns after the last one used (blank rows in between are
    kept, so every row keeps the number the spreadsheet shows)."""
    cleaned = [[clean_cell(value) for value in row] for row in rows]
    while cleaned and all(value == "" for value in cleaned[-1]):
        cleaned.pop()
    width = 0
    for row in cleaned:
        for index in range(len(row) - 1, -1, -1):
            if row[index] != "":
                width = max(width, index + 1)
                break
    return tuple(tuple(row[:width]) + ("",) * (width - len(row[:width])) for row in cleaned)
