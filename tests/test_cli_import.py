"""`compactdesk import`, run as a user runs it: a separate process on real files, reading its output."""

import datetime as dt

import pytest
from spreadsheets import member_row_numbers, messy_members, write_sheet
from test_cli import assert_no_traceback, compactdesk

from compactdesk.services import members, seats
from compactdesk.store import create_store, open_store


@pytest.fixture
def group(tmp_path):
    path = tmp_path / "Dyfnant.cdstore"
    create_store(path).close()
    return path


def people(path):
    with open_store(path, daily_backup=False) as store:
        return {row.name: row for row in store.run(members.person_rows)}


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".csv"])
def test_import_a_member_list_then_again_adds_nothing(tmp_path, group, suffix):
    file = messy_members().write(tmp_path / f"members{suffix}")
    first = compactdesk("import", "seats", file, group, "--today", "20/01/2027")
    assert first.returncode == 0, first.stderr + first.stdout
    out = first.stdout
    assert f"members{suffix}" in out and "read as Seats and their members, header in row 3." in out
    assert "Imported 16 rows:" in out
    assert ("  row 4: Voluntary sector seat 1 (new seat, Voluntary and community sector); Dyfnant County Voluntary "
            "Council (new organisation, Voluntary and community sector); Ann Jones (new person); Ann Jones's term "
            "in Voluntary sector seat 1 from 15/01/2027 (new term)") in out
    assert "Siân Llŵyd (new person)" in out and "Matched 0 rows to records already held." in out
    assert "Refused 0 rows." in out
    assert len(people(group)) == 16

    again = compactdesk("import", "seats", file, group)
    assert again.returncode == 0, again.stderr
    assert "Imported 0 rows." in again.stdout and "Matched 16 rows to records already held:" in again.stdout
    for row in member_row_numbers():
        assert f"  row {row}: " in again.stdout
    assert len(people(group)) == 16
    with open_store(group, daily_backup=False) as store:
        assert len(store.run(seats.seat_overview, dt.date(2027, 3, 2))) == 16


def test_refused_rows_are_listed_with_what_to_do_and_exit_1(tmp_path, group):
    file = write_sheet(tmp_path / "feedback.csv", [
        ("Issue", "Officer", "Date raised", "Due by"),
        ("Gritting of rural routes", "Evans, Llŷr", "15/01/2027", ""),
        ("Library hours", "Llŷr Evans", "31/02/2027", ""),
        ("", "", "", ""),
        ("Bus passes", "", "15/01/2027", ""),
    ])
    result = compactdesk("import", "feedback", file, group)
    assert result.returncode == 1
    assert_no_traceback(result)
    assert "Imported 1 row:\n  row 2: Llŷr Evans (new person); Gritting of rural routes (new feedback owed by " \
           "Llŷr Evans)" in result.stdout
    assert "Refused 2 rows:" in result.stdout
    assert ("  Row 3: 31/02/2027 is not a day (February 2027 has no day 31). Correct the date in the Date raised "
            "column." in result.stdout)
    assert "  Row 5: The Officer column is empty in this row. Fill it in, or delete the row." in result.stdout
    assert list(people(group)) == ["Llŷr Evans"]


def test_a_near_organisation_name_is_refused_without_a_question(tmp_path, group):
    with open_store(group, daily_backup=False) as store:
        store.run(members.add_organisation, "Dyfnant County Voluntary Council", "vcs")
    file = write_sheet(tmp_path / "people.xlsx", [("Name", "Organisation"), ("Jones, Ann", "Dyfnant CVC"),
                                                  ("Bethan Lloyd", "Dyfnant County Voluntary Council")])
    result = compactdesk("import", "people", file, group)
    assert result.returncode == 1
    assert ("  Row 2: 'Dyfnant CVC' is not held by that name; it may be Dyfnant County Voluntary Council. Choose in "
            "the import window, or write the name as held.") in result.stdout
    assert "row 3: Bethan Lloyd (new person)" in result.stdout
    assert list(people(group)) == ["Bethan Lloyd"]


