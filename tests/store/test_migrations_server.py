"""The same Alembic revisions on a PostgreSQL server: a group's schema made at every earlier revision, with rows
as that revision had them, opens in this version brought up to the newest with nothing lost, as a file does
(tests/store/test_migrations.py), and the server's own parts (the journal, the search) work on it."""

import datetime as dt
import re

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import String, text

from compactdesk.services import codes as codes_service
from compactdesk.services import meetings, search, seats
from compactdesk.store import migrate
from compactdesk.store.models import Base
from compactdesk.store.server import make_engine, open_group, record_keys

from test_migrations import _rows_at

TODAY = dt.date(2026, 11, 24)


def _for_postgres(rows: str) -> str:
    """The rows as PostgreSQL takes them: its booleans are true and false, not 1 and 0."""
    rows = rows.replace("12, 6, 21, 0, 30, ''", "12, 6, 21, false, 30, ''")
    rows = rows.replace("'written_reply', '2026-09-15', 0, ''", "'written_reply', '2026-09-15', false, ''")
    return re.sub(r"'', '', '', ([01]), ''\)", lambda m: f"'', '', '', {'true' if m[1] == '1' else 'false'}, '')",
                  rows)


def _made_at(address, revision: str) -> None:
    """The group's schema at `revision`, with the rows that revision's stores held."""
    engine = make_engine(address, address.group)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{address.group}" CASCADE')
            connection.exec_driver_sql(f'CREATE SCHEMA "{address.group}"')
            migrate.upgrade(connection, revision)
            connection.exec_driver_sql(_for_postgres(_rows_at(revision)))
            # The rows were written with their ids, as a move writes them: the sequences go past them.
            present = set(connection.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
            for table, keys in record_keys().items():
                if keys == ("id",) and table in present:
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f"coalesce((SELECT max(id) FROM \"{table}\"), 0) + 1, false)")
    finally:
        engine.dispose()


def test_models_and_the_newest_revision_agree_on_a_server(server_address):
    engine = make_engine(server_address, server_address.group)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "include_name": lambda name, kind, _: not (kind == "table" and name.startswith("cd_"))})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    # The server's own, which no model describes: its text columns hold any length (store/server.py), its
    # foreign keys are deferrable (the journal's undo) and its search indexes are expression indexes
    # (store/pg_search.py). Every table, column, key and other index agrees.
    steps = [step for difference in differences
             for step in (difference if isinstance(difference, list) else [difference])]
    assert [step for step in steps if step[0] not in ("modify_type", "remove_fk", "add_fk") and not (
        step[0] == "remove_index" and step[1].name.startswith("search_"))] == []

    def links(kind):
        return sorted((fk.parent.name, tuple(c.name for c in fk.columns), fk.referred_table.name, fk.ondelete)
                      for name, fk in steps if name == kind)

    assert links("remove_fk") == links("add_fk")
    assert all(fk.deferrable for name, fk in steps if name == "remove_fk")
    # Only text columns differ in type: every number (amounts in pence are bigint, revision 0009) is the model's.
    assert [step[2:4] for step in steps if step[0] == "modify_type" and not isinstance(step[5], String)] == []


@pytest.mark.parametrize("revision", sorted(migrate.known_revisions() - {migrate.head_revision()}))
def test_a_group_of_every_earlier_revision_on_a_server_upgrades_with_nothing_lost(server_address, revision):
    _made_at(server_address, revision)
    engine = make_engine(server_address, server_address.group)
    with engine.connect() as connection:
        before = {table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                  for table in connection.execute(text(
                      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars()}
    engine.dispose()

    with open_group(server_address) as store, store.session() as session:
        assert migrate.current_revision(session.connection()) == migrate.head_revision()
        for table, count in before.items():
            if table != "alembic_version":
                assert session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == count, table
        steps = session.execute(text('SELECT code_id, status, "on" FROM code_status_change ORDER BY id')).all()
    with open_group(server_address) as store:
        (seat,) = store.run(seats.seat_overview, TODAY)
        assert seat.holder == "Łucja Kowalczyk"
        # The search reaches the old rows, the Welsh title once given, and a name without its accent.
        for words in ("rural routes", "Llyr"):
            assert any(group.kind is search.Kind.MEETINGS for group in store.run(search.search, words)), words
        store.run(meetings.update_item, 1, title="Gritting routes", title_cy="Llwybrau graeanu")
        assert any(group.kind is search.Kind.MEETINGS for group in store.run(search.search, "llwybrau"))
        # The journal is on every table: an edit is taken back exactly.
        _, change = store.run_recorded(seats.update_seat, 1, title="Sedd newydd", sector="vcs", fill="reserved",
                                       reserved_for="BME forum")
        store.apply(change)
        assert store.run(seats.seat_overview, TODAY)[0].title == "BME forum seat"
        if revision >= "0003":
            assert [tuple(map(str, step)) for step in steps] == [
                ("1", "adopted", "2009-03-01"), ("2", "adopted", "2007-06-12"), ("2", "under_review", "2007-06-12")]
            detail = store.run(codes_service.code_detail, 2, TODAY).row
            store.run(codes_service.update_code, 2, name=detail.held_name, status=detail.status,
                      adopted_on=detail.adopted_on, review_months=24, notes="edited")
            edited = store.run(codes_service.code_detail, 2, TODAY).row
            assert (edited.status, edited.adopted_on) == (detail.status, dt.date(2007, 6, 12))
