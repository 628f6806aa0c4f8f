"""The Word renderer, read back with python-docx (and LibreOffice where installed)."""

import io
import re
import shutil
import subprocess

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk import i18n
from compactdesk.documents.docx import TEXT_WIDTH, TONE_FILL, render_docx
from compactdesk.documents.model import (
    BulletList,
    Cell,
    Column,
    Document,
    Fields,
    Heading,
    Lines,
    PageBreak,
    Paragraph,
    RenderOptions,
    Section,
    Span,
    Style,
    Table,
    Tone,
)
from compactdesk.documents.text import printable

WELSH = "Ynys Môn, ŵ ŷ â"
POLISH = "Łucja Kowalczyk, źdźbło"
GROUP = "Dyfnant Compact Liaison Group"
NOTE = "DRAFT — not yet approved"


def every_block() -> Document:
    table = Table(
        (Column("Action", 3), Column("Who", 2), Column("State", 1), Column("Days", 1, right=True)),
        (
            (Cell(f"Mend the shelter, {WELSH}"), Cell(POLISH), Cell("Done", Tone.GOOD), Cell("3")),
            (Cell("Bus 🚌 timetable"), Cell("Dafydd"), Cell("Due soon", Tone.WARN), Cell("12")),
            (Cell("Speed signs"), Cell("Clerk"), Cell("Overdue", Tone.BAD, bold=True), Cell("40")),
            (Cell("Old footpath"), Cell("—"), Cell("Dropped", Tone.MUTED), Cell("")),
        ),
    )
    first = Section(
        (
            Heading(f"Agenda {WELSH}", 1),
            Paragraph.of(NOTE, Style.BANNER),
            Fields((("Date", "Tuesday 3 March 2026"), ("Venue", f"Neuadd, {WELSH}"))),
            Heading("Present", 2),
            BulletList((POLISH, "Bus 🚌 users")),
            Heading("Matters arising", 3),
            Paragraph((Span("Bold. ", bold=True), Span("Italic. ", italic=True), Span("Line\nbreak and\ttab."))),
            Paragraph.of("A quieter note.", Style.NOTE),
            Lines(("The Clerk", "1 High Street", "Llangefni")),
            Lines(("Signed", "Chair"), align_right=True),
            table,
            PageBreak(),
            Paragraph.of("After the break."),
        )
    )
    letter = Section((Heading("A letter", 1), Paragraph.of(f"Dear {POLISH},")), own_numbers=True)
    return Document("Agenda for March", GROUP, (first, letter, letter), header_note=NOTE)


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def body_texts(word) -> list[str]:
    """Every paragraph's and cell's text, in the order the body holds them."""
    texts = []
    for item in word.iter_inner_content():
        if isinstance(item, docx.table.Table):
            texts.extend(cell.text for row in item.rows for cell in row.cells)
        else:
            texts.append(item.text)
    return texts


def xml(part) -> str:
    return part._element.xml


@pytest.fixture
def rendered():
    return read(render_docx(every_block()))


def test_every_block_appears_in_order_with_its_letters(rendered):
    texts = body_texts(rendered)
    expected = [
        f"Agenda {WELSH}", NOTE, "Date", "Tuesday 3 March 2026", "Venue", f"Neuadd, {WELSH}",
        "Present", POLISH, "Bus 🚌 users", "Matters arising", "Bold. Italic. Line\nbreak and\ttab.",
        "A quieter note.", "The Clerk", "1 High Street", "Llangefni", "Signed", "Chair",
        "Action", "Who", "State", "Days", f"Mend the shelter, {WELSH}", POLISH, "Done", "3",
        "Bus 🚌 timetable", "Overdue", "Dropped", "After the break.", "A letter", f"Dear {POLISH},",
        "A letter", f"Dear {POLISH},",
    ]  # fmt: skip
    at = 0
    for text in expected:
        at = texts.index(text, at) + 1  # raises if missing or out of order


def test_line_breaks_and_tabs_are_real_breaks_and_tabs(rendered):
    paragraph = next(p for p in rendered.paragraphs if p.text.startswith("Bold."))
    assert paragraph._p.xpath(".//w:br") and paragraph._p.xpath(".//w:tab")
    bold, italic, plain = paragraph.runs
    assert bold.bold and not bold.italic
    assert italic.italic and not italic.bold
    assert not plain.bold and not plain.italic


