"""The compact's own commitments on the dashboard: codes due for review, consultations
that fell short, funding notices given too late, and disputes still open.

Each area's service decides what is flagged; this module only words the lines."""

import datetime as dt

from compactdesk.domain.dates import days_text, uk_date
from compactdesk.i18n import translate
from compactdesk.services import codes, consultations, disputes, funding
from compactdesk.services.compact import standards

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


def _consultation_items(session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    weeks = standards(session).consultation_weeks
    items = []
    for row in sorted(consultations.flagged(session, today), key=lambda row: (row.closes_on, row.consultation_id)):
        check = row.check
        untold = check.feedback_late and not check.feedback_given
        short = check.short_unexplained and (today - row.closes_on).days <= RECENT_DAYS
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
            since = row.opens_on
            how_long = translate("Attention", "closed {day}").format(day=uk_date(row.closes_on)) \
                if row.closes_on < today else translate("Attention", "closes {day}").format(day=uk_date(row.closes_on))
        items.append(AttentionItem(
            Area.CONSULTATION, row.consultation_id, translate("Attention", "{body}: {title} — {what}").format(
                body=row.body, title=row.title, what=translate("Attention", " and ").join(parts)), since, how_long,
            translate("Attention", "open {opens} to {closes}; feedback due {due}").format(
                opens=uk_date(row.opens_on), closes=uk_date(row.closes_on), due=uk_date(check.feedback_due)), True))
    return items


def _funding_items(session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    return [AttentionItem(
        Area.FUNDING_NOTICE, row.notice_id, translate("Attention", "{body} → {organisation}: {change} at short notice")
        .format(body=row.body, organisation=row.organisation, change=row.change.label().lower()), row.given_on,
        translate("Attention", "{days} short").format(days=days_text(row.days_short)),
        translate("Attention", "notice given {given}, takes effect {effective}").format(
            given=uk_date(row.given_on), effective=uk_date(row.effective_on)), row.effective_on >= today)
        for row in sorted(funding.flagged(session, today), key=lambda row: (row.given_on, row.notice_id))]


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
