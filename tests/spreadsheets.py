"""Makes spreadsheet files for tests, as messy as people keep them.

`write_sheet(path, rows, merged=...)` writes one table as .csv, .xlsx, .ods or .xls by the path's suffix, so a test can
check the same thing in every format. `messy_members()` is a real-looking member list (title row, blank rows, a
merged organisation cell, "Surname, First" names, Welsh letters, dates three ways); `MEMBERS` is what it says.

    table = messy_members()
    path = table.write(tmp_path / "members.ods")
    sheet = read_sheet(path)

Imported by its name (`from spreadsheets import messy_members`): tests/ is on the path, as the folder of the
top conftest.py.
"""

import csv
import re
import datetime as dt
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

Cell = str | dt.date | int | float | bool | None
Rows = Sequence[Sequence[Cell]]
# ((first row, first column), (last row, last column)), 0-based and inclusive, as python-calamine gives them.
Range = tuple[tuple[int, int], tuple[int, int]]


def write_sheet(path: str | Path, rows: Rows, *, merged: Sequence[Range] = (), sheet_name: str = "Sheet1",
                encoding: str = "utf-8-sig", delimiter: str = ",", errors: str = "strict") -> Path:
    """One sheet. In a merged range only the first cell's value is written, as Excel and LibreOffice keep it. For
    .csv: `encoding` ('utf-8-sig' as Excel's "CSV UTF-8", 'utf-8', 'cp1252' as Excel on Windows's plain "CSV", with
    errors='replace' to lose what cp1252 cannot hold as Excel does) and `delimiter` (',' ';' or tab); a merged range
    keeps its value in its first cell only, as Excel exports it."""
    return write_workbook(path, {sheet_name: rows}, merged={sheet_name: merged}, encoding=encoding,
                          delimiter=delimiter, errors=errors)


def write_workbook(path: str | Path, sheets: dict[str, Rows], *, merged: dict[str, Sequence[Range]] | None = None,
                   hidden: Sequence[str] = (), encoding: str = "utf-8-sig", delimiter: str = ",",
                   errors: str = "strict") -> Path:
    """Several sheets, in order (a .csv takes the first only); `hidden` names sheets to hide (.xlsx, .xls)."""
    path = Path(path)
    merged = merged or {}
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _with_merges_blanked(next(iter(sheets.values())), merged.get(next(iter(sheets)), ()))
        with open(path, "w", encoding=encoding, errors=errors, newline="") as file:
            writer = csv.writer(file, delimiter=delimiter)
            for row in rows:
                writer.writerow(["" if cell is None else _csv_text(cell) for cell in row])
    elif suffix in (".xlsx", ".xlsm"):
        _write_xlsx(path, sheets, merged, hidden)
    elif suffix == ".ods":
        _write_ods(path, sheets, merged)
    elif suffix == ".xls":
        from spreadsheets_xls import write_xls

        write_xls(path, sheets, merged, hidden)
    else:
        raise ValueError(f"write_sheet writes .csv, .xlsx, .xls and .ods, not {suffix!r}")
    return path


def _csv_text(cell: Cell) -> str:
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d/%m/%Y %H:%M")
    if isinstance(cell, dt.date):
        return cell.strftime("%d/%m/%Y")  # as Excel writes a UK date to CSV
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    return str(cell)


def _with_merges_blanked(rows: Rows, merged: Sequence[Range]) -> list[list[Cell]]:
    rows = [list(row) for row in rows]
    for (r0, c0), (r1, c1) in merged:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0) and r < len(rows) and c < len(rows[r]):
                    rows[r][c] = None
    return rows


def _write_xlsx(path: Path, sheets: dict[str, Rows], merged: dict[str, Sequence[Range]], hidden) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for r, row in enumerate(_with_merges_blanked(rows, merged.get(name, ())), start=1):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = sheet.cell(r, c, value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(value, dt.date):
                    cell.number_format = "DD/MM/YYYY"
        for (r0, c0), (r1, c1) in merged.get(name, ()):
            sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        if name in hidden:
            sheet.sheet_state = "hidden"
    workbook.save(path)


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
)
_ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


