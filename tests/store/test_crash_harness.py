"""The crash harness (bench/crash.py): SIGKILL a writing child, then nothing is lost and the store is sound.

Each kill starts a new Python process (about 0.6 s with its imports), so 200 kills take
about two minutes: too long for the default test run, which makes 25. The README commands:

    python bench/crash.py --kills 200     # short run
    python bench/crash.py --kills 1000    # long run

Set COMPACTDESK_CRASH_KILLS to run more kills here.
"""

import os
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="the crash harness kills with SIGKILL, which Windows does not have")

KILLS = int(os.environ.get("COMPACTDESK_CRASH_KILLS", "25"))


@pytest.fixture(scope="module")
def crash(bench_script):
    return bench_script("crash")


def test_no_write_lost_and_store_sound_after_every_kill(crash, tmp_path):
    report = crash.run(KILLS, seed=7, path=tmp_path / "crash.cdstore", log=None)

    assert report.kills == KILLS
    assert report.lost == 0, report.problems
    assert report.integrity_failures == 0, report.problems
    # The store file alone, copied the moment after each kill, holds every reported write.
    assert report.lost_from_copy == 0, report.problems
    assert report.copy_unsound == 0 and report.wal_left == 0, report.problems
    assert report.sound
    assert report.committed > KILLS  # the children really were writing when killed


def test_a_reported_write_missing_from_the_store_is_counted_as_lost(crash, tmp_path):
    path = tmp_path / "crash.cdstore"
    crash.make_store(path)
    report = crash.CrashReport()
    reported = {kind: set() for kind in crash.CHECKS}
    reported["person"] = {1, 2}
    reported["feedback"] = {1}
    crash._check(path, reported, report)
    assert report.sound

    reported["person"].add(999)
    reported["answered"] = {1}  # the setup's feedback is still owed
    crash._check_copy_alone(path, reported, report)
    assert report.lost_from_copy == 2
    crash._check(path, reported, report)
    assert report.lost == 2
    assert report.integrity_failures == 0
    assert not report.sound


def test_only_whole_lines_count_as_committed(crash):
    output = b"committed person 3\ncommitted target 4\nnoise\ncommitted feedback 1"
    assert crash._committed_lines(output) == [("person", 3), ("target", 4)]
