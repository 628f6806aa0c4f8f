"""Text set for the PDF: the page's geometry, the paragraph styles, and text as platypus
flowables: a Paragraph, or for a table cell's plain text a lighter Plain that sets its lines
as a Paragraph would."""

import functools
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as PdfParagraph

from compactdesk.documents import fonts
from compactdesk.documents.fonts import markup
from compactdesk.documents.text import printable

PAGE_WIDTH, PAGE_HEIGHT = A4
SIDE_MARGIN = 2 * cm
TOP_MARGIN = 3 * cm  # the header sits in the top centimetre of it, its rule just above the text
BOTTOM_MARGIN = 2.5 * cm
TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN
TEXT_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

BLACK = colors.black
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.1}
# The header and table titles hold names, not prose: a longer one is cut rather than pushing the page apart.
LONGEST_LABEL = 300
# The most lines' worth of text set as one platypus Paragraph (about two pages); see _pieces.
CHUNK_LINES = 100


@dataclass
class Styles:
    size: float
    body: ParagraphStyle = field(init=False)
    lines: ParagraphStyle = field(init=False)
    lines_right: ParagraphStyle = field(init=False)
    banner: ParagraphStyle = field(init=False)
    cell: ParagraphStyle = field(init=False)
    cell_right: ParagraphStyle = field(init=False)
    bullet: ParagraphStyle = field(init=False)
    bullet_last: ParagraphStyle = field(init=False)
    chart_title: ParagraphStyle = field(init=False)
    headings: dict[int, ParagraphStyle] = field(init=False)
    furniture: ParagraphStyle = field(init=False)
    furniture_right: ParagraphStyle = field(init=False)
    footer: ParagraphStyle = field(init=False)

    def __post_init__(self):
        size = self.size
        self.body = ParagraphStyle("body", fontName=fonts.FONT_REGULAR, fontSize=size, leading=size * 1.3,
                                   spaceAfter=size * 0.6, textColor=BLACK)
        self.lines = ParagraphStyle("lines", self.body, leading=size * 1.25)
        self.lines_right = ParagraphStyle("lines_right", self.lines, alignment=TA_RIGHT)
        self.banner = ParagraphStyle("banner", self.body, fontSize=size * 1.2, leading=size * 1.5, spaceAfter=0)
        self.cell = ParagraphStyle("cell", self.body, spaceAfter=0, leading=size * 1.25)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.bullet = ParagraphStyle("bullet", self.cell, leftIndent=size * 1.5, bulletIndent=size * 0.3,
                                     bulletFontName=fonts.FONT_REGULAR, bulletFontSize=size, spaceAfter=size * 0.3)
        self.bullet_last = ParagraphStyle("bullet_last", self.bullet, spaceAfter=size * 0.6)
        self.chart_title = ParagraphStyle("chart_title", self.body, spaceBefore=size * 0.3, spaceAfter=size * 0.4,
                                          keepWithNext=1)
        self.headings = {
            level: ParagraphStyle(f"heading{level}", self.body, fontSize=size * scale, leading=size * scale * 1.2,
                                  spaceBefore=size * (0.4 + scale * 0.5), spaceAfter=size * 0.5, keepWithNext=1)
            for level, scale in HEADING_SCALE.items()}
        furniture_size = round(size * 0.85)
        self.furniture = ParagraphStyle("furniture", fontName=fonts.FONT_REGULAR, fontSize=furniture_size,
                                        leading=furniture_size * 1.2, textColor=BLACK, alignment=TA_LEFT)
        self.furniture_right = ParagraphStyle("furniture_right", self.furniture, alignment=TA_RIGHT)
        self.footer = ParagraphStyle("footer", self.furniture, alignment=TA_CENTER)


def short_label(text: str) -> str:
    """A name for the header or a column's title: one line of words, cut if absurdly long."""
    words = " ".join(printable(text).split())
    return words if len(words) <= LONGEST_LABEL else words[: LONGEST_LABEL - 1] + "…"


# A block shorter than this moves to the next page whole rather than split, when asked to keep whole.
# Less than a page, so that at the top of a fresh page it always fits and layout always ends.
WHOLE = TEXT_HEIGHT * 0.75


class Text(PdfParagraph):
    """A Paragraph that remembers its lines for the width it was last wrapped at.

    A table measures every cell again each time a long row splits across a page; without this
    that is work that grows with the square of the text's length."""

    whole = False  # an address or a sign-off reads badly split over two pages

    def split(self, availWidth, availHeight):
        if self.whole and self.wrap(availWidth, availHeight)[1] <= WHOLE:
            return []
        return super().split(availWidth, availHeight)

    def wrap(self, availWidth, availHeight):
        known = getattr(self, "_wrapped", None)
        if known and known[0] == availWidth and getattr(self, "blPara", None) is known[1]:
            self.width, self.height = availWidth, known[2]
            return availWidth, known[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, height)
        return width, height


Run = tuple[str, bool, bool]  # text, bold, italic


def _pieces(runs: list[Run], limit: int) -> list[str]:
    """The runs' markup in pieces of at most `limit` characters.

    reportlab sets a paragraph split over pages again from its split point on every page, so one
    100 KB paragraph would cost work growing with the square of its length. Pieces are cut at a
    line break when there is one (the reader sees no difference), else after a sentence or a word."""
    if sum(len(text) for text, _, _ in runs) <= limit:
        return ["".join(markup(text, bold, italic) for text, bold, italic in runs)]
    pieces, current, size = [], [], 0
    for text, bold, italic in runs:
        while text:
            room = limit - size
            if len(text) <= room:
                current.append(markup(text, bold, italic))
                size += len(text)
                break
            if current and room < limit // 2:
                pieces.append("".join(current))
                current, size = [], 0
                continue
            cut = _cut(text, room)
            current.append(markup(text[:cut], bold, italic))
            pieces.append("".join(current))
            current, size = [], 0
            text = text[cut + 1:] if text[cut:cut + 1] in ("\n", " ") else text[cut:]
    if current:
        pieces.append("".join(current))
    return pieces


