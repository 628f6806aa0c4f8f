"""The agenda pack: cover, contents, agenda, then the PDF papers, numbered right through."""

import io

from pypdf import PdfReader
from readback import in_order, pdf_pages

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.services import meetings, papers


def test_demo_pack(store, tmp_path, today):
    [path] = export(store, ExportRequest(Paper.PACK, tmp_path / "pack.pdf", today))
    pages = pdf_pages(path)
    total = len(pages)
    assert all(f"Page {number} of {total}" in page for number, page in enumerate(pages, start=1))
    assert "Agenda pack" in pages[0] and "Dyfnant Compact Liaison Group" in pages[0]
    contents = pages[1]
    assert in_order(contents, ["Contents", "Agenda", "Paper 7a", "Draft refreshed compact.pdf", "Paper 7b",
                               "Consultation timetable.pdf", "Papers not in this pack",
                               "Annual review draft.docx", "Word file", "save it as PDF"])
    # The agenda, then paper 8a's pages then 8b's, each page labelled with its item.
    agenda_at = next(i for i, page in enumerate(pages) if page.startswith("Dyfnant Compact Liaison Group Agenda"))
    labelled = [page for page in pages[agenda_at:] if "Item 7:" in page]
    assert labelled and all("Refreshing the compact" in page for page in labelled)
    first_7a = next(i for i, page in enumerate(pages) if "Paper 7a" in page and "Shared principles" in page)
    first_7b = next(i for i, page in enumerate(pages) if "Paper 7b" in page and "Step When" in page)
    assert agenda_at < first_7a < first_7b == total - 1
    # The contents gives the page each paper starts on.
    assert f"Paper 7a Draft refreshed compact.pdf {first_7a + 1}" in contents
    assert f"Paper 7b Consultation timetable.pdf {first_7b + 1}" in contents
    reader = PdfReader(path)
    assert [item.title for item in reader.outline][:1] == ["Agenda"]


def test_pack_survives_bad_and_odd_papers(store, tmp_path, today):
    def attach(session):
        meeting_id = papers.choose_meeting(session, "next", today, "next")
        item = meetings.agenda_rows(session, meeting_id)[1]
        meetings.attach_paper(session, item.item_id, "broken.pdf", b"%PDF-1.4 this is not really a pdf",
                              added_on=today)
        meetings.attach_paper(session, item.item_id, "photo.jpg", b"\xff\xd8\xff\xe0 jpeg", added_on=today)
        meetings.attach_paper(session, item.item_id, "landscape.pdf", _landscape(), added_on=today)
    store.run(attach)
    [path] = export(store, ExportRequest(Paper.PACK, tmp_path / "pack.pdf", today))
    pages = pdf_pages(path)
    assert "could not be read as a PDF" in pages[1] and "not a PDF" in pages[1]
    wide = [number for number, page in enumerate(PdfReader(path).pages)
            if float(page.mediabox.width) > float(page.mediabox.height)]
    assert len(wide) == 1
    assert "A landscape map of Dyfnant" in pages[wide[0]] and "Item 2: Declarations" in pages[wide[0]]
    total = len(pages)
    assert all(f"Page {n} of {total}" in page for n, page in enumerate(pages, start=1))


def _landscape() -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4))
    canvas.drawString(100, 100, "A landscape map of Dyfnant")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