def test_block_styles(rendered):
    by_text = {p.text: p for p in rendered.paragraphs}
    assert by_text[f"Agenda {WELSH}"].style.name == "Heading 1"
    assert by_text["Present"].style.name == "Heading 2"
    assert by_text["Matters arising"].style.name == "Heading 3"
    assert by_text[POLISH].style.name == "List Bullet"
    assert by_text["A quieter note."].style.font.italic

    banner = by_text[NOTE]
    assert banner.style.name == "Banner" and banner.style.font.bold
    assert banner.style.font.size == Pt(14.5)  # ≈ 1.2 × 12, in half points
    box = banner.style.element.pPr.find(qn("w:pBdr"))
    assert {side.tag.split("}")[1] for side in box} == {"top", "left", "bottom", "right"}
    assert all(int(side.get(qn("w:sz"))) >= 12 for side in box)  # thick: 1.5 pt or more

    lines = [by_text[t] for t in ("The Clerk", "1 High Street", "Llangefni")]
    assert [p.paragraph_format.space_after for p in lines[:-1]] == [0, 0]
    assert lines[-1].paragraph_format.space_after is None  # Normal's gap before what follows
    assert by_text["Chair"].alignment == WD_ALIGN_PARAGRAPH.RIGHT

    assert by_text["After the break."].paragraph_format.page_break_before


def test_fields_are_a_borderless_table_with_bold_labels(rendered):
    fields = rendered.tables[0]
    assert fields.style is None or fields.style.name == "Normal Table"
    assert fields._tbl.xpath(".//w:tblBorders") == []
    assert [cell.text for cell in fields.columns[0].cells] == ["Date", "Venue"]
    assert all(cell.paragraphs[0].runs[0].bold for cell in fields.columns[0].cells)
    assert not fields.cell(0, 1).paragraphs[0].runs[0].bold


def test_table_grid_header_shading_and_tones(rendered):
    table = rendered.tables[1]
    assert table.style.name == "Table Grid"
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.xpath("./w:trPr/w:tblHeader") == [] for row in table.rows[1:])
    for cell in header.cells:
        assert cell.paragraphs[0].runs[0].bold
        assert fill(cell) == "D9D9D9"

    state = [row.cells[2] for row in table.rows[1:]]
    assert [fill(cell) for cell in state] == [TONE_FILL[t] for t in (Tone.GOOD, Tone.WARN, Tone.BAD, Tone.MUTED)]
    assert fill(table.cell(1, 0)) is None  # plain cells stay white
    assert state[2].paragraphs[0].runs[0].bold and not state[0].paragraphs[0].runs[0].bold
    assert all(row.cells[3].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT for row in table.rows)
    assert table.cell(1, 0).paragraphs[0].alignment is None


def fill(cell) -> str | None:
    shading = cell._tc.xpath("./w:tcPr/w:shd")
    return shading[0].get(qn("w:fill")) if shading else None


def test_column_widths_follow_the_shares_over_the_text_width():
    table = Table((Column("A", 3), Column("B", 1)), ((Cell("x"), Cell("y")),))
    word = read(render_docx(Document("T", "G", (Section((table,)),))))
    widths = [column.width for column in word.tables[0].columns]
    assert abs(sum(widths) - TEXT_WIDTH) < Cm(0.01)
    assert widths[0] == pytest.approx(3 * widths[1], rel=0.01)
    assert all(cell.width == widths[i] for row in word.tables[0].rows for i, cell in enumerate(row.cells))


def test_a_narrow_column_is_widened_to_hold_its_longest_word():
    table = Table((Column("Action", 12), Column("Overdue", 0.2)), ((Cell("x"), Cell("Overdue", bold=True)),))
    word = read(render_docx(Document("T", "G", (Section((table,)),)), RenderOptions(large_print=True)))
    narrow = word.tables[0].columns[1].width
    assert narrow > Cm(2.5)  # "Overdue" in 16 pt bold, and the cell's padding


def test_short_rows_stay_whole_and_huge_ones_may_split():
    table = Table((Column("A"), Column("B")), ((Cell("short"), Cell("row")), (Cell("x " * 50_000), Cell("y"))))
    word = read(render_docx(Document("T", "G", (Section((table,)),))))
    short, huge = word.tables[0].rows[1:]
    assert short._tr.xpath("./w:trPr/w:cantSplit")
    assert not huge._tr.xpath("./w:trPr/w:cantSplit")


