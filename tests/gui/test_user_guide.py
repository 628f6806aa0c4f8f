"""Help ▸ User guide (F1): the guide shipped in the package, opened in the person's browser (issue 16), and the
guide in Welsh, opened when the window speaks Welsh, naming menus and buttons as the Welsh window does (issue 19)."""

import datetime as dt
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton

from compactdesk import i18n
from compactdesk.domain.dates import parse_date
from compactdesk.domain.enums import Attendance
from compactdesk.gui import help_menu
from compactdesk.gui.app import install_translator
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.pages.meeting_attendance import AttendanceTab

sys.path.insert(0, str(Path(__file__).parents[2] / "packaging"))
import translations  # noqa: E402

WELSH_GUIDE = help_menu.GUIDE.with_name("index.cy.html")

HEADINGS = ["Starting", "Setting up the compact, the members and their seats", "A meeting, from agenda to minutes",
            "The action plan and the feedback owed", "The compact's standards",
            "Backups, and moving to another computer", "Sharing a group on a server", "The annual review",
            "Your mail, calendar and spreadsheets", "Keyboard shortcuts", "When something goes wrong"]


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


# --- The guide in Welsh (issue 19) ---

HEADINGS_CY = ["Dechrau arni", "Sefydlu'r compact, yr aelodau a'u seddi", "Cyfarfod, o'r agenda i'r cofnodion",
               "Y cynllun gweithredu a'r adborth sy'n ddyledus", "Safonau'r compact",
               "Copïau wrth gefn, a symud i gyfrifiadur arall", "Rhannu grŵp ar weinydd", "Yr adolygiad blynyddol",
               "Eich e-bost, eich calendr a'ch taenlenni", "Llwybrau byr y bysellfwrdd", "Pan fydd rhywbeth yn mynd o'i le"]
# What the Welsh guide stresses that is not a name on the screen: the steps' and troubles' own headings, a term,
# and the start of the demo's window title ("Grŵp enghreifftiol: … — CompactDesk").
NOT_NAMES = {"Grŵp enghreifftiol", "cynorthwyydd sefydlu", "Colofnau", "Y rhagolwg", "Problemau", "Hyd ymgynghoriad",
             "Rhybudd am newid cyllid", "Yn gyntaf", "Rydych wedi newid rhywbeth trwy gamgymeriad",
             "Mae bar ar frig y ffenestr yn dweud na ellir ysgrifennu i'r ffeil", "Caiff dyddiad ei wrthod",
             "Mae'r testun yn rhy fach", "Ni agorodd yr e-bost yn eich rhaglen e-bost"}
# English words that are never Welsh ones ("a", "i", "at", "is" and "to" are Welsh words too, so left out).
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ENGLISH = {"the", "and", "of", "with", "you", "your", "this", "that", "from", "which", "when", "will", "are", "not",
           "for", "it", "be", "has", "have", "by", "or", "on", "in", "as", "into", "there", "what"}


class _Guide(HTMLParser):
    """What a guide names: its menus (span.menu), what it stresses (em, strong), its code and its keys, its words
    for a reader (outside code and keys, with the pictures' alt text), its anchors, pictures and links."""

    def __init__(self, text: str):
        super().__init__()
        self.menus, self.stressed, self.codes, self.words = [], [], [], []
        self.ids, self.images, self.links = [], [], []
        self.lang, self.keys_by_id, self._open, self._literal, self._in_id = "", {}, [], 0, []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag == "img":
            self.images.append(attrs)
            self.words.append(attrs.get("alt", ""))
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag in VOID:
            return
        if tag in ("code", "kbd"):
            self._literal += 1
        kind = "menu" if tag == "span" and attrs.get("class") == "menu" else tag
        self._open.append([tag, kind, "", attrs.get("id")])
        if attrs.get("id"):
            self._in_id.append(attrs["id"])

    def handle_endtag(self, tag):
        while self._open:
            name, kind, text, ident = self._open.pop()
            if self._open:
                self._open[-1][2] += text
            if ident:
                self._in_id.remove(ident)
            if name in ("code", "kbd"):
                self._literal -= 1
                (self.codes if name == "code" else self.keys_by_id.setdefault(
                    self._in_id[-1] if self._in_id else "", [])).append(text)
            elif not self._literal and kind == "menu":
                self.menus.append(" ".join(text.split()))
            elif not self._literal and kind in ("em", "strong"):
                self.stressed.append(" ".join(text.split()))
            if name == tag:
                return

    def handle_data(self, data):
        if self._open:
            self._open[-1][2] += data
        if not self._literal:
            self.words.append(data)


