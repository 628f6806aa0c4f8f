"""The Meetings page driven as the secretary would, on a copy of the demo store."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from compactdesk.domain.enums import Attendance, MeetingStatus, StandingItem
from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.meeting import AgendaItemDialog, MeetingDialog
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.pages.meetings import MeetingsPage
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.workbench import Workbench
from compactdesk.services import meetings
from compactdesk.services.issuing import issue_agenda
from compactdesk.store import create_store

STANDING_TITLES = [item.label() for item in StandingItem]


@pytest.fixture
def page(bench, qtbot):
    shown = MeetingsPage(bench)
    qtbot.addWidget(shown)
    # What the main window does after every change.
    bench.changed.connect(shown.refresh)
    shown.refresh()
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def accepting(dialog, fill):
    """A dialog whose exec() fills the form as a person would, then presses Save."""
    def run():
        fill(dialog)
        dialog.accept()
        return dialog.result()
    dialog.exec = run
    return dialog


def type_into(qtbot, widget, text):
    """Types text as keys where QTest can (Latin-1), and inserts the rest (ŵ, ł, emoji) at the cursor."""
    for char in text:
        if ord(char) < 256:
            qtbot.keyClicks(widget, char)
        elif hasattr(widget, "insertPlainText"):
            widget.insertPlainText(char)
        else:
            widget.insert(char)


def rows(bench):
    return bench.read(meetings.meeting_rows, bench.today())


def next_liaison(bench):
    return next(r for r in rows(bench) if r.upcoming and r.kind.value == "liaison")


def last_liaison(bench):
    return [r for r in rows(bench) if not r.upcoming and r.kind.value == "liaison"][-1]


def shown_titles(table):
    model = table.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def cell(table, row, column):
    return table.model().index(row, column).data()


def new_meeting(bench, when=dt.datetime(2027, 1, 19, 10), kind="liaison", **kwargs):
    return bench.perform("Add a meeting", meetings.create_meeting, kind, when, **kwargs).id


@pytest.fixture
def warnings(monkeypatch):
    """QMessageBox.warning, recorded instead of shown."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    return said


# --- the list of meetings -------------------------------------------------------


def test_models_pass_the_model_tester(page, bench, qtmodeltester):
    page.show_record(last_liaison(bench).meeting_id)
    view = page.view
    for tab in (view.attendance, view.arising, view.minutes):  # each reads its rows when shown
        view.tabs.setCurrentWidget(tab)
    select_key(view.minutes.table, view.minutes.model.rows()[6].item_id)
    for model in (page.model, page.proxy, view.agenda.model, view.agenda.proxy, view.agenda.papers.model,
                  view.agenda.papers.proxy, view.attendance.model, view.attendance.proxy, view.minutes.model,
                  view.minutes.proxy, view.minutes.raised.model, view.minutes.raised.proxy,
                  view.arising.records.model, view.arising.records.proxy):
        assert model.rowCount() > 0 or model in (view.agenda.papers.model, view.agenda.papers.proxy)
        qtmodeltester.check(model)


def test_list_shows_upcoming_first_then_past_latest_first(page, bench):
    upcoming = [r for r in rows(bench) if r.upcoming]
    past = [r for r in rows(bench) if not r.upcoming]
    assert page.proxy.rowCount() == len(rows(bench))
    assert [cell(page.table, n, 0) for n in range(page.proxy.rowCount())] == \
        ["Upcoming"] * len(upcoming) + ["Past"] * len(past)
    assert cell(page.table, 0, 1) == f"{upcoming[0].starts_at.day} December 2026, 18:30"
    assert cell(page.table, len(upcoming), 1) == "15 September 2026, 10:00"  # the latest past meeting
    assert (cell(page.table, 1, 2), cell(page.table, 1, 3), cell(page.table, 1, 4)) == (
        "Liaison meeting", "Planned", "Neuadd y Sir, Llanfair")
    # The first row is shown until the secretary chooses another.
    assert page.current_id() == upcoming[0].meeting_id
    select_data(page.listing, "past")
    assert page.proxy.rowCount() == len(past)
    page.search.setText("Coleg")
    assert all(cell(page.table, n, 4) == "Coleg Dyfnant, Aberwen campus" for n in range(page.proxy.rowCount()))
    page.search.setText("nowhere at all")
    assert page.empty.showing_empty and "No meeting matches" in page.empty.label.text()
    assert "2 upcoming" in page.count.text()


def test_show_record_clears_a_filter_that_hides_it(page, bench):
    held = last_liaison(bench)
    select_data(page.listing, "upcoming")
    page.show_record(held.meeting_id)
    assert page.listing.currentData() == "all"
    assert page.current_id() == held.meeting_id
    assert page.view.heading.text() == "Liaison meeting — Tuesday 15 September 2026, 10:00"
    assert "Apologies to Elin Griffiths" in page.view.details.text()


