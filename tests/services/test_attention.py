import datetime as dt

import pytest

from compactdesk.domain.enums import SeatFill, Sector
from compactdesk.services import actions, attention, compact, feedback, meetings, members, seats
from compactdesk.services.attention import Area

TODAY = dt.date(2026, 3, 3)  # a Tuesday


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def lines(result: attention.Attention, area: Area) -> list[tuple[str, str]]:
    return [(item.title, item.how_long) for item in result.section(area)]


@pytest.fixture
def group(store):
    store.run(compact.set_up_compact, "Compact Ynys Môn", "Ynys Môn", today=TODAY)
    return store


def test_a_new_store_is_empty_and_asks_for_nothing(store):
    result = store.run(attention.attention, TODAY)
    assert result.store_is_empty is True
    assert (result.items, result.next_meeting, result.group_name) == ([], None, "")


@pytest.mark.parametrize("first", ["compact", "person", "seat", "meeting", "target"])
def test_any_record_makes_the_store_not_empty(store, first):
    {
        "compact": lambda: store.run(compact.set_up_compact, "Compact Gwynedd", today=TODAY),
        "person": lambda: store.run(members.add_person, "Llŷr"),
        "seat": lambda: store.run(seats.add_seat, "VCS seat", Sector.VCS, SeatFill.ELECTED),
        "meeting": lambda: store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 5, 5, 10)),
        "target": lambda: store.run(actions.add_target, "Launch"),
    }[first]()
    result = store.run(attention.attention, TODAY)
    assert result.store_is_empty is False
    assert result.section(Area.MEETING)  # there is always a line about the next meeting


def test_group_with_no_meeting_planned_is_told_so(group):
    result = group.run(attention.attention, TODAY)
    assert result.group_name == "Compact Ynys Môn"
    [item] = result.items
    assert (item.area, item.title, item.detail, item.urgent) == (
        Area.MEETING, "No meeting is planned", "set the date of the next meeting", True)


def test_overdue_feedback_is_listed_oldest_first_with_how_late(group):
    officer = group.run(members.add_person, "Gwenllïan Pritchard", department="Cyllid")
    other = group.run(members.add_person, "Łucja Nowak")
    newest = group.run(feedback.request_feedback, "Newest overdue", officer.id, raised_on=day(-30))
    oldest = group.run(feedback.request_feedback, "Oldest overdue", other.id, raised_on=day(-90))
    middle = group.run(feedback.request_feedback, "Middle overdue", officer.id, raised_on=day(-60))
    not_due = group.run(feedback.request_feedback, "Not yet due", officer.id, raised_on=day(-5))
    answered = group.run(feedback.request_feedback, "Answered late", officer.id, raised_on=day(-90))
    group.run(feedback.mark_answered, answered.id, day(-1), "in_writing")
    result = group.run(attention.attention, TODAY)
    section = result.section(Area.FEEDBACK)
    assert [item.ref_id for item in section] == [oldest.id, middle.id, newest.id]
    assert not_due.id not in [item.ref_id for item in section]
    first = section[0]
    assert first.title == "Łucja Nowak: Oldest overdue"
    assert first.how_long == "62 days overdue"
    assert first.since == day(-62)
    assert first.detail == "asked 3 December 2025, due 31 December 2025"
    assert first.urgent is True
    assert section[1].title == "Gwenllïan Pritchard (Cyllid): Middle overdue"
    assert section[2].how_long == "2 days overdue"


def test_one_day_is_singular(group):
    officer = group.run(members.add_person, "Siân")
    group.run(feedback.request_feedback, "Grants", officer.id, raised_on=day(-29))
    assert lines(group.run(attention.attention, TODAY), Area.FEEDBACK) == [("Siân: Grants", "1 day overdue")]


def test_targets_overdue_first_then_due_soon(group):
    partner = group.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    group.run(actions.add_target, "Due in a week", deadline=day(7))
    group.run(actions.add_target, "Due today", deadline=TODAY, partner_id=partner.id)
    group.run(actions.add_target, "Overdue a little", deadline=day(-2))
    group.run(actions.add_target, "Overdue a lot", deadline=day(-40))
    group.run(actions.add_target, "Tomorrow", deadline=day(1))
    group.run(actions.add_target, "Far off", deadline=day(90))
    done = group.run(actions.add_target, "Done already", deadline=day(-3))
    group.run(actions.complete_target, done.id, day(-4))
    result = group.run(attention.attention, TODAY)
    assert lines(result, Area.TARGETS) == [
        ("Overdue a lot", "40 days overdue"), ("Overdue a little", "2 days overdue"), ("Due today", "due today"),
        ("Tomorrow", "due in 1 day"), ("Due in a week", "due in 7 days")]
    assert [item.urgent for item in result.section(Area.TARGETS)] == [True, True, False, False, False]
    due_today = result.section(Area.TARGETS)[2]
    assert due_today.detail == "deadline 3 March 2026; Cyngor Sir Ynys Môn responsible"


