"""Every paper, in both formats, made from the demo group and read back."""

import datetime as dt
import shutil
import sqlite3
import subprocess

import pytest
from readback import docx_headers, in_order, paper_text, pdf_pages, squash

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.documents.files import ExportError
from compactdesk.documents.papers.action_plan import GroupBy

FORMATS = (".pdf", ".docx")
GROUP = "Dyfnant Compact Liaison Group"


def make(store, tmp_path, paper: Paper, suffix: str, today, **options) -> list:
    return export(store, ExportRequest(paper, tmp_path / f"{paper.value}{suffix}", today, **options))


def query(path, sql, *args):
    with sqlite3.connect(path) as db:
        return db.execute(sql, args).fetchall()


@pytest.mark.parametrize("suffix", FORMATS)
def test_agenda_lists_the_next_meeting_items_in_order(store, demo_path, tmp_path, today, suffix):
    [path] = make(store, tmp_path, Paper.AGENDA, suffix, today)
    text = paper_text(path)
    meeting_id, starts = query(demo_path, "SELECT id, starts_at FROM meeting WHERE kind='liaison' AND starts_at >= ? "
                                          "ORDER BY starts_at LIMIT 1", today.isoformat())[0]
    titles = [title for (title,) in query(demo_path, "SELECT title FROM agenda_item WHERE meeting_id=? "
                                                     "ORDER BY position", meeting_id)]
    assert len(titles) >= 8
    day = dt.datetime.fromisoformat(starts).date()
    assert day.weekday() == 1 and f"Tuesday {day.day} December 2026" in text
    assert in_order(text, ["Agenda", "Liaison meeting", "Tuesday", "10:00 am", "Neuadd y Sir, Llanfair",
                           "Apologies to", "Elin Griffiths"])
    numbered = [f"{number} {title}" for number, title in enumerate(titles, start=1)]
    assert in_order(text, numbered), text
    assert "Rhodri Owen" in text and "30 min" in text
    assert in_order(text, ["Paper 7a: Draft refreshed compact.pdf", "Paper 7b: Consultation timetable.pdf",
                           "Paper 8: Annual review draft.docx"])
    assert "standing item" in text


@pytest.mark.parametrize("suffix", FORMATS)
def test_draft_minutes_are_marked_draft_on_every_page(store, demo_path, tmp_path, today, suffix):
    [path] = make(store, tmp_path, Paper.MINUTES, suffix, today)  # the last meeting: minutes drafted
    text = paper_text(path)
    assert "DRAFT — not yet approved" in text
    if suffix == ".pdf":
        assert all("DRAFT — not yet approved" in page for page in pdf_pages(path))
    else:
        assert all("DRAFT" in header for header in docx_headers(path))
    assert in_order(text, ["Minutes", "Attendance", "Present", "Apologies", "Absent", "Voluntary and community sector",
                           "1. Welcome", "Łucja Kowalczyk", "Actions agreed", "Feedback requested"])
    assert "Decided:" in text
    # Every item of the meeting, in order, and the feedback asked at it with its officer.
    meeting_id = query(demo_path, "SELECT id FROM meeting WHERE kind='liaison' AND starts_at < ? "
                                  "ORDER BY starts_at DESC LIMIT 1", today.isoformat())[0][0]
    titles = [f"{n}. {t}" for n, (t,) in enumerate(query(demo_path, "SELECT title FROM agenda_item WHERE meeting_id=?"
                                                                     " ORDER BY position", meeting_id), start=1)]
    assert in_order(text, titles)
    asked = query(demo_path, "SELECT f.issue, p.name FROM feedback f JOIN person p ON p.id=f.officer_id "
                             "JOIN agenda_item i ON i.id=f.item_id WHERE i.meeting_id=?", meeting_id)
    assert asked
    for issue, officer in asked:
        assert squash(issue) in text and officer in text
    present = query(demo_path, "SELECT p.name FROM attendance a JOIN person p ON p.id=a.person_id "
                               "WHERE a.meeting_id=? AND a.status='present'", meeting_id)
    assert all(name in text for (name,) in present)


@pytest.mark.parametrize("suffix", FORMATS)
def test_approved_minutes_carry_no_draft_mark(store, demo_path, tmp_path, today, suffix):
    meeting_id = query(demo_path, "SELECT id FROM meeting WHERE kind='liaison' AND status='minutes_approved' "
                                  "ORDER BY starts_at DESC LIMIT 1")[0][0]
    [path] = make(store, tmp_path, Paper.MINUTES, suffix, today, meeting=meeting_id)
    text = paper_text(path)
    assert "DRAFT" not in text
    assert in_order(text, ["Minutes", "Attendance", "Present", "Actions agreed", "Feedback requested"])


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("group_by", list(GroupBy))
def test_action_plan_shows_every_target_with_status_in_words(store, demo_path, tmp_path, today, suffix, group_by):
    [path] = make(store, tmp_path, Paper.ACTION_PLAN, suffix, today, group_by=group_by, since="all")
    text = paper_text(path)
    assert "Everything: every target, open, done or dropped." in text
    targets = query(demo_path, "SELECT title FROM target")
    assert targets and all(squash(title) in text for (title,) in targets)
    for word in ("Done", "Overdue", "Dropped"):
        assert word in text
    assert "Tuesday 24 November 2026" in text
    heading = query(demo_path, "SELECT name FROM code_of_practice WHERE id IN (SELECT code_id FROM target)"
                    if group_by is GroupBy.CODE else
                    "SELECT name FROM organisation WHERE id IN (SELECT partner_id FROM target)")
    assert all(squash(name) in text for (name,) in heading)