def test_new_meeting_through_the_dialog_then_undo_and_redo(page, bench, qtbot, monkeypatch):
    def fill(dialog):
        select_data(dialog.ui.kind, "liaison")
        dialog.ui.startsOn.set_value(dt.date(2027, 1, 19))
        dialog.ui.startsTime.setTime(QTime(18, 30))
        type_into(qtbot, dialog.ui.venue, "Canolfan Ŵyl, Llanfor")
        qtbot.keyClicks(dialog.ui.apologiesTo, "Elin Griffiths")
        dialog.ui.notes.setPlainText("Lifft ar gael 🎉")

    monkeypatch.setattr(page, "_meeting_dialog", lambda meeting_id=None: accepting(
        MeetingDialog(bench, page, meeting_id=meeting_id), fill))
    assert page.new_text() == "New &meeting…"
    page.new_item()
    made = next(r for r in rows(bench) if r.starts_at == dt.datetime(2027, 1, 19, 18, 30))
    assert (made.venue, made.apologies_to, made.notes, made.status) == (
        "Canolfan Ŵyl, Llanfor", "Elin Griffiths", "Lifft ar gael 🎉", MeetingStatus.PLANNED)
    assert page.current_id() == made.meeting_id
    assert page.view.heading.text() == "Liaison meeting — Tuesday 19 January 2027, 18:30"
    assert shown_titles(page.view.agenda.table) == STANDING_TITLES

    bench.undo_stack.undo()
    assert made.meeting_id not in [r.meeting_id for r in rows(bench)]
    assert page.proxy.index_of(made.meeting_id).isValid() is False
    bench.undo_stack.redo()
    assert page.proxy.index_of(made.meeting_id).isValid()
    page.show_record(made.meeting_id)
    assert shown_titles(page.view.agenda.table) == STANDING_TITLES


def test_a_pre_meeting_starts_with_no_agenda_and_says_what_to_do(page, bench):
    dialog = MeetingDialog(bench, page)
    select_data(dialog.ui.kind, "pre_meeting")
    assert not dialog.ui.standingItems.isChecked()
    dialog.ui.startsOn.set_value(dt.date(2027, 1, 12))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.show_record(dialog.result_value.id)
    agenda = page.view.agenda
    assert agenda.empty.showing_empty and "No agenda items yet" in agenda.empty.label.text()
    page.view.tabs.setCurrentWidget(page.view.minutes)
    assert page.view.minutes.empty.showing_empty and "Nothing to minute yet" in page.view.minutes.empty.label.text()


def test_meeting_dialog_refusal_shows_at_the_field_and_keeps_what_was_typed(page, bench):
    before = len(rows(bench))
    dialog = MeetingDialog(bench, page)
    dialog.ui.venue.setText("Neuadd " * 60)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "The venue: " in dialog.error_text
    assert dialog.ui.venue.styleSheet() == invalid_style()
    assert dialog.ui.venue.text() == "Neuadd " * 60
    assert len(rows(bench)) == before


def test_edit_meeting_with_f2(page, bench, monkeypatch):
    target = next_liaison(bench)
    page.show_record(target.meeting_id)
    page.table.setFocus()
    assert page.can_edit()
    monkeypatch.setattr(page, "_meeting_dialog", lambda meeting_id=None: accepting(
        MeetingDialog(bench, page, meeting_id=meeting_id), lambda d: d.ui.venue.setText("Neuadd y Dref")))
    page.edit_current()
    assert bench.read(meetings.meeting_row, target.meeting_id, bench.today()).venue == "Neuadd y Dref"
    assert "Neuadd y Dref" in page.view.details.text()
    assert cell(page.table, page.proxy.index_of(target.meeting_id).row(), 4) == "Neuadd y Dref"


def test_delete_is_refused_for_approved_minutes_and_undone_for_others(page, bench, warnings):
    approved = next(r for r in rows(bench) if r.status is MeetingStatus.MINUTES_APPROVED)
    page.show_record(approved.meeting_id)
    page.table.setFocus()
    assert page.can_delete()
    page.delete_current()
    assert warnings and "minutes are approved" in warnings[-1]
    assert approved.meeting_id in [r.meeting_id for r in rows(bench)]

    planned = next_liaison(bench)
    page.show_record(planned.meeting_id)
    page.table.setFocus()
    page.delete_current()
    assert planned.meeting_id not in [r.meeting_id for r in rows(bench)]
    assert page.current_id() is not None  # a neighbour is chosen, not nothing
    bench.undo_stack.undo()
    assert planned.meeting_id in [r.meeting_id for r in rows(bench)]
    page.show_record(planned.meeting_id)
    assert shown_titles(page.view.agenda.table)[-3:] == ["Annual review: draft report", "Any other business",
                                                         "Date of the next meeting"]


def test_empty_store_says_to_add_the_next_meeting(tmp_path, qtbot, today):
    store = create_store(tmp_path / "new group.cdstore")
    try:
        bench = Workbench(store, lambda: today)
        empty = MeetingsPage(bench)
        qtbot.addWidget(empty)
        empty.refresh()
        assert empty.empty.showing_empty
        assert "Add the next meeting with Ctrl+N" in empty.empty.label.text()
        assert empty.view.stack.currentIndex() == 1
        assert not empty.can_edit() and not empty.can_delete()
    finally:
        store.close()


# --- the status line -----------------------------------------------------------


