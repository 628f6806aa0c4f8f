"""The Action plan page, driven as the secretary would, on a real store."""

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog
from sqlalchemy import insert

from compactdesk.domain.enums import Sector, TargetStatus
from compactdesk.gui.dialogs.target import ProgressDialog, TargetCloseDialog, TargetDialog
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.pages.actions import ActionPlanPage
from compactdesk.gui import colours
from compactdesk.gui.table_model import STATUS_ROLE
from compactdesk.gui.workbench import Workbench
from compactdesk.services import actions, meetings
from compactdesk.store import create_store
from compactdesk.store.models import CodeOfPractice, Organisation, Person, Target, TargetProgress

CLOSED = (TargetStatus.DONE, TargetStatus.DROPPED)


@pytest.fixture
def page(bench, qtbot):
    shown = ActionPlanPage(bench)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.refresh()
    return shown


def service_rows(bench) -> list[actions.TargetRow]:
    return bench.read(actions.target_rows, bench.today())


def shown_ids(page) -> set[int]:
    return {page.proxy.key_at(page.proxy.index(row, 0)) for row in range(page.proxy.rowCount())}


def shown_order(page) -> list[int]:
    return [page.proxy.key_at(page.proxy.index(row, 0)) for row in range(page.proxy.rowCount())]


