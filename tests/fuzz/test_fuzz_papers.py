"""Records holding any text and dates at the ends of the calendar, put in through the services, then every paper
in both formats and the whole handover: each is written or refused with a message, reads back, and shows what
was typed."""

import datetime as dt
import itertools
import re

import pytest
from fuzz_inputs import BIDI, ODD_TEXT, SHORT_TEXT, YEARS, count_example, fuzz_settings
from hypothesis import given
from hypothesis import strategies as st
from readback import paper_text, pdf_text, squash

from compactdesk.documents.export import ExportError, ExportRequest, Paper, export
from compactdesk.documents.handover import export_everything
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import clean
from compactdesk.services import actions, compact, consultations, feedback, meetings, members
from compactdesk.store import create_store

TODAY = dt.date(2026, 11, 24)
# The ends of the years the store keeps, and 29 February in leap years on either side of today.
EDGE_DAYS = [dt.date(1900, 1, 1), dt.date(2199, 12, 31), dt.date(2024, 2, 29), dt.date(1904, 2, 29),
             dt.date(2196, 2, 29), dt.date(2026, 11, 30)]
DAY = st.one_of(st.sampled_from(EDGE_DAYS), st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)))
# A megabyte is refused with a message; just under the limit is kept and must print.
NOTES = st.one_of(SHORT_TEXT, st.sampled_from(["", "ŵ ŷ â " * 33_333]), st.text(min_size=1, max_size=4).map(
    lambda s: (s * 1_000_000)[:1_000_000]), BIDI)
NAME = st.one_of(SHORT_TEXT, ODD_TEXT, BIDI).map(lambda s: s[:200])


RUNS = itertools.count(100)  # each example's records are told apart (names must be unique) by their marker


def _marker(n: int) -> str:
    # Plain letters every reader extracts the same, in front of whatever was typed: the sample looked for.
    return f"Qz{n:04d}x"


@pytest.fixture
def paper_store(tmp_path):
    store = create_store(tmp_path / "papers.cdstore")
    store.run(compact.set_up_compact, "Cwmpas 🚌 Compact", "Ynys Môn", status_on=TODAY)
    yield store
    store.close()


def _records(store, n: int, text: dict, days: dict) -> dict:
    """One of each record the papers show, each typed text behind its marker; what was stored, by field."""
    mark = _marker(n)

    def make(session):
        body = members.add_organisation(session, f"{mark} {text['org']}", "council", notes=text["notes"])
        officer = members.add_person(session, f"{mark} {text['person']}", organisation_id=body.id, role=text["role"])
        meeting = meetings.create_meeting(session, "liaison", dt.datetime.combine(days["meeting"], dt.time(10)),
                                          venue=f"{mark} {text['venue']}")
        item = meetings.add_item(session, meeting.id, f"{mark} {text['item']}", description=text["notes"])
        meetings.write_minutes(session, item.id, f"{mark} {text['minutes']}", text["decisions"])
        for status in ("agenda_issued", "held"):
            meetings.set_status(session, meeting.id, status)
        feedback.request_feedback(session, f"{mark} {text['issue']}", officer.id, raised_on=days["raised"],
                                  meeting_id=meeting.id, detail=text["notes"])
        actions.add_target(session, f"{mark} {text['target']}", measure=text["notes"], lead_id=officer.id,
                           deadline=days["deadline"], meeting_id=meeting.id, item_id=item.id)
        consultations.add_consultation(session, f"{mark} {text['consultation']}", body.id, days["opens"],
                                       max(days["opens"], days["closes"]), notes=text["notes"])
        return {"meeting": meeting.id, "item": item.title, "minutes": item.minutes, "officer": officer.name,
                "issue": f"{mark} {clean(text['issue'])}", "target": f"{mark} {clean(text['target'])}"}
    return store.run(make)


def _export(store, request: ExportRequest) -> list:
    area = f"paper:{request.paper.value}{request.out.suffix}"
    try:
        written = export(store, request)
    except ExportError as refused:
        count_example(area, "refused")
        assert refused.message.strip()
        return []
    count_example(area, "done")
    assert written and all(path.stat().st_size > 0 for path in written)
    return written


