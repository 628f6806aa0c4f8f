"""Revision 0006: the search index, made for new stores, back-filled for old ones, kept in step by triggers."""

import sqlite3

from sqlalchemy import text

from compactdesk.services import members
from compactdesk.store import create_store, open_store
from compactdesk.store.migrate import head_revision
from compactdesk.store.models import Base
from compactdesk.store.search_index import index_tables, indexes, out_of_step

# Rows as the first revision's schema holds them (revision 0003 adds the codes the target's code_id names).
FIRST_REVISION_ROWS = """
INSERT INTO organisation (id, name, sector, notes) VALUES (1, 'Cyngor Sir Ynys Môn', 'council', '');
INSERT INTO person (id, name, role, organisation_id, department, email, phone, address, is_champion, notes)
    VALUES (1, 'Llŷr Evans', 'Highways manager', 1, 'Highways', '', '', '', 1, '');
INSERT INTO meeting (id, kind, starts_at, venue, status, notes)
    VALUES (1, 'liaison', '2026-09-15 10:00:00.000000', 'Llangefni', 'minutes_drafted', 'Gwenllïan in the chair');
INSERT INTO agenda_item (id, meeting_id, position, title, standing, presenter, description, minutes, decisions)
    VALUES (1, 1, 0, 'Gritting routes', NULL, 'Llŷr Evans', '', 'Discussed the rural routes.', 'Reply in writing.');
INSERT INTO target (id, title, measure, code_id, partner_id, lead_id, start_on, deadline, meeting_id, item_id,
                    drop_reason)
    VALUES (1, 'Grit the community transport routes', '', NULL, 1, 1, '2026-09-15', '2026-10-31', 1, 1, '');
INSERT INTO target_progress (target_id, "on", note) VALUES (1, '2026-10-01', 'Routes mapped');
INSERT INTO feedback (issue, detail, meeting_id, item_id, officer_id, department, ask, raised_on, by_next_meeting,
                      answer_summary)
    VALUES ('Gritting of rural routes', '', 1, 1, 1, 'Highways', 'written_reply', '2026-09-15', 0, '');
"""
INDEXED = {"meeting", "agenda_item", "target", "target_progress", "feedback", "person", "organisation",
           "code_of_practice", "code_review", "consultation", "dispute", "dispute_step"}


def _raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _found(connection, index: str, query: str) -> list[int]:
    return [rowid for (rowid,) in connection.execute(
        f"SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid", (query,))]


def test_a_new_store_has_an_index_and_three_triggers_for_each_indexed_table(tmp_path):
    create_store(tmp_path / "new.cdstore").close()
    connection = _raw(tmp_path / "new.cdstore")
    try:
        assert set(indexes(connection)) == {f"search_{table}" for table in INDEXED}
        triggers = {(name, table) for name, table in connection.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")}
        for table in INDEXED:
            for event in ("insert", "update", "delete"):
                assert (f"search_{table}_{event}", table) in triggers
        # Every index table is derived: none is a table of records.
        assert not index_tables(connection) & set(Base.metadata.tables)
        # The newest revision's number (as in the header of the file).
        assert connection.execute("PRAGMA user_version").fetchone() == (int(head_revision()),)
    finally:
        connection.close()


def test_a_store_of_the_first_revision_upgrades_with_everything_it_holds_indexed(tmp_path):
    path = tmp_path / "old.cdstore"
    with create_store(path, revision="0001") as old:
        raw = old.engine.raw_connection()
        raw.executescript("BEGIN;" + FIRST_REVISION_ROWS + "COMMIT;")
        raw.close()
    with open_store(path) as store:
        assert store.upgrade_backup is not None
    connection = _raw(path)
    try:
        assert out_of_step(connection) == []
        # Diacritics folded both ways: "Llyr" finds "Llŷr", "Gwenllian" finds "Gwenllïan".
        assert _found(connection, "search_person", '"llyr"') == [1]
        assert _found(connection, "search_agenda_item", '"Llyr" "rural"') == [1]
        assert _found(connection, "search_meeting", '"gwenllian"') == [1]
        assert _found(connection, "search_target", '"community transport"') == [1]
        assert _found(connection, "search_target_progress", '"mapped"') == [1]
        assert _found(connection, "search_feedback", '"grit"*') == [1]
        assert _found(connection, "search_organisation", '"mon"') == [1]
    finally:
        connection.close()


def test_a_store_of_revision_0005_upgrades_and_its_index_then_follows_every_change(tmp_path):
    path = tmp_path / "old.cdstore"
    with create_store(path, revision="0005") as old:
        old.run(members.add_organisation, "Cymdeithas Tai Llŷn", "vcs")
    with open_store(path) as store:
        (org_id,) = store.run(lambda s: s.execute(text("SELECT id FROM organisation")).scalars().all())
        store.run(lambda s: s.execute(text("UPDATE organisation SET name = 'Menter Môn' WHERE id = :id"),
                                      {"id": org_id}))
        connection = _raw(path)
        try:
            assert _found(connection, "search_organisation", '"llyn"') == []
            assert _found(connection, "search_organisation", '"menter" "mon"') == [org_id]
        finally:
            connection.close()
        store.run(lambda s: s.execute(text("DELETE FROM organisation")))
    connection = _raw(path)
    try:
        assert _found(connection, "search_organisation", '"menter"') == []
        assert out_of_step(connection) == []
    finally:
        connection.close()


def test_an_edit_names_only_tables_of_records_as_touched(tmp_path):
    # The window refreshes the pages that show the tables an edit touched (gui/areas.py): the index's own
    # tables, written by its triggers, are never among them.
    with create_store(tmp_path / "new.cdstore") as store:
        _, change = store.run_recorded(members.add_organisation, "Llanfair Community Transport", "vcs")
        assert change.tables == {"organisation"}
        store.apply(change)
        connection = _raw(store.path)
        try:
            assert _found(connection, "search_organisation", '"transport"') == []
            assert out_of_step(connection) == []
        finally:
            connection.close()


def test_a_replaced_name_leaves_the_index_once_free_pages_are_cleared(tmp_path):
    # FTS5 marks a word deleted beside it until its segments merge: an erased name must not wait for that.
    with create_store(tmp_path / "new.cdstore") as store:
        person = store.run(members.add_person, "Łucja Kowalczyk")
        for n in range(3):  # several segments, as a store used for a while has
            store.run(members.add_organisation, f"Grŵp {n}", "vcs")
        store.run(lambda s: s.execute(text("UPDATE person SET name = 'Former member' WHERE id = :id"),
                                      {"id": person.id}))
        store.clear_free_pages()
        connection = _raw(store.path)
        try:
            assert _found(connection, "search_person", '"former" "member"') == [person.id]
        finally:
            connection.close()
    raw = (tmp_path / "new.cdstore").read_bytes()  # the index keeps words folded: "lucja", not "Łucja"
    for word in (b"lucja", b"kowalczyk"):
        assert word not in raw.lower(), word


def test_an_index_out_of_step_with_its_table_is_found(tmp_path):
    # What the journal tests rely on: a write the triggers did not see is caught.
    with create_store(tmp_path / "new.cdstore") as store:
        store.run(members.add_organisation, "Menter Môn", "vcs")
    connection = sqlite3.connect(tmp_path / "new.cdstore")
    try:
        assert out_of_step(connection) == []
        connection.execute('DROP TRIGGER "search_organisation_update"')
        connection.execute("UPDATE organisation SET name = 'Menter Iaith'")
        connection.commit()
        assert out_of_step(connection) == ["search_organisation"]
    finally:
        connection.close()


class _Reporting:
    """A connection whose integrity_check and quick_check report `rows`, as SQLite 3.44+ does for a broken index."""

    def __init__(self, connection, rows: list[str]):
        self._connection, self._rows = connection, rows

    def execute(self, sql, *args):
        if sql.startswith(("PRAGMA integrity_check", "PRAGMA quick_check")):
            return iter([(row,) for row in self._rows])
        return self._connection.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._connection, name)


