"""The set-up assistant in a Welsh window (issue 19): a word the program offers, picked as it is shown ("grŵp
cyswllt"), is saved as its English in the English column; a word the person types is the group's Welsh; and the
group's name in Welsh is asked for beside the English."""

import datetime as dt

import pytest

from compactdesk import i18n
from compactdesk.gui import ops
from compactdesk.gui.app import install_translator
from compactdesk.gui.setup_pages import STANDARDS, WORDS
from compactdesk.services import compact, papers
from compactdesk.store import create_store
from test_setup_wizard import enter, opened

TODAY = dt.date(2027, 1, 15)


@pytest.fixture
def welsh_window(tmp_path, qtbot, settings):
    """The main window in Welsh on a new, empty group's file."""
    from compactdesk.gui.main_window import MainWindow

    install_translator(i18n.WELSH)
    if i18n.interface() != i18n.WELSH:
        pytest.skip("no Welsh catalogue built (python packaging/translations.py build)")
    main = MainWindow(create_store(tmp_path / "grŵp newydd.cdstore"), today=lambda: TODAY, settings=settings)
    main.export_pool = ops.RunNow()
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    yield main
    main.store.close()


def to_the_end(qtbot, wizard) -> None:
    for _ in range(8):
        if not wizard.isVisible():
            return
        enter(qtbot, wizard)


def summary_in(language, window):
    with i18n.speaking(language):
        return window.bench.read(compact.compact_summary, TODAY)


def test_the_offered_words_picked_in_welsh_are_saved_in_english(welsh_window, qtbot):
    wizard = opened(welsh_window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant Compact")
    qtbot.keyClicks(wizard.welcome.name_cy, "Compact Dyfnant")
    enter(qtbot, wizard)
    assert wizard.currentId() == WORDS
    words = wizard.words_page
    assert [words.group_label.itemText(row) for row in range(words.group_label.count())] == [
        "grŵp cyswllt", "grŵp llywio"]
    assert words.champion_label.currentText() == "hyrwyddwr"
    words.champion_label.setCurrentIndex(1)  # "cynrychiolydd", picked from the list
    enter(qtbot, wizard)
    assert wizard.currentId() == STANDARDS
    wizard.summary_page.open_agenda.setChecked(False)
    to_the_end(qtbot, wizard)
    assert not wizard.isVisible()

    held = summary_in(i18n.ENGLISH, welsh_window)
    assert (held.words.name, held.words.name_cy) == ("Dyfnant Compact", "Compact Dyfnant")
    assert (held.words.group_label, held.words.group_label_cy) == ("liaison group", "")
    assert (held.words.champion_label, held.words.champion_label_cy) == ("representative", "")
    assert (held.group_label, held.champion_label) == ("liaison group", "representative")
    shown = summary_in(i18n.WELSH, welsh_window)
    assert (shown.name, shown.group_label, shown.champion_label) == ("Compact Dyfnant", "grŵp cyswllt",
                                                                     "cynrychiolydd")
    with i18n.speaking(i18n.ENGLISH):
        assert "Grŵp" not in welsh_window.bench.read(papers.group_name)


def test_a_word_typed_in_a_welsh_window_is_the_groups_welsh(welsh_window, qtbot):
    wizard = opened(welsh_window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant Compact")
    enter(qtbot, wizard)
    words = wizard.words_page
    words.group_label.setCurrentText("grŵp llywio")  # the program's Welsh, typed: the offered word
    words.champion_label.lineEdit().clear()
    qtbot.keyClicks(words.champion_label.lineEdit(), "swyddog cyswllt")
    assert "swyddog cyswllt" in words.example.text()
    enter(qtbot, wizard)
    wizard.summary_page.open_agenda.setChecked(False)
    for _ in range(4):
        enter(qtbot, wizard)
    assert "swyddog cyswllt" in wizard.summary_page.summary.text()
    to_the_end(qtbot, wizard)
    assert not wizard.isVisible()

    held = summary_in(i18n.ENGLISH, welsh_window).words
    assert (held.group_label, held.group_label_cy) == ("steering group", "")
    assert (held.champion_label, held.champion_label_cy) == ("champion", "swyddog cyswllt")
    assert held.name_cy == ""
    shown = summary_in(i18n.WELSH, welsh_window)
    assert (shown.group_label, shown.champion_label) == ("grŵp llywio", "swyddog cyswllt")
    assert summary_in(i18n.ENGLISH, welsh_window).champion_label == "champion"
