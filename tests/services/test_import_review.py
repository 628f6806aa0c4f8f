"""Import as a reviewer of issue 18 found it wanting: organisations named a word apart from those held, a year typed
in a date column, a member without a start date, an answer naming a held organisation, a person held with other
details, and a sheet with nothing below its header."""

import datetime as dt

import pytest
from spreadsheets import write_sheet
from sqlalchemy import func, select

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind, guess_matching
from compactdesk.services import members, seats
from compactdesk.services.importing import Outcome, plan_import, run_import
from compactdesk.services.spreadsheet import Sheet, read_sheet
from compactdesk.store.models import Organisation, SeatTerm

TODAY = dt.date(2027, 1, 20)


def sheet_of(*rows, name="list.xlsx") -> Sheet:
    width = max(len(row) for row in rows)
    return Sheet(name, "Sheet1", ("Sheet1",), tuple(tuple(row) + ("",) * (width - len(row)) for row in rows))


def plan(store, sheet, kind, *, today=TODAY, **options):
    return store.run(plan_import, sheet, kind, guess_matching(sheet.rows, kind), today=today, **options)


def run(store, sheet, kind, *, today=TODAY, **options):
    return store.run(run_import, sheet, kind, guess_matching(sheet.rows, kind), today=today, **options)


def count(store, model) -> int:
    return store.run(lambda session: session.scalar(select(func.count()).select_from(model)))


def test_a_name_a_word_apart_from_one_held_is_asked_about_not_added(store):
    held = {name: store.run(members.add_organisation, name, Sector.VCS).id
            for name in ("Dyfnant CVC", "Powys County Council", "Age Cymru", "St David's Hospice")}
    sheet = sheet_of(
        ("Name", "Organisation"),
        ("Ann Jones", "Dyfnant CVC Ltd"),
        ("Bethan Lloyd", "The Dyfnant CVC"),
        ("Carys Morgan", "Powys Council"),
        ("Dai Rees", "Age Cymru Powys"),
        ("Eira Hughes", "St Davids Hospice Ltd"),
        ("Ffion Pugh", "Dyfnant Youth Forum CIO"),  # not near Dyfnant CVC: another body
        ("Gareth Wyn", "Powys Teaching Health Board"),  # shares only the place with Powys County Council
        ("Huw Price", "dyfnant cvc"),  # the name held: the same, never a question
    )
    planned = plan(store, sheet, ImportKind.PEOPLE)
    asked = {question.typed: (question.candidates, question.rows) for question in planned.questions}
    assert asked == {
        "Dyfnant CVC Ltd": (((held["Dyfnant CVC"], "Dyfnant CVC"),), (2,)),
        "The Dyfnant CVC": (((held["Dyfnant CVC"], "Dyfnant CVC"),), (3,)),
        "Powys Council": (((held["Powys County Council"], "Powys County Council"),), (4,)),
        "Age Cymru Powys": (((held["Age Cymru"], "Age Cymru"),), (5,)),
        "St Davids Hospice Ltd": (((held["St David's Hospice"], "St David's Hospice"),), (6,)),
    }
    assert [row.outcome for row in planned.rows] == [Outcome.REFUSED] * 5 + [Outcome.NEW, Outcome.NEW,
                                                                             Outcome.NEW]
    assert planned.rows[2].note == ("'Powys Council' is not held by that name; it may be Powys County Council. "
                                    "Choose in the import window, or write the name as held.")
    assert planned.rows[7].note == "Adds Huw Price (new person). Already held: Dyfnant CVC."

    run(store, sheet, ImportKind.PEOPLE, answers={"Dyfnant CVC Ltd": held["Dyfnant CVC"], "The Dyfnant CVC": None,
                                                  "Powys Council": held["Powys County Council"]})
    people = {row.name: row.organisation for row in store.run(members.person_rows)}
    assert people == {"Ann Jones": "Dyfnant CVC", "Bethan Lloyd": "The Dyfnant CVC",
                      "Carys Morgan": "Powys County Council", "Ffion Pugh": "Dyfnant Youth Forum CIO",
                      "Gareth Wyn": "Powys Teaching Health Board", "Huw Price": "Dyfnant CVC"}
    assert count(store, Organisation) == 7  # the three unanswered rows were refused, adding nothing