def _outstanding(demo_path, today) -> dict[str, list[tuple[str, dt.date]]]:
    """Each officer's unanswered feedback and its due date, worked out here from the rows alone."""
    days = sorted(dt.datetime.fromisoformat(s).date() for (s,) in query(
        demo_path, "SELECT starts_at FROM meeting WHERE kind IN ('liaison','special','annual_review')"))
    owed: dict[str, list[tuple[str, dt.date]]] = {}
    for issue, name, raised, due_on, by_next, answered in query(
            demo_path, "SELECT f.issue, p.name, f.raised_on, f.due_on, f.by_next_meeting, f.answered_on "
                       "FROM feedback f JOIN person p ON p.id = f.officer_id"):
        if answered and dt.date.fromisoformat(answered) <= today:
            continue
        raised = dt.date.fromisoformat(raised)
        after = [day for day in days if day > raised]
        due = (dt.date.fromisoformat(due_on) if due_on else after[0] if by_next and after
               else raised + dt.timedelta(days=28))
        owed.setdefault(name, []).append((issue, due))
    return owed


@pytest.mark.parametrize("suffix", FORMATS)
def test_chase_letters_one_per_officer_with_exactly_their_items(store, demo_path, tmp_path, today, suffix):
    owed = _outstanding(demo_path, today)
    chased = {name for name, items in owed.items() if any(due < today for _, due in items)}
    assert len(chased) >= 5
    written = make(store, tmp_path, Paper.CHASE_LETTERS, suffix, today, each_officer=True)
    assert len(written) == len(chased)
    for path in written:
        officer = next(name for name in chased if path.stem.endswith(name))
        text = paper_text(path)
        assert f"Dear {officer}," in text and "Yours sincerely" in text
        for issue, due in owed[officer]:
            assert squash(issue) in text
        others = [issue for name, items in owed.items() if name != officer for issue, _ in items]
        assert not any(squash(issue) in text for issue in others)
    [combined] = make(store, tmp_path, Paper.CHASE_LETTERS, suffix, today)
    text = paper_text(combined)
    assert in_order(text, [f"Dear {name}," for name in sorted(chased, key=str.casefold)])


def test_each_letter_numbers_its_own_pages(store, tmp_path, today):
    [combined] = make(store, tmp_path, Paper.CHASE_LETTERS, ".pdf", today)
    pages = pdf_pages(combined)
    starts = [page for page in pages if "Dear " in page]
    assert len(starts) >= 5 and all("Page 1 of" in page for page in starts)


@pytest.mark.parametrize("suffix", FORMATS)
def test_one_officer_letter_and_log(store, demo_path, tmp_path, today, suffix):
    [letter] = make(store, tmp_path, Paper.CHASE_LETTERS, suffix, today, officer="llŷr evans")
    assert "Dear Llŷr Evans," in paper_text(letter)
    [log] = make(store, tmp_path, Paper.FEEDBACK_LOG, suffix, today, officer="Llŷr")
    text = paper_text(log)
    assert "Llŷr Evans" in text and "Eleri Jones" not in text
    with pytest.raises(ExportError, match="No one called"):
        make(store, tmp_path, Paper.CHASE_LETTERS, suffix, today, officer="Nobody Atall")


@pytest.mark.parametrize("suffix", FORMATS)
def test_feedback_log_by_officer(store, demo_path, tmp_path, today, suffix):
    [path] = make(store, tmp_path, Paper.FEEDBACK_LOG, suffix, today, since="all")
    text = paper_text(path)
    officers = sorted({name for (name,) in query(demo_path, "SELECT p.name FROM feedback f JOIN person p "
                                                            "ON p.id=f.officer_id")}, key=str.casefold)
    assert in_order(text, officers)
    for words in ("Overdue by", "Answered on time", "days late", "outstanding"):
        assert words in text
    issues = query(demo_path, "SELECT issue FROM feedback")
    assert all(squash(issue) in text for (issue,) in issues)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed")
def test_every_pdf_paper_embeds_every_font(store, tmp_path, today):
    made = [path for paper in Paper for path in make(store, tmp_path, paper, ".pdf", today)]
    for path in made:
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
        at = lines[0].index("emb")
        fonts = [(line.split()[0], line[at:at + 3]) for line in lines[2:]]
        assert fonts and all(embedded == "yes" for _, embedded in fonts), (path.name, fonts)


def test_large_print_takes_more_pages(store, tmp_path, today):
    [normal] = export(store, ExportRequest(Paper.FEEDBACK_LOG, tmp_path / "normal.pdf", today))
    [large] = export(store, ExportRequest(Paper.FEEDBACK_LOG, tmp_path / "large.pdf", today, large_print=True))
    assert len(pdf_pages(large)) > len(pdf_pages(normal))


def test_pack_is_pdf_only(store, tmp_path, today):
    with pytest.raises(ExportError, match="only be a PDF"):
        make(store, tmp_path, Paper.PACK, ".docx", today)
    with pytest.raises(ExportError, match=".pdf or .docx"):
        export(store, ExportRequest(Paper.AGENDA, tmp_path / "agenda.odt", today))
