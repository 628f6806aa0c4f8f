"""Codes of practice: the national five and the group's own, where each stands, and when it is next reviewed.

A code in force (adopted, or under review) is reviewed every `review_months` calendar months, counted from
the later of its adoption and its last recorded review (domain.standards.code_review_due). Recording a
review adds a dated CodeReview row, which moves the next review on.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import days_text, uk_date
from compactdesk.domain.enums import CodeStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.seeded_words import shown
from compactdesk.domain.standards import code_review_due, code_review_overdue
from compactdesk.i18n import translate
from compactdesk.services.code_steps import (
    CodeStepRow, StepRow, add_step, code_history, code_steps_in, follow_history, latest_step, record_step,
    remove_step, update_step)
from compactdesk.services.common import as_date, choice, fetch, not_before, whole_number
from compactdesk.store.models import CodeOfPractice, CodeReview, Target

__all__ = ["CodeDetail", "CodeRow", "CodeStepRow", "MAX_REVIEW_MONTHS", "ReviewEntry", "StepRow", "add_code",
           "code_detail", "code_history", "code_rows", "code_steps_in", "delete_code", "months_text",
           "record_review", "record_step", "remove_review", "remove_step", "review_text", "reviews_due",
           "update_code", "update_step", "why_text"]

MAX_REVIEW_MONTHS = 120  # ten years: a longer interval is no review at all


def _what_code() -> str:
    return translate("Codes", "code of practice")


def _name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = text.required(name, translate("Codes", "the code's name"), "name")
    # Compared in Python: SQLite's lower() folds ASCII only, and "Côd" and "CÔD" are the same code.
    key = name.casefold()
    clash = next((code for code in session.scalars(select(CodeOfPractice))
                  if code.name.casefold() == key and code.id != exclude_id), None)
    if clash is not None:
        raise ValidationError(translate(
            "Codes", "There is already a code called “{name}”. Open that one, or give this one a name that "
            "tells them apart.").format(name=shown(clash.name)), "name")
    return name


def _fields(session: Session, *, name, status, adopted_on, review_months, notes, exclude_id=None) -> dict:
    status = choice(CodeStatus, status, translate("Codes", "code status"), "status")
    adopted = as_date(adopted_on, translate("Codes", "the date it was adopted"), "adopted_on", required=False)
    # Refused rather than guessed: the adoption day starts the review clock, and only the group knows it.
    if status.in_force and adopted is None:
        raise ValidationError(translate(
            "Codes", "A code that is “{status}” needs the date it was adopted, because its reviews are counted "
            "from that day. Give the adoption date (the first of the month will do if the day is not known).")
            .format(status=status.label()), "adopted_on")
    return {
        "name": _name(session, name, exclude_id),
        "status": status,
        # A date kept while a code is, say, in draft again does no harm: it only counts once the code is in force.
        "adopted_on": adopted,
        "review_months": whole_number(review_months, translate("Codes", "the review interval in months"),
                                      "review_months", low=1, high=MAX_REVIEW_MONTHS),
        "notes": text.optional(notes, translate("Codes", "the notes"), "notes", multiline=True),
    }


def _first_steps(session: Session, code: CodeOfPractice, on, note: str) -> None:
    """A new code's history starts with the status it is given: an adopted code on its adoption day; one under
    review adopted on that day, then under review from `on`; any other from `on`."""
    status = code.status
    if status.in_force:
        add_step(session, code, CodeStatus.ADOPTED, code.adopted_on, note if status is CodeStatus.ADOPTED else "")
    if status is not CodeStatus.ADOPTED:
        day = _step_day(on)
        if on is None and status.in_force:
            day = max(day, code.adopted_on)  # a code entered as under review from an adoption day still to come
        not_before(day, code.adopted_on if status.in_force else None, translate("Codes", "the day it went under "
                   "review"), translate("Codes", "the day it was adopted"), "on")
        add_step(session, code, status, day, note)


def _step_day(on) -> dt.date:
    return as_date(on, translate("Codes", "the day of the change"), "on", required=False) or dt.date.today()


def add_code(session: Session, name: str, *, status: CodeStatus | str = CodeStatus.PROPOSED,
             adopted_on: dt.date | str | None = None, review_months: int = 24, notes: str = "",
             on: dt.date | str | None = None, step_note: str = "") -> CodeOfPractice:
    """A local code of practice (the national five are in every store from the start). Its history starts
    with its status, dated `on` (today when left out; an adopted code: its adoption day)."""
    fields = _fields(session, name=name, status=status, adopted_on=adopted_on, review_months=review_months,
                     notes=notes)
    step_note = text.optional(step_note, translate("Codes", "the note on the step"), "step_note", multiline=True)
    position = session.scalar(select(func.max(CodeOfPractice.position)))
    code = CodeOfPractice(national=False, position=(position if position is not None else -1) + 1, **fields)
    session.add(code)
    session.flush()
    _first_steps(session, code, on, step_note)
    return code


def _status_step(session: Session, code: CodeOfPractice, status: CodeStatus, adopted_on: dt.date | None, on,
                 note: str) -> None:
    """The step a new status in the code's form records: adopted on the adoption day it gives, any other on `on`.
    It must be the latest step, or the code would not have the status the form asked for."""
    day = adopted_on if status is CodeStatus.ADOPTED else _step_day(on)
    latest = latest_step(code)
    if latest is not None and day < latest.on:
        raise ValidationError(translate(
            "Codes", "“{name}” has a later step in its history (“{status}”, {day}) than {new_day}, the day you gave "
                     "for “{new_status}”. Give the day it became “{new_status}”, or add an earlier step to its "
                     "history with Record a step….").format(name=shown(code.name), status=latest.status.label(),
                                               day=uk_date(latest.on), new_day=uk_date(day),
                                               new_status=status.label()),
            "adopted_on" if status is CodeStatus.ADOPTED else "on")
    add_step(session, code, status, day, note)


def _move_adoption(code: CodeOfPractice, adopted_on: dt.date | None) -> None:
    """A corrected adoption date in the form moves the adoption step it came from."""
    adoptions = [step for step in code.status_history if step.status is CodeStatus.ADOPTED]
    if adopted_on is None or not adoptions:
        return
    step = max(adoptions, key=lambda each: (each.on, each.id))
    # Later in the history: on a later day, or the same day and recorded after (revision 0008 gives a code
    # adopted and since put under review both steps on its adoption day).
    later = [other for other in code.status_history if other is not step and (other.on, other.id) > (step.on, step.id)]
    if later and adopted_on > min(other.on for other in later):
        raise ValidationError(translate(
            "Codes", "“{name}” has later steps in its history than the adoption date you gave ({day}). Correct "
                     "the dates in its history instead.").format(name=shown(code.name), day=uk_date(adopted_on)),
            "adopted_on")
    step.on = adopted_on


def update_code(session: Session, code_id: int, *, name: str, status: CodeStatus | str,
                adopted_on: dt.date | str | None = None, review_months: int = 24, notes: str = "",
                on: dt.date | str | None = None, step_note: str = "") -> CodeOfPractice:
    """Edits a code. A new status is a step in its history, dated `on` (today when left out; adopted: the
    adoption day); a new adoption date with the same status corrects the day of its adoption step."""
    code = fetch(session, CodeOfPractice, code_id, _what_code())
    fields = _fields(session, name=name, status=status, adopted_on=adopted_on, review_months=review_months,
                     notes=notes, exclude_id=code_id)
    step_note = text.optional(step_note, translate("Codes", "the note on the step"), "step_note", multiline=True)
    new_status = fields.pop("status")
    for key, value in fields.items():
        setattr(code, key, value)
    if new_status is not code.status:
        if new_status is not CodeStatus.ADOPTED:  # a corrected adoption day saved with the new status is kept too
            _move_adoption(code, fields["adopted_on"])
        _status_step(session, code, new_status, fields["adopted_on"], on, step_note)
    else:
        _move_adoption(code, fields["adopted_on"])
        session.flush()
        follow_history(code)
    return code


def _targets_using(session: Session, code_id: int) -> int:
    return session.scalar(select(func.count()).where(Target.code_id == code_id)) or 0


def delete_code(session: Session, code_id: int) -> None:
    """Removes a local code; refused for the national five and for a code that targets are filed under."""
    code = fetch(session, CodeOfPractice, code_id, _what_code())
    if code.national:
        raise ValidationError(translate(
            "Codes", "“{name}” is one of the national Compact's five codes, so it stays in every group's "
                     "records. If the group has not taken it up, leave its status as Proposed.").format(
            name=shown(code.name)))
    used = _targets_using(session, code_id)
    if used:
        raise ValidationError(translate(
            "Codes", "“{name}” is the code of %n action-plan target(s). Move those targets to another code (or to "
                     "none) on the Action plan page first, then delete it.", None, used).format(
            name=shown(code.name)))
    session.delete(code)


def record_review(session: Session, code_id: int, on: dt.date | str, note: str = "", *,
                  today: dt.date | None = None) -> CodeReview:
    """A dated review of a code in force; the next review is then counted from it.

    `today`, when given, refuses a review dated later (one not yet held)."""
    code = fetch(session, CodeOfPractice, code_id, _what_code())
    if not code.status.in_force:
        raise ValidationError(translate(
            "Codes", "“{name}” is “{status}”, not in force, so there is no review to record. Once it is adopted, "
                     "set its status and adoption date first.").format(name=shown(code.name),
                                                                       status=code.status.label()),
            "on")
    day = as_date(on, translate("Codes", "the date of the review"), "on")
    if code.adopted_on is not None and day < code.adopted_on:
        raise ValidationError(translate(
            "Codes", "The review ({day}) cannot come before the code was adopted ({adopted}). Check the date.")
            .format(day=uk_date(day), adopted=uk_date(code.adopted_on)), "on")
    if today is not None and day > today:
        raise ValidationError(translate(
            "Codes", "The review is dated {day}, after today. Record a review once it has been held.")
            .format(day=uk_date(day)), "on")
    review = CodeReview(code=code, on=day,
                        note=text.optional(note, translate("Codes", "the note on the review"), "note", multiline=True))
    session.add(review)
    session.flush()
    return review


def remove_review(session: Session, review_id: int) -> None:
    """Takes a review recorded by mistake out of the history; the next review is counted as before it."""
    session.delete(fetch(session, CodeReview, review_id, translate("Codes", "review")))


# -- what the page, the dialogs and the dashboard show: plain rows ---------------------------------------


@dataclass(frozen=True)
class CodeRow:
    code_id: int
    name: str  # as the language spoken shows it (a national code in the program's words); held_name as held
    national: bool
    status: CodeStatus
    adopted_on: dt.date | None
    review_months: int | None
    last_reviewed_on: dt.date | None  # the latest review held on or before today
    next_review_due: dt.date | None  # None when the code is not in force (or has no interval)
    overdue: bool
    targets: int  # action-plan targets filed under it
    position: int
    notes: str
    held_name: str = ""  # what the form that edits it shows and saves


@dataclass(frozen=True)
class ReviewEntry:
    review_id: int
    on: dt.date
    note: str


@dataclass(frozen=True)
class CodeDetail:
    row: CodeRow
    reviews: tuple[ReviewEntry, ...]  # newest first
    steps: tuple[StepRow, ...] = ()  # its history, newest first


def _row(code: CodeOfPractice, today: dt.date, targets: int) -> CodeRow:
    last = max((review.on for review in code.reviews if review.on <= today), default=None)
    due = code_review_due(code.status, adopted_on=code.adopted_on, last_reviewed_on=last,
                          review_months=code.review_months)
    return CodeRow(code.id, shown(code.name), code.national, code.status, code.adopted_on, code.review_months, last,
                   due, code_review_overdue(today, due), targets, code.position, code.notes or "", code.name)


def code_rows(session: Session, today: dt.date) -> list[CodeRow]:
    """Every code with where it stands on `today`, the national five first, in the group's order."""
    counts = dict(session.execute(select(Target.code_id, func.count()).where(Target.code_id.is_not(None))
                                  .group_by(Target.code_id)).all())
    codes = session.scalars(select(CodeOfPractice).options(selectinload(CodeOfPractice.reviews))
                            .order_by(CodeOfPractice.position, CodeOfPractice.id))
    return [_row(code, today, counts.get(code.id, 0)) for code in codes]