@pytest.fixture(scope="module")
def welsh_words() -> set[str]:
    """Every piece of Welsh the program shows, as a guide would quote it: without the "&" of a keyboard letter,
    each run of text between HTML tags on its own, a closing ":" left off."""
    pieces = set()
    for message in translations.read_ts(translations.SOURCES / "compactdesk_cy.ts")[1]:
        if message.vanished or not message.translation:
            continue
        for form in message.translation if isinstance(message.translation, list) else [message.translation]:
            text = re.sub(r"&(?!(?:amp|lt|gt|nbsp|quot);|#\d+;)(?=\S)", "", form)
            for piece in re.split(r"<[^>]+>", text):
                piece = " ".join(html.unescape(piece).split()).rstrip(":")
                if piece:
                    pieces.add(piece)
    return pieces


def _quotes(name: str, pieces: set[str]) -> bool:
    """Whether `name` is the program's own words: one whole piece; or, quoted or with "…" for the part the program
    fills in (a name, a number), the start of one."""
    name = name.rstrip(".:").strip()
    if name in pieces:
        return True
    quoted = name.startswith("“") and name.endswith("”")
    if not quoted and "…" not in name.rstrip("…"):
        return False
    pattern = re.compile(".+".join(re.escape(part) for part in name.strip("“”").split("…")))
    return any(pattern.match(piece) for piece in pieces)


@pytest.fixture
def welsh_window(bench, settings, today, qtbot):
    install_translator(i18n.WELSH)
    window = MainWindow(bench.store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    yield window
    window.close()


def _menu_paths(window) -> set[tuple[str, ...]]:
    paths = set()

    def walk(menu: QMenu, path: tuple[str, ...]):
        for action in menu.actions():
            if not action.isSeparator():
                paths.add(path + (action.text().replace("&", ""),))
                if action.menu():
                    walk(action.menu(), path + (action.text().replace("&", ""),))

    for action in window.menuBar().actions():
        paths.add((action.text().replace("&", ""),))
        walk(action.menu(), (action.text().replace("&", ""),))
    return paths


def test_in_welsh_f1_opens_the_welsh_guide_and_in_english_the_english_one(welsh_window, qtbot, opened):
    assert welsh_window.help.guide_action.text() == "&Canllaw defnyddwyr"
    welsh_window.show()
    qtbot.waitExposed(welsh_window)
    welsh_window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is welsh_window, timeout=5_000)
    welsh_window.sidebar.setFocus()
    qtbot.keyClick(welsh_window.sidebar, Qt.Key.Key_F1)
    assert [Path(url.toLocalFile()) for url in opened] == [WELSH_GUIDE]
    install_translator(i18n.ENGLISH)  # View ▸ Language / Iaith: the next F1 follows at once
    assert welsh_window.help.open_guide()
    assert Path(opened[-1].toLocalFile()) == help_menu.GUIDE


def test_without_its_welsh_guide_the_welsh_window_opens_the_english_one(welsh_window, opened, monkeypatch, tmp_path):
    (tmp_path / "index.html").write_text("<h1>CompactDesk</h1>", encoding="utf-8")
    monkeypatch.setattr(help_menu, "GUIDE", tmp_path / "index.html")
    assert welsh_window.help.open_guide()
    assert Path(opened[-1].toLocalFile()) == tmp_path / "index.html"
    (tmp_path / "index.cy.html").write_text("<h1>CompactDesk</h1>", encoding="utf-8")
    assert welsh_window.help.open_guide()
    assert Path(opened[-1].toLocalFile()) == tmp_path / "index.cy.html"


