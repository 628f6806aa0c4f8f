"""Monitoring and review: the framework's questions, yearly ratings, the health-check,
the relationship rating and the review's own words, on a real store file."""

import datetime as dt

import pytest
from hypothesis import HealthCheck as Hypothesis
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from compactdesk.domain import text
from compactdesk.domain.enums import HealthArea, IndicatorGroup, Measure
from compactdesk.domain.errors import ValidationError
from compactdesk.services import monitoring, monitoring_figures
from compactdesk.store.models import HealthCheck, Indicator, IndicatorRating, RelationshipRating, ReviewYear

TODAY = dt.date(2026, 11, 24)
WELSH = "Llŷr a Gwenllïan: ymddiriedaeth wedi tyfu yn Ynys Môn ✨🎉"
NO_TIME_LIMIT = settings(max_examples=40, deadline=None, suppress_health_check=[Hypothesis.function_scoped_fixture])


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def questions(store, group: IndicatorGroup | None = None) -> list[str]:
    return [i.question for i in store.run(monitoring.list_indicators) if group is None or i.group is group]


def first_id(store, group: IndicatorGroup) -> int:
    return next(i.indicator_id for i in store.run(monitoring.list_indicators) if i.group is group)


def row_for(store, indicator_id: int, year: int = 2026, today=None) -> monitoring.IndicatorRow:
    return next(r for r in store.run(monitoring.indicator_rows, year, today) if r.indicator_id == indicator_id)


def refused(store, field: str | None, words: str, service, *args, **kwargs) -> None:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)


# -- the framework's questions -------------------------------------------------------------

def test_the_built_in_framework_is_listed_group_by_group(store):
    items = store.run(monitoring.list_indicators)
    assert len(items) == 24
    groups = [i.group for i in items]
    assert groups == sorted(groups, key=list(IndicatorGroup).index)
    assert {i.group for i in items} == set(IndicatorGroup)
    assert [i.position for i in items] == list(range(24))
    # The starting rating is the group's own answer: no year's figure stands for it.
    assert items[1].measure is None and items[0].measure is None
    assert items[21].measure is Measure.RELATIONSHIP


def test_a_new_question_goes_last_in_its_group_and_keeps_welsh_and_emoji(store):
    before = questions(store, IndicatorGroup.INPUTS)
    added = store.run(monitoring.add_indicator, "inputs", "  A oes gan  y grŵp\x00 gyllideb? 💷 ", "champions")
    items = store.run(monitoring.list_indicators)
    assert questions(store, IndicatorGroup.INPUTS) == [*before, "A oes gan y grŵp gyllideb? 💷"]
    assert [i.position for i in items] == list(range(25))
    new = next(i for i in items if i.indicator_id == added.id)
    assert (new.group, new.measure, new.years_rated) == (IndicatorGroup.INPUTS, Measure.CHAMPIONS, ())
    # After it, the process group still follows.
    assert items[items.index(new) + 1].group is IndicatorGroup.PROCESS


def test_a_question_may_be_added_to_an_empty_group_and_to_the_last_group(store):
    for item in store.run(monitoring.list_indicators):
        if item.group is IndicatorGroup.BASELINE:
            store.run(monitoring.delete_indicator, item.indicator_id)
    store.run(monitoring.add_indicator, IndicatorGroup.BASELINE, "Where are we now?")
    store.run(monitoring.add_indicator, IndicatorGroup.OUTCOMES, "What changed?")
    items = store.run(monitoring.list_indicators)
    assert items[0].question == "Where are we now?" and items[-1].question == "What changed?"
    assert [i.position for i in items] == list(range(len(items)))


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"group": "inputs", "question": " \x00 "}, "question", "Please give the question"),
    ({"group": "inputs", "question": "x" * 1001}, "question", "room for 1,000 at most"),
    ({"group": "middle", "question": "Why?"}, "group", "'middle' is not a known part of the framework"),
    ({"group": "inputs", "question": "Why?", "measure": "weather"}, "measure", "'weather' is not a known figure"),
])
def test_a_question_is_refused_with_what_to_do(store, kwargs, field, words):
    refused(store, field, words, monitoring.add_indicator, **kwargs)
    assert count(store, Indicator) == 24


