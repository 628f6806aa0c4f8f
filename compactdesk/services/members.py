"""Organisations and the people who speak for them."""

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import OrgTag, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.sql_portable import joined_text
from compactdesk.i18n import name_order, translate
from compactdesk.services.common import choice, fetch, fetch_optional, fetch_row
from compactdesk.store.models import (
    AgendaItem,
    AttendanceRecord,
    ChampionChange,
    Commitment,
    CompactLead,
    Consultation,
    Dispute,
    Feedback,
    FundingNotice,
    Organisation,
    OrganisationTag,
    Person,
    Seat,
    SeatTerm,
    SignUp,
    Target,
)


def _org_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = text.required(name, translate("Members", "the organisation's name"), "name")
    # Compared in Python: SQLite's lower() folds ASCII only, and Ŵ, Ô or Ł must match too.
    key = name.casefold()
    # The names only, not whole records: an import adds many organisations to a file that holds hundreds.
    clash = next((held for ident, held in session.execute(select(Organisation.id, Organisation.name))
                  if held.casefold() == key and ident != exclude_id), None)
    if clash is not None:
        raise ValidationError(translate(
            "Members", "There is already an organisation called {name}. Use that one, or tell them apart in the name.",
        ).format(name=clash), "name")
    return name


def _tags(tags: Iterable[OrgTag | str]) -> list[OrganisationTag]:
    chosen = dict.fromkeys(choice(OrgTag, tag, translate("Members", "tag"), "tags") for tag in tags)
    return [OrganisationTag(tag=tag) for tag in chosen]


def add_organisation(session: Session, name: str, sector: Sector | str, *, tags: Iterable[OrgTag | str] = (),
                     notes: str = "") -> Organisation:
    organisation = Organisation(
        name=_org_name(session, name),
        sector=choice(Sector, sector, translate("Members", "sector"), "sector"),
        notes=text.optional(notes, translate("Members", "the notes"), "notes", multiline=True),
        tag_rows=_tags(tags))
    session.add(organisation)
    session.flush()
    return organisation


def update_organisation(session: Session, organisation_id: int, *, name: str, sector: Sector | str,
                        tags: Iterable[OrgTag | str] = (), notes: str = "") -> Organisation:
    organisation = fetch(session, Organisation, organisation_id, translate("Members", "organisation"))
    organisation.name = _org_name(session, name, organisation_id)
    organisation.sector = choice(Sector, sector, translate("Members", "sector"), "sector")
    organisation.notes = text.optional(notes, translate("Members", "the notes"), "notes", multiline=True)
    organisation.tag_rows = _tags(tags)
    return organisation


def _uses(session: Session, *references) -> bool:
    """Whether any row anywhere still points at the record a delete would remove."""
    return any(session.scalar(select(func.count()).where(reference)) for reference in references)


def delete_organisation(session: Session, organisation_id: int) -> None:
    organisation = fetch(session, Organisation, organisation_id, translate("Members", "organisation"))
    if _uses(session, Person.organisation_id == organisation_id, Seat.nominating_org_id == organisation_id,
             Target.partner_id == organisation_id):
        raise ValidationError(translate(
            "Members", "{name} is still named on people, seats or targets. Change those first, then remove it.",
        ).format(name=organisation.name))
    if _uses(session, Consultation.body_id == organisation_id, FundingNotice.body_id == organisation_id,
             FundingNotice.organisation_id == organisation_id, Dispute.raised_by_id == organisation_id,
             Dispute.against_id == organisation_id, SignUp.organisation_id == organisation_id,
             Commitment.funder_id == organisation_id):
        raise ValidationError(translate(
            "Members", "{name} is on the sign-up register or named on consultations, funding notices, disputes or "
                       "the resources behind the compact, which are the compact's record and are kept. Rename the organisation instead, if it has "
                       "changed.",
        ).format(name=organisation.name))
    session.delete(organisation)


def list_organisations(session: Session) -> list[Organisation]:
    return sorted(session.scalars(select(Organisation)), key=lambda org: (name_order(org.name), org.id))


def _person_fields(session: Session, *, name, role, organisation_id, department, email, phone, address, is_champion,
                   notes) -> dict:
    return {
        "name": text.required(name, translate("Members", "the person's name"), "name"),
        "role": text.optional(role, translate("Members", "the role"), "role"),
        "organisation": fetch_optional(session, Organisation, organisation_id, translate("Members", "organisation"),
                                       "organisation"),
        "department": text.optional(department, translate("Members", "the department"), "department"),
        "email": text.optional(email, translate("Members", "the email address"), "email"),
        "phone": text.optional(phone, translate("Members", "the phone number"), "phone", limit=100),
        "address": text.optional(address, translate("Members", "the address"), "address", multiline=True, limit=2000),
        "is_champion": bool(is_champion),
        "notes": text.optional(notes, translate("Members", "the notes"), "notes", multiline=True),
    }


