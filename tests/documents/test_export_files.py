"""Writing papers safely: a failure leaves the old file whole and says what to do."""

import os
import stat
import sys

import pytest

from compactdesk.cli import main
from compactdesk.documents.export import Cancelled, ExportRequest, Paper, export
from compactdesk.documents.files import ExportError, safe_name, write_atomic
from compactdesk.services import whole_files
from compactdesk.store import open_store


def test_write_atomic_replaces_whole(tmp_path):
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new paper")
    assert target.read_bytes() == b"new paper"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.pdf"]
    fresh = tmp_path / "minutes.pdf"
    write_atomic(fresh, b"paper")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask  # not the temporary file's private 0600


def test_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")  # as Windows says when Word has the file open

    monkeypatch.setattr(whole_files.os, "replace", refuse)
    with pytest.raises(ExportError, match="open in Word"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.pdf"]  # no temporary file left behind


def test_disk_full_is_a_plain_message(tmp_path, monkeypatch):
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"old")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle, mode):
            self.stream = real_fdopen(handle, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(whole_files.os, "fdopen", Full)
    with pytest.raises(ExportError, match="space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.pdf"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError, match="read-only"):
            write_atomic(folder / "agenda.pdf", b"new")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_read_only_folder_as_the_system_reports_it(tmp_path, monkeypatch):
    # Root may write anywhere, so the refusal a read-only folder gives is played here.
    def refuse(**kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(whole_files.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="read-only: choose another folder"):
        write_atomic(tmp_path / "agenda.pdf", b"new")


def test_missing_folder_and_folder_as_file(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "gone" / "agenda.pdf", b"x")
    with pytest.raises(ExportError, match="is a folder"):
        write_atomic(tmp_path, b"x")


def test_safe_name():
    assert safe_name('Llŷr Evans: "Highways"/Roads?') == "Llŷr Evans Highways Roads"
    assert safe_name("\x00\x01") == "unnamed"


def test_cancel_writes_nothing(demo_path, tmp_path, today):
    def stop(done, total, text):
        if "Laying out" in text:
            raise Cancelled

    with open_store(demo_path) as store, pytest.raises(Cancelled):
        export(store, ExportRequest(Paper.ACTION_PLAN, tmp_path / "plan.pdf", today), stop)
    assert not (tmp_path / "plan.pdf").exists()


def test_cli_export(demo_path, tmp_path, capsys):
    out = tmp_path / "Minutes.docx"
    assert main(["export", "minutes", str(demo_path), "--out", str(out), "--meeting", "last",
                 "--today", "2026-11-24"]) == 0
    assert out.exists() and "Wrote" in capsys.readouterr().out
    letters = tmp_path / "Chase.pdf"
    assert main(["export", "chase-letters", str(demo_path), "--out", str(letters), "--each", "--large-print",
                 "--today", "2026-11-24"]) == 0
    assert len(list(tmp_path.glob("Chase – *.pdf"))) >= 5
    assert main(["export", "pack", str(demo_path), "--out", str(tmp_path / "pack.docx")]) == 2
    assert "only be a PDF" in capsys.readouterr().err
    assert main(["export", "agenda", str(demo_path), "--out", str(tmp_path / "a.pdf"), "--meeting", "9999"]) == 2
    assert "no longer in this group's records" in capsys.readouterr().err
    assert main(["export", "minutes", str(demo_path), "--out", str(tmp_path / "a.pdf"), "--meeting", "next",
                 "--today", "2030-01-01"]) == 2
    assert "There is no next liaison meeting" in capsys.readouterr().err
