"""Papers in English, Cymraeg or both (issue 19): Welsh dates from CLDR, the bilingual merge (Welsh first,
shared text once, a difference in shape refused) and the language tags read back from real files."""

import datetime as dt
import io
import re
import zipfile

import pytest
from babel.dates import format_date
from docx import Document as WordDocument
from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from readback import pdf_text, squash
from welsh_words import welsh_catalogue

from compactdesk import i18n
from compactdesk.documents.bilingual import BilingualMismatch, merge_documents, text
from compactdesk.documents.docx import render_docx
from compactdesk.documents.export import ExportRequest, Paper, export, paper_name, suggested_name
from compactdesk.documents.model import (
    BarChart,
    Both,
    BulletList,
    Cell,
    ChartSeries,
    Column,
    Document,
    Fields,
    Heading,
    Paragraph,
    Section,
    Span,
    Style,
    Table,
    Tone,
)
from compactdesk.documents.pdf import render_pdf
from compactdesk.domain.dates import uk_date, uk_long_date, why_no_day
from compactdesk.services import meetings
from compactdesk.services.papers import choose_meeting

# --- dates ---------------------------------------------------------------------------------------------------


def test_the_papers_dates_in_welsh_and_in_english():
    day = dt.date(2026, 3, 3)
    assert (uk_long_date(day), uk_date(day)) == ("Tuesday 3 March 2026", "3 March 2026")
    # The month's name is Babel's, whatever catalogue an earlier test left installed; the sentence is the catalogue's.
    with i18n.speaking(i18n.WELSH), welsh_catalogue({
            "{month} {year} has no day {day}": "nid oes diwrnod {day} ym mis {month} {year}"}):
        assert (uk_long_date(day), uk_date(day)) == ("Dydd Mawrth 3 Mawrth 2026", "3 Mawrth 2026")
        assert why_no_day(30, 2, 2027) == "nid oes diwrnod 30 ym mis Chwefror 2027"
    assert why_no_day(30, 2, 2027) == "February 2027 has no day 30"


@given(st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)))
def test_a_welsh_long_date_is_cldrs(day):
    with i18n.speaking(i18n.WELSH):
        assert uk_long_date(day) == format_date(day, "EEEE d MMMM y", locale="cy")
        assert uk_date(day) == f"{day.day} {format_date(day, 'MMMM', locale='cy')} {day.year}"
    # English as it always was: the weekday, the day without a nought, the month, the year.
    assert uk_long_date(day) == f"{day:%A} {day.day} {day:%B} {day.year}"


# --- the merge -----------------------------------------------------------------------------------------------


def _paper(words: dict[str, str], rows=(("Ann Jones", "3"),), language="en") -> Document:
    return Document(words["title"], "Grŵp Cyswllt Compact", (Section((
        Heading(words["heading"], 1),
        Fields(((words["date"], words["day"]),)),
        Paragraph((Span(words["decided"], bold=True), Span("We agreed the timetable."))),
        Paragraph.of(words["sentence"], Style.NOTE),
        Table((Column(words["who"]), Column(words["count"], right=True)),
              tuple((Cell(name), Cell(count, Tone.GOOD)) for name, count in rows)),
    )),), language=language)


WELSH = {"title": "Cofnodion", "heading": "Cofnodion", "date": "Dyddiad", "day": "Dydd Mawrth 3 Mawrth 2026",
         "decided": "Penderfynwyd: ", "sentence": "Ni chofnodwyd dim o dan yr eitem hon.", "who": "Pwy",
         "count": "Nifer"}
ENGLISH = {"title": "Minutes", "heading": "Minutes", "date": "Date", "day": "Tuesday 3 March 2026",
           "decided": "Decided: ", "sentence": "Nothing was minuted under this item.", "who": "Who",
           "count": "Count"}


