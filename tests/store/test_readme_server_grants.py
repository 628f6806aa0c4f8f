"""The README's set-up of a shared server, run as written: its SQL, word for word but for the names (a login is the
whole cluster's, so each test run gives anna and bryn names of its own), then what it promises: the group's maker
opens it, a person granted it lists it, opens it, edits, undoes and searches, two people's saves and undos are
refused in words, a table a later version adds is readable by the person granted, and an upgrade needs the owner."""

import dataclasses
import re
import uuid
from pathlib import Path

import psycopg
import pytest

from compactdesk.services import members, search
from compactdesk.store import server
from compactdesk.store.address import ServerAddress
from compactdesk.store.errors import StoreError
from compactdesk.store.server_journal import ChangedSinceError

README = Path(__file__).parents[2] / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("### Several people and several groups: a shared server", 1)[1].split("\n### ", 1)[0]


def _statements(block: str, names: dict[str, str]) -> list[str]:
    """A block's SQL statements, its comments left off and its names replaced (whole words only)."""
    plain = "\n".join(line.split("--", 1)[0] for line in block.splitlines())
    for old, new in names.items():
        plain = re.sub(rf"\b{old}\b", new, plain)
    return [" ".join(part.split()) for part in plain.split(";") if part.strip()]


@pytest.fixture
def readme_server(pg_cluster):
    """The README's server, set up by its own SQL: (the names used, the administrator's address of its database)."""
    tag = uuid.uuid4().hex[:8]
    names = {"compacts": f"compacts_{tag}", "anna": f"anna_{tag}", "bryn": f"bryn_{tag}"}
    blocks = re.findall(r"```sql\n(.*?)```", _section(), re.S)
    assert len(blocks) == 2
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        for statement in _statements(blocks[0], names):
            connection.execute(statement)
    database = pg_cluster.database_url(names["compacts"])
    yield names, database, blocks[1]
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {names['compacts']} WITH (FORCE)")
        for role in (names["anna"], names["bryn"]):
            connection.execute(f"DROP ROLE IF EXISTS {role}")


def _as(database: str, user: str, group: str | None = None) -> ServerAddress:
    return dataclasses.replace(ServerAddress.parse(database), user=user, group=group)


def test_the_readmes_grants_let_a_second_person_work_on_the_group(readme_server):
    names, database, grants = readme_server
    anna, bryn = _as(database, names["anna"]), _as(database, names["bryn"])
    made = server.create_group(anna.with_group("group_dyfnant"), "Dyfnant Compact", person="Anna")
    assert made.schema == "group_dyfnant"
    assert server.list_groups(bryn) == []  # nobody else sees it until granted
    with pytest.raises(StoreError, match=f"The login {names['bryn']} has not been given the group group_dyfnant"):
        server.open_group(bryn.with_group("group_dyfnant"), person="Bryn")

    with psycopg.connect(database, autocommit=True) as connection:  # the administrator, in the group's database
        for statement in _statements(grants, names):
            connection.execute(statement)

    assert [group.schema for group in server.list_groups(bryn)] == ["group_dyfnant"]
    other = server.open_group(bryn.with_group("group_dyfnant"), person="Bryn")
    try:
        seen = made.last_change()
        person, added = other.run_recorded(members.add_person, "Llŷr Pritchard", role="Clerk")
        assert [hit.title for group in other.run(search.search, "Llyr") for hit in group.hits] == [
            "Llŷr Pritchard, Clerk"]
        other.apply(other.apply(added))  # Bryn's undo, and redo
        assert other.run(search.search, "Pritchard")

        # Anna's form was opened before Bryn's change: her save is refused with his name.
        _, anna_step = made.run_recorded(members.add_person, "Siân Evans")
        with pytest.raises(ChangedSinceError, match="Bryn"):
            made.run_since(seen, members.update_person, person.id, name="Llŷr Pritchard-Jones")
        # Bryn changes Anna's record: her undo of adding it is refused with his name.
        siân = next(found for found in other.run(members.list_people) if found.name == "Siân Evans")
        other.run_recorded(members.update_person, siân.id, name="Siân Evans", role="Treasurer")
        with pytest.raises(ChangedSinceError, match="Bryn"):
            made.apply(anna_step)
    finally:
        other.close()

    # A table a later CompactDesk adds, made by the owner's upgrade: readable and writable by Bryn at once.
    with made.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
    made.close()
    with psycopg.connect(_as(database, names["bryn"], None).sqlalchemy_url().replace("+psycopg", "")) as connection:
        connection.execute("INSERT INTO group_dyfnant.later_table (note) VALUES ('fine')")
        assert connection.execute("SELECT note FROM group_dyfnant.later_table").fetchone() == ("fine",)


def test_after_an_upgrade_the_groups_owner_opens_it_first(readme_server):
    names, database, grants = readme_server
    anna, bryn = _as(database, names["anna"], "group_dyfnant"), _as(database, names["bryn"], "group_dyfnant")
    server.create_group(anna, "Dyfnant Compact").close()
    with psycopg.connect(database, autocommit=True) as connection:
        for statement in _statements(grants, names):
            connection.execute(statement)
        # As a newer version finds it: a record table still without the journal's trigger.
        connection.execute("DROP TRIGGER cd_journal ON group_dyfnant.person")
    with pytest.raises(StoreError, match=rf"only the group's owner \({names['anna']}\) may do"):
        server.open_group(bryn)
    server.open_group(anna).close()  # the owner brings it up to date
    other = server.open_group(bryn)
    try:
        _, change = other.run_recorded(members.add_person, "Llŷr Pritchard")
        assert "person" in change.tables  # the trigger is back: Bryn's step can be undone
    finally:
        other.close()
