"""A new group's schema on a server is never one already there: not a group this login may not see, not a plain
schema someone made for something else (a group being restored, a report's tables). CREATE SCHEMA would refuse it
with the server's own words; the group is given the next free name instead."""

import uuid

import psycopg
import pytest
from sqlalchemy import text

from compactdesk.store.address import ServerAddress
from compactdesk.store.errors import StoreUnavailableError
from compactdesk.store.move import taken_schemas
from compactdesk.store.server import create_group, list_groups, make_engine


def _sql(address: ServerAddress, *statements: str) -> None:
    with psycopg.connect(address.sqlalchemy_url().replace("+psycopg", ""), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


@pytest.mark.parametrize("named", [None, "group_my_group"])
def test_a_new_group_never_takes_a_plain_schema_already_there(server_address, named):
    _sql(server_address, "CREATE SCHEMA group_my_group", "CREATE TABLE group_my_group.kept (note text)",
         "INSERT INTO group_my_group.kept VALUES ('Łucja''s report 🎤')")
    assert "group_my_group" in taken_schemas(server_address.with_group(None))
    with create_group(server_address.with_group(named), "My group") as store:
        assert store.schema == "group_my_group_2"
    assert {group.schema for group in list_groups(server_address)} == {"group_test", "group_my_group_2"}
    engine = make_engine(server_address)
    with engine.connect() as connection:  # the schema that was there is as it was
        assert connection.execute(text("SELECT note FROM group_my_group.kept")).scalars().all() == [
            "Łucja's report 🎤"]
    engine.dispose()


def test_a_new_group_never_takes_the_schema_of_a_group_this_login_cannot_see(server_address, pg_cluster):
    hidden = create_group(server_address.with_group(None), "Grŵp Ŵyl Môn")
    assert hidden.schema == "group_grwp_wyl_mon"
    hidden.close()
    role = "cara_" + uuid.uuid4().hex[:8]
    _sql(server_address, f"CREATE ROLE {role} LOGIN", f"GRANT CREATE ON DATABASE {server_address.database} TO {role}")
    cara = ServerAddress(server_address.host, server_address.database, role, server_address.port)
    try:
        assert [group.schema for group in list_groups(cara)] == []  # she is given neither group
        with create_group(cara, "Grŵp Ŵyl Môn") as store:
            assert store.schema == "group_grwp_wyl_mon_2"
            assert [group.schema for group in list_groups(cara)] == ["group_grwp_wyl_mon_2"]
    finally:
        _sql(server_address, "DROP SCHEMA IF EXISTS group_grwp_wyl_mon_2 CASCADE",
             f"REVOKE ALL ON DATABASE {server_address.database} FROM {role}", f"DROP ROLE {role}")


def test_a_server_that_cannot_be_reached_is_said_in_words(server_address):
    gone = ServerAddress("127.0.0.1", "compacts", "anna", 1, options=(("connect_timeout", "2"),))
    with pytest.raises(StoreUnavailableError, match="cannot reach the shared server"):
        taken_schemas(gone)
