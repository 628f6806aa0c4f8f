"""Disputes and breaches, and the compact's own disputes route, on a real store."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import disputes, members
from compactdesk.store.models import Dispute, DisputeStage, DisputeStep

TODAY = dt.date(2026, 11, 24)
DEFAULT_ROUTE = ["Informal discussion", "Raised at the liaison group", "Mediation", "Councillor's call-in",
                 "Arbitration", "Outcome"]


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def names(store) -> list[str]:
    return [stage.name for stage in store.run(disputes.stage_rows)]


def stage_id(store, name: str) -> int:
    return next(stage.stage_id for stage in store.run(disputes.stage_rows) if stage.name == name)


def refused(store, service, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    return caught.value


@pytest.fixture
def orgs(store):
    council = store.run(members.add_organisation, "Cyngor Sir Dyfnant", Sector.COUNCIL)
    health = store.run(members.add_organisation, "Bwrdd Iechyd", Sector.HEALTH)
    cvc = store.run(members.add_organisation, "Dyfnant CVC", Sector.VCS)
    trust = store.run(members.add_organisation, "Fundacja Łódź 🌱", Sector.VCS)
    return {"council": council.id, "health": health.id, "cvc": cvc.id, "trust": trust.id}


def new(store, orgs, title="Grant cut without notice", raised_by="cvc", against="council", raised_on=None,
        **kwargs) -> int:
    day_raised = day(-30) if raised_on is None else raised_on
    return store.run(disputes.add_dispute, title, orgs[raised_by], orgs[against], day_raised, **kwargs).id


def detail(store, dispute_id, today=TODAY) -> disputes.DisputeDetail:
    return store.run(disputes.dispute_detail, dispute_id, today)


# -- the route ---------------------------------------------------------------------------


def test_the_default_route_is_preloaded_in_order(store):
    rows = store.run(disputes.stage_rows)
    assert [row.name for row in rows] == DEFAULT_ROUTE
    assert [row.optional for row in rows] == [False, False, False, True, True, False]
    assert [row.is_outcome for row in rows] == [False] * 5 + [True]
    assert all(row.disputes == 0 for row in rows)


def test_a_new_stage_goes_before_the_outcome_and_names_are_cleaned(store):
    added = store.run(disputes.add_stage, "  Panel  y\x00 cyfryngu ", optional=True)
    assert added.name == "Panel y cyfryngu"
    assert names(store) == DEFAULT_ROUTE[:-1] + ["Panel y cyfryngu", "Outcome"]
    assert next(r for r in store.run(disputes.stage_rows) if r.name == "Panel y cyfryngu").optional
    assert [r.position for r in store.run(disputes.stage_rows)] == list(range(7))


def test_with_no_outcome_stage_a_new_stage_goes_last(store):
    store.run(disputes.set_outcome_stage, stage_id(store, "Outcome"), False)
    store.run(disputes.add_stage, "Appeal")
    assert names(store)[-1] == "Appeal"


@pytest.mark.parametrize("name", ["", "   ", "\x07"])
def test_a_stage_needs_a_name(store, name):
    error = refused(store, disputes.add_stage, name)
    assert error.field == "name" and "stage's name" in error.message


@pytest.mark.parametrize("name", ["MEDIATION", "mediation", " Mediation "])
def test_stage_names_are_unique_whatever_the_case(store, name):
    error = refused(store, disputes.add_stage, name)
    assert error.field == "name"
    assert error.message == "There is already a stage called “Mediation”. Give this one another name."
    assert names(store) == DEFAULT_ROUTE


def test_uniqueness_folds_welsh_and_polish_capitals(store):
    store.run(disputes.add_stage, "Cyfarfod â'r Ŵyl")
    store.run(disputes.add_stage, "Łagodzenie sporu")
    assert refused(store, disputes.add_stage, "CYFARFOD Â'R ŵYL").field == "name"
    assert refused(store, disputes.add_stage, "łagodzenie SPORU").field == "name"


def test_rename_refuses_another_stages_name_but_may_change_its_own_case(store):
    mediation = stage_id(store, "Mediation")
    assert refused(store, disputes.rename_stage, mediation, "arbitration").field == "name"
    assert refused(store, disputes.rename_stage, mediation, "").field == "name"
    store.run(disputes.rename_stage, mediation, "MEDIATION")
    store.run(disputes.rename_stage, mediation, "Cyfryngu (mediation) 🤝")
    assert names(store)[2] == "Cyfryngu (mediation) 🤝"


def test_move_up_and_down_and_refuse_past_either_end(store):
    arbitration = stage_id(store, "Arbitration")
    store.run(disputes.move_stage, arbitration, -1)
    assert names(store)[3:5] == ["Arbitration", "Councillor's call-in"]
    store.run(disputes.move_stage, arbitration, 1)
    assert names(store) == DEFAULT_ROUTE
    first, last = stage_id(store, "Informal discussion"), stage_id(store, "Outcome")
    assert refused(store, disputes.move_stage, first, -1).message == \
        "“Informal discussion” is already the first stage."
    assert refused(store, disputes.move_stage, last, 1).message == "“Outcome” is already the last stage."
    store.run(disputes.move_stage, first, 10)
    assert names(store)[-1] == "Informal discussion"


def test_optional_tick(store):
    mediation = stage_id(store, "Mediation")
    store.run(disputes.set_stage_optional, mediation, True)
    assert [r.optional for r in store.run(disputes.stage_rows) if r.stage_id == mediation] == [True]
    store.run(disputes.set_stage_optional, mediation, False)
    assert [r.optional for r in store.run(disputes.stage_rows) if r.stage_id == mediation] == [False]


def test_at_most_one_outcome_stage(store):
    error = refused(store, disputes.add_stage, "Final decision", is_outcome=True)
    assert error.field == "is_outcome" and "“Outcome” is already the outcome stage" in error.message
    arbitration = stage_id(store, "Arbitration")
    assert refused(store, disputes.set_outcome_stage, arbitration, True).field == "is_outcome"
    store.run(disputes.set_outcome_stage, stage_id(store, "Outcome"), False)
    store.run(disputes.set_outcome_stage, arbitration, True)
    store.run(disputes.set_outcome_stage, arbitration, True)  # marking the outcome stage again is no clash
    assert [r.name for r in store.run(disputes.stage_rows) if r.is_outcome] == ["Arbitration"]
    store.run(disputes.set_outcome_stage, arbitration, False)
    store.run(disputes.add_stage, "Final decision", is_outcome=True)
    assert names(store)[-1] == "Final decision"


def test_delete_an_unused_stage_and_the_route_closes_up(store):
    store.run(disputes.delete_stage, stage_id(store, "Councillor's call-in"))
    rows = store.run(disputes.stage_rows)
    assert [r.name for r in rows] == [n for n in DEFAULT_ROUTE if n != "Councillor's call-in"]
    assert [r.position for r in rows] == list(range(5))


def test_a_stage_in_any_history_cannot_be_deleted_and_the_message_says_how_many(store, orgs):
    mediation = stage_id(store, "Mediation")
    first = new(store, orgs)
    second = new(store, orgs, title="Consultation of four weeks", raised_by="council", against="cvc")
    store.run(disputes.add_step, first, mediation, day(-10))
    store.run(disputes.add_step, first, mediation, day(-5))
    store.run(disputes.add_step, second, mediation, day(-1))
    error = refused(store, disputes.delete_stage, mediation)
    assert error.message.startswith("“Mediation” is in the history of 2 disputes, so it cannot be deleted.")
    assert names(store) == DEFAULT_ROUTE
    assert {r.name: r.disputes for r in store.run(disputes.stage_rows)}["Mediation"] == 2
    store.run(disputes.delete_dispute, second)
    assert "history of 1 dispute," in refused(store, disputes.delete_stage, mediation).message


def test_unknown_stage_is_refused(store, orgs):
    assert "no longer in this group's records" in refused(store, disputes.rename_stage, 999, "X").message
    assert refused(store, disputes.add_step, new(store, orgs), 999, day(0)).field == "stage"


# -- disputes --------------------------------------------------------------------------


def test_add_a_dispute_with_any_text(store, orgs):
    ident = new(store, orgs, title="Toriad grant i Ynys Môn — Łódź 🎉", raised_by="trust", against="health",
                summary="Llŷr raised it.\nGwenllïan minuted it.")
    got = detail(store, ident)
    assert (got.row.title, got.row.raised_by, got.row.against) == (
        "Toriad grant i Ynys Môn — Łódź 🎉", "Fundacja Łódź 🌱", "Bwrdd Iechyd")
    assert (got.row.raised_by_sector, got.row.against_sector) == (Sector.VCS, Sector.HEALTH)
    assert got.summary == "Llŷr raised it.\nGwenllïan minuted it."
    assert got.row.who_breached == "Said to be breached by a public body"
    assert (got.row.stage, got.row.stage_on, got.row.days_open, got.row.resolved_on) == ("", None, 30, None)
    assert got.steps == () and got.row.id == ident and got.row.is_open


def test_either_sector_can_be_said_to_breach(store, orgs):
    ident = new(store, orgs, raised_by="council", against="cvc")
    assert detail(store, ident).row.who_breached == "Said to be breached by the voluntary sector"
    # Two organisations of the same sector may be in dispute too.
    assert new(store, orgs, raised_by="cvc", against="trust")


def test_a_first_stage_can_be_recorded_with_the_dispute(store, orgs):
    ident = new(store, orgs, stage_id=stage_id(store, "Informal discussion"), note="Phoned the grants team")
    got = detail(store, ident)
    assert [(s.stage, s.on, s.note, s.day_number) for s in got.steps] == [
        ("Informal discussion", day(-30), "Phoned the grants team", 0)]
    assert got.row.stage == "Informal discussion"


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"title": " "}, "title", "Please give the dispute's title"),
    ({"raised_by": None}, "raised_by", "Please choose the organisation raising it"),
    ({"against": None}, "against", "Please choose the organisation said to be in breach"),
    ({"raised_by": "gone"}, "raised_by", "no longer in this group's records"),
    ({"against": "cvc"}, "against", "which is not Dyfnant CVC, who raised it"),
    ({"raised_on": None}, "raised_on", "Please give the date it was raised"),
    ({"raised_on": "2026-02-30"}, "raised_on", "is not a date"),
    ({"stage_id": 999}, "stage", "stage you chose"),
])
def test_add_refusals(store, orgs, kwargs, field, words):
    ids = {**orgs, None: None, "gone": 9999}
    values = {"title": "A dispute", "raised_by": "cvc", "against": "council", "raised_on": day(0), **kwargs}
    extra = {"stage_id": values.pop("stage_id")} if "stage_id" in values else {}
    error = refused(store, disputes.add_dispute, values["title"], ids[values["raised_by"]], ids[values["against"]],
                    values["raised_on"], **extra)
    assert (error.field, words in error.message) == (field, True), error.message
    assert count(store, Dispute) == 0


def test_update_replaces_the_fields(store, orgs):
    ident = new(store, orgs)
    store.run(disputes.update_dispute, ident, title="Grant cut with two weeks' notice", raised_by_id=orgs["trust"],
              against_id=orgs["health"], raised_on=day(-40), summary="Now with the letter.")
    got = detail(store, ident)
    assert (got.row.title, got.raised_by_id, got.against_id, got.row.raised_on, got.summary) == (
        "Grant cut with two weeks' notice", orgs["trust"], orgs["health"], day(-40), "Now with the letter.")
    error = refused(store, disputes.update_dispute, ident, title="X", raised_by_id=orgs["cvc"],
                    against_id=orgs["cvc"], raised_on=day(-40))
    assert error.field == "against"


def test_raised_on_cannot_move_after_the_first_stage_or_the_resolution(store, orgs):
    ident = new(store, orgs)
    store.run(disputes.add_step, ident, stage_id(store, "Mediation"), day(-20))
    fields = {"title": "T", "raised_by_id": orgs["cvc"], "against_id": orgs["council"]}
    error = refused(store, disputes.update_dispute, ident, raised_on=day(-19), **fields)
    assert error.field == "raised_on" and "The first stage recorded" in error.message
    store.run(disputes.update_dispute, ident, raised_on=day(-20), **fields)
    store.run(disputes.resolve, ident, day(-15), "Agreed")
    store.run(disputes.delete_dispute, ident)
    plain = new(store, orgs)
    store.run(disputes.resolve, plain, day(-25), "Settled the same week")
    error = refused(store, disputes.update_dispute, plain, raised_on=day(-24), **fields)
    assert error.field == "raised_on"


def test_delete_a_dispute_takes_its_history(store, orgs):
    ident = new(store, orgs, stage_id=stage_id(store, "Informal discussion"))
    store.run(disputes.add_step, ident, stage_id(store, "Mediation"), day(-3))
    store.run(disputes.delete_dispute, ident)
    assert (count(store, Dispute), count(store, DisputeStep)) == (0, 0)
    assert count(store, DisputeStage) == 6
    assert "no longer in this group's records" in refused(store, disputes.delete_dispute, ident).message


# -- steps -----------------------------------------------------------------------------


def test_record_edit_and_delete_steps(store, orgs):
    ident = new(store, orgs)
    informal, group, mediation = (stage_id(store, n) for n in DEFAULT_ROUTE[:3])
    store.run(disputes.add_step, ident, group, day(-10), "Item 6 at the June meeting")
    first = store.run(disputes.add_step, ident, informal, day(-30), "Rhybudd — ŵyr 🙂")
    got = detail(store, ident)
    assert [(s.stage, s.on, s.day_number) for s in got.steps] == [
        ("Informal discussion", day(-30), 0), ("Raised at the liaison group", day(-10), 20)]
    assert got.steps[0].note == "Rhybudd — ŵyr 🙂"
    assert got.row.stage == "Raised at the liaison group" and got.row.stage_on == day(-10)

    store.run(disputes.update_step, first.id, mediation, day(-5), "Mediator: Siân")
    got = detail(store, ident)
    assert got.row.stage == "Mediation"
    assert [(s.stage, s.note) for s in got.steps][-1] == ("Mediation", "Mediator: Siân")
    store.run(disputes.delete_step, first.id)
    assert detail(store, ident).row.stage == "Raised at the liaison group"
    assert refused(store, disputes.delete_step, first.id).field is None


def test_a_step_before_the_dispute_was_raised_is_refused(store, orgs):
    ident = new(store, orgs)
    error = refused(store, disputes.add_step, ident, stage_id(store, "Mediation"), day(-31))
    assert error.field == "on"
    assert error.message == ("The date of the stage (24 October 2026) cannot be before the date the dispute was "
                             "raised (25 October 2026). Check both dates.")
    step = store.run(disputes.add_step, ident, stage_id(store, "Mediation"), day(-30))
    assert refused(store, disputes.update_step, step.id, step.stage_id, day(-31)).field == "on"
    assert refused(store, disputes.add_step, ident, step.stage_id, None).field == "on"


def test_the_outcome_stage_alone_does_not_resolve(store, orgs):
    ident = new(store, orgs)
    store.run(disputes.add_step, ident, stage_id(store, "Outcome"), day(-1), "Panel agreed")
    row = detail(store, ident).row
    assert row.is_open and row.stage == "Outcome" and row.outcome == ""


# -- resolving ---------------------------------------------------------------------------


def test_resolve_records_the_outcome_stage_and_reopen_takes_it_off(store, orgs):
    ident = new(store, orgs, stage_id=stage_id(store, "Informal discussion"))
    store.run(disputes.add_step, ident, stage_id(store, "Mediation"), day(-10))
    store.run(disputes.resolve, ident, day(-2), "  Grant restored for a year  ")
    got = detail(store, ident)
    assert (got.row.resolved_on, got.row.outcome, got.row.days_open, got.row.is_open) == (
        day(-2), "Grant restored for a year", 28, False)
    assert [(s.stage, s.on, s.resolution) for s in got.steps] == [
        ("Informal discussion", day(-30), False), ("Mediation", day(-10), False), ("Outcome", day(-2), True)]
    assert got.row.stage == "Outcome"

    # Changing the resolution moves its own outcome step, and adds no second one.
    store.run(disputes.resolve, ident, day(-1), "Grant restored for two years")
    got = detail(store, ident)
    assert [(s.stage, s.on) for s in got.steps][-1] == ("Outcome", day(-1))
    assert sum(s.is_outcome for s in got.steps) == 1 and got.row.outcome == "Grant restored for two years"
    assert got.row.days_open == 29

    store.run(disputes.reopen, ident)
    got = detail(store, ident)
    assert (got.row.resolved_on, got.row.outcome, got.row.is_open, got.row.days_open) == (None, "", True, 30)
    assert [s.stage for s in got.steps] == ["Informal discussion", "Mediation"]


def test_resolve_uses_an_outcome_step_already_recorded_last(store, orgs):
    ident = new(store, orgs)
    store.run(disputes.add_step, ident, stage_id(store, "Outcome"), day(-5), "Agreed at the meeting")
    store.run(disputes.resolve, ident, day(-5), "Apology and a new timetable")
    assert [s.stage for s in detail(store, ident).steps] == ["Outcome"]
    store.run(disputes.resolve, ident, day(-3), "Apology and a new timetable")
    assert [(s.stage, s.on) for s in detail(store, ident).steps] == [("Outcome", day(-3))]


def test_resolve_without_an_outcome_stage_records_no_step(store, orgs):
    store.run(disputes.set_outcome_stage, stage_id(store, "Outcome"), False)
    ident = new(store, orgs)
    store.run(disputes.resolve, ident, day(0), "Withdrawn")
    assert detail(store, ident).steps == () and detail(store, ident).row.resolved_on == day(0)


@pytest.mark.parametrize(("resolved_on", "outcome", "field", "words"), [
    (TODAY, "  ", "outcome", "Please give the outcome"),
    (None, "Agreed", "resolved_on", "Please give the date it was resolved"),
    (day(-31), "Agreed", "resolved_on", "cannot be before the date it was raised"),
    (day(-11), "Agreed", "resolved_on", "cannot be before the last stage recorded (14 November 2026)"),
])
def test_resolve_refusals(store, orgs, resolved_on, outcome, field, words):
    ident = new(store, orgs)
    store.run(disputes.add_step, ident, stage_id(store, "Mediation"), day(-10))
    error = refused(store, disputes.resolve, ident, resolved_on, outcome)
    assert (error.field, words in error.message) == (field, True), error.message
    assert detail(store, ident).row.is_open and len(detail(store, ident).steps) == 1


def test_no_stage_after_the_resolution_and_its_own_step_is_changed_through_resolve(store, orgs):
    ident = new(store, orgs)
    store.run(disputes.resolve, ident, day(-10), "Agreed")
    mediation = stage_id(store, "Mediation")
    error = refused(store, disputes.add_step, ident, mediation, day(-9))
    assert error.field == "on" and "resolved on 14 November 2026" in error.message
    store.run(disputes.add_step, ident, mediation, day(-20), "Filled in afterwards")
    own = next(s for s in detail(store, ident).steps if s.resolution)
    assert refused(store, disputes.delete_step, own.step_id).field == "stage"
    assert refused(store, disputes.update_step, own.step_id, mediation, own.on).field == "on"
    store.run(disputes.update_step, own.step_id, own.stage_id, own.on, "Signed by both chairs")
    assert detail(store, ident).steps[-1].note == "Signed by both chairs"


# -- hypothesis: any dates ------------------------------------------------------------------

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SLOW
@given(raised_on=dates, step_on=dates)
def test_a_step_is_refused_exactly_when_it_is_before_the_raising(store, orgs, raised_on, step_on):
    ident = new(store, orgs, raised_on=raised_on)
    mediation = stage_id(store, "Mediation")
    if step_on < raised_on:
        assert refused(store, disputes.add_step, ident, mediation, step_on).field == "on"
        assert detail(store, ident).steps == ()
    else:
        store.run(disputes.add_step, ident, mediation, step_on)
        assert [s.on for s in detail(store, ident).steps] == [step_on]
    store.run(disputes.delete_dispute, ident)


@SLOW
@given(raised_on=dates, steps=st.lists(dates, max_size=3), resolved_on=dates)
def test_resolving_is_refused_exactly_before_the_raising_or_the_last_step(store, orgs, raised_on, steps,
                                                                             resolved_on):
    ident = new(store, orgs, raised_on=raised_on)
    kept = [on for on in steps if on >= raised_on]
    for on in kept:
        store.run(disputes.add_step, ident, stage_id(store, "Mediation"), on)
    if resolved_on < max([raised_on, *kept]):
        assert refused(store, disputes.resolve, ident, resolved_on, "Agreed").field == "resolved_on"
        assert detail(store, ident).row.is_open
    else:
        store.run(disputes.resolve, ident, resolved_on, "Agreed")
        got = detail(store, ident, today=resolved_on + dt.timedelta(days=400))
        assert got.row.resolved_on == resolved_on and got.row.days_open == (resolved_on - raised_on).days
        assert got.steps[-1].stage == "Outcome" and got.steps[-1].on == resolved_on
        store.run(disputes.reopen, ident)
        assert [s.on for s in detail(store, ident).steps] == sorted(kept)
    store.run(disputes.delete_dispute, ident)


# -- reading ---------------------------------------------------------------------------


def test_rows_open_disputes_and_days_open(store, orgs):
    old = new(store, orgs, title="Old", raised_on=day(-200), stage_id=stage_id(store, "Informal discussion"))
    recent = new(store, orgs, title="Recent", raised_on=day(-5), raised_by="council", against="trust")
    done = new(store, orgs, title="Done", raised_on=day(-100))
    store.run(disputes.resolve, done, day(-40), "Settled")
    future = new(store, orgs, title="Booked in", raised_on=day(3))
    rows = store.run(disputes.dispute_rows, TODAY)
    assert [r.title for r in rows] == ["Old", "Done", "Recent", "Booked in"]
    by_title = {r.title: r for r in rows}
    assert by_title["Old"].days_open == 200 and by_title["Old"].open_long
    assert by_title["Done"].days_open == 60 and not by_title["Done"].open_long
    assert by_title["Recent"].days_open == 5 and by_title["Booked in"].days_open == 0
    assert by_title["Recent"].who_breached == "Said to be breached by the voluntary sector"
    opened = store.run(disputes.open_disputes, TODAY)
    assert [(r.dispute_id, r.days_open, r.stage) for r in opened] == [
        (old, 200, "Informal discussion"), (recent, 5, ""), (future, 0, "")]
    assert disputes.LONG_OPEN_DAYS == 90


def test_counts_for_a_year(store, orgs):
    new(store, orgs, title="2025, still open", raised_on=dt.date(2025, 6, 1))
    spans = new(store, orgs, title="2025, resolved 2026", raised_on=dt.date(2025, 11, 1), raised_by="council",
                against="cvc")
    store.run(disputes.resolve, spans, dt.date(2026, 2, 1), "Agreed")
    quick = new(store, orgs, title="2026, resolved", raised_on=dt.date(2026, 3, 1), against="health")
    store.run(disputes.resolve, quick, dt.date(2026, 3, 20), "Agreed")
    new(store, orgs, title="2026, open", raised_on=dt.date(2026, 12, 31), raised_by="council", against="trust")

    last_year = store.run(disputes.dispute_counts, 2025)
    assert (last_year.opened, last_year.resolved, last_year.open_at_end) == (2, 0, 2)
    assert (last_year.public_said_to_breach, last_year.vcs_said_to_breach) == (1, 1)
    assert last_year.by_sector == {Sector.COUNCIL: 1, Sector.VCS: 1}
    this_year = store.run(disputes.dispute_counts, 2026)
    assert (this_year.opened, this_year.resolved, this_year.open_at_end) == (2, 2, 2)
    assert (this_year.public_said_to_breach, this_year.vcs_said_to_breach) == (1, 1)
    assert this_year.by_sector == {Sector.HEALTH: 1, Sector.VCS: 1}
    empty = store.run(disputes.dispute_counts, 2019)
    assert (empty.opened, empty.resolved, empty.open_at_end, empty.by_sector) == (0, 0, 0, {})


def test_patterns_count_by_stage_over_every_dispute(store, orgs):
    assert disputes.patterns_text(store.run(disputes.dispute_patterns, TODAY)) == ""
    informal, group, mediation = (stage_id(store, n) for n in DEFAULT_ROUTE[:3])
    first = new(store, orgs, stage_id=informal)
    store.run(disputes.add_step, first, group, day(-20))
    store.run(disputes.add_step, first, informal, day(-19))  # back to talking: counted once for the stage
    second = new(store, orgs, raised_by="council", against="cvc", stage_id=informal, raised_on=day(-60))
    store.run(disputes.add_step, second, mediation, day(-50))
    store.run(disputes.resolve, second, day(-20), "Mediated agreement")
    new(store, orgs, title="Just raised")
    found = store.run(disputes.dispute_patterns, TODAY)
    assert (found.total, found.open, found.public_said_to_breach, found.vcs_said_to_breach) == (3, 2, 2, 1)
    assert found.median_days_to_resolve == 40
    stages = {s.name: (s.reached, s.now_at) for s in found.stages}
    assert stages == {"Informal discussion": (2, 1), "Raised at the liaison group": (1, 0), "Mediation": (1, 0),
                      "Councillor's call-in": (0, 0), "Arbitration": (0, 0), "Outcome": (1, 0)}
    assert disputes.patterns_text(found) == (
        "3 disputes, 2 open · said to be breached by a public body 2, by the voluntary sector 1 · stages reached: "
        "Informal discussion 2, Raised at the liaison group 1, Mediation 1, Outcome 1 · resolved in a median of "
        "40 days")


def test_the_next_stage_follows_the_usual_route(store, orgs):
    informal, group, mediation, _, arbitration, outcome = (stage_id(store, n) for n in DEFAULT_ROUTE)
    assert store.run(disputes.next_stage_id, None) == informal
    ident = new(store, orgs)
    assert store.run(disputes.next_stage_id, ident) == informal
    store.run(disputes.add_step, ident, informal, day(-20))
    assert store.run(disputes.next_stage_id, ident) == group
    store.run(disputes.add_step, ident, arbitration, day(-10))
    assert store.run(disputes.next_stage_id, ident) == arbitration  # past mediation, the outcome is Resolve's
    store.run(disputes.add_step, ident, mediation, day(-5))
    assert store.run(disputes.next_stage_id, ident) == mediation
    assert outcome