def test_welsh_comes_first_and_what_is_the_same_appears_once():
    merged = merge_documents(_paper(WELSH, language="cy"), _paper(ENGLISH))
    heading, fields, decided, note, table = merged.sections[0].blocks
    assert merged.language == "both"
    assert merged.title == "Cofnodion / Minutes" and merged.group == "Grŵp Cyswllt Compact"
    assert heading.text == "Cofnodion / Minutes"
    assert fields.pairs == (("Dyddiad / Date", "Dydd Mawrth 3 Mawrth 2026\nTuesday 3 March 2026"),)
    # The label in both, the record people wrote once.
    assert [span.text for span in decided.spans] == ["Penderfynwyd / Decided: ", "We agreed the timetable."]
    assert note.spans[0].text == "Ni chofnodwyd dim o dan yr eitem hon.\nNothing was minuted under this item."
    assert note.style is Style.NOTE
    assert [column.title for column in table.columns] == ["Pwy\nWho", "Nifer\nCount"]  # stacked: columns are narrow
    assert table.rows == ((Cell("Ann Jones"), Cell("3", Tone.GOOD)),)
    assert isinstance(heading.text, Both) and (heading.text.welsh, heading.text.english) == ("Cofnodion", "Minutes")
    assert not isinstance(table.rows[0][0].text, Both)


def test_rows_in_another_order_in_english_are_paired_by_what_they_share():
    # In Welsh "ll" is a letter after "l": Luned comes before Lloyd, in English after.
    welsh = _paper(WELSH, rows=(("Luned", "1"), ("Lloyd", "2")))
    english = _paper(ENGLISH, rows=(("Lloyd", "2"), ("Luned", "1")))
    table = merge_documents(welsh, english).sections[0].blocks[-1]
    assert [(row[0].text, row[1].text) for row in table.rows] == [("Luned", "1"), ("Lloyd", "2")]


@pytest.mark.parametrize("change", [
    lambda words: _paper(words, rows=()),
    lambda words: Document("Minutes", "G", (Section((Heading("Minutes", 2),)),)),
    lambda words: Document("Minutes", "G", ()),
])
def test_builds_of_another_shape_are_refused(change):
    with pytest.raises(BilingualMismatch, match="differ in"):
        merge_documents(_paper(WELSH), change(ENGLISH))


def test_a_chart_with_other_figures_is_refused_and_one_with_the_same_merged():
    def chart(title, values):
        return Document("t", "g", (Section((BarChart(title, ("Cyngor",), (ChartSeries("A", values),)),)),))

    merged = merge_documents(chart("Presenoldeb", (3,)), chart("Attendance", (3,))).sections[0].blocks[0]
    assert merged.title == "Presenoldeb / Attendance" and merged.series[0].values == (3,)
    with pytest.raises(BilingualMismatch):
        merge_documents(chart("Presenoldeb", (3,)), chart("Attendance", (4,)))


def test_a_long_pair_goes_on_two_lines_and_spaces_stay_outside():
    assert text("Yr un", "Yr un") == "Yr un"
    assert text("Cyngor", "Council", 20) == "Cyngor / Council"
    assert text("Ymddiheuriadau", "Apologies", 20) == "Ymddiheuriadau\nApologies"
    assert text("  Eitem: ", "  Item: ") == "  Eitem / Item: "
    assert text("4. Materion sy'n codi", "4. Matters arising") == "4. Materion sy'n codi / Matters arising"
    assert text("15 Medi 2026", "15 September 2026", 0) == "15 Medi 2026\n15 September 2026"
    # Lines the same in both (a file's name, a person's) are said once, before or after.
    assert text("Eitem 7: Cynllun — Papur 7a\ncynllun.pdf", "Item 7: Plan — Paper 7a\ncynllun.pdf", 0) == \
        "Eitem 7: Cynllun — Papur 7a\nItem 7: Plan — Paper 7a\ncynllun.pdf"
    assert text("Arts Collective\nCyllid wedi'i leihau", "Arts Collective\nFunding reduced", 0) == \
        "Arts Collective\nCyllid wedi'i leihau\nFunding reduced"


# --- language tags, read back --------------------------------------------------------------------------------