def settle(qtbot, page) -> None:
    """Waits for the page to reload after a write, undo or redo."""
    qtbot.waitUntil(lambda: not page.stale)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def cell(page, target_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    index = page.proxy.index_of(target_id)
    return page.proxy.index(index.row(), column).data(role)


def plain(rich: str) -> str:
    """What a (rich text) tooltip says."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def set_date(field, day: dt.date | None) -> None:
    field.set_value(day)


def filling(action):
    """A stand-in for run_dialog: fills the dialog as a person would, then presses Save."""
    def run(dialog) -> bool:
        action(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    return run


# -- what the page shows ---------------------------------------------------------------------------------------------

def test_the_page_shows_every_target_of_the_demo_store(page, bench):
    rows = service_rows(bench)
    assert 20 <= len(rows) <= 30
    assert shown_ids(page) == {row.target_id for row in rows}
    assert page.count.text().startswith(f"Showing {len(rows)} of {len(rows)} targets")
    assert page.title() == "Action plan" and page.area == "actions"
    assert not page.empty.showing_empty
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())]
    assert headers == ["Target", "Code area", "Partner", "Lead", "Deadline", "Status", "Last progress"]


def test_overdue_says_so_in_words_and_in_dark_red(page, bench):
    rows = service_rows(bench)
    overdue = [row for row in rows if row.status is TargetStatus.OVERDUE]
    assert overdue
    for row in overdue:
        assert cell(page, row.target_id, page.STATUS) == "Overdue"
        assert cell(page, row.target_id, page.STATUS, Qt.ItemDataRole.ForegroundRole) == colours.text(colours.URGENT)
        assert cell(page, row.target_id, page.STATUS, STATUS_ROLE) == "urgent"  # and drawn as a label, with its words
    calm = next(row for row in rows if row.status is TargetStatus.DUE_SOON)
    assert cell(page, calm.target_id, page.STATUS, Qt.ItemDataRole.ForegroundRole) != colours.text(colours.URGENT)
    with_progress = next(row for row in rows if row.last_progress_on)
    assert with_progress.last_progress in plain(cell(page, with_progress.target_id, page.PROGRESS,
                                                     Qt.ItemDataRole.ToolTipRole))


def test_the_table_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    choose(page.status, "overdue")
    qtmodeltester.check(page.proxy)
    page.clear_filters()
    page.table.selectRow(0)
    qtmodeltester.check(page.panel.progress_model)
    qtmodeltester.check(page.panel.progress_filter)


def test_dates_sort_as_dates_and_any_column_sorts(page, bench):
    rows = {row.target_id: row for row in service_rows(bench)}
    page.table.sortByColumn(page.DEADLINE, Qt.SortOrder.AscendingOrder)
    deadlines = [rows[ident].deadline for ident in shown_order(page)]
    dated = [d for d in deadlines if d is not None]
    assert dated == sorted(dated) and deadlines[:len(dated)] == dated  # undated last
    page.table.sortByColumn(page.DEADLINE, Qt.SortOrder.DescendingOrder)
    dated = [rows[ident].deadline for ident in shown_order(page) if rows[ident].deadline]
    assert dated == sorted(dated, reverse=True)
    page.table.sortByColumn(page.PARTNER, Qt.SortOrder.AscendingOrder)
    partners = [rows[ident].partner.casefold() for ident in shown_order(page)]
    assert partners == sorted(partners)
    page.table.sortByColumn(page.STATUS, Qt.SortOrder.AscendingOrder)
    assert rows[shown_order(page)[0]].status is TargetStatus.OVERDUE
    assert page.table.horizontalHeader().sortIndicatorSection() == page.STATUS


def test_sorting_keeps_the_chosen_target(page, bench):
    chosen = service_rows(bench)[4].target_id
    page.show_record(chosen)
    page.table.sortByColumn(page.TARGET, Qt.SortOrder.DescendingOrder)
    assert page.current_id() == chosen
    assert page.panel.detail.target_id == chosen


# -- filters and search ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("status", ["open", *[s.value for s in TargetStatus]])
def test_the_status_filter_shows_exactly_those_targets(page, bench, status):
    choose(page.status, status)
    rows = service_rows(bench)
    expected = {row.target_id for row in rows
                if (row.status not in CLOSED if status == "open" else row.status.value == status)}
    assert shown_ids(page) == expected
    assert page.count.text().startswith(f"Showing {len(expected)} of {len(rows)} targets")


def test_the_partner_code_and_overdue_filters_narrow_the_list(page, bench):
    rows = service_rows(bench)
    partner_id = next(row.partner_id for row in rows if row.partner == "Dyfnant County Council")
    choose(page.partner, partner_id)
    assert shown_ids(page) == {row.target_id for row in rows if row.partner_id == partner_id}
    code_id = next(row.code_id for row in rows if row.code == "Funding and procurement")
    choose(page.code, code_id)
    both = {row.target_id for row in rows if row.partner_id == partner_id and row.code_id == code_id}
    assert shown_ids(page) == both and both
    page.clear_filters()
    page.overdue.setChecked(True)
    assert shown_ids(page) == {row.target_id for row in rows if row.status is TargetStatus.OVERDUE}
    page.overdue.setChecked(False)
    choose(page.status, "done")
    page.overdue.setChecked(True)  # done and overdue: nothing, and the page says what to do
    assert page.proxy.rowCount() == 0
    assert page.empty.showing_empty
    assert "clear the search or set the filters back to Any" in page.empty.label.text()
    page.clear_button.click()
    assert shown_ids(page) == {row.target_id for row in rows}
    assert (page.status.currentData(), page.overdue.isChecked()) == ("any", False)


def test_every_partner_and_code_in_the_plan_is_a_choice(page, bench):
    rows = service_rows(bench)
    partners = {page.partner.itemData(i) for i in range(page.partner.count())}
    codes = {page.code.itemData(i) for i in range(page.code.count())}
    assert partners == {"any"} | {row.partner_id for row in rows}
    assert codes == {"any"} | {row.code_id for row in rows}


def test_search_finds_words_anywhere_in_the_row(page, bench, qtbot):
    page.find()
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "welsh")
    assert page.search_timer.isActive()  # it waits for a pause in the typing
    everything = len(service_rows(bench))
    qtbot.waitUntil(lambda: page.proxy.filtering and page.proxy.rowCount() < everything)
    expected = {row.target_id for row in service_rows(bench)
                if "welsh" in f"{row.title} {row.code} {row.partner} {row.lead} {row.last_progress}".casefold()}
    assert expected and shown_ids(page) == expected
    page.search.setText("welsh zzzz-nothing")
    page.apply_filters()
    assert page.empty.showing_empty and "clear the search" in page.empty.label.text()


# -- adding and editing a target -------------------------------------------------------------------------------------

def test_adding_a_target_in_the_dialog_then_undo_and_redo(page, bench, qtbot):
    dialog = TargetDialog(bench, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.title, "Cynllun Gwirfoddoli ")
    dialog.ui.title.insert("Llŷr 🎯")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.measure, "Fifty volunteers placed")
    qtbot.keyClick(dialog.ui.measure, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.measure, "with small groups")
    dialog.ui.code.setCurrentIndex(dialog.ui.code.findText("Volunteering"))
    dialog.ui.partner.setCurrentIndex(dialog.ui.partner.findText("Dyfnant County Council"))
    dialog.ui.lead.setCurrentIndex(2)
    lead_id = dialog.ui.lead.currentData()
    set_date(dialog.ui.startOn, dt.date(2026, 12, 1))
    set_date(dialog.ui.deadline, dt.date(2027, 6, 30))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    made = dialog.result_value
    row = next(r for r in service_rows(bench) if r.target_id == made.id)
    assert (row.title, row.code, row.partner, row.lead_id, row.start_on, row.deadline) == (
        "Cynllun Gwirfoddoli Llŷr 🎯", "Volunteering", "Dyfnant County Council", lead_id, dt.date(2026, 12, 1),
        dt.date(2027, 6, 30))
    assert bench.read(actions.target_detail, made.id, bench.today()).measure == "Fifty volunteers placed\nwith small groups"
    settle(qtbot, page)
    assert made.id in shown_ids(page)
    assert bench.undo_stack.undoText() == "Add target “Cynllun Gwirfoddoli Llŷr 🎯”"
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert made.id not in {r.target_id for r in service_rows(bench)} and made.id not in shown_ids(page)
    bench.undo_stack.redo()
    settle(qtbot, page)
    assert made.id in {r.target_id for r in service_rows(bench)} and made.id in shown_ids(page)


def test_new_target_from_the_page_is_selected_even_when_filters_would_hide_it(page, bench, monkeypatch):
    choose(page.status, "done")

    def fill(dialog):
        dialog.ui.title.setText("Annual health-check of the compact")

    monkeypatch.setattr(page, "run_dialog", filling(fill))
    assert page.new_text() == "New target…"
    page.new_item()
    made = next(r for r in service_rows(bench) if r.title == "Annual health-check of the compact")
    assert page.current_id() == made.target_id
    assert page.status.currentData() == "any"
    assert page.panel.detail.title == "Annual health-check of the compact"


@pytest.mark.parametrize(("fill", "field", "words"), [
    (lambda ui: ui.measure.setPlainText("Kept"), "title", "the target's title"),
    (lambda ui: (ui.title.setText("Adolygu'r compact ŵ ŷ"), ui.measure.setPlainText("Kept"),
                 set_date(ui.startOn, dt.date(2027, 5, 1)), set_date(ui.deadline, dt.date(2027, 4, 1))),
     "deadline", "cannot be before the start date"),
])
def test_a_refusal_shows_at_the_field_and_keeps_what_was_typed(page, bench, qtbot, fill, field, words):
    before = len(service_rows(bench))
    dialog = TargetDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog.ui)
    title = dialog.ui.title.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert words in dialog.error_text
    assert dialog.fields[field].styleSheet() == invalid_style()
    assert (dialog.ui.title.text(), dialog.ui.measure.toPlainText()) == (title, "Kept")
    assert len(service_rows(bench)) == before and not bench.undo_stack.canUndo()


def test_editing_a_target_with_enter_and_double_click(page, bench, qtbot, monkeypatch):
    row = service_rows(bench)[0]
    opened = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: opened.append(dialog) or False)
    page.show_record(row.target_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    index = page.proxy.index_of(row.target_id)
    rect = page.table.visualRect(page.proxy.index(index.row(), page.LEAD))
    # A double-click is a press and a second press: QTest's mouseDClick alone sends only the second.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [d.target_id for d in opened] == [row.target_id, row.target_id]
    dialog = opened[0]
    assert (dialog.ui.title.text(), dialog.ui.partner.currentText()) == (row.title, row.partner)
    assert dialog.ui.deadline.value() == row.deadline
    dialog.ui.title.setText("Publish the compact in Welsh, English and Polish")
    dialog.accept()
    settle(qtbot, page)
    assert cell(page, row.target_id, page.TARGET) == "Publish the compact in Welsh, English and Polish"
    assert page.current_id() == row.target_id
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert cell(page, row.target_id, page.TARGET) == row.title


def test_a_target_raised_at_a_meeting_says_where(bench, qtbot):
    meeting = bench.read(lambda s: next(m for m in meetings.list_meetings(s) if m.items))
    meeting_id, item_id, item_title = meeting.id, meeting.items[-1].id, meeting.items[-1].title
    dialog = TargetDialog(bench, meeting_id=meeting_id, item_id=item_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.origin.text().startswith("Raised at") and item_title in dialog.ui.origin.text()
    dialog.ui.title.setText("Write to the highways team")
    dialog.accept()
    detail = bench.read(actions.target_detail, dialog.result_value.id, bench.today())
    assert (detail.meeting_id, detail.item_id) == (meeting_id, item_id)
    assert item_title in detail.origin


def test_delete_then_undo(page, bench, qtbot):
    row = service_rows(bench)[3]
    page.show_record(row.target_id)
    assert page.can_delete() and page.can_edit()
    page.delete_current()
    settle(qtbot, page)
    assert row.target_id not in shown_ids(page)
    assert bench.undo_stack.undoText() == f"Delete target “{row.title}”"
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert row.target_id in shown_ids(page)


# -- progress, done and dropped ----------------------------------------------------------------------------------------

def test_adding_and_removing_progress_with_undo(page, bench, qtbot, monkeypatch):
    row = next(r for r in service_rows(bench) if r.status is TargetStatus.OVERDUE and not r.last_progress_on)
    page.show_record(row.target_id)
    assert page.panel.progress_state.showing_empty

    def fill(dialog: ProgressDialog):
        set_date(dialog.ui.on, dt.date(2026, 11, 20))
        qtbot.keyClicks(dialog.ui.note, "Cyfarfod ")
        dialog.ui.note.insertPlainText("â'r bwrdd; Łucja to report back")

    monkeypatch.setattr(page, "run_dialog", filling(fill))
    page.panel.add_progress_button.click()
    settle(qtbot, page)
    assert [(e.on, e.note) for e in page.panel.detail.progress] == [
        (dt.date(2026, 11, 20), "Cyfarfod â'r bwrdd; Łucja to report back")]
    assert cell(page, row.target_id, page.PROGRESS).startswith("20 November 2026: Cyfarfod")
    assert not page.panel.progress_state.showing_empty

    page.panel.progress.selectRow(0)
    assert page.panel.remove_progress_button.isEnabled()
    page.panel.remove_progress_button.click()
    settle(qtbot, page)
    assert page.panel.detail.progress == ()
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert len(page.panel.detail.progress) == 1
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert page.panel.detail.progress == ()
    bench.undo_stack.redo()
    settle(qtbot, page)
    assert len(page.panel.detail.progress) == 1


def test_delete_in_the_progress_log_removes_the_note_not_the_target(page, bench, qtbot):
    row = next(r for r in service_rows(bench) if r.last_progress_on)
    page.show_record(row.target_id)
    before = len(page.panel.detail.progress)
    page.panel.progress.setFocus()
    page.panel.progress.selectRow(0)
    page.delete_current()
    settle(qtbot, page)
    assert len(page.panel.detail.progress) == before - 1
    assert row.target_id in shown_ids(page)


def test_an_empty_progress_note_is_refused_at_the_field(bench, qtbot):
    target_id = service_rows(bench)[0].target_id
    dialog = ProgressDialog(bench, target_id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "what progress was made" in dialog.error_text
    assert dialog.fields["note"].styleSheet() == invalid_style()


def test_mark_done_reopen_and_undo(page, bench, qtbot, monkeypatch):
    row = next(r for r in service_rows(bench) if r.status is TargetStatus.OVERDUE)
    page.show_record(row.target_id)
    assert page.panel.done_button.text() == "Mar&k done…"
    monkeypatch.setattr(page, "run_dialog", filling(lambda d: set_date(d.ui.on, dt.date(2026, 11, 23))))
    page.panel.done_button.click()
    settle(qtbot, page)
    assert cell(page, row.target_id, page.STATUS) == "Done"
    assert page.panel.detail.completed_on == dt.date(2026, 11, 23)
    assert page.panel.done_button.text() == "&Reopen"
    page.panel.done_button.click()  # reopens at once: no dialog
    settle(qtbot, page)
    assert cell(page, row.target_id, page.STATUS) == "Overdue"
    assert bench.undo_stack.undoText() == f"Reopen “{row.title}”"
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert cell(page, row.target_id, page.STATUS) == "Done"


def test_a_done_date_before_the_start_is_refused_at_the_field(bench, qtbot):
    row = next(r for r in service_rows(bench) if r.start_on and r.status is TargetStatus.OVERDUE)
    dialog = TargetCloseDialog(bench, row.target_id, TargetCloseDialog.DONE)
    qtbot.addWidget(dialog)
    set_date(dialog.ui.on, row.start_on - dt.timedelta(days=1))
    dialog.accept()
    assert "cannot be before the start date" in dialog.error_text
    assert dialog.fields["completed_on"].styleSheet() == invalid_style()


def test_drop_with_a_reason_restore_and_undo(page, bench, qtbot, monkeypatch):
    row = next(r for r in service_rows(bench) if r.status is TargetStatus.DUE_SOON)
    page.show_record(row.target_id)

    def fill(dialog: TargetCloseDialog):
        assert dialog.ui.reason.isVisibleTo(dialog)
        set_date(dialog.ui.on, dt.date(2026, 11, 24))
        dialog.ui.reason.setPlainText("Replaced by the public services board")

    monkeypatch.setattr(page, "run_dialog", filling(fill))
    page.panel.drop_button.click()
    settle(qtbot, page)
    detail = page.panel.detail
    assert (detail.status, detail.dropped_on, detail.drop_reason) == (
        TargetStatus.DROPPED, dt.date(2026, 11, 24), "Replaced by the public services board")
    assert "Replaced by the public services board" in page.panel.summary.text()
    assert page.panel.drop_button.text() == "Res&tore"
    page.panel.drop_button.click()
    settle(qtbot, page)
    assert page.panel.detail.status is TargetStatus.DUE_SOON
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert page.panel.detail.status is TargetStatus.DROPPED
    bench.undo_stack.undo()
    settle(qtbot, page)
    assert page.panel.detail.status is TargetStatus.DUE_SOON


# -- show_record and empty states ----------------------------------------------------------------------------------

def test_show_record_clears_only_the_filters_that_hide_it(page, bench):
    rows = service_rows(bench)
    overdue = next(r for r in rows if r.status is TargetStatus.OVERDUE and r.partner == "Dyfnant County Council")
    choose(page.status, "done")
    choose(page.partner, overdue.partner_id)
    page.show_record(overdue.target_id)
    assert page.current_id() == overdue.target_id
    assert (page.status.currentData(), page.partner.currentData()) == ("any", overdue.partner_id)
    index = page.proxy.index_of(overdue.target_id)
    assert page.table.viewport().rect().intersects(page.table.visualRect(index))
    page.search.setText("zzzz")
    page.apply_filters()
    page.show_record(overdue.target_id)
    assert page.search.text() == "" and page.current_id() == overdue.target_id


def test_an_empty_store_says_how_to_begin(tmp_path, qtbot, today):
    store = create_store(tmp_path / "new.cdstore")
    try:
        page = ActionPlanPage(Workbench(store, lambda: today))
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        assert page.empty.showing_empty
        assert "Add the first target with Ctrl+N, or record an action from a meeting's minutes" in \
            page.empty.label.text()
        assert page.empty.button.isVisibleTo(page.empty) and not page.can_edit() and not page.can_delete()
        assert page.count.text().startswith("Showing 0 of 0 targets")
    finally:
        store.close()


def test_long_and_welsh_text_is_elided_with_the_full_text_in_the_tooltip(page, bench, qtbot):
    title = "Cynllun ŵ ŷ â Łódź 🎯 " + "hir iawn " * 30
    note = "Llinell gyntaf\n" + "Gwenllïan a Łucja " * 200
    made = bench.perform("Add", actions.add_target, title)
    bench.perform("Note", actions.record_progress, made.id, bench.today(), note)
    settle(qtbot, page)
    assert plain(cell(page, made.id, page.TARGET, Qt.ItemDataRole.ToolTipRole)) == title.strip()
    assert note.strip() in plain(cell(page, made.id, page.PROGRESS, Qt.ItemDataRole.ToolTipRole))
    assert "\n" not in cell(page, made.id, page.PROGRESS)  # one line in the cell, elided
    assert page.table.wordWrap() is False
    page.show_record(made.id)
    assert page.panel.detail.progress[0].note == note.strip()
    assert page.width() == 1100 and page.panel.width() <= 1100


# -- a very large plan ---------------------------------------------------------------------------------------------

def fill_large(store, count: int, today: dt.date) -> None:
    rng = random.Random(3)
    with store.session() as session:
        partners = [Organisation(name=f"Partner {i} Llanfair", sector=Sector.COUNCIL) for i in range(20)]
        people = [Person(name=f"Gwenllïan {i}") for i in range(50)]
        session.add_all([*partners, *people])
        session.flush()
        codes = [code.id for code in session.query(CodeOfPractice)]
        targets, notes = [], []
        for i in range(1, count + 1):
            start = today - dt.timedelta(days=rng.randint(0, 2000))
            targets.append({"id": i, "title": f"Target {i} for rural groups", "measure": "",
                            "code_id": rng.choice(codes), "partner_id": rng.choice(partners).id,
                            "lead_id": rng.choice(people).id, "start_on": start,
                            "deadline": start + dt.timedelta(days=rng.randint(30, 900)),
                            "completed_on": start + dt.timedelta(days=20) if i % 3 == 0 else None,
                            "dropped_on": None, "drop_reason": ""})
            if i % 2:
                notes.append({"target_id": i, "on": start + dt.timedelta(days=5), "note": "Begun"})
        session.execute(insert(Target), targets)
        session.execute(insert(TargetProgress), notes)


def test_twenty_thousand_targets_load_and_filter(tmp_path, qtbot, today):
    store = create_store(tmp_path / "large.cdstore")
    try:
        fill_large(store, 20_000, today)
        bench = Workbench(store, lambda: today)
        page = ActionPlanPage(bench)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.refresh()
        rows = bench.read(actions.target_rows, today)
        assert page.model.rowCount() == page.proxy.rowCount() == len(rows) == 20_000
        assert page.count.text().startswith("Showing 20,000 of 20,000 targets")
        choose(page.status, "overdue")
        overdue = {row.target_id for row in rows if row.status is TargetStatus.OVERDUE}
        assert 0 < len(overdue) < 20_000 and shown_ids(page) == overdue
        page.search.setText("target 1999")
        page.apply_filters()
        expected = {row.target_id for row in rows
                    if row.status is TargetStatus.OVERDUE and "1999" in str(row.target_id)}
        assert shown_ids(page) == expected
        page.clear_filters()
        assert page.proxy.rowCount() == 20_000
        page.show_record(rows[-1].target_id)
        assert page.current_id() == rows[-1].target_id
    finally:
        store.close()


def test_f2_opens_the_real_dialog_modal_and_saves(page, bench, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    row = service_rows(bench)[1]
    page.show_record(row.target_id)
    seen = []

    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.ui.title.setText("Renamed while modal")
        dialog.accept()

    QTimer.singleShot(0, fill_and_save)
    page.edit_current()
    assert seen == ["TargetDialog"]
    settle(qtbot, page)
    assert cell(page, row.target_id, page.TARGET) == "Renamed while modal"


def test_in_the_main_window_an_edit_reloads_the_plan_once(demo_path, today, qtbot, settings, monkeypatch):
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.store import open_store

    window = MainWindow(open_store(demo_path), today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.bench is not None and window.bench.store is not None, timeout=10_000)
    page = window.show_area("actions")
    qtbot.waitUntil(lambda: not page.stale)
    reloads = []
    real = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: (reloads.append(1), real()))
    target_id = service_rows(window.bench)[0].target_id
    window.bench.perform("Note", actions.record_progress, target_id, today, "Met the council")
    qtbot.wait(50)  # anything queued for the event loop has run
    assert len(reloads) == 1
    window.store.close()
