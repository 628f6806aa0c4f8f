"""Feedback owed as the page asks for it (services/feedback_list.py): narrowed, sorted and
counted in SQL, it lists exactly what filtering and sorting feedback_rows in Python would."""

import datetime as dt
import random

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from compactdesk.domain.enums import AnswerHow, FeedbackAsk, FeedbackState, MeetingKind
from compactdesk.domain.rules import Standards, feedback_answered
from compactdesk.services import compact, feedback
from compactdesk.services.feedback_list import (
    FeedbackFilter,
    FeedbackOrder,
    Showing,
    feedback_choices,
    feedback_counts,
    feedback_ids,
    feedback_rows_of,
    feedback_rows_where,
    feedback_search_texts,
    narrowed_out,
    search_text,
)
from compactdesk.store import create_store
from compactdesk.store.models import Feedback, Meeting, Person
from both_engines import module_group

TODAY = dt.date(2026, 12, 6)
# Names alike but for case, and letters beyond English, so a casefolded sort and search are tested.
NAMES = ["Łucja Kowalczyk", "łucja kowalczyk", "Llŷr Evans", "LLŶR EVANS", "Aled Thomas", "Zofia Nowak",
         "Gwenllïan Parry", "Ŵyn Rowlands", "ŵyn rowlands", "Straße Müller"]
DEPARTMENTS = ["", "Highways", "highways", "Gwasanaethau Cymdeithasol", "Ŵyr", "Finance"]
ISSUES = ["Grants for Ynys Môn", "grants for ynys môn", "Łódź twinning", "Gritting of rural routes",
          "STRASSE safety", "Library hours", "Pam y torrwyd y grant?"]


def _fill(store, count: int = 400, seed: int = 15) -> None:
    rng = random.Random(seed)
    with store.session() as session:
        session.execute(insert(Person), [{"id": i + 1, "name": name} for i, name in enumerate(NAMES)])
        session.execute(insert(Meeting), [
            {"kind": rng.choice(list(MeetingKind)),
             "starts_at": dt.datetime.combine(TODAY + dt.timedelta(days=rng.randint(-300, 60)),
                                              dt.time(rng.randint(8, 20)))} for _ in range(12)])
        rows = []
        for ident in range(1, count + 1):
            raised = TODAY - dt.timedelta(days=rng.randint(-20, 400))
            due_on = raised + dt.timedelta(days=rng.randint(0, 60)) if rng.random() < 0.3 else None
            answered = raised + dt.timedelta(days=rng.randint(0, 90)) if rng.random() < 0.6 else None
            rows.append({"id": ident, "issue": f"{rng.choice(ISSUES)} {ident}", "officer_id": rng.randint(1, len(NAMES)),
                         "department": rng.choice(DEPARTMENTS), "ask": rng.choice(list(FeedbackAsk)),
                         "raised_on": raised, "due_on": due_on, "by_next_meeting": rng.random() < 0.4,
                         "answered_on": answered, "answered_how": AnswerHow.IN_WRITING if answered else None})
        session.execute(insert(Feedback), rows)


@pytest.fixture(scope="module", params=["file", "server"])
def filled(request, tmp_path_factory):
    """The items in a file and in a group on the server: the two engines must list them alike."""
    with module_group(request, tmp_path_factory, "feedback_list") as store:
        store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
        store.run(compact.set_standards, Standards(feedback_days=21))
        _fill(store)
        yield store


def _reference(rows, narrowed: FeedbackFilter, order: FeedbackOrder, descending: bool) -> list[int]:
    """What the page did before: every row in Python, filtered and stably sorted on each column's key."""
    states = Showing(narrowed.showing).states()
    kept = [row for row in rows if (states is None or row.state in states)
            and narrowed.officer in (None, row.officer) and narrowed.department in (None, row.department)]
    key = {
        FeedbackOrder.ISSUE: lambda r: r.issue.casefold(),
        FeedbackOrder.OFFICER: lambda r: r.officer.casefold(),
        FeedbackOrder.DEPARTMENT: lambda r: r.department.casefold(),
        FeedbackOrder.RAISED: lambda r: r.raised_on,
        FeedbackOrder.DUE: lambda r: r.due,
        FeedbackOrder.OUTSTANDING: lambda r: r.days_outstanding,
        FeedbackOrder.STANDING: lambda r: (not feedback_answered(r.state), r.days_late),
    }[order]
    return [row.feedback_id for row in sorted(kept, key=key, reverse=descending)]


@pytest.mark.parametrize("showing", list(Showing))
@pytest.mark.parametrize("order", list(FeedbackOrder))
def test_the_ids_are_the_rows_python_would_keep_in_its_order(filled, showing, order):
    rows = filled.run(feedback.feedback_rows, TODAY)
    for descending in (False, True):
        narrowed = FeedbackFilter(showing)
        assert filled.run(feedback_ids, TODAY, narrowed, order, descending) == \
            _reference(rows, narrowed, order, descending)