def test_status_moves_one_step_forward_and_back_and_undoes(page, bench, qtbot):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    view = page.view
    assert view.forward_button.text() == "&Issue the agenda…" and view.back_button.isHidden()
    # Issuing asks the window to make the agenda and mark it (tests/gui/test_issuing.py); the page only asks.
    with qtbot.waitSignal(page.issue_requested) as asked:
        qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    assert asked.args == [meeting.meeting_id]
    assert bench.read(meetings.meeting_row, meeting.meeting_id, bench.today()).status is MeetingStatus.PLANNED
    bench.perform("Issue the agenda", issue_agenda, meeting.meeting_id)
    assert bench.read(meetings.meeting_row, meeting.meeting_id, bench.today()).status is MeetingStatus.AGENDA_ISSUED
    assert view.forward_button.text() == "Mar&k as held"
    assert view.back_button.text() == "&Back to “Planned”"
    assert "<b>Agenda issued</b>" in view.steps.text()
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    assert view.forward_button.text() == "Minutes &drafted"
    assert cell(page.table, page.proxy.index_of(meeting.meeting_id).row(), 3) == "Held"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.meeting.status is MeetingStatus.AGENDA_ISSUED
    bench.undo_stack.undo()
    assert view.meeting.status is MeetingStatus.HELD
    bench.undo_stack.undo()
    bench.undo_stack.undo()
    assert view.meeting.status is MeetingStatus.PLANNED
    assert view.forward_button.text() == "&Issue the agenda…"
    bench.undo_stack.redo()
    assert view.meeting.status is MeetingStatus.AGENDA_ISSUED


# --- the agenda ----------------------------------------------------------------------


def test_build_the_agenda_add_move_drag_remove_with_undo(page, bench, qtbot, monkeypatch):
    meeting_id = new_meeting(bench)
    page.show_record(meeting_id)
    agenda = page.view.agenda
    assert shown_titles(agenda.table) == STANDING_TITLES
    assert cell(agenda.table, 0, 0) == "1" and cell(agenda.table, 0, 5) == "Standing item"
    people = bench.read(meetings.people_choices)
    gwen = next(p for p in people if p.name == "Cllr Gwenllïan Parry")

    def fill(dialog):
        type_into(qtbot, dialog.ui.title, "Grantiau bach: small grants 2027 📄")
        dialog.ui.presenter.setCurrentIndex(dialog.ui.presenter.findData(gwen.person_id))
        dialog.ui.minutesAllowed.setValue(25)
        dialog.ui.description.setPlainText("Papur gan y Cyngor")

    monkeypatch.setattr(agenda, "item_dialog", lambda item_id=None, position=None: accepting(
        AgendaItemDialog(bench, agenda, meeting_id=meeting_id, item_id=item_id, position=position), fill))
    select_key(agenda.table, agenda.model.rows()[5].item_id)  # "Action plan progress": the new item goes after
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    title = "Grantiau bach: small grants 2027 📄"
    assert shown_titles(agenda.table)[6] == title
    assert agenda.current_row().title == title
    assert (cell(agenda.table, 6, 0), cell(agenda.table, 6, 2), cell(agenda.table, 6, 3)) == (
        "7", "Cllr Gwenllïan Parry", "25 min")
    item_id = agenda.current_id()
    added = next(r for r in bench.read(meetings.agenda_rows, meeting_id) if r.item_id == item_id)
    assert (added.presenter_id, added.presenter_text, added.description) == (gwen.person_id, "", "Papur gan y Cyngor")
    assert "time allowed 25 min" in agenda.total.text()

    bench.undo_stack.undo()
    assert title not in shown_titles(agenda.table)
    bench.undo_stack.redo()
    assert shown_titles(agenda.table)[6] == title

    # Move up with the button, then with Alt+Up from the keyboard.
    select_key(agenda.table, item_id)
    qtbot.mouseClick(agenda.up_button, Qt.MouseButton.LeftButton)
    assert shown_titles(agenda.table)[5] == title and agenda.current_id() == item_id
    page.activateWindow()
    agenda.table.setFocus()
    qtbot.waitUntil(agenda.table.hasFocus)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown_titles(agenda.table)[4] == title)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown_titles(agenda.table)[5] == title)

    # Drag it to the top: the drop asks the service, and the table follows the store.
    data = agenda.proxy.mimeData([agenda.proxy.index(5, 0)])
    assert agenda.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    qtbot.waitUntil(lambda: shown_titles(agenda.table)[0] == title)
    assert cell(agenda.table, 0, 0) == "1" and cell(agenda.table, 1, 1) == "Welcome and apologies"
    # ...and down below "Matters arising" (a drop between rows 4 and 5).
    data = agenda.proxy.mimeData([agenda.proxy.index(0, 0)])
    agenda.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 5, 0, QModelIndex())
    qtbot.waitUntil(lambda: shown_titles(agenda.table)[4] == title)
    assert shown_titles(agenda.table)[3] == "Matters arising"
    assert bench.read(meetings.agenda_rows, meeting_id)[4].title == title

    bench.undo_stack.undo()
    assert shown_titles(agenda.table)[0] == title
    bench.undo_stack.undo()
    assert shown_titles(agenda.table)[5] == title
    bench.undo_stack.redo()
    bench.undo_stack.redo()
    assert shown_titles(agenda.table)[4] == title

    # F2 edits the focused item; Delete removes it.
    page.activateWindow()
    select_key(agenda.table, item_id)
    agenda.table.setFocus()
    qtbot.waitUntil(agenda.table.hasFocus)
    assert page.can_edit() and page.can_delete()
    monkeypatch.setattr(agenda, "item_dialog", lambda item_id=None, position=None: accepting(
        AgendaItemDialog(bench, agenda, meeting_id=meeting_id, item_id=item_id, position=position),
        lambda d: (d.ui.title.setText("Grantiau bach"), d.ui.presenter.setEditText("Cyngor Môn"))))
    page.edit_current()
    assert shown_titles(agenda.table)[4] == "Grantiau bach"
    assert cell(agenda.table, 4, 2) == "Cyngor Môn"
    page.delete_current()
    assert "Grantiau bach" not in shown_titles(agenda.table)
    assert len(shown_titles(agenda.table)) == len(STANDING_TITLES)
    bench.undo_stack.undo()
    assert shown_titles(agenda.table)[4] == "Grantiau bach"


