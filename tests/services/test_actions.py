import datetime as dt

import pytest
from sqlalchemy import func, inspect, select

from compactdesk.domain.enums import Sector, TargetStatus
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.services import actions, compact, meetings, members
from compactdesk.store.models import CodeOfPractice, Target, TargetProgress

TODAY = dt.date(2026, 3, 3)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def rows(store, today=TODAY, **kwargs) -> dict[str, actions.TargetRow]:
    return {row.title: row for row in store.run(actions.target_rows, today, **kwargs)}


def status(store, target_id, today=TODAY) -> TargetStatus:
    return next(r.status for r in store.run(actions.target_rows, today) if r.target_id == target_id)


def test_the_national_codes_come_first_and_new_codes_follow(store):
    names = store.run(lambda s: [c.name for c in actions.list_codes(s)])
    assert names == ["Funding and procurement", "Consultation and policy appraisal", "Volunteering",
                     "Black and minority ethnic voluntary and community organisations", "Community groups"]
    local = store.run(actions.add_code, "Cod ymarfer yr iaith Gymraeg")
    again = store.run(actions.add_code, " Cod ymarfer yr iaith Gymraeg ")
    assert again.id == local.id
    assert store.run(lambda s: [(c.name, c.national, c.position) for c in actions.list_codes(s)][-1]) == (
        "Cod ymarfer yr iaith Gymraeg", False, 5)
    with pytest.raises(ValidationError, match="the code's name"):
        store.run(actions.add_code, "\x00")
    assert count(store, CodeOfPractice) == 6


def test_add_target_keeps_every_field(store):
    code = store.run(lambda s: actions.list_codes(s)[0])
    partner = store.run(members.add_organisation, "Cyngor Sir Powys", Sector.COUNCIL)
    lead = store.run(members.add_person, "Llŷr Evans")
    meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 1, 13, 10))
    target = store.run(actions.add_target, "Three-year funding for Łucja's project 🎯",
                       measure="All grants over £5k\nagreed for 3 years", code_id=code.id, partner_id=partner.id,
                       lead_id=lead.id, start_on="2026-01-01", deadline=dt.date(2026, 12, 31), meeting_id=meeting.id)
    row = rows(store)["Three-year funding for Łucja's project 🎯"]
    assert (row.code, row.partner, row.lead, row.start_on, row.deadline) == (
        "Funding and procurement", "Cyngor Sir Powys", "Llŷr Evans", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    stored = store.run(lambda s: s.get(Target, target.id))
    assert stored.measure == "All grants over £5k\nagreed for 3 years"
    assert stored.meeting_id == meeting.id


def test_target_raised_under_an_agenda_item_belongs_to_its_meeting(store):
    meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 1, 13, 10))
    item = store.run(meetings.add_item, meeting.id, "Volunteering code")
    target = store.run(actions.add_target, "Adopt the volunteering code", item_id=item.id)
    stored = store.run(lambda s: s.get(Target, target.id))
    assert (stored.meeting_id, stored.item_id) == (meeting.id, item.id)


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"title": ""}, "title", "the target's title"),
    ({"title": "X", "start_on": "2026-05-01", "deadline": "2026-04-01"}, "deadline",
     "The deadline (1 April 2026) cannot be before the start date (1 May 2026)"),
    ({"title": "X", "deadline": "2026-02-30"}, "deadline", "'2026-02-30' is not a date for"),
    ({"title": "X", "partner_id": 31}, "partner", "responsible partner"),
    ({"title": "X", "lead_id": 31}, "lead", "lead person"),
    ({"title": "X", "code_id": 3100}, "code", "code of practice"),
    ({"title": "X", "meeting_id": 31}, "meeting", "meeting"),
    ({"title": "X", "item_id": 31}, "item", "agenda item"),
])
def test_add_target_refuses_bad_input(store, kwargs, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(actions.add_target, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Target) == 0


def test_status_is_derived_never_stored(store):
    columns = {c["name"] for c in store.run(lambda s: inspect(s.connection()).get_columns("target"))}
    assert "status" not in columns
    target = store.run(actions.add_target, "Hold a joint consultation event", deadline=day(45))
    assert status(store, target.id) is TargetStatus.NOT_STARTED
    assert status(store, target.id, day(15)) is TargetStatus.DUE_SOON
    assert status(store, target.id, day(45)) is TargetStatus.DUE_SOON
    assert status(store, target.id, day(46)) is TargetStatus.OVERDUE


def test_progress_puts_a_target_on_track(store):
    target = store.run(actions.add_target, "Train council staff on the compact", deadline=day(200))
    store.run(actions.record_progress, target.id, day(-10), "Dau sesiwn wedi eu cynnal; un arall ym mis Mai")
    planned = store.run(actions.record_progress, target.id, day(5), "Third session")
    row = rows(store)["Train council staff on the compact"]
    assert row.status is TargetStatus.ON_TRACK
    # The latest update on or before today; one dated later has not happened yet.
    assert (row.last_progress, row.last_progress_on) == ("Dau sesiwn wedi eu cynnal; un arall ym mis Mai", day(-10))
    assert rows(store, day(5))["Train council staff on the compact"].last_progress == "Third session"
    store.run(actions.remove_progress, planned.id)
    assert count(store, TargetProgress) == 1
    with pytest.raises(ValidationError, match="progress update you chose is no longer in this group's records"):
        store.run(actions.remove_progress, planned.id)


def test_a_progress_note_keeps_its_paragraphs(store):
    # Regression: the note was cleaned as a single line, losing its line breaks and tabs.
    target = store.run(actions.add_target, "Train council staff on the compact", deadline=day(200))
    note = "Two sessions held:\n\tLlangefni (12 staff)\n\tHolyhead (9 staff)\n\nOne more in May."
    store.run(actions.record_progress, target.id, day(-1), note)
    assert store.run(lambda s: s.scalars(select(TargetProgress.note)).one()) == note


def test_progress_only_in_the_future_does_not_count(store):
    target = store.run(actions.add_target, "Review the compact", deadline=day(200))
    store.run(actions.record_progress, target.id, day(1), "Planned")
    assert status(store, target.id) is TargetStatus.NOT_STARTED


def test_progress_before_the_start_date_leaves_it_not_started(store):
    target = store.run(actions.add_target, "Plan the relaunch", start_on=day(10), deadline=day(300))
    store.run(actions.record_progress, target.id, day(-1), "Early thoughts")
    assert status(store, target.id) is TargetStatus.NOT_STARTED
    assert status(store, target.id, day(10)) is TargetStatus.ON_TRACK


@pytest.mark.parametrize(("on", "note", "field", "words"), [
    ("", "Something", "on", "Please give the date of the update"),
    ("2026-13-01", "Something", "on", "not a date"),
    (TODAY, "  ", "note", "what progress was made"),
])
def test_record_progress_refuses_bad_input(store, on, note, field, words):
    target = store.run(actions.add_target, "Anything")
    with pytest.raises(ValidationError) as caught:
        store.run(actions.record_progress, target.id, on, note)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, TargetProgress) == 0


