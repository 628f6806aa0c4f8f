"""The search box in the toolbar: Ctrl+K, results as you type grouped by kind, the keyboard, opening a record."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from compactdesk.gui.search import HIT, PER_KIND
from compactdesk.services.search import Kind


@pytest.fixture
def shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return window


def _type(window, qtbot, text: str) -> None:
    everything = window.everything
    everything.start()
    qtbot.keyClicks(everything.box, text)
    assert everything.timer.isActive()  # nothing is searched while the person is still typing
    qtbot.waitUntil(lambda: not everything.timer.isActive() and everything.panel.isVisible(), timeout=3_000)


def _rows(window) -> list[tuple[str, bool]]:
    """(text, is a result) for every row of the results."""
    results = window.everything.panel.list
    return [(results.item(row).text(), results.item(row).data(HIT) is not None) for row in range(results.count())]


def test_ctrl_k_puts_the_cursor_in_the_search_box_from_any_page(shown, qtbot):
    everything = shown.everything
    assert everything.box.placeholderText() == "Search everything (Ctrl+K)"
    assert everything.box.accessibleName() == "Search everything"
    assert everything.box.isVisible() and everything.box.width() >= everything.box.minimumWidth()
    edit_menu = next(action.menu() for action in shown.menuBar().actions() if action.text() == "&Edit")
    actions = edit_menu.actions()
    assert actions[actions.index(shown.find_action) + 1] is everything.action
    for area in ("feedback", "people"):
        page = shown.show_area(area)
        page.setFocus()
        qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert everything.box.hasFocus(), area


def test_typing_food_banks_shows_the_demo_s_meetings_and_feedback_grouped_with_the_match_in_bold(shown, qtbot):
    _type(shown, qtbot, "food banks")
    rows = _rows(shown)
    headings = [text for text, is_hit in rows if not is_hit and not text.startswith("More in")]
    assert headings[:2] == [Kind.MEETINGS.label(), Kind.FEEDBACK.label()]
    meetings = rows[1:rows.index((Kind.FEEDBACK.label(), False))]
    assert meetings and all(is_hit and "food banks" in text.lower() for text, is_hit in meetings)
    assert all("Cost of living: food banks and warm spaces" in text for text, _ in meetings)
    first = shown.everything.panel.list.item(1).data(HIT)
    assert "<b>food</b> <b>banks</b>" in first.snippet_html()
    assert sum(is_hit for _, is_hit in rows) <= PER_KIND * len(headings)
    assert not shown.everything.panel.empty.isVisible()


def test_down_and_enter_open_the_meeting_on_its_page_with_it_selected(shown, qtbot):
    _type(shown, qtbot, "food banks")
    panel = shown.everything.panel
    qtbot.keyClick(shown.everything.box, Qt.Key.Key_Down)
    assert panel.list.hasFocus() and panel.list.currentRow() == 1  # past the heading
    hit = panel.current_hit()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    second = panel.current_hit()
    assert second is not None and second != hit
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    assert panel.current_hit() == hit
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert not panel.isVisible()
    page = shown.current_page()
    assert page.area == "meetings" and page.current_id() == hit.record_id


def test_up_from_the_first_result_goes_back_to_the_box_and_typing_there_goes_on(shown, qtbot):
    _type(shown, qtbot, "transport")
    everything = shown.everything
    qtbot.keyClick(everything.box, Qt.Key.Key_Down)
    qtbot.keyClick(everything.panel.list, Qt.Key.Key_Up)
    assert everything.box.hasFocus()
    qtbot.keyClick(everything.box, Qt.Key.Key_Down)
    qtbot.keyClicks(everything.panel.list, " con")  # typed in the results: it goes to the box
    assert everything.box.hasFocus() and everything.box.text() == "transport con"


def test_feedback_and_a_person_open_where_they_are_shown(shown, qtbot):
    everything = shown.everything
    _type(shown, qtbot, "Llyr")
    people = [everything.panel.list.item(row).data(HIT) for row in everything.panel.hit_rows()]
    person = next(hit for hit in people if hit.kind is Kind.PEOPLE)
    assert person.title.startswith("Llŷr Evans")
    everything.open_hit(person)
    page = shown.current_page()
    assert page.area == "people" and page.current_tab().current_id() == person.record_id

    _type(shown, qtbot, "gritting")
    owed = next(everything.panel.list.item(row).data(HIT) for row in everything.panel.hit_rows()
                if everything.panel.list.item(row).data(HIT).kind is Kind.FEEDBACK)
    everything.open_hit(owed)
    page = shown.current_page()
    assert page.area == "feedback" and page.current_id() == owed.record_id


def test_nothing_found_says_so_and_esc_closes(shown, qtbot):
    everything = shown.everything
    _type(shown, qtbot, "zebra crossing")
    assert everything.panel.empty.isVisible() and not everything.panel.list.isVisible()
    assert everything.panel.empty.text().startswith("Nothing found for “zebra crossing”")
    qtbot.keyClick(everything.box, Qt.Key.Key_Escape)
    assert not everything.panel.isVisible() and everything.box.text() == "zebra crossing"


def test_clicking_elsewhere_closes_the_results_and_an_edit_refreshes_them(shown, qtbot):
    from compactdesk.services import members

    everything = shown.everything
    _type(shown, qtbot, "zebra")
    shown.bench.perform("Add", members.add_organisation, "Zebra Crossing Patrol", "vcs")
    qtbot.waitUntil(lambda: not everything.timer.isActive(), timeout=3_000)
    assert [text for text, is_hit in _rows(shown) if is_hit] == ["Zebra Crossing Patrol"]
    shown.sidebar.setFocus()
    assert not everything.panel.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1000, 680)])
def test_the_results_lie_inside_the_window_and_under_the_box(shown, qtbot, size):
    shown.resize(*size)
    _type(shown, qtbot, "the")
    panel, box = shown.everything.panel, shown.everything.box
    assert shown.rect().contains(panel.geometry())
    assert panel.geometry().top() >= box.mapTo(shown, box.rect().bottomLeft()).y()
    assert shown.rect().contains(box.geometry().translated(box.mapTo(shown, box.rect().topLeft())
                                                           - box.geometry().topLeft()))


def test_the_results_say_how_many_there_are_for_a_screen_reader(shown, qtbot):
    _type(shown, qtbot, "community transport")
    results = shown.everything.panel.list
    count = len(shown.everything.panel.hit_rows())
    assert results.accessibleName() == "Search results"
    assert results.accessibleDescription() == f"Results: {count}, grouped by kind"


def test_a_dialog_opened_over_the_window_closes_the_results(shown, qtbot):
    """The results are part of the window: a form opened over it (Ctrl+N from the box) must not sit on them."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    everything = shown.everything
    _type(shown, qtbot, "community transport")
    dialog = QDialog(shown)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.findChild(QLineEdit).setFocus()
    qtbot.waitUntil(lambda: not everything.panel.isVisible(), timeout=3_000)


