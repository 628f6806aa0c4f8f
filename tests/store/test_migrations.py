"""The schema comes from Alembic revisions, and an upgrade loses nothing."""

import datetime as dt
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from compactdesk.domain.enums import Attendance, TargetStatus
from compactdesk.services import actions, feedback, meetings, members, seats
from compactdesk.services import compact as compact_service
from compactdesk.store import create_store, open_store
from compactdesk.store import migrate
from compactdesk.store.migrate import head_revision, schema_number
from compactdesk.store.models import Base, CodeOfPractice
from compactdesk.store.search_index import index_tables

TODAY = dt.date(2026, 11, 24)


def test_models_and_the_newest_revision_agree(tmp_path):
    with create_store(tmp_path / "group.cdstore") as store, store.engine.connect() as connection:
        # The search index (revision 0006) is FTS5's virtual tables, which no model describes.
        index = index_tables(connection.connection.driver_connection)
        assert index, "a new store has its search index"
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, kind, _: not (kind == "table" and name in index)})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_revisions_read_without_alembic_are_alembics_own(tmp_path):
    # The start path reads revisions from file names and the version table, to leave Alembic unloaded.
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}
    assert migrate.head_revision() == scripts.get_current_head()
    for revision in sorted(migrate.known_revisions()):
        with create_store(tmp_path / f"{revision}.cdstore", revision=revision) as store, \
                store.engine.connect() as connection:
            assert migrate.current_revision(connection) == revision
            assert MigrationContext.configure(connection).get_current_revision() == revision


def test_header_carries_the_schema_number(tmp_path):
    create_store(tmp_path / "group.cdstore").close()
    connection = sqlite3.connect(tmp_path / "group.cdstore")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_number(head_revision())
    connection.close()


FIRST_REVISION_ROWS = """
INSERT INTO compact (id, name, area, group_label, champion_label, consultation_weeks, funding_notice_months,
                     feedback_days, feedback_by_next_meeting, due_soon_days, notes)
    VALUES (1, 'Compact Ynys Môn', 'Ynys Môn', 'steering group', 'representative', 12, 6, 21, 0, 30, '');
INSERT INTO compact_status_change (compact_id, status, "on", note) VALUES (1, 'signed', '2024-05-01', 'Llofnodwyd');
INSERT INTO organisation (id, name, sector, notes) VALUES (1, 'Cyngor Sir Ynys Môn', 'council', '');
INSERT INTO organisation (id, name, sector, notes) VALUES (2, 'Centrum Polskie', 'vcs', '');
INSERT INTO organisation_tag (organisation_id, tag) VALUES (2, 'bme');
INSERT INTO person (id, name, role, organisation_id, department, email, phone, address, is_champion, notes)
    VALUES (1, 'Llŷr Evans', 'Highways manager', 1, 'Highways', '', '', '', 1, '');
INSERT INTO person (id, name, role, organisation_id, department, email, phone, address, is_champion, notes)
    VALUES (2, 'Łucja Kowalczyk', 'Co-ordinator', 2, '', '', '', '', 0, '');
INSERT INTO seat (id, title, sector, fill, reserved_for, nominating_org_id, position, notes)
    VALUES (1, 'BME forum seat', 'vcs', 'reserved', 'BME forum', 2, 0, '');
INSERT INTO seat_term (seat_id, person_id, start_on, end_on) VALUES (1, 2, '2025-01-01', '2026-12-31');
INSERT INTO meeting (id, kind, starts_at, venue, status, notes)
    VALUES (1, 'liaison', '2026-09-15 10:00:00.000000', 'Llangefni', 'minutes_drafted', 'Gwenllïan in the chair');
INSERT INTO meeting (id, kind, starts_at, venue, status, notes)
    VALUES (2, 'liaison', '2026-12-15 10:00:00.000000', 'Llangefni', 'planned', '');
INSERT INTO agenda_item (id, meeting_id, position, title, standing, presenter, description, minutes, decisions)
    VALUES (1, 1, 0, 'Gritting routes', NULL, 'Llŷr Evans', '', 'Discussed the rural routes.', 'Reply in writing.');
INSERT INTO attendance (meeting_id, person_id, status) VALUES (1, 1, 'present');
INSERT INTO attendance (meeting_id, person_id, status) VALUES (1, 2, 'apologies');
INSERT INTO target (id, title, measure, code_id, partner_id, lead_id, start_on, deadline, meeting_id, item_id,
                    drop_reason)
    VALUES (1, 'Grit the community transport routes', '', 1, 1, 1, '2026-09-15', '2026-10-31', 1, 1, '');
INSERT INTO target_progress (target_id, "on", note) VALUES (1, '2026-10-01', 'Routes mapped');
INSERT INTO feedback (issue, detail, meeting_id, item_id, officer_id, department, ask, raised_on, by_next_meeting,
                      answer_summary)
    VALUES ('Gritting of rural routes', '', 1, 1, 1, 'Highways', 'written_reply', '2026-09-15', 0, '');
"""


