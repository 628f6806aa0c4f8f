"""Word (.docx) papers from the neutral document model, with python-docx.

People edit these files after we write them, so the look lives in named
styles (Normal, Heading 1-3, Note, Banner, Table Text, Chart Title) rather
than on each run. Raw OXML appears only where python-docx has no API:
page-number fields, the repeated header row, cell shading, the banner's box,
the numbering restart and a picture's alt text.

A bar chart is a picture (python-docx makes no Word charts): chart.py lays it
out exactly as in the PDF and draws it as a PNG.
"""

from __future__ import annotations

import io
import math
import re
from datetime import UTC, datetime

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from compactdesk.documents import chart
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

# Word on Windows and Mac has Arial; LibreOffice maps it to the metric-twin
# Liberation Sans. Both cover Welsh and Polish letters.
FONT = "Arial"
BLACK = RGBColor(0, 0, 0)

PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
SIDE_MARGIN = Cm(2.2)
END_MARGIN = Cm(2.5)  # top and bottom: room for the header and footer lines
HEADER_DISTANCE = Cm(1.2)
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * SIDE_MARGIN)
TEXT_HEIGHT = Emu(PAGE_HEIGHT - 2 * END_MARGIN)

# Word lays the text out, not us. Where we must judge whether something fits
# (the header's line, a word in a narrow column) we measure with reportlab's
# Helvetica widths, which Arial shares, and leave room for wider fallback
# fonts (LibreOffice without Liberation Sans). A row's height is a rougher
# guess from its length, a character taken as a generous 0.62 of the size.
WORD_ROOM = 1.2
HEADER_GAP = 3  # ems between the group's name and the note
EM_PER_CHARACTER = 0.62
CELL_PADDING = Cm(0.5)  # Table Grid's cell margins and the rules between cells
# A table row no taller than this is kept on one page; a longer one may split,
# since a row taller than a page must.
UNSPLIT_ROW_LIMIT = Pt(220)

HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.1}
BANNER_SCALE = 1.2
FIELD_LABEL_SHARE = 0.3

HEADER_FILL = "D9D9D9"
TONE_FILL = {
    Tone.GOOD: "DDEFD5",  # light green
    Tone.WARN: "FCE8B8",  # light amber
    Tone.BAD: "F7D4D8",  # light pink
    Tone.MUTED: "EBEBEB",  # light grey, lighter than the header row
}

# What may follow an element inside its parent, in schema order; python-docx
# has no API for these elements, so we must place them where Word expects.
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_AFTER_SHD = (
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
    "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
_AFTER_PGNUMTYPE = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
               "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")  # fmt: skip


def render_docx(document: Document, options: RenderOptions = RenderOptions()) -> bytes:  # noqa: B008 - frozen
    """The paper as the bytes of a .docx file; any text at all renders."""
    word = docx.Document()
    _set_up_styles(word, options.body_size)
    _set_properties(word, document)
    writer = _Writer(word, options.body_size)
    for index, section in enumerate(document.sections or (Section(()),)):
        if index:
            word.add_section(WD_SECTION.NEW_PAGE)
            _fold_section_break(word)
        _set_up_section(word, document, section, options)
        writer.write(section.blocks)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


