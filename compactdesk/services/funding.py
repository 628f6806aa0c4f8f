"""Funding notices: a public body telling a voluntary or community organisation that its funding will be
reduced or ended, checked against the compact's notice standard in calendar months.

The rule is domain.standards.notice_needed_until: 30 November + 3 months is 28 (or 29) February, and a
change taking effect on that day has had its full notice. Longer notice is never flagged.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import days_text, uk_date
from compactdesk.domain.enums import FundingChange
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.standards import notice_days_short, notice_needed_until
from compactdesk.i18n import translate
from compactdesk.services.common import as_date, choice, fetch, not_before, whole_number
from compactdesk.services.compact import standards
from compactdesk.services.consultations import public_body
from compactdesk.store.models import FundingNotice, Organisation

RECENT_DAYS = 365  # a short notice stays among the flagged for a year after the change took effect


def _what() -> str:
    return translate("Funding", "funding notice")


def _organisation(session: Session, organisation_id: int | None) -> Organisation:
    if organisation_id is None:
        raise ValidationError(translate("Funding", "Choose the organisation whose funding changes."), "organisation")
    organisation = fetch(session, Organisation, organisation_id, translate("Funding", "organisation"), "organisation")
    if organisation.sector.is_public:
        raise ValidationError(translate(
            "Funding", "{name} is a public body. The notice standard protects voluntary and community organisations: "
            "choose the organisation whose funding is reduced or ended.").format(name=organisation.name),
            "organisation")
    return organisation


def _fields(session: Session, *, organisation_id, body_id, given_on, effective_on, change, notes) -> dict:
    given = as_date(given_on, translate("Funding", "the day notice was given"), "given_on")
    effective = as_date(effective_on, translate("Funding", "the day the change takes effect"), "effective_on")
    not_before(effective, given, translate("Funding", "the day the change takes effect"),
               translate("Funding", "the day notice was given"), "effective_on")
    return {
        "organisation": _organisation(session, organisation_id),
        "body": public_body(session, body_id),
        "given_on": given,
        "effective_on": effective,
        "change": choice(FundingChange, change, translate("Funding", "kind of change"), "change"),
        "notes": text.optional(notes, translate("Funding", "the notes"), "notes", multiline=True),
    }


def add_notice(session: Session, organisation_id: int, body_id: int, given_on: dt.date | str,
               effective_on: dt.date | str, change: FundingChange | str = FundingChange.REDUCE,
               notes: str = "") -> FundingNotice:
    notice = FundingNotice(**_fields(session, organisation_id=organisation_id, body_id=body_id, given_on=given_on,
                                     effective_on=effective_on, change=change, notes=notes))
    session.add(notice)
    session.flush()
    return notice


def update_notice(session: Session, notice_id: int, *, organisation_id: int, body_id: int, given_on: dt.date | str,
                  effective_on: dt.date | str, change: FundingChange | str = FundingChange.REDUCE,
                  notes: str = "") -> FundingNotice:
    notice = fetch(session, FundingNotice, notice_id, _what())
    for key, value in _fields(session, organisation_id=organisation_id, body_id=body_id, given_on=given_on,
                              effective_on=effective_on, change=change, notes=notes).items():
        setattr(notice, key, value)
    return notice


def delete_notice(session: Session, notice_id: int) -> None:
    session.delete(fetch(session, FundingNotice, notice_id, _what()))


def notice_text(given_on: dt.date, effective_on: dt.date, months: int) -> str:
    """E.g. "3 months' notice needed from 30 November 2026: may take effect from 28 February 2027 — 12 days short"."""
    months = whole_number(months, translate("Compact", "the funding notice in months"), "funding_notice_months",
                          low=1, high=24)  # the range set_standards keeps
    if months == 1:
        needed = translate("Funding", "One month's notice needed from {given}").format(given=uk_date(given_on))
    else:
        needed = translate("Funding", "%n months' notice needed from {given}", None, months).format(
            given=uk_date(given_on))
    until = uk_date(notice_needed_until(given_on, months))
    short = notice_days_short(given_on, effective_on, months)
    if short:
        return translate("Funding", "{needed}: may take effect from {until} — {short} short").format(
            needed=needed, until=until, short=days_text(short))
    return translate("Funding", "{needed}: may take effect from {until} — enough notice").format(
        needed=needed, until=until)


@dataclass(frozen=True)
class NoticeRow:
    notice_id: int
    organisation: str
    organisation_id: int
    body: str
    body_id: int
    given_on: dt.date
    effective_on: dt.date
    change: FundingChange
    notes: str
    months: int  # the compact's standard
    needed_until: dt.date  # the first day the change could fairly take effect
    days_short: int  # 0 when the notice met the standard
    notice: str  # the check in words

    @property
    def flagged(self) -> bool:
        return self.days_short > 0


def _row(notice: FundingNotice, months: int) -> NoticeRow:
    return NoticeRow(
        notice.id, notice.organisation.name, notice.organisation_id, notice.body.name, notice.body_id,
        notice.given_on, notice.effective_on, notice.change, notice.notes or "", months,
        notice_needed_until(notice.given_on, months), notice_days_short(notice.given_on, notice.effective_on, months),
        notice_text(notice.given_on, notice.effective_on, months))


def notice_rows(session: Session) -> list[NoticeRow]:
    """Every notice with its check against the compact's standard, the latest given first."""
    months = standards(session).funding_notice_months
    notices = session.scalars(select(FundingNotice)
                              .options(selectinload(FundingNotice.organisation), selectinload(FundingNotice.body))
                              .order_by(FundingNotice.given_on.desc(), FundingNotice.id.desc()))
    return [_row(notice, months) for notice in notices]


def notice_row(session: Session, notice_id: int) -> NoticeRow:
    return _row(fetch(session, FundingNotice, notice_id, _what()), standards(session).funding_notice_months)


def flagged(session: Session, today: dt.date) -> list[NoticeRow]:
    """Short notices whose change took effect in the last year (or will): the ones still worth taking up."""
    recent = today - dt.timedelta(days=RECENT_DAYS)
    return [row for row in notice_rows(session) if row.flagged and row.effective_on >= recent]
