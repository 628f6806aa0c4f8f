"""The Disputes page, driven as the secretary meets it: record, follow the route, resolve, and set the route."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from compactdesk.domain.enums import Sector
from compactdesk.gui.dialogs.disputes import DisputeDialog, ResolveDialog, StagesDialog, StepDialog
from compactdesk.gui.pages.disputes import DisputesPage
from compactdesk.services import disputes, members

WELSH = "Grant Neuadd Ŵyn a Llŷr — Łódź 🎉"


@pytest.fixture
def page(bench, qtbot):
    widget = DisputesPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)
    widget.resize(1100, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def parties(bench):
    rows = bench.read(members.organisation_rows)
    council = next(row for row in rows if row.sector is Sector.COUNCIL)
    vcs = [row for row in rows if row.sector is Sector.VCS]
    return council, vcs[0], vcs[1]


def stage_id(bench, name: str) -> int:
    return next(stage.stage_id for stage in bench.read(disputes.stage_rows) if stage.name == name)


def add(bench, parties, title="Four weeks' notice of a grant cut", raised_on=None, **kwargs) -> int:
    council, vcs, _ = parties
    day = raised_on or bench.today() - dt.timedelta(days=10)
    return bench.store.run(disputes.add_dispute, title, vcs.organisation_id, council.organisation_id, day,
                           **kwargs).id


def detail(bench, dispute_id) -> disputes.DisputeDetail:
    return bench.read(disputes.dispute_detail, dispute_id, bench.today())


def shown_titles(page) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def choose(page, dispute_id) -> None:
    page.show_record(dispute_id)
    assert page.current_id() == dispute_id


def fill_and_accept(dialog, fill):
    fill(dialog)
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


# -- the list ---------------------------------------------------------------------------


def test_models_pass_the_model_tester(page, bench, parties, qtmodeltester):
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    page.refresh()
    choose(page, ident)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.panel.history_model)
    qtmodeltester.check(page.panel.history_filter)
    dialog = StagesDialog(bench, page)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    dialog.done(0)


def test_an_empty_store_says_what_disputes_are_for_and_what_to_do(page, bench):
    for row in bench.read(disputes.dispute_rows, bench.today()):
        bench.store.run(disputes.delete_dispute, row.dispute_id)
    page.refresh()
    assert page.empty.showing_empty
    words = page.empty.label.text()
    assert "No disputes recorded" in words and "Ctrl+N" in words and "broken" in words and "Stages…" in words
    assert page.empty.button.isVisibleTo(page) and "New dispute" in page.empty.button.text()
    assert not page.panel.isVisibleTo(page)
    assert not page.patterns.isVisibleTo(page)


def test_filters_search_and_counts(page, bench, parties):
    open_one = add(bench, parties, title="Still open ✋")
    done = add(bench, parties, title="Settled in a week")
    bench.store.run(disputes.resolve, done, bench.today(), "Agreed")
    page.refresh()
    rows = bench.read(disputes.dispute_rows, bench.today())
    assert page.showing.currentData() == "open"
    assert page.proxy.rowCount() == sum(row.is_open for row in rows)
    assert page.table.isColumnHidden(page.RESOLVED)
    assert page.count.text().startswith(f"Showing {sum(r.is_open for r in rows)} of {len(rows)} · "
                                        f"{sum(r.is_open for r in rows)} open")
    page.showing.setCurrentIndex(page.showing.findData("resolved"))
    assert "Settled in a week" in shown_titles(page) and "Still open ✋" not in shown_titles(page)
    assert not page.table.isColumnHidden(page.RESOLVED)
    page.showing.setCurrentIndex(page.showing.findData("all"))
    assert page.proxy.rowCount() == len(rows)
    page.find()
    page.search.setText("still open")
    assert shown_titles(page) == ["Still open ✋"]
    page.search.setText("no such words anywhere")
    assert page.empty.showing_empty and "Nothing matches" in page.empty.label.text()
    page.search.clear()
    assert page.proxy.index_of(open_one).isValid()
    assert page.patterns.text() == disputes.patterns_text(bench.read(disputes.dispute_patterns, bench.today()))


def test_a_dispute_open_long_is_toned_and_its_tooltip_says_why(page, bench, parties):
    old = add(bench, parties, title="Open for months", raised_on=bench.today() - dt.timedelta(days=120))
    fresh = add(bench, parties, title="Open for days")
    page.refresh()
    old_index = page.proxy.index_of(old)
    assert old_index.data(Qt.ItemDataRole.ForegroundRole).red() == 160
    assert "Open for 120 days: more than 90 days without an outcome." in old_index.data(Qt.ItemDataRole.ToolTipRole)
    fresh_index = page.proxy.index_of(fresh)
    assert fresh_index.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "more than 90 days" not in (fresh_index.data(Qt.ItemDataRole.ToolTipRole) or "")
    days = page.proxy.index(old_index.row(), page.DAYS)
    assert days.data() == "120" and "more than 90 days" in days.data(Qt.ItemDataRole.ToolTipRole)
    assert "open more than 90 days" in page.count.text()


# -- adding, editing, deleting -------------------------------------------------------------


def test_new_dispute_with_its_first_stage_then_undo_and_redo(page, bench, parties, qtbot, monkeypatch):
    council, vcs, _ = parties

    def fill(dialog: DisputeDialog) -> bool:
        qtbot.keyClicks(dialog.ui.title, "Grant ")
        dialog.ui.title.insert("Neuadd Ŵyn a Llŷr — Łódź 🎉")  # QTest types ASCII only; paste the rest
        dialog.ui.raisedBy.setCurrentIndex(dialog.ui.raisedBy.findData(vcs.organisation_id))
        dialog.ui.against.setCurrentIndex(dialog.ui.against.findData(council.organisation_id))
        assert dialog.ui.breach.text() == "<i>Said to be breached by a public body.</i>"
        assert dialog.ui.firstStage.currentText() == "Informal discussion"
        dialog.ui.raisedOn.set_value(dt.date(2026, 9, 1))
        dialog.ui.summary.setPlainText("Cyfarfod â'r cyngor.\nZażalenie 🙂")
        return fill_and_accept(dialog, lambda d: None)

    monkeypatch.setattr(page, "run_dialog", fill)
    page.new_item()
    ident = page.current_id()
    got = detail(bench, ident)
    assert (got.row.title, got.row.raised_on, got.summary) == (WELSH, dt.date(2026, 9, 1),
                                                               "Cyfarfod â'r cyngor.\nZażalenie 🙂")
    assert [(s.stage, s.on) for s in got.steps] == [("Informal discussion", dt.date(2026, 9, 1))]
    assert WELSH in page.panel.summary.text() and "Zażalenie 🙂" in page.panel.summary.text()
    assert page.panel.history_model.rowCount() == 1
    assert bench.undo_stack.undoText() == f"Add dispute “{WELSH}”"

    bench.undo_stack.undo()
    assert ident not in {row.dispute_id for row in bench.read(disputes.dispute_rows, bench.today())}
    assert not page.proxy.index_of(ident).isValid()
    bench.undo_stack.redo()
    page.show_record(ident)
    assert page.panel.history_model.rowCount() == 1 and page.current_row().title == WELSH


def test_a_refusal_is_shown_at_the_field_and_keeps_what_was_typed(page, bench, parties, qtbot):
    council, vcs, _ = parties
    dialog = DisputeDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.summary.setPlainText("What the secretary typed\nover two lines")
    dialog.ui.raisedBy.setCurrentIndex(dialog.ui.raisedBy.findData(vcs.organisation_id))
    dialog.ui.against.setCurrentIndex(dialog.ui.against.findData(council.organisation_id))
    dialog.accept()
    assert dialog.isVisible() and "dispute's title" in dialog.error_text
    assert dialog.ui.title.styleSheet()

    dialog.ui.title.setText("Same party twice")
    dialog.ui.against.setCurrentIndex(dialog.ui.against.findData(vcs.organisation_id))
    dialog.accept()
    assert "between two parties" in dialog.error_text
    assert dialog.ui.against.styleSheet() and not dialog.ui.title.styleSheet()
    assert dialog.ui.summary.toPlainText() == "What the secretary typed\nover two lines"
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_edit_the_dispute_and_undo(page, bench, parties, qtbot, monkeypatch):
    other = parties[2]
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    page.refresh()
    choose(page, ident)
    assert page.can_edit()

    def fill(dialog: DisputeDialog) -> bool:
        assert dialog.ui.title.text() == "Four weeks' notice of a grant cut"
        assert not dialog.ui.firstStage.isVisibleTo(dialog)
        dialog.ui.title.setText("Pythefnos o rybudd — two weeks' notice")
        dialog.ui.raisedBy.setCurrentIndex(dialog.ui.raisedBy.findData(other.organisation_id))
        return fill_and_accept(dialog, lambda d: None)

    monkeypatch.setattr(page, "run_dialog", fill)
    page.edit_current()
    got = detail(bench, ident)
    assert (got.row.title, got.raised_by_id) == ("Pythefnos o rybudd — two weeks' notice", other.organisation_id)
    assert page.current_row().title == "Pythefnos o rybudd — two weeks' notice"
    bench.undo_stack.undo()
    assert detail(bench, ident).row.title == "Four weeks' notice of a grant cut"
    bench.undo_stack.redo()
    assert detail(bench, ident).row.title == "Pythefnos o rybudd — two weeks' notice"


def test_editing_refuses_a_raising_after_the_first_stage(page, bench, parties, qtbot):
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    dialog = DisputeDialog(bench, page, dispute_id=ident)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.raisedOn.set_value(bench.today())
    dialog.accept()
    assert "first stage recorded" in dialog.error_text and dialog.ui.raisedOn.styleSheet()


def test_delete_and_undo_bring_back_the_history(page, bench, parties):
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    bench.store.run(disputes.add_step, ident, stage_id(bench, "Mediation"), bench.today())
    page.refresh()
    choose(page, ident)
    assert page.can_delete()
    page.table.setFocus()
    page.delete_current()
    assert not page.proxy.index_of(ident).isValid()
    assert bench.undo_stack.undoText() == "Delete dispute “Four weeks' notice of a grant cut”"
    bench.undo_stack.undo()
    assert [s.stage for s in detail(bench, ident).steps] == ["Informal discussion", "Mediation"]
    bench.undo_stack.redo()
    assert ident not in {row.dispute_id for row in bench.read(disputes.dispute_rows, bench.today())}


# -- the route of one dispute ------------------------------------------------------------------


def test_record_stages_refuse_one_before_the_raising_and_undo(page, bench, parties, qtbot):
    raised = bench.today() - dt.timedelta(days=30)
    ident = add(bench, parties, raised_on=raised, stage_id=stage_id(bench, "Informal discussion"))
    page.refresh()
    choose(page, ident)
    dialog = StepDialog(bench, ident, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.stage.currentText() == "Raised at the liaison group"  # the next on the usual route
    dialog.ui.on.set_value(raised - dt.timedelta(days=1))
    qtbot.keyClicks(dialog.ui.note, "Item 5; the officer will reply. ")
    dialog.ui.note.insertPlainText("Siân 🙂")
    dialog.accept()
    assert "cannot be before the date the dispute was raised" in dialog.error_text
    assert dialog.ui.on.styleSheet() and dialog.ui.note.toPlainText() == "Item 5; the officer will reply. Siân 🙂"
    dialog.ui.on.set_value(raised + dt.timedelta(days=7))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert page.current_row().stage == "Raised at the liaison group"
    assert page.panel.history_model.rowCount() == 2
    assert page.panel.history_filter.index(1, 1).data() == "7"
    assert page.panel.history_filter.index(1, 3).data() == "Item 5; the officer will reply. Siân 🙂"
    assert bench.undo_stack.undoText() == \
        "Record “Raised at the liaison group” for “Four weeks' notice of a grant cut”"
    bench.undo_stack.undo()
    assert page.current_row().stage == "Informal discussion"
    bench.undo_stack.redo()
    assert page.current_row().stage == "Raised at the liaison group"


def test_the_outcome_stage_says_resolve_closes_the_dispute(page, bench, parties, qtbot):
    ident = add(bench, parties)
    dialog = StepDialog(bench, ident, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.stage.setCurrentIndex(dialog.ui.stage.findData(stage_id(bench, "Outcome")))
    assert dialog.ui.hint.isVisibleTo(dialog) and "does not close the dispute" in dialog.ui.hint.text()
    dialog.ui.stage.setCurrentIndex(dialog.ui.stage.findData(stage_id(bench, "Arbitration")))
    assert "optional" in dialog.ui.hint.text()
    assert dialog.ui.stage.currentText() == "Arbitration (optional)"


def test_edit_and_remove_a_stage_from_the_history(page, bench, parties, qtbot, monkeypatch):
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    bench.store.run(disputes.add_step, ident, stage_id(bench, "Mediation"), bench.today(), "First note")
    page.refresh()
    choose(page, ident)
    page.panel.history.setFocus()
    page.panel.history.selectRow(1)
    assert page.panel.remove_step_button.isEnabled()

    def fill(dialog: StepDialog) -> bool:
        assert dialog.ui.note.toPlainText() == "First note"
        dialog.ui.note.setPlainText("Mediator: Gwenllïan")
        dialog.ui.stage.setCurrentIndex(dialog.ui.stage.findData(stage_id(bench, "Arbitration")))
        return fill_and_accept(dialog, lambda d: None)

    monkeypatch.setattr(page, "run_dialog", fill)
    page.edit_current()  # F2 with the cursor in the history edits the stage
    assert [(s.stage, s.note) for s in detail(bench, ident).steps][-1] == ("Arbitration", "Mediator: Gwenllïan")
    assert page.panel.selected_step() is not None  # the chosen stage stays chosen after the refresh
    page.panel.history.setFocus()
    page.delete_current()  # Delete with the cursor in the history removes the stage, not the dispute
    assert [s.stage for s in detail(bench, ident).steps] == ["Informal discussion"]
    assert bench.undo_stack.undoText().startswith("Remove the “Arbitration” stage of")
    bench.undo_stack.undo()
    assert [s.stage for s in detail(bench, ident).steps] == ["Informal discussion", "Arbitration"]


def test_resolve_reopen_and_undo(page, bench, parties, qtbot):
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    page.refresh()
    choose(page, ident)
    assert not page.panel.reopen_button.isEnabled()
    dialog = ResolveDialog(bench, ident, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert "Please give the outcome" in dialog.error_text and dialog.outcome.styleSheet()
    dialog.resolved_on.set_value(bench.today() - dt.timedelta(days=11))
    dialog.outcome.setPlainText("Grant restored — cytunwyd ✅")
    dialog.accept()
    assert "cannot be before the date it was raised" in dialog.error_text and dialog.resolved_on.styleSheet()
    dialog.resolved_on.set_value(bench.today())
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    got = detail(bench, ident)
    assert (got.row.resolved_on, got.row.outcome) == (bench.today(), "Grant restored — cytunwyd ✅")
    assert [s.stage for s in got.steps] == ["Informal discussion", "Outcome"]
    assert not page.proxy.index_of(ident).isValid()  # Showing: open disputes
    page.show_record(ident)
    assert page.showing.currentData() == "all" and page.current_id() == ident
    assert "Grant restored — cytunwyd ✅" in page.panel.summary.text()
    assert page.panel.resolve_button.text() == "Change &resolution…" and page.panel.reopen_button.isEnabled()
    page.panel.history.selectRow(1)
    assert not page.panel.remove_step_button.isEnabled()  # the resolution's own stage goes with Reopen

    page.panel.reopen_button.click()
    got = detail(bench, ident)
    assert got.row.is_open and [s.stage for s in got.steps] == ["Informal discussion"]
    assert bench.undo_stack.undoText() == "Reopen “Four weeks' notice of a grant cut”"
    bench.undo_stack.undo()
    assert detail(bench, ident).row.resolved_on == bench.today()
    bench.undo_stack.undo()
    assert detail(bench, ident).row.is_open and len(detail(bench, ident).steps) == 1
    bench.undo_stack.redo()
    assert detail(bench, ident).row.outcome == "Grant restored — cytunwyd ✅"


# -- the stages editor -----------------------------------------------------------------------


def stage_names(dialog: StagesDialog) -> list[str]:
    return [dialog.proxy.index(row, 0).data() for row in range(dialog.proxy.rowCount())]


def select_stage(dialog: StagesDialog, name: str) -> None:
    dialog.ui.stages.selectRow(stage_names(dialog).index(name))


@pytest.fixture
def stages(page, bench, qtbot):
    dialog = StagesDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_stages_add_rename_move_and_undo(stages, bench, qtbot):
    before = stage_names(stages)
    assert not stages.ui.undoButton.isEnabled()
    stages.ui.name.clear()
    qtbot.keyClicks(stages.ui.name, "Panel ")
    stages.ui.name.insert("y Cyngor — Łódź 🤝")
    stages.ui.addButton.click()
    names = stage_names(stages)
    assert names == before[:-1] + ["Panel y Cyngor — Łódź 🤝", "Outcome"]
    assert stages.current().name == "Panel y Cyngor — Łódź 🤝"
    assert bench.undo_stack.undoText() == "Add stage “Panel y Cyngor — Łódź 🤝”"

    stages.ui.name.setText("Disputes panel")
    stages.ui.renameButton.click()
    assert "Disputes panel" in stage_names(stages)
    stages.ui.upButton.click()
    assert stage_names(stages).index("Disputes panel") == len(before) - 2
    stages.ui.downButton.click()
    assert stage_names(stages).index("Disputes panel") == len(before) - 1
    assert [s.name for s in bench.read(disputes.stage_rows)] == stage_names(stages)

    stages.ui.optional.click()
    assert next(s for s in bench.read(disputes.stage_rows) if s.name == "Disputes panel").optional
    assert stages.proxy.index(stage_names(stages).index("Disputes panel"), 1).data() == "Optional"
    assert stages.ui.undoButton.isEnabled()
    stages.ui.undoButton.click()  # the optional tick
    assert not next(s for s in bench.read(disputes.stage_rows) if s.name == "Disputes panel").optional
    assert not stages.ui.optional.isChecked()
    for _ in range(4):  # down, up, rename, add
        stages.ui.undoButton.click()
    assert stage_names(stages) == before
    assert not stages.ui.undoButton.isEnabled()  # only what was done here
    bench.undo_stack.redo()
    assert "Panel y Cyngor — Łódź 🤝" in stage_names(stages)


def test_stages_refusals_are_shown_where_they_belong(stages, bench, parties):
    select_stage(stages, "Mediation")
    stages.ui.name.setText("informal DISCUSSION")
    stages.ui.renameButton.click()
    assert "There is already a stage called “Informal discussion”" in stages.errors.text()
    assert stages.ui.name.styleSheet()
    assert stages.ui.name.text() == "informal DISCUSSION"  # the refused name stays to be corrected
    stages.ui.name.setText("")
    stages.ui.addButton.click()
    assert "stage's name" in stages.errors.text()

    select_stage(stages, "Arbitration")
    stages.ui.outcome.click()
    assert "“Outcome” is already the outcome stage" in stages.errors.text()
    assert stages.ui.outcome.styleSheet() and not stages.ui.outcome.isChecked()

    select_stage(stages, "Informal discussion")
    assert not stages.ui.upButton.isEnabled()
    add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    stages.reload()
    stages.ui.deleteButton.click()
    assert "cannot be deleted" in stages.errors.text() and "Informal discussion" in stage_names(stages)


def test_a_name_being_typed_survives_ticking_the_stage_optional(stages, bench):
    select_stage(stages, "Mediation")
    stages.ui.name.setText("Ombudsman referral")
    stages.ui.optional.click()  # one write, and the list reloads
    assert stages.ui.name.text() == "Ombudsman referral"
    select_stage(stages, "Arbitration")
    assert stages.ui.name.text() == "Arbitration"  # a new choice of stage fills the box


def test_stages_delete_an_unused_stage_and_undo(stages, bench):
    rows = {s.name: s.disputes for s in bench.read(disputes.stage_rows)}
    name = "Arbitration" if rows["Arbitration"] == 0 else "Councillor's call-in"
    if rows[name]:
        stages.ui.name.setText("Unused stage")
        stages.ui.addButton.click()
        name = "Unused stage"
    select_stage(stages, name)
    stages.ui.deleteButton.click()
    assert name not in stage_names(stages) and not stages.errors.text()
    stages.ui.undoButton.click()
    assert name in stage_names(stages)


def test_the_stages_button_opens_the_editor(page, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: opened.append(type(dialog).__name__) or False)
    page.stages_button.click()
    assert opened == ["StagesDialog"]


def test_the_page_looks_right(page, bench, parties, tmp_path):
    ident = add(bench, parties, title=WELSH + " " + "a long title that goes on " * 4,
                raised_on=bench.today() - dt.timedelta(days=100), stage_id=stage_id(bench, "Informal discussion"),
                summary="Llinell gyntaf.\n" + "Long summary text. " * 30)
    bench.store.run(disputes.add_step, ident, stage_id(bench, "Mediation"), bench.today(), "Nodyn 🙂 " * 20)
    page.refresh()
    page.showing.setCurrentIndex(page.showing.findData("all"))
    choose(page, ident)
    image = page.grab()
    assert (image.width(), image.height()) == (1100, 700)
    assert image.save(str(tmp_path / "disputes.png"))
    assert page.table.horizontalHeader().sectionSize(page.TITLE) >= 150
    assert page.panel.history.isVisible() and page.panel.summary.isVisible()


def test_keys_and_buttons_open_the_right_forms(page, bench, parties, qtbot, monkeypatch):
    assert page.title() == "Disputes" and page.area == "disputes" and page.new_text() == "New dispute…"
    page.table.clearSelection()
    assert not page.can_edit() and not page.can_delete() and not page.panel.step_button.isEnabled()
    ident = add(bench, parties, stage_id=stage_id(bench, "Informal discussion"))
    page.refresh()
    choose(page, ident)
    opened = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: opened.append(type(dialog).__name__) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row edits the dispute
    page.panel.step_button.click()
    page.panel.resolve_button.click()
    page.panel.new_button.click()
    page.panel.history.selectRow(0)
    qtbot.keyClick(page.panel.history, Qt.Key.Key_Return)  # Enter on a stage edits that stage
    assert opened == ["DisputeDialog", "StepDialog", "ResolveDialog", "DisputeDialog", "StepDialog"]
