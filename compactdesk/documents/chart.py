"""A BarChart laid out once, in points, and drawn by both renderers: as a reportlab Drawing in the
PDF (pdf.py) and as a PNG for Word (`png` below, with Pillow), so both papers show the same bars,
the same scale and the same words.

The chart runs across the page: each category's name on the left, its bars to the right with the
value written at each bar's end, the scale's numbers underneath and, for more than one series, a key
above. Everything is black, white and greys (a series may be hatched), so it prints in black and
white; every word is set in DejaVu Sans at the body's size, the scale's numbers a little smaller.
"""

from __future__ import annotations

import io
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import groupby

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from compactdesk.documents import fonts
from compactdesk.documents.bilingual import say
from compactdesk.documents.model import BarChart
from compactdesk.documents.text import printable
from compactdesk.domain.dates import locale_name
from compactdesk.i18n import translate

# ---------------------------------------------------------------------------------------------
# The scale: small pure functions, shared so that both papers show the same axis.

MANTISSAS = (1.0, 2.0, 2.5, 5.0)
FINEST_STEP = 0.1  # figures are written with at most one decimal
MOST_INTERVALS = 7  # at most 8 numbers under the axis


@dataclass(frozen=True)
class Scale:
    step: float
    intervals: int

    @property
    def top(self) -> float:
        return self.ticks[-1]

    @property
    def ticks(self) -> tuple[float, ...]:
        # Rounded, so 3 × 0.1 is written 0.3, not 0.30000000000000004.
        return tuple(round(self.step * index, 6) for index in range(self.intervals + 1))


def nice_scale(largest: float, maximum: float | None = None, *, whole: bool = False, most: int = 6) -> Scale:
    """The scale for figures up to `largest`: from 0 in 2 to `most` (at most 7) equal steps of 1, 2,
    2.5 or 5 times a power of ten, its top at or above every figure. A `maximum` at or above the
    figures is the top itself when some such step reaches it exactly (100 → 0, 20, … 100), else the
    top is the next round number above it. `whole` figures (counts) get whole steps."""
    most = min(max(int(most), 2), MOST_INTERVALS)
    target = max(largest, maximum or 0.0, 0.0)
    if not math.isfinite(target):
        raise ValueError(f"no scale reaches {target}")
    if target == 0:
        target = 1.0  # nothing to show: a scale that still reads sensibly
    if maximum is not None and maximum >= largest:
        # One step more is allowed here: 0, 10, … 70 reads better than 0, 20, … 80 for a top of 70.
        limit = min(most + 1, MOST_INTERVALS)
        for step in _steps(maximum, whole):
            intervals = maximum / step
            if intervals < 2 - 1e-9:
                break
            exact = Scale(step, round(intervals))
            if abs(intervals - exact.intervals) < 1e-9 * intervals and exact.intervals <= limit and exact.top >= target:
                return exact
    for step in _steps(target, whole):
        intervals = max(2, math.ceil(target / step))
        while Scale(step, intervals).top < target:  # the division (or writing the top) rounded down
            intervals += 1
        if intervals <= most:
            return Scale(step, intervals)
    raise AssertionError("a step always comes")  # pragma: no cover - the steps grow without end


def _steps(target: float, whole: bool):
    """Round steps, smallest first, starting well below the target."""
    exponent = max(math.floor(math.log10(target)) - 2, -1)
    while True:
        for mantissa in MANTISSAS:
            step = mantissa * 10.0**exponent if exponent >= 0 else mantissa / 10.0**-exponent
            if step < FINEST_STEP - 1e-12 or (mantissa == 2.5 and exponent < 0):
                continue  # 0.25 would need a second decimal
            if whole and (step < 1 or step != math.floor(step)):
                continue
            yield step
        exponent += 1


def is_whole(chart: BarChart) -> bool:
    """Whether every figure (and the maximum) is a whole number, so the scale counts in whole steps."""
    figures = [value for one in chart.series for value in one.values if value is not None]
    if chart.maximum is not None:
        figures.append(chart.maximum)
    return all(float(value).is_integer() for value in figures)


def number(value: float) -> str:
    """A figure as the chart writes it: thousands separated, at most one decimal ("1,250", "72.5"), in the
    language spoken (CLDR, through Babel)."""
    from babel.numbers import format_decimal

    return format_decimal(round(value, 1), "#,##0.#", locale=locale_name())


