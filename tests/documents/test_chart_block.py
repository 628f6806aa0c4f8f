"""The bar chart block: its scale, its layout, and both papers read back as a reader meets them."""

import io
import math
import re
import zipfile
from itertools import pairwise

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from readback import docx_text, pdf_pages, pdf_text
from reportlab.pdfbase.pdfmetrics import stringWidth

from compactdesk.documents import chart, pdf
from compactdesk.documents import docx as word
from compactdesk.documents.chart import Label, Layout, nice_scale, number, with_unit
from compactdesk.documents.docx import render_docx
from compactdesk.documents.model import (
    CHART_LIMIT,
    BarChart,
    ChartSeries,
    Document,
    Heading,
    Paragraph,
    RenderOptions,
    Section,
)
from compactdesk.documents.pdf import render_pdf

TITLE = "Meetings held and attendance by sector"
DESCRIPTION = "The voluntary sector came to most meetings; Ynys Môn sent no return for the spring."
CATEGORIES = ("Llŷr Community Council", "Ynys Môn County Council", "Voluntary sector", "Łódź twinning group")
HELD = ChartSeries("Meetings attended", (6, 5, 8, 3))
ATTENDANCE = ChartSeries("Attendance", (75, None, 100, 37.5))


def sample(**changes) -> BarChart:
    fields = {"title": TITLE, "categories": CATEGORIES, "series": (HELD, ATTENDANCE), "unit": "%", "maximum": 100,
              "description": DESCRIPTION}
    fields.update(changes)
    return BarChart(**fields)


def paper(*blocks) -> Document:
    return Document("Annual review 2026", "Cwmni Môn Compact", (Section((
        Heading("Annual review 2026", 1), Paragraph.of("The year in figures."), *blocks,
        Paragraph.of("After the chart.")),),))


def pictures_of(data: bytes) -> list[tuple[object, bytes]]:
    """Each inline picture in the body: its docPr element and its image's bytes."""
    document = docx.Document(io.BytesIO(data))
    found = []
    for inline in document.element.body.iter(qn("wp:inline")):
        blip = inline.find(".//" + qn("a:blip"))
        part = document.part.related_parts[blip.get(qn("r:embed"))]
        found.append((inline, part.blob))
    return found


def sizes_of(data: bytes, words: str) -> set[float]:
    """The sizes `words` is drawn at on any page of a PDF."""
    found = set()

    def visit(text, matrix, text_matrix, font, size):
        if text.strip() == words:
            found.add(round(size * math.hypot(*text_matrix[:2]) * math.hypot(*matrix[:2]), 1))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return found


