"""Consultations by public bodies, checked against the compact's standards: long enough (or shorter for a
stated reason), and respondents told what was done with their views within the set weeks of closing.

The check itself is domain.standards.check_consultation with the compact's own numbers. Its length is counted as
people count it, both the opening and the closing day included (domain.standards.consultation_days): open Monday 5
January to Sunday 29 March is 12 weeks. counting_rule says so in the form, with the same count.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.domain.standards import (
    ConsultationCheck,
    check_consultation,
    consultation_days,
    consultation_full_length_closes,
)
from compactdesk.i18n import name_order, translate
from compactdesk.services.common import as_date, fetch, not_before, whole_number
from compactdesk.services.compact import standards
from compactdesk.store.models import Consultation, Organisation

MAX_RESPONSES = 1_000_000


def _what() -> str:
    return translate("Consultations", "consultation")


@dataclass(frozen=True)
class OrganisationChoice:
    ident: int
    name: str
    sector: Sector


def organisation_choices(session: Session, *, public: bool) -> list[OrganisationChoice]:
    """The public bodies (or the voluntary and community organisations), by name."""
    rows = session.execute(select(Organisation.id, Organisation.name, Organisation.sector)).all()
    return sorted((OrganisationChoice(ident, name, sector) for ident, name, sector in rows
                   if sector.is_public == public), key=lambda choice: (name_order(choice.name), choice.ident))


def public_body(session: Session, body_id: int | None, field: str = "body") -> Organisation:
    """The public body named, or a refusal that says why a voluntary organisation cannot be one."""
    if body_id is None:
        raise ValidationError(translate("Consultations", "Choose the public body."), field)
    body = fetch(session, Organisation, body_id, translate("Consultations", "public body"), field)
    if not body.sector.is_public:
        raise ValidationError(translate(
            "Consultations", "{name} is in the voluntary and community sector, not a public body. Choose the council, "
            "the health board or another public body.").format(name=body.name), field)
    return body


def _responses(value) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", "")
    return whole_number(value, translate("Consultations", "the number of responses"), "responses",
                        low=0, high=MAX_RESPONSES)


def _fields(session: Session, *, title, body_id, opens_on, closes_on, short_reason, feedback_on, responses,
            notes) -> dict:
    opens = as_date(opens_on, translate("Consultations", "the day it opened"), "opens_on")
    closes = as_date(closes_on, translate("Consultations", "the day it closed"), "closes_on")
    not_before(closes, opens, translate("Consultations", "the closing day"), translate("Consultations", "the opening day"),
               "closes_on")
    feedback = as_date(feedback_on, translate("Consultations", "the day feedback was published"), "feedback_on",
                       required=False)
    not_before(feedback, opens, translate("Consultations", "the day feedback was published"),
               translate("Consultations", "the opening day"), "feedback_on")
    return {
        "title": text.required(title, translate("Consultations", "the consultation's title"), "title"),
        "body": public_body(session, body_id),
        "opens_on": opens,
        "closes_on": closes,
        "short_reason": text.optional(short_reason, translate("Consultations", "the reason it was shorter"),
                                      "short_reason", multiline=True),
        "feedback_on": feedback,
        "responses": _responses(responses),
        "notes": text.optional(notes, translate("Consultations", "the notes"), "notes", multiline=True),
    }


def add_consultation(session: Session, title: str, body_id: int, opens_on: dt.date | str, closes_on: dt.date | str,
                     *, short_reason: str = "", feedback_on: dt.date | str | None = None,
                     responses: int | str | None = None, notes: str = "") -> Consultation:
    consultation = Consultation(**_fields(session, title=title, body_id=body_id, opens_on=opens_on,
                                          closes_on=closes_on, short_reason=short_reason, feedback_on=feedback_on,
                                          responses=responses, notes=notes))
    session.add(consultation)
    session.flush()
    return consultation


def update_consultation(session: Session, consultation_id: int, *, title: str, body_id: int,
                        opens_on: dt.date | str, closes_on: dt.date | str, short_reason: str = "",
                        feedback_on: dt.date | str | None = None, responses: int | str | None = None,
                        notes: str = "") -> Consultation:
    consultation = fetch(session, Consultation, consultation_id, _what())
    for key, value in _fields(session, title=title, body_id=body_id, opens_on=opens_on, closes_on=closes_on,
                              short_reason=short_reason, feedback_on=feedback_on, responses=responses,
                              notes=notes).items():
        setattr(consultation, key, value)
    return consultation


def delete_consultation(session: Session, consultation_id: int) -> None:
    session.delete(fetch(session, Consultation, consultation_id, _what()))


# -- the check in words ----------------------------------------------------------------------------------


def weeks_and_days(days: int) -> str:
    """ "3 weeks", "8 weeks 3 days", "5 days": a length as people say it."""
    weeks, rest = divmod(max(0, days), 7)
    if not weeks:
        return translate("Consultations", "%n day(s)", None, rest)
    if not rest:
        return translate("Consultations", "%n week(s)", None, weeks)
    return translate("Consultations", "{weeks} {days}").format(
        weeks=translate("Consultations", "%n week(s)", None, weeks), days=translate("Consultations", "%n day(s)", None,
                                                                                  rest))


def counting_rule(opens_on: dt.date, weeks: int) -> str:
    """The rule the length is counted by, with the standard's own example from the opening day: "Counted as people
    count it: both the opening and the closing day are included — 12 weeks from Monday 5 January 2026 closes on
    Sunday 29 March 2026." """
    weeks = whole_number(weeks, translate("Compact", "the consultation length in weeks"), "consultation_weeks",
                         low=1, high=52)  # the range set_standards keeps
    return translate("Consultations", "Counted as people count it: both the opening and the closing day are "
                                      "included — {length} from {opens} closes on {closes}.").format(
        length=translate("Consultations", "%n week(s)", None, weeks), opens=uk_long_date(opens_on),
        closes=uk_long_date(consultation_full_length_closes(opens_on, weeks)))


