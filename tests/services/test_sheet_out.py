"""services/sheet_out.py: a table written as an .xlsx, read back with openpyxl and with python-calamine (a second,
independent reader), and with LibreOffice where it is installed."""

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from compactdesk.domain.errors import ValidationError
from compactdesk.services import file_writing, sheet_out
from compactdesk.services.sheet_out import CELL_LIMIT, cell_text, sheet_name, write_sheet

HEADINGS = ["Issue", "Raised", "Outstanding", "Score", "Answered", "Phone", "When"]
TRICKY = ["=SUM(A1)", "+44 1234 567890", "-5 days", "@home", "#N/A", "=", "=1+1"]


def _row(text: str) -> list:
    return [text, dt.date(2027, 1, 15), 12, 2.5, True, "01234 567890", dt.datetime(2027, 1, 15, 18, 30)]


def _sheet(path: Path):
    return load_workbook(path).active


def _calamine(path: Path) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_dates_numbers_and_bools_are_typed_cells_not_text(tmp_path):
    path = write_sheet(tmp_path / "Feedback owed.xlsx", "Feedback owed", HEADINGS, [_row("Library hours")])
    sheet = _sheet(path)
    assert [cell.value for cell in sheet[1]] == HEADINGS
    issue, raised, outstanding, score, answered, phone, when = sheet[2]
    assert raised.is_date and raised.value == dt.datetime(2027, 1, 15) and raised.number_format == "DD/MM/YYYY"
    assert when.is_date and when.value == dt.datetime(2027, 1, 15, 18, 30)
    assert outstanding.data_type == "n" and outstanding.value == 12 and isinstance(outstanding.value, int)
    assert score.value == 2.5 and answered.value is True
    assert issue.data_type == "s" and phone.value == "01234 567890"  # the leading 0 kept: text, not a number
    # The second reader agrees: a date, numbers, a bool.
    assert _calamine(path)[1][:5] == ["Library hours", dt.date(2027, 1, 15), 12, 2.5, True]


@pytest.mark.parametrize("text", TRICKY)
def test_what_looks_like_a_formula_stays_the_words_typed(tmp_path, text):
    path = write_sheet(tmp_path / "t.xlsx", "Targets", HEADINGS, [_row(text)])
    cell = _sheet(path)["A2"]
    assert cell.data_type == "s" and cell.value == text
    assert _calamine(path)[1][0] == text
    # Nothing in the file is a formula: no <f> element in the sheet's XML.
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_the_header_is_bold_frozen_and_filtered_and_the_columns_fit(tmp_path):
    rows = [_row("A rather longer issue than the heading, to widen its column")] * 3
    path = write_sheet(tmp_path / "t.xlsx", "Action plan", HEADINGS, rows)
    sheet = _sheet(path)
    assert sheet.title == "Action plan"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G4"
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["C"].width >= 8
    assert sheet.column_dimensions["A"].width <= 60


def test_control_characters_go_and_everything_else_stays(tmp_path):
    typed = "Ysgol\x00 Gymraeg\x07 ŵŷ Łódź 😀\tnoted\r\nnext line\x1f"
    path = write_sheet(tmp_path / "t.xlsx", "People", ["Name"], [[typed]])
    expected = "Ysgol Gymraeg ŵŷ Łódź 😀\tnoted\nnext line"
    assert _sheet(path)["A2"].value == expected
    assert _calamine(path)[1][0] == expected


def test_a_cell_longer_than_excel_holds_is_cut_with_a_mark(tmp_path):
    long = "x" * 40_000
    path = write_sheet(tmp_path / "t.xlsx", "Minutes", ["Note"], [[long], ["😀" * 20_000]])
    sheet = _sheet(path)
    for cell in (sheet["A2"], sheet["A3"]):
        value = cell.value
        assert value.endswith(sheet_out.cut_mark())
        assert len(value.encode("utf-16-le")) // 2 <= CELL_LIMIT  # Excel counts UTF-16 units
    assert sheet["A2"].value.startswith("x" * 30_000)
    assert set(sheet["A3"].value[:-len(sheet_out.cut_mark())]) == {"😀"}  # never half an emoji


def test_sheet_names_keep_within_excels_rules():
    assert sheet_name("Feedback owed: [2026]/27 *?\\") == "Feedback owed 2026 27"
    assert len(sheet_name("A very long table title that goes on and on")) == 31
    assert sheet_name("History") != "History" and sheet_name("") == "Sheet1" and sheet_name("'quoted'") == "quoted"


