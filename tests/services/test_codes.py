"""Codes of practice on a real store: the national five, local codes, status, adoption, reviews, refusals."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.domain.enums import CodeStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.standards import code_review_due
from compactdesk.services import actions, codes
from compactdesk.store.models import CodeOfPractice

TODAY = dt.date(2026, 11, 24)
NATIONAL = ["Funding and procurement", "Consultation and policy appraisal", "Volunteering",
            "Black and minority ethnic voluntary and community organisations", "Community groups"]


def rows(store, today=TODAY) -> list[codes.CodeRow]:
    return store.run(codes.code_rows, today)


def row_of(store, code_id, today=TODAY) -> codes.CodeRow:
    return next(row for row in rows(store, today) if row.code_id == code_id)


def refused(store, service, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    return caught.value


def test_the_five_national_codes_are_there_from_the_start_and_not_in_force(store):
    found = rows(store)
    assert [row.name for row in found] == NATIONAL
    assert all(row.national and row.status is CodeStatus.PROPOSED for row in found)
    assert all(row.next_review_due is None and not row.overdue and row.targets == 0 for row in found)
    assert [codes.review_text(row, TODAY) for row in found] == ["Not in force"] * 5


def test_a_local_code_is_added_after_the_national_ones_with_welsh_and_emoji_text(store):
    made = store.run(codes.add_code, "  Cod ymarfer: Gwybodaeth a chyfathrebu ŵ ŷ 🎉  ", status=CodeStatus.ADOPTED,
                     adopted_on="2026-03-19", review_months=24, notes="Papurau yn Gymraeg – Łucja\nail linell")
    row = row_of(store, made.id)
    assert row.name == "Cod ymarfer: Gwybodaeth a chyfathrebu ŵ ŷ 🎉"
    assert (row.national, row.status, row.adopted_on, row.review_months) == (False, CodeStatus.ADOPTED,
                                                                            dt.date(2026, 3, 19), 24)
    assert row.notes == "Papurau yn Gymraeg – Łucja\nail linell"
    assert row.next_review_due == dt.date(2028, 3, 19) and not row.overdue
    assert rows(store)[-1].code_id == made.id and row.position > max(r.position for r in rows(store)[:5])
    assert codes.review_text(row, TODAY) == "Due 19 March 2028"


def test_an_adopted_code_without_an_adoption_date_is_refused_at_that_field(store):
    error = refused(store, codes.add_code, "Commissioning", status=CodeStatus.ADOPTED)
    assert error.field == "adopted_on"
    assert "needs the date it was adopted" in str(error)
    # "Under review" is in force too: its reviews are counted from adoption as well.
    assert refused(store, codes.add_code, "Commissioning", status="under_review").field == "adopted_on"
    assert len(rows(store)) == 5


def test_an_adoption_date_is_kept_when_the_code_goes_back_to_draft_and_counts_again_once_adopted(store):
    made = store.run(codes.add_code, "Commissioning", status=CodeStatus.ADOPTED, adopted_on=dt.date(2025, 1, 10),
                     review_months=12)
    store.run(codes.update_code, made.id, name="Commissioning", status=CodeStatus.IN_DRAFT,
              adopted_on=dt.date(2025, 1, 10), review_months=12, on=dt.date(2025, 3, 1))
    row = row_of(store, made.id)
    assert row.adopted_on == dt.date(2025, 1, 10) and row.next_review_due is None and not row.overdue
    # Adopted again: on the day it was adopted again, not the first adoption's, which its redraft came after.
    error = refused(store, codes.update_code, made.id, name="Commissioning", status=CodeStatus.ADOPTED,
                    adopted_on=dt.date(2025, 1, 10), review_months=12)
    assert error.field == "adopted_on"
    assert str(error) == ("“Commissioning” has a later step in its history (“In draft”, 1 March 2025) than "
                          "10 January 2025, the day you gave for “Adopted”. Give the day it became “Adopted”, or add "
                          "an earlier step to its history with Record a step….")
    store.run(codes.update_code, made.id, name="Commissioning", status=CodeStatus.ADOPTED,
              adopted_on=dt.date(2025, 6, 1), review_months=12)
    row = row_of(store, made.id)
    assert row.adopted_on == dt.date(2025, 6, 1)
    assert row.next_review_due == dt.date(2026, 6, 1) and row.overdue
    assert codes.review_text(row, TODAY) == "Overdue since 1 June 2026"
    assert codes.why_text(row, TODAY) == ("Review overdue by 176 days: due 1 June 2026 (reviewed every "
                                          "12 months); adopted 1 June 2025 and not reviewed since.")
    assert [(step.status, step.on) for step in store.run(codes.code_history, made.id)] == [
        (CodeStatus.ADOPTED, dt.date(2025, 6, 1)), (CodeStatus.IN_DRAFT, dt.date(2025, 3, 1)),
        (CodeStatus.ADOPTED, dt.date(2025, 1, 10))]


@pytest.mark.parametrize("months", [0, -1, 121, 1000, "twelve", 2.5])
def test_a_review_interval_outside_1_to_120_months_is_refused(store, months):
    error = refused(store, codes.add_code, "Commissioning", review_months=months)
    assert error.field == "review_months"


@pytest.mark.parametrize("months", [1, 120])
def test_the_review_interval_limits_are_allowed(store, months):
    made = store.run(codes.add_code, "Commissioning", status="adopted", adopted_on="2026-01-31", review_months=months)
    assert row_of(store, made.id).next_review_due == {1: dt.date(2026, 2, 28), 120: dt.date(2036, 1, 31)}[months]


@pytest.mark.parametrize("name", ["volunteering", "VOLUNTEERING", "  Volunteering ", "Volunteering\t"])
def test_a_duplicate_name_is_refused_whatever_its_case(store, name):
    error = refused(store, codes.add_code, name)
    assert error.field == "name" and "already a code called “Volunteering”" in str(error)


def test_a_duplicate_name_with_welsh_letters_is_refused_whatever_its_case(store):
    store.run(codes.add_code, "Côd Ŵyl")
    assert refused(store, codes.add_code, "CÔD ŵYL").field == "name"


def test_renaming_a_code_to_its_own_name_in_other_case_is_fine_but_not_to_anothers(store):
    made = store.run(codes.add_code, "Working in partnership")
    store.run(codes.update_code, made.id, name="Working In Partnership", status="proposed")
    assert row_of(store, made.id).name == "Working In Partnership"
    assert refused(store, codes.update_code, made.id, name="community GROUPS", status="proposed").field == "name"


def test_an_empty_name_and_an_unknown_status_are_refused(store):
    assert refused(store, codes.add_code, "   ").field == "name"
    assert refused(store, codes.add_code, "Commissioning", status="withdrawn").field == "status"


def test_deleting_a_national_code_is_refused_saying_why(store):
    national = rows(store)[0]
    error = refused(store, codes.delete_code, national.code_id)
    assert "one of the national Compact's five codes" in str(error)
    assert len(rows(store)) == 5


def test_deleting_a_code_used_by_targets_is_refused_saying_how_many(store):
    made = store.run(codes.add_code, "Commissioning")
    for title in ("Commissioning plan shared", "Small-lot tenders"):
        store.run(actions.add_target, title, code_id=made.id)
    assert row_of(store, made.id).targets == 2
    error = refused(store, codes.delete_code, made.id)
    assert "code of 2 action-plan targets" in str(error) and "Move those targets" in str(error)
    one = store.run(codes.add_code, "Monitoring")
    store.run(actions.add_target, "Annual report", code_id=one.id)
    assert "code of 1 action-plan target." in str(refused(store, codes.delete_code, one.id))


def test_deleting_a_local_code_takes_its_reviews_with_it(store):
    made = store.run(codes.add_code, "Commissioning", status="adopted", adopted_on="2024-01-01")
    store.run(codes.record_review, made.id, "2025-01-01", "First review")
    store.run(codes.delete_code, made.id)
    assert made.id not in {row.code_id for row in rows(store)}
    with pytest.raises(ValidationError):
        store.run(codes.code_detail, made.id, TODAY)


def test_a_code_added_by_the_target_dialog_is_a_local_proposed_code(store):
    made = store.run(actions.add_code, "Dispute resolution")
    row = row_of(store, made.id)
    assert (row.national, row.status, row.review_months) == (False, CodeStatus.PROPOSED, 24)


# -- reviews -------------------------------------------------------------------------------------------------


def test_recording_a_review_moves_the_next_review_on(store):
    made = store.run(codes.add_code, "Commissioning", status="adopted", adopted_on="2023-11-30", review_months=36)
    assert row_of(store, made.id).next_review_due == dt.date(2026, 11, 30)
    assert not row_of(store, made.id).overdue
    assert row_of(store, made.id, dt.date(2026, 12, 1)).overdue
    store.run(codes.record_review, made.id, dt.date(2026, 11, 20), "Reviewed at the liaison group – Llŷr ✔",
              today=TODAY)
    row = row_of(store, made.id)
    assert row.last_reviewed_on == dt.date(2026, 11, 20)
    assert row.next_review_due == dt.date(2029, 11, 20)
    detail = store.run(codes.code_detail, made.id, TODAY)
    assert [(entry.on, entry.note) for entry in detail.reviews] == [
        (dt.date(2026, 11, 20), "Reviewed at the liaison group – Llŷr ✔")]


def test_reviews_are_listed_newest_first_and_removing_one_puts_the_due_date_back(store):
    made = store.run(codes.add_code, "Commissioning", status="adopted", adopted_on="2020-01-15", review_months=24)
    first = store.run(codes.record_review, made.id, "2022-01-10")
    second = store.run(codes.record_review, made.id, "2024-02-29", "Leap day")
    detail = store.run(codes.code_detail, made.id, TODAY)
    assert [entry.review_id for entry in detail.reviews] == [second.id, first.id]
    assert detail.row.next_review_due == dt.date(2026, 2, 28)  # 29 February + 24 months
    store.run(codes.remove_review, second.id)
    assert row_of(store, made.id).next_review_due == dt.date(2024, 1, 10)


def test_a_review_of_a_code_not_in_force_is_refused(store):
    national = rows(store)[0]
    error = refused(store, codes.record_review, national.code_id, TODAY)
    assert "not in force" in str(error)


def test_a_review_before_adoption_or_after_today_is_refused_at_the_date(store):
    made = store.run(codes.add_code, "Commissioning", status="adopted", adopted_on="2025-06-01")
    error = refused(store, codes.record_review, made.id, "2025-05-31")
    assert error.field == "on" and "before the code was adopted (1 June 2025)" in str(error)
    error = refused(store, codes.record_review, made.id, TODAY + dt.timedelta(days=1), today=TODAY)
    assert error.field == "on" and "after today" in str(error)
    assert refused(store, codes.record_review, made.id, None).field == "on"
    assert store.run(codes.code_detail, made.id, TODAY).reviews == ()


def test_a_review_recorded_for_a_later_day_does_not_count_before_that_day(store):
    made = store.run(codes.add_code, "Commissioning", status="adopted", adopted_on="2024-01-01", review_months=12)
    store.run(codes.record_review, made.id, "2026-12-01")  # no `today`: the service does not refuse it
    assert row_of(store, made.id).last_reviewed_on is None
    assert row_of(store, made.id, dt.date(2026, 12, 1)).last_reviewed_on == dt.date(2026, 12, 1)


# -- for the dashboard ---------------------------------------------------------------------------------------


def test_reviews_due_lists_the_overdue_and_those_due_within_the_window_most_pressing_first(store):
    def adopt(name, adopted_on, months):
        return store.run(codes.add_code, name, status="adopted", adopted_on=adopted_on, review_months=months).id

    overdue = adopt("Overdue", "2024-10-01", 24)  # due 1 October 2026
    soon = adopt("Soon", "2025-01-20", 24)  # due 20 January 2027: 57 days away
    edge = adopt("Edge", "2025-01-23", 24)  # due 23 January 2027: exactly 60 days away
    adopt("Later", "2025-01-24", 24)  # 61 days away
    adopt("Far", "2026-01-01", 36)
    store.run(codes.update_code, rows(store)[0].code_id, name=NATIONAL[0], status="accepted_in_principle",
              adopted_on="2000-01-01")  # not in force: never due
    due = store.run(codes.reviews_due, TODAY, 60)
    assert [row.code_id for row in due] == [overdue, soon, edge]
    assert [row.overdue for row in due] == [True, False, False]
    assert [row.code_id for row in store.run(codes.reviews_due, TODAY, 0)] == [overdue]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from(list(CodeStatus)), adopted=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
       reviewed=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2026, 11, 24)), months=st.integers(1, 120),
       window=st.integers(0, 400))
def test_rows_use_the_domain_rule_for_any_code(store, status, adopted, reviewed, months, window):
    made = store.run(codes.add_code, f"Code {status} {adopted} {reviewed} {months} {window}", status=status,
                     adopted_on=adopted, review_months=months)
    if reviewed is not None and status.in_force and reviewed >= adopted:
        store.run(codes.record_review, made.id, reviewed, today=TODAY)
    else:
        reviewed = None
    row = row_of(store, made.id)
    due = code_review_due(status, adopted_on=adopted, last_reviewed_on=reviewed, review_months=months)
    assert row.next_review_due == due
    assert row.overdue == (due is not None and TODAY > due)
    listed = made.id in {r.code_id for r in store.run(codes.reviews_due, TODAY, window)}
    assert listed == (due is not None and (due - TODAY).days <= window)
    store.run(lambda session: session.delete(session.get(CodeOfPractice, made.id)))


# -- a code's history, entered as the case study ran it (seed 002: two codes a year, questionnaires, BME groups,
#    a redraft, the Older People's Reading Group) --------------------------------------------------------------


def steps(store, code_id) -> list[tuple[CodeStatus, dt.date, str]]:
    return [(step.status, step.on, step.note) for step in store.run(codes.code_history, code_id)]


def test_a_code_drafted_consulted_on_redrafted_checked_by_a_reading_group_and_adopted_keeps_every_step(store):
    """The consultation code: into draft, a questionnaire to the forum's list and statutory bodies, face to face
    with BME groups, a redraft, the reading group's check of language and typeface, then adopted."""
    made = store.run(codes.add_code, "Consultation", status="in_draft", on="03/02/2025",
                     step_note="First of this year's two codes, as the VCS chose.")
    code = made.id
    store.run(codes.record_step, code, "in_draft", "17/02/2025",
              "Questionnaire sent to the Voluntary Organisations Forum list and all statutory bodies.", today=TODAY)
    store.run(codes.record_step, code, "in_draft", "12/03/2025", "Met BME groups face to face — Cymdeithas ŵ ŷ.",
              today=TODAY)
    store.run(codes.record_step, code, "accepted_in_principle", "02/06/2025",
              "Redraft out to further consultation after the small-group meeting.", today=TODAY)
    store.run(codes.record_step, code, "accepted_in_principle", "30/06/2025",
              "Checked with the Older People's Reading Group for language and typeface.", today=TODAY)
    store.run(codes.record_step, code, "adopted", "15/09/2025", "Adopted at the liaison group.", today=TODAY)
    assert steps(store, code) == [
        (CodeStatus.ADOPTED, dt.date(2025, 9, 15), "Adopted at the liaison group."),
        (CodeStatus.ACCEPTED_IN_PRINCIPLE, dt.date(2025, 6, 30),
         "Checked with the Older People's Reading Group for language and typeface."),
        (CodeStatus.ACCEPTED_IN_PRINCIPLE, dt.date(2025, 6, 2),
         "Redraft out to further consultation after the small-group meeting."),
        (CodeStatus.IN_DRAFT, dt.date(2025, 3, 12), "Met BME groups face to face — Cymdeithas ŵ ŷ."),
        (CodeStatus.IN_DRAFT, dt.date(2025, 2, 17),
         "Questionnaire sent to the Voluntary Organisations Forum list and all statutory bodies."),
        (CodeStatus.IN_DRAFT, dt.date(2025, 2, 3), "First of this year's two codes, as the VCS chose."),
    ]
    history = store.run(codes.code_history, code)
    assert [step.current for step in history] == [True] + [False] * 5
    row = row_of(store, code)
    assert (row.status, row.adopted_on, row.next_review_due) == (CodeStatus.ADOPTED, dt.date(2025, 9, 15),
                                                                 dt.date(2027, 9, 15))
    detail = store.run(codes.code_detail, code, TODAY)
    assert detail.steps == tuple(history)