def test_editing_a_question_and_moving_it_to_another_group(store):
    chosen = first_id(store, IndicatorGroup.BASELINE)
    store.run(monitoring.update_indicator, chosen, group="baseline", question="Ble oedden ni ar y dechrau?",
              measure=None)
    assert questions(store)[0] == "Ble oedden ni ar y dechrau?"
    store.run(monitoring.update_indicator, chosen, group="outputs", question="Ble oedden ni?", measure="codes")
    outputs = [i for i in store.run(monitoring.list_indicators) if i.group is IndicatorGroup.OUTPUTS]
    assert (outputs[-1].indicator_id, outputs[-1].question, outputs[-1].measure) == (chosen, "Ble oedden ni?",
                                                                                       Measure.CODES)
    assert [i.position for i in store.run(monitoring.list_indicators)] == list(range(24))
    refused(store, None, "no longer in this group's records", monitoring.update_indicator, 999, group="inputs",
            question="Q")
    refused(store, "question", "Please give the question", monitoring.update_indicator, chosen, group="inputs",
            question="")


def test_moving_up_and_down_stays_within_the_group(store):
    inputs = [i.indicator_id for i in store.run(monitoring.list_indicators) if i.group is IndicatorGroup.INPUTS]
    store.run(monitoring.move_indicator, inputs[1], -1)
    assert [i.indicator_id for i in store.run(monitoring.list_indicators)
            if i.group is IndicatorGroup.INPUTS] == [inputs[1], inputs[0], *inputs[2:]]
    store.run(monitoring.move_indicator, inputs[1], +1)
    assert [i.indicator_id for i in store.run(monitoring.list_indicators)
            if i.group is IndicatorGroup.INPUTS] == inputs
    refused(store, "position", "already the first in Inputs", monitoring.move_indicator, inputs[0], -1)
    refused(store, "position", "already the last in Inputs", monitoring.move_indicator, inputs[-1], +1)
    refused(store, "position", "one place", monitoring.move_indicator, inputs[0], 2)
    assert [i.position for i in store.run(monitoring.list_indicators)] == list(range(24))


def test_deleting_a_question_takes_its_ratings_with_it(store):
    chosen = first_id(store, IndicatorGroup.PROCESS)
    store.run(monitoring.rate, chosen, 2025, 3, "Leaflet sent to every group")
    store.run(monitoring.rate, chosen, 2026, 4, "")
    assert store.run(monitoring.indicator_detail, chosen).years_rated == (2025, 2026)
    store.run(monitoring.delete_indicator, chosen)
    assert count(store, Indicator) == 23 and count(store, IndicatorRating) == 0
    assert [i.position for i in store.run(monitoring.list_indicators)] == list(range(23))
    refused(store, None, "no longer in this group's records", monitoring.delete_indicator, chosen)
    refused(store, None, "no longer in this group's records", monitoring.indicator_detail, chosen)


# -- yearly ratings --------------------------------------------------------------------------

def test_rating_a_question_for_a_year_and_seeing_last_years(store):
    chosen = first_id(store, IndicatorGroup.OUTCOMES)
    store.run(monitoring.rate, chosen, 2025, 2, "Few came.")
    store.run(monitoring.rate, chosen, 2026, 4, "Council and health board at every meeting.\r\nVCS too.")
    got = row_for(store, chosen)
    assert (got.rating, got.previous, got.change) == (4, 2, 2)
    assert got.evidence == "Council and health board at every meeting.\nVCS too."
    assert (got.group, got.measure) == (IndicatorGroup.OUTCOMES, Measure.ATTENDANCE)
    last = row_for(store, chosen, 2025)
    assert (last.rating, last.previous, last.change) == (2, None, None)


def test_rating_again_updates_the_same_year_and_not_rated_is_allowed(store):
    chosen = first_id(store, IndicatorGroup.INPUTS)
    store.run(monitoring.rate, chosen, 2026, 5, "First go")
    store.run(monitoring.rate, chosen, 2026, None, "Not agreed yet: see the minutes of March")
    assert count(store, IndicatorRating) == 1
    got = row_for(store, chosen)
    assert (got.rating, got.evidence, got.change) == (None, "Not agreed yet: see the minutes of March", None)


