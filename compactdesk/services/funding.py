"""Funding notices: a public body telling a voluntary or community organisation that its funding will be
reduced or ended, checked against the compact's notice standard in calendar months.

The rule is domain.standards.notice_needed_until: 30 November + 3 months is 28 (or 29) February, and a
change taking effect on that day has had its full notice. Longer notice is never flagged.

A notice also holds how much (an amount, a whole percentage of the funding, or both) and, once known, what came of
it: the change went ahead, went ahead reduced, was withdrawn (taken back on or before the day it was to take
effect) or was reversed (undone after it took effect), with that day and a note (domain.standards.
check_notice_outcome). A short notice whose change was withdrawn, or reversed, is no longer listed to take up
(flagged(), the dashboard, NoticeRow.to_take_up), since the organisation kept its funding; it still counts as
short in the standard's figures (NoticeRow.flagged): notice was given too late all the same
(domain.standards.notice_to_take_up).
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import days_text, uk_date
from compactdesk.domain.enums import FundingChange, FundingOutcome
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.money import MOST_PENCE, money_text, pence_from
from compactdesk.domain.standards import (
    check_notice_outcome,
    notice_days_short,
    notice_needed_until,
    notice_to_take_up,
)
from compactdesk.domain.text import one_line
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


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _amount(value) -> int | None:
    """Pence, from a number of pence or a money text as typed ("£12,000", "12k"); none when left empty."""
    if _blank(value):
        return None
    what = translate("Funding", "the amount")
    if isinstance(value, bool):
        raise ValidationError(translate("Funding", "Give the amount in pounds, for example £12,000."), "amount")
    if isinstance(value, str):
        pence = pence_from(value, what, "amount")
    else:  # pence, as the service is called with them (money.pence_from takes a number as pounds)
        pence = whole_number(value, what, "amount", low=-MOST_PENCE, high=MOST_PENCE)  # as a typed amount
    if pence <= 0:
        raise ValidationError(translate(
            "Funding", "Give the amount reduced or ended as more than £0, or leave it empty."), "amount")
    return pence


def _percent(value) -> int | None:
    if _blank(value):
        return None
    if isinstance(value, str):
        value = value.strip().removesuffix("%").strip()
    what = translate("Funding", "the percentage of the funding")
    if isinstance(value, bool):  # True is 1 to Python, but no one means 1%
        raise ValidationError(translate("Validation", "{what} must be a whole number.").format(
            what=what[:1].upper() + what[1:]), "percent")
    return whole_number(value, what, "percent", low=1, high=100)


def _fields(session: Session, *, organisation_id, body_id, given_on, effective_on, change, notes, amount_pence,
            percent, outcome, outcome_on, outcome_note) -> dict:
    given = as_date(given_on, translate("Funding", "the day notice was given"), "given_on")
    effective = as_date(effective_on, translate("Funding", "the day the change takes effect"), "effective_on")
    not_before(effective, given, translate("Funding", "the day the change takes effect"),
               translate("Funding", "the day notice was given"), "effective_on")
    came_of_it = None if _blank(outcome) else choice(FundingOutcome, outcome, translate("Funding", "outcome"),
                                                     "outcome")
    outcome_day = as_date(outcome_on, translate("Funding", "the day of what happened"), "outcome_on", required=False)
    check_notice_outcome(given_on=given, effective_on=effective, outcome=came_of_it, outcome_on=outcome_day)
    return {
        "organisation": _organisation(session, organisation_id),
        "body": public_body(session, body_id),
        "given_on": given,
        "effective_on": effective,
        "change": choice(FundingChange, change, translate("Funding", "kind of change"), "change"),
        "notes": text.optional(notes, translate("Funding", "the notes"), "notes", multiline=True),
        "amount_pence": _amount(amount_pence),
        "percent": _percent(percent),
        "outcome": came_of_it,
        "outcome_on": outcome_day,
        "outcome_note": text.optional(outcome_note, translate("Funding", "the note on what happened"),
                                      "outcome_note", multiline=True),
    }


def add_notice(session: Session, organisation_id: int, body_id: int, given_on: dt.date | str,
               effective_on: dt.date | str, change: FundingChange | str = FundingChange.REDUCE,
               notes: str = "", *, amount_pence: int | str | None = None, percent: int | str | None = None,
               outcome: FundingOutcome | str | None = None, outcome_on: dt.date | str | None = None,
               outcome_note: str = "") -> FundingNotice:
    """`amount_pence` takes pence or a money text ("£12,000"); `percent` a whole percentage, 1 to 100;
    `outcome` None while what came of the notice is not known yet."""
    notice = FundingNotice(**_fields(
        session, organisation_id=organisation_id, body_id=body_id, given_on=given_on, effective_on=effective_on,
        change=change, notes=notes, amount_pence=amount_pence, percent=percent, outcome=outcome,
        outcome_on=outcome_on, outcome_note=outcome_note))
    session.add(notice)
    session.flush()
    return notice


def update_notice(session: Session, notice_id: int, *, organisation_id: int, body_id: int, given_on: dt.date | str,
                  effective_on: dt.date | str, change: FundingChange | str = FundingChange.REDUCE,
                  notes: str = "", amount_pence: int | str | None = None, percent: int | str | None = None,
                  outcome: FundingOutcome | str | None = None, outcome_on: dt.date | str | None = None,
                  outcome_note: str = "") -> FundingNotice:
    """Saves the whole notice as given: a field left out is cleared, as a form's empty field would be."""
    notice = fetch(session, FundingNotice, notice_id, _what())
    for key, value in _fields(session, organisation_id=organisation_id, body_id=body_id, given_on=given_on,
                              effective_on=effective_on, change=change, notes=notes, amount_pence=amount_pence,
                              percent=percent, outcome=outcome, outcome_on=outcome_on,
                              outcome_note=outcome_note).items():
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