def test_a_step_entered_late_takes_its_place_and_the_status_follows_the_latest(store):
    made = store.run(codes.add_code, "Volunteering locally", status="adopted", adopted_on="2024-05-01")
    # The draft that came before, entered afterwards, does not undo the adoption.
    store.run(codes.record_step, made.id, "in_draft", "2024-01-10", "First draft.")
    assert row_of(store, made.id).status is CodeStatus.ADOPTED
    assert [s[0] for s in steps(store, made.id)] == [CodeStatus.ADOPTED, CodeStatus.IN_DRAFT]
    # Under review from a day after the adoption; its reviews still count from the adoption.
    store.run(codes.record_step, made.id, "under_review", "2026-05-01", "Refresh with the compact.")
    row = row_of(store, made.id)
    assert (row.status, row.adopted_on) == (CodeStatus.UNDER_REVIEW, dt.date(2024, 5, 1))


def test_correcting_and_removing_steps_moves_the_status_and_the_adoption_date(store):
    made = store.run(codes.add_code, "Community groups locally", status="in_draft", on="2025-01-06")
    adopted = store.run(codes.record_step, made.id, "adopted", "2025-10-01", "Adopted.")
    store.run(codes.update_step, adopted.id, "adopted", "2025-09-24", "Adopted at the September meeting.")
    row = row_of(store, made.id)
    assert (row.status, row.adopted_on) == (CodeStatus.ADOPTED, dt.date(2025, 9, 24))
    assert steps(store, made.id)[0] == (CodeStatus.ADOPTED, dt.date(2025, 9, 24), "Adopted at the September meeting.")
    # Recorded by mistake: taken away, the code is back in draft, its adoption date kept and harmless.
    store.run(codes.remove_step, adopted.id)
    row = row_of(store, made.id)
    assert (row.status, row.next_review_due) == (CodeStatus.IN_DRAFT, None)
    # With no step left the code keeps the status it had, as codes did before histories were kept.
    (first,) = store.run(codes.code_history, made.id)
    store.run(codes.remove_step, first.step_id)
    assert row_of(store, made.id).status is CodeStatus.IN_DRAFT
    assert store.run(codes.code_history, made.id) == []


