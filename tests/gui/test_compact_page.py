"""The Compact page driven as a secretary would: on the demo store and on a new, empty one."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import CompactStatus
from compactdesk.domain.rules import Standards
from compactdesk.gui.dialogs.compact import (
    CompactDialog,
    PartnersDialog,
    SetupDialog,
    StandardsDialog,
    StatusDialog,
)
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.pages.compact import CompactPage
from compactdesk.gui.workbench import Workbench
from compactdesk.services import compact
from compactdesk.store import create_store

WELSH_NAME = "Compact Sir Ddyfnant ŵ ŷ Llŷr 🎉"


def make_page(bench, qtbot) -> CompactPage:
    page = CompactPage(bench)
    qtbot.addWidget(page)
    # The main window refreshes the page in view after every write, undo and redo.
    bench.changed.connect(page.refresh)
    page.refresh()
    return page


@pytest.fixture
def page(bench, qtbot) -> CompactPage:
    return make_page(bench, qtbot)


@pytest.fixture
def empty_bench(tmp_path, today, qapp):
    workbench = Workbench(create_store(tmp_path / "x.cdstore"), lambda: today)
    yield workbench
    workbench.store.close()


def answer_dialogs(page, monkeypatch, fill):
    """Each dialog the page opens is shown, filled by `fill(dialog)` and saved, as a user would."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "exec_dialog", run)
    return opened


def type_into(qtbot, widget, text):
    """Types as a user would. QTest types only ASCII, so other letters (ŵ, ŷ, emoji) arrive as the key
    events a keyboard layout or input method sends: a key press carrying the text."""
    widget.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