def test_clearing_both_rating_and_evidence_removes_the_years_entry(store):
    chosen = first_id(store, IndicatorGroup.INPUTS)
    store.run(monitoring.rate, chosen, 2026, 3, "x")
    assert store.run(monitoring.rate, chosen, 2026, None, "  ") is None
    assert count(store, IndicatorRating) == 0
    assert store.run(monitoring.rate, chosen, 2026, None, "") is None  # nothing there: nothing done
    assert count(store, IndicatorRating) == 0


@pytest.mark.parametrize(("args", "field", "words"), [
    ((2026, 0, ""), "rating", "The rating must be between 1 and 5"),
    ((2026, 6, ""), "rating", "The rating must be between 1 and 5"),
    ((2026, 2.5, ""), "rating", "The rating must be a whole number"),
    ((2026, "good", ""), "rating", "The rating must be a whole number"),
    ((2026, True, ""), "rating", "The rating must be a whole number from 1 to 5"),
    ((1989, 3, ""), "year", "The year must be between 1990 and 2100"),
    ((2101, 3, ""), "year", "The year must be between 1990 and 2100"),
    ((2026, 3, "x" * 200_001), "evidence", "The evidence: 200,001 characters"),
])
def test_a_rating_is_refused_with_what_to_do(store, args, field, words):
    refused(store, field, words, monitoring.rate, first_id(store, IndicatorGroup.INPUTS), *args)
    assert count(store, IndicatorRating) == 0


def test_rating_a_question_no_longer_there_is_refused(store):
    refused(store, None, "no longer in this group's records", monitoring.rate, 999, 2026, 3, "")


@NO_TIME_LIMIT
@given(rating=st.integers(min_value=-10**6, max_value=10**6))
def test_any_rating_outside_one_to_five_is_refused_and_any_inside_kept(store, rating):
    chosen = first_id(store, IndicatorGroup.INPUTS)
    if 1 <= rating <= 5:
        store.run(monitoring.rate, chosen, 2026, rating, "")
        assert row_for(store, chosen).rating == rating
        store.run(monitoring.rate_health, 2026, "funding", rating, "")
        assert store.run(monitoring.health_rows, 2026)[-1].rating == rating
        added = store.run(monitoring.add_relationship_rating, TODAY, rating)
        assert store.run(monitoring.relationship_detail, added.id).rating == rating
    else:
        for service, args in ((monitoring.rate, (chosen, 2026, rating, "")),
                              (monitoring.rate_health, (2026, "funding", rating, "")),
                              (monitoring.add_relationship_rating, (TODAY, rating))):
            with pytest.raises(ValidationError) as caught:
                store.run(service, *args)
            assert caught.value.field == "rating"


@NO_TIME_LIMIT
@given(words=st.text(max_size=300))
def test_any_evidence_is_kept_as_cleaned_or_refused(store, words):
    chosen = first_id(store, IndicatorGroup.INPUTS)
    expected = text.clean(words, multiline=True)
    try:
        store.run(monitoring.rate, chosen, 2026, 3, words)
        store.run(monitoring.rate_health, 2026, HealthArea.SHARING, 3, words)
        store.run(monitoring.set_review_words, 2026, words, words)
    except ValidationError as error:
        assert error.field in {"evidence", "summary"}
        return
    assert row_for(store, chosen).evidence == expected
    assert store.run(monitoring.health_rows, 2026)[3].evidence == expected
    assert store.run(monitoring.review_words, 2026) == (expected, expected)


@NO_TIME_LIMIT
@given(words=st.text(min_size=1, max_size=200))
def test_any_question_is_kept_as_cleaned_or_refused(store, words):
    try:
        added = store.run(monitoring.add_indicator, "outcomes", words)
    except ValidationError as error:
        assert error.field == "question" and not text.clean(words)
        return
    assert store.run(monitoring.indicator_detail, added.id).question == text.clean(words)