class _Writer:
    """Appends blocks to the body; remembers a page break until the next block
    can carry it, so no empty line is left at the top of the new page."""

    def __init__(self, word: docx.document.Document, body_size: float):
        self.word = word
        self.body_size = body_size
        self.break_pending = False

    def write(self, blocks) -> None:
        self.break_pending = False  # a new section already starts a new page
        for block in blocks:
            match block:
                case Heading():
                    level = min(max(int(block.level), 1), 3)
                    self._paragraph(f"Heading {level}").add_run(printable(block.text))
                case Paragraph():
                    self._spans(block)
                case Lines():
                    self._lines(block)
                case Fields():
                    self._fields(block)
                case BulletList():
                    for item in block.items:
                        self._paragraph("List Bullet").add_run(printable(item))
                case Table():
                    self._table(block)
                case BarChart():
                    self._chart(block)
                case PageBreak():
                    self.break_pending = True

    def _paragraph(self, style: str | None = None):
        paragraph = self.word.add_paragraph(style=style)
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
            # add_run turns "\n" into a line break and "\t" into a tab itself.
            run = paragraph.add_run(printable(span.text))
            if span.bold:
                run.bold = True
            if span.italic:
                run.italic = True

    def _lines(self, block: Lines) -> None:
        for number, line in enumerate(block.lines, start=1):
            paragraph = self._paragraph()
            paragraph.add_run(printable(line))
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
        widths = _column_widths(block, self.body_size)
        grid = self._new_table(widths, header_row=True)
        grid.style = self.word.styles["Table Grid"]
        header = grid.rows[0]
        _repeat_on_every_page(header)
        for cell, column in zip(header.cells, block.columns, strict=True):
            _fill_cell(cell, column.title, bold=True, right=column.right, fill=HEADER_FILL)
        for row in block.rows:
            added = grid.add_row()
            if _row_height(tuple(value.text for value in row), widths, self.body_size) <= UNSPLIT_ROW_LIMIT:
                added._tr.get_or_add_trPr().append(_element("w:cantSplit"))
            for cell, value, column in zip(added.cells, row, block.columns, strict=True):
                _fill_cell(cell, value.text, bold=value.bold, right=column.right, fill=TONE_FILL.get(value.tone))
        self._carry_break(header.cells[0].paragraphs[0])
        self._spacer()

    def _chart(self, block: BarChart) -> None:
        """The title, the chart as a picture the text's width (several for very many categories,
        each fitting a page) with the description as its alt text, and the description as a note."""
        title = printable(block.title).strip()
        description = printable(block.description).strip()
        if title:
            self._paragraph("Chart Title").add_run(title)
        # Word cannot split a picture: a long chart is cut into pictures that each fill most of a page.
        pictures = chart.pictures(block, TEXT_WIDTH.pt, self.body_size, TEXT_HEIGHT.pt * 0.85)
        if not pictures:
            self._paragraph("Note").add_run(printable(translate("Papers", "No figures to show.")))
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
            self._paragraph("Note").add_run(description)

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


TABLE_TEXT_ID = "TableText"  # the style id python-docx gives the "Table Text" style made in _set_up_styles


def _fill_cell(cell, text: str, bold: bool = False, right: bool = False, fill: str | None = None) -> None:
    paragraph = cell.paragraphs[0]
    # By id, not by name: python-docx looks a name up through every style each time,
    # which made a 2,000-row table take seconds.
    paragraph._p.style = TABLE_TEXT_ID
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(printable(text))
    if bold:
        run.bold = True
    if fill:
        shading = _element("w:shd", val="clear", color="auto", fill=fill)
        cell._tc.get_or_add_tcPr().insert_element_before(shading, *_AFTER_SHD)


def _repeat_on_every_page(row) -> None:
    # No w:cantSplit here: LibreOffice 7.4 then drops the whole table when
    # the header row lands at the foot of a page.
    row._tr.get_or_add_trPr().append(_element("w:tblHeader"))
    for cell in row.cells:  # Word's way to keep the header row with the first row
        cell.paragraphs[0].paragraph_format.keep_with_next = True


def _column_widths(table: Table, size: float) -> list[Emu]:
    """Each column's share of the text width, widened where needed so that its
    longest word fits (large print in a narrow column), taken from the rest."""
    shares = [min(max(c.width, 1e-6), 1e6) if isinstance(c.width, int | float) and math.isfinite(c.width)
              and c.width > 0 else 1.0 for c in table.columns]  # fmt: skip
    needs = []
    for index, column in enumerate(table.columns):
        texts = ((column.title, True), *((row[index].text, row[index].bold) for row in table.rows))
        longest = max((_measure(word, size, bold) * WORD_ROOM for text, bold in texts for word in printable(text).split()),
                      default=0)  # fmt: skip
        needs.append(min(longest, TEXT_WIDTH * 0.4) + CELL_PADDING)
    widths = [TEXT_WIDTH * share / sum(shares) for share in shares]
    if sum(needs) <= TEXT_WIDTH:  # otherwise no widths would do: keep the shares
        fixed: set[int] = set()
        while short := {i for i, width in enumerate(widths) if i not in fixed and width < needs[i]}:
            fixed |= short
            free = [i for i in range(len(widths)) if i not in fixed]
            if not free:
                break
            spare = TEXT_WIDTH - sum(needs[i] for i in fixed)
            free_share = sum(shares[i] for i in free)
            widths = [needs[i] if i in fixed else spare * shares[i] / free_share for i in range(len(widths))]
    return [Emu(int(width)) for width in widths]


def _row_height(texts: tuple[str, ...], widths: list[Emu], size: float) -> Emu:
    """A guess at a table row's height, from its tallest cell."""
    tallest = 0
    for text, width in zip(texts, widths, strict=True):
        if len(text) > 20_000:
            return Emu(TEXT_WIDTH * 100)  # far too tall to keep whole; skip the counting
        per_line = max(1, int((width - CELL_PADDING) / Pt(size * EM_PER_CHARACTER)))
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in printable(text).split("\n"))
        tallest = max(tallest, lines)
    return Pt(tallest * size * 1.35 + 6)


