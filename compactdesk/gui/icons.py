"""The icons: Material Design Icons 6, from the font file QtAwesome ships, drawn in the palette's colours.

Only that one font is loaded (QtAwesome itself loads twelve, and importing it costs more than the window's whole
first paint), and this module only once the window has painted (gui/look.Icons). A glyph is drawn in the palette's
text colour as it is when painted, so an icon follows a change to dark and back.
"""

import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap


class _Font:
    family: str | None = None
    charmap: dict[str, str] = {}
    loaded = False


def _load_icon_font() -> None:
    """Material Design Icons 6 from QtAwesome's font folder, found without importing QtAwesome."""
    _Font.loaded = True
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return  # no icons, only words: everything still works
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    fonts = sorted(folder.glob("materialdesignicons6-webfont-*.ttf"))
    charmaps = sorted(folder.glob("materialdesignicons6-webfont-charmap-*.json"))
    if not fonts or not charmaps:
        return
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(fonts[-1])))
    if families:
        _Font.family = families[0]
        _Font.charmap = json.loads(charmaps[-1].read_text(encoding="utf-8"))


class _Glyph(QIconEngine):
    """One glyph of the icon font, in the palette's text colour (highlighted text when selected, greyed when
    disabled) as it is when painted."""

    def __init__(self, char: str):
        super().__init__()
        self._char = char

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else QPalette.ColorRole.WindowText
        font = QFont(_Font.family)
        font.setPixelSize(max(1, min(rect.width(), rect.height())))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(palette.color(group, role))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Drawn at the screen's own resolution: sharp at 125% and 150% scaling.
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Glyph(self._char)


def icon(name: str) -> QIcon:
    """The icon called `name` ("mdi6.undo", as QtAwesome names it), or an empty icon if there is none."""
    if not _Font.loaded:
        _load_icon_font()
    code = _Font.charmap.get(name.removeprefix("mdi6."))
    if _Font.family is None or code is None:
        return QIcon()
    return QIcon(_Glyph(chr(int(code, 16))))