def fonts_of(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        for item in page["/Resources"].get("/XObject", {}).values():
            resources = item.get_object().get("/Resources", {})
            for font in resources.get("/Font", {}).values():
                names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


# ---------------------------------------------------------------------------------------------
# The PDF


def test_the_pdf_shows_title_categories_key_values_and_description_in_order():
    data = render_pdf(paper(sample()))
    text = pdf_text(data)
    for words in (TITLE, *CATEGORIES, "Meetings attended", "Attendance", "6%", "75%", "100%", "37.5%",
                  "no data", DESCRIPTION, "0%", "20%"):
        assert words in text, words
    assert text.index("The year in figures.") < text.index(TITLE) < text.index("Llŷr") < text.index(DESCRIPTION)
    assert text.index(DESCRIPTION) < text.index("After the chart.")
    assert len(pdf_pages(data)) == 1


def test_the_pdf_chart_is_set_in_dejavu_at_the_body_size_and_larger_in_large_print():
    normal = render_pdf(paper(sample()))
    large = render_pdf(paper(sample()), RenderOptions(large_print=True))
    assert sizes_of(normal, "Voluntary sector") == {12.0}
    assert sizes_of(large, "Voluntary sector") == {16.0}
    assert sizes_of(normal, "37.5%") == {12.0}  # a bar's value
    assert sizes_of(large, "37.5%") == {16.0}
    assert sizes_of(normal, "40%") == {10.0}  # the scale's numbers, a little smaller
    assert sizes_of(large, "50%") == {13.5}
    assert sizes_of(large, TITLE) == {16.0}
    assert all(name.startswith("DejaVuSans") for name in fonts_of(normal))


def test_the_chart_fits_the_text_width_and_large_print_makes_it_taller():
    normal = Layout(sample(), pdf.TEXT_WIDTH, 12).picture(tuple(range(4)))
    large = Layout(sample(), pdf.TEXT_WIDTH, 16).picture(tuple(range(4)))
    assert normal.width == large.width == pdf.TEXT_WIDTH
    assert large.height > normal.height * 1.2
    for picture in (normal, large):
        assert_inside(picture)


def test_a_chart_of_many_categories_runs_onto_more_pages_each_with_its_key():
    many = sample(categories=tuple(f"Meeting {number} at Neuadd Llŷr" for number in range(70)),
                  series=(ChartSeries("Came", tuple(float(n % 13) for n in range(70))),
                          ChartSeries("Apologies", tuple(None if n % 4 == 0 else n % 5 for n in range(70)))),
                  unit="", maximum=None)
    pages = pdf_pages(render_pdf(paper(many)))
    assert len(pages) > 2
    for index in range(70):
        assert sum(f"Meeting {index} at Neuadd Llŷr" in page for page in pages) == 1, index
    for page in pages:
        if "Meeting" in page:
            assert "Came" in page and "Apologies" in page  # the key on every page
    assert DESCRIPTION in pages[-1]


def test_a_chart_that_fits_a_page_is_not_split_but_moves_on_whole():
    filler = tuple(Paragraph.of(f"Line {n} of the review's text.") for n in range(34))
    data = render_pdf(Document("R", "G", (Section((*filler, sample())),)))
    pages = pdf_pages(data)
    assert len(pages) == 2
    assert all(name in pages[1] for name in CATEGORIES)
    assert TITLE in pages[1]  # the title goes with its chart


# ---------------------------------------------------------------------------------------------
# Word


def test_word_has_one_picture_with_the_description_as_alt_text():
    data = render_docx(paper(sample()))
    (inline, blob), = pictures_of(data)
    properties = inline.find(qn("wp:docPr"))
    assert properties.get("descr") == DESCRIPTION
    assert properties.get("title") == TITLE
    text = docx_text(data)
    assert text.index("The year in figures.") < text.index(TITLE) < text.index(DESCRIPTION)
    assert text.index(DESCRIPTION) < text.index("After the chart.")
    # The picture is a PNG of the chart's shape, the text's width, at print resolution.
    image = Image.open(io.BytesIO(blob))
    image.verify()
    image = Image.open(io.BytesIO(blob))
    assert image.format == "PNG"
    extent = inline.find(qn("wp:extent"))
    width, height = int(extent.get("cx")), int(extent.get("cy"))
    assert abs(width - word.TEXT_WIDTH) < 12700
    expected = Layout(sample(), word.TEXT_WIDTH.pt, 12).picture(tuple(range(4)))
    assert image.width / image.height == pytest.approx(expected.width / expected.height, rel=0.01)
    assert width / height == pytest.approx(expected.width / expected.height, rel=0.01)
    assert image.width / (width / 914400) >= 200  # dots per inch as placed on the page


def test_word_styles_the_title_and_the_description():
    document = docx.Document(io.BytesIO(render_docx(paper(sample()), RenderOptions(large_print=True))))
    styles = {paragraph.text: paragraph.style.name for paragraph in document.paragraphs}
    assert styles[TITLE] == "Chart Title"
    assert styles[DESCRIPTION] == "Note"
    title_style = document.styles["Chart Title"]
    assert title_style.font.bold and title_style.paragraph_format.keep_with_next
    assert document.styles["Normal"].font.size.pt == 16


def test_word_large_print_draws_the_chart_taller():
    normal = Image.open(io.BytesIO(pictures_of(render_docx(paper(sample())))[0][1]))
    large = Image.open(io.BytesIO(pictures_of(render_docx(paper(sample()), RenderOptions(large_print=True)))[0][1]))
    assert normal.width == large.width
    assert large.height > normal.height * 1.2


def test_word_png_is_black_white_and_grey():
    (_, blob), = pictures_of(render_docx(paper(sample())))
    image = Image.open(io.BytesIO(blob))
    assert image.mode == "L"
    assert image.getextrema() == (0, 255)


def test_a_long_chart_in_word_is_several_pictures_each_within_a_page():
    many = sample(categories=tuple(f"Meeting {n}" for n in range(80)),
                  series=(ChartSeries("Came", tuple(range(80))), ChartSeries("Sent apologies", (None,) * 80)),
                  unit="", maximum=None)
    found = pictures_of(render_docx(paper(many)))
    assert len(found) > 1
    for inline, _ in found:
        assert int(inline.find(qn("wp:extent")).get("cy")) < word.TEXT_HEIGHT
        assert inline.find(qn("wp:docPr")).get("descr") == DESCRIPTION


# ---------------------------------------------------------------------------------------------
# Odd charts


@pytest.mark.parametrize("large", [False, True])
def test_a_chart_with_no_figures_at_all_renders(large):
    options = RenderOptions(large_print=large)
    empty = sample(series=(ChartSeries("Meetings attended", (None,) * 4), ChartSeries("Attendance", (None,) * 4)))
    text = pdf_text(render_pdf(paper(empty), options))
    assert text.count("no data") == 8
    assert len(pictures_of(render_docx(paper(empty), options))) == 1


def test_a_chart_of_one_category_and_one_series_has_no_key():
    one = BarChart("Meetings held", ("Ynys Môn",), (ChartSeries("Meetings held", (4,)),),
                   description="Four meetings were held.")
    text = pdf_text(render_pdf(paper(one)))
    assert "Ynys Môn" in text and "4" in text and "Four meetings were held." in text
    assert text.count("Meetings held") == 1  # the title; a key for one series would say nothing new
    assert len(pictures_of(render_docx(paper(one)))) == 1


def test_huge_values_and_zero_fit_on_the_page():
    huge = BarChart("Grants", ("Welsh Government", "Nobody"), (ChartSeries("Pounds", (CHART_LIMIT, 0)),),
                    unit="£", description="One huge grant.")
    text = pdf_text(render_pdf(paper(huge), RenderOptions(large_print=True)))
    assert "£1,000,000,000,000,000" in text and "£0" in text
    for size in (12, 16):
        assert_inside(Layout(huge, pdf.TEXT_WIDTH, size).picture((0, 1)))
    assert len(pictures_of(render_docx(paper(huge)))) == 1


def test_no_categories_or_no_series_says_so_without_a_picture():
    for empty in (BarChart("Nothing yet", (), ()), BarChart("No series", ("A", "B"), ())):
        assert "No figures to show." in pdf_text(render_pdf(paper(empty)))
        data = render_docx(paper(empty))
        assert "No figures to show." in docx_text(data)
        assert not pictures_of(data)


def test_long_names_are_wrapped_or_shortened_and_odd_characters_survive():
    long = sample(categories=("Cymdeithas Gwirfoddolwyr Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch "
                              "a'r cylch ac ardaloedd eraill ar hyd a lled Ynys Môn " * 3, "Bus 🚌 users",
                              "Tab\there\x00", "\u202eRTL"),
                  series=(ChartSeries("A very long series name that goes on " * 10, (1, 2, 3, 4)), ATTENDANCE))
    for size in (12, 16):
        picture = Layout(long, pdf.TEXT_WIDTH, size).picture(tuple(range(4)))
        assert_inside(picture)
        texts = [shape.text for shape in picture.shapes if isinstance(shape, Label)]
        assert any(text.endswith("…") for text in texts)
        assert "🚌" in "".join(texts)
    text = pdf_text(render_pdf(paper(long)))
    assert "Bus 🚌 users" in text
    zipfile.ZipFile(io.BytesIO(render_docx(paper(long)))).testzip()


@pytest.mark.parametrize("bad", [
    {"series": (ChartSeries("Short", (1, 2)),)},
    {"series": (ChartSeries("Negative", (1, -2, 3, 4)),)},
    {"series": (ChartSeries("NaN", (1, math.nan, 3, 4)),)},
    {"series": (ChartSeries("Infinite", (1, math.inf, 3, 4)),)},
    {"series": (ChartSeries("Too big", (1, CHART_LIMIT * 10, 3, 4)),)},
    {"series": (ChartSeries("Text", (1, "2", 3, 4)),)},
    {"series": tuple(ChartSeries(str(n), (1, 2, 3, 4)) for n in range(7))},
    {"maximum": 0},
    {"maximum": -5},
    {"maximum": math.inf},
])
def test_the_model_refuses_what_no_chart_can_show(bad):
    with pytest.raises(ValueError):
        sample(**bad)


# ---------------------------------------------------------------------------------------------
# The scale and the numbers


def test_numbers_and_units_are_written_plainly():
    assert number(1250) == "1,250"
    assert number(72.46) == "72.5"
    assert number(72.04) == "72"
    assert with_unit("75", "%") == "75%"
    assert with_unit("12", "people") == "12 people"
    assert with_unit("1,250", "£") == "£1,250"
    assert with_unit("3", "") == "3"


def test_familiar_scales():
    assert nice_scale(75, 100).ticks == (0, 20, 40, 60, 80, 100)
    assert nice_scale(3.4, 5, whole=False).ticks == (0, 1, 2, 3, 4, 5)
    assert nice_scale(7, whole=True).ticks == (0, 2, 4, 6, 8)
    assert nice_scale(70, 70, whole=True).top == 70
    assert nice_scale(0, whole=True).ticks == (0, 1, 2)
    assert nice_scale(105, 100).top >= 105  # a figure above the maximum still fits


VALUES = st.floats(min_value=0, max_value=CHART_LIMIT, allow_nan=False)


@settings(max_examples=400, deadline=None)
@given(largest=VALUES, maximum=st.none() | st.floats(min_value=1e-3, max_value=CHART_LIMIT),
       whole=st.booleans(), most=st.integers(min_value=2, max_value=7))
def test_every_value_fits_on_an_even_scale_of_three_to_eight_ticks(largest, maximum, whole, most):
    if whole:
        largest = float(math.floor(largest))
        maximum = None if maximum is None else float(max(1, math.floor(maximum)))
    scale = nice_scale(largest, maximum, whole=whole, most=most)
    ticks = scale.ticks
    assert 3 <= len(ticks) <= 8
    assert len(ticks) - 1 <= max(most + 1, 2)
    assert ticks[0] == 0
    assert scale.top >= largest and scale.top >= (maximum or 0)
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    assert all(gap == pytest.approx(scale.step, rel=1e-9) for gap in gaps)
    assert scale.step >= 0.1 - 1e-12
    if whole:
        assert all(float(tick).is_integer() for tick in ticks)
    target = max(largest, maximum or 0)
    if target >= 1:
        assert scale.top <= target * 3.5  # not a scale that squashes every bar to the left
    # Every tick is written exactly, with at most one decimal.
    assert all(re.fullmatch(r"[\d,]+(\.\d)?", number(tick)) for tick in ticks)


NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), count=st.integers(min_value=1, max_value=8), series=st.integers(min_value=1, max_value=6),
       size=st.sampled_from([12.0, 16.0]), unit=st.sampled_from(["", "%", "people", "£"]))
