"""File ▸ Import ▸ Save a template gives an .xlsx the importer reads back whole (issue 18)."""

import os

import pytest
from openpyxl import load_workbook

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind, guess_kind, guess_matching, template_fields
from compactdesk.services.import_template import save_template
from compactdesk.services.spreadsheet import read_sheet


@pytest.mark.parametrize("kind", list(ImportKind))
def test_the_template_reads_back_with_every_field_in_its_own_column(tmp_path, kind):
    path = save_template(kind, tmp_path / f"{kind.value}.xlsx")
    sheet = read_sheet(path)
    fields = template_fields(kind)

    assert path == tmp_path / f"{kind.value}.xlsx"
    assert sheet.rows == (tuple(f.label for f in fields),)  # the header only: no example row to import by mistake
    assert sheet.sheet_names == (kind.label()[:31], "How to fill it in")
    matching = guess_matching(sheet.rows, kind)
    assert matching.header_row == 0
    assert matching.columns == tuple(f.key for f in fields)
    assert guess_kind(sheet.rows) is kind


@pytest.mark.parametrize("kind", list(ImportKind))
def test_the_header_is_bold_frozen_and_wide_enough(tmp_path, kind):
    book = load_workbook(save_template(kind, tmp_path / "template.xlsx"))
    sheet = book.worksheets[0]
    fields = template_fields(kind)

    assert book.active.title == sheet.title
    assert sheet.freeze_panes == "A2"
    for column, field in enumerate(fields, start=1):
        cell = sheet.cell(1, column)
        assert cell.value == field.label and cell.font.b
        assert sheet.column_dimensions[cell.column_letter].width >= len(field.label) + 2
        assert (cell.fill.fgColor.rgb not in (None, "00000000")) == field.required  # needed columns are shaded
    assert sheet.max_column == len(fields)


def test_a_phone_column_keeps_leading_zeros_and_date_columns_show_uk_dates(tmp_path):
    people = load_workbook(save_template(ImportKind.PEOPLE, tmp_path / "people.xlsx")).worksheets[0]
    seats = load_workbook(save_template(ImportKind.SEATS, tmp_path / "seats.xlsx")).worksheets[0]

    phone = [f.key for f in template_fields(ImportKind.PEOPLE)].index("phone") + 1
    start = [f.key for f in template_fields(ImportKind.SEATS)].index("start_on") + 1
    assert people.cell(2, phone).number_format == "@" and people.cell(300, phone).number_format == "@"
    assert seats.cell(2, start).number_format == "DD/MM/YYYY"


def test_columns_of_a_few_words_offer_them_in_a_drop_down(tmp_path):
    seats = load_workbook(save_template(ImportKind.SEATS, tmp_path / "seats.xlsx")).worksheets[0]
    people = load_workbook(save_template(ImportKind.PEOPLE, tmp_path / "people.xlsx")).worksheets[0]

    def offered(sheet, label):
        letter = next(cell.column_letter for cell in sheet[1] if cell.value == label)
        rules = [rule for rule in sheet.data_validations.dataValidation if f"{letter}2:" in str(rule.sqref)]
        assert len(rules) == 1 and not rules[0].showErrorMessage  # other words are still allowed
        return rules[0].formula1.strip('"').split(",")

    assert offered(seats, "Sector") == ["Council", "Health", "Police", "Fire and rescue", "Education",
                                        "Other public body", "Voluntary and community sector"]
    assert offered(seats, "How filled") == ["Elected", "Selected", "Reserved", "Nominated"]
    assert offered(people, "Compact champion") == ["yes", "no"]
    assert len(seats.data_validations.dataValidation) == 2


