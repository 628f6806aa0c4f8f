"""Monitoring & review, driven as the secretary meets it at the end of a year."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from compactdesk.domain.enums import HealthArea, IndicatorGroup, Measure
from compactdesk.domain.titles import sentence_start
from compactdesk.gui.dialogs.monitoring import (
    HealthRatingDialog,
    IndicatorDialog,
    IndicatorRatingDialog,
    RelationshipDialog,
)
from compactdesk.gui.pages.monitoring import HEALTH, INDICATORS, RELATIONSHIP, REVIEW, MonitoringPage
from compactdesk.services import monitoring

WELSH = "Llŷr: ymddiriedaeth wedi tyfu yn Ynys Môn 🎉"


@pytest.fixture
def page(bench, qtbot):
    widget = MonitoringPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def answer_forms(page, monkeypatch, fill):
    """Every form the page opens is filled by `fill` and saved, as a person would."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        if fill(dialog) is False:
            dialog.reject()
        else:
            dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return opened


def shown(proxy, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def row_of(bench, today, indicator_id, year=2026) -> monitoring.IndicatorRow:
    return next(r for r in bench.read(monitoring.indicator_rows, year) if r.indicator_id == indicator_id)


def unrated(bench, year=2026) -> monitoring.IndicatorRow:
    return next(r for r in bench.read(monitoring.indicator_rows, year) if r.rating is None and not r.evidence)


# -- the lists ---------------------------------------------------------------------------

def test_models_pass_the_model_tester(page, qtmodeltester):
    for tab in (page.indicators_tab, page.health_tab, page.relationship_tab):
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)


def test_the_page_opens_on_this_year_and_offers_every_year_with_records(page, bench, today):
    assert page.title() == "Monitoring & review" and page.area == "monitoring"
    assert page.year() == today.year == page.year_box.currentData()
    offered = [page.year_box.itemData(n) for n in range(page.year_box.count())]
    assert offered == bench.read(monitoring.monitoring_years, today)
    assert offered[0] == 2026 and len(offered) > 1


def test_indicators_are_listed_group_by_group_with_the_years_figures(page, bench, today):
    rows = bench.read(monitoring.indicator_rows, 2026, today)
    proxy = page.indicators_tab.proxy
    assert proxy.rowCount() == len(rows) == 24
    assert shown(proxy, 1) == [" ".join(r.question.split()) for r in rows]
    assert shown(proxy, 0) == [r.group.label() for r in rows]
    groups = [r.group for r in rows]
    assert groups == sorted(groups, key=list(IndicatorGroup).index)
    assert shown(proxy, 2) == [sentence_start(r.figure) for r in rows]
    assert all(bool(r.figure) == (r.measure is not None) for r in rows)
    assert shown(proxy, 3) == [f"{r.rating} of 5" if r.rating else "—" for r in rows]
    # The first question of each part is plain, the rest of the part grey; a fall in rating is red.
    assert proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).red() == 100
    fallen = next(n for n, r in enumerate(rows) if r.change is not None and r.change < 0)
    assert proxy.index(fallen, 4).data().startswith("down ")
    assert proxy.index(fallen, 4).data(Qt.ItemDataRole.ForegroundRole).red() == 160
    assert "in 2025" in proxy.index(fallen, 4).data(Qt.ItemDataRole.ToolTipRole)
    rated = sum(r.rating is not None for r in rows)
    assert page.indicators_tab.count.text() == f"{rated} of 24 rated for 2026"


def test_search_and_the_detail_under_the_list(page):
    tab = page.indicators_tab
    page.find()
    tab.search.setText("compact-proof")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    assert "compact-proof" in tab.detail.text() and "Outcomes" in tab.detail.text()
    tab.search.setText("no such words anywhere")
    assert tab.empty.showing_empty and "Nothing matches" in tab.empty.label.text()


# -- rating a question -------------------------------------------------------------------