def _pdf_language(data: bytes) -> str:
    return str(PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"])


def _word_languages(data: bytes) -> tuple[set[str], dict[str, str]]:
    """The document's default languages (styles) and each marked run's text with its language."""
    word = WordDocument(io.BytesIO(data))
    defaults = {node.get(qn("w:val")) for node in word.styles.element.iter(qn("w:lang"))}
    runs = {}
    for run in word.element.body.iter(qn("w:r")):
        tag = run.find(qn("w:rPr") + "/" + qn("w:lang"))
        if tag is not None:
            runs["".join(t.text or "" for t in run.iter(qn("w:t")))] = tag.get(qn("w:val"))
    return defaults, runs


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("cy", "cy-GB"), ("both", "cy-GB")])
def test_files_carry_their_language(language, tag):
    document = _paper(WELSH if language == "cy" else ENGLISH, language=language)
    assert _pdf_language(render_pdf(document)) == tag
    data = render_docx(document)
    defaults, _ = _word_languages(data)
    assert defaults == {tag}
    assert f"<dc:language>{tag}</dc:language>" in zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()


def test_a_bilingual_word_paper_marks_the_welsh_and_the_english():
    data = render_docx(merge_documents(_paper(WELSH, language="cy"), _paper(ENGLISH)))
    defaults, runs = _word_languages(data)
    assert defaults == {"cy-GB"}
    assert runs["Cofnodion"] == "cy-GB" and runs["Minutes"] == "en-GB"
    assert runs["Pwy"] == "cy-GB" and runs["Who"] == "en-GB"  # a column heading, written by docx_table
    assert runs["Nothing was minuted under this item."] == "en-GB"
    assert "We agreed the timetable." not in runs  # a record: the document's language, unmarked


# --- through export, as the window and the command line make papers -----------------------------------------


def test_a_paper_in_welsh_and_in_both(store, tmp_path, today):
    with welsh_catalogue():
        welsh = export(store, ExportRequest(Paper.MINUTES, tmp_path / "cofnodion.pdf", today, language="cy"))[0]
        both = export(store, ExportRequest(Paper.MINUTES, tmp_path / "both.pdf", today, language="both"))[0]
        english = export(store, ExportRequest(Paper.MINUTES, tmp_path / "minutes.pdf", today))[0]
    in_welsh, in_both, in_english = (pdf_text(path) for path in (welsh, both, english))
    assert "Cofnodion" in in_welsh and "Presenoldeb" in in_welsh and "Tudalen 1 o" in in_welsh
    assert "Page 1 of" not in in_welsh and "Cofnodion / Minutes" not in in_welsh
    assert "Cofnodion / Minutes" in in_both and "Presenoldeb / Attendance" in in_both
    assert "Tudalen 1 o 4 / Page 1 of 4" in squash(in_both)
    assert re.search(r"Dyddiad / Date Dydd \w+ \d+ \w+ 20\d\d \w+day \d+ \w+ 20\d\d", in_both)
    assert "Cofnodion" not in in_english and "Dydd" not in in_english
    assert [_pdf_language(path.read_bytes()) for path in (welsh, both, english)] == ["cy-GB", "cy-GB", "en-GB"]
    # What people wrote appears once in the bilingual paper, as in the English one; the label in both.
    last = store.run(choose_meeting, "last", today, "last")
    minuted = [squash(item.minutes)[:60] for item in store.run(meetings.agenda_rows, last) if item.minutes]
    assert minuted and all(in_both.count(words) == in_english.count(words) == 1 for words in minuted)
    assert in_both.count("Penderfynwyd / Decided:") == in_english.count("Decided:") > 0


def test_every_paper_can_be_made_in_both(store, tmp_path, today):
    with welsh_catalogue():
        for paper in Paper:
            for suffix in paper.formats:
                written = export(store, ExportRequest(paper, tmp_path / f"{paper.value}{suffix}", today,
                                                      language="both", each_officer=paper is Paper.CHASE_LETTERS))
                assert written and all(path.stat().st_size > 1000 for path in written)
    pack = PdfReader(tmp_path / "pack.pdf")
    assert str(pack.trailer["/Root"]["/Lang"]) == "cy-GB"
    assert "Tudalen 1 o" in pack.pages[0].extract_text()
    contents = pack.pages[1].extract_text()
    assert contents.count("Draft refreshed compact.pdf") == 1  # each paper once in the contents, its item in both
    assert "Eitem 7: " in contents and "Item 7: " in contents
    assert "Eitem 7: " in pack.pages[-1].extract_text()  # the label on each paper's pages


