"""The command line, run as a user runs it: a separate process, reading its output."""

import hashlib
import os
import subprocess
import sys

import pytest

from compactdesk import __version__


def compactdesk(*args, cwd=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "compactdesk", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, timeout=120)


def assert_no_traceback(result):
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_version():
    result = compactdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"CompactDesk {__version__}"


def test_demo_check_and_attention(tmp_path):
    store = tmp_path / "demo.cdstore"
    made = compactdesk("demo", store, "--today", "2026-11-24")
    assert made.returncode == 0, made.stderr
    assert "Tuesday 24 November 2026" in made.stdout

    checked = compactdesk("check", store)
    assert checked.returncode == 0, checked.stderr
    assert "Integrity: sound." in checked.stdout

    listed = compactdesk("attention", store, "--today", "2026-11-24")
    assert listed.returncode == 0, listed.stderr
    out = listed.stdout
    assert "Dyfnant Compact: what needs attention on Tuesday 24 November 2026" in out
    assert "Llŷr Evans (Highways): Gritting of rural routes used by community transport" in out
    assert "Feedback overdue, oldest first (9)" in out
    assert "Small and unfunded groups seat: vacant" in out
    assert "Liaison meeting, Tuesday 15 December 2026 at 10:00, Neuadd y Sir, Llanfair" in out
    # Oldest overdue feedback first.
    assert out.index("679 days overdue") < out.index("588 days overdue") < out.index("42 days overdue")


def test_demo_refuses_to_overwrite(tmp_path):
    store = tmp_path / "mine.cdstore"
    store.write_bytes(b"the secretary's only copy")
    result = compactdesk("demo", store)
    assert result.returncode == 2
    assert "will not overwrite" in result.stderr
    assert_no_traceback(result)
    assert store.read_bytes() == b"the secretary's only copy"


@pytest.mark.parametrize("content", [b"", b"hello, not a store\n"], ids=["empty file", "text file"])
def test_check_and_attention_refuse_a_foreign_file(tmp_path, content):
    path = tmp_path / "other.cdstore"
    path.write_bytes(content)
    for command in ("check", "attention"):
        result = compactdesk(command, path)
        assert result.returncode == 2
        assert "is not a CompactDesk group file" in result.stderr
        assert_no_traceback(result)
    assert path.read_bytes() == content


def test_bad_today_is_a_message_not_a_traceback(demo_path):
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    result = compactdesk("attention", demo_path, "--today", "2026-02-30")
    assert result.returncode == 2
    assert "'2026-02-30' is not a date" in result.stderr and "February 2026 has no day 30" in result.stderr
    assert_no_traceback(result)
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_missing_store(tmp_path):
    result = compactdesk("attention", tmp_path / "gone.cdstore")
    assert result.returncode == 2
    assert "There is no group file at" in result.stderr
    assert_no_traceback(result)


def test_attention_on_an_empty_store_says_what_to_do(tmp_path):
    from compactdesk.store import create_store

    create_store(tmp_path / "new.cdstore").close()
    result = compactdesk("attention", tmp_path / "new.cdstore")
    assert result.returncode == 0
    assert "This group's file is empty" in result.stdout


def test_demo_and_a_store_together_is_refused(tmp_path):
    result = compactdesk("--demo", tmp_path / "x.cdstore")
    assert result.returncode == 2
    assert "either --demo or a group's file" in result.stderr


def test_export_all_writes_a_handover_and_refuses_a_folder_in_use(demo_path, tmp_path):
    result = compactdesk("export-all", str(demo_path), str(tmp_path / "handover"), "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    assert "files into" in result.stdout
    assert (tmp_path / "handover" / "README.txt").is_file()
    assert (tmp_path / "handover" / "papers" / "2026" / "2026 Annual review.pdf").is_file()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "letter.txt").write_text("mine")
    refused = compactdesk("export-all", str(demo_path), str(tmp_path / "other"))
    assert refused.returncode == 2 and "already holds other files" in refused.stderr
    assert_no_traceback(refused)
    assert (tmp_path / "other" / "letter.txt").read_text() == "mine"


