import pytest

from compactdesk.store import create_store


@pytest.fixture(params=["file", "server"])
def store(request, tmp_path):
    """A real, empty group, open for the test and closed after it: in a file, and on a PostgreSQL server
    (tests/pg_cluster.py), so that every service is tested on both engines."""
    if request.param == "file":
        opened = create_store(tmp_path / "group.cdstore")
    else:
        from compactdesk.store.server import open_group

        opened = open_group(request.getfixturevalue("server_group"))
    yield opened
    opened.close()
