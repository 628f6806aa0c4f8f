"""The window in Welsh (issue 19): every page, tab and dialog shows no English but the records' own words;
it still fits 1024×768; the language is asked at the first start and changed at once, with nothing lost."""

import html
import re
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

from compactdesk import i18n
from compactdesk.services import actions
from compactdesk.gui import settings as keys
from compactdesk.gui.app import install_translator
from compactdesk.gui.language import LanguageQuestion, ask_first_time, choose
from compactdesk.gui.main_window import MainWindow
from gui_walk import dialogs_caught, open_every_dialog, page_states, settle
from test_fits_screen import SCREENS, dialog_problems, problems_in

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

# Whole words that are English and never Welsh: text left with one of them, once the records' own words are
# taken out, was not translated. ("all", "to" and "is" are Welsh words too, and left out.)
ENGLISH_WORDS = {"the", "and", "of", "with", "for", "this", "your", "you", "are", "not", "yes", "new", "open",
                 "save", "close", "cancel", "delete", "edit", "add", "remove", "choose", "show", "date", "name",
                 "meeting", "meetings", "people", "seats", "target", "targets", "feedback", "search", "file",
                 "none", "no", "due", "overdue", "back", "next", "finish", "export", "import", "from"}
# Keys are named on the keyboard as in English: "(Delete)", "Ctrl+Enter".
KEY_NAMES = re.compile(r"\b(?:Ctrl|Shift|Alt|Delete|Enter|Esc|Tab|Home|End|Space|Backspace|Insert)\b")
PATHS = re.compile(r"(?:[A-Za-z]:)?[/\\]\S*(?: \S+)*\.(?:cdstore|pdf|docx|xlsx|csv|ods)|(?:/tmp|/home|[A-Za-z]:\\)\S*")


@pytest.fixture
def welsh_window(bench, settings, today):
    install_translator(i18n.WELSH)
    window = MainWindow(bench.store, today=lambda: today, settings=settings)
    window.export_pool = bench.pool
    window.resize(1024, 698)
    yield window
    window.close()


@pytest.fixture(scope="module")
def english_sources() -> tuple[set[str], list[re.Pattern]]:
    """The English of every string whose Welsh differs, whole (short ones) or as a pattern (with fields)."""
    whole, patterns = set(), []
    for path in (translations.SOURCES / "compactdesk_cy.ts", translations.SOURCES / "qtbase_cy.ts"):
        for message in translations.read_ts(path)[1]:
            forms = message.translation if isinstance(message.translation, list) else [message.translation]
            source = _plain(message.source)
            if message.vanished or source in {_plain(form) for form in forms} or len(source) < 4:
                continue
            if "{" in source or "%n" in source or "%1" in source:
                pattern = re.escape(source)
                pattern = re.sub(r"\\\{[^}]*\\\}|%n|%\d", ".+", pattern)
                if len(re.findall(r"[A-Za-z]", re.sub(r"\.\+", "", pattern))) >= 6:  # not "{name} — {body}"
                    patterns.append(re.compile(pattern))
            else:
                whole.add(source)
    return whole, patterns


@pytest.fixture(scope="module")
def records_words(demo_master) -> list[str]:
    """Every text held in the demo group's file: names and the records' own words, which stay as typed."""
    found: set[str] = set()
    with sqlite3.connect(demo_master) as db:
        for (table,) in db.execute("select name from sqlite_master where type = 'table'"):
            columns = [row[1] for row in db.execute(f'pragma table_info("{table}")')]
            for column in columns:
                for (value,) in db.execute(f'select "{column}" from "{table}"'):
                    if isinstance(value, str) and len(value.strip()) > 1:
                        found.add(_plain(value))
                        found.update(_plain(line) for line in value.splitlines() if len(line.strip()) > 1)
    return sorted(found - {""}, key=len, reverse=True)