def test_enter_rates_the_question_and_undo_and_redo_restore_it(page, bench, today, monkeypatch, qtbot):
    chosen = unrated(bench)

    def fill(dialog):
        assert isinstance(dialog, IndicatorRatingDialog)
        assert dialog.ui.question.text() == chosen.question
        dialog.ui.rating.setCurrentIndex(dialog.ui.rating.findData(4))
        qtbot.keyClicks(dialog.ui.evidence, "Survey of groups: ")
        dialog.ui.evidence.insertPlainText(WELSH)

    opened = answer_forms(page, monkeypatch, fill)
    tab = page.indicators_tab
    tab.select(chosen.indicator_id)
    assert page.can_edit()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    got = row_of(bench, today, chosen.indicator_id)
    assert (got.rating, got.evidence) == (4, "Survey of groups: " + WELSH)
    number = tab.proxy.index_of(chosen.indicator_id).row()
    assert tab.proxy.index(number, 3).data() == "4 of 5"
    assert tab.proxy.index(number, 5).data(Qt.ItemDataRole.ToolTipRole) == "Survey of groups: " + WELSH
    assert tab.current_id() == chosen.indicator_id
    assert bench.undo_stack.undoText().startswith("Rate “") and bench.undo_stack.undoText().endswith("for 2026")

    bench.undo_stack.undo()
    assert row_of(bench, today, chosen.indicator_id).rating is None
    assert tab.proxy.index(number, 3).data() == "—"
    bench.undo_stack.redo()
    assert tab.proxy.index(number, 3).data() == "4 of 5"


def test_the_rating_form_shows_the_figure_and_last_year(page, bench, today, qtbot):
    rows = bench.read(monitoring.indicator_rows, 2026, today)
    measured = next(r for r in rows if r.measure is Measure.CHAMPIONS)
    dialog = IndicatorRatingDialog(bench, page, row=measured, year=2026)
    qtbot.addWidget(dialog)
    assert dialog.ui.figure.text() == sentence_start(measured.figure) and dialog.ui.figure.isVisibleTo(dialog)
    assert dialog.ui.previous.text().endswith("in 2025")
    unmeasured = next(r for r in rows if r.measure is None)
    other = IndicatorRatingDialog(bench, page, row=unmeasured, year=2026)
    qtbot.addWidget(other)
    assert not other.ui.figure.isVisibleTo(other)


def test_not_rated_is_a_choice_and_clearing_both_removes_the_entry(page, bench, today, qtbot):
    chosen = next(r for r in bench.read(monitoring.indicator_rows, 2026) if r.rating is not None)
    dialog = IndicatorRatingDialog(bench, page, row=chosen, year=2026)
    qtbot.addWidget(dialog)
    dialog.ui.rating.setCurrentIndex(0)
    assert dialog.ui.rating.currentText() == "Not rated"
    dialog.ui.evidence.clear()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    got = row_of(bench, today, chosen.indicator_id)
    assert (got.rating, got.evidence) == (None, "")