def test_a_new_item_goes_before_any_other_business_when_none_is_chosen(page, bench, qtbot):
    meeting_id = new_meeting(bench)
    page.show_record(meeting_id)
    agenda = page.view.agenda
    assert agenda.current_id() is None
    assert agenda.papers.label.text() == "Choose an item to see its description and papers."
    assert not agenda.papers.attach_button.isEnabled() and not agenda.up_button.isEnabled()
    dialog = agenda.item_dialog()
    dialog.ui.title.setText("Cyllideb 2027")
    dialog.ui.presenter.setEditText("Swyddog cyllid y Cyngor")
    dialog.accept()
    assert shown_titles(agenda.table)[-3:] == ["Cyllideb 2027", "Any other business", "Date of the next meeting"]
    added = next(r for r in agenda.model.rows() if r.title == "Cyllideb 2027")
    assert (added.presenter_text, added.presenter_id) == ("Swyddog cyllid y Cyngor", None)


def test_agenda_item_refusal_shows_at_the_field(page, bench):
    meeting_id = new_meeting(bench)
    dialog = AgendaItemDialog(bench, page, meeting_id=meeting_id)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "the item's title" in dialog.error_text
    assert dialog.ui.title.styleSheet() == invalid_style()
    assert len(bench.read(meetings.agenda_rows, meeting_id)) == len(STANDING_TITLES)


def test_standing_item_is_marked_in_the_edit_dialog(page, bench):
    meeting_id = new_meeting(bench)
    first = bench.read(meetings.agenda_rows, meeting_id)[0]
    dialog = AgendaItemDialog(bench, page, meeting_id=meeting_id, item_id=first.item_id)
    assert dialog.ui.title.text() == "Welcome and apologies"
    assert "A standing item" in dialog.ui.origin.text()
    assert "Item 1 on the agenda of the Liaison meeting, Tuesday 19 January 2027" in dialog.ui.origin.text()


