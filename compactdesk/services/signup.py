"""The sign-up register: which organisations have signed up to the compact, since when, and who has not.

A signature counts from the day it was given until the day it lapsed (domain.standards.signed_up_on).
After a reorganisation an organisation signs again: its signature lapses on the day the new one starts,
so it stays signed up without a gap and the register keeps both.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import OrgTag, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.standards import signed_up_on
from compactdesk.i18n import name_order, translate
from compactdesk.services.common import as_date, fetch, not_before
from compactdesk.services.members import organisation_rows
from compactdesk.store.models import Organisation, SignUp


def _what_signature() -> str:
    return translate("SignUp", "signature")


def _organisation(session: Session, organisation_id: int | None) -> Organisation:
    if organisation_id is None:
        raise ValidationError(translate("SignUp", "Choose the organisation that signed up."), "organisation")
    return fetch(session, Organisation, organisation_id, translate("SignUp", "organisation"), "organisation")


def _overlaps(start: dt.date, end: dt.date | None, other: SignUp) -> bool:
    # Signatures run from signed_on up to (not including) lapsed_on; None runs on.
    return (other.lapsed_on is None or start < other.lapsed_on) and (end is None or other.signed_on < end)


def _check_no_overlap(session: Session, organisation: Organisation, start: dt.date, end: dt.date | None,
                      exclude: Iterable[int] = (), field: str = "signed_on", open_field: str | None = None) -> None:
    """Two signatures of one organisation never cover the same day, so every day counts it once at most.
    `open_field` is the field blamed when the clash is with a signature still running (default: `field`)."""
    skip = set(exclude)
    for other in session.scalars(select(SignUp).where(SignUp.organisation_id == organisation.id)
                                 .order_by(SignUp.signed_on, SignUp.id)):
        if other.id in skip or not _overlaps(start, end, other):
            continue
        if other.lapsed_on is None:
            raise ValidationError(translate(
                "SignUp", "{name} has been signed up since {since}. To record a new signature after a "
                "reorganisation, choose “Sign again”.").format(name=organisation.name, since=uk_date(other.signed_on)),
                open_field or field)
        raise ValidationError(translate(
            "SignUp", "{name} was already signed up from {start} until {end}; one organisation's signatures cannot "
            "overlap. Check the dates.").format(name=organisation.name, start=uk_date(other.signed_on),
                                                end=uk_date(other.lapsed_on)), field)


def _note(note: str | None) -> str:
    return text.optional(note, translate("SignUp", "the note"), "note", multiline=True)


def sign_up(session: Session, organisation_id: int, signed_on: dt.date | str, note: str = "") -> SignUp:
    """Records that an organisation signed up on a day; refused while it is still signed up (saying since when)."""
    organisation = _organisation(session, organisation_id)
    day = as_date(signed_on, translate("SignUp", "the day it signed up"), "signed_on")
    _check_no_overlap(session, organisation, day, None, open_field="organisation")
    signature = SignUp(organisation=organisation, signed_on=day, lapsed_on=None, note=_note(note))
    session.add(signature)
    session.flush()
    return signature


def _standing(session: Session, organisation: Organisation, on: dt.date) -> SignUp | None:
    """The signature a new one would replace on `on`: the latest one still running then."""
    running = [signature for signature in session.scalars(
        select(SignUp).where(SignUp.organisation_id == organisation.id).order_by(SignUp.signed_on, SignUp.id))
        if signature.lapsed_on is None or signature.lapsed_on > on]
    return running[-1] if running else None


def sign_again(session: Session, organisation_id: int, on: dt.date | str, note: str | None = None) -> SignUp:
    """One step: the signature running on `on` lapses that day and a new one starts (say, after a reorganisation)."""
    organisation = _organisation(session, organisation_id)
    day = as_date(on, translate("SignUp", "the day it signed again"), "signed_on")
    current = _standing(session, organisation, day)
    if current is None:
        raise ValidationError(translate(
            "SignUp", "{name} is not signed up, so there is no signature to renew. Choose “Sign up” instead.")
            .format(name=organisation.name), "organisation")
    if day <= current.signed_on:
        raise ValidationError(translate(
            "SignUp", "{name} signed on {since}; signing again must come after that day. Check the date.")
            .format(name=organisation.name, since=uk_date(current.signed_on)), "signed_on")
    current.lapsed_on = day
    _check_no_overlap(session, organisation, day, None, exclude=[current.id])
    signature = SignUp(organisation=organisation, signed_on=day, lapsed_on=None,
                       note=_note(translate("SignUp", "Signed again after reorganisation") if note is None else note))
    session.add(signature)
    session.flush()
    return signature


def record_lapse(session: Session, signup_id: int, lapsed_on: dt.date | str, note: str | None = None) -> SignUp:
    """Ends a signature on a day (not before it was given); `note` left out keeps the note as it was."""
    signature = fetch(session, SignUp, signup_id, _what_signature())
    day = as_date(lapsed_on, translate("SignUp", "the day it lapsed"), "lapsed_on")
    not_before(day, signature.signed_on, translate("SignUp", "the day it lapsed"),
               translate("SignUp", "the day it signed up"), "lapsed_on")
    _check_no_overlap(session, signature.organisation, signature.signed_on, day, exclude=[signature.id],
                      field="lapsed_on")
    signature.lapsed_on = day
    if note is not None:
        signature.note = _note(note)
    return signature


def update_signup(session: Session, signup_id: int, *, organisation_id: int, signed_on: dt.date | str,
                  lapsed_on: dt.date | str | None = None, note: str = "") -> SignUp:
    """Corrects a signature recorded with the wrong organisation, dates or note."""
    signature = fetch(session, SignUp, signup_id, _what_signature())
    organisation = _organisation(session, organisation_id)
    start = as_date(signed_on, translate("SignUp", "the day it signed up"), "signed_on")
    end = as_date(lapsed_on, translate("SignUp", "the day it lapsed"), "lapsed_on", required=False)
    not_before(end, start, translate("SignUp", "the day it lapsed"), translate("SignUp", "the day it signed up"),
               "lapsed_on")
    _check_no_overlap(session, organisation, start, end, exclude=[signature.id])
    signature.organisation = organisation
    signature.signed_on = start
    signature.lapsed_on = end
    signature.note = _note(note)
    return signature


def delete_signup(session: Session, signup_id: int) -> None:
    """Removes a signature recorded by mistake (an earlier one it replaced stays lapsed)."""
    session.delete(fetch(session, SignUp, signup_id, _what_signature()))


# -- reading the register: plain rows, never ORM objects ------------------------------


@dataclass(frozen=True)
class SignUpRow:
    """A signature, or (signup_id None) an organisation that has not signed, for the list of who to invite."""

    signup_id: int | None
    organisation_id: int
    organisation: str
    sector: Sector
    tags: frozenset[OrgTag]
    signed_on: dt.date | None
    lapsed_on: dt.date | None
    signed_now: bool  # this signature covers today
    previous: int  # how many signatures the organisation gave before this one
    note: str  # the signature's note; for an organisation not signed, its own notes

    @property
    def key(self) -> int:
        # Signatures by their id; organisations not signed by minus theirs, so the two never clash in one table.
        return self.signup_id if self.signup_id is not None else -self.organisation_id


@dataclass(frozen=True)
class SignatureDetail:
    signup_id: int
    organisation_id: int
    organisation: str
    signed_on: dt.date
    lapsed_on: dt.date | None
    note: str


def _signatures(session: Session) -> list[tuple[int, int, dt.date, dt.date | None, str]]:
    return [tuple(found) for found in session.execute(
        select(SignUp.id, SignUp.organisation_id, SignUp.signed_on, SignUp.lapsed_on, SignUp.note)
        .order_by(SignUp.organisation_id, SignUp.signed_on, SignUp.id))]


def signup_rows(session: Session, today: dt.date) -> list[SignUpRow]:
    """Every signature with its organisation, whether it stands today and how many came before, by name then date."""
    organisations = {row.organisation_id: row for row in organisation_rows(session)}
    rows, before = [], Counter()
    for ident, organisation_id, signed_on, lapsed_on, note in _signatures(session):
        org = organisations[organisation_id]
        rows.append(SignUpRow(ident, organisation_id, org.name, org.sector, org.tags, signed_on, lapsed_on,
                              signed_up_on(today, signed_on, lapsed_on), before[organisation_id], note or ""))
        before[organisation_id] += 1
    return sorted(rows, key=lambda row: (name_order(row.organisation), row.signed_on, row.key))


def invite_rows(session: Session, day: dt.date) -> list[SignUpRow]:
    """The organisations not signed up on `day`, as rows without a signature (who to invite), by name; their
    note is the organisation's own (say, who to ask)."""
    signed = _signed_ids(session, day)
    counts = Counter(organisation_id for _, organisation_id, *_ in _signatures(session))
    return [SignUpRow(None, row.organisation_id, row.name, row.sector, row.tags, None, None, False,
                      counts[row.organisation_id], row.notes or "")
            for row in organisation_rows(session) if row.organisation_id not in signed]