def length_text(opens_on: dt.date, closes_on: dt.date, short_reason: str, weeks: int) -> str:
    """E.g. "Open 8 weeks — 4 short of the 12-week standard, no reason given"."""
    days = consultation_days(opens_on, closes_on)
    standard = translate("Consultations", "the {weeks}-week standard").format(weeks=weeks)
    if days >= weeks * 7:
        return translate("Consultations", "Open {length}, meeting {standard}").format(
            length=weeks_and_days(days), standard=standard)
    gap = weeks * 7 - days
    # Whole weeks read best as "4 short"; a part week needs its days said.
    short = str(gap // 7) if days and days % 7 == 0 else weeks_and_days(gap)
    if short_reason.strip():
        return translate("Consultations", "Open {length} — {short} short of {standard}, for a reason given").format(
            length=weeks_and_days(days), short=short, standard=standard)
    return translate("Consultations", "Open {length} — {short} short of {standard}, no reason given").format(
        length=weeks_and_days(days), short=short, standard=standard)


def feedback_text(check: ConsultationCheck, today: dt.date, *, closes_on: dt.date,
                  feedback_on: dt.date | None) -> str:
    """E.g. "Feedback to respondents 3 weeks overdue", "Feedback published 3 March 2026"."""
    if check.feedback_given:
        if check.feedback_late:
            return translate("Consultations", "Feedback published {day}, {late} late").format(
                day=uk_date(feedback_on), late=weeks_and_days((feedback_on - check.feedback_due).days))
        return translate("Consultations", "Feedback published {day}").format(day=uk_date(feedback_on))
    if check.feedback_late:
        return translate("Consultations", "Feedback to respondents {late} overdue").format(
            late=weeks_and_days((today - check.feedback_due).days))
    if feedback_on is not None:
        return translate("Consultations", "Feedback to be published {day}").format(day=uk_date(feedback_on))
    if today <= closes_on:
        return translate("Consultations", "Open until {closes}; feedback due by {due}").format(
            closes=uk_date(closes_on), due=uk_date(check.feedback_due))
    return translate("Consultations", "Feedback due by {due}").format(due=uk_date(check.feedback_due))


def length_brief(opens_on: dt.date, closes_on: dt.date, short_reason: str, weeks: int) -> str:
    """The length for a table cell: "12 weeks", "8 weeks: 4 short", "4 weeks: 8 short, reason given"."""
    days = consultation_days(opens_on, closes_on)
    if days >= weeks * 7:
        return weeks_and_days(days)
    gap = weeks * 7 - days
    short = str(gap // 7) if days and days % 7 == 0 else weeks_and_days(gap)
    if short_reason.strip():
        return translate("Consultations", "{length}: {short} short, reason given").format(
            length=weeks_and_days(days), short=short)
    return translate("Consultations", "{length}: {short} short").format(length=weeks_and_days(days), short=short)


def feedback_brief(check: ConsultationCheck, today: dt.date, *, feedback_on: dt.date | None) -> str:
    """Feedback for a table cell: "3 weeks overdue", "Published 3 March 2026, 10 days late", "Due 22 June 2026"."""
    if check.feedback_given:
        if check.feedback_late:
            return translate("Consultations", "Published {day}, {late} late").format(
                day=uk_date(feedback_on), late=weeks_and_days((feedback_on - check.feedback_due).days))
        return translate("Consultations", "Published {day}").format(day=uk_date(feedback_on))
    if check.feedback_late:
        return translate("Consultations", "{late} overdue").format(
            late=weeks_and_days((today - check.feedback_due).days))
    if feedback_on is not None:
        return translate("Consultations", "To be published {day}").format(day=uk_date(feedback_on))
    return translate("Consultations", "Due by {due}").format(due=uk_date(check.feedback_due))


# -- rows --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsultationRow:
    consultation_id: int
    title: str
    body: str
    body_id: int
    opens_on: dt.date
    closes_on: dt.date
    short_reason: str
    feedback_on: dt.date | None
    responses: int | None
    notes: str
    check: ConsultationCheck
    length: str  # the length against the standard, in words
    feedback: str  # where feedback to respondents stands, in words
    length_brief: str  # the same two, short enough for a table cell
    feedback_brief: str

    @property
    def flagged(self) -> bool:
        return self.check.flagged

    @property
    def why(self) -> str:
        """Why the row is flagged, a sentence a line; empty when it is not."""
        reasons = []
        if self.check.short_unexplained:
            reasons.append(self.length)
        if self.check.feedback_late and not self.check.feedback_given:
            reasons.append(self.feedback)
        return "\n".join(reasons)


def _row(item: Consultation, today: dt.date, rules: Standards) -> ConsultationRow:
    check = check_consultation(today, opens_on=item.opens_on, closes_on=item.closes_on,
                               short_reason=item.short_reason or "", feedback_on=item.feedback_on,
                               weeks=rules.consultation_weeks, feedback_weeks=rules.consultation_feedback_weeks)
    return ConsultationRow(
        item.id, item.title, item.body.name, item.body_id, item.opens_on, item.closes_on, item.short_reason or "",
        item.feedback_on, item.responses, item.notes or "", check,
        length_text(item.opens_on, item.closes_on, item.short_reason or "", rules.consultation_weeks),
        feedback_text(check, today, closes_on=item.closes_on, feedback_on=item.feedback_on),
        length_brief(item.opens_on, item.closes_on, item.short_reason or "", rules.consultation_weeks),
        feedback_brief(check, today, feedback_on=item.feedback_on))


def consultation_rows(session: Session, today: dt.date) -> list[ConsultationRow]:
    """Every consultation with its check on `today`, the latest to close first."""
    rules = standards(session)
    items = session.scalars(select(Consultation).options(selectinload(Consultation.body))
                            .order_by(Consultation.closes_on.desc(), Consultation.id.desc()))
    return [_row(item, today, rules) for item in items]


def consultation_row(session: Session, consultation_id: int, today: dt.date) -> ConsultationRow:
    return _row(fetch(session, Consultation, consultation_id, _what()), today, standards(session))


def flagged(session: Session, today: dt.date) -> list[ConsultationRow]:
    """The consultations the group should take up: short with no reason, or respondents still not told."""
    return [row for row in consultation_rows(session, today) if row.flagged]
