"""People & seats, driven as the secretary meets it, on the demo store."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from compactdesk.domain.enums import OrgTag, TermState
from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.people import OrganisationDialog, PersonDialog, SeatDialog, TermDialog
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.pages.people import ORGANISATIONS, PEOPLE, SEATS, PeoplePage
from compactdesk.services import members, seats

TAB_COLUMN_COUNT = {SEATS: 7, PEOPLE: 7, ORGANISATIONS: 5}


@pytest.fixture
def page(bench, qtbot):
    widget = PeoplePage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)  # as the main window does after every write, undo and redo
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def shown(tab, column: int = 0) -> list[str]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def cell(tab, key: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(tab.proxy.index_of(key).row(), column).data(role)


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


def fill_and_accept(page, monkeypatch, fill) -> list[QDialog]:
    """Replaces the page's dialog runner: fills each form as a person would, then presses Save."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return opened


def vacant_seat(bench, today) -> seats.SeatView:
    (seat,) = [view for view in bench.read(seats.seat_overview, today) if view.state is TermState.VACANT]
    return seat


def test_every_tab_shows_the_demo_group(page, bench, today):
    assert page.title() == "People & seats"
    assert [page.tabs.tabText(i) for i in range(3)] == ["&Seats", "&People", "&Organisations"]
    assert page.seats_tab.proxy.rowCount() == 16
    assert page.people_tab.proxy.rowCount() == 30
    assert page.organisations_tab.proxy.rowCount() == 40
    assert not any(tab.empty.showing_empty for tab in page.all_tabs())
    # The seats keep the group's own order until a heading is clicked.
    assert shown(page.seats_tab) == [view.title for view in bench.read(seats.seat_overview, today)]
    assert page.seats_tab.count.text() == "Showing 16 of 16 · 1 vacant"
    assert shown(page.people_tab)[:2] == ["Aled Thomas", "Alun Vaughan"]
    for number, tab in enumerate(page.all_tabs()):
        assert tab.model.columnCount() == TAB_COLUMN_COUNT[number]


def test_the_vacant_seat_stands_out_and_says_since_when(page, bench, today):
    seat = vacant_seat(bench, today)
    tab = page.seats_tab
    assert cell(tab, seat.seat_id, 6) == (f"Vacant since {seat.vacant_since.day} August 2026: Awaiting nomination: "
                                          "the small groups' network meets in January")
    assert cell(tab, seat.seat_id, 6, Qt.ItemDataRole.ForegroundRole).red() == 160
    assert cell(tab, seat.seat_id, 3) == ""
    assert cell(tab, seat.seat_id, 2) == "Reserved for small and unfunded groups"
    ending = next(view for view in bench.read(seats.seat_overview, today) if view.state is TermState.ENDING_SOON)
    assert cell(tab, ending.seat_id, 6) == "Term ending soon"
    assert cell(tab, ending.seat_id, 6, Qt.ItemDataRole.ForegroundRole) is None
    cabinet = next(view for view in bench.read(seats.seat_overview, today) if view.title.startswith("Cabinet"))
    assert cell(tab, cabinet.seat_id, 2) == "Nominated by Dyfnant County Council"
    assert cell(tab, cabinet.seat_id, 3) == "Cllr Gwenllïan Parry"
    # Sorting by state brings the vacancy to the top.
    tab.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert shown(tab, 6)[0].startswith("Vacant since")


def test_the_balance_line_counts_each_side_and_flags_the_gap(page):
    text = plain(page.seats_tab.balance.text())
    assert text == "Public sector: 8 seats, 8 filled · Voluntary and community sector: 8 seats, 7 filled"
    assert not page.seats_tab.imbalance.isHidden()
    assert "8 public to 7 voluntary sector" in page.seats_tab.imbalance.text()
    assert "Council: 4" in page.seats_tab.balance.toolTip()


