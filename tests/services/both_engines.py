"""A group for a whole test module, in a file or on the test server (tests/pg_cluster.py): for the list tests
that fill hundreds of rows once and ask many questions of them, so each is asked of both engines."""

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def module_group(request, tmp_path_factory, name: str) -> Iterator:
    """The store, open for the module: request.param "file" or "server" (a database `name` of its own)."""
    if request.param == "file":
        from compactdesk.store import create_store

        store = create_store(tmp_path_factory.mktemp(name) / "group.cdstore")
        try:
            yield store
        finally:
            store.close()
        return
    import psycopg

    from compactdesk.store.address import ServerAddress
    from compactdesk.store.server import open_group

    cluster, template = request.getfixturevalue("pg_cluster"), request.getfixturevalue("pg_template")
    database = f"cd_{name}"
    with psycopg.connect(cluster.url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {database} TEMPLATE {template}")
    store = open_group(ServerAddress.parse(cluster.database_url(database)).with_group("group_test"))
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(cluster.url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
