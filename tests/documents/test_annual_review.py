"""The demo group's annual review, in both formats, read back: every figure in it is
counted again here, straight from the store's tables with plain SQL and the compact's
published rules, without CompactDesk's own services."""

import datetime as dt
import io
import math
import sqlite3
import statistics
from dataclasses import dataclass

import pytest
from dateutil.relativedelta import relativedelta
from docx import Document as WordDocument
from readback import in_order, paper_text, pdf_text

from compactdesk.documents.export import ExportRequest, Paper, export, suggested_name
from compactdesk.documents.files import ExportError
from compactdesk.store import open_store

YEAR = 2026
FORMATS = (".pdf", ".docx")


def d(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text[:10])


def pct(part: int, whole: int) -> str:
    return "no figure" if whole == 0 else f"{math.floor(100 * part / whole + 0.5)}%"


@dataclass
class Counted:
    meetings: int
    public: str
    vcs: str
    targets_due: int
    targets_done: int
    targets_overdue: int
    feedback_raised: int
    feedback_on_time: int
    feedback_late: int
    feedback_overdue: int
    feedback_median: int
    consultations: int
    consultations_met: int
    consultations_short: int
    responses: int
    notices: int
    notices_ok: int
    disputes_opened: int
    disputes_resolved: int
    disputes_open: int
    signed: int
    signed_new: int
    small: int
    bme: int
    codes_in_force: int
    codes_adopted: int
    codes_reviewed: int
    relationship_mean: str