def test_the_figure_comes_from_the_years_figures(store, monkeypatch):
    asked = []

    def figures(session, year, today):
        asked.append((year, today))
        return {Measure.CHAMPIONS: "3 of 7 departments have a champion"}

    monkeypatch.setattr(monitoring_figures, "measure_texts", figures)
    items = store.run(monitoring.list_indicators)
    champions = next(i.indicator_id for i in items if i.measure is Measure.CHAMPIONS)
    no_measure = items[0].indicator_id
    sign_up = next(i.indicator_id for i in items if i.measure is Measure.SIGN_UP)
    rows = {r.indicator_id: r for r in store.run(monitoring.indicator_rows, 2025, TODAY)}
    assert asked == [(2025, TODAY)]
    assert rows[champions].figure == "3 of 7 departments have a champion"
    assert rows[no_measure].figure == rows[sign_up].figure == ""
    assert store.run(monitoring.indicator_rows, 2025)[0].figure == ""  # no day given: no figures worked out
    assert asked == [(2025, TODAY)]


def test_the_real_figures_fill_the_measured_questions(store):
    rows = store.run(monitoring.indicator_rows, 2026, TODAY)
    assert all(bool(r.figure) == (r.measure is not None) for r in rows)


def test_copy_from_previous_year_starts_this_years_evidence(store):
    items = [i.indicator_id for i in store.run(monitoring.list_indicators)]
    store.run(monitoring.rate, items[0], 2025, 3, "Baseline agreed in 2019")
    store.run(monitoring.rate, items[1], 2025, 4, "Survey: 4 of 5")
    store.run(monitoring.rate, items[2], 2025, 2, "")  # nothing to copy
    store.run(monitoring.rate, items[3], 2025, 2, "Old words")
    store.run(monitoring.rate, items[3], 2026, 5, "New words")  # kept as they are
    store.run(monitoring.rate, items[1], 2026, 2, "")  # a rating without evidence gets last year's evidence
    assert store.run(monitoring.copy_from_previous_year, 2026) == 2
    rows = {r.indicator_id: r for r in store.run(monitoring.indicator_rows, 2026)}
    assert (rows[items[0]].rating, rows[items[0]].evidence) == (None, "Baseline agreed in 2019")
    assert (rows[items[1]].rating, rows[items[1]].evidence) == (2, "Survey: 4 of 5")
    assert (rows[items[2]].rating, rows[items[2]].evidence) == (None, "")
    assert (rows[items[3]].rating, rows[items[3]].evidence) == (5, "New words")
    assert store.run(monitoring.copy_from_previous_year, 2026) == 0
    refused(store, "year", "between 1990 and 2100", monitoring.copy_from_previous_year, 1980)


# -- the health-check ------------------------------------------------------------------------

def test_the_health_check_always_shows_the_five_areas_in_order(store):
    rows = store.run(monitoring.health_rows, 2026)
    assert [r.area for r in rows] == list(HealthArea)
    assert [r.number for r in rows] == [0, 1, 2, 3, 4]
    assert all(r.rating is None and r.evidence == "" and r.previous is None for r in rows)
    assert rows[0].aim == HealthArea.UNDERSTANDING.aim()


def test_rating_the_health_check_for_a_year(store):
    store.run(monitoring.rate_health, 2025, "funding", 2, "Grants cut with a month's notice")
    store.run(monitoring.rate_health, 2026, HealthArea.FUNDING, 4, WELSH)
    store.run(monitoring.rate_health, 2026, HealthArea.FUNDING, 3, WELSH)  # again: the same entry
    assert count(store, HealthCheck) == 2
    rows = store.run(monitoring.health_rows, 2026)
    assert (rows[4].rating, rows[4].evidence, rows[4].previous, rows[4].change) == (3, WELSH, 2, 1)
    assert store.run(monitoring.rate_health, 2026, "funding", None, "") is None
    assert count(store, HealthCheck) == 1
    refused(store, "area", "'budget' is not a known area of the health-check", monitoring.rate_health, 2026,
            "budget", 3, "")
    refused(store, "year", "between 1990 and 2100", monitoring.health_rows, 3000)
    refused(store, "rating", "between 1 and 5", monitoring.rate_health, 2026, "sharing", 9, "")


# -- the relationship rating -----------------------------------------------------------------

