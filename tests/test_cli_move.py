"""`compactdesk move SOURCE DESTINATION` and `compactdesk backup` of a group on a server, run as a user runs them:
a separate process, the server's password (none here: the test cluster trusts this computer) never asked."""

import sqlite3

from test_cli import assert_no_traceback, compactdesk


def _count(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_move_to_a_server_and_back(demo_path, server_address, tmp_path):
    there = compactdesk("move", demo_path, server_address.text())
    assert there.returncode == 0, there.stderr
    assert_no_traceback(there)
    assert "Every record and paper was copied and checked" in there.stdout
    assert "meeting: 20" in there.stdout and "agenda_paper: 3" in there.stdout
    assert "Put it away" in there.stdout and str(demo_path) in there.stdout
    assert f'compactdesk "{server_address.text()}"' in there.stdout  # how to open it there
    assert "Copying the records" in there.stderr and "Checking the copy" in there.stderr

    back = tmp_path / "back.cdstore"
    again = compactdesk("move", server_address.text(), back)
    assert again.returncode == 0, again.stderr
    assert "3 papers attached to agenda items, byte for byte" in again.stdout
    for table in ("meeting", "feedback", "agenda_paper", "person"):
        assert _count(back, table) == _count(demo_path, table)

    refused = compactdesk("move", demo_path, back)
    assert refused.returncode == 2 and "will not overwrite" in refused.stderr
    assert_no_traceback(refused)
    taken = compactdesk("move", back, server_address.text())
    assert taken.returncode == 2 and "already holds a group called group_test" in taken.stderr
    assert_no_traceback(taken)


def test_a_missing_source_is_said_in_words(tmp_path, server_address):
    result = compactdesk("move", tmp_path / "nothing.cdstore", tmp_path / "new.cdstore")
    assert result.returncode == 2
    assert_no_traceback(result)
    assert not (tmp_path / "new.cdstore").exists()
    unreachable = compactdesk("move", "postgresql://nobody@127.0.0.1:1/none?group=group_x", tmp_path / "new.cdstore")
    assert unreachable.returncode == 2 and "cannot reach the shared server" in unreachable.stderr
    assert_no_traceback(unreachable)


def test_backup_of_a_group_on_a_server_is_its_file_and_a_handover(demo_path, server_address, tmp_path):
    assert compactdesk("move", demo_path, server_address.text()).returncode == 0
    no_folder = compactdesk("backup", server_address.text())
    assert no_folder.returncode == 2 and "--to FOLDER" in no_folder.stderr
    out = tmp_path / "backups"
    out.mkdir()
    made = compactdesk("backup", server_address.text(), "--to", out)
    assert made.returncode == 0, made.stderr
    assert_no_traceback(made)
    (folder,) = out.iterdir()
    assert folder.name.startswith("group_test backup ")
    file = folder / "group_test.cdstore"
    assert _count(file, "feedback") == _count(demo_path, "feedback")
    handover = folder / "handover"
    assert (handover / "README.txt").is_file() and (handover / "data" / "feedback.csv").is_file()
    assert list((handover / "data" / "papers").iterdir())
    assert "compactdesk move" in made.stdout
    # The backup restores: moved back to the server as a new group, it holds the same records.
    restored = compactdesk("move", file, server_address.with_group("group_restored").text())
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(file) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    assert f"{sum(_count(file, table) for table in tables)} records in all" in restored.stdout


def test_a_move_between_two_servers_logs_in_to_each_with_its_own_password(demo_path, server_address, pg_cluster,
                                                                           pg_template, monkeypatch, capsys):
    import argparse
    import uuid

    import keyring
    import psycopg
    from keyring.backend import KeyringBackend

    from compactdesk import cli_move
    from compactdesk.store import credentials, server
    from compactdesk.store.address import ServerAddress
    from compactdesk.store.move import move

    class Kept(KeyringBackend):
        priority = 1

        def __init__(self, kept):
            super().__init__()
            self.kept = kept

        def get_password(self, service, username):
            return self.kept.get(username)

        def set_password(self, service, username, password):
            raise AssertionError("a move remembers nothing")

        def delete_password(self, service, username):
            raise AssertionError("a move forgets nothing")

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    other = ServerAddress.parse(pg_cluster.database_url(name))
    source = server_address.text()
    move(demo_path, server_address)
    # The test cluster trusts this computer, so any password gets in: which one each login was given is watched.
    given = []
    making = server.make_engine
    monkeypatch.setattr(server, "make_engine", lambda address, schema=None, password=None: given.append(
        (address.database, password)) or making(address, schema, password))
    previous = keyring.get_keyring()
    keyring.set_keyring(Kept({server_address.keyring_name(): "source's", other.keyring_name(): "other's"}))
    try:
        assert credentials.has_keyring()
        assert cli_move.cmd_move(argparse.Namespace(source=source, destination=other.text())) == 0
        assert "Every record and paper was copied and checked" in capsys.readouterr().out
        assert {database: {password for base, password in given if base == database} for database, _ in given} == {
            server_address.database: {"source's"}, name: {"other's"}}
        # A password typed into one address is that side's alone; the other side's is the keyring's.
        given.clear()
        typed = other.text() + ("&" if "?" in other.text() else "?") + "password=typed-here"
        assert cli_move.cmd_move(argparse.Namespace(source=source, destination=typed)) == 0
        assert {database: {password for base, password in given if base == database} for database, _ in given} == {
            server_address.database: {"source's"}, name: {"typed-here"}}
        assert "typed-here" not in capsys.readouterr().out  # nor in the "Open it with:" line
    finally:
        keyring.set_keyring(previous)
        with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