def test_attach_save_and_remove_a_paper(page, bench, qtbot, monkeypatch, tmp_path):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    agenda = page.view.agenda
    # An item with no papers yet (the demo attaches its papers to items 7 and 8).
    select_key(agenda.table, next(r.item_id for r in agenda.model.rows() if r.title == "Matters arising"))
    content = b"%PDF-1.7\n" + bytes(range(256)) * 40
    source = tmp_path / "Adroddiad blynyddol Ynys Môn.pdf"
    source.write_bytes(content)
    monkeypatch.setattr(agenda.papers, "choose_paper_file", lambda: str(source))
    qtbot.mouseClick(agenda.papers.attach_button, Qt.MouseButton.LeftButton)
    assert agenda.papers.proxy.rowCount() == 1
    assert cell(agenda.papers.table, 0, 0) == "Adroddiad blynyddol Ynys Môn.pdf"
    assert cell(agenda.papers.table, 0, 1) == "10 KB"
    assert cell(agenda.papers.table, 0, 2) == "24 November 2026"
    assert cell(agenda.table, agenda.current_row().position, 4) == "1"

    out = tmp_path / "allan" / "copy.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(agenda.papers, "choose_save_path", lambda filename: str(out))
    qtbot.mouseClick(agenda.papers.save_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == content
    assert [p.name for p in out.parent.iterdir()] == ["copy.pdf"]  # no temporary file left behind

    # Another item shows only its own papers.
    select_key(agenda.table, agenda.model.rows()[0].item_id)
    assert agenda.papers.proxy.rowCount() == 0 and agenda.papers.empty.showing_empty
    select_key(agenda.table, next(r.item_id for r in agenda.model.rows() if r.paper_count))
    select_key(agenda.papers.table, agenda.papers.model.rows()[0].paper_id)
    qtbot.mouseClick(agenda.papers.remove_button, Qt.MouseButton.LeftButton)
    assert agenda.papers.proxy.rowCount() == 0
    bench.undo_stack.undo()
    assert agenda.papers.proxy.rowCount() == 1
    assert bench.read(meetings.paper_content, agenda.papers.model.rows()[0].paper_id) == content
    bench.undo_stack.undo()  # the attaching
    assert agenda.papers.proxy.rowCount() == 0
    bench.undo_stack.redo()
    assert agenda.papers.proxy.rowCount() == 1
    # Delete with the focus on the paper removes the paper, not its item nor the meeting.
    items_before = len(agenda.model.rows())
    page.activateWindow()
    select_key(agenda.papers.table, agenda.papers.model.rows()[0].paper_id)
    agenda.papers.table.setFocus()
    qtbot.waitUntil(agenda.papers.table.hasFocus)
    page.delete_current()
    assert agenda.papers.proxy.rowCount() == 0 and len(agenda.model.rows()) == items_before
    assert page.current_id() == meeting.meeting_id


def test_a_paper_over_the_limit_is_refused_before_it_is_read(page, bench, monkeypatch, tmp_path, warnings):
    page.show_record(next_liaison(bench).meeting_id)
    agenda = page.view.agenda
    select_key(agenda.table, agenda.model.rows()[6].item_id)
    big = tmp_path / "huge.pdf"
    with open(big, "wb") as handle:
        handle.truncate(meetings.PAPER_LIMIT + 1)
    monkeypatch.setattr(agenda.papers, "choose_paper_file", lambda: str(big))
    agenda.papers.attach_paper()
    assert "huge.pdf is 50 MB; a paper can be at most 50 MB" in warnings[-1]
    assert "huge.pdf" not in [row.filename for row in bench.read(meetings.paper_rows, agenda.meeting.meeting_id)]


# --- attendance ------------------------------------------------------------------


def test_record_attendance_from_the_seats_with_undo(page, bench, qtbot, monkeypatch):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    tab = page.view.attendance
    roster = tab.model.rows()
    assert roster and all(r.status is None and r.seat for r in roster)
    assert tab.summary.text() == f"0 present, 0 sent apologies, 0 absent; {len(roster)} not recorded yet"
    first, second = roster[:2]
    assert tab.current_id() == first.person_id

    qtbot.mouseClick(tab.choices[Attendance.PRESENT], Qt.MouseButton.LeftButton)
    assert tab.current_id() == second.person_id  # on to the next name
    qtbot.mouseClick(tab.choices[Attendance.APOLOGIES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.choices[Attendance.ABSENT], Qt.MouseButton.LeftButton)
    assert tab.summary.text() == f"1 present, 1 sent apologies, 1 absent; {len(roster) - 3} not recorded yet"
    assert [cell(tab.table, n, 3) for n in range(3)] == ["Present", "Apologies", "Absent"]

    # Someone with no seat stands in for the member who sent apologies.
    people = bench.read(meetings.people_choices)
    rhys = next(p for p in people if p.name == "PCSO Rhys Bowen")
    monkeypatch.setattr(tab, "ask_person", lambda: rhys.person_id)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.current_id() == rhys.person_id
    assert cell(tab.table, tab.proxy.index_of(rhys.person_id).row(), 2) == "Not on a seat"
    monkeypatch.setattr(tab, "ask_substitute_for", lambda row: second.person_id)
    qtbot.mouseClick(tab.choices[Attendance.SUBSTITUTE], Qt.MouseButton.LeftButton)
    assert cell(tab.table, tab.proxy.index_of(rhys.person_id).row(), 3) == f"Substitute for {second.name}"
    assert tab.summary.text() == \
        f"1 present, 1 sent apologies, 1 absent, 1 substitute; {len(roster) - 3} not recorded yet"
    stored = {r.person_id: (r.status, r.substitute_for_id)
              for r in bench.read(meetings.attendance_roster, meeting.meeting_id)}
    assert stored[rhys.person_id] == (Attendance.SUBSTITUTE, second.person_id)

    bench.undo_stack.undo()  # the substitute
    assert cell(tab.table, tab.proxy.index_of(rhys.person_id).row(), 3) == "Present"
    bench.undo_stack.undo()  # adding Rhys
    assert not tab.proxy.index_of(rhys.person_id).isValid()
    bench.undo_stack.undo()  # absent
    assert cell(tab.table, 2, 3) == "Not recorded"
    bench.undo_stack.redo()
    assert cell(tab.table, 2, 3) == "Absent"

    # "Not recorded" takes a record off again.
    select_key(tab.table, first.person_id)
    qtbot.mouseClick(tab.choices[None], Qt.MouseButton.LeftButton)
    assert cell(tab.table, 0, 3) == "Not recorded"
    assert not tab.choices[None].isEnabled() or tab.current_id() != first.person_id
    bench.undo_stack.undo()
    assert cell(tab.table, 0, 3) == "Present"


def test_substitute_asks_who_they_stand_in_for_and_can_be_cancelled(page, bench, monkeypatch):
    page.show_record(next_liaison(bench).meeting_id)
    tab = page.view.attendance
    monkeypatch.setattr(tab, "ask_substitute_for", lambda row: None)
    tab.choose(Attendance.SUBSTITUTE)
    assert all(r.status is None for r in bench.read(meetings.attendance_roster, tab.meeting.meeting_id))


def test_attendance_of_a_meeting_before_any_seat_was_filled(page, bench):
    meeting_id = new_meeting(bench, dt.datetime(1999, 5, 4, 10))
    page.show_record(meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    tab = page.view.attendance
    assert tab.empty.showing_empty
    assert "Fill the seats in People &amp; seats first" in tab.empty.label.text()
    assert tab.add_button.isEnabled()


def test_past_meeting_attendance_shows_the_record(page, bench):
    page.show_record(last_liaison(bench).meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    tab = page.view.attendance
    summary = meetings.attendance_summary(tab.model.rows())
    assert tab.summary.text() == summary and "not recorded" not in summary
    substitute = next(r for r in tab.model.rows() if r.status is Attendance.SUBSTITUTE)
    assert cell(tab.table, tab.proxy.index_of(substitute.person_id).row(), 3) == \
        f"Substitute for {substitute.substitute_for}"


# --- minutes -----------------------------------------------------------------------


def test_minutes_are_saved_when_leaving_the_item_and_the_meeting(page, bench, qtbot):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    items = tab.model.rows()
    assert tab.item_id == items[0].item_id and tab.heading.text() == "Item 1: Welcome and apologies"
    type_into(qtbot, tab.minutes, "Croesawodd y cadeirydd bawb. Ymddiheuriadau: Łucja.")
    qtbot.keyClicks(tab.decisions, "Dim")
    assert tab.unsaved() and tab.save_button.isEnabled()

    select_key(tab.table, items[1].item_id)  # another item: the first is saved
    stored = {r.item_id: (r.minutes, r.decisions) for r in bench.read(meetings.agenda_rows, meeting.meeting_id)}
    assert stored[items[0].item_id] == ("Croesawodd y cadeirydd bawb. Ymddiheuriadau: Łucja.", "Dim")
    assert tab.heading.text() == "Item 2: Declarations of interest" and tab.minutes.toPlainText() == ""
    # The page refreshes once the selection change is over (not in the middle of it).
    qtbot.waitUntil(lambda: cell(tab.table, 0, 2) == "Yes")
    assert cell(tab.table, 1, 2) == "Not yet" and tab.current_id() == items[1].item_id

    qtbot.keyClicks(tab.minutes, "None declared.")
    page.show_record(last_liaison(bench).meeting_id)  # another meeting: saved too
    stored = {r.item_id: r.minutes for r in bench.read(meetings.agenda_rows, meeting.meeting_id)}
    assert stored[items[1].item_id] == "None declared."
    assert tab.minutes.toPlainText().startswith("The chair welcomed members")

    page.show_record(meeting.meeting_id)
    select_key(tab.table, items[1].item_id)
    assert tab.minutes.toPlainText() == "None declared."
    bench.undo_stack.undo()
    assert tab.minutes.toPlainText() == "" and not tab.unsaved()
    bench.undo_stack.redo()
    assert tab.minutes.toPlainText() == "None declared."
    select_key(tab.table, items[0].item_id)
    bench.undo_stack.undo()
    bench.undo_stack.undo()
    assert tab.minutes.toPlainText() == "" and tab.decisions.toPlainText() == ""


def test_save_button_and_a_refresh_keep_typed_text(page, bench, qtbot):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    qtbot.keyClicks(tab.minutes, "Hanner ffordd")
    # Another change in the store (undo, another page's edit) refreshes the page: the words stay.
    bench.perform("Record attendance", meetings.record_attendance, meeting.meeting_id,
                  bench.read(meetings.attendance_roster, meeting.meeting_id)[0].person_id, "present")
    assert tab.minutes.toPlainText() == "Hanner ffordd" and tab.unsaved()
    assert tab.saved_label.text() == "Not saved yet"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.unsaved() and not tab.save_button.isEnabled()
    assert bench.read(meetings.agenda_rows, meeting.meeting_id)[0].minutes == "Hanner ffordd"
    assert bench.undo_stack.undoText() == "Write the minutes of “Welcome and apologies”"
    # Leaving the tab saves as well.
    qtbot.keyClicks(tab.minutes, ", a mwy")
    page.view.tabs.setCurrentWidget(page.view.agenda)
    assert bench.read(meetings.agenda_rows, meeting.meeting_id)[0].minutes == "Hanner ffordd, a mwy"


def test_minutes_too_long_are_refused_and_kept_on_screen(page, bench, qtbot, warnings):
    page.show_record(next_liaison(bench).meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    first = tab.item_id
    tab.minutes.setPlainText("x" * 200_001)
    select_key(tab.table, tab.model.rows()[1].item_id)
    assert "there is room for 200,000 at most" in warnings[-1]
    qtbot.waitUntil(lambda: tab.current_id() == first)
    assert tab.item_id == first and len(tab.minutes.toPlainText()) == 200_001
    tab.minutes.setPlainText("Byr")
    select_key(tab.table, tab.model.rows()[1].item_id)
    assert tab.item_id == tab.model.rows()[1].item_id


def test_record_an_action_and_feedback_from_a_minute(page, bench, qtbot, monkeypatch):
    from compactdesk.gui.dialogs.feedback import FeedbackDialog
    from compactdesk.gui.dialogs.target import TargetDialog

    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    item = next(r for r in tab.model.rows() if r.title == "Refreshing the compact: draft for consultation")
    select_key(tab.table, item.item_id)
    assert tab.raised.empty.showing_empty and "Nothing recorded from this item yet" in tab.raised.empty.label.text()
    qtbot.keyClicks(tab.minutes, "Rhodri Owen presented the draft.")
    made = {}

    def target_dialog(meeting_id, item_id):
        made["target"] = (meeting_id, item_id)
        return accepting(TargetDialog(bench, page, meeting_id=meeting_id, item_id=item_id),
                         lambda d: qtbot.keyClicks(d.ui.title, "Consultation on the refreshed compact"))

    def feedback_dialog(meeting_id, item_id):
        made["feedback"] = (meeting_id, item_id)

        def fill(dialog):
            qtbot.keyClicks(dialog.ui.issue, "Pwy fydd yn llofnodi? Who signs for the health board")
            dialog.ui.officer.setCurrentIndex(1)
        return accepting(FeedbackDialog(bench, page, meeting_id=meeting_id, item_id=item_id), fill)

    monkeypatch.setattr(page, "_target_dialog", target_dialog)
    monkeypatch.setattr(page, "_feedback_dialog", feedback_dialog)
    qtbot.mouseClick(tab.action_button, Qt.MouseButton.LeftButton)
    # The minute typed so far was saved first.
    assert bench.read(meetings.agenda_rows, meeting.meeting_id)[item.position].minutes == \
        "Rhodri Owen presented the draft."
    qtbot.mouseClick(tab.feedback_button, Qt.MouseButton.LeftButton)
    assert made == {"target": (meeting.meeting_id, item.item_id), "feedback": (meeting.meeting_id, item.item_id)}
    raised = tab.raised.rows()
    assert [(r.area, r.what) for r in raised] == [
        ("actions", "Consultation on the refreshed compact"),
        ("feedback", "Pwy fydd yn llofnodi? Who signs for the health board")]
    assert cell(tab.raised.table, 0, 0) == "Action" and cell(tab.raised.table, 1, 0) == "Feedback owed"

    # The next meeting's matters arising lists both; a double-click opens each in its area.
    later = new_meeting(bench, dt.datetime(2027, 3, 16, 10))
    page.show_record(later)
    page.view.tabs.setCurrentWidget(page.view.arising)
    records = page.view.arising.records
    arising = {(r.area, r.record_id) for r in records.rows()}
    assert {(r.area, r.record_id) for r in raised} <= arising
    row = next(n for n, r in enumerate(records.rows()) if r.record_id == raised[1].record_id and
               r.area == "feedback")
    index = records.proxy.mapFromSource(records.model.index(row, 1))
    records.table.scrollTo(index)
    where = records.table.visualRect(index).center()
    qtbot.mouseClick(records.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click starts so
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.mouseDClick(records.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=records.table.visualRect(index).center())
    assert opened.args == ["feedback", raised[1].record_id]
    with qtbot.waitSignal(page.open_record) as opened:
        records.table.setCurrentIndex(records.proxy.mapFromSource(records.model.index(
            next(n for n, r in enumerate(records.rows()) if r.record_id == raised[0].record_id and
                 r.area == "actions"), 1)))
        qtbot.keyClick(records.table, Qt.Key.Key_Return)
    assert opened.args == ["actions", raised[0].record_id]

    # Undo takes them back one at a time (the meeting just added first).
    bench.undo_stack.undo()
    bench.undo_stack.undo()
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    select_key(tab.table, item.item_id)
    assert [r.area for r in tab.raised.rows()] == ["actions"]
    bench.undo_stack.undo()
    assert tab.raised.rows() == []
    bench.undo_stack.redo()
    assert [r.area for r in tab.raised.rows()] == ["actions"]


def test_matters_arising_of_the_next_meeting(page, bench):
    page.show_record(next_liaison(bench).meeting_id)
    page.view.tabs.setCurrentWidget(page.view.arising)
    tab = page.view.arising
    shown = tab.records.rows()
    assert shown == bench.read(meetings.matters_arising_rows, next_liaison(bench).meeting_id)
    assert {r.area for r in shown} == {"actions", "feedback"}
    assert "as they stand on Tuesday 15 December 2026" in tab.intro.text()
    late = next(n for n, r in enumerate(shown) if r.late)
    assert tab.records.model.index(late, 5).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_the_first_meeting_has_nothing_arising(page, bench):
    first = rows(bench)[0]
    page.show_record(first.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.arising)
    assert page.view.arising.records.empty.showing_empty
    assert "Nothing arising" in page.view.arising.records.empty.label.text()


def test_long_and_welsh_text_render_without_breaking(page, bench, tmp_path):
    meeting_id = new_meeting(bench, venue="Canolfan Gymunedol Llanfair-yng-Nghornwy a Llanddeusant, " * 4,
                             notes="Ŵ ŷ ł 🎉 " * 40)
    bench.perform("Add", meetings.add_item, meeting_id, "Adroddiad hir iawn ar wasanaethau Cymraeg ŵ ŷ " * 5,
                  presenter="Łucja Kowalczyk, Centrum Polskie Dyfnant – Polish Welcome Centre")
    page.show_record(meeting_id)
    for number in range(page.view.tabs.count()):
        page.view.tabs.setCurrentIndex(number)
        assert not page.grab().isNull()
    assert page.view.details.wordWrap()
    assert page.width() <= 1100


def test_roll_call_from_the_keyboard(page, bench, qtbot):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    tab = page.view.attendance
    page.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_X, Qt.Key.Key_P):
        qtbot.keyClick(tab.table, key)
    assert [cell(tab.table, n, 3) for n in range(5)] == ["Present", "Apologies", "Absent", "Present", "Not recorded"]
    assert tab.current_id() == tab.model.rows()[4].person_id
    # Delete (the window's Delete action) takes the selected person's record off again.
    select_key(tab.table, tab.model.rows()[1].person_id)
    tab.table.setFocus()
    assert page.can_delete()
    page.delete_current()
    assert cell(tab.table, 1, 3) == "Not recorded"
    assert meeting.meeting_id in [r.meeting_id for r in rows(bench)]  # not the meeting!
    bench.undo_stack.undo()
    assert cell(tab.table, 1, 3) == "Apologies"


def test_typed_minutes_go_to_their_own_store_when_another_is_opened(page, bench, qtbot, tmp_path):
    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    qtbot.keyClicks(tab.minutes, "Typed before opening another store")
    old = bench.store
    other = create_store(tmp_path / "other.cdstore")
    other.run(meetings.create_meeting, "liaison", dt.datetime(2027, 1, 19, 10))
    bench.replace_store(other)  # what File > Open does; the window closes the old store after
    try:
        assert old.run(meetings.agenda_rows, meeting.meeting_id)[0].minutes == "Typed before opening another store"
        assert all(not r.minutes for m in other.run(meetings.meeting_rows, bench.today())
                   for r in other.run(meetings.agenda_rows, m.meeting_id))
        assert not tab.unsaved() and tab.minutes.toPlainText() == ""
        assert page.view.heading.text() == "Liaison meeting — Tuesday 19 January 2027, 10:00"
    finally:
        old.close()


# --- reading only what is shown -------------------------------------------------------------


def test_only_the_tab_in_view_reads_the_store(page, bench, monkeypatch):
    meeting = last_liaison(bench)
    read = []
    reading = bench.read
    monkeypatch.setattr(bench, "read", lambda service, *args, **kwargs: (read.append(service.__name__),
                                                                        reading(service, *args, **kwargs))[1])
    page.show_record(meeting.meeting_id)
    assert set(read) == {"agenda_rows", "paper_rows"}
    for tab, services in ((page.view.attendance, {"attendance_roster"}),
                          (page.view.arising, {"matters_arising_rows"}),
                          (page.view.minutes, {"agenda_rows", "raised_from_item"})):
        read.clear()
        page.view.tabs.setCurrentWidget(tab)
        assert set(read) == services
    # Back to a tab already read for this meeting: nothing changed, nothing read.
    read.clear()
    page.view.tabs.setCurrentWidget(page.view.attendance)
    assert read == []
    # An edit reloads the list and the tab in view; the others read theirs when next shown.
    bench.perform("Record attendance", meetings.record_attendance, meeting.meeting_id,
                  page.view.attendance.model.rows()[0].person_id, "absent")
    assert set(read) == {"meeting_rows", "attendance_roster"}
    read.clear()
    page.view.tabs.setCurrentWidget(page.view.arising)
    assert set(read) == {"matters_arising_rows"}


def test_a_refresh_keeps_the_item_chosen_on_each_tab(page, bench):
    meeting = last_liaison(bench)
    page.show_record(meeting.meeting_id)
    agenda = page.view.agenda
    item = agenda.model.rows()[4].item_id
    select_key(agenda.table, item)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    person = page.view.attendance.model.rows()[2].person_id
    select_key(page.view.attendance.table, person)
    bench.perform("Record attendance", meetings.record_attendance, meeting.meeting_id, person, "absent")
    assert page.current_id() == meeting.meeting_id and page.view.attendance.current_id() == person
    page.view.tabs.setCurrentWidget(agenda)
    assert agenda.current_id() == item


def test_a_refresh_keeps_the_matter_arising_chosen_and_the_place(page, bench, today):
    from compactdesk.domain.enums import AnswerHow
    from compactdesk.services import feedback

    meeting = next_liaison(bench)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.arising)
    records = page.view.arising.records
    page.resize(1100, 500)  # short, so the list scrolls
    chosen = records.model.rows()[-3]
    select_key(records.table, records.model.key(chosen))
    bar = records.table.verticalScrollBar()
    assert bar.maximum() > 4
    bar.setValue(bar.maximum() - 2)
    scrolled = bar.value()
    # Another item answered (say, on the Feedback page): the list reloads, one fewer above.
    first = next(row for row in records.model.rows() if row.area == "feedback")
    bench.perform("Answer", feedback.mark_answered, first.record_id, today, AnswerHow.IN_WRITING)
    assert records.model.row_for(records.model.key(first)) is None
    assert selected_key(records.table) == records.model.key(chosen)
    assert bar.value() == scrolled
    # Another meeting's list starts at its top, nothing chosen.
    page.show_record(last_liaison(bench).meeting_id)
    assert records.table.verticalScrollBar().value() == 0 and selected_key(records.table) is None


def test_a_refresh_keeps_the_list_where_it_was(page, bench):
    page.resize(1100, 500)
    page.show_record(rows(bench)[0].meeting_id)  # the oldest: at the bottom of the list
    bar = page.table.verticalScrollBar()
    bar.setValue(max(1, bar.maximum() - 1))
    scrolled = bar.value()
    assert scrolled > 0
    bench.perform("Venue", meetings.update_meeting, rows(bench)[0].meeting_id, kind="liaison",
                  starts_at=rows(bench)[0].starts_at, venue="Neuadd y Dref")
    assert page.current_row().venue == "Neuadd y Dref" and bar.value() == scrolled
