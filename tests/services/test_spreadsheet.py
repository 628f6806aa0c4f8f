"""A spreadsheet as people keep it reads back as the rows they see (issue 18).

The same messy member list is written as .csv, .xlsx and .ods and must come back alike: row numbers as the
spreadsheet shows them, merged cells filled, stray spaces gone, dates left for the importer to read; and a file that
is not a spreadsheet is refused with what to do.
"""

import datetime as dt
import os
import random
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spreadsheets import (
    ENGLISH_TITLE, MEMBERS, WELSH_HEADER, blank_row_numbers, member_row_numbers, members_as_read, messy_members,
    write_sheet, write_workbook,
)

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind, guess_kind, guess_matching
from compactdesk.services.spreadsheet import Sheet, read_sheet

FORMATS = [".csv", ".xlsx", ".ods", ".xls"]
WORKBOOKS = [".xlsx", ".ods", ".xls"]
NOT_READ = ("CompactDesk reads spreadsheets saved as .xlsx, .xls, .ods or .csv. Save it as one of those from Excel or "
            "LibreOffice, then try again.")


def _column(sheet: Sheet, index: int, numbers) -> list:
    return [sheet.rows[number - 1][index] for number in numbers]


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_messy_member_list_reads_as_its_rows(tmp_path, suffix):
    sheet = read_sheet(messy_members().write(tmp_path / f"members{suffix}"))

    assert sheet.file_name == f"members{suffix}"
    # 22 rows: the trailing blank rows and the column of spaces to the right are gone, nothing else.
    assert len(sheet.rows) == max(member_row_numbers()) == 22
    assert {len(row) for row in sheet.rows} == {5}
    assert sheet.rows[0][0] == ENGLISH_TITLE
    assert sheet.rows[2] == ("Name", "Organisation", "E-mail", "SEAT", "Start date")
    for number in (2, *blank_row_numbers()):
        assert sheet.rows[number - 1] == ("",) * 5, f"row {number} is blank in the file"
    expected = members_as_read(suffix)
    numbers = member_row_numbers()
    assert _column(sheet, 2, numbers) == [m.email for m in expected]
    assert _column(sheet, 3, numbers) == [m.seat for m in expected]
    assert _column(sheet, 1, numbers) == [m.organisation for m in expected]
    names = _column(sheet, 0, numbers)
    assert names[:4] == ["Jones, Ann", "Rhodri Gwŷn", "Llŵyd, Siân", "Tom Price"]  # the NBSP after Price is gone
    assert "Megan Thomas" in names and "Dyfnant Youth Forum 🌱" in _column(sheet, 1, numbers)


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_merged_cells_are_filled_in_every_cell_they_cover(tmp_path, suffix):
    sheet = read_sheet(messy_members().write(tmp_path / f"members{suffix}"))

    sarah = sheet.rows[member_row_numbers()[MEMBERS.index(next(m for m in MEMBERS if m.name == "Sarah Williams"))] - 1]
    assert sarah[:2] == ("Williams, Sarah", "Dyfnant County Council")
    assert set(sheet.rows[0]) == {ENGLISH_TITLE}  # the title merged across the columns


