"""Importing a spreadsheet of people, organisations, seats, targets or feedback: the plan, then the writing.

The window, the set-up assistant and the command line all come through here (no Qt). plan_import reads each row as
the matching says, and tries it exactly as run_import would write it (through the services, each row as if in a
SAVEPOINT of its own: see _write_rows) inside a SAVEPOINT it always rolls back: so the preview's every "refused" is the
services' own rule, and nothing is kept. run_import does the same for real, in the caller's transaction, so the whole
import is one undo step; what a refused row began is rolled back, leaving nothing of it, while the other rows are kept.
A first name and a surname in columns of their own are joined into the name as the row is read.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import (
    FIRST_NAME,
    SURNAME,
    ImportField,
    ImportKind,
    Matching,
    import_fields,
    joined_name,
    missing_required,
    whole_name_key,
)
from compactdesk.domain.names import name_key
from compactdesk.i18n import QT_TRANSLATE_NOOP, translate
from compactdesk.services.file_refusals import quoted
from compactdesk.services.import_records import Records, RowWork
from compactdesk.services.import_rows import WRITERS
from compactdesk.services.import_values import (
    DATE_FIELDS,
    cell_text,
    read_date,
    read_fill,
    read_sector,
    read_text,
    read_yes_no,
    uk_numeric_date,
)
from compactdesk.services.spreadsheet import Sheet

_BATCH = 50  # rows written in one savepoint, unless one of them is refused (see _write_rows)
_SHOWN_AT_MOST = 1000  # characters of one cell in the preview; the whole text is still what is written


class Outcome(StrEnum):
    NEW = "new"
    MATCHED = "matched"
    REFUSED = "refused"
    BLANK = "blank"

    def label(self) -> str:
        return translate("Import", _OUTCOME_LABELS[self.value])


_OUTCOME_LABELS = {
    "new": QT_TRANSLATE_NOOP("Import", "New"),
    "matched": QT_TRANSLATE_NOOP("Import", "Already held"),
    "refused": QT_TRANSLATE_NOOP("Import", "Refused"),
    "blank": QT_TRANSLATE_NOOP("Import", "Empty"),
}


@dataclass(frozen=True)
class Problem:
    row: int | None
    message: str


@dataclass(frozen=True)
class OrganisationQuestion:
    typed: str
    candidates: tuple[tuple[int, str], ...]
    rows: tuple[int, ...]


@dataclass(frozen=True)
class PlannedRow:
    number: int
    values: dict[str, object]
    shown: dict[str, str]
    outcome: Outcome
    note: str


@dataclass(frozen=True)
class ImportPlan:
    kind: ImportKind
    matching: Matching
    rows: tuple[PlannedRow, ...]
    questions: tuple[OrganisationQuestion, ...]
    problems: tuple[Problem, ...]

    def _count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def new(self) -> int:
        return self._count(Outcome.NEW)

    @property
    def matched(self) -> int:
        return self._count(Outcome.MATCHED)

    @property
    def refused(self) -> int:
        return self._count(Outcome.REFUSED)


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[tuple[int, str], ...]
    matched: tuple[tuple[int, str], ...]
    refused: tuple[Problem, ...]


Answers = Mapping[str, int | None]

# What a column holds, in the words of "Choose which column holds …", for the fields a kind cannot do without.
_HOLDS = {
    ("people", "name"): QT_TRANSLATE_NOOP("Import", "the names (or which two hold the first names and the "
                                                     "surnames)"),
    ("organisations", "name"): QT_TRANSLATE_NOOP("Import", "the organisations' names"),
    ("seats", "seat"): QT_TRANSLATE_NOOP("Import", "the seats' titles"),
    ("targets", "title"): QT_TRANSLATE_NOOP("Import", "the targets"),
    ("feedback", "issue"): QT_TRANSLATE_NOOP("Import", "the issues raised"),
    ("feedback", "officer"): QT_TRANSLATE_NOOP("Import", "the officers' names"),
    ("feedback", "raised_on"): QT_TRANSLATE_NOOP("Import", "the dates they were raised"),
}


def plan_import(session: Session, sheet: Sheet, kind: ImportKind, matching: Matching, *, today: dt.date,
                answers: Answers | None = None) -> ImportPlan:
    """Every row below the header as it would be imported; writes nothing."""
    return _go(session, sheet, ImportKind(kind), matching, today, answers, keep=False)[0]


def run_import(session: Session, sheet: Sheet, kind: ImportKind, matching: Matching, *, today: dt.date,
               answers: Answers | None = None) -> ImportResult:
    """Writes every row that can be imported, in the caller's transaction; raises ValidationError when none can."""
    plan, done = _go(session, sheet, ImportKind(kind), matching, today, answers, keep=True)
    whole = [problem.message for problem in plan.problems if problem.row is None]
    if whole:
        raise ValidationError(" ".join(whole))
    if not plan.new and not plan.matched:
        first = next((problem.message for problem in plan.problems), "")
        raise ValidationError(" ".join(part for part in (translate(
            "Import", "No row of {file} can be imported.").format(file=quoted(sheet.file_name)), first) if part))
    imported = tuple((row.number, "; ".join(done[row.number].added + done[row.number].chosen
                                            + done[row.number].filled + done[row.number].warnings))
                     for row in plan.rows if row.outcome is Outcome.NEW)
    matched = tuple((row.number, "; ".join(done[row.number].matched + done[row.number].filled
                                           + done[row.number].warnings))
                    for row in plan.rows if row.outcome is Outcome.MATCHED)
    return ImportResult(imported, matched, tuple(problem for problem in plan.problems if problem.row is not None))


