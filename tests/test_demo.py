"""The demo group: realistic, complete, and the same for the same day."""

import datetime as dt
import sqlite3
from collections import Counter

from compactdesk.demo import write_demo
from compactdesk.domain.enums import FeedbackState, MeetingKind, MeetingStatus, TargetStatus, TermState
from compactdesk.services import actions, attention, feedback, meetings, members, seats
from compactdesk.store import open_store



def test_the_demo_group_has_what_the_brief_asks_for(today, demo_path):
    with open_store(demo_path) as store:
        seat_views = store.run(seats.seat_overview, today)
        assert len(seat_views) == 16
        assert sum(v.sector.is_public for v in seat_views) == 8
        assert [v.title for v in seat_views if v.state is TermState.VACANT] == ["Small and unfunded groups seat"]
        assert {v.reserved_for for v in seat_views if v.reserved_for} >= {"Dyfnant BME Forum", "Rural Dyfnant Network"}

        assert 38 <= len(store.run(members.list_organisations)) <= 42

        with store.session() as session:
            all_meetings = meetings.list_meetings(session)
            kinds = Counter(m.kind for m in all_meetings)
            held = [m for m in all_meetings if m.kind is MeetingKind.LIAISON and m.starts_at.date() < today]
            assert len(held) == 8 and kinds[MeetingKind.PRE_MEETING] >= 8 and kinds[MeetingKind.ANNUAL_REVIEW] == 2
            assert (today - held[0].starts_at.date()).days > 700  # two years of quarterly meetings
            for meeting in held:
                assert all(item.minutes for item in meeting.items), meeting.starts_at
                assert meeting.attendance
            assert held[-1].status is MeetingStatus.MINUTES_DRAFTED
            assert {m.status for m in held[:-1]} == {MeetingStatus.MINUTES_APPROVED}

        statuses = Counter(row.status for row in store.run(actions.target_rows, today))
        assert 22 <= sum(statuses.values()) <= 28
        assert statuses[TargetStatus.DONE] >= 3 and statuses[TargetStatus.OVERDUE] >= 3

        states = Counter(row.state for row in store.run(feedback.feedback_rows, today))
        assert 27 <= sum(states.values()) <= 33
        assert all(states[state] for state in FeedbackState)  # on time, late, never answered, not yet due


def test_names_carry_welsh_and_polish_letters_and_an_emoji(demo_path):
    with open_store(demo_path) as store:
        people = " ".join(p.name for p in store.run(members.list_people))
        for name in ("Siân", "Llŷr", "Gwenllïan", "Łucja", "Wiśniewski", "Ŵyn"):
            assert name in people
        organisations = store.run(members.list_organisations)
        assert any("Ynys Môn" in o.name for o in organisations)
        notes = [o.notes for o in organisations] + [m.notes for m in store.run(meetings.list_meetings)]
        assert any(any(ord(ch) > 0xFFFF for ch in note) for note in notes)


def _dump(path):
    connection = sqlite3.connect(path)
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    dump = {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall() for table in tables}
    connection.close()
    return dump


def test_the_same_day_gives_the_same_store(today, tmp_path, demo_master):
    again, first = _dump(write_demo(tmp_path / "again.cdstore", today)), _dump(demo_master)
    # The attached papers are made afresh, and a PDF or a .docx records when it was made
    # (so their bytes, and their sizes by a byte or two, differ): compare the rest.
    # (id, item, file name, media type, added on: not the content, its size or its digest)
    papers = [row[:4] + row[6:7] for row in again.pop("agenda_paper")]
    assert papers == [row[:4] + row[6:7] for row in first.pop("agenda_paper")] and len(papers) == 3
    # Each store is given an id of its own when it is made, so that it knows its backups from others'.
    assert again.pop("store_identity") != first.pop("store_identity")
    assert again == first


def test_the_demo_always_looks_current(tmp_path):
    later = dt.date(2031, 2, 28)
    with open_store(write_demo(tmp_path / "later.cdstore", later)) as store:
        result = store.run(attention.attention, later)
    upcoming = result.next_meeting
    assert upcoming is not None and 0 < upcoming.days_away <= 30 and not upcoming.agenda_issued
    assert result.section(attention.Area.FEEDBACK) and result.section(attention.Area.TARGETS)


def test_the_pressing_targets_query_matches_the_rule_on_any_day(today, demo_path):
    # The dashboard narrows targets in SQL; the rule in domain/ must still decide.
    from compactdesk.services.actions import target_rows

    pressing = {TargetStatus.OVERDUE, TargetStatus.DUE_SOON}
    with open_store(demo_path) as store:
        for offset in range(-800, 400, 37):
            day = today + dt.timedelta(days=offset)
            every = [row for row in store.run(target_rows, day) if row.status in pressing]
            assert store.run(target_rows, day, pressing_only=True) == every, day