def test_empty_table_and_empty_cells(tmp_path):
    path = write_sheet(tmp_path / "t", "Disputes", ["Dispute", "Resolved"], [["Open one", None]])
    assert path.name == "t.xlsx"
    sheet = _sheet(path)
    assert sheet["B2"].value is None
    empty = write_sheet(tmp_path / "empty.xlsx", "Disputes", ["Dispute", "Resolved"], [])
    assert [[cell.value for cell in row] for row in _sheet(empty).iter_rows()] == [["Dispute", "Resolved"]]


def test_floats_that_are_not_numbers_are_left_empty(tmp_path):
    path = write_sheet(tmp_path / "t.xlsx", "T", ["a", "b"], [[float("nan"), float("inf")]])
    assert [cell.value for cell in _sheet(path)[2]] == [None, None]


# -- writing the file ------------------------------------------------------------------------------------------


def test_a_file_open_in_excel_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "Feedback.xlsx"
    path.write_bytes(b"the old one")
    (tmp_path / "~$Feedback.xlsx").write_bytes(b"")  # Excel's lock file beside it
    with pytest.raises(ValidationError, match="open in Excel or LibreOffice. Close it there"):
        write_sheet(path, "T", ["a"], [["b"]])
    assert path.read_bytes() == b"the old one"


def test_a_file_libreoffice_has_open_is_refused(tmp_path):
    path = tmp_path / "Feedback.xlsx"
    path.write_bytes(b"old")
    (tmp_path / ".~lock.Feedback.xlsx#").write_text("someone")
    with pytest.raises(ValidationError, match="Close it there"):
        write_sheet(path, "T", ["a"], [["b"]])


def test_a_file_windows_will_not_replace_says_close_it_in_excel(tmp_path, monkeypatch):
    def refused(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(file_writing, "put_in_place", refused)
    with pytest.raises(ValidationError, match="Close it in Excel and export again"):
        write_sheet(tmp_path / "t.xlsx", "T", ["a"], [["b"]])


def test_a_folder_that_is_not_there_or_a_folder_given_as_the_file(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        write_sheet(tmp_path / "gone" / "t.xlsx", "T", ["a"], [["b"]])
    with pytest.raises(ValidationError, match="is a folder"):
        write_sheet(tmp_path, "T", ["a"], [["b"]])
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_a_full_disk_is_said_and_the_old_file_kept(tmp_path, monkeypatch):
    import errno

    path = tmp_path / "t.xlsx"
    path.write_bytes(b"old")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(file_writing, "put_in_place", full)
    with pytest.raises(ValidationError, match="disk is full"):
        write_sheet(path, "T", ["a"], [["b"]])
    assert path.read_bytes() == b"old"


# -- any text at all -------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_any_text_comes_back_as_written_less_what_xml_cannot_hold(tmp_path, texts):
    # A number in each row, so that no row is empty (a reader leaves empty rows at the end out).
    path = write_sheet(tmp_path / "any.xlsx", texts[0] or "T", ["No.", "Text"],
                       [[number, text] for number, text in enumerate(texts)])
    read = [row[1] for row in _sheet(path).iter_rows(min_row=2, values_only=True)]
    wanted = [cell_text(text) for text in texts]
    assert [value or "" for value in read] == wanted  # "" is an empty cell
    assert [row[1] for row in _calamine(path)[1:]] == wanted
    assert all(cell.data_type == "s" for row in _sheet(path).iter_rows(min_row=2, min_col=2) for cell in row
               if cell.value is not None)


@settings(max_examples=30, deadline=None)
@given(title=st.text(max_size=80))
def test_any_title_makes_a_sheet_name_excel_takes(title):
    name = sheet_name(title)
    assert 1 <= len(name) <= 31 and not set(name) & set("[]:*?/\\") and not name.startswith("'")


# -- LibreOffice, where it is installed --------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_file_and_reads_the_cells(tmp_path):
    path = write_sheet(tmp_path / "lo.xlsx", "Feedback owed", HEADINGS, [_row("=SUM(A1)"), _row("Łódź ŵ 😀")])
    # The CSV filter's options: comma, double quote, UTF-8, from line 1, …, and (the 9th) each cell as shown, so the
    # date comes out in the file's own format rather than the machine's locale.
    subprocess.run([shutil.which("soffice"), "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", str(tmp_path),
                    str(path)], check=True, timeout=120, capture_output=True)
    with open(tmp_path / "lo.csv", newline="", encoding="utf-8", errors="replace") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == HEADINGS
    assert rows[1][0] == "=SUM(A1)" and rows[1][1] == "15/01/2027" and rows[1][2] == "12"
    assert rows[2][0].startswith("Łódź ŵ")
