"""The undo history within its byte budget: the oldest steps go first, the newest still undo."""

import datetime as dt
import os

import pytest
from sqlalchemy import select

from compactdesk.gui import undo
from compactdesk.services import actions, meetings
from compactdesk.store.models import AgendaItem, AgendaPaper

PAPER = 100_000


@pytest.fixture
def papers(bench):
    """Four papers of PAPER bytes each, attached outside the undo history: name -> (id, bytes)."""
    attached = {}
    with bench.store.session() as session:
        item_id = session.scalars(select(AgendaItem.id).order_by(AgendaItem.id)).first()
        for name in ("p1", "p2", "p3", "p4"):
            content = os.urandom(PAPER)
            paper = meetings.attach_paper(session, item_id, f"{name}.pdf", content, added_on=dt.date(2026, 11, 1))
            attached[name] = (paper.id, content)
    return attached


def _stored(bench) -> dict[int, bytes]:
    with bench.store.session() as session:
        return dict(session.execute(select(AgendaPaper.id, AgendaPaper.content)).all())


def _texts(stack) -> list[str]:
    return [stack.command(i).text() for i in range(stack.count())]


def _remove(bench, papers, name):
    bench.perform(f"Remove {name}", meetings.remove_paper, papers[name][0])


def test_the_oldest_steps_go_first_and_the_newest_still_undo_and_redo(bench, papers, monkeypatch):
    budget = int(2.5 * PAPER)
    monkeypatch.setattr(undo, "UNDO_BUDGET", budget)
    stack = bench.undo_stack
    undo_action = stack.createUndoAction(bench, "&Undo")
    redo_action = stack.createRedoAction(bench, "&Redo")

    bench.perform("Add target", actions.add_target, "A small step")
    _remove(bench, papers, "p1")
    _remove(bench, papers, "p2")
    assert _texts(stack) == ["Add target", "Remove p1", "Remove p2"]  # within the budget: all kept

    _remove(bench, papers, "p3")
    # The small step is older than p1's removal, so it goes too: the history stays one unbroken run.
    assert _texts(stack) == ["Remove p2", "Remove p3"]
    assert undo.held(stack) <= budget
    assert stack.index() == stack.count() and not stack.canRedo()
    assert undo_action.text() == "&Undo Remove p3" and undo_action.isEnabled()
    assert not redo_action.isEnabled()
    ids = {name: paper_id for name, (paper_id, _) in papers.items()}
    stored = _stored(bench)
    assert ids["p3"] not in stored and ids["p2"] not in stored and ids["p1"] not in stored  # nothing replayed

    stack.undo()
    assert _stored(bench)[ids["p3"]] == papers["p3"][1]
    assert undo_action.text() == "&Undo Remove p2" and redo_action.text() == "&Redo Remove p3"
    stack.undo()
    assert _stored(bench)[ids["p2"]] == papers["p2"][1]
    assert not stack.canUndo() and ids["p1"] not in _stored(bench)  # its step went with the trim

    stack.redo()
    stack.redo()
    assert ids["p2"] not in _stored(bench) and ids["p3"] not in _stored(bench)
    stack.undo()
    assert _stored(bench)[ids["p3"]] == papers["p3"][1]


def test_the_newest_step_stays_even_over_the_budget_until_another_follows(bench, papers, monkeypatch):
    monkeypatch.setattr(undo, "UNDO_BUDGET", PAPER // 2)
    stack = bench.undo_stack
    bench.perform("Add target", actions.add_target, "A small step")
    _remove(bench, papers, "p4")
    # The window has just said Ctrl+Z takes it back: so it does.
    assert _texts(stack) == ["Remove p4"] and undo.held(stack) > PAPER
    stack.undo()
    paper_id, content = papers["p4"]
    assert _stored(bench)[paper_id] == content
    stack.redo()
    assert paper_id not in _stored(bench)

    bench.perform("Add another target", actions.add_target, "Another small step")
    assert _texts(stack) == ["Add another target"] and undo.held(stack) <= PAPER // 2


def test_within_the_budget_nothing_is_rebuilt(bench, papers):
    stack = bench.undo_stack
    bench.perform("Add target", actions.add_target, "A small step")
    first = stack.command(0)
    _remove(bench, papers, "p1")
    assert stack.command(0) is first and _texts(stack) == ["Add target", "Remove p1"]
    assert PAPER <= undo.held(stack) < undo.UNDO_BUDGET


def test_with_steps_to_redo_the_history_is_left_alone(bench, papers):
    # Only a push trims; a call made otherwise, with steps still to redo, must not lose them.
    stack = bench.undo_stack
    _remove(bench, papers, "p1")
    _remove(bench, papers, "p2")
    stack.undo()
    assert undo.keep_within_budget(stack, budget=1) == 0
    assert _texts(stack) == ["Remove p1", "Remove p2"] and stack.index() == 1
