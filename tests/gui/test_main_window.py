"""The main window, driven as a user meets it."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from compactdesk.domain.enums import MeetingStatus
from compactdesk.gui import app as gui_app
from compactdesk.gui import settings as keys
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.settings import Settings
from compactdesk.services import meetings
from compactdesk.services.attention import attention
from compactdesk.store import create_store, open_store


@pytest.fixture
def window(demo_path, today, qtbot, settings):
    store = open_store(demo_path)
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    yield main
    main.store.close()


def _children(model, row):
    parent = model.index(row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_window_on_the_demo_store_lists_what_needs_attention(today, qtbot, demo_path, tmp_path, settings):
    with open_store(demo_path) as store:
        window = MainWindow(store, today=lambda: today, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)

        dashboard = window.dashboard
        assert not dashboard.showing_empty_state
        assert window.windowTitle() == "Dyfnant Compact — CompactDesk"
        assert dashboard.subheading.text() == "What needs your attention on Tuesday 24 November 2026"
        model = dashboard.model
        sections = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert sections == ["Feedback overdue, oldest first (9)", "Action plan: overdue or due soon (11)",
                            "Seats vacant or ending soon (2)",
                            # A short notice withdrawn (the demo's community transport) is no longer to take up.
                            "The compact's standards: reviews, consultations, funding notices, disputes (7)",
                            "Posts, budgets and funding agreements ending soon (2)"]
        feedback_lines = _children(model, 0)
        assert feedback_lines[0] == "Owain Price (Finance): Whether unfunded groups can apply for small grants"
        assert "Llŷr Evans (Highways): Gritting of rural routes used by community transport" in feedback_lines
        first = model.index(0, 0, model.index(0, 0))
        assert model.index(0, 1, model.index(0, 0)).data() == "14 January 2025"
        assert model.index(0, 2, model.index(0, 0)).data() == "679 days overdue"
        assert "asked 17 December 2024" in first.data(0x03)  # tooltip carries the dates behind it
        assert "has not been issued yet" in dashboard.meeting_card.text()
        assert "Tuesday 15 December 2026" in dashboard.meeting_card.text()

        shot = tmp_path / "dashboard.png"
        assert window.grab().save(str(shot))
        assert shot.stat().st_size > 10_000


def test_an_empty_store_says_what_to_do_first(today, qtbot, tmp_path):
    with create_store(tmp_path / "new.cdstore") as store:
        window = MainWindow(store, today=lambda: today, settings=Settings())
        qtbot.addWidget(window)
        assert window.dashboard.showing_empty_state
        assert "Start with the compact" in window.dashboard.empty.text()


def test_refresh_shows_a_change_made_elsewhere(today, qtbot, demo_path):
    from compactdesk.domain.enums import AnswerHow
    from compactdesk.services import feedback

    with open_store(demo_path) as store:
        window = MainWindow(store, today=lambda: today, settings=Settings())
        qtbot.addWidget(window)
        oldest = store.run(feedback.feedback_rows, today)
        overdue = [row for row in oldest if row.state.value == "overdue"][0]
        store.run(feedback.mark_answered, overdue.feedback_id, today, AnswerHow.IN_WRITING, "Letter received")
        window.refresh_action.trigger()
        assert window.dashboard.model.index(0, 0).data() == "Feedback overdue, oldest first (8)"


def _quit_once_open(monkeypatch) -> list:
    """gui_app.run's window is closed as soon as the store is open; returns the stores opened."""
    opened = []
    attach = MainWindow.attach

    def attach_then_quit(window, store):
        attach(window, store)
        opened.append(store.path)
        QTimer.singleShot(0, window.close)  # as a person closes it: the program then ends

    monkeypatch.setattr(MainWindow, "attach", attach_then_quit)
    return opened


