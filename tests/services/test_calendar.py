"""The calendar file (services/calendar.py), read back with vobject: a different library from icalendar, which
writes it. Times in Europe/London (BST in summer, GMT in winter), all-day deadlines, UIDs that stay the same
from one export to the next, Welsh, and any text a person can type."""

import datetime as dt

import pytest
import vobject
from hypothesis import HealthCheck, given, settings, strategies as st

from compactdesk import catalogues, i18n
from compactdesk.domain.enums import CodeStatus, MeetingKind, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import actions, codes, consultations, feedback, funding, meetings, members
from compactdesk.services import compact as compacts
from compactdesk.services.calendar import RECENT_DAYS, calendar_file, calendar_ics, fit
from compactdesk.store.models import AgendaItem, Meeting, StoreIdentity

TODAY = dt.date(2026, 6, 1)
EXPORTED = dt.datetime(2026, 6, 1, 9, 30, tzinfo=dt.UTC)
UTC = dt.UTC


def read(data: bytes):
    """The calendar as vobject parses it, and its events by UID."""
    calendar = vobject.readOne(data.decode("utf-8"))
    return calendar, {event.uid.value: event for event in calendar.contents.get("vevent", [])}


def export(store, **options) -> bytes:
    options.setdefault("now", EXPORTED)
    return store.run(lambda session: calendar_ics(session, TODAY, **options))


@pytest.fixture
def group(store):
    """A group with a meeting in July (BST) and one in January (GMT), and one of each kind of deadline."""
    store.run(compacts.set_up_compact, "Dyfnant Compact", "Dyfnant")
    store.run(compacts.update_compact, name="Dyfnant Compact", name_cy="Compact Sir Ddyfnant",
              group_label_cy="grŵp cyswllt")
    ids = {}
    ids["july"] = store.run(meetings.create_meeting, MeetingKind.LIAISON, dt.datetime(2026, 7, 14, 18, 0),
                            venue="Neuadd y Dref, Aberwen", apologies_to="Elin Griffiths").id
    ids["january"] = store.run(meetings.create_meeting, MeetingKind.PRE_MEETING, dt.datetime(2027, 1, 12, 18, 0),
                               venue="Online").id
    ids["item"] = store.run(meetings.add_item, ids["july"], "Youth services review", title_cy="Adolygiad ieuenctid").id
    council = store.run(members.add_organisation, "Dyfnant County Council", Sector.COUNCIL).id
    youth = store.run(members.add_organisation, "Dyfnant Youth Forum", Sector.VCS).id
    officer = store.run(members.add_person, "Owain Price", organisation_id=council).id
    ids["feedback"] = store.run(feedback.request_feedback, "Travel costs", officer, raised_on=dt.date(2026, 5, 20)).id
    ids["answered"] = store.run(feedback.request_feedback, "Rural buses", officer, raised_on=dt.date(2026, 5, 1)).id
    store.run(feedback.mark_answered, ids["answered"], dt.date(2026, 5, 10), "in_writing")
    ids["target"] = store.run(actions.add_target, "Three-year agreements", start_on=dt.date(2026, 1, 5),
                              deadline=dt.date(2026, 9, 30), lead_id=officer).id
    ids["done"] = store.run(actions.add_target, "Bulletin", start_on=dt.date(2026, 1, 5),
                            deadline=dt.date(2026, 8, 31)).id
    store.run(actions.complete_target, ids["done"], dt.date(2026, 5, 1))
    ids["consultation"] = store.run(consultations.add_consultation, "Fire cover", council, dt.date(2026, 5, 1),
                                    dt.date(2026, 7, 24)).id
    ids["code"] = store.run(codes.add_code, "Working in partnership", status=CodeStatus.ADOPTED,
                            adopted_on=dt.date(2025, 3, 15), review_months=24).id
    ids["notice"] = store.run(funding.add_notice, youth, council, dt.date(2026, 4, 1), dt.date(2026, 8, 1)).id
    return ids


def store_id(store) -> str:
    return store.run(lambda session: session.get(StoreIdentity, 1).store_id)


