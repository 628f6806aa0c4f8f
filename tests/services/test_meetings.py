import datetime as dt

import pytest
from sqlalchemy import func, select

from compactdesk.domain.enums import Attendance, MeetingKind, MeetingStatus, StandingItem
from compactdesk.domain.errors import ValidationError
from compactdesk.services import actions, feedback, meetings, members
from compactdesk.store.models import AgendaItem, AgendaPaper, AttendanceRecord, Feedback, Meeting, Target

TODAY = dt.date(2026, 3, 3)
TEN = dt.datetime(2026, 3, 3, 10, 0)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def agenda(store, meeting_id) -> list[tuple[int, str, StandingItem | None]]:
    return store.run(lambda s: [(i.position, i.title, i.standing) for i in s.get(Meeting, meeting_id).items])


def titles(store, meeting_id) -> list[str]:
    return [title for _, title, _ in agenda(store, meeting_id)]


def positions_are_contiguous(store, meeting_id) -> bool:
    return [p for p, _, _ in agenda(store, meeting_id)] == list(range(len(agenda(store, meeting_id))))


@pytest.fixture
def meeting(store):
    return store.run(meetings.create_meeting, MeetingKind.LIAISON, TEN, venue="Canolfan Ynys Môn, Llangefni")


# --- creating and changing meetings ----------------------------------------


def test_new_liaison_meeting_has_the_standing_items_in_order(store, meeting):
    assert agenda(store, meeting.id) == [(i, item.label(), item) for i, item in enumerate(StandingItem)]
    assert titles(store, meeting.id)[0] == "Welcome and apologies"
    assert titles(store, meeting.id)[-2:] == ["Any other business", "Date of the next meeting"]
    found = store.run(lambda s: s.get(Meeting, meeting.id))
    assert (found.kind, found.status, found.starts_at, found.venue) == (
        MeetingKind.LIAISON, MeetingStatus.PLANNED, TEN, "Canolfan Ynys Môn, Llangefni")


def test_pre_meeting_starts_with_an_empty_agenda(store):
    pre = store.run(meetings.create_meeting, "pre_meeting", TEN - dt.timedelta(days=7))
    assert agenda(store, pre.id) == []
    with_items = store.run(meetings.create_meeting, "pre_meeting", TEN, standing_items=True)
    assert len(agenda(store, with_items.id)) == len(StandingItem)
    without = store.run(meetings.create_meeting, "special", TEN, standing_items=False)
    assert agenda(store, without.id) == []


def test_starts_at_from_date_datetime_or_text(store):
    from_date = store.run(meetings.create_meeting, "liaison", dt.date(2026, 3, 3))
    from_datetime = store.run(meetings.create_meeting, "liaison",
                              dt.datetime(2026, 3, 3, 18, 30, 45, 123, tzinfo=dt.UTC))
    from_text = store.run(meetings.create_meeting, "liaison", " 2026-03-03 18:30 ")
    starts = store.run(lambda s: [s.get(Meeting, m.id).starts_at for m in (from_date, from_datetime, from_text)])
    assert starts == [dt.datetime(2026, 3, 3, 10, 0), dt.datetime(2026, 3, 3, 18, 30), dt.datetime(2026, 3, 3, 18, 30)]


@pytest.mark.parametrize(("typed", "given"), [
    ("2026-03-03 18:30:45", dt.datetime(2026, 3, 3, 18, 30, 45)),
    ("2026-03-03", dt.date(2026, 3, 3)),
])
def test_starts_at_typed_as_text_is_stored_like_the_same_value_given_as_a_date(store, typed, given):
    # Regression: text kept its seconds, and a bare date typed as text meant midnight, not 10:00.
    as_text = store.run(meetings.create_meeting, "liaison", typed)
    as_value = store.run(meetings.create_meeting, "liaison", given)
    assert store.run(lambda s: s.get(Meeting, as_text.id).starts_at) == \
        store.run(lambda s: s.get(Meeting, as_value.id).starts_at)