def test_one_seat_is_one_seat_not_one_seats(page):
    """Each count takes its own plural (issue 16: "1 public seats")."""
    from compactdesk.domain.rules import Balance

    page.seats_tab.show_balance(Balance(public_seats=1, vcs_seats=2, public_filled=1, vcs_filled=1, by_sector={}))
    assert plain(page.seats_tab.balance.text()).startswith("Public sector: 1 seat, 1 filled")
    assert "1 public seat to 2 voluntary sector seats." in page.seats_tab.imbalance.text()


def test_choosing_a_seat_shows_who_has_held_it_latest_first(page, bench, today):
    cabinet = next(view for view in bench.read(seats.seat_overview, today) if view.title.startswith("Cabinet"))
    tab = page.seats_tab
    assert tab.history_heading.text() == "Choose a seat to see who has held it."
    assert not tab.appoint_button.isEnabled()
    tab.select(cabinet.seat_id)
    assert "Cabinet member for communities" in tab.history_heading.text()
    assert shown_history(tab) == ["Cllr Gwenllïan Parry", "Cllr Dafydd ap Gwyn"]
    assert tab.current_term().term_id == cabinet.term_id  # the term running now is chosen
    assert tab.history_proxy.index(0, 3).data() == "Holds the seat now"
    assert tab.history_proxy.index(1, 3).data() == "Ended"
    assert all(button.isEnabled() for button in (tab.appoint_button, tab.change_button, tab.end_button,
                                                 tab.remove_button))
    tab.history_table.selectRow(1)
    assert not tab.end_button.isEnabled()  # a term already over needs no ending


def shown_history(tab) -> list[str]:
    return [tab.history_proxy.index(row, 0).data() for row in range(tab.history_proxy.rowCount())]


def test_appoint_to_the_vacant_seat_then_undo_and_redo(page, bench, today, monkeypatch):
    seat = vacant_seat(bench, today)
    person = next(row for row in bench.read(members.person_rows) if row.name == "Gruffydd Ŵyn Rowlands")

    def fill(dialog: TermDialog):
        assert dialog.windowTitle() == "Appoint to a seat"
        assert "Small and unfunded groups seat" in dialog.ui.seat.text()
        select_data(dialog.ui.person, person.person_id)
        dialog.ui.startOn.set_value(today + dt.timedelta(days=1))
        dialog.ui.endOn.check.setChecked(True)
        dialog.ui.endOn.set_value(dt.date(2028, 11, 30))

    opened = fill_and_accept(page, monkeypatch, fill)
    page.seats_tab.select(seat.seat_id)
    page.seats_tab.appoint_button.click()
    assert len(opened) == 1

    def now(day=today + dt.timedelta(days=1)):
        return next(view for view in bench.read(seats.seat_overview, day) if view.seat_id == seat.seat_id)

    assert (now().holder, now().term_start, now().term_end, now().state) == (
        "Gruffydd Ŵyn Rowlands", today + dt.timedelta(days=1), dt.date(2028, 11, 30), TermState.FILLED)
    assert bench.undo_stack.undoText() == "Appoint Gruffydd Ŵyn Rowlands to “Small and unfunded groups seat”"
    # The page kept the seat chosen and its history now shows the new term first.
    assert page.seats_tab.current_id() == seat.seat_id
    assert shown_history(page.seats_tab) == ["Gruffydd Ŵyn Rowlands", "Huw Jenkins"]

    bench.undo_stack.undo()
    assert now().holder is None
    assert shown_history(page.seats_tab) == ["Huw Jenkins"]
    bench.undo_stack.redo()
    assert now().holder == "Gruffydd Ŵyn Rowlands"
    assert shown_history(page.seats_tab) == ["Gruffydd Ŵyn Rowlands", "Huw Jenkins"]