def _broken_person_index(tmp_path):
    """A store whose person index has lost its segments (FTS5's own check fails): "Llŷr" is no longer found."""
    path = tmp_path / "broken.cdstore"
    with create_store(path) as store:
        store.run(members.add_person, "Llŷr Evans", role="Highways manager")
    connection = sqlite3.connect(path)
    try:
        connection.execute("DELETE FROM search_person_data WHERE id > 10")  # 1 and 10 are its structure, averages
        connection.commit()
        assert out_of_step(connection) == ["search_person"]
    finally:
        connection.close()
    return path


def _finds_llyr(store) -> bool:
    from compactdesk.services.search import Kind, search

    return any(group.kind is Kind.PEOPLE for group in store.run(search, "Llyr"))


def test_problems_naming_only_a_search_index_are_not_damage_but_an_index_to_rebuild(tmp_path):
    from compactdesk.store.damage import problems_in

    path = tmp_path / "new.cdstore"
    create_store(path).close()
    connection = sqlite3.connect(path)
    try:
        index_only = ["malformed inverted index for FTS5 table main.search_person",
                      "Tree 12 page 40 cell 3: invalid page number in search_feedback_data"]
        stale: list[str] = []
        assert problems_in(path, _Reporting(connection, index_only), rebuild=stale) == []
        assert stale == ["search_feedback", "search_person"]
        mixed = index_only + ["Tree 5 page 9 cell 0: 2nd reference to page 31"]  # names no table: the file's own
        stale = []
        assert problems_in(path, _Reporting(connection, mixed), rebuild=stale) == mixed
        assert stale == []
    finally:
        connection.close()


def test_a_search_index_reported_broken_on_open_is_rebuilt_and_the_store_opens(tmp_path, monkeypatch, capsys):
    from compactdesk import cli
    from compactdesk.store import check_store, damage

    path = _broken_person_index(tmp_path)
    real = damage.structure_problems
    rows = ["malformed inverted index for FTS5 table main.search_person"]
    monkeypatch.setattr(damage, "structure_problems",
                        lambda connection, **options: real(_Reporting(connection, rows), **options))
    report = check_store(path)
    assert report.sound and report.stale_indexes == ("search_person",)
    assert cli.main(["check", str(path)]) == 0
    said = capsys.readouterr().out
    assert "Integrity: sound." in said and "search index is out of step" in said
    with open_store(path, daily_backup=False) as store:  # quick_check's findings: rebuilt, not damage
        assert _finds_llyr(store)
    monkeypatch.undo()
    connection = sqlite3.connect(path)
    try:
        assert out_of_step(connection) == []
    finally:
        connection.close()


def test_a_broken_search_index_is_found_and_rebuilt_by_the_day_s_first_open(tmp_path):
    # SQLite before 3.44 leaves FTS5 indexes out of integrity_check: the daily check asks FTS5 itself.
    from compactdesk.store import check_store

    path = _broken_person_index(tmp_path)
    with open_store(path) as store:
        assert store.daily_backup is not None and store.backup_problem is None
        assert _finds_llyr(store)
    assert check_store(path).sound
    connection = sqlite3.connect(path)
    try:
        assert out_of_step(connection) == []
    finally:
        connection.close()
