"""Papers the demo group attaches to its next agenda, made with CompactDesk's own renderers
so the demo needs no files from outside: two PDFs and one Word paper (which the agenda
pack must list as needing to be turned into PDF)."""

from compactdesk.documents.docx import render_docx
from compactdesk.documents.model import (
    BulletList,
    Cell,
    Column,
    Document,
    Heading,
    Paragraph,
    RenderOptions,
    Section,
    Style,
    Table,
)
from compactdesk.documents.pdf import render_pdf

# The pack numbers every page itself; papers written for it leave the numbers out.
_UNNUMBERED = RenderOptions(page_numbers=False)

PRINCIPLES = [
    ("Independence", ("The voluntary and community sector's right to campaign, to comment on and to challenge "
                     "public policy is recognised, whatever funding it receives.")),
    ("Consultation", ("Public bodies consult on changes that affect the sector, with at least twelve weeks for a "
                     "formal written consultation, and publish what they heard and what they changed.")),
    ("Funding", ("Funding decisions come with at least three calendar months' notice of any reduction or end, "
                "and grants to small groups are proportionate to the sums involved.")),
    ("Welsh language", ("Papers, meetings and consultations are offered in Welsh and English; members may speak "
                       "either at any meeting (Cymraeg neu Saesneg — croeso i bawb).")),
    ("Equality", ("Reaching groups that are seldom heard — BME, rural, Polish-speaking and disabled people's "
                 "groups — is part of every commitment, not an afterthought.")),
]


def draft_compact(group: str) -> bytes:
    blocks = [Heading("Dyfnant Compact: draft for consultation", 1),
              Paragraph.of("Refreshed after the council's reorganisation. Comments to the secretary by the end of "
                           "the consultation period, please.", Style.NOTE),
              Heading("Shared principles", 2)]
    for title, text in PRINCIPLES:
        blocks += [Heading(title, 3), Paragraph.of(text)]
    blocks += [Heading("Who signs", 2), BulletList((
        "Dyfnant County Council — Cyngor Sir Dyfnant", "Hywel Môn University Health Board",
        "Dyfnant and Ynys Môn Police", "Mid Dyfnant Fire and Rescue Service", "Coleg Dyfnant",
        "Organisations of the voluntary and community sector that sign up"))]
    return render_pdf(Document("Draft refreshed compact", group, (Section(tuple(blocks)),)), _UNNUMBERED)


def consultation_timetable(group: str) -> bytes:
    rows = (("Draft agreed for consultation", "Liaison meeting"), ("Consultation opens", "12 weeks"),
            ("Drop-in sessions in Llanfair, Llanfor and Aberwen", "During the consultation"),
            ("Responses summarised, with what changed", "Within 6 weeks of closing"),
            ("Signing of the refreshed compact", "At the annual review event"))
    return render_pdf(Document("Consultation timetable", group, (Section((
        Heading("Consultation timetable", 1),
        Table((Column("Step", 3), Column("When", 2)), tuple((Cell(a), Cell(b)) for a, b in rows)))),)), _UNNUMBERED)


def annual_review_draft(group: str) -> bytes:
    return render_docx(Document("Annual review: draft report", group, (Section((
        Heading("Annual review: draft report", 1),
        Paragraph.of("A first draft for members' comments. Figures to be checked against the action plan and the "
                     "feedback log before the annual review event."),)),)))
