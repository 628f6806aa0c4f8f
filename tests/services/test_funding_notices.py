"""Funding notices on a real store: who gives notice to whom, the calendar-month check and its words."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from welsh_catalogue import welsh_loaded

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import FundingChange, FundingOutcome, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.domain.standards import funding_notice_ok
from compactdesk.i18n import speaking
from compactdesk.services import attention_standards, compact, funding, members, review
from compactdesk.store.models import FundingNotice

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def orgs(store):
    def add(name, sector):
        return store.run(members.add_organisation, name, sector).id

    return {"council": add("Cyngor Sir Dyfnant", Sector.COUNCIL), "police": add("Heddlu Dyfnant", Sector.POLICE),
            "forum": add("Fforwm Ieuenctid Dyfnant 🎤", Sector.VCS), "polish": add("Centrum Polskie – Łódź", Sector.VCS)}


def add(store, orgs, given_on="2026-11-30", effective_on="2027-02-28", **kwargs):
    return store.run(funding.add_notice, kwargs.pop("organisation_id", orgs["forum"]),
                     kwargs.pop("body_id", orgs["council"]), given_on, effective_on, **kwargs)


def row_of(store, ident) -> funding.NoticeRow:
    return store.run(funding.notice_row, ident)


def refused(store, service, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    return caught.value


def test_a_notice_is_stored_whole_with_welsh_polish_and_emoji_text(store, orgs):
    made = add(store, orgs, change=FundingChange.END, notes="Grant yn dod i ben – Łucja 😞\nail linell")
    row = row_of(store, made.id)
    assert (row.organisation, row.body, row.change) == ("Fforwm Ieuenctid Dyfnant 🎤", "Cyngor Sir Dyfnant",
                                                        FundingChange.END)
    assert (row.given_on, row.effective_on, row.notes) == (dt.date(2026, 11, 30), dt.date(2027, 2, 28),
                                                           "Grant yn dod i ben – Łucja 😞\nail linell")
    assert (row.months, row.needed_until, row.days_short, row.flagged) == (3, dt.date(2027, 2, 28), 0, False)
    assert row.notice == ("3 months' notice needed from 30 November 2026: may take effect from 28 February 2027 — "
                          "enough notice")


def test_a_short_notice_is_flagged_saying_by_how_many_days(store, orgs):
    made = add(store, orgs, effective_on="2027-02-16")
    row = row_of(store, made.id)
    assert row.flagged and row.days_short == 12
    assert row.notice == ("3 months' notice needed from 30 November 2026: may take effect from 28 February 2027 — "
                          "12 days short")


def test_the_boundary_day_is_enough_and_the_day_before_is_one_day_short(store, orgs):
    assert not row_of(store, add(store, orgs, given_on="2027-11-30", effective_on="2028-02-29").id).flagged
    row = row_of(store, add(store, orgs, given_on="2027-11-30", effective_on="2028-02-28").id)
    assert row.flagged and row.days_short == 1 and row.notice.endswith("29 February 2028 — 1 day short")


def test_six_months_notice_is_never_flagged_under_the_three_month_standard(store, orgs):
    row = row_of(store, add(store, orgs, given_on="2026-08-31", effective_on="2027-02-28").id)
    assert not row.flagged and row.needed_until == dt.date(2026, 11, 30)


def test_the_compacts_own_standard_is_used_and_one_month_reads_right(store, orgs):
    store.run(compact.set_up_compact, "Compact Sir Ddyfnant", today=TODAY)
    store.run(compact.set_standards, Standards(funding_notice_months=6))
    made = add(store, orgs, given_on="2026-08-31", effective_on="2027-02-27")
    row = row_of(store, made.id)
    assert row.flagged and row.months == 6 and row.needed_until == dt.date(2027, 2, 28) and row.days_short == 1
    store.run(compact.set_standards, Standards(funding_notice_months=1))
    assert row_of(store, made.id).notice.startswith("One month's notice needed from 31 August 2026")


def test_the_organisation_must_be_voluntary_and_the_body_public(store, orgs):
    error = refused(store, funding.add_notice, orgs["council"], orgs["police"], "2026-01-01", "2026-06-01")
    assert error.field == "organisation" and "Cyngor Sir Dyfnant is a public body" in str(error)
    error = refused(store, funding.add_notice, orgs["forum"], orgs["polish"], "2026-01-01", "2026-06-01")
    assert error.field == "body" and "not a public body" in str(error)
    assert refused(store, funding.add_notice, None, orgs["council"], "2026-01-01", "2026-06-01").field \
        == "organisation"
    assert refused(store, funding.add_notice, orgs["forum"], None, "2026-01-01", "2026-06-01").field == "body"
    assert store.run(funding.notice_rows) == []


def test_the_change_cannot_take_effect_before_notice_was_given_but_may_the_same_day(store, orgs):
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2026-06-02", "2026-06-01")
    assert error.field == "effective_on" and "cannot be before the day notice was given (2 June 2026)" in str(error)
    row = row_of(store, add(store, orgs, given_on="2026-06-02", effective_on="2026-06-02").id)
    assert row.flagged and row.days_short == 92


def test_missing_dates_and_an_unknown_change_are_refused_at_their_fields(store, orgs):
    assert refused(store, funding.add_notice, orgs["forum"], orgs["council"], None, "2026-06-01").field == "given_on"
    assert refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2026-01-01", "").field \
        == "effective_on"
    assert refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2026-01-01", "2026-06-01",
                   change="freeze").field == "change"


def test_edit_and_delete(store, orgs):
    made = add(store, orgs)
    store.run(funding.update_notice, made.id, organisation_id=orgs["polish"], body_id=orgs["police"],
              given_on="2026-01-10", effective_on="2026-02-10", change="end", notes="Ended early")
    row = row_of(store, made.id)
    assert (row.organisation, row.body, row.change, row.days_short) == ("Centrum Polskie – Łódź", "Heddlu Dyfnant",
                                                                        FundingChange.END, 59)
    assert refused(store, funding.update_notice, made.id, organisation_id=orgs["police"], body_id=orgs["police"],
                   given_on="2026-01-10", effective_on="2026-02-10").field == "organisation"
    assert row_of(store, made.id).organisation_id == orgs["polish"]
    store.run(funding.delete_notice, made.id)
    assert store.run(funding.notice_rows) == []


def test_flagged_lists_recent_short_notices_only(store, orgs):
    long_ago = add(store, orgs, given_on="2025-09-01", effective_on="2025-11-23")  # short, but over a year ago
    year_ago = add(store, orgs, given_on="2025-09-01", effective_on="2025-11-24")  # short, exactly 365 days ago
    future = add(store, orgs, given_on="2026-11-01", effective_on="2026-12-01")  # short, still to come
    add(store, orgs, given_on="2026-05-01", effective_on="2026-11-01")  # enough notice
    flagged = [row.notice_id for row in store.run(funding.flagged, TODAY)]
    assert sorted(flagged) == sorted([year_ago.id, future.id])
    assert long_ago.id not in flagged
    # Latest given first in the list as a whole.
    assert [row.given_on for row in store.run(funding.notice_rows)] == sorted(
        (row.given_on for row in store.run(funding.notice_rows)), reverse=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Up to 400 days later must stay inside the years CompactDesk keeps (to 2199).
@given(given_on=st.dates(dt.date(1990, 1, 1), dt.date(2198, 11, 30)), after=st.integers(0, 400),
       months=st.integers(1, 24))
def test_rows_agree_with_the_domain_rule(store, orgs, given_on, after, months):
    store.run(lambda session: compact.get_compact(session) or compact.set_up_compact(session, "C", today=TODAY))
    store.run(compact.set_standards, Standards(funding_notice_months=months))
    effective = given_on + dt.timedelta(days=after)
    made = add(store, orgs, given_on=given_on, effective_on=effective)
    row = row_of(store, made.id)
    assert row.flagged == (not funding_notice_ok(given_on, effective, months))
    assert (row.days_short == 0) == funding_notice_ok(given_on, effective, months)
    store.run(lambda session: session.delete(session.get(FundingNotice, made.id)))


# -- how much, and what came of it (issue 21) ----------------------------------------------------------------


@pytest.fixture
def thurrock(store):
    def add_org(name, sector):
        return store.run(members.add_organisation, name, sector).id

    return {"council": add_org("Thurrock Council", Sector.COUNCIL), "cvs": add_org("Thurrock CVS", Sector.VCS)}


def test_thurrock_a_cut_signalled_in_2009_and_withdrawn_is_reported_as_withdrawn_not_as_funding_ended(
        store, thurrock):
    """Thurrock, as the secretary would enter it. May 2009: the council signals a blanket cut of about 7% from
    April 2010, and tells the CVS it will be funded for only six more months. A councillor's call-in fails; the
    council then consults the sector itself, and by late 2010 there are no cuts and the CVS is retained."""
    store.run(compact.set_up_compact, "Thurrock Compact", today=dt.date(2009, 1, 1))
    cut = store.run(funding.add_notice, thurrock["cvs"], thurrock["council"], "14/05/2009", "01/04/2010",
                    FundingChange.REDUCE, "Blanket cut to the voluntary and community sector", percent="7%")
    ending = store.run(funding.add_notice, thurrock["cvs"], thurrock["council"], "14/05/2009", "14/11/2009",
                       FundingChange.END, "The CVS told it will be funded for the next 6 months only",
                       amount_pence="£120,000")
    assert row_of(store, cut.id).outcome_text == "Not known yet"
    # The call-in fails: nothing is known yet, but the secretary notes it.
    values = dict(organisation_id=thurrock["cvs"], body_id=thurrock["council"], given_on="14/05/2009",
                  effective_on="14/11/2009", change="end", notes="The CVS told it will be funded for the next 6 "
                  "months only", amount_pence="£120,000")
    store.run(funding.update_notice, ending.id, **values,
              outcome_note="A councillor's call-in failed to overturn the decision")
    assert row_of(store, ending.id).outcome_text == (
        "Not known yet: A councillor's call-in failed to overturn the decision")
    # After the council's own consultation and impact assessment: the CVS is kept, and no cut is made.
    store.run(funding.update_notice, ending.id, **values, outcome=FundingOutcome.WITHDRAWN, outcome_on="12/11/2009",
              outcome_note="CVS retained after the council's consultation")
    store.run(funding.update_notice, cut.id, organisation_id=thurrock["cvs"], body_id=thurrock["council"],
              given_on="14/05/2009", effective_on="01/04/2010", change="reduce",
              notes="Blanket cut to the voluntary and community sector", percent=7, outcome="withdrawn",
              outcome_on=dt.date(2010, 2, 25), outcome_note="no cut")

    ended = row_of(store, ending.id)
    assert (ended.outcome, ended.outcome_on, ended.amount_pence, ended.amount) == (
        FundingOutcome.WITHDRAWN, dt.date(2009, 11, 12), 12_000_000, "£120,000")
    assert ended.outcome_text == "Withdrawn on 12 November 2009: CVS retained after the council's consultation"
    assert row_of(store, cut.id).outcome_text == "Withdrawn on 25 February 2010: no cut"
    assert (row_of(store, cut.id).percent, row_of(store, cut.id).amount) == (7, "7%")

    # The 2009 review has both notices, each saying it was withdrawn; the 2010 review the one withdrawn in 2010.
    in_2009 = store.run(funding.notice_outcomes, dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    assert [(row.notice_id, row.outcome) for row in in_2009] == [(cut.id, FundingOutcome.WITHDRAWN),
                                                                 (ending.id, FundingOutcome.WITHDRAWN)]
    in_2010 = store.run(funding.notice_outcomes, dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert [row.outcome_text for row in in_2010] == ["Withdrawn on 25 February 2010: no cut"]
    assert store.run(funding.notice_outcomes, dt.date(2011, 1, 1), dt.date(2011, 12, 31)) == []


def test_a_short_notice_withdrawn_before_it_took_effect_leaves_the_dashboard_but_still_counts_as_short(store, orgs):
    """Given 1 October, taking effect 1 November: a month's notice against three. Withdrawn on 20 October."""
    store.run(compact.set_up_compact, "Compact Sir Ddyfnant", today=TODAY)
    made = add(store, orgs, given_on="2026-10-01", effective_on="2026-11-01", percent=15)
    assert [row.notice_id for row in store.run(funding.flagged, TODAY)] == [made.id]
    assert [item.ref_id for item in store.run(attention_standards._funding_items, TODAY)] == [made.id]
    store.run(funding.update_notice, made.id, organisation_id=orgs["forum"], body_id=orgs["council"],
              given_on="2026-10-01", effective_on="2026-11-01", percent=15, outcome="withdrawn",
              outcome_on="2026-10-20")
    row = row_of(store, made.id)
    assert row.flagged and not row.to_take_up and row.days_short == 61  # 3 months from 1 October is 1 January
    assert store.run(funding.flagged, TODAY) == []
    assert store.run(attention_standards._funding_items, TODAY) == []
    figures = store.run(review.year_figures, 2026, TODAY).funding
    assert (figures.given, figures.compliant, figures.short) == (1, 0, 1)