def with_unit(text: str, unit: str) -> str:
    """"75" and "%" make "75%"; "12" and "people" make "12 people"; "£" goes before: "£1,250"."""
    unit = " ".join(printable(unit).split())
    if not unit:
        return text
    if len(unit) == 1 and unicodedata.category(unit) == "Sc":
        return f"{unit}{text}"  # a currency: "£1,250"
    return f"{text} {unit}" if is_worded(unit) else f"{text}{unit}"


def is_worded(unit: str) -> bool:
    """Whether a unit has words in it ("people"), not only signs ("%", "£")."""
    return any(char.isalnum() for char in unit)


# ---------------------------------------------------------------------------------------------
# The picture: shapes in points, y measured down from the top.

@dataclass(frozen=True)
class Piece:
    """A run of text set in one font."""

    text: str
    font: str


@dataclass(frozen=True)
class Label:
    x: float  # where the text starts
    baseline: float
    pieces: tuple[Piece, ...]
    size: float

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: float | None  # grey: 0 black, 1 white; None for none
    outline: float = 0.0  # a black outline's width, 0 for none


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    grey: float = 0.0


Shape = Label | Box | Rule


@dataclass(frozen=True)
class Picture:
    width: float
    height: float
    shapes: tuple[Shape, ...]


# How each series looks, in turn: a fill (grey) and hatching; distinct in black and white.
LOOKS = (
    (0.25, ""),  # dark grey
    (0.8, ""),  # light grey
    (1.0, "/"),  # white, hatched
    (1.0, "x"),  # white, cross-hatched
    (0.55, ""),  # mid grey
    (1.0, ""),  # white
)
OUTLINE = 0.75
GRID_GREY = 0.72

# Proportions of the body's size.
BAR = 1.3  # a bar's thickness
BAR_GAP = 0.15  # between the bars of one category
GROUP_GAP = 0.75  # between categories
LINE = 1.2  # a category name's line height
NAME_LINES = 3  # a longer name is cut short with "…"
LABEL_GAP = 0.6  # between the names and the bars
VALUE_GAP = 0.3  # between a bar's end and its value
TICK_SIZE = 0.85  # the scale's numbers
NAME_SHARE = 0.38  # the most of the width the names take ...
NAME_SHARE_LEAST = 0.2  # ... and the least when the figures are long
PLOT_SHARE_LEAST = 0.35  # the bars always have this much of the width


def no_data() -> str:
    return say(lambda: translate("Papers", "no data"))


def pictures(chart: BarChart, width: float, size: float, most_height: float | None = None) -> list[Picture]:
    """The chart as pictures `width` points wide, words at `size` points: one picture, or for very
    many categories several, each no taller than `most_height` (unless one category alone is) and
    read on its own: its own key and scale, the same for all. None at all when there is nothing to
    draw (no categories or no series)."""
    if not chart.categories or not chart.series:
        return []
    layout = Layout(chart, width, size)
    out = []
    rest = layout.everything
    while rest:
        count = max(1, layout.fit(rest, most_height)) if most_height is not None else len(rest)
        out.append(layout.picture(rest[:count]))
        rest = rest[count:]
    return out