def test_a_store_made_at_the_first_revision_upgrades_with_nothing_lost(tmp_path):
    path = tmp_path / "old.cdstore"
    with create_store(path, revision="0001") as old:
        assert old.revision == "0001"
        raw = old.engine.raw_connection()
        raw.executescript("BEGIN;" + FIRST_REVISION_ROWS + "COMMIT;")
        raw.close()

    with open_store(path) as store:
        assert store.revision == head_revision()
        backup = store.upgrade_backup
        # Revision 0004: the store is given an id of its own, kept by its backups.
        (store_id,) = store.run(lambda session: session.execute(text("SELECT store_id FROM store_identity")).one())
        assert len(store_id) == 32 and int(store_id, 16) >= 0
        organisations = [o.name for o in store.run(members.list_organisations)]
        assert organisations == ["Centrum Polskie", "Cyngor Sir Ynys Môn"]
        assert {p.name for p in store.run(members.list_people)} == {"Llŷr Evans", "Łucja Kowalczyk"}
        (seat,) = store.run(seats.seat_overview, TODAY)
        assert seat.holder == "Łucja Kowalczyk" and seat.reserved_for == "BME forum"
        held = store.run(meetings.list_meetings)[0]
        assert held.notes == "Gwenllïan in the chair" and held.apologies_to == ""
        with store.session() as session:
            item = session.get(meetings.AgendaItem, 1)
            assert (item.minutes, item.decisions) == ("Discussed the rural routes.", "Reply in writing.")
            assert {(r.person.name, r.status) for r in session.get(meetings.Meeting, 1).attendance} == {
                ("Llŷr Evans", Attendance.PRESENT), ("Łucja Kowalczyk", Attendance.APOLOGIES)}
        (target,) = store.run(actions.target_rows, TODAY)
        assert target.status is TargetStatus.OVERDUE and target.last_progress == "Routes mapped"
        (owed,) = store.run(feedback.feedback_rows, TODAY)
        assert owed.officer == "Llŷr Evans" and owed.due == dt.date(2026, 10, 6)  # this compact allows 21 days
        # The new revision's table works on the upgraded store.
        paper = store.run(meetings.attach_paper, 1, "adroddiad.pdf", b"%PDF-1.4 test", added_on=TODAY)
        assert store.run(meetings.paper_content, paper.id) == b"%PDF-1.4 test"
        # Revision 0003: the codes keep their names and targets and start as proposed; the compact's own
        # numbers are kept and the new one takes the national default; the dispute route and the
        # monitoring framework are there to use.
        rules = store.run(compact_service.standards)
        assert (rules.funding_notice_months, rules.feedback_days, rules.consultation_feedback_weeks) == (6, 21, 12)
        raw = store.engine.raw_connection()
        try:
            codes = raw.execute("SELECT name, status, review_months, notes FROM code_of_practice ORDER BY id").fetchall()
            assert codes[0] == ("Funding and procurement", "proposed", 24, "") and len(codes) == 5
            assert raw.execute("SELECT code_id FROM target").fetchall() == [(1,)]
            stages = [row[0] for row in raw.execute("SELECT name FROM dispute_stage ORDER BY position")]
            assert stages == ["Informal discussion", "Raised at the liaison group", "Mediation",
                              "Councillor's call-in", "Arbitration", "Outcome"]
            groups = [row[0] for row in raw.execute('SELECT DISTINCT "group" FROM indicator ORDER BY position')]
            assert groups == ["baseline", "inputs", "process", "outputs", "outcomes"]
            assert raw.execute("SELECT count(*) FROM indicator").fetchone() == (24,)
        finally:
            raw.close()

    assert backup is not None and backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT count(*) FROM feedback").fetchone() == (1,)
    copy.close()


def test_an_up_to_date_store_opens_without_an_upgrade_backup_only_the_daily_one(tmp_path):
    create_store(tmp_path / "group.cdstore").close()
    with open_store(tmp_path / "group.cdstore") as store:
        assert store.upgrade_backup is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["group backups", "group.cdstore"]
    (copy,) = (tmp_path / "group backups").iterdir()
    assert copy.name.endswith(" daily.cdstore")