def test_meetings_are_at_their_time_in_europe_london(store, group):
    data = export(store)
    calendar, events = read(data)
    july = events[f"meeting-{group['july']}@{store_id(store)}.compactdesk"]
    january = events[f"meeting-{group['january']}@{store_id(store)}.compactdesk"]
    # 18:00 in July is British Summer Time (17:00 UTC); in January it is GMT (18:00 UTC).
    assert july.dtstart.value.astimezone(UTC) == dt.datetime(2026, 7, 14, 17, 0, tzinfo=UTC)
    assert january.dtstart.value.astimezone(UTC) == dt.datetime(2027, 1, 12, 18, 0, tzinfo=UTC)
    assert july.dtend.value - july.dtstart.value == dt.timedelta(hours=2)
    assert b"\r\nDTSTART;TZID=Europe/London:20260714T180000\r\n" in data  # local time, not UTC
    # The file's own VTIMEZONE says so too, read by vobject rather than looked up by name.
    london = calendar.vtimezone.gettzinfo()
    assert london.utcoffset(dt.datetime(2026, 7, 14, 18)) == dt.timedelta(hours=1)
    assert london.utcoffset(dt.datetime(2027, 1, 12, 18)) == dt.timedelta(0)
    assert july.location.value == "Neuadd y Dref, Aberwen"
    assert july.summary.value == "Liaison group meeting"
    assert january.summary.value == "Pre-meeting (liaison group)"
    lines = july.description.value.splitlines()
    titles = [row.title for row in store.run(meetings.agenda_rows, group["july"])]
    assert "Youth services review" in titles and len(titles) > 3
    assert lines[1:1 + len(titles)] == [f"{number}. {title}" for number, title in enumerate(titles, 1)]
    assert "please send your apologies to Elin Griffiths" in july.description.value
    assert calendar.x_wr_calname.value == "Dyfnant Compact Liaison Group"
    assert calendar.method.value == "PUBLISH" and calendar.prodid.value.startswith("-//CompactDesk//")


def test_deadlines_are_all_day_events_on_their_day(store, group):
    _, events = read(export(store))
    by_kind = {uid.split("@")[0]: event for uid, event in events.items()}
    expected = {
        f"feedback-{group['feedback']}": dt.date(2026, 6, 17),  # raised 20 May, the usual 28 days
        f"target-{group['target']}": dt.date(2026, 9, 30),
        f"consultation-{group['consultation']}": dt.date(2026, 7, 24),
        f"code-review-{group['code']}": dt.date(2027, 3, 15),  # adopted 15 March 2025, reviewed every 24 months
        f"funding-notice-{group['notice']}": dt.date(2026, 8, 1),
    }
    for key, day in expected.items():
        event = by_kind[key]
        assert event.dtstart.value == day and not isinstance(event.dtstart.value, dt.datetime), key
        assert event.dtstart.params["VALUE"] == ["DATE"]
        assert event.dtend.value == day + dt.timedelta(days=1)
        assert event.transp.value == "TRANSPARENT"
    assert by_kind[f"feedback-{group['feedback']}"].summary.value == "Feedback due from Owain Price: Travel costs"
    assert by_kind[f"target-{group['target']}"].description.value == "Lead: Owain Price"
    assert "Dyfnant Youth Forum" in by_kind[f"funding-notice-{group['notice']}"].summary.value
    # Answered feedback and a finished target are not on the calendar.
    assert f"feedback-{group['answered']}" not in by_kind and f"target-{group['done']}" not in by_kind


def test_old_history_stays_out_and_recent_past_stays_in(store, group):
    long_ago = store.run(meetings.create_meeting, MeetingKind.LIAISON, dt.datetime(2020, 3, 3, 18)).id
    recent = store.run(meetings.create_meeting, MeetingKind.LIAISON,
                       dt.datetime.combine(TODAY - dt.timedelta(days=RECENT_DAYS - 1), dt.time(18))).id
    store.run(actions.add_target, "Old and forgotten", start_on=dt.date(2019, 1, 1), deadline=dt.date(2019, 6, 1))
    _, events = read(export(store))
    kinds = {uid.split("@")[0] for uid in events}
    assert f"meeting-{long_ago}" not in kinds and f"meeting-{recent}" in kinds
    assert not any("Old and forgotten" in event.summary.value for event in events.values())


def test_uids_stay_the_same_from_one_export_to_the_next_and_a_later_one_is_newer(store, group):
    first = read(export(store, now=EXPORTED))[1]
    later = read(export(store, now=EXPORTED + dt.timedelta(hours=3)))[1]
    assert set(first) == set(later) and len(first) == 7  # two meetings, five deadlines
    assert all(uid.endswith(f"@{store_id(store)}.compactdesk") for uid in first)
    for uid in first:
        assert int(later[uid].sequence.value) > int(first[uid].sequence.value)
        assert later[uid].dtstamp.value > first[uid].dtstamp.value
        assert later[uid].last_modified.value == later[uid].dtstamp.value


