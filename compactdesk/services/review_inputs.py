"""The monitoring framework's inputs for a year (issue 21): the resources behind the compact and its leads,
counted for the year and put in one sentence each for the indicators that show them."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk.i18n import translate
from compactdesk.services import leads, resources
from compactdesk.services.common import year_kept
from compactdesk.services.leads import LeadNow
from compactdesk.services.resources import YearInputs


def inputs_and_leads(session: Session, year: int, end: dt.date) -> tuple[YearInputs, tuple[LeadNow, ...], int]:
    """The framework's inputs for the year: its resources, and its leads at the end with the year's changes."""
    return (resources.year_inputs(session, year, end), tuple(leads.leads_now(session, end)),
            len(leads.lead_changes_in(session, dt.date(year_kept(year), 1, 1), end)))


def resources_sentence(inputs: YearInputs | None) -> str:
    if inputs is None or not inputs.lines:
        return translate("Review", "No posts, budgets or funding agreements recorded")
    money = "; ".join(translate("Review", "{funder} {amount}").format(funder=total.funder, amount=total.text)
                      for total in inputs.funders)
    count = len(inputs.lines)
    words = translate("Review", "%n resource(s) in the year", None, count)
    if inputs.posts:
        words = translate("Review", "{resources} (posts' time on the compact: {share})").format(
            resources=words, share=inputs.post_share_text)
    return translate("Review", "{resources}: {money}").format(resources=words, money=money) if money else words


def leads_sentence(now: tuple[LeadNow, ...], changes: int) -> str:
    held = [translate("Review", "{role} {name}").format(role=lead.role.label(), name=lead.person)
            for lead in now if lead.person]
    if not held:
        return translate("Review", "No lead councillor or lead officer recorded")
    words = "; ".join(held)
    if changes:
        words = translate("Review", "{leads} (%n change(s) in the year)", None, changes).format(leads=words)
    return words
