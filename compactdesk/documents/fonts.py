"""The fonts every PDF is set in, and text made ready for a reportlab Paragraph.

DejaVu Sans covers Welsh and Polish and most of what people type; Symbola (one
monochrome face) covers emoji and symbols. A PDF viewer never substitutes a font
for a missing glyph, so `markup` picks a font for every character itself and
writes out the ones neither font has, rather than letting them print as boxes.
"""

import os
import re
import sys
import threading
import unicodedata
from itertools import groupby
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

import compactdesk

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_SYMBOLS = "Symbola"

_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FONT_SYMBOLS: "Symbola.ttf",
}
_FACES = {(False, False): FONT_REGULAR, (True, False): FONT_BOLD,
          (False, True): FONT_ITALIC, (True, True): FONT_BOLD_ITALIC}

# Marks that take no room of their own: when no font has them, leaving them out loses nothing visible.
_INVISIBLE = {"Cc", "Cf", "Cs", "Mn", "Me", "Zl", "Zp"}
_TAB = "\u00a0" * 4  # a Paragraph folds ordinary spaces together, so a tab is kept as non-breaking ones

# What each face has a glyph for, filled in by register().
_covered: dict[str, frozenset[int]] = {}
# Per face: character -> (font to set it in, its escaped markup); markup() meets the same few characters
# again and again, so each is looked up once.
_pieces: dict[str, dict[str, tuple[str, str]]] = {face: {} for face in _FACES.values()}
_lock = threading.Lock()
_ready = threading.Event()

_MAIN, _PLAIN, _SYMBOL = "main", "plain", "symbol"


def font_dir() -> Path:
    """The folder holding the font files: COMPACTDESK_RESOURCES/fonts when an installer sets it
    and the fonts are there, otherwise resources/fonts beside the package (a source checkout),
    otherwise <prefix>/share/compactdesk/fonts (a plain install)."""
    override = os.environ.get("COMPACTDESK_RESOURCES")
    if override:
        folder = Path(override) / "fonts"
        if (folder / _FILES[FONT_REGULAR]).is_file():
            return folder
    beside = Path(compactdesk.__file__).resolve().parent.parent / "resources" / "fonts"
    installed = Path(sys.prefix) / "share" / "compactdesk" / "fonts"  # `pip install .` (pyproject data-files)
    return beside if (beside / _FILES[FONT_REGULAR]).is_file() or not installed.is_dir() else installed


def register() -> None:
    """Registers the fonts with reportlab (once, whichever thread asks first), DejaVu Sans as a
    family so <b> and <i> pick its bold and oblique faces."""
    if _ready.is_set():
        return
    with _lock:
        if _ready.is_set():
            return
        folder = font_dir()
        missing = [name for name in _FILES.values() if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"CompactDesk's fonts are missing from {folder}: {', '.join(missing)}")
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap(ttfonts.makeToUnicodeCMap)
        loaded = {name: TTFont(name, str(folder / file)) for name, file in _FILES.items()}
        for font in loaded.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD,
                                      italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
        # Symbola has one face: inside <b> or <i> reportlab must still find it, not raise.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT_SYMBOLS, bold, italic, FONT_SYMBOLS)
        _covered.update({name: frozenset(font.face.charToGlyph) for name, font in loaded.items()})
        _ready.set()


def _to_unicode_cmap(make):
    """reportlab writes a character beyond U+FFFF into a PDF's ToUnicode map as five hex digits,
    which readers take for a different character: 🚌 is read back as "Ὠ". Writing it as its
    UTF-16 pair (what the PDF standard asks for) lets emoji be searched, copied and read aloud."""
    if getattr(make, "compactdesk_fixed", False):
        return make

    def pair(found: re.Match) -> str:
        code = int(found.group(2), 16)
        return f"{found.group(1)}<{chr(code).encode('utf-16-be').hex().upper()}>"

    def fixed(fontname, subset):
        return re.sub(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", pair, make(fontname, subset), flags=re.MULTILINE)

    fixed.compactdesk_fixed = True
    return fixed


def _piece(char: str, face: str) -> tuple[str, str]:
    code = ord(char)
    if char == "\n":
        return _MAIN, "<br/>"
    if char == "\t":
        return _MAIN, _TAB
    category = unicodedata.category(char)
    if category in ("Cc", "Cs"):
        return _MAIN, ""  # no font can draw a control or half a surrogate pair
    if code in _covered[face]:
        return _MAIN, _escape(char)
    if code in _covered[FONT_REGULAR]:
        return _PLAIN, _escape(char)  # the bold or oblique face lacks it: the upright one is closest
    if code in _covered[FONT_SYMBOLS]:
        return _SYMBOL, _escape(char)
    if category in _INVISIBLE:
        return _MAIN, ""
    if category == "Zs":
        return _MAIN, " "
    return _MAIN, f"[U+{code:04X}]"


def _escape(char: str) -> str:
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(char, char)


def markup(text: str, bold: bool = False, italic: bool = False) -> str:
    """`text` as reportlab Paragraph markup, for a Paragraph whose style uses FONT_REGULAR:
    escaped, newlines as line breaks, tabs as spaces, each character in a font that has it,
    invisible ones no font has dropped and any other shown as "[U+1F9FF]"."""
    register()
    face = _FACES[bool(bold), bool(italic)]
    known = _pieces[face]
    pieces = []
    for char in str(text):
        piece = known.get(char)
        if piece is None:
            piece = known[char] = _piece(char, face)
        pieces.append(piece)
    opening = ("<b>" if bold else "") + ("<i>" if italic else "")
    closing = ("</i>" if italic else "") + ("</b>" if bold else "")
    out = []
    for kind, run in groupby(pieces, key=lambda piece: piece[0]):
        words = "".join(piece[1] for piece in run)
        if not words:
            continue
        if kind == _MAIN:
            out.append(opening + words + closing)
        elif kind == _PLAIN:
            out.append(words)
        else:
            out.append(f'<font name="{FONT_SYMBOLS}">{words}</font>')
    return "".join(out)


def plain_face(text: str, bold: bool = False) -> str | None:
    """The font that sets `text` exactly as it stands, when one face has every character and
    nothing is to be changed (no line break, tab, or character dropped or written out);
    otherwise None, and the text needs markup(). Most table cells (dates, counts, states) are
    such text, and can be drawn without a Paragraph's markup parsing."""
    register()
    face = _FACES[bool(bold), False]
    plain = _plain[face]
    if plain.issuperset(text):  # the characters met before: one set look-up each, in C
        return face
    known = _pieces[face]
    for char in text:
        piece = known.get(char)
        if piece is None:
            piece = known[char] = _piece(char, face)
        if piece[0] != _MAIN or piece[1] not in (char, _escape(char)):
            return None
        plain.add(char)
    return face


# Per face: the characters plain_face has found it sets as they are.
_plain: dict[str, set[str]] = {face: set() for face in _FACES.values()}
