"""A roll call from the keyboard, one letter a person, in the window's language (issue 19): P, A, X, S in
English; in Welsh the first letters of the Welsh words, B (yn Bresennol), Y (Ymddiheuriadau), A (Absennol),
D (Dirprwy), shown in the hint under the list."""

import pytest

from compactdesk import i18n
from compactdesk.domain.enums import Attendance
from compactdesk.gui.app import install_translator
from compactdesk.gui.pages.meetings import MeetingsPage
from compactdesk.services import meetings
from welsh_catalogue import welsh_loaded

ENGLISH_KEYS = {Attendance.PRESENT: "P", Attendance.APOLOGIES: "A", Attendance.ABSENT: "X",
                Attendance.SUBSTITUTE: "S"}
# X for absent in both languages: "A" would be Apologies in English and Absennol in Welsh, and a secretary who
# switches language would record the wrong one.
WELSH_KEYS = {Attendance.PRESENT: "B", Attendance.APOLOGIES: "Y", Attendance.ABSENT: "X",
              Attendance.SUBSTITUTE: "D"}


def _attendance_tab(bench, qtbot):
    page = MeetingsPage(bench)
    qtbot.addWidget(page)
    bench.changed.connect(page.refresh)
    page.refresh()
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    meeting = next(r for r in bench.read(meetings.meeting_rows, bench.today())
                   if r.upcoming and r.kind.value == "liaison")
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    tab = page.view.attendance
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    return tab


def _roll_call(tab, qtbot, monkeypatch, keys: dict[Attendance, str]) -> dict[int, Attendance | None]:
    """Presses each key on the next person in turn; what the group's file then holds for them."""
    roster = tab.model.rows()
    assert len(roster) >= 4 and all(row.status is None for row in roster)
    monkeypatch.setattr(tab, "ask_substitute_for", lambda row: roster[1].person_id)
    for status in (Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT, Attendance.SUBSTITUTE):
        before = tab.current_id()
        qtbot.keyClick(tab.table, keys[status].lower())
        assert tab.current_id() != before, keys[status]  # on to the next name
    stored = {row.person_id: row.status for row in tab.bench.read(meetings.attendance_roster, tab.meeting.meeting_id)}
    return {row.person_id: stored[row.person_id] for row in roster[:4]}


def test_the_english_keys_record_each_choice_and_the_hint_names_them(bench, qtbot, monkeypatch):
    tab = _attendance_tab(bench, qtbot)
    assert tab.letters == ENGLISH_KEYS
    assert tab.keys.text() == ("Keys in the list: P present · A apologies · X absent · S substitute · "
                               "Delete not recorded")
    assert "(key P in the list)" in tab.choices[Attendance.PRESENT].toolTip()
    got = _roll_call(tab, qtbot, monkeypatch, ENGLISH_KEYS)
    assert list(got.values()) == [Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT,
                                  Attendance.SUBSTITUTE]


def test_the_welsh_keys_are_the_first_letters_of_the_welsh_words(bench, qtbot, monkeypatch):
    with welsh_loaded():
        install_translator(i18n.WELSH)
        tab = _attendance_tab(bench, qtbot)
        assert tab.letters == WELSH_KEYS
        assert tab.keys.text() == ("Bysellau yn y rhestr: B yn bresennol · Y ymddiheuriadau · X absennol · "
                                   "D dirprwy · Delete heb ei gofnodi")
        assert "(bysell B yn y rhestr)" in tab.choices[Attendance.PRESENT].toolTip()
        got = _roll_call(tab, qtbot, monkeypatch, WELSH_KEYS)
        install_translator(i18n.ENGLISH)
    assert list(got.values()) == [Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT,
                                  Attendance.SUBSTITUTE]


def test_in_welsh_the_english_letters_that_mean_nothing_in_welsh_record_nothing(bench, qtbot):
    with welsh_loaded():
        install_translator(i18n.WELSH)
        tab = _attendance_tab(bench, qtbot)
        first = tab.current_id()
        for key in ("p", "a", "s"):
            qtbot.keyClick(tab.table, key)
        stored = bench.read(meetings.attendance_roster, tab.meeting.meeting_id)
        install_translator(i18n.ENGLISH)
    assert all(row.status is None for row in stored)
    assert tab.current_id() == first


@pytest.mark.parametrize("letters", [("B", "B", "A", "D"), ("Bb", "Y", "A", "D"), ("", "Y", "A", "D"),
                                     ("1", "Y", "A", "D")])
def test_letters_that_cannot_work_give_the_english_ones(bench, qtbot, monkeypatch, letters):
    from compactdesk.gui.pages import meeting_attendance

    given = dict(zip(("Present", "Apologies", "Absent", "Substitute"), letters, strict=True))

    def tr(self, text, disambiguation=None, n=-1):
        if disambiguation and disambiguation.startswith("attendance key"):
            return given[disambiguation.split(" for ")[1].split(",")[0]]
        return text

    monkeypatch.setattr(meeting_attendance.AttendanceTab, "tr", tr)
    tab = _attendance_tab(bench, qtbot)
    assert tab.letters == ENGLISH_KEYS
    qtbot.keyClick(tab.table, "x")
    stored = {row.person_id: row.status for row in bench.read(meetings.attendance_roster, tab.meeting.meeting_id)}
    assert stored[tab.model.rows()[0].person_id] is Attendance.ABSENT


def test_the_welsh_hint_fits_the_small_screens(bench, qtbot):
    with welsh_loaded():
        install_translator(i18n.WELSH)
        tab = _attendance_tab(bench, qtbot)
        tab.window().resize(1024, 600)
        qtbot.wait(10)
        # The hint wraps rather than widen the page.
        assert tab.keys.wordWrap() and tab.keys.sizeHint().width() <= 1024
        tab.window().grab().save("/tmp/attendance_cy.png")
        install_translator(i18n.ENGLISH)