def plain(label) -> str:
    """What a rich-text label reads as, without its markup."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def shown_rows(page):
    """The history as the table shows it, top to bottom: (date text, status text)."""
    view = page.rows_filter
    return [(view.index(row, 0).data(), view.index(row, 1).data()) for row in range(view.rowCount())]


def test_the_demo_compact_is_shown_readably(page, bench, today):
    assert not page.showing_empty_state
    assert page.title() == "Compact"
    assert page.name_label.text() == "Dyfnant Compact"
    assert page.area_label.text() == "Dyfnant (Sir Ddyfnant), including Ynys Môn wards"
    assert page.words_label.text() == "The group is called “liaison group”; a champion is called “champion”."
    assert "Coleg Dyfnant" in page.notes_label.text()
    since = uk_date(today - dt.timedelta(days=365))
    assert "Being reviewed or relaunched" in plain(page.status_label) and since in plain(page.status_label)
    rows = shown_rows(page)
    assert len(rows) == 7
    assert rows[0] == (since, "Being reviewed or relaunched")  # newest first
    assert rows[-1][1] == "Just starting"
    standards = plain(page.standards_label)
    for words in ("Consultations run at least 12 weeks", "at least 3 calendar months' notice",
                  "Feedback owed within 28 days of being asked"):
        assert words in standards
    assert page.partners_heading.text() == "Partner bodies that signed (6)"
    assert "Dyfnant County Council" in plain(page.partners_label)
    assert page.new_text() == "&Record a status change…"
    assert page.can_edit() and not page.can_delete()
    assert not page.remove_button.isEnabled()


def test_the_history_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.rows_filter)


def test_a_long_note_is_elided_in_the_table_with_the_full_text_in_its_tooltip(page, bench, today):
    note = "Llŷr Evans asked for a relaunch. " * 20
    bench.perform("Record", compact.record_status, CompactStatus.STALLED, today, note + "\n☕ Łucja agreed")
    index = page.rows_filter.index(0, 2)
    assert "\n" not in index.data()
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("☕ Łucja agreed")


def test_edit_details_with_welsh_letters_then_undo_and_redo(page, bench, qtbot, monkeypatch):
    def fill(dialog):
        assert isinstance(dialog, CompactDialog)
        type_into(qtbot, dialog.ui.name, WELSH_NAME)
        type_into(qtbot, dialog.ui.area, "Ynys Môn a Gwynedd")
        type_into(qtbot, dialog.ui.groupLabel, "steering group")
        type_into(qtbot, dialog.ui.championLabel, "representative")
        dialog.ui.notes.setPlainText("Siân keeps the signed copy ☕\nSecond line")

    opened = answer_dialogs(page, monkeypatch, fill)
    page.edit_current()  # F2
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    found = bench.read(compact.compact_summary, bench.today())
    assert (found.name, found.area, found.group_label, found.champion_label) == (
        WELSH_NAME, "Ynys Môn a Gwynedd", "steering group", "representative")
    assert found.notes == "Siân keeps the signed copy ☕\nSecond line"
    assert page.name_label.text() == WELSH_NAME
    assert "“steering group”" in page.words_label.text() and "“representative”" in page.words_label.text()
    assert bench.undo_stack.undoText() == f"Edit the compact “{WELSH_NAME}”"

    bench.undo_stack.undo()
    assert bench.read(compact.compact_summary, bench.today()).name == "Dyfnant Compact"
    assert page.name_label.text() == "Dyfnant Compact"
    assert "“liaison group”" in page.words_label.text()
    bench.undo_stack.redo()
    assert bench.read(compact.compact_summary, bench.today()).group_label == "steering group"
    assert page.name_label.text() == WELSH_NAME


def test_the_edit_button_opens_the_details(page, qtbot, monkeypatch):
    opened = answer_dialogs(page, monkeypatch, lambda dialog: None)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(opened[0], CompactDialog)
    assert opened[0].ui.name.text() == "Dyfnant Compact"


def test_record_and_remove_a_status_change_with_undo(page, bench, qtbot, monkeypatch, today):
    def fill(dialog):
        assert isinstance(dialog, StatusDialog)
        dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(CompactStatus.SIGNED.value))
        dialog.ui.on.set_value(today)
        dialog.ui.note.setPlainText("Signed again by all six partners at Neuadd y Sir ✍")

    answer_dialogs(page, monkeypatch, fill)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    rows = bench.read(compact.status_rows, today)
    assert len(rows) == 8
    assert (rows[0].status, rows[0].on, rows[0].current) == (CompactStatus.SIGNED, today, True)
    assert bench.undo_stack.undoText() == "Record status “Signed and launched”"
    assert shown_rows(page)[0] == (uk_date(today), "Signed and launched")
    assert "Signed and launched" in plain(page.status_label)
    assert page.current_key() == rows[0].id  # the new change is chosen, ready to correct or remove
    assert page.can_delete() and page.remove_button.isEnabled()

    page.delete_current()  # Delete key
    assert len(bench.read(compact.status_rows, today)) == 7
    assert bench.undo_stack.undoText() == "Remove status “Signed and launched”"
    assert "Being reviewed or relaunched" in plain(page.status_label)
    assert page.current_key() is not None  # the next one down, so Delete can be pressed again

    bench.undo_stack.undo()
    assert bench.read(compact.status_rows, today)[0].status is CompactStatus.SIGNED
    assert "Signed and launched" in plain(page.status_label)
    bench.undo_stack.undo()
    assert len(bench.read(compact.status_rows, today)) == 7
    assert len(shown_rows(page)) == 7
    bench.undo_stack.redo()
    assert len(shown_rows(page)) == 8


def test_the_remove_button_removes_the_chosen_change(page, bench, qtbot, today):
    oldest = bench.read(compact.status_rows, today)[-1]
    assert page.select(oldest.id)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert oldest.id not in [r.id for r in bench.read(compact.status_rows, today)]
    assert shown_rows(page)[-1][1] == "In draft"


def test_enter_on_a_history_row_corrects_that_change(page, bench, qtbot, monkeypatch, today):
    target = bench.read(compact.status_rows, today)[2]  # "Being implemented", without a note

    def fill(dialog):
        assert dialog.row == target
        assert dialog.ui.status.currentData() == target.status.value
        assert dialog.ui.on.value() == target.on
        dialog.ui.note.setPlainText("Gwenllïan's first year as chair")

    answer_dialogs(page, monkeypatch, fill)
    page.select(target.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    changed = next(r for r in bench.read(compact.status_rows, today) if r.id == target.id)
    assert changed.note == "Gwenllïan's first year as chair"
    assert bench.undo_stack.undoText() == "Correct status “Being implemented”"
    assert page.current_key() == target.id
    bench.undo_stack.undo()
    assert next(r for r in bench.read(compact.status_rows, today) if r.id == target.id).note == ""


def test_change_standards_then_undo(page, bench, qtbot, monkeypatch):
    def fill(dialog):
        assert isinstance(dialog, StandardsDialog)
        assert dialog.ui.consultationWeeks.value() == 12
        dialog.ui.consultationWeeks.selectAll()
        qtbot.keyClicks(dialog.ui.consultationWeeks, "13")
        dialog.ui.feedbackByNextMeeting.setChecked(True)

    answer_dialogs(page, monkeypatch, fill)
    qtbot.mouseClick(page.standards_button, Qt.MouseButton.LeftButton)
    assert bench.read(compact.standards) == Standards(consultation_weeks=13, feedback_by_next_meeting=True)
    assert bench.undo_stack.undoText() == "Change standards"
    assert "Consultations run at least 13 weeks" in plain(page.standards_label)
    assert "Feedback owed by the next meeting" in plain(page.standards_label)
    bench.undo_stack.undo()
    assert bench.read(compact.standards) == Standards()
    assert "Consultations run at least 12 weeks" in plain(page.standards_label)


def test_standards_dialog_offers_the_national_defaults_and_says_what_they_are(bench, qtbot):
    bench.perform("Change", compact.set_standards, Standards(consultation_weeks=8, funding_notice_months=6))
    dialog = StandardsDialog(bench)
    qtbot.addWidget(dialog)
    assert "12 weeks" in dialog.ui.intro.text() and "3 months" in dialog.ui.intro.text()
    assert dialog.ui.fundingMonths.value() == 6
    assert dialog.ui.consultationWeeks.suffix() == " weeks"
    dialog.ui.fundingMonths.setValue(1)
    assert dialog.ui.fundingMonths.suffix() == " month"
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.RestoreDefaults).click()
    assert dialog.standards() == Standards()


def test_an_empty_name_is_refused_at_the_field_and_nothing_typed_is_lost(page, bench, qtbot):
    dialog = CompactDialog(bench, page.summary, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.name.clear()
    type_into(qtbot, dialog.ui.area, "Ynys Môn ŵ ŷ")
    dialog.ui.notes.setPlainText("Half-written note 🎉")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "compact's name" in dialog.error_text
    assert dialog.ui.name.styleSheet() == invalid_style()
    assert (dialog.ui.area.text(), dialog.ui.notes.toPlainText()) == ("Ynys Môn ŵ ŷ", "Half-written note 🎉")
    found = bench.read(compact.compact_summary, bench.today())
    assert (found.name, found.area) == ("Dyfnant Compact", "Dyfnant (Sir Ddyfnant), including Ynys Môn wards")
    assert bench.undo_stack.count() == 0
    # Putting it right clears the mark and saves.
    type_into(qtbot, dialog.ui.name, WELSH_NAME)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ui.name.styleSheet() == ""
    assert bench.read(compact.compact_summary, bench.today()).area == "Ynys Môn ŵ ŷ"


def test_zero_weeks_is_refused_at_the_field_and_the_dialog_stays_open(bench, qtbot):
    dialog = StandardsDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.consultationWeeks.selectAll()
    qtbot.keyClicks(dialog.ui.consultationWeeks, "0")
    dialog.ui.fundingMonths.setValue(6)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "between 1 and 52" in dialog.error_text
    assert dialog.ui.consultationWeeks.styleSheet() == invalid_style()
    assert (dialog.ui.consultationWeeks.value(), dialog.ui.fundingMonths.value()) == (0, 6)
    assert bench.read(compact.standards) == Standards()
    assert bench.undo_stack.count() == 0


def test_a_status_change_without_a_status_is_refused_at_the_field(bench, qtbot, today):
    dialog = StatusDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.note.setPlainText("Llŷr will confirm ☕")
    dialog.ui.on.set_value(dt.date(2031, 2, 28))
    dialog.ui.status.setCurrentIndex(-1)
    dialog.accept()
    assert dialog.isVisible() and "not a known compact status" in dialog.error_text
    assert dialog.ui.status.styleSheet() == invalid_style()
    assert dialog.ui.note.toPlainText() == "Llŷr will confirm ☕"
    assert len(bench.read(compact.status_rows, today)) == 7
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(CompactStatus.UNDER_REVIEW.value))
    dialog.accept()  # a date years ahead is allowed: it records a planned change
    assert dialog.result() == QDialog.DialogCode.Accepted
    planned = bench.read(compact.status_rows, today)[0]
    assert (planned.on, planned.planned, planned.current) == (dt.date(2031, 2, 28), True, False)


def test_a_planned_change_is_shown_as_planned_and_not_as_the_status_now(page, bench, today):
    bench.perform("Record", compact.record_status, CompactStatus.SIGNED, today + dt.timedelta(days=30))
    assert shown_rows(page)[0][1] == "Signed and launched (planned)"
    assert "not yet in force" in page.rows_filter.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Being reviewed or relaunched" in plain(page.status_label)


def test_choose_partners_then_undo(page, bench, qtbot, monkeypatch):
    before = [p.name for p in bench.read(compact.compact_summary, bench.today()).partners]

    def fill(dialog):
        assert isinstance(dialog, PartnersDialog)
        assert dialog.ui.count.text() == "6 chosen"
        type_into(qtbot, dialog.ui.search, "food bank")
        visible = [item for item in dialog.items() if not item.isHidden()]
        assert [item.text() for item in visible] == ["Dyfnant Food Bank (Voluntary and community sector)"]
        visible[0].setCheckState(Qt.CheckState.Checked)
        council = next(item for item in dialog.items() if item.text().startswith("Dyfnant County Council"))
        council.setCheckState(Qt.CheckState.Unchecked)
        assert dialog.ui.count.text() == "6 chosen"

    answer_dialogs(page, monkeypatch, fill)
    qtbot.mouseClick(page.partners_button, Qt.MouseButton.LeftButton)
    after = [p.name for p in bench.read(compact.compact_summary, bench.today()).partners]
    assert "Dyfnant Food Bank" in after and "Dyfnant County Council" not in after
    assert "Dyfnant Food Bank" in plain(page.partners_label)
    assert bench.undo_stack.undoText() == "Choose partners"
    bench.undo_stack.undo()
    assert [p.name for p in bench.read(compact.compact_summary, bench.today()).partners] == before
    assert "Dyfnant Food Bank" not in plain(page.partners_label)


def test_no_partners_says_what_to_do(page, bench):
    bench.perform("Choose partners", compact.set_partners, [])
    assert page.partners_heading.text() == "Partner bodies that signed (0)"
    assert "Choose the council" in plain(page.partners_label)


def test_an_empty_store_explains_and_sets_up_the_compact(empty_bench, qtbot, monkeypatch, today):
    page = make_page(empty_bench, qtbot)
    assert page.showing_empty_state
    assert "No compact set up yet" in page.empty_heading.text()
    assert page.new_text() == "&Set up the compact…"
    assert not page.can_edit() and not page.can_delete()

    def fill(dialog):
        assert isinstance(dialog, SetupDialog)
        assert dialog.ui.on.value() == today
        assert dialog.ui.status.currentData() == CompactStatus.JUST_STARTING.value
        type_into(qtbot, dialog.ui.name, "Compact Ynys Môn")
        type_into(qtbot, dialog.ui.area, "Ynys Môn")

    answer_dialogs(page, monkeypatch, fill)
    qtbot.mouseClick(page.setup_button, Qt.MouseButton.LeftButton)
    assert not page.showing_empty_state
    assert page.name_label.text() == "Compact Ynys Môn"
    assert empty_bench.read(compact.current_status, today) == compact.StatusNow(CompactStatus.JUST_STARTING, today)
    assert shown_rows(page) == [(uk_date(today), "Just starting")]
    assert f"since {uk_date(today)}" in plain(page.status_label)
    assert "Consultations run at least 12 weeks" in plain(page.standards_label)
    assert page.partners_heading.text() == "Partner bodies that signed (0)"
    assert empty_bench.undo_stack.undoText() == "Set up the compact “Compact Ynys Môn”"
    assert page.new_text() == "&Record a status change…"

    empty_bench.undo_stack.undo()
    assert page.showing_empty_state
    assert empty_bench.read(compact.compact_summary, today) is None


def test_set_up_needs_a_name(empty_bench, qtbot, today):
    dialog = SetupDialog(empty_bench)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.area, "Powys")
    dialog.accept()
    assert dialog.isVisible() and "compact's name" in dialog.error_text
    assert dialog.ui.name.styleSheet() == invalid_style()
    assert dialog.ui.area.text() == "Powys"
    assert empty_bench.read(compact.compact_summary, today) is None


def test_ctrl_n_on_an_empty_store_sets_up(empty_bench, qtbot, monkeypatch):
    page = make_page(empty_bench, qtbot)
    opened = answer_dialogs(page, monkeypatch, lambda dialog: dialog.ui.name.setText("Compact Powys"))
    page.new_item()
    assert isinstance(opened[0], SetupDialog)
    assert not page.showing_empty_state


def test_show_record_selects_the_change(page, bench, today):
    target = bench.read(compact.status_rows, today)[3]
    page.show_record(target.id)
    assert page.current_key() == target.id
    assert page.can_delete()


def test_very_long_text_does_not_widen_the_page(page, bench, qtbot):
    bench.perform("Edit", compact.update_compact, name="Cytundeb " + "Gwirfoddol ŵŷ " * 20, area="Ynys Môn " * 30,
                  notes="Notes 🎉 " * 300)
    bench.perform("Choose", compact.set_partners, [o.id for o in bench.read(compact.partner_choices)])
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.minimumSizeHint().width() <= 900
    assert page.name_label.width() < 900
    notes = bench.read(compact.compact_summary, bench.today()).notes
    assert len(page.notes_label.text()) < len(notes) and page.notes_label.text().endswith("…")
    assert page.notes_label.toolTip() == notes


def test_partners_are_grouped_by_sector(page):
    lines = plain(page.partners_label).splitlines()
    assert lines.index("Council") < lines.index("Dyfnant County Council") < lines.index("Health")


def test_an_empty_history_says_what_to_do(page, bench, today, qtbot, monkeypatch):
    for row in bench.read(compact.status_rows, today):
        bench.perform("Remove", compact.remove_status, row.id)
    assert page.history.showing_empty
    assert "No status recorded yet" in page.history.label.text()
    assert "No status is in force yet" in plain(page.status_label)
    opened = answer_dialogs(page, monkeypatch, lambda dialog: None)
    page.history.button.click()
    assert isinstance(opened[0], StatusDialog)
    assert not page.history.showing_empty


# -- feedback to consultation respondents: the standard for "when respondents hear back" ------------------


def test_set_the_weeks_for_feedback_to_consultation_respondents_then_undo_and_redo(page, bench, qtbot, monkeypatch):
    def fill(dialog):
        assert dialog.ui.consultationFeedbackWeeks.value() == 12
        assert dialog.ui.consultationFeedbackWeeks.suffix() == " weeks of closing"
        dialog.ui.consultationFeedbackWeeks.selectAll()
        qtbot.keyClicks(dialog.ui.consultationFeedbackWeeks, "8")

    answer_dialogs(page, monkeypatch, fill)
    qtbot.mouseClick(page.standards_button, Qt.MouseButton.LeftButton)
    assert bench.read(compact.standards) == Standards(consultation_feedback_weeks=8)
    assert "within 8 weeks of closing" in plain(page.standards_label)
    bench.undo_stack.undo()
    assert bench.read(compact.standards) == Standards()
    assert "within 12 weeks of closing" in plain(page.standards_label)
    bench.undo_stack.redo()
    assert bench.read(compact.standards).consultation_feedback_weeks == 8


def test_changing_another_standard_keeps_the_feedback_weeks(bench, qtbot):
    # Before the field was on the form, saving it put the feedback weeks back to 12 without a word.
    bench.perform("Change", compact.set_standards, Standards(consultation_feedback_weeks=6))
    dialog = StandardsDialog(bench)
    qtbot.addWidget(dialog)
    assert dialog.ui.consultationFeedbackWeeks.value() == 6
    dialog.ui.fundingMonths.setValue(6)
    dialog.accept()
    assert bench.read(compact.standards) == Standards(consultation_feedback_weeks=6, funding_notice_months=6)


@pytest.mark.parametrize("weeks", ["0", "53"])
def test_feedback_weeks_outside_1_to_52_are_refused_at_the_field(bench, qtbot, weeks):
    dialog = StandardsDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.consultationFeedbackWeeks.selectAll()
    qtbot.keyClicks(dialog.ui.consultationFeedbackWeeks, weeks)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "between 1 and 52" in dialog.error_text and "feedback on a consultation" in dialog.error_text
    assert dialog.ui.consultationFeedbackWeeks.styleSheet() == invalid_style()
    assert dialog.ui.consultationFeedbackWeeks.value() == int(weeks)
    assert bench.read(compact.standards) == Standards()


def test_the_national_defaults_put_feedback_back_to_12_weeks_and_say_so(bench, qtbot):
    dialog = StandardsDialog(bench)
    qtbot.addWidget(dialog)
    dialog.ui.consultationFeedbackWeeks.setValue(1)
    assert dialog.ui.consultationFeedbackWeeks.suffix() == " week of closing"
    defaults = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.RestoreDefaults)
    assert "feedback within 12 weeks" in defaults.toolTip()
    assert "feedback to respondents within 12 weeks" in dialog.ui.intro.text()
    defaults.click()
    assert dialog.ui.consultationFeedbackWeeks.value() == 12


def test_every_standards_field_has_its_own_mnemonic(bench, qtbot):
    dialog = StandardsDialog(bench)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in (dialog.ui.consultationLabel, dialog.ui.consultationFeedbackLabel,
                                         dialog.ui.fundingLabel, dialog.ui.feedbackLabel, dialog.ui.dueSoonLabel)]
    texts += [dialog.ui.feedbackByNextMeeting.text(),
              dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.RestoreDefaults).text()]
    keys = [text[text.index("&") + 1].casefold() for text in texts]
    assert len(set(keys)) == len(keys), keys
    assert dialog.ui.consultationFeedbackLabel.buddy() is dialog.ui.consultationFeedbackWeeks