def test_steps_that_cannot_have_happened_are_refused_with_what_to_do(store):
    made = store.run(codes.add_code, "Commissioning", on="2025-01-06")
    error = refused(store, codes.record_step, made.id, "under_review", "2025-03-01")
    assert error.field == "status"
    assert str(error) == ("“Commissioning” had not been adopted by 1 March 2025, so it cannot go under review then. "
                          "Record the step where it was adopted first, or check the date.")
    error = refused(store, codes.record_step, made.id, "in_draft", "2026-11-25", today=TODAY)
    assert (error.field, str(error)) == ("on", "The step is dated 25 November 2026, after today. Record a step once "
                                               "it has happened.")
    assert refused(store, codes.record_step, made.id, "in_draft", "").field == "on"
    assert refused(store, codes.record_step, made.id, "withdrawn", "2025-02-01").field == "status"
    assert refused(store, codes.record_step, made.id, "in_draft", "31/02/2025").field == "on"
    assert refused(store, codes.record_step, 10**30, "in_draft", "2025-02-01")
    assert refused(store, codes.update_step, 987654, "in_draft", "2025-02-01")
    assert refused(store, codes.remove_step, 987654)
    # Adopted, then moved under review before its adoption: refused too.
    adopted = store.run(codes.record_step, made.id, "adopted", "2025-06-01")
    review = store.run(codes.record_step, made.id, "under_review", "2026-06-01")
    assert refused(store, codes.update_step, review.id, "under_review", "2025-05-01").field == "status"
    # Taking the adoption step away keeps its day: the code under review still counts its reviews from it.
    store.run(codes.remove_step, adopted.id)
    assert row_of(store, made.id).adopted_on == dt.date(2025, 6, 1)
    assert [s[0] for s in steps(store, made.id)] == [CodeStatus.UNDER_REVIEW, CodeStatus.PROPOSED]


