"""Each department's champions over time: who took it on and when, and when the post fell empty.

A department's champion is always its latest change's person. A change dated None is the champion already
named when histories began (revision 0008); it comes first. Appointing someone is a change dated on or after
the latest one: a second change on the same day corrects that day's (a wrong name picked and put right), and
a correction back to the person before takes the day's change away. A change is something that happened, so
a day after today is refused when today is known.

The functions the pages call are in champions.py, which checks who may be a department's champion.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, fetch
from compactdesk.services.compact import champion_label as compact_champion_label
from compactdesk.store.models import ChampionChange, Department, Organisation, Person

BEFORE_HISTORY = dt.date.min  # where a change dated None sorts: before every dated one
DEFAULT_LABEL = "champion"


def champion_label(session: Session) -> str:
    """The compact's word for a champion ("champion", "representative"…) in the language spoken, as the group
    typed it; "champion" before the compact is set up."""
    return compact_champion_label(session).strip() or DEFAULT_LABEL


def _in_order(changes) -> list[ChampionChange]:
    return sorted(changes, key=lambda change: (change.on or BEFORE_HISTORY, change.id or 0))


def _same(one: Person | None, other: Person | None) -> bool:
    return (one.id if one is not None else None) == (other.id if other is not None else None)


def champions_elsewhere(session: Session, person_id: int, department_id: int | None) -> int:
    return session.scalar(select(func.count(Department.id)).where(
        Department.champion_id == person_id, Department.id != (department_id or -1))) or 0


def let_go(session: Session, person: Person | None, department_id: int | None) -> None:
    """A former champion is unmarked once this department was the last they championed."""
    if person is not None and not champions_elsewhere(session, person.id, department_id):
        person.is_champion = False


def _make_champion(session: Session, department: Department, person: Person | None) -> None:
    before = department.champion
    if before is not None and not _same(before, person):
        let_go(session, before, department.id)
    department.champion = person
    if person is not None:
        person.is_champion = True


def follow_history(session: Session, department: Department) -> None:
    """The department's champion is its latest change's person; with no history left, nobody."""
    changes = _in_order(department.champion_history)
    _make_champion(session, department, changes[-1].person if changes else None)


def change_day(on, today: dt.date | None) -> dt.date:
    """The day of a change: given, or today (the machine's, when the caller does not say)."""
    day = as_date(on, translate("Champions", "the day of the change"), "on", required=False)
    if day is None:
        day = today or dt.date.today()
    if today is not None and day > today:
        raise ValidationError(translate(
            "Champions", "The change is dated {day}, after today. Record it once it has happened.")
            .format(day=uk_date(day)), "on")
    return day


def _note(note: str) -> str:
    return text.optional(note, translate("Champions", "the note on the change"), "note", multiline=True)


def appoint(session: Session, department: Department, person: Person | None, on=None, note: str = "",
            today: dt.date | None = None) -> ChampionChange | None:
    """Makes `person` (None: nobody) the department's champion from the day `on`, and records the change.
    Naming whoever already is the champion records nothing."""
    if _same(department.champion, person):
        return None
    day, note = change_day(on, today), _note(note)
    changes = _in_order(department.champion_history)
    if not changes and department.champion is not None:
        # The champion named before this department had a history starts it.
        department.champion_history.append(ChampionChange(person=department.champion, on=None, note=""))
        changes = _in_order(department.champion_history)
    latest = changes[-1] if changes else None
    if latest is not None and latest.on is not None and day < latest.on:
        raise ValidationError(translate(
            "Champions", "The {label} of {department} last changed on {day}, so a new {label} needs a day on or "
            "after that. To correct an earlier change, change it in the department's history.").format(
            label=champion_label(session), department=department.name, day=uk_date(latest.on)), "on")
    if latest is not None and latest.on == day:
        before = changes[-2].person if len(changes) > 1 else None
        if _same(before, person):
            department.champion_history.remove(latest)
            session.flush()
            follow_history(session, department)
            return None
        latest.person, latest.note = person, note or latest.note
        session.flush()
        follow_history(session, department)
        return latest
    change = ChampionChange(person=person, on=day, note=note)
    department.champion_history.append(change)
    session.flush()
    follow_history(session, department)
    return change


def correct(session: Session, change: ChampionChange, person: Person | None, on, note: str,
            today: dt.date | None) -> ChampionChange:
    """A change put right: its person, day or note. The one dated before the history began may stay undated."""
    if change.on is None and (on is None or on == ""):
        day = None
    else:
        day = as_date(on, translate("Champions", "the day of the change"), "on")
        change_day(day, today)
    clash = next((other for other in change.department.champion_history
                  if other is not change and day is not None and other.on == day), None)
    if clash is not None:
        raise ValidationError(translate(
            "Champions", "{department} already has a change on {day}. Correct that one instead, or give another "
            "day.").format(department=change.department.name, day=uk_date(day)), "on")
    change.person, change.on, change.note = person, day, _note(note)
    session.flush()
    follow_history(session, change.department)
    return change


def remove(session: Session, change: ChampionChange) -> None:
    """A change recorded by mistake taken away; the champion is then the latest remaining change's person, or
    nobody once none remains (no one was ever recorded)."""
    department = change.department
    department.champion_history.remove(change)
    session.flush()
    follow_history(session, department)


# -- reading: plain rows, never ORM objects ----------------------------------------


@dataclass(frozen=True)
class ChampionChangeRow:
    change_id: int
    department_id: int
    person_id: int | None  # None: the post fell empty
    person: str  # the person's name, "" when the post fell empty
    role: str  # the person's role as recorded now
    on: dt.date | None  # None: already the champion when the history began
    note: str
    current: bool  # the latest change: the champion now


def champion_history(session: Session, department_id: int) -> list[ChampionChangeRow]:
    """The department's champions, newest first; the one from before the history began last."""
    department = fetch(session, Department, department_id, translate("Champions", "department"))
    changes = _in_order(department.champion_history)
    latest = changes[-1].id if changes else None
    return [ChampionChangeRow(change.id, department.id, change.person_id,
                              change.person.name if change.person else "", change.person.role if change.person else "",
                              change.on, change.note or "", change.id == latest)
            for change in reversed(changes)]


@dataclass(frozen=True)
class ChampionChangeInRow:
    change_id: int
    department_id: int
    department: str
    organisation_id: int
    body: str  # the public body the department belongs to
    from_person_id: int | None  # the champion before (None: there was none, or none recorded)
    from_person: str  # "" when there was none
    to_person_id: int | None  # None: the post fell empty
    to_person: str  # "" when the post fell empty
    on: dt.date
    note: str


def champion_changes_in(session: Session, start: dt.date, end: dt.date) -> list[ChampionChangeInRow]:
    """Every change of champion dated from `start` to `end` (both included), body by body and department by
    department (by name), each department's oldest first, with who held the post before."""
    found = []
    departments = session.execute(
        select(Department, Organisation.name).join(Organisation, Organisation.id == Department.organisation_id)
        .where(Department.id.in_(select(ChampionChange.department_id).where(
            ChampionChange.on >= start, ChampionChange.on <= end)))).all()
    for department, body in sorted(departments, key=lambda pair: (pair[1].casefold(), pair[0].name.casefold(),
                                                                   pair[0].id)):
        before = None
        for change in _in_order(department.champion_history):
            if change.on is not None and start <= change.on <= end:
                found.append(ChampionChangeInRow(
                    change.id, department.id, department.name, department.organisation_id, body,
                    before.id if before else None, before.name if before else "",
                    change.person_id, change.person.name if change.person else "", change.on, change.note or ""))
            before = change.person
    return found