def file_problems(kind: ImportKind, matching: Matching) -> tuple[Problem, ...]:
    """A required field no column is read as: nothing can be imported until one is."""
    return tuple(Problem(None, translate(
        "Import", "No column is read as {label}. Choose which column holds {what}.").format(
            label=field.label, what=translate("Import", _HOLDS.get((kind.value, field.key), field.label))))
        for field in missing_required(matching, kind))


def _nothing_below(sheet: Sheet, matching: Matching) -> Problem:
    if matching.header_row < 0:
        return Problem(None, translate("Import", "{file} has no rows with anything in them: nothing to import.").format(
            file=quoted(sheet.file_name)))
    return Problem(None, translate(
        "Import", "{file} has no rows below its header row (row {row}): nothing to import.").format(
        file=quoted(sheet.file_name), row=matching.header_row + 1))


def _go(session: Session, sheet: Sheet, kind: ImportKind, matching: Matching, today: dt.date,
        answers: Answers | None, *, keep: bool) -> tuple[ImportPlan, dict[int, RowWork]]:
    fields = {field.key: field for field in import_fields(kind)}
    whole = file_problems(kind, matching)
    records = Records(session, {name_key(typed): ident for typed, ident in (answers or {}).items()})
    read: list[tuple[int, dict, dict, list[str], bool]] = []
    for index in range(max(matching.header_row + 1, 0), len(sheet.rows)):
        read.append((index + 1, *_read_row(sheet.rows[index], matching, kind, fields, today)))
    if all(blank for *_, blank in read):
        whole += (_nothing_below(sheet, matching),)
    to_write = [(number, values) for number, values, _, wrong, blank in read if not (blank or whole or wrong)]
    trial = None if keep else session.begin_nested()
    try:
        written = _write_rows(session, records, kind, to_write, today)
    finally:
        if trial is not None:
            trial.rollback()
    planned: list[PlannedRow] = []
    problems: list[Problem] = list(whole)
    done: dict[int, RowWork] = {}
    for number, values, shown, wrong, blank in read:
        if blank:
            planned.append(PlannedRow(number, values, shown, Outcome.BLANK,
                                      translate("Import", "Empty in every column read; skipped.")))
            continue
        if whole:
            planned.append(PlannedRow(number, values, shown, Outcome.REFUSED, whole[0].message))
            continue
        work, wrong = written.get(number, (None, wrong))
        if wrong:
            messages = [translate("Import", "Row {row}: {problem}").format(row=number, problem=message)
                        for message in wrong]
            problems.extend(Problem(number, message) for message in messages)
            planned.append(PlannedRow(number, values, shown, Outcome.REFUSED, " ".join(wrong)))
            continue
        done[number] = work
        planned.append(PlannedRow(number, values, shown, Outcome.NEW if work.added else Outcome.MATCHED,
                                  _note(work)))
    questions = tuple(OrganisationQuestion(typed, candidates, tuple(rows))
                      for typed, candidates, rows in records.asked.values() if candidates and rows)
    return ImportPlan(kind, matching, tuple(planned), questions, tuple(problems)), done