@pytest.mark.parametrize("suffix", FORMATS)
def test_dates_typed_as_text_stay_text_and_spreadsheet_dates_are_dates(tmp_path, suffix):
    sheet = read_sheet(messy_members().write(tmp_path / f"members{suffix}"))
    starts = _column(sheet, 4, member_row_numbers())

    assert starts[:3] == ["15/01/2027", "15 Jan 2027", dt.date(2027, 1, 15) if suffix != ".csv" else "15/01/2027"]
    assert all(isinstance(value, str if suffix == ".csv" else str | dt.date) for value in starts)
    assert not any(isinstance(value, dt.datetime) for value in starts)


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("welsh", [False, True])
def test_the_header_is_found_below_the_title_in_english_and_welsh(tmp_path, suffix, welsh):
    sheet = read_sheet(messy_members(welsh=welsh).write(tmp_path / f"members{suffix}"))

    assert guess_kind(sheet.rows) is ImportKind.SEATS
    matching = guess_matching(sheet.rows, ImportKind.SEATS)
    assert matching.header_row == 2
    assert matching.columns == ("holder", "organisation", "email", "seat", "start_on")
    if welsh:
        assert sheet.rows[2] == WELSH_HEADER


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_list_without_a_seat_column_is_people(tmp_path, suffix):
    rows = [row[:3] + row[4:5] for row in messy_members().rows]  # drop the Seat column
    sheet = read_sheet(write_sheet(tmp_path / f"people{suffix}", rows))

    assert guess_kind(sheet.rows) is ImportKind.PEOPLE
    assert guess_matching(sheet.rows, ImportKind.PEOPLE).columns == ("name", "organisation", "email", None)


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_numbers_dates_and_booleans_from_a_workbook(tmp_path, suffix):
    rows = [["Count", "Share", "Phone", "Held", "At", "Big", "Yes"],
            [42, 1.5, "01234 567890", dt.date(2027, 1, 15), dt.datetime(2027, 1, 15, 10, 30), 10.0 ** 17, True],
            [-3.0, 0.25, "01234", dt.datetime(2027, 2, 1, 0, 0), dt.datetime(2027, 2, 1, 0, 0), 2.0, False]]
    sheet = read_sheet(write_sheet(tmp_path / f"numbers{suffix}", rows))

    count, share, phone, held, at, big, yes = sheet.rows[1]
    assert (count, share, phone) == (42, 1.5, "01234 567890") and type(count) is int and type(share) is float
    assert held == dt.date(2027, 1, 15) and type(held) is dt.date
    assert at == dt.datetime(2027, 1, 15, 10, 30)
    assert big == 10 ** 17 and type(big) is int
    assert yes is True
    assert sheet.rows[2][:5] == (-3, 0.25, "01234", dt.date(2027, 2, 1), dt.date(2027, 2, 1))
    assert type(sheet.rows[2][0]) is int and type(sheet.rows[2][3]) is dt.date  # midnight is a day
    assert sheet.rows[2][6] is False


def test_csv_cells_stay_text(tmp_path):
    sheet = read_sheet(write_sheet(tmp_path / "people.csv", [["Name", "Phone", "Count"], ["Ann", "01234", "42"]]))

    assert sheet.rows[1] == ("Ann", "01234", "42")
    assert sheet.name == "" and sheet.sheet_names == ()


ROWS = [["Enw", "Sefydliad", "Nodiadau"],
        ["Siân Jones", "Cyngor Sir Dyfnant", "£25 – paid ‘in full’"],
        ["José O'Brien", "Café Cymru; Llanfair", "costs, travel"]]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_any_encoding_and_delimiter_excel_writes(tmp_path, encoding, delimiter):
    path = write_sheet(tmp_path / "list.csv", ROWS, encoding=encoding, delimiter=delimiter)

    assert read_sheet(path).rows == tuple(tuple(row) for row in ROWS)


def test_a_cp1252_csv_with_welsh_letters_excel_could_not_keep(tmp_path):
    # Excel's plain "CSV" on Windows writes ŵ and ŷ as '?': the file is read as written, never refused.
    path = write_sheet(tmp_path / "list.csv", [["Name", "Org"], ["Rhodri Gwŷn", "Café"]], encoding="cp1252",
                       delimiter=";", errors="replace")

    assert read_sheet(path).rows[1] == ("Rhodri Gw?n", "Café")


def test_a_utf8_csv_with_a_stray_windows_byte_loses_only_that_letter(tmp_path):
    # A line added in Notepad on an old Windows: one é in cp1252 among the UTF-8 Welsh letters.
    path = tmp_path / "list.csv"
    path.write_bytes("Enw,Sefydliad\nSiân Llŷr,Cyngor\nRhodri Gwŷn,Menter Iaith\n".encode() + b"Caf\xe9 Cymru,x\n")

    assert read_sheet(path).rows == (("Enw", "Sefydliad"), ("Siân Llŷr", "Cyngor"), ("Rhodri Gwŷn", "Menter Iaith"),
                                     ("Caf\ufffd Cymru", "x"))


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_excel_sep_line_with_any_line_ending(tmp_path, ending):
    path = tmp_path / "list.csv"
    path.write_text(ending.join(["sep=;", "Name;Organisation", "Ann Jones;Dyfnant CVC, Llanfair", ""]), newline="")

    assert read_sheet(path).rows == (("Name", "Organisation"), ("Ann Jones", "Dyfnant CVC, Llanfair"))