def test_appointing_from_today_fills_the_seat_and_the_balance(page, bench, today, monkeypatch):
    seat = vacant_seat(bench, today)
    person = bench.read(members.person_rows)[0]
    fill_and_accept(page, monkeypatch, lambda dialog: select_data(dialog.ui.person, person.person_id))
    page.seats_tab.select(seat.seat_id)
    page.seats_tab.appoint()
    assert cell(page.seats_tab, seat.seat_id, 3) == person.name
    assert cell(page.seats_tab, seat.seat_id, 5) == "no end date"
    assert "8 seats, 8 filled" in plain(page.seats_tab.balance.text()).split("·")[1]
    assert page.seats_tab.imbalance.isHidden()


def test_an_overlapping_term_is_refused_at_the_field_and_the_form_stays(bench, today, qtbot):
    seat = next(view for view in bench.read(seats.seat_overview, today) if view.holder is not None)
    person = bench.read(members.person_rows)[0]
    terms = bench.read(seats.history, seat.seat_id)
    dialog = TermDialog(bench, seat_id=seat.seat_id)
    qtbot.addWidget(dialog)
    select_data(dialog.ui.person, person.person_id)
    dialog.ui.startOn.set_value(today)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"{seat.holder} already holds this seat" in dialog.error_text
    assert dialog.ui.startOn.styleSheet() == invalid_style()
    assert dialog.ui.person.currentData() == person.person_id  # what was chosen is still there
    assert bench.read(seats.history, seat.seat_id) == terms
    assert bench.undo_stack.count() == 0


def test_appointing_nobody_is_refused_at_the_person(bench, today, qtbot):
    dialog = TermDialog(bench, seat_id=vacant_seat(bench, today).seat_id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text == "Choose who is taking the seat."
    assert dialog.ui.person.styleSheet() == invalid_style()


def test_end_change_and_remove_a_term(page, bench, today, monkeypatch):
    cabinet = next(view for view in bench.read(seats.seat_overview, today) if view.title.startswith("Cabinet"))
    tab = page.seats_tab
    tab.select(cabinet.seat_id)

    def end_today(dialog: TermDialog):
        assert dialog.windowTitle() == "End a term"
        assert dialog.ui.endOn.value() == today  # offered today as the last day
        assert not dialog.ui.person.isEnabled()

    fill_and_accept(page, monkeypatch, end_today)
    tab.end_button.click()
    assert bench.undo_stack.undoText() == "End Cllr Gwenllïan Parry's term on “Cabinet member for communities”"
    after = next(view for view in bench.read(seats.seat_overview, today + dt.timedelta(days=1))
                 if view.seat_id == cabinet.seat_id)
    assert (after.state, after.vacant_since) == (TermState.VACANT, today + dt.timedelta(days=1))

    def later(dialog: TermDialog):
        assert dialog.windowTitle() == "Change a term"
        dialog.ui.endOn.set_value(dt.date(2029, 5, 31))

    fill_and_accept(page, monkeypatch, later)
    tab.change_term()
    assert bench.read(seats.term_view, cabinet.term_id).end_on == dt.date(2029, 5, 31)

    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    tab.remove_button.click()
    assert not messages
    assert [term.person for term in bench.read(seats.history, cabinet.seat_id)] == ["Cllr Dafydd ap Gwyn"]
    bench.undo_stack.undo()
    assert [term.person for term in bench.read(seats.history, cabinet.seat_id)] == [
        "Cllr Dafydd ap Gwyn", "Cllr Gwenllïan Parry"]


@pytest.mark.parametrize("name", ["Llŷr ap Siôn Ŵyn", "Łucja Wiśniewska-Żółć", "Gwenllïan Jones 🏴󠁧󠁢󠁷󠁬󠁳󠁿🙂"])
def test_add_a_person_with_any_name_through_the_dialog(page, bench, qtbot, monkeypatch, name):
    page.tabs.setCurrentIndex(PEOPLE)
    assert page.new_text() == "New person…"
    council = next(row for row in bench.read(members.organisation_rows) if row.name == "Dyfnant County Council")

    def fill(dialog: PersonDialog):
        assert dialog.windowTitle() == "New person"
        qtbot.keyClicks(dialog.ui.role, "Swyddog polisi")
        dialog.ui.name.insert(name)  # QTest types ASCII only; paste the rest as a person would
        select_data(dialog.ui.organisation, council.organisation_id)
        qtbot.keyClicks(dialog.ui.department, "Policy")
        dialog.ui.champion.setChecked(True)
        dialog.ui.notes.setPlainText("Siarad Cymraeg.\nMówi po polsku.")

    fill_and_accept(page, monkeypatch, fill)
    page.new_item()
    (added,) = [row for row in bench.read(members.person_rows) if row.name == name]
    assert (added.role, added.organisation, added.department, added.is_champion) == (
        "Swyddog polisi", "Dyfnant County Council", "Policy", True)
    assert bench.read(members.person_detail, added.person_id).notes == "Siarad Cymraeg.\nMówi po polsku."
    tab = page.people_tab
    assert tab.current_id() == added.person_id  # the new person is chosen in the list
    assert cell(tab, added.person_id, 0) == name
    assert cell(tab, added.person_id, 0, Qt.ItemDataRole.ToolTipRole) == name
    assert cell(tab, added.person_id, 6) == "Yes"
    assert bench.undo_stack.undoText() == f"Add person “{name}”"
    bench.undo_stack.undo()
    assert tab.model.number_of(added.person_id) is None
    assert tab.proxy.rowCount() == 30


def test_an_empty_name_is_refused_at_the_field_and_nothing_typed_is_lost(bench, qtbot):
    dialog = PersonDialog(bench)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.name, "   ")
    qtbot.keyClicks(dialog.ui.role, "Trysorydd")
    dialog.ui.address.setPlainText("1 Stryd Fawr\nAberwen")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "the person's name" in dialog.error_text
    assert dialog.ui.name.styleSheet() == invalid_style()
    assert (dialog.ui.role.text(), dialog.ui.address.toPlainText()) == ("Trysorydd", "1 Stryd Fawr\nAberwen")
    assert len(bench.read(members.person_rows)) == 30
    dialog.ui.name.insert("Siân")  # QTest types ASCII only
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ui.name.styleSheet() == ""


