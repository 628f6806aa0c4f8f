"""Issue 18, no dead ends: on a new group's file every page and tab says what it will hold and what to do next,
and the dashboard's start buttons do the thing rather than only turn to a page."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from compactdesk.domain.enums import Sector
from compactdesk.gui.dialogs.meeting import MeetingDialog
from compactdesk.gui.dialogs.people import SeatDialog
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.widgets import EmptyState
from compactdesk.services import compact, meetings, seats
from compactdesk.store import create_store
from gui_walk import describe, page_states, settle

# The words each page or tab shows on a new group's file: what it will hold, and the next step.
NEXT_STEPS = {
    "meetings": "No meetings yet",
    "actions": "No targets yet",
    "feedback": "No feedback is owed",
    "people ▸ Seats": "import them from a spreadsheet (File ▸ Import)",
    "people ▸ People": "No people yet",
    "people ▸ Organisations": "No organisations yet",
    "standards ▸ Consultations": "No consultations recorded yet",
    "standards ▸ Funding notices": "No funding notices recorded yet",
    "disputes": "No disputes recorded",
    "signup ▸ Sign-up register": "No sign-ups yet",
    "signup ▸ Champions": "No departments yet",
    "monitoring ▸ Relationship": "No relationship ratings yet",
}


def plain(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def make_window(tmp_path, today, qtbot, settings, *, named: bool) -> MainWindow:
    store = create_store(tmp_path / "group.cdstore")
    if named:
        store.run(compact.set_up_compact, "Dyfnant Compact", "Dyfnant", today=today)
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1024, 768)
    main.show()
    return main


@pytest.fixture(params=["empty", "named"])
def new_window(request, tmp_path, today, qtbot, settings):
    """A new group's file with nothing in it, or with only its compact named."""
    main = make_window(tmp_path, today, qtbot, settings, named=request.param == "named")
    yield main
    main.store.close()


@pytest.fixture
def empty_window(tmp_path, today, qtbot, settings):
    main = make_window(tmp_path, today, qtbot, settings, named=False)
    yield main
    main.store.close()


def visible_words(page) -> str:
    return " ".join(plain(label.text()) for label in page.findChildren(QLabel) if label.isVisible())


def test_no_page_shows_a_blank_list_and_each_says_what_to_do_next(new_window):
    blank, missing, walked = [], [], set()
    for label, page in page_states(new_window):
        walked.add(label)
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() == 0:
                blank.append(f"{label}: {describe(view)} is a blank list")
        for state in page.findChildren(EmptyState):
            if state.isVisible() and state.showing_empty and not plain(state.label.text()).strip():
                blank.append(f"{label}: an empty list with no words in its place")
        wanted = NEXT_STEPS.get(label)
        if wanted is not None and wanted not in visible_words(page):
            missing.append(f"{label}: no “{wanted}”")
    assert blank == []
    assert missing == []
    assert set(NEXT_STEPS) <= walked


def test_each_empty_list_offers_its_next_step_as_a_button_that_opens_a_form(new_window, monkeypatch):
    """Where the words name a step, a button beside them takes it (a form opens; cancelled here)."""
    opened = []
    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    for label, page in page_states(new_window):
        if label not in NEXT_STEPS:
            continue
        states = [state for state in page.findChildren(EmptyState) if state.isVisible() and state.showing_empty]
        buttons = [state.button for state in states if state.button.isVisible()]
        assert buttons, f"{label}: no button for the next step"
        before = len(opened)
        buttons[0].click()
        settle()
        assert len(opened) == before + 1, f"{label}: “{buttons[0].text()}” opened no form"


