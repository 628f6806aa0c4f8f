import datetime as dt

import pytest
from sqlalchemy import func, select

from compactdesk.domain.enums import AnswerHow, FeedbackAsk, FeedbackState
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.services import compact, feedback, meetings, members
from compactdesk.store.models import Feedback

TODAY = dt.date(2026, 3, 3)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def row(store, feedback_id, today=TODAY) -> feedback.FeedbackRow:
    return next(r for r in store.run(feedback.feedback_rows, today) if r.feedback_id == feedback_id)


@pytest.fixture
def officer(store):
    return store.run(members.add_person, "Gwenllïan Pritchard", role="Head of Grants",
                     department="Gwasanaethau Cymdeithasol")


def set_standards(store, **kwargs):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    store.run(compact.set_standards, Standards(**kwargs))


def test_due_defaults_to_28_days_and_department_comes_from_the_officer(store, officer):
    asked = store.run(feedback.request_feedback, "Pam y torrwyd y grant i Ynys Môn? 🤔", officer.id,
                      raised_on="2026-03-03", detail="Raised by Llŷr.\nMinuted at item 5.")
    got = row(store, asked.id)
    assert (got.issue, got.officer, got.department, got.ask) == (
        "Pam y torrwyd y grant i Ynys Môn? 🤔", "Gwenllïan Pritchard", "Gwasanaethau Cymdeithasol",
        FeedbackAsk.WRITTEN_REPLY)
    assert (got.raised_on, got.due, got.state) == (TODAY, dt.date(2026, 3, 31), FeedbackState.OPEN)
    assert store.run(lambda s: s.get(Feedback, asked.id).detail) == "Raised by Llŷr.\nMinuted at item 5."


def test_department_given_overrides_the_officers_and_control_characters_go(store, officer):
    asked = store.run(feedback.request_feedback, "Late\x00 payments\x1b", officer.id, raised_on=TODAY,
                      department="Cyllid\x07")
    got = row(store, asked.id)
    assert (got.issue, got.department) == ("Late payments", "Cyllid")


def test_feedback_days_come_from_the_standards(store, officer):
    set_standards(store, feedback_days=14)
    asked = store.run(feedback.request_feedback, "Consultation too short", officer.id, raised_on=TODAY)
    assert row(store, asked.id).due == day(14)


def test_raised_on_defaults_to_the_meetings_day(store, officer):
    meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 1, 13, 10))
    item = store.run(meetings.add_item, meeting.id, "Grants")
    by_meeting = store.run(feedback.request_feedback, "A", officer.id, meeting_id=meeting.id)
    by_item = store.run(feedback.request_feedback, "B", officer.id, item_id=item.id)
    found = store.run(lambda s: [(s.get(Feedback, f.id).raised_on, s.get(Feedback, f.id).meeting_id,
                                  s.get(Feedback, f.id).item_id) for f in (by_meeting, by_item)])
    assert found == [(dt.date(2026, 1, 13), meeting.id, None), (dt.date(2026, 1, 13), meeting.id, item.id)]


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({}, "raised_on", "Please give the date it was raised"),
    ({"raised_on": "2026-02-30"}, "raised_on", "'2026-02-30' is not a date"),
    ({"raised_on": TODAY, "due_on": day(-1)}, "due_on",
     "The due date (2 March 2026) cannot be before the date it was raised (3 March 2026)"),
    ({"raised_on": TODAY, "ask": "phone call"}, "ask", "'phone call' is not a known kind of feedback"),
    ({"raised_on": TODAY, "meeting_id": 77}, "meeting", "meeting you chose"),
    ({"raised_on": TODAY, "item_id": 77}, "item", "agenda item you chose"),
    ({"raised_on": TODAY, "issue": " \x00"}, "issue", "the issue raised"),
])
def test_request_feedback_refuses_bad_input(store, officer, kwargs, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(feedback.request_feedback, **{"issue": "Grants", "officer_id": officer.id, **kwargs})
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Feedback) == 0


def test_unknown_officer_is_refused(store):
    with pytest.raises(ValidationError) as caught:
        store.run(feedback.request_feedback, "Grants", 12, raised_on=TODAY)
    assert caught.value.field == "officer"
    assert "officer you chose is no longer in this group's records" in str(caught.value)
    assert count(store, Feedback) == 0


def test_explicit_due_date_wins(store, officer):
    set_standards(store, feedback_by_next_meeting=True)
    store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 4, 7, 10))
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY, due_on="2026-03-10")
    assert row(store, asked.id).due == dt.date(2026, 3, 10)


def test_due_by_next_meeting_when_the_standards_say_so(store, officer):
    set_standards(store, feedback_by_next_meeting=True)
    store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))  # the day it was raised: not "next"
    store.run(meetings.create_meeting, "pre_meeting", dt.datetime(2026, 3, 20, 10))  # not a formal meeting
    store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 5, 12, 10))
    store.run(meetings.create_meeting, "special", dt.datetime(2026, 4, 21, 18))
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    assert store.run(lambda s: s.get(Feedback, asked.id).by_next_meeting) is True
    assert row(store, asked.id).due == dt.date(2026, 4, 21)


def test_due_by_next_meeting_falls_back_to_the_days_when_none_is_planned(store, officer):
    set_standards(store, feedback_by_next_meeting=True, feedback_days=21)
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    assert row(store, asked.id).due == day(21)
    store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 6, 2, 10))  # planned later: the due date follows
    assert row(store, asked.id).due == dt.date(2026, 6, 2)