def test_the_file_name_is_in_the_papers_language_welsh_first(store, today):
    with welsh_catalogue():
        assert paper_name(Paper.MINUTES, "cy") == "Cofnodion"
        assert paper_name(Paper.MINUTES, "both") == "Cofnodion – Minutes"
        assert paper_name(Paper.AGENDA, "both") == "Agenda"  # the same in both: once
        assert suggested_name(store, Paper.ANNUAL_REVIEW, today, year=2025, language="both") == \
            "Adolygiad blynyddol – Annual review 2025.pdf"


def test_a_language_that_is_none_of_them_is_refused(store, tmp_path, today):
    from compactdesk.documents.export import ExportError

    with pytest.raises(ExportError, match="English"):
        export(store, ExportRequest(Paper.AGENDA, tmp_path / "a.pdf", today, language="fr"))


def test_letters_are_paired_by_whom_they_are_for():
    from compactdesk.documents.bilingual import merge_named

    def letter(title):
        return Document(title, "G", (Section((Heading(title),)),))

    merged = merge_named([("Luned", letter("Llythyr at Luned")), ("Lloyd", letter("Llythyr at Lloyd"))],
                         [("Lloyd", letter("Letter to Lloyd")), ("Luned", letter("Letter to Luned"))])
    assert [(name, document.title) for name, document in merged] == [
        ("Luned", "Llythyr at Luned / Letter to Luned"), ("Lloyd", "Llythyr at Lloyd / Letter to Lloyd")]
    with pytest.raises(BilingualMismatch, match="whom they are for"):
        merge_named([("Luned", letter("a"))], [("Lloyd", letter("b"))])


def test_both_halves_of_a_bilingual_paper_sort_names_in_the_welsh_alphabet():
    from compactdesk.documents.bilingual import in_languages

    def welsh_order(first, second):  # "ll" a letter after "l", as QCollator's cy_GB has it
        def key(name):
            return name.casefold().replace("ll", "l\uffff")
        return (key(first) > key(second)) - (key(first) < key(second))

    names = ["Lloyd", "Luned", "Lowri"]

    def build():
        # A list, not a table: rows of a table in another order would be paired again by their names.
        return [Document(i18n.translate("Papers", "Minutes"), "G", (Section((
            Heading(i18n.translate("Papers", "Attendance")), BulletList(tuple(sorted(names, key=i18n.name_order))))),))]

    with welsh_catalogue():
        before = i18n._comparisons.get(i18n.WELSH)
        i18n.install_catalogue(i18n.WELSH, i18n._catalogues[i18n.WELSH], welsh_order)
        try:
            merged = in_languages("both", build, lambda w, e: [merge_documents(w[0], e[0])])[0]
            english = in_languages("en", build, None)[0]
        finally:
            i18n.install_catalogue(i18n.WELSH, i18n._catalogues[i18n.WELSH], before)
    assert merged.sections[0].blocks[0].text == "Presenoldeb / Attendance"
    assert merged.sections[0].blocks[1].items == ("Lowri", "Luned", "Lloyd")  # once each, in the Welsh order
    assert english.sections[0].blocks[1].items == ("Lloyd", "Lowri", "Luned")
    assert i18n.name_order("b") == "b"  # outside, the order is the interface's again


def test_nothing_to_chase_is_said_in_the_askers_language(store, tmp_path, today):
    from compactdesk.documents.export import ExportError

    words = {"'{name}' owes the group no feedback, so there is nothing to chase.":
             "Nid oes ar '{name}' ddim adborth i'r grŵp, felly nid oes dim i'w ddilyn."}
    with welsh_catalogue(words), pytest.raises(ExportError, match="owes the group no feedback"):
        export(store, ExportRequest(Paper.CHASE_LETTERS, tmp_path / "c.pdf", today, officer="Elin Griffiths",
                                    language="cy"))
