"""Champions: a named compact champion (or 'representative') in each department of each public body, and the gaps.

The compact's own word for the role is `champion_label`; every message here uses it. Naming someone a
department's champion also marks them a champion on their person record; taking it away unmarks them only
when they champion no other department.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services.champion_history import (
    DEFAULT_LABEL, ChampionChangeInRow, ChampionChangeRow, appoint, champion_changes_in, champion_history,
    champion_label, correct, let_go, remove)
from compactdesk.services.common import fetch, storable_id
from compactdesk.store.models import ChampionChange, Department, Organisation, Person

__all__ = ["BodyCoverage", "ChampionChangeInRow", "ChampionChangeRow", "ChampionChoice", "ChampionRef", "Coverage",
           "DEFAULT_LABEL", "DepartmentRow", "add_department", "champion_changes_in", "champion_choices",
           "champion_gaps", "champion_history", "champion_label", "clear_champion", "coverage", "delete_department",
           "department_row", "department_rows", "public_bodies", "remove_champion_change", "rename_department",
           "set_champion", "unlinked_champions", "update_champion_change", "update_department"]

def _department(session: Session, department_id: int) -> Department:
    return fetch(session, Department, department_id, translate("Champions", "department"))


def _body(session: Session, organisation_id: int | None) -> Organisation:
    if organisation_id is None:
        raise ValidationError(translate("Champions", "Choose the public body the department belongs to."),
                              "organisation")
    body = fetch(session, Organisation, organisation_id, translate("Champions", "public body"), "organisation")
    if not body.sector.is_public:
        raise ValidationError(translate(
            "Champions", "{name} is in the voluntary and community sector. Departments, each with its {label}, are "
            "kept for public bodies: choose the council or another public body.").format(
            name=body.name, label=champion_label(session)), "organisation")
    return body


def _name(session: Session, body: Organisation, name: str, exclude_id: int | None = None) -> str:
    name = text.required(name, translate("Champions", "the department's name"), "name")
    # Compared in Python: SQLite's lower() folds ASCII only, and Ŵ, Ô or Ł must match too.
    key = name.casefold()
    clash = next((department for department in session.scalars(
        select(Department).where(Department.organisation_id == body.id))
        if department.name.casefold() == key and department.id != exclude_id), None)
    if clash is not None:
        raise ValidationError(translate(
            "Champions", "{body} already has a department called {name}. Use that one, or tell them apart in the "
            "name.").format(body=body.name, name=clash.name), "name")
    return name


def _champion(session: Session, body: Organisation, person_id: int | None) -> Person | None:
    if person_id is None:
        return None
    label = champion_label(session)
    person = fetch(session, Person, person_id, label, "champion")
    if person.organisation_id is not None and person.organisation_id != body.id:
        raise ValidationError(translate(
            "Champions", "{person} works for {their}, not {body}. A department's {label} works for the body itself: "
            "choose someone from {body}, or correct {person}'s organisation on the People page.").format(
            person=person.name, their=person.organisation.name, body=body.name, label=label), "champion")
    return person


def add_department(session: Session, organisation_id: int, name: str, champion_id: int | None = None, *,
                   on: dt.date | str | None = None, note: str = "", today: dt.date | None = None) -> Department:
    """A department of a public body; a champion named with it starts its history on `on` (default today)."""
    body = _body(session, organisation_id)
    department = Department(organisation=body, name=_name(session, body, name))
    session.add(department)
    champion = _champion(session, body, champion_id)
    session.flush()
    appoint(session, department, champion, on, note, today)
    return department


def update_department(session: Session, department_id: int, *, name: str, organisation_id: int | None = None,
                      champion_id: int | None = None, on: dt.date | str | None = None, note: str = "",
                      today: dt.date | None = None) -> Department:
    """Renames a department, moves it to another body (left out: stays) and sets or clears its champion, in one step.
    A new champion (or none) is a change in its history, dated `on` (default today) with its note."""
    department = _department(session, department_id)
    body = department.organisation if organisation_id is None else _body(session, organisation_id)
    # Checked first, changed after: a query in between would flush the new name under the old body,
    # where another department may have it.
    name = _name(session, body, name, department.id)
    champion = _champion(session, body, champion_id)
    department.organisation = body
    department.name = name
    appoint(session, department, champion, on, note, today)
    return department


def rename_department(session: Session, department_id: int, name: str) -> Department:
    department = _department(session, department_id)
    department.name = _name(session, department.organisation, name, department.id)
    return department


def set_champion(session: Session, department_id: int, person_id: int, on: dt.date | str | None = None,
                 note: str = "", *, today: dt.date | None = None) -> Department:
    """Names the department's champion from the day `on` (default today)."""
    department = _department(session, department_id)
    if person_id is None:
        raise ValidationError(translate("Champions", "Choose who is to be the {label}.").format(
            label=champion_label(session)), "champion")
    appoint(session, department, _champion(session, department.organisation, person_id), on, note, today)
    return department


def clear_champion(session: Session, department_id: int, on: dt.date | str | None = None, note: str = "", *,
                   today: dt.date | None = None) -> Department:
    """The department has no champion from the day `on` (default today): the post fell empty."""
    department = _department(session, department_id)
    appoint(session, department, None, on, note, today)
    return department