def amount_text(amount_pence: int | None, percent: int | None) -> str:
    """How much, as the notice said it: "£12,000", "10%", "£12,000 (10%)", or empty when not given."""
    share = f"{percent}%" if percent is not None else ""  # so in Welsh too
    if amount_pence is None:
        return share
    money = money_text(amount_pence)
    return translate("Funding", "{amount} ({percent})").format(amount=money, percent=share) if share else money


def outcome_text(outcome: FundingOutcome | None, outcome_on: dt.date | None, note: str = "") -> str:
    """What came of the notice in words: "Withdrawn on 12 November 2010: no cut", "Not known yet"."""
    if outcome is None or outcome_on is None:
        said = translate("Funding", "Not known yet")
    else:
        day = uk_date(outcome_on)
        said = {FundingOutcome.WENT_AHEAD: translate("Funding", "Went ahead on {day}"),
                FundingOutcome.REDUCED: translate("Funding", "Went ahead on {day}, reduced"),
                FundingOutcome.WITHDRAWN: translate("Funding", "Withdrawn on {day}"),
                FundingOutcome.REVERSED: translate("Funding", "Reversed on {day}")}[outcome].format(day=day)
    note = one_line(note)  # it is read in a table cell and a paper's table
    return translate("Funding", "{outcome}: {note}").format(outcome=said, note=note) if note else said


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
    days_short: int  # 0 when the notice met the standard; a withdrawn change keeps its count
    notice: str  # the check in words
    amount_pence: int | None
    percent: int | None  # a whole percentage of the organisation's funding from the body
    amount: str  # the two in words, "£12,000 (10%)"; empty when neither was given
    outcome: FundingOutcome | None  # None while not known yet
    outcome_on: dt.date | None
    outcome_note: str
    outcome_text: str  # "Withdrawn on 12 November 2010: no cut", "Not known yet"

    @property
    def flagged(self) -> bool:
        """Short of the standard, whatever came of it: what the standard's figures count."""
        return self.days_short > 0

    @property
    def to_take_up(self) -> bool:
        """Short, and still worth taking up: not withdrawn before it took effect."""
        return notice_to_take_up(self.days_short, self.outcome)


def _row(notice: FundingNotice, months: int) -> NoticeRow:
    note = notice.outcome_note or ""
    return NoticeRow(
        notice.id, notice.organisation.name, notice.organisation_id, notice.body.name, notice.body_id,
        notice.given_on, notice.effective_on, notice.change, notice.notes or "", months,
        notice_needed_until(notice.given_on, months), notice_days_short(notice.given_on, notice.effective_on, months),
        notice_text(notice.given_on, notice.effective_on, months), notice.amount_pence, notice.percent,
        amount_text(notice.amount_pence, notice.percent), notice.outcome, notice.outcome_on, note,
        outcome_text(notice.outcome, notice.outcome_on, note))


def _notices(session: Session, *conditions) -> list[FundingNotice]:
    return list(session.scalars(select(FundingNotice).where(*conditions)
                                .options(selectinload(FundingNotice.organisation), selectinload(FundingNotice.body))
                                .order_by(FundingNotice.given_on.desc(), FundingNotice.id.desc())))


def notice_rows(session: Session) -> list[NoticeRow]:
    """Every notice with its check against the compact's standard, the latest given first."""
    months = standards(session).funding_notice_months
    return [_row(notice, months) for notice in _notices(session)]


def notice_row(session: Session, notice_id: int) -> NoticeRow:
    return _row(fetch(session, FundingNotice, notice_id, _what()), standards(session).funding_notice_months)


def notice_outcomes(session: Session, start: dt.date, end: dt.date) -> list[NoticeRow]:
    """For a year's review: the notices given between `start` and `end` (both counted), and those given earlier
    whose outcome fell between them, so a 2009 cut withdrawn in 2010 is reported in 2010 as well. Earliest given
    first; the words are in the language in force."""
    months = standards(session).funding_notice_months
    found = _notices(session, or_(and_(FundingNotice.given_on >= start, FundingNotice.given_on <= end),
                                  and_(FundingNotice.outcome_on >= start, FundingNotice.outcome_on <= end)))
    return [_row(notice, months) for notice in reversed(found)]


def flagged(session: Session, today: dt.date) -> list[NoticeRow]:
    """Short notices whose change took effect in the last year (or will), not withdrawn: still worth taking up."""
    recent = today - dt.timedelta(days=RECENT_DAYS)
    return [row for row in notice_rows(session) if row.to_take_up and row.effective_on >= recent]
