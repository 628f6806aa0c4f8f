"""The compact's leads: its lead councillor (the portfolio holder) and its lead officer, each with a dated history.

A change names who holds the role from its day (None: the role fell empty). The lead on a day is the latest
change on or before it, so a change known in advance (a new portfolio holder after the May elections) may be
dated ahead and is shown as planned until its day. Changes may be entered in any order, as a secretary catches
up on a past year. Each role has at most one change a day, and a change entered or corrected must change
something: naming whoever already holds the role on that day (or the next change's person, just before it) is
refused, as is leaving empty a role that already is. Taking a change away may leave two for one person in a row.
Anyone in the group's records may be named, from any organisation: usually the council.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import LeadRole
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, choice, fetch_optional, fetch
from compactdesk.store.models import CompactLead, Organisation, Person

__all__ = ["LeadChangeInRow", "LeadChangeRow", "LeadChoice", "LeadNow", "lead_changes_in", "lead_choices",
           "lead_history", "leads_now", "remove_lead_change", "set_lead", "update_lead_change"]


def _the_role(role: LeadRole) -> str:
    """The role as a sentence names it."""
    if role is LeadRole.COUNCILLOR:
        return translate("Leads", "the compact's lead councillor")
    return translate("Leads", "the compact's lead officer")


def _what_change() -> str:
    return translate("Leads", "change of lead")


def _changes(session: Session, role: LeadRole, leaving_out: CompactLead | None = None) -> list[CompactLead]:
    found = session.scalars(select(CompactLead).where(CompactLead.role == role)
                            .order_by(CompactLead.on, CompactLead.id))
    return [change for change in found if change is not leaving_out]


def _checked(session: Session, role, person_id, on, note, leaving_out: CompactLead | None = None) -> dict:
    role = choice(LeadRole, role, translate("Leads", "lead role"), "role")
    person = fetch_optional(session, Person, person_id, translate("Leads", "person"), "person")
    day = as_date(on, translate("Leads", "the day of the change"), "on")
    changes = _changes(session, role, leaving_out)
    clash = next((change for change in changes if change.on == day), None)
    if clash is not None:
        raise ValidationError(translate(
            "Leads", "There is already a change of {role} on {day}. Correct that one instead, or give another day.")
            .format(role=_the_role(role), day=uk_date(day)), "on")
    before = next((change for change in reversed(changes) if change.on < day), None)
    holder = before.person if before is not None else None
    if person is not None and holder is not None and holder.id == person.id:
        raise ValidationError(translate(
            "Leads", "{person} is already {role} on {day} (since {since}). Choose someone else, or check the day.")
            .format(person=person.name, role=_the_role(role), day=uk_date(day), since=uk_date(before.on)), "person")
    after = next((change for change in changes if change.on > day), None)
    if after is not None and (after.person_id if after.person else None) == (person.id if person else None):
        if person is None:
            raise ValidationError(translate(
                "Leads", "The next change, on {next_day}, already leaves the role empty. To move that day, correct "
                "that change instead.").format(next_day=uk_date(after.on)), "on")
        raise ValidationError(translate(
            "Leads", "The next change, on {next_day}, already makes {person} {role}. To move that day, correct that "
            "change instead.").format(next_day=uk_date(after.on), role=_the_role(role), person=person.name), "on")
    if person is None and holder is None:
        raise ValidationError(translate(
            "Leads", "Nobody is {role} on {day}, so the role cannot fall empty then. Choose who takes it on.")
            .format(role=_the_role(role), day=uk_date(day)), "person")
    return {"role": role, "person": person, "on": day,
            "note": text.optional(note, translate("Leads", "the note on the change"), "note", multiline=True)}


def set_lead(session: Session, role: LeadRole | str, person_id: int | None, on: dt.date | str,
             note: str = "") -> CompactLead:
    """`person_id` holds the role from the day `on` (None: nobody does)."""
    change = CompactLead(**_checked(session, role, person_id, on, note))
    session.add(change)
    session.flush()
    return change


def update_lead_change(session: Session, change_id: int, person_id: int | None, on: dt.date | str,
                       note: str = "") -> CompactLead:
    """Corrects a change recorded with the wrong person, day or note (its role stays)."""
    change = fetch(session, CompactLead, change_id, _what_change())
    for key, value in _checked(session, change.role, person_id, on, note, leaving_out=change).items():
        setattr(change, key, value)
    session.flush()
    return change


def remove_lead_change(session: Session, change_id: int) -> None:
    """Takes a change recorded by mistake out of the history."""
    session.delete(fetch(session, CompactLead, change_id, _what_change()))


# -- reading: plain rows, never ORM objects ----------------------------------------


@dataclass(frozen=True)
class LeadChangeRow:
    change_id: int
    role: LeadRole
    person_id: int | None  # None: the role fell empty
    person: str  # "" when the role fell empty
    organisation: str  # the person's organisation as recorded now ("" when none)
    on: dt.date
    note: str
    current: bool  # the change in force today
    planned: bool  # dated after today


def _person_columns():
    return (CompactLead.id, CompactLead.role, CompactLead.person_id, Person.name, Organisation.name, CompactLead.on,
            CompactLead.note)


def _rows(session: Session, *conditions):
    return session.execute(
        select(*_person_columns()).outerjoin(Person, Person.id == CompactLead.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id).where(*conditions)
        .order_by(CompactLead.on, CompactLead.id)).all()


def lead_history(session: Session, role: LeadRole | str, today: dt.date) -> list[LeadChangeRow]:
    """The role's changes, newest first (planned ones at the top), with the one in force on `today` marked."""
    role = choice(LeadRole, role, translate("Leads", "lead role"), "role")
    found = _rows(session, CompactLead.role == role)
    standing = next((ident for ident, *_, on, _ in reversed(found) if on <= today), None)
    return [LeadChangeRow(ident, role, person_id, name or "", organisation or "", on, note or "", ident == standing,
                          on > today)
            for ident, role, person_id, name, organisation, on, note in reversed(found)]