def test_excel_sep_line_names_the_delimiter_and_is_not_a_row(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"sep=;\r\nName;Organisation\r\nAnn Jones;Dyfnant CVC, Llanfair\r\n")

    assert read_sheet(path).rows == (("Name", "Organisation"), ("Ann Jones", "Dyfnant CVC, Llanfair"))


def test_utf16_text_as_excel_saves_unicode_text(tmp_path):
    path = tmp_path / "list.txt"
    path.write_bytes("Enw\tE-bost\r\nSiân Llŷr\tsian@example.cymru\r\n".encode("utf-16"))

    assert read_sheet(path).rows == (("Enw", "E-bost"), ("Siân Llŷr", "sian@example.cymru"))


def test_a_csv_saved_under_a_spreadsheet_name_is_still_read(tmp_path):
    path = tmp_path / "list.xls"
    path.write_text("Name,Email\nAnn Jones,ann@example.org\n", encoding="cp1252")

    assert read_sheet(path).rows == (("Name", "Email"), ("Ann Jones", "ann@example.org"))


@pytest.mark.parametrize("suffix", FORMATS)
def test_spaces_and_controls_are_trimmed_but_newlines_kept(tmp_path, suffix):
    rows = [["Name", "Notes"],
            ["\xa0 Ann\u00a0Jones \t", "Line one\r\nLine two  "],
            ["", ""],
            ["Bob", "  "]]
    sheet = read_sheet(write_sheet(tmp_path / f"notes{suffix}", rows))

    assert sheet.rows == (("Name", "Notes"), ("Ann Jones", "Line one\nLine two"), ("", ""), ("Bob", ""))


def test_control_characters_in_a_csv_are_removed(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name,Notes\nAnn\x07 Jones\x1b,\"a\x00b\"\n".replace("\x00", "\x0c"), encoding="utf-8")

    assert read_sheet(path).rows[1] == ("Ann Jones", "ab")


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_rows_and_columns_keep_the_spreadsheets_numbers(tmp_path, suffix):
    # A list that starts at B3: row 3 is rows[2] and column B is index 1, as the importer reports them.
    rows = [[], [], [None, "Name", "Email"], [None, "Ann Jones", "ann@example.org"]]
    sheet = read_sheet(write_sheet(tmp_path / f"list{suffix}", rows))

    assert sheet.rows == (("", "", ""), ("", "", ""), ("", "Name", "Email"), ("", "Ann Jones", "ann@example.org"))


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_the_first_sheet_with_anything_in_it_is_read(tmp_path, suffix):
    path = write_workbook(tmp_path / f"book{suffix}", {"Cover": [], "Members": [["Name"], ["Ann Jones"]],
                                                       "Old": [["Name"], ["Someone else"]]})

    sheet = read_sheet(path)
    assert (sheet.name, sheet.sheet_names) == ("Members", ("Cover", "Members", "Old"))
    assert read_sheet(path, "Old").rows[1] == ("Someone else",)
    with pytest.raises(ValidationError, match="no sheet called 'Gone'. Its sheets are: Cover, Members, Old"):
        read_sheet(path, "Gone")
    with pytest.raises(ValidationError, match="The sheet 'Cover' in book.* is empty. Choose the sheet the list is on"):
        read_sheet(path, "Cover")


def test_a_hidden_sheet_is_read_only_when_named(tmp_path):
    path = write_workbook(tmp_path / "book.xlsx", {"Lookups": [["Sector"], ["Council"]],
                                                   "Members": [["Name"], ["Ann Jones"]]}, hidden=["Lookups"])

    assert read_sheet(path).name == "Members"
    assert read_sheet(path, "Lookups").rows == (("Sector",), ("Council",))


