"""What starting the window loads (issue 15): a real start, in a process of its own.

The window paints before the store's machinery (SQLAlchemy) is loaded, and neither the
first paint, nor the opened store with its first page, nor a visit to every area loads
Alembic (the store needs no upgrade), reportlab, python-docx, pypdf or Pillow: those are
for upgrades and papers.
"""

import json
import os
import subprocess
import sys

import pytest

PAPERS_AND_UPGRADES = ("alembic", "reportlab", "docx", "pypdf", "PIL")

# Starts CompactDesk as `compactdesk STORE` does and writes the modules loaded at the first paint
# of the main window, again once the store is open and its page shown, and again once every
# area has been visited; then exits.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

seen = {}

def top_level():
    return sorted({name.split(".")[0] for name in sys.modules})

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and "painted" not in seen:
            seen["painted"] = top_level()
            QTimer.singleShot(50, lambda: check(watched))
        return False

def check(window):
    if window.bench.store is None or window.opening.running:
        QTimer.singleShot(50, lambda: check(window))
        return
    seen["opened"] = top_level()
    seen["page"] = window.current_page().area
    for area in window.area_names():
        window.show_area(area)
        QApplication.processEvents()
    seen["visited"] = top_level()
    print(json.dumps(seen), flush=True)
    os._exit(0)

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from compactdesk.cli import main
main([sys.argv[1]])
"""


@pytest.fixture
def started(demo_path, tmp_path) -> dict:
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(demo_path)], env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_paints_before_the_store_machinery_loads(started):
    assert "PySide6" in started["painted"] and "compactdesk" in started["painted"]
    loaded = [name for name in ("sqlalchemy", *PAPERS_AND_UPGRADES) if name in started["painted"]]
    assert loaded == []


def test_the_open_store_and_its_first_page_need_no_upgrade_or_paper_machinery(started):
    assert started["page"] == "dashboard" and "sqlalchemy" in started["opened"]
    assert [name for name in PAPERS_AND_UPGRADES if name in started["opened"]] == []


def test_every_area_opens_without_the_paper_machinery(started):
    # The papers' code loads on the first export: a page that imported it cost its first visit half a second.
    assert [name for name in PAPERS_AND_UPGRADES if name in started["visited"]] == []