def test_the_codes_form_records_a_step_for_a_new_status_and_a_corrected_adoption_day_moves_its_step(store):
    made = store.run(codes.add_code, "Information locally", status="under_review", adopted_on="2023-04-01",
                     on="2025-05-01", step_note="Started its review.")
    assert steps(store, made.id) == [(CodeStatus.UNDER_REVIEW, dt.date(2025, 5, 1), "Started its review."),
                                     (CodeStatus.ADOPTED, dt.date(2023, 4, 1), "")]
    store.run(codes.update_code, made.id, name="Information locally", status="adopted", adopted_on="2025-11-10",
              on=TODAY, step_note="Re-adopted after its review.")
    assert steps(store, made.id)[0] == (CodeStatus.ADOPTED, dt.date(2025, 11, 10), "Re-adopted after its review.")
    # The same status with a corrected adoption date moves that step, and adds none.
    store.run(codes.update_code, made.id, name="Information locally", status="adopted", adopted_on="2025-11-12")
    assert [s[:2] for s in steps(store, made.id)] == [(CodeStatus.ADOPTED, dt.date(2025, 11, 12)),
                                                      (CodeStatus.UNDER_REVIEW, dt.date(2025, 5, 1)),
                                                      (CodeStatus.ADOPTED, dt.date(2023, 4, 1))]
    assert row_of(store, made.id).adopted_on == dt.date(2025, 11, 12)
    # A name or a note alone is no step.
    store.run(codes.update_code, made.id, name="Information and communication locally", status="adopted",
              adopted_on="2025-11-12", notes="Papers in Welsh and English.")
    assert len(steps(store, made.id)) == 3
    # An adoption date moved past a later step is refused: the history says what came after.
    store.run(codes.update_code, made.id, name="Information and communication locally", status="under_review",
              adopted_on="2025-11-12", on="2026-03-01")
    error = refused(store, codes.update_code, made.id, name="Information and communication locally",
                    status="under_review", adopted_on="2026-04-01")
    assert error.field == "adopted_on" and "Correct the dates in its history instead." in str(error)