def _write_rows(session: Session, records: Records, kind: ImportKind, rows: list[tuple[int, dict]],
                today: dt.date) -> dict[int, tuple[RowWork | None, list[str]]]:
    """Each row written through the services as if in a SAVEPOINT of its own: a refused row leaves nothing. A
    savepoint per row would make the database write each row's last change by itself (a feedback item's answer, a
    target's completion), so rows go in batches of one savepoint each. When a row of a batch is refused, the batch
    is taken back and the rows before that one go again as a batch: the row is then refused as it was (what came
    before it is the same), and the batches go on from the row after it."""
    written: dict[int, tuple[RowWork | None, list[str]]] = {}
    # Batches shrink where rows are refused (less to write again) and grow back where they are not.
    position, size, limit = 0, _BATCH, _BATCH
    refused: tuple[int, str] | None = None  # the row known to be refused once the rows before it are written again
    while position < len(rows):
        batch = rows[position:position + size]
        point = records.checkpoint()
        savepoint = session.begin_nested()
        done: dict[int, tuple[RowWork | None, list[str]]] = {}
        try:
            for number, values in batch:
                records.begin(number)
                done[number] = WRITERS[kind](records, values, today), []
        except ValidationError as error:
            savepoint.rollback()
            records.rewind(point)
            if done:
                refused, size, limit = (position + len(done), error.message), len(done), max(1, limit // 2)
            else:
                refused, written[batch[0][0]], position, size = None, (None, [error.message]), position + 1, limit
            continue
        except BaseException:
            savepoint.rollback()
            raise
        savepoint.commit()
        written.update(done)
        records.settle()
        if len(batch) == limit:
            limit = min(_BATCH, 2 * limit)
        position, size = position + len(batch), limit
        if refused is not None and refused[0] == position:
            written[rows[position][0]] = None, [refused[1]]
            position += 1
        refused = None
    return written


def _note(work: RowWork) -> str:
    parts = []
    if work.added:
        parts.append(translate("Import", "Adds {what}.").format(what="; ".join(work.added)))
    if work.matched:
        parts.append(translate("Import", "Already held: {what}.").format(what="; ".join(work.matched)))
    for said in (work.filled, work.warnings):
        if said:
            parts.append("; ".join(said)[:1].upper() + "; ".join(said)[1:] + ".")
    return " ".join(parts)


def _empty(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _read_row(row, matching: Matching, kind: ImportKind, fields: dict[str, ImportField],
              today: dt.date) -> tuple[dict[str, object], dict[str, str], list[str], bool]:
    """One row's cells read as the fields the matching says: values, their preview text, what is wrong with
    them, and whether the row is empty in every column read."""
    cells = {key: row[column] for column, key in enumerate(matching.columns)
             if key in fields and column < len(row)}
    values: dict[str, object] = {}
    shown: dict[str, str] = {}
    wrong: list[str] = []
    if all(_empty(cell) for cell in cells.values()):
        return values, shown, wrong, True
    for key, field in fields.items():
        if key not in cells:
            continue
        try:
            value, text = _read_cell(kind, field, cells[key], today, needed=_needed(field, cells))
        except ValidationError as error:
            wrong.append(error.message)
            shown[key] = cell_text(cells[key])[:_SHOWN_AT_MOST]
            continue
        values[key], shown[key] = value, text[:_SHOWN_AT_MOST]
    whole = whole_name_key(kind)
    parts = whole is not None and (FIRST_NAME in cells or SURNAME in cells)
    if parts and not values.get(whole):  # "Ann" and "Jones" in columns of their own: the name is "Ann Jones"
        name = joined_name(values.get(FIRST_NAME), values.get(SURNAME))
        if name or whole not in cells:
            values[whole], shown[whole] = name, name[:_SHOWN_AT_MOST]
    for key, field in fields.items():
        if field.required and key in values and values[key] in ("", None):
            if key == whole and parts and whole not in cells:
                wrong.append(translate("Import", "The {first} and {surname} columns are empty in this row. Fill "
                                                 "them in, or delete the row.").format(
                    first=fields[FIRST_NAME].label, surname=fields[SURNAME].label))
                continue
            wrong.append(translate("Import", "The {what} column is empty in this row. Fill it in, or delete the row.")
                         .format(what=field.label))
    return values, shown, wrong, False


def _needed(field: ImportField, cells: dict[str, object]) -> bool:
    """Whether the row would be refused with the cell empty, so a wrong value's message must not offer that: an
    answer needs the day it was given (see import_rows.write_feedback)."""
    return field.required or (field.key == "answered_on" and not _empty(cells.get("answer_summary")))


def _read_cell(kind: ImportKind, field: ImportField, cell, today: dt.date, *, needed: bool) -> tuple[object, str]:
    key, what = field.key, field.label
    if key in DATE_FIELDS:
        day = read_date(cell, what, today, required=needed)
        return day, uk_numeric_date(day) if day else ""
    if key == "champion":
        yes = read_yes_no(cell, what)
        return yes, translate("Import", "yes") if yes else ""
    if key == "sector":
        sector = read_sector(cell, what)
        return sector, sector.label() if sector else ""
    if key == "fill":
        fill = read_fill(cell, what)
        return fill, fill.label() if fill else ""
    # A person's name is turned round when written "Surname, First"; an organisation's never is.
    text = read_text("holder" if key == "name" and kind is ImportKind.PEOPLE else key, cell)
    return text, text
