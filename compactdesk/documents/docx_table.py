"""A Word table's sizes and its body rows.

The rows are written as WordprocessingML text, the same XML python-docx writes for `add_row()`
and a run per cell (tests/documents compare the two byte for byte), and put into the saved file
in place of a comment that marks where. python-docx's per-element bookkeeping made a 20,000-row
table take most of a minute, and its elements held a quarter of a gigabyte. The header row and
everything around the table stay with python-docx.
"""

from __future__ import annotations

import functools
import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt
from lxml import etree
from reportlab.pdfbase.pdfmetrics import stringWidth

from compactdesk.documents.model import Cell, Column, Table, Tone, language_parts
from compactdesk.documents.text import printable

# Word lays the text out, not us. Where we must judge whether something fits
# (the header's line, a word in a narrow column) we measure with reportlab's
# Helvetica widths, which Arial shares, and leave room for wider fallback
# fonts (LibreOffice without Liberation Sans). A row's height is a rougher
# guess from its length, a character taken as a generous 0.62 of the size.
WORD_ROOM = 1.2
EM_PER_CHARACTER = 0.62
CELL_PADDING = Cm(0.5)  # Table Grid's cell margins and the rules between cells
# A table row no taller than this is kept on one page; a longer one may split,
# since a row taller than a page must.
UNSPLIT_ROW_LIMIT = Pt(220)

TONE_FILL = {
    Tone.GOOD: "DDEFD5",  # light green
    Tone.WARN: "FCE8B8",  # light amber
    Tone.BAD: "F7D4D8",  # light pink
    Tone.MUTED: "EBEBEB",  # light grey, lighter than the header row
}
TABLE_TEXT_ID = "TableText"  # the style id python-docx gives the "Table Text" style docx.py makes

ROWS_AT_A_TIME = 250  # rows parsed together, and between progress reports


@functools.lru_cache(maxsize=50_000)
def measure(text: str, size: float, bold: bool = False) -> Emu:
    # Cached: the same dates, counts and words come back in row after row.
    return Pt(stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size))


def column_widths(table: Table, size: float, text_width: Emu) -> list[Emu]:
    """Each column's share of the text width, widened where needed so that its
    longest word fits (large print in a narrow column), taken from the rest."""
    shares = [min(max(c.width, 1e-6), 1e6) if isinstance(c.width, int | float) and math.isfinite(c.width)
              and c.width > 0 else 1.0 for c in table.columns]  # fmt: skip
    needs = []
    for index, column in enumerate(table.columns):
        words = {(word, bold) for text, bold in ((column.title, True), *((row[index].text, row[index].bold)
                                                                         for row in table.rows))
                 for word in printable(text).split()}
        longest = max((measure(word, size, bold) * WORD_ROOM for word, bold in words), default=0)
        needs.append(min(longest, text_width * 0.4) + CELL_PADDING)
    widths = [text_width * share / sum(shares) for share in shares]
    if sum(needs) <= text_width:  # otherwise no widths would do: keep the shares
        fixed: set[int] = set()
        while short := {i for i, width in enumerate(widths) if i not in fixed and width < needs[i]}:
            fixed |= short
            free = [i for i in range(len(widths)) if i not in fixed]
            if not free:
                break
            spare = text_width - sum(needs[i] for i in fixed)
            free_share = sum(shares[i] for i in free)
            widths = [needs[i] if i in fixed else spare * shares[i] / free_share for i in range(len(widths))]
    return [Emu(int(width)) for width in widths]


def row_height(texts: Sequence[str], widths: list[Emu], size: float, text_width: Emu) -> Emu:
    """A guess at a table row's height, from its tallest cell."""
    tallest = 0
    for text, width in zip(texts, widths, strict=True):
        if len(text) > 20_000:
            return Emu(text_width * 100)  # far too tall to keep whole; skip the counting
        per_line = max(1, int((width - CELL_PADDING) / Pt(size * EM_PER_CHARACTER)))
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in printable(text).split("\n"))
        tallest = max(tallest, lines)
    return Pt(tallest * size * 1.35 + 6)