def test_complete_target(store):
    target = store.run(actions.add_target, "Publish the annual report", start_on=day(-60), deadline=day(-1))
    assert status(store, target.id) is TargetStatus.OVERDUE
    store.run(actions.complete_target, target.id, day(-2))
    assert status(store, target.id) is TargetStatus.DONE
    assert status(store, target.id, day(-3)) is TargetStatus.DUE_SOON  # as it stood before it was done
    store.run(actions.complete_target, target.id, None)  # reopened
    assert status(store, target.id) is TargetStatus.OVERDUE
    with pytest.raises(ValidationError) as caught:
        store.run(actions.complete_target, target.id, day(-61))
    assert caught.value.field == "completed_on"
    assert "cannot be before the start date" in str(caught.value)
    assert store.run(lambda s: s.get(Target, target.id).completed_on) is None


def test_completion_dated_after_today_is_not_done_yet(store):
    target = store.run(actions.add_target, "Launch the compact", deadline=day(100))
    store.run(actions.complete_target, target.id, day(7))
    assert status(store, target.id) is TargetStatus.NOT_STARTED
    assert status(store, target.id, day(7)) is TargetStatus.DONE


def test_drop_target(store):
    target = store.run(actions.add_target, "Set up a disputes panel", deadline=day(-5))
    store.run(actions.complete_target, target.id, day(-3))
    store.run(actions.drop_target, target.id, day(-1), "Replaced by the mediation list\n(see minutes)")
    assert status(store, target.id) is TargetStatus.DROPPED  # dropped beats done
    assert store.run(lambda s: s.get(Target, target.id).drop_reason) == "Replaced by the mediation list\n(see minutes)"
    store.run(actions.drop_target, target.id, None)
    assert status(store, target.id) is TargetStatus.DONE
    with pytest.raises(ValidationError, match="the date it was dropped"):
        store.run(actions.drop_target, target.id, "the day before yesterday")


