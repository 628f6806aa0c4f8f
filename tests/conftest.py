import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Without a display Qt aborts the whole run; tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log goes to a folder of the run's own, never into the user's (the CLI tests' children inherit it).
os.environ.setdefault("XDG_STATE_HOME", tempfile.mkdtemp(prefix="compactdesk-test-state-"))
# The tests' own name for the one-window hand-off (gui/single.py): a test that starts the program in-process
# or as a child must never hand its file to a CompactDesk the tester has open, nor to another test run.
os.environ["COMPACTDESK_INSTANCE"] = f"compactdesk-tests-{os.getpid()}"

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def today() -> dt.date:
    """The day the demo store is built around and the tests look from."""
    return TODAY


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    from compactdesk.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.cdstore", TODAY)


@pytest.fixture
def demo_path(demo_master, tmp_path) -> Path:
    """A private copy of the demo store, as it stands on TODAY."""
    copy = tmp_path / "Dyfnant demo.cdstore"
    shutil.copyfile(demo_master, copy)
    return copy


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster for the whole run (tests/pg_cluster.py), stopped at its end."""
    import pg_cluster as clusters

    cluster = clusters.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """A database holding one empty group at the newest schema, copied for each test (CREATE DATABASE …
    TEMPLATE takes a few milliseconds; running every revision takes half a second)."""
    import psycopg

    from compactdesk.store.address import ServerAddress
    from compactdesk.store.server import create_group

    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS cd_template")
        connection.execute("CREATE DATABASE cd_template")
    address = ServerAddress.parse(pg_cluster.database_url("cd_template")).with_group("group_test")
    create_group(address, "Test group").close()
    return "cd_template"


@pytest.fixture
def server_address(pg_cluster, pg_template):
    """The address of an empty group (schema group_test) in a database of the test's own."""
    import uuid

    import psycopg

    from compactdesk.store.address import ServerAddress

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield ServerAddress.parse(pg_cluster.database_url(name)).with_group("group_test")
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def _server_group_database(pg_cluster, pg_template):
    """One database for the service tests' groups, and the SQL that empties its group back to a new group's
    seeded rows: a few milliseconds a test, where a database copied from the template takes a quarter second."""
    import json

    import psycopg

    from compactdesk.store.address import ServerAddress
    from compactdesk.store.models import Base
    from compactdesk.store.server_journal import CHANGES, JOURNAL, STAMPS

    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS cd_services")
        connection.execute(f"CREATE DATABASE cd_services TEMPLATE {pg_template}")
    address = ServerAddress.parse(pg_cluster.database_url("cd_services")).with_group("group_test")
    tables = [table.name for table in Base.metadata.sorted_tables]
    reset = ["SET LOCAL compactdesk.recording = 'off'", f"DELETE FROM {JOURNAL}", f"DELETE FROM {STAMPS}",
             f"ALTER SEQUENCE {CHANGES} RESTART"]
    reset += [f'DELETE FROM "{name}"' for name in reversed(tables)]
    with psycopg.connect(address.sqlalchemy_url().replace("+psycopg", ""),
                         options="-c search_path=group_test") as connection:
        for name in tables:
            rows = connection.execute(f'SELECT coalesce(jsonb_agg(to_jsonb(t.*)), \'[]\') FROM "{name}" t').fetchone()[0]
            if rows:
                data = json.dumps(rows).replace("'", "''")
                reset.append(f'INSERT INTO "{name}" SELECT * FROM jsonb_populate_recordset(NULL::"{name}", \'{data}\')')
            for (sequence,) in connection.execute(
                    "SELECT pg_get_serial_sequence(%s, a.attname) FROM pg_attribute a "
                    "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND pg_get_serial_sequence(%s, a.attname) "
                    "IS NOT NULL", (f'"{name}"', f'"{name}"', f'"{name}"')).fetchall():
                key = connection.execute(f"SELECT last_value, is_called FROM {sequence}").fetchone()
                reset.append(f"SELECT setval('{sequence}', {key[0]}, {str(key[1]).lower()})")
    return address, ";\n".join(reset)


@pytest.fixture
def server_group(_server_group_database):
    """The address of an empty group on the test server, as new (the same group emptied for each test)."""
    import psycopg

    address, reset = _server_group_database
    with psycopg.connect(address.sqlalchemy_url().replace("+psycopg", ""),
                         options="-c search_path=group_test") as connection:
        connection.execute(reset)
    return address


@pytest.fixture(scope="session")
def bench_script():
    """Loads a script of bench/ as a module, for the tests that run a short form of it."""
    import importlib.util

    def load(name: str):
        path = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"compactdesk_bench_{name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture(scope="module")
def engine():
    """An in-memory SQLite database with the store's tables and nothing in them, for one test
    module's generated examples (tests/agreement.py: each example's own session)."""
    from sqlalchemy import create_engine

    from compactdesk.store.models import Base

    made = create_engine("sqlite://")
    Base.metadata.create_all(made)
    yield made
    made.dispose()
