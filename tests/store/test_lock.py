"""The lock follows the store file, not its name: symlinks, symlinked folders and hard links meet it."""

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from compactdesk.store import StoreInUseError, create_store, open_store
from compactdesk.store import lock as lock_module
from compactdesk.store.lock import LockHeld, StoreLock, lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and signals")
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hard links meet the lock only on Linux")

HOLDER = textwrap.dedent("""
    import sys
    from compactdesk.store import open_store
    store = open_store(sys.argv[1], daily_backup=False)
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
""")

OPENER = textwrap.dedent("""
    import sys
    from compactdesk.store import StoreInUseError, open_store
    try:
        open_store(sys.argv[1], daily_backup=False).close()
    except StoreInUseError as refusal:
        print("refused:", refusal)
    else:
        print("opened")
""")


@pytest.fixture(params=["on the store", "on a side file"])
def either_way(request, monkeypatch):
    """Both ways of locking: the store itself (Linux), and the side file (macOS, BSD, and Linux's fallback)."""
    if request.param == "on the store" and not lock_module._OFD:
        pytest.skip("no OFD locks here")
    if request.param == "on a side file":
        monkeypatch.setattr(lock_module, "_OFD", False)
    return request.param


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    return path


@pytest.fixture
def symlink(store_path, tmp_path):
    link = tmp_path / "shortcut.cdstore"
    link.symlink_to(store_path)
    return link


