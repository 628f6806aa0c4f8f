"""The neutral document model every paper is built in, and both renderers read.

A builder describes a paper once, in these few plain blocks; `docx.py` and
`pdf.py` turn the same description into Word and PDF. Nothing here knows
about either format, the store or Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from compactdesk import i18n


# The language tag each paper language carries in its files (PDF /Lang, Word w:lang).
LANGUAGE_TAGS = {"en": "en-GB", "cy": "cy-GB"}
BILINGUAL = i18n.BOTH


def language_tag(language: str) -> str:
    """"cy-GB" or "en-GB"; a bilingual paper is tagged Welsh as a whole (its English parts are marked)."""
    return LANGUAGE_TAGS.get("cy" if language == BILINGUAL else language, "en-GB")


class Both(str):
    """A text of a bilingual paper: the Welsh, a separator (" / " or a line break), then the English.

    It is the joined text wherever a str is read, so every renderer lays it out as it is; a renderer
    that can mark languages (Word) writes each part with its own tag (documents/bilingual.py makes these)."""

    welsh: str
    english: str
    separator: str

    def __new__(cls, welsh: str, english: str, separator: str = " / "):
        made = super().__new__(cls, f"{welsh}{separator}{english}")
        made.welsh, made.english, made.separator = welsh, english, separator
        return made

    def __reduce__(self):
        return Both, (self.welsh, self.english, self.separator)


class Tone(StrEnum):
    """What a cell's colour says. Renderers also print the words, so black and
    white printing loses nothing: colour only repeats what the text says."""

    PLAIN = "plain"
    GOOD = "good"  # done, answered on time
    WARN = "warn"  # due soon, at risk
    BAD = "bad"  # overdue, late
    MUTED = "muted"  # dropped, not applicable


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = the paper's title, 2 = a section, 3 = a sub-section


class Style(StrEnum):
    BODY = "body"
    NOTE = "note"  # a quieter remark, in italic at the body's size
    BANNER = "banner"  # e.g. "DRAFT — not yet approved": bold, boxed, impossible to miss


@dataclass(frozen=True)
class Paragraph:
    """Text that may run to many lines; a newline in a span is a line break."""

    spans: tuple[Span, ...]
    style: Style = Style.BODY

    @classmethod
    def of(cls, text: str, style: Style = Style.BODY, *, bold: bool = False) -> Paragraph:
        return cls((Span(text, bold=bold),), style)


@dataclass(frozen=True)
class Lines:
    """Short lines kept together without space between them: an address, a sign-off."""

    lines: tuple[str, ...]
    align_right: bool = False


@dataclass(frozen=True)
class Fields:
    """Label and value pairs, e.g. Date / Time / Venue at the head of an agenda."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    text: str
    tone: Tone = Tone.PLAIN
    bold: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # a share of the page's width, relative to the other columns
    right: bool = False  # numbers


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it runs onto."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def __post_init__(self):
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"a row has {len(row)} cells for {len(self.columns)} columns")


@dataclass(frozen=True)
class PageBreak:
    pass


# The largest figure a chart takes: counts, percentages and pounds, with room to spare.
CHART_LIMIT = 1e15
# The most series a chart shows: each has its own grey or hatching, told apart in black and white.
CHART_SERIES_LIMIT = 6


@dataclass(frozen=True)
class ChartSeries:
    """One set of bars, e.g. "Meetings held": a value per category, None where there is no figure."""

    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class BarChart:
    """Figures a reader would rather look at than read: bars across the page, one row of bars per
    category (a sector, a meeting's date), one bar in each row per series.

    The title is printed above and the description (one sentence saying what the chart shows, for
    someone who cannot see it) as a note below; in Word it is also the picture's alt text. Every bar
    has its value written at its end ("75%"); a value None has no bar and reads "no data". The scale
    runs from 0 to `maximum` (e.g. 100 for percentages) or, when that is None or a value is larger,
    to a round number just above the largest value. Values are finite, from 0 to CHART_LIMIT; there
    are at most CHART_SERIES_LIMIT series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    unit: str = ""  # after every figure: "%" joins it ("75%"), a word is spaced ("12 people")
    maximum: float | None = None
    description: str = ""

    def __post_init__(self):
        if len(self.series) > CHART_SERIES_LIMIT:
            raise ValueError(f"a chart shows at most {CHART_SERIES_LIMIT} series, not {len(self.series)}")
        for one in self.series:
            if len(one.values) != len(self.categories):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for "
                                 f"{len(self.categories)} categories")
            for value in one.values:
                if value is not None and not _chartable(value):
                    raise ValueError(f"series {one.name!r} has {value!r}: a chart's values run from 0 to {CHART_LIMIT:g}")
        if self.maximum is not None and not (_chartable(self.maximum) and self.maximum > 0):
            raise ValueError(f"a chart's maximum must be above 0 and at most {CHART_LIMIT:g}, not {self.maximum!r}")


def _chartable(value) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
            and 0 <= value <= CHART_LIMIT)


Block = Heading | Paragraph | Lines | Fields | BulletList | Table | BarChart | PageBreak


@dataclass(frozen=True)
class Section:
    """A run of blocks that starts on a new page. `own_numbers` restarts the page
    count, so each letter in a file of letters reads "Page 1 of 2" on its own."""

    blocks: tuple[Block, ...]
    own_numbers: bool = False


@dataclass(frozen=True)
class Document:
    title: str  # the paper's name, also the file's title property
    group: str  # the group's name, in every page's header
    sections: tuple[Section, ...]
    header_note: str = ""  # e.g. "DRAFT" beside the group's name on every page
    # "en", "cy" or "both": the language it was built in, which its files are tagged with. By default the one
    # spoken while it is built (documents/export.py builds a paper inside i18n.speaking).
    language: str = field(default_factory=lambda: i18n.language())


@dataclass(frozen=True)
class RenderOptions:
    large_print: bool = False
    page_numbers: bool = True  # the agenda pack numbers its pages itself, across the papers
    body_size: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "body_size", 16.0 if self.large_print else 12.0)


def language_parts(text: str) -> list[tuple[str, str | None]]:
    """A text as (piece, language tag) for renderers that mark languages: a Both's Welsh (cy-GB), its
    separator and its English (en-GB); any other text is one piece in the document's own language (None)."""
    if not isinstance(text, Both):
        return [(text, None)]
    parts = [(text.welsh, LANGUAGE_TAGS["cy"]), (text.separator, None), (text.english, LANGUAGE_TAGS["en"])]
    return [(piece, tag) for piece, tag in parts if piece]