def test_every_new_store_has_an_id_of_its_own_and_its_backups_keep_it(tmp_path):
    from compactdesk.store.backup import ON_DEMAND, make_backup
    from compactdesk.store.identity import another_group

    first, second = tmp_path / "a.cdstore", tmp_path / "b.cdstore"
    create_store(first).close()
    create_store(second).close()
    backup = make_backup(first, ON_DEMAND)
    assert another_group(first, backup) is None
    assert "another group" in another_group(first, second)


def test_papers_attached_before_revision_0004_are_given_their_digest(tmp_path):
    import hashlib

    path = tmp_path / "old.cdstore"
    with create_store(path, revision="0003") as old:
        raw = old.engine.raw_connection()
        raw.executescript(
            "BEGIN;"
            "INSERT INTO meeting(id, kind, starts_at, venue, status, notes, apologies_to) "
            "VALUES (1, 'liaison', '2026-01-13 10:00:00.000000', '', 'planned', '', '');"
            "INSERT INTO agenda_item(id, meeting_id, position, title, presenter, description, minutes, decisions) "
            "VALUES (1, 1, 0, 'Papurau', '', '', '', '');"
            "INSERT INTO agenda_paper(id, item_id, filename, media_type, content, size, added_on) "
            "VALUES (1, 1, 'adroddiad.pdf', 'application/pdf', x'255044462d312e34', 8, '2026-01-01');"
            "COMMIT;")
        raw.close()
    with open_store(path) as store:
        digest = store.run(lambda session: session.execute(text("SELECT digest FROM agenda_paper")).scalar_one())
        assert store.problems() == []
    assert digest == hashlib.sha256(bytes.fromhex("255044462d312e34")).hexdigest()


def test_a_store_of_revision_0006_upgrades_to_welsh_words_left_empty_and_an_item_found_by_its_welsh(tmp_path):
    from compactdesk import i18n
    from compactdesk.services import papers, search
    from compactdesk.store.search_index import out_of_step

    path = tmp_path / "old.cdstore"
    with create_store(path, revision="0006") as old:
        raw = old.engine.raw_connection()
        raw.executescript("BEGIN;" + FIRST_REVISION_ROWS.replace(
            "'Gritting routes', NULL", "'Welcome and apologies', 'welcome'") + "COMMIT;")
        raw.close()
    with open_store(path) as store:
        assert store.revision == head_revision()
        raw = store.engine.raw_connection()
        try:
            assert raw.execute("SELECT name_cy, group_label_cy, champion_label_cy FROM compact").fetchall() == [
                ("", "", "")]
            assert raw.execute("SELECT title, title_cy FROM seat").fetchall() == [("BME forum seat", "")]
            assert raw.execute("SELECT title_cy FROM agenda_item").fetchall() == [("",)]
            assert out_of_step(raw.driver_connection) == []
        finally:
            raw.close()
        # Nothing in Welsh yet: a Welsh paper names the group and the seat in the English, as held.
        with i18n.speaking(i18n.WELSH):
            assert "Compact Ynys Môn" in store.run(papers.group_name)
            (seat,) = store.run(seats.seat_overview, TODAY)
            assert seat.title == "BME forum seat"
        # The new columns work, and the rebuilt index finds an item by its Welsh title and still by its minutes.
        store.run(meetings.update_item, 1, title="Welcome and apologies", title_cy="Croeso ac ymddiheuriadau")
        for words in ("ymddiheuriadau", "rural routes"):
            assert [hit.record_id for group in store.run(search.search, words) for hit in group.hits
                    if group.kind is search.Kind.MEETINGS] == [1]
        store.run(seats.update_seat, 1, title="BME forum seat", sector="vcs", fill="reserved",
                  reserved_for="BME forum", title_cy="Sedd y fforwm BME")
        with i18n.speaking(i18n.WELSH):
            assert store.run(seats.seat_overview, TODAY)[0].title == "Sedd y fforwm BME"


# From revision 0003 on: a code adopted on a known day, one under review, a department with its champion and one
# without, a funding notice and a dispute with its steps, as the case studies would have them.
COMPACT_ROWS = """
UPDATE code_of_practice SET status = 'adopted', adopted_on = '2009-03-01', notes = 'Mabwysiadwyd' WHERE id = 1;
UPDATE code_of_practice SET status = 'under_review', adopted_on = '2007-06-12' WHERE id = 2;
UPDATE code_of_practice SET status = 'in_draft' WHERE id = 3;
INSERT INTO department (id, organisation_id, name, champion_id) VALUES (1, 1, 'Highways', 1);
INSERT INTO department (id, organisation_id, name, champion_id) VALUES (2, 1, 'Social services', NULL);
INSERT INTO funding_notice (id, organisation_id, body_id, given_on, effective_on, change, notes)
    VALUES (1, 2, 1, '2009-10-01', '2010-04-01', 'end', 'Told it had six more months');
INSERT INTO dispute (id, title, raised_by_id, against_id, raised_on, summary, outcome, resolved_on)
    VALUES (1, 'Cut to the CVS grant', 2, 1, '2009-10-05', '', '', NULL);
INSERT INTO dispute_step (dispute_id, stage_id, "on", note) VALUES (1, 4, '2009-11-02', 'Call-in failed');
"""


