"""Import as the window and the command line use it: a real file read, planned, imported into a real group's file,
imported again (nothing added), and undone (everything imported goes, nothing else)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spreadsheets import member_row_numbers, members_as_read, messy_members, write_sheet
from sqlalchemy import func, select

from compactdesk.domain.enums import AnswerHow, SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind, Matching, guess_matching
from compactdesk.services import actions, feedback, members, seats
from compactdesk.services.importing import Outcome, plan_import, run_import
from compactdesk.services.spreadsheet import Sheet, read_sheet
from compactdesk.store.models import Feedback, Organisation, Person, Seat, SeatTerm, Target, TargetProgress

TODAY = dt.date(2027, 1, 20)
MODELS = (Person, Organisation, Seat, SeatTerm, Target, TargetProgress, Feedback)


def counts(store) -> dict[str, int]:
    return store.run(lambda s: {model.__name__: s.scalar(select(func.count()).select_from(model))
                                for model in MODELS})


def sheet_of(*rows, name="list.xlsx") -> Sheet:
    width = max(len(row) for row in rows)
    return Sheet(name, "Sheet1", ("Sheet1",), tuple(tuple(row) + ("",) * (width - len(row)) for row in rows))


def plan(store, sheet, kind, matching=None, **options):
    return store.run(plan_import, sheet, kind, matching or guess_matching(sheet.rows, kind), today=TODAY, **options)


def run(store, sheet, kind, matching=None, **options):
    return store.run(run_import, sheet, kind, matching or guess_matching(sheet.rows, kind), today=TODAY, **options)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_a_messy_member_list_comes_in_whole_in_every_format(store, tmp_path, suffix):
    sheet = read_sheet(messy_members().write(tmp_path / f"members{suffix}"))
    planned = plan(store, sheet, ImportKind.SEATS)
    assert counts(store)["Person"] == 0  # the plan wrote nothing
    by_number = {row.number: row for row in planned.rows}
    numbers = member_row_numbers()
    assert [by_number[n].outcome for n in numbers] == [Outcome.NEW] * len(numbers)
    assert [by_number[n].shown["holder"] for n in numbers] == [m.name for m in members_as_read(suffix)]
    assert by_number[9].outcome is Outcome.BLANK  # the blank row between the members keeps its number
    assert by_number[numbers[0]].shown["start_on"] == "15/01/2027"
    assert not planned.problems and not planned.questions

    result = run(store, sheet, ImportKind.SEATS)
    assert [row for row, _ in result.imported] == list(numbers) and not result.refused
    assert "Ann Jones (new person)" in result.imported[0][1]
    views = {view.title: view for view in store.run(seats.seat_overview, dt.date(2027, 3, 2))}
    people = {row.name: row for row in store.run(members.person_rows)}
    for member in members_as_read(suffix):
        assert views[member.seat].holder == member.name and views[member.seat].term_start == member.start_on
        assert people[member.name].organisation == member.organisation
        assert people[member.name].email == member.email
    assert views["Council seat 1"].sector is Sector.COUNCIL and views["Police seat"].sector is Sector.POLICE
    assert views["Voluntary sector seat 3"].sector is Sector.VCS
    assert "Siân Llŵyd" in people
    assert "Dyfnant Youth Forum 🌱" in {o.name for o in store.run(members.list_organisations)}


def test_the_same_file_again_adds_nothing_even_in_another_format(store, tmp_path):
    run(store, read_sheet(messy_members().write(tmp_path / "members.xlsx")), ImportKind.SEATS)
    before = counts(store)
    again = run(store, read_sheet(messy_members(welsh=True).write(tmp_path / "aelodau.ods")), ImportKind.SEATS)
    assert counts(store) == before
    assert not again.imported and not again.refused
    assert [row for row, _ in again.matched] == list(member_row_numbers())
    assert "Ann Jones's term in Voluntary sector seat 1 from 15/01/2027" in again.matched[0][1]


def test_undo_takes_away_everything_imported_and_nothing_else(store, tmp_path):
    other = store.run(members.add_person, "Llŷr Evans", email="llyr@dyfnant.gov.uk").id
    ann = store.run(members.add_person, "Ann Jones", role="Chief Officer").id  # in the file, without her email
    store.run(seats.add_seat, "Chair", Sector.VCS, SeatFill.ELECTED)
    before = counts(store)
    sheet = read_sheet(messy_members().write(tmp_path / "m.xlsx"))
    result, change = store.run_recorded(run_import, sheet, ImportKind.SEATS,
                                        guess_matching(sheet.rows, ImportKind.SEATS), today=TODAY)
    assert counts(store)["SeatTerm"] == 16 and counts(store)["Person"] == before["Person"] + 15
    assert store.run(members.person_detail, ann).email == "ann.jones@dyfnantcvc.org.uk"
    assert result.imported[0][1].endswith("Ann Jones's empty email address filled in from the file")
    store.apply(change)  # one undo step
    assert counts(store) == before
    assert store.run(members.person_detail, ann).email == ""  # what the import filled in goes too
    assert store.run(members.person_detail, ann).role == "Chief Officer"
    assert store.run(members.person_detail, other).email == "llyr@dyfnant.gov.uk"
    assert [view.title for view in store.run(seats.seat_overview, TODAY)] == ["Chair"]


def test_each_problem_names_its_row_and_what_to_do_and_the_good_rows_still_come_in(store):
    store.run(members.add_person, "Ann Jones")
    sheet = sheet_of(
        ("Feedback owed to the group", "", "", ""),
        ("Issue", "Officer", "Date raised", "Due by"),
        ("Gritting of rural routes", "Evans, Llŷr", "15/01/2027", "12/02/2027"),
        ("Library opening hours", "Ann Jones", "31/02/2027", ""),
        ("Bus pass renewals", "Ann Jones", "15/01/2027", "next week"),
        ("", "Ann Jones", "15/01/2027", ""),
        ("Parking at the hub", "", "15/01/2027", ""),
        ("Youth centre", "Ann Jones", "15/01/2027", "01/01/2027"),
        ("", "", "", ""),
        ("Community grants", "Jones, Ann", dt.date(2027, 1, 15), 46431.0),
    )
    planned = plan(store, sheet, ImportKind.FEEDBACK)
    messages = {problem.row: problem.message for problem in planned.problems}
    assert messages[4] == ("Row 4: 31/02/2027 is not a day (February 2027 has no day 31). Correct the date in the "
                           "Date raised column.")
    assert messages[5].startswith("Row 5: 'next week' in the Due by column is not a date CompactDesk can read.")
    assert "or leave it empty" in messages[5]
    assert messages[6] == "Row 6: The Issue column is empty in this row. Fill it in, or delete the row."
    assert messages[7] == "Row 7: The Officer column is empty in this row. Fill it in, or delete the row."
    assert messages[8].startswith("Row 8: The due date (1 January 2027) cannot be before")  # the service's own rule
    assert {row.number: row.outcome for row in planned.rows}[9] is Outcome.BLANK
    assert (planned.new, planned.matched, planned.refused) == (2, 0, 5)

    result = run(store, sheet, ImportKind.FEEDBACK)
    assert [row for row, _ in result.imported] == [3, 10]
    assert [problem.row for problem in result.refused] == [4, 5, 6, 7, 8]
    rows = {row.issue: row for row in store.run(feedback.feedback_rows, TODAY)}
    assert set(rows) == {"Gritting of rural routes", "Community grants"}
    assert rows["Gritting of rural routes"].officer == "Llŷr Evans"
    assert rows["Community grants"].officer == "Ann Jones"  # held, turned round and matched
    assert rows["Community grants"].due == dt.date(2027, 2, 13)  # a spreadsheet's day number
    # Row 8 named no new person, and row 3's officer was made once: nothing half-written.
    assert sorted(p.name for p in store.run(members.person_rows)) == ["Ann Jones", "Llŷr Evans"]


def test_a_refused_row_leaves_nothing_half_written(store):
    sheet = sheet_of(
        ("Seat", "Member", "Organisation", "Start date", "End date"),
        ("Chair", "Ann Jones", "Dyfnant CVC", "01/04/2025", "31/03/2027"),
        ("Vice chair", "Bethan Lloyd", "Menter Iaith", "01/04/2026", "01/01/2026"),  # ends before it starts
        ("Chair", "Carys Morgan", "Heddlu Dyfnant", "01/04/2026", ""),  # overlaps Ann Jones's term
        ("Chair", "Ann Jones", "", "01/04/2027", ""),  # a second term of the same member: same person
    )
    result = run(store, sheet, ImportKind.SEATS)
    assert [row for row, _ in result.imported] == [2, 5]
    assert [problem.row for problem in result.refused] == [3, 4]
    assert "already holds this seat" in result.refused[1].message
    assert [seat.title for seat in store.run(seats.seat_overview, TODAY)] == ["Chair"]
    assert sorted(p.name for p in store.run(members.person_rows)) == ["Ann Jones"]
    assert [o.name for o in store.run(members.list_organisations)] == ["Dyfnant CVC"]
    assert counts(store)["SeatTerm"] == 2


def test_near_organisation_names_are_asked_about_never_guessed(store):
    cvc = store.run(members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS).id
    store.run(members.add_organisation, "Dyfnant Youth Forum", Sector.VCS)
    sheet = sheet_of(
        ("Name", "Organisation"),
        ("Ann Jones", "Dyfnant CVC"),
        ("Bethan Lloyd", "Dyfnant C.V.C."),
        ("Carys Morgan", "dyfnant cvc"),
        ("Dai Rees", "Dyfnant Youth Forum"),
        ("Eira Hughes", "Dyfnant c.v.c."),
    )
    planned = plan(store, sheet, ImportKind.PEOPLE)
    questions = {question.typed: question for question in planned.questions}
    assert set(questions) == {"Dyfnant CVC", "Dyfnant C.V.C."}
    assert questions["Dyfnant CVC"].candidates == ((cvc, "Dyfnant County Voluntary Council"),)
    assert questions["Dyfnant CVC"].rows == (2, 4)  # same name, case aside
    assert questions["Dyfnant C.V.C."].rows == (3, 6)
    assert [row.outcome for row in planned.rows] == [Outcome.REFUSED] * 3 + [Outcome.NEW, Outcome.REFUSED]
    assert planned.rows[0].note == ("'Dyfnant CVC' is not held by that name; it may be Dyfnant County Voluntary "
                                    "Council. Choose in the import window, or write the name as held.")

    # One answered with the organisation held, one as a new organisation; the questions stay as they were.
    answers = {"Dyfnant CVC": cvc, "Dyfnant C.V.C.": None}
    assert plan(store, sheet, ImportKind.PEOPLE, answers=answers).questions == planned.questions
    run(store, sheet, ImportKind.PEOPLE, answers=answers)
    people = {row.name: row.organisation for row in store.run(members.person_rows)}
    assert people == {"Ann Jones": "Dyfnant County Voluntary Council", "Bethan Lloyd": "Dyfnant C.V.C.",
                      "Carys Morgan": "Dyfnant County Voluntary Council", "Dai Rees": "Dyfnant Youth Forum",
                      "Eira Hughes": "Dyfnant C.V.C."}  # made once, by row 3
    assert counts(store)["Organisation"] == 3


def test_an_answer_naming_an_organisation_since_removed_refuses_its_rows(store):
    cvc = store.run(members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS).id
    sheet = sheet_of(("Name", "Organisation"), ("Ann Jones", "Dyfnant CVC"))
    planned = plan(store, sheet, ImportKind.PEOPLE, answers={"Dyfnant CVC": cvc + 99})
    assert planned.rows[0].outcome is Outcome.REFUSED and "no longer in the group's file" in planned.rows[0].note


def test_a_required_field_without_a_column_is_a_problem_with_the_file(store):
    sheet = sheet_of(("Organisation", "Email"), ("Dyfnant CVC", "a@b.org"))
    matching = Matching(0, ("organisation", "email"))
    planned = plan(store, sheet, ImportKind.PEOPLE, matching)
    assert [(p.row, p.message) for p in planned.problems] == [
        (None, "No column is read as Name. Choose which column holds the names (or which two hold the first names "
               "and the surnames).")]
    assert planned.rows[0].outcome is Outcome.REFUSED
    with pytest.raises(ValidationError, match="No column is read as Name"):
        run(store, sheet, ImportKind.PEOPLE, matching)
    assert counts(store)["Organisation"] == 0


def test_nothing_to_import_is_said_and_nothing_written(store):
    sheet = sheet_of(("Name", "Email"), ("", "ann@example.org"), ("", ""))
    with pytest.raises(ValidationError, match=r"No row of list.xlsx can be imported. Row 2: The Name column is empty"):
        run(store, sheet, ImportKind.PEOPLE)


def test_people_already_held_are_matched_and_their_empty_details_filled(store):
    held = store.run(members.add_person, "Ann Jones", role="Chief Officer").id
    store.run(members.add_person, "Llŷr Evans", email="llyr@dyfnant.gov.uk")
    sheet = sheet_of(
        ("Full name", "E-mail", "Phone", "Job title", "Champion"),
        ("  JONES,   ann ", "ann@dyfnantcvc.org.uk", "01234 567890", "Director", "✓"),
        ("Llyr Evans", "LLYR@dyfnant.gov.uk", "", "", "na"),  # by email: the name typed without its ŷ
        ("Llyr Evans", "", "", "", ""),  # the accent is a letter: not Llŷr Evans, a new person
    )
    result = run(store, sheet, ImportKind.PEOPLE)
    assert [row for row, _ in result.matched] == [2, 3]
    assert "Ann Jones's empty email address and phone number filled in from the file" in result.matched[0][1]
    assert "matched by email address to Llŷr Evans" in result.matched[1][1]
    assert result.imported == ((4, "Llyr Evans (new person); Llyr Evans is written like Llŷr Evans (held): if they "
                                   "are one person, write the name the same way"),)
    detail = store.run(members.person_detail, held)
    assert (detail.email, detail.phone, detail.role) == ("ann@dyfnantcvc.org.uk", "01234 567890", "Chief Officer")
    assert not detail.is_champion  # a matched person's details held are never overwritten


def test_organisations_with_sectors_in_english_and_welsh(store):
    sheet = sheet_of(
        ("Enw'r sefydliad", "Sector", "Nodiadau"),
        ("Cyngor Sir Dyfnant", "Cyngor", ""),
        ("Dyfnant CVC", "gwirfoddol", "Umbrella body"),
        ("Heddlu Dyfnant", "Police", ""),
        ("Dyfnant Youth Forum", "", ""),
        ("Ysgol Gyfun Dyfnant", "Addysg", ""),
        ("Dyfnant Mind", "a bakery", ""),
    )
    result = run(store, sheet, ImportKind.ORGANISATIONS)
    sectors = {org.name: org.sector for org in store.run(members.list_organisations)}
    assert sectors == {"Cyngor Sir Dyfnant": Sector.COUNCIL, "Dyfnant CVC": Sector.VCS,
                       "Heddlu Dyfnant": Sector.POLICE, "Dyfnant Youth Forum": Sector.VCS,
                       "Ysgol Gyfun Dyfnant": Sector.EDUCATION}
    assert result.refused[0].row == 7 and "'a bakery' in the Sector column is not a sector" in result.refused[0].message


def test_targets_with_progress_and_completion_come_in_once(store):
    store.run(members.add_organisation, "Dyfnant County Council", Sector.COUNCIL)
    sheet = sheet_of(
        ("Action plan 2027", "", "", "", "", "", ""),
        ("Target", "Lead", "Partner", "Deadline", "Progress", "Progress date", "Completed"),
        ("Publish the funding code", "Evans, Llŷr", "Dyfnant County Council", "30 June 2027",
         "Draft out for comment", "12 Jan 2027", ""),
        ("Joint training day", "Ann Jones", "", dt.datetime(2027, 3, 1), "", "", "15/01/2027"),
        ("Review the compact", "", "", "", "", "14/01/2027", ""),
    )
    result = run(store, sheet, ImportKind.TARGETS)
    assert [row for row, _ in result.imported] == [3, 4]
    assert "A progress date is given but no progress" in result.refused[0].message
    rows = {row.title: row for row in store.run(actions.target_rows, TODAY)}
    assert rows["Publish the funding code"].lead == "Llŷr Evans"
    assert rows["Publish the funding code"].partner == "Dyfnant County Council"
    assert rows["Publish the funding code"].last_progress == "Draft out for comment"
    assert rows["Publish the funding code"].deadline == dt.date(2027, 6, 30)
    detail = store.run(actions.target_detail, rows["Joint training day"].target_id, TODAY)
    assert detail.completed_on == dt.date(2027, 1, 15) and detail.deadline == dt.date(2027, 3, 1)
    before = counts(store)
    again = run(store, sheet, ImportKind.TARGETS)
    assert counts(store) == before and [row for row, _ in again.matched] == [3, 4]


def test_feedback_answered_in_the_file_is_marked_answered_once(store):
    sheet = sheet_of(
        ("Issue", "Swyddog", "Adran", "Dyddiad codi", "Date answered", "Answer"),
        ("Gritting of rural routes", "Llŷr Evans", "Highways", "15 Jan 2027", "20/01/2027", "Routes added"),
        ("Library hours", "Llŷr Evans", "", "15/01/2027", "", "Still thinking"),
    )
    result = run(store, sheet, ImportKind.FEEDBACK)
    assert "An answer is given but not the day it was answered" in result.refused[0].message
    item = store.run(feedback.feedback_rows, TODAY)[0]
    detail = store.run(feedback.feedback_detail, item.feedback_id)
    assert (detail.answered_on, detail.answered_how, detail.answer_summary) == (
        dt.date(2027, 1, 20), AnswerHow.OTHER, "Routes added")
    assert detail.department == "Highways"
    assert store.run(members.person_rows)[0].department == "Highways"
    before = counts(store)
    assert run(store, sheet, ImportKind.FEEDBACK).matched[0][0] == 2 and counts(store) == before


def test_a_seat_reserved_in_the_file(store):
    sheet = sheet_of(("Seat", "Sector", "How filled", "Reserved for"),
                     ("BME forum seat", "VCS", "", "BME forum"),
                     ("Youth seat", "voluntary", "Reserved", ""),
                     ("Cabinet member", "Council", "Nominated", ""))
    result = run(store, sheet, ImportKind.SEATS)
    assert result.refused[0].row == 3 and "Say who the reserved seat is for" in result.refused[0].message
    views = {view.title: view for view in store.run(seats.seat_overview, TODAY)}
    assert (views["BME forum seat"].fill, views["BME forum seat"].reserved_for) == (SeatFill.RESERVED, "BME forum")
    assert (views["Cabinet member"].fill, views["Cabinet member"].sector) == (SeatFill.NOMINATED, Sector.COUNCIL)


def test_huge_text_emoji_and_control_characters_are_refused_or_cleaned_never_a_crash(store):
    sheet = sheet_of(
        ("Name", "Notes"),
        ("x" * 200_000, ""),
        ("Łucja\x00 Nowak\x1b 🌱", "line one\x07\nline two"),
        ("\ud800", ""),
    )
    result = run(store, sheet, ImportKind.PEOPLE)
    assert result.refused[0].row == 2 and "200,000 characters, but there is room" in result.refused[0].message
    people = {row.name: row for row in store.run(members.person_rows)}
    assert "Łucja Nowak 🌱" in people
    assert store.run(members.person_detail, people["Łucja Nowak 🌱"].person_id).notes == "line one\nline two"


def test_a_sheet_without_a_header_is_read_by_column(store):
    sheet = sheet_of(("Ann Jones", "ann@example.org"), ("Bethan Lloyd", ""))
    result = run(store, sheet, ImportKind.PEOPLE, Matching(-1, ("name", "email")))
    assert [row for row, _ in result.imported] == [1, 2]


def test_an_xlsx_with_real_dates_a_day_number_and_a_merged_officer(store, tmp_path):
    path = write_sheet(tmp_path / "officers.xlsx", [
        ("Officers who owe feedback",),
        ("Issue", "Officer", "Raised", "Due"),
        ("Gritting", "Evans, Llŷr", dt.date(2027, 1, 15), dt.date(2027, 2, 12)),
        ("Potholes", "Evans, Llŷr", 46402.0, ""),  # a date cell that lost its format: Excel's day number
    ], merged=[((0, 0), (0, 3)), ((2, 1), (3, 1))])
    result = run(store, read_sheet(path), ImportKind.FEEDBACK)
    assert [row for row, _ in result.imported] == [3, 4]
    assert {row.issue: row.raised_on for row in store.run(feedback.feedback_rows, TODAY)} == {
        "Gritting": dt.date(2027, 1, 15), "Potholes": dt.date(2027, 1, 15)}
    assert [p.name for p in store.run(members.person_rows)] == ["Llŷr Evans"]  # made once for both rows


cells = st.one_of(st.text(max_size=400), st.text(st.characters(codec="utf-8"), max_size=40),
                  st.sampled_from(["Jones, Ann", "Dyfnant CVC", "ŵŷ, Łucja", "\x00\x1b", "🌱" * 300, "x" * 301]),
                  st.integers(), st.floats(allow_nan=True), st.booleans(), st.dates(), st.datetimes())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=cells, organisation=cells, start=cells)
def test_anything_in_a_cell_is_planned_without_a_crash(store, name, organisation, start):
    if not counts(store)["Organisation"]:
        store.run(members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS)
        store.run(members.add_person, "Ann Jones")
    sheet = sheet_of(("Seat", "Member", "Organisation", "Start date"), ("Chair", name, organisation, start),
                     (name, "Ann Jones", "", "01/04/2026"))
    before = counts(store)
    planned = plan(store, sheet, ImportKind.SEATS)
    people = plan(store, sheet_of(("Name", "Organisation"), (name, organisation)), ImportKind.PEOPLE)
    assert counts(store) == before
    for row in (*planned.rows, *people.rows):
        assert row.outcome in Outcome and (row.note or row.outcome is Outcome.BLANK)
        if row.outcome is Outcome.REFUSED:
            assert any(problem.row == row.number for problem in (*planned.problems, *people.problems))


def test_two_rows_adding_organisations_alike_are_told_apart_not_merged(store):
    sheet = sheet_of(("Name", "Organisation"), ("Ann Jones", "Dyfnant Youth Forum"),
                     ("Bethan Lloyd", "Dyfnant Youth Forums"), ("Carys Morgan", "Dyfnant Youth Forum"))
    planned = plan(store, sheet, ImportKind.PEOPLE)
    assert not planned.questions  # nothing held to choose: both are added, and the second row says so
    assert planned.rows[1].note == (
        "Adds Dyfnant Youth Forums (new organisation, Voluntary and community sector); Bethan Lloyd (new person). "
        "Dyfnant Youth Forums is written like Dyfnant Youth Forum, which row 2 adds: if they are one organisation, "
        "write its name the same way in both rows.")
    assert planned.rows[2].note == ("Adds Carys Morgan (new person). Already held: Dyfnant Youth Forum (added from "
                                    "row 2).")
    run(store, sheet, ImportKind.PEOPLE)
    assert counts(store)["Organisation"] == 2


def test_a_person_held_surname_first_is_found_by_the_name_turned_round(store):
    store.run(members.add_person, "Jones, Ann")
    result = run(store, sheet_of(("Name",), ("Ann Jones",), ("JONES, ANN",)), ImportKind.PEOPLE)
    assert result.matched == ((2, "Jones, Ann"), (3, "Jones, Ann")) and counts(store)["Person"] == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(list(ImportKind)), row=st.lists(cells, min_size=10, max_size=10))
def test_any_row_of_any_kind_is_planned_and_imported_without_a_crash(store, kind, row):
    from compactdesk.domain.import_fields import import_fields

    keys = tuple(field.key for field in import_fields(kind))
    sheet = sheet_of(tuple(field.label for field in import_fields(kind)), tuple(row[:len(keys)]))
    matching = Matching(0, keys)
    planned = plan(store, sheet, kind, matching)
    assert len(planned.rows) == 1
    before = counts(store)
    try:
        result = run(store, sheet, kind, matching)
    except ValidationError:
        assert planned.rows[0].outcome in (Outcome.REFUSED, Outcome.BLANK) and counts(store) == before
    else:
        assert planned.rows[0].outcome in (Outcome.NEW, Outcome.MATCHED)
        assert len(result.imported) + len(result.matched) == 1


def test_only_peoples_names_are_turned_round(store):
    sheet = sheet_of(("Seat", "Member", "Organisation"),
                     ("Rhodri's seat, south", "Gwŷn, Rhodri", "Dyfnant CVC, Cardiff branch"))
    planned = plan(store, sheet, ImportKind.SEATS)
    assert planned.rows[0].shown == {"seat": "Rhodri's seat, south", "holder": "Rhodri Gwŷn",
                                     "organisation": "Dyfnant CVC, Cardiff branch"}
    organisations = plan(store, sheet_of(("Organisation",), ("Jones, Ann and Partners",)), ImportKind.ORGANISATIONS)
    assert organisations.rows[0].values == {"name": "Jones, Ann and Partners"}