def test_an_edited_meeting_keeps_its_uid_and_shows_the_change(store, group):
    uid = f"meeting-{group['july']}@{store_id(store)}.compactdesk"
    before = read(export(store))[1][uid]
    store.run(meetings.update_meeting, group["july"], kind=MeetingKind.LIAISON, starts_at=dt.datetime(2026, 7, 21, 14),
              venue="Coleg Dyfnant", apologies_to="Elin Griffiths")
    after = read(export(store, now=EXPORTED + dt.timedelta(minutes=5)))[1][uid]
    assert after.location.value == "Coleg Dyfnant"
    assert after.dtstart.value.astimezone(UTC) == dt.datetime(2026, 7, 21, 13, tzinfo=UTC)
    assert int(after.sequence.value) > int(before.sequence.value)


def test_another_groups_file_gives_other_uids(store, group, tmp_path):
    from compactdesk.store import create_store

    other = create_store(tmp_path / "other.cdstore")
    try:
        other.run(meetings.create_meeting, MeetingKind.LIAISON, dt.datetime(2026, 7, 14, 18, 0))
        theirs = set(read(other.run(lambda session: calendar_ics(session, TODAY, now=EXPORTED)))[1])
    finally:
        other.close()
    ours = set(read(export(store))[1])
    assert theirs and not theirs & ours


def test_one_meeting_alone_for_add_to_calendar(store, group):
    made = store.run(lambda session: calendar_file(session, TODAY, meeting_id=group["january"], now=EXPORTED))
    _, events = read(made.data)
    assert made.events == 1 and list(events) == [f"meeting-{group['january']}@{store_id(store)}.compactdesk"]
    with pytest.raises(ValidationError):
        store.run(lambda session: calendar_file(session, TODAY, meeting_id=999))


def test_in_welsh_and_in_both(store, group):
    catalogues.load_all()
    calendar, events = read(export(store, language=i18n.WELSH))
    july = events[f"meeting-{group['july']}@{store_id(store)}.compactdesk"]
    assert calendar.x_wr_calname.value == "Grŵp Cyswllt Compact Sir Ddyfnant"
    assert "Adolygiad ieuenctid" in july.description.value
    assert "Os na allwch ddod" in july.description.value and "If you cannot" not in july.description.value
    assert july.summary.value.casefold().startswith("cyfarfod") or "grŵp cyswllt" in july.summary.value.casefold()
    calendar, events = read(export(store, language="both"))
    july = events[f"meeting-{group['july']}@{store_id(store)}.compactdesk"]
    assert calendar.x_wr_calname.value == "Grŵp Cyswllt Compact Sir Ddyfnant / Dyfnant Compact Liaison Group"
    text = july.description.value
    assert text.index("Adolygiad ieuenctid") < text.index("Youth services review")  # Welsh first
    assert text.index("Os na allwch ddod") < text.index("If you cannot come")
    assert july.summary.value.endswith(" / Liaison group meeting")
    with pytest.raises(ValidationError):
        export(store, language="fr")


