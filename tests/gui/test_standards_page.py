"""Codes & standards, driven as the secretary meets it, on the demo store (and on an empty one)."""

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from compactdesk.domain.dates import add_months, uk_date, uk_long_date
from compactdesk.domain.enums import CodeStatus, FundingChange, Sector
from compactdesk.domain.rules import Standards
from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.standards import CodeDialog, CodeReviewDialog, ConsultationDialog, FundingNoticeDialog
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.pages.standards import CODES, CONSULTATIONS, FUNDING, StandardsPage
from compactdesk.gui.workbench import Workbench
from compactdesk.services import actions, codes, compact, consultations, funding, members
from compactdesk.store import create_store

WELSH = "Ymgynghoriad ŵ ŷ Llŷr"
POLISH = "Łódź – Gwenllïan"
EMOJI = "📚🎉"
MENU_KEYS = {"f", "e", "v", "h"}  # File, Edit, View, Help in the main window


@pytest.fixture
def page(bench, qtbot) -> StandardsPage:
    widget = StandardsPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)  # as the main window does after every write, undo and redo
    widget.resize(1100, 700)
    widget.refresh()
    return widget


@pytest.fixture
def empty_page(tmp_path, today, qtbot, qapp):
    bench = Workbench(create_store(tmp_path / "new.cdstore"), lambda: today)
    widget = StandardsPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)
    widget.resize(1100, 700)
    widget.refresh()
    yield widget
    bench.store.close()