def test_a_reserved_seat_needs_to_say_who_for(bench, qtbot):
    dialog = SeatDialog(bench)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.title, "Youth forum seat")
    select_data(dialog.ui.sector, "vcs")
    assert not dialog.ui.reservedFor.isEnabled()
    select_data(dialog.ui.fill, "reserved")
    assert dialog.ui.reservedFor.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text == "Say who the reserved seat is for, for example 'BME forum'."
    assert dialog.ui.reservedFor.styleSheet() == invalid_style()
    assert dialog.ui.title.text() == "Youth forum seat"
    qtbot.keyClicks(dialog.ui.reservedFor, "Dyfnant Youth Forum")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (view,) = [v for v in bench.read(seats.seat_overview, dt.date(2026, 11, 24)) if v.title == "Youth forum seat"]
    assert (view.reserved_for, view.state) == ("Dyfnant Youth Forum", TermState.VACANT)


def test_new_and_edit_a_seat_from_the_page(page, bench, today, monkeypatch):
    assert page.new_text() == "New seat…"

    def fill(dialog: SeatDialog):
        dialog.ui.title.setText("Sedd Menter Iaith")
        select_data(dialog.ui.sector, "vcs")
        select_data(dialog.ui.fill, "nominated")
        dialog.ui.nominatingOrg.setCurrentIndex(dialog.ui.nominatingOrg.findText("Menter Iaith Dyfnant"))

    fill_and_accept(page, monkeypatch, fill)
    page.new_item()
    added = bench.read(seats.seat_overview, today)[-1]
    assert (added.title, added.nominated_by) == ("Sedd Menter Iaith", "Menter Iaith Dyfnant")
    assert page.seats_tab.current_id() == added.seat_id
    assert cell(page.seats_tab, added.seat_id, 6) == "Vacant, never filled"
    assert "9 seats, 7 filled" in plain(page.seats_tab.balance.text())
    assert "8 public seats to 9 voluntary sector seats" in page.seats_tab.imbalance.text()

    def rename(dialog: SeatDialog):
        assert dialog.windowTitle() == "Edit seat"
        assert dialog.ui.title.text() == "Sedd Menter Iaith"
        dialog.ui.title.setText("Sedd Menter Iaith Dyfnant")

    fill_and_accept(page, monkeypatch, rename)
    assert page.can_edit()
    page.edit_current()
    assert cell(page.seats_tab, added.seat_id, 0) == "Sedd Menter Iaith Dyfnant"
    # A seat never held can go; Delete takes it, Ctrl+Z brings it back.
    page.delete_current()
    assert page.seats_tab.model.number_of(added.seat_id) is None
    bench.undo_stack.undo()
    assert page.seats_tab.model.number_of(added.seat_id) is not None