def test_starting_on_a_foreign_file_shows_the_reason(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    path = tmp_path / "notes.cdstore"
    path.write_text("not a store")
    assert gui_app.run(path) == 2
    assert shown and "is not a CompactDesk group file" in shown[0]
    assert path.read_text() == "not a store"


def test_first_run_creates_the_users_store(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "data" / "CompactDesk" / "compactdesk.cdstore"
    monkeypatch.setattr(gui_app, "default_store", lambda: target)
    _quit_once_open(monkeypatch)
    assert gui_app.run(None) == 0
    assert target.exists()
    with open_store(target) as store:
        assert store.revision


def test_demo_mode_never_touches_the_users_store(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "mine.cdstore"
    monkeypatch.setattr(gui_app, "default_store", lambda: target)
    seen = _quit_once_open(monkeypatch)
    assert gui_app.run(None, demo=True) == 0
    assert not target.exists()
    assert seen and not seen[0].exists()  # the demo's temporary folder is cleared away


def test_the_sidebar_holds_every_area_and_the_shortcuts_reach_them(window, qtbot):
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == ["Dashboard", "Meetings", "Action plan", "Feedback owed", "People & seats", "Compact",
                      "Codes & standards", "Disputes", "Sign-up & champions", "Monitoring & review"]
    for number, area in enumerate(window.area_names(), start=1):
        window.area_actions[number - 1].trigger()
        assert window.current_page().area == area
        assert window.area_actions[number - 1].shortcut() == QKeySequence(f"Ctrl+{number % 10}")
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.edit_action.shortcut() == QKeySequence("F2")
    assert window.delete_action.shortcut() == QKeySequence("Del")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_the_edit_menu_names_what_it_will_undo(window, today):
    assert not window.undo_action.isEnabled()
    window.show_area("feedback")
    page = window.current_page()
    page.state.setCurrentIndex(page.state.findData("overdue"))
    page.table.selectRow(0)
    issue = page.current_row().issue
    page.delete_current()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == f"&Undo Delete feedback “{issue}”"
    window.undo_action.trigger()
    assert window.redo_action.text() == f"&Redo Delete feedback “{issue}”"
    assert page.proxy.rowCount() > 0


def test_a_dashboard_line_opens_its_record(window, today):
    dashboard = window.dashboard
    feedback_section = dashboard.model.index(0, 0)
    first = dashboard.model.index(0, 0, feedback_section)
    dashboard.tree.activated.emit(first)
    page = window.current_page()
    assert page.area == "feedback"
    assert page.current_row().issue == "Whether unfunded groups can apply for small grants"


def test_issuing_the_agenda_from_the_card_and_taking_it_back(window, today):
    dashboard = window.dashboard
    upcoming = window.bench.read(attention, today).next_meeting
    assert dashboard.issue_button.isVisibleTo(window)
    asked = []
    window.papers.issue_agenda = asked.append  # the dialog it opens: tests/gui/test_issuing.py
    window.dashboard.issue_requested.disconnect()
    window.dashboard.issue_requested.connect(window.papers.issue_agenda)
    dashboard.issue_button.click()
    assert asked == [upcoming.meeting_id]
    window.papers.mark_issued(upcoming.meeting_id)
    assert "The agenda has been issued." in dashboard.meeting_card.text()
    assert not dashboard.issue_button.isVisibleTo(window)
    with window.store.session() as session:
        assert meetings.next_meeting(session, today).status is MeetingStatus.AGENDA_ISSUED
    window.undo_action.trigger()
    assert "has not been issued yet" in dashboard.meeting_card.text()
    assert upcoming.meeting_id == window.bench.read(attention, today).next_meeting.meeting_id


def test_the_window_remembers_its_area_and_size(demo_path, today, qtbot, settings):
    with open_store(demo_path) as store:
        first = MainWindow(store, today=lambda: today, settings=settings)
        qtbot.addWidget(first)
        first.resize(700, 500)  # within the offscreen screen, which restoreGeometry respects
        first.show_area("actions")
        first.close()
    with open_store(demo_path) as store:
        second = MainWindow(store, today=lambda: today, settings=settings)
        qtbot.addWidget(second)
        assert second.current_page().area == "actions"
        assert (second.size().width(), second.size().height()) == (700, 500)
    assert settings.get(keys.LAST_STORE) == str(demo_path)


def test_switching_stores_keeps_the_current_one_when_the_other_fails(window, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr("compactdesk.gui.store_files.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    foreign = tmp_path / "letter.cdstore"
    foreign.write_text("Annwyl gyfaill")
    first = window.store.path
    assert not window.switch_to(foreign)
    assert warnings and "not a CompactDesk group file" in warnings[0]
    assert window.store.path == first

    fresh = tmp_path / "Grŵp newydd.cdstore"
    assert window.switch_to(fresh, new=True)
    assert window.store.path == fresh
    assert window.dashboard.showing_empty_state
    assert not window.undo_action.isEnabled()
    with open_store(first) as again:  # the first store's lock was let go
        assert again.run(attention, window.bench.today()).group_name == "Dyfnant Compact"
    assert window.settings.get(keys.RECENT_STORES)[:2] == [str(fresh), str(first)]


def test_save_a_copy_writes_a_whole_store_elsewhere(window, tmp_path, monkeypatch, today, qtbot):
    target = tmp_path / "usb" / "Copy for the chair.cdstore"
    target.parent.mkdir()
    monkeypatch.setattr("compactdesk.gui.store_files.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    window.copy_action.trigger()  # copied off the GUI thread
    qtbot.waitUntil(lambda: "A copy was saved" in window.statusBar().currentMessage())
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no half-written leftovers
    with open_store(target) as copy:  # (opening it makes the day's backup beside it)
        assert copy.run(attention, today).group_name == "Dyfnant Compact"


def test_a_standards_line_on_the_dashboard_opens_its_record_on_its_tab(window):
    dashboard = window.dashboard
    model = dashboard.model
    opened = {}
    for row in range(model.rowCount(model.index(3, 0))):
        dashboard.tree.activated.emit(model.index(row, 0, model.index(3, 0)))
        page = window.current_page()
        if page.area == "standards":
            tab = page.tabs.tabText(page.tabs.currentIndex()).replace("&", "")
            opened[tab] = page.current_tab().current_id()
        else:
            assert page.area == "disputes"
            assert page.current_row().title == "Youth forum funding ended with one month's notice"
        window.show_area("dashboard")
    assert set(opened) == {"Codes of practice", "Consultations", "Funding notices"}
    assert None not in opened.values()  # each line's own record is selected


def test_the_store_opens_once_behind_the_window_however_often_it_paints(demo_path, today, qtbot, settings,
                                                                      monkeypatch):
    from compactdesk.gui.opening import OpenStoreOp

    shown = []
    monkeypatch.setattr("compactdesk.gui.opening.QMessageBox.critical", lambda *args: shown.append(args[2]))
    window = MainWindow(None, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.open_after_paint(OpenStoreOp(window, demo_path))
    assert not window.centralWidget().isEnabled()
    assert "Opening Dyfnant demo.cdstore" in window.findChild(QLabel, "openingWords").text()
    window.show()
    for _ in range(3):
        window.repaint()  # each paint before the opening starts must not start another
    qtbot.waitUntil(lambda: window.bench.store is not None and not window.opening.running)
    qtbot.wait(200)
    assert shown == [] and window.opening.outcome == "done"
    assert window.centralWidget().isEnabled() and window.current_page().area == "dashboard"
    window.close()
    window.store.close()