def add_person(session: Session, name: str, *, role: str = "", organisation_id: int | None = None,
               department: str = "", email: str = "", phone: str = "", address: str = "",
               is_champion: bool = False, notes: str = "") -> Person:
    person = Person(**_person_fields(session, name=name, role=role, organisation_id=organisation_id,
                                     department=department, email=email, phone=phone, address=address,
                                     is_champion=is_champion, notes=notes))
    session.add(person)
    session.flush()
    return person


def update_person(session: Session, person_id: int, *, name: str, role: str = "", organisation_id: int | None = None,
                  department: str = "", email: str = "", phone: str = "", address: str = "",
                  is_champion: bool = False, notes: str = "") -> Person:
    person = fetch(session, Person, person_id, translate("Members", "person"))
    for key, value in _person_fields(session, name=name, role=role, organisation_id=organisation_id,
                                     department=department, email=email, phone=phone, address=address,
                                     is_champion=is_champion, notes=notes).items():
        setattr(person, key, value)
    return person


def delete_person(session: Session, person_id: int) -> None:
    person = fetch(session, Person, person_id, translate("Members", "person"))
    if _uses(session, SeatTerm.person_id == person_id, AttendanceRecord.person_id == person_id,
             AttendanceRecord.substitute_for_id == person_id, AgendaItem.presenter_id == person_id,
             Feedback.officer_id == person_id, Target.lead_id == person_id,
             ChampionChange.person_id == person_id, CompactLead.person_id == person_id,
             Commitment.holder_id == person_id):
        raise ValidationError(translate(
            "Members", "{name} appears in the group's records (seats, attendance, agendas, feedback, targets, "
            "champions, the compact's leads or its resources), so removing them would leave gaps in the history.",
        ).format(name=person.name))
    session.delete(person)


def list_people(session: Session) -> list[Person]:
    return sorted(session.scalars(select(Person)), key=lambda person: (name_order(person.name), person.id))


_TAG_VALUES = {tag.value for tag in OrgTag}


@dataclass(frozen=True)
class OrganisationRow:
    organisation_id: int
    name: str
    sector: Sector
    tags: frozenset[OrgTag]
    notes: str
    people: int  # how many people are recorded as belonging to it


def _organisation_query():
    people = (select(func.count(Person.id)).where(Person.organisation_id == Organisation.id)
              .correlate(Organisation).scalar_subquery())
    # The tags come back joined into one text per organisation, so the whole list is one query.
    return (select(Organisation.id, Organisation.name, Organisation.sector, joined_text(OrganisationTag.tag),
                   Organisation.notes, people)
            .outerjoin(OrganisationTag, OrganisationTag.organisation_id == Organisation.id)
            .group_by(Organisation.id))


def _organisation_row(found) -> OrganisationRow:
    ident, name, sector, tags, notes, people = found
    # A tag a later version added is skipped rather than failing the whole list.
    chosen = frozenset(OrgTag(tag) for tag in (tags or "").split(",") if tag in _TAG_VALUES)
    return OrganisationRow(ident, name, Sector(sector), chosen, notes, people)


def organisation_rows(session: Session) -> list[OrganisationRow]:
    """Every organisation with its tags and head count, by name."""
    rows = [_organisation_row(found) for found in session.execute(_organisation_query())]
    return sorted(rows, key=lambda row: (name_order(row.name), row.organisation_id))


def organisation_row(session: Session, organisation_id: int) -> OrganisationRow:
    return _organisation_row(fetch_row(session, _organisation_query(), Organisation, organisation_id,
                                       translate("Members", "organisation")))


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    name: str
    role: str
    organisation_id: int | None
    organisation: str  # the organisation's name, or "" when none is recorded
    department: str
    email: str
    phone: str
    is_champion: bool


@dataclass(frozen=True)
class PersonDetail:
    """One person's stored fields, for the form that edits them."""

    person_id: int
    name: str
    role: str
    organisation_id: int | None
    department: str
    email: str
    phone: str
    address: str
    is_champion: bool
    notes: str


def person_rows(session: Session) -> list[PersonRow]:
    """Everyone, with their organisation's name, in one query, by name."""
    found = session.execute(
        select(Person.id, Person.name, Person.role, Person.organisation_id, func.coalesce(Organisation.name, ""),
               Person.department, Person.email, Person.phone, Person.is_champion)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id))
    return sorted((PersonRow(*values) for values in found), key=lambda row: (name_order(row.name), row.person_id))


def person_detail(session: Session, person_id: int) -> PersonDetail:
    person = fetch(session, Person, person_id, translate("Members", "person"))
    return PersonDetail(person.id, person.name, person.role, person.organisation_id, person.department, person.email,
                        person.phone, person.address, person.is_champion, person.notes)