def test_a_chart_sheet_before_the_list_is_passed_over(tmp_path):
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    book = Workbook()
    data = book.active
    data.title = "Members"
    data.append(["Name", "Seats"])
    data.append(["Ann Jones", 2])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=2))
    book.create_chartsheet("Chart", 0).add_chart(chart)
    book.save(tmp_path / "book.xlsx")

    sheet = read_sheet(tmp_path / "book.xlsx")
    assert (sheet.name, sheet.sheet_names, sheet.rows) == ("Members", ("Chart", "Members"),
                                                           (("Name", "Seats"), ("Ann Jones", 2)))


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_a_cell_merged_across_the_whole_sheet_fills_only_the_columns_used(tmp_path, suffix):
    rows = [["Members 2027"], ["Name", "Email"], ["Ann Jones", "ann@example.org"]]
    last = {".xlsx": 16383, ".ods": 1023, ".xls": 255}[suffix]
    sheet = read_sheet(write_sheet(tmp_path / f"list{suffix}", rows, merged=[((0, 0), (0, last))]))

    assert sheet.rows == (("Members 2027", "Members 2027"), ("Name", "Email"), ("Ann Jones", "ann@example.org"))


def test_a_very_long_csv_cell_is_read_whole(tmp_path):
    minutes = "The group agreed the compact. " * 20_000  # 600 KB pasted into one cell
    path = write_sheet(tmp_path / "notes.csv", [["Title", "Notes"], ["Minutes", minutes]])

    assert read_sheet(path).rows[1][1] == minutes.strip()


def test_a_csv_has_no_sheets_to_choose(tmp_path):
    path = write_sheet(tmp_path / "list.csv", [["Name"], ["Ann"]])

    with pytest.raises(ValidationError, match="CSV file, which has no sheets"):
        read_sheet(path, "Members")


def test_ods_spans_after_repeated_cells_and_rows(tmp_path):
    # LibreOffice writes empty runs as one repeated element: the merged range must still land on the right cells.
    rows = [["Title"], [], [], ["Name", None, None, "Organisation"], ["Ann", None, None, "Dyfnant CVC"], ["Bob"]]
    path = write_sheet(tmp_path / "list.ods", rows, merged=[((4, 3), (5, 3))])

    assert b'number-rows-repeated="2"' in zipfile.ZipFile(path).read("content.xml")
    assert read_sheet(path).rows[4:] == (("Ann", "", "", "Dyfnant CVC"), ("Bob", "", "", "Dyfnant CVC"))


# --- text in a CSV cell comes back whole ----------------------------------------------------------------------------

# Letters, digits, punctuation, symbols and emoji (any printable character but a space), with spaces and newlines.
visible = st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Cf"))
cell_text = st.text(st.one_of(visible, st.sampled_from(" \n")), max_size=40).map(
    lambda text: unicodedata.normalize("NFC", text))


def _read_cell(text: str, encoding: str = "utf-8-sig", delimiter: str = ",") -> object:
    import csv

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "cell.csv")
        with open(path, "w", encoding=encoding, newline="") as file:
            writer = csv.writer(file, delimiter=delimiter)
            writer.writerows([["Notes", "Row"], [text, "1"], ["end", "2"]])
        return read_sheet(path).rows[1][0]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(cell_text, st.sampled_from([",", ";", "\t"]))
def test_any_text_in_a_csv_cell_comes_back_trimmed_and_otherwise_whole(text, delimiter):
    assert _read_cell(text, delimiter=delimiter) == text.strip()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40))
def test_any_text_loses_only_controls_and_outer_spaces(text):
    read = _read_cell(text)

    assert read == read.strip()
    assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in read)

    def shown(value):  # what a person sees, spaces aside
        return "".join(ch for ch in unicodedata.normalize("NFC", value) if ch.isprintable() and not ch.isspace())

    assert shown(read) == shown(text)


# --- what is refused, and what the message says to do --------------------------------------------------------------

def _refusal(path) -> str:
    with pytest.raises(ValidationError) as caught:
        read_sheet(path)
    assert caught.value.field in ("file", "sheet")
    return caught.value.message


def test_a_file_that_is_not_there(tmp_path):
    message = _refusal(tmp_path / "members.xlsx")

    assert "There is no file" in message and "members.xlsx" in message and "choose it again" in message