def _run_content(text: str) -> str:
    """A run's inner XML as python-docx writes it for `add_run(text)`: a tab is <w:tab/>, a line end
    <w:br/>, the rest <w:t> pieces, kept with their spaces where they start or end with one."""
    out, piece = [], []

    def flush():
        if piece:
            words = "".join(piece)
            space = ' xml:space="preserve"' if len(words.strip()) < len(words) else ""
            out.append(f"<w:t{space}>{escape(words)}</w:t>")
            piece.clear()

    for char in text:
        if char == "\t":
            flush()
            out.append("<w:tab/>")
        elif char in "\r\n":
            flush()
            out.append("<w:br/>")
        else:
            piece.append(char)
    flush()
    return "".join(out)


def _run_xml(text: str, bold: bool, tag: str | None) -> str:
    properties = ("<w:b/>" if bold else "") + (f'<w:lang w:val="{tag}"/>' if tag else "")
    return f"<w:r>{f'<w:rPr>{properties}</w:rPr>' if properties else ''}{_run_content(text)}</w:r>"


def _cell_xml(cell: Cell, column: Column, width: str) -> str:
    fill = TONE_FILL.get(cell.tone)
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    align = '<w:jc w:val="right"/>' if column.right else ""
    runs = "".join(_run_xml(printable(piece), cell.bold, tag) for piece, tag in language_parts(cell.text))
    run = runs if printable(cell.text) or cell.bold else "<w:r/>"
    return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{shading}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{TABLE_TEXT_ID}"/>{align}</w:pPr>{run}</w:p></w:tc>')


def append_rows(tbl, table: Table, widths: list[Emu], size: float, text_width: Emu, held: list[bytes],
                step: Callable[[], None] = lambda: None) -> None:
    """Writes `table`'s rows for the <w:tbl> element `tbl` (its grid and header row already made), each
    cell as wide as its grid column: ROWS_AT_A_TIME rows at a time as UTF-8 XML kept in `held`, a comment
    in the table marking where, for splice() to put in once the document is saved; `step()` after each.
    Held as text, 20,000 rows take some 40 MB; as python-docx elements they took 250."""
    grid = [column.get(qn("w:w")) for column in tbl.tblGrid.gridCol_lst]
    for start in range(0, len(table.rows), ROWS_AT_A_TIME):
        rows = []
        for row in table.rows[start:start + ROWS_AT_A_TIME]:
            # A row short enough is kept on one page; a longer one may split, as one taller than a page must.
            whole = row_height([cell.text for cell in row], widths, size, text_width) <= UNSPLIT_ROW_LIMIT
            cells = "".join(_cell_xml(cell, column, width) for cell, column, width in zip(row, table.columns, grid,
                                                                                       strict=True))
            rows.append(f"<w:tr>{'<w:trPr><w:cantSplit/></w:trPr>' if whole else ''}{cells}</w:tr>")
        tbl.append(etree.Comment(f"{_MARK} {len(held)}"))
        held.append("".join(rows).encode("utf-8"))
        step()


_MARK = "compactdesk rows"
_MARKED = re.compile(rb"<!--" + _MARK.encode() + rb" (\d+)-->")
_DOCUMENT = "word/document.xml"


def splice(package: bytes, held: list[bytes]) -> bytes:
    """The saved .docx with the held rows written in where their comments stand, the document's XML
    streamed into the new file piece by piece rather than made whole in memory."""
    if not held:
        return package
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            if info.filename != _DOCUMENT:
                copy.writestr(info, source.read(info.filename))
                continue
            xml = source.read(info.filename)
            with copy.open(info, "w") as stream:
                at = 0
                for found in _MARKED.finditer(xml):
                    stream.write(xml[at:found.start()])
                    stream.write(held[int(found.group(1))])
                    held[int(found.group(1))] = b""  # let it go once written
                    at = found.end()
                stream.write(xml[at:])
    return out.getvalue()
