"""Funding notices on a real store: who gives notice to whom, the calendar-month check and its words."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.domain.enums import FundingChange, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.domain.standards import funding_notice_ok
from compactdesk.services import compact, funding, members
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
