"""Histories in the window (issue 21), driven as the secretary enters the cases: a code's making step by step,
the compact's lead councillor and lead officer, and a department's champion changing hands."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from compactdesk.domain.enums import CodeStatus, LeadRole
from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.code_history import CodeStepDialog
from compactdesk.gui.dialogs.leads import LeadDialog
from compactdesk.gui.dialogs.signup import ChampionChangeDialog, DepartmentDialog
from compactdesk.gui.pages.compact import CompactPage
from compactdesk.gui.pages.signup import CHAMPIONS, SignUpPage
from compactdesk.gui.pages.standards import StandardsPage
from compactdesk.services import champions, codes, leads, members
from compactdesk.store.models import Department
from test_fits_screen import dialog_problems

WELSH = "Cyfarfod â grwpiau BME ŵ ŷ – Łucja 🎉"


def type_into(qtbot, widget, text):
    """Types as a person would: ASCII through QTest, other letters as an input method sends them."""
    widget.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


def double_click(qtbot, table, row: int = 0) -> None:
    """As a person double-clicks a row: a click first, then the double-click."""
    point = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def answering(page, monkeypatch, runner: str, fill) -> list[QDialog]:
    """Each form the page opens is shown, filled by `fill(dialog)` and saved, as a person would."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, runner, run)
    return opened


def made(qtbot, page_type, bench):
    page = page_type(bench)
    qtbot.addWidget(page)
    bench.changed.connect(page.refresh)  # as the main window does after every write, undo and redo
    page.resize(1100, 700)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    return page


# -- a code's history -------------------------------------------------------------------------------------


@pytest.fixture
def standards_page(bench, qtbot):
    return made(qtbot, StandardsPage, bench)


def new_code(bench, name="Community groups locally", **kwargs):
    """A local code, as the group adds one: proposed from the start of the year unless said otherwise."""
    return bench.perform("Add", codes.add_code, name, **{"on": dt.date(2026, 1, 5), **kwargs}).id


def steps_shown(pane) -> list[tuple[str, str, str]]:
    return [tuple(pane.model.index(number, column).data() for column in range(3))
            for number in range(pane.model.rowCount())]