def test_relationship_ratings_newest_first_and_by_year(store):
    first = store.run(monitoring.add_relationship_rating, "2025-03-04", 2, "Before the new chair")
    second = store.run(monitoring.add_relationship_rating, dt.date(2026, 2, 1), 3)
    third = store.run(monitoring.add_relationship_rating, dt.date(2026, 10, 6), 4, WELSH)
    assert [r.rating_id for r in store.run(monitoring.relationship_rows)] == [third.id, second.id, first.id]
    year = store.run(monitoring.relationship_for_year, 2026)
    assert [r.rating for r in year.ratings] == [3, 4] and year.mean == 3.5
    assert store.run(monitoring.relationship_for_year, 2025).mean == 2
    assert store.run(monitoring.relationship_for_year, 2024) == ((), None)
    assert store.run(monitoring.relationship_detail, third.id).note == WELSH
    assert store.run(monitoring.relationship_by_year) == [(2025, 1, 2.0), (2026, 2, 3.5)]


def test_no_relationship_ratings_means_no_trend(store):
    assert store.run(monitoring.relationship_by_year) == []
    assert store.run(monitoring.relationship_rows) == []


def test_a_relationship_rating_is_edited_and_deleted(store):
    added = store.run(monitoring.add_relationship_rating, TODAY, 3, "First")
    store.run(monitoring.update_relationship_rating, added.id, "2026-01-05", 5, "Better")
    assert store.run(monitoring.relationship_detail, added.id) == monitoring.RelationshipRow(
        added.id, dt.date(2026, 1, 5), 5, "Better")
    store.run(monitoring.delete_relationship_rating, added.id)
    assert count(store, RelationshipRating) == 0
    refused(store, None, "no longer in this group's records", monitoring.delete_relationship_rating, added.id)


@pytest.mark.parametrize(("args", "field", "words"), [
    ((None, 3), "on", "Please give the date of the rating"),
    (("2026-02-30", 3), "on", "is not a date"),
    ((dt.date(1900, 1, 1), 3), "on", "between 1990 and 2100"),
    ((TODAY, None), "rating", "Please choose a rating from 1 (poor) to 5 (strong)"),
    ((TODAY, 0), "rating", "between 1 and 5"),
])
def test_a_relationship_rating_is_refused_with_what_to_do(store, args, field, words):
    refused(store, field, words, monitoring.add_relationship_rating, *args)
    assert count(store, RelationshipRating) == 0


# -- the review's own words ------------------------------------------------------------------

def test_review_words_are_kept_per_year(store):
    assert store.run(monitoring.review_words, 2026) == ("", "")
    store.run(monitoring.set_review_words, 2026, "A good year.\n\nMore groups signed up.", "Fund the forum")
    store.run(monitoring.set_review_words, 2025, WELSH, "")
    assert store.run(monitoring.review_words, 2026) == ("A good year.\n\nMore groups signed up.", "Fund the forum")
    assert store.run(monitoring.review_words, 2025).summary == WELSH
    # One part alone: the other stays as it was.
    store.run(monitoring.set_review_words, 2026, priorities="Fund the forum; refresh the compact")
    store.run(monitoring.set_review_words, 2026, summary="A better year.")
    words = store.run(monitoring.review_words, 2026)
    assert (words.summary, words.priorities) == ("A better year.", "Fund the forum; refresh the compact")
    # Both emptied: the year's entry goes.
    assert store.run(monitoring.set_review_words, 2025, "", "") is None
    assert count(store, ReviewYear) == 1
    refused(store, "year", "between 1990 and 2100", monitoring.set_review_words, 20260, "x", "y")
    refused(store, "summary", "at most", monitoring.set_review_words, 2026, "x" * 200_001)


# -- which years -----------------------------------------------------------------------------

def test_the_years_run_from_the_first_record_to_this_one(store):
    assert store.run(monitoring.monitoring_years, TODAY) == [2026]
    store.run(monitoring.rate_health, 2022, "sharing", 3, "")
    assert store.run(monitoring.monitoring_years, TODAY) == [2026, 2025, 2024, 2023, 2022]
    store.run(monitoring.set_review_words, 2027, "Plans", "")
    assert store.run(monitoring.monitoring_years, TODAY)[0] == 2027
    store.run(monitoring.add_relationship_rating, dt.date(2020, 5, 1), 3)
    assert store.run(monitoring.monitoring_years, TODAY)[-1] == 2020
