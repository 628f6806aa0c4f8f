"""The annual review's counted sentences, rendered and read back, say "1 code" and "2 codes"."""

import datetime as dt
from types import SimpleNamespace

import pytest
from readback import docx_text
from year_figures import figures

from compactdesk.documents.docx import render_docx
from compactdesk.documents.model import Document, Section
from compactdesk.documents.papers.annual_review_record import codes_section, sign_up_section


def read_back(blocks: list) -> str:
    return docx_text(render_docx(Document("Annual review", "Dyfnant Compact Liaison Group", (Section(tuple(blocks)),))))


# Only the sentences: no table rows, so the records can be empty.
NO_RECORDS = SimpleNamespace(codes=(), signatories=())


@pytest.mark.parametrize(("n", "codes", "departments"), [
    (1, "1 of 1 code in force at the year's end", "A named champion in 1 of 1 department of the public bodies."),
    (2, "2 of 2 codes in force at the year's end", "A named champion in 2 of 2 departments of the public bodies."),
])
def test_codes_and_departments_agree_with_their_count(n, codes, departments):
    text = read_back(codes_section(figures(n), NO_RECORDS, dt.date(2026, 12, 31))
                     + sign_up_section(figures(n), NO_RECORDS))
    assert codes in text and departments in text
    assert ("1 organisation signed up" if n == 1 else "2 organisations signed up") in text
