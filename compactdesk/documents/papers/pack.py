"""The agenda pack: a cover, contents, the agenda, then every PDF paper in agenda order,
numbered "Page n of N" right through, with each paper's item named on its every page."""

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as PdfParagraph
from sqlalchemy.orm import Session

from compactdesk.documents import fonts
from compactdesk.documents.bilingual import BilingualMismatch, in_languages, merge_blocks, spoken, text
from compactdesk.documents.model import (
    Cell,
    Column,
    Document,
    Heading,
    Lines,
    Paragraph,
    RenderOptions,
    Section,
    Style,
    Table,
    language_tag,
)
from compactdesk.documents.papers.agenda import agenda_blocks
from compactdesk.documents.papers.common import clock, paper_refs
from compactdesk.documents.pdf import render_pdf
from compactdesk.domain.dates import uk_long_date
from compactdesk.i18n import translate
from compactdesk.services import meetings, papers

Progress = Callable[[str], None]


@dataclass(frozen=True)
class PackPaper:
    ref: str
    item_number: int
    item_title: str
    filename: str
    content: bytes


@dataclass(frozen=True)
class PackPlan:
    title: str
    group: str
    cover: tuple
    agenda: tuple
    papers: tuple[PackPaper, ...]


def plan_pack(session: Session, meeting_id: int, today: dt.date) -> PackPlan:
    """Everything the pack needs from the store, the papers' bytes included."""
    meeting = meetings.meeting_row(session, meeting_id, today)
    items = {item.item_id: item for item in meetings.agenda_rows(session, meeting_id)}
    attached = meetings.paper_rows(session, meeting_id)
    refs = paper_refs(list(items.values()), attached)
    group = papers.group_name(session)
    cover = (Heading(group, 1), Heading(translate("Papers", "Agenda pack"), 1), Heading(meeting.kind.label(), 2),
             Lines((uk_long_date(meeting.starts_at.date()), clock(meeting.starts_at), meeting.venue)))
    return PackPlan(
        translate("Papers", "Agenda pack: {kind}, {day}").format(kind=meeting.kind.label(),
                                                                 day=meeting.starts_at.date().isoformat()),
        group, cover, agenda_blocks(session, meeting_id, today, pack_refs=True),
        tuple(PackPaper(refs[paper.paper_id], items[paper.item_id].number, items[paper.item_id].title,
                        paper.filename, meetings.paper_content(session, paper.paper_id)) for paper in attached))


def merge_plans(welsh: PackPlan, english: PackPlan) -> PackPlan:
    """The Welsh and English plans of a bilingual pack as one: the same files, under items named in both."""
    def same_file(paper: PackPaper) -> tuple:
        return paper.ref, paper.item_number, paper.filename, paper.content

    if [same_file(paper) for paper in welsh.papers] != [same_file(paper) for paper in english.papers]:
        raise BilingualMismatch("The Welsh and English plans of the agenda pack have different papers.")
    papers = tuple(dataclasses.replace(w, item_title=text(w.item_title, e.item_title))
                   for w, e in zip(welsh.papers, english.papers))
    return PackPlan(text(welsh.title, english.title, 10_000), text(welsh.group, english.group, 10_000),
                    merge_blocks(welsh.cover, english.cover, "the pack's cover"),
                    merge_blocks(welsh.agenda, english.agenda, "the pack's agenda"), papers)


@dataclass(frozen=True)
class _Opened:
    paper: PackPaper
    reader: PdfReader | None
    problem: str  # why it is not in the pack; "" when it is


def _open(paper: PackPaper, say: Callable) -> _Opened:
    opened = _open_one(paper)
    if opened.problem:  # said in the pack's language(s), as the contents that lists it
        return _Opened(paper, None, say(lambda: _open_one(paper).problem))
    return opened


def _open_one(paper: PackPaper) -> _Opened:
    name = paper.filename.lower()
    if name.endswith((".doc", ".docx", ".odt", ".rtf")):
        return _Opened(paper, None, translate("Papers", "attached as a Word file: save it as PDF and attach it again "
                                                        "to put it in the pack. It goes out separately until then."))
    if not paper.content.lstrip()[:5].startswith(b"%PDF"):
        return _Opened(paper, None, translate("Papers", "not a PDF: only PDF papers can go in the pack. "
                                                        "It goes out separately."))
    try:
        reader = PdfReader(io.BytesIO(paper.content))
        if reader.is_encrypted and not reader.decrypt(""):
            return _Opened(paper, None, translate("Papers", "protected by a password, so it cannot go in the pack. "
                                                            "Ask its author for an unprotected copy."))
        if not reader.pages:
            raise PyPdfError("no pages")
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        return _Opened(paper, None, translate("Papers", "could not be read as a PDF ({error}). Attach it again, "
                                                        "or send it separately.").format(error=str(error)[:80]))
    return _Opened(paper, reader, "")


def _label(paper: PackPaper) -> str:
    return translate("Papers", "Item {number}: {title} — Paper {ref}").format(
        number=paper.item_number, title=spoken(paper.item_title), ref=paper.ref)


def _front(plan: PackPlan, opened: list[_Opened], starts: dict[int, int] | None, agenda_page: int | None,
           options: RenderOptions, language: str) -> bytes:
    document = in_languages(language, lambda: _front_document(plan, opened, starts, agenda_page))
    return render_pdf(document, RenderOptions(large_print=options.large_print, page_numbers=False))


