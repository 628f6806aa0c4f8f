"""The first main window, driven as a user meets it."""

import pytest

from compactdesk.gui import app as gui_app
from compactdesk.gui.main_window import MainWindow
from compactdesk.store import create_store, open_store



@pytest.fixture(autouse=True)
def translator():
    gui_app.install_translator()
    yield
    gui_app.i18n.install(None)


def _children(model, row):
    parent = model.index(row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_window_on_the_demo_store_lists_what_needs_attention(today, qtbot, demo_path, tmp_path):
    with open_store(demo_path) as store:
        window = MainWindow(store, today=lambda: today)
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
                            "Seats vacant or ending soon (2)"]
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
        window = MainWindow(store, today=lambda: today)
        qtbot.addWidget(window)
        assert window.dashboard.showing_empty_state
        assert "Start with the compact" in window.dashboard.empty.text()


def test_refresh_shows_a_change_made_elsewhere(today, qtbot, demo_path):
    from compactdesk.domain.enums import AnswerHow
    from compactdesk.services import feedback

    with open_store(demo_path) as store:
        window = MainWindow(store, today=lambda: today)
        qtbot.addWidget(window)
        oldest = store.run(feedback.feedback_rows, today)
        overdue = [row for row in oldest if row.state.value == "overdue"][0]
        store.run(feedback.mark_answered, overdue.feedback_id, today, AnswerHow.IN_WRITING, "Letter received")
        window.refresh_action.trigger()
        assert window.dashboard.model.index(0, 0).data() == "Feedback overdue, oldest first (8)"


def test_starting_on_a_foreign_file_shows_the_reason(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    path = tmp_path / "notes.cdstore"
    path.write_text("not a store")
    assert gui_app.run(path) == 2
    assert shown and "is not a CompactDesk store" in shown[0]
    assert path.read_text() == "not a store"


def test_first_run_creates_the_users_store(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "data" / "CompactDesk" / "compactdesk.cdstore"
    monkeypatch.setattr(gui_app, "default_store", lambda: target)
    monkeypatch.setattr(gui_app.QApplication, "exec", lambda self: 0)
    assert gui_app.run(None) == 0
    assert target.exists()
    with open_store(target) as store:
        assert store.revision


def test_demo_mode_never_touches_the_users_store(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "mine.cdstore"
    monkeypatch.setattr(gui_app, "default_store", lambda: target)
    seen = []
    monkeypatch.setattr(gui_app.QApplication, "exec", lambda self: seen.append(
        [w for w in gui_app.QApplication.topLevelWidgets() if isinstance(w, MainWindow)][-1].store.path) or 0)
    assert gui_app.run(None, demo=True) == 0
    assert not target.exists()
    assert seen and not seen[0].exists()  # the demo's temporary folder is cleared away
