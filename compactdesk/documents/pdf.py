"""The PDF renderer: a Document laid out with reportlab's platypus.

pdf_text.py sets the text, pdf_pages.py the pages (header, footer, page count) and the story;
this module makes each kind of block into flowables: headings, paragraphs, lists, tables, charts.
"""

import functools
import math
from collections.abc import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Table as PdfTable

from compactdesk.documents import chart, fonts
from compactdesk.documents.bilingual import say
from compactdesk.documents.fonts import markup
from compactdesk.documents.model import (
    BarChart,
    BulletList,
    Document,
    Fields,
    Heading,
    Lines,
    PageBreak,
    Paragraph,
    RenderOptions,
    Style,
    Table,
    Tone,
)
from compactdesk.documents.pdf_pages import lay_out
from compactdesk.documents.pdf_text import (  # noqa: F401 - TEXT_WIDTH: the charts' width, for their tests
    BLACK,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    WHOLE,
    Plain,
    Run,
    Styles,
    Text,
    short_label,
    text_cell,
    set_text,
)
from compactdesk.documents.text import printable
from compactdesk.i18n import translate

GRID = colors.HexColor("#555555")
HEAD_ROW = colors.HexColor("#d9d9d9")
TONES = {
    Tone.GOOD: colors.HexColor("#d6f0d6"),
    Tone.WARN: colors.HexColor("#fce8c3"),
    Tone.BAD: colors.HexColor("#f8d4d4"),
    Tone.MUTED: colors.HexColor("#ececec"),
}
# Headings' sizes as a share of the body's.

def _spans(paragraph: Paragraph) -> list[Run]:
    bold = paragraph.style == Style.BANNER
    italic = paragraph.style == Style.NOTE
    return [(printable(span.text), bold or span.bold, italic or span.italic) for span in paragraph.spans]


class _Blocks:
    """Turns the model's blocks into platypus flowables."""

    def __init__(self, styles: Styles):
        self.styles = styles

    def flowables(self, block) -> list[Flowable]:
        styles = self.styles
        match block:
            case Heading(text=text, level=level):
                style = styles.headings[min(max(level, 1), 3)]
                return set_text([(printable(text), True, False)], style)
            case Paragraph(style=Style.BANNER):
                return [self._banner(block)]
            case Paragraph():
                return set_text(_spans(block), styles.body)
            case Lines(lines=lines, align_right=right):
                texts = set_text([("\n".join(printable(line) for line in lines), False, False)],
                               styles.lines_right if right else styles.lines)
                for text in texts:
                    text.whole = True
                return texts
            case Fields(pairs=pairs):
                return [self._fields(pairs)] if pairs else []
            case BulletList(items=items):
                return self._bullets(items)
            case Table():
                return [self._table(block)] if block.columns else []
            case BarChart():
                return self._chart(block)
            case PageBreak():
                return [PdfPageBreak()]
        raise TypeError(f"not a block: {block!r}")

    def _chart(self, block: BarChart) -> list[Flowable]:
        """The title, the chart and the description as a note, the three kept together when they fit."""
        styles = self.styles
        out: list[Flowable] = []
        if printable(block.title).strip():
            out += set_text([(printable(block.title), True, False)], styles.chart_title)
        if not block.categories or not block.series:
            out += set_text([(say(lambda: translate("Papers", "No figures to show.")), False, True)], styles.body)
        else:
            figure = _Chart(chart.Layout(block, TEXT_WIDTH, styles.size), spaceAfter=styles.size * 0.4)
            # Kept with the description, so that is not left alone at the top of a page.
            figure.keepWithNext = int(bool(printable(block.description).strip()))
            out.append(figure)
        if printable(block.description).strip():
            out += set_text([(printable(block.description), False, True)], styles.body)
        return out

    def _grid(self, data, widths, commands, whole: bool = True, **options) -> Flowable:
        """A platypus Table whose rows, even one taller than a page, may split across pages."""
        size = self.styles.size
        # A cell's own font is what the table falls back on; left alone it would be Helvetica, not embedded.
        font = [("FONT", (0, 0), (-1, -1), fonts.FONT_REGULAR, size), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        table = _Grid(data, colWidths=widths, splitInRow=1, style=font + commands, spaceAfter=size * 0.8, **options)
        table.whole = whole
        table.hAlign = "LEFT"
        return table

    def _banner(self, paragraph: Paragraph) -> Flowable:
        # A one-cell table: its thick box stays inside the frame and splits with the text if need be.
        size = self.styles.size
        return self._grid([[text_cell(_spans(paragraph), self.styles.banner, TEXT_WIDTH)]], [TEXT_WIDTH], [
            ("BOX", (0, 0), (-1, -1), 2.5, BLACK),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.7),
            ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.7),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.45),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.6)])

    def _fields(self, pairs) -> Flowable:
        styles = self.styles
        labels = [short_label(name) for name, _ in pairs]
        widest = max(stringWidth(label, fonts.FONT_BOLD, styles.size) for label in labels)
        gap = styles.size
        label_width = min(max(widest + gap, TEXT_WIDTH * 0.2), TEXT_WIDTH * 0.4)
        rows = [[Text(markup(label, bold=True), styles.cell),
                 text_cell([(printable(value), False, False)], styles.cell, TEXT_WIDTH - label_width)]
                for label, (_, value) in zip(labels, pairs)]
        return self._grid(rows, [label_width, TEXT_WIDTH - label_width], [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gap),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), styles.size * 0.3)])

    def _bullets(self, items) -> list[Flowable]:
        # Paragraphs with a bullet rather than a ListFlowable: reportlab will not keep a heading
        # with a ListFlowable, so a heading could be left alone at the foot of a page.
        styles = self.styles
        out = []
        for number, item in enumerate(items, start=1):
            style = styles.bullet_last if number == len(items) else styles.bullet
            texts = set_text([(printable(item), False, False)], style, TEXT_WIDTH - style.leftIndent)
            texts[0].bulletText = "•"
            out += texts
        return out

    def _table(self, table: Table) -> Flowable:
        styles = self.styles
        widths = _widths([column.width for column in table.columns], _word_room(table, styles.size))
        pad = min(5.0, min(widths) / 4)  # so that even a hundred columns leave their text some room
        aligned = [styles.cell_right if column.right else styles.cell for column in table.columns]
        data = [[Text(markup(short_label(column.title), bold=True), style) for column, style in zip(table.columns, aligned)]]
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_ROW),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for row in table.rows:
            data.append([Plain.of(printable(cell.text), cell.bold, style, width - 2 * pad)
                         for cell, style, width in zip(row, aligned, widths)])
        commands += _backgrounds(table)
        return self._grid(data, widths, commands, whole=False, repeatRows=1)