def update_champion_change(session: Session, change_id: int, person_id: int | None, on: dt.date | str | None,
                           note: str = "", *, today: dt.date | None = None) -> ChampionChange:
    """Corrects a change in a department's history: who (None: the post fell empty), the day and the note.
    The department's champion is then its latest change's person."""
    change = fetch(session, ChampionChange, change_id, translate("Champions", "change of champion"))
    # The person already recorded stays as they are: they may have worked for the body the department was under.
    person = change.person if person_id is not None and person_id == change.person_id else _champion(
        session, change.department.organisation, person_id)
    return correct(session, change, person, on, note, today)


def remove_champion_change(session: Session, change_id: int) -> None:
    """Takes a change recorded by mistake out of a department's history."""
    remove(session, fetch(session, ChampionChange, change_id, translate("Champions", "change of champion")))


def delete_department(session: Session, department_id: int) -> None:
    """Removes a department with its history; its champion is let go as if cleared (still marked if they
    champion another)."""
    department = _department(session, department_id)
    let_go(session, department.champion, department.id)
    session.delete(department)


# -- reading: plain rows, never ORM objects ----------------------------------------


@dataclass(frozen=True)
class DepartmentRow:
    department_id: int
    organisation_id: int
    body: str
    name: str
    champion_id: int | None
    champion: str  # the champion's name, "" for a gap
    champion_role: str

    @property
    def gap(self) -> bool:
        return self.champion_id is None


def _rows(session: Session, *conditions) -> list[DepartmentRow]:
    found = session.execute(
        select(Department.id, Department.organisation_id, Organisation.name, Department.name, Department.champion_id,
               func.coalesce(Person.name, ""), func.coalesce(Person.role, ""))
        .join(Organisation, Organisation.id == Department.organisation_id)
        .outerjoin(Person, Person.id == Department.champion_id)
        .where(*conditions))
    return sorted((DepartmentRow(*values) for values in found),
                  key=lambda row: (row.body.casefold(), row.name.casefold(), row.department_id))


def department_rows(session: Session) -> list[DepartmentRow]:
    """Every department, by body then name, with its champion (or a gap)."""
    return _rows(session)


def department_row(session: Session, department_id: int) -> DepartmentRow:
    rows = _rows(session, Department.id == department_id) if storable_id(department_id) else []
    if not rows:
        _department(session, department_id)
    return rows[0]


def champion_gaps(session: Session) -> list[DepartmentRow]:
    """The departments with nobody named as their champion."""
    return _rows(session, Department.champion_id.is_(None))


@dataclass(frozen=True)
class BodyCoverage:
    organisation_id: int
    body: str
    sector: Sector
    championed: int  # departments with a champion
    departments: int


@dataclass(frozen=True)
class Coverage:
    bodies: tuple[BodyCoverage, ...]  # every public body, by name; those with no departments show 0 of 0
    championed: int
    departments: int

    def of(self, organisation_id: int) -> BodyCoverage | None:
        return next((body for body in self.bodies if body.organisation_id == organisation_id), None)


def coverage(session: Session) -> Coverage:
    """(departments with a champion, departments) for each public body and overall."""
    rows = department_rows(session)
    bodies = [BodyCoverage(ident, name, sector, sum(1 for row in rows if row.organisation_id == ident and not row.gap),
                           sum(1 for row in rows if row.organisation_id == ident))
              for ident, name, sector in session.execute(
                  select(Organisation.id, Organisation.name, Organisation.sector))
              if sector.is_public or any(row.organisation_id == ident for row in rows)]
    bodies.sort(key=lambda body: (body.body.casefold(), body.organisation_id))
    return Coverage(tuple(bodies), sum(1 for row in rows if not row.gap), len(rows))


@dataclass(frozen=True)
class ChampionRef:
    person_id: int
    name: str
    role: str
    organisation: str


def unlinked_champions(session: Session) -> list[ChampionRef]:
    """People marked as champions who champion no department: a hint to link them, not an error."""
    linked = select(Department.champion_id).where(Department.champion_id.is_not(None))
    found = session.execute(
        select(Person.id, Person.name, Person.role, func.coalesce(Organisation.name, ""))
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.is_champion.is_(True), Person.id.not_in(linked)))
    return sorted((ChampionRef(*values) for values in found), key=lambda ref: (ref.name.casefold(), ref.person_id))


@dataclass(frozen=True)
class ChampionChoice:
    person_id: int
    name: str
    role: str
    organisation_id: int | None


def champion_choices(session: Session, organisation_id: int | None) -> list[ChampionChoice]:
    """Who may champion a department of this body: its own people, then people with no organisation recorded."""
    found = session.execute(select(Person.id, Person.name, Person.role, Person.organisation_id).where(
        (Person.organisation_id == (organisation_id if storable_id(organisation_id) else None))
        | Person.organisation_id.is_(None)))
    return sorted((ChampionChoice(*values) for values in found),
                  key=lambda choice: (choice.organisation_id is None, choice.name.casefold(), choice.person_id))


def public_bodies(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every public-sector organisation, by name: the bodies that have departments."""
    found = session.execute(select(Organisation.id, Organisation.name, Organisation.sector))
    return sorted(((ident, name) for ident, name, sector in found if sector.is_public),
                  key=lambda pair: (pair[1].casefold(), pair[0]))
