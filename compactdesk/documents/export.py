"""Making a paper: choose it, build it once, render it in the format its file name asks
for, and write it safely. The one entry point for the command line and the window."""

import datetime as dt
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from compactdesk.documents.bilingual import in_languages, merge_named
from compactdesk.documents.files import ExportError, safe_name, write_atomic
from compactdesk.documents.model import BILINGUAL, Document, RenderOptions
from compactdesk.documents.papers.action_plan import GroupBy, build_action_plan
from compactdesk.documents.papers.agenda import build_agenda
from compactdesk.documents.papers.annual_review import build_annual_review
from compactdesk.documents.papers.chase_letters import all_in_one, chase_letters
from compactdesk.documents.papers.feedback_log import build_feedback_log
from compactdesk.documents.papers.minutes import build_minutes
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import QT_TRANSLATE_NOOP, translate
from compactdesk.services.meetings import meeting_row
from compactdesk.services.papers import choose_meeting, choose_scope
from compactdesk.store.open import Store

__all__ = ["LANGUAGES", "Cancelled", "ExportError", "ExportRequest", "Paper", "export", "suggested_name"]

# The languages a paper can be made in: English, Welsh, or both in one paper (Welsh first).
LANGUAGES = ("en", "cy", BILINGUAL)


class Paper(StrEnum):
    AGENDA = "agenda"
    PACK = "pack"
    MINUTES = "minutes"
    ACTION_PLAN = "action-plan"
    FEEDBACK_LOG = "feedback-log"
    CHASE_LETTERS = "chase-letters"
    ANNUAL_REVIEW = "annual-review"

    def label(self) -> str:
        return translate("Papers", _LABELS[self])

    @property
    def formats(self) -> tuple[str, ...]:
        """The file types it can be written as, the usual one first."""
        return (".pdf",) if self is Paper.PACK else (".pdf", ".docx")

    @property
    def for_meeting(self) -> str | None:
        """"next" or "last": which meeting it is for when none is named; None when not for a meeting."""
        return {Paper.AGENDA: "next", Paper.PACK: "next", Paper.MINUTES: "last"}.get(self)

    @property
    def for_officers(self) -> bool:
        return self in (Paper.FEEDBACK_LOG, Paper.CHASE_LETTERS)

    @property
    def scoped(self) -> bool:
        """Whether it takes a scope: what is open, plus what closed since a day (ExportRequest.since)."""
        return self in (Paper.FEEDBACK_LOG, Paper.ACTION_PLAN)


_LABELS = {
    Paper.AGENDA: QT_TRANSLATE_NOOP("Papers", "Agenda"),
    Paper.PACK: QT_TRANSLATE_NOOP("Papers", "Agenda pack"),
    Paper.MINUTES: QT_TRANSLATE_NOOP("Papers", "Minutes"),
    Paper.ACTION_PLAN: QT_TRANSLATE_NOOP("Papers", "Action plan"),
    Paper.FEEDBACK_LOG: QT_TRANSLATE_NOOP("Papers", "Feedback log"),
    Paper.CHASE_LETTERS: QT_TRANSLATE_NOOP("Papers", "Chase letters"),
    Paper.ANNUAL_REVIEW: QT_TRANSLATE_NOOP("Papers", "Annual review"),
}


class Cancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


# (step done, steps in all, what is happening now); may raise Cancelled.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportRequest:
    paper: Paper
    out: Path
    today: dt.date
    meeting: int | str | None = None  # a meeting's id, "next" or "last"; the paper's own default when None
    officer: str | None = None  # feedback log and chase letters: one officer only
    large_print: bool = False
    group_by: GroupBy = GroupBy.CODE  # action plan
    each_officer: bool = False  # chase letters: one file per officer instead of all in one
    year: int | None = None  # annual review: the year it covers; the one before `today`'s when None
    # Feedback log and action plan: what was answered, done or dropped since this day (a date, or its text)
    # besides everything still open; "all" for everything; None for what a meeting needs (domain/scope.py).
    since: dt.date | str | None = None
    language: str = "en"  # "en", "cy" or "both" (one paper with the Welsh first)

    @property
    def review_year(self) -> int:
        return self.year if self.year is not None else default_review_year(self.today)


def default_review_year(today: dt.date) -> int:
    """The year a review is most likely wanted for: last year until the autumn, then this one."""
    return today.year if today.month >= 10 else today.year - 1


def _suffix(request: ExportRequest) -> str:
    suffix = Path(request.out).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise ExportError(translate("Papers", "Give a file name ending in .pdf or .docx: the ending says which "
                                              "format to write."))
    if suffix not in request.paper.formats:
        raise ExportError(translate("Papers", "The agenda pack joins PDF papers, so it can only be a PDF. "
                                              "Give a file name ending in .pdf."))
    return suffix


def _renderer(suffix: str):
    # reportlab, python-docx, pypdf and Pillow load here, on the first paper, not with the window (issue 15).
    if suffix == ".pdf":
        from compactdesk.documents.pdf import render_pdf

        return render_pdf
    from compactdesk.documents.docx import render_docx

    return render_docx


