"""Long tables are made the fast way and come out as they did the slow way: Word's rows written as
XML are byte for byte what python-docx's API writes, and a PDF cell's plain text is set where a
Paragraph would set it."""

import io
import zipfile

import pytest
from docx.oxml import OxmlElement
from docx.table import Table as WordTable
from pypdf import PdfReader

from compactdesk.documents import docx as word_renderer
from compactdesk.documents import pdf
from compactdesk.documents.docx import _fill_cell
from compactdesk.documents.docx_table import TONE_FILL, UNSPLIT_ROW_LIMIT, row_height
from compactdesk.documents.model import Cell, Column, Document, Heading, PageBreak, Paragraph, RenderOptions, Section
from compactdesk.documents.model import Table, Tone

TEXTS = ["", "12", "3 days", "Answered on time\non 3 March 2020", "Overdue by 590 days", " lead\ttab\nline ",
         "x & <y> \"q\" 'a' Ynys Môn, Llŷr, Łucja 🚌", "non\u00a0breaking\u00a0spaces", "two  spaces", "a\x00b\x0bc",
         "Supercalifragilisticexpialidociousness-in-a-narrow-column", "word " * 60, "soft\xadhyphen",
         "\r\n\r", "ends with a space ", "Gwenllïan asked about the grants programme review"]


def _tables() -> Document:
    rows = tuple((Cell(text, tone, bold), Cell(TEXTS[-(index % len(TEXTS)) - 1]), Cell(str(index), Tone.BAD if index % 3 else Tone.PLAIN))
                 for index, text in enumerate(TEXTS * 3)
                 for tone, bold in [((Tone.GOOD, Tone.WARN, Tone.MUTED, Tone.PLAIN)[index % 4], index % 2 == 0)])
    narrow = (Column("Feedback on", 3.4), Column("Where it stands", 1.2), Column("Days", 0.6, right=True))
    wide = (Column("A", 1), Column("B", 1), Column("C", 1, right=True))
    return Document("Tables", "Grŵp", (Section((
        Heading("Tables"), Paragraph.of("Before the table."), Table(narrow, rows), PageBreak(), Table(wide, rows),
        Table(narrow, ((Cell("y " * 12_000), Cell("long"), Cell("1")),)))),))


def _reference_rows(tbl, table, widths, size, text_width, held, step=lambda: None):
    """The rows as the renderer made them before: python-docx's add_row and a run per cell."""
    grid = WordTable(tbl, None)
    for row in table.rows:
        added = grid.add_row()
        if row_height([cell.text for cell in row], widths, size, text_width) <= UNSPLIT_ROW_LIMIT:
            added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, value, column in zip(added.cells, row, table.columns, strict=True):
            _fill_cell(cell, value.text, bold=value.bold, right=column.right, fill=TONE_FILL.get(value.tone))


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


@pytest.mark.parametrize("large", [False, True])
def test_word_rows_are_what_python_docx_writes(monkeypatch, large):
    options = RenderOptions(large_print=large)
    fast = word_renderer.render_docx(_tables(), options)
    monkeypatch.setattr(word_renderer, "append_rows", _reference_rows)
    slow = word_renderer.render_docx(_tables(), options)
    assert b"compactdesk rows" not in _document_xml(fast)
    assert _document_xml(fast) == _document_xml(slow)


def _placed(data: bytes) -> list[tuple]:
    """Each piece of text with its page and where it starts, to a tenth of a point."""
    placed = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                placed.append((number, round(tm[4] * cm[0] + cm[4], 1), round(tm[5] * cm[3] + cm[5], 1),
                               text.strip()))
        page.extract_text(visitor_text=visit)
    return placed


@pytest.mark.parametrize("large", [False, True])
def test_pdf_plain_cells_are_set_where_paragraphs_were(monkeypatch, large):
    options = RenderOptions(large_print=large)
    fast = pdf.render_pdf(_tables(), options)
    monkeypatch.setattr(pdf.Plain, "of", classmethod(
        lambda cls, text, bold, style, width: pdf.text_cell([(text, bold, False)], style, width)))
    slow = pdf.render_pdf(_tables(), options)
    assert len(PdfReader(io.BytesIO(fast)).pages) == len(PdfReader(io.BytesIO(slow)).pages) > 2
    assert _placed(fast) == _placed(slow)