def test_the_community_groups_code_is_taken_through_its_steps_each_one_undo_step(standards_page, bench, qtbot,
                                                                              monkeypatch, today):
    """Seed 002: the questionnaire, face to face with BME groups, a redraft, the reading group's check, adopted."""
    tab = standards_page.codes_tab
    code = new_code(bench)
    standards_page.refresh()
    assert tab.reveal(code)
    assert steps_shown(tab.steps_pane) == [("5 January 2026", "Proposed", "")]
    entries = iter([
        (CodeStatus.IN_DRAFT, dt.date(2026, 2, 17), "Questionnaire sent to the forum's list and statutory bodies."),
        (CodeStatus.IN_DRAFT, dt.date(2026, 3, 12), WELSH),
        (CodeStatus.ACCEPTED_IN_PRINCIPLE, dt.date(2026, 6, 30), "Redraft checked by the Older People's Reading "
                                                                 "Group for language and typeface."),
        (CodeStatus.ADOPTED, dt.date(2026, 9, 15), "Adopted at the liaison group."),
    ])

    def fill(dialog):
        assert isinstance(dialog, CodeStepDialog)
        status, day, note = next(entries)
        select_data(dialog.ui.status, status.value)
        dialog.ui.on.set_value(day)
        type_into(qtbot, dialog.ui.note, note)

    opened = answering(standards_page, monkeypatch, "run_dialog", fill)
    for _ in range(4):
        assert tab.steps_pane.step_button.isEnabled()
        qtbot.mouseClick(tab.steps_pane.step_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 4 and all(dialog.result() == QDialog.DialogCode.Accepted for dialog in opened)
    assert steps_shown(tab.steps_pane) == [
        ("15 September 2026", "Adopted", "Adopted at the liaison group."),
        ("30 June 2026", "Accepted in principle", "Redraft checked by the Older People's Reading Group for "
                                                  "language and typeface."),
        ("12 March 2026", "In draft", WELSH),
        ("17 February 2026", "In draft", "Questionnaire sent to the forum's list and statutory bodies."),
        ("5 January 2026", "Proposed", "")]
    # The code's row follows its latest step, and the new step is the one chosen.
    row = tab.current_row()
    assert (row.status, row.adopted_on) == (CodeStatus.ADOPTED, dt.date(2026, 9, 15))
    assert tab.steps_pane.current_step().on == dt.date(2026, 9, 15)
    assert bench.undo_stack.undoText() == "Record a step of “Community groups locally”: Adopted"
    bench.undo_stack.undo()
    assert tab.current_row().status is CodeStatus.ACCEPTED_IN_PRINCIPLE
    assert tab.steps_pane.model.rowCount() == 4


def test_a_demo_codes_history_shows_under_the_list(standards_page, bench, today):
    tab = standards_page.codes_tab
    code = next(row for row in bench.read(codes.code_rows, today) if row.held_name == "Community groups")
    tab.reveal(code.code_id)
    history = bench.read(codes.code_history, code.code_id)
    assert history and tab.steps_pane.model.rowCount() == len(history)
    assert tab.steps_pane.heading.text() == "History of “Community groups”"
    assert steps_shown(tab.steps_pane)[0][1] == code.status.label()


def test_a_step_is_corrected_by_a_double_click_and_removed_with_delete(standards_page, bench, qtbot, monkeypatch):
    tab = standards_page.codes_tab
    code = new_code(bench, status="in_draft", on=dt.date(2026, 4, 1))
    bench.perform("Step", codes.record_step, code, "accepted_in_principle", dt.date(2026, 5, 1), "Typo")
    tab.reveal(code)
    tab.steps_pane.table.clearSelection()
    assert not tab.steps_pane.remove_button.isEnabled()
    tab.steps_pane.table.selectRow(0)
    assert tab.steps_pane.remove_button.isEnabled()

    def fill(dialog):
        assert dialog.windowTitle() == "Correct a step" and dialog.ui.note.toPlainText() == "Typo"
        dialog.ui.on.set_value(dt.date(2026, 5, 6))
        type_into(qtbot, dialog.ui.note, "Agreed in principle at the May meeting.")

    answering(standards_page, monkeypatch, "run_dialog", fill)
    double_click(qtbot, tab.steps_pane.table)
    step = bench.read(codes.code_history, code)[0]
    assert (step.on, step.note) == (dt.date(2026, 5, 6), "Agreed in principle at the May meeting.")
    assert bench.undo_stack.undoText() == "Correct a step of “Community groups locally”"
    standards_page.activateWindow()
    tab.steps_pane.table.selectRow(0)
    tab.steps_pane.table.setFocus()
    qtbot.waitUntil(tab.steps_pane.table.hasFocus)
    standards_page.delete_current()  # what the window's Delete does: the step, not the code
    assert [step.status for step in bench.read(codes.code_history, code)] == [CodeStatus.IN_DRAFT]
    assert bench.undo_stack.undoText() == "Remove the step “Accepted in principle” of “Community groups locally”"
    assert tab.proxy.index_of(code).isValid()
    assert tab.current_row().status is CodeStatus.IN_DRAFT


def test_a_step_after_today_is_refused_at_its_field_and_the_form_keeps_what_was_typed(standards_page, bench, qtbot,
                                                                                     today):
    code = new_code(bench)
    dialog = CodeStepDialog(bench, code, standards_page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.question.text() == "<b>Community groups locally</b><br>Now “Proposed”, since 5 January 2026."
    dialog.ui.on.set_value(today + dt.timedelta(days=1))
    type_into(qtbot, dialog.ui.note, "Planned adoption")
    dialog.accept()
    assert dialog.isVisible() and "after today" in dialog.error_text
    assert dialog.ui.note.toPlainText() == "Planned adoption"
    # Dated before the latest step, the hint says it takes its place and the status stays.
    bench.perform("Step", codes.record_step, code, "in_draft", dt.date(2026, 6, 1))
    dialog = CodeStepDialog(bench, code, standards_page)
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.ui.status, "adopted")
    dialog.ui.on.set_value(dt.date(2026, 5, 1))
    assert dialog.ui.stepHint.text() == ("Dated before its latest step (1 June 2026), so it takes its place in the "
                                         "history and the code stays “In draft”.")
    dialog.ui.on.set_value(dt.date(2026, 7, 1))
    assert dialog.ui.stepHint.text() == "The code will be “Adopted” from this day, and its reviews counted from it."
    assert not dialog_problems(dialog, "CodeStepDialog")


# -- the compact's leads ------------------------------------------------------------------------------------


@pytest.fixture
def compact_page(bench, qtbot):
    return made(qtbot, CompactPage, bench)


def not_leads(bench, today) -> list:
    """People who have never been one of the compact's leads (the demo has had two of each)."""
    leaders = {row.person_id for role in LeadRole for row in bench.read(leads.lead_history, role, today)}
    return [p for p in bench.read(members.list_people) if p.id not in leaders]


def shown_rows(panel, rows: int) -> list[tuple[str, str, str]]:
    return [tuple(panel.model.index(n, column).data() for column in range(3)) for n in range(rows)]


def test_the_lead_officer_changes_three_times_in_seven_months_and_each_is_one_undo_step(compact_page, bench, qtbot,
                                                                                     monkeypatch, today):
    panel = compact_page.leads
    before = panel.model.rowCount()
    first, second = not_leads(bench, today)[:2]
    entries = iter([(first, dt.date(2026, 3, 3), "Took over from the grants team."),
                    (None, dt.date(2026, 4, 30), "Left; post empty."),
                    (second, dt.date(2026, 9, 22), "Acting lead officer.")])

    def fill(dialog):
        assert isinstance(dialog, LeadDialog) and dialog.role is LeadRole.OFFICER
        who, day, note = next(entries)
        select_data(dialog.ui.person, who.id if who else None)
        dialog.ui.on.set_value(day)
        type_into(qtbot, dialog.ui.note, note)

    answering(compact_page, monkeypatch, "exec_dialog", fill)
    for _ in range(3):
        qtbot.mouseClick(panel.change_buttons[LeadRole.OFFICER], Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == before + 3
    assert shown_rows(panel, 3) == [("22 September 2026", "Lead officer", second.name),
                                     ("30 April 2026", "Lead officer", "Nobody"),
                                     ("3 March 2026", "Lead officer", first.name)]
    assert f"{second.name}</b>" in panel.now_labels[LeadRole.OFFICER].text()
    assert "since 22 September 2026" in panel.now_labels[LeadRole.OFFICER].text()
    assert bench.undo_stack.undoText() == f"Name {second.name} lead officer"
    bench.undo_stack.undo()
    assert panel.now_labels[LeadRole.OFFICER].text() == "Nobody since 30 April 2026"
    assert bench.undo_stack.undoText() == "No lead officer from 30 April 2026"


def test_leads_on_a_new_group_are_not_recorded_yet(qtbot, tmp_path, today, qapp):
    from compactdesk.gui.workbench import Workbench
    from compactdesk.services import compact
    from compactdesk.store import create_store

    bench = Workbench(create_store(tmp_path / "new.cdstore"), lambda: today)
    try:
        bench.perform("Set up", compact.set_up_compact, "Compact Sir Ddyfnant", today=today)
        page = made(qtbot, CompactPage, bench)
        assert page.leads.now_labels[LeadRole.OFFICER].text() == "Not recorded yet"
        assert "No leads recorded yet" in page.leads.history.label.text()
        assert not page.leads.remove_button.isEnabled()
    finally:
        bench.store.close()


def test_a_new_portfolio_holder_after_the_elections_is_planned_and_corrected_by_a_double_click(
        compact_page, bench, qtbot, monkeypatch, today):
    deputy = not_leads(bench, today)[0]
    panel = compact_page.leads
    before = panel.model.rowCount()
    planned = bench.perform("Lead", leads.set_lead, LeadRole.COUNCILLOR, deputy.id, dt.date(2027, 5, 10),
                            "Elections")
    assert "a change is planned for 10 May 2027" in panel.now_labels[LeadRole.COUNCILLOR].text()
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).endswith("dated after today, so not yet in "
                                                                              "force")

    def fill(dialog):
        assert dialog.change.change_id == planned.id and dialog.ui.onHint.isVisible()
        dialog.ui.on.set_value(dt.date(2027, 5, 12))

    answering(compact_page, monkeypatch, "exec_dialog", fill)
    double_click(qtbot, panel.table)
    assert panel.model.index(0, 0).data() == "12 May 2027"
    assert bench.undo_stack.undoText() == "Correct a change of lead councillor"
    panel.table.selectRow(0)
    assert compact_page.can_delete()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == before
    assert bench.undo_stack.undoText() == "Remove the change of lead councillor of 12 May 2027"


def test_a_refused_lead_stays_in_the_form_with_the_message_at_its_field(compact_page, bench, qtbot, today):
    now = next(lead for lead in bench.read(leads.leads_now, today) if lead.role is LeadRole.COUNCILLOR)
    dialog = LeadDialog(bench, LeadRole.COUNCILLOR, compact_page)
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.ui.person, now.person_id)
    dialog.accept()
    assert dialog.isVisible() and "is already the compact's lead councillor" in dialog.error_text
    assert not dialog_problems(dialog, "LeadDialog")


