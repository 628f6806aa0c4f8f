"""The look (issue 16): text size, dark mode, icons and status labels, through the real window."""

import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from compactdesk.domain.enums import FeedbackState, TargetStatus
from compactdesk.gui import colours, look
from compactdesk.gui.settings import TEXT_SIZE
from compactdesk.gui.table_model import STATUS_ROLE
from compactdesk.gui.tables import StatusDelegate
from compactdesk.store import open_store


@pytest.fixture(autouse=True)
def system_look(qapp):
    """Each test starts, and leaves the application, at the system's text size and light palette."""
    look.apply_text_size(100)
    yield
    look.apply_text_size(100)
    look.apply_colour_scheme(Qt.ColorScheme.Light)


def press(window, keys: str) -> None:
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # a window's shortcuts work while it is the active one
    QTest.keySequence(window, QKeySequence(keys))
    QApplication.processEvents()


def scheme(name: Qt.ColorScheme) -> None:
    look.apply_colour_scheme(name)
    QApplication.processEvents()  # the new palette reaches each widget through its event queue


def test_ctrl_equals_enlarges_a_page_s_table_and_the_choice_survives_a_restart(window, settings, qtbot, today,
                                                                             demo_path, tmp_path):
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("feedback")
    table = page.table
    heading = page.findChild(QLabel, "pageHeading")
    size, row_height = table.font().pointSizeF(), table.verticalHeader().defaultSectionSize()
    heading_size = heading.font().pointSizeF() if heading is not None else None

    press(window, "Ctrl+=")
    assert settings.get(TEXT_SIZE) == 115
    assert table.font().pointSizeF() == pytest.approx(size * 1.15, rel=0.02)
    assert table.verticalHeader().defaultSectionSize() > row_height  # rows grow with their words
    if heading is not None:  # a heading keeps its proportion to the text
        assert heading.font().pointSizeF() == pytest.approx(heading_size * 1.15, rel=0.02)
    press(window, "Ctrl++")
    assert settings.get(TEXT_SIZE) == 130
    press(window, "Ctrl+-")
    assert settings.get(TEXT_SIZE) == 115
    assert table.font().pointSizeF() == pytest.approx(size * 1.15, rel=0.02)

    # A restart: the process begins at the system's size, and the saved one is applied before the window is made.
    window.close()
    look.apply_text_size(100)
    look.apply_saved_text_size(settings)
    from compactdesk.gui.main_window import MainWindow

    shutil.copyfile(demo_path, tmp_path / "again.cdstore")  # the first window still holds its own
    again = MainWindow(open_store(tmp_path / "again.cdstore", daily_backup=False), today=lambda: today,
                       settings=settings)
    qtbot.addWidget(again)
    try:
        assert again.show_area("feedback").table.font().pointSizeF() == pytest.approx(size * 1.15, rel=0.02)
        again.step_text_size(0)
        QApplication.processEvents()
        assert settings.get(TEXT_SIZE) == 100
        assert again.page("feedback").table.font().pointSizeF() == pytest.approx(size, rel=0.02)
    finally:
        again.store.close()


def test_text_size_steps_stop_at_the_ends(settings):
    for _ in range(10):
        look.step_text_size(settings, 1)
    assert settings.get(TEXT_SIZE) == look.TEXT_SIZES[-1]
    for _ in range(10):
        look.step_text_size(settings, -1)
    assert settings.get(TEXT_SIZE) == look.TEXT_SIZES[0]


def test_dark_mode_changes_our_colours_and_keeps_them_readable(window, qapp):
    page = window.show_area("feedback")
    index = overdue_status(page)
    light = index.data(Qt.ItemDataRole.ForegroundRole)

    scheme(Qt.ColorScheme.Dark)
    assert colours.is_dark(qapp.palette())
    dark = index.data(Qt.ItemDataRole.ForegroundRole)
    assert dark != light
    base = page.table.palette().color(QPalette.ColorRole.Base)
    assert colours.is_dark(page.table.palette())
    assert colours.contrast(dark, base) >= 4.5

    scheme(Qt.ColorScheme.Light)
    assert not colours.is_dark(qapp.palette())
    assert index.data(Qt.ItemDataRole.ForegroundRole) == light


def overdue_status(page) -> QModelIndex:
    column = next(number for number, column in enumerate(page.model.columns) if column.status is not None)
    model = page.table.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if index.data(STATUS_ROLE) == "urgent":
            return index
    raise AssertionError("the demo has overdue feedback")


def test_lateness_is_a_labelled_status_never_colour_alone(window):
    for area, late in (("feedback", FeedbackState.OVERDUE), ("actions", TargetStatus.OVERDUE)):
        page = window.show_area(area)
        index = overdue_status(page)
        assert isinstance(page.table.itemDelegateForColumn(index.column()), StatusDelegate)
        assert colours.status_tone(late) == "urgent"
        assert "overdue" in index.data(Qt.ItemDataRole.DisplayRole).casefold()


def test_every_status_has_a_tone():
    from compactdesk.domain.enums import Attendance, CodeStatus, CompactStatus, MeetingStatus, TermState

    for kind in (TargetStatus, FeedbackState, TermState, CodeStatus, CompactStatus, Attendance, MeetingStatus):
        assert all(colours.status_tone(status) in colours.TONES for status in kind), kind


def test_icons_come_after_the_first_paint_in_the_palette_s_colour(window, qtbot, qapp):
    assert window.new_action.icon().isNull()  # the window is made with words only: its start waits for nothing
    assert window.sidebar.item(0).icon().isNull()
    window.show()
    qtbot.waitUntil(lambda: window.icons.shown)
    assert not window.new_action.icon().isNull()
    assert not window.sidebar.item(0).icon().isNull()
    assert not window.undo_action.icon().isNull()

    def ink(icon) -> set[str]:
        image = icon.pixmap(32, 32).toImage()
        return {image.pixelColor(x, y).name() for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha()
                == 255}

    light = ink(window.sidebar.item(0).icon())
    assert light == {qapp.palette().color(QPalette.ColorRole.WindowText).name()}
    scheme(Qt.ColorScheme.Dark)
    assert ink(window.sidebar.item(0).icon()) == {qapp.palette().color(QPalette.ColorRole.WindowText).name()} != light


def test_an_unknown_icon_is_empty_not_an_error():
    from compactdesk.gui.icons import icon

    assert icon("mdi6.no-such-icon-anywhere").isNull()


def test_a_style_that_ignores_dark_gives_way_to_fusion_and_comes_back(qapp, monkeypatch):
    """Windows' own style draws light whatever the system's scheme: dark mode uses Fusion there, then goes back."""
    native = qapp.style().name()
    try:
        qapp.setStyle("Windows")
        monkeypatch.setattr(look._State, "native_style", None)
        scheme(Qt.ColorScheme.Dark)
        assert qapp.style().name() == "fusion"
        assert colours.is_dark(qapp.palette())
        scheme(Qt.ColorScheme.Light)
        assert qapp.style().name() == "windows"
        assert not colours.is_dark(qapp.palette())
    finally:
        qapp.setStyle(native)