# Any text: Welsh, Polish, emoji, control characters, very long; written straight into the file (bypassing the
# services' cleaning, as an old or imported record might hold it). SQLite cannot hold a lone surrogate.
TYPED = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60) | st.sampled_from(
    ["Ŵyl Ŷd â ŵ", "Zażółć gęślą jaźń", "🎉 Cyfarfod 👩‍👩‍👧", "tab\there\x00nul\x1besc\x7fdel\x85nel", "x" * 9000,
     "line one\r\nline two\rthree", ";,\\:\"'"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(venue=TYPED, title=TYPED, apologies=TYPED)
def test_any_text_makes_a_valid_file(store, group, venue, title, apologies):
    if getattr(store, "is_server", False):  # PostgreSQL's text cannot hold a NUL at all (a move to a server drops it)
        venue, title, apologies = (text.replace("\x00", "") for text in (venue, title, apologies))

    def write(session):
        meeting = session.get(Meeting, group["july"])
        meeting.venue, meeting.apologies_to = venue, apologies
        session.get(AgendaItem, group["item"]).title = title

    store.run(write)
    for language in ("en", "both"):
        _, events = read(export(store, language=language))
        july = events[f"meeting-{group['july']}@{store_id(store)}.compactdesk"]
        if fit(venue):
            assert july.location.value == fit(venue)
        else:
            assert not hasattr(july, "location") or july.location.value == ""
        assert fit(title)[:300] in july.description.value  # a very long one is cut short, with "…"
        assert july.dtstart.value.astimezone(UTC) == dt.datetime(2026, 7, 14, 17, 0, tzinfo=UTC)


@given(st.text(max_size=300))
def test_fit_leaves_nothing_a_calendar_refuses(value):
    fitted = fit(value)
    assert not any(ord(char) < 32 and char not in "\t\n" for char in fitted)
    assert not any(0x7f <= ord(char) < 0xa0 or 0xd800 <= ord(char) < 0xe000 for char in fitted)
    fitted.encode("utf-8")
    assert fit(fitted) == fitted


def test_a_ten_year_store_is_quick(store):
    """Hundreds of meetings and thousands of closed records: only what is recent or ahead is read."""
    import time

    from sqlalchemy import insert

    from compactdesk.store.models import Feedback, Target

    def fill(session):
        officer = members.add_person(session, "Officer").id
        session.execute(insert(Meeting), [
            {"kind": MeetingKind.LIAISON, "starts_at": dt.datetime(2016, 1, 5, 18) + dt.timedelta(days=14 * n)}
            for n in range(300)])
        session.execute(insert(Target), [{"title": f"Target {n}", "deadline": dt.date(2016, 1, 1)
                                          + dt.timedelta(days=n), "completed_on": dt.date(2016, 1, 1)
                                          + dt.timedelta(days=n // 2) if n % 3 else None} for n in range(5000)])
        session.execute(insert(Feedback), [{"issue": f"Issue {n}", "officer_id": officer, "ask": "written_reply",
                                            "raised_on": dt.date(2016, 1, 1) + dt.timedelta(days=n // 6),
                                            "answered_on": dt.date(2016, 2, 1) + dt.timedelta(days=n // 6)
                                            if n % 5 else None} for n in range(20000)])

    store.run(fill)
    started = time.perf_counter()
    made = store.run(lambda session: calendar_file(session, TODAY, now=EXPORTED))
    took = time.perf_counter() - started
    read(made.data)
    assert 0 < made.events < 1000
    assert took < 2.0, f"{took:.2f} s"


def test_both_languages_give_the_groups_own_words_once():
    from compactdesk.services.calendar import _both

    assert _both("Ymgynghoriad yn cau: Tân: gwledig", "Consultation closes: Tân: gwledig") == \
        "Ymgynghoriad yn cau / Consultation closes: Tân: gwledig"
    assert _both("Adolygiad yn ddyledus: Gwirfoddoli", "Review due: Volunteering") == \
        "Adolygiad yn ddyledus: Gwirfoddoli / Review due: Volunteering"
    assert _both("Cyfarfod y grŵp cyswllt", "Liaison group meeting") == "Cyfarfod y grŵp cyswllt / Liaison group meeting"
    assert _both("Same: words", "Same: words") == "Same: words"
    assert _both("Cau: x", ": x") == "Cau: x / : x"  # no English label before the shared words: both whole


def test_the_files_own_time_zone_agrees_with_the_tz_database_every_day_for_decades(store, group):
    """vobject builds Europe/London from the file's VTIMEZONE rules alone; it must agree with the IANA database
    (zoneinfo) at noon and either side of each change, every day from 1996 to 2060."""
    from zoneinfo import ZoneInfo

    calendar, _ = read(export(store))
    assert len(calendar.contents["vtimezone"]) == 1
    ours, theirs = calendar.vtimezone.gettzinfo(), ZoneInfo("Europe/London")
    day = dt.datetime(1996, 1, 1)
    while day.year <= 2060:
        for hour in (0, 3, 12, 23):
            moment = day.replace(hour=hour)
            assert ours.utcoffset(moment) == moment.replace(tzinfo=theirs).utcoffset(), moment
        day += dt.timedelta(days=1)


def test_a_calendar_of_deadlines_alone_has_no_time_zone(store):
    consultations_body = store.run(members.add_organisation, "Council", Sector.COUNCIL).id
    store.run(consultations.add_consultation, "Buses", consultations_body, dt.date(2026, 5, 1), dt.date(2026, 8, 1))
    calendar, events = read(export(store))
    assert len(events) == 1 and "vtimezone" not in calendar.contents


def test_a_group_with_nothing_planned_or_due_gets_a_message_not_an_empty_calendar(tmp_path):
    from compactdesk.store import create_store

    with create_store(tmp_path / "new.cdstore") as empty:
        with pytest.raises(ValidationError, match="nothing to put in a calendar yet"):
            empty.run(calendar_ics, dt.date(2026, 11, 24))