def test_the_empty_seats_list_says_what_it_holds_and_adds_a_seat(empty_window, monkeypatch):
    page = empty_window.show_area("people")
    page.tabs.setCurrentIndex(0)
    settle()
    state = page.seats_tab.empty
    assert state.showing_empty
    assert plain(state.label.text()) == ("No seats yet\nAdd the group's seats and who holds them (Ctrl+N for each "
                                         "place at the table, public bodies and voluntary sector alike), or import "
                                         "them from a spreadsheet (File ▸ Import).")
    assert state.button.text() == "Add a &seat…"

    def fill(dialog):
        assert isinstance(dialog, SeatDialog)
        dialog.ui.title.setText("Health board")
        dialog.ui.sector.setCurrentIndex(dialog.ui.sector.findData(Sector.HEALTH.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(page, "run_dialog", fill)
    state.button.click()
    assert not state.showing_empty
    assert page.seats_tab.current_row().title == "Health board"


# -- the dashboard's start buttons --------------------------------------------------------------------


def start_button(window, name: str) -> QPushButton:
    dashboard = window.show_area("dashboard")
    settle()
    assert dashboard.showing_empty_state
    button = dashboard.findChild(QPushButton, name)
    assert button.isVisible()
    return button


def test_set_up_the_group_opens_the_set_up_assistant(empty_window, qtbot):
    button = start_button(empty_window, "setUpGroup")
    assert button.text() == "Set &up the group…"
    with qtbot.waitSignal(empty_window.first_run.setup_action.triggered, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = empty_window.first_run.wizard
    assert wizard is not None and wizard.isVisible()  # the assistant itself, not only a turn to another page
    wizard.reject()


def test_add_a_seat_opens_the_seat_form_and_then_shows_the_seat(empty_window, monkeypatch, today):
    button = start_button(empty_window, "addSeat")
    dashboard = empty_window.current_page()

    def fill(dialog):
        assert isinstance(dialog, SeatDialog)
        dialog.ui.title.setText("Cabinet member for communities")
        dialog.ui.sector.setCurrentIndex(dialog.ui.sector.findData(Sector.COUNCIL.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dashboard, "run_dialog", fill)
    button.click()
    settle()
    assert [view.title for view in empty_window.bench.read(seats.seat_overview, today)] == \
        ["Cabinet member for communities"]
    people = empty_window.current_page()
    assert people.area == "people" and people.current_tab() is people.seats_tab
    assert people.seats_tab.current_row().title == "Cabinet member for communities"


def test_plan_a_meeting_opens_the_meeting_form_and_then_shows_the_meeting(empty_window, monkeypatch, today):
    button = start_button(empty_window, "planMeeting")
    dashboard = empty_window.current_page()
    seen = []

    def fill(dialog):
        seen.append(type(dialog))
        dialog.accept()  # the form's own first suggestion: the next usual meeting day
        return dialog.result()

    monkeypatch.setattr(dashboard, "run_dialog", fill)
    button.click()
    settle()
    assert seen == [MeetingDialog]
    made = empty_window.bench.read(meetings.meeting_rows, today)
    assert len(made) == 1
    assert empty_window.current_page().area == "meetings"


def test_cancelling_a_start_form_stays_on_the_dashboard(empty_window, monkeypatch):
    button = start_button(empty_window, "addSeat")
    dashboard = empty_window.current_page()
    monkeypatch.setattr(dashboard, "run_dialog", lambda dialog: False)
    button.click()
    assert empty_window.current_page() is dashboard and dashboard.showing_empty_state


def test_the_dashboard_of_a_group_with_records_has_no_start_buttons(window):
    dashboard = window.show_area("dashboard")
    settle()
    assert not dashboard.showing_empty_state
    assert all(not button.isVisible() for name in ("setUpGroup", "addSeat", "planMeeting")
               for button in dashboard.findChildren(QPushButton, name))


def test_a_named_group_with_no_meeting_plans_one_from_the_meeting_card(tmp_path, today, qtbot, settings, monkeypatch):
    main = make_window(tmp_path, today, qtbot, settings, named=True)
    try:
        dashboard = main.show_area("dashboard")
        settle()
        assert not dashboard.showing_empty_state
        assert dashboard.open_meeting_button.text() == "Plan a &meeting…"
        seen = []

        def fill(dialog):
            seen.append(type(dialog))
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(dashboard, "run_dialog", fill)
        dashboard.open_meeting_button.click()
        settle()
        assert seen == [MeetingDialog]
        assert len(main.bench.read(meetings.meeting_rows, today)) == 1
        assert main.current_page().area == "meetings"
    finally:
        main.store.close()
