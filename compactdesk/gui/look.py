"""The look of the whole program: light or dark as the system is, the person's text size, and the icons.

- Dark mode: Qt 6.5+ tells the system's colour scheme (QStyleHints.colorScheme) and when it changes. Where
  the style in use ignores it (Windows' "windowsvista" draws light whatever the scheme), Fusion is used with
  a dark palette of ours; going back to light restores what the platform gives.
- Text size: View ▸ Text size scales the application font in steps, remembered in the settings and applied
  at start before the window shows. Widgets that set a size of their own (headings are 1.4× the text) are
  scaled with it, so they stay in proportion.
- Icons: one set, Material Design Icons (gui/icons.py), from the font file QtAwesome ships. Only that font is loaded
  (QtAwesome itself loads twelve, and importing it costs more than the whole first paint), and only once
  the window has painted: the window shows first, with words, and the icons follow a moment later. They
  are drawn in the palette's text colour at paint time, so they follow a change to dark and back.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from compactdesk.gui import colours
from compactdesk.gui.settings import TEXT_SIZE, Settings

# Text sizes offered, in per cent of the system's own; Larger and Smaller step through them.
TEXT_SIZES = (100, 115, 130, 150, 175)
# Styles that draw light whatever the system's colour scheme.
_LIGHT_ONLY_STYLES = {"windowsvista", "windows"}


class _State:
    base_point_size: float | None = None  # the system's font size, before any scaling of ours
    native_style: str | None = None  # the style before Fusion stood in for dark mode
    own_palette = False  # whether the dark palette in force is ours (to be taken off again)
    percent = 100


# -- dark mode --------------------------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark palette for Fusion: every role, with the disabled group greyed, as Qt's own dark themes have it."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#ececec"), (roles.Base, "#1f1f1f"),
                         (roles.AlternateBase, "#282828"), (roles.ToolTipBase, "#3a3a3a"),
                         (roles.ToolTipText, "#ececec"), (roles.PlaceholderText, "#9a9a9a"),
                         (roles.Text, "#ececec"), (roles.Button, "#353535"), (roles.ButtonText, "#ececec"),
                         (roles.BrightText, "#ff8a80"), (roles.Light, "#4a4a4a"), (roles.Midlight, "#3e3e3e"),
                         (roles.Mid, "#2f2f2f"), (roles.Dark, "#1a1a1a"), (roles.Shadow, "#0a0a0a"),
                         (roles.Highlight, "#2f65b0"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, "#8cb8f5"), (roles.LinkVisited, "#c3a3f0"), (roles.Accent, "#2f65b0")):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7c7c"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Highlight, QColor("#404040"))
    return palette


def apply_colour_scheme(scheme: Qt.ColorScheme | None = None) -> None:
    """Light or dark as the system says (or as `scheme` says: the tests choose)."""
    app = QApplication.instance()
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    dark = scheme == Qt.ColorScheme.Dark
    if _State.native_style is None:
        _State.native_style = app.style().name()
    if dark and app.style().name().lower() in _LIGHT_ONLY_STYLES:
        app.setStyle("Fusion")  # Fusion takes the platform's dark palette where there is one
    elif not dark and app.style().name() != _State.native_style:
        app.setStyle(_State.native_style)
    if dark and not colours.is_dark(app.palette()):
        app.setPalette(dark_palette())
        _State.own_palette = True
    elif not dark and _State.own_palette:
        app.setPalette(QPalette())  # what the platform gives again
        _State.own_palette = False


def follow_colour_scheme() -> None:
    """Dark now if the system is, and again whenever the system changes."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(apply_colour_scheme)
    apply_colour_scheme(hints.colorScheme())


# -- text size --------------------------------------------------------------------------------------------------


def text_size() -> int:
    """The text size in force, in per cent of the system's."""
    return _State.percent


def apply_text_size(percent: int) -> None:
    """Scales the application's font to `percent` of the system's, and every font a widget set for itself."""
    app = QApplication.instance()
    percent = min(TEXT_SIZES, key=lambda size: abs(size - percent))  # a size no longer offered: the nearest
    old = app.font()
    if _State.base_point_size is None:
        _State.base_point_size = old.pointSizeF()
    new_size = _State.base_point_size * percent / 100
    _State.percent = percent
    if abs(new_size - old.pointSizeF()) < 0.01:
        return
    # A widget with a font of its own (a heading, a bold label) keeps its size when the application's changes:
    # each is given the same proportion to the new size as it had to the old.
    own = [(widget, QFont(widget.font())) for widget in app.allWidgets()
           if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
    font = QFont(old)
    font.setPointSizeF(new_size)
    app.setFont(font)
    ratio = new_size / old.pointSizeF()
    for widget, kept in own:
        kept.setPointSizeF(kept.pointSizeF() * ratio)
        widget.setFont(kept)


def apply_saved_text_size(settings: Settings) -> None:
    apply_text_size(settings.get(TEXT_SIZE))


def step_text_size(settings: Settings, step: int) -> int:
    """One size larger (+1) or smaller (-1), or the system's (0); remembered. Returns the new size."""
    if step == 0:
        percent = TEXT_SIZES[0]
    else:
        at = min(range(len(TEXT_SIZES)), key=lambda number: abs(TEXT_SIZES[number] - _State.percent))
        percent = TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, at + step))]
    apply_text_size(percent)
    settings.set(TEXT_SIZE, percent)
    return percent


# -- icons ------------------------------------------------------------------------------------------------------


class Icons(QObject):
    """The window's icons, set once it has first painted (`after_first_paint`), and again when the palette
    changes. Until then the window has words only, which is all a person needs to start."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._wanted: list[tuple[Callable[[QIcon], None], str]] = []
        self.shown = False
        self._scheduled = False
        window.installEventFilter(self)

    def want(self, setter: Callable[[QIcon], None], name: str) -> None:
        """`setter(icon)` will be given the icon `name`: now if icons are shown, else after the first paint."""
        self._wanted.append((setter, name))
        if self.shown:
            from compactdesk.gui.icons import icon

            setter(icon(name))

    def after_first_paint(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.show)

    def show(self) -> None:
        self.shown = True
        from compactdesk.gui.icons import icon  # the icon font's machinery loads after the first paint

        alive = []
        for setter, name in self._wanted:
            try:
                setter(icon(name))
            except RuntimeError:  # its action or item has been deleted since
                continue
            alive.append((setter, name))
        self._wanted = alive

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._scheduled:
            self.after_first_paint()
        elif event.type() == QEvent.Type.ApplicationPaletteChange and self.shown:
            self.show()  # new icons: nothing keeps a pixmap drawn in the old colours
        return False
