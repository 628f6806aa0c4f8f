"""The compact's own commitments on the dashboard: codes due for review, consultations
that fell short, funding notices given too late, and disputes still open.

Each area's service decides what is flagged; this module only words the lines."""

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from compactdesk.domain.dates import days_text, uk_date
from compactdesk.domain.standards import check_consultation, notice_days_short, notice_to_take_up
from compactdesk.domain.sql_portable import add_months
from compactdesk.domain.word_lists import all_of
from compactdesk.i18n import translate
from compactdesk.services import codes, disputes, funding
from compactdesk.services.compact import standards
from compactdesk.store.models import Consultation, FundingNotice, Organisation

REVIEW_WARNING_DAYS = 60  # a code's review shows this long before it is due
RECENT_DAYS = 365  # a consultation that ran short stays on the dashboard for a year after it closed


def _code_items(session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    items = []
    for row in codes.reviews_due(session, today, REVIEW_WARNING_DAYS):
        due = row.next_review_due
        how_long = translate("Attention", "{days} overdue").format(days=days_text((today - due).days)) \
            if row.overdue else translate("Attention", "due in {days}").format(days=days_text((due - today).days))
        last = uk_date(row.last_reviewed_on) if row.last_reviewed_on else translate("Attention", "never")
        items.append(AttentionItem(
            Area.CODE_REVIEW, row.code_id, translate("Attention", "Review the code “{name}”").format(name=row.name),
            due, how_long, translate("Attention", "review due {due}; last reviewed {last}").format(
                due=uk_date(due), last=last), row.overdue))
    return items


def _consultations(session, today: dt.date, rules) -> list:
    """(id, title, body, opens, closes, check) of the consultations that may need a line, by closing day.

    SQL keeps those that closed within the year (or are still to close), whose length may
    be short, and those whose respondents' feedback is past due and not given; the
    compact's check (domain.standards.check_consultation) decides each."""
    untold = and_(or_(Consultation.feedback_on.is_(None), Consultation.feedback_on > today),
                  Consultation.closes_on < today - dt.timedelta(weeks=rules.consultation_feedback_weeks))
    query = (select(Consultation.id, Consultation.title, Organisation.name, Consultation.opens_on,
                    Consultation.closes_on, Consultation.short_reason, Consultation.feedback_on)
             .join(Organisation, Consultation.body_id == Organisation.id)
             .where(or_(Consultation.closes_on >= today - dt.timedelta(days=RECENT_DAYS), untold))
             .order_by(Consultation.closes_on, Consultation.id))
    return [(ident, title, body, opens_on, closes_on, check_consultation(
        today, opens_on=opens_on, closes_on=closes_on, short_reason=short_reason or "", feedback_on=feedback_on,
        weeks=rules.consultation_weeks, feedback_weeks=rules.consultation_feedback_weeks))
        for ident, title, body, opens_on, closes_on, short_reason, feedback_on in session.execute(query)]


def _consultation_items(session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    rules = standards(session)
    weeks = rules.consultation_weeks
    items = []
    for ident, title, body, opens_on, closes_on, check in _consultations(session, today, rules):
        untold = check.feedback_late and not check.feedback_given
        short = check.short_unexplained and (today - closes_on).days <= RECENT_DAYS
        if not (untold or short):
            continue
        parts = []
        if short:
            parts.append(translate("Attention", "shorter than %n week(s), no reason given", None, weeks))
        if untold:
            parts.append(translate("Attention", "respondents not yet told the outcome"))
        if untold:
            since = check.feedback_due
            how_long = translate("Attention", "{days} overdue").format(days=days_text((today - since).days))
        else:
            since = opens_on
            how_long = translate("Attention", "closed {day}").format(day=uk_date(closes_on)) \
                if closes_on < today else translate("Attention", "closes {day}").format(day=uk_date(closes_on))
        items.append(AttentionItem(
            Area.CONSULTATION, ident, translate("Attention", "{body}: {title} — {what}").format(
                body=body, title=title, what=all_of(parts)), since, how_long,
            translate("Attention", "open {opens} to {closes}; feedback due {due}").format(
                opens=uk_date(opens_on), closes=uk_date(closes_on), due=uk_date(check.feedback_due)), True))
    return items


def short_notices(session, today: dt.date) -> list:
    """(id, body, organisation, change, given, effective, days short) of the notices given too late
    whose change took effect within the year (or is still to), by the day notice was given; a change
    withdrawn or reversed leaves nothing to take up (domain.standards.notice_to_take_up).

    SQL keeps the recent ones that took effect before the same months later by SQLite's count
    (a day or two later than the calendar's at a month's end, so none is missed);
    domain.standards.notice_days_short decides each."""
    months = standards(session).funding_notice_months
    organisation = aliased(Organisation)
    query = (select(FundingNotice.id, Organisation.name, organisation.name, FundingNotice.change,
                    FundingNotice.given_on, FundingNotice.effective_on, FundingNotice.outcome)
             .join(Organisation, FundingNotice.body_id == Organisation.id)
             .join(organisation, FundingNotice.organisation_id == organisation.id)
             .where(FundingNotice.effective_on >= today - dt.timedelta(days=funding.RECENT_DAYS),
                    FundingNotice.effective_on < add_months(FundingNotice.given_on, int(months)))
             .order_by(FundingNotice.given_on, FundingNotice.id))
    found = []
    for ident, body, organisation_name, change, given_on, effective_on, outcome in session.execute(query):
        short = notice_days_short(given_on, effective_on, months)
        if notice_to_take_up(short, outcome):
            found.append((ident, body, organisation_name, change, given_on, effective_on, short))
    return found


def _funding_items(session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    return [AttentionItem(
        Area.FUNDING_NOTICE, ident, translate("Attention", "{body} → {organisation}: {change} at short notice")
        .format(body=body, organisation=organisation, change=change.label().lower()), given_on,
        translate("Attention", "{days} short").format(days=days_text(short)),
        translate("Attention", "notice given {given}, takes effect {effective}").format(
            given=uk_date(given_on), effective=uk_date(effective_on)), effective_on >= today)
        for ident, body, organisation, change, given_on, effective_on, short in short_notices(session, today)]


def _dispute_items(session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    rows = [row for row in disputes.open_disputes(session, today) if row.raised_on <= today]
    return [AttentionItem(
        Area.DISPUTE, row.dispute_id, translate("Attention", "Dispute: {title}").format(title=row.title),
        row.raised_on, translate("Attention", "open {days}").format(days=days_text(row.days_open)),
        translate("Attention", "raised {raised}; stage: {stage}").format(
            raised=uk_date(row.raised_on), stage=row.stage or translate("Attention", "no stage recorded yet")),
        row.open_long) for row in sorted(rows, key=lambda row: (row.raised_on, row.dispute_id))]


def standards_items(session, today: dt.date) -> list:
    return (_code_items(session, today) + _consultation_items(session, today) + _funding_items(session, today)
            + _dispute_items(session, today))
