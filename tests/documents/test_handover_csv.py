"""The handover's CSV files: text that a spreadsheet would run as a formula stays text, numbers stay
numbers, the records come through the services (services/records.py), and large tables stream."""

import ast
import csv
import io
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from compactdesk.documents import handover
from compactdesk.documents.handover import FORMULA_STARTS, README, csv_bytes, export_everything, spreadsheet_text
from compactdesk.domain.errors import ValidationError
from compactdesk.services import members, records
from compactdesk.store import create_store

HANDOVER_SOURCE = Path(handover.__file__)


def _cells(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@given(st.text())
def test_any_text_reads_back_as_itself_or_quoted(value):
    [header, row] = _cells(csv_bytes(["cell"], [(value,)]))
    assert header == ["cell"]
    assert row == ["'" + value if value.startswith(FORMULA_STARTS) else value]
    assert spreadsheet_text(value) == row[0]


@given(st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)))
def test_numbers_stay_numbers(number):
    [_, row] = _cells(csv_bytes(["amount"], [(number,)]))
    assert row == [str(number)]  # -5 is written -5, not '-5


def test_every_formula_start_is_guarded():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert spreadsheet_text(f"{start}1+1") == f"'{start}1+1"
    assert spreadsheet_text("Llŷr Evans") == "Llŷr Evans"
    assert spreadsheet_text("") == ""
    assert spreadsheet_text("a=b") == "a=b"


@pytest.fixture
def store(tmp_path):
    opened = create_store(tmp_path / "group.cdstore")
    yield opened
    opened.close()


def _read_csv(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_formula_like_records_stay_text_in_the_handover(store, tmp_path, today):
    link = '=HYPERLINK("http://x","click")'
    organisation = store.run(members.add_organisation, "+44 1234", "vcs", notes="-5 pounds").id
    store.run(members.add_person, link, organisation_id=organisation, notes="@risk")
    folder = tmp_path / "handover"
    report = export_everything(store, folder, today)
    assert [item for item in report.skipped if item.what.startswith("data/")] == []  # no feedback: no chase letters

    [person] = _read_csv(folder / "data" / "person.csv")
    assert person["name"] == "'" + link
    assert person["notes"] == "'@risk"
    assert person["organisation_id"] == str(organisation)  # a number, unquoted
    [org] = _read_csv(folder / "data" / "organisation.csv")
    assert (org["name"], org["notes"]) == ("'+44 1234", "'-5 pounds")
    for row in (person, org):
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row.values())
    readme = (folder / README).read_text(encoding="utf-8-sig")
    assert "starts with an added '" in readme


def test_handover_reads_the_store_only_through_services():
    tree = ast.parse(HANDOVER_SOURCE.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert not [name for name in imported if name == "sqlalchemy" or name.startswith("sqlalchemy.")]
    assert not [name for name in imported if name.startswith("compactdesk.store.models")]


def test_table_records_stream_every_row_in_id_order(store):
    names = [f"Person {n:05}" for n in range(2_000)]

    def add_many(session):
        for name in names:
            members.add_person(session, name)
    store.run(add_many)

    def read(session):
        table = records.table_records(session, "person")
        assert isinstance(table.rows, types.GeneratorType)  # read batch by batch, not all at once
        first = next(table.rows)
        assert isinstance(first, tuple) and first[table.columns.index("name")] == names[0]
        return table.columns, [first, *table.rows]

    columns, rows = store.run(read)
    assert columns[0] == "id" and "name" in columns
    assert [row[columns.index("name")] for row in rows] == names


def test_table_records_refuses_a_table_not_in_the_store(store):
    with pytest.raises(ValidationError, match="no table called"):
        store.run(records.table_records, 'person"; DROP TABLE person; --')
    with pytest.raises(ValidationError):
        store.run(records.table_records, "alembic_version")
    assert "person" in store.run(records.record_tables)
    assert "alembic_version" not in store.run(records.record_tables)


def test_a_table_this_version_does_not_know_is_still_exported(store, tmp_path, today):
    with store.session() as session:  # as a newer CompactDesk might have left it
        session.execute(text('CREATE TABLE "later ""one""" (id INTEGER PRIMARY KEY, note TEXT, amount INTEGER)'))
        session.execute(text('INSERT INTO "later ""one""" VALUES (1, \'=1+1\', -5)'))
    assert 'later "one"' in store.run(records.record_tables)
    folder = tmp_path / "handover"
    export_everything(store, folder, today)
    rows = _cells((folder / "data" / 'later "one".csv').read_bytes())
    assert rows == [["id", "note", "amount"], ["1", "'=1+1", "-5"]]


def test_attached_papers_and_their_files(demo_path):
    from compactdesk.services import meetings
    from compactdesk.store import open_store

    with open_store(demo_path) as store:
        attached = store.run(records.attached_papers)
        assert attached and [paper.paper_id for paper in attached] == sorted(paper.paper_id for paper in attached)
        assert store.run(meetings.paper_content, attached[0].paper_id)
