"""Consultations by public bodies on a real store: each rule, each refusal, the check in words."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.domain.standards import check_consultation
from compactdesk.services import compact, consultations, members
from compactdesk.store.models import Consultation

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def orgs(store):
    def add(name, sector):
        return store.run(members.add_organisation, name, sector).id

    return {"council": add("Cyngor Sir Dyfnant", Sector.COUNCIL), "health": add("Bwrdd Iechyd Hywel Môn", Sector.HEALTH),
            "vcs": add("Centrum Polskie – Łódź 🇵🇱", Sector.VCS)}


def add(store, orgs, title="Library service review", opens="2026-01-05", closes="2026-03-30", **kwargs):
    return store.run(consultations.add_consultation, title, kwargs.pop("body_id", orgs["council"]), opens, closes,
                     **kwargs)


def row_of(store, ident, today=TODAY) -> consultations.ConsultationRow:
    return store.run(consultations.consultation_row, ident, today)


def refused(store, service, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    return caught.value


def test_a_consultation_is_stored_whole_with_welsh_polish_and_emoji_text(store, orgs):
    made = add(store, orgs, title="  Adolygiad llyfrgelloedd ŵ ŷ – Łódź 📚 ", closes="2026-03-29", short_reason="",
               feedback_on="2026-05-01", responses="1,204", notes="Nodiadau\nail linell – Gwenllïan")
    row = row_of(store, made.id)
    assert (row.title, row.body, row.body_id) == ("Adolygiad llyfrgelloedd ŵ ŷ – Łódź 📚", "Cyngor Sir Dyfnant",
                                                  orgs["council"])
    assert (row.opens_on, row.closes_on, row.feedback_on) == (dt.date(2026, 1, 5), dt.date(2026, 3, 29),
                                                              dt.date(2026, 5, 1))
    assert (row.responses, row.notes) == (1204, "Nodiadau\nail linell – Gwenllïan")
    assert row.length == "Open 12 weeks, meeting the 12-week standard"
    assert row.feedback == "Feedback published 1 May 2026"
    assert not row.flagged and row.check.meets_standard and row.why == ""


def test_a_voluntary_organisation_is_refused_as_the_body(store, orgs):
    error = refused(store, consultations.add_consultation, "X", orgs["vcs"], "2026-01-01", "2026-04-01")
    assert error.field == "body" and "not a public body" in str(error) and "Łódź" in str(error)
    assert refused(store, consultations.add_consultation, "X", None, "2026-01-01", "2026-04-01").field == "body"
    assert refused(store, consultations.add_consultation, "X", 999_999, "2026-01-01", "2026-04-01").field == "body"
    assert store.run(consultations.consultation_rows, TODAY) == []


def test_the_closing_day_cannot_be_before_the_opening_day_but_may_be_the_same(store, orgs):
    error = refused(store, consultations.add_consultation, "X", orgs["council"], "2026-03-02", "2026-03-01")
    assert error.field == "closes_on" and "cannot be before the opening day (2 March 2026)" in str(error)
    same = add(store, orgs, opens="2026-03-02", closes="2026-03-02")
    assert row_of(store, same.id).length == ("Open 1 day — 11 weeks 6 days short of the 12-week standard, no reason "
                                             "given")


def test_feedback_cannot_be_dated_before_the_consultation_opened(store, orgs):
    error = refused(store, consultations.add_consultation, "X", orgs["council"], "2026-03-02", "2026-06-01",
                    feedback_on="2026-03-01")
    assert error.field == "feedback_on"
    # Feedback while it is still open (an interim report) is allowed.
    made = add(store, orgs, opens="2026-03-02", closes="2026-06-01", feedback_on="2026-03-02")
    assert row_of(store, made.id).feedback_on == dt.date(2026, 3, 2)


def test_missing_dates_and_title_are_refused_at_their_fields(store, orgs):
    assert refused(store, consultations.add_consultation, " ", orgs["council"], "2026-03-02", "2026-06-01").field \
        == "title"
    assert refused(store, consultations.add_consultation, "X", orgs["council"], None, "2026-06-01").field == "opens_on"
    assert refused(store, consultations.add_consultation, "X", orgs["council"], "2026-03-02", "").field == "closes_on"
    assert refused(store, consultations.add_consultation, "X", orgs["council"], "2026-3-2x", "2026-06-01").field \
        == "opens_on"


@pytest.mark.parametrize("value", [-1, 1_000_001, "lots", "2.5", 2.5])
def test_responses_outside_0_to_a_million_are_refused(store, orgs, value):
    assert refused(store, consultations.add_consultation, "X", orgs["council"], "2026-01-01", "2026-04-01",
                   responses=value).field == "responses"


@pytest.mark.parametrize(("value", "stored"), [(None, None), ("", None), ("  ", None), (0, 0), ("0", 0),
                                                (1_000_000, 1_000_000), (" 1,000,000 ", 1_000_000)])
def test_responses_may_be_blank_or_0_to_a_million(store, orgs, value, stored):
    assert row_of(store, add(store, orgs, responses=value).id).responses == stored


def test_a_short_consultation_with_no_reason_is_flagged_in_words(store, orgs):
    made = add(store, orgs, opens="2026-01-05", closes="2026-03-01", feedback_on="2026-03-20")  # 56 days
    row = row_of(store, made.id)
    assert row.check.short_unexplained and row.flagged and not row.check.meets_standard
    assert row.length == "Open 8 weeks — 4 short of the 12-week standard, no reason given"
    assert row.why == row.length
    assert row in store.run(consultations.flagged, TODAY)


def test_a_short_consultation_with_a_reason_is_not_flagged(store, orgs):
    made = add(store, orgs, opens="2026-01-05", closes="2026-03-04", short_reason="Welsh Government deadline ⏰",
               feedback_on="2026-03-20")
    row = row_of(store, made.id)
    assert row.check.short and not row.flagged and row.check.meets_standard
    assert row.length == "Open 8 weeks 3 days — 3 weeks 4 days short of the 12-week standard, for a reason given"
    assert store.run(consultations.flagged, TODAY) == []


def test_open_monday_to_the_sunday_twelve_weeks_later_is_twelve_weeks_and_the_saturday_is_a_day_short(store, orgs):
    """The issue's case: both the opening and the closing day are counted, as people count them."""
    opens = dt.date(2026, 1, 5)  # a Monday
    short = add(store, orgs, opens=opens, closes="2026-03-28", feedback_on="2026-04-01")
    enough = add(store, orgs, title="B", opens=opens, closes="2026-03-29", feedback_on="2026-04-01")  # a Sunday
    assert row_of(store, enough.id).length == "Open 12 weeks, meeting the 12-week standard"
    assert row_of(store, enough.id).length_brief == "12 weeks"
    assert row_of(store, short.id).flagged
    assert row_of(store, short.id).length == "Open 11 weeks 6 days — 1 day short of the 12-week standard, " \
                                             "no reason given"
    assert not row_of(store, enough.id).flagged


