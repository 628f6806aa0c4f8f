"""Whatever a secretary types into the compact's records reaches the annual review, in both formats."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from readback import paper_text, squash

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.domain.enums import FundingChange, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import compact, consultations, disputes, funding, members, monitoring, signup
from compactdesk.store import create_store

TODAY = dt.date(2026, 11, 24)
PASTED = st.text(st.characters(codec=None, exclude_categories=("Cs",)), min_size=1, max_size=200)
ODD = st.sampled_from(["Ynys Môn ŵ ŷ â", "Łódź źdźbło", "🚌🎉👍🏽‍♀️", "\x00\x07\x1b[31m", "\u202eRTL\u202c",
                       "漢字", "a" * 3000, "line\nbreak\ttab", "<b>&amp;</b>", "\ufeff\u200b"])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with create_store(tmp_path_factory.mktemp("any") / "any.cdstore") as opened:
        opened.run(compact.set_up_compact, "Compact Ynys Môn 🚌", "Ynys Môn", status_on=TODAY)
        yield opened


def _records(session, text: str) -> list:
    """One of every record the review prints, each carrying the text; returns what to take away after."""
    council = members.add_organisation(session, f"Cyngor {text}"[:300], Sector.COUNCIL)
    group = members.add_organisation(session, f"Grŵp {text}"[:300], Sector.VCS, tags=["small", "bme"])
    consultation = consultations.add_consultation(session, text[:300], council.id, dt.date(2026, 3, 2),
                                                  dt.date(2026, 4, 1), short_reason=text, responses=7)
    notice = funding.add_notice(session, group.id, council.id, dt.date(2026, 5, 1), dt.date(2026, 6, 1),
                                FundingChange.END, notes=text)
    dispute = disputes.add_dispute(session, text[:300], group.id, council.id, dt.date(2026, 6, 2), summary=text)
    signature = signup.sign_up(session, group.id, dt.date(2026, 2, 1), note=text)
    first = monitoring.list_indicators(session)[0]
    monitoring.rate(session, first.indicator_id, 2026, 3, text)
    rating = monitoring.add_relationship_rating(session, dt.date(2026, 7, 1), 4, text)
    monitoring.set_review_words(session, 2026, summary=text, priorities=text)
    return [consultation.id, notice.id, dispute.id, rating.id, signature.id, council.id, group.id]


def _clear(session, ids) -> None:
    consultation, notice, dispute, rating, signature, council, group = ids
    consultations.delete_consultation(session, consultation)
    funding.delete_notice(session, notice)
    disputes.delete_dispute(session, dispute)
    monitoring.delete_relationship_rating(session, rating)
    signup.delete_signup(session, signature)
    members.delete_organisation(session, group)
    members.delete_organisation(session, council)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(PASTED, ODD))
def test_any_text_in_the_compacts_records_prints_in_the_review(store, tmp_path, text):
    try:
        ids = store.run(_records, text)
    except ValidationError:
        assume(False)  # e.g. only spaces: refused with a message, nothing to print
    try:
        for suffix in (".pdf", ".docx"):
            (path,) = export(store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / f"review{suffix}", TODAY,
                                                  year=2026))
            assert path.stat().st_size > 0
    finally:
        store.run(_clear, ids)


def test_welsh_and_polish_words_read_back_from_both_formats(store, tmp_path):
    ids = store.run(_records, "Siân a Łucja yn Llŷn")
    try:
        for suffix in (".pdf", ".docx"):
            (path,) = export(store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / f"review{suffix}", TODAY,
                                                  year=2026))
            text = squash(paper_text(path))
            assert text.count("Siân a Łucja yn Llŷn") >= 5, suffix
            assert "Grŵp Siân a Łucja yn Llŷn" in text
    finally:
        store.run(_clear, ids)