def test_a_refusal_is_shown_at_the_field_and_keeps_what_was_typed(page, bench, qtbot):
    chosen = unrated(bench)
    dialog = IndicatorRatingDialog(bench, page, row=chosen, year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.rating.setCurrentIndex(dialog.ui.rating.findData(2))
    dialog.ui.evidence.setPlainText("ŵ" * 200_001)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "200,001 characters" in dialog.error_text
    assert dialog.ui.evidence.styleSheet() and not dialog.ui.rating.styleSheet()
    assert len(dialog.ui.evidence.toPlainText()) == 200_001 and dialog.ui.rating.currentData() == 2
    assert row_of(bench, None, chosen.indicator_id).rating is None

    relationship = RelationshipDialog(bench, page)
    qtbot.addWidget(relationship)
    relationship.show()
    relationship.ui.note.setPlainText("Vote at the annual review")
    relationship.accept()
    assert "Please choose a rating" in relationship.error_text
    assert relationship.ui.rating.styleSheet()
    assert relationship.ui.note.toPlainText() == "Vote at the annual review"


# -- changing the year -------------------------------------------------------------------

def test_changing_year_shows_that_years_ratings_and_words(page, bench, today):
    bench.perform("words", monitoring.set_review_words, 2025, "Blwyddyn anodd", "Ailadeiladu")
    page.year_box.setCurrentIndex(page.year_box.findData(2025))
    assert page.year() == 2025
    rows = bench.read(monitoring.indicator_rows, 2025, today)
    assert shown(page.indicators_tab.proxy, 3) == [f"{r.rating} of 5" if r.rating else "—" for r in rows]
    assert shown(page.indicators_tab.proxy, 2) == [sentence_start(r.figure) for r in rows]
    assert page.indicators_tab.count.text().endswith("rated for 2025")
    # Each tab reads the year's records when it is shown.
    health = bench.read(monitoring.health_rows, 2025)
    page.tabs.setCurrentIndex(HEALTH)
    assert shown(page.health_tab.proxy, 2) == [f"{r.rating} of 5" if r.rating else "—" for r in health]
    page.tabs.setCurrentIndex(RELATIONSHIP)
    assert page.relationship_tab.summary.text().startswith("In 2025:")
    page.tabs.setCurrentIndex(REVIEW)
    assert page.review_tab.summary.toPlainText() == "Blwyddyn anodd"
    assert page.review_tab.summary_label.text() == "&Summary of 2025:"
    assert page.review_tab.priorities_label.text() == "&Priorities for 2026:"
    # A store change keeps the year chosen.
    bench.perform("words", monitoring.set_review_words, 2025, "Blwyddyn well", None)
    assert page.year() == 2025 and page.year_box.currentData() == 2025
    assert page.review_tab.summary.toPlainText() == "Blwyddyn well"


def test_a_rating_is_made_for_the_year_chosen(page, bench, monkeypatch):
    page.choose_year(2019)
    assert page.year_box.currentData() == 2019
    chosen = unrated(bench, 2019)
    answer_forms(page, monkeypatch, lambda d: d.ui.rating.setCurrentIndex(d.ui.rating.findData(1)))
    page.indicators_tab.select(chosen.indicator_id)
    page.edit_current()
    assert row_of(bench, None, chosen.indicator_id, 2019).rating == 1
    assert bench.undo_stack.undoText().endswith("for 2019")
    assert 2019 in [page.year_box.itemData(n) for n in range(page.year_box.count())]


# -- editing the framework ---------------------------------------------------------------

def test_new_edit_move_and_delete_a_question_with_undo(page, bench, monkeypatch, qtbot):
    tab = page.indicators_tab
    outcomes = [r.indicator_id for r in bench.read(monitoring.indicator_rows, 2026)
                if r.group is IndicatorGroup.OUTCOMES]
    tab.select(outcomes[0])
    assert page.new_text() == "New indicator…"

    def new(dialog):
        assert isinstance(dialog, IndicatorDialog)
        assert dialog.ui.group.currentData() == "outcomes"  # the part of the question chosen
        qtbot.keyClicks(dialog.ui.question, "Do groups say the compact helped them? ")
        dialog.ui.question.insertPlainText("🙂")
        dialog.ui.measure.setCurrentIndex(dialog.ui.measure.findData("relationship"))

    answer_forms(page, monkeypatch, new)
    page.new_item()
    rows = bench.read(monitoring.indicator_rows, 2026)
    added = rows[-1]
    assert (added.group, added.question, added.measure) == (
        IndicatorGroup.OUTCOMES, "Do groups say the compact helped them? 🙂", Measure.RELATIONSHIP)
    assert tab.current_id() == added.indicator_id
    assert not tab.down_button.isEnabled() and tab.up_button.isEnabled()
    assert bench.undo_stack.undoText() == "Add indicator “Do groups say the compact helped them? 🙂”"

    tab.up_button.click()
    rows = bench.read(monitoring.indicator_rows, 2026)
    assert rows[-2].indicator_id == added.indicator_id and tab.current_id() == added.indicator_id
    assert tab.down_button.isEnabled()
    assert bench.undo_stack.undoText().startswith("Move question “Do groups say")

    def edit(dialog):
        assert dialog.ui.question.toPlainText() == "Do groups say the compact helped them? 🙂"
        dialog.ui.question.setPlainText("Ydy'r compact wedi helpu?")
        dialog.ui.group.setCurrentIndex(dialog.ui.group.findData("baseline"))

    answer_forms(page, monkeypatch, edit)
    tab.edit_question()
    rows = bench.read(monitoring.indicator_rows, 2026)
    baseline = [r for r in rows if r.group is IndicatorGroup.BASELINE]
    assert baseline[-1].question == "Ydy'r compact wedi helpu?" and tab.current_id() == added.indicator_id

    assert page.can_delete()
    page.delete_current()
    assert len(bench.read(monitoring.indicator_rows, 2026)) == 24
    assert tab.proxy.index_of(added.indicator_id).isValid() is False
    bench.undo_stack.undo()
    assert tab.proxy.index_of(added.indicator_id).isValid()
    bench.undo_stack.undo()  # the edit
    bench.undo_stack.undo()  # the move
    assert bench.read(monitoring.indicator_rows, 2026)[-1].indicator_id == added.indicator_id


def test_deleting_a_rated_question_and_undo_brings_back_its_ratings(page, bench):
    rated = next(r for r in bench.read(monitoring.indicator_rows, 2026) if r.rating is not None and r.evidence)
    page.indicators_tab.select(rated.indicator_id)
    page.delete_current()
    assert all(r.indicator_id != rated.indicator_id for r in bench.read(monitoring.indicator_rows, 2026))
    assert bench.undo_stack.undoText().startswith("Delete question “")
    bench.undo_stack.undo()
    back = row_of(bench, None, rated.indicator_id)
    assert (back.rating, back.evidence, back.previous) == (rated.rating, rated.evidence, rated.previous)


def test_with_every_question_deleted_the_list_says_what_to_do(page, bench):
    for row in bench.read(monitoring.indicator_rows, 2026):
        bench.perform("delete", monitoring.delete_indicator, row.indicator_id)
    tab = page.indicators_tab
    assert tab.empty.showing_empty
    assert "No questions in the framework" in tab.empty.label.text() and "Ctrl+N" in tab.empty.label.text()
    assert tab.empty.button.text() == "New indicator…" and not tab.detail.isVisibleTo(page)
    assert not page.can_edit() and not page.can_delete()


def test_copy_last_years_evidence(page, bench, today):
    chosen = unrated(bench)
    bench.perform("set up", monitoring.rate, chosen.indicator_id, 2025, 3, "Tair gweithdy")
    page.indicators_tab.copy_button.click()
    got = row_of(bench, today, chosen.indicator_id)
    assert (got.rating, got.evidence) == (None, "Tair gweithdy")
    assert bench.undo_stack.undoText() == "Copy 2025's evidence into 2026"
    bench.undo_stack.undo()
    assert row_of(bench, today, chosen.indicator_id).evidence == ""
    bench.undo_stack.redo()
    messages = []
    bench.message.connect(messages.append)
    page.indicators_tab.copy_button.click()  # nothing left to copy
    assert messages and messages[-1].startswith("Nothing to copy")


# -- the health-check --------------------------------------------------------------------

def test_the_health_check_shows_the_five_areas_and_enter_rates_one(page, bench, monkeypatch, qtbot):
    page.tabs.setCurrentIndex(HEALTH)
    tab = page.health_tab
    assert shown(tab.proxy) == [area.label() for area in HealthArea]
    assert shown(tab.proxy, 1) == [area.aim() for area in HealthArea]
    assert page.new_text() == "" and page.can_edit() and not page.can_delete()

    def fill(dialog):
        assert isinstance(dialog, HealthRatingDialog)
        assert dialog.ui.question.text() == "Sharing good practice"
        assert HealthArea.SHARING.aim() in dialog.ui.aim.text()
        dialog.ui.rating.setCurrentIndex(dialog.ui.rating.findData(5))
        dialog.ui.evidence.setPlainText(WELSH)

    answer_forms(page, monkeypatch, fill)
    tab.table.selectRow(3)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    got = bench.read(monitoring.health_rows, 2026)[3]
    assert (got.rating, got.evidence) == (5, WELSH)
    assert tab.proxy.index(3, 2).data() == "5 of 5" and tab.proxy.index(3, 4).data() == WELSH
    assert tab.current_id() == 3
    assert bench.undo_stack.undoText() == "Health-check 2026: rate “Sharing good practice”"
    assert "Sharing good practice:" in tab.last_year.text()
    bench.undo_stack.undo()
    assert bench.read(monitoring.health_rows, 2026)[3].evidence != WELSH
    bench.undo_stack.redo()
    assert tab.proxy.index(3, 4).data() == WELSH


def test_a_year_without_a_health_check_shows_the_areas_blank(page):
    page.choose_year(2001)
    page.tabs.setCurrentIndex(HEALTH)
    tab = page.health_tab
    assert shown(tab.proxy) == [area.label() for area in HealthArea]
    assert shown(tab.proxy, 2) == ["—"] * 5 and shown(tab.proxy, 4) == [""] * 5


# -- the relationship rating -------------------------------------------------------------

def test_relationship_ratings_add_edit_delete_with_undo(page, bench, today, monkeypatch, qtbot):
    page.tabs.setCurrentIndex(RELATIONSHIP)
    tab = page.relationship_tab
    before = bench.read(monitoring.relationship_rows)
    assert tab.proxy.rowCount() == len(before)
    assert page.new_text() == "New rating…"

    def new(dialog):
        assert isinstance(dialog, RelationshipDialog)
        assert dialog.ui.on.value() == today
        dialog.ui.rating.setCurrentIndex(dialog.ui.rating.findData(5))
        dialog.ui.note.setPlainText(WELSH)

    answer_forms(page, monkeypatch, new)
    page.new_item()
    rows = bench.read(monitoring.relationship_rows)
    assert len(rows) == len(before) + 1
    added = next(r for r in rows if r.note == WELSH)
    assert (added.on, added.rating) == (today, 5)
    assert tab.current_id() == added.rating_id
    assert bench.undo_stack.undoText().startswith("Record the relationship rating of ")
    mean = bench.read(monitoring.relationship_for_year, 2026).mean
    assert f"{mean:g} of 5 on average" in tab.summary.text()

    def edit(dialog):
        assert dialog.ui.rating.currentData() == 5 and dialog.ui.note.toPlainText() == WELSH
        dialog.ui.rating.setCurrentIndex(dialog.ui.rating.findData(2))
        dialog.ui.on.set_value(dt.date(2026, 1, 3))

    answer_forms(page, monkeypatch, edit)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    got = bench.read(monitoring.relationship_detail, added.rating_id)
    assert (got.on, got.rating) == (dt.date(2026, 1, 3), 2)

    assert page.can_delete()
    tab.delete_button.click()
    assert len(bench.read(monitoring.relationship_rows)) == len(before)
    assert bench.undo_stack.undoText().startswith("Delete the relationship rating of ")
    bench.undo_stack.undo()
    assert bench.read(monitoring.relationship_detail, added.rating_id).rating == 2
    bench.undo_stack.undo()
    assert bench.read(monitoring.relationship_detail, added.rating_id).rating == 5
    bench.undo_stack.redo()
    bench.undo_stack.redo()
    assert tab.proxy.index_of(added.rating_id).isValid() is False


def test_with_no_relationship_ratings_the_tab_says_what_they_are_for(page, bench):
    for row in bench.read(monitoring.relationship_rows):
        bench.perform("delete", monitoring.delete_relationship_rating, row.rating_id)
    page.tabs.setCurrentIndex(RELATIONSHIP)
    tab = page.relationship_tab
    assert tab.empty.showing_empty
    assert "No relationship ratings yet" in tab.empty.label.text()
    assert "1 (poor) to 5" in tab.empty.label.text() and "Ctrl+N" in tab.empty.label.text()
    assert tab.empty.button.text() == "New rating…" and not tab.summary.isVisibleTo(page)


# -- the review's own words --------------------------------------------------------------

def focus_out(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def test_review_words_are_saved_on_leaving_the_box_one_step_each(page, bench, qtbot):
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    before = bench.read(monitoring.review_words, 2026)
    tab.summary.selectAll()
    qtbot.keyClicks(tab.summary, "A steadier year. ")
    tab.summary.insertPlainText(WELSH)
    assert tab.pending() == {"summary": "A steadier year. " + WELSH}
    assert tab.state.text().startswith("Not saved yet")
    focus_out(tab.summary)
    assert bench.read(monitoring.review_words, 2026) == ("A steadier year. " + WELSH, before.priorities)
    assert bench.undo_stack.undoText() == "Edit the summary of 2026"
    assert tab.state.text().startswith("Saved")
    focus_out(tab.summary)  # nothing new: no second step
    assert bench.undo_stack.count() == 1

    tab.priorities.setPlainText("Replace the two champions")
    tab.summary.setPlainText("Both changed")
    tab.save_button.click()
    assert bench.read(monitoring.review_words, 2026) == ("Both changed", "Replace the two champions")
    assert bench.undo_stack.undoText() == "Edit the review words for 2026" and bench.undo_stack.count() == 2

    bench.undo_stack.undo()
    assert tab.summary.toPlainText() == "A steadier year. " + WELSH
    assert tab.priorities.toPlainText() == before.priorities
    bench.undo_stack.undo()
    assert tab.summary.toPlainText() == before.summary
    bench.undo_stack.redo()
    assert tab.summary.toPlainText() == "A steadier year. " + WELSH


def test_nothing_typed_is_lost_when_switching_year_or_tab(page, bench):
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    tab.summary.setPlainText("Typed for 2026, never saved by hand")
    page.year_box.setCurrentIndex(page.year_box.findData(2025))
    assert bench.read(monitoring.review_words, 2026).summary == "Typed for 2026, never saved by hand"
    assert page.year() == 2025 and tab.summary.toPlainText() == bench.read(monitoring.review_words, 2025).summary

    tab.priorities.setPlainText("For 2026, typed while 2025 was chosen")
    page.tabs.setCurrentIndex(INDICATORS)
    assert bench.read(monitoring.review_words, 2025).priorities == "For 2026, typed while 2025 was chosen"

    page.tabs.setCurrentIndex(REVIEW)
    tab.priorities.setPlainText("Typed, then the page was left")
    page.show()
    page.hide()
    assert bench.read(monitoring.review_words, 2025).priorities == "Typed, then the page was left"


def test_typing_survives_a_refresh_from_another_change(page, bench):
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    tab.summary.setPlainText("Half a sentence")
    bench.perform("other", monitoring.add_relationship_rating, dt.date(2026, 5, 5), 3)  # refreshes the page
    assert tab.summary.toPlainText() == "Half a sentence" and tab.pending()


def test_words_the_store_refuses_stay_and_the_year_does_not_change(page, bench):
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    too_long = "ŷ" * 200_001
    tab.summary.setPlainText(too_long)
    page.year_box.setCurrentIndex(page.year_box.findData(2025))
    assert page.year() == 2026 and page.year_box.currentData() == 2026
    assert tab.error.isVisibleTo(page) and "200,001 characters" in tab.error.text()
    assert tab.summary.styleSheet() and tab.summary.toPlainText() == too_long
    page.tabs.setCurrentIndex(HEALTH)
    assert page.tabs.currentIndex() == REVIEW
    tab.summary.setPlainText("Shorter")
    tab.save_button.click()
    assert not tab.error.isVisibleTo(page) and not tab.summary.styleSheet()
    assert bench.read(monitoring.review_words, 2026).summary == "Shorter"


# -- the page as a whole -----------------------------------------------------------------

def _mnemonics(widgets) -> list[str]:
    found = []
    for widget in widgets:
        found += [letter.casefold() for letter in re.findall(r"&([^&\s])", widget.text())]
    return found


def test_mnemonics_do_not_clash_with_each_other_or_the_menus(page):
    menus = ["f", "e", "v", "h"]  # File, Edit, View, Help in the main window
    always = _mnemonics([page.year_label, page.export_button]) + [
        letter.casefold() for n in range(page.tabs.count())
        for letter in re.findall(r"&([^&\s])", page.tabs.tabText(n))]
    for tab in (page.indicators_tab, page.health_tab, page.relationship_tab, page.review_tab):
        letters = always + menus + _mnemonics(tab.findChildren(QAbstractButton)) + _mnemonics(
            label for label in tab.findChildren(QLabel) if label.buddy() is not None)
        assert len(letters) == len(set(letters)), (type(tab).__name__, sorted(letters))


def test_export_asks_the_window_for_the_annual_review(page, qtbot):
    from compactdesk.documents.export import Paper

    expected = getattr(Paper, "ANNUAL_REVIEW", None)
    assert page.export_defaults() == (expected, None)
    with qtbot.waitSignal(page.export_requested) as signal:
        page.export_button.click()
    assert signal.args == [expected, None]


def test_find_show_record_and_show_part(page, bench):
    page.tabs.setCurrentIndex(HEALTH)
    page.find()
    assert page.tabs.currentIndex() == INDICATORS
    rows = bench.read(monitoring.indicator_rows, 2026)
    page.show_record(rows[5].indicator_id)
    assert page.tabs.currentIndex() == INDICATORS and page.indicators_tab.current_id() == rows[5].indicator_id
    page.show_part("health", 4)
    assert page.tabs.currentIndex() == HEALTH and page.health_tab.current_id() == 4
    latest = bench.read(monitoring.relationship_rows)[0]
    page.show_part("relationship", latest.rating_id)
    assert page.tabs.currentIndex() == RELATIONSHIP and page.relationship_tab.current_id() == latest.rating_id
    page.tabs.setCurrentIndex(REVIEW)
    assert page.new_text() == "" and not page.can_edit() and not page.can_delete()


def test_each_tab_can_be_looked_at(page, tmp_path):
    page.show()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert not page.grab().isNull()


def test_another_store_opened_drops_what_was_typed_for_the_last(page, bench):
    page.tabs.setCurrentIndex(REVIEW)
    before = bench.read(monitoring.review_words, 2026)
    page.review_tab.summary.setPlainText("Typed for the other store")
    bench.store_replaced.emit()
    page.refresh()
    assert page.review_tab.summary.toPlainText() == before.summary and not page.review_tab.pending()
    page.hide()
    assert bench.read(monitoring.review_words, 2026) == before


# -- reading only what is shown ----------------------------------------------------------


def test_only_the_tab_in_view_reads_the_store(page, bench, monkeypatch):
    read = []
    reading = bench.read
    monkeypatch.setattr(bench, "read", lambda service, *args, **kwargs: (read.append(service.__name__),
                                                                        reading(service, *args, **kwargs))[1])
    page.refresh()
    assert set(read) == {"monitoring_years", "indicator_rows"}
    for index, services in ((HEALTH, {"health_rows"}), (REVIEW, {"review_words"}),
                            (RELATIONSHIP, {"relationship_for_year", "relationship_rows", "relationship_by_year"})):
        read.clear()
        page.tabs.setCurrentIndex(index)
        assert set(read) == services
    read.clear()
    page.tabs.setCurrentIndex(HEALTH)  # read already, and nothing has changed since
    assert read == []
    # A change reads the years and the tab in view; the indicators (and their figures) wait to be shown.
    bench.perform("Rate", monitoring.rate_health, 2026, HealthArea.SHARING, 4, "Da")
    assert set(read) == {"monitoring_years", "health_rows"}
    read.clear()
    page.tabs.setCurrentIndex(INDICATORS)
    assert set(read) == {"indicator_rows"}
