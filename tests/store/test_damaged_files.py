"""Damaged store files, made as the damage happens (a flipped byte, a file cut short): never a crash,
never "sound" over damage a check can see; always "this file is damaged" with the newest good backup.

The suite runs 100 random cases of bench/faults.py; `python bench/faults.py --cases 1000` is the long run.
"""

import os
import shutil
import subprocess
import sys

import pytest

from compactdesk.store import DamagedStoreError, check_store, open_store
from compactdesk.store.backup import ON_DEMAND, make_backup

CASES = int(os.environ.get("COMPACTDESK_FAULT_CASES", "100"))


@pytest.fixture(scope="module")
def faults(bench_script):
    return bench_script("faults")


def test_random_flips_and_cuts_end_in_an_outcome_a_person_can_act_on(faults):
    report = faults.run(CASES, seed=11, log=None)
    assert report.cases == CASES
    assert report.outcomes["crash"] == 0, report.problems
    assert report.outcomes["sound over damage"] == 0, report.problems
    assert sum(report.outcomes.values()) == CASES
    assert report.outcomes["refused"] > 0 and report.outcomes["unchanged"] > 0
    assert report.flips > 0 and report.cuts > 0


@pytest.fixture
def damaged_copy(demo_path):
    """The demo store with a good backup beside it; the test damages the store."""
    make_backup(demo_path, ON_DEMAND)
    return demo_path


def flip(path, offset: int, value: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(bytes([value]))


def cli(*args):
    return subprocess.run([sys.executable, "-m", "compactdesk", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env=dict(os.environ, PYTHONIOENCODING="utf-8"))


def assert_refused_with_the_offer(result):
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert "is damaged" in result.stderr
    assert "compactdesk restore" in result.stderr  # the command for its newest good backup


def test_the_schema_page_flip_that_crashed_is_refused_with_the_offer(damaged_copy):
    # The user's case: byte 42×4096+826 of the demo store set to 140 gave "something went wrong" (exit 70).
    # That byte was in the text of the schema, which then no longer decodes; the same, wherever it is now:
    where = damaged_copy.read_bytes().index(b"CREATE TABLE feedback") + 15
    flip(damaged_copy, where, 140)
    for command in (("attention",), ("check",), ("export", "agenda"), ("backup",)):
        args = [*command, damaged_copy] + (["--out", damaged_copy.with_name("a.pdf")] if "export" in command else [])
        assert_refused_with_the_offer(cli(*args))


def test_a_file_one_byte_short_is_damaged_not_sound(damaged_copy):
    with open(damaged_copy, "r+b") as handle:
        handle.truncate(damaged_copy.stat().st_size - 1)
    report = check_store(damaged_copy)
    assert not report.sound and "cut short" in report.problems[0]
    with pytest.raises(DamagedStoreError, match="cut short"):
        open_store(damaged_copy)
    assert_refused_with_the_offer(cli("attention", damaged_copy))


def test_the_daily_backup_of_a_file_cut_short_says_so_in_words(demo_path):
    # No backup today yet: the first open makes one, and the store is 100 bytes short.
    with open(demo_path, "r+b") as handle:
        handle.truncate(demo_path.stat().st_size - 100)
    result = cli("attention", demo_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "WARNING" not in result.stderr
    assert "is damaged" in result.stderr


def test_a_header_flipped_to_a_newer_schema_is_damage_not_a_newer_version(damaged_copy):
    flip(damaged_copy, 63, 0x44)  # the last byte of PRAGMA user_version
    with pytest.raises(DamagedStoreError, match="schema number"):
        open_store(damaged_copy)


def test_a_store_whose_first_bytes_are_gone_is_damaged_when_it_has_backups(damaged_copy, tmp_path):
    flip(damaged_copy, 3, ord("X"))  # "SQLite format 3" no more
    with pytest.raises(DamagedStoreError):
        open_store(damaged_copy)
    stranger = tmp_path / "elsewhere" / "x.cdstore"
    stranger.parent.mkdir()
    shutil.copyfile(damaged_copy, stranger)  # no backups beside it: another program's file, as far as we know
    result = cli("check", stranger)
    assert result.returncode == 2 and "not a CompactDesk group file" in result.stderr


def test_a_value_that_is_no_longer_a_date_is_found_by_check_and_said_in_use(damaged_copy):
    import sqlite3

    with sqlite3.connect(damaged_copy) as db:
        db.execute("UPDATE feedback SET raised_on = '2026-1x-05' WHERE id = (SELECT min(id) FROM feedback)")
    db.close()
    report = check_store(damaged_copy)
    assert any("raised_on does not hold a date" in problem for problem in report.problems)
    from compactdesk.services import feedback

    with open_store(damaged_copy) as store, pytest.raises(DamagedStoreError, match="raised_on"):
        store.run(feedback.feedback_rows, __import__("datetime").date(2026, 11, 24))


def test_a_byte_gone_bad_in_an_attached_paper_is_reported_by_check(damaged_copy):
    import sqlite3

    with sqlite3.connect(damaged_copy) as db:
        (paper_id, content) = db.execute("SELECT id, content FROM agenda_paper ORDER BY id LIMIT 1").fetchone()
    db.close()
    # Find the paper's bytes in the file and change one of them, as a failing disk would.
    data = damaged_copy.read_bytes()
    where = data.index(content[1000:1064]) + 10
    flip(damaged_copy, where, data[where] ^ 0x01)
    report = check_store(damaged_copy)
    assert not report.sound
    assert any(f"Row {paper_id} of agenda_paper" in problem and "attached with" in problem
               for problem in report.problems)