def test_the_welsh_guide_has_every_chapter_anchor_and_picture_of_the_english_one():
    english, welsh = (_Guide(path.read_text(encoding="utf-8")) for path in (help_menu.GUIDE, WELSH_GUIDE))
    assert welsh.lang.startswith("cy")
    headings = _Page()
    headings.feed(WELSH_GUIDE.read_text(encoding="utf-8"))
    assert [heading.split(". ", 1)[-1] for heading in headings.headings[1:]] == HEADINGS_CY
    assert set(english.ids) <= set(welsh.ids)
    assert [link for link in welsh.links if link.startswith("#")] and all(
        link[1:] in welsh.ids for link in welsh.links if link.startswith("#"))
    assert "index.html" in welsh.links and "index.cy.html" in english.links  # "English" ↔ "Cymraeg"
    assert not [link for link in welsh.links if "://" in link]
    assert [Path(image["src"]).name for image in welsh.images] == [Path(image["src"]).name for image in english.images]
    for image in welsh.images:
        assert image["src"].startswith("images/cy/"), image["src"]
        picture = WELSH_GUIDE.parent / image["src"]
        assert picture.is_file(), image["src"]
        assert picture.stat().st_size <= 160_000, image["src"]
        assert len(image.get("alt", "")) > 20, image["src"]
        size = QImageReader(str(picture)).size()  # take_pictures.py --cy keeps the page's sizes true
        assert (image.get("width"), image.get("height")) == (str(size.width()), str(size.height())), image["src"]


def test_every_menu_and_button_the_welsh_guide_names_is_the_welsh_windows_own(welsh_window, welsh_words):
    guide = _Guide(WELSH_GUIDE.read_text(encoding="utf-8"))
    paths = _menu_paths(welsh_window)
    assert len(guide.menus) >= 15
    for menu in guide.menus:
        assert tuple(part.strip() for part in menu.split("▸")) in paths, menu
    assert len(guide.stressed) >= 60
    for name in guide.stressed:
        assert name.rstrip(".:") in NOT_NAMES or _quotes(name, welsh_words), name


def test_every_menu_the_english_guide_names_is_in_the_window(window):
    """File ▸ Send by email ▸ …, Export a calendar…, Export this table to a spreadsheet… (issue 20) and the rest: each
    a path the English window's menus really have, as the Welsh guide's are checked against the Welsh window."""
    guide = _Guide(help_menu.GUIDE.read_text(encoding="utf-8"))
    paths = _menu_paths(window)
    assert len(guide.menus) >= 20
    for menu in guide.menus:
        assert tuple(part.strip() for part in menu.split("▸")) in paths, menu
    named = {tuple(part.strip() for part in menu.split("▸")) for menu in guide.menus}
    for item in ("The agenda to the members…", "The minutes to the members…", "Chase letters to the officers…"):
        assert ("File", "Send by email", item) in named, item
    assert {("File", "Export a calendar…"), ("File", "Export this table to a spreadsheet…")} <= named


def test_both_guides_give_the_keys_of_export_this_table(window):
    """The shortcuts tables list Ctrl+Shift+T, the key the window gives File ▸ Export this table to a spreadsheet."""
    assert window.table_export.action.shortcut().toString() == "Ctrl+Shift+T"
    for path in (help_menu.GUIDE, WELSH_GUIDE):
        shortcuts = path.read_text(encoding="utf-8").split('id="shortcuts"', 1)[1].split("</table>", 1)[0]
        assert "<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>T</kbd>" in shortcuts, path.name