@pytest.mark.parametrize(("kind", "starts", "field", "words"), [
    ("caucus", TEN, "kind", "'caucus' is not a known kind of meeting"),
    ("liaison", "3 March 2026", "starts_at", "Write it as year-month-day hour:minute"),
    ("liaison", "2026-02-30 10:00", "starts_at", "'2026-02-30 10:00' is not a date and time"),
    ("liaison", "", "starts_at", "not a date and time"),
])
def test_create_meeting_refuses_bad_input(store, kind, starts, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(meetings.create_meeting, kind, starts)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Meeting) == 0
    assert count(store, AgendaItem) == 0


def test_create_meeting_venue_too_long_writes_nothing(store):
    with pytest.raises(ValidationError, match="The venue: 301 characters"):
        store.run(meetings.create_meeting, "liaison", TEN, venue="x" * 301)
    assert count(store, Meeting) == 0 and count(store, AgendaItem) == 0


def test_update_meeting(store, meeting):
    store.run(meetings.update_meeting, meeting.id, kind="special", starts_at="2026-04-07 14:00",
              venue="Neuadd y Dref\x00", apologies_to="Siân", notes="Parcio ar gael\nLift ar gael")
    found = store.run(lambda s: s.get(Meeting, meeting.id))
    assert (found.kind, found.starts_at, found.venue, found.apologies_to, found.notes) == (
        MeetingKind.SPECIAL, dt.datetime(2026, 4, 7, 14, 0), "Neuadd y Dref", "Siân", "Parcio ar gael\nLift ar gael")
    with pytest.raises(ValidationError):
        store.run(meetings.update_meeting, meeting.id, kind="special", starts_at="never", venue="Elsewhere")
    assert store.run(lambda s: s.get(Meeting, meeting.id).venue) == "Neuadd y Dref"


def test_status_moves_one_step_at_a_time(store, meeting):
    for status in list(MeetingStatus)[1:]:
        store.run(meetings.set_status, meeting.id, status)
        assert store.run(lambda s: s.get(Meeting, meeting.id).status) is status
    store.run(meetings.set_status, meeting.id, "minutes_drafted")  # one step back is allowed
    store.run(meetings.set_status, meeting.id, "minutes_drafted")  # staying put too
    assert store.run(lambda s: s.get(Meeting, meeting.id).status) is MeetingStatus.MINUTES_DRAFTED


@pytest.mark.parametrize("jump", ["held", "minutes_drafted", "minutes_approved"])
def test_status_cannot_skip_steps(store, meeting, jump):
    with pytest.raises(ValidationError) as caught:
        store.run(meetings.set_status, meeting.id, jump)
    assert "it is 'Planned', so it can go to 'Agenda issued' next" in str(caught.value)
    assert caught.value.field == "status"
    assert store.run(lambda s: s.get(Meeting, meeting.id).status) is MeetingStatus.PLANNED


def test_status_cannot_jump_back_two_steps(store, meeting):
    for status in ("agenda_issued", "held", "minutes_drafted"):
        store.run(meetings.set_status, meeting.id, status)
    with pytest.raises(ValidationError, match="one step at a time"):
        store.run(meetings.set_status, meeting.id, "agenda_issued")
    with pytest.raises(ValidationError, match="'cancelled' is not a known meeting status"):
        store.run(meetings.set_status, meeting.id, "cancelled")


def test_delete_meeting_removes_its_agenda_but_keeps_actions_and_feedback(store, meeting):
    person = store.run(members.add_person, "Llŷr")
    item = store.run(meetings.add_item, meeting.id, "Grant cuts")
    store.run(meetings.attach_paper, item.id, "cuts.pdf", b"%PDF", added_on=TODAY)
    store.run(meetings.record_attendance, meeting.id, person.id, "present")
    target = store.run(actions.add_target, "Publish the grants timetable", item_id=item.id)
    asked = store.run(feedback.request_feedback, "Why were grants cut?", person.id, item_id=item.id)
    store.run(meetings.delete_meeting, meeting.id)
    assert [count(store, m) for m in (Meeting, AgendaItem, AgendaPaper, AttendanceRecord)] == [0, 0, 0, 0]
    kept = store.run(lambda s: (s.get(Target, target.id).meeting_id, s.get(Target, target.id).item_id,
                                s.get(Feedback, asked.id).meeting_id, s.get(Feedback, asked.id).raised_on))
    assert kept == (None, None, None, TODAY)


