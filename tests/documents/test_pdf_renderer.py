"""The PDF renderer, read back as a reader would meet the paper: its words, pages, fonts and furniture."""

import io
import math
import re
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

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
from compactdesk.documents.pdf import render_pdf

WELSH = "Ynys Môn, ŵ ŷ â"
POLISH = "Łucja Kowalczyk, źdźbło"
EMOJI = "🚌 🎉 ☕ ✓ 👍🏽"
GROUP = "Cwmni Môn Compact"
DRAFT = "DRAFT — not yet approved"
BIG = 100_000


def every_block(rows: int = 8) -> Document:
    table_rows = tuple((Cell(f"Row {number} {WELSH}", bold=number == 0), Cell(POLISH),
                        Cell(tone.value, tone=tone), Cell(str(number * 10)))
                       for number, tone in zip(range(rows), [*Tone] * rows))
    return Document("Minutes of the liaison meeting", GROUP, (
        Section((
            Paragraph.of(DRAFT, Style.BANNER),
            Heading(f"Minutes {WELSH}", 1),
            Fields((("Date", "Tuesday 3 March 2026"), ("Venue", f"Canolfan {POLISH}"))),
            Heading("Welcome", 2),
            Paragraph((Span(f"Said {POLISH} "), Span("in bold", bold=True), Span(" and "),
                       Span("in italic", italic=True), Span(f" {EMOJI}\nSecond line\tafter a tab"))),
            Paragraph.of("A quieter note.", Style.NOTE),
            Heading("Who came", 3),
            BulletList(("Ann Jones", f"Bryn {WELSH}")),
            Lines(("Swyddfa'r Cyngor", "Llangefni"), align_right=True),
            Table((Column("What", 3), Column("Who", 2), Column("Status", 1), Column("Cost", 1, right=True)),
                  table_rows),
            PageBreak(),
            Paragraph.of("After the page break."),
        )),
    ), header_note=DRAFT)


def pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def in_order(text: str, parts: list[str]) -> bool:
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def runs(data: bytes, page: int = 0) -> list[tuple[str, float, str]]:
    """Each piece of text on a page with the size it is drawn at and its font's name."""
    found = []

    def visit(text, matrix, text_matrix, font, size):
        if text.strip():
            scale = math.hypot(*text_matrix[:2]) * math.hypot(*matrix[:2])
            found.append((text.strip(), round(size * scale, 1), str((font or {}).get("/BaseFont", ""))))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return found


def sizes(data: bytes, words: str) -> set[float]:
    """The sizes `words` is drawn at, on any page."""
    return {size for page in range(len(PdfReader(io.BytesIO(data)).pages))
            for text, size, _ in runs(data, page) if text == words}


def size_of(data: bytes, words: str) -> float:
    (size,) = sizes(data, words)
    return size


def test_every_block_reads_back_in_order_with_its_letters():
    text = " ".join(pages(render_pdf(every_block())))
    assert in_order(text, [DRAFT, f"Minutes {WELSH}", "Date", "Tuesday 3 March 2026", "Venue", f"Canolfan {POLISH}",
                           "Welcome", f"Said {POLISH}", "in bold", "in italic", "🚌 🎉 ☕ ✓ 👍🏽", "Second line",
                           "after a tab", "A quieter note.", "Who came", "Ann Jones", f"Bryn {WELSH}",
                           "Swyddfa'r Cyngor", "Llangefni", "What", "Who", "Status", "Cost", f"Row 0 {WELSH}",
                           POLISH, "good", "0", f"Row 7 {WELSH}", "After the page break."])


def test_a_page_break_starts_a_new_page():
    read = pages(render_pdf(every_block()))
    assert "After the page break." in read[-1]
    assert "After the page break." not in " ".join(read[:-1])