def count(path, year: int, today: dt.date) -> Counted:
    end = min(today, dt.date(year, 12, 31))
    start = dt.date(year, 1, 1)
    db = sqlite3.connect(path)
    q = db.execute

    # Meetings of the group held in the year, and the seats filled at each (holder present, or a substitute).
    meetings = [(m, d(at)) for m, at in q(
        "SELECT id, starts_at FROM meeting WHERE kind IN ('liaison', 'special', 'annual_review') "
        "AND status IN ('held', 'minutes_drafted', 'minutes_approved') ORDER BY starts_at")
        if start <= d(at) <= end]
    seats = {True: [0, 0], False: [0, 0]}
    for meeting, day in meetings:
        holders = {person: sector for person, sector, s, e in q(
            "SELECT t.person_id, s.sector, t.start_on, t.end_on FROM seat_term t JOIN seat s ON s.id = t.seat_id")
            if d(s) <= day and (e is None or day <= d(e))}
        records = q("SELECT person_id, status, substitute_for_id FROM attendance WHERE meeting_id = ?",
                    (meeting,)).fetchall()
        if not records:
            continue  # no register was taken
        present = {p for p, status, _ in records if status == "present"}
        present |= {sub for _, status, sub in records if status == "substitute"}
        for person, sector in holders.items():
            seats[sector != "vcs"][0] += 1
            seats[sector != "vcs"][1] += person in present

    # Targets whose deadline fell in the year.
    due = done = overdue = 0
    for deadline, completed, dropped in q("SELECT deadline, completed_on, dropped_on FROM target"):
        if not start <= d(deadline) <= dt.date(year, 12, 31):
            continue
        if dropped is not None and d(dropped) <= end:
            continue
        due += 1
        if completed is not None and d(completed) <= end:
            done += 1
        elif end > d(deadline):
            overdue += 1

    # Feedback asked for in the year; due by its own date, the next meeting, or 28 days.
    (feedback_days,) = q("SELECT feedback_days FROM compact").fetchone()
    meeting_days = sorted(d(at) for (at,) in q(
        "SELECT starts_at FROM meeting WHERE kind IN ('liaison', 'special', 'annual_review')"))
    on_time = late = waiting = raised_count = 0
    answer_days = []
    for raised, due_on, by_next, answered in q("SELECT raised_on, due_on, by_next_meeting, answered_on FROM feedback"):
        raised = d(raised)
        if not start <= raised <= end:
            continue
        raised_count += 1
        following = next((m for m in meeting_days if m > raised), None)
        owed = d(due_on) or (following if by_next and following else raised + dt.timedelta(days=feedback_days))
        answered = d(answered)
        if answered is not None and answered <= end:
            answer_days.append((answered - raised).days)
            if answered <= owed:
                on_time += 1
            else:
                late += 1
        elif end > owed:
            waiting += 1

    # Consultations closing in the year, against 12 weeks and feedback within 12 weeks of closing.
    consultations = met = short = responses = 0
    for opens, closes, reason, told, answers in q(
            "SELECT opens_on, closes_on, short_reason, feedback_on, responses FROM consultation"):
        opens, closes, told = d(opens), d(closes), d(told)
        if not start <= closes <= end:
            continue
        consultations += 1
        responses += answers or 0
        too_short = (closes - opens).days + 1 < 12 * 7 and not reason.strip()  # both ends counted
        short += too_short
        told_by = closes + dt.timedelta(weeks=12)
        late_feedback = (told > told_by) if told is not None and told <= end else end > told_by
        met += not too_short and not late_feedback

    # Funding notices given in the year, against three calendar months.
    notices = ok = 0
    for given, effective in q("SELECT given_on, effective_on FROM funding_notice"):
        if start <= d(given) <= end:
            notices += 1
            ok += d(effective) >= d(given) + relativedelta(months=3)

    disputes = q("SELECT raised_on, resolved_on FROM dispute").fetchall()
    opened = sum(start <= d(r) <= end for r, _ in disputes)
    resolved = sum(s is not None and start <= d(s) <= end for _, s in disputes)
    still_open = sum(d(r) <= end and (s is None or d(s) > end) for r, s in disputes)

    signatures = q("SELECT organisation_id, signed_on, lapsed_on FROM sign_up").fetchall()
    signed = {o for o, s, lapsed in signatures if d(s) <= end and (lapsed is None or end < d(lapsed))}
    first = {}
    for o, s, _ in signatures:
        first[o] = min(first.get(o, d(s)), d(s))
    tags = q("SELECT organisation_id, tag FROM organisation_tag").fetchall()

    codes = q("SELECT id, status, adopted_on FROM code_of_practice").fetchall()
    in_force = sum(status in ("adopted", "under_review") and adopted is not None and d(adopted) <= end
                   for _, status, adopted in codes)
    adopted_in_year = sum(a is not None and start <= d(a) <= end for _, _, a in codes)
    reviewed = len({c for c, on in q("SELECT code_id, \"on\" FROM code_review") if start <= d(on) <= end})

    ratings = [r for on, r in q("SELECT \"on\", rating FROM relationship_rating") if start <= d(on) <= end]
    db.close()
    return Counted(
        len(meetings), pct(seats[True][1], seats[True][0]), pct(seats[False][1], seats[False][0]),
        due, done, overdue, raised_count, on_time, late, waiting, round(statistics.median(answer_days)),
        consultations, met, short, responses, notices, ok, opened, resolved, still_open,
        len(signed), sum(day.year == year and day <= end for day in first.values()),
        sum(1 for o, t in tags if t == "small" and o in signed), sum(1 for o, t in tags if t == "bme" and o in signed),
        in_force, adopted_in_year, reviewed, f"{round(sum(ratings) / len(ratings), 1):g}")


