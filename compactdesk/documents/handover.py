"""Export everything: every paper of every year and a CSV of every kind of record, for a
new secretary or an archive (File > Export everything; `compactdesk export-all STORE DIR`).

Everything is first written (each file atomically) into a hidden staging folder inside
the target folder; only when all of it is made are the files moved into place, one
os.replace each. A cancelled or failed run therefore leaves the folder as it was.
"""

import csv
import datetime as dt
import enum
import io
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from compactdesk import i18n
from compactdesk.documents.export import Cancelled, ExportRequest, Paper, Progress, export, paper_name
from compactdesk.documents.files import ExportError, safe_name, write_atomic
from compactdesk.documents.handover_history import FILE_NAME as HISTORIES
from compactdesk.documents.handover_history import histories_text
from compactdesk.documents.model import BILINGUAL
from compactdesk.domain.enums import MeetingStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.scope import EVERYTHING_WORD
from compactdesk.i18n import translate
from compactdesk.services import meetings, records
from compactdesk.services.personal import personal_data
from compactdesk.services.review import champion_word, review_years
from compactdesk.store.open import Store

__all__ = ["Cancelled", "HandoverReport", "Skipped", "export_everything"]

README = "README.txt"
_MARK = "CompactDesk handover"  # the first words of README.txt: how a previous handover is recognised
_STAGING = ".compactdesk-handover.part"
# What a spreadsheet takes as the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Skipped:
    what: str  # the file that was not written, relative to the folder
    reason: str


@dataclass
class HandoverReport:
    folder: Path
    written: list[Path] = field(default_factory=list)  # relative to `folder`, in the order written
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class _Job:
    relative: str  # path inside the folder, with "/" separators
    make: object  # callable(staged_path, progress) that writes the file there


def _is_previous_handover(folder: Path) -> bool:
    readme = folder / README
    try:
        return readme.is_file() and readme.read_text(encoding="utf-8-sig").startswith(_MARK)
    except (OSError, UnicodeDecodeError):
        return False


def _ours_to_fill(folder: Path, entries: set[str]) -> bool:
    """Whether a handover may write into a folder holding `entries`: it is empty, or an earlier handover."""
    entries = entries - {_STAGING}
    return not entries or (entries <= {README, HISTORIES, "papers", "data"} and _is_previous_handover(folder))