def test_an_answered_question_keeps_the_name_the_file_wrote(store):
    cvc = store.run(members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS).id
    ann = store.run(members.add_person, "Ann Jones").id
    store.run(members.add_organisation, "Age Cymru", Sector.VCS)
    sheet = sheet_of(("Seat", "Member", "Organisation", "Start date"),
                     ("Chair", "Bethan Lloyd", "Dyfnant CVC", "15/01/2027"),
                     ("Vice chair", "Ann Jones", "Dyfnant CVC", "15/01/2027"))
    planned = plan(store, sheet, ImportKind.SEATS, answers={"Dyfnant CVC": cvc})
    assert planned.rows[0].note == (
        "Adds Chair (new seat, Voluntary and community sector); Bethan Lloyd (new person); Bethan Lloyd's term in "
        "Chair from 15/01/2027 (new term). Already held: Dyfnant County Voluntary Council (the file says “Dyfnant "
        "CVC”, taken as chosen).")
    result = run(store, sheet, ImportKind.SEATS, answers={"Dyfnant CVC": cvc})
    assert result.imported[0] == (2, "Chair (new seat, Voluntary and community sector); Bethan Lloyd (new person); "
                                     "Bethan Lloyd's term in Chair from 15/01/2027 (new term); Dyfnant County "
                                     "Voluntary Council (the file says “Dyfnant CVC”, taken as chosen)")
    assert store.run(members.person_detail, ann).organisation_id is None  # a person held is matched, not changed

    people = sheet_of(("Name", "Organisation"), ("Carys Morgan", "Dyfnant CVC"))
    again = run(store, people, ImportKind.PEOPLE, answers={"Dyfnant CVC": cvc})
    assert again.imported == ((2, "Carys Morgan (new person); Dyfnant County Voluntary Council (the file says "
                                  "“Dyfnant CVC”, taken as chosen)"),)


def test_a_person_held_with_another_email_or_organisation_is_matched_with_a_warning(store):
    age = store.run(members.add_organisation, "Age Cymru", Sector.VCS).id
    store.run(members.add_organisation, "Powys County Council", Sector.COUNCIL)
    store.run(members.add_person, "Ann Jones", email="ann@agecymru.org.uk", organisation_id=age)
    store.run(members.add_person, "Bethan Lloyd", organisation_id=age)
    sheet = sheet_of(
        ("Name", "Email", "Organisation"),
        ("Ann Jones", "ann.jones@powys.gov.uk", "Powys County Council"),
        ("ANN JONES", " Ann@AgeCymru.org.uk", "age cymru"),  # the same, case and spacing aside: nothing to say
        ("Bethan Lloyd", "bethan@example.org", "Age Cymru Powys"),  # written nearly as held: taken as that one
        ("Bethan Lloyd", "", "Powys County Council"),
    )
    planned = plan(store, sheet, ImportKind.PEOPLE)
    assert [row.outcome for row in planned.rows] == [Outcome.MATCHED] * 4
    assert planned.rows[0].note == (
        "Already held: Ann Jones. Ann Jones is held with another email, ann@agecymru.org.uk; check it is the same "
        "person; Ann Jones is held with another organisation, Age Cymru; check it is the same person.")
    assert planned.rows[1].note == "Already held: Ann Jones."
    assert planned.rows[2].note == ("Already held: Bethan Lloyd. Bethan Lloyd's empty email address filled in from "
                                    "the file.")
    assert planned.rows[3].note == ("Already held: Bethan Lloyd. Bethan Lloyd is held with another organisation, Age "
                                    "Cymru; check it is the same person.")
    result = run(store, sheet, ImportKind.PEOPLE)
    assert "Ann Jones is held with another email, ann@agecymru.org.uk; check it is the same person" in \
        result.matched[0][1]
    assert len(store.run(members.person_rows)) == 2  # matched, never added


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_year_in_a_date_column_is_not_a_day_in_1905(store, tmp_path, suffix):
    path = write_sheet(tmp_path / f"targets{suffix}", [
        ("Target", "Deadline", "Start date"),
        ("Publish the funding code", 2027, ""),
        ("Joint training day", dt.date(2027, 3, 1), 46402),  # a date cell, and a date cell that lost its format
        ("Review the compact", 15, ""),
        ("Old target", dt.date(1949, 12, 31), ""),  # a real date cell is what it says, however long ago
    ])
    sheet = read_sheet(path)
    planned = plan(store, sheet, ImportKind.TARGETS)
    problems = {problem.row: problem.message for problem in planned.problems}
    assert problems == {
        2: "Row 2: 2027 in the Deadline column is not a whole date: write the day, month and year, such as "
           "15/01/2027, or leave it empty.",
        4: "Row 4: 15 in the Deadline column is not a whole date: write the day, month and year, such as "
           "15/01/2027, or leave it empty.",
    }
    assert planned.rows[1].values["deadline"] == dt.date(2027, 3, 1)
    assert planned.rows[1].values["start_on"] == dt.date(2027, 1, 15)
    assert planned.rows[3].values["deadline"] == dt.date(1949, 12, 31)