def test_the_welsh_guide_gives_the_attendance_keys_the_welsh_window_uses(welsh_window):
    welsh_window.show_area("meetings")
    tab = welsh_window.findChild(AttendanceTab)
    letters = tab.key_letters()
    keys = _Guide(WELSH_GUIDE.read_text(encoding="utf-8")).keys_by_id["attendance-keys"]
    assert sorted(keys) == sorted(letters[status] for status in (Attendance.PRESENT, Attendance.APOLOGIES,
                                                                 Attendance.ABSENT, Attendance.SUBSTITUTE))


def test_the_welsh_guide_has_no_english_left_and_every_date_it_gives_is_read():
    guide = _Guide(WELSH_GUIDE.read_text(encoding="utf-8"))
    words = re.findall(r"[a-zA-Z']+", " ".join(guide.words))
    assert len(words) > 2_500
    assert sorted({word for word in words if word.lower() in ENGLISH}) == []
    dates = [code for code in guide.codes if re.fullmatch(r"[\d/.]+|\d+ \w+ \d{4}|heddiw|yfory|today", code)]
    assert len(dates) >= 10
    for text in dates:
        assert parse_date(text, "Dyddiad", today=dt.date(2026, 11, 24)), text


# --- Issue 21: the guide names the new buttons, tabs and fields as each window shows them ---

def _issue_21_names(window) -> list[str]:
    """What a secretary reads on the screen for issue 21's records, from the real widgets in the window's language:
    the Compact page's lead buttons, the Seats tab's make-up button, the Resources tab, a code's "Record a step…",
    and the funding notice form's How much and What happened with each outcome it offers."""
    from compactdesk.gui.dialogs.make_up import MakeUpDialog
    from compactdesk.gui.dialogs.standards import FundingNoticeDialog
    from compactdesk.gui.pages.code_steps import CodeStepsPane
    from compactdesk.gui.pages.people_seats import SeatsTab

    def plain(text: str) -> str:
        return " ".join(text.replace("&", "").split()).rstrip(":")

    compact = window.show_area("compact")
    names = [button.text() for button in compact.leads.change_buttons.values()]
    names.append(window.show_area("people").findChild(SeatsTab).make_up_button.text())
    monitoring = window.show_area("monitoring")
    names.append(monitoring.tabs.tabText(monitoring.tabs.indexOf(monitoring.resources_tab)))
    names.append(window.show_area("standards").findChild(CodeStepsPane).step_button.text())
    notice = FundingNoticeDialog(window.bench, window)
    ui = notice.ui
    names += [ui.amountLabel.text(), ui.outcomeLabel.text(), ui.outcomeOnLabel.text(), ui.outcomeNoteLabel.text()]
    names += [ui.outcome.itemText(index) for index in range(1, ui.outcome.count())]  # after "Not known yet"
    notice.deleteLater()
    make_up = MakeUpDialog(window.bench, window)
    names += [button.text() for button in make_up.findChildren(QPushButton) if "(" in button.text()]  # Equal sides
    make_up.deleteLater()
    return [plain(name) for name in names]


@pytest.mark.parametrize("welsh", [False, True], ids=["English", "Welsh"])
def test_the_guide_names_issue_21s_buttons_and_fields_as_the_window_shows_them(welsh, request):
    """Reversed, Withdrawn, The group's make-up…, Change the lead officer…: each is stressed in the guide exactly as
    the window in that language writes it, so a secretary reading the guide finds the same words on the screen."""
    window = request.getfixturevalue("welsh_window" if welsh else "window")
    guide = _Guide((WELSH_GUIDE if welsh else help_menu.GUIDE).read_text(encoding="utf-8"))
    stressed = {name.rstrip(".:") for name in guide.stressed}
    names = _issue_21_names(window)
    assert len(names) >= 12 and ("Gwrthdrowyd" in names) == welsh and ("Reversed" in names) != welsh
    assert [name for name in names if name not in stressed] == []
    for picture in ("resources", "funding-outcome", "make-up", "compact-leads"):
        assert any(Path(image["src"]).stem == picture for image in guide.images), picture
