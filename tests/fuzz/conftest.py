import shutil
import sys
from pathlib import Path

import pytest

# The papers are read back as the documents tests read them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))

from compactdesk.store import open_store


@pytest.fixture
def fuzz_store(demo_master, tmp_path):
    """A private copy of the demo store (rows with ids 1, 2, 3… exist), fresh for each test, not each example."""
    copy = tmp_path / "fuzz.cdstore"
    shutil.copyfile(demo_master, copy)
    opened = open_store(copy, daily_backup=False)
    yield opened
    opened.close()