def signature_detail(session: Session, signup_id: int) -> SignatureDetail:
    signature = fetch(session, SignUp, signup_id, _what_signature())
    return SignatureDetail(signature.id, signature.organisation_id, signature.organisation.name, signature.signed_on,
                           signature.lapsed_on, signature.note or "")


def _signed_ids(session: Session, day: dt.date) -> set[int]:
    return {organisation_id for _, organisation_id, signed_on, lapsed_on, _ in _signatures(session)
            if signed_up_on(day, signed_on, lapsed_on)}


@dataclass(frozen=True)
class OrganisationRef:
    organisation_id: int
    name: str
    sector: Sector
    tags: frozenset[OrgTag]


@dataclass(frozen=True)
class NewSignature:
    organisation_id: int
    name: str
    signed_on: dt.date


def signed_in_year(session: Session, year: int) -> list[NewSignature]:
    """Organisations that signed up for the first time in a year. Signing again after a reorganisation, or
    rejoining after a lapse, is not new: the organisation had signed before."""
    names = {row.organisation_id: row.name for row in organisation_rows(session)}
    first: dict[int, dt.date] = {}
    for _, organisation_id, signed_on, _, _ in _signatures(session):
        first.setdefault(organisation_id, signed_on)  # in date order, so the first seen is the earliest
    found = [NewSignature(organisation_id, names[organisation_id], day) for organisation_id, day in first.items()
             if day.year == year]
    return sorted(found, key=lambda new: (new.signed_on, name_order(new.name), new.organisation_id))


