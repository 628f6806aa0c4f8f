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
        return {suffix: export(store, ExportRequest(Paper.ANNUAL_REVIEW, folder / f"2010{suffix}", TODAY,
                                                    year=2010))[0] for suffix in (".pdf", ".docx")}


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_review_of_2010_tells_what_happened(review_files, suffix):
    path = review_files[suffix]
    words = squash(pdf_text(path) if suffix == ".pdf" else docx_text(path))

    # The withdrawn notice, with its percentage and what came of it. The 2009 notice has no outcome recorded, so
    # it is not among those settled in the year.
    assert "20%" in words and "Withdrawn on 20 May 2010" in words
    assert "settled in this one" not in words
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
