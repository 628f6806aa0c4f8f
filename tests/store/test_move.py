"""Moving a group from its file to a shared server and back (store/move.py): every record and paper kept, each
step checked by counts and content here independently of the move's own check, and nothing left behind by a
move that fails or is refused."""

import hashlib
import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.services.attention import attention
from compactdesk.services.members import add_person, list_people
from compactdesk.services.search import MAX_PER_KIND, search
from compactdesk.store import move as moving
from compactdesk.store import open_store
from compactdesk.store.models import AgendaPaper, Base
from compactdesk.store.move import MoveError, move
from compactdesk.store.search_index import out_of_step
from compactdesk.store.server import make_engine, open_group

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from readback import paper_text  # noqa: E402


def file_engine(path):
    return create_engine(f"sqlite:///{path}")


def server_engine(address):
    return make_engine(address, address.group)


def everything(engine) -> dict[str, list[tuple]]:
    """Every table's rows, as the models read them, in the order of their keys."""
    found = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            at = [list(table.columns).index(column) for column in table.primary_key.columns]
            rows = [tuple(row) for row in connection.execute(select(*table.columns))]
            found[table.name] = sorted(rows, key=lambda row: repr([row[i] for i in at]))
    engine.dispose()
    return found


def papers(engine) -> dict[int, bytes]:
    table = AgendaPaper.__table__
    with engine.connect() as connection:
        found = dict(connection.execute(select(table.c.id, table.c.content)).all())
    engine.dispose()
    return found


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schemas(address) -> set[str]:
    engine = make_engine(address)
    with engine.connect() as connection:
        found = set(connection.execute(text("SELECT nspname FROM pg_namespace")).scalars())
    engine.dispose()
    return found


def test_a_group_moves_to_the_server_and_back_with_every_record_and_paper(demo_path, server_address, tmp_path):
    before = digest(demo_path)
    original = everything(file_engine(demo_path))
    steps = []
    to_server = move(demo_path, server_address, lambda done, total, words: steps.append((done, total)))
    assert to_server.address.group == "group_test" and to_server.path is None
    on_server = everything(server_engine(to_server.address))
    assert on_server == original  # every row of every table, value for value
    assert {table.table: table.rows for table in to_server.tables} == {name: len(rows) for name, rows in
                                                                        original.items()}
    assert to_server.records == sum(map(len, original.values())) > 700
    assert "Every record and paper was copied and checked" in to_server.text()
    assert str(demo_path) in to_server.old_copy_note() and "Put it away" in to_server.old_copy_note()
    assert steps[-1][0] == steps[-1][1] and all(a[0] <= b[0] for a, b in zip(steps, steps[1:]))
    assert digest(demo_path) == before  # the source is only read

    back = tmp_path / "back" / "Dyfnant again.cdstore"
    back.parent.mkdir()
    to_file = move(to_server.address, back)
    assert to_file.path == back and to_file.records == to_server.records
    assert everything(file_engine(back)) == original
    assert sorted(p.name for p in back.parent.iterdir()) == ["Dyfnant again.cdstore"]  # no temporary file left

    first = papers(file_engine(demo_path))
    assert len(first) == to_server.papers == to_file.papers == 3 and all(first.values())
    assert papers(server_engine(to_server.address)) == first == papers(file_engine(back))
    assert to_server.paper_bytes == sum(map(len, first.values()))
    # The same group everywhere: its id goes with it.
    assert original["store_identity"] == everything(file_engine(back))["store_identity"]


