"""Issue 21's must-show: the annual review of a year with a withdrawn funding notice, a change of champion and a
dispute through three stages, entered through the services as a secretary would enter the Thurrock case (seed
000: a cut to the CVS signalled, the CVS told it had six more months, a councillor's call-in that failed, a
consultation by the council, and by late 2010 no cuts), read back from the PDF and the Word file."""

import pytest
from readback import docx_text, pdf_text, squash

from thurrock_case import TODAY, the_year_2010

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.store import create_store


@pytest.fixture(scope="module")
def review_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("case")
    with create_store(folder / "thurrock.cdstore") as store:
        store.run(the_year_2010)
        return {(year, suffix): export(store, ExportRequest(Paper.ANNUAL_REVIEW, folder / f"{year}{suffix}", TODAY,
                                                            year=year))[0]
                for year in (2009, 2010) for suffix in (".pdf", ".docx")}


def _words(path) -> str:
    return squash(pdf_text(path) if path.suffix == ".pdf" else docx_text(path))


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_review_of_2010_tells_what_happened(review_files, suffix):
    words = _words(review_files[2010, suffix])

    # The withdrawn notice, with its percentage and what came of it; the 2009 notice, reversed in 2010, among
    # those settled in the year.
    assert "20%" in words and "Withdrawn on 20 May 2010" in words
    settled = words[words.index("Notices given in earlier years, settled in this one"):]
    assert "Thurrock CVS (notice from Thurrock Council of 1 October 2009): Reversed on 10 November 2010: By late " \
           "2010 there were no cuts" in settled
    assert "No cuts after the council's consultation" in words

    # The dispute's route, stage by stage and in order, then its outcome.
    route = [words.index(stage) for stage in ("Raised at the liaison group", "Councillor's call-in", "Mediation")]
    assert route == sorted(route)
    assert "The call-in failed" in words and "The council consulted the sector" in words
    assert "No cuts to the CVS's funding" in words

    # The champion's change and every change of lead officer, in order.
    assert "Social services, Thurrock Council" in words and "Siân moved to another department" in words
    table = words[words.index("Changes of lead in the year"):]
    changes = [table.index(name) for name in ("Siân Roberts", "Łukasz Nowak", "Gwen Ashby")]
    assert changes == sorted(changes)
    assert "Lead councillor: Cllr John Kent (Thurrock Council)" in words
    assert "Lead officer: Gwen Ashby (Thurrock Council)" in words

    # The code's steps, each with its note; the resources as the framework's inputs.
    for note in ("Draft sent out with a questionnaire", "Met BME groups; redrafted", "Checked by the reading group"):
        assert note in words
    assert "Compact development worker" in words and "NHS South West Essex" in words
    assert "£28,000" in words and "£10,000" in words
    # The monitoring framework's inputs have figures of their own now.
    assert ("2 resources in the year (posts' time on the compact: one whole post): NHS South West Essex £28,000 a "
            "year; Thurrock Council £10,000 a year") in words
    assert "Lead councillor Cllr John Kent; Lead officer Gwen Ashby (3 changes in the year)" in words


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_review_of_2009_tells_the_year_as_it_stood_and_what_came_after(review_files, suffix):
    """The 2009 review no longer says for ever that the CVS's funding ended: the reversal is shown, marked as
    after the year's end; the dispute open at the year's end shows the stage it had reached."""
    words = _words(review_files[2009, suffix])
    assert "Reversed on 10 November 2010: By late 2010 there were no cuts (after the year's end)" in words
    assert "£45,000" in words
    assert "Raised at the liaison group — Taken to the liaison group" in words
    assert "Councillor's call-in" not in words  # January 2010: after the year's end
