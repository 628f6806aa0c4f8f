"""The PDF renderer: a Document laid out with reportlab's platypus.

Each page's header is drawn as the page begins; its footer ("Page 2 of 5") only once
the whole document is laid out, because only then is the number of pages known.
"""

import io
import math
from dataclasses import dataclass, field

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from compactdesk.documents import chart, fonts
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
    Section,
    Style,
    Table,
    Tone,
)
from compactdesk.documents.text import printable
from compactdesk.i18n import translate

PAGE_WIDTH, PAGE_HEIGHT = A4
SIDE_MARGIN = 2 * cm
TOP_MARGIN = 3 * cm  # the header sits in the top centimetre of it, its rule just above the text
BOTTOM_MARGIN = 2.5 * cm
TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN
TEXT_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

BLACK = colors.black
GRID = colors.HexColor("#555555")
HEAD_ROW = colors.HexColor("#d9d9d9")
TONES = {
    Tone.GOOD: colors.HexColor("#d6f0d6"),
    Tone.WARN: colors.HexColor("#fce8c3"),
    Tone.BAD: colors.HexColor("#f8d4d4"),
    Tone.MUTED: colors.HexColor("#ececec"),
}
# Headings' sizes as a share of the body's.
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.1}
# The header and table titles hold names, not prose: a longer one is cut rather than pushing the page apart.
LONGEST_LABEL = 300
# The most lines' worth of text set as one platypus Paragraph (about two pages); see _pieces.
CHUNK_LINES = 100


@dataclass
class _Styles:
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


def _label(text: str) -> str:
    """A name for the header or a column's title: one line of words, cut if absurdly long."""
    words = " ".join(printable(text).split())
    return words if len(words) <= LONGEST_LABEL else words[: LONGEST_LABEL - 1] + "…"


# A block shorter than this moves to the next page whole rather than split, when asked to keep whole.
# Less than a page, so that at the top of a fresh page it always fits and layout always ends.
WHOLE = TEXT_HEIGHT * 0.75


class _Text(PdfParagraph):
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


def _texts(runs: list[Run], style: ParagraphStyle, width: float = TEXT_WIDTH) -> list[Flowable]:
    """The runs as one Paragraph, or for a very long text as several set close as one."""
    per_line = max(1, int(width / (style.fontSize * 0.5)))  # generously many: an average letter is wider
    pieces = _pieces(runs, max(500, per_line * CHUNK_LINES))
    if len(pieces) == 1:
        return [_Text(pieces[0], style)]
    first = ParagraphStyle(style.name + "_first", style, spaceAfter=0, keepWithNext=0)
    middle = ParagraphStyle(style.name + "_middle", first, spaceBefore=0)
    last = ParagraphStyle(style.name + "_last", style, spaceBefore=0)
    styles = [first] + [middle] * (len(pieces) - 2) + [last]
    return [_Text(piece, piece_style) for piece, piece_style in zip(pieces, styles)]


def _cell(runs: list[Run], style: ParagraphStyle, width: float) -> Flowable | list[Flowable]:
    texts = _texts(runs, style, width)
    return texts[0] if len(texts) == 1 else texts


def _spans(paragraph: Paragraph) -> list[Run]:
    bold = paragraph.style == Style.BANNER
    italic = paragraph.style == Style.NOTE
    return [(printable(span.text), bold or span.bold, italic or span.italic) for span in paragraph.spans]


