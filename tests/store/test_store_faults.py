"""Disk faults under an open store: full, read-only, gone. A clear error, nothing corrupted, and work goes on.

The tmpfs tests need root (mount); they skip where mounting is not allowed. Each has an
unprivileged companion that reaches the same code path through SQLite itself.
"""

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import event, text

from compactdesk.services import members
from compactdesk.store import StoreInUseError, StoreUnavailableError, check_store, create_store, open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file system behaviour")


def _mount_allowed() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


needs_mount = pytest.mark.skipif(not _mount_allowed(), reason="needs root to mount a tmpfs")


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True, timeout=30)


@contextlib.contextmanager
def tmpfs(folder, size: str):
    folder.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    except subprocess.CalledProcessError as error:
        pytest.skip(f"mount is not permitted here: {error.stderr.strip()}")
    try:
        yield folder
    finally:
        # Lazy, so a test that failed with the store still open cannot leave the mount behind.
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)


def rows(path, table="organisation"):
    """Rows of a table read straight from the file (and its WAL), not through the Store."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def integrity(path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def names(store):
    return [o.name for o in store.run(members.list_organisations)]


def write_until_refused(store, prefix, limit=200):
    """Adds organisations until the store refuses one; returns (how many went in, the refusal)."""
    for number in range(limit):
        try:
            store.run(members.add_organisation, f"{prefix} {number} " + "n" * 150, "vcs")
        except StoreUnavailableError as refusal:
            return number, refusal
    pytest.fail(f"{limit} writes went through; the disk never filled")


def fill(folder):
    filler = folder / "filler.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(handle, b"\xff" * size):
                    pass
    finally:
        os.close(handle)
    return filler


# --- Full ------------------------------------------------------------------------------------------------------

@needs_mount
def test_a_full_disk_refuses_the_write_keeps_the_rest_and_recovers(tmp_path):
    with tmpfs(tmp_path / "disk", "2m") as disk:
        path = disk / "group.cdstore"
        with create_store(path) as store:
            for number in range(20):
                store.run(members.add_organisation, f"Organisation {number}", "vcs")
            filler = fill(disk)
            went_in, refusal = write_until_refused(store, "After")
            assert refusal.kind == "full" and went_in < 5
            assert "is full" in str(refusal) and "group.cdstore" in str(refusal)
            assert isinstance(refusal.__cause__, Exception)
            assert rows(path) == 20 + went_in
            assert integrity(path) == "ok"
            filler.unlink()
            store.run(members.add_organisation, "Written once there was room", "vcs")  # the same open Store
        with open_store(path, daily_backup=False) as store:
            assert "Written once there was room" in names(store)
            assert len(names(store)) == 21 + went_in
        assert check_store(path).sound


def test_a_full_store_simulated_by_sqlite_page_limit_recovers(tmp_path):
    # Unprivileged: SQLite's max_page_count makes it fail with SQLITE_FULL exactly as a full disk does.
    path = tmp_path / "group.cdstore"
    limit = {"pages": None}
    with create_store(path) as store:
        @event.listens_for(store.engine, "connect")
        def _cap(dbapi_connection, _record):
            if limit["pages"]:
                dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

        store.run(members.add_organisation, "Before", "vcs")
        with store.session() as session:
            limit["pages"] = session.execute(text("PRAGMA page_count")).scalar()
        store.engine.dispose()
        went_in, refusal = write_until_refused(store, "Squeezed")
        assert refusal.kind == "full"
        assert rows(path) == 1 + went_in and integrity(path) == "ok"
        assert len(names(store)) == 1 + went_in  # reads still work
        limit["pages"] = None
        store.engine.dispose()
        store.run(members.add_organisation, "After", "vcs")
    with open_store(path, daily_backup=False) as store:
        assert len(names(store)) == 2 + went_in and "After" in names(store)


# --- Read-only -------------------------------------------------------------------------------------------------

@needs_mount
def test_a_store_on_a_read_only_disk_is_refused_untouched_and_opens_once_writable(tmp_path):
    with tmpfs(tmp_path / "stick", "4m") as stick:
        path = stick / "group.cdstore"
        with create_store(path) as store:
            store.run(members.add_organisation, "Menter Iaith", "vcs")
        before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in stick.iterdir()}
        _mount("-o", "remount,ro", str(stick))
        with pytest.raises(StoreUnavailableError) as refusal:
            open_store(path)
        assert refusal.value.kind == "read-only"
        assert "cannot be written to" in str(refusal.value) and "Nothing was changed" in str(refusal.value)
        assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in stick.iterdir()} == before
        _mount("-o", "remount,rw", str(stick))
        with open_store(path) as store:
            store.run(members.add_organisation, "Cyngor Sir", "council")
        assert rows(path) == 2 and integrity(path) == "ok"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only folder; the tmpfs test covers root")
def test_a_store_in_a_read_only_folder_is_refused_untouched(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "group.cdstore"
    create_store(path).close()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreUnavailableError) as refusal:
            open_store(path)
        assert refusal.value.kind == "read-only"
        assert sorted(p.name for p in folder.iterdir()) == ["group.cdstore"]
    finally:
        folder.chmod(0o755)
    open_store(path, daily_backup=False).close()


def test_writes_to_a_store_that_turned_read_only_are_refused_and_reads_go_on(tmp_path):
    # Linux will not remount a disk read-only while a file on it is open for writing, so an open
    # store meets "read-only" from SQLite (SQLITE_READONLY); query_only produces that same error.
    path = tmp_path / "group.cdstore"
    read_only = {"on": False}
    with create_store(path) as store:
        @event.listens_for(store.engine, "connect")
        def _ro(dbapi_connection, _record):
            if read_only["on"]:
                dbapi_connection.execute("PRAGMA query_only = 1")

        store.run(members.add_organisation, "Menter Iaith", "vcs")
        read_only["on"] = True
        store.engine.dispose()
        with pytest.raises(StoreUnavailableError) as refusal:
            store.run(members.add_organisation, "Cyngor Sir", "council")
        assert refusal.value.kind == "read-only" and "was not saved" in str(refusal.value)
        assert names(store) == ["Menter Iaith"]
        read_only["on"] = False
        store.engine.dispose()
        store.run(members.add_organisation, "Cyngor Sir", "council")
    assert rows(path) == 2 and integrity(path) == "ok"


# --- Gone --------------------------------------------------------------------------------------------------------

@pytest.fixture
def on_stick(tmp_path):
    """A store in its own folder (the "stick"), open, with two organisations."""
    path = tmp_path / "stick" / "group.cdstore"
    path.parent.mkdir()
    store = create_store(path)
    store.run(members.add_organisation, "Menter Iaith", "vcs")
    store.run(members.add_organisation, "Cyngor Sir", "council")
    yield store
    store.close()


def test_a_folder_that_disappears_refuses_writes_and_work_goes_on_when_it_is_back(on_stick, tmp_path):
    path, away = on_stick.path, tmp_path / "pulled out"
    on_stick.path.parent.rename(away)
    with pytest.raises(StoreUnavailableError) as refusal:
        on_stick.run(members.add_organisation, "Lost in the void", "vcs")
    assert refusal.value.kind == "gone"
    assert str(path) in str(refusal.value) and "Put it back" in str(refusal.value)
    assert rows(away / "group.cdstore") == 2  # nothing went into the orphaned file
    away.rename(path.parent)
    on_stick.run(members.add_organisation, "Written after it came back", "vcs")
    with pytest.raises(StoreInUseError):
        open_store(path)  # the lock came back with it
    on_stick.close()
    with open_store(path, daily_backup=False) as store:
        assert names(store) == ["Cyngor Sir", "Menter Iaith", "Written after it came back"]
    assert check_store(path).sound


def test_a_stick_put_back_as_new_files_is_taken_up_again_with_its_lock(on_stick, tmp_path):
    # A USB stick plugged in again gives its files new inodes; the store on it is still ours.
    path, away = on_stick.path, tmp_path / "old mount"
    path.parent.rename(away)
    shutil.copytree(away, path.parent, ignore=shutil.ignore_patterns("*-shm"))
    on_stick.run(members.add_organisation, "Written on the stick put back", "vcs")
    assert rows(path) == 3 and rows(away / "group.cdstore") == 2
    with pytest.raises(StoreInUseError):
        open_store(path)
    on_stick.close()
    with open_store(path, daily_backup=False) as store:
        assert "Written on the stick put back" in names(store)


def test_a_different_store_at_the_path_is_never_written(on_stick, tmp_path):
    path = on_stick.path
    path.parent.rename(tmp_path / "ours")
    path.parent.mkdir()
    create_store(path).close()  # another group's store under the same name
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreUnavailableError) as refusal:
        on_stick.run(members.add_organisation, "Not for strangers", "vcs")
    assert refusal.value.kind == "gone" and "not the group's file CompactDesk had open" in str(refusal.value)
    assert rows(path) == 0 and hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert rows(tmp_path / "ours" / "group.cdstore") == 2


def test_an_older_copy_of_the_same_store_is_not_taken_for_it(on_stick, tmp_path):
    path = on_stick.path
    older = tmp_path / "older.cdstore"
    shutil.copyfile(path, older)  # only the main file: the last writes are in the WAL, not in it
    on_stick.run(members.add_organisation, "Only in the newest", "vcs")
    path.parent.rename(tmp_path / "ours")
    path.parent.mkdir()
    shutil.copyfile(older, path)
    with pytest.raises(StoreUnavailableError, match="not the group's file"):
        on_stick.run(members.add_organisation, "Not into the old copy", "vcs")


@needs_mount
def test_a_disk_detached_under_an_open_store_says_gone_without_hanging(tmp_path):
    with tmpfs(tmp_path / "stick", "4m") as stick:
        path = stick / "group.cdstore"
        store = create_store(path)
        try:
            store.run(members.add_organisation, "Menter Iaith", "vcs")
            subprocess.run(["umount", "-l", str(stick)], check=True, timeout=30)
            with pytest.raises(StoreUnavailableError) as refusal:
                store.run(members.add_organisation, "Nowhere to go", "vcs")
            assert refusal.value.kind in ("gone", "io")
            with pytest.raises(StoreUnavailableError):
                names(store)
        finally:
            store.close()


@pytest.mark.parametrize("kind", ["read-only", "full", "gone", "io"])
def test_every_kind_names_the_store_and_says_what_to_do(tmp_path, kind):
    from compactdesk.store.errors import unavailable

    path = tmp_path / "Dyfnant.cdstore"
    for on_open in (False, True):
        error = unavailable(path, kind, on_open=on_open)
        assert error.kind == kind and error.path == path
        assert "Dyfnant.cdstore" in str(error) and "{" not in str(error)
        assert ("Nothing was changed" in str(error)) == on_open
    with pytest.raises(ValueError):
        unavailable(path, "sideways")