def test_styles_are_arial_black_and_sized_from_the_body():
    for options, body, sizes in ((RenderOptions(), 12, (19, 15.5, 13)), (RenderOptions(True), 16, (25.5, 21, 17.5))):
        word = read(render_docx(every_block(), options))
        normal = word.styles["Normal"]
        assert normal.font.name == "Arial" and normal.font.size == Pt(body)
        assert normal.font.color.rgb == docx.shared.RGBColor(0, 0, 0)
        assert 'w:val="en-GB"' in normal.element.xml
        for level, size in enumerate(sizes, start=1):
            heading = word.styles[f"Heading {level}"]
            assert heading.font.size == Pt(size) and heading.font.bold
            assert heading.font.name == "Arial"
            assert heading.font.color.rgb == docx.shared.RGBColor(0, 0, 0)
            assert heading.paragraph_format.keep_with_next
            assert "Theme" not in heading.element.xml and "theme" not in heading.element.xml
        assert word.styles["Table Text"].font.size is None  # the body's size, inherited from Normal


def test_sections_pages_headers_and_footers(rendered):
    sections = rendered.sections
    assert len(sections) == 3
    assert all(s.start_type == WD_SECTION.NEW_PAGE for s in sections)
    for section in sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert Cm(2) <= section.left_margin <= Cm(2.5) and Cm(2) <= section.top_margin <= Cm(2.5)
        assert not section.header.is_linked_to_previous and not section.footer.is_linked_to_previous
        line = section.header.paragraphs[0]
        assert line.text == f"{GROUP}\t{NOTE}"
        assert [run.text for run in line.runs if run.bold] == [NOTE]
        stops = line.paragraph_format.tab_stops
        assert abs(stops[0].position - TEXT_WIDTH) < Cm(0.01)
        assert section.footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER

    first, *letters = sections
    assert field_codes(first.footer) == ["PAGE", "NUMPAGES"]
    assert first._sectPr.find(qn("w:pgNumType")) is None
    for letter in letters:
        assert field_codes(letter.footer) == ["PAGE"]  # LibreOffice cannot count a section's pages
        assert letter.footer.paragraphs[0].text.strip() == "Page 1"
        assert letter._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert "Page " in first.footer.paragraphs[0].text and " of " in first.footer.paragraphs[0].text


def test_each_section_holds_its_own_blocks_and_no_stray_empty_paragraph(rendered):
    first, letter, _ = ([item.text for item in s.iter_inner_content() if not isinstance(item, docx.table.Table)]
                        for s in rendered.sections)  # fmt: skip
    assert first[0] == f"Agenda {WELSH}" and first[-1] == "After the break."
    assert letter == ["A letter", f"Dear {POLISH},"]


def field_codes(part) -> list[str]:
    codes = [node.text.split()[0] for node in part._element.iter(qn("w:instrText"))]
    codes += [node.get(qn("w:instr")).split()[0] for node in part._element.iter(qn("w:fldSimple"))]
    return codes


def test_a_plain_section_after_a_restarted_one_does_not_restart():
    document = Document("T", "G", (Section((), own_numbers=True), Section(())))
    word = read(render_docx(document))
    assert word.sections[0]._sectPr.find(qn("w:pgNumType")) is not None
    assert word.sections[1]._sectPr.find(qn("w:pgNumType")) is None
    assert field_codes(word.sections[1].footer) == ["PAGE", "NUMPAGES"]


def test_no_page_numbers_when_the_pack_numbers_its_own():
    word = read(render_docx(every_block(), RenderOptions(page_numbers=False)))
    assert all(field_codes(section.footer) == [] for section in word.sections)
    assert all(section.header.paragraphs[0].text.startswith(GROUP) for section in word.sections)


def test_a_translation_may_reorder_the_page_numbers():
    i18n.install_catalogue("xx", lambda context, text, disambiguation, n: "{pages} tudalen, hon yw {page}")
    try:
        with i18n.speaking("xx"):
            word = read(render_docx(every_block()))
    finally:
        i18n.install_catalogue("xx", None)
    footer = word.sections[0].footer
    assert field_codes(footer) == ["NUMPAGES", "PAGE"]
    assert re.fullmatch(r"1 tudalen, hon yw 1", footer.paragraphs[0].text)


def test_a_long_header_puts_the_note_on_its_own_line():
    document = Document("T", "A group with a very long name indeed " * 2, (Section(()),), header_note=NOTE)
    header = read(render_docx(document)).sections[0].header
    assert [p.text for p in header.paragraphs] == [printable(document.group), NOTE]
    assert header.paragraphs[1].alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_no_header_note_means_no_tab():
    header = read(render_docx(Document("T", GROUP, (Section(()),)))).sections[0].header
    assert [p.text for p in header.paragraphs] == [GROUP]