def test_meeting_with_approved_minutes_cannot_be_deleted(store, meeting):
    for status in list(MeetingStatus)[1:]:
        store.run(meetings.set_status, meeting.id, status)
    with pytest.raises(ValidationError, match="minutes are approved"):
        store.run(meetings.delete_meeting, meeting.id)
    assert count(store, Meeting) == 1


def test_list_next_and_last_meeting(store):
    march = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))
    jan = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 1, 13, 10))
    pre = store.run(meetings.create_meeting, "pre_meeting", dt.datetime(2026, 2, 24, 10))
    annual = store.run(meetings.create_meeting, "annual_review", dt.datetime(2026, 6, 9, 18))
    assert store.run(lambda s: [m.id for m in meetings.list_meetings(s)]) == [jan.id, pre.id, march.id, annual.id]
    assert store.run(meetings.meeting_count) == 4
    # Pre-meetings are not "the next meeting"; a meeting later today still is.
    assert store.run(meetings.next_meeting, dt.date(2026, 2, 1)).id == march.id
    assert store.run(meetings.next_meeting, TODAY).id == march.id
    assert store.run(meetings.next_meeting, dt.date(2026, 3, 4)).id == annual.id
    assert store.run(meetings.next_meeting, dt.date(2026, 6, 10)) is None
    assert store.run(meetings.last_meeting, TODAY).id == jan.id
    assert store.run(meetings.last_meeting, dt.date(2026, 3, 4)).id == march.id
    assert store.run(meetings.last_meeting, dt.date(2026, 1, 13)) is None
    assert store.run(meetings.next_meeting, dt.date(2026, 2, 20), (MeetingKind.PRE_MEETING,)).id == pre.id


# --- agenda items ------------------------------------------------------------


def test_add_item_goes_before_any_other_business(store, meeting):
    store.run(meetings.add_item, meeting.id, "Grant cuts in Gwynedd")
    store.run(meetings.add_item, meeting.id, "Cynllun iaith Gymraeg")
    assert titles(store, meeting.id)[-4:] == ["Grant cuts in Gwynedd", "Cynllun iaith Gymraeg", "Any other business",
                                              "Date of the next meeting"]
    assert positions_are_contiguous(store, meeting.id)


def test_add_item_on_an_empty_agenda_and_at_a_chosen_position(store):
    pre = store.run(meetings.create_meeting, "pre_meeting", TEN)
    store.run(meetings.add_item, pre.id, "B")
    store.run(meetings.add_item, pre.id, "C")
    store.run(meetings.add_item, pre.id, "A", position=0)
    store.run(meetings.add_item, pre.id, "Z", position=99)
    store.run(meetings.add_item, pre.id, "Y", position=-5)
    assert titles(store, pre.id) == ["Y", "A", "B", "C", "Z"]
    assert positions_are_contiguous(store, pre.id)


