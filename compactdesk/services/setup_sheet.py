"""The set-up assistant's "Import from a spreadsheet…": a file of seats and members (or only of people) read into
the assistant's grid of SeatLines, with the rows left out and why, and what to check in the rows put in; nothing is
written here."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from compactdesk.domain.import_fields import ImportKind, guess_matching
from compactdesk.i18n import translate
from compactdesk.services.file_refusals import quoted
from compactdesk.services.importing import Outcome, plan_import
from compactdesk.services.setup import SeatLine, seat_sector, seat_title
from compactdesk.services.spreadsheet import read_sheet


@dataclass(frozen=True)
class SheetLines:
    lines: tuple[SeatLine, ...]  # the rows put in the grid
    left_out: tuple[str, ...]  # the rows (or the whole file) left out: each says its row and what to do
    notes: tuple[str, ...]  # what to check in the rows put in: an organisation written nearly like one held
    # The organisations' names those notes are about, as written: kept so, they are new organisations (the notes
    # say so), to go in GroupSetup.new_organisations.
    new_organisations: frozenset[str]
    file_name: str


_GRID_KEYS = {"seat": "seat", "sector": "sector", "holder": "member", "name": "member", "organisation": "organisation",
              "email": "email", "start_on": "start_on"}


def _from_plan(plan, kind) -> list[SeatLine]:
    lines = []
    for row in plan.rows:
        if row.outcome in (Outcome.BLANK, Outcome.REFUSED):  # a refused row's problems are the plan's
            continue
        # The preview's words ("Jones, Ann" already turned round), and the term's start as the day it is.
        values = {_GRID_KEYS[key]: shown for key, shown in row.shown.items() if key in _GRID_KEYS}
        values["start_on"] = row.values.get("start_on") or ""
        line = SeatLine(**values)
        line.sector = seat_sector(line).label()  # as it will be written, for the person to see and change
        lines.append(line)
    if kind is ImportKind.PEOPLE:  # one seat each, named as the assistant would name it, for the grid to show
        taken: set[str] = set()
        for number, line in enumerate(lines, start=1):
            line.seat = seat_title(line, number, taken)
            taken.add(line.seat.casefold())
    return lines


def seat_lines_from_file(session: Session, path: str | Path, *, today: dt.date) -> SheetLines:
    """The grid's rows from a spreadsheet or CSV file of seats with their members, or of people (one seat each,
    named by the assistant from their organisation). Raises ValidationError for a file that cannot be read."""
    sheet = read_sheet(path)
    matching = guess_matching(sheet.rows, ImportKind.SEATS)
    kind = ImportKind.SEATS
    if "seat" not in matching.columns:
        kind, matching = ImportKind.PEOPLE, guess_matching(sheet.rows, ImportKind.PEOPLE)
    # A name near one held is kept as typed (the grid shows it and can be changed); the person is told.
    plan = plan_import(session, sheet, kind, matching, today=today)
    questions = plan.questions
    if questions:  # planned again with each answered; a file with none is planned once
        plan = plan_import(session, sheet, kind, matching, today=today,
                           answers={question.typed: None for question in questions})
    lines = _from_plan(plan, kind)
    near = [question for question in questions if question.candidates]
    notes = [translate("Setup", "“{typed}” may be {held}, already in this group's file: if it is, write the name "
                                "as held in the grid; left as it is, it is added as a new organisation.").format(
        typed=question.typed, held=question.candidates[0][1]) for question in near]
    left_out = [problem.message for problem in plan.problems]
    if not lines and not left_out:
        left_out.append(translate("Setup", "{file} has no rows of seats or people under its headings.").format(
            file=quoted(sheet.file_name)))
    return SheetLines(tuple(lines), tuple(left_out), tuple(notes), frozenset(question.typed for question in near),
                      quoted(sheet.file_name))
