"""Personal data (UK GDPR): what is held on a person, and erasing them without breaking the record."""

import dataclasses
import json

import pytest
from sqlalchemy import String, Text, text

from compactdesk.documents.handover import export_personal_data
from compactdesk.domain.errors import ValidationError
from compactdesk.services.members import add_person
from compactdesk.services.personal import erase_person, neutral_name, personal_data
from compactdesk.services.review import review_years, year_figures
from compactdesk.store import open_store
from compactdesk.store.models import Base

RHODRI = 3  # Rhodri Owen in the demo: seat, attendance, feedback, targets, a department, named in minutes
LLYR = 5  # Llŷr Evans: a champion with feedback owed


@pytest.fixture
def demo(demo_path):
    store = open_store(demo_path)
    yield store
    store.close()


def _scalar(store, sql, **values):
    with store.session() as session:
        return session.scalar(text(sql), values)


def _text_hits(store, needle: str) -> list[tuple[str, str]]:
    """Every (table, column) whose text holds `needle`, by SQL LIKE over every text column of every table."""
    hits = []
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text):
                    count = session.scalar(text(f'SELECT count(*) FROM "{table.name}" WHERE "{column.name}" LIKE :n'),
                                           {"n": f"%{needle}%"})
                    if count:
                        hits.append((table.name, column.name))
    return hits


def _figures(store, today):
    def read(session):
        return {year: dataclasses.asdict(year_figures(session, year, today)) for year in review_years(session, today)}
    return store.run(read)


def test_export_holds_all_on_the_person(demo, tmp_path):
    path = export_personal_data_in(demo, RHODRI, tmp_path / "Rhodri Owen.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Rhodri Owen"
    assert data["person"]["email"]
    assert data["organisation"]["name"] == "Dyfnant County Council"
    assert len(data["seat_terms"]) == _scalar(demo, "SELECT count(*) FROM seat_term WHERE person_id = 3")
    assert len(data["attendance"]) == _scalar(demo, "SELECT count(*) FROM attendance WHERE person_id = 3")
    assert len(data["feedback_owed"]) == _scalar(demo, "SELECT count(*) FROM feedback WHERE officer_id = 3")
    assert len(data["targets_led"]) == _scalar(demo, "SELECT count(*) FROM target WHERE lead_id = 3")
    assert len(data["presenting"]) == _scalar(demo, "SELECT count(*) FROM agenda_item WHERE presenter_id = 3")
    assert len(data["departments_championed"]) == _scalar(
        demo, "SELECT count(*) FROM department WHERE champion_id = 3")
    assert data["mentions"], "the demo's minutes name him"
    for mention in data["mentions"]:
        assert mention["meeting_id"] and mention["item_id"] and "rhodri owen" in mention["text"].lower()


def export_personal_data_in(store, person_id, path):
    return store.run(export_personal_data, person_id, path)


def test_export_keeps_welsh_letters(demo, tmp_path):
    path = export_personal_data_in(demo, LLYR, tmp_path / "out.json")
    raw = path.read_bytes()
    assert "Llŷr Evans".encode() in raw  # written as UTF-8, not \u escapes
    assert json.loads(raw)["feedback_owed"]


@pytest.mark.parametrize("person_id", [RHODRI, LLYR])
def test_erase_leaves_no_trace_and_the_figures_stand(demo, today, person_id):
    name = _scalar(demo, "SELECT name FROM person WHERE id = :p", p=person_id)
    counts = {table: _scalar(demo, f"SELECT count(*) FROM {table} WHERE {column} = :p", p=person_id)
              for table, column in [("attendance", "person_id"), ("seat_term", "person_id"),
                                    ("target", "lead_id"), ("feedback", "officer_id")]}
    championed = _scalar(demo, "SELECT count(*) FROM department WHERE champion_id = :p", p=person_id)
    assert _text_hits(demo, name)
    before = _figures(demo, today)

    neutral = demo.run(erase_person, person_id)

    assert neutral == "Former member"
    assert _text_hits(demo, name) == []
    row = demo.run(lambda s: s.execute(text(
        "SELECT name, role, email, phone, address, notes, department, is_champion FROM person WHERE id = :p"),
        {"p": person_id}).one())
    assert tuple(row) == ("Former member", "", "", "", "", "", "", 0)
    assert _scalar(demo, "SELECT count(*) FROM department WHERE champion_id = :p", p=person_id) == 0
    for table, column in [("attendance", "person_id"), ("seat_term", "person_id"), ("target", "lead_id"),
                          ("feedback", "officer_id")]:
        assert _scalar(demo, f"SELECT count(*) FROM {table} WHERE {column} = :p", p=person_id) == counts[table]
    after = _figures(demo, today)
    # Every figure of every year stands, except today's count of departments with a champion:
    # removing the erased person as champion leaves their department(s) without one.
    for year in before:
        champions_before, champions_after = before[year].pop("champions"), after[year].pop("champions")
        assert before[year] == after[year], year
        if champions_before is not None:
            assert champions_after == (champions_before[0] - championed, champions_before[1])


def test_erase_replaces_the_name_in_minutes(demo):
    item = demo.run(lambda s: s.execute(text(
        "SELECT id, minutes || decisions FROM agenda_item WHERE minutes || decisions LIKE '%Rhodri Owen%'")).first())
    assert item is not None
    demo.run(erase_person, RHODRI)
    changed = _scalar(demo, "SELECT minutes || decisions FROM agenda_item WHERE id = :i", i=item[0])
    assert changed == item[1].replace("Rhodri Owen", "Former member")


def test_several_erased_are_numbered(demo):
    assert demo.run(erase_person, RHODRI) == "Former member"
    assert demo.run(erase_person, LLYR) == "Former member 2"
    assert demo.run(erase_person, 6) == "Former member 3"
    assert demo.run(neutral_name) == "Former member 4"


def test_erase_refuses_an_unknown_person(demo):
    with pytest.raises(ValidationError, match="no person with the number 999"):
        demo.run(erase_person, 999)
    with pytest.raises(ValidationError):
        demo.run(personal_data, 999)


def test_erase_is_one_transaction_and_can_be_undone(demo):
    def snapshot():
        with demo.session() as session:
            return {table.name: session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY rowid')).all()
                    for table in Base.metadata.sorted_tables}

    before = snapshot()
    _, change = demo.run_recorded(erase_person, RHODRI)
    assert change
    assert snapshot() != before
    demo.apply(change)
    assert snapshot() == before


def test_a_name_inside_another_word_is_left_alone(tmp_path):
    from compactdesk.store import create_store

    with create_store(tmp_path / "g.cdstore") as store:
        ann = store.run(lambda s: add_person(s, "Ann", notes="Met Ann at the Annual meeting.").id)
        store.run(lambda s: add_person(s, "Bob", notes="Ann sends apologies; annual report due."))
        store.run(erase_person, ann)
        notes = store.run(lambda s: s.scalar(text("SELECT notes FROM person WHERE name = 'Bob'")))
        assert notes == "Former member sends apologies; annual report due."