def test_add_item_keeps_every_field(store, meeting):
    person = store.run(members.add_person, "Gwenllïan")
    item = store.run(meetings.add_item, meeting.id, "Adroddiad 📄", presenter="Cyngor Môn", presenter_id=person.id,
                     minutes_allowed="20", description="Line 1\n\tLine 2\x00")
    found = store.run(lambda s: s.get(AgendaItem, item.id))
    assert (found.title, found.presenter, found.presenter_id, found.minutes_allowed, found.description,
            found.standing) == ("Adroddiad 📄", "Cyngor Môn", person.id, 20, "Line 1\n\tLine 2", None)


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"title": " "}, "title", "the item's title"),
    ({"title": "X", "minutes_allowed": 0}, "minutes_allowed", "The time allowed in minutes must be between 1 and 600"),
    ({"title": "X", "minutes_allowed": 601}, "minutes_allowed", "between 1 and 600"),
    ({"title": "X", "minutes_allowed": "half an hour"}, "minutes_allowed", "must be a whole number"),
    ({"title": "X", "presenter_id": 404}, "presenter", "presenter you chose is no longer in this group's records"),
])
def test_add_item_refuses_bad_input_and_leaves_the_agenda_alone(store, meeting, kwargs, field, words):
    before = agenda(store, meeting.id)
    with pytest.raises(ValidationError) as caught:
        store.run(meetings.add_item, meeting.id, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert agenda(store, meeting.id) == before


def test_update_item(store, meeting):
    item = store.run(meetings.add_item, meeting.id, "Draft", minutes_allowed=10)
    store.run(meetings.update_item, item.id, title="Final", minutes_allowed="")
    found = store.run(lambda s: s.get(AgendaItem, item.id))
    assert (found.title, found.minutes_allowed) == ("Final", None)


def test_remove_item_renumbers(store, meeting):
    ids = store.run(lambda s: [i.id for i in s.get(Meeting, meeting.id).items])
    store.run(meetings.remove_item, ids[1])
    store.run(meetings.remove_item, ids[4])
    assert titles(store, meeting.id) == ["Welcome and apologies", "Minutes of the last meeting", "Matters arising",
                                         "Action plan progress", "Any other business", "Date of the next meeting"]
    assert positions_are_contiguous(store, meeting.id)
    with pytest.raises(ValidationError, match="agenda item you chose is no longer in this group's records"):
        store.run(meetings.remove_item, ids[1])


def test_move_item_renumbers(store, meeting):
    added = store.run(meetings.add_item, meeting.id, "Urgent: library closures")
    store.run(meetings.move_item, added.id, 1)
    assert titles(store, meeting.id)[:3] == ["Welcome and apologies", "Urgent: library closures",
                                             "Declarations of interest"]
    assert positions_are_contiguous(store, meeting.id)
    store.run(meetings.move_item, added.id, 100)
    assert titles(store, meeting.id)[-1] == "Urgent: library closures"
    store.run(meetings.move_item, added.id, -3)
    assert titles(store, meeting.id)[0] == "Urgent: library closures"
    assert positions_are_contiguous(store, meeting.id)
    assert len(titles(store, meeting.id)) == len(StandingItem) + 1


def test_write_minutes(store, meeting):
    item_id = store.run(lambda s: s.get(Meeting, meeting.id).items[3].id)
    store.run(meetings.write_minutes, item_id, "Trafodwyd y grantiau.\n\tCytunwyd i ysgrifennu at Łucja.\x07",
              "Ysgrifennu at y Cyngor")
    found = store.run(lambda s: s.get(AgendaItem, item_id))
    assert found.minutes == "Trafodwyd y grantiau.\n\tCytunwyd i ysgrifennu at Łucja."
    assert found.decisions == "Ysgrifennu at y Cyngor"


# --- papers -----------------------------------------------------------------


def test_attach_paper_keeps_the_bytes_in_the_store(store, meeting):
    item = store.run(meetings.add_item, meeting.id, "Annual report")
    content = bytes(range(256)) * 1000
    paper = store.run(meetings.attach_paper, item.id, "Adroddiad blynyddol Ynys Môn.pdf", content, added_on=TODAY)
    assert store.run(meetings.paper_content, paper.id) == content
    found = store.run(lambda s: s.get(AgendaPaper, paper.id))
    assert (found.filename, found.media_type, found.size, found.added_on) == (
        "Adroddiad blynyddol Ynys Môn.pdf", "application/pdf", len(content), TODAY)
    # The bytes live in the store file itself, not beside it.
    raw = store.run(lambda s: s.connection().exec_driver_sql("SELECT content FROM agenda_paper").scalar_one())
    assert bytes(raw) == content


def test_attach_paper_media_type(store, meeting):
    item = store.run(meetings.add_item, meeting.id, "Papers")
    unknown = store.run(meetings.attach_paper, item.id, "notes.zzqx", b"x", added_on=TODAY)
    given = store.run(meetings.attach_paper, item.id, "minutes", b"x", added_on=TODAY, media_type="text/plain")
    docx = store.run(meetings.attach_paper, item.id, "agenda.docx", b"PK", added_on=TODAY)
    found = store.run(lambda s: [s.get(AgendaPaper, p.id).media_type for p in (unknown, given, docx)])
    assert found[:2] == ["application/octet-stream", "text/plain"]
    assert "wordprocessingml" in found[2]


def test_attach_paper_refuses_bad_input(store, meeting):
    item = store.run(meetings.add_item, meeting.id, "Papers")
    with pytest.raises(ValidationError) as caught:
        store.run(meetings.attach_paper, item.id, " ", b"x", added_on=TODAY)
    assert caught.value.field == "filename" and "the paper's file name" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        store.run(meetings.attach_paper, item.id, "huge.pdf", bytes(meetings.PAPER_LIMIT + 1), added_on=TODAY)
    assert "huge.pdf is 50 MB; a paper can be at most 50 MB" in str(caught.value)
    with pytest.raises(ValidationError, match="agenda item"):
        store.run(meetings.attach_paper, 999, "a.pdf", b"x", added_on=TODAY)
    assert count(store, AgendaPaper) == 0


def test_remove_paper(store, meeting):
    item = store.run(meetings.add_item, meeting.id, "Papers")
    paper = store.run(meetings.attach_paper, item.id, "a.pdf", b"%PDF-1.7", added_on=TODAY)
    store.run(meetings.remove_paper, paper.id)
    assert count(store, AgendaPaper) == 0
    with pytest.raises(ValidationError, match="paper you chose is no longer in this group's records"):
        store.run(meetings.paper_content, paper.id)


# --- attendance -------------------------------------------------------------


@pytest.fixture
def two(store):
    return (store.run(members.add_person, "Llŷr Davies"), store.run(members.add_person, "Łucja Zielińska"))


def attendance(store, meeting_id):
    return store.run(lambda s: sorted((r.person.name, r.status, r.substitute_for_id)
                                      for r in s.get(Meeting, meeting_id).attendance))


def test_record_attendance_is_an_upsert(store, meeting, two):
    llyr, _ = two
    store.run(meetings.record_attendance, meeting.id, llyr.id, "apologies")
    store.run(meetings.record_attendance, meeting.id, llyr.id, Attendance.PRESENT)
    assert attendance(store, meeting.id) == [("Llŷr Davies", Attendance.PRESENT, None)]
    assert count(store, AttendanceRecord) == 1


def test_substitute_needs_the_member_they_stand_in_for(store, meeting, two):
    llyr, lucja = two
    with pytest.raises(ValidationError) as caught:
        store.run(meetings.record_attendance, meeting.id, lucja.id, "substitute")
    assert "Say which member Łucja Zielińska is standing in for" in str(caught.value)
    assert caught.value.field == "substitute_for"
    with pytest.raises(ValidationError, match="cannot stand in for themselves"):
        store.run(meetings.record_attendance, meeting.id, lucja.id, "substitute", substitute_for_id=lucja.id)
    assert count(store, AttendanceRecord) == 0
    store.run(meetings.record_attendance, meeting.id, lucja.id, "substitute", substitute_for_id=llyr.id)
    assert attendance(store, meeting.id) == [("Łucja Zielińska", Attendance.SUBSTITUTE, llyr.id)]
    # A later "present" clears who they stood in for.
    store.run(meetings.record_attendance, meeting.id, lucja.id, "present", substitute_for_id=llyr.id)
    assert attendance(store, meeting.id) == [("Łucja Zielińska", Attendance.PRESENT, None)]


def test_failed_attendance_update_keeps_the_old_record(store, meeting, two):
    llyr, _ = two
    store.run(meetings.record_attendance, meeting.id, llyr.id, "apologies")
    with pytest.raises(ValidationError, match="'late' is not a known attendance"):
        store.run(meetings.record_attendance, meeting.id, llyr.id, "late")
    with pytest.raises(ValidationError):
        store.run(meetings.record_attendance, meeting.id, llyr.id, "substitute")
    assert attendance(store, meeting.id) == [("Llŷr Davies", Attendance.APOLOGIES, None)]


def test_remove_attendance(store, meeting, two):
    llyr, lucja = two
    store.run(meetings.record_attendance, meeting.id, llyr.id, "present")
    store.run(meetings.record_attendance, meeting.id, lucja.id, "absent")
    store.run(meetings.remove_attendance, meeting.id, llyr.id)
    store.run(meetings.remove_attendance, meeting.id, llyr.id)  # nothing left to remove: no error
    assert attendance(store, meeting.id) == [("Łucja Zielińska", Attendance.ABSENT, None)]


# --- matters arising ----------------------------------------------------------


def test_matters_arising_lists_what_is_still_open_from_earlier_meetings(store):
    officer = store.run(members.add_person, "Gwenllïan Roberts")
    jan = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 1, 13, 10))
    march = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))
    may = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 5, 5, 10))

    def target(title, at, **kwargs):
        return store.run(actions.add_target, title, meeting_id=at.id, **kwargs).id

    open_no_deadline = target("Open, no deadline", jan)
    open_late = target("Open, deadline April", jan, deadline="2026-04-30")
    open_early = target("Open, deadline February", jan, deadline="2026-02-28")
    done_before = target("Done before March", jan)
    store.run(actions.complete_target, done_before, "2026-02-10")
    done_after = target("Done after March", jan)
    store.run(actions.complete_target, done_after, "2026-03-20")
    dropped = target("Dropped before March", jan)
    store.run(actions.drop_target, dropped, "2026-02-01", "Superseded")
    from_march = target("Raised in March", march)

    def ask(issue, raised, answered=None):
        row = store.run(feedback.request_feedback, issue, officer.id, raised_on=raised)
        if answered:
            store.run(feedback.mark_answered, row.id, answered, "in_writing")
        return row.id

    unanswered = ask("Unanswered since January", "2026-01-13")
    answered_before = ask("Answered in February", "2026-01-13", "2026-02-01")
    answered_after = ask("Answered after March", "2026-01-13", "2026-03-10")
    raised_in_march = ask("Raised in March", "2026-03-03")

    arising = store.run(lambda s: meetings.matters_arising(s, march.id))
    assert [t.id for t in arising.targets] == [open_early, open_late, open_no_deadline, done_after]
    assert [f.id for f in arising.feedback] == [unanswered, answered_after]

    later = store.run(lambda s: meetings.matters_arising(s, may.id))
    assert from_march in [t.id for t in later.targets]
    assert raised_in_march in [f.id for f in later.feedback]
    assert done_after not in [t.id for t in later.targets]
    assert answered_after not in [f.id for f in later.feedback]
    assert dropped not in [t.id for t in later.targets] and answered_before not in [f.id for f in later.feedback]

    first = store.run(lambda s: meetings.matters_arising(s, jan.id))
    assert (first.targets, first.feedback) == ([], [])
    with pytest.raises(ValidationError, match="meeting you chose is no longer in this group's records"):
        store.run(meetings.matters_arising, 999)