@pytest.mark.parametrize(("officer", "department"), [("Łucja Kowalczyk", None), ("łucja kowalczyk", None),
                                                      (None, "Highways"), (None, ""), ("Llŷr Evans", "Ŵyr")])
def test_the_officer_and_department_narrow_exactly(filled, officer, department):
    rows = filled.run(feedback.feedback_rows, TODAY)
    for showing in Showing:
        narrowed = FeedbackFilter(showing, officer, department)
        found = filled.run(feedback_ids, TODAY, narrowed)
        assert found == _reference(rows, narrowed, FeedbackOrder.DUE, False)
        assert all(not narrowed_out(row, narrowed) for row in rows if row.feedback_id in found)
        assert all(narrowed_out(row, narrowed) for row in rows if row.feedback_id not in found)


def test_the_counts_the_choices_and_the_rows_of_some(filled):
    rows = filled.run(feedback.feedback_rows, TODAY)
    counts = filled.run(feedback_counts, TODAY)
    assert (counts.total, counts.overdue) == (len(rows), sum(r.state is FeedbackState.OVERDUE for r in rows))
    assert 0 < counts.overdue < counts.total
    choices = filled.run(feedback_choices)
    by_name = lambda name: (name.casefold(), name)  # noqa: E731
    assert choices.officers == tuple(sorted({r.officer for r in rows}, key=by_name))
    assert choices.departments == tuple(sorted({r.department for r in rows if r.department}, key=by_name))
    some = [row.feedback_id for row in rows[::7]]
    by_id = {row.feedback_id: row for row in rows}
    assert sorted(filled.run(feedback_rows_of, TODAY, some), key=lambda r: r.feedback_id) == \
        sorted((by_id[ident] for ident in some), key=lambda r: r.feedback_id)
    # More ids than one query binds, and some that are not in the store.
    assert sorted(filled.run(feedback_rows_of, TODAY, list(range(1, 1200))), key=lambda r: r.feedback_id) == \
        sorted(rows, key=lambda r: r.feedback_id)
    overdue = filled.run(feedback_rows_where, TODAY, FeedbackFilter(Showing.OVERDUE))
    assert overdue == [row for row in rows if row.state is FeedbackState.OVERDUE]


@pytest.mark.parametrize("words", ["grants", "GRANTS môn", "łódź", "ŁÓDŹ", "strasse", "ŵyn", "highways 12",
                                   "kowalczyk", "nothing-like-it"])
def test_the_search_texts_and_narrowed_out_agree(filled, words):
    rows = filled.run(feedback.feedback_rows, TODAY)
    for showing in (Showing.ALL, Showing.WAITING):
        narrowed = FeedbackFilter(showing)
        texts = filled.run(feedback_search_texts, TODAY, narrowed)
        assert set(texts) == set(filled.run(feedback_ids, TODAY, narrowed))
        wanted = words.casefold().split()
        for row in rows:
            if row.feedback_id in texts:
                assert texts[row.feedback_id] == search_text(row.issue, row.officer, row.department)
                found = all(word in texts[row.feedback_id] for word in wanted)
                assert ("search" in narrowed_out(row, narrowed, words)) is not found


def _rows_the_old_way(session, today):
    """feedback_rows as it was: ORM objects, and the due date by due_date in Python."""
    rules = compact.standards(session)
    meeting_days = feedback.formal_meeting_days(session)
    return [(item.id, item.officer.name, feedback.due_date(item, rules, meeting_days))
            for item in session.scalars(select(Feedback).options(selectinload(Feedback.officer))
                                        .order_by(Feedback.raised_on, Feedback.id))]


def test_feedback_rows_give_what_they_gave(filled):
    for today in (TODAY, TODAY - dt.timedelta(days=200)):
        rows = filled.run(feedback.feedback_rows, today)
        assert [(r.feedback_id, r.officer, r.due) for r in rows] == filled.run(_rows_the_old_way, today)


def test_a_date_gone_bad_is_met_as_damage_not_left_out(tmp_path):
    import sqlite3

    from compactdesk.store import DamagedStoreError

    store = create_store(tmp_path / "spoilt.cdstore")
    try:
        _fill(store, count=40)
        assert store.run(feedback_counts, TODAY).total == 40
        for column in ("raised_on", "answered_on"):
            with sqlite3.connect(tmp_path / "spoilt.cdstore") as connection:
                good = connection.execute(f"SELECT {column} FROM feedback WHERE id = 7").fetchone()[0]
                connection.execute(f"UPDATE feedback SET {column} = '2026-1x-05' WHERE id = 7")
            connection.close()
            with pytest.raises(DamagedStoreError, match=f"{column} does not hold a date"):
                store.run(feedback_counts, TODAY)
            with sqlite3.connect(tmp_path / "spoilt.cdstore") as connection:
                connection.execute(f"UPDATE feedback SET {column} = ? WHERE id = 7", (good or TODAY.isoformat(),))
            connection.close()
    finally:
        store.close()