# -- a department's champion ------------------------------------------------------------------------------


@pytest.fixture
def signup_page(bench, qtbot):
    page = made(qtbot, SignUpPage, bench)
    page.tabs.setCurrentIndex(CHAMPIONS)
    return page


def found_before_histories(bench) -> champions.DepartmentRow:
    """A department as revision 0008 found one: its champion named, no history yet."""
    council = next(ident for ident, name in bench.read(champions.public_bodies) if name == "Dyfnant County Council")
    department = bench.perform("Add", champions.add_department, council, "Tai a Chymunedau – Łódź")
    champion = bench.read(champions.champion_choices, council)[0]
    bench.store.run(lambda session: setattr(session.get(Department, department.id), "champion_id",
                                            champion.person_id))
    return bench.read(champions.department_row, department.id)


def test_the_day_and_note_are_asked_only_when_the_champion_changes(signup_page, bench, qtbot, monkeypatch, today):
    tab = signup_page.champions_tab
    row = found_before_histories(bench)
    other = next(choice for choice in bench.read(champions.champion_choices, row.organisation_id)
                 if choice.person_id != row.champion_id)
    signup_page.refresh()
    tab.reveal(row.department_id)
    assert tab.history.model.rowCount() == 0
    assert "No change recorded yet" in tab.history.empty.label.text()

    def fill(dialog):
        assert isinstance(dialog, DepartmentDialog)
        assert not dialog.ui.changedOn.isVisible() and not dialog.ui.changeNote.isVisible()
        select_data(dialog.ui.champion, other.person_id)
        assert dialog.ui.changedOn.isVisible() and dialog.ui.changedOn.value() == today
        assert dialog.ui.changedOnLabel.text() == "Changed &on:"
        dialog.ui.changedOn.set_value(dt.date(2026, 9, 29))
        type_into(qtbot, dialog.ui.changeNote, "Appointed to the post – Llŷr ŵ")
        assert not dialog_problems(dialog, "DepartmentDialog")

    answering(signup_page, monkeypatch, "run_dialog", fill)
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    assert bench.read(champions.department_row, row.department_id).champion_id == other.person_id
    history = tab.history.model
    assert [(history.index(n, 0).data(), history.index(n, 1).data()) for n in range(history.rowCount())] == [
        ("29 September 2026", other.name), ("Before the history", row.champion)]
    assert history.index(0, 3).data() == "Appointed to the post – Llŷr ŵ"
    assert tab.history.heading.text() == f"Who has been the champion of {row.name} ({row.body})"
    assert bench.undo_stack.undoText() == f"Name {other.name} champion of “{row.name}”"
    bench.undo_stack.undo()  # one step: the champion and the history both as they were
    assert bench.read(champions.department_row, row.department_id).champion_id == row.champion_id
    assert tab.history.model.rowCount() == 0