def test_asking_an_officer_to_attend_is_due_at_the_next_meeting(store, officer):
    store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 4, 7, 10))
    asked = store.run(feedback.request_feedback, "Come and explain the cuts", officer.id, raised_on=TODAY,
                      ask=FeedbackAsk.ATTEND_NEXT_MEETING, by_next_meeting=False)
    written = store.run(feedback.request_feedback, "Write to us", officer.id, raised_on=TODAY)
    assert row(store, asked.id).due == dt.date(2026, 4, 7)
    assert row(store, written.id).due == day(28)  # the standards do not ask for the next meeting


def test_mark_answered_on_time_and_late(store, officer):
    on_time = store.run(feedback.request_feedback, "A", officer.id, raised_on=TODAY)
    late = store.run(feedback.request_feedback, "B", officer.id, raised_on=TODAY)
    store.run(feedback.mark_answered, on_time.id, day(28), AnswerHow.IN_WRITING, "Llythyr gan y Cyngor\nAtodiad A")
    store.run(feedback.mark_answered, late.id, "2026-04-10", "at_meeting")
    first, second = row(store, on_time.id, day(60)), row(store, late.id, day(60))
    assert (first.state, first.days_late, first.days_outstanding) == (FeedbackState.ANSWERED_ON_TIME, 0, 28)
    assert (second.state, second.days_late, second.days_outstanding) == (FeedbackState.ANSWERED_LATE, 10, 38)
    stored = store.run(lambda s: s.get(Feedback, on_time.id))
    assert (stored.answered_how, stored.answer_summary) == (AnswerHow.IN_WRITING, "Llythyr gan y Cyngor\nAtodiad A")


def test_overdue_counts_days_from_the_due_date(store, officer):
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    assert row(store, asked.id, day(28)).state is FeedbackState.OPEN
    overdue = row(store, asked.id, day(33))
    assert (overdue.state, overdue.days_late, overdue.days_outstanding) == (FeedbackState.OVERDUE, 5, 33)


def test_an_answer_dated_after_today_is_not_yet_given(store, officer):
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    store.run(feedback.mark_answered, asked.id, day(40), "other")
    assert row(store, asked.id, day(35)).state is FeedbackState.OVERDUE
    assert row(store, asked.id, day(40)).state is FeedbackState.ANSWERED_LATE


@pytest.mark.parametrize(("answered", "how", "field", "words"), [
    (day(-1), "in_writing", "answered_on",
     "The answer (2 March 2026) cannot be before the date it was raised (3 March 2026)"),
    ("", "in_writing", "answered_on", "Please give the date it was answered"),
    (TODAY, "by pigeon", "how", "'by pigeon' is not a known way of answering"),
])
def test_mark_answered_refuses_bad_input_and_leaves_it_open(store, officer, answered, how, field, words):
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    with pytest.raises(ValidationError) as caught:
        store.run(feedback.mark_answered, asked.id, answered, how, "Summary")
    assert caught.value.field == field
    assert words in str(caught.value)
    stored = store.run(lambda s: s.get(Feedback, asked.id))
    assert (stored.answered_on, stored.answered_how, stored.answer_summary) == (None, None, "")


def test_reopen(store, officer):
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    store.run(feedback.mark_answered, asked.id, day(3), "in_writing", "Reply")
    store.run(feedback.reopen, asked.id)
    stored = store.run(lambda s: s.get(Feedback, asked.id))
    assert (stored.answered_on, stored.answered_how, stored.answer_summary) == (None, None, "")
    assert row(store, asked.id, day(40)).state is FeedbackState.OVERDUE


def test_update_and_delete_feedback(store, officer):
    other = store.run(members.add_person, "Łucja Wiśniewska", department="Tai")
    asked = store.run(feedback.request_feedback, "Grants", officer.id, raised_on=TODAY)
    store.run(feedback.update_feedback, asked.id, issue="Grantiau", officer_id=other.id, raised_on=day(1),
              due_on=day(10))
    got = row(store, asked.id)
    assert (got.issue, got.officer, got.department, got.raised_on, got.due) == (
        "Grantiau", "Łucja Wiśniewska", "Tai", day(1), day(10))
    with pytest.raises(ValidationError, match="cannot be before"):
        store.run(feedback.update_feedback, asked.id, issue="Changed", officer_id=officer.id, raised_on=day(20),
                  due_on=day(10))
    assert row(store, asked.id).issue == "Grantiau"
    store.run(feedback.delete_feedback, asked.id)
    assert count(store, Feedback) == 0
    with pytest.raises(ValidationError, match="feedback item you chose is no longer in this group's records"):
        store.run(feedback.delete_feedback, asked.id)


def test_rows_are_oldest_first(store, officer):
    for issue, raised in [("March", "2026-03-01"), ("January", "2026-01-05"), ("February", "2026-02-14")]:
        store.run(feedback.request_feedback, issue, officer.id, raised_on=raised)
    assert [r.issue for r in store.run(feedback.feedback_rows, TODAY)] == ["January", "February", "March"]


def test_an_edit_that_leaves_out_the_due_rule_keeps_it(store, officer):
    from compactdesk.services.feedback import request_feedback, update_feedback

    asked = store.run(request_feedback, "Gritting routes", officer.id, raised_on=TODAY, by_next_meeting=True)
    store.run(update_feedback, asked.id, issue="Gritting of rural routes", officer_id=officer.id, raised_on=TODAY)
    assert store.run(lambda s: s.get(Feedback, asked.id).by_next_meeting) is True