def test_enter_in_an_emptied_box_opens_nothing_after_a_result_was_chosen_and_esc_pressed(shown, qtbot):
    """The hidden list keeps the last search's rows: Enter must not open the one chosen before Esc."""
    everything = shown.everything
    shown.show_area("dashboard")
    _type(shown, qtbot, "Llyr")
    qtbot.keyClick(everything.box, Qt.Key.Key_Down)
    assert everything.panel.current_hit() is not None
    qtbot.keyClick(everything.panel.list, Qt.Key.Key_Escape)
    assert not everything.panel.isVisible() and everything.box.hasFocus()
    qtbot.keyClick(everything.box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(everything.box, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not everything.timer.isActive(), timeout=3_000)
    assert everything.box.text() == "" and not everything.panel.isVisible()
    qtbot.keyClick(everything.box, Qt.Key.Key_Return)
    assert shown.current_page().area == "dashboard"
    assert everything.panel.list.currentRow() == -1


def test_enter_after_esc_in_the_box_opens_nothing_and_a_new_search_starts_at_its_first_result(shown, qtbot):
    everything = shown.everything
    shown.show_area("dashboard")
    _type(shown, qtbot, "Llyr")
    qtbot.keyClick(everything.box, Qt.Key.Key_Down)
    qtbot.keyClick(everything.panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(everything.panel.list, Qt.Key.Key_Escape)
    qtbot.keyClick(everything.box, Qt.Key.Key_Return)  # the words are still there, the results are not
    assert shown.current_page().area == "dashboard"
    qtbot.keyClick(everything.box, Qt.Key.Key_End)
    qtbot.keyClick(everything.box, Qt.Key.Key_Backspace)  # "Lly": shown again, nothing chosen yet
    qtbot.waitUntil(lambda: not everything.timer.isActive() and everything.panel.isVisible(), timeout=3_000)
    assert everything.panel.list.currentRow() == -1
    first = everything.panel.list.item(everything.panel.hit_rows()[0]).data(HIT)
    qtbot.keyClick(everything.box, Qt.Key.Key_Return)
    assert shown.current_page().area == first.area.partition("/")[0]


@pytest.mark.parametrize("part", ["people", "organisations", "seats"])
def test_show_record_opens_a_person_an_organisation_or_a_seat_on_its_tab(shown, part):
    from compactdesk.services import members, seats

    rows = {"people": members.person_rows, "organisations": members.organisation_rows}
    if part == "seats":
        record_id = shown.bench.read(seats.seat_overview, shown.bench.today())[-1].seat_id
    else:
        record = shown.bench.read(rows[part])[-1]
        record_id = record.person_id if part == "people" else record.organisation_id
    shown.show_area("dashboard")
    shown.show_record(f"people/{part}", record_id)
    page = shown.current_page()
    tab = {"people": page.people_tab, "organisations": page.organisations_tab, "seats": page.seats_tab}[part]
    assert page.area == "people" and page.current_tab() is tab and tab.current_id() == record_id