def _write_ods(path: Path, sheets: dict[str, Rows], merged: dict[str, Sequence[Range]]) -> None:
    tables = "".join(_ods_table(name, rows, merged.get(name, ())) for name, rows in sheets.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODS_NS} office:version="1.3">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest {_ODS_NS} manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                f'manifest:media-type="{_ODS_MIMETYPE}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        # The mimetype must come first and uncompressed, so a program can tell the kind from the first bytes.
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def _ods_table(name: str, rows: Rows, merged: Sequence[Range]) -> str:
    """One table as LibreOffice writes it: runs of empty cells and of empty rows as one repeated element, and the
    rest of the sheet's million rows as one empty row repeated."""
    starts = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for (r0, c0), (r1, c1) in merged}
    covered = {(r, c) for (r0, c0), (r1, c1) in merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
               if (r, c) != (r0, c0)}
    width = max([len(row) for row in rows] + [c1 + 1 for _, (_, c1) in merged] + [1])
    height = max([len(rows)] + [r1 + 1 for (_, (r1, _)) in merged])
    out = [f"<table:table table:name={quoteattr(name)}>",
           f'<table:table-column table:number-columns-repeated="{width}"/>']
    row_texts = []
    for r in range(height):
        row = list(rows[r]) if r < len(rows) else []
        cells = []
        for c in range(width):
            if (r, c) in covered:
                cells.append("<table:covered-table-cell/>")
                continue
            span = ""
            if (r, c) in starts:
                down, across = starts[(r, c)]
                span = f' table:number-columns-spanned="{across}" table:number-rows-spanned="{down}"'
            cells.append(_ods_cell(row[c] if c < len(row) else None, span))
        row_texts.append(_repeated(cells, "<table:table-cell/>",
                                   '<table:table-cell table:number-columns-repeated="{n}"/>'))
    empty_row = f'<table:table-row><table:table-cell table:number-columns-repeated="{width}"/></table:table-row>'
    rows_xml = [f"<table:table-row>{text}</table:table-row>" for text in row_texts]
    rows_xml = [empty_row if text == f"<table:table-row>{_empty_cells(width)}</table:table-row>" else text
                for text in rows_xml]
    out.append(_repeated(rows_xml, empty_row, '<table:table-row table:number-rows-repeated="{n}">'
                         f'<table:table-cell table:number-columns-repeated="{width}"/></table:table-row>'))
    out.append(f'<table:table-row table:number-rows-repeated="{_ODS_ROWS - height}">'
               f'<table:table-cell table:number-columns-repeated="{_ODS_COLUMNS}"/></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


_ODS_ROWS = 1_048_576
_ODS_COLUMNS = 1024


def _empty_cells(width: int) -> str:
    return _repeated(["<table:table-cell/>"] * width, "<table:table-cell/>",
                     '<table:table-cell table:number-columns-repeated="{n}"/>')


def _repeated(items: list[str], empty: str, template: str) -> str:
    out, run = [], 0
    for item in [*items, None]:
        if item == empty:
            run += 1
            continue
        if run:
            out.append(empty if run == 1 else template.format(n=run))
            run = 0
        if item is not None:
            out.append(item)
    return "".join(out)


def _ods_cell(value: Cell, span: str) -> str:
    if value is None or value == "":
        return f"<table:table-cell{span}/>"
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
        attrs = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, dt.datetime):
        text = value.strftime("%d/%m/%Y %H:%M")
        attrs = f'office:value-type="date" office:date-value="{value.isoformat(timespec="seconds")}"'
    elif isinstance(value, dt.date):
        text = value.strftime("%d/%m/%Y")
        attrs = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    elif isinstance(value, int | float):
        text = str(value)
        attrs = f'office:value-type="float" office:value="{value!r}"'
    else:
        text = str(value)
        attrs = 'office:value-type="string"'
    paragraphs = "".join(f"<text:p>{_ods_text(line)}</text:p>" for line in re.split(r"\r\n|\r|\n", text))
    return f"<table:table-cell {attrs}{span}>{paragraphs}</table:table-cell>"


def _ods_text(line: str) -> str:
    """A line of text as ODF keeps it: XML collapses runs of spaces, so each space at either end or after
    another one is written as <text:s/>, and a tab as <text:tab/>."""
    out = []
    for index, ch in enumerate(line):
        if ch == " " and (index == 0 or index == len(line) - 1 or line[index - 1] == " "):
            out.append("<text:s/>")
        elif ch == "\t":
            out.append("<text:tab/>")
        else:
            out.append(escape(ch))
    return "".join(out)