def _cut(text: str, room: int) -> int:
    for mark, after in (("\n", 0), (". ", 1), (" ", 0)):
        found = text.rfind(mark, room // 2, room)
        if found >= 0:
            return found + after
    return room


def set_text(runs: list[Run], style: ParagraphStyle, width: float = TEXT_WIDTH) -> list[Flowable]:
    """The runs as one Paragraph, or for a very long text as several set close as one."""
    per_line = max(1, int(width / (style.fontSize * 0.5)))  # generously many: an average letter is wider
    pieces = _pieces(runs, max(500, per_line * CHUNK_LINES))
    if len(pieces) == 1:
        return [Text(pieces[0], style)]
    first = ParagraphStyle(style.name + "_first", style, spaceAfter=0, keepWithNext=0)
    middle = ParagraphStyle(style.name + "_middle", first, spaceBefore=0)
    last = ParagraphStyle(style.name + "_last", style, spaceBefore=0)
    styles = [first] + [middle] * (len(pieces) - 2) + [last]
    return [Text(piece, piece_style) for piece, piece_style in zip(pieces, styles)]


def text_cell(runs: list[Run], style: ParagraphStyle, width: float) -> Flowable | list[Flowable]:
    texts = set_text(runs, style, width)
    return texts[0] if len(texts) == 1 else texts


@functools.lru_cache(maxsize=100_000)
def _width(word: str, face: str, size: float) -> float:
    # The same dates, counts and words come back in cell after cell: each is measured once.
    return stringWidth(word, face, size)


class Plain(Flowable):
    """A table cell's plain text (one face, single spaces, perhaps line breaks), set in lines as a
    Paragraph would set it and drawn with one drawString a line. A paper of 20,000 rows has 100,000
    cells, mostly dates, counts and states: a Paragraph for each parses markup and builds fragments
    100,000 times. Text a Paragraph would set otherwise (a word wider than the column, a line it
    would squeeze) becomes a Paragraph after all."""

    LONGEST = 500  # characters: a longer text is a Paragraph from the start

    def __init__(self, text: str, face: str, style: ParagraphStyle, bold: bool):
        super().__init__()
        self.text, self.face, self.style, self.bold = text, face, style, bold
        self.width = self.height = 0.0
        self._lines: list[tuple[float, str]] = []  # (room left, the line's text)
        self._wrapped_at: float | None = None
        self._paragraph: Flowable | None = None

    @classmethod
    def of(cls, text: str, bold: bool, style: ParagraphStyle, width: float) -> Flowable | list[Flowable]:
        """The cell's flowable: a Plain for plain text, else what _cell makes."""
        plain = 0 < len(text) <= cls.LONGEST and "\xad" not in text and all(
            part and " ".join(part.split()) == part for part in text.split("\n"))
        face = fonts.plain_face(text.replace("\n", " "), bold) if plain else None
        if face is None:
            return text_cell([(text, bold, False)], style, width)
        return cls(text, face, style, bold)

    def _break(self, width: float) -> list[tuple[float, str]] | None:
        """reportlab's line breaking for one fragment (Paragraph.breakLines): words while they fit,
        a space allowed to shrink by spaceShrinkage. None where it would do more (split a long
        word, squeeze a line's spaces)."""
        size, style = self.style.fontSize, self.style
        space = _width(" ", self.face, size)
        lines = []
        for part in self.text.split("\n"):  # a line break starts a new line, as <br/> does
            line, current = [], -space
            for word in part.split(" "):
                word_width = _width(word, self.face, size)
                if word_width > width:
                    return None
                new = current + space + word_width
                if new <= width + style.spaceShrinkage * space * len(line) or not line:
                    line.append(word)
                    current = new
                else:
                    lines.append((width - current, " ".join(line)))
                    line, current = [word], word_width
            lines.append((width - current, " ".join(line)))
        return None if any(room < -1e-8 for room, _ in lines) else lines

    def _as_paragraph(self) -> Flowable:
        if self._paragraph is None:
            self._paragraph = Text(markup(self.text, self.bold), self.style)
        return self._paragraph

    def wrap(self, availWidth, availHeight):
        if self._paragraph is None and availWidth != self._wrapped_at:
            lines = self._break(availWidth)
            if lines is None:
                self._as_paragraph()
            else:
                self._lines, self._wrapped_at = lines, availWidth
        if self._paragraph is not None:
            self.width, self.height = self._paragraph.wrap(availWidth, availHeight)
        else:
            self.width, self.height = availWidth, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        # A row split over two pages: the lines go as a Paragraph's would. Like a Paragraph, it splits
        # the lines it was last set in (a table asks at the cell's width before its padding is taken).
        paragraph = self._as_paragraph()
        if not hasattr(paragraph, "blPara"):
            paragraph.wrap(self.width or availWidth, availHeight)
        return paragraph.split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
            return
        # Where a Paragraph sets its lines: the first baseline a font size below the top, then a
        # leading apart; right-aligned lines end at the right edge; in the style's colour (the
        # cell's background colour is still the canvas's fill).
        style = self.style
        right = style.alignment == TA_RIGHT
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        lines = canvas.beginText()  # one text object for the cell, as a Paragraph makes
        lines.setFont(self.face, style.fontSize, style.leading)
        baseline = y + self.height - style.fontSize
        for room, text in self._lines:
            lines.setTextOrigin(x + room if right else x, baseline)
            lines.textOut(text)
            baseline -= style.leading
        canvas.drawText(lines)
        canvas.restoreState()