def _measure(text: str, size: float, bold: bool = False) -> Emu:
    return Pt(stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size))


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
    line.add_run(group)
    size = _margin_size(options.body_size)
    if note and _measure(group, size) + Pt(HEADER_GAP * size) + _measure(note, size, bold=True) <= TEXT_WIDTH:
        line.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        line.add_run("\t")
        line.add_run(note).bold = True
    elif note:  # too long to share a line: the note goes under the name, still at the right
        line = part.header.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        line.add_run(note).bold = True
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
    words = printable(translate("Papers", "Page {page} of {pages}") if counted else translate("Papers", "Page {page}"))
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
    properties.language = "en-GB"
    properties.created = properties.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    properties.revision = 1


def _set_up_styles(word, body_size: float) -> None:
    styles = word.styles
    defaults = styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if defaults is not None:  # anything not based on Normal still gets our font, size and language
        _plain_font(defaults, body_size)
        for language in defaults.findall(qn("w:lang")):
            language.set(qn("w:val"), "en-GB")

    normal = styles["Normal"]
    _style_font(normal, body_size, bold=None)
    form = normal.paragraph_format
    form.space_before, form.space_after = Pt(0), Pt(_half(body_size * 0.5))
    form.line_spacing = 1.15  # Arial's single line is ≈1.15 × size: leading ≈ 1.3 × size
    form.widow_control = True
    normal.element.get_or_add_rPr().append(_element("w:lang", val="en-GB"))

    for level, scale in HEADING_SCALE.items():
        heading = styles[f"Heading {level}"]
        _style_font(heading, body_size * scale, bold=True)
        form = heading.paragraph_format
        form.space_before = Pt(_half(body_size * (0.5 if level == 1 else 1.0)))
        form.space_after = Pt(_half(body_size * 0.5))
        form.keep_with_next = form.keep_together = True
        _style_font(styles[f"Heading {level} Char"], body_size * scale, bold=True)

    for name in ("Header", "Footer"):
        styles[name].paragraph_format.tab_stops.clear_all()  # the template's stops suit Letter paper
        _style_font(styles[name], _margin_size(body_size), bold=None)

    note = _new_style(styles, "Note")
    note.font.italic = True

    banner = _new_style(styles, "Banner")
    banner.font.bold = True
    _set_size(banner.element.get_or_add_rPr(), _half(body_size * BANNER_SCALE))
    form = banner.paragraph_format
    form.space_before, form.space_after = Pt(_half(body_size * 0.5)), Pt(body_size)
    # Indent by the box's padding and line, so the box lines up with the text.
    form.left_indent = form.right_indent = Pt(8)
    form.keep_with_next = True
    box = _element("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        box.append(_element(f"w:{side}", val="single", sz="24", space="4", color="000000"))
    banner.element.get_or_add_pPr().insert_element_before(box, *_AFTER_PBDR)

    chart_title = _new_style(styles, "Chart Title")
    chart_title.font.bold = True
    form = chart_title.paragraph_format
    form.space_before = Pt(_half(body_size * 0.3))
    form.keep_with_next = form.keep_together = True

    cell_text = _new_style(styles, "Table Text")
    form = cell_text.paragraph_format
    form.space_before = form.space_after = Pt(3)


def _new_style(styles, name: str):
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    return style


def _style_font(style, size: float, bold: bool | None) -> None:
    """Arial, black, the given size: the template's theme font and blue go."""
    font = style.font
    font.bold = bold
    font.italic = None if bold is None else False
    font.color.rgb = BLACK  # replaces the whole w:color, themeColor included
    _plain_font(style.element.get_or_add_rPr(), size)


def _plain_font(rpr, size: float) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _element("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        if key.endswith(("Theme", "theme")):
            del fonts.attrib[key]  # a theme font overrides a named one
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), FONT)
    _set_size(rpr, size)


def _set_size(rpr, size: float) -> None:
    half_points = str(round(size * 2))
    for tag in ("w:sz", "w:szCs"):  # szCs: Arabic, Hebrew and other complex scripts
        old = rpr.find(qn(tag))
        if old is not None:
            old.set(qn("w:val"), half_points)
        else:
            new = _element(tag, val=half_points)
            if tag == "w:sz":
                rpr.insert_element_before(new, "w:szCs", *_AFTER_SZCS)
            else:
                rpr.insert_element_before(new, *_AFTER_SZCS)


def _margin_size(body_size: float) -> float:
    """The header's and footer's size: a little under large print, never under 12 pt."""
    return max(12.0, _half(body_size * 0.875))


def _half(points: float) -> float:
    """Word stores sizes in half points."""
    return round(points * 2) / 2


def _element(tag: str, **attributes: str):
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element