def test_a_member_without_a_start_date_starts_the_day_of_the_import_and_only_once(store):
    sheet = sheet_of(("Seat", "Member", "Start date", "End date"),
                     ("Chair", "Ann Jones", "", ""),
                     ("Vice chair", "Bethan Lloyd", "31/02/2027", ""),
                     ("Treasurer", "Carys Morgan", "", "31/12/2026"))  # ends before the day of the import
    planned = plan(store, sheet, ImportKind.SEATS)
    assert planned.rows[0].outcome is Outcome.NEW
    assert planned.rows[0].note == (
        "Adds Chair (new seat, Voluntary and community sector); Ann Jones (new person); Ann Jones's term in Chair "
        "from 20/01/2027 (new term; the file gives no start date, so it starts on the day of the import).")
    # Leaving the start empty is now a way to put it right, so the advice to is true.
    assert planned.rows[1].note == ("31/02/2027 is not a day (February 2027 has no day 31). Correct the date in the "
                                    "Start date column, or leave it empty.")
    assert planned.rows[2].outcome is Outcome.REFUSED
    result = run(store, sheet, ImportKind.SEATS)
    assert [row for row, _ in result.imported] == [2]
    views = {view.title: view for view in store.run(seats.seat_overview, TODAY)}
    assert views["Chair"].holder == "Ann Jones" and views["Chair"].term_start == TODAY

    again = run(store, sheet, ImportKind.SEATS, today=TODAY + dt.timedelta(days=30))
    assert again.matched[0] == (2, "Chair; Ann Jones; Ann Jones's term in Chair from 20/01/2027")
    assert count(store, SeatTerm) == 1


def test_a_wrong_answer_date_beside_an_answer_does_not_offer_to_leave_it_empty(store):
    sheet = sheet_of(("Issue", "Officer", "Date raised", "Date answered", "Answer"),
                     ("Gritting", "Llŷr Evans", "15/01/2027", "31/02/2027", "Routes added"),
                     ("Potholes", "Llŷr Evans", "15/01/2027", "31/02/2027", ""))
    planned = plan(store, sheet, ImportKind.FEEDBACK)
    assert planned.rows[0].note == ("31/02/2027 is not a day (February 2027 has no day 31). Correct the date in the "
                                    "Date answered column.")
    assert planned.rows[1].note.endswith("Correct the date in the Date answered column, or leave it empty.")


@pytest.mark.parametrize("rows, header_row", [
    ((("Name", "Email"),), 1),
    ((("Members of the group",), ("Name", "Email"), ("", ""), ("", "")), 2),
])
def test_a_sheet_with_nothing_below_its_header_says_so(store, rows, header_row):
    sheet = sheet_of(*rows, name="f.xlsx")
    planned = plan(store, sheet, ImportKind.PEOPLE)
    said = f"f.xlsx has no rows below its header row (row {header_row}): nothing to import."
    assert [(problem.row, problem.message) for problem in planned.problems] == [(None, said)]
    with pytest.raises(ValidationError) as refused:
        run(store, sheet, ImportKind.PEOPLE)
    assert refused.value.message == said