def test_styles_reach_the_page_bold_italic_and_symbols():
    found = runs(render_pdf(every_block()))
    fonts_of = {text: font for text, _, font in found}
    assert fonts_of["in bold"].endswith("DejaVuSans-Bold")
    assert fonts_of["in italic"].endswith("DejaVuSans-Oblique")
    assert fonts_of["A quieter note."].endswith("DejaVuSans-Oblique")
    assert fonts_of[f"Row 0 {WELSH}"].endswith("DejaVuSans-Bold")
    assert any(text == "🚌" and font.endswith("Symbola") for text, _, font in found)


def test_body_is_12_point_and_large_print_16():
    normal = render_pdf(every_block())
    large = render_pdf(every_block(), RenderOptions(large_print=True))
    assert size_of(normal, "A quieter note.") == 12
    assert size_of(large, "A quieter note.") == 16
    # Tables and fields are read at the body's size too, never smaller.
    for data, size in ((normal, 12), (large, 16)):
        assert size_of(data, "Tuesday 3 March 2026") == size
        assert size_of(data, "Ann Jones") == size
        assert size_of(data, f"Row 3 {WELSH}") == size
        assert size_of(data, "Cost") == size
    assert len(pages(large)) > len(pages(normal))


def lefts(data: bytes, page: int = 0) -> dict[str, float]:
    """Where each piece of text on a page starts, in points from the page's left edge."""
    found = {}

    def visit(text, matrix, text_matrix, font, size):
        if text.strip():
            found.setdefault(text.strip(), text_matrix[4] * matrix[0] + matrix[4])

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return found


def test_right_aligned_lines_and_numbers_sit_at_the_right():
    document = Document("t", GROUP, (Section((
        Paragraph.of("Body text"),
        Lines(("Swyddfa'r Cyngor", "LL77 7TW"), align_right=True),
        Lines(("Yours sincerely",)),
        Table((Column("Item", 4), Column("Cost", 1, right=True)), ((Cell("Hall hire"), Cell("70")),)),
    )),))
    x = lefts(render_pdf(document))
    margin = x["Body text"]
    assert margin == pytest.approx(2 / 2.54 * 72, abs=1)
    assert x["Yours sincerely"] == pytest.approx(margin, abs=1)
    assert x["Hall hire"] < 100
    assert x["LL77 7TW"] > 400 and x["70"] > 500 and x["Cost"] > 450


def test_headings_and_the_banner_stand_out():
    data = render_pdf(every_block())
    assert size_of(data, f"Minutes {WELSH}") == pytest.approx(12 * 1.6, abs=0.1)
    assert size_of(data, "Welcome") == pytest.approx(12 * 1.3, abs=0.1)
    assert size_of(data, "Who came") == pytest.approx(12 * 1.1, abs=0.1)
    drafts = [(size, font) for text, size, font in runs(data) if text == DRAFT]
    assert len(drafts) == 2  # the header's, then the banner's
    header, banner = drafts
    assert banner[0] == pytest.approx(12 * 1.2, abs=0.1) and banner[1].endswith("DejaVuSans-Bold")
    assert header[0] < banner[0]
    # The banner's box: a thick line, nothing else on the page is drawn as heavy.
    content = PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()
    assert b"2.5 w" in content


def test_header_and_footer_on_every_page():
    read = pages(render_pdf(every_block(rows=80)))
    assert len(read) >= 3
    for number, text in enumerate(read, start=1):
        assert text.startswith(f"{GROUP} {DRAFT}")
        assert f"Page {number} of {len(read)}" in text


def test_no_page_numbers_when_the_pack_numbers_them():
    read = pages(render_pdf(every_block(rows=80), RenderOptions(page_numbers=False)))
    assert not any("Page " in text for text in read)
    assert all(GROUP in text for text in read)