def test_nothing_importable_exits_1_and_writes_nothing(tmp_path, group):
    file = write_sheet(tmp_path / "people.ods", [("Organisation", "Email"), ("Dyfnant CVC", "a@b.org")])
    result = compactdesk("import", "people", file, group)
    assert result.returncode == 1
    assert_no_traceback(result)
    assert "Nothing was imported from people.ods:" in result.stdout
    assert "No column is read as Name. Choose which column holds the names (or which two hold the first names and " \
           "the surnames)." in result.stdout
    assert "give the column the header shown (Name)" in result.stdout
    assert people(group) == {}


def test_a_workbook_sheet_chosen_by_name(tmp_path, group):
    from spreadsheets import write_workbook

    file = write_workbook(tmp_path / "book.xlsx", {
        "Notes": [("Read me first",)], "Members": [("Enw", "E-bost"), ("Siân Llŵyd", "sian@example.org")]})
    result = compactdesk("import", "people", file, group, "--sheet", "Members")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "book.xlsx (Members), read as People, header in row 1." in result.stdout
    assert people(group)["Siân Llŵyd"].email == "sian@example.org"


def test_files_it_cannot_read_and_a_group_file_that_is_not_there_exit_2(tmp_path, group):
    missing = compactdesk("import", "people", tmp_path / "nowhere.xlsx", group)
    assert missing.returncode == 2 and "There is no file" in missing.stderr
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    not_a_sheet = compactdesk("import", "people", picture, group)
    assert not_a_sheet.returncode == 2 and "is not a spreadsheet" in not_a_sheet.stderr
    file = write_sheet(tmp_path / "people.csv", [("Name",), ("Ann Jones",)])
    no_group = compactdesk("import", "people", file, tmp_path / "new.cdstore")
    assert no_group.returncode == 2 and "does not exist" in no_group.stderr
    assert not (tmp_path / "new.cdstore").exists()  # never made
    wrong_kind = compactdesk("import", "meetings", file, group)
    assert wrong_kind.returncode == 2
    for result in (missing, not_a_sheet, no_group, wrong_kind):
        assert_no_traceback(result)


def test_the_commands_list_names_import():
    result = compactdesk("--help")
    assert "import KIND FILE GROUP_FILE" in " ".join(result.stdout.split())
    detail = compactdesk("import", "--help")
    assert detail.returncode == 0 and "people (People)" in detail.stdout and "--sheet NAME" in detail.stdout


def test_a_name_a_word_apart_from_one_held_is_refused_saying_what_it_may_be(tmp_path, group):
    with open_store(group, daily_backup=False) as store:
        for name in ("Dyfnant CVC", "Powys County Council"):
            store.run(members.add_organisation, name, "vcs")
    file = write_sheet(tmp_path / "people.xlsx", [("Name", "Organisation"), ("Ann Jones", "Powys Council"),
                                                  ("Bethan Lloyd", "Dyfnant CVC Ltd"),
                                                  ("Carys Morgan", "Dyfnant Youth Forum CIO")])
    result = compactdesk("import", "people", file, group)
    assert result.returncode == 1
    assert ("  Row 2: 'Powys Council' is not held by that name; it may be Powys County Council. Choose in the import "
            "window, or write the name as held.") in result.stdout
    assert "  Row 3: 'Dyfnant CVC Ltd' is not held by that name; it may be Dyfnant CVC." in result.stdout
    assert "row 4: Dyfnant Youth Forum CIO (new organisation, Voluntary and community sector); Carys Morgan" \
        in result.stdout
    assert list(people(group)) == ["Carys Morgan"]


def test_a_sheet_with_only_its_header_says_there_is_nothing_below_it(tmp_path, group):
    file = write_sheet(tmp_path / "f.xlsx", [("Members",), ("Name", "Email")])
    result = compactdesk("import", "people", file, group)
    assert result.returncode == 1
    assert_no_traceback(result)
    assert result.stdout == ("Nothing was imported from f.xlsx:\n"
                             "  f.xlsx has no rows below its header row (row 2): nothing to import.\n")
