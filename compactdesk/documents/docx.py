"""Word (.docx) papers from the neutral document model, with python-docx.

People edit these files after we write them, so the look lives in named
styles (Normal, Heading 1-3, Note, Banner, Table Text, Chart Title) rather
than on each run. Raw OXML appears only where python-docx has no API:
page-number fields, the repeated header row, cell shading, the banner's box,
the numbering restart and a picture's alt text.

A bar chart is a picture (python-docx makes no Word charts): chart.py lays it
out exactly as in the PDF and draws it as a PNG. The styles are made in
docx_styles.py; a table's rows are written in docx_table.py.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import UTC, datetime

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt

from compactdesk.documents import chart
from compactdesk.documents.bilingual import rendering, say
from compactdesk.documents.docx_styles import element as _element
from compactdesk.documents.docx_styles import half as _half
from compactdesk.documents.docx_styles import margin_size as _margin_size
from compactdesk.documents.docx_styles import set_up_styles
from compactdesk.documents.docx_table import (
    ROWS_AT_A_TIME,
    TABLE_TEXT_ID,
    TONE_FILL,
    append_rows,
    column_widths,
    measure,
    splice,
)
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
    language_parts,
    language_tag,
)
from compactdesk.documents.text import printable
from compactdesk.i18n import translate

__all__ = ["TEXT_WIDTH", "TONE_FILL", "render_docx"]  # TONE_FILL (docx_table.py's) for the tests

PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
SIDE_MARGIN = Cm(2.2)
END_MARGIN = Cm(2.5)  # top and bottom: room for the header and footer lines
HEADER_DISTANCE = Cm(1.2)
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * SIDE_MARGIN)
TEXT_HEIGHT = Emu(PAGE_HEIGHT - 2 * END_MARGIN)

# Where we must judge whether something fits (the header's line, a word in a narrow column)
# we measure as docx_table.py says.
HEADER_GAP = 3  # ems between the group's name and the note

FIELD_LABEL_SHARE = 0.3

HEADER_FILL = "D9D9D9"

# What may follow an element inside its parent, in schema order (docx_styles.py has the
# styles' own); python-docx has no API for these elements, so we must place them where Word expects.
_AFTER_SHD = (
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
    "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
_AFTER_PGNUMTYPE = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
def render_docx(document: Document, options: RenderOptions = RenderOptions(),  # noqa: B008 - frozen
                progress: Callable[[int, int], None] | None = None) -> bytes:
    """The paper as the bytes of a .docx file; any text at all renders. `progress(done, total)` hears,
    often, how much of the document is written; it may raise to stop."""
    with rendering(document.language):
        return _render(document, options, progress)


def _render(document: Document, options: RenderOptions, progress: Callable[[int, int], None] | None) -> bytes:
    word = docx.Document()
    set_up_styles(word, options.body_size, language_tag(document.language))
    _set_properties(word, document)
    sections = document.sections or (Section(()),)
    # A step for each block, and for each ROWS_AT_A_TIME rows of a table.
    steps = sum(1 + len(block.rows) // ROWS_AT_A_TIME if isinstance(block, Table) else 1
                for section in sections for block in section.blocks)
    writer = _Writer(word, options.body_size, _Counter(progress, steps))
    for index, section in enumerate(sections):
        if index:
            word.add_section(WD_SECTION.NEW_PAGE)
            _fold_section_break(word)
        _set_up_section(word, document, section, options)
        writer.write(section.blocks)
    out = io.BytesIO()
    word.save(out)
    return splice(out.getvalue(), writer.held_rows)


class _Counter:
    """Counts steps done, telling `progress` after each (never all: saving is still to come)."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int):
        self.progress, self.total, self.done = progress, total + 1, 0

    def __call__(self) -> None:
        self.done = min(self.done + 1, self.total - 1)
        if self.progress is not None:
            self.progress(self.done, self.total)


