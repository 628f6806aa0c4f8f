"""Every layer's strings reach Qt's translation tools (Welsh is next)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "compactdesk"


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_lupdate_collects_strings_from_every_layer(tmp_path):
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts and "forms" not in p.parts)
    sources += sorted(str(p) for p in (PACKAGE.parent / "ui").glob("*.ui"))
    catalogue = tmp_path / "cy.ts"
    subprocess.run([_lupdate(), *sources, "-ts", str(catalogue)], check=True, capture_output=True, timeout=300)
    text = catalogue.read_text(encoding="utf-8")
    for context in ("Enum", "Dates", "Validation", "Store", "Attention", "CLI", "DashboardPage", "MainWindow",
                    "FeedbackPage", "FeedbackDialog", "Workbench", "Papers", "ExportDialog", "ExportJob",
                    "Review", "Codes", "Consultations", "Funding", "Disputes", "SignUp", "Champions", "Monitoring",
                    "StandardsPage", "DisputesPage", "SignUpPage", "MonitoringPage"):
        assert f"<name>{context}</name>" in text, context
    assert text.count("<message") > 250
    assert '<message numerus="yes">' in text  # "%n day(s)" is a true plural
    # lupdate reads literal calls only, and a plural only when its count is a bare name.
    for words in ("Annual review {year}", "Seats filled at each meeting, by sector", "%n meeting(s) held.",
                  "Partnership health-check", "%n present", "Consultations run at least %n week(s).",
                  "median %n day(s) to answer", "%n min"):
        assert f"<source>{words}</source>" in text, words
