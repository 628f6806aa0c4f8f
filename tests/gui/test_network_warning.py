"""A group's file on a network share, opened in the window, is said to be at risk in the banner, with the way to a
shared server (issue 22); a file on a local disk is not. The share is made by a mount table of the test's own, read
by the program's own reader (store/network.py), so the whole way from the system's answer to the words is tested."""

import os
import shutil

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.ops import RunNow
from compactdesk.store import network, open_store
from gui_walk import settle
from test_fits_screen import SCREENS, problems_in

WARNING = "This group's file is on a network drive (cifs, //fs01/office at {folder})."


@pytest.fixture
def share(tmp_path, demo_master, monkeypatch):
    """A folder the system reports as a cifs share, holding a copy of the demo group; the folder's path."""
    folder = tmp_path / "office share"
    folder.mkdir()
    shutil.copyfile(demo_master, folder / "Shared group.cdstore")
    real = os.path.realpath(folder)
    table = tmp_path / "mountinfo"
    table.write_text("20 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
                     f"21 20 0:50 / {real.replace(' ', chr(92) + '040')} rw,relatime shared:2 - cifs //fs01/office "
                     "rw,vers=3.1.1\n")
    monkeypatch.setattr(network, "MOUNTINFO", str(table))
    return folder


def _message_boxes() -> list[QMessageBox]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox) and widget.isVisible()]


def test_opening_a_file_on_a_share_says_so_in_the_banner(window, share):
    window.export_pool = RunNow()
    assert window.banner.isHidden()  # the demo copy the window opened with is on a local disk
    assert window.switch_to(share / "Shared group.cdstore")
    assert window.banner.isVisibleTo(window)
    words = window.banner.text.text()
    assert words.startswith(WARNING.format(folder=os.path.realpath(share)))
    assert words.endswith("put it on a shared server: File ▸ Connect to a shared server…")
    assert _message_boxes() == []  # said without stopping the person

    window.banner.close_button.click()  # read and put aside: the work goes on
    assert window.banner.isHidden()


def test_a_local_file_after_a_shared_one_clears_the_warning(window, share, demo_path):
    window.export_pool = RunNow()
    assert window.switch_to(share / "Shared group.cdstore")
    assert window.banner.isVisibleTo(window)
    assert window.switch_to(demo_path.with_name("Local group.cdstore"), new=True)
    assert window.banner.isHidden() and _message_boxes() == []


def test_a_new_group_made_on_a_share_is_warned_of_too(window, share):
    window.export_pool = RunNow()
    assert window.switch_to(share / "New group.cdstore", new=True)
    assert "network drive" in window.banner.text.text()


def test_the_banner_offers_the_shared_server_when_the_window_has_it(window, share):
    window.export_pool = RunNow()
    asked = []
    window.connect_server_action = QAction("Connect to a shared server…", window)
    window.connect_server_action.triggered.connect(lambda: asked.append(True))
    assert window.switch_to(share / "Shared group.cdstore")
    assert window.banner.action.isVisibleTo(window)
    assert window.banner.action.text() == "&Connect to a shared server…"
    window.banner.action.click()
    assert asked == [True]


def test_without_the_server_menu_the_banner_has_no_button_but_names_the_menu(window, share):
    window.export_pool = RunNow()
    if hasattr(window, "connect_server_action"):
        pytest.skip("the window has File ▸ Connect to a shared server…")
    assert window.switch_to(share / "Shared group.cdstore")
    assert not window.banner.action.isVisibleTo(window)
    assert "File ▸ Connect to a shared server…" in window.banner.text.text()


def test_a_file_on_a_share_opened_at_start_is_warned_of(share, today, qtbot, settings):
    from compactdesk.gui.opening import OpenStoreOp

    window = MainWindow(None, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.open_after_paint(OpenStoreOp(window, share / "Shared group.cdstore"))
    window.show()
    qtbot.waitUntil(lambda: window.bench.store is not None and not window.opening.running, timeout=20_000)
    try:
        assert window.opening.outcome == "done"
        assert window.banner.isVisible()
        assert window.banner.text.text().startswith(WARNING.format(folder=os.path.realpath(share)))
    finally:
        window.close()
        window.store.close()


def test_a_local_file_opened_at_start_has_no_warning(demo_path, today, qtbot, settings, monkeypatch, tmp_path):
    from compactdesk.gui.opening import OpenStoreOp

    table = tmp_path / "mountinfo"
    table.write_text("20 1 8:1 / / rw - ext4 /dev/sda1 rw\n21 20 0:50 / /srv/cdtest-none rw - nfs fs:/x rw\n")
    monkeypatch.setattr(network, "MOUNTINFO", str(table))
    window = MainWindow(None, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.open_after_paint(OpenStoreOp(window, demo_path))
    window.show()
    qtbot.waitUntil(lambda: window.bench.store is not None and not window.opening.running, timeout=20_000)
    try:
        assert window.opening.outcome == "done"
        assert window.banner.isHidden() and _message_boxes() == []
    finally:
        window.close()
        window.store.close()


def test_when_the_banner_already_holds_a_problem_the_warning_stands_beside_the_window(window, share, monkeypatch):
    """Today's backup could not be made: that stays in the banner, with its button; the share is said in a message
    that does not stop the work (not modal), once."""
    window.export_pool = RunNow()
    real_open = open_store

    def opened_without_backup(path, **options):
        store = real_open(path, **options)
        store.backup_problem = "CompactDesk could not write a backup of it: the disk is full."
        return store

    monkeypatch.setattr("compactdesk.store.open.open_store", opened_without_backup)
    assert window.switch_to(share / "Shared group.cdstore")
    assert window.banner.text.text().startswith("Today's backup could not be made.")
    boxes = _message_boxes()
    assert len(boxes) == 1
    box = boxes[0]
    try:
        assert not box.isModal() and box.parent() is window
        assert box.text().startswith(WARNING.format(folder=os.path.realpath(share)))
        assert box.windowTitle() == "This group's file is on a network drive"
    finally:
        box.close()


def test_the_warning_fits_a_small_screen(window, share):
    window.export_pool = RunNow()
    window.show()
    assert window.switch_to(share / "Shared group.cdstore")
    window.connect_server_action = QAction("Connect to a shared server…", window)
    window.files.warn_if_shared()  # again, now with the button: the widest the banner gets
    problems = []
    for screen, (width, height, _) in SCREENS.items():
        window.resize(width, height)
        settle()
        problems += problems_in(window, screen)
        banner = window.banner
        assert banner.text.height() >= banner.text.heightForWidth(banner.text.width()), screen  # no line cut off
        assert banner.geometry().bottom() < window.centralWidget().height() // 2, screen  # the work stays in view
    assert problems == []
    window.close()