def test_no_feedback_weeks_after_closing_is_flagged_from_the_day_after_it_was_due(store, orgs):
    made = add(store, orgs, opens="2026-01-05", closes="2026-03-30")  # feedback due 22 June 2026
    on_the_day = row_of(store, made.id, dt.date(2026, 6, 22))
    assert not on_the_day.flagged and on_the_day.feedback == "Feedback due by 22 June 2026"
    later = row_of(store, made.id, dt.date(2026, 7, 13))
    assert later.flagged and later.feedback == "Feedback to respondents 3 weeks overdue"
    assert later.why == "Feedback to respondents 3 weeks overdue"
    assert row_of(store, made.id, dt.date(2026, 3, 1)).feedback == "Open until 30 March 2026; feedback due by " \
                                                                  "22 June 2026"


def test_feedback_published_late_is_said_and_counts_against_the_standard_but_is_not_flagged(store, orgs):
    made = add(store, orgs, opens="2026-01-05", closes="2026-03-30", feedback_on="2026-07-02")
    row = row_of(store, made.id)
    assert row.feedback == "Feedback published 2 July 2026, 1 week 3 days late"
    assert row.check.feedback_late and not row.check.meets_standard and not row.flagged


def test_feedback_dated_after_today_is_not_yet_given(store, orgs):
    made = add(store, orgs, opens="2026-09-01", closes="2026-11-24", feedback_on="2027-01-10")
    row = row_of(store, made.id)
    assert not row.check.feedback_given and row.feedback == "Feedback to be published 10 January 2027"


def test_both_reasons_are_given_when_both_apply(store, orgs):
    made = add(store, orgs, opens="2025-01-06", closes="2025-03-02")
    assert row_of(store, made.id).why.splitlines() == [
        "Open 8 weeks — 4 short of the 12-week standard, no reason given",
        "Feedback to respondents 78 weeks 2 days overdue"]