@fuzz_settings(0.3)
@given(data=st.data())
def test_every_paper_prints_whatever_was_typed(paper_store, tmp_path, data):
    n = next(RUNS)
    text = {key: data.draw(NAME, label=key) for key in
            ("org", "person", "role", "venue", "item", "minutes", "decisions", "issue", "target", "consultation")}
    text["notes"] = data.draw(NOTES, label="notes")
    text["minutes"] = data.draw(st.one_of(NAME, NOTES), label="minutes")
    days = {key: data.draw(DAY, label=key) for key in ("meeting", "raised", "deadline", "opens", "closes")}
    try:
        stored = _records(paper_store, n, text, days)
    except ValidationError as refused:  # e.g. a megabyte of notes: refused, nothing half-stored
        assert str(refused).strip()
        count_example("paper:records", "refused")
        return
    count_example("paper:records", "done")
    mark = _marker(n)
    for paper in Paper:
        for suffix in paper.formats:
            year = days["deadline"].year if 1990 <= days["deadline"].year <= TODAY.year else TODAY.year
            request = ExportRequest(paper, tmp_path / f"{paper.value}{suffix}", TODAY, meeting=stored["meeting"],
                                    year=year if paper is Paper.ANNUAL_REVIEW else None)
            for path in _export(paper_store, request):
                words = paper_text(path)
                if paper in (Paper.AGENDA, Paper.MINUTES, Paper.PACK):
                    assert mark in words, f"{paper.value}{suffix} lost the item typed"
                    if suffix == ".docx":  # Word keeps every character; a PDF's text layer may split marks
                        assert squash(stored["item"]) in words
                if paper is Paper.ACTION_PLAN:
                    assert mark in words
                if paper is Paper.FEEDBACK_LOG and suffix == ".docx":
                    assert squash(stored["issue"]) in words


@fuzz_settings(0.3)
@given(year=YEARS, today=st.sampled_from([TODAY, dt.date(1900, 1, 1), dt.date(2199, 12, 31), dt.date(2024, 2, 29)]),
       suffix=st.sampled_from([".pdf", ".docx"]))
def test_annual_review_of_any_year_is_written_or_refused(paper_store, tmp_path, year, today, suffix):
    written = _export(paper_store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / f"review{suffix}", today, year=year))
    for path in written:
        assert str(year) in paper_text(path)


def test_a_megabyte_of_notes_is_refused_with_a_message(paper_store):
    with pytest.raises(ValidationError, match="1,000,000 characters"):
        paper_store.run(members.add_organisation, "Big notes", "council", notes="ŵ" * 1_000_000)


def test_years_beyond_the_calendar_are_refused_not_crashed(paper_store, tmp_path):
    for year in (0, -1, 2**63, 10**9):
        with pytest.raises(ExportError, match=r"\S"):
            export(paper_store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / "r.pdf", TODAY, year=year))


def test_handover_of_fuzzed_records_skips_nothing_by_crashing(paper_store, tmp_path):
    edge = [dt.date(1900, 1, 1), dt.date(2199, 12, 31), dt.date(2024, 2, 29)]
    texts = ["\u202eRTL\u202c ŵ ŷ 🚌 \ud800 \x00\x1b", "\u05e9\u05dc\u05d5\u05dd ␀ e\u0301", "漢字 " * 500]
    for n, (text, day) in enumerate(zip(texts, edge)):
        fields = dict.fromkeys(("org", "person", "role", "venue", "item", "issue", "target", "consultation"),
                               text[:200])
        fields.update(minutes=text * 40, decisions=text, notes=text * 40)
        _records(paper_store, n, fields, dict.fromkeys(("meeting", "raised", "deadline", "opens", "closes"), day))
    report = export_everything(paper_store, tmp_path / "handover", TODAY)
    crashed = [f"{item.what}: {item.reason}" for item in report.skipped
               if re.match(r"[A-Z]\w*(Error|Exception)\b", item.reason)]
    assert crashed == []
    assert report.written
    minutes = [path for path in report.written if path.suffix == ".pdf" and "papers/" in path.as_posix()]
    assert minutes and any(_marker(0) in pdf_text(tmp_path / "handover" / path) for path in minutes)