# --- what the meetings page reads ----------------------------------------------


def test_meeting_rows_say_which_are_upcoming(store):
    past = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 2, 18), venue="Neuadd Ŵyl")
    later_today = store.run(meetings.create_meeting, "pre_meeting", dt.datetime(2026, 3, 3, 18, 30))
    rows = store.run(meetings.meeting_rows, TODAY)
    assert [(r.meeting_id, r.upcoming) for r in rows] == [(past.id, False), (later_today.id, True)]
    assert rows[0].venue == "Neuadd Ŵyl" and rows[0].status is MeetingStatus.PLANNED
    assert store.run(meetings.meeting_row, later_today.id, TODAY) == rows[1]
    with pytest.raises(ValidationError, match="meeting you chose is no longer"):
        store.run(meetings.meeting_row, 999, TODAY)


def test_agenda_rows_in_order_with_presenter_and_paper_count(store, meeting):
    person = store.run(members.add_person, "Gwenllïan Parry")
    by_person = store.run(meetings.add_item, meeting.id, "Grants", presenter_id=person.id, minutes_allowed=20)
    both = store.run(meetings.add_item, meeting.id, "Libraries", presenter="for the council", presenter_id=person.id)
    typed = store.run(meetings.add_item, meeting.id, "Transport", presenter="Cymunedau Môn", description="Bws 📄")
    store.run(meetings.attach_paper, by_person.id, "a.pdf", b"1", added_on=TODAY)
    store.run(meetings.attach_paper, by_person.id, "b.pdf", b"22", added_on=TODAY)
    rows = store.run(meetings.agenda_rows, meeting.id)
    assert [r.number for r in rows] == list(range(1, len(StandingItem) + 4))
    assert rows[0].standing is StandingItem.WELCOME and rows[0].title == "Welcome and apologies"
    found = {r.item_id: r for r in rows}
    assert (found[by_person.id].presenter, found[by_person.id].presenter_id, found[by_person.id].paper_count,
            found[by_person.id].minutes_allowed) == ("Gwenllïan Parry", person.id, 2, 20)
    assert found[both.id].presenter == "Gwenllïan Parry — for the council"
    assert (found[typed.id].presenter, found[typed.id].presenter_text, found[typed.id].presenter_id,
            found[typed.id].description, found[typed.id].standing) == ("Cymunedau Môn", "Cymunedau Môn", None,
                                                                       "Bws 📄", None)
    papers = store.run(meetings.paper_rows, meeting.id)
    assert [(p.filename, p.size, p.item_id, p.added_on) for p in papers] == [
        ("a.pdf", 1, by_person.id, TODAY), ("b.pdf", 2, by_person.id, TODAY)]