class Layout:
    """Where everything goes, worked out once for the whole chart; `picture` draws any run of its
    categories (a PDF page's worth, say) on the same scale."""

    def __init__(self, chart: BarChart, width: float, size: float):
        fonts.register()
        self.chart, self.width, self.size = chart, width, size
        s = size
        self.tick_size = round(s * TICK_SIZE * 2) / 2
        values = [list(one.values) for one in chart.series]
        # The scale's numbers carry a sign ("%", "£") but not a word: "people" under every line would crowd.
        self.tick_unit = "" if is_worded(chart.unit) else chart.unit
        self.texts = [[with_unit(number(value), chart.unit) if value is not None else no_data() for value in row]
                      for row in values]
        # Without a word unit, for a figure that would not fit with it.
        self.bare = [[with_unit(number(value), self.tick_unit) if value is not None else no_data() for value in row]
                     for row in values]

        def widest(texts) -> float:
            return max((measure(text, fonts.FONT_REGULAR, s) for row, figures in zip(texts, values)
                        for text, value in zip(row, figures) if value is not None), default=0.0)

        # Room at the right for the values: all of them, unless a long unit would take too much; a
        # figure itself is never cut short.
        value_room = min(widest(self.texts), max(width * 0.4, widest(self.bare))) + VALUE_GAP * s + 1
        largest = max((value for row in values for value in row if value is not None), default=0.0)

        names = [" ".join(printable(name).split()) for name in chart.categories]
        natural = max((measure(name, fonts.FONT_REGULAR, s) for name in names), default=0.0)
        names_width = min(natural, width * NAME_SHARE)
        gap = LABEL_GAP * s
        if width - names_width - gap - value_room < width * PLOT_SHARE_LEAST:
            names_width = max(width * NAME_SHARE_LEAST, width - gap - value_room - width * PLOT_SHARE_LEAST)
        # The scale's "0" is centred under its start: keep its left half on the page too.
        self.x0 = max(names_width + gap, measure(with_unit("0", self.tick_unit), fonts.FONT_REGULAR, self.tick_size) / 2 + 1)
        self.x1 = max(width - value_room, self.x0 + width * 0.1)

        whole = is_whole(chart)
        self.all_ticks = True
        for most in range(6, 1, -1):
            self.scale = nice_scale(largest, chart.maximum, whole=whole, most=most)
            self.tick_texts = [with_unit(number(tick), self.tick_unit) for tick in self.scale.ticks]
            widest = max(measure(text, fonts.FONT_REGULAR, self.tick_size) for text in self.tick_texts)
            if widest + s <= (self.x1 - self.x0) / self.scale.intervals:
                break
        else:
            self.all_ticks = False  # the numbers would run together: only the first and last are written
        # The top's number is centred on the scale's end: keep its right half on the page.
        half_top = measure(self.tick_texts[-1], fonts.FONT_REGULAR, self.tick_size) / 2
        self.x1 = min(self.x1, width - half_top - 1)
        self.names = [wrap(name, fonts.FONT_REGULAR, s, names_width, NAME_LINES) for name in names]
        self.everything = tuple(range(len(chart.categories)))
        self.key_shapes, self.key_bottom = self.key(0.0)
        _, numbers = self.axis(0.0, 0.0)
        # Everything but the categories: the key, the gaps above and below them and the scale's numbers.
        self.frame = self.key_bottom + GROUP_GAP * s + numbers

    def height(self, indices: tuple[int, ...]) -> float:
        return math.ceil(self.frame + sum(self.group_height(index) + GROUP_GAP * self.size for index in indices) + 1)

    def fit(self, indices: tuple[int, ...], height: float) -> int:
        """How many of the categories, from the first, fit in a picture no taller than `height`."""
        used = self.frame + 1
        for count, index in enumerate(indices):
            used += self.group_height(index) + GROUP_GAP * self.size
            if math.ceil(used) > height:
                return count
        return len(indices)

    # The picture's parts, top to bottom: the key, the categories, the scale's numbers.

    def key(self, top: float) -> tuple[list[Shape], float]:
        series = self.chart.series
        if len(series) < 2:
            return [], top
        s = self.size
        shapes: list[Shape] = []
        row_height = LINE * s * 1.15
        start = OUTLINE  # the swatch's outline stays inside the picture
        x, baseline = start, top + s * 1.05
        for index, one in enumerate(series):
            name = shorten(" ".join(printable(one.name).split()), fonts.FONT_REGULAR, s, self.width - 1.5 * s)
            item = 1.4 * s + measure(name, fonts.FONT_REGULAR, s)
            if x > start and x + item > self.width:
                x, baseline = start, baseline + row_height
            shapes += bar(index, x, baseline - 0.85 * s, s, 0.9 * s)  # the series' swatch
            shapes.append(label(name, fonts.FONT_REGULAR, s, x + 1.4 * s, baseline))
            x += item + 1.5 * s
        return shapes, baseline + 0.35 * s + 0.6 * s

    def group_height(self, index: int) -> float:
        s = self.size
        count = len(self.chart.series)
        bars = count * BAR * s + (count - 1) * BAR_GAP * s
        return max(bars, len(self.names[index]) * LINE * s)

    def group(self, index: int, top: float) -> list[Shape]:
        s = self.size
        height = self.group_height(index)
        shapes: list[Shape] = []
        lines = self.names[index]
        first = top + (height - len(lines) * LINE * s) / 2 + LINE * s * 0.78
        shapes += [label(line, fonts.FONT_REGULAR, s, 0.0, first + number_ * LINE * s)
                   for number_, line in enumerate(lines)]
        count = len(self.chart.series)
        bar_top = top + (height - count * BAR * s - (count - 1) * BAR_GAP * s) / 2
        span = self.x1 - self.x0
        for which, one in enumerate(self.chart.series):
            value = one.values[index]
            y = bar_top + which * (BAR + BAR_GAP) * s
            baseline = y + BAR * s / 2 + 0.36 * s
            end = self.x0
            if value is not None and value > 0:
                length = max(span * min(value / self.scale.top, 1.0), OUTLINE * 2)
                shapes += bar(which, self.x0, y, length, BAR * s)
                end = self.x0 + length
            face = fonts.FONT_REGULAR if value is not None else fonts.FONT_ITALIC
            x = end + VALUE_GAP * s
            text, room = self.texts[which][index], self.width - x - 0.5
            if measure(text, face, s) > room:
                text = self.bare[which][index]  # room was kept for every figure, if not for every unit
            shapes.append(label(shorten(text, face, s, room), face, s, x, baseline))
        return shapes

    def axis(self, top: float, bottom: float) -> tuple[list[Shape], float]:
        """The scale's lines behind the bars, from `top` to `bottom`, and its numbers under them."""
        span = self.x1 - self.x0
        shapes: list[Shape] = []
        for tick in self.scale.ticks[1:]:
            x = self.x0 + span * tick / self.scale.top
            shapes.append(Rule(x, top, x, bottom, 0.5, GRID_GREY))
        shapes.append(Rule(self.x0, top, self.x0, bottom + 3, 1.0))
        shapes.append(Rule(self.x0, bottom, self.x1, bottom, 0.75))
        baseline = bottom + 3 + self.tick_size * 1.05
        for index, (tick, text) in enumerate(zip(self.scale.ticks, self.tick_texts)):
            x = self.x0 + span * tick / self.scale.top
            if index:
                shapes.append(Rule(x, bottom, x, bottom + 3, 0.75))
            if self.all_ticks or index in (0, self.scale.intervals):
                shapes.append(label(text, fonts.FONT_REGULAR, self.tick_size, x, baseline, anchor="middle"))
        return shapes, baseline + self.tick_size * 0.35

    def picture(self, indices: tuple[int, ...]) -> Picture:
        """The key, these categories' bars and the scale."""
        s = self.size
        top = self.key_bottom + GROUP_GAP * s / 2
        y = top + GROUP_GAP * s / 2
        bars: list[Shape] = []
        for index in indices:
            bars += self.group(index, y)
            y += self.group_height(index) + GROUP_GAP * s
        axis, _ = self.axis(top, y - GROUP_GAP * s / 2)
        return Picture(self.width, self.height(indices), tuple(self.key_shapes + axis + bars))


