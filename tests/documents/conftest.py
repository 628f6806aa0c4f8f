import pytest

from compactdesk.store import open_store


@pytest.fixture
def store(demo_path):
    """The demo store (a private copy), open for the test; a test module may define its own."""
    with open_store(demo_path) as opened:
        yield opened