@pytest.fixture(scope="module")
def papers(demo_master, tmp_path_factory):
    """The review written once in each format (the figures are the same in both)."""
    out = tmp_path_factory.mktemp("review")
    with open_store(demo_master) as store:
        written = {suffix: export(store, ExportRequest(Paper.ANNUAL_REVIEW, out / f"review{suffix}",
                                                       dt.date(2026, 11, 24), year=YEAR))[0]
                   for suffix in FORMATS}
    return written


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_figure_in_the_review_is_the_count_of_the_records(papers, demo_master, today, suffix):
    c = count(demo_master, YEAR, today)
    text = paper_text(papers[suffix])
    # Figures the demo must really exercise, so that a match below means something.
    assert c.meetings >= 3 and c.targets_due >= 5 and c.consultations >= 3 and c.notices >= 3
    assert c.disputes_opened >= 2 and c.signed >= 10 and 0 < c.consultations_met < c.consultations
    assert 0 < c.notices_ok < c.notices and c.feedback_late and c.feedback_overdue
    expected = [
        f"{c.meetings} meetings held.",
        (f"Statutory partners filled {c.public} of their seats at meetings; the voluntary and community sector "
         f"{c.vcs}."),
        (f"{c.targets_done} of {c.targets_done + c.targets_overdue} targets that fell due done "
         f"({pct(c.targets_done, c.targets_done + c.targets_overdue)}); {c.targets_overdue} overdue; "
         f"{c.targets_due - c.targets_done - c.targets_overdue} due later in the year"),
        f"Targets due in the year: {c.targets_due}",
        f"Overdue: {c.targets_overdue}",
        f"Done, of those that fell due: {pct(c.targets_done, c.targets_done + c.targets_overdue)}",
        f"Asked for in the year: {c.feedback_raised}",
        f"Answered on time: {c.feedback_on_time}",
        f"Answered late: {c.feedback_late}",
        f"Overdue, still unanswered: {c.feedback_overdue}",
        ("Answered on time, of those that have come due: "
         f"{pct(c.feedback_on_time, c.feedback_on_time + c.feedback_late + c.feedback_overdue)}"),
        f"Median time from being asked to being answered: {c.feedback_median} days",
        (f"{c.consultations_met} of {c.consultations} consultations met the standard "
         f"({pct(c.consultations_met, c.consultations)}). {c.consultations_short} ran short with no reason given"),
        f"Responses received: {c.responses}.",
        f"{c.notices_ok} of {c.notices} notices gave enough notice ({pct(c.notices_ok, c.notices)}).",
        f"{c.disputes_opened} opened in the year",
        f"{c.disputes_resolved} resolved; {c.disputes_open} still open at the year's end.",
        (f"{c.codes_in_force} of 8 codes in force at the year's end; {c.codes_adopted} adopted and "
         f"{c.codes_reviewed} reviewed in the year"),
        f"{c.signed} organisations signed up at the year's end",
        f"{c.signed_new} new in the year.",
        f"Small {c.small}",
        f"BME {c.bme}",
        f"Rated {c.relationship_mean} of 5 on average",
    ]
    for sentence in expected:
        assert sentence in text, sentence


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_review_runs_in_the_order_of_the_issue(papers, suffix):
    text = paper_text(papers[suffix])
    assert in_order(text, [
        "Annual review 2026", "Dyfnant Compact Liaison Group — 1 January to 31 December 2026", "Summary",
        "A year of rebuilding", "Meetings and attendance", "Seats filled at each meeting, by sector",
        "The action plan: achieved against plan", "Feedback from officers",
        "Consultations and funding notices against the standards", "Library service review", "Too short",
        "Funding notices (standard: at least 3 calendar months' notice)", "Disputes",
        "Youth forum funding ended with one month's notice", "Codes of practice", "Sign-up",
        "The monitoring framework", "Baseline", "Inputs", "Process", "Outputs", "Outcomes",
        "Partnership health-check", "Improving understanding", "Funding it better",
        "The relationship between the sectors", "Priorities for 2027", "Fill the small and unfunded groups",
        "Change from 2025"])
    assert "The year is not over: figures as they stood on Tuesday 24 November 2026." in text


def test_the_word_review_carries_the_chart_as_a_described_picture(papers):
    word = WordDocument(io.BytesIO(papers[".docx"].read_bytes()))
    pictures = word.inline_shapes
    assert len(pictures) == 1
    described = pictures[0]._inline.docPr.get("descr")
    assert "statutory partners filled" in described


def test_the_review_of_a_year_with_no_records_says_so(demo_path, tmp_path, today):
    with open_store(demo_path) as store:
        (path,) = export(store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / "old.pdf", today, year=2001))
    text = pdf_text(path)
    for words in ("No meetings of the group were held in the year.", "No action-plan targets fell due in the year.",
                  "No consultations closed in the year.", "No disputes were open during the year."):
        assert words in text
    assert "Change from 2000" not in text


@pytest.mark.parametrize(("year", "words"), [(2027, "2027 has not begun yet"), (1989, "Choose a year from 1990"),
                                             (1, "Choose a year from 1990")])
def test_a_year_that_has_not_begun_or_is_too_early_is_refused_in_words(demo_path, tmp_path, today, year, words):
    with open_store(demo_path) as store, pytest.raises(ExportError) as refused:
        export(store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / "review.pdf", today, year=year))
    assert words in refused.value.message
    assert not (tmp_path / "review.pdf").exists()


def test_the_review_is_named_after_its_year(demo_path, today):
    with open_store(demo_path) as store:
        assert suggested_name(store, Paper.ANNUAL_REVIEW, today, suffix=".docx") == "Annual review 2026.docx"
