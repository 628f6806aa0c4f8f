"""Whatever a person types reaches a bilingual paper once, in both formats, beside the program's own words
in Welsh and English (issue 19)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from readback import docx_text, pdf_text, squash
from welsh_words import welsh_catalogue

from compactdesk.documents.bilingual import merge_documents
from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.documents.model import Document, Heading, Paragraph, Section
from compactdesk.documents.text import printable
from compactdesk.domain.errors import ValidationError
from compactdesk.services import compact, meetings
from compactdesk.store import create_store

TODAY = dt.date(2026, 11, 24)
TYPED = st.text(st.characters(codec=None, exclude_categories=("Cs",)), max_size=200)
ODD = st.sampled_from(["Ynys Môn ŵ ŷ â", "Łódź źdźbło", "🚌🎉👍🏽‍♀️", "\x00\x07\x1b[31m", "\u202eRTL\u202c",
                       "line\nbreak\ttab", "<b>&amp;</b>", "Cofnodion / Minutes", "4. Materion: "])
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with create_store(tmp_path_factory.mktemp("both") / "both.cdstore") as opened:
        opened.run(compact.set_up_compact, "Cwmni 🚌 Compact", "Ynys Môn", status_on=TODAY)
        yield opened


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.one_of(TYPED, ODD), minutes=st.one_of(TYPED, ODD))
def test_typed_text_in_a_bilingual_paper(store, tmp_path, title, minutes):
    def make(session):
        meeting = meetings.create_meeting(session, "liaison", dt.datetime(2026, 12, 1, 10, 0))
        item = meetings.add_item(session, meeting.id, title)
        meetings.write_minutes(session, item.id, minutes, "")
        return meeting.id

    try:
        meeting_id = store.run(make)
    except ValidationError:
        assume(False)
    with welsh_catalogue():
        for suffix in (".pdf", ".docx"):
            path = export(store, ExportRequest(Paper.MINUTES, tmp_path / f"m{suffix}", TODAY, meeting=meeting_id,
                                               language="both"))[0]
            words = squash(pdf_text(path) if suffix == ".pdf" else docx_text(path))
            assert "Cofnodion / Minutes" in words
            typed = squash(printable(minutes))
            # A plain word: once, as the English paper has it (unless the item's title says it too).
            if len(typed) > 3 and typed.isalnum() and typed not in squash(printable(title)):
                assert words.count(typed) == 1
    store.run(meetings.delete_meeting, meeting_id)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=6))
def test_a_paper_merged_with_itself_is_itself_and_any_pair_keeps_both(pairs):
    def paper(side):
        return Document("t", "g", (Section(tuple(block for pair in pairs for block in (
            Heading(pair[side] or "x"), Paragraph.of(pair[side])))),))

    same = merge_documents(paper(0), paper(0))
    assert same.sections == paper(0).sections and same.language == "both"
    merged = merge_documents(paper(0), paper(1))
    for (welsh, english), heading in zip(pairs, merged.sections[0].blocks[::2]):
        shown = heading.text
        welsh, english = welsh or "x", english or "x"
        # Nothing of either is lost, and the Welsh comes first.
        for part in (welsh.strip(" :"), english.strip(" :")):
            assert all(word in shown for word in part.split())
        if welsh.split() and english.split() and welsh != english:
            assert shown.find(welsh.split()[-1].strip(":")) <= shown.rfind(english.split()[-1].strip(":"))