def test_any_chart_stays_inside_its_picture(data, count, series, size, unit):
    values = st.none() | st.floats(min_value=0, max_value=CHART_LIMIT) | st.integers(min_value=0, max_value=200)
    block = BarChart(data.draw(NAMES), tuple(data.draw(NAMES) for _ in range(count)),
                     tuple(ChartSeries(data.draw(NAMES), tuple(data.draw(values) for _ in range(count)))
                           for _ in range(series)), unit=unit)
    layout = Layout(block, pdf.TEXT_WIDTH, size)
    assert_inside(layout.picture(layout.everything))
    assert chart.png(layout.picture(layout.everything), dpi=30)[:8] == b"\x89PNG\r\n\x1a\n"


def assert_inside(picture: chart.Picture) -> None:
    """Every shape within the picture, every word within its width."""
    for shape in picture.shapes:
        match shape:
            case chart.Label():
                width = sum(stringWidth(piece.text, piece.font, shape.size) for piece in shape.pieces)
                assert shape.x >= -0.01, shape
                assert shape.x + width <= picture.width + 0.01, shape
                assert 0 <= shape.baseline <= picture.height, shape
            case chart.Box():
                assert -1 <= shape.x and shape.x + shape.width <= picture.width + 0.01, shape
                assert 0 <= shape.y and shape.y + shape.height <= picture.height, shape
            case chart.Rule():
                for x, y in ((shape.x1, shape.y1), (shape.x2, shape.y2)):
                    assert -0.01 <= x <= picture.width + 0.01 and -0.01 <= y <= picture.height + 0.01, shape


def test_a_word_unit_is_on_the_bars_not_on_every_line_of_the_scale():
    people = sample(unit="people", maximum=None)
    layout = Layout(people, pdf.TEXT_WIDTH, 12)
    texts = [shape.text for shape in layout.picture(layout.everything).shapes if isinstance(shape, Label)]
    assert "75 people" in texts and "no data" in texts
    assert all(text.replace(",", "").isdigit() for text in layout.tick_texts)
    assert Layout(sample(), pdf.TEXT_WIDTH, 12).tick_texts[-1] == "100%"
