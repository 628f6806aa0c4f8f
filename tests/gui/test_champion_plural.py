"""The group's word for a champion, made plural on the Champions tab in the window's language (issue 19): the
program's own word has its translated plural ("hyrwyddwyr", never "hyrwyddwrs"), a word of the group's own the
English rule in English and its Welsh plural in Welsh, and where Welsh has none known the hint is put another
way that needs no plural."""

import html

import pytest

from compactdesk import i18n
from compactdesk.gui.app import install_translator
from compactdesk.gui.pages.signup import CHAMPIONS, SignUpPage
from compactdesk.services import champions, compact, members
from compactdesk.store.models import Person
from welsh_catalogue import welsh_loaded

UNLINKED = "Carys Howells (Hywel Môn University Health Board)"


def _words(bench, english: str, welsh: str = "") -> None:
    bench.perform("Word", lambda s: compact.update_compact(
        s, name=compact.get_compact(s).name, champion_label=english, champion_label_cy=welsh))


def _hint(shown) -> str:
    return html.unescape(shown.champions_tab.hint.text())  # rich text: an apostrophe comes as &#x27;


@pytest.fixture(autouse=True)
def unlinked(bench):
    """Someone marked a champion on the People page and named for no department: the hint names them."""
    carys = next(row.person_id for row in bench.read(members.person_rows) if row.name == "Carys Howells")
    bench.perform("Mark Carys", lambda session: setattr(session.get(Person, carys), "is_champion", True))


@pytest.fixture
def page(bench, qtbot):
    def make():
        widget = SignUpPage(bench)
        qtbot.addWidget(widget)
        bench.changed.connect(widget.refresh)
        widget.resize(1100, 700)
        widget.refresh()
        return widget
    return make


@pytest.fixture
def welsh():
    with welsh_loaded():
        install_translator(i18n.WELSH)
        yield
        install_translator(i18n.ENGLISH)


def test_in_english_the_groups_own_word_takes_the_english_plural(bench, page):
    _words(bench, "lead officer")
    shown = page()
    assert shown.tabs.tabText(CHAMPIONS).replace("&", "") == "Lead officers"
    assert _hint(shown).startswith("ⓘ Marked as lead officers on the People page")
    assert UNLINKED in _hint(shown)


def test_in_welsh_the_programs_word_has_the_translated_plural(bench, page, welsh):
    shown = page()
    assert bench.read(champions.champion_label) == "hyrwyddwr"
    assert shown.tabs.tabText(CHAMPIONS).replace("&", "") == "Hyrwyddwyr"
    hint = _hint(shown)
    assert hint.startswith("ⓘ Wedi'u nodi fel hyrwyddwyr ar y dudalen Pobl") and "hyrwyddwrs" not in hint
    assert UNLINKED in hint


def test_in_welsh_the_groups_own_welsh_word_takes_its_welsh_plural(bench, page, welsh):
    _words(bench, "lead officer", "swyddog arweiniol")
    shown = page()
    assert shown.tabs.tabText(CHAMPIONS).replace("&", "") == "Swyddogion arweiniol"
    assert _hint(shown).startswith("ⓘ Wedi'u nodi fel swyddogion arweiniol ar y dudalen Pobl")


@pytest.mark.parametrize(("english", "welsh_word", "said"), [("keeper", "ceidwad", "ceidwad"),
                                                            ("lead officer", "", "lead officer")])
def test_in_welsh_a_word_with_no_plural_known_is_said_without_one(bench, page, welsh, english, welsh_word, said):
    _words(bench, english, welsh_word)
    shown = page()
    hint = _hint(shown)
    assert hint.startswith(f"ⓘ Wedi'u nodi ar y dudalen Pobl fel {said} ond heb eu henwi"), hint
    assert UNLINKED in hint and f"{said}s" not in hint
    assert shown.tabs.tabText(CHAMPIONS).replace("&", "") == said[:1].upper() + said[1:]