@pytest.mark.parametrize("outcome", [FundingOutcome.WENT_AHEAD, FundingOutcome.REDUCED, FundingOutcome.REVERSED])
def test_a_short_notice_that_went_ahead_stays_to_take_up_and_one_reversed_afterwards_not(store, orgs, outcome):
    """A cut that went ahead (reduced or not) is still the group's to take up; one reversed after it took effect
    (Thurrock: the funding restored) is not, though it still counts as short notice."""
    made = add(store, orgs, given_on="2026-10-01", effective_on="2026-11-01", outcome=outcome,
               outcome_on="2026-11-10", outcome_note="cut to 5% after talks" if outcome is FundingOutcome.REDUCED
               else "")
    row = row_of(store, made.id)
    kept = outcome is FundingOutcome.REVERSED
    assert row.flagged and row.to_take_up is not kept
    assert [r.notice_id for r in store.run(funding.flagged, TODAY)] == ([] if kept else [made.id])
    assert row.outcome_text == {FundingOutcome.WENT_AHEAD: "Went ahead on 10 November 2026",
                                FundingOutcome.REDUCED: "Went ahead on 10 November 2026, reduced: cut to 5% after "
                                                        "talks",
                                FundingOutcome.REVERSED: "Reversed on 10 November 2026"}[outcome]