class _Blocks:
    """Turns the model's blocks into platypus flowables."""

    def __init__(self, styles: _Styles):
        self.styles = styles

    def flowables(self, block) -> list[Flowable]:
        styles = self.styles
        match block:
            case Heading(text=text, level=level):
                style = styles.headings[min(max(level, 1), 3)]
                return _texts([(printable(text), True, False)], style)
            case Paragraph(style=Style.BANNER):
                return [self._banner(block)]
            case Paragraph():
                return _texts(_spans(block), styles.body)
            case Lines(lines=lines, align_right=right):
                texts = _texts([("\n".join(printable(line) for line in lines), False, False)],
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
            out += _texts([(printable(block.title), True, False)], styles.chart_title)
        if not block.categories or not block.series:
            out += _texts([(translate("Papers", "No figures to show."), False, True)], styles.body)
        else:
            figure = _Chart(chart.Layout(block, TEXT_WIDTH, styles.size), spaceAfter=styles.size * 0.4)
            # Kept with the description, so that is not left alone at the top of a page.
            figure.keepWithNext = int(bool(printable(block.description).strip()))
            out.append(figure)
        if printable(block.description).strip():
            out += _texts([(printable(block.description), False, True)], styles.body)
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
        return self._grid([[_cell(_spans(paragraph), self.styles.banner, TEXT_WIDTH)]], [TEXT_WIDTH], [
            ("BOX", (0, 0), (-1, -1), 2.5, BLACK),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.7),
            ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.7),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.45),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.6)])

    def _fields(self, pairs) -> Flowable:
        styles = self.styles
        labels = [_label(label) for label, _ in pairs]
        widest = max(stringWidth(label, fonts.FONT_BOLD, styles.size) for label in labels)
        gap = styles.size
        label_width = min(max(widest + gap, TEXT_WIDTH * 0.2), TEXT_WIDTH * 0.4)
        rows = [[_Text(markup(label, bold=True), styles.cell),
                 _cell([(printable(value), False, False)], styles.cell, TEXT_WIDTH - label_width)]
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
            texts = _texts([(printable(item), False, False)], style, TEXT_WIDTH - style.leftIndent)
            texts[0].bulletText = "•"
            out += texts
        return out

    def _table(self, table: Table) -> Flowable:
        styles = self.styles
        widths = _widths([column.width for column in table.columns], _word_room(table, styles.size))
        pad = min(5.0, min(widths) / 4)  # so that even a hundred columns leave their text some room
        aligned = [styles.cell_right if column.right else styles.cell for column in table.columns]
        data = [[_Text(markup(_label(column.title), bold=True), style) for column, style in zip(table.columns, aligned)]]
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_ROW),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for row_index, row in enumerate(table.rows, start=1):
            data.append([_cell([(printable(cell.text), cell.bold, False)], style, width - 2 * pad)
                         for cell, style, width in zip(row, aligned, widths)])
            commands += [("BACKGROUND", (column_index, row_index), (column_index, row_index), TONES[cell.tone])
                         for column_index, cell in enumerate(row) if cell.tone in TONES]
        return self._grid(data, widths, commands, whole=False, repeatRows=1)


def _word_room(table: Table, size: float) -> list[float]:
    """How wide each column must be for its longest word ("Deadline", "Overdue", "27 January")
    to fit unbroken: at least three letters' room, at most 40% of the text's width."""
    needs = []
    for index, column in enumerate(table.columns):
        texts = [(column.title, True), *((row[index].text, row[index].bold) for row in table.rows[:500])]
        longest = max((stringWidth(word, fonts.FONT_BOLD if bold else fonts.FONT_REGULAR, size)
                       for text, bold in texts for word in printable(text).split()[:200]), default=0.0)
        needs.append(min(max(longest + 12, size * 3), TEXT_WIDTH * 0.4))
    return needs


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


class _KeepWithNext(KeepTogether):
    """Keeps a heading with the start of what follows it, not with the whole of it.

    reportlab's own keepWithNext moves a heading to the next page whenever the block after it
    does not fit in full, leaving half a page empty before every long table or paragraph."""

    def split(self, aW, aH):
        *heads, last = self._content
        if heads:
            used = last.getSpaceBefore() + sum(head.wrap(aW, aH)[1] + head.getSpaceBefore() + head.getSpaceAfter()
                                               for head in heads)
            room = aH - used
            if room > 0:
                parts = last.split(aW, room)
                # A list "splits" into its items whatever the room: the first must really fit.
                if len(parts) > 1 and parts[0].wrap(aW, room)[1] <= room:
                    return [*heads, *parts]
        return super().split(aW, aH)


class _SectionStart(Flowable):
    """Takes no room; tells the page count which section the pages after it belong to."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        pass


class _Furniture:
    """The header (drawn as each page begins, so it is read first) and the footer (drawn once the
    document's length is known)."""

    def __init__(self, document: Document, options: RenderOptions, styles: _Styles):
        self.document = document
        self.options = options
        self.styles = styles
        self.page_sections: list[int] = []  # the section each finished page belongs to, in page order
        self.section = 0
        self._header = self._header_parts()

    def _header_parts(self) -> list[tuple[PdfParagraph, float, float]]:
        """The header's paragraphs with the x and the width each is set at."""
        styles = self.styles
        parts = []
        note_width = 0.0
        note = _fit(_label(self.document.header_note), styles.furniture_right, TEXT_WIDTH * 0.5)
        if note:
            note_width = _widest(note, TEXT_WIDTH * 0.5)
            parts.append((note, SIDE_MARGIN + TEXT_WIDTH - note_width, note_width))
        room = TEXT_WIDTH - (note_width + styles.size if note else 0)
        group = _fit(_label(self.document.group), styles.furniture, room)
        if group:
            parts.insert(0, (group, SIDE_MARGIN, room))  # read first, as it stands first
        return parts

    def draw_header(self, canvas: Canvas) -> None:
        rule_y = PAGE_HEIGHT - TOP_MARGIN + 0.45 * cm
        for paragraph, x, width in self._header:
            paragraph.wrap(width, PAGE_HEIGHT)
            paragraph.drawOn(canvas, x, rule_y + 4)
        canvas.saveState()
        canvas.setStrokeColor(BLACK)
        canvas.setLineWidth(0.6)
        canvas.line(SIDE_MARGIN, rule_y, SIDE_MARGIN + TEXT_WIDTH, rule_y)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page_index: int, page_count: int) -> None:
        if not self.options.page_numbers:
            return
        page, pages = self._number(page_index, page_count)
        footer = translate("Papers", "Page {page} of {pages}").format(page=page, pages=pages)
        paragraph = PdfParagraph(markup(footer), self.styles.footer)
        paragraph.wrap(TEXT_WIDTH, BOTTOM_MARGIN)
        paragraph.drawOn(canvas, SIDE_MARGIN, 1.2 * cm)

    def _number(self, page_index: int, page_count: int) -> tuple[int, int]:
        """Page n of N: within its section when that section keeps its own numbers, else in the whole file."""
        sections = self.page_sections + [self.section] * (page_count - len(self.page_sections))
        section = sections[page_index]
        if not self.document.sections[section].own_numbers:
            return page_index + 1, page_count
        first = sections.index(section)
        return page_index - first + 1, sections.count(section)


