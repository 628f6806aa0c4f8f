"""Backups: made checked and whole, thinned out by rule, listed, and restored."""

import datetime as dt
import sqlite3

import pytest

from compactdesk.store import StoreError, create_store, open_store
from compactdesk.store import backup as backups
from compactdesk.store.backup import backup_folder, list_backups, make_backup, restore


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "group.cdstore"
    create_store(path).close()
    return path


def count(path, table):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_daily_backup_is_made_once_a_day(store_path):
    open_store(store_path).close()
    open_store(store_path).close()
    names = [p.name for p in backup_folder(store_path).iterdir()]
    assert len(names) == 1 and names[0].endswith(" daily.cdstore")


def test_a_failed_check_deletes_the_copy_and_says_what_to_do(store_path, monkeypatch):
    monkeypatch.setattr(backups, "_integrity", lambda connection, path: "page 3 is never used")
    with pytest.raises(StoreError, match="The group's file itself is sound"):
        make_backup(store_path, "on demand")
    assert list(backup_folder(store_path).iterdir()) == []


def test_list_backups_counts_equal_sql_counts(demo_path):
    copy = make_backup(demo_path, "on demand")
    (info,) = list_backups(demo_path)
    assert info.path == copy and info.sound and info.reason == "on demand"
    assert (info.meetings, info.targets, info.feedback) == (
        count(demo_path, "meeting"), count(demo_path, "target"), count(demo_path, "feedback"))


def test_restore_round_trip(demo_path):
    before = count(demo_path, "feedback")
    copy = make_backup(demo_path, "on demand", now=dt.datetime(2026, 11, 1, 9, 30))
    connection = sqlite3.connect(demo_path)
    connection.execute("DELETE FROM feedback")
    connection.commit()
    connection.close()
    safety = restore(demo_path, copy)
    assert count(demo_path, "feedback") == before
    assert count(safety, "feedback") == 0
    open_store(demo_path).close()


def test_restore_refuses_a_garbage_file(store_path, tmp_path):
    garbage = tmp_path / "garbage.cdstore"
    garbage.write_bytes(b"not a store at all" * 20)
    with pytest.raises(StoreError):
        restore(store_path, garbage)


def test_a_backup_that_cannot_be_written_never_stops_the_store_opening(store_path):
    backup_folder(store_path).write_text("a file where the backup folder should be")
    with open_store(store_path) as store:
        assert store.daily_backup is None and store.backup_problem


from hypothesis import given, settings
from hypothesis import strategies as st

NOW = dt.datetime(2026, 11, 24, 12, 0)
stamps = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=NOW)
reasons = st.sampled_from(["daily", "on demand", "before upgrade to schema 4", "before restore"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(stamps, reasons), max_size=60))
def test_rotation_keeps_exactly_the_rule(raw):
    from pathlib import Path

    items = [(Path(f"b{i}"), when, reason) for i, (when, reason) in enumerate(raw)]
    keep = backups.backups_to_keep(items, NOW)

    def newest_in(period_of, count, item):
        same = [o for o in items if period_of(o[1]) == period_of(item[1])]
        if max(same, key=lambda o: (o[1], o[0].name)) is not item:
            return False
        return len({period_of(o[1]) for o in items if period_of(o[1]) > period_of(item[1])}) < count

    for item in items:
        expected = (newest_in(lambda w: w.date(), 7, item)
                    or newest_in(lambda w: tuple(w.isocalendar())[:2], 4, item)
                    or newest_in(lambda w: (w.year, w.month), 12, item)
                    or (item[2].startswith(("before upgrade", "before restore", "on demand"))
                        and item[1] >= NOW - dt.timedelta(days=30)))
        assert (item[0] in keep) == expected
    safety = sum(1 for p, w, r in items if r != "daily" and w >= NOW - dt.timedelta(days=30))
    assert len(keep) <= 7 + 4 + 12 + safety
    if items:
        assert max(items, key=lambda o: (o[1], o[0].name))[0] in keep