@pytest.fixture
def hard_link(store_path, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "same-store.cdstore"
    os.link(store_path, link)
    return link


@pytest.fixture
def holder():
    """Starts a CompactDesk holding the store at a path; yields the process."""
    started = []

    def start(path):
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout.readline().strip() == "open"
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.communicate("\n", timeout=10)


def try_in_another_process(path) -> str:
    return subprocess.run([sys.executable, "-c", OPENER, str(path)], capture_output=True, text=True,
                          timeout=60, check=True).stdout.strip()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- Symlinks ------------------------------------------------------------------------------------------------------

def test_a_symlink_to_an_open_store_is_refused_in_the_same_process(store_path, symlink, either_way):
    with open_store(store_path, daily_backup=False):
        with pytest.raises(StoreInUseError, match=f"process {os.getpid()}"):
            open_store(symlink, daily_backup=False)
    with open_store(symlink, daily_backup=False):  # and the other way round
        with pytest.raises(StoreInUseError, match=f"process {os.getpid()}"):
            open_store(store_path, daily_backup=False)


def test_another_process_opening_a_symlink_is_refused_and_changes_nothing(store_path, symlink):
    with open_store(store_path, daily_backup=False):
        before = digest(store_path)
        answer = try_in_another_process(symlink)
        assert answer.startswith("refused:") and "already open in another CompactDesk" in answer
        assert f"process {os.getpid()}" in answer
        assert digest(store_path) == before


def test_a_store_held_through_a_symlink_is_refused_by_its_real_name(store_path, symlink, holder):
    process = holder(symlink)
    with pytest.raises(StoreInUseError, match=f"process {process.pid}"):
        open_store(store_path, daily_backup=False)


def test_a_path_through_a_symlinked_folder_meets_the_lock(tmp_path):
    real = tmp_path / "Documents"
    real.mkdir()
    path = real / "group.cdstore"
    create_store(path).close()
    (tmp_path / "Desktop shortcut").symlink_to(real, target_is_directory=True)
    through = tmp_path / "Desktop shortcut" / "group.cdstore"
    with open_store(through, daily_backup=False):
        with pytest.raises(StoreInUseError, match=f"process {os.getpid()}"):
            open_store(path, daily_backup=False)
        answer = try_in_another_process(path)
        assert answer.startswith("refused:") and f"process {os.getpid()}" in answer
        assert lock_path(path).exists()  # the note sits beside the real file, not in the link's folder
    assert sorted(p.name for p in real.iterdir()) == ["group.cdstore"]


# --- Hard links ----------------------------------------------------------------------------------------------------

@linux
def test_a_hard_link_in_another_folder_is_refused_at_once(store_path, hard_link):
    with open_store(store_path, daily_backup=False):
        with pytest.raises(StoreInUseError, match="already open in another CompactDesk"):
            open_store(hard_link, daily_backup=False)
        before = digest(store_path)
        answer = try_in_another_process(hard_link)
        # Refused on open, not later with a misleading message; who holds it is not known there.
        assert answer.startswith("refused:") and "already open in another CompactDesk" in answer
        assert digest(store_path) == before
    assert sorted(p.name for p in hard_link.parent.iterdir()) == [hard_link.name]  # no note left there


@linux
def test_a_store_held_through_a_hard_link_is_refused_by_its_other_name(store_path, hard_link, holder):
    holder(hard_link)
    with pytest.raises(StoreInUseError, match="already open in another CompactDesk"):
        open_store(store_path, daily_backup=False)


@linux
def test_a_stale_note_about_another_file_does_not_name_the_holder(store_path, hard_link):
    # A note left beside the hard link by a killed holder of some other file names nobody now.
    lock_path(hard_link).write_text(json.dumps({"pid": 999999, "host": "elsewhere", "inode": 1}))
    with open_store(store_path, daily_backup=False):
        answer = try_in_another_process(hard_link)
    assert answer.startswith("refused:") and "999999" not in answer and "elsewhere" not in answer


# --- Released ------------------------------------------------------------------------------------------------------

def test_the_lock_goes_on_close_and_leaves_nothing_behind(store_path, symlink):
    open_store(symlink, daily_backup=False).close()
    with open_store(store_path, daily_backup=False):
        pass
    assert try_in_another_process(symlink) == "opened"
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["group.cdstore", "shortcut.cdstore"]


def test_the_lock_goes_when_a_holder_through_a_symlink_is_killed(store_path, symlink, holder):
    process = holder(symlink)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    with open_store(store_path, daily_backup=False) as store:
        assert store.revision
    assert not lock_path(store_path).exists()  # the killed holder's note was taken over, then tidied


def test_the_lock_does_not_touch_the_store(store_path, either_way):
    size, before = store_path.stat().st_size, digest(store_path)
    lock = StoreLock(store_path)
    lock.acquire()
    try:
        assert store_path.stat().st_size == size and digest(store_path) == before
    finally:
        lock.release()
    assert digest(store_path) == before


# --- Put back, replaced --------------------------------------------------------------------------------------------

@linux
def test_a_store_put_back_as_a_new_file_is_lost_and_retaken(store_path, tmp_path):
    lock = StoreLock(store_path)
    lock.acquire()
    try:
        assert lock.held and not lock.lost
        away = tmp_path / "away.cdstore"
        store_path.rename(away)
        shutil.copyfile(away, store_path)  # a new inode at the same path
        assert lock.lost
        lock.retake()
        assert lock.held and not lock.lost
        with pytest.raises(LockHeld) as held:
            StoreLock(store_path).acquire()
        assert held.value.holder["pid"] == os.getpid()
        other = StoreLock(away)  # the old file's lock went with the retake
        other.acquire()
        other.release()
    finally:
        lock.release()
    assert not lock.held and not lock_path(store_path).exists()


def test_a_stick_put_back_with_new_files_is_lost_and_retaken(tmp_path, either_way):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "group.cdstore"
    create_store(path).close()
    lock = StoreLock(path)
    lock.acquire()
    try:
        away = tmp_path / "old mount"
        stick.rename(away)
        shutil.copytree(away, stick)  # the same files, all of them new inodes
        assert lock.lost
        lock.retake()
        assert not lock.lost
        with pytest.raises(LockHeld) as held:
            StoreLock(path).acquire()
        assert held.value.holder["pid"] == os.getpid()
        other = StoreLock(away / "group.cdstore")  # the old files' lock went with the retake
        other.acquire()
        other.release()
    finally:
        lock.release()
    assert sorted(p.name for p in stick.iterdir()) == ["group.cdstore"]


@linux
def test_release_never_deletes_the_note_of_whoever_locks_the_file_there_now(store_path, tmp_path):
    # A restore replaces the store while its lock is held; someone may lock the new file before
    # the old lock is released. Releasing the old one must leave the new holder's note.
    old = StoreLock(store_path)
    old.acquire()
    replacement = tmp_path / "replacement.cdstore"
    shutil.copyfile(store_path, replacement)
    os.replace(replacement, store_path)
    assert old.lost
    new = StoreLock(store_path)
    new.acquire()
    try:
        old.release()
        assert lock_path(store_path).exists()
        answer = try_in_another_process(store_path)
        assert answer.startswith("refused:") and f"process {os.getpid()}" in answer
    finally:
        new.release()
    assert not lock_path(store_path).exists()


def test_a_store_not_there_yet_can_still_be_locked(tmp_path, either_way):
    # A restore into a folder whose store was deleted takes the lock before the file exists.
    path = tmp_path / "gone.cdstore"
    lock = StoreLock(path)
    lock.acquire()
    try:
        with pytest.raises(LockHeld):
            StoreLock(path).acquire()
    finally:
        lock.release()
    assert list(tmp_path.iterdir()) == []


# --- Living with SQLite ----------------------------------------------------------------------------------------------

def _posix_locks(path) -> list[str]:
    inode = os.stat(path).st_ino
    with open("/proc/locks") as table:
        return [line for line in table if f":{inode} " in line and "POSIX" in line]


@linux
def test_a_refused_second_lock_leaves_sqlites_own_locks_alone(store_path, symlink):
    # Closing any descriptor of a file drops the process's fcntl locks on it, SQLite's included;
    # a refusal in the same process must not close one on a store it has open.
    connection = sqlite3.connect(store_path, isolation_level=None)
    lock = StoreLock(store_path)
    lock.acquire()
    try:
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a read: SQLite's shared lock
        before = _posix_locks(store_path)
        assert before
        for path in (store_path, symlink):
            with pytest.raises(LockHeld):
                StoreLock(path).acquire()
        assert _posix_locks(store_path) == before
    finally:
        connection.close()
        lock.release()


def test_the_lock_outlives_sqlite_closing_its_own_descriptors(store_path, symlink):
    lock = StoreLock(store_path)
    lock.acquire()
    try:
        for _ in range(3):
            connection = sqlite3.connect(store_path)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.close()
        assert try_in_another_process(symlink).startswith("refused:")
    finally:
        lock.release()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may open a read-only file for writing")
def test_a_read_only_store_file_raises_os_error(store_path):
    store_path.chmod(0o444)
    try:
        with pytest.raises(OSError) as error:
            StoreLock(store_path).acquire()
        assert not isinstance(error.value, LockHeld)
    finally:
        store_path.chmod(0o644)
