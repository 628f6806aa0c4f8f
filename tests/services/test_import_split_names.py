"""A member list with Title, First name and Surname in columns of their own: the name comes in whole ("Ann" and
"Jones" as Ann Jones), the title left out, in every format and with Welsh headers; a re-import matches the people
held rather than adding them again (issue 18)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from spreadsheets import SPLIT_NAMES, split_name_members, split_name_row_numbers
from sqlalchemy import func, select

from compactdesk.domain.import_fields import ImportKind, Matching, guess_kind, guess_matching, missing_required
from compactdesk.domain.names import turned_round
from compactdesk.services import members, seats
from compactdesk.services.importing import Outcome, plan_import, run_import
from compactdesk.services.setup_sheet import seat_lines_from_file
from compactdesk.services.spreadsheet import Sheet, read_sheet
from compactdesk.store.models import Person

TODAY = dt.date(2027, 1, 20)


def sheet_of(*rows) -> Sheet:
    width = max(len(row) for row in rows)
    return Sheet("list.xlsx", "Sheet1", ("Sheet1",), tuple(tuple(row) + ("",) * (width - len(row)) for row in rows))


def plan(store, sheet, kind=ImportKind.PEOPLE, matching=None):
    return store.run(plan_import, sheet, kind, matching or guess_matching(sheet.rows, kind), today=TODAY)


def run(store, sheet, kind=ImportKind.PEOPLE, matching=None):
    return store.run(run_import, sheet, kind, matching or guess_matching(sheet.rows, kind), today=TODAY)


def people(store) -> list[str]:
    return sorted(row.name for row in store.run(members.person_rows))


@pytest.mark.parametrize("welsh", [False, True], ids=["English", "Welsh"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_first_names_and_surnames_come_in_joined_without_the_title(store, tmp_path, suffix, welsh):
    sheet = read_sheet(split_name_members(welsh=welsh).write(tmp_path / f"members{suffix}"))
    assert guess_kind(sheet.rows) is ImportKind.PEOPLE
    matching = guess_matching(sheet.rows, ImportKind.PEOPLE)
    assert matching == Matching(2, (None, "first_name", "surname", "organisation", "email"))
    assert not missing_required(matching, ImportKind.PEOPLE)

    planned = plan(store, sheet)
    by_number = {row.number: row for row in planned.rows}
    numbers = split_name_row_numbers()
    assert [by_number[n].shown["name"] for n in numbers] == list(SPLIT_NAMES)  # what the preview shows
    assert [by_number[n].outcome for n in numbers] == [Outcome.NEW] * len(numbers)
    assert by_number[numbers[1]].shown["first_name"] == "Gareth" and by_number[numbers[1]].values["surname"] == "Hughes"
    assert not planned.problems and people(store) == []

    result = run(store, sheet)
    assert [row for row, _ in result.imported] == list(numbers)
    assert people(store) == sorted(SPLIT_NAMES)
    held = {row.name: row for row in store.run(members.person_rows)}
    assert held["Gareth Hughes"].organisation == "Dyfnant County Council"
    assert held["Ann Jones"].email == "ann.jones@dyfnantcvc.org.uk"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_a_second_import_of_the_list_matches_the_people_held(store, tmp_path, suffix):
    store.run(members.add_person, "Ann Jones")  # typed in by hand before the list came
    store.run(members.add_person, "Hughes, Gareth")  # typed surname first
    sheet = read_sheet(split_name_members().write(tmp_path / f"members{suffix}"))

    first = run(store, sheet)
    assert [what for _, what in first.matched] == ["Ann Jones; Ann Jones's empty email address filled in from the file",
                                                    "Hughes, Gareth; Hughes, Gareth's empty email address filled in "
                                                    "from the file"]
    assert len(first.imported) == len(SPLIT_NAMES) - 2
    again = plan(store, sheet)
    assert again.new == 0 and again.matched == len(SPLIT_NAMES)
    assert store.run(lambda s: s.scalar(select(func.count()).select_from(Person))) == len(SPLIT_NAMES)


def test_a_whole_name_column_beside_them_is_read_first_and_theirs_fill_its_gaps(store):
    sheet = sheet_of(("Full name", "First name", "Surname"), ("Jones, Ann", "A.", "Jones"), ("", "Rhys", "Evans"))
    planned = plan(store, sheet)
    assert [row.shown["name"] for row in planned.rows] == ["Ann Jones", "Rhys Evans"]


def test_a_row_with_neither_part_of_the_name_says_so_and_is_refused(store):
    sheet = sheet_of(("Title", "First name", "Surname", "Email"), ("Mrs", "", " ", "ann@example.org"))
    planned = plan(store, sheet)
    assert planned.rows[0].outcome is Outcome.REFUSED
    assert planned.rows[0].note == ("The First name and Surname columns are empty in this row. Fill them in, or "
                                    "delete the row.")


def test_only_a_first_name_column_is_not_a_name(store):
    sheet = sheet_of(("First name", "Organisation"), ("Ann", "Dyfnant CVC"))
    matching = guess_matching(sheet.rows, ImportKind.PEOPLE)
    assert matching.columns == ("first_name", "organisation")
    assert [field.key for field in missing_required(matching, ImportKind.PEOPLE)] == ["name"]
    planned = plan(store, sheet, matching=matching)
    assert [problem.message for problem in planned.problems] == [
        "No column is read as Name. Choose which column holds the names (or which two hold the first names and the "
        "surnames)."]
    assert planned.rows[0].outcome is Outcome.REFUSED


def test_seat_members_come_in_from_two_columns_too(store, tmp_path):
    sheet = sheet_of(("Seat", "Title", "Forename", "Last name", "Start date"),
                     ("Council seat 1", "Cllr", "Gareth", "Hughes", "15/01/2027"),
                     ("Voluntary sector seat 1", "", "", "", ""))
    matching = guess_matching(sheet.rows, ImportKind.SEATS)
    assert matching.columns == ("seat", None, "first_name", "surname", "start_on")
    result = run(store, sheet, ImportKind.SEATS, matching)
    assert not result.refused
    views = {view.title: view for view in store.run(seats.seat_overview, TODAY)}
    assert views["Council seat 1"].holder == "Gareth Hughes" and views["Voluntary sector seat 1"].holder is None


def test_the_set_up_assistant_reads_the_joined_names_into_its_grid(store, tmp_path):
    path = split_name_members().write(tmp_path / "members.xlsx")
    lines = store.run(seat_lines_from_file, path, today=TODAY)
    assert [line.member for line in lines.lines] == list(SPLIT_NAMES)


words = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzâêîôûŵŷABCDEFGHIJKLMNOPQRSTUVWXYZ'-"), min_size=1,
                max_size=12).filter(lambda word: word.strip("'-"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=words, surname=words, title=st.sampled_from(["", "Mr", "Mrs", "Cllr", "Dr"]))
def test_any_name_in_two_columns_is_one_person_however_it_comes_again(store, first, surname, title):
    """Imported from two columns, the person is "First Surname"; the same person comes again from two columns or
    from a Name column written either way round, and is matched, never added twice."""
    # "Price, Jr." or "Evans, KC" is a name with letters after it, not one to turn round: so written, it is another.
    assume(turned_round(f"{surname}, {first}") == f"{first} {surname}")
    before = len(people(store))
    split = sheet_of(("Title", "First name", "Surname"), (title, first, surname))
    planned = plan(store, split)
    assert planned.rows[0].values["name"] == f"{first} {surname}"
    run(store, split)
    for sheet in (split, sheet_of(("Name",), (f"{first} {surname}",)), sheet_of(("Name",), (f"{surname}, {first}",)),
                  sheet_of(("First name", "Surname"), (first.upper(), f" {surname.lower()} "))):
        again = plan(store, sheet)
        assert again.rows[0].outcome is Outcome.MATCHED, sheet.rows
    assert len(people(store)) <= before + 1
