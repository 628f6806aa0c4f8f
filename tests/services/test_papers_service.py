"""What the papers ask of the store: the group's name, which meeting, what is owed."""

import datetime as dt

import pytest

from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.errors import ValidationError
from compactdesk.services import compact, feedback, meetings, members, papers

DAY = dt.date(2026, 11, 24)


def test_group_name(store):
    assert store.run(papers.group_name) == "Compact liaison group"
    store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    assert store.run(papers.group_name) == "Cwm Compact Liaison Group"
    store.run(lambda s: compact.update_compact(s, name="Cwm Compact Forum", group_label="forum"))
    assert store.run(papers.group_name) == "Cwm Compact Forum"
    store.run(lambda s: compact.update_compact(s, name="Cwm Compact", group_label="partnership board"))
    assert store.run(papers.group_name) == "Cwm Compact Partnership Board"


def test_choose_meeting(store):
    with pytest.raises(ValidationError, match="no next liaison meeting"):
        store.run(papers.choose_meeting, "next", DAY, "next")
    earlier = store.run(meetings.create_meeting, "liaison", "2026-09-01 10:00").id
    later = store.run(meetings.create_meeting, "liaison", "2026-12-01 10:00").id
    store.run(meetings.create_meeting, "pre_meeting", "2026-11-25 18:00")
    assert store.run(papers.choose_meeting, None, DAY, "next") == later
    assert store.run(papers.choose_meeting, "LAST", DAY, "next") == earlier
    assert store.run(papers.choose_meeting, str(earlier), DAY, "next") == earlier
    with pytest.raises(ValidationError, match="not a meeting"):
        store.run(papers.choose_meeting, "tomorrow", DAY, "next")
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(papers.choose_meeting, 999, DAY, "next")


def test_owed_by_officer(store):
    store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    llyr = store.run(members.add_person, "Llŷr Evans", department="Highways").id
    mair = store.run(members.add_person, "Mair Humphreys").id
    meeting = store.run(meetings.create_meeting, "liaison", "2026-09-01 10:00")
    item = store.run(meetings.add_item, meeting.id, "Gritting")
    late = store.run(feedback.request_feedback, "Gritting routes", llyr, item_id=item.id).id
    store.run(feedback.request_feedback, "Bus timetable", llyr, raised_on="2026-11-20")
    answered = store.run(feedback.request_feedback, "Care homes", mair, raised_on="2026-09-01").id
    store.run(feedback.mark_answered, answered, "2026-09-10", "in_writing")
    store.run(feedback.request_feedback, "Day centres", mair, raised_on="2026-11-20")

    everyone = store.run(papers.owed_by_officer, DAY)
    assert [owing.name for owing in everyone] == ["Llŷr Evans", "Mair Humphreys"]
    llyr_owes = everyone[0]
    assert [item.issue for item in llyr_owes.items] == ["Gritting routes", "Bus timetable"]  # overdue first
    assert llyr_owes.items[0].state is FeedbackState.OVERDUE and llyr_owes.overdue == 1
    assert llyr_owes.items[0].where == f"Liaison meeting, Tuesday 1 September 2026 — item {item.position + 1}: Gritting"
    assert llyr_owes.items[1].where == "" and llyr_owes.items[1].standing == "Due in 24 days"
    assert llyr_owes.items[0].feedback_id == late
    assert [owing.name for owing in store.run(lambda s: papers.owed_by_officer(s, DAY, overdue_only=True))] == [
        "Llŷr Evans"]
    assert [o.name for o in store.run(lambda s: papers.owed_by_officer(s, DAY, officer="MAIR"))] == ["Mair Humphreys"]
    with pytest.raises(ValidationError, match="No one called"):
        store.run(lambda s: papers.owed_by_officer(s, DAY, officer="Gwen"))
    assert store.run(papers.find_officers, "  llŷr   evans ") == [llyr]


def test_raised_at_meeting(store):
    store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    officer = store.run(members.add_person, "Aled Thomas", department="Youth").id
    meeting = store.run(meetings.create_meeting, "liaison", "2026-09-01 10:00")
    items = [store.run(meetings.add_item, meeting.id, title) for title in ("One", "Two")]
    store.run(feedback.request_feedback, "Asked under two", officer, item_id=items[1].id)
    store.run(feedback.request_feedback, "Asked at the meeting", officer, meeting_id=meeting.id)
    from compactdesk.services import actions
    store.run(actions.add_target, "Act on one", item_id=items[0].id, deadline="2026-10-01")
    actions_, asked = store.run(papers.raised_at_meeting, meeting.id, DAY)
    assert [(row.item_number, row.what) for row in actions_] == [(items[0].position + 1, "Act on one")]
    assert [(row.item_number, row.issue, row.department) for row in asked] == [
        (items[1].position + 1, "Asked under two", "Youth"), (None, "Asked at the meeting", "Youth")]