def test_withdrawn_is_on_or_before_the_day_it_was_to_take_effect_and_reversed_on_or_after(store, orgs):
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                    outcome="withdrawn", outcome_on="2010-11-12")
    assert error.field == "outcome"
    assert str(error) == ("The change took effect on 1 April 2010, so taking it back on 12 November 2010 reversed it. "
                          "Choose “Reversed”, or give a day on or before 1 April 2010.")
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                    outcome="reversed", outcome_on="2010-03-31")
    assert error.field == "outcome" and "Choose “Withdrawn”, or give a day on or after 1 April 2010." in str(error)
    # The day it was to take effect is both: taken back that very day.
    for outcome in ("withdrawn", "reversed"):
        made = add(store, orgs, given_on="2010-01-05", effective_on="2010-04-01", outcome=outcome,
                   outcome_on="2010-04-01")
        assert row_of(store, made.id).outcome_on == dt.date(2010, 4, 1)


def test_what_happened_needs_its_day_not_before_notice_and_a_day_needs_what_happened(store, orgs):
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                    outcome="went_ahead")
    assert error.field == "outcome_on" and str(error) == "Give the day the change went ahead."
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                    outcome="reduced", outcome_on="2010-01-04")
    assert error.field == "outcome_on" and str(error) == (
        "What happened (4 January 2010) cannot be before notice was given (5 January 2010). Check both dates.")
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                    outcome_on="2010-02-01")
    assert error.field == "outcome" and "Choose what happened on 1 February 2010" in str(error)
    assert refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                   outcome="postponed", outcome_on="2010-02-01").field == "outcome"
    assert store.run(funding.notice_rows) == []