def fill_and_accept(page, monkeypatch, fill) -> list[QDialog]:
    """Replaces the page's dialog runner: shows each form, fills it as a person would, then presses Save."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return opened


def type_into(qtbot, widget, text):
    """Types as a user would: ASCII through QTest, other letters and emoji as the key events an input method
    sends (QTest.keyClicks cannot type them)."""
    widget.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


def cell(tab, key: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(tab.proxy.index_of(key).row(), column).data(role)


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def org_id(bench, name) -> int:
    return next(org.id for org in bench.read(members.list_organisations) if org.name == name)


def capture_warnings(monkeypatch) -> list[tuple[str, str]]:
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    return messages


# -- the page as it opens ---------------------------------------------------------------------------------


def test_three_tabs_with_the_demo_records_and_mnemonics_that_do_not_clash(page, bench, today):
    assert page.area == "standards" and page.title() == "Codes & standards"
    texts = [page.tabs.tabText(number) for number in range(3)]
    assert texts == ["&Codes of practice", "C&onsultations", "F&unding notices"]
    keys = [text[text.index("&") + 1].casefold() for text in texts]
    keys += [button.text()[button.text().index("&") + 1].casefold()
             for button in (page.codes_tab.review_button, page.codes_tab.remove_button)]
    assert len(set(keys)) == len(keys) and not set(keys) & MENU_KEYS, keys
    assert page.codes_tab.proxy.rowCount() == len(bench.read(codes.code_rows, today)) >= 5
    assert page.consultations_tab.proxy.rowCount() == len(bench.read(consultations.consultation_rows, today))
    assert page.funding_tab.proxy.rowCount() == len(bench.read(funding.notice_rows))
    assert [page.codes_tab.proxy.index(row, 0).data() for row in range(5)] == [
        "Funding and procurement", "Consultation and policy appraisal", "Volunteering",
        "Black and minority ethnic voluntary and community organisations", "Community groups"]
    assert all(page.codes_tab.proxy.index(row, 1).data() == "National" for row in range(5))
    assert "12 weeks" in page.consultations_tab.intro.text() and "3 calendar months" in page.funding_tab.intro.text()


def test_every_table_model_passes_the_model_tester(page, qtmodeltester):
    for tab in page.all_tabs():
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
    page.codes_tab.select(page.codes_tab.proxy.key_at(page.codes_tab.proxy.index(1, 0)))
    qtmodeltester.check(page.codes_tab.history_model)


def test_ctrl_n_offers_the_current_tabs_record(page):
    expected = {CODES: "New code of practice…", CONSULTATIONS: "New consultation…", FUNDING: "New funding notice…"}
    for number, text in expected.items():
        page.tabs.setCurrentIndex(number)
        assert page.new_text() == text
        assert not page.can_edit() and not page.can_delete()  # nothing chosen yet
        tab = page.current_tab()
        tab.select(tab.proxy.key_at(tab.proxy.index(0, 0)))
        assert page.can_edit() and page.can_delete()


def test_an_empty_store_says_what_each_list_is_for_and_offers_to_add(empty_page, qtbot, monkeypatch):
    page = empty_page
    assert page.codes_tab.proxy.rowCount() == 5  # the national codes are in every store
    for tab, words in ((page.consultations_tab, "When a public body consults the sector"),
                       (page.funding_tab, "funding will be reduced or ended")):
        assert tab.empty.showing_empty
        assert words in plain(tab.empty.label.text()) and "Ctrl+N" in plain(tab.empty.label.text())
        assert not tab.empty.button.isHidden()
    assert page.consultations_tab.empty.button.text() == "New consultation…"
    assert "12-week standard" in plain(page.consultations_tab.empty.label.text())
    opened = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: opened.append(dialog) and False)
    page.tabs.setCurrentIndex(FUNDING)
    qtbot.mouseClick(page.funding_tab.empty.button, Qt.MouseButton.LeftButton)
    assert isinstance(opened[0], FundingNoticeDialog)


def test_the_search_narrows_the_list_and_says_when_nothing_matches(page, qtbot):
    page.show()
    qtbot.waitExposed(page)
    tab = page.codes_tab
    total = tab.proxy.rowCount()
    qtbot.keyClicks(tab.search, "volunteer")
    assert tab.proxy.rowCount() == 1 and tab.count.text().startswith(f"Showing 1 of {total}")
    qtbot.keyClicks(tab.search, "zzz")
    assert tab.empty.showing_empty and "Nothing matches" in plain(tab.empty.label.text())
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.proxy.rowCount() == total
    page.tabs.setCurrentIndex(CONSULTATIONS)
    page.activateWindow()
    page.find()
    qtbot.waitUntil(page.consultations_tab.search.hasFocus)


# -- codes of practice ------------------------------------------------------------------------------------


def test_an_overdue_review_is_toned_and_its_tooltip_says_why(page, bench, today):
    tab = page.codes_tab
    overdue = [row for row in bench.read(codes.code_rows, today) if row.overdue]
    fine = [row for row in bench.read(codes.code_rows, today) if row.status.in_force and not row.overdue]
    assert overdue and fine
    row = overdue[0]
    assert cell(tab, row.code_id, 6) == f"Overdue since {uk_date(row.next_review_due)}"
    assert cell(tab, row.code_id, 0, Qt.ItemDataRole.ForegroundRole).red() == 160
    assert "Review overdue by" in plain(cell(tab, row.code_id, 6, Qt.ItemDataRole.ToolTipRole))
    assert cell(tab, fine[0].code_id, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert f"{len(overdue)} to take up" in tab.count.text()
    tab.select(row.code_id)
    assert "Review overdue by" in plain(tab.detail.text()) and "#a00000" in tab.detail.text()


def test_add_a_local_code_with_welsh_polish_and_emoji_then_undo_and_redo(page, bench, qtbot, monkeypatch, today):
    name = f"Cod {WELSH} {POLISH} {EMOJI}"

    def fill(dialog):
        assert isinstance(dialog, CodeDialog) and dialog.windowTitle() == "New code of practice"
        assert dialog.ui.nationalNote.isHidden()
        type_into(qtbot, dialog.ui.name, name)
        select_data(dialog.ui.status, CodeStatus.ADOPTED.value)
        dialog.ui.adoptedOn.set_value(dt.date(2026, 3, 19))
        dialog.ui.reviewMonths.setValue(12)
        assert "Next review due Friday 19 March 2027" in dialog.ui.dueHint.text()
        dialog.ui.notes.setPlainText(f"Nodiadau {POLISH} {EMOJI}\nail linell")

    fill_and_accept(page, monkeypatch, fill)
    page.tabs.setCurrentIndex(CODES)
    page.new_item()
    made = next(row for row in bench.read(codes.code_rows, today) if row.name == name)
    assert (made.status, made.adopted_on, made.review_months) == (CodeStatus.ADOPTED, dt.date(2026, 3, 19), 12)
    assert made.notes == f"Nodiadau {POLISH} {EMOJI}\nail linell"
    assert bench.undo_stack.undoText() == f"Add code “{name}”"
    assert page.codes_tab.current_id() == made.code_id
    assert cell(page.codes_tab, made.code_id, 0) == name
    assert cell(page.codes_tab, made.code_id, 1) == "Local"
    bench.undo_stack.undo()
    assert page.codes_tab.proxy.index_of(made.code_id).isValid() is False
    bench.undo_stack.redo()
    assert cell(page.codes_tab, made.code_id, 0) == name


def test_enter_on_a_code_edits_it(page, bench, qtbot, monkeypatch, today):
    row = next(row for row in bench.read(codes.code_rows, today) if row.status is CodeStatus.PROPOSED)

    def fill(dialog):
        assert dialog.windowTitle() == "Edit code of practice"
        assert dialog.ui.name.text() == row.name
        assert dialog.ui.nationalNote.isHidden() == (not row.national)
        assert dialog.ui.dueHint.text() == "Not in force, so no review is due."
        select_data(dialog.ui.status, CodeStatus.IN_DRAFT.value)

    opened = fill_and_accept(page, monkeypatch, fill)
    page.show()
    qtbot.waitExposed(page)
    page.codes_tab.select(row.code_id)
    qtbot.keyClick(page.codes_tab.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert bench.read(codes.code_detail, row.code_id, today).row.status is CodeStatus.IN_DRAFT
    assert bench.undo_stack.undoText() == f"Edit code “{row.name}”"
    assert cell(page.codes_tab, row.code_id, 2) == "In draft"
    bench.undo_stack.undo()
    assert cell(page.codes_tab, row.code_id, 2) == "Proposed"


def test_a_duplicate_name_is_refused_at_the_field_and_nothing_typed_is_lost(page, bench, qtbot, today):
    dialog = CodeDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.name, "VOLUNTEERING")
    dialog.ui.notes.setPlainText(f"Hanner ffordd {EMOJI}")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "already a code called “Volunteering”" in dialog.error_text
    assert dialog.ui.name.styleSheet() == invalid_style()
    assert (dialog.ui.name.text(), dialog.ui.notes.toPlainText()) == ("VOLUNTEERING", f"Hanner ffordd {EMOJI}")
    assert bench.undo_stack.count() == 0


def test_adopted_without_a_date_is_refused_at_the_date_and_the_hint_says_so_first(page, bench, qtbot):
    dialog = CodeDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.name, "Commissioning 2")
    select_data(dialog.ui.status, CodeStatus.ADOPTED.value)
    assert dialog.ui.adoptedOn.value() is None
    assert "Give the adoption date" in dialog.ui.dueHint.text()
    dialog.accept()
    assert dialog.isVisible() and "needs the date it was adopted" in dialog.error_text
    assert dialog.ui.adoptedOn.styleSheet() == invalid_style()
    dialog.ui.reviewMonths.setValue(0)
    dialog.ui.adoptedOn.set_value(dt.date(2026, 1, 1))
    dialog.accept()
    assert "between 1 and 120" in dialog.error_text and dialog.ui.reviewMonths.styleSheet() == invalid_style()
    assert dialog.ui.adoptedOn.styleSheet() == ""
    assert bench.undo_stack.count() == 0


def test_deleting_a_national_code_is_refused_saying_why(page, bench, monkeypatch, today):
    messages = capture_warnings(monkeypatch)
    national = bench.read(codes.code_rows, today)[0]
    page.codes_tab.select(national.code_id)
    assert page.can_delete()
    page.delete_current()
    assert len(messages) == 1 and messages[0][0] == f"Delete code “{national.name}”"
    assert "one of the national Compact's five codes" in messages[0][1]
    assert page.codes_tab.proxy.index_of(national.code_id).isValid()


def test_deleting_a_code_used_by_targets_is_refused_saying_how_many(page, bench, monkeypatch, today):
    messages = capture_warnings(monkeypatch)
    used = next(row for row in bench.read(codes.code_rows, today) if not row.national and row.targets)
    page.codes_tab.select(used.code_id)
    page.delete_current()
    assert f"code of {used.targets} action-plan targets" in messages[0][1]
    assert cell(page.codes_tab, used.code_id, 7) == str(used.targets)


def test_delete_an_unused_local_code_then_undo(page, bench, monkeypatch, today):
    messages = capture_warnings(monkeypatch)
    made = bench.perform("Add", codes.add_code, f"Cod dros dro {EMOJI}")
    page.codes_tab.select(made.id)
    page.delete_current()
    assert not messages
    assert bench.undo_stack.undoText() == f"Delete code “Cod dros dro {EMOJI}”"
    assert not page.codes_tab.proxy.index_of(made.id).isValid()
    bench.undo_stack.undo()
    assert cell(page.codes_tab, made.id, 0) == f"Cod dros dro {EMOJI}"


def test_record_a_review_moves_the_next_review_on_and_clears_the_flag(page, bench, qtbot, monkeypatch, today):
    tab = page.codes_tab
    overdue = next(row for row in bench.read(codes.code_rows, today) if row.overdue)
    tab.select(overdue.code_id)
    assert tab.review_button.isEnabled()
    before = tab.history_model.rowCount()

    def fill(dialog):
        assert isinstance(dialog, CodeReviewDialog)
        assert "Review overdue by" in plain(dialog.ui.question.text())
        dialog.ui.on.set_value(dt.date(2026, 11, 20))
        next_due = add_months(dt.date(2026, 11, 20), overdue.review_months)
        assert dialog.ui.nextHint.text() == f"The next review will then be due {uk_long_date(next_due)}."
        dialog.ui.note.setPlainText(f"Adolygwyd gan y grŵp – {POLISH} {EMOJI}")

    fill_and_accept(page, monkeypatch, fill)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    row = bench.read(codes.code_detail, overdue.code_id, today).row
    assert row.last_reviewed_on == dt.date(2026, 11, 20) and not row.overdue
    assert bench.undo_stack.undoText() == f"Record a review of “{overdue.name}”"
    assert tab.current_id() == overdue.code_id
    assert tab.history_model.rowCount() == before + 1
    assert tab.history_model.index(0, 1).data() == f"Adolygwyd gan y grŵp – {POLISH} {EMOJI}"
    assert cell(tab, overdue.code_id, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(tab, overdue.code_id, 5) == "20 November 2026"
    bench.undo_stack.undo()
    assert cell(tab, overdue.code_id, 0, Qt.ItemDataRole.ForegroundRole).red() == 160
    bench.undo_stack.redo()
    assert cell(tab, overdue.code_id, 5) == "20 November 2026"


def test_a_review_dated_after_today_is_refused_at_the_date(page, bench, qtbot, today):
    code_id = next(row.code_id for row in bench.read(codes.code_rows, today) if row.status.in_force)
    dialog = CodeReviewDialog(bench, code_id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.on.set_value(today + dt.timedelta(days=3))
    dialog.ui.note.setPlainText("Planned")
    dialog.accept()
    assert dialog.isVisible() and "after today" in dialog.error_text
    assert dialog.ui.on.styleSheet() == invalid_style() and dialog.ui.note.toPlainText() == "Planned"


def test_a_code_not_in_force_cannot_be_reviewed_and_says_so(page, bench, today):
    tab = page.codes_tab
    proposed = next(row for row in bench.read(codes.code_rows, today) if not row.status.in_force)
    tab.select(proposed.code_id)
    assert not tab.review_button.isEnabled()
    assert "adopted or under review" in tab.review_button.toolTip()
    assert "not in force" in plain(tab.history_empty.label.text())


def test_remove_a_review_then_undo(page, bench, qtbot, today):
    tab = page.codes_tab
    reviewed = next(row for row in bench.read(codes.code_rows, today) if row.last_reviewed_on)
    tab.select(reviewed.code_id)
    assert not tab.remove_button.isEnabled()  # until a review is chosen
    tab.history_table.selectRow(0)
    assert tab.remove_button.isEnabled()
    count = tab.history_model.rowCount()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert bench.undo_stack.undoText() == f"Remove the review of “{reviewed.name}”"
    assert tab.history_model.rowCount() == count - 1
    bench.undo_stack.undo()
    assert tab.history_model.rowCount() == count


def test_delete_in_the_list_of_reviews_removes_the_review_not_the_code(page, bench, qtbot, today):
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    tab = page.codes_tab
    reviewed = next(row for row in bench.read(codes.code_rows, today) if row.last_reviewed_on)
    tab.select(reviewed.code_id)
    tab.history_table.selectRow(0)
    tab.history_table.setFocus()
    qtbot.waitUntil(tab.history_table.hasFocus)
    page.delete_current()  # what the main window's Delete does
    assert bench.undo_stack.undoText() == f"Remove the review of “{reviewed.name}”"
    assert tab.proxy.index_of(reviewed.code_id).isValid()


# -- consultations ----------------------------------------------------------------------------------------


def test_add_a_short_consultation_it_is_flagged_then_a_reason_clears_it(page, bench, qtbot, monkeypatch, today):
    council = org_id(bench, "Dyfnant County Council")
    title = f"{WELSH} {POLISH} {EMOJI}"

    def fill(dialog):
        assert isinstance(dialog, ConsultationDialog) and dialog.windowTitle() == "New consultation"
        bodies = [dialog.ui.body.itemData(number) for number in range(1, dialog.ui.body.count())]
        sectors = {org.id: org.sector for org in bench.read(members.list_organisations)}
        assert bodies and all(sectors[ident].is_public for ident in bodies)  # no voluntary groups offered
        type_into(qtbot, dialog.ui.title, title)
        select_data(dialog.ui.body, council)
        dialog.ui.opensOn.set_value(dt.date(2026, 9, 1))
        dialog.ui.closesOn.set_value(dt.date(2026, 10, 26))  # 8 weeks, both ends counted
        assert dialog.ui.lengthHint.text().startswith("Open 8 weeks — 4 short of the 12-week standard")
        assert "#a00000" in dialog.ui.lengthHint.styleSheet().replace("A", "a")
        type_into(qtbot, dialog.ui.responses, "1,204")

    page.tabs.setCurrentIndex(CONSULTATIONS)
    fill_and_accept(page, monkeypatch, fill)
    page.new_item()
    tab = page.consultations_tab
    made = next(row for row in bench.read(consultations.consultation_rows, today) if row.title == title)
    assert made.flagged and made.responses == 1204
    assert bench.undo_stack.undoText() == f"Add consultation “{title}”"
    assert tab.current_id() == made.consultation_id
    assert cell(tab, made.consultation_id, 0) == title
    assert cell(tab, made.consultation_id, 4) == "8 weeks: 4 short"
    assert cell(tab, made.consultation_id, 6) == "1,204"
    assert cell(tab, made.consultation_id, 0, Qt.ItemDataRole.ForegroundRole).red() == 160
    why = plain(cell(tab, made.consultation_id, 4, Qt.ItemDataRole.ToolTipRole))
    assert "Open 8 weeks — 4 short of the 12-week standard, no reason given" in why
    assert "Open 8 weeks — 4 short of the 12-week standard, no reason given" in plain(tab.detail.text())

    def give_reason(dialog):
        assert dialog.windowTitle() == "Edit consultation" and dialog.ui.title.text() == title
        assert dialog.ui.responses.text() == "1204"
        dialog.ui.shortReason.setPlainText("Welsh Government deadline ⏰")

    fill_and_accept(page, monkeypatch, give_reason)
    page.edit_current()
    assert bench.undo_stack.undoText() == f"Edit consultation “{title}”"
    assert cell(tab, made.consultation_id, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(tab, made.consultation_id, 4) == "8 weeks: 4 short, reason given"
    bench.undo_stack.undo()
    assert cell(tab, made.consultation_id, 0, Qt.ItemDataRole.ForegroundRole).red() == 160
    bench.undo_stack.undo()
    assert not tab.proxy.index_of(made.consultation_id).isValid()
    bench.undo_stack.redo()
    assert cell(tab, made.consultation_id, 0) == title


def test_feedback_overdue_is_toned_and_said_in_words(page, bench, today):
    council = org_id(bench, "Dyfnant County Council")
    made = bench.perform("Add", consultations.add_consultation, "Parcio", council, dt.date(2026, 3, 2),
                         dt.date(2026, 5, 25))  # 12 weeks; feedback due 17 August 2026
    tab = page.consultations_tab
    assert cell(tab, made.id, 5) == "14 weeks 1 day overdue"
    tip = plain(cell(tab, made.id, 0, Qt.ItemDataRole.ToolTipRole))
    assert "Feedback to respondents 14 weeks 1 day overdue" in tip
    assert cell(tab, made.id, 5, Qt.ItemDataRole.ForegroundRole).red() == 160


def test_closing_before_opening_is_refused_at_the_field(page, bench, qtbot):
    dialog = ConsultationDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.title, "Gwasanaethau ieuenctid")
    select_data(dialog.ui.body, org_id(bench, "Dyfnant County Council"))
    dialog.ui.opensOn.set_value(dt.date(2026, 6, 1))
    dialog.ui.closesOn.set_value(dt.date(2026, 5, 1))
    assert dialog.ui.lengthHint.text() == "It cannot close before it opens."
    dialog.accept()
    assert dialog.isVisible() and "cannot be before the opening day" in dialog.error_text
    assert dialog.ui.closesOn.styleSheet() == invalid_style()
    assert dialog.ui.title.text() == "Gwasanaethau ieuenctid"
    dialog.ui.closesOn.set_value(dt.date(2026, 9, 1))
    type_into(qtbot, dialog.ui.responses, "lots")
    dialog.accept()
    assert "whole number" in dialog.error_text and dialog.ui.responses.styleSheet() == invalid_style()
    assert dialog.ui.closesOn.styleSheet() == ""
    assert bench.undo_stack.count() == 0


def test_no_body_chosen_is_refused_at_the_body(page, bench, qtbot):
    dialog = ConsultationDialog(bench, page)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.ui.title, "Dim corff")
    dialog.accept()
    assert "Choose the public body" in dialog.error_text and dialog.ui.body.styleSheet() == invalid_style()


def test_delete_a_consultation_with_the_delete_action_then_undo(page, bench, today):
    tab = page.consultations_tab
    page.tabs.setCurrentIndex(CONSULTATIONS)
    row = bench.read(consultations.consultation_rows, today)[0]
    tab.select(row.consultation_id)
    page.delete_current()
    assert bench.undo_stack.undoText() == f"Delete consultation “{row.title}”"
    assert not tab.proxy.index_of(row.consultation_id).isValid()
    bench.undo_stack.undo()
    assert cell(tab, row.consultation_id, 0) == row.title


# -- funding notices --------------------------------------------------------------------------------------


def test_add_a_short_funding_notice_it_is_flagged_with_the_days_then_undo(page, bench, qtbot, monkeypatch, today):
    forum = bench.perform("Add", members.add_organisation, f"Fforwm {POLISH} {EMOJI}", Sector.VCS).id
    council = org_id(bench, "Dyfnant County Council")

    def fill(dialog):
        assert isinstance(dialog, FundingNoticeDialog) and dialog.windowTitle() == "New funding notice"
        # Starts from the standard: notice today, taking effect on the first day the standard allows.
        assert dialog.ui.effectiveOn.value() == dt.date(2027, 2, 24)
        assert "enough notice" in dialog.ui.noticeHint.text()
        select_data(dialog.ui.organisation, forum)
        select_data(dialog.ui.body, council)
        select_data(dialog.ui.change, FundingChange.END.value)
        dialog.ui.givenOn.set_value(dt.date(2026, 11, 30))
        dialog.ui.effectiveOn.set_value(dt.date(2027, 2, 16))
        assert dialog.ui.noticeHint.text() == ("3 months' notice needed from 30 November 2026: may take effect "
                                               "from 28 February 2027 — 12 days short")
        dialog.ui.notes.setPlainText(f"{WELSH}\n{EMOJI}")

    page.tabs.setCurrentIndex(FUNDING)
    fill_and_accept(page, monkeypatch, fill)
    page.new_item()
    tab = page.funding_tab
    made = next(row for row in bench.read(funding.notice_rows) if row.organisation_id == forum)
    assert (made.days_short, made.change, made.notes) == (12, FundingChange.END, f"{WELSH}\n{EMOJI}")
    assert bench.undo_stack.undoText() == f"Add funding notice for “Fforwm {POLISH} {EMOJI}”"
    assert tab.current_id() == made.notice_id
    assert cell(tab, made.notice_id, 0) == f"Fforwm {POLISH} {EMOJI}"
    assert cell(tab, made.notice_id, 5) == "12 days short"
    assert cell(tab, made.notice_id, 3, Qt.ItemDataRole.ForegroundRole).red() == 160
    assert "may take effect from 28 February 2027 — 12 days short" in plain(
        cell(tab, made.notice_id, 0, Qt.ItemDataRole.ToolTipRole))
    assert plain(tab.detail.text()).startswith("3 months' notice needed from 30 November 2026")
    bench.undo_stack.undo()
    assert not tab.proxy.index_of(made.notice_id).isValid()
    bench.undo_stack.redo()
    assert cell(tab, made.notice_id, 5) == "12 days short"


def test_six_months_notice_is_not_flagged(page, bench, today):
    forum = bench.perform("Add", members.add_organisation, "Thurrock CVS", Sector.VCS).id
    council = org_id(bench, "Dyfnant County Council")
    made = bench.perform("Add", funding.add_notice, forum, council, dt.date(2026, 8, 31), dt.date(2027, 2, 28))
    tab = page.funding_tab
    assert cell(tab, made.id, 5) == "Enough notice"
    assert cell(tab, made.id, 0, Qt.ItemDataRole.ForegroundRole) is None


def test_taking_effect_before_notice_is_refused_at_the_field(page, bench, qtbot):
    dialog = FundingNoticeDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.ui.organisation, dialog.ui.organisation.itemData(1))
    select_data(dialog.ui.body, dialog.ui.body.itemData(1))
    dialog.ui.givenOn.set_value(dt.date(2026, 6, 2))
    dialog.ui.effectiveOn.set_value(dt.date(2026, 6, 1))
    assert "cannot take effect before" in dialog.ui.noticeHint.text()
    dialog.accept()
    assert dialog.isVisible() and "cannot be before the day notice was given" in dialog.error_text
    assert dialog.ui.effectiveOn.styleSheet() == invalid_style()
    assert bench.undo_stack.count() == 0


def test_a_notice_whose_organisation_is_now_public_still_opens_and_says_why_on_save(page, bench, qtbot, today):
    row = bench.read(funding.notice_rows)[0]
    bench.perform("Reclassify", members.update_organisation, row.organisation_id, name=row.organisation,
                  sector=Sector.COUNCIL)
    dialog = FundingNoticeDialog(bench, page, notice_id=row.notice_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.organisation.currentData() == row.organisation_id
    dialog.accept()
    assert "is a public body" in dialog.error_text and dialog.ui.organisation.styleSheet() == invalid_style()


def test_delete_a_funding_notice_then_undo(page, bench):
    tab = page.funding_tab
    page.tabs.setCurrentIndex(FUNDING)
    row = bench.read(funding.notice_rows)[0]
    tab.select(row.notice_id)
    page.delete_current()
    assert bench.undo_stack.undoText() == f"Delete funding notice for “{row.organisation}”"
    bench.undo_stack.undo()
    assert cell(tab, row.notice_id, 0) == row.organisation


# -- across the page --------------------------------------------------------------------------------------


def test_the_dashboard_opens_a_record_on_its_own_tab(page, bench, today):
    notice = bench.read(funding.flagged, today)[0]
    page.show_part("funding", notice.notice_id)
    assert page.tabs.currentIndex() == FUNDING and page.funding_tab.current_id() == notice.notice_id
    consultation = bench.read(consultations.flagged, today)[0]
    page.show_part("consultations", consultation.consultation_id)
    assert page.tabs.currentIndex() == CONSULTATIONS
    assert page.consultations_tab.current_id() == consultation.consultation_id
    code = bench.read(codes.reviews_due, today, 60)[0]
    page.show_part("codes", code.code_id)
    assert page.tabs.currentIndex() == CODES and page.codes_tab.current_id() == code.code_id
    page.show_record(code.code_id)  # the tab in view
    assert page.codes_tab.current_id() == code.code_id


def test_a_change_of_standard_shows_at_once(page, bench, today):
    bench.perform("Change", compact.set_standards, Standards(consultation_weeks=8, funding_notice_months=6))
    assert "at least 8 weeks" in page.consultations_tab.intro.text()
    assert "6 calendar months" in page.funding_tab.intro.text()
    short = [row for row in bench.read(funding.notice_rows) if row.to_take_up]  # a withdrawn one is not
    assert f"{len(short)} to take up" in page.funding_tab.count.text()


def test_long_welsh_polish_and_emoji_text_keeps_the_layout(page, bench, qtbot, today):
    notes = "\n".join(f"Llinell {n}: {POLISH}, Ynys Môn 🙂 " + "gair " * 80 for n in range(40))
    name = "Cod " + "hir iawn " * 30 + EMOJI
    made = bench.perform("Add", codes.add_code, name, status="adopted", adopted_on=dt.date(2020, 1, 1),
                         notes=notes)
    bench.perform("Review", codes.record_review, made.id, dt.date(2021, 1, 1), notes)
    unbroken = "Ymgynghoriad" * 24
    council = org_id(bench, "Dyfnant County Council")
    bench.perform("Add", consultations.add_consultation, unbroken, council, dt.date(2026, 1, 1),
                  dt.date(2026, 2, 1), short_reason=notes, notes=notes)
    page.show()
    qtbot.waitExposed(page)
    tab = page.codes_tab
    assert tab.reveal(made.id)
    assert page.width() == 1100
    assert tab.detail.height() < 140 and tab.history_table.height() > 40
    assert plain(cell(tab, made.id, 0, Qt.ItemDataRole.ToolTipRole)).startswith(name)
    assert tab.history_heading.toolTip() == name
    page.tabs.setCurrentIndex(CONSULTATIONS)
    page.consultations_tab.select(page.consultations_tab.proxy.key_at(page.consultations_tab.proxy.index(0, 0)))
    assert page.width() == 1100 and page.consultations_tab.table.height() > 200


def test_a_code_used_by_a_target_shows_the_count(page, bench, today):
    made = bench.perform("Add", codes.add_code, "Cod newydd")
    bench.perform("Add", actions.add_target, "Targed", code_id=made.id)
    assert cell(page.codes_tab, made.id, 7) == "1"
    assert plain(cell(page.codes_tab, made.id, 7, Qt.ItemDataRole.ToolTipRole)) == \
        "1 action-plan target under this code"


def test_look_at_each_tab(page, bench, qtbot, tmp_path):
    """PNGs of each tab at the size of the main window's page area (COMPACTDESK_SHOTS=folder keeps them)."""
    folder = Path(os.environ.get("COMPACTDESK_SHOTS") or tmp_path)
    page.show()
    qtbot.waitExposed(page)
    for number, name in ((CODES, "codes"), (CONSULTATIONS, "consultations"), (FUNDING, "funding")):
        page.tabs.setCurrentIndex(number)
        tab = page.current_tab()
        tab.table.selectRow(1)
        image = page.grab()
        assert image.save(str(folder / f"standards-{name}.png"))
        assert image.width() == 1100
        assert not tab.empty.showing_empty


def test_a_date_that_is_no_day_yet_leaves_the_hints_quiet_and_is_refused_at_its_field(page, bench, qtbot):
    """Half-typed or impossible dates: the length and notice hints wait (no crash comparing with nothing),
    and saving is refused at the date with what was typed kept."""
    consultation = ConsultationDialog(bench, page)
    qtbot.addWidget(consultation)
    consultation.ui.opensOn.set_value(dt.date(2027, 1, 4))
    consultation.ui.closesOn.box.setText("30/02/2027")
    consultation.ui.opensOn.box.setText("11/01/2027")  # the other date changes while this one is no day
    assert not consultation.ui.lengthHint.isVisibleTo(consultation) or not consultation.ui.lengthHint.text()
    consultation.accept()
    assert consultation.result() != QDialog.DialogCode.Accepted
    assert "February 2027 has no day 30" in consultation.error_text
    assert consultation.ui.closesOn.box.text() == "30/02/2027"

    notice = FundingNoticeDialog(bench, page)
    qtbot.addWidget(notice)
    notice.ui.effectiveOn.box.setText("next week")
    notice.ui.givenOn.box.setText("01/02/2027")
    assert not notice.ui.noticeHint.isVisibleTo(notice) or not notice.ui.noticeHint.text()
