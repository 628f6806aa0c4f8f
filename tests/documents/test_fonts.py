"""The PDF fonts: found, registered once, and every character sent to a font that has it."""

import shutil
import threading
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Paragraph

from compactdesk.documents import fonts

FACES = (fonts.FONT_REGULAR, fonts.FONT_BOLD, fonts.FONT_ITALIC, fonts.FONT_BOLD_ITALIC, fonts.FONT_SYMBOLS)


def covered(name: str) -> set[int]:
    fonts.register()
    return set(getFont(name).face.charToGlyph)


def parsed(text: str) -> Paragraph:
    fonts.register()
    return Paragraph(text, ParagraphStyle("t", fontName=fonts.FONT_REGULAR, fontSize=12, leading=15))


def test_the_shipped_fonts_are_found():
    folder = fonts.font_dir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                 "Symbola.ttf"):
        assert (folder / name).is_file()


def test_an_installer_can_point_at_its_own_fonts(tmp_path, monkeypatch):
    shutil.copytree(fonts.font_dir(), tmp_path / "fonts")
    monkeypatch.setenv("COMPACTDESK_RESOURCES", str(tmp_path))
    assert fonts.font_dir() == tmp_path / "fonts"


def test_an_override_without_fonts_falls_back_to_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPACTDESK_RESOURCES", str(tmp_path))
    assert fonts.font_dir() != tmp_path / "fonts"
    assert (fonts.font_dir() / "DejaVuSans.ttf").is_file()


def test_register_is_safe_from_many_threads_at_once():
    problems = []

    def go():
        try:
            fonts.register()
        except Exception as error:  # noqa: BLE001 - any failure is what the test reports
            problems.append(error)

    threads = [threading.Thread(target=go) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    fonts.register()
    assert problems == []
    for name in FACES:
        assert getFont(name).fontName == name


def test_dejavu_is_a_family_so_bold_and_italic_tags_work():
    fonts.register()
    assert tt2ps(fonts.FONT_REGULAR, 1, 0) == fonts.FONT_BOLD
    assert tt2ps(fonts.FONT_REGULAR, 0, 1) == fonts.FONT_ITALIC
    assert tt2ps(fonts.FONT_REGULAR, 1, 1) == fonts.FONT_BOLD_ITALIC
    assert tt2ps(fonts.FONT_SYMBOLS, 1, 1) == fonts.FONT_SYMBOLS


def test_markup_escapes_what_reportlab_would_read_as_tags():
    assert fonts.markup("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert fonts.markup("&amp; <br/>") == "&amp;amp; &lt;br/&gt;"
    assert parsed(fonts.markup("x < y & <i>z</i>")).getPlainText() == "x < y & <i>z</i>"


def test_welsh_and_polish_stay_in_dejavu():
    text = "Ynys Môn, ŵ ŷ â Ŵ Ŷ; Łucja Kowalczyk, źdźbło żółć"
    assert fonts.markup(text) == text
    assert fonts.markup(text, bold=True) == f"<b>{text}</b>"
    assert fonts.markup(text, italic=True) == f"<i>{text}</i>"
    assert fonts.markup(text, bold=True, italic=True) == f"<b><i>{text}</i></b>"


def test_emoji_dejavu_lacks_go_to_symbola():
    assert fonts.markup("bus 🚌 party 🎉") == (f'bus <font name="{fonts.FONT_SYMBOLS}">🚌</font> party '
                                              f'<font name="{fonts.FONT_SYMBOLS}">🎉</font>')
    assert fonts.markup("👍🏽") == f'<font name="{fonts.FONT_SYMBOLS}">👍🏽</font>'
    # DejaVu has these itself: no needless switch of font.
    assert fonts.markup("☕ ✓") == "☕ ✓"


def test_a_character_neither_font_has_is_written_out():
    assert 0x6F22 not in covered(fonts.FONT_REGULAR) | covered(fonts.FONT_SYMBOLS)
    assert fonts.markup("漢 x") == "[U+6F22] x"
    assert fonts.markup("\U0001F9FF") == "[U+1F9FF]"
    assert fonts.markup("\ue000") == "[U+E000]"  # private use: nobody's glyph


@pytest.mark.parametrize("invisible", ["\U000E0001", "\u061c", "\u0f71", "\u180e"])
def test_an_invisible_character_neither_font_has_is_dropped(invisible):
    assert unicodedata.category(invisible) in ("Cf", "Mn")
    assert ord(invisible) not in covered(fonts.FONT_REGULAR) | covered(fonts.FONT_SYMBOLS)
    assert fonts.markup(f"a{invisible}b") == "ab"


def test_controls_and_lone_surrogates_are_dropped():
    assert fonts.markup("a\x00\x07\x1b\ud800b") == "ab"


def test_a_space_no_font_has_becomes_a_plain_space():
    assert fonts.markup("a\u3000b") == "a b"


def test_newlines_break_lines_and_tabs_keep_their_room():
    assert fonts.markup("one\ntwo") == "one<br/>two"
    assert fonts.markup("a\tb") == "a" + "\u00a0" * 4 + "b"
    assert parsed(fonts.markup("a\tb")).getPlainText() == "a" + "\u00a0" * 4 + "b"


def test_a_letter_the_bold_face_lacks_is_set_upright_not_lost():
    lacking = sorted(covered(fonts.FONT_REGULAR) - covered(fonts.FONT_BOLD) - covered(fonts.FONT_SYMBOLS))
    letter = chr(next(code for code in lacking if code > 0xFFFF or unicodedata.category(chr(code)) == "Lo"))
    assert fonts.markup(f"{letter}x", bold=True) == f"{letter}<b>x</b>"


def _fonts_used(text: str, bold: bool, italic: bool) -> list[tuple[str, str]]:
    return [(frag.fontName, frag.text) for frag in parsed(fonts.markup(text, bold, italic)).frags
            if getattr(frag, "text", "")]


@settings(max_examples=200, deadline=None)
@given(st.text(), st.booleans(), st.booleans())
def test_every_character_markup_keeps_is_in_a_font_that_has_it(text, bold, italic):
    for name, words in _fonts_used(text, bold, italic):
        have = covered(name)
        assert all(ord(char) in have for char in words), (name, words)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc",)), max_size=50))
def test_text_the_fonts_have_reads_back_unchanged(text):
    have = covered(fonts.FONT_REGULAR) | covered(fonts.FONT_SYMBOLS)
    kept = "".join(char for char in text if ord(char) in have)
    # A Paragraph folds white space together, so compare the text between the spaces.
    plain = parsed(fonts.markup(kept)).getPlainText()
    assert "".join(plain.split()) == "".join(kept.split())


def test_markup_of_a_long_text_is_quick_enough_to_finish():
    text = "Ynys Môn 🚌 漢 & < > " * 6000
    out = fonts.markup(text, bold=True)
    assert out.count("[U+6F22]") == 6000