def _plain(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text or "").replace("&nbsp;", " ").replace("&amp;", "&&"))
    text = re.sub(r"&(?=\w)", "", text).replace("&&", "&")  # the keyboard letters
    return " ".join(text.split()).strip(" .:…")


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a person reads in a window or dialog, but the records in its tables."""
    found = [("title", top.windowTitle())]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox) and widget.isEditable() is False:
            texts += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(section, widget.orientation()) or "")
                      for section in range(widget.count())]
        if isinstance(widget, QListWidget) and widget.objectName() == "sidebar":
            texts += [widget.item(row).text() for row in range(widget.count())]
        found += [(name, text) for text in texts if text and text.strip()]
    return found


def english_in(texts, sources, records) -> list[str]:
    whole, patterns = sources
    problems = []
    held = set(records)
    for where, text in texts:
        plain = PATHS.sub(" ", _plain(text))
        if plain in held:
            continue  # a name or a record's own words
        rest = plain
        for words in records:  # what is left once the records' words are out: the program's own
            if words in rest:
                rest = rest.replace(words, " ")
        rest = " ".join(KEY_NAMES.sub(" ", rest).split())
        if len(re.findall(r"[A-Za-z]", rest)) < 3:
            continue
        if rest in whole or any(pattern.fullmatch(rest) for pattern in patterns):
            problems.append(f"{where}: {plain!r} is the English of a translated string")
            continue
        english = [word for word in re.findall(r"[A-Za-z']+", rest) if word.lower() in ENGLISH_WORDS]
        if english:
            problems.append(f"{where}: {plain!r} has English words {english}")
    return problems


def menu_texts(window) -> list[tuple[str, str]]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        found.append(("menu", menu.title()))
        found += [("menu item", action.text()) for action in menu.actions() if not action.isSeparator()]
    found += [("toolbar", action.toolTip()) for action in window.toolbar.actions() if action.toolTip()]
    return found


def test_every_page_tab_and_dialog_is_in_welsh(welsh_window, monkeypatch, english_sources, records_words):
    window = welsh_window
    window.show()
    problems = english_in(menu_texts(window), english_sources, records_words)
    for label, page in page_states(window):
        problems += [f"{label}: {problem}" for problem in
                     english_in(visible_texts(window), english_sources, records_words)]

    def visit(dialog: QDialog) -> None:
        problems.extend(f"dialog {type(dialog).__name__}: {problem}" for problem in
                        english_in(visible_texts(dialog), english_sources, records_words))

    with dialogs_caught(monkeypatch, visit) as seen:
        open_every_dialog(window)
    assert len(seen) >= 15, seen
    assert not problems, f"{len(set(problems))} English texts:\n" + "\n".join(sorted(set(problems))[:60])


def test_every_page_and_dialog_fits_the_screen_in_welsh(welsh_window, monkeypatch):
    """Welsh labels run longer: the fits-the-screen check (test_fits_screen.py) again, in Welsh, at 1024×768 and
    at 1366×768 at 125% (each less its title bar and taskbar); no page needs to scroll at either."""
    window = welsh_window
    window.show()
    problems = []
    for label, page in page_states(window):
        for screen, (width, height, _may_scroll) in list(SCREENS.items())[:2]:
            window.resize(width, height)
            settle()
            problems += problems_in(window, f"{label} at {screen} (Cymraeg)")
            scroll = page.findChild(QScrollArea, "pageScroll")
            if scroll is not None and (scroll.verticalScrollBar().maximum() > 0
                                       or scroll.horizontalScrollBar().maximum() > 0):
                problems.append(f"{label} at {screen} (Cymraeg) needs to scroll")
    window.resize(1024, 698)

    def visit(dialog: QDialog) -> None:
        problems.extend(dialog_problems(dialog, f"{type(dialog).__name__} “{dialog.windowTitle()}” (Cymraeg)"))

    with dialogs_caught(monkeypatch, visit):
        open_every_dialog(window)
    assert not problems, "\n".join(problems[:40])


def test_the_language_changes_at_once_and_nothing_is_lost(bench, settings, today, qtbot):
    window = MainWindow(bench.store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_area("meetings")
    bench.perform("Add", actions.add_target, "Translate the compact")  # an edit that may still be undone
    undo_steps = bench.undo_stack.count()
    assert undo_steps == 1
    assert window.menuBar().actions()[0].text() == "&File"
    welsh = window.menuBar().findChild(QMenu, "languageMenu").findChild(type(window.quit_action), "language_cy")
    welsh.trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Ffeil", timeout=3000)
    assert settings.get(keys.LANGUAGE) == "cy"
    assert i18n.interface() == "cy"
    assert window.current_page().area == "meetings"  # the area in view stays in view, built again in Welsh
    assert window.current_page().table.model().rowCount() > 0  # and filled in
    assert "Ctrl+Z" in window.statusBar().currentMessage() and "Every change" not in window.statusBar().currentMessage()
    assert window.sidebar.item(0).text() != "Dashboard"
    assert bench.undo_stack.count() == undo_steps and window.undo_action.text().startswith("&Dadwneud")
    assert window.current_page().findChildren(QTabBar)[0].tabText(0) == "&Agenda"
    english = window.menuBar().findChild(QMenu, "languageMenu").findChild(type(window.quit_action), "language_en")
    english.trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=3000)
    assert window.sidebar.item(0).text() == "Dashboard"
    # Each action once: the old menus' shortcuts are gone with them, or Ctrl+E would be ambiguous.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len([action for action in window.findChildren(type(window.quit_action))
                if action.shortcut() == QKeySequence("Ctrl+E")]) == 1


def test_the_first_start_asks_in_both_languages(settings, qtbot, monkeypatch):
    assert settings.get(keys.LANGUAGE) == ""
    question = LanguageQuestion()
    qtbot.addWidget(question)
    words = " ".join(label.text() for label in question.findChildren(QLabel))
    assert "Dewiswch eich iaith" in words and "Choose your language" in words
    buttons = [button.text() for button in question.findChildren(QAbstractButton)]
    assert buttons == ["Cymraeg", "English"]  # side by side, Welsh first

    def answer_welsh(dialog) -> int:
        dialog.buttons[i18n.WELSH].click()
        return dialog.result()

    monkeypatch.setattr(LanguageQuestion, "exec", answer_welsh)
    ask_first_time(settings, None)
    assert settings.get(keys.LANGUAGE) == "cy" and i18n.interface() == "cy"
    monkeypatch.setattr(LanguageQuestion, "exec", lambda dialog: pytest.fail("asked twice"))
    ask_first_time(settings, None)  # chosen: never asked again
    choose(settings, "en")
    assert i18n.interface() == "en"


def test_names_sort_in_the_welsh_alphabet_when_the_interface_is_welsh():
    names = ["Lloyd", "Lyn", "Luned", "Chris", "Cerys", "Rhys", "Robert", "Ng Wei", "Nia"]
    install_translator(i18n.WELSH)
    assert sorted(names, key=i18n.name_order) == ["Cerys", "Chris", "Ng Wei", "Luned", "Lyn", "Lloyd", "Nia",
                                                    "Robert", "Rhys"]
    install_translator(i18n.ENGLISH)
    assert sorted(names, key=i18n.name_order) == ["Cerys", "Chris", "Lloyd", "Luned", "Lyn", "Ng Wei", "Nia",
                                                    "Rhys", "Robert"]


def test_the_set_up_assistant_and_the_import_window_in_welsh(tmp_path, qtbot, settings, today, monkeypatch,
                                                              english_sources, records_words):
    """The two windows of the first hour (issue 18), in Welsh, on a new file; the import window with a member
    list whose own words (its headings, names) are the records'."""
    from compactdesk.gui.import_dialog import ImportDialog
    from compactdesk.services.spreadsheet import read_sheet
    from compactdesk.store import create_store
    from spreadsheets import members_to_check

    install_translator(i18n.WELSH)
    window = MainWindow(create_store(tmp_path / "newydd.cdstore"), today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 698)
    window.show()
    problems = []
    wizard = window.first_run.set_up()
    qtbot.waitExposed(wizard)
    wizard.welcome.name.setText("Compact Cwmpas")
    wizard.welcome.area.setText("Ceredigion")
    seen = set()
    while wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        label = f"assistant page {wizard.currentId()}"
        problems += [f"{label}: {problem}" for problem in
                     english_in(visible_texts(wizard), english_sources, records_words)]
        problems += problems_in(wizard, f"{label} (Cymraeg)")
        wizard.next()
        settle()
    assert len(seen) >= 6, seen
    wizard.reject()

    sheet = members_to_check(tmp_path / "aelodau.xlsx")
    file_words = sorted({str(cell).strip() for row in read_sheet(sheet).rows for cell in row if cell}, key=len,
                        reverse=True)
    dialog = ImportDialog(window.bench, tmp_path, window, save_template=window.importing.save_template)
    qtbot.addWidget(dialog)
    dialog.show()
    problems += [f"import window: {problem}" for problem in
                 english_in(visible_texts(dialog), english_sources, records_words)]
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(sheet), ""))
    dialog.choose_button.click()
    settle()
    problems += [f"import window with a file: {problem}" for problem in
                 english_in(visible_texts(dialog), english_sources, file_words + records_words)]
    problems += problems_in(dialog, "import window (Cymraeg)")
    window.store.close()
    assert not problems, "\n".join(problems[:40])