def test_each_section_starts_a_page_and_own_numbers_restart():
    letter = " ".join(["Dear member,"] * 600)
    document = Document("Letters", GROUP, (
        Section((Heading("Covering note"), Paragraph.of("One page."))),
        Section((Heading("Letter to Ann"), Paragraph.of(letter)), own_numbers=True),
        Section((PageBreak(), Heading("Letter to Bryn"), Paragraph.of("Short."), PageBreak()), own_numbers=True),
        Section((Heading("Closing"),)),
    ))
    read = pages(render_pdf(document))
    long = len(read) - 3  # the letter to Ann's pages; the others have one each
    assert long >= 2
    starts = [text.split(GROUP)[1].split()[0] for text in read]
    assert starts == ["Covering", "Letter"] + ["Dear"] * (long - 1) + ["Letter", "Closing"]
    footers = [re.search(r"Page \d+ of \d+", text).group() for text in read]
    assert footers == ([f"Page 1 of {len(read)}"] + [f"Page {page} of {long}" for page in range(1, long + 1)]
                       + ["Page 1 of 1", f"Page {len(read)} of {len(read)}"])


def test_a_long_tables_header_row_repeats_on_the_next_page():
    columns = (Column("Target title", 3), Column("Lead officer", 2), Column("Due", 1, right=True))
    rows = tuple((Cell(f"Target {number}"), Cell(POLISH), Cell(str(number))) for number in range(300))
    read = pages(render_pdf(Document("Plan", GROUP, (Section((Table(columns, rows),)),))))
    assert len(read) > 5
    for text in read:
        assert in_order(text, ["Target title", "Lead officer", "Due", "Target "])
    assert all(f"Target {number} " in " ".join(read) for number in range(300))


def test_tones_print_as_light_backgrounds(tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    rows = tuple((Cell(tone.value, tone=tone),) for tone in Tone for _ in range(3))
    (tmp_path / "tones.pdf").write_bytes(render_pdf(Document("t", GROUP, (Section((Table((Column("State"),), rows),)),))))
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(tmp_path / "tones.pdf"),
                    str(tmp_path / "tones")], check=True)
    image = Image.open(next(tmp_path.glob("tones*.png"))).convert("RGB")
    colours = {colour for _, colour in image.getcolors(1_000_000)}

    def near(want):
        return any(all(abs(a - b) <= 3 for a, b in zip(colour, want)) for colour in colours)

    assert near((0xD6, 0xF0, 0xD6))  # good: light green
    assert near((0xFC, 0xE8, 0xC3))  # warn: light amber
    assert near((0xF8, 0xD4, 0xD4))  # bad: light red
    assert near((0xD9, 0xD9, 0xD9))  # the header row's grey


def test_every_font_is_embedded():
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts is not installed")
    listing = subprocess.run(["pdffonts", "-"], input=render_pdf(every_block()), capture_output=True,
                             check=True).stdout.decode()
    header, _, *rows = listing.splitlines()
    emb = header.index(" emb ") + 1  # pdffonts lines up its columns under the header's names
    assert {row.split()[0].split("+")[-1] for row in rows} >= {"DejaVuSans", "DejaVuSans-Bold", "Symbola"}
    for row in rows:
        assert row[emb:emb + 3] == "yes", row


def test_the_files_title_and_author():
    meta = PdfReader(io.BytesIO(render_pdf(every_block()))).metadata
    assert meta.title == "Minutes of the liaison meeting"
    assert meta.author == GROUP


def test_renders_to_images(tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    (tmp_path / "all.pdf").write_bytes(render_pdf(every_block(rows=30)))
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "all.pdf"), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == len(pages((tmp_path / "all.pdf").read_bytes()))


def test_empty_things_still_make_a_paper():
    for document in (Document("", "", ()),
                     Document("t", "g", (Section(()),)),
                     Document("t", "g", (Section((Table((), ()), Table((Column("Only a title"),), ()),
                                                  Fields(()), BulletList(()), Lines(()), Paragraph(()),
                                                  Heading("", 9), Heading("", 0))),))):
        assert PdfReader(io.BytesIO(render_pdf(document))).pages