@dataclass(frozen=True)
class SignUpCounts:
    day: dt.date
    total: int  # organisations signed up on `day`
    by_sector: dict[Sector, int]  # every sector, in the enum's order, 0 where none
    by_tag: dict[OrgTag, int]  # an organisation with two tags counts under both
    new_in_year: int  # organisations that first signed up in `day`'s year (the whole year, as signed_in_year)
    not_signed: tuple[OrganisationRef, ...]  # by name: who to invite
    not_signed_by_tag: dict[OrgTag, tuple[OrganisationRef, ...]]

    @property
    def public(self) -> int:
        return sum(count for sector, count in self.by_sector.items() if sector.is_public)

    @property
    def vcs(self) -> int:
        return self.by_sector[Sector.VCS]


def signup_counts(session: Session, day: dt.date) -> SignUpCounts:
    """How many organisations are signed up on a day, by sector and by tag, how many are new that year, and
    who is not signed (also by tag) so the secretary can see whom to invite."""
    signed = _signed_ids(session, day)
    organisations = organisation_rows(session)
    chosen = [row for row in organisations if row.organisation_id in signed]
    by_sector = {sector: sum(1 for row in chosen if row.sector is sector) for sector in Sector}
    by_tag = {tag: sum(1 for row in chosen if tag in row.tags) for tag in OrgTag}
    missing = tuple(OrganisationRef(row.organisation_id, row.name, row.sector, row.tags)
                    for row in organisations if row.organisation_id not in signed)
    missing_by_tag = {tag: tuple(ref for ref in missing if tag in ref.tags) for tag in OrgTag}
    new = len({found.organisation_id for found in signed_in_year(session, day.year)})
    return SignUpCounts(day, len(chosen), by_sector, by_tag, new, missing, missing_by_tag)