def test_backup_then_restore_brings_the_store_back(demo_path, tmp_path):
    import sqlite3

    made = compactdesk("backup", str(demo_path))
    assert made.returncode == 0, made.stderr
    copy = made.stdout.split("Backed up to ", 1)[1].rsplit(" (checked", 1)[0]
    with sqlite3.connect(demo_path) as db:
        before = db.execute("SELECT count(*) FROM meeting").fetchone()
        db.execute("DELETE FROM agenda_item")
        db.execute("DELETE FROM attendance")
        db.execute("DELETE FROM meeting")
    db.close()
    restored = compactdesk("restore", str(demo_path), copy)
    assert restored.returncode == 0, restored.stderr
    assert "as it was is kept in" in restored.stdout
    with sqlite3.connect(demo_path) as db:
        assert db.execute("SELECT count(*) FROM meeting").fetchone() == before
    db.close()
    (tmp_path / "junk.cdstore").write_bytes(b"not a store")
    refused = compactdesk("restore", str(demo_path), str(tmp_path / "junk.cdstore"))
    assert refused.returncode == 2
    assert_no_traceback(refused)
    assert compactdesk("backup", str(tmp_path / "junk.cdstore")).returncode != 0


def test_a_damaged_store_is_named_with_the_command_that_restores_its_newest_good_backup(demo_path):
    import shlex
    import sqlite3

    assert compactdesk("backup", str(demo_path)).returncode == 0
    size = demo_path.stat().st_size
    with open(demo_path, "r+b") as handle:  # a failing disk's damage across the table pages
        for offset in range(4096 * 3, size - 4096, 4096 * 5):
            handle.seek(offset + 200)
            handle.write(b"\x5a" * 600)
    refused = compactdesk("attention", str(demo_path))
    assert refused.returncode == 1
    assert_no_traceback(refused)
    assert "is damaged" in refused.stderr and "has not changed it" in refused.stderr
    command = shlex.split(refused.stderr.strip().splitlines()[-1])
    assert command[:2] == ["compactdesk", "restore"]
    restored = compactdesk(*command[1:])
    assert restored.returncode == 0, restored.stderr
    assert compactdesk("check", str(demo_path)).returncode == 0
    with sqlite3.connect(demo_path) as db:
        assert db.execute("SELECT count(*) FROM meeting").fetchone()[0] > 0
    db.close()


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_export_takes_a_scope_with_since(demo_path, tmp_path):
    out = tmp_path / "log.pdf"
    since = compactdesk("export", "feedback-log", demo_path, "--out", out, "--today", "2026-11-24",
                        "--since", "2026-09-01")
    assert since.returncode == 0, since.stderr
    assert "Answered since Tuesday 1 September 2026, and everything still outstanding." in pdf_text(out)
    everything = compactdesk("export", "action-plan", demo_path, "--out", out, "--today", "2026-11-24",
                             "--since", "all")
    assert everything.returncode == 0, everything.stderr
    assert "Everything: every target, open, done or dropped." in pdf_text(out)
    meeting = compactdesk("export", "feedback-log", demo_path, "--out", out, "--today", "2026-11-24")
    assert meeting.returncode == 0, meeting.stderr
    assert "the day of the last meeting, and everything still outstanding." in pdf_text(out)
    for wrong, words in (("1st September", "is not a date"), ("2027-01-15", "Choose an earlier day")):
        refused = compactdesk("export", "feedback-log", demo_path, "--out", tmp_path / "no.pdf",
                              "--today", "2026-11-24", "--since", wrong)
        assert refused.returncode == 2 and words in refused.stderr, refused.stderr
        assert_no_traceback(refused)
    assert not (tmp_path / "no.pdf").exists()


def test_search_prints_what_it_found_grouped_by_kind(demo_path):
    result = compactdesk("search", demo_path, "community", "transport")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Meetings (") and "Feedback (2)" in lines and "Organisations (1)" in lines
    assert "  - Liaison meeting, Tuesday 17 December 2024 — item 9: Community transport commissioning" in lines
    assert any("*community* *transport*" in line for line in lines)
    assert "  - Llanfair Community Transport" in lines
    llyr = compactdesk("search", demo_path, "llyr", "--limit", "1")
    assert "  - Llŷr Evans, Highways and transport manager" in llyr.stdout.splitlines()
    nothing = compactdesk("search", demo_path, 'zebra"*', "NEAR")
    assert nothing.returncode == 0 and nothing.stdout.strip() == "Nothing found for “zebra\"* NEAR”."
    assert_no_traceback(nothing)