class _Writer:
    """Appends blocks to the body; remembers a page break until the next block
    can carry it, so no empty line is left at the top of the new page."""

    def __init__(self, word: docx.document.Document, body_size: float, step: Callable[[], None] = lambda: None):
        self.word = word
        self.body_size = body_size
        self.break_pending = False
        self.step = step
        self.held_rows: list[bytes] = []  # tables' rows as XML, for docx_table.splice
        self._style_ids: dict[tuple[str, WD_STYLE_TYPE], str | None] = {}

    def _style_id(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str | None:
        # Looked up once: python-docx searches every style by name (and for the default) each time.
        if (name, kind) not in self._style_ids:
            self._style_ids[name, kind] = self.word.part.get_style_id(name, kind)
        return self._style_ids[name, kind]

    def write(self, blocks) -> None:
        self.break_pending = False  # a new section already starts a new page
        for block in blocks:
            match block:
                case Heading():
                    level = min(max(int(block.level), 1), 3)
                    _add_text(self._paragraph(f"Heading {level}"), block.text)
                case Paragraph():
                    self._spans(block)
                case Lines():
                    self._lines(block)
                case Fields():
                    self._fields(block)
                case BulletList():
                    for item in block.items:
                        _add_text(self._paragraph("List Bullet"), item)
                case Table():
                    self._table(block)
                case BarChart():
                    self._chart(block)
                case PageBreak():
                    self.break_pending = True
            self.step()

    def _paragraph(self, style: str | None = None):
        paragraph = self.word.add_paragraph()
        if style is not None:
            paragraph._p.style = self._style_id(style)  # as add_paragraph(style=…) sets it
        self._carry_break(paragraph)
        return paragraph

    def _carry_break(self, paragraph) -> None:
        if self.break_pending:
            paragraph.paragraph_format.page_break_before = True
            self.break_pending = False

    def _spans(self, block: Paragraph) -> None:
        style = {Style.NOTE: "Note", Style.BANNER: "Banner"}.get(block.style)
        paragraph = self._paragraph(style)
        for span in block.spans:
            _add_text(paragraph, span.text, bold=span.bold, italic=span.italic)

    def _lines(self, block: Lines) -> None:
        for number, line in enumerate(block.lines, start=1):
            paragraph = self._paragraph()
            _add_text(paragraph, line)
            form = paragraph.paragraph_format
            if number < len(block.lines):  # the last keeps Normal's gap before what follows
                form.space_after = Pt(0)
                form.keep_with_next = True
            if block.align_right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def _fields(self, block: Fields) -> None:
        if not block.pairs:
            return  # Word refuses a table without rows
        label_width = Emu(int(TEXT_WIDTH * FIELD_LABEL_SHARE))
        widths = (label_width, Emu(TEXT_WIDTH - label_width))
        grid = self._new_table(widths, header_row=False)  # no style: no grid lines
        for label, value in block.pairs:
            label_cell, value_cell = grid.add_row().cells
            _fill_cell(label_cell, label, bold=True)
            _fill_cell(value_cell, value)
        self._carry_break(grid.rows[0].cells[0].paragraphs[0])
        self._spacer()

    def _table(self, block: Table) -> None:
        if not block.columns:
            return  # nothing to show, and Word refuses a row without cells
        widths = column_widths(block, self.body_size, TEXT_WIDTH)
        grid = self._new_table(widths, header_row=True)
        grid._tbl.tblPr.style = self._style_id("Table Grid", WD_STYLE_TYPE.TABLE)  # as grid.style = … sets it
        header = grid.rows[0]
        _repeat_on_every_page(header)
        for cell, column in zip(header.cells, block.columns, strict=True):
            _fill_cell(cell, column.title, bold=True, right=column.right, fill=HEADER_FILL)
        append_rows(grid._tbl, block, widths, self.body_size, TEXT_WIDTH, self.held_rows, self.step)
        self._carry_break(header.cells[0].paragraphs[0])
        self._spacer()

    def _chart(self, block: BarChart) -> None:
        """The title, the chart as a picture the text's width (several for very many categories,
        each fitting a page) with the description as its alt text, and the description as a note."""
        title = printable(block.title).strip()
        description = printable(block.description).strip()
        if title:
            _add_text(self._paragraph("Chart Title"), block.title)
        # Word cannot split a picture: a long chart is cut into pictures that each fill most of a page.
        pictures = chart.pictures(block, TEXT_WIDTH.pt, self.body_size, TEXT_HEIGHT.pt * 0.85)
        if not pictures:
            _add_text(self._paragraph("Note"), say(lambda: translate("Papers", "No figures to show.")))
        for picture in pictures:
            paragraph = self._paragraph()
            form = paragraph.paragraph_format
            form.line_spacing_rule = WD_LINE_SPACING.SINGLE  # a multiple would add room above the picture
            form.keep_with_next = bool(description)
            form.space_after = Pt(_half(self.body_size * 0.4))
            shape = paragraph.add_run().add_picture(io.BytesIO(chart.png(picture)), width=TEXT_WIDTH)
            properties = shape._inline.docPr
            properties.set("descr", description or title)
            if title:
                properties.set("title", title)
        if description:
            _add_text(self._paragraph("Note"), block.description)

    def _new_table(self, widths, header_row: bool):
        grid = self.word.add_table(rows=1 if header_row else 0, cols=len(widths))
        grid.autofit = False  # fixed layout: Word keeps our widths
        # Rows added later copy the grid's widths; the first row needs its own.
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = width
        for row in grid.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
        return grid

    def _spacer(self) -> None:
        """A short empty paragraph after a table: keeps the next table from
        merging into it and the next text off its bottom edge."""
        spacer = self.word.add_paragraph()
        form = spacer.paragraph_format
        form.space_before = form.space_after = Pt(0)
        form.line_spacing = Pt(round(self.body_size * 0.6))


def _add_text(paragraph, text: str, bold: bool = False, italic: bool = False) -> None:
    """The text as runs; in a bilingual paper the Welsh and the English each marked with its language, so
    spell checkers and screen readers read each right. add_run turns "\n" into a line break, "\t" a tab."""
    for piece, tag in language_parts(text):
        run = paragraph.add_run(printable(piece))
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if tag:
            run._r.get_or_add_rPr().append(_element("w:lang", val=tag))


def _fill_cell(cell, text: str, bold: bool = False, right: bool = False, fill: str | None = None) -> None:
    paragraph = cell.paragraphs[0]
    # By id, not by name: python-docx looks a name up through every style each time,
    # which made a 2,000-row table take seconds.
    paragraph._p.style = TABLE_TEXT_ID
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add_text(paragraph, text, bold=bold)
    if fill:
        shading = _element("w:shd", val="clear", color="auto", fill=fill)
        cell._tc.get_or_add_tcPr().insert_element_before(shading, *_AFTER_SHD)


def _repeat_on_every_page(row) -> None:
    # No w:cantSplit here: LibreOffice 7.4 then drops the whole table when
    # the header row lands at the foot of a page.
    row._tr.get_or_add_trPr().append(_element("w:tblHeader"))
    for cell in row.cells:  # Word's way to keep the header row with the first row
        cell.paragraphs[0].paragraph_format.keep_with_next = True


def _fold_section_break(word) -> None:
    """python-docx ends a section with an empty paragraph of its own, which
    Word may push onto a blank page; the section's last paragraph carries the
    break instead when it can."""
    breaker = word.element.body.sectPr.getprevious()
    last = breaker.getprevious()
    if last is None or last.tag != qn("w:p") or last.xpath("./w:pPr/w:sectPr"):
        return  # an empty section: the empty paragraph is all it has
    last.set_sectPr(breaker.pPr.sectPr)
    breaker.getparent().remove(breaker)


def _set_up_section(word, document: Document, section: Section, options: RenderOptions) -> None:
    part = word.sections[-1]
    part.orientation = WD_ORIENT.PORTRAIT
    part.page_width, part.page_height = PAGE_WIDTH, PAGE_HEIGHT
    part.left_margin = part.right_margin = SIDE_MARGIN
    part.top_margin = part.bottom_margin = END_MARGIN
    part.header_distance = part.footer_distance = HEADER_DISTANCE
    _restart_numbers(word.element.body.get_or_add_sectPr(), section.own_numbers)

    # Every section gets its own header and footer: a footer counting the
    # section's pages must not be inherited by one counting the whole file.
    part.header.is_linked_to_previous = False
    group, note = printable(document.group), printable(document.header_note)
    line = part.header.paragraphs[0]
    _add_text(line, document.group)
    size = _margin_size(options.body_size)
    if note and measure(group, size) + Pt(HEADER_GAP * size) + measure(note, size, bold=True) <= TEXT_WIDTH:
        line.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        line.add_run("\t")
        _add_text(line, document.header_note, bold=True)
    elif note:  # too long to share a line: the note goes under the name, still at the right
        line = part.header.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _add_text(line, document.header_note, bold=True)
    line.paragraph_format.space_after = Pt(_half(options.body_size * 0.5))  # clear of the text below

    part.footer.is_linked_to_previous = False
    if options.page_numbers:
        # LibreOffice cannot count one section's pages (SECTIONPAGES shows "1"), so a
        # file of several letters numbers each letter's pages without a total.
        _page_numbers(part.footer.paragraphs[0], counted=not (section.own_numbers and len(document.sections) > 1))


def _restart_numbers(sect_pr, restart: bool) -> None:
    # add_section copies the previous section's settings, a restart included.
    for old in sect_pr.findall(qn("w:pgNumType")):
        sect_pr.remove(old)
    if restart:
        sect_pr.insert_element_before(_element("w:pgNumType", start="1"), *_AFTER_PGNUMTYPE)


def _page_numbers(paragraph, counted: bool) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    words = printable(say(lambda: translate("Papers", "Page {page} of {pages}")) if counted
                      else say(lambda: translate("Papers", "Page {page}")))
    # Split around the placeholders, so a translation may put them in any order.
    for piece in re.split(r"(\{page\}|\{pages\})", words):
        if piece == "{page}":
            _field(paragraph, "PAGE")
        elif piece == "{pages}":
            _field(paragraph, "NUMPAGES")
        elif piece:
            paragraph.add_run(piece)


def _field(paragraph, code: str) -> None:
    """A Word field; its "1" shows only until the reader's program counts pages."""
    paragraph.add_run().element.append(_element("w:fldChar", fldCharType="begin"))
    instruction = _element("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    paragraph.add_run().element.append(instruction)
    paragraph.add_run().element.append(_element("w:fldChar", fldCharType="separate"))
    paragraph.add_run("1")
    paragraph.add_run().element.append(_element("w:fldChar", fldCharType="end"))


def _set_properties(word, document: Document) -> None:
    properties = word.core_properties
    # Core properties are limited to 255 characters each by python-docx.
    properties.title = printable(document.title)[:255]
    properties.author = properties.last_modified_by = printable(document.group)[:255]
    properties.comments = ""  # the template says "generated by python-docx"
    properties.language = language_tag(document.language)
    properties.created = properties.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    properties.revision = 1