def _front_document(plan: PackPlan, opened: list[_Opened], starts: dict[int, int] | None,
                    agenda_page: int | None) -> Document:
    def page(number: int | None) -> str:
        return str(number) if number else "…"

    rows = [(Cell(translate("Papers", "Agenda")), Cell(page(agenda_page)))]
    rows += [(Cell(_label(entry.paper) + f"\n{entry.paper.filename}"), Cell(page(starts and starts.get(index))))
             for index, entry in enumerate(opened) if entry.reader is not None]
    contents: list = [Heading(translate("Papers", "Contents"), 1),
                      Table((Column(translate("Papers", "In this pack"), 6), Column(translate("Papers", "Page"), 1,
                                                                                   right=True)), tuple(rows))]
    left_out = [entry for entry in opened if entry.reader is None]
    if left_out:
        contents.append(Heading(translate("Papers", "Papers not in this pack"), 2))
        contents += [Paragraph.of(translate("Papers", "Paper {ref}, {name}: {why}").format(
            ref=entry.paper.ref, name=entry.paper.filename, why=spoken(entry.problem))) for entry in left_out]
    if not plan.papers:
        contents.append(Paragraph.of(translate("Papers", "No papers are attached to this agenda."), Style.NOTE))
    return Document(plan.title, plan.group, (Section(plan.cover), Section(tuple(contents)), Section(plan.agenda)))


def assemble_pack(plan: PackPlan, options: RenderOptions, progress: Progress | None = None,
                  language: str = "en") -> bytes:
    """The pack's bytes, its own words (contents, labels, page numbers) in `language`: "en", "cy" or "both"."""
    step = progress or (lambda text: None)

    def say(words: Callable[[], str]) -> str:
        return in_languages(language, words, text)

    opened = []
    for paper in plan.papers:
        step(translate("Papers", "Reading paper {ref}: {name}").format(ref=paper.ref, name=paper.filename))
        opened.append(_open(paper, say))
    step(translate("Papers", "Laying out the cover, contents and agenda"))
    # Lay out twice: the contents can only give page numbers once the front's length is known.
    front = PdfReader(io.BytesIO(_front(plan, opened, None, None, options, language)))
    for _ in range(3):
        agenda_page = _agenda_page(front, say)
        starts, at = {}, len(front.pages) + 1
        for index, entry in enumerate(opened):
            if entry.reader is not None:
                starts[index] = at
                at += len(entry.reader.pages)
        again = PdfReader(io.BytesIO(_front(plan, opened, starts, agenda_page, options, language)))
        settled = len(again.pages) == len(front.pages)
        front = again
        if settled:
            break
    writer = PdfWriter()
    writer.append(front)
    labels = [""] * len(front.pages)
    writer.add_outline_item(title=say(lambda: translate("Papers", "Agenda")), page_number=agenda_page - 1)
    for index, entry in enumerate(opened):
        if entry.reader is None:
            continue
        step(translate("Papers", "Adding paper {ref}: {name}").format(ref=entry.paper.ref, name=entry.paper.filename))
        label = say(lambda entry=entry: _label(entry.paper))
        writer.add_outline_item(title=label, page_number=len(labels))
        writer.append(entry.reader, import_outline=False)
        labels += [label] * len(entry.reader.pages)
    step(translate("Papers", "Numbering the pages"))
    _stamp(writer, labels, options, say)
    writer.add_metadata({"/Title": plan.title, "/Author": plan.group})
    # The catalog is the writer's own, not the front's: its language is set again for screen readers.
    writer._root_object[NameObject("/Lang")] = TextStringObject(language_tag(language))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _agenda_page(front: PdfReader, say: Callable) -> int:
    """The page the agenda starts on: the first after the contents (cover, contents, agenda)."""
    heading = say(lambda: translate("Papers", "Agenda")).split("\n")[0].split(" / ")[0]
    for number, page in enumerate(front.pages[2:], start=3):
        if heading in (page.extract_text() or ""):
            return number
    return min(3, len(front.pages))


def _stamp(writer: PdfWriter, labels: list[str], options: RenderOptions, say: Callable) -> None:
    """Draws "Page n of N" on every page and the item's label on every paper's page."""
    fonts.register()
    size = 10 if not options.large_print else 13
    style = ParagraphStyle("stamp", fontName=fonts.FONT_REGULAR, fontSize=size, leading=size * 1.2)
    overlay_bytes = io.BytesIO()
    canvas = Canvas(overlay_bytes, initialFontName=fonts.FONT_REGULAR)  # else Helvetica, not embedded
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        page.transfer_rotation_to_content()
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        canvas.setPageSize((width, height))
        canvas.translate(float(box.left), float(box.bottom))
        footer = say(lambda: translate("Papers", "Page {page} of {pages}").format(page=number, pages=total))
        _boxed(canvas, PdfParagraph(fonts.markup(footer), style), width, 14, centre=True)
        label = labels[number - 1]
        if label:
            _boxed(canvas, PdfParagraph(fonts.markup(label, bold=True), style), width, height - 14 - size * 2.6)
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(overlay_bytes)
    for page, stamp in zip(writer.pages, overlay.pages):
        page.merge_page(stamp)


def _boxed(canvas: Canvas, text: PdfParagraph, width: float, y: float, *, centre: bool = False) -> None:
    # A white box under the words keeps them legible over a paper's own margin text.
    room = width - 72
    used, tall = text.wrap(room, 200)
    used = max(text.getActualLineWidths0() or [used])  # the words' own width, not the room given
    x = (width - used) / 2 if centre else 36
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x - 4, y - 3, used + 8, tall + 6, stroke=0, fill=1)
    canvas.restoreState()
    text.drawOn(canvas, x, y)