def test_vacant_and_ending_seats(group):
    people = [group.run(members.add_person, name) for name in ("Llŷr", "Gwenllïan", "Łucja")]
    never = group.run(seats.add_seat, "Rural network seat", Sector.VCS, SeatFill.RESERVED, reserved_for="Rural")
    lapsed = group.run(seats.add_seat, "BME forum seat", Sector.VCS, SeatFill.ELECTED)
    ending = group.run(seats.add_seat, "Cabinet member", Sector.COUNCIL, SeatFill.NOMINATED)
    filled = group.run(seats.add_seat, "Health board", Sector.HEALTH, SeatFill.NOMINATED)
    group.run(seats.appoint, lapsed.id, people[0].id, "2024-05-01", day(-11))
    group.run(seats.appoint, ending.id, people[1].id, "2024-05-01", day(20))
    group.run(seats.appoint, filled.id, people[2].id, "2024-05-01")
    section = group.run(attention.attention, TODAY).section(Area.SEATS)
    assert [(item.ref_id, item.title, item.how_long, item.detail, item.urgent) for item in section] == [
        (never.id, "Rural network seat: vacant", "never filled", "", True),
        (lapsed.id, "BME forum seat: vacant", "vacant 10 days", "vacant since 21 February 2026", True),
        (ending.id, "Cabinet member: Gwenllïan's term ends", "ends in 20 days", "term ends 23 March 2026", False),
    ]


def test_a_vacant_seat_says_why_as_the_secretary_put_it(group):
    """Issue 21: the seat for social services, empty since the election, awaiting nomination."""
    seat = group.run(seats.add_seat, "Social services", Sector.COUNCIL, SeatFill.NOMINATED,
                     vacancy_on=day(-19), vacancy_reason="awaiting nomination after the election")
    (item,) = group.run(attention.attention, TODAY).section(Area.SEATS)
    assert (item.ref_id, item.title, item.how_long) == (
        seat.id, "Social services: vacant — awaiting nomination after the election", "vacant 19 days")


@pytest.mark.parametrize(("starts", "issued", "how_long", "urgent"), [
    (dt.datetime(2026, 3, 3, 18, 30), False, "today", True),
    (dt.datetime(2026, 3, 17, 10, 0), False, "in 14 days", True),
    (dt.datetime(2026, 3, 18, 10, 0), False, "in 15 days", False),
    (dt.datetime(2026, 3, 4, 10, 0), True, "in 1 day", False),
])
def test_next_meeting_line(group, starts, issued, how_long, urgent):
    group.run(meetings.create_meeting, "pre_meeting", dt.datetime(2026, 3, 3, 9))  # not the next meeting
    group.run(meetings.create_meeting, "liaison", dt.datetime(2026, 2, 3, 10))  # already held
    meeting = group.run(meetings.create_meeting, "liaison", starts, venue="Canolfan Ebeneser, Llangefni")
    if issued:
        group.run(meetings.set_status, meeting.id, "agenda_issued")
    result = group.run(attention.attention, TODAY)
    assert result.next_meeting.meeting_id == meeting.id
    assert result.next_meeting.agenda_issued is issued
    [item] = result.section(Area.MEETING)
    expected_day = {3: "Tuesday 3 March 2026", 17: "Tuesday 17 March 2026", 18: "Wednesday 18 March 2026",
                    4: "Wednesday 4 March 2026"}[starts.day]
    assert item.title == f"Liaison meeting, {expected_day} at {starts:%H:%M}, Canolfan Ebeneser, Llangefni"
    assert (item.how_long, item.urgent) == (how_long, urgent)
    assert item.detail == ("agenda issued" if issued else "agenda not yet issued")


def test_sections_come_in_order_feedback_targets_seats_meeting(group):
    officer = group.run(members.add_person, "Siân")
    group.run(seats.add_seat, "Empty seat", Sector.VCS, SeatFill.ELECTED)
    group.run(actions.add_target, "Late target", deadline=day(-1))
    group.run(feedback.request_feedback, "Late reply", officer.id, raised_on=day(-60))
    group.run(meetings.create_meeting, "liaison", dt.datetime(2026, 4, 7, 10))
    result = group.run(attention.attention, TODAY)
    assert [item.area for item in result.items] == [Area.FEEDBACK, Area.TARGETS, Area.SEATS, Area.MEETING]
    assert result.next_meeting.days_away == 35


def test_a_store_with_only_organisations_is_not_empty(store):
    from compactdesk.services import members

    store.run(members.add_organisation, "Menter Iaith Môn", "vcs")
    assert not store.run(attention.attention, TODAY).store_is_empty
