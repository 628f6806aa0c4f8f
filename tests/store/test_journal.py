"""Undo and redo of whole service calls, checked against a dump of every row."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from compactdesk.domain.errors import ValidationError
from compactdesk.services import actions, feedback, meetings, members, seats
from compactdesk.store import open_store
from compactdesk.store.models import AgendaItem, Feedback, Meeting, Person, Seat, Target
from compactdesk.store.search_index import out_of_step


def _dump(store) -> list[str]:
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        # The search index's bytes depend on the order words came and went: what must hold is that it is in step.
        return [line for line in raw.iterdump()
                if not line.startswith(("CREATE TEMP", "INSERT INTO \"journal_", "INSERT INTO \"search_"))] + [
            f"indexes out of step: {out_of_step(raw)}"]


def _first(store, model, *where):
    with store.session() as session:
        return session.scalars(select(model.id).where(*where).order_by(model.id)).first()


def _held_meeting(store):
    """A meeting not yet approved, with attendance, a paper, and a target and feedback raised at it."""
    with store.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.status != "minutes_approved")
                                  .order_by(Meeting.starts_at)).first()
        item = meeting.items[0]
        people = session.scalars(select(Person.id).order_by(Person.id).limit(2)).all()
        meetings.record_attendance(session, meeting.id, people[0], "present")
        meetings.attach_paper(session, item.id, "Papur.pdf", b"%PDF-1.4 fake", added_on=dt.date(2026, 11, 1))
        actions.add_target(session, "From the meeting", item_id=item.id)
        feedback.request_feedback(session, "Asked at the meeting", people[1], item_id=item.id)
        return meeting.id


CALLS = {
    "delete a meeting with its agenda, attendance and linked targets": lambda s: (
        meetings.delete_meeting, (_held_meeting(s),), {}),
    "add an agenda item": lambda s: (meetings.add_item, (_first(s, Meeting), "Gwasanaethau ŵyn 🎉"), {}),
    "move an agenda item": lambda s: (
        meetings.move_item, (_first(s, AgendaItem, AgendaItem.standing == "welcome"), 4), {}),
    "write minutes": lambda s: (meetings.write_minutes, (_first(s, AgendaItem), "Agreed. Łódź 'quoted' ✓"), {}),
    "delete a target with its progress": lambda s: (actions.delete_target, (_first(s, Target),), {}),
    "mark feedback answered": lambda s: (
        feedback.mark_answered, (_first(s, Feedback, Feedback.answered_on.is_(None)), dt.date(2026, 11, 24),
                                 "in_writing", "Replied 'fully'"), {}),
    "rename an organisation and change its tags": lambda s: (
        members.update_organisation, (1,), {"name": "Menter Môn", "sector": "vcs", "tags": ["rural", "small"]}),
    "appoint to a seat": lambda s: (seats.appoint, (_first(s, Seat), _first(s, Person), "2030-01-01"), {}),
}


@pytest.mark.parametrize("name", CALLS)
def test_undo_restores_every_row_and_redo_repeats_the_call(demo_path, name):
    with open_store(demo_path) as store:
        service, args, kwargs = CALLS[name](store)
        before = _dump(store)
        _, undo = store.run_recorded(service, *args, **kwargs)
        after = _dump(store)
        assert after != before
        assert undo

        redo = store.apply(undo)
        assert _dump(store) == before
        undo_again = store.apply(redo)
        assert _dump(store) == after
        store.apply(undo_again)
        assert _dump(store) == before


def test_undoing_a_meeting_removal_relinks_targets_and_feedback(demo_path):
    with open_store(demo_path) as store:
        meeting_id = _held_meeting(store)
        with store.session() as session:
            linked = sorted(session.scalars(select(Target.id).where(Target.meeting_id == meeting_id)))
        _, undo = store.run_recorded(meetings.delete_meeting, meeting_id)
        with store.session() as session:
            assert session.scalars(select(Target.id).where(Target.meeting_id == meeting_id)).all() == []
        store.apply(undo)
        with store.session() as session:
            assert sorted(session.scalars(select(Target.id).where(Target.meeting_id == meeting_id))) == linked
            assert session.get(Meeting, meeting_id).items


def test_a_failed_call_records_nothing_and_leaves_recording_off(demo_path):
    with open_store(demo_path) as store:
        before = _dump(store)
        with pytest.raises(ValidationError):
            store.run_recorded(actions.add_target, "")
        assert _dump(store) == before
        # A later plain write must not be recorded into anyone's change.
        store.run(actions.add_target, "Plain write")
        _, change = store.run_recorded(actions.add_target, "Recorded write")
        assert len(change.statements) == 1


def test_a_read_only_call_records_an_empty_change(demo_path, today):
    with open_store(demo_path) as store:
        _, change = store.run_recorded(actions.target_rows, today)
        assert not change


def test_the_journal_never_reaches_the_file(demo_path):
    with open_store(demo_path) as store:
        store.run_recorded(actions.add_target, "Something")
    raw = sqlite3.connect(demo_path)
    names = [row[0] for row in raw.execute("SELECT name FROM sqlite_master")]
    raw.close()
    assert not [name for name in names if "journal" in name]


def test_a_step_whose_rows_changed_since_cannot_be_replayed_and_nothing_changes(demo_path):
    # The GUI keeps the undo stack in step with the store; if something else wrote in between
    # (here, a plain write that re-used the id), replaying fails as one transaction, not halfway.
    with open_store(demo_path) as store:
        target, undo = store.run_recorded(actions.add_target, "Recorded")
        redo = store.apply(undo)
        store.run(actions.add_target, "Took the same id")  # SQLite reuses the freed rowid
        before = _dump(store)
        with pytest.raises(Exception):
            store.apply(redo)
        assert _dump(store) == before