def test_steps_in_a_year_code_by_code_for_the_annual_review(store):
    first = store.run(codes.add_code, "Commissioning", status="in_draft", on="2024-12-20")
    store.run(codes.record_step, first.id, "adopted", "2025-03-01", "Adopted.")
    national = rows(store)[0].code_id
    store.run(codes.record_step, national, "accepted_in_principle", "2025-07-07", "Taken up in principle.")
    store.run(codes.record_step, national, "adopted", "2026-01-02")
    found = store.run(codes.code_steps_in, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert [(row.code_id, row.code_name, row.national, row.status, row.on, row.note) for row in found] == [
        (national, NATIONAL[0], True, CodeStatus.ACCEPTED_IN_PRINCIPLE, dt.date(2025, 7, 7), "Taken up in principle."),
        (first.id, "Commissioning", False, CodeStatus.ADOPTED, dt.date(2025, 3, 1), "Adopted."),
    ]
    # Both ends are in the period.
    assert len(store.run(codes.code_steps_in, dt.date(2024, 12, 20), dt.date(2026, 1, 2))) == 4
    assert store.run(codes.code_steps_in, dt.date(2026, 1, 3), dt.date(2026, 12, 31)) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(st.tuples(st.sampled_from([s for s in CodeStatus if s is not CodeStatus.UNDER_REVIEW]),
                                  st.dates(dt.date(2020, 1, 1), dt.date(2026, 11, 24)),
                                  st.text(max_size=30)), max_size=6))
