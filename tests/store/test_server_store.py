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
from compactdesk.store.models import AgendaItem, AgendaPaper
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


def test_an_undo_never_removes_another_persons_newer_records_reached_through_a_cascade(server_group):
    with open_group(server_group, person="Ann Jones") as ann, open_group(server_group, person="Bryn Ellis") as bryn:
        _, step = ann.run_recorded(meetings.create_meeting, "liaison", dt.datetime(2026, 12, 15, 10))
        meeting = ann.run(meetings.list_meetings)[0].id
        bryn.run(meetings.add_item, meeting, "Bryn's item")
        with pytest.raises(ChangedSinceError, match="Bryn Ellis"):
            ann.apply(step)
        assert "Bryn's item" in [item.title for item in bryn.run(lambda session: meetings.list_meetings(session)[0].items)]


def test_an_undo_that_can_no_longer_be_made_is_refused_in_words(server_group):
    with open_group(server_group, person="Ann Jones") as ann, open_group(server_group, person="Bryn Ellis") as bryn:
        guest = ann.run(members.add_person, "Guest Speaker").id
        meeting = ann.run(meetings.create_meeting, "liaison", dt.datetime(2026, 12, 10, 10)).id
        ann.run(meetings.record_attendance, meeting, guest, "present")
        _, step = ann.run_recorded(meetings.delete_meeting, meeting)
        bryn.run(members.delete_person, guest)  # no longer at any meeting: Bryn may remove them
        with pytest.raises(ChangedSinceError, match="removed or changed by someone else"):
            ann.apply(step)
        assert ann.run(meetings.list_meetings) == []


def _open_when_told(address_text, queue, go):
    from compactdesk.store.address import ServerAddress
    from compactdesk.store.server import open_group

    go.wait()
    try:
        open_group(ServerAddress.parse(address_text)).close()
        queue.put("opened")
    except Exception as error:  # noqa: BLE001 - the test says what went wrong
        queue.put(f"{type(error).__name__}: {str(error).splitlines()[0][:120]}")


def test_three_people_opening_a_group_a_new_version_first_meets_all_get_in(server_address):
    import multiprocessing

    from compactdesk.store import migrate
    from compactdesk.store.server import make_engine

    engine = make_engine(server_address, server_address.group)
    with engine.begin() as connection:  # the group as the version before left it
        connection.exec_driver_sql(f'DROP SCHEMA "{server_address.group}" CASCADE')
        connection.exec_driver_sql(f'CREATE SCHEMA "{server_address.group}"')
        migrate.upgrade(connection, "0007")
    engine.dispose()
    context = multiprocessing.get_context("spawn")
    queue, go = context.Queue(), context.Event()
    people = [context.Process(target=_open_when_told, args=(server_address.text(), queue, go)) for _ in range(3)]
    for person in people:
        person.start()
    import time

    time.sleep(3)  # each has loaded the program and waits at the door
    go.set()
    for person in people:
        person.join(60)
    assert [queue.get(timeout=5) for _ in people] == ["opened"] * 3
    with open_group(server_address) as store, store.session() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM cd_journal")).scalar() == 0  # the upgrade left no steps


def test_a_papers_step_holds_its_key_and_digest_not_its_bytes(server_group):
    import os

    with open_group(server_group) as store:
        meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 12, 10, 10)).id
        item = store.run(meetings.add_item, meeting, "Item").id
        data = os.urandom(4 * 1024 * 1024)
        _, step = store.run_recorded(meetings.attach_paper, item, "big.pdf", data, added_on=TODAY)
        assert step.size < 10_000
        paper = store.run(lambda session: session.get(AgendaItem, item).papers[0].id)
        _, rename = store.run_recorded(lambda session: setattr(session.get(AgendaPaper, paper), "filename", "new.pdf"))
        assert rename.size < 10_000  # a renamed paper's step holds the old name, not the bytes
        store.apply(rename)
        assert store.run(meetings.paper_content, paper) == data
        store.apply(step)
        assert store.run(lambda session: session.get(AgendaItem, item).papers) == []


def test_undo_works_whatever_the_servers_standard_conforming_strings(server_address, pg_cluster):
    with psycopg.connect(pg_cluster.database_url(server_address.database), autocommit=True) as connection:
        connection.execute(f"ALTER DATABASE {server_address.database} SET standard_conforming_strings = off")
    with open_group(server_address) as store:
        person = store.run(members.add_person, "Name").id
        before = _snapshot(store)
        _, step = store.run_recorded(members.update_person, person, name="Name", notes='C:\\new "quoted"\nline \'s')
        store.apply(step)
        assert _snapshot(store) == before
