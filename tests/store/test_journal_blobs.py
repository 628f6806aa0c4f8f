"""A paper's bytes on the undo stack: kept once as bytes, never as hex text, and brought back exactly."""

import datetime as dt
import hashlib
import os
import sqlite3

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.services import actions, meetings
from compactdesk.store import journal, open_store
from compactdesk.store.engine import make_engine
from compactdesk.store.models import Meeting, Target
from compactdesk.store.search_index import out_of_step

MB = 1024 * 1024


def _dump(store) -> list[str]:
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        # The search index's bytes depend on the order words came and went: what must hold is that it is in step.
        return [line for line in raw.iterdump()
                if not line.startswith(("CREATE TEMP", "INSERT INTO \"journal_", "INSERT INTO \"search_"))] + [
            f"indexes out of step: {out_of_step(raw)}"]


def _papers(store) -> list[tuple]:
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        return raw.execute("SELECT id, item_id, filename, media_type, content, size, added_on, digest "
                           "FROM agenda_paper ORDER BY id").fetchall()


def _kept_in_temp(store) -> int:
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        return raw.execute("SELECT count(*) FROM temp.journal_blob").fetchone()[0]


@pytest.fixture
def meeting_with_a_big_paper(demo_path):
    """The demo store, and a meeting whose first item has a 6 MB paper and a small one."""
    paper = os.urandom(6 * MB)
    with open_store(demo_path) as store:
        with store.session() as session:
            meeting = session.scalars(select(Meeting).order_by(Meeting.starts_at)).first()
            item = meeting.items[0]
            meetings.attach_paper(session, item.id, "Cyllideb.pdf", paper, added_on=dt.date(2026, 11, 1))
            meetings.attach_paper(session, item.id, "Nodyn.txt", b"small 'quoted' \x00 bytes",
                                  added_on=dt.date(2026, 11, 2))
            meeting_id = meeting.id
        yield store, meeting_id, paper


def test_undo_and_redo_of_deleting_a_meeting_hold_the_paper_once_and_bring_it_back(meeting_with_a_big_paper):
    store, meeting_id, paper = meeting_with_a_big_paper
    before, papers_before = _dump(store), _papers(store)

    _, undo = store.run_recorded(meetings.delete_meeting, meeting_id)
    after = _dump(store)
    assert len(paper) <= undo.size < 1.05 * len(paper)  # once, as bytes: not a hex literal of twice the size
    assert max(map(len, undo.statements)) < 10_000
    assert {"meeting", "agenda_item", "agenda_paper"} <= undo.tables
    assert _kept_in_temp(store) == 0  # the bytes live in the Change only

    redo = store.apply(undo)
    assert _papers(store) == papers_before
    assert _dump(store) == before
    assert redo.size < 10_000 and redo.tables == undo.tables  # re-deleting needs no bytes
    assert _kept_in_temp(store) == 0

    undo_again = store.apply(redo)
    assert _dump(store) == after
    assert len(paper) <= undo_again.size < 1.05 * len(paper)

    store.apply(undo_again)
    restored = [row for row in _papers(store) if row[2] == "Cyllideb.pdf"]
    assert restored[0][4] == paper and restored[0][7] == hashlib.sha256(paper).hexdigest()
    assert _papers(store) == papers_before
    assert _dump(store) == before


def test_removing_one_paper_then_undo_keeps_its_id_and_bytes(meeting_with_a_big_paper):
    store, _, paper = meeting_with_a_big_paper
    papers_before = _papers(store)
    big = next(row for row in papers_before if row[2] == "Cyllideb.pdf")
    _, undo = store.run_recorded(meetings.remove_paper, big[0])
    assert undo.tables == {"agenda_paper"}
    assert dict(undo.blobs) and list(dict(undo.blobs).values()) == [paper]
    store.apply(undo)
    assert _papers(store) == papers_before


def test_change_tables_name_what_was_written_and_the_inverse_says_the_same(demo_path):
    with open_store(demo_path) as store:
        with store.session() as session:
            target_id = session.scalars(select(Target.id).order_by(Target.id)).first()
        _, undo = store.run_recorded(actions.add_target, "Something")
        assert undo.tables == {"target"} and not undo.blobs
        assert undo.size == sum(map(len, undo.statements))
        redo = store.apply(undo)
        assert redo.tables == {"target"}

        _, undo = store.run_recorded(actions.delete_target, target_id)
        assert "target" in undo.tables
        assert store.apply(undo).tables == undo.tables

        _, nothing = store.run_recorded(actions.target_rows, dt.date(2026, 11, 24))
        assert not nothing and nothing.tables == frozenset() and nothing.size == 0


def test_every_byte_column_with_any_mix_of_values_comes_back(tmp_path):
    # Two byte columns and an untyped one: each blob is found by its own id within one row.
    path = tmp_path / "mixed.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, a BLOB, b TEXT, c, d BLOB NOT NULL)")
    rows = [(1, b"\x00a" * 1000, "text", b"c-bytes", b"d-bytes"),
            (2, None, "only d", 42, b"\xff" * 3000),
            (3, b"a only", None, "c text", "d as text"),
            (4, b"", "empty blob", 1.5, b"")]
    raw.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    raw.commit()
    raw.close()
    engine = make_engine(path)
    journal.install(engine)

    def dump() -> list[tuple]:
        with engine.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT id, a, typeof(a), b, c, typeof(c), d, typeof(d) FROM t ORDER BY id").fetchall()

    def recorded(statement: str) -> journal.Change:
        with Session(engine) as session, session.begin():
            journal.start(session)
            session.connection().exec_driver_sql(statement)
            return journal.finish(session)

    def apply(change: journal.Change) -> journal.Change:
        with Session(engine) as session, session.begin():
            return journal.replay(session, change)

    try:
        original = dump()
        for statement in ("DELETE FROM t", "UPDATE t SET b = 'changed', a = x'00', c = NULL, d = x'01'"):
            undo = recorded(statement)
            assert undo.tables == {"t"} and len(undo.blobs) == 7  # every blob value of the old rows, once
            assert not [sql for sql in undo.statements if "X'" in sql]
            changed = dump()
            redo = apply(undo)
            assert dump() == original
            undo_again = apply(redo)
            assert dump() == changed
            apply(undo_again)
            assert dump() == original
    finally:
        engine.dispose()
