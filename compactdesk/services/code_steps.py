"""A code of practice's dated history: each step of its making (into draft, a questionnaire sent, meetings with
BME groups, a redraft, a reading group's check, adopted, under review…), each with its note.

The code's own status is always its latest step's, and its adoption date the day of its latest "adopted" step;
both follow every change to the history. A code whose history is emptied keeps the status it had, as a code
did before histories were kept. Two steps on one day keep the order they were recorded in.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import CodeStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.seeded_words import shown
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, choice, fetch
from compactdesk.store.models import CodeOfPractice, CodeStatusChange


def _what_code() -> str:
    return translate("Codes", "code of practice")


def _what_step() -> str:
    return translate("Codes", "step in the code's history")


def _in_order(steps) -> list[CodeStatusChange]:
    return sorted(steps, key=lambda step: (step.on, step.id or 0))


def _day(on, today: dt.date | None) -> dt.date:
    day = as_date(on, translate("Codes", "the day of the step"), "on")
    # A step is something that happened; what is only planned belongs in the notes until it does.
    if today is not None and day > today:
        raise ValidationError(translate(
            "Codes", "The step is dated {day}, after today. Record a step once it has happened.")
            .format(day=uk_date(day)), "on")
    return day


def _adopted_by(code: CodeOfPractice, day: dt.date, leaving_out: CodeStatusChange | None = None) -> bool:
    """Whether the code had been adopted by `day`: an adoption step on or before it, or, when the history has
    no adoption step at all, the adoption date the code was given before its history began."""
    adoptions = [step for step in code.status_history if step.status is CodeStatus.ADOPTED and step is not leaving_out]
    if adoptions:
        return any(step.on <= day for step in adoptions)
    return code.adopted_on is not None and code.adopted_on <= day


def _checked(code: CodeOfPractice, status, on, note, today, leaving_out=None) -> dict:
    status = choice(CodeStatus, status, translate("Codes", "code status"), "status")
    day = _day(on, today)
    if status is CodeStatus.UNDER_REVIEW and not _adopted_by(code, day, leaving_out):
        raise ValidationError(translate(
            "Codes", "“{name}” had not been adopted by {day}, so it cannot go under review then. Record the step "
                     "where it was adopted first, or check the date.").format(name=shown(code.name),
                                                                           day=uk_date(day)), "status")
    return {"status": status, "on": day,
            "note": text.optional(note, translate("Codes", "the note on the step"), "note", multiline=True)}


def follow_history(code: CodeOfPractice) -> None:
    """Sets the code's status and adoption date from its history (kept as they are when it has none)."""
    steps = _in_order(code.status_history)
    if not steps:
        return
    adoptions = [step.on for step in steps if step.status is CodeStatus.ADOPTED]
    if adoptions:
        code.adopted_on = adoptions[-1]
    code.status = steps[-1].status


def add_step(session: Session, code: CodeOfPractice, status: CodeStatus, on: dt.date, note: str = "") -> None:
    """A step already checked (the code's form records one when its status changes)."""
    code.status_history.append(CodeStatusChange(status=status, on=on, note=note))
    session.flush()
    follow_history(code)


def latest_step(code: CodeOfPractice) -> CodeStatusChange | None:
    steps = _in_order(code.status_history)
    return steps[-1] if steps else None


def record_step(session: Session, code_id: int, status: CodeStatus | str, on: dt.date | str, note: str = "", *,
                today: dt.date | None = None) -> CodeStatusChange:
    """A dated step in the code's history. A step dated before others joins the history in its place; the
    code's status is its latest step's. `today`, when given, refuses a step dated later."""
    code = fetch(session, CodeOfPractice, code_id, _what_code())
    step = CodeStatusChange(**_checked(code, status, on, note, today))
    code.status_history.append(step)
    session.flush()
    follow_history(code)
    return step


def update_step(session: Session, step_id: int, status: CodeStatus | str, on: dt.date | str, note: str = "", *,
                today: dt.date | None = None) -> CodeStatusChange:
    """Corrects a step recorded with the wrong status, day or note; the code follows its history again."""
    step = fetch(session, CodeStatusChange, step_id, _what_step())
    for key, value in _checked(step.code, status, on, note, today, leaving_out=step).items():
        setattr(step, key, value)
    session.flush()
    follow_history(step.code)
    return step


def remove_step(session: Session, step_id: int) -> None:
    """Takes a step recorded by mistake out of the history; the code's status is then its latest remaining
    step's (or stays as it is, when none remains). The adoption date stays when its step goes: a code in force
    still counts its reviews from it."""
    step = fetch(session, CodeStatusChange, step_id, _what_step())
    code = step.code
    code.status_history.remove(step)
    session.flush()
    follow_history(code)


# -- reading: plain rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepRow:
    step_id: int
    code_id: int
    status: CodeStatus
    on: dt.date
    note: str
    current: bool  # the latest step: the status the code has now


def code_history(session: Session, code_id: int) -> list[StepRow]:
    """The code's steps, newest first (two on one day: the later recorded first)."""
    code = fetch(session, CodeOfPractice, code_id, _what_code())
    steps = _in_order(code.status_history)
    latest = steps[-1].id if steps else None
    return [StepRow(step.id, code.id, step.status, step.on, step.note or "", step.id == latest)
            for step in reversed(steps)]


@dataclass(frozen=True)
class CodeStepRow:
    step_id: int
    code_id: int
    code_name: str  # as the language spoken shows it (a national code in the program's words)
    national: bool
    status: CodeStatus
    on: dt.date
    note: str


def code_steps_in(session: Session, start: dt.date, end: dt.date) -> list[CodeStepRow]:
    """Every step dated from `start` to `end` (both included), code by code in the group's order of codes,
    each code's steps oldest first: what the annual review and the handover show."""
    found = session.execute(
        select(CodeStatusChange.id, CodeOfPractice.id, CodeOfPractice.name, CodeOfPractice.national,
               CodeStatusChange.status, CodeStatusChange.on, CodeStatusChange.note)
        .join(CodeOfPractice, CodeOfPractice.id == CodeStatusChange.code_id)
        .where(CodeStatusChange.on >= start, CodeStatusChange.on <= end)
        .order_by(CodeOfPractice.position, CodeOfPractice.id, CodeStatusChange.on, CodeStatusChange.id))
    return [CodeStepRow(ident, code_id, shown(name), national, status, on, note or "")
            for ident, code_id, name, national, status, on, note in found]