def bar(series: int, x: float, y: float, width: float, height: float) -> list[Shape]:
    """A bar in the series' look: its fill, its hatching and a black outline."""
    fill, hatch = LOOKS[series % len(LOOKS)]
    shapes: list[Shape] = [Box(x, y, width, height, fill)]
    spacing = max(height / 4, 2.5)
    if hatch in ("/", "x"):
        shapes += _hatching(x, y, width, height, spacing, rising=True)
    if hatch == "x":
        shapes += _hatching(x, y, width, height, spacing, rising=False)
    shapes.append(Box(x, y, width, height, None, OUTLINE))
    return shapes


def _hatching(x: float, y: float, width: float, height: float, spacing: float, rising: bool) -> list[Rule]:
    """Lines at 45° across a box, `spacing` apart, cut to the box (y grows downwards)."""
    rules = []
    step = spacing * math.sqrt(2)
    # A rising line is x + y = c; a falling one x - y = c.
    first, last = (x + y, x + width + y + height) if rising else (x - y - height, x + width - y)
    c = first + step / 2
    while c < last:
        if rising:
            start, end = max(x, c - y - height), min(x + width, c - y)
            points = (start, c - start, end, c - end)
        else:
            start, end = max(x, c + y), min(x + width, c + y + height)
            points = (start, start - c, end, end - c)
        if end - start > 0.1:
            rules.append(Rule(*points, 0.6))
        c += step
    return rules


# ---------------------------------------------------------------------------------------------
# Words: each character in a font that has it, measured as reportlab measures them.

_INVISIBLE = {"Cc", "Cf", "Cs", "Mn", "Me", "Zl", "Zp"}