def folder_for(chosen: Path, stem: str, today: dt.date) -> Path:
    """Where a handover into `chosen` goes: the folder itself when it is empty or an earlier handover,
    else a new folder inside it ("<stem> handover <date>"), so choosing Documents does not fill Documents."""
    try:
        entries = {entry.name for entry in chosen.iterdir()}
    except OSError:
        return chosen  # export_everything says what is wrong with it
    if _ours_to_fill(chosen, entries):
        return chosen
    base = translate("Handover", "{stem} handover {day}").format(stem=stem, day=today.isoformat())
    folder, number = chosen / base, 2
    while folder.exists() and not _is_previous_handover(folder):
        folder, number = chosen / f"{base} ({number})", number + 1
    return folder


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ExportError(translate("Handover", "{path} is a file, not a folder. Choose a folder (an empty one is "
                                                "best).").format(path=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        entries = {entry.name for entry in folder.iterdir()}
    except OSError as error:
        raise ExportError(translate("Handover", "CompactDesk cannot make or read the folder {folder} ({reason}). "
                                                "Choose another folder.")
                          .format(folder=folder, reason=error.strerror or error)) from None
    if not _ours_to_fill(folder, entries):
        raise ExportError(translate("Handover", "The folder {folder} already holds other files. Choose an empty "
                                                "folder, or the folder of an earlier handover to bring it up to date.")
                          .format(folder=folder))


def _previous_files(folder: Path) -> set[str]:
    """The files an earlier handover listed in its README (which lists every file it wrote)."""
    if not _is_previous_handover(folder):
        return set()
    lines = (folder / README).read_text(encoding="utf-8-sig").splitlines()
    return {line.strip() for line in lines if line.strip().startswith(("papers/", "data/")) or line.strip() == HISTORIES}


# -- the records as CSV ------------------------------------------------------------------

def spreadsheet_text(value: str) -> str:
    """Text as a CSV cell that Excel and LibreOffice show as text: a name such as
    '=HYPERLINK(...)' or a phone number '+44 1234' would otherwise be run as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        value = value.value
    # Only text is guarded: a number stored as a number (-5) must stay a number in the spreadsheet.
    return spreadsheet_text(value) if isinstance(value, str) else str(value)


def csv_bytes(header, rows) -> bytes:
    """A CSV file as Excel reads it (UTF-8 with a byte order mark, CRLF), every text cell spreadsheet_text."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(name) for name in header])
    writer.writerows([_cell(value) for value in row] for row in rows)
    # The byte order mark tells Excel the file is UTF-8, so ŵ, ŷ and â show as themselves.
    return buffer.getvalue().encode("utf-8-sig")


def paper_file(paper_id: int, filename: str) -> str:
    """Where an attached agenda paper goes, relative to the handover folder."""
    return f"data/papers/{paper_id} {safe_name(filename, 120)}"


def _table_csv(session, name: str) -> bytes:
    # The rows stream from the store while the CSV is written, within this one session.
    table = records.table_records(session, name)
    header, rows = list(table.columns), table.rows
    if name == "agenda_paper":  # where each attached paper's file is in the handover
        at = header.index("filename")
        header.append("file")
        rows = ((*row, paper_file(row[0], row[at])) for row in rows)
    return csv_bytes(header, rows)


# -- what to write -----------------------------------------------------------------------

def _paper_job(store: Store, relative: str, request_args: dict) -> _Job:
    def make(path: Path, tick: Progress) -> None:
        export(store, ExportRequest(out=path, **request_args), tick)
    return _Job(relative, make)


def _bytes_job(relative: str, data_source) -> _Job:
    return _Job(relative, lambda path, tick: write_atomic(path, data_source()))


def _unique(relative: str, taken: set[str]) -> str:
    stem, dot, suffix = relative.rpartition(".")
    candidate, count = relative, 1
    while candidate in taken:
        count += 1
        candidate = f"{stem} ({count}){dot}{suffix}"
    taken.add(candidate)
    return candidate


def _jobs(store: Store, today: dt.date, language: str) -> list[_Job]:
    held = {status for status in MeetingStatus if status.step >= MeetingStatus.HELD.step}

    def plan(session):
        every_meeting = [(m.id, m.starts_at, m.status) for m in meetings.list_meetings(session)]
        return every_meeting, review_years(session, today), records.record_tables(session), \
            records.attached_papers(session)

    every_meeting, years, tables, attached = store.run(plan)
    jobs: list[_Job] = []
    taken: set[str] = set()
    agenda, minutes = paper_name(Paper.AGENDA, language), paper_name(Paper.MINUTES, language)
    same = {"today": today, "language": language}
    for ident, starts_at, status in every_meeting:
        day = starts_at.date().isoformat()
        base = f"papers/{starts_at.year}/{day}"
        jobs.append(_paper_job(store, _unique(f"{base} {safe_name(agenda)}.pdf", taken),
                               {"paper": Paper.AGENDA, "meeting": ident, **same}))
        if status in held:
            jobs.append(_paper_job(store, _unique(f"{base} {safe_name(minutes)}.pdf", taken),
                                   {"paper": Paper.MINUTES, "meeting": ident, **same}))
    for paper in (Paper.ACTION_PLAN, Paper.FEEDBACK_LOG, Paper.CHASE_LETTERS):
        # A handover is the whole record: the scoped papers take everything, not what a meeting needs.
        scope = {"since": EVERYTHING_WORD} if paper.scoped else {}
        jobs.append(_paper_job(store, _unique(f"papers/{today.isoformat()} {paper_name(paper, language)}.pdf",
                                              taken), {"paper": paper, **same, **scope}))
    for year in sorted(years):
        for suffix in (".pdf", ".docx"):
            relative = _unique(f"papers/{year}/{year} {paper_name(Paper.ANNUAL_REVIEW, language)}{suffix}", taken)
            jobs.append(_paper_job(store, relative, {"paper": Paper.ANNUAL_REVIEW, "year": year, **same}))
    jobs.append(_bytes_job(_unique(HISTORIES, taken), lambda: store.run(histories_text, today, language)))
    for name in tables:
        jobs.append(_bytes_job(f"data/{name}.csv", lambda name=name: store.run(_table_csv, name)))
    for ident, filename in attached:
        jobs.append(_bytes_job(paper_file(ident, filename),
                               lambda ident=ident: store.run(meetings.paper_content, ident) or b""))
    return jobs


def _readme(store: Store, today: dt.date, written: list[str], skipped: list[Skipped], language: str) -> bytes:
    """In the papers' language; a bilingual handover's README in Welsh, then in English."""
    if language == BILINGUAL:
        lines = _readme_lines(store, today, written, skipped, i18n.WELSH) + ["", ""] + _readme_lines(
            store, today, written, skipped, i18n.ENGLISH)
    else:
        lines = _readme_lines(store, today, written, skipped, language)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def _readme_lines(store: Store, today: dt.date, written: list[str], skipped: list[Skipped], language: str) \
        -> list[str]:
    with i18n.speaking(language):
        return _readme_words(store, today, written, skipped)


def _readme_words(store: Store, today: dt.date, written: list[str], skipped: list[Skipped]) -> list[str]:
    lines = [
        f"{_MARK} — {store.label} — {today.isoformat()}",
        "",
        translate("Handover", "Everything this group's file holds, exported on {day} for a new secretary or an "
                              "archive.")
        .format(day=today.isoformat()),
        "",
        translate("Handover", "papers/ — every paper: for each meeting its agenda and, once held, its minutes "
                              "(papers/<year>/<date> …); the action plan, feedback log and chase letters as they "
                              "stand today; the annual review of every year as PDF and Word."),
        translate("Handover", "data/ — one CSV file for each kind of record (UTF-8, opens in Excel), with a header "
                              "row of column names and dates written as YYYY-MM-DD. Rows point at each other by "
                              "their id columns."),
        translate("Handover", "A text cell that would begin with =, +, -, @, a tab or a carriage return starts with "
                              "an added ' so that a spreadsheet shows it as text and never runs it as a formula; "
                              "the ' is not part of the record."),
        translate("Handover", "data/papers/ — the papers attached to agenda items, named by their id in "
                              "data/agenda_paper.csv and their original name."),
        translate("Handover", "{file} — who and since when: the compact's lead councillor and lead officer, each "
                              "department's {champion}, each code's steps, the resources behind the compact, the "
                              "group's make-up and its empty seats, each with its days and notes.")
        .format(file=HISTORIES, champion=store.run(champion_word)),
        "",
        translate("Handover", "Files:"),
        *written,
    ]
    if skipped:
        lines += ["", translate("Handover", "Not written:"), *(f"{item.what}: {item.reason}" for item in skipped)]
    return lines


def export_everything(store: Store, folder: Path, today: dt.date, progress: Progress | None = None,
                      language: str | None = None) -> HandoverReport:
    """Writes every paper (in `language`: "en", "cy" or "both"; the interface's when None) and every record into
    `folder`; returns what was written and what was skipped (with why). Raises ExportError when the folder
    cannot be used, and Cancelled when `progress` asks to stop, leaving the folder as it was."""
    report = progress or (lambda done, total, text: None)
    folder = Path(folder)
    _check_folder(folder)
    staging = folder / _STAGING
    shutil.rmtree(staging, ignore_errors=True)  # what a crashed run left behind
    result = HandoverReport(folder)
    try:
        report(0, 0, translate("Handover", "Reading the records"))
        language = language or i18n.interface()
        jobs = _jobs(store, today, language)
        total = len(jobs) + 2
        written: list[str] = []
        for done, job in enumerate(jobs):
            words = translate("Handover", "Writing {name}").format(name=job.relative)
            report(done, total, words)
            staged = staging / job.relative
            staged.parent.mkdir(parents=True, exist_ok=True)

            def tick(_done, _total, _words, done=done, words=words):
                report(done, total, words)  # the same step again: a Cancel pressed in a long paper is heard
            try:
                job.make(staged, tick)
                written.append(job.relative)
            except Cancelled:
                raise
            except (ExportError, ValidationError) as error:  # e.g. a paper removed since the run began
                result.skipped.append(Skipped(job.relative, error.message))
            except Exception as error:  # noqa: BLE001 - one bad paper must not lose all the others
                result.skipped.append(Skipped(job.relative, f"{type(error).__name__}: {error}"))
        write_atomic(staging / README, _readme(store, today, written, result.skipped, language))
        # The last chance to stop: once moving starts, every file is put in place.
        report(len(jobs), total, translate("Handover", "Putting %n file(s) in place", None, total))
        stale = _previous_files(folder) - set(written)
        for relative in [*written, README]:
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative, target)
            result.written.append(Path(relative))
        inside = folder.resolve()
        for relative in stale:  # an earlier handover's file for something no longer in the store
            path = (folder / relative).resolve()
            if path.is_relative_to(inside) and path.is_file():
                path.unlink()
    except OSError as error:
        raise ExportError(translate("Handover", "The handover could not be written in {folder} ({reason}). Check "
                                                "that the disk has space and is still connected, then try again.")
                          .format(folder=folder, reason=error.strerror or error)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report(total, total, translate("Handover", "Done"))
    return result


def export_personal_data(session, person_id: int, path: Path) -> Path:
    """Writes everything held on one person (services.personal.personal_data) as UTF-8 JSON, atomically."""
    data = personal_data(session, person_id)
    write_atomic(Path(path), (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return Path(path)