# --- a member list as a secretary keeps it -------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    name: str            # as the importer should understand it: "Ann Jones", never "Jones, Ann"
    organisation: str    # "" when the file gives none
    email: str
    seat: str
    start_on: dt.date


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    merged: tuple[Range, ...] = ()
    header_row: int = 0  # index of the header row in rows (and in Sheet.rows once read)
    members: tuple[Member, ...] = field(default=())

    def write(self, path: str | Path, **options) -> Path:
        return write_sheet(path, self.rows, merged=self.merged, **options)


_JAN_15 = dt.date(2027, 1, 15)
_CVC = "Dyfnant County Voluntary Council"
_COUNCIL = "Dyfnant County Council"

# (name as written, organisation as written, email as written, seat, start date as written, Member expected).
# Organisation None: the cell is covered by the merged one above it.
_LIST: tuple[tuple[Cell, ...], ...] = (
    ("Jones, Ann", _CVC, "ann.jones@dyfnantcvc.org.uk", "Voluntary sector seat 1", "15/01/2027"),
    ("Rhodri Gwŷn", "Menter Iaith Dyfnant", "rhodri@menteriaith.cymru", "Voluntary sector seat 2", "15 Jan 2027"),
    ("Llŵyd, Siân", "Dyfnant Youth Forum 🌱", "", "Voluntary sector seat 3", _JAN_15),
    ("Tom Price\xa0", "Age Cymru Dyfnant ", "tom.price@agecymrudyfnant.org.uk ", "Voluntary sector seat 4",
     "15/01/2027"),
    ("Evans, Mererid", "Dyfnant BME Forum", "mererid@dyfnantbme.org.uk", "Voluntary sector seat 5",
     dt.date(2027, 2, 1)),
    None,  # a blank row in the middle
    ("Gareth Hughes", _COUNCIL, "gareth.hughes@dyfnant.gov.uk", "Council seat 1", "15 Jan 2027"),
    ("Williams, Sarah", None, "sarah.williams@dyfnant.gov.uk", "Council seat 2", _JAN_15),
    ("Ifan Ŵyn", "Hywel Dda University Health Board", "ifan.wyn@wales.nhs.uk", "Health board seat", "15/01/2027"),
    ("Carys Morgan", "Dyfed-Powys Police", "carys.morgan@dyfed-powys.police.uk", "Police seat", "15/01/2027"),
    ("Bowen, Dafydd", "Mid and West Wales Fire and Rescue Service", "", "Fire and rescue seat", "15 January 2027"),
    None,
    None,
    ("Nia Rees", "Coleg Dyfnant", "nia.rees@colegdyfnant.ac.uk", "Education seat", _JAN_15),
    ("O'Connor, Liam", "Dyfnant Housing Association", "liam@dyfnanthousing.org.uk", "Voluntary sector seat 6",
     "01/03/2027"),
    ("  Megan Thomas  ", "Dyfnant Carers' Centre", "megan@dyfnantcarers.org.uk", "Voluntary sector seat 7",
     "1 Mar 2027"),
    ("Pritchard, Ieuan", "Dyfnant Disability Network", "ieuan.pritchard@ddn.org.uk", "Voluntary sector seat 8",
     dt.date(2027, 3, 1)),
    ("Ahmed, Yasmin", "Dyfnant Mosque and Community Centre", "yasmin@dyfnantmcc.org.uk", "Reserved seat (BME)",
     "15/01/2027"),
)
_EXPECTED = (
    Member("Ann Jones", _CVC, "ann.jones@dyfnantcvc.org.uk", "Voluntary sector seat 1", _JAN_15),
    Member("Rhodri Gwŷn", "Menter Iaith Dyfnant", "rhodri@menteriaith.cymru", "Voluntary sector seat 2", _JAN_15),
    Member("Siân Llŵyd", "Dyfnant Youth Forum 🌱", "", "Voluntary sector seat 3", _JAN_15),
    Member("Tom Price", "Age Cymru Dyfnant", "tom.price@agecymrudyfnant.org.uk", "Voluntary sector seat 4", _JAN_15),
    Member("Mererid Evans", "Dyfnant BME Forum", "mererid@dyfnantbme.org.uk", "Voluntary sector seat 5",
           dt.date(2027, 2, 1)),
    Member("Gareth Hughes", _COUNCIL, "gareth.hughes@dyfnant.gov.uk", "Council seat 1", _JAN_15),
    Member("Sarah Williams", _COUNCIL, "sarah.williams@dyfnant.gov.uk", "Council seat 2", _JAN_15),
    Member("Ifan Ŵyn", "Hywel Dda University Health Board", "ifan.wyn@wales.nhs.uk", "Health board seat", _JAN_15),
    Member("Carys Morgan", "Dyfed-Powys Police", "carys.morgan@dyfed-powys.police.uk", "Police seat", _JAN_15),
    Member("Dafydd Bowen", "Mid and West Wales Fire and Rescue Service", "", "Fire and rescue seat", _JAN_15),
    Member("Nia Rees", "Coleg Dyfnant", "nia.rees@colegdyfnant.ac.uk", "Education seat", _JAN_15),
    Member("Liam O'Connor", "Dyfnant Housing Association", "liam@dyfnanthousing.org.uk", "Voluntary sector seat 6",
           dt.date(2027, 3, 1)),
    Member("Megan Thomas", "Dyfnant Carers' Centre", "megan@dyfnantcarers.org.uk", "Voluntary sector seat 7",
           dt.date(2027, 3, 1)),
    Member("Ieuan Pritchard", "Dyfnant Disability Network", "ieuan.pritchard@ddn.org.uk", "Voluntary sector seat 8",
           dt.date(2027, 3, 1)),
    Member("Yasmin Ahmed", "Dyfnant Mosque and Community Centre", "yasmin@dyfnantmcc.org.uk", "Reserved seat (BME)",
           _JAN_15),
)
MEMBERS: tuple[Member, ...] = _EXPECTED + (
    Member("Gwenllian Parry", "Dyfnant Citizens Advice", "gwenllian.parry@cadyfnant.org.uk", "Voluntary sector seat 9",
           _JAN_15),
)
_LAST = ("Parry, Gwenllian", "Dyfnant Citizens Advice", "gwenllian.parry@cadyfnant.org.uk", "Voluntary sector seat 9",
         "15/01/2027")