@cache
def _covered(font: str) -> frozenset[int]:
    fonts.register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def pieces(text: str, font: str) -> tuple[Piece, ...]:
    """The text in runs of one font each: `font` where it has the character, else DejaVu Sans, else
    Symbola; a character none has is written "[U+1F9FF]" (or left out when it takes no room)."""
    chosen = []
    for char in printable(text):
        code = ord(char)
        if char in "\n\t":
            chosen.append((font, " "))
        elif code in _covered(font):
            chosen.append((font, char))
        elif code in _covered(fonts.FONT_REGULAR):
            chosen.append((fonts.FONT_REGULAR, char))
        elif code in _covered(fonts.FONT_SYMBOLS):
            chosen.append((fonts.FONT_SYMBOLS, char))
        elif unicodedata.category(char) in _INVISIBLE:
            continue
        elif unicodedata.category(char) == "Zs":
            chosen.append((font, " "))
        else:
            chosen.append((font, f"[U+{code:04X}]"))
    return tuple(Piece("".join(part for _, part in run), face) for face, run in groupby(chosen, key=lambda c: c[0]))


def measure(text: str, font: str, size: float) -> float:
    return sum(stringWidth(piece.text, piece.font, size) for piece in pieces(text, font))


def label(text: str, font: str, size: float, x: float, baseline: float, anchor: str = "start") -> Label:
    if anchor != "start":
        width = measure(text, font, size)
        x -= width if anchor == "end" else width / 2
    return Label(x, baseline, pieces(text, font), size)


def shorten(text: str, font: str, size: float, width: float) -> str:
    """The text, cut short with "…" if it is wider than `width`."""
    if measure(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with its "…"
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """The text in at most `lines` lines no wider than `width`, broken between words (inside a word
    only when it alone is too wide); the last line cut short with "…" if the text runs on."""
    out: list[str] = []
    words = text.split()
    current = ""
    while words:
        word = words.pop(0)
        trial = f"{current} {word}" if current else word
        if measure(trial, font, size) <= width:
            current = trial
            continue
        if current:
            out.append(current)
            current = ""
            words.insert(0, word)
        else:  # one word wider than the line: break it
            cut = max(1, len(shorten(word, font, size, width)) - 1)
            out.append(word[:cut])
            words.insert(0, word[cut:])
        if len(out) == lines:
            break
    if current and len(out) < lines:
        out.append(current)
        current = ""
    if (words or current) and out:
        rest = " ".join(part for part in (out[-1], current, *words) if part)
        out[-1] = shorten(rest + "…" if measure(rest, font, size) <= width else rest, font, size, width)
    return out


# ---------------------------------------------------------------------------------------------
# The PNG for Word.

DPI = 240


@cache
def _pil_font(font: str, pixels: float):
    from PIL import ImageFont

    fonts.register()
    return ImageFont.truetype(pdfmetrics.getFont(font).face.filename, pixels)


def png(picture: Picture, dpi: int = DPI) -> bytes:
    """The picture as a greyscale PNG at `dpi`, to be placed `picture.width` points wide."""
    from PIL import Image, ImageDraw

    scale = dpi / 72
    image = Image.new("L", (math.ceil(picture.width * scale), math.ceil(picture.height * scale)), 255)
    draw = ImageDraw.Draw(image)

    def grey(level: float) -> int:
        return round(min(max(level, 0.0), 1.0) * 255)

    for shape in picture.shapes:
        match shape:
            case Box():
                corners = [shape.x * scale, shape.y * scale, (shape.x + shape.width) * scale,
                           (shape.y + shape.height) * scale]
                if shape.fill is not None:
                    draw.rectangle(corners, fill=grey(shape.fill))
                if shape.outline:
                    line = max(1, round(shape.outline * scale))
                    half = line / 2  # centred on the edge, as in the PDF
                    draw.rectangle([corners[0] - half, corners[1] - half, corners[2] + half, corners[3] + half],
                                   outline=0, width=line)
            case Rule():
                draw.line([(shape.x1 * scale, shape.y1 * scale), (shape.x2 * scale, shape.y2 * scale)],
                          fill=grey(shape.grey), width=max(1, round(shape.width * scale)))
            case Label():
                x = shape.x * scale
                for piece in shape.pieces:
                    face = _pil_font(piece.font, shape.size * scale)
                    draw.text((x, shape.baseline * scale), piece.text, font=face, fill=0, anchor="ls")
                    x += stringWidth(piece.text, piece.font, shape.size) * scale
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=True)
    return out.getvalue()