def _fit(text: str, style: ParagraphStyle, width: float, lines: int = 2) -> PdfParagraph | None:
    """The text as a Paragraph of at most `lines` lines at `width`, cut short with "…" if need be."""
    while text:
        paragraph = PdfParagraph(markup(text, bold=True), style)
        if paragraph.wrap(width, PAGE_HEIGHT)[1] <= style.leading * lines + 0.1:
            return paragraph
        text = text[: len(text) * 3 // 4].rstrip() + "…" if len(text) > 2 else ""
    return None


def _widest(paragraph: PdfParagraph, width: float) -> float:
    paragraph.wrap(width, PAGE_HEIGHT)
    return min(width, max(paragraph.getActualLineWidths0() or [0]) + 1)


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, then draws the furniture with the page count known."""

    def __init__(self, *args, furniture: _Furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[dict] = []

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        count = len(self._held)
        for index, state in enumerate(self._held):
            self.__dict__.update(state)
            self._furniture.draw_footer(self, index, count)
            super().showPage()
        super().save()


class _Template(BaseDocTemplate):
    def __init__(self, out, furniture: _Furniture, **kwargs):
        super().__init__(out, pagesize=A4, leftMargin=SIDE_MARGIN, rightMargin=SIDE_MARGIN, topMargin=TOP_MARGIN,
                         bottomMargin=BOTTOM_MARGIN, initialFontName=fonts.FONT_REGULAR,
                         keepTogetherClass=_KeepWithNext, **kwargs)
        self.furniture = furniture
        frame = Frame(SIDE_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page_begun, onPageEnd=self._page_ended)])

    def afterFlowable(self, flowable):
        if isinstance(flowable, _SectionStart):
            self.furniture.section = flowable.index

    def _page_begun(self, canvas, doc):
        self.furniture.draw_header(canvas)

    def _page_ended(self, canvas, doc):
        self.furniture.page_sections.append(self.furniture.section)


def _story(document: Document, blocks: _Blocks) -> list[Flowable]:
    story: list[Flowable] = []
    for index, section in enumerate(document.sections):
        if index:
            story.append(PdfPageBreak())
        story.append(_SectionStart(index))
        parts = list(section.blocks)
        # A section starts a page anyway: a break at either end of it would only leave a blank page.
        while parts and isinstance(parts[-1], PageBreak):
            parts.pop()
        while parts and isinstance(parts[0], PageBreak):
            parts.pop(0)
        for block in parts:
            story += blocks.flowables(block)
    return story


DEFAULT_OPTIONS = RenderOptions()  # frozen, so one shared default is safe


def render_pdf(document: Document, options: RenderOptions = DEFAULT_OPTIONS) -> bytes:
    """The document as a PDF file's bytes, every font embedded."""
    fonts.register()
    if not document.sections:
        document = Document(document.title, document.group, (Section(()),), document.header_note)
    styles = _Styles(options.body_size)
    furniture = _Furniture(document, options, styles)
    out = io.BytesIO()
    template = _Template(out, furniture, title=printable(document.title), author=printable(document.group),
                         creator="CompactDesk", lang="en-GB")

    def canvas_maker(*args, **kwargs):
        return _NumberedCanvas(*args, furniture=furniture, **kwargs)

    template.build(_story(document, _Blocks(styles)), canvasmaker=canvas_maker)
    return out.getvalue()