def test_update_and_delete_target(store):
    target = store.run(actions.add_target, "Draft", deadline=day(10))
    store.run(actions.record_progress, target.id, day(-1), "Begun")
    store.run(actions.update_target, target.id, title="Drafft terfynol", measure="Wedi'i gytuno", deadline=day(90))
    row = rows(store)["Drafft terfynol"]
    assert (row.deadline, row.status) == (day(90), TargetStatus.ON_TRACK)
    with pytest.raises(ValidationError, match="cannot be before"):
        store.run(actions.update_target, target.id, title="Changed", start_on=day(5), deadline=day(1))
    assert store.run(lambda s: s.get(Target, target.id).title) == "Drafft terfynol"
    store.run(actions.delete_target, target.id)
    assert (count(store, Target), count(store, TargetProgress)) == (0, 0)
    with pytest.raises(ValidationError, match="target you chose is no longer in this group's records"):
        store.run(actions.delete_target, target.id)


def test_target_rows_are_ordered_by_deadline_with_undated_last(store):
    for title, deadline in [("No date", None), ("June", "2026-06-30"), ("April", "2026-04-30"),
                            ("Also no date", None), ("March", "2026-03-31")]:
        store.run(actions.add_target, title, deadline=deadline)
    assert list(rows(store)) == ["March", "April", "June", "No date", "Also no date"]


def test_due_soon_window_comes_from_the_standards(store):
    target = store.run(actions.add_target, "Consultation on the budget", deadline=day(10))
    assert status(store, target.id) is TargetStatus.DUE_SOON
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    store.run(compact.set_standards, Standards(due_soon_days=7))
    assert status(store, target.id) is TargetStatus.NOT_STARTED
    assert status(store, target.id, day(3)) is TargetStatus.DUE_SOON


