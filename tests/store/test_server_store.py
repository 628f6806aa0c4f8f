"""A group on a PostgreSQL server, at the store's level: who may see which group, TLS as the address asks, the
journal's undo through every kind of change (cascades, papers' bytes, a row changed twice, any text), the
version check and the refused undo, between two ServerStores as two people's windows."""

import datetime as dt

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.domain.errors import ValidationError
from compactdesk.services import meetings, members
from compactdesk.store.address import ServerAddress
from compactdesk.store.errors import StoreUnavailableError
from compactdesk.store.server import create_group, list_groups, open_group, schema_for
from compactdesk.store.server_journal import ChangedSinceError

TODAY = dt.date(2026, 11, 24)


def _snapshot(store) -> dict:
    """Every table's rows, as the server holds them."""
    from sqlalchemy import text

    with store.session() as session:
        tables = session.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                      "AND tablename NOT LIKE 'cd\\_%' ORDER BY 1")).scalars().all()
        return {table: sorted(map(str, session.execute(text(f'SELECT to_jsonb(t.*) FROM "{table}" t')).scalars()))
                for table in tables}


def test_sslmode_is_what_the_address_asks(server_address):
    # The test server speaks no TLS: an address that requires it is refused, in words, and never sent in the clear.
    with pytest.raises(StoreUnavailableError, match="SSL"):
        open_group(ServerAddress.parse(server_address.text().replace("?", "?sslmode=require&")))
    with open_group(ServerAddress.parse(server_address.text().replace("?", "?sslmode=disable&"))) as store:
        assert store.run(members.organisation_rows) == []


def test_a_login_lists_and_opens_only_the_groups_it_is_granted(server_address, pg_cluster):
    other = create_group(server_address.with_group(None), "Grŵp Ŵyl Môn")
    assert other.schema == "group_grwp_wyl_mon"
    other.close()
    database = server_address.database
    with psycopg.connect(pg_cluster.database_url(database), autocommit=True) as connection:
        connection.execute("DROP ROLE IF EXISTS bryn_test")
        connection.execute("CREATE ROLE bryn_test LOGIN")
        connection.execute("GRANT USAGE ON SCHEMA group_test TO bryn_test")
        connection.execute("GRANT SELECT ON ALL TABLES IN SCHEMA group_test TO bryn_test")
    bryn = ServerAddress(server_address.host, database, "bryn_test", server_address.port)
    try:
        assert [group.schema for group in list_groups(bryn)] == ["group_test"]
        assert {group.schema for group in list_groups(server_address)} == {"group_test", "group_grwp_wyl_mon"}
    finally:
        with psycopg.connect(pg_cluster.database_url(database), autocommit=True) as connection:
            connection.execute("REVOKE ALL ON ALL TABLES IN SCHEMA group_test FROM bryn_test")
            connection.execute("REVOKE ALL ON SCHEMA group_test FROM bryn_test")
            connection.execute("DROP ROLE bryn_test")


@given(name=st.text(max_size=80))
def test_any_name_makes_a_schema_name_the_server_takes(name):
    schema = schema_for(name, {"group_group"})
    assert schema.startswith("group_") and schema != "group_group" and len(schema) <= 63
    assert schema.replace("_", "").isalnum() and schema.isascii() and schema == schema.lower()


def test_undo_puts_back_a_meeting_removed_with_its_items_papers_and_attendance(server_group):
    with open_group(server_group) as store:
        person = store.run(members.add_person, "Siân O'Brien").id
        meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 12, 15, 10), venue="Neuadd 50%").id
        item = store.run(meetings.add_item, meeting, "Cyllid \\ grants 'quoted' \"double\"").id
        paper = bytes(range(256)) * 40 + b"\x00%s\\x"
        store.run(meetings.attach_paper, item, "adroddiad.pdf", paper, added_on=TODAY)
        store.run(meetings.record_attendance, meeting, person, "present")
        before = _snapshot(store)
        _, change = store.run_recorded(meetings.delete_meeting, meeting)
        assert _snapshot(store) != before
        redo = store.apply(change)
        assert _snapshot(store) == before
        store.apply(redo)
        assert store.run(meetings.list_meetings) == []


def test_a_row_changed_twice_in_one_step_comes_back_as_it_was(server_group):
    def twice(session, person_id):
        members.update_person(session, person_id, name="Second name", role="Chair")
        members.update_person(session, person_id, name="Third name", role="")

    with open_group(server_group) as store:
        person = store.run(members.add_person, "First name", role="Member").id
        before = _snapshot(store)
        _, change = store.run_recorded(twice, person)
        store.apply(change)
        assert _snapshot(store) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200))
def test_any_text_is_taken_back_exactly(server_group, text):
    with open_group(server_group) as store:
        person = store.run(members.add_person, "Name", notes="Before").id
        before = _snapshot(store)
        try:
            _, change = store.run_recorded(members.update_person, person, name="Name ' % \\", notes=text)
        except ValidationError:
            return
        redo = store.apply(change)
        assert _snapshot(store) == before
        store.apply(redo)
        store.apply(change)  # the redo's own undo: the same change, found as it was left
        assert _snapshot(store) == before


def test_a_save_over_a_later_change_by_another_window_is_refused_naming_them(server_group):
    with open_group(server_group, person="Ann Jones") as ann, open_group(server_group, person="Bryn Ellis") as bryn:
        person = ann.run(members.add_person, "Ceri").id
        bryn_opened_the_form_at = bryn.last_change()
        ann.run_since(ann.last_change(), members.update_person, person, name="Ceri", role="Chair")
        with pytest.raises(ChangedSinceError, match="Ann Jones"):
            bryn.run_since(bryn_opened_the_form_at, members.update_person, person, name="Ceri", notes="Bryn's")
        # Bryn's own later save (his form counting from now) goes through; Ann's chair is what he saw and kept.
        bryn.run_since(bryn.last_change(), members.update_person, person, name="Ceri", role="Chair", notes="Bryn's")
        # Ann's own save is never refused for her own earlier change.
        ann.run_since(bryn_opened_the_form_at - 1 if bryn_opened_the_form_at else 0, members.add_person, "Dai")


def test_an_undo_of_a_record_someone_has_since_changed_is_refused_and_changes_nothing(server_group):
    with open_group(server_group, person="Ann Jones") as ann, open_group(server_group, person="Bryn Ellis") as bryn:
        person = ann.run(members.add_person, "Ceri").id
        _, change = ann.run_recorded(members.update_person, person, name="Ceri", role="Chair")
        bryn.run(members.update_person, person, name="Ceri", role="Chair", notes="Bryn was here")
        before = _snapshot(ann)
        with pytest.raises(ChangedSinceError, match="Bryn Ellis"):
            ann.apply(change)
        assert _snapshot(ann) == before
