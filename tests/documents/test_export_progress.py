"""A long paper says how it is getting on, and stops when asked: the feedback log of a busy group
(thousands of items over many pages) reports progress at least once a page (PDF) or every few
hundred rows (Word), so the window's Cancel is heard within moments; a cancelled export writes nothing."""

import datetime as dt

import pytest
from readback import docx_text, pdf_pages
from sqlalchemy import insert, select

from compactdesk.documents import export as papers
from compactdesk.documents.docx_table import ROWS_AT_A_TIME
from compactdesk.documents.export import Cancelled, ExportRequest, Paper, export
from compactdesk.domain.enums import FeedbackAsk
from compactdesk.store import open_store
from compactdesk.store.models import Feedback, Person

ITEMS = 1_500


@pytest.fixture
def busy(demo_path, today):
    """The demo group with ITEMS more feedback items, raised over five years, most answered."""
    with open_store(demo_path) as store:
        def add(session):
            officers = list(session.scalars(select(Person.id).order_by(Person.id).limit(40)))
            rows = []
            for number in range(ITEMS):
                raised = today - dt.timedelta(days=7 + number % 1800)
                rows.append({"issue": f"Busy item {number}: grants, transport and Ynys Môn", "detail": "",
                             "officer_id": officers[number % len(officers)], "department": "Highways",
                             "ask": FeedbackAsk.WRITTEN_REPLY, "raised_on": raised, "by_next_meeting": False,
                             "answered_on": raised + dt.timedelta(days=20) if number % 5 else None,
                             "answer_summary": ""})
            session.execute(insert(Feedback), rows)
        store.run(add)
        yield store


@pytest.fixture
def every_tick(monkeypatch):
    """Every report the renderers make is passed on (the export passes on one each 0.1 s at most)."""
    monkeypatch.setattr(papers._Ticks, "REPORT_EVERY", 0.0)


def _heard(store, request):
    heard = []
    written = export(store, request, lambda done, total, text: heard.append((done, total, text)))
    return written, heard


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_long_feedback_log_reports_progress_as_it_goes(busy, tmp_path, today, every_tick, suffix):
    [path], heard = _heard(busy, ExportRequest(Paper.FEEDBACK_LOG, tmp_path / f"log{suffix}", today, since="all"))
    laying = [(done, total) for done, total, text in heard if text.startswith("Laying out")]
    assert heard[0][2] == "Reading the records" and heard[-1][2] == "Writing 1 file"
    assert all(done < total for done, total in laying)
    assert [done for done, _ in laying] == sorted(done for done, _ in laying)  # it only goes forward
    if suffix == ".pdf":
        assert len(laying) >= len(pdf_pages(path))  # at least once a page
    else:
        assert len(laying) >= ITEMS // ROWS_AT_A_TIME
    text = pdf_pages(path) if suffix == ".pdf" else docx_text(path)
    assert all(f"Busy item {number}:" in str(text) for number in (0, ITEMS // 2, ITEMS - 1))


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_cancel_stops_a_long_feedback_log_at_once(busy, tmp_path, today, every_tick, suffix):
    folder = tmp_path / "papers"
    folder.mkdir()
    out = folder / f"log{suffix}"
    laid_out = []

    def cancel_early(done, total, text):
        if text.startswith("Laying out"):
            laid_out.append(done)
            if len(laid_out) == 5:
                raise Cancelled
    with pytest.raises(Cancelled):
        export(busy, ExportRequest(Paper.FEEDBACK_LOG, out, today, since="all"), cancel_early)
    assert len(laid_out) == 5 and laid_out[-1] < papers._Ticks.PER_PAPER // 4  # stopped early, not at the end
    assert list(folder.iterdir()) == []  # nor a part-written file


def test_reports_are_spaced_for_the_window(monkeypatch):
    """Each report is a message to the window: one every REPORT_EVERY seconds at most, placed within
    the paper's share of the bar (here the second of two papers, then the writing)."""
    clock = iter([0.0, 0.05, 0.1, 0.12, 0.35])
    monkeypatch.setattr(papers.time, "monotonic", lambda: next(clock))
    heard = []
    ticks = papers._Ticks(lambda *report: heard.append(report), 1, 3, "Laying out")
    for done in range(5):
        ticks(done, 10)
    per = papers._Ticks.PER_PAPER
    assert heard == [(per, 3 * per, "Laying out"), (per + per * 2 // 10, 3 * per, "Laying out"),
                     (per + per * 4 // 10, 3 * per, "Laying out")]
