"""Each page's splitter keeps the sizes the person dragged it to when the program is started again."""

import pytest
from PySide6.QtWidgets import QSplitter

from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.settings import splitter_key
from compactdesk.store import open_store

# area -> the named splitters its page holds (the meetings page's agenda and minutes parts among them).
SPLITTERS = {
    "meetings": ("meetingsSplitter", "agendaSplitter", "minutesSplitter"),
    "actions": ("actionsSplitter",),
    "feedback": ("feedbackSplitter",),
    "people": ("seatsSplitter",),
    "standards": ("codesSplitter",),
    "disputes": ("disputesSplitter",),
}


def _open(demo_path, today, qtbot, settings) -> MainWindow:
    window = MainWindow(open_store(demo_path, daily_backup=False), today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _splitter(window: MainWindow, area: str, name: str) -> QSplitter:
    splitter = window.show_area(area).findChild(QSplitter, name)
    assert splitter is not None, name
    splitter.show()  # one on a tab or part not in view still has a size to keep
    return splitter


def _close(window: MainWindow) -> None:
    window.close()
    window.store.close()


@pytest.mark.parametrize("area", SPLITTERS)
def test_a_dragged_splitter_comes_back_at_its_sizes_after_a_restart(demo_path, today, qtbot, settings, area):
    window = _open(demo_path, today, qtbot, settings)
    dragged = {}
    for name in SPLITTERS[area]:
        splitter = _splitter(window, area, name)
        before = splitter.sizes()
        # As a drag of the handle does: moveSplitter emits splitterMoved. A little either way: a pane's
        # minimum size may stop the handle in one direction.
        for step in (40, -40):
            splitter.moveSplitter(before[0] + step, 1)
            if splitter.sizes() != before:
                break
        dragged[name] = splitter.sizes()
        assert dragged[name] != before, name
    _close(window)

    again = _open(demo_path, today, qtbot, settings)
    try:
        for name in SPLITTERS[area]:
            assert _splitter(again, area, name).sizes() == dragged[name], name
    finally:
        _close(again)


def test_a_splitter_never_dragged_keeps_the_pages_own_sizes_and_saves_nothing(window, settings, qtbot):
    window.show()
    splitter = _splitter(window, "actions", "actionsSplitter")
    window.resize(900, 600)
    qtbot.wait(10)
    assert splitter.sizes() and settings.get(splitter_key("actionsSplitter")).isEmpty()