ENGLISH_HEADER = ("Name ", "Organisation", "E-mail", "SEAT", "Start date\xa0")
WELSH_HEADER = ("Enw", "Sefydliad", "E-bost", "Sedd", "Dyddiad dechrau")
ENGLISH_TITLE = "Dyfnant Compact Liaison Group – members 2027"
WELSH_TITLE = "Grŵp Cyswllt Compact Dyfnant – aelodau 2027"


def messy_members(*, welsh: bool = False) -> Table:
    """The 16 members of MEMBERS as a secretary keeps them: row 1 a title merged across the columns, row 2 blank,
    row 3 the header (trailing spaces, mixed case; Welsh headers when `welsh`), then the members with blank rows
    among them, the organisation of Council seats 1 and 2 one merged cell over two rows, "Surname, First" names,
    ŵ ŷ and an emoji, dates as 15/01/2027, 15 Jan 2027 and real dates, and stray spaces and a column of spaces to
    the right. In .csv the merged cells keep their value in their first cell only, as Excel writes them: there,
    Sarah Williams's organisation is empty (see members_as_read)."""
    rows: list[tuple[Cell, ...]] = [
        (WELSH_TITLE if welsh else ENGLISH_TITLE, None, None, None, None),
        (),
        (*(WELSH_HEADER if welsh else ENGLISH_HEADER), None),
    ]
    merged: list[Range] = [((0, 0), (0, 4))]
    for entry in (*_LIST, _LAST):
        if entry is None:
            rows.append(())
            continue
        if entry[1] is None:
            merged.append(((len(rows) - 1, 1), (len(rows), 1)))
        # A cell of spaces far to the right, as a tidied-away note leaves; the reader trims the column off.
        rows.append((*entry, "   " if len(rows) % 5 == 0 else None))
    rows.extend([(), (None, None, " "), ()])
    return Table(tuple(rows), tuple(merged), header_row=2, members=MEMBERS)


def members_as_read(suffix: str) -> tuple[Member, ...]:
    """MEMBERS as a file of this kind can tell them: a .csv has no merged cells, so there Sarah Williams's
    organisation is empty."""
    if suffix.lower() != ".csv":
        return MEMBERS
    return tuple(Member(m.name, "", m.email, m.seat, m.start_on) if m.name == "Sarah Williams" else m
                 for m in MEMBERS)


