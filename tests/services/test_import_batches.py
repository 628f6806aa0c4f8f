"""Rows are written in batches, one savepoint each, for speed; whatever the rows, the plan and the import are those of
writing each row in a savepoint of its own (a refused row leaves nothing, and later rows see what earlier ones did)."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from compactdesk.domain.enums import Sector
from compactdesk.domain.import_fields import ImportKind, guess_matching
from compactdesk.services import importing, members
from compactdesk.services.importing import Outcome, plan_import, run_import
from compactdesk.services.spreadsheet import Sheet
from compactdesk.store import create_store
from compactdesk.store.models import Organisation, Person, Seat, SeatTerm

TODAY = dt.date(2027, 1, 20)
HEADER = ("Seat", "Member", "Organisation", "Start date", "End date")
# Few enough values that rows clash: a term overlapping one an earlier row gave, a member without a start, a near
# name of an organisation held (a question), the same organisation written two ways.
rows = st.lists(st.tuples(
    st.sampled_from(["Seat A", "Seat B", "seat a"]),
    st.sampled_from(["", "Ann Jones", "Jones, Ann", "Rhys Evans"]),
    st.sampled_from(["", "Dyfnant CVC", "Dyfnant County Voluntary Council", "Age Cymru", "age cymru "]),
    st.sampled_from(["", "15/01/2027", "01/02/2027", "1 Feb 2027"]),
    st.sampled_from(["", "31/01/2027", "31/12/2026"])), min_size=1, max_size=14)


def _counts(store) -> tuple[int, ...]:
    return store.run(lambda s: tuple(s.scalar(select(func.count()).select_from(model))
                                     for model in (Person, Organisation, Seat, SeatTerm)))


def _import(tmp_path, name, sheet, batch, monkeypatch, answers):
    monkeypatch.setattr(importing, "_BATCH", batch)
    with create_store(tmp_path / f"{name}.cdstore") as store:
        store.run(members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS)
        matching = guess_matching(sheet.rows, ImportKind.SEATS)
        planned = store.run(plan_import, sheet, ImportKind.SEATS, matching, today=TODAY, answers=answers)
        shape = ([(row.number, row.outcome, row.note) for row in planned.rows], planned.questions, planned.problems)
        try:
            result = store.run(run_import, sheet, ImportKind.SEATS, matching, today=TODAY, answers=answers)
        except Exception as error:  # noqa: BLE001 - compared, not swallowed
            result = type(error).__name__
        return shape, result, _counts(store)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=rows, answered=st.booleans())
def test_batches_plan_and_import_exactly_as_row_by_row(tmp_path_factory, monkeypatch, table, answered):
    sheet = Sheet("seats.xlsx", "Sheet1", ("Sheet1",), (HEADER, *table))
    answers = {"Dyfnant CVC": None} if answered else None
    folder = tmp_path_factory.mktemp("batches")
    one_by_one = _import(folder, "single", sheet, 1, monkeypatch, answers)
    in_threes = _import(folder, "threes", sheet, 3, monkeypatch, answers)
    assert in_threes == one_by_one


def test_a_refused_row_in_the_middle_of_a_batch_leaves_the_rows_around_it(store, monkeypatch):
    monkeypatch.setattr(importing, "_BATCH", 50)
    store.run(members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS)
    table = [(f"Seat {n}", f"Person {n}", "Dyfnant CVC" if n == 7 else "Age Cymru", "15/01/2027", "")
             for n in range(20)]
    sheet = Sheet("seats.xlsx", "Sheet1", ("Sheet1",), (HEADER, *table))
    result = store.run(run_import, sheet, ImportKind.SEATS, guess_matching(sheet.rows, ImportKind.SEATS),
                       today=TODAY)
    assert [problem.row for problem in result.refused] == [9]
    assert len(result.imported) == 19
    assert _counts(store) == (19, 2, 19, 19)  # Person 7 was never added, nor its seat
    planned = store.run(plan_import, sheet, ImportKind.SEATS, guess_matching(sheet.rows, ImportKind.SEATS),
                        today=TODAY)
    assert [row.outcome for row in planned.rows].count(Outcome.MATCHED) == 19
