"""The command line's smaller faults (issue 14): each a message a person can act on, never exit 70."""

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from test_store_faults import _mount, needs_mount, tmpfs


def compactdesk(*args, stdin=subprocess.DEVNULL, env=None):
    return subprocess.run([sys.executable, "-m", "compactdesk", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ, PYTHONIOENCODING="utf-8", **(env or {})),
                          stdin=stdin, timeout=120)


def plain(result, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert "WARNING" not in result.stderr and "compactdesk:backup" not in result.stderr
    return result.stderr


def test_a_day_outside_the_years_kept_is_refused_in_words(demo_path):
    refused = plain(compactdesk("attention", demo_path, "--today", "9999-12-31"), 2)
    assert "outside the years CompactDesk keeps" in refused


def test_a_demo_that_cannot_be_built_leaves_no_file(tmp_path):
    target = tmp_path / "demo.cdstore"
    plain(compactdesk("demo", target, "--today", "1899-12-31"), 2)
    assert list(tmp_path.iterdir()) == []


def test_backup_to_a_file_says_it_is_a_file(demo_path, tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("not a folder")
    assert "is a file, not a folder" in plain(compactdesk("backup", demo_path, "--to", file), 2)


def test_restoring_another_groups_backup_asks_first(demo_path, tmp_path):
    other = tmp_path / "other" / "Another group.cdstore"
    other.parent.mkdir()
    assert compactdesk("demo", other).returncode == 0
    with sqlite3.connect(other) as db:
        db.execute("UPDATE compact SET name = 'Compact Sir Fôn'")
    db.close()
    before = demo_path.read_bytes()
    refused = plain(compactdesk("restore", demo_path, other), 2)
    assert "another group" in refused and "--other-group" in refused
    assert demo_path.read_bytes() == before
    done = compactdesk("restore", demo_path, other, "--other-group")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(demo_path) as db:
        assert db.execute("SELECT name FROM compact").fetchone()[0] == "Compact Sir Fôn"
    db.close()


def test_a_backup_of_the_same_store_restores_without_asking(demo_path):
    made = compactdesk("backup", demo_path)
    assert made.returncode == 0
    backup = next((demo_path.parent / f"{demo_path.stem} backups").iterdir())
    assert compactdesk("restore", demo_path, backup).returncode == 0


def test_a_damaged_restore_prints_no_log_lines(demo_path):
    assert compactdesk("backup", demo_path).returncode == 0
    backup = next((demo_path.parent / f"{demo_path.stem} backups").iterdir())
    with open(demo_path, "r+b") as handle:
        handle.truncate(demo_path.stat().st_size - 100)
    result = compactdesk("restore", demo_path, backup)
    assert result.returncode == 0 and result.stderr == "", result.stderr


@needs_mount
def test_on_a_read_only_disk_check_and_backup_work_and_restore_and_demo_are_refused_in_words(demo_path, tmp_path):
    with tmpfs(tmp_path / "stick", "8m") as stick:
        store = shutil.copyfile(demo_path, stick / demo_path.name)
        assert compactdesk("backup", store).returncode == 0
        backup = next((stick / f"{store.stem} backups").iterdir())
        _mount("-o", "remount,ro", str(stick))
        checked = compactdesk("check", store)
        assert checked.returncode == 0 and "sound" in checked.stdout, checked.stderr
        elsewhere = tmp_path / "home"
        elsewhere.mkdir()
        copied = compactdesk("backup", store, "--to", elsewhere)
        assert copied.returncode == 0, copied.stderr
        assert "read-only" in plain(compactdesk("restore", store, backup), 2)
        assert "read-only" in plain(compactdesk("demo", stick / "new.cdstore"), 2)
        _mount("-o", "remount,rw", str(stick))


def test_the_log_holds_no_record_text(tmp_path):
    """An unexpected error whose words quote a person's name: the log has the traceback, not the name."""
    script = (
        "import sys\n"
        "from compactdesk import cli\n"
        "def boom(args):\n"
        "    raise ValueError('Łucja Kowalczyk, 3 Heol y Bryn')\n"
        "cli.cmd_check = boom\n"
        "sys.exit(cli.main(['check', 'x.cdstore']))\n")
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"), PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 70
    (log,) = (tmp_path / "state").rglob("compactdesk.log")
    text = log.read_text(encoding="utf-8")
    assert "ValueError" in text and "boom" in text
    assert "Łucja" not in text and "Kowalczyk" not in text and "Heol" not in text


@pytest.mark.parametrize("module", ["cli", "gui/app", "gui/export_job", "store/open", "store/backup"])
def test_logging_is_set_up_in_one_place(module):
    from pathlib import Path

    source = (Path(__file__).parents[2] / "compactdesk" / f"{module}.py").read_text(encoding="utf-8")
    for setup in ("basicConfig", "FileHandler", "addHandler", "traceback.format_exc", "format_exception"):
        assert setup not in source, (module, setup)


@needs_mount
def test_a_full_disk_during_a_backup_says_the_disk_is_full_not_that_the_store_is_damaged(demo_path, tmp_path):
    with tmpfs(tmp_path / "stick", "200k") as stick:
        refused = plain(compactdesk("backup", demo_path, "--to", stick), 2)
        assert "the disk is full" in refused and "damaged" not in refused
        assert [p.name for p in stick.iterdir()] == []  # no half-made copy left behind
