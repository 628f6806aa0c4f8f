"""File ▸ Open the demo group, the window's title, and the View menu's area names (issue 16)."""

from PySide6.QtWidgets import QMenu

from compactdesk.gui import settings as keys
from compactdesk.gui.ops import RunNow
from compactdesk.services.attention import attention
from compactdesk.store import create_store


def _file_menu(window) -> QMenu:
    return next(action.menu() for action in window.menuBar().actions() if action.text() == "&File")


def test_the_demo_group_opens_from_the_file_menu_as_a_fresh_copy_never_remembered(window, settings, today):
    window.export_pool = RunNow()
    mine = window.store.path
    assert window.files.demo_action in _file_menu(window).actions()

    assert window.files.open_demo()
    demo_path = window.store.path
    assert demo_path != mine and demo_path.exists()
    assert demo_path.parent.name.startswith("compactdesk-demo-")  # a temporary folder of its own
    assert window.demo
    assert window.windowTitle() == "Demo group: Dyfnant Compact — CompactDesk"
    assert "Demo group" in window.statusBar().currentMessage()
    assert "your own group's file is not touched" in window.statusBar().currentMessage()
    assert window.store.run(attention, today).group_name == "Dyfnant Compact"
    assert str(demo_path) not in settings.get(keys.RECENT_STORES)
    assert settings.get(keys.LAST_STORE) == str(mine)

    assert window.switch_to(mine)  # moving on: the demo copy is closed and removed
    assert not window.demo
    assert not demo_path.parent.exists()
    assert window.windowTitle() == "Dyfnant Compact — CompactDesk"


def test_a_second_demo_replaces_the_first(window):
    window.export_pool = RunNow()
    assert window.files.open_demo()
    first = window.store.path
    assert window.files.open_demo()
    assert window.store.path != first and not first.parent.exists()


def test_an_unnamed_compact_is_titled_compactdesk_alone(qtbot, tmp_path, today, settings):
    from compactdesk.gui.main_window import MainWindow

    store = create_store(tmp_path / "compactdesk.cdstore")
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "CompactDesk"
        window.demo = True
        window.refresh()
        assert window.windowTitle() == "Demo group — CompactDesk"
    finally:
        store.close()


def test_the_view_menu_shows_ampersands_in_area_names(window):
    texts = [action.text() for action in window.area_actions]
    assert "People && seats" in texts  # "&&" is how Qt writes a shown "&"
    view = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    people = next(action for action in view.actions() if "seats" in action.text())
    assert people.iconText() == "People & seats"
