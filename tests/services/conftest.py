import pytest

from compactdesk.store import create_store


@pytest.fixture
def store(tmp_path):
    """A real, empty store file, open for the test and closed after it."""
    opened = create_store(tmp_path / "group.cdstore")
    yield opened
    opened.close()