def test_the_compacts_own_standards_are_used(store, orgs):
    store.run(compact.set_up_compact, "Compact Sir Ddyfnant", today=TODAY)
    store.run(compact.set_standards, Standards(consultation_weeks=8, consultation_feedback_weeks=4))
    made = add(store, orgs, opens="2026-01-05", closes="2026-03-01")  # 8 weeks exactly
    row = row_of(store, made.id, dt.date(2026, 3, 29))
    assert row.length == "Open 8 weeks, meeting the 8-week standard"
    assert row.check.feedback_due == dt.date(2026, 3, 29) and not row.flagged
    assert row_of(store, made.id, dt.date(2026, 3, 30)).flagged


def test_edit_and_delete(store, orgs):
    made = add(store, orgs)
    store.run(consultations.update_consultation, made.id, title="Library review – second round", body_id=orgs["health"],
              opens_on="2026-02-01", closes_on="2026-05-01", short_reason="", feedback_on=None, responses=None,
              notes="")
    row = row_of(store, made.id)
    assert (row.title, row.body, row.opens_on) == ("Library review – second round", "Bwrdd Iechyd Hywel Môn",
                                                   dt.date(2026, 2, 1))
    error = refused(store, consultations.update_consultation, made.id, title="X", body_id=orgs["vcs"],
                    opens_on="2026-02-01", closes_on="2026-05-01")
    assert error.field == "body"
    assert row_of(store, made.id).body_id == orgs["health"]
    store.run(consultations.delete_consultation, made.id)
    assert store.run(consultations.consultation_rows, TODAY) == []
    assert refused(store, consultations.delete_consultation, made.id).field is None


def test_rows_come_latest_closing_first_and_choices_split_by_sector(store, orgs):
    older = add(store, orgs, title="Older", closes="2026-03-30")
    newer = add(store, orgs, title="Newer", closes="2026-06-30")
    assert [row.consultation_id for row in store.run(consultations.consultation_rows, TODAY)] == [newer.id, older.id]
    public = store.run(consultations.organisation_choices, public=True)
    assert [choice.name for choice in public] == ["Bwrdd Iechyd Hywel Môn", "Cyngor Sir Dyfnant"]
    assert [choice.ident for choice in store.run(consultations.organisation_choices, public=False)] == [orgs["vcs"]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(opens=st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31)), length=st.integers(0, 150),
       reason=st.sampled_from(["", "Emergency"]), feedback=st.none() | st.integers(0, 300),
       today=st.dates(dt.date(2020, 1, 1), dt.date(2028, 12, 31)))
def test_flagged_is_exactly_the_domain_check(store, orgs, opens, length, reason, feedback, today):
    closes = opens + dt.timedelta(days=length)
    published = None if feedback is None else opens + dt.timedelta(days=feedback)
    made = add(store, orgs, opens=opens, closes=closes, short_reason=reason, feedback_on=published)
    check = check_consultation(today, opens_on=opens, closes_on=closes, short_reason=reason, feedback_on=published)
    row = row_of(store, made.id, today)
    assert row.check == check
    assert (made.id in {r.consultation_id for r in store.run(consultations.flagged, today)}) == check.flagged
    assert bool(row.why) == check.flagged
    store.run(lambda session: session.delete(session.get(Consultation, made.id)))


def test_the_counting_rule_is_said_with_an_example_from_the_opening_day(store, orgs):
    assert consultations.counting_rule(dt.date(2026, 1, 5), 12) == (
        "Counted as people count it: both the opening and the closing day are included — 12 weeks from Monday "
        "5 January 2026 closes on Sunday 29 March 2026.")
    assert consultations.counting_rule(dt.date(2026, 1, 5), 1).endswith(
        "1 week from Monday 5 January 2026 closes on Sunday 11 January 2026.")


@settings(max_examples=60, deadline=None)
@given(opens=st.dates(dt.date(1990, 1, 1), dt.date(2190, 1, 1)), weeks=st.integers(1, 52))
def test_the_closing_day_the_rule_names_is_exactly_the_standard_in_words(opens, weeks):
    rule = consultations.counting_rule(opens, weeks)
    closes = opens + dt.timedelta(days=7 * weeks - 1)
    assert closes.strftime("%A") in rule
    assert consultations.length_text(opens, closes, "", weeks).startswith(
        f"Open {weeks} week{'s' if weeks > 1 else ''}, meeting the {weeks}-week standard")
    assert consultations.length_brief(opens, closes - dt.timedelta(days=1), "", weeks).endswith("1 day short")