@pytest.mark.parametrize("kind", list(ImportKind))
def test_how_to_fill_it_in_lists_each_column_whether_needed_and_its_hint(tmp_path, kind):
    book = load_workbook(save_template(kind, tmp_path / "template.xlsx"))
    rows = [tuple(row) for row in book["How to fill it in"].iter_rows(values_only=True)]
    header = rows.index(("Column", "Needed", "What goes in it"))
    listed = rows[header + 1:]

    assert [row[0] for row in listed] == [f.label for f in template_fields(kind)]
    for row, field in zip(listed, template_fields(kind), strict=True):
        assert row[1:] == ("Needed" if field.required else "If known", field.hint)
    assert kind.label() in rows[0][0]
    assert any("15/01/2027" in (row[0] or "") for row in rows[:header])


def test_the_how_to_sheet_is_not_read_as_the_list(tmp_path):
    path = save_template(ImportKind.FEEDBACK, tmp_path / "feedback.xlsx")

    assert read_sheet(path).name == "Feedback owed"
    assert guess_kind(read_sheet(path, "How to fill it in").rows) is None


def test_xlsx_is_added_to_a_name_without_it(tmp_path):
    assert save_template(ImportKind.PEOPLE, tmp_path / "members") == tmp_path / "members.xlsx"
    assert save_template(ImportKind.PEOPLE, tmp_path / "members.csv") == tmp_path / "members.csv.xlsx"
    assert save_template("seats", tmp_path / "Seats.XLSX") == tmp_path / "Seats.XLSX"
    assert read_sheet(tmp_path / "Seats.XLSX").rows[0][0] == "Seat"


def test_an_old_file_is_replaced_whole_and_nothing_is_left_beside_it(tmp_path):
    path = tmp_path / "template.xlsx"
    path.write_bytes(b"an old template")
    path.chmod(0o640)

    save_template(ImportKind.TARGETS, path)

    assert read_sheet(path).rows[0][0] == "Target"
    assert os.listdir(tmp_path) == ["template.xlsx"]
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_folder_that_is_not_there(tmp_path):
    with pytest.raises(ValidationError, match="does not exist .* Choose another folder"):
        save_template(ImportKind.PEOPLE, tmp_path / "gone" / "people.xlsx")


def test_a_folder_given_as_the_file(tmp_path):
    (tmp_path / "people.xlsx").mkdir()
    with pytest.raises(ValidationError, match="is a folder. Give a file name inside it"):
        save_template(ImportKind.PEOPLE, tmp_path / "people.xlsx")


def test_a_file_that_cannot_be_replaced_leaves_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"open in Excel")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ValidationError, match="may be open in Excel .* Close it and save the template again"):
        save_template(ImportKind.PEOPLE, path)
    assert path.read_bytes() == b"open in Excel"
    assert os.listdir(tmp_path) == ["people.xlsx"]


def test_a_template_filled_in_with_the_offered_words_imports_as_typed(store, tmp_path):
    import datetime as dt

    from compactdesk.domain.enums import SeatFill, Sector
    from compactdesk.services import seats
    from compactdesk.services.importing import run_import

    path = save_template(ImportKind.SEATS, tmp_path / "seats.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    fills = list(SeatFill)
    for number, sector in enumerate(Sector, start=1):
        fill = fills[number % len(fills)]
        # Seat, Sector, How filled, Reserved for, Member, Organisation, Email, Start date, End date
        typed = [f"Seat {number}", sector.label(), fill.label(), "BME forum" if fill is SeatFill.RESERVED else None,
                 f"Member {number}", None, None, dt.date(2027, 1, number), None]
        for column, value in enumerate(typed, start=1):
            sheet.cell(number + 1, column, value)
    book.save(path)
    read = read_sheet(path)
    assert len(read.rows) == 1 + len(Sector) and read.rows[1][:3] == ("Seat 1", "Council", "Selected")

    result = store.run(run_import, read, ImportKind.SEATS, guess_matching(read.rows, ImportKind.SEATS),
                       today=dt.date(2027, 2, 1))
    assert not result.refused and len(result.imported) == len(Sector)
    views = {view.title: view for view in store.run(seats.seat_overview, dt.date(2027, 2, 1))}
    for number, sector in enumerate(Sector, start=1):
        view = views[f"Seat {number}"]
        assert (view.sector, view.fill, view.holder) == (sector, fills[number % len(fills)], f"Member {number}")
