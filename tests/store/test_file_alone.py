"""The .cdstore file alone holds every saved change: copied while the window has it open, after a crash,
or beside a stray -wal. Backups, "Save a copy", check and `compactdesk backup` work while it is open."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from compactdesk.services import members
from compactdesk.store import check_store, create_store, open_store
from compactdesk.store.backup import ON_DEMAND, make_backup, save_copy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kills a child with SIGKILL")


def people(path) -> list[str]:
    """The people in a store file read by itself: copied alone into a folder of its own first."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM person ORDER BY id")]
    finally:
        connection.close()


def copy_alone(path, folder):
    folder.mkdir(exist_ok=True)
    return shutil.copyfile(path, folder / path.name)


def test_a_copy_of_the_file_taken_while_the_store_is_open_has_every_change(tmp_path):
    path = tmp_path / "group.cdstore"
    with create_store(path) as store:
        names = [f"Aelod {number} Siân Llŷr" for number in range(20)]
        for name in names:
            store.run(members.add_person, name)
        # The window still has the store open: a secretary copies the file to a USB stick.
        copy = copy_alone(path, tmp_path / "stick")
        assert people(copy) == names
        assert check_store(copy).sound
        assert not path.with_name(path.name + "-wal").exists()
        assert not path.with_name(path.name + "-journal").exists()


CHILD = textwrap.dedent("""
    import sys
    from compactdesk.services import members
    from compactdesk.store import open_store
    store = open_store(sys.argv[1], daily_backup=False)
    for number in range(int(sys.argv[2])):
        store.run(members.add_person, f"Person {number}")
    print("saved", flush=True)
    sys.stdin.read()  # hold the store open until killed
""")


def _holder(path, count: int) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(count)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "saved"
    return child


def test_after_a_crash_the_file_alone_has_every_saved_change(tmp_path):
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    child = _holder(path, 15)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    # Whatever stands beside it is not needed: the file alone holds all 15.
    copy = copy_alone(path, tmp_path / "stick")
    assert people(copy) == [f"Person {number}" for number in range(15)]
    assert check_store(copy).sound


def test_a_store_left_in_wal_mode_with_changes_in_its_wal_is_folded_into_the_file_on_open(tmp_path):
    # A store last written by an earlier CompactDesk (WAL mode), which crashed with changes still in the -wal.
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    script = textwrap.dedent("""
        import os, sqlite3, sys
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA wal_autocheckpoint=0")
        for number in range(5):
            db.execute("INSERT INTO person(name, role, department, email, phone, address, notes, is_champion) "
                       "VALUES (?, '', '', '', '', '', '', 0)", (f"Old {number}",))
        os._exit(0)  # no checkpoint: the five rows are only in the -wal
    """)
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    with open_store(path, daily_backup=False) as store:
        assert len(store.run(members.list_people)) == 5
    assert not path.with_name(path.name + "-wal").exists()
    assert people(copy_alone(path, tmp_path / "stick")) == [f"Old {number}" for number in range(5)]


def test_backups_check_and_a_copy_work_while_another_process_has_the_store_open(tmp_path):
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    child = _holder(path, 12)
    try:
        report = check_store(path)
        assert report.sound
        made = make_backup(path, ON_DEMAND)
        assert len(people(made)) == 12
        copy = save_copy(path, tmp_path / "copy.cdstore")
        assert len(people(copy)) == 12
        elsewhere = tmp_path / "stick"
        elsewhere.mkdir()
        result = subprocess.run([sys.executable, "-m", "compactdesk", "backup", str(path), "--to", str(elsewhere)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        (backup,) = elsewhere.iterdir()
        assert len(people(backup)) == 12
        checked = subprocess.run([sys.executable, "-m", "compactdesk", "check", str(path)],
                                 capture_output=True, text=True, timeout=120)
        assert checked.returncode == 0 and "sound" in checked.stdout, checked.stderr
    finally:
        child.kill()
        child.wait()


def test_a_backup_never_blocks_the_window_for_long(tmp_path):
    """The window's next write waits for a backup's read (SQLite's shared lock), then goes through."""
    path = tmp_path / "group.cdstore"
    with create_store(path) as store:
        for number in range(50):
            store.run(members.add_person, f"Person {number}")
        started = time.monotonic()
        make_backup(path, ON_DEMAND)
        store.run(members.add_person, "After the backup")
        assert time.monotonic() - started < 10
        assert people(path)[-1] == "After the backup"


def test_a_stray_wal_left_beside_the_store_is_never_replayed_into_it(tmp_path):
    """A -wal copied in from elsewhere (or left by an old crash of another copy) cannot change the store."""
    path = tmp_path / "group.cdstore"
    with create_store(path) as store:
        store.run(members.add_person, "Siân Llŷr")
    other = tmp_path / "other" / path.name
    other.parent.mkdir()
    shutil.copyfile(path, other)
    script = textwrap.dedent("""
        import os, sqlite3, sys
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA wal_autocheckpoint=0")
        db.execute("UPDATE person SET name = 'Someone else'")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script, str(other)], check=True)
    shutil.copyfile(other.with_name(other.name + "-wal"), path.with_name(path.name + "-wal"))
    report = check_store(path)
    assert not report.sound and "does not belong to it" in report.problems[0]
    with open_store(path, daily_backup=False) as store:
        assert [person.name for person in store.run(members.list_people)] == ["Siân Llŷr"]
    assert check_store(path).sound
    assert not path.with_name(path.name + "-wal").exists()
    (kept,) = [entry for entry in (tmp_path / "group backups").iterdir() if "set aside" in entry.name]
    assert kept.read_bytes() == other.with_name(other.name + "-wal").read_bytes()  # set aside, not deleted