def _build(session, request: ExportRequest) -> list[tuple[str, Document]]:
    """The paper's documents in its language, or in Welsh and English merged (documents/bilingual.py). The
    meeting and the scope are chosen first, in the interface's language: a mistake is said in the words of
    the person who asked."""
    paper, today, language = request.paper, request.today, request.language
    if paper is Paper.CHASE_LETTERS:
        try:
            letters = in_languages(language, lambda: chase_letters(session, today, request.officer), merge_named)
        except ValidationError:
            chase_letters(session, today, request.officer)  # nothing to chase: said again, in the asker's words
            raise
        if request.each_officer:
            return letters
        return [("", in_languages(language, lambda: all_in_one(letters, today)))]
    if paper.for_meeting:
        meeting_id = choose_meeting(session, request.meeting, today, paper.for_meeting)
        build = build_agenda if paper is Paper.AGENDA else build_minutes
        return [("", in_languages(language, lambda: build(session, meeting_id, today)))]
    if paper is Paper.ANNUAL_REVIEW:
        return [("", in_languages(language, lambda: build_annual_review(session, request.review_year, today)))]
    scope = choose_scope(session, request.since, today)
    if paper is Paper.ACTION_PLAN:
        return [("", in_languages(language, lambda: build_action_plan(session, today, request.group_by, scope)))]
    return [("", in_languages(language, lambda: build_feedback_log(session, today, request.officer, scope)))]


def _targets(out: Path, names: list[str]) -> list[Path]:
    """The file for each part: `out` itself, or "<stem> – <officer>" beside it, never two the same."""
    paths: list[Path] = []
    for name in names:
        path, count = (out if not name else out.with_name(f"{out.stem} – {safe_name(name)}{out.suffix}")), 1
        while path in paths:
            count += 1
            path = out.with_name(f"{out.stem} – {safe_name(name)} ({count}){out.suffix}")
        paths.append(path)
    return paths


class _Ticks:
    """A renderer's progress (done, total) within paper `index` of `papers` (and the writing, the last
    step), passed on as the export's: at most every REPORT_EVERY seconds, since each report is a message
    to the window; the window's Cancel is heard at a report, so they must come at least that often.
    The renderers tick at least once a page (PDF) or every few hundred rows (Word)."""

    PER_PAPER = 1000  # steps each paper counts for, so the bar moves smoothly however many there are
    REPORT_EVERY = 0.1  # seconds

    def __init__(self, report, index: int, papers: int, words: str):
        self.report, self.index, self.papers, self.words = report, index, papers, words
        self.last = -math.inf

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < self.REPORT_EVERY:
            return
        self.last = now
        within = min(done * self.PER_PAPER // max(total, 1), self.PER_PAPER - 1)
        self.report(self.index * self.PER_PAPER + within, self.papers * self.PER_PAPER, self.words)


def export(store: Store, request: ExportRequest, progress: Progress | None = None) -> list[Path]:
    """Makes the paper and writes it; returns the files written. Raises ExportError (with a
    message to show) when it cannot, and Cancelled when `progress` asks to stop."""
    report = progress or (lambda done, total, text: None)
    out = Path(request.out)
    suffix = _suffix(request)
    if request.language not in LANGUAGES:
        raise ExportError(translate("Papers", "A paper can be made in English (en), Welsh (cy) or both; "
                                              "'{language}' is none of these.").format(language=request.language))
    options = RenderOptions(large_print=request.large_print)
    report(0, 0, translate("Papers", "Reading the records"))
    try:
        if request.paper is Paper.PACK:
            from compactdesk.documents.papers.pack import assemble_pack, merge_plans, plan_pack

            def plan_it(session):
                meeting_id = choose_meeting(session, request.meeting, request.today, "next")
                return in_languages(request.language, lambda: plan_pack(session, meeting_id, request.today),
                                    merge_plans)

            plan = store.run(plan_it)
            steps = len(plan.papers) + 3
            done = iter(range(1, steps + 1))
            outputs = [(out, assemble_pack(plan, options, lambda text: report(next(done, steps), steps, text),
                                           language=request.language))]
        else:
            built = store.run(_build, request)
            render = _renderer(suffix)
            outputs = []
            for index, ((name, document), path) in enumerate(zip(built, _targets(out, [n for n, _ in built]))):
                words = translate("Papers", "Laying out {title}").format(title=document.title)
                ticks = _Ticks(report, index, len(built) + 1, words)
                ticks(0, 1)
                outputs.append((path, render(document, options, ticks)))
    except ValidationError as error:
        raise ExportError(error.message) from None
    # The last chance to stop: once writing starts, every file is written.
    count = len(outputs)
    steps = 1 if request.paper is Paper.PACK else _Ticks.PER_PAPER
    report(len(outputs) * steps, (len(outputs) + 1) * steps, translate("Papers", "Writing %n file(s)", None, count))
    for path, data in outputs:
        write_atomic(path, data)
    return [path for path, _ in outputs]


def suggested_name(store: Store, paper: Paper, today: dt.date, meeting: int | str | None = None,
                   suffix: str = ".pdf", year: int | None = None, language: str | None = None) -> str:
    """A file name a secretary would give it, e.g. "Agenda 2026-12-08.pdf"; the meeting's day for meeting papers.
    In the paper's language when one is given: "Cofnodion 2026-12-08.pdf", or for both "Cofnodion – Minutes …"."""
    day = today
    if paper is Paper.ANNUAL_REVIEW:
        return f"{paper_name(paper, language)} {default_review_year(today) if year is None else year}{suffix}"
    if paper.for_meeting:
        try:
            day = store.run(lambda session: meeting_row(
                session, choose_meeting(session, meeting, today, paper.for_meeting), today).starts_at.date())
        except ValidationError:
            pass
    return f"{paper_name(paper, language)} {day.isoformat()}{suffix}"


def paper_name(paper: Paper, language: str | None = None) -> str:
    """The paper's name for a file: in `language` (the interface's when None), Welsh first for both."""
    if language is None:
        return paper.label()
    name = in_languages(language, paper.label, lambda welsh, english: welsh if welsh == english
                        else f"{welsh} – {english}")
    return safe_name(str(name))
