"""Every colour of CompactDesk's own, each in a light and a dark variant; everything else comes from the palette.

Which variant is used follows the palette in force (its window colour's lightness), so a dark palette, the
system's or ours (gui/look.py), gets the dark one. Each text colour reaches 4.5:1 (WCAG AA) against Base,
Window and AlternateBase of the light Fusion palette and of the dark one, and against its own label's fill:
tests/gui/test_contrast.py computes it. A colour never says something alone: the words say it too.
"""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Tone:
    """A colour with a meaning: `text` for words on the page's own background, `fill` behind the words
    of a status label; each as (light palette, dark palette)."""

    name: str
    text: tuple[str, str]
    fill: tuple[str, str]


# Late, overdue, refused, a problem.
URGENT = Tone("urgent", ("#a00000", "#ff9b91"), ("#fde3e1", "#5a1d1a"))
# Due soon, at risk, nearly out of time.
WARNING = Tone("warning", ("#7a4b00", "#f5c26b"), ("#fdf0d2", "#4d3608"))
# Answered, done, on track, in force.
GOOD = Tone("good", ("#1d6b2c", "#8fdc9c"), ("#dff3e2", "#163f20"))
# Not started, dropped, closed, a hint: present but not asking for anything.
QUIET = Tone("quiet", ("#646464", "#b0b0b0"), ("#ececec", "#3a3a3a"))
# Waiting, planned, neither good nor bad.
INFO = Tone("info", ("#174f94", "#9cc3f5"), ("#e2edfb", "#1b3556"))
TONES = {tone.name: tone for tone in (URGENT, WARNING, GOOD, QUIET, INFO)}

# The problem banner across the top of the window (gui/banner.py): its text on its fill, and its border.
BANNER = Tone("banner", ("#3d2d00", "#ffe3a3"), ("#fff4d6", "#3f3210"))
BANNER_BORDER = ("#d9a400", "#a57d00")


# The tone of each status a table shows as a label, by the status's value (domain/enums.py): one place, so that
# "overdue" is the same red on every page. Values shared by two kinds of record mean the same in both.
_STATUS_TONES = {
    "urgent": ("overdue", "in_difficulty", "stalled", "absent"),
    "warning": ("due_soon", "ending_soon", "vacant", "under_review", "agreed_not_signed"),
    "good": ("on_track", "done", "answered_on_time", "filled", "adopted", "signed", "implemented", "agreed",
             "present", "minutes_approved"),
    "quiet": ("not_started", "dropped", "answered_late", "dormant", "replaced", "wound_up", "apologies"),
    "info": ("open", "planned", "agenda_issued", "held", "minutes_drafted", "in_draft", "proposed",
             "accepted_in_principle", "just_starting", "substitute"),
}
STATUS_TONES = {value: tone for tone, values in _STATUS_TONES.items() for value in values}


def status_tone(status: object) -> str | None:
    """The tone of a status's label (an enum member or its value); None: plain words."""
    return STATUS_TONES.get(str(getattr(status, "value", status)))


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in force (or this one) is a dark one: light words on a dark window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def text(tone: Tone | str, palette: QPalette | None = None) -> QColor:
    """The tone's colour for words, for the palette in force (or this one)."""
    return _pick((TONES[tone] if isinstance(tone, str) else tone).text, palette)


def fill(tone: Tone | str, palette: QPalette | None = None) -> QColor:
    """The background of a status label of this tone."""
    return _pick((TONES[tone] if isinstance(tone, str) else tone).fill, palette)


def css(tone: Tone | str, palette: QPalette | None = None) -> str:
    """The tone's text colour as #rrggbb, for rich text and style sheets."""
    return text(tone, palette).name()


def style(tone: Tone | str, *, bold: bool = False) -> str:
    """A style sheet (or a rich-text span's style) giving words the tone's colour."""
    return f"color: {css(tone)};" + (" font-weight: bold;" if bold else "")


def invalid_style() -> str:
    """The outline of a field whose value was refused (gui/form.py)."""
    return f"border: 2px solid {css(URGENT)};"


class _Tint(QObject):
    def __init__(self, widget: QWidget, tone: Tone | str, bold: bool):
        super().__init__(widget)
        self._tone, self._bold = tone, bold
        widget.setStyleSheet(style(tone, bold=bold))
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            watched.setStyleSheet(style(self._tone, bold=self._bold))
        return False


def tint(widget: QWidget, tone: Tone | str, *, bold: bool = False) -> None:
    """The widget's words in the tone's colour, for the palette in force now and after a change to dark or back."""
    _Tint(widget, tone, bold)


def banner_style(palette: QPalette | None = None) -> str:
    return (f"#problemBanner {{ background: {_pick(BANNER.fill, palette).name()}; "
            f"border: 1px solid {_pick(BANNER_BORDER, palette).name()}; border-radius: 4px; }}"
            f"#problemBanner QLabel {{ color: {_pick(BANNER.text, palette).name()}; }}")


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