def test_pressing_only_gives_exactly_the_overdue_and_due_soon_targets(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    specs = [("overdue", day(-3), None, None), ("due today", TODAY, None, None), ("due soon", day(30), None, None),
             ("later", day(31), None, None), ("no deadline", None, None, None),
             ("done", day(-3), day(-4), None), ("done later", day(-3), day(2), None),
             ("dropped", day(5), None, day(-1)), ("dropped later", day(5), None, day(1))]
    for title, deadline, done, dropped in specs:
        target = store.run(actions.add_target, title, deadline=deadline)
        if done:
            store.run(actions.complete_target, target.id, done)
        if dropped:
            store.run(actions.drop_target, target.id, dropped)
    for today in (day(-10), TODAY, day(2), day(40)):
        every = store.run(actions.target_rows, today)
        pressing = store.run(actions.target_rows, today, pressing_only=True)
        expected = [r.title for r in every if r.status in (TargetStatus.OVERDUE, TargetStatus.DUE_SOON)]
        assert [r.title for r in pressing] == expected
    assert [r.title for r in store.run(actions.target_rows, TODAY, pressing_only=True)] == [
        "overdue", "done later", "due today", "dropped later", "due soon"]


def test_a_target_cannot_be_dropped_before_it_started(store):
    target = store.run(actions.add_target, "Volunteer passport", start_on=day(0), deadline=day(90))
    with pytest.raises(ValidationError, match="start date"):
        store.run(actions.drop_target, target.id, day(-5), "No longer needed")
    assert status(store, target.id) is not TargetStatus.DROPPED


# -- the table's one query, the detail and the choices --------------------------------------------------------------

def _rows_the_slow_way(session, today):
    """What target_rows must give, worked out object by object with the rule (the old, slow path)."""
    due_soon = compact.standards(session).due_soon_days
    expected = []
    for target in session.scalars(select(Target).order_by(Target.deadline.is_(None), Target.deadline, Target.id)):
        seen = [p for p in target.progress if p.on <= today]
        latest = max(seen, key=lambda p: (p.on, p.id)) if seen else None
        expected.append(actions.TargetRow(
            target.id, target.title, target.code.name if target.code else "",
            target.partner.name if target.partner else "", target.lead.name if target.lead else "",
            target.start_on, target.deadline, actions.status_of(target, today, due_soon),
            latest.note if latest else "", latest.on if latest else None,
            target.code_id, target.partner_id, target.lead_id, target.code.name if target.code else ""))
    return expected


def test_target_rows_match_the_rule_target_by_target(store):
    import random

    rng = random.Random(7)
    code_ids = store.run(lambda s: [c.id for c in actions.list_codes(s)])
    partner = store.run(members.add_organisation, "Cyngor Gwynedd", Sector.COUNCIL)
    lead = store.run(members.add_person, "Siân Ŵyn")
    for number in range(60):
        start = day(rng.randint(-400, 100))
        target = store.run(actions.add_target, f"Target {number}", code_id=rng.choice([*code_ids, None]),
                           partner_id=rng.choice([partner.id, None]), lead_id=rng.choice([lead.id, None]),
                           start_on=rng.choice([start, None]),
                           deadline=rng.choice([start + dt.timedelta(days=rng.randint(0, 400)), None]))
        for _ in range(rng.randint(0, 4)):
            # Several notes on one day too: the last entered that day is the latest.
            store.run(actions.record_progress, target.id, day(rng.choice([-30, -30, -5, 0, 0, 10])),
                      f"Note {rng.randint(0, 999)}")
        if number % 5 == 0:
            store.run(actions.complete_target, target.id, day(rng.randint(-20, 20)) if target.start_on is None
                      else max(target.start_on, day(rng.randint(-20, 20))))
        if number % 7 == 0:
            store.run(actions.drop_target, target.id, max(target.start_on or day(-50), day(rng.randint(-50, 50))),
                      "Gone")
    for today in (day(-200), day(-30), TODAY, day(10), day(300)):
        assert store.run(actions.target_rows, today) == store.run(_rows_the_slow_way, today), today


def test_target_rows_match_the_rule_on_the_demo_store(demo_path, today):
    from compactdesk.store import open_store

    with open_store(demo_path) as demo:
        for offset in (-500, -100, 0, 60):
            when = today + dt.timedelta(days=offset)
            assert demo.run(actions.target_rows, when) == demo.run(_rows_the_slow_way, when)


def test_target_rows_carry_the_ids_the_filters_need(store):
    code = store.run(lambda s: actions.list_codes(s)[2])
    partner = store.run(members.add_organisation, "Mudiad Gwirfoddol", Sector.VCS)
    lead = store.run(members.add_person, "Gwenllïan")
    store.run(actions.add_target, "Named", code_id=code.id, partner_id=partner.id, lead_id=lead.id)
    store.run(actions.add_target, "Unnamed")
    named, unnamed = rows(store)["Named"], rows(store)["Unnamed"]
    assert (named.code_id, named.partner_id, named.lead_id) == (code.id, partner.id, lead.id)
    assert (unnamed.code_id, unnamed.partner_id, unnamed.lead_id, unnamed.code) == (None, None, None, "")


def test_target_detail_has_every_field_and_the_progress_newest_first(store):
    code = store.run(lambda s: actions.list_codes(s)[1])
    partner = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    lead = store.run(members.add_person, "Łucja Kowalczyk")
    meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))
    item = store.run(meetings.add_item, meeting.id, "Highways")
    target = store.run(actions.add_target, "Consult on the bus routes", measure="Twelve weeks\nat least",
                       code_id=code.id, partner_id=partner.id, lead_id=lead.id, start_on=day(-30),
                       deadline=day(60), item_id=item.id)
    first = store.run(actions.record_progress, target.id, day(-20), "Mapped")
    second = store.run(actions.record_progress, target.id, day(-2), "Drafted")
    same_day = store.run(actions.record_progress, target.id, day(-2), "Sent out")
    store.run(actions.drop_target, target.id, day(-1), "Replaced")
    detail = store.run(actions.target_detail, target.id, TODAY)
    assert (detail.title, detail.measure, detail.code_id, detail.code, detail.partner_id, detail.partner,
            detail.lead_id, detail.lead) == ("Consult on the bus routes", "Twelve weeks\nat least", code.id,
                                             code.name, partner.id, "Cyngor Sir Ynys Môn", lead.id, "Łucja Kowalczyk")
    assert (detail.start_on, detail.deadline, detail.completed_on, detail.dropped_on, detail.drop_reason) == (
        day(-30), day(60), None, day(-1), "Replaced")
    assert (detail.meeting_id, detail.item_id, detail.status) == (meeting.id, item.id, TargetStatus.DROPPED)
    assert detail.origin.startswith("Raised at: ") and "Highways" in detail.origin
    assert [entry.progress_id for entry in detail.progress] == [same_day.id, second.id, first.id]
    with pytest.raises(ValidationError, match="target you chose is no longer in this group's records"):
        store.run(actions.target_detail, 999, TODAY)


def test_target_choices_list_codes_in_order_and_names_by_name(store):
    council = store.run(members.add_organisation, "Cyngor Sir Powys", Sector.COUNCIL)
    store.run(members.add_organisation, "Age Cymru Powys", Sector.VCS)
    store.run(members.add_person, "Zoë", department="Cyllid", organisation_id=council.id)
    store.run(members.add_person, "Aled")
    choices = store.run(actions.target_choices)
    assert [c.name for c in choices.codes] == store.run(lambda s: [c.name for c in actions.list_codes(s)])
    assert [c.name for c in choices.partners] == ["Age Cymru Powys", "Cyngor Sir Powys"]
    assert [(c.name, c.note) for c in choices.people] == [("Aled", ""), ("Zoë", "Cyllid — Cyngor Sir Powys")]