def member_row_numbers() -> tuple[int, ...]:
    """The spreadsheet row numbers (1-based, as the importer reports them) of MEMBERS, in order."""
    table = messy_members()
    numbers = []
    for index, row in enumerate(table.rows):
        if index > table.header_row and any(cell not in (None, "") and str(cell).strip() for cell in row):
            numbers.append(index + 1)
    return tuple(numbers)


def blank_row_numbers() -> tuple[int, ...]:
    """The blank rows between the header and the last member, as the importer should report them."""
    last = max(member_row_numbers())
    table = messy_members()
    return tuple(index + 1 for index, row in enumerate(table.rows)
                 if table.header_row < index < last and not any(str(cell or "").strip() for cell in row))


# --- a member list with the name in two columns --------------------------------------------------------------------

SPLIT_HEADER = ("Title", "First name", "Surname", "Organisation", "Email")
SPLIT_WELSH_HEADER = ("Teitl", "Enw cyntaf", "Cyfenw", "Sefydliad", "E-bost")
# (title, first name, surname, organisation, email, the name the importer should make of them)
_SPLIT: tuple[tuple[Cell, ...], ...] = (
    ("Mrs", "Ann", "Jones", _CVC, "ann.jones@dyfnantcvc.org.uk", "Ann Jones"),
    ("Cllr", " Gareth ", "Hughes\xa0", _COUNCIL, "gareth.hughes@dyfnant.gov.uk", "Gareth Hughes"),
    ("Dr", "Siân", "Llŵyd", "Dyfnant Youth Forum", "", "Siân Llŵyd"),
    ("", "Liam", "O'Connor", "Dyfnant Housing Association", "liam@dyfnanthousing.org.uk", "Liam O'Connor"),
    ("Mr", "Rhodri", "ap Gwilym", "Menter Iaith Dyfnant", "rhodri@menteriaith.cymru", "Rhodri ap Gwilym"),
    ("Ms", "", "Pritchard", "Dyfnant Disability Network", "pritchard@ddn.org.uk", "Pritchard"),
)
SPLIT_NAMES = tuple(entry[-1] for entry in _SPLIT)


def split_name_members(*, welsh: bool = False) -> Table:
    """Six people with Title, First name and Surname in columns of their own, as a council's list keeps them: a
    title row merged across the columns, a blank row, the header, the people (one blank row among them; stray
    spaces; one with no first name), and blank rows after. SPLIT_NAMES is what the importer should make of them, the
    title left out. Welsh headers when `welsh`."""
    rows: list[tuple[Cell, ...]] = [
        (WELSH_TITLE if welsh else ENGLISH_TITLE, None, None, None, None),
        (),
        SPLIT_WELSH_HEADER if welsh else SPLIT_HEADER,
    ]
    for number, entry in enumerate(_SPLIT):
        if number == 3:
            rows.append(())
        rows.append(entry[:-1])
    rows.extend([(), ()])
    return Table(tuple(rows), (((0, 0), (0, 4)),), header_row=2)


def split_name_row_numbers() -> tuple[int, ...]:
    """The spreadsheet row numbers (1-based) of SPLIT_NAMES, in order."""
    table = split_name_members()
    return tuple(index + 1 for index, row in enumerate(table.rows)
                 if index > table.header_row and any(str(cell or "").strip() for cell in row))


def members_to_check(path, *, bad_date: bool = True, emoji: bool = True):
    """messy_members as an .xlsx (or whatever `path` ends in) with two things for the import window to show: "Dyfnant
    CVC" for the CVC in row 5 (a near name, when the CVC is held by its full name) and, when `bad_date`, 31/02/2027 for
    a start date in row 7 (a refused row). `emoji=False` leaves out the list's one emoji, which fonts without one draw
    as an empty box."""
    table = messy_members()
    rows = [[cell.replace(" 🌱", "") if not emoji and isinstance(cell, str) else cell for cell in row]
            for row in table.rows]
    rows[table.header_row + 2][1] = "Dyfnant CVC"  # Rhodri Gwŷn, row 5
    if bad_date:
        rows[table.header_row + 4][4] = "31/02/2027"  # Tom Price, row 7
    return write_workbook(path, {"Members": rows}, merged={"Members": table.merged})
