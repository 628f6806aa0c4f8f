"""The importer's sentences name several things in the language spoken (issue 19): "A, B and C", "A or B" in
English, "A neu B" and "a"/"ac" in Welsh, never English joins in a Welsh sentence."""

import datetime as dt

from compactdesk import i18n
from compactdesk.domain.enums import Sector
from compactdesk.domain.import_fields import ImportKind, guess_matching
from compactdesk.services import members
from compactdesk.services.importing import plan_import, run_import
from compactdesk.services.spreadsheet import Sheet
from welsh_catalogue import welsh_loaded

TODAY = dt.date(2027, 1, 20)


def sheet_of(*rows) -> Sheet:
    return Sheet("list.xlsx", "Sheet1", ("Sheet1",), tuple(tuple(row) for row in rows))


def test_three_details_filled_in_are_named_as_a_list(store):
    store.run(members.add_person, "Ann Jones")
    sheet = sheet_of(("Name", "Email", "Phone", "Job title"),
                     ("Ann Jones", "ann@dyfnantcvc.org.uk", "01234 567890", "Director"))
    result = store.run(run_import, sheet, ImportKind.PEOPLE, guess_matching(sheet.rows, ImportKind.PEOPLE),
                       today=TODAY)
    assert "Ann Jones's empty email address, phone number and role filled in from the file" in result.matched[0][1]


def _near_note(store) -> str:
    store.run(members.add_organisation, "Dyfnant Voluntary Action", Sector.VCS)
    store.run(members.add_organisation, "Dyfnant Voluntary Actions", Sector.VCS)
    sheet = sheet_of(("Name", "Organisation"), ("Ann Jones", "Dyfnant Voluntary Acton"))
    planned = store.run(plan_import, sheet, ImportKind.PEOPLE, guess_matching(sheet.rows, ImportKind.PEOPLE),
                        today=TODAY)
    assert len(planned.questions[0].candidates) == 2
    return planned.rows[0].note


def test_two_near_names_are_offered_with_or(store):
    assert "it may be Dyfnant Voluntary Action or Dyfnant Voluntary Actions." in _near_note(store)


def test_in_welsh_two_near_names_are_offered_with_neu(store):
    with welsh_loaded(), i18n.speaking(i18n.WELSH):
        note = _near_note(store)
    assert "Dyfnant Voluntary Action neu Dyfnant Voluntary Actions" in note and " or " not in note
