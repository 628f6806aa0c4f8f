"""The compact's own commitments on the dashboard: codes due for review, consultations
that fell short, funding notices given too late, and disputes still open."""

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain.dates import days_text, uk_date
from compactdesk.domain.standards import check_consultation, code_review_due, funding_notice_ok, notice_days_short
from compactdesk.i18n import translate
from compactdesk.services.compact import standards
from compactdesk.store.models import CodeOfPractice, Consultation, Dispute, FundingNotice

REVIEW_WARNING_DAYS = 60  # a code's review shows this long before it is due
RECENT_NOTICE_DAYS = 365  # a short funding notice stays on the dashboard for a year after it takes effect
LONG_DISPUTE_DAYS = 90  # an open dispute older than this is urgent


def _code_items(session: Session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    items = []
    for code in session.scalars(select(CodeOfPractice).options(selectinload(CodeOfPractice.reviews))):
        last = max((review.on for review in code.reviews if review.on <= today), default=None)
        due = code_review_due(code.status, adopted_on=code.adopted_on, last_reviewed_on=last,
                              review_months=code.review_months)
        if due is None or (due - today).days > REVIEW_WARNING_DAYS:
            continue
        late = today > due
        how_long = translate("Attention", "{days} overdue").format(days=days_text((today - due).days)) if late \
            else translate("Attention", "due in {days}").format(days=days_text((due - today).days))
        items.append(AttentionItem(
            Area.CODE_REVIEW, code.id, translate("Attention", "Review the code “{name}”").format(name=code.name), due,
            how_long, translate("Attention", "review due {due}; last reviewed {last}").format(
                due=uk_date(due), last=uk_date(last) if last else translate("Attention", "never")), late))
    return items


def _consultation_items(session: Session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    rules = standards(session)
    items = []
    for item in session.scalars(select(Consultation).options(selectinload(Consultation.body))
                                .order_by(Consultation.closes_on)):
        check = check_consultation(today, opens_on=item.opens_on, closes_on=item.closes_on,
                                   short_reason=item.short_reason, feedback_on=item.feedback_on,
                                   weeks=rules.consultation_weeks, feedback_weeks=rules.consultation_feedback_weeks)
        untold = check.feedback_late and not check.feedback_given
        short = check.short_unexplained and (today - item.closes_on).days <= RECENT_NOTICE_DAYS
        if not (untold or short):
            continue
        parts = []
        if short:
            parts.append(translate("Attention", "shorter than %n week(s), no reason given", None,
                                   rules.consultation_weeks))
        if untold:
            parts.append(translate("Attention", "respondents not yet told the outcome"))
        what = translate("Attention", " and ").join(parts)
        if untold:
            since = check.feedback_due
            how_long = translate("Attention", "{days} overdue").format(days=days_text((today - since).days))
        else:
            since = item.opens_on
            how_long = translate("Attention", "closed {day}").format(day=uk_date(item.closes_on)) \
                if item.closes_on < today else translate("Attention", "closes {day}").format(day=uk_date(item.closes_on))
        items.append(AttentionItem(
            Area.CONSULTATION, item.id, translate("Attention", "{body}: {title} — {what}").format(
                body=item.body.name, title=item.title, what=what), since, how_long,
            translate("Attention", "open {opens} to {closes}; feedback due {due}").format(
                opens=uk_date(item.opens_on), closes=uk_date(item.closes_on), due=uk_date(check.feedback_due)), True))
    return items


def _funding_items(session: Session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    months = standards(session).funding_notice_months
    recent = today - dt.timedelta(days=RECENT_NOTICE_DAYS)
    items = []
    for notice in session.scalars(select(FundingNotice).where(FundingNotice.effective_on >= recent)
                                  .options(selectinload(FundingNotice.organisation), selectinload(FundingNotice.body))
                                  .order_by(FundingNotice.given_on)):
        if funding_notice_ok(notice.given_on, notice.effective_on, months):
            continue
        short = notice_days_short(notice.given_on, notice.effective_on, months)
        items.append(AttentionItem(
            Area.FUNDING_NOTICE, notice.id, translate("Attention", "{body} → {organisation}: {change} at short notice")
            .format(body=notice.body.name, organisation=notice.organisation.name,
                    change=notice.change.label().lower()), notice.given_on,
            translate("Attention", "{days} short").format(days=days_text(short)),
            translate("Attention", "notice given {given}, takes effect {effective}").format(
                given=uk_date(notice.given_on), effective=uk_date(notice.effective_on)), notice.effective_on >= today))
    return items


def _dispute_items(session: Session, today: dt.date) -> list:
    from compactdesk.services.attention import Area, AttentionItem

    items = []
    for dispute in session.scalars(select(Dispute).where(Dispute.resolved_on.is_(None), Dispute.raised_on <= today)
                                   .options(selectinload(Dispute.steps)).order_by(Dispute.raised_on)):
        days = (today - dispute.raised_on).days
        stage = dispute.steps[-1].stage.name if dispute.steps else translate("Attention", "no stage recorded yet")
        items.append(AttentionItem(
            Area.DISPUTE, dispute.id, translate("Attention", "Dispute: {title}").format(title=dispute.title),
            dispute.raised_on, translate("Attention", "open {days}").format(days=days_text(days)),
            translate("Attention", "raised {raised}; stage: {stage}").format(raised=uk_date(dispute.raised_on),
                                                                            stage=stage), days > LONG_DISPUTE_DAYS))
    return items


def standards_items(session: Session, today: dt.date) -> list:
    return (_code_items(session, today) + _consultation_items(session, today) + _funding_items(session, today)
            + _dispute_items(session, today))
