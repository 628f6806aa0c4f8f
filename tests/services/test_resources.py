"""The resources behind the compact, entered as the case studies describe them (../shared/seeds/002): a Compact
development officer post the PCT funded for a year; £10,000 a year a council put aside for the work; £40,000 a
year a county council made available for a county-wide Compact officer; a policy officer on the compact for
60 per cent of her time. Each is read back with its reminder ahead of its end, on the dashboard, and as the
annual review's inputs."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.domain import text
from compactdesk.domain.enums import CommitmentKind, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import speaking
from compactdesk.services import attention, members, resources
from compactdesk.services.attention import Area
from compactdesk.services.resources import CommitmentState
from compactdesk.store.models import Commitment

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def group(store):
    def org(name, sector):
        return store.run(members.add_organisation, name, sector).id

    return {"pct": org("Dyfnant Primary Care Trust", Sector.HEALTH), "council": org("Cyngor Sir Dyfnant", Sector.COUNCIL),
            "county": org("Dyfnant County Council", Sector.COUNCIL), "cvs": org("Dyfnant CVS", Sector.VCS),
            "officer": store.run(members.add_person, "Gwenllïan Ŵyn").id,
            "policy": store.run(members.add_person, "Łucja Kowalska").id}


def add(store, kind, title, **fields):
    return store.run(resources.add_commitment, kind, title, **fields).id


def row(store, ident, today=TODAY) -> resources.CommitmentRow:
    return store.run(resources.commitment_row, ident, today)


def refused(store, service, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    return caught.value


def the_pct_post(store, group, **more):
    """The PCT committed funding for the Compact development officer post, based at the local CVS, for a year."""
    return add(store, "post", "Compact development officer (based at Dyfnant CVS)", funder_id=group["pct"],
               holder_id=group["officer"], starts_on="1 April 2026", ends_on="31/03/2027", **more)


def test_a_development_post_funded_by_the_health_body_for_one_year_is_remembered_three_months_before_it_ends(
        store, group):
    post = the_pct_post(store, group)
    held = row(store, post)
    assert (held.kind, held.funder, held.holder, held.remind_months) == (
        CommitmentKind.POST, "Dyfnant Primary Care Trust", "Gwenllïan Ŵyn", 3)
    assert (held.starts_on, held.ends_on, held.remind_on) == (dt.date(2026, 4, 1), dt.date(2027, 3, 31),
                                                              dt.date(2026, 12, 31))
    assert held.state is CommitmentState.RUNNING
    assert held.when == "ends 31 March 2027; reminder from 31 December 2026"
    assert held.dates == "1 April 2026 to 31 March 2027"
    assert store.run(resources.reminders_due, TODAY) == []
    assert not store.run(attention.attention, TODAY).section(Area.RESOURCE)

    new_year = dt.date(2027, 1, 5)
    [due] = store.run(resources.reminders_due, new_year)
    assert due.commitment_id == post and due.state is CommitmentState.ENDING_SOON
    assert due.when == "ends in 85 days, 31 March 2027"
    [line] = store.run(attention.attention, new_year).section(Area.RESOURCE)
    assert (line.ref_id, line.title, line.since, line.how_long, line.urgent) == (
        post, "Post: Compact development officer (based at Dyfnant CVS)", dt.date(2027, 3, 31), "ends in 85 days",
        False)
    assert line.detail == ("funded by Dyfnant Primary Care Trust until 31 March 2027; reminder from "
                           "31 December 2026")

    last_day = store.run(attention.attention, dt.date(2027, 3, 31)).section(Area.RESOURCE)
    assert [item.how_long for item in last_day] == ["ends today"]
    assert row(store, post, dt.date(2027, 4, 1)).state is CommitmentState.ENDED
    assert store.run(resources.reminders_due, dt.date(2027, 4, 1)) == []
    assert not store.run(attention.attention, dt.date(2027, 4, 1)).section(Area.RESOURCE)


def test_the_reminder_day_is_calendar_months_before_the_end_and_can_be_changed(store, group):
    # 31 May less three months is the last day of February; a group that wants six months' warning gets it.
    budget = add(store, "budget", "Compact support budget", ends_on="31/05/2028")
    assert row(store, budget).remind_on == dt.date(2028, 2, 29)
    store.run(resources.update_commitment, budget, kind="budget", title="Compact support budget",
              ends_on="31/05/2027", remind_months=6)
    assert row(store, budget).remind_on == dt.date(2026, 11, 30)
    assert row(store, budget).state is CommitmentState.RUNNING
    assert row(store, budget, dt.date(2026, 11, 30)).state is CommitmentState.ENDING_SOON
    store.run(resources.update_commitment, budget, kind="budget", title="Compact support budget",
              ends_on="31/05/2027", remind_months=0)
    assert row(store, budget, dt.date(2027, 5, 30)).state is CommitmentState.RUNNING
    assert row(store, budget, dt.date(2027, 5, 31)).state is CommitmentState.ENDING_SOON


def test_a_ten_thousand_pound_a_year_budget_typed_as_the_secretary_writes_it(store, group):
    budget = add(store, CommitmentKind.BUDGET, "Put aside to support the Compact work", funder_id=group["council"],
                 amount="£10,000", starts_on="01/04/2026")
    held = row(store, budget)
    assert (held.amount_pence, held.per_year, held.amount) == (1_000_000, True, "£10,000 a year")
    assert (held.state, held.when, held.dates) == (CommitmentState.OPEN_ENDED, "no end date recorded",
                                                   "from 1 April 2026")
    assert held.remind_on is None and store.run(resources.reminders_due, dt.date(2040, 1, 1)) == []
    for typed, pence in (("10000", 1_000_000), ("10,000.50", 1_000_050), ("£40k", 4_000_000), ("  £ 2.5K ", 250_000),
                         (12000, 1_200_000), ("", None)):
        store.run(resources.update_commitment, budget, kind="budget", title="Budget", amount=typed)
        assert row(store, budget).amount_pence == pence, typed


def test_a_forty_thousand_pound_officer_post_half_on_the_compact_and_a_policy_officer_at_sixty_per_cent(
        store, group):
    county = add(store, "post", "County-wide Compact officer", funder_id=group["county"], amount="£40k",
                 share_percent=50, starts_on="01/09/2025", ends_on="31/08/2027")
    policy = add(store, "post", "Policy officer, Compact development", holder_id=group["policy"],
                 share_percent="60%", starts_on="01/01/2026")
    assert (row(store, county).amount, row(store, county).share) == ("£40,000 a year", "50% of the post's time")
    assert row(store, policy).share == "60% of the post's time" and row(store, policy).amount == ""
    inputs = store.run(resources.year_inputs, 2026, TODAY)
    assert (inputs.posts, inputs.post_percent, inputs.posts_text, inputs.post_share_text) == (
        2, 110, "2 posts", "1.1 posts")


def test_the_annual_reviews_inputs_hold_the_year_in_force_with_money_by_funder(store, group):
    empty = store.run(resources.year_inputs, 2026, TODAY)
    assert empty.empty and (empty.funders, empty.posts, empty.posts_text, empty.post_share_text) == ((), 0, "", "")
    the_pct_post(store, group, amount="£28,500", share_percent=100)
    add(store, "budget", "Compact work", funder_id=group["council"], amount="£10,000", starts_on="01/04/2024")
    add(store, "agreement", "Compact awareness events", funder_id=group["council"], amount="£12,000",
        per_year=False, starts_on="01/06/2026", ends_on="31/05/2027")
    add(store, "post", "Policy officer", share_percent=60, starts_on="01/01/2025", ends_on="31/12/2025")
    add(store, "agreement", "Next year's grant", funder_id=group["pct"], amount=5000, starts_on="01/01/2027")
    add(store, "budget", "Unfunded hopes", amount="£1,000")

    inputs = store.run(resources.year_inputs, 2026, TODAY)
    assert (inputs.year, inputs.end) == (2026, TODAY)
    assert [(line.kind_label, line.title, line.funder, line.amount, line.share, line.dates) for line in inputs.lines] \
        == [("Post", "Compact development officer (based at Dyfnant CVS)", "Dyfnant Primary Care Trust",
             "£28,500 a year", "100% of the post's time", "1 April 2026 to 31 March 2027"),
            ("Budget", "Compact work", "Cyngor Sir Dyfnant", "£10,000 a year", "", "from 1 April 2024"),
            ("Budget", "Unfunded hopes", "", "£1,000 a year", "", ""),
            ("Funding agreement", "Compact awareness events", "Cyngor Sir Dyfnant", "£12,000 in all", "",
             "1 June 2026 to 31 May 2027")]
    assert inputs.lines[0].holder == "Gwenllïan Ŵyn"
    assert [(total.funder, total.a_year_pence, total.in_all_pence, total.text) for total in inputs.funders] == [
        ("Cyngor Sir Dyfnant", 1_000_000, 1_200_000, "£10,000 a year and £12,000 in all"),
        ("Dyfnant Primary Care Trust", 2_850_000, 0, "£28,500 a year"),
        ("Funder not recorded", 100_000, 0, "£1,000 a year")]
    assert (inputs.posts, inputs.post_share_text) == (1, "one whole post")

    last_year = store.run(resources.year_inputs, 2025, dt.date(2025, 12, 31))
    assert [line.title for line in last_year.lines] == ["Policy officer", "Compact work", "Unfunded hopes"]
    assert (last_year.posts_text, last_year.post_share_text) == ("1 post", "0.6 of a post")
    # The current year is counted up to today: next year's grant is not yet in force.
    assert "Next year's grant" not in [line.title for line in inputs.lines]
    next_year = store.run(resources.year_inputs, 2027, dt.date(2027, 12, 31))
    assert "Next year's grant" in [line.title for line in next_year.lines]
    # A resource with no dates at all is counted in every year, as nothing says when it was not in force.
    assert [line.title for line in store.run(resources.year_inputs, 1990, dt.date(1990, 12, 31)).lines] == [
        "Unfunded hopes"]


def test_the_inputs_speak_the_language_asked_for_money_as_welsh_writes_it(store, group):
    add(store, "budget", "Cyllideb y Compact", funder_id=group["council"], amount="£10,000.50")
    with speaking("cy"):
        inputs = store.run(resources.year_inputs, 2026, TODAY)
    assert inputs.funders[0].a_year_pence == 1_000_050 and "£10,000.50" in inputs.funders[0].text


def test_the_rows_come_soonest_to_end_first_the_ended_last_and_a_removal_is_one_step_taken_back(store, group):
    later = add(store, "budget", "Later", ends_on="31/03/2028")
    sooner = add(store, "budget", "Sooner", ends_on="31/03/2027")
    open_ended = add(store, "budget", "Open-ended")
    long_ago = add(store, "post", "Ended long ago", ends_on="31/03/2020")
    lately = add(store, "post", "Ended lately", ends_on="31/03/2026")
    assert [r.commitment_id for r in store.run(resources.commitment_rows, TODAY)] == [
        sooner, later, open_ended, lately, long_ago]
    _, change = store.run_recorded(resources.delete_commitment, sooner)
    assert [r.commitment_id for r in store.run(resources.commitment_rows, TODAY)] == [
        later, open_ended, lately, long_ago]
    store.apply(change)
    assert row(store, sooner).title == "Sooner"


@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"starts_on": "01/04/2027", "ends_on": "31/03/2027"}, "ends_on", "cannot be before the first day"),
    ({"kind": "post", "share_percent": 101}, "share_percent", "between 0 and 100"),
    ({"kind": "post", "share_percent": -5}, "share_percent", "between 0 and 100"),
    ({"kind": "post", "share_percent": "half"}, "share_percent", "whole number"),
    ({"kind": "budget", "share_percent": 50}, "share_percent", "A share of time is for a post"),
    ({"amount": "-£10,000"}, "amount", "cannot be less than nothing"),
    ({"amount": -10}, "amount", "cannot be less than nothing"),
    ({"amount": "10,50"}, "amount", "use a full stop for pence"),
    ({"amount": "£10.505"}, "amount", "to the penny"),
    ({"amount": "£10,000 a year"}, "amount", "for example £10,000"),
    ({"remind_months": 25}, "remind_months", "between 0 and 24"),
    ({"remind_months": -1}, "remind_months", "between 0 and 24"),
    ({"title": "  \n "}, "title", "cannot be left empty"),
    ({"kind": "grant"}, "kind", "Post, Budget, Funding agreement"),
    ({"funder_id": 999}, "funder", "no longer in this group's records"),
    ({"holder_id": 999}, "holder", "no longer in this group's records"),
    ({"ends_on": "30/02/2027"}, "ends_on", "has no day 30"),
])
def test_what_cannot_be_stored_is_refused_saying_what_to_do(store, group, fields, field, words):
    values = {"kind": "budget", "title": "Compact budget", **fields}
    error = refused(store, resources.add_commitment, values.pop("kind"), values.pop("title"), **values)
    assert error.field == field and words in error.message, error.message
    assert store.run(lambda session: session.query(Commitment).count()) == 0


def test_a_changed_or_removed_resource_that_is_gone_says_so(store, group):
    error = refused(store, resources.update_commitment, 12345, kind="post", title="X")
    assert "no longer in this group's records" in error.message
    assert "no longer" in refused(store, resources.delete_commitment, 2**70).message


def test_the_funder_and_the_holder_are_kept_while_the_resource_names_them(store, group):
    post = the_pct_post(store, group)
    assert "Dyfnant Primary Care Trust" in refused(store, members.delete_organisation, group["pct"]).message
    assert "Gwenllïan Ŵyn" in refused(store, members.delete_person, group["officer"]).message
    store.run(resources.update_commitment, post, kind="post", title="Compact development officer")
    store.run(members.delete_organisation, group["pct"])
    store.run(members.delete_person, group["officer"])
    assert (row(store, post).funder, row(store, post).holder) == ("", "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_any_title_a_person_can_type_is_kept_as_cleaned_or_refused(store, title):
    cleaned = text.clean(title)
    if not cleaned:
        assert refused(store, resources.add_commitment, "budget", title).field == "title"
        return
    ident = add(store, "budget", title)
    assert row(store, ident).title == cleaned


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1901, 1, 1), dt.date(2198, 12, 31)), st.integers(0, 24),
       st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)))
def test_ending_soon_is_exactly_from_the_reminder_day_to_the_last_day(ends_on, months, today):
    remind_on = resources.reminder_day(ends_on, months)
    month_count = (ends_on.year - remind_on.year) * 12 + ends_on.month - remind_on.month
    # The same day of the month, or the month's last day when it is shorter (31 May less 3 months: 28/29 Feb).
    assert month_count == months and (remind_on.day == ends_on.day or (
        remind_on.day < ends_on.day and (remind_on + dt.timedelta(days=1)).month != remind_on.month))
    state = resources.commitment_state(today, starts_on=None, ends_on=ends_on, remind_months=months)
    assert (state is CommitmentState.ENDING_SOON) == (remind_on <= today <= ends_on)
    assert (state is CommitmentState.ENDED) == (today > ends_on)


def test_the_calendar_holds_the_day_to_seek_the_money_again_and_the_last_day(store, group):
    """The PCT post funded for a year: its reminder day and its last day are all-day events, read back with
    vobject; one ended long ago and a reminder of none ("on its last day") add nothing more."""
    import vobject

    from compactdesk.services.calendar import calendar_ics

    post = the_pct_post(store, group)
    last_day_only = add(store, "budget", "Compact support budget", ends_on="31/12/2026", remind_months=0)
    add(store, "budget", "Ended long ago", ends_on="31/03/2020")
    add(store, "budget", "Open-ended")
    data = store.run(lambda session: calendar_ics(session, TODAY))
    events = {event.uid.value.split("@")[0]: event
              for event in vobject.readOne(data.decode("utf-8")).contents.get("vevent", [])}
    assert set(events) == {f"resource-reminder-{post}", f"resource-end-{post}", f"resource-end-{last_day_only}"}
    reminder, end = events[f"resource-reminder-{post}"], events[f"resource-end-{post}"]
    assert (reminder.dtstart.value, end.dtstart.value) == (dt.date(2026, 12, 31), dt.date(2027, 3, 31))
    assert reminder.summary.value == ("Seek the money again: Compact development officer (based at Dyfnant CVS) "
                                      "ends on 31 March 2027")
    assert reminder.description.value == "Post, funded by Dyfnant Primary Care Trust."
    assert end.summary.value == "Post ends: Compact development officer (based at Dyfnant CVS)"
    assert end.description.value == "Funded by Dyfnant Primary Care Trust."


def test_a_post_renewed_for_its_next_year_counts_once_in_the_year_it_spans(store):
    """The county's £40k officer post, half on the compact, funded April to March and recorded again for the next
    April: 2026 holds one post at £40,000 a year, not two at £80,000; a second post alongside is a second."""
    county = store.run(members.add_organisation, "Cyngor Sir Dyfnant", Sector.COUNCIL)
    for starts, ends in (("01/04/2025", "31/03/2026"), ("01/04/2026", "31/03/2027")):
        store.run(resources.add_commitment, "post", "Compact officer", funder_id=county.id, amount="£40k",
                  share_percent=50, starts_on=starts, ends_on=ends)
    inputs = store.run(resources.year_inputs, 2026, dt.date(2026, 12, 31))
    assert len(inputs.lines) == 2  # both periods are listed
    assert [(total.funder, total.a_year_pence) for total in inputs.funders] == [("Cyngor Sir Dyfnant", 4_000_000)]
    assert (inputs.posts, inputs.post_percent) == (1, 50)
    store.run(resources.add_commitment, "post", "Compact officer", funder_id=county.id, amount="£40k",
              share_percent=50, starts_on="01/06/2026", ends_on="31/05/2027")
    inputs = store.run(resources.year_inputs, 2026, dt.date(2026, 12, 31))
    assert (inputs.posts, inputs.post_percent, inputs.funders[0].a_year_pence) == (2, 100, 8_000_000)


def test_two_posts_side_by_side_each_renewed_are_two_posts(store):
    """Two compact officers, each funded April to March and each recorded again for the next year."""
    county = store.run(members.add_organisation, "Cyngor Sir Dyfnant", Sector.COUNCIL)
    for starts, ends in (("01/04/2025", "31/03/2026"), ("01/04/2025", "31/03/2026"), ("01/04/2026", "31/03/2027"),
                         ("01/04/2026", "31/03/2027")):
        store.run(resources.add_commitment, "post", "Compact officer", funder_id=county.id, amount="£40k",
                  share_percent=50, starts_on=starts, ends_on=ends)
    inputs = store.run(resources.year_inputs, 2026, dt.date(2026, 12, 31))
    assert (inputs.posts, inputs.post_percent, inputs.funders[0].a_year_pence) == (2, 100, 8_000_000)


@pytest.mark.parametrize("typed, pence", [("£25m", 2_500_000_000), ("£999,999,999.99", 99_999_999_999)])
def test_a_budget_beyond_21_million_pounds_is_kept_to_the_penny_on_both_engines(store, group, typed, pence):
    # PostgreSQL's integer stops at £21,474,836.47 in pence; amounts are bigint there (revision 0009).
    ident = add(store, "budget", "Regional transformation fund", funder_id=group["county"], amount=typed)
    assert row(store, ident).amount_pence == pence
    assert [item.amount_pence for item in store.run(resources.commitment_rows, TODAY)] == [pence]