def test_the_moved_group_works_on_the_server_and_in_its_new_file(demo_path, server_address, tmp_path, today):
    moved = move(demo_path, server_address)
    back = tmp_path / "back.cdstore"
    move(moved.address, back)
    with open_store(demo_path, daily_backup=False) as store:
        wanted = store.run(attention, today)
        review_file = export(store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / "file.pdf", today, year=2025))[0]
    with open_group(moved.address) as store:
        on_server = store.run(attention, today)
        review_server = export(store, ExportRequest(Paper.ANNUAL_REVIEW, tmp_path / "server.pdf", today,
                                                    year=2025))[0]
        # The next record made on the server takes a new id: the sequences were set past the ids copied.
        highest = max(person.id for person in store.run(list_people))
        made = store.run(add_person, "Gwenllian Prydderch")
        assert made.id > highest
    assert [(item.area, item.title, item.detail) for item in on_server.items] == \
        [(item.area, item.title, item.detail) for item in wanted.items]
    assert len(wanted.items) > 10
    text_file = paper_text(review_file)
    assert "2025" in text_file and text_file == paper_text(review_server)
    with open_store(back, daily_backup=False) as store:
        assert [hit.title for group in store.run(search, "gritting ") for hit in group.hits]
        raw = store.engine.raw_connection()
        try:
            assert out_of_step(raw.driver_connection) == []  # the search index holds every moved record's words
        finally:
            raw.close()


@pytest.mark.skipif(importlib.util.find_spec("compactdesk.store.pg_search") is None,
                    reason="the server's search (store/pg_search.py) is not in this checkout yet")
def test_search_finds_the_same_on_both_sides(demo_path, server_address):
    moved = move(demo_path, server_address)
    for words in ("gritting ", "Rhodri", "consultation "):
        with open_store(demo_path, daily_backup=False) as store:
            here = {(group.kind, hit.title) for group in store.run(search, words, MAX_PER_KIND) for hit in group.hits}
        with open_group(moved.address) as store:
            there = {(group.kind, hit.title) for group in store.run(search, words, MAX_PER_KIND)
                     for hit in group.hits}
        assert here and here == there  # each engine ranks in its own way: the same records, whatever the order


def test_a_new_group_is_named_after_the_compact_when_the_address_names_none(demo_path, server_address):
    moved = move(demo_path, server_address.with_group(None))
    assert moved.address.group == "group_dyfnant_compact"
    assert moved.address.group in moved.destination
    assert everything(server_engine(moved.address)) == everything(file_engine(demo_path))


def _fail_after(monkeypatch, tables: int):
    real, done = moving.copy_table, []

    def copy_table(source, destination, table, tick):
        if len(done) == tables:
            raise OSError(5, "Input/output error")
        done.append(table.name)
        return real(source, destination, table, tick)
    monkeypatch.setattr(moving, "copy_table", copy_table)
    return done


def test_a_move_that_fails_midway_leaves_nothing_at_the_destination(demo_path, server_address, tmp_path,
                                                                    monkeypatch):
    done = _fail_after(monkeypatch, 12)
    target = tmp_path / "out" / "new.cdstore"
    target.parent.mkdir()
    with pytest.raises(MoveError, match="Nothing was written there"):
        move(demo_path, target)
    assert len(done) == 12 and list(target.parent.iterdir()) == []

    done.clear()
    with pytest.raises(OSError):
        move(demo_path, server_address.with_group("group_new"))
    assert "group_new" not in schemas(server_address)
    done.clear()
    with pytest.raises(OSError):
        move(demo_path, server_address)  # the empty group there already stays empty
    assert everything(server_engine(server_address))["meeting"] == []


def test_a_copy_that_does_not_check_out_is_not_kept(demo_path, server_address, tmp_path, monkeypatch):
    real = moving.fingerprint

    def fingerprint(connection, table):
        found = real(connection, table)
        return found if table.name != "agenda_paper" else type(found)(found.table, found.rows, "0" * 64)
    monkeypatch.setattr(moving, "fingerprint", fingerprint)
    with pytest.raises(MoveError, match="the content of agenda_paper differs"):
        move(demo_path, tmp_path / "new.cdstore")
    assert list(tmp_path.glob("*new.cdstore*")) == []
    with pytest.raises(MoveError, match="did not match"):
        move(demo_path, server_address.with_group("group_new"))
    assert "group_new" not in schemas(server_address)


def test_nothing_is_overwritten(demo_path, server_address, tmp_path):
    mine = tmp_path / "mine.cdstore"
    mine.write_bytes(b"the secretary's only copy")
    with pytest.raises(MoveError, match="will not overwrite"):
        move(demo_path, mine)
    assert mine.read_bytes() == b"the secretary's only copy"

    move(demo_path, server_address)
    kept = everything(server_engine(server_address))
    other = tmp_path / "other.cdstore"
    move(server_address, other)
    with open_store(other, daily_backup=False) as store:
        store.run(add_person, "Only in the other file")
    with pytest.raises(MoveError, match="already holds a group called group_test"):
        move(other, server_address)
    assert everything(server_engine(server_address)) == kept
    with pytest.raises(MoveError, match="already at"):
        move(server_address, server_address)