def test_the_status_and_adoption_date_are_always_the_latest_steps(store, history):
    made = store.run(codes.add_code, "Any history", on=dt.date(2019, 12, 31))
    try:
        for status, on, note in history:
            store.run(codes.record_step, made.id, status, on, note, today=TODAY)
        ordered = [(CodeStatus.PROPOSED, dt.date(2019, 12, 31))] + [
            (status, on) for _, (status, on, _) in sorted(enumerate(history), key=lambda pair: (pair[1][1], pair[0]))]
        row = row_of(store, made.id)
        adoptions = [on for status, on in ordered if status is CodeStatus.ADOPTED]
        assert (row.status, row.adopted_on) == (ordered[-1][0], adoptions[-1] if adoptions else None)
        assert [(step.status, step.on) for step in store.run(codes.code_history, made.id)] == ordered[::-1]
    finally:
        store.run(lambda session: session.delete(session.get(CodeOfPractice, made.id)))


def test_a_new_status_saved_with_a_corrected_adoption_day_keeps_the_correction(store):
    """The secretary finds the code was adopted on 1 April, not 1 March, and in the same save puts it under
    review: both are kept, and the history agrees with the code."""
    made = store.run(codes.add_code, "Working with faith groups", status=CodeStatus.ADOPTED,
                     adopted_on=dt.date(2009, 3, 1), on=dt.date(2009, 3, 1))
    store.run(codes.update_code, made.id, name="Working with faith groups", status=CodeStatus.UNDER_REVIEW,
              adopted_on=dt.date(2009, 4, 1), on=dt.date(2011, 5, 10))
    detail = store.run(codes.code_detail, made.id, TODAY)
    assert (detail.row.status, detail.row.adopted_on) == (CodeStatus.UNDER_REVIEW, dt.date(2009, 4, 1))
    assert [(step.status, step.on) for step in detail.steps] == [
        (CodeStatus.UNDER_REVIEW, dt.date(2011, 5, 10)), (CodeStatus.ADOPTED, dt.date(2009, 4, 1))]


def test_moving_the_adoption_day_of_a_code_since_put_under_review_keeps_it_under_review(store):
    """Revision 0008 gives a code adopted and since put under review both steps on its adoption day: moving the
    adoption day past the review step is refused, rather than making the code Adopted again."""
    made = store.run(codes.add_code, "Working with faith groups", status=CodeStatus.ADOPTED,
                     adopted_on=dt.date(2007, 6, 12))
    store.run(codes.update_code, made.id, name="Working with faith groups", status=CodeStatus.UNDER_REVIEW,
              adopted_on=dt.date(2007, 6, 12), on=dt.date(2007, 6, 12))
    error = refused(store, codes.update_code, made.id, name="Working with faith groups",
                    status=CodeStatus.UNDER_REVIEW, adopted_on=dt.date(2007, 9, 1))
    assert error.field == "adopted_on"
    detail = store.run(codes.code_detail, made.id, TODAY)
    assert (detail.row.status, detail.row.adopted_on) == (CodeStatus.UNDER_REVIEW, dt.date(2007, 6, 12))
