"""Help ▸ User guide (F1): the guide shipped in the package, opened in the person's browser (issue 16)."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox

from compactdesk.gui import help_menu

HEADINGS = ["Starting", "Setting up the compact, the members and their seats", "A meeting, from agenda to minutes",
            "The action plan and the feedback owed", "The compact's standards",
            "Backups, and moving to another computer", "The annual review", "Keyboard shortcuts",
            "When something goes wrong"]


class _Page(HTMLParser):
    """The guide's second-level headings, its pictures and any address outside it."""

    def __init__(self):
        super().__init__()
        self.headings, self.images, self.outside, self._in_h2 = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_h2 = self._in_h2 or tag == "h2"
        if tag == "h2":
            self.headings.append("")
        if tag == "img":
            self.images.append(attrs)
        for name in ("src", "href"):
            if "://" in (attrs.get(name) or ""):
                self.outside.append(attrs[name])

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data):
        if self._in_h2:
            self.headings[-1] += data


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(help_menu.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_f1_opens_the_guide_shipped_with_the_program(window, qtbot, opened):
    action = window.help.guide_action
    assert action.text() == "&User guide"
    help_menu_actions = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help").actions()
    assert action in help_menu_actions
    assert action.shortcut().toString() == "F1"

    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    assert len(opened) == 1
    url = opened[0]
    assert url.isLocalFile()
    path = Path(url.toLocalFile())
    assert path == help_menu.GUIDE and path.is_file()
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    assert all(any(heading in found for found in page.headings) for heading in HEADINGS)
    assert path.parent.parent == Path(help_menu.__file__).resolve().parent.parent  # inside the package


def test_the_guide_has_its_chapters_and_pictures_and_needs_no_network():
    page = _Page()
    page.feed(help_menu.GUIDE.read_text(encoding="utf-8"))
    for heading in HEADINGS:
        assert any(heading in found for found in page.headings), heading
    assert page.outside == []  # works offline: no web fonts, scripts or pictures from elsewhere
    assert len(page.images) >= 6
    for image in page.images:
        picture = help_menu.GUIDE.parent / image["src"]
        assert picture.is_file(), image["src"]
        assert picture.stat().st_size <= 160_000, image["src"]
        assert len(image.get("alt", "")) > 20, image["src"]  # said in words for a screen reader too
        size = QImageReader(str(picture)).size()  # docs/guide/take_pictures.py keeps the page's sizes true
        assert (image.get("width"), image.get("height")) == (str(size.width()), str(size.height())), image["src"]


def test_a_missing_guide_says_where_it_should_be(window, opened, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(help_menu, "GUIDE", tmp_path / "guide" / "index.html")
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    assert not window.help.open_guide()
    assert opened == []
    assert shown and str(tmp_path / "guide" / "index.html") in shown[0][1]


def test_the_shortcuts_list_names_search_and_text_size(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.help.shortcuts()
    text = shown[-1]
    for words, keys in (("User guide", "F1"), ("Search everything", "Ctrl+K"),
                        ("Larger / smaller text", "Ctrl+= / Ctrl+-"), ("Open a group", "Ctrl+O")):
        assert f"<td>{words}</td><td><b>{keys}</b></td>" in text
    assert "store" not in text