@pytest.mark.parametrize("percent", [0, 101, -5, "half", "7.5", True, 7.5])
def test_a_percentage_is_a_whole_number_from_1_to_100(store, orgs, percent):
    assert refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                   percent=percent).field == "percent"


@pytest.mark.parametrize("amount", ["£0", 0, -100, "-£5", "ten pounds", "10,50", "£2,000,000,000", True, 12.5])
def test_an_amount_is_refused_with_what_to_do(store, orgs, amount):
    error = refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2010-01-05", "2010-04-01",
                    amount_pence=amount)
    assert error.field == "amount" and str(error)


def test_amount_and_percentage_read_together_and_clear_when_left_empty(store, orgs):
    made = add(store, orgs, amount_pence="£12,000.50", percent=" 10 % ")
    row = row_of(store, made.id)
    assert (row.amount_pence, row.percent, row.amount) == (1_200_050, 10, "£12,000.50 (10%)")
    store.run(funding.update_notice, made.id, organisation_id=orgs["forum"], body_id=orgs["council"],
              given_on="2026-11-30", effective_on="2027-02-28", amount_pence="", percent="")
    row = row_of(store, made.id)
    assert (row.amount_pence, row.percent, row.amount, row.outcome, row.outcome_note) == (None, None, "", None, "")


