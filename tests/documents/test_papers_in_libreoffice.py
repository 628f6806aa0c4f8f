"""Every Word paper of the demo group opens and converts cleanly in LibreOffice."""

import shutil
import subprocess

import pytest
from readback import pdf_text

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.store import open_store

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def test_word_papers_convert_in_libreoffice(demo_path, tmp_path, today):
    words = tmp_path / "word"
    words.mkdir()
    with open_store(demo_path) as store:
        made = [path for paper in Paper if ".docx" in paper.formats
                for path in export(store, ExportRequest(paper, words / f"{paper.value}.docx", today))]
    out = tmp_path / "pdf"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, made)], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    for path in made:
        converted = out / f"{path.stem}.pdf"
        assert converted.exists(), f"{path.name} did not convert: {result.stdout} {result.stderr}"
        text = pdf_text(converted)
        assert "Dyfnant Compact Liaison Group" in text and "Page 1" in text
    assert "DRAFT — not yet approved" in pdf_text(out / "minutes.pdf")
    assert "Llŷr Evans" in pdf_text(out / "chase-letters.pdf")