def test_a_seat_with_history_is_not_deleted(page, bench, today, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    page.seats_tab.select(vacant_seat(bench, today).seat_id)
    assert page.can_delete()
    page.delete_current()
    assert messages == [("Delete seat “Small and unfunded groups seat”",
                         ("Small and unfunded groups seat has a history of 1 term, which removing it would lose. "
                          "If the seat was added by mistake, remove its terms first; a seat no longer used can "
                          "stay vacant."))]
    assert page.seats_tab.proxy.rowCount() == 16


def test_deleting_a_person_named_in_records_is_refused_with_a_message(page, bench, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    page.tabs.setCurrentIndex(PEOPLE)
    rhodri = next(row for row in bench.read(members.person_rows) if row.name == "Rhodri Owen")
    page.people_tab.select(rhodri.person_id)
    page.delete_current()
    assert messages[0][0] == "Delete person “Rhodri Owen”"
    assert "Rhodri Owen appears in the group's records" in messages[0][1]
    assert page.people_tab.proxy.rowCount() == 30
    assert bench.undo_stack.count() == 0


def test_deleting_a_person_not_in_records_is_undoable(page, bench, monkeypatch):
    fill_and_accept(page, monkeypatch, lambda dialog: dialog.ui.name.setText("Nia Ŵyn"))
    page.tabs.setCurrentIndex(PEOPLE)
    page.new_item()
    person_id = page.people_tab.current_id()
    page.delete_current()
    assert page.people_tab.model.number_of(person_id) is None
    assert bench.undo_stack.undoText() == "Delete person “Nia Ŵyn”"
    bench.undo_stack.undo()
    assert cell(page.people_tab, person_id, 0) == "Nia Ŵyn"


def test_organisations_with_tags_new_edit_and_refused_delete(page, bench, monkeypatch, qtbot):
    page.tabs.setCurrentIndex(ORGANISATIONS)
    assert page.new_text() == "New organisation…"

    def fill(dialog: OrganisationDialog):
        assert dialog.ui.sector.currentData() == "vcs"
        dialog.ui.name.insert("Cymdeithas Gwirfoddolwyr Łąka 🌾")
        dialog.tag_boxes[OrgTag.RURAL].setChecked(True)
        dialog.tag_boxes[OrgTag.VOLUNTEER_ONLY].setChecked(True)

    fill_and_accept(page, monkeypatch, fill)
    page.new_item()
    tab = page.organisations_tab
    added = tab.current_row()
    assert (added.name, added.tags) == ("Cymdeithas Gwirfoddolwyr Łąka 🌾", {OrgTag.RURAL, OrgTag.VOLUNTEER_ONLY})
    assert cell(tab, added.organisation_id, 2) == "Rural, Volunteer-only"

    def retag(dialog: OrganisationDialog):
        assert dialog.tag_boxes[OrgTag.RURAL].isChecked() and not dialog.tag_boxes[OrgTag.SMALL].isChecked()
        dialog.tag_boxes[OrgTag.SMALL].setChecked(True)
        dialog.tag_boxes[OrgTag.RURAL].setChecked(False)
        dialog.ui.notes.setPlainText("Meets monthly\nin the village hall")

    fill_and_accept(page, monkeypatch, retag)
    page.edit_current()
    assert cell(tab, added.organisation_id, 2) == "Small, Volunteer-only"
    assert cell(tab, added.organisation_id, 4) == "Meets monthly in the village hall"
    assert cell(tab, added.organisation_id, 4, Qt.ItemDataRole.ToolTipRole) == "Meets monthly\nin the village hall"

    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    council = next(row for row in bench.read(members.organisation_rows) if row.name == "Dyfnant County Council")
    tab.select(council.organisation_id)
    page.delete_current()
    assert messages == [("Dyfnant County Council is still named on people, seats or targets. "
                         "Change those first, then remove it.")]
    tab.select(added.organisation_id)
    page.delete_current()
    assert tab.model.number_of(added.organisation_id) is None


def test_a_duplicate_organisation_is_refused_at_the_name(bench, qtbot):
    dialog = OrganisationDialog(bench)
    qtbot.addWidget(dialog)
    dialog.ui.name.setText("DYFNANT county council")
    dialog.tag_boxes[OrgTag.BME].setChecked(True)
    dialog.accept()
    assert "already an organisation called Dyfnant County Council" in dialog.error_text
    assert dialog.ui.name.styleSheet() == invalid_style()
    assert dialog.tag_boxes[OrgTag.BME].isChecked()


def test_search_filters_the_tab_in_view_and_says_when_nothing_matches(page, qtbot):
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(PEOPLE)
    page.find()
    assert page.focusWidget() is page.people_tab.search  # the window need not be active offscreen
    qtbot.keyClicks(page.people_tab.search, "example.org.uk chair")
    assert set(shown(page.people_tab)) == {"Amira Hassan", "Gruffydd Ŵyn Rowlands", "Mererid Lloyd"}
    page.people_tab.search.setText("Llŷr")
    assert shown(page.people_tab) == ["Llŷr Evans"]
    page.people_tab.search.setText("nobody by this name")
    assert page.people_tab.empty.showing_empty
    assert "Nothing matches “nobody by this name”" in page.people_tab.empty.label.text()
    assert not page.can_edit()
    page.tabs.setCurrentIndex(SEATS)
    page.find()
    assert page.focusWidget() is page.seats_tab.search
    page.seats_tab.search.setText("vacant")
    assert shown(page.seats_tab) == ["Small and unfunded groups seat"]
    qtbot.keyClick(page.seats_tab.search, Qt.Key.Key_Escape)  # Esc clears the search
    assert page.seats_tab.search.text() == ""
    assert page.seats_tab.proxy.rowCount() == 16


def test_show_record_opens_the_seats_tab_on_that_seat(page, bench, today):
    seat = vacant_seat(bench, today)
    page.tabs.setCurrentIndex(ORGANISATIONS)
    page.seats_tab.search.setText("police")  # hides the seat; opening it clears the search
    page.show_record(seat.seat_id)
    assert page.tabs.currentIndex() == SEATS
    assert page.seats_tab.current_id() == seat.seat_id
    assert page.seats_tab.search.text() == ""
    assert shown_history(page.seats_tab) == ["Huw Jenkins"]


def test_actions_follow_the_tab_and_the_selection(page, qtbot):
    assert not page.can_edit() and not page.can_delete()
    with qtbot.waitSignal(page.actions_changed):
        page.tabs.setCurrentIndex(ORGANISATIONS)
    with qtbot.waitSignal(page.actions_changed):
        page.organisations_tab.table.selectRow(0)
    assert page.can_edit() and page.can_delete()


def test_empty_store_says_what_to_do(tmp_path, qtbot):
    from compactdesk.gui.workbench import Workbench
    from compactdesk.store import create_store

    store = create_store(tmp_path / "empty.cdstore")
    try:
        empty = PeoplePage(Workbench(store, lambda: dt.date(2026, 11, 24)))
        qtbot.addWidget(empty)
        empty.refresh()
        assert all(tab.empty.showing_empty for tab in empty.all_tabs())
        assert "No seats yet" in empty.seats_tab.empty.label.text()
        words = re.sub(r"<[^>]+>", "", empty.seats_tab.empty.label.text())  # as it reads, without the markup
        assert "or import them from a spreadsheet (File ▸ Import)" in words
        assert empty.seats_tab.empty.button.text() == "Add a &seat…"
        assert empty.people_tab.empty.button.text() == "Add a &person…"
        assert empty.organisations_tab.empty.button.text() == "Add an &organisation…"
        assert empty.seats_tab.history_empty.label.text() == \
            "Each person who has held the chosen seat is listed here, with the dates of their term."
        assert plain(empty.seats_tab.balance.text()).startswith("Public sector: 0 seats, 0 filled")
        assert empty.seats_tab.imbalance.isHidden()
    finally:
        store.close()


def test_models_pass_the_model_tester(page, qtmodeltester):
    page.seats_tab.select(page.seats_tab.model.rows()[0].seat_id)
    for tab in page.all_tabs():
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
    qtmodeltester.check(page.seats_tab.history_model)
    qtmodeltester.check(page.seats_tab.history_proxy)


def test_screenshots_of_each_tab(page, tmp_path, qtbot):
    page.show()
    qtbot.waitExposed(page)
    for number in (SEATS, PEOPLE, ORGANISATIONS):
        page.tabs.setCurrentIndex(number)
        page.all_tabs()[number].table.selectRow(0)
        image = page.grab()
        assert image.save(str(tmp_path / f"people-{number}.png"))
        assert image.width() == 1100


def test_enter_and_double_click_open_the_form_once(page, bench, today, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: opened.append(dialog.windowTitle()) and False)
    page.show()
    qtbot.waitExposed(page)
    tab = page.seats_tab
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == ["Edit seat"]
    rect = tab.table.visualRect(tab.proxy.index(1, 0))
    # A real double-click: press and release, then the double-click on the same row.
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["Edit seat", "Edit seat"]
    assert tab.current_id() == tab.proxy.key_at(tab.proxy.index(1, 0))
    qtbot.keyClick(tab.history_table, Qt.Key.Key_Return)
    assert opened[-1] == "Change a term"


def test_long_welsh_polish_and_emoji_text_keeps_the_layout(page, bench, today, qtbot):
    notes = "\n".join(f"Llinell {n}: Łódź, Ynys Môn, Ŵyn 🙂 " + "gair " * 80 for n in range(40))
    title = "Sedd " + "hir iawn " * 30
    seat = bench.perform("Add a long seat", seats.add_seat, title, "vcs", "elected", notes=notes)
    person = bench.perform("Add a long name", members.add_person, "Gwenllïan Łucja " + "ap Rhys " * 35)
    bench.perform("Appoint", seats.appoint, seat.id, person.id, today)
    page.show()
    qtbot.waitExposed(page)
    tab = page.seats_tab
    assert tab.reveal(seat.id)
    heading = tab.history_heading
    assert heading.text().count("<br>") == 1 and heading.text().endswith("…</i>")
    assert heading.toolTip().endswith(bench.read(seats.seat_detail, seat.id).notes)  # all of it
    assert tab.table.columnWidth(3) <= 200  # the long name elides rather than pushing the state off the side
    assert heading.height() < 120  # the history below still has room
    assert tab.history_table.height() > 60
    assert cell(tab, seat.id, 0, Qt.ItemDataRole.ToolTipRole) == title.strip()
    assert cell(tab, seat.id, 3) == person.name
    assert page.width() == 1100