def test_the_outcome_in_welsh_reads_as_welsh(store, orgs):
    made = add(store, orgs, given_on="2010-01-05", effective_on="2010-04-01", outcome="withdrawn",
               outcome_on="2010-03-01", outcome_note="dim toriad 🎉", amount_pence=500_000)
    with welsh_loaded(), speaking("cy"):
        row = row_of(store, made.id)
    assert row.outcome_text.startswith("Tynnwyd yn ôl ar 1 Mawrth 2010") and row.outcome_text.endswith("dim toriad 🎉")
    assert row.amount == "£5,000"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_on=st.dates(dt.date(1990, 1, 1), dt.date(2198, 1, 1)), effect=st.integers(0, 400),
       after=st.integers(-30, 500), outcome=st.sampled_from(list(FundingOutcome)),
       note=st.text(max_size=40))
def test_any_outcome_is_either_kept_whole_or_refused_by_the_domain_rule(store, orgs, given_on, effect, after, outcome,
                                                                        note):
    effective, day = given_on + dt.timedelta(days=effect), given_on + dt.timedelta(days=after)
    allowed = day >= given_on and not (outcome is FundingOutcome.WITHDRAWN and day > effective) \
        and not (outcome is FundingOutcome.REVERSED and day < effective)
    try:
        made = add(store, orgs, given_on=given_on, effective_on=effective, outcome=outcome, outcome_on=day,
                   outcome_note=note)
    except ValidationError as error:
        assert not allowed or error.field == "outcome_note", str(error)  # only a note with a control character
        return
    assert allowed
    row = row_of(store, made.id)
    assert (row.outcome, row.outcome_on) == (outcome, day) and uk_date(day) in row.outcome_text
    store.run(lambda session: session.delete(session.get(FundingNotice, made.id)))


def test_the_review_lists_notices_given_in_the_year_or_whose_outcome_fell_in_it_earliest_first(store, orgs):
    before = add(store, orgs, given_on="2009-10-01", effective_on="2010-04-01", outcome="reversed",
                 outcome_on="2010-06-01")
    within = add(store, orgs, given_on="2010-12-31", effective_on="2011-04-01")
    first_day = add(store, orgs, given_on="2010-01-01", effective_on="2010-04-01", outcome="went_ahead",
                    outcome_on="2010-04-01")
    add(store, orgs, given_on="2009-10-01", effective_on="2010-04-01", outcome="went_ahead", outcome_on="2009-12-31")
    add(store, orgs, given_on="2011-01-01", effective_on="2011-04-01")
    rows = store.run(funding.notice_outcomes, dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert [row.notice_id for row in rows] == [before.id, first_day.id, within.id]
    # A year counted only up to today stops there.
    rows = store.run(funding.notice_outcomes, dt.date(2010, 1, 1), dt.date(2010, 5, 31))
    assert [row.notice_id for row in rows] == [first_day.id]


@pytest.mark.parametrize("typed, pence", [("£25,000,000", 2_500_000_000), ("£999,999,999.99", 99_999_999_999),
                                          ("£1,000,000,000", 100_000_000_000), ("£1,000,000,000.01", None)])
def test_an_amount_beyond_21_million_pounds_is_kept_to_the_penny_on_both_engines(store, orgs, typed, pence):
    # PostgreSQL's integer stops at 2^31 - 1 pence (£21,474,836.47); amounts are bigint there (revision 0009).
    if pence is None:  # more than the most an amount may be: refused in words, not by the database
        assert refused(store, funding.add_notice, orgs["forum"], orgs["council"], "2026-11-30", "2027-02-28",
                       amount_pence=typed).field == "amount"
        return
    made = add(store, orgs, amount_pence=typed)
    assert row_of(store, made.id).amount_pence == pence
    _, step = store.run_recorded(funding.update_notice, made.id, organisation_id=orgs["forum"],
                                 body_id=orgs["council"], given_on="2026-11-30", effective_on="2027-02-28",
                                 amount_pence=pence - 1)
    assert [row.amount_pence for row in store.run(funding.notice_rows)] == [pence - 1]
    store.apply(step)  # undone, to the penny
    assert row_of(store, made.id).amount_pence == pence