def test_a_change_is_corrected_and_removed_from_the_departments_history(signup_page, bench, qtbot, monkeypatch,
                                                                        today):
    tab = signup_page.champions_tab
    row = found_before_histories(bench)
    bench.perform("Clear", champions.clear_champion, row.department_id, dt.date(2026, 4, 30), "Left", today=today)
    tab.reveal(row.department_id)
    assert tab.history.model.rowCount() == 2
    seen = []

    def fill(dialog):
        assert isinstance(dialog, ChampionChangeDialog)
        assert dialog.ui.on.value() is None  # its day is not known
        seen.append(dialog.ui.person.currentData())
        dialog.ui.on.set_value(dt.date(2019, 4, 1))
        assert not dialog_problems(dialog, "ChampionChangeDialog")

    answering(signup_page, monkeypatch, "run_dialog", fill)
    double_click(qtbot, tab.history.table, 1)  # the one named before the history began
    assert seen == [row.champion_id]
    assert tab.history.model.index(1, 0).data() == "1 April 2019"
    tab.history.table.selectRow(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    qtbot.mouseClick(tab.history.remove_button, Qt.MouseButton.LeftButton)
    assert not warnings
    # The post falling empty taken out, the champion before is the champion again.
    assert bench.read(champions.department_row, row.department_id).champion_id == row.champion_id
    assert bench.undo_stack.undoText() == f"Remove a change of champion of “{row.name}”"


def test_a_demo_departments_champions_show_with_their_days(signup_page, bench, today):
    tab = signup_page.champions_tab
    row = next(row for row in bench.read(champions.department_rows) if row.name == "Social Services")
    tab.reveal(row.department_id)
    history = bench.read(champions.champion_history, row.department_id)
    assert len(history) == tab.history.model.rowCount() >= 2
    assert tab.history.model.index(0, 1).data() == row.champion


def test_a_new_status_in_the_codes_form_is_a_step_dated_the_workbenchs_day(standards_page, bench, monkeypatch,
                                                                           today):
    from compactdesk.gui.dialogs.standards import CodeDialog

    tab = standards_page.codes_tab
    code = new_code(bench, on=dt.date(2026, 1, 5))
    tab.reveal(code)

    def fill(dialog):
        assert isinstance(dialog, CodeDialog)
        select_data(dialog.ui.status, "in_draft")

    answering(standards_page, monkeypatch, "run_dialog", fill)
    standards_page.edit_current()
    assert steps_shown(tab.steps_pane)[0] == ("24 November 2026", "In draft", "")
    assert bench.read(codes.code_history, code)[0].on == today