def test_document_properties(rendered):
    properties = rendered.core_properties
    assert properties.title == "Agenda for March"
    assert properties.author == GROUP
    assert properties.language == "en-GB"
    assert "python-docx" not in (properties.comments or "")


def test_empty_and_degenerate_documents_still_open():
    cases = [
        Document("", "", ()),
        Document("T", "G", (Section(()),)),
        Document("T", "G", (Section((Table((), ()), Fields(()), BulletList(()), Lines(()), Paragraph(()))),)),
        Document("T", "G", (Section((PageBreak(), PageBreak())), Section((Heading("x", 7), Heading("y", 0))))),
        Document("T", "G", (Section((Table((Column("A", float("nan")), Column("B", -1)), ()),)),)),
        Document("x" * 300, "y" * 300, (Section((Table((Column("A", 1e308), Column("B", 1e308)), ()),)),)),
    ]
    for document in cases:
        word = read(render_docx(document))
        assert len(word.sections) == max(1, len(document.sections))
        for table in word.tables:
            assert len(table.rows) >= 1 and all(len(row.cells) >= 1 for row in table.rows)


def test_tables_and_fields_never_touch():
    """Word merges tables that follow each other with nothing between."""
    table = Table((Column("A"),), ((Cell("1"),),))
    word = read(render_docx(Document("T", "G", (Section((Fields((("a", "b"),)), table, table)),))))
    kinds = [type(item).__name__ for item in word.iter_inner_content()]
    assert "TableTable" not in "".join(kinds)


def test_a_page_break_before_a_table_goes_on_its_first_cell():
    table = Table((Column("A"),), ((Cell("1"),),))
    word = read(render_docx(Document("T", "G", (Section((Paragraph.of("x"), PageBreak(), table)),))))
    assert word.tables[0].cell(0, 0).paragraphs[0].paragraph_format.page_break_before


def test_a_hundred_kilobytes_of_text_in_a_paragraph_and_a_cell():
    long = ("Llanfairpwllgwyngyll ŵ ŷ â źdźbło 🚌 " * 3000)[:100_000]
    document = Document(
        "T", "G", (Section((Paragraph.of(long), Table((Column("A"), Column("B")), ((Cell(long), Cell("b")),)))),)
    )
    word = read(render_docx(document, RenderOptions(large_print=True)))
    assert word.paragraphs[0].text == long
    assert word.tables[0].cell(1, 0).text == long


# Every text a person could type, and what they could not: control characters,
# lone surrogates, non-characters, line and paragraph separators.
awkward = st.text() | st.sampled_from(
    ["\ud800", "a\udfffb", "\x00\x01\x0b\x0c\x1f\x7f\x85\x9f", "\ufffe\uffff", "\u2028\u2029", "\r\n\r\t", ""]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=awkward, other=awkward)
def test_any_text_anywhere_renders_and_reads_back(text, other):
    document = Document(
        title=text,
        group=other,
        header_note=text,
        sections=(
            Section(
                (
                    Heading(text, 1),
                    Paragraph((Span(text, bold=True), Span(other, italic=True)), Style.BANNER),
                    Paragraph.of(other, Style.NOTE),
                    Lines((text, other), align_right=True),
                    Fields(((text, other),)),
                    BulletList((text,)),
                    Table((Column(text, right=True),), ((Cell(other, Tone.BAD, bold=True),),)),
                ),
                own_numbers=True,
            ),
        ),
    )
    word = read(render_docx(document))
    assert word.paragraphs[0].text == printable(text)
    assert word.paragraphs[1].text == printable(text) + printable(other)
    assert word.tables[1].cell(1, 0).text == printable(other)


def test_a_lone_surrogate_becomes_a_replacement_character():
    word = read(render_docx(Document("\ud800", "\ud800", (Section((Heading("a\ud800b"),)),))))
    assert word.paragraphs[0].text == "a\ufffdb"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it_to_a_pdf_with_the_letters_and_page_numbers(tmp_path):
    source = tmp_path / "paper.docx"
    source.write_bytes(render_docx(every_block()))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",  # a private profile: parallel runs do not clash
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "paper.pdf"
    assert pdf.exists() and pdf.stat().st_size > 0
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert WELSH in text and POLISH in text
    assert "Page 1 of" in text
    assert GROUP in text and NOTE in text