def _backgrounds(table: Table) -> list[tuple]:
    """A BACKGROUND command for each run of cells of one tone down a column. reportlab goes through
    every command again each time a table splits over a page: one command per cell made a long
    table's layout grow with the square of its length."""
    commands = []
    for column in range(len(table.columns)):
        start, tone = 0, None
        for row_index, row in enumerate([*table.rows, None], start=1):
            here = row[column].tone if row is not None else None
            if here != tone:
                if tone in TONES:
                    commands.append(("BACKGROUND", (column, start), (column, row_index - 1), TONES[tone]))
                start, tone = row_index, here
    return commands


def _word_room(table: Table, size: float) -> list[float]:
    """How wide each column must be for its longest word ("Deadline", "Overdue", "27 January")
    to fit unbroken: at least three letters' room, at most 40% of the text's width."""
    needs = []
    for index, column in enumerate(table.columns):
        texts = [(column.title, True), *((row[index].text, row[index].bold) for row in table.rows[:500])]
        longest = max((_word_width(word, bold, size) for text, bold in texts for word in printable(text).split()[:200]),
                      default=0.0)
        needs.append(min(max(longest + 12, size * 3), TEXT_WIDTH * 0.4))
    return needs


@functools.lru_cache(maxsize=50_000)
def _word_width(word: str, bold: bool, size: float) -> float:
    # The same dates, counts and words come back in table after table.
    return stringWidth(word, fonts.FONT_BOLD if bold else fonts.FONT_REGULAR, size)


def _widths(shares: list[float], needs: list[float]) -> list[float]:
    """Column widths filling the text's width in the given shares, each widened (taking from the
    others) to its need when all the needs fit; otherwise only to three letters' room."""
    shares = [share if math.isfinite(share) and share > 0 else 1.0 for share in shares]
    top = max(shares)
    shares = [share / top for share in shares]  # no sum can overflow
    if sum(needs) > TEXT_WIDTH:
        needs = [min(need, TEXT_WIDTH / len(shares), 36.0) for need in needs]
    narrow: set[int] = set()
    while True:
        room = TEXT_WIDTH - sum(needs[index] for index in narrow)
        spread = sum(share for index, share in enumerate(shares) if index not in narrow)
        if spread == 0:
            return [needs[index] for index in range(len(shares))]
        widths = [needs[index] if index in narrow else room * share / spread for index, share in enumerate(shares)]
        more = {index for index, width in enumerate(widths) if width < needs[index] and index not in narrow}
        if not more:
            return widths
        narrow |= more