def test_check_paper_size(store):
    meetings.check_paper_size("fine.pdf", meetings.PAPER_LIMIT)
    with pytest.raises(ValidationError, match="big.pdf is 50 MB") as caught:
        meetings.check_paper_size("big.pdf", meetings.PAPER_LIMIT + 1)
    assert caught.value.field == "filename"


def _seat(store, title, sector, holders):
    from compactdesk.services import seats

    seat = store.run(seats.add_seat, title, sector, "elected")
    for person, start, end in holders:
        store.run(seats.appoint, seat.id, person.id, start, end)
    return seat


def test_attendance_roster_is_the_seat_holders_on_the_day_then_the_others(store, meeting):
    council = store.run(members.add_organisation, "Cyngor Sir Dyfnant", "council")
    gwen = store.run(members.add_person, "Gwenllïan Parry", organisation_id=council.id)
    old = store.run(members.add_person, "Former member")
    llyr = store.run(members.add_person, "Llŷr Davies")
    officer = store.run(members.add_person, "Łucja Zielińska")
    sub = store.run(members.add_person, "Rhys Bowen")
    _seat(store, "Council", "council", [(old, "2025-01-01", "2026-03-02"), (gwen, "2026-03-03", None)])
    _seat(store, "Voluntary sector", "vcs", [(llyr, "2025-01-01", None)])
    _seat(store, "Council second seat", "council", [(gwen, "2026-01-01", "2026-12-31")])
    _seat(store, "Empty seat", "vcs", [])
    store.run(meetings.record_attendance, meeting.id, llyr.id, "apologies")
    store.run(meetings.record_attendance, meeting.id, sub.id, "substitute", substitute_for_id=llyr.id)
    store.run(meetings.record_attendance, meeting.id, officer.id, "present")
    rows = store.run(meetings.attendance_roster, meeting.id)
    assert [(r.name, r.seat, r.status) for r in rows] == [
        ("Gwenllïan Parry", "Council, Council second seat", None),
        ("Llŷr Davies", "Voluntary sector", Attendance.APOLOGIES),
        ("Rhys Bowen", "", Attendance.SUBSTITUTE),
        ("Łucja Zielińska", "", Attendance.PRESENT),
    ]
    assert rows[0].organisation == "Cyngor Sir Dyfnant" and rows[0].sector.value == "council"
    assert rows[3].sector is None
    assert (rows[2].substitute_for_id, rows[2].substitute_for) == (llyr.id, "Llŷr Davies")
    assert meetings.attendance_summary(rows) == \
        "1 present, 1 sent apologies, 0 absent, 1 substitute; 1 not recorded yet"