def test_a_folder(tmp_path):
    assert "is a folder" in _refusal(tmp_path)


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize("make", [
    lambda folder: _docx(folder / "minutes.docx"),
    lambda folder: _docx(folder / "minutes.xlsx"),  # a Word file renamed
    lambda folder: _write(folder / "agenda.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 4),
    lambda folder: _write(folder / "photo.xlsx", random.Random(18).randbytes(4096)),
    lambda folder: _write(folder / "photo.csv", random.Random(19).randbytes(4096)),
    lambda folder: _write(folder / "page.xls", b"<html><body><table><tr><td>Name</td></tr></table></body></html>"),
    lambda folder: _write(folder / "minutes.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
                          + "WordDocument".encode("utf-16-le").ljust(1024, b"\0")),
], ids=["docx", "docx-named-xlsx", "pdf", "random-xlsx", "random-csv", "html-named-xls", "word-97"])
def test_what_is_not_a_spreadsheet_is_refused_saying_which_kinds_are_read(tmp_path, make):
    path = make(tmp_path)
    message = _refusal(path)

    assert message.startswith(f"{path.name} is not a spreadsheet.") and NOT_READ in message


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"", b"  \r\n\r\n ", b"\xef\xbb\xbf", b",,,\r\n, ,\r\n"], ids=repr)
def test_an_empty_csv(tmp_path, data):
    assert "is empty" in _refusal(_write(tmp_path / "list.csv", data))


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_an_empty_workbook(tmp_path, suffix):
    path = write_workbook(tmp_path / f"book{suffix}", {"Sheet1": [], "Sheet2": [[None, "  "]]})

    message = _refusal(path)
    assert f"book{suffix} is empty" in message and "right file" in message


@pytest.mark.parametrize("suffix", WORKBOOKS)
def test_a_damaged_workbook(tmp_path, suffix):
    whole = messy_members().write(tmp_path / f"whole{suffix}").read_bytes()
    path = _write(tmp_path / f"members{suffix}", whole[: len(whole) // 2])

    message = _refusal(path)
    assert "could not be read" in message and "save it again as .xlsx, .ods or .csv" in message


def test_a_password_protected_xlsx(tmp_path):
    # Excel wraps an encrypted workbook in an OLE compound file whose streams are EncryptionInfo and
    # EncryptedPackage (MS-OFFCRYPTO); this is its directory as far as the reader looks.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\0") + "EncryptedPackage".encode("utf-16-le")
    message = _refusal(_write(tmp_path / "members.xlsx", header + directory.ljust(1024, b"\0")))

    assert "protected by a password" in message and "save a copy without one" in message


def test_a_password_protected_ods(tmp_path):
    # LibreOffice keeps an encrypted file's mimetype and manifest readable; the manifest says how content.xml was
    # encrypted.
    plain = zipfile.ZipFile(messy_members().write(tmp_path / "plain.ods"))
    path = tmp_path / "members.ods"
    with zipfile.ZipFile(path, "w") as archive:
        for info in plain.infolist():
            data = plain.read(info)
            if info.filename == "META-INF/manifest.xml":
                data = data.replace(b'media-type="text/xml"/>', b'media-type="text/xml"><manifest:encryption-data/>'
                                    b"</manifest:file-entry>")
            archive.writestr(info, data)

    assert "protected by a password" in _refusal(path)


def test_a_password_protected_xls(tmp_path):
    from spreadsheets_xls import write_xls

    path = write_xls(tmp_path / "members.xls", {"Members": [["Name"], ["Ann Jones"]]}, {}, password=True)

    assert "protected by a password" in _refusal(path)


@pytest.mark.parametrize(("written", "named"), [(".xlsx", ".xls"), (".ods", ".xlsx"), (".xls", ".xlsx")])
def test_a_workbook_under_another_kinds_name_is_read_for_what_it_is(tmp_path, written, named):
    path = messy_members().write(tmp_path / f"members{written}").rename(tmp_path / f"members{named}")

    assert read_sheet(path).rows[3][0] == "Jones, Ann"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions")
def test_a_file_that_may_not_be_read(tmp_path):
    path = write_sheet(tmp_path / "list.csv", [["Name"], ["Ann"]])
    path.chmod(0)
    try:
        assert "could not open list.csv" in _refusal(path)
    finally:
        path.chmod(0o600)
