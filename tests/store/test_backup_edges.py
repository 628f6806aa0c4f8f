"""Backups at their edges: taken under a busy writer, and restores that must refuse and change nothing."""

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from compactdesk.store import NewerStoreError, StoreInUseError, create_store, open_store
from compactdesk.store.backup import backup_folder, make_backup, restore


def snapshot(store_path):
    """The bytes of every file beside the store and in its backup folder: a refusal must change none."""
    files = [p for p in store_path.parent.rglob("*") if p.is_file()]
    return {str(p.relative_to(store_path.parent)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def counts(path):
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("organisation", "person"))
    finally:
        connection.close()


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    return path


# Each commit adds an organisation and one person in it, so a consistent copy has as many of each.
WRITER = textwrap.dedent("""
    import sys
    from compactdesk.services import members
    from compactdesk.store import open_store

    def pair(session, number):
        organisation = members.add_organisation(session, f"Organisation {number}", "vcs")
        session.flush()
        members.add_person(session, f"Person {number}", organisation_id=organisation.id)

    with open_store(sys.argv[1], daily_backup=False) as store:
        number = 0
        while True:
            store.run(pair, number)
            number += 1
            print(number, flush=True)
            if number >= int(sys.argv[2]):
                break
""")


def test_a_backup_taken_while_another_process_writes_is_a_consistent_copy(store_path):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store_path), "100000"], stdout=subprocess.PIPE,
                              text=True)
    try:
        for _ in range(30):  # let it get going
            writer.stdout.readline()
        copies = []
        for _ in range(3):
            before = counts(store_path)[0]
            copy = make_backup(store_path, "on demand")
            after = counts(store_path)[0]
            copies.append((before, counts(copy), after, copy))
    finally:
        writer.kill()
        writer.wait(timeout=10)
    for before, (organisations, people), after, copy in copies:
        assert organisations == people, "the copy holds half a transaction"
        assert before <= organisations <= after
        connection = sqlite3.connect(copy)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            connection.close()
    assert copies[-1][2] > copies[0][0], "the writer never wrote during the backups"


@pytest.mark.parametrize("header", [True, False], ids=["header and revision newer", "only the revision newer"])
def test_restore_refuses_a_backup_from_a_newer_schema_and_changes_nothing(store_path, tmp_path, header):
    with open_store(store_path) as store:
        from compactdesk.services import members

        store.run(members.add_organisation, "Menter Iaith", "vcs")
    backup = make_backup(store_path, "on demand", to=tmp_path / "elsewhere")
    connection = sqlite3.connect(backup)
    connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    if header:
        connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    before = snapshot(store_path)
    with pytest.raises(NewerStoreError, match="newer version"):
        restore(store_path, backup)
    assert snapshot(store_path) == before
    assert counts(store_path) == (1, 0)


HOLDER = textwrap.dedent("""
    import sys
    from compactdesk.store import open_store
    store = open_store(sys.argv[1], daily_backup=False)
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
""")


def test_restore_refuses_a_store_open_in_another_process_and_changes_nothing(store_path, tmp_path):
    backup = make_backup(store_path, "on demand", to=tmp_path / "elsewhere")
    with open_store(store_path, daily_backup=False) as store:
        from compactdesk.services import members

        store.run(members.add_organisation, "Written after the backup", "vcs")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = snapshot(store_path)
        with pytest.raises(StoreInUseError, match="already open in another CompactDesk"):
            restore(store_path, backup)
        assert snapshot(store_path) == before
        assert not backup_folder(store_path).exists()  # not even a "before restore" copy
    finally:
        holder.communicate("\n", timeout=10)
    assert counts(store_path) == (1, 0)


def test_backups_made_in_the_same_second_are_all_kept_as_made(store_path):
    # The rotation keeps the newest of a day; a name freed by it was reused and sorted as older,
    # so the copy just made was deleted at once and make_backup returned a path to nothing.
    import datetime as dt

    now = dt.datetime(2026, 11, 24, 9, 30, 12)
    for _ in range(4):
        copy = make_backup(store_path, "daily", now=now)  # daily copies are thinned out; those by hand are not
        assert copy.exists()
        assert [p.name for p in backup_folder(store_path).iterdir()] == [copy.name]


def test_a_backup_made_earlier_the_same_day_can_be_restored(store_path):
    # The copy made before a restore is the day's newest: thinning out before the restore would
    # delete the very backup being restored, leaving the store untouched and the user refused.
    import datetime as dt

    from compactdesk.services import members

    morning = make_backup(store_path, "daily", now=dt.datetime(2026, 11, 24, 9, 0))
    with open_store(store_path, daily_backup=False) as store:
        store.run(members.add_organisation, "Added after the backup", "vcs")
    safety = restore(store_path, morning, now=dt.datetime(2026, 11, 24, 9, 30))
    assert counts(store_path)[0] == counts(safety)[0] - 1
    with sqlite3.connect(store_path) as db:
        assert db.execute("SELECT count(*) FROM organisation WHERE name = 'Added after the backup'").fetchone() == (0,)
    db.close()
    with sqlite3.connect(safety) as db:
        assert db.execute("SELECT count(*) FROM organisation WHERE name = 'Added after the backup'").fetchone() == (1,)
    db.close()
