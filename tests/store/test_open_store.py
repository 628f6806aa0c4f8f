"""Opening a store: what it refuses, and that a refusal changes nothing."""

import hashlib
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from compactdesk.services import members
from compactdesk.store import (
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreInUseError,
    StoreMissingError,
    check_store,
    create_store,
    open_store,
)


def fingerprint(folder):
    """Every file in the folder with its bytes' hash: a refusal must change none."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    return path


def test_new_store_has_the_pragmas_every_connection_needs(store_path):
    with open_store(store_path) as store, store.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_creating_leaves_only_the_store_behind(tmp_path):
    create_store(tmp_path / "group.cdstore").close()
    assert [p.name for p in tmp_path.iterdir()] == ["group.cdstore"]


def test_create_refuses_an_existing_file(store_path):
    before = fingerprint(store_path.parent)
    with pytest.raises(StoreError, match="already exists"):
        create_store(store_path)
    assert fingerprint(store_path.parent) == before


def test_another_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "accounts.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE ledger (amount INTEGER)")
    connection.execute("INSERT INTO ledger VALUES (42)")
    connection.commit()
    connection.close()
    before = fingerprint(tmp_path)
    with pytest.raises(NotAStoreError, match="another program") as error:
        open_store(path)
    assert "has not changed it" in str(error.value)
    assert fingerprint(tmp_path) == before


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "minutes.cdstore"
    path.write_text("Cofnodion y cyfarfod — not a database\n", encoding="utf-8")
    before = fingerprint(tmp_path)
    with pytest.raises(NotAStoreError, match="not a database file"):
        open_store(path)
    assert fingerprint(tmp_path) == before


def test_an_empty_file_is_refused_and_stays_empty(tmp_path):
    # SQLite would happily turn an empty file into a new database; we must not.
    path = tmp_path / "empty.cdstore"
    path.touch()
    with pytest.raises(NotAStoreError, match="empty"):
        open_store(path)
    assert path.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["empty.cdstore"]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(NotAStoreError, match="folder"):
        open_store(tmp_path)


def test_a_missing_store_says_so(tmp_path):
    with pytest.raises(StoreMissingError, match="no group file"):
        open_store(tmp_path / "nowhere.cdstore")


def _make_newer(path, *, header: bool):
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    if header:
        connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("header", [True, False], ids=["header says newer", "only the revision says newer"])
def test_a_store_from_a_newer_version_is_refused_untouched(store_path, header):
    _make_newer(store_path, header=header)
    before = fingerprint(store_path.parent)
    with pytest.raises(NewerStoreError, match="newer version") as error:
        open_store(store_path)
    assert "Install the newest CompactDesk" in str(error.value)
    assert fingerprint(store_path.parent) == before
    with pytest.raises(NewerStoreError):
        check_store(store_path)
    assert fingerprint(store_path.parent) == before


HOLDER = textwrap.dedent("""
    import sys
    from compactdesk.store import open_store
    store = open_store(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
""")


@pytest.fixture
def held_by_another_process(store_path):
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    yield process
    if process.poll() is None:
        process.communicate("\n", timeout=10)


def test_a_store_open_in_another_process_is_refused_untouched(store_path, held_by_another_process):
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    with pytest.raises(StoreInUseError) as error:
        open_store(store_path)
    message = str(error.value)
    assert "already open in another CompactDesk" in message
    assert f"process {held_by_another_process.pid}" in message
    assert "Close it there first" in message
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


def test_the_lock_goes_when_the_holder_is_killed(store_path, held_by_another_process):
    # A crash (here SIGKILL) must never leave a store locked for good.
    held_by_another_process.send_signal(signal.SIGKILL)
    held_by_another_process.wait(timeout=10)
    with open_store(store_path) as store:
        assert store.revision


def test_a_second_open_in_the_same_process_is_refused(store_path):
    with open_store(store_path):
        with pytest.raises(StoreInUseError):
            open_store(store_path)
    open_store(store_path).close()  # and the lock went with the close


def test_one_call_is_one_transaction_all_or_nothing(store_path):
    def add_two_then_fail(session):
        members.add_organisation(session, "Menter Iaith Môn", "vcs")
        members.add_organisation(session, "Cyngor Sir", "council")
        raise RuntimeError("power cut")

    with open_store(store_path) as store:
        with pytest.raises(RuntimeError):
            store.run(add_two_then_fail)
        assert store.run(members.list_organisations) == []
        store.run(members.add_organisation, "Menter Iaith Môn", "vcs")
    with open_store(store_path) as store:
        assert [o.name for o in store.run(members.list_organisations)] == ["Menter Iaith Môn"]


def test_check_reports_a_sound_store(store_path):
    report = check_store(store_path)
    assert report.sound and not report.needs_upgrade
    assert report.revision == report.head


def test_check_finds_damage(store_path):
    with open_store(store_path) as store:
        for number in range(300):
            store.run(members.add_organisation, f"Organisation {number} " + "x" * 200, "vcs")
    data = bytearray(store_path.read_bytes())
    page = 4096
    data[page * 3: page * 3 + 200] = b"\xa5" * 200
    store_path.write_bytes(bytes(data))
    report = check_store(store_path)
    assert not report.sound
