"""The PDF's pages: the header drawn as each page begins, the footer ("Page 2 of 5") once the
whole document is laid out (only then is the number of pages known), and the story, each block
made into flowables only as layout reaches it, with progress reported as it goes."""

import dataclasses
import io
from collections.abc import Callable

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from compactdesk.documents import fonts
from compactdesk.documents.bilingual import rendering, say
from compactdesk.documents.fonts import markup
from compactdesk.documents.model import Document, PageBreak, RenderOptions, Section, language_tag
from compactdesk.documents.pdf_text import (
    BLACK,
    BOTTOM_MARGIN,
    PAGE_HEIGHT,
    SIDE_MARGIN,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TOP_MARGIN,
    Styles,
    short_label,
)
from compactdesk.documents.text import printable
from compactdesk.i18n import translate

# Page streams compressed, not also written out in ASCII base 85: the files are a fifth smaller,
# and reportlab's base-85 encoder (in Python, without its C accelerator) took seconds for a long paper.
rl_config.useA85 = 0


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

    def __init__(self, document: Document, options: RenderOptions, styles: Styles):
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
        note = _fit(short_label(self.document.header_note), styles.furniture_right, TEXT_WIDTH * 0.5)
        if note:
            note_width = _widest(note, TEXT_WIDTH * 0.5)
            parts.append((note, SIDE_MARGIN + TEXT_WIDTH - note_width, note_width))
        room = TEXT_WIDTH - (note_width + styles.size if note else 0)
        group = _fit(short_label(self.document.group), styles.furniture, room)
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
        footer = say(lambda: translate("Papers", "Page {page} of {pages}").format(page=page, pages=pages))
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
        self.blocks = self.blocks_made = 0  # the story's blocks, and how many are made into flowables
        self.progress: Callable[[int, int], None] | None = None
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

    def filterFlowables(self, flowables):
        """Makes the blocks at the head of the story into flowables just before layout takes them
        (a block, and as long as what is made keeps with what follows, the block after it too),
        and reports progress: reportlab asks here before each flowable and each page of a table."""
        index = 0
        while index < len(flowables):
            head = flowables[index]
            if isinstance(head, _Later):
                flowables[index:index + 1] = head.make()
                self.blocks_made += 1
                continue
            if not head.getKeepWithNext():
                break
            index += 1
        if self.progress is not None:
            self.progress(self.blocks_made, self.blocks)


class _Later(Flowable):
    """A block of the model not yet made into flowables. Made as layout reaches it, so a long paper's
    flowables (a hundred thousand table cells) are not all held at once, and each is let go once drawn."""

    def __init__(self, block, make: Callable[[object], list[Flowable]]):
        super().__init__()
        self.block, self._make = block, make

    def make(self) -> list[Flowable]:
        return self._make(self.block)

    def wrap(self, available_width, available_height):  # never laid out: filterFlowables replaces it first
        raise AssertionError("a block was laid out before it was made")


def _story(document: Document, make: Callable[[object], list[Flowable]]) -> list[Flowable]:
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
        story += [_Later(block, make) for block in parts]
    return story


def lay_out(document: Document, options: RenderOptions, styles: Styles, make: Callable[[object], list[Flowable]],
            progress: Callable[[int, int], None] | None = None) -> bytes:
    """The document as a PDF file's bytes, each block made into flowables by `make`."""
    if not document.sections:
        document = dataclasses.replace(document, sections=(Section(()),))
    furniture = _Furniture(document, options, styles)
    out = io.BytesIO()
    template = _Template(out, furniture, title=printable(document.title), author=printable(document.group),
                         creator="CompactDesk", lang=language_tag(document.language))

    def canvas_maker(*args, **kwargs):
        return _NumberedCanvas(*args, furniture=furniture, **kwargs)

    story = _story(document, make)
    template.blocks, template.progress = sum(isinstance(part, _Later) for part in story), progress
    with rendering(document.language):
        template.build(story, canvasmaker=canvas_maker)
    return out.getvalue()
