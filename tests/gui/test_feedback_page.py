"""Feedback owed, driven as the secretary meets it."""

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from compactdesk.domain.enums import FeedbackAsk, FeedbackState
from compactdesk.gui.dialogs.feedback import AnswerDialog, FeedbackDialog
from compactdesk.gui.pages.feedback import FeedbackPage
from compactdesk.gui.table_model import PagedModel
from compactdesk.gui.workbench import Workbench
from compactdesk.services import feedback
from compactdesk.store import create_store
from compactdesk.store.models import Feedback, Person


@pytest.fixture
def page(bench, qtbot):
    widget = FeedbackPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def _shown(page) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def _searched(page, qtbot, text: str) -> None:
    """Types into the search and waits for the pause after which it filters."""
    page.search.setText(text)
    assert page.search_timer.isActive()
    qtbot.waitUntil(lambda: not page.search_timer.isActive())


def _select(page, issue: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == issue:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{issue} is not shown")


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_the_table_starts_with_what_is_waiting_and_says_how_late(page, bench, today):
    rows = bench.read(feedback.feedback_rows, today)
    waiting = [row for row in rows if row.state in (FeedbackState.OPEN, FeedbackState.OVERDUE)]
    assert page.proxy.rowCount() == len(waiting)
    assert page.count.text() == f"Showing {len(waiting)} of {len(rows)} items · " \
                                f"{sum(r.state is FeedbackState.OVERDUE for r in rows)} overdue"
    oldest = min((r for r in rows if r.state is FeedbackState.OVERDUE), key=lambda r: r.due)
    number = page.proxy.index_of(oldest.feedback_id).row()
    assert page.proxy.index(number, 6).data() == f"Overdue by {oldest.days_late} days"
    assert page.proxy.index(number, 0).data(Qt.ItemDataRole.ForegroundRole).red() == 160


def test_filters_by_state_officer_department_and_search(page, bench, today, qtbot):
    rows = bench.read(feedback.feedback_rows, today)
    page.state.setCurrentIndex(page.state.findData("overdue"))
    assert page.proxy.rowCount() == sum(r.state is FeedbackState.OVERDUE for r in rows)
    page.state.setCurrentIndex(page.state.findData("all"))
    assert page.proxy.rowCount() == len(rows)
    page.officer.setCurrentIndex(page.officer.findData("Llŷr Evans"))
    assert page.proxy.rowCount() == sum(r.officer == "Llŷr Evans" for r in rows) > 0
    page.officer.setCurrentIndex(0)
    page.department.setCurrentIndex(page.department.findData("Highways"))
    assert page.proxy.rowCount() == sum(r.department == "Highways" for r in rows) > 0
    page.department.setCurrentIndex(0)
    page.find()
    assert page.search.hasFocus() or page.search.isVisibleTo(page)
    _searched(page, qtbot, "gritting")
    assert _shown(page) == ["Gritting of rural routes used by community transport"]
    _searched(page, qtbot, "no such words anywhere")
    assert page.empty.showing_empty
    assert "Nothing matches" in page.empty.label.text()


def test_record_feedback_then_undo_and_redo(page, bench, today, qtbot):
    before = len(bench.read(feedback.feedback_rows, today))
    dialog = FeedbackDialog(bench, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.issue, "Cost of hiring ")
    dialog.ui.issue.insert("Neuadd Ŵyn for groups 🎉")  # QTest types ASCII only; paste the rest
    dialog.ui.officer.setCurrentIndex(dialog.ui.officer.findText("Llŷr Evans", Qt.MatchFlag.MatchStartsWith))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = bench.read(feedback.feedback_rows, today)
    assert len(rows) == before + 1
    new = next(r for r in rows if r.issue.startswith("Cost of hiring"))
    assert new.department == "Highways" and new.due == today + dt.timedelta(days=28)
    assert "Cost of hiring Neuadd Ŵyn for groups 🎉" in _shown(page)
    assert bench.undo_stack.undoText() == "Record feedback owed “Cost of hiring Neuadd Ŵyn for groups 🎉”"

    bench.undo_stack.undo()
    assert len(bench.read(feedback.feedback_rows, today)) == before
    assert "Cost of hiring Neuadd Ŵyn for groups 🎉" not in _shown(page)
    bench.undo_stack.redo()
    assert "Cost of hiring Neuadd Ŵyn for groups 🎉" in _shown(page)


def test_a_refusal_is_shown_at_the_field_and_keeps_what_was_typed(page, bench, qtbot):
    dialog = FeedbackDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.detail.setPlainText("Long detail the secretary typed\nover two lines")
    dialog.ui.officer.setCurrentIndex(1)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "issue raised" in dialog.error_text
    assert dialog.ui.issue.styleSheet()
    assert dialog.ui.detail.toPlainText() == "Long detail the secretary typed\nover two lines"

    dialog.ui.issue.setText("Something")
    dialog.ui.dueRule.setCurrentIndex(2)
    dialog.ui.raisedOn.set_value(dt.date(2026, 11, 24))
    dialog.ui.dueOn.set_value(dt.date(2026, 11, 1))
    dialog.accept()
    assert "cannot be before" in dialog.error_text
    assert not dialog.ui.issue.styleSheet()
    assert dialog.ui.dueOn.styleSheet()


def test_mark_answered_reopen_and_undo(page, bench, today, qtbot):
    page.state.setCurrentIndex(page.state.findData("overdue"))
    page.table.selectRow(0)
    chosen = page.current_row()
    dialog = AnswerDialog(bench, chosen.feedback_id, page)
    qtbot.addWidget(dialog)
    dialog.ui.how.setCurrentIndex(dialog.ui.how.findData("in_writing"))
    dialog.ui.summary.setPlainText("Letter received; grant criteria will change in April.")
    dialog.accept()
    state = {r.feedback_id: r for r in bench.read(feedback.feedback_rows, today)}[chosen.feedback_id]
    assert state.state is FeedbackState.ANSWERED_LATE and state.answered_on == today
    assert page.proxy.index_of(chosen.feedback_id).isValid() is False  # no longer overdue

    page.state.setCurrentIndex(page.state.findData("all"))
    page.show_record(chosen.feedback_id)
    assert page.current_id() == chosen.feedback_id
    assert "Letter received" in page.detail.text()
    assert page.reopen_button.isEnabled()
    page.reopen()
    assert bench.read(feedback.feedback_detail, chosen.feedback_id).answered_on is None
    bench.undo_stack.undo()
    assert bench.read(feedback.feedback_detail, chosen.feedback_id).answered_on == today
    bench.undo_stack.undo()
    assert bench.read(feedback.feedback_detail, chosen.feedback_id).answered_on is None
    assert bench.undo_stack.redoText().startswith("Mark “")


def test_delete_and_undo(page, bench, today):
    page.state.setCurrentIndex(page.state.findData("all"))
    page.table.selectRow(0)
    chosen = page.current_id()
    assert page.can_delete()
    page.delete_current()
    assert chosen not in {r.feedback_id for r in bench.read(feedback.feedback_rows, today)}
    bench.undo_stack.undo()
    assert chosen in {r.feedback_id for r in bench.read(feedback.feedback_rows, today)}


def test_an_empty_store_says_how_to_start(qtbot, tmp_path, today):
    from compactdesk.gui.workbench import Workbench
    from compactdesk.store import create_store

    with create_store(tmp_path / "empty.cdstore") as store:
        widget = FeedbackPage(Workbench(store, lambda: today))
        qtbot.addWidget(widget)
        widget.refresh()
        assert widget.empty.showing_empty
        assert "No feedback is owed" in widget.empty.label.text()
        assert widget.empty.button.isVisibleTo(widget)


# -- ten years of feedback -------------------------------------------------------------------------------------

def fill_large(store, count: int, today: dt.date) -> None:
    rng = random.Random(5)
    with store.session() as session:
        people = [Person(name=f"Gwenllïan {i}", department=f"Adran {i % 7}") for i in range(60)]
        session.add_all(people)
        session.flush()
        rows = []
        for ident in range(1, count + 1):
            raised = today - dt.timedelta(days=rng.randint(0, 3650))
            officer = rng.choice(people)
            answered = raised + dt.timedelta(days=rng.randint(1, 60)) if rng.random() < 0.9 else None
            rows.append({"id": ident, "issue": f"Question {ident} on rural transport", "officer_id": officer.id,
                         "department": officer.department, "ask": FeedbackAsk.WRITTEN_REPLY, "raised_on": raised,
                         "answered_on": answered if answered and answered <= today else None})
        session.execute(insert(Feedback), rows)


@pytest.fixture
def large(tmp_path, qtbot, today):
    store = create_store(tmp_path / "large.cdstore")
    fill_large(store, 20_000, today)
    bench = Workbench(store, lambda: today)
    widget = FeedbackPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    yield widget
    store.close()


def test_everything_of_twenty_thousand_builds_only_the_rows_on_screen(large, qtbot):
    page = large
    rows = page.bench.read(feedback.feedback_rows, page.bench.today())
    waiting = [r for r in rows if r.state in (FeedbackState.OPEN, FeedbackState.OVERDUE)]
    assert page.model.rowCount() == len(waiting)
    page.state.setCurrentIndex(page.state.findData("all"))
    qtbot.wait(10)  # let it paint
    assert page.model.rowCount() == 20_000 and page.model.loaded <= 2 * PagedModel.PAGE
    overdue = sum(r.state is FeedbackState.OVERDUE for r in rows)
    assert page.count.text() == f"Showing 20,000 of 20,000 items · {overdue:,} overdue"
    # Sorted by due date as the table opens, then by any column, in the store.
    shown = [page.model.key_at(page.model.index(number, 0)) for number in range(20_000)]
    by_id = {r.feedback_id: r for r in rows}
    assert [by_id[ident].due for ident in shown] == sorted(r.due for r in rows)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    officers = [by_id[page.model.key_at(page.model.index(n, 0))].officer.casefold() for n in range(20_000)]
    assert officers == sorted(officers, reverse=True)
    assert page.model.loaded <= 2 * PagedModel.PAGE


def test_the_search_waits_for_a_pause_then_looks_through_every_item(large, qtbot):
    page = large
    page.state.setCurrentIndex(page.state.findData("all"))
    page.search.setText("question 1999")
    assert page.model.rowCount() == 20_000  # nothing yet: the timer is running
    _searched(page, qtbot, "question 1999 RURAL")
    assert sorted(page.model.ids()) == [ident for ident in range(1, 20_001) if "1999" in str(ident)]
    assert page.count.text().startswith("Showing 12 of 20,000 items")  # 1999, 11999, 19990…19999


def test_after_an_edit_the_table_keeps_the_chosen_item_and_its_place(large, qtbot):
    page = large
    page.state.setCurrentIndex(page.state.findData("all"))
    page.table.verticalScrollBar().setValue(5_000)
    chosen = page.model.key_at(page.table.indexAt(page.table.viewport().rect().center()))
    page.show_record(chosen)
    scrolled = page.table.verticalScrollBar().value()
    row = page.current_row()
    page.bench.perform("Reopen", feedback.reopen, chosen) if row.answered_on else page.bench.perform(
        "Mark answered", feedback.mark_answered, chosen, page.bench.today(), "in_writing")
    assert page.current_id() == chosen and page.table.verticalScrollBar().value() == scrolled
    assert page.current_row().answered_on != row.answered_on
    assert page.model.loaded <= 3 * PagedModel.PAGE


def test_show_record_clears_only_what_hides_it(large):
    page = large
    rows = page.bench.read(feedback.feedback_rows, page.bench.today())
    answered = next(r for r in reversed(rows) if r.answered_on and r.officer != "Gwenllïan 3")
    page.officer.setCurrentIndex(page.officer.findData(answered.officer))
    page.department.setCurrentIndex(page.department.findData(answered.department))
    page.search.setText("rural")
    page.show_record(answered.feedback_id)  # hidden by "Not yet answered" only
    assert page.current_id() == answered.feedback_id
    assert (page.state.currentData(), page.officer.currentData(), page.search.text()) == (
        "all", answered.officer, "rural")
    other = next(r for r in rows if r.officer != answered.officer)
    page.show_record(other.feedback_id)
    assert page.current_id() == other.feedback_id and page.officer.currentData() is None
    assert page.department.currentData() in (None, other.department)