def _long(text: str) -> str:
    return (text * (BIG // len(text) + 1))[:BIG] + " THE END"


@pytest.mark.parametrize("block", [
    pytest.param(lambda words: Paragraph.of(words), id="paragraph"),
    pytest.param(lambda words: Paragraph.of(words, Style.BANNER), id="banner"),
    pytest.param(lambda words: Heading(words), id="heading"),
    pytest.param(lambda words: Table((Column("Item"), Column("Notes", 3)), ((Cell("one"), Cell(words)),)), id="cell"),
    pytest.param(lambda words: Fields((("Notes", words),)), id="field"),
    pytest.param(lambda words: BulletList((words,)), id="bullet"),
    pytest.param(lambda words: Lines((words,)), id="lines"),
])
def test_100_kb_of_text_runs_over_pages_whole(block):
    words = _long(f"{WELSH} {POLISH} 🚌 words and more words. ")
    read = pages(render_pdf(Document("t", GROUP, (Section((block(words), Paragraph.of("Next block"))),))))
    assert len(read) > 10
    text = " ".join(read)
    assert text.count("źdźbło") == words.count("źdźbło")
    assert in_order(text, ["THE END", "Next block"])


def test_100_kb_without_a_space_or_a_break():
    for block in (Paragraph.of(_long("a")), Table((Column("A"), Column("B")), ((Cell(_long("b")), Cell("x")),))):
        read = pages(render_pdf(Document("t", GROUP, (Section((block,)),))))
        assert len(read) > 5 and "THE END" in read[-1]


def test_a_long_text_with_line_breaks_keeps_every_line():
    lines = [f"Line {number} {WELSH}" for number in range(4000)]
    text = " ".join(pages(render_pdf(Document("t", GROUP, (Section((Paragraph.of("\n".join(lines)),)),)))))
    assert in_order(text, lines)


ANY = st.text(max_size=300)
ODD = st.sampled_from(["\ud800", "\udfff a", "\x00\x01\x1b[31m\x7f\x85", "a\r\nb\rc\u2028d\u2029e",
                       "<b>&amp;</b><br/>", "\ufeff\u200b\u202e", "漢字", "\U000E0001\U0010FFFF", "\t\t\n\n"])
TEXT = st.one_of(ANY, ODD, st.lists(st.one_of(ANY, ODD), max_size=4).map("".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(heading=TEXT, words=TEXT, cell=TEXT, label=TEXT, note=TEXT, level=st.integers(-2, 6),
       tone=st.sampled_from(Tone), style=st.sampled_from(Style), bold=st.booleans())
def test_any_text_anywhere_makes_a_valid_pdf(heading, words, cell, label, note, level, tone, style, bold):
    document = Document(note, label, (Section((
        Heading(heading, level),
        Paragraph((Span(words, bold=bold), Span(cell, italic=True)), style),
        Lines((words, cell)),
        Fields(((label, words),)),
        BulletList((cell, heading)),
        Table((Column(label), Column("Cost", right=True)), ((Cell(cell, tone, bold), Cell(words)),)),
    ), own_numbers=bold),), header_note=note)
    data = render_pdf(document, RenderOptions(large_print=bold))
    assert data.startswith(b"%PDF")
    read = PdfReader(io.BytesIO(data))
    assert read.pages
    for page in read.pages:
        page.extract_text()


def test_control_characters_and_lone_surrogates_leave_the_rest():
    text = " ".join(pages(render_pdf(Document("t", GROUP, (Section((
        Heading("Head\ud800ing"), Paragraph.of("a\x00b\x07c\x1bd"), Table((Column("T"),), ((Cell("x\udfffy"),),)),
    )),)))))
    assert in_order(text, ["Head�ing", "abcd", "x�y"])


def _page_of(read: list[str], words: str) -> int:
    return next(index for index, text in enumerate(read) if words in text)


FILLER = "Filler that takes room on the page. "


@pytest.mark.parametrize("filler", range(60, 96, 4))
def test_a_heading_stays_with_the_start_of_what_follows(filler):
    rows = tuple((Cell(f"Row {number} " + "with words that wrap over two lines " * 3), Cell("x")) for number in range(30))
    read = pages(render_pdf(Document("t", GROUP, (Section((
        Paragraph.of(FILLER * filler), Heading("The heading", 2), Table((Column("What", 3), Column("Who")), rows),
    )),))))
    at = _page_of(read, "The heading")
    assert _page_of(read, "Row 0 ") == at
    # …but only with its start: a long table does not send the heading to a fresh page with room to spare.
    if filler <= 70:
        assert at == 0


@pytest.mark.parametrize("filler", range(70, 100, 3))
def test_fields_lines_and_the_banner_are_not_cut_in_two(filler):
    read = pages(render_pdf(Document("t", GROUP, (Section((
        Paragraph.of(FILLER * filler),
        Fields((("Date", "Tuesday 3 March 2026"), ("Time", "10:00 am"), ("Venue", "Llangefni"), ("Chair", "Ann"))),
        Lines(("Swyddfa'r Cyngor", "Stryd y Bont", "Llangefni", "LL77 7TW")),
        Paragraph.of("DRAFT — not yet approved. " * 6, Style.BANNER),
    )),))))
    assert _page_of(read, "Date") == _page_of(read, "Chair")
    assert _page_of(read, "Swyddfa'r Cyngor") == _page_of(read, "LL77 7TW")
    assert len({index for index, text in enumerate(read) if "DRAFT — not yet approved" in text}) == 1


@pytest.mark.parametrize("table", [
    pytest.param(Table(tuple(Column(f"C{number}") for number in range(100)),
                       (tuple(Cell("word " * 20) for _ in range(100)),)), id="a hundred columns"),
    pytest.param(Table((Column("A", 0.0001), Column("B", 1000)), ((Cell("words " * 50), Cell("y")),)), id="sliver"),
    pytest.param(Table((Column("A", 1e308), Column("B", 1e308), Column("C", float("inf")), Column("D", float("nan")),
                        Column("E", -1), Column("F", 0)), (tuple(Cell("x") for _ in range(6)),)), id="odd shares"),
    pytest.param(Table((Column("Title " * 200), Column("B", 9)), ((Cell("x"), Cell("y")),) * 30), id="tall header"),
    pytest.param(Table((Column("T" * 1000), Column("B", 9)), ((Cell("x"), Cell("y")),) * 30), id="long title"),
])
def test_awkward_tables_still_render(table):
    read = pages(render_pdf(Document("t", GROUP, (Section((Heading("Before"), table, Paragraph.of("After"))),))))
    assert in_order(" ".join(read), ["Before", "After"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.floats(allow_nan=True, allow_infinity=True), st.booleans(), TEXT), min_size=1,
                max_size=8), st.integers(0, 40))
def test_any_columns_make_a_valid_pdf(columns, rows):
    table = Table(tuple(Column(title, width, right) for width, right, title in columns),
                  tuple(tuple(Cell(title * (row % 3)) for _, _, title in columns) for row in range(rows)))
    assert PdfReader(io.BytesIO(render_pdf(Document("t", GROUP, (Section((table,)),))))).pages


@pytest.mark.parametrize("filler", range(80, 100, 2))
def test_a_heading_is_not_left_alone_above_a_list(filler):
    items = tuple(f"Item {number} " + "with words enough to wrap onto a second line " * 2 for number in range(12))
    read = pages(render_pdf(Document("t", GROUP, (Section((
        Paragraph.of(FILLER * filler), Heading("Actions agreed", 2), BulletList(items),
    )),))))
    assert _page_of(read, "Actions agreed") == _page_of(read, "Item 0 ")