class _Chart(Flowable):
    """A bar chart (some of its categories, once split) drawn as a reportlab Drawing. It moves whole
    to the next page when it does not fit and would on a page of its own, like a table; a longer one
    is split between categories, each part with its own key and the same scale."""

    def __init__(self, layout: chart.Layout, indices: tuple[int, ...] | None = None, spaceAfter: float = 0.0):
        super().__init__()
        self.layout = layout
        self.indices = layout.everything if indices is None else indices
        self.width, self.height = layout.width, layout.height(self.indices)
        self.spaceAfter = spaceAfter
        self.hAlign = "LEFT"

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def split(self, available_width, available_height):
        if self.height <= available_height:
            return [self]
        if self.height <= WHOLE:
            return []
        count = self.layout.fit(self.indices, available_height)
        if count == 0:
            return []
        first = _Chart(self.layout, self.indices[:count], self.spaceAfter)
        rest = _Chart(self.layout, self.indices[count:], self.spaceAfter)
        rest.keepWithNext = self.keepWithNext if hasattr(self, "keepWithNext") else 0
        return [first, rest]

    def draw(self):
        renderPDF.draw(_drawing(self.layout.picture(self.indices)), self.canv, 0, 0)


def _drawing(picture: chart.Picture) -> Drawing:
    """A chart's picture as a reportlab Drawing, its y turned to run upwards."""
    # Its own font, or reportlab starts the drawing in Helvetica: a font the PDF would name but not embed.
    drawing = Drawing(picture.width, picture.height, initialFontName=fonts.FONT_REGULAR, initialFontSize=12)
    height = picture.height
    for shape in picture.shapes:
        match shape:
            case chart.Box():
                fill = None if shape.fill is None else colors.Color(shape.fill, shape.fill, shape.fill)
                drawing.add(Rect(shape.x, height - shape.y - shape.height, shape.width, shape.height,
                                 fillColor=fill, strokeColor=BLACK if shape.outline else None,
                                 strokeWidth=shape.outline))
            case chart.Rule():
                drawing.add(Line(shape.x1, height - shape.y1, shape.x2, height - shape.y2,
                                 strokeColor=colors.Color(shape.grey, shape.grey, shape.grey),
                                 strokeWidth=shape.width))
            case chart.Label():
                x = shape.x
                for piece in shape.pieces:
                    drawing.add(String(x, height - shape.baseline, piece.text, fontName=piece.font,
                                       fontSize=shape.size, fillColor=BLACK))
                    x += stringWidth(piece.text, piece.font, shape.size)
    return drawing


class _Grid(PdfTable):
    """A Table that moves to the next page rather than cut its first row (or, when `whole`, any row)
    if it would fit there: otherwise a table starting at a page's foot leaves its header and a line
    or two behind, and a banner or the Date / Time / Venue lines are cut in two."""

    whole = False

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        if sum(self._rowHeights[: self.repeatRows]) > TEXT_HEIGHT / 3:
            self.repeatRows = 0  # a header row that tall would leave no room on the pages it repeats on
        wanted = sum(self._rowHeights if self.whole else self._rowHeights[: self.repeatRows + 1])
        if availHeight < wanted <= WHOLE:
            return []
        return super().split(availWidth, availHeight)

    def _calc_height(self, availHeight, availWidth, H=None, W=None):
        super()._calc_height(availHeight, availWidth, H, W)
        # A row once measured stays measured: reportlab measures again from the heights it was given
        # at every wrap and split (three or four a page), though the columns' widths, and so the rows'
        # heights, never change.
        self._argH = list(self._rowHeights)



DEFAULT_OPTIONS = RenderOptions()  # frozen, so one shared default is safe


def render_pdf(document: Document, options: RenderOptions = DEFAULT_OPTIONS,
               progress: Callable[[int, int], None] | None = None) -> bytes:
    """The document as a PDF file's bytes, every font embedded. `progress(done, total)` hears, often,
    how many of the blocks are laid out; it may raise to stop."""
    fonts.register()
    styles = Styles(options.body_size)
    return lay_out(document, options, styles, _Blocks(styles).flowables, progress)