def code_detail(session: Session, code_id: int, today: dt.date) -> CodeDetail:
    code = fetch(session, CodeOfPractice, code_id, _what_code())
    reviews = sorted(code.reviews, key=lambda review: (review.on, review.id), reverse=True)
    return CodeDetail(_row(code, today, _targets_using(session, code_id)),
                      tuple(ReviewEntry(review.id, review.on, review.note or "") for review in reviews),
                      tuple(code_history(session, code_id)))


def reviews_due(session: Session, today: dt.date, within_days: int) -> list[CodeRow]:
    """Codes whose next review is overdue or falls within `within_days` of today, the most pressing first."""
    # A window of up to ten years covers any sensible look ahead; a huge one would run past the calendar's end.
    horizon = today + dt.timedelta(days=whole_number(
        within_days, translate("Codes", "the 'due soon' window in days"), "within_days", low=0, high=3650))
    due = [row for row in code_rows(session, today) if row.next_review_due is not None
           and row.next_review_due <= horizon]
    return sorted(due, key=lambda row: (row.next_review_due, row.code_id))


def review_text(row: CodeRow, today: dt.date) -> str:
    """Where the code's next review stands, briefly: "Overdue since 3 March 2026", "Due 1 May 2027"."""
    if row.next_review_due is None:
        if not row.status.in_force:
            return translate("Codes", "Not in force")
        return translate("Codes", "No adoption date")
    if row.overdue:
        return translate("Codes", "Overdue since {day}").format(day=uk_date(row.next_review_due))
    if row.next_review_due == today:
        return translate("Codes", "Due today")
    return translate("Codes", "Due {day}").format(day=uk_date(row.next_review_due))


def why_text(row: CodeRow, today: dt.date) -> str:
    """The tooltip of an overdue row: why it stands out, with the dates behind it."""
    if not row.overdue:
        return ""
    since = translate("Codes", "last reviewed {day}").format(day=uk_date(row.last_reviewed_on)) \
        if row.last_reviewed_on else translate("Codes", "adopted {day} and not reviewed since").format(
            day=uk_date(row.adopted_on))
    return translate("Codes", "Review overdue by {days}: due {due} (reviewed every {every}); {since}.").format(
        days=days_text((today - row.next_review_due).days), due=uk_date(row.next_review_due),
        every=months_text(row.review_months or 0), since=since)


def months_text(months: int) -> str:
    return translate("Codes", "%n month(s)", None, months)