@dataclass(frozen=True)
class LeadNow:
    role: LeadRole
    person_id: int | None  # None: nobody holds it (or nobody was ever recorded)
    person: str
    organisation: str
    since: dt.date | None  # the day of the change in force; None when nothing was ever recorded
    next_change: dt.date | None  # the day of a planned change, if one is recorded


def leads_now(session: Session, today: dt.date) -> list[LeadNow]:
    """The lead councillor, then the lead officer, as they stand on `today`."""
    leads = []
    for role in LeadRole:
        found = _rows(session, CompactLead.role == role)
        standing = next((row for row in reversed(found) if row[5] <= today), None)
        coming = next((row[5] for row in found if row[5] > today), None)
        if standing is None:
            leads.append(LeadNow(role, None, "", "", None, coming))
        else:
            _, _, person_id, name, organisation, on, _ = standing
            leads.append(LeadNow(role, person_id, name or "", organisation or "", on, coming))
    return leads


@dataclass(frozen=True)
class LeadChangeInRow:
    change_id: int
    role: LeadRole
    from_person_id: int | None  # who held the role before (None: nobody, or nobody recorded)
    from_person: str
    to_person_id: int | None  # None: the role fell empty
    to_person: str
    on: dt.date
    note: str


def lead_changes_in(session: Session, start: dt.date, end: dt.date) -> list[LeadChangeInRow]:
    """Every change of lead dated from `start` to `end` (both included), by day (the lead councillor's first on
    a day both changed), with who held the role before."""
    found = []
    for role in LeadRole:
        before_id, before_name = None, ""
        for ident, _, person_id, name, _, on, note in _rows(session, CompactLead.role == role):
            if start <= on <= end:
                found.append(LeadChangeInRow(ident, role, before_id, before_name, person_id, name or "", on,
                                             note or ""))
            before_id, before_name = person_id, name or ""
    order = list(LeadRole)
    return sorted(found, key=lambda row: (row.on, order.index(row.role), row.change_id))


@dataclass(frozen=True)
class LeadChoice:
    person_id: int
    name: str
    role: str
    organisation: str  # "" when none is recorded
    public: bool  # works for the council or another public body


def lead_choices(session: Session) -> list[LeadChoice]:
    """Everyone who may be named a lead: the public bodies' people first (the leads are usually the council's),
    then everyone else, each by name."""
    found = session.execute(select(Person.id, Person.name, Person.role, Organisation.name, Organisation.sector)
                            .outerjoin(Organisation, Organisation.id == Person.organisation_id)).all()
    choices = [LeadChoice(ident, name, role or "", organisation or "", sector is not None and sector.is_public)
               for ident, name, role, organisation, sector in found]
    return sorted(choices, key=lambda choice: (not choice.public, choice.name.casefold(), choice.person_id))