# A store made at 0008 or later keeps the histories its services wrote as the codes and champions were set.
HISTORY_ROWS = """
INSERT INTO code_status_change (code_id, status, "on", note) VALUES (1, 'adopted', '2009-03-01', '');
INSERT INTO code_status_change (code_id, status, "on", note) VALUES (2, 'adopted', '2007-06-12', '');
INSERT INTO code_status_change (code_id, status, "on", note) VALUES (2, 'under_review', '2007-06-12', '');
INSERT INTO champion_change (department_id, person_id, "on", note) VALUES (1, 1, NULL, '');
"""


def _rows_at(revision: str) -> str:
    rows = FIRST_REVISION_ROWS
    if revision >= "0003":
        rows += COMPACT_ROWS
    return rows + HISTORY_ROWS if revision >= "0008" else rows


@pytest.mark.parametrize("revision", sorted(migrate.known_revisions() - {migrate.head_revision()}))
def test_a_store_of_every_earlier_revision_upgrades_to_the_newest_with_nothing_lost(tmp_path, revision):
    from compactdesk.domain.enums import CodeStatus
    from compactdesk.services import codes as codes_service
    from compactdesk.services import funding

    path = tmp_path / f"{revision}.cdstore"
    with create_store(path, revision=revision) as old:
        raw = old.engine.raw_connection()
        raw.executescript("BEGIN;" + _rows_at(revision) + "COMMIT;")
        before = {table: raw.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                  for (table,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'")}
        raw.close()

    with open_store(path) as store:
        assert store.revision == head_revision()
        raw = store.engine.raw_connection()
        try:
            for table, count in before.items():
                if table != "alembic_version":
                    assert raw.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
            # Revision 0008: the new columns are empty, and the histories start from what was known.
            assert raw.execute("SELECT brief, vacancy_on, vacancy_reason FROM seat").fetchall() == [("", None, "")]
            assert raw.execute("SELECT count(*) FROM commitment").fetchone() == (0,)
            assert raw.execute("SELECT count(*) FROM intended_seats").fetchone() == (0,)
            assert raw.execute("SELECT count(*) FROM compact_lead").fetchone() == (0,)
            steps = raw.execute('SELECT code_id, status, "on" FROM code_status_change ORDER BY id').fetchall()
            changes = raw.execute('SELECT department_id, person_id, "on" FROM champion_change').fetchall()
            assert raw.execute("PRAGMA user_version").fetchone() == (schema_number(head_revision()),)
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            raw.close()
        (seat,) = store.run(seats.seat_overview, TODAY)
        assert seat.holder == "Łucja Kowalczyk"
        if revision < "0003":
            assert steps == [] and changes == []
            return
        # Code 2 was adopted, then put under review on a day never recorded: that is its latest step.
        assert steps == [(1, "adopted", "2009-03-01"), (2, "adopted", "2007-06-12"),
                         (2, "under_review", "2007-06-12")]
        assert changes == [(1, 1, None)]
        with store.session() as session:
            codes = {code.id: (code.status, code.adopted_on, code.notes) for code in
                     session.scalars(select(CodeOfPractice))}
        assert codes[1] == (CodeStatus.ADOPTED, dt.date(2009, 3, 1), "Mabwysiadwyd")
        assert codes[2][:2] == (CodeStatus.UNDER_REVIEW, dt.date(2007, 6, 12))  # its status now is kept
        assert codes[3][0] is CodeStatus.IN_DRAFT
        # Each code's history agrees with its status: an edit keeps the status as it was.
        for code_id, (status, adopted_on, notes) in codes.items():
            store.run(codes_service.update_code, code_id, name=store.run(codes_service.code_detail, code_id,
                                                                           TODAY).row.held_name,
                      status=status, adopted_on=adopted_on, review_months=24, notes=notes + " edited")
            edited = store.run(codes_service.code_detail, code_id, TODAY).row
            assert (edited.status, edited.adopted_on) == (status, adopted_on), code_id
        (notice,) = store.run(funding.notice_rows)
        assert (notice.organisation, notice.notes) == ("Centrum Polskie", "Told it had six more months")
        assert notice.outcome is None and notice.amount_pence is None and notice.percent is None