FIRST_START = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def answer():
    from compactdesk.gui.language import LanguageQuestion
    questions = [w for w in QApplication.topLevelWidgets() if isinstance(w, LanguageQuestion) and w.isVisible()]
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "first_run")]
    if not questions:
        QTimer.singleShot(50, answer)
        return
    # Asked over the window, before the set-up assistant, which waits for the answer.
    print(json.dumps({"asked": True, "wizard_first": windows[0].first_run.wizard is not None}), flush=True)
    questions[0].buttons["cy"].click()
    QTimer.singleShot(600, lambda: report(windows[0]))

def report(window):
    wizard = window.first_run.wizard
    print(json.dumps({"wizard": wizard is not None and wizard.isVisible(),
                      "title": wizard.windowTitle() if wizard else "", "menu": window.menuBar().actions()[0].text()}),
          flush=True)
    os._exit(0)

app = QApplication(sys.argv[:1])
QTimer.singleShot(50, answer)
from compactdesk.cli import main
main(sys.argv[1:])
"""


def test_the_very_first_start_asks_the_language_then_sets_up_in_it(tmp_path):
    """A real first start on a new file: the question, side by side, over the window; Cymraeg chosen, the
    window turns Welsh and the set-up assistant opens in Welsh; the choice is kept for the next start."""
    import json
    import os
    import subprocess

    config = tmp_path / "config"
    environment = dict(os.environ, XDG_CONFIG_HOME=str(config), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen", LANG="en_GB.UTF-8",
                       COMPACTDESK_INSTANCE=f"compactdesk-first-start-{os.getpid()}")
    done = subprocess.run([sys.executable, "-c", FIRST_START, str(tmp_path / "grŵp newydd.cdstore")],
                          env=environment, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    asked, after = [json.loads(line) for line in done.stdout.strip().splitlines()[-2:]]
    assert asked == {"asked": True, "wizard_first": False}
    assert after["wizard"] and after["menu"] == "&Ffeil"
    assert after["title"] and after["title"] != "Set up the group"
    assert "language=cy" in (config / "CompactDesk" / "CompactDesk.conf").read_text()