# Any text a person can type (Welsh, Polish, emoji, a tab or newline in a note) goes and comes back the same.
TYPED = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TYPED, notes=TYPED)
def test_any_text_goes_and_comes_back_the_same(demo_master, server_address, tmp_path_factory, name, notes):
    folder = tmp_path_factory.mktemp("typed")
    source = folder / "typed.cdstore"
    source.write_bytes(demo_master.read_bytes())
    with sqlite3.connect(source) as connection:
        connection.execute("UPDATE person SET name = ?, notes = ? WHERE id = 3", (name, notes))
    group = "group_" + hashlib.sha1((name + notes).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    moved = move(source, server_address.with_group(group))
    back = folder / "back.cdstore"
    move(moved.address, back)
    with sqlite3.connect(back) as connection:
        assert connection.execute("SELECT name, notes FROM person WHERE id = 3").fetchone() == (name, notes)


def test_a_group_on_the_server_is_copied_as_it_stood_at_one_moment(demo_path, server_address, tmp_path, monkeypatch):
    """Others keep working while the group is saved as a file: the file holds the group as it was when the copy
    began, whole, and the check is not upset by their change."""
    move(demo_path, server_address)
    people = len(everything(server_engine(server_address))["person"])
    real = moving.copy_table
    with open_group(server_address, person="Siân, at the next desk") as other:
        def copy_table(source, destination, table, tick):
            if table.name == "compact":  # copied before the people: one is added meanwhile, in another window
                other.run(add_person, "Arrived meanwhile")
            return real(source, destination, table, tick)
        monkeypatch.setattr(moving, "copy_table", copy_table)
        out = tmp_path / "then.cdstore"
        report = move(server_address, out)
    assert {table.table: table.rows for table in report.tables}["person"] == people
    with sqlite3.connect(out) as connection:
        names = {name for (name,) in connection.execute("SELECT name FROM person")}
    assert len(names) == people and "Arrived meanwhile" not in names
    assert len(everything(server_engine(server_address))["person"]) == people + 1


def test_an_older_group_file_is_brought_up_to_date_after_a_backup_before_it_moves(server_address, tmp_path):
    from compactdesk.store.backup import list_backups
    from compactdesk.store.open import create_store

    old = tmp_path / "old.cdstore"
    create_store(old, revision="0005").close()
    before = digest(old)
    moved = move(old, server_address)
    assert moved.records > 0
    (backup,) = list_backups(old)
    assert "upgrade" in backup.reason and backup.schema == 5
    assert digest(old) != before  # brought up to date, as opening it in the window would
    assert everything(server_engine(server_address)) == everything(file_engine(old))


def test_a_group_with_an_amount_beyond_21_million_pounds_moves_to_the_server_and_back(server_address, tmp_path):
    from compactdesk.services import funding, members, resources
    from compactdesk.store.open import create_store

    path = tmp_path / "big.cdstore"
    with create_store(path) as store:
        forum = store.run(members.add_organisation, "Fforwm", "vcs").id
        board = store.run(members.add_organisation, "NHS Board", "health").id
        store.run(funding.add_notice, forum, board, "2026-11-30", "2027-02-28", amount_pence="£25,000,000")
        store.run(resources.add_commitment, "budget", "Fund", funder_id=board, amount="£999,999,999.99")
    moved = move(path, server_address)
    assert everything(server_engine(moved.address)) == everything(file_engine(path))
    with open_group(moved.address) as store:
        assert [row.amount_pence for row in store.run(funding.notice_rows)] == [2_500_000_000]
    back = tmp_path / "back.cdstore"
    move(moved.address, back)
    assert everything(file_engine(back)) == everything(file_engine(path))
    assert everything(file_engine(back))["commitment"][0].count(99_999_999_999) == 1
