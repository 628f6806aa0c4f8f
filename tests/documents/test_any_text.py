"""Whatever a person types or pastes into an item's title or its minutes reaches both formats."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from readback import docx_text, pdf_text

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.domain.errors import ValidationError
from compactdesk.services import compact, meetings
from compactdesk.store import create_store

TODAY = dt.date(2026, 11, 24)
PASTED = st.text(st.characters(codec=None, exclude_categories=("Cs",)), max_size=300)
ODD = st.sampled_from(["Ynys Môn ŵ ŷ â", "Łódź źdźbło", "🚌🎉👍🏽‍♀️", "\x00\x07\x1b[31m", "\u202eRTL\u202c",
                       "漢字", "a" * 5000, "line\nbreak\ttab", "<b>&amp;</b>", "\ufeff\u200b"])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with create_store(tmp_path_factory.mktemp("any") / "any.cdstore") as opened:
        opened.run(compact.set_up_compact, "Cwmni 🚌 Compact", "Ynys Môn", status_on=TODAY)
        yield opened


def _meeting(store, title: str, minutes: str) -> int:
    def make(session):
        meeting = meetings.create_meeting(session, "liaison", dt.datetime(2026, 12, 1, 10, 0), venue=title[:300])
        item = meetings.add_item(session, meeting.id, title)
        meetings.write_minutes(session, item.id, minutes, minutes[:1000])
        return meeting.id
    return store.run(make)


def _export_all(store, tmp_path, meeting_id: int) -> list:
    written = []
    for paper in (Paper.AGENDA, Paper.MINUTES):
        for suffix in (".pdf", ".docx"):
            written += export(store, ExportRequest(paper, tmp_path / f"{paper.value}{suffix}", TODAY,
                                                   meeting=meeting_id))
    return written


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.one_of(PASTED, ODD), minutes=st.one_of(PASTED, ODD, st.text(max_size=3000)))
def test_any_text_in_titles_and_minutes(store, tmp_path, title, minutes):
    try:
        meeting_id = _meeting(store, title, minutes)
    except ValidationError:
        assume(False)  # e.g. a title of only spaces: refused with a message, nothing to print
    for path in _export_all(store, tmp_path, meeting_id):
        assert path.stat().st_size > 0
    store.run(meetings.delete_meeting, meeting_id)


def test_100_kb_of_minutes_wraps_over_pages(store, tmp_path):
    words = ("Trafodwyd y cynllun gweithredu ŵ ŷ â — Łucja 🚌. " * 2200)[:100_000]
    no_spaces = "x" * 20_000
    meeting_id = _meeting(store, "Hir iawn " + "ŵ" * 280, words + "\n\n" + no_spaces)
    written = _export_all(store, tmp_path, meeting_id)
    minutes_pdf = next(path for path in written if path.name == "minutes.pdf")
    expected = words.count("Łucja")  # the decisions repeat the first 1,000 characters, so a few more
    assert expected > 1900
    assert pdf_text(minutes_pdf).count("Łucja") >= expected
    assert docx_text(next(path for path in written if path.name == "minutes.docx")).count("Łucja") >= expected
    store.run(meetings.delete_meeting, meeting_id)