def test_attendance_roster_of_a_meeting_with_no_seats_filled(store, meeting):
    assert store.run(meetings.attendance_roster, meeting.id) == []
    assert meetings.attendance_summary([]) == "0 present, 0 sent apologies, 0 absent"


def test_people_choices_by_name(store):
    org = store.run(members.add_organisation, "Menter Iaith", "vcs")
    store.run(members.add_person, "Ŵyn Jones")
    store.run(members.add_person, "aled Thomas", organisation_id=org.id)
    assert [(p.name, p.organisation) for p in store.run(meetings.people_choices)] == [
        ("aled Thomas", "Menter Iaith"), ("Ŵyn Jones", "")]


def test_raised_from_item_lists_its_actions_and_feedback(store, meeting):
    officer = store.run(members.add_person, "Owain Price")
    item = store.run(meetings.add_item, meeting.id, "Grants")
    other = store.run(meetings.add_item, meeting.id, "Other")
    target = store.run(actions.add_target, "Publish the timetable", item_id=item.id, lead_id=officer.id,
                       deadline="2026-03-01")
    asked = store.run(feedback.request_feedback, "Why were grants cut?", officer.id, item_id=item.id)
    store.run(actions.add_target, "Elsewhere", item_id=other.id)
    rows = store.run(meetings.raised_from_item, item.id, TODAY)
    assert [(r.area, r.record_id, r.what, r.who, r.item_id) for r in rows] == [
        ("actions", target.id, "Publish the timetable", "Owain Price", item.id),
        ("feedback", asked.id, "Why were grants cut?", "Owain Price", item.id)]
    assert rows[0].raised_on == TODAY and rows[0].due == dt.date(2026, 3, 1)
    assert rows[1].raised_on == TODAY and rows[1].due > TODAY and not rows[1].late
    later = store.run(meetings.raised_from_item, item.id, dt.date(2026, 6, 1))
    assert later[0].late and later[1].late


def test_matters_arising_rows_stand_as_on_the_meeting_day(store):
    officer = store.run(members.add_person, "Gwenllïan Roberts")
    jan = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 1, 13, 10))
    march = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))
    late = store.run(actions.add_target, "Late by March", meeting_id=jan.id, deadline="2026-02-28").id
    on_time = store.run(actions.add_target, "Due in June", meeting_id=jan.id, deadline="2026-06-30").id
    owed = store.run(feedback.request_feedback, "Owed since January", officer.id, raised_on="2026-01-13").id
    rows = store.run(meetings.matters_arising_rows, march.id)
    assert [(r.area, r.record_id, r.late) for r in rows] == [
        ("actions", late, True), ("actions", on_time, False), ("feedback", owed, True)]
    assert rows[0].raised_on == dt.date(2026, 1, 13) and rows[2].who == "Gwenllïan Roberts"
    assert store.run(meetings.matters_arising_rows, jan.id) == []
