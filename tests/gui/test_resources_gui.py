"""The Resources tab of Monitoring & review and its form, driven as the secretary meets them: the county's
£40,000 post, half of it the compact's, typed as "£40k"; a council budget of £10,000 a year; the PCT's
development post for a year, which the dashboard brings up three months before it ends."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel
from test_fits_screen import SCREENS, dialog_problems, problems_in

from compactdesk.gui.dialogs.resources import NO_SHARE, CommitmentDialog
from compactdesk.gui.pages.monitoring import RESOURCES, MonitoringPage
from compactdesk.gui.table_export import shown_table
from compactdesk.gui.table_model import sheet_value
from compactdesk.services import members, resources
from gui_walk import settle


@pytest.fixture
def page(bench, qtbot):
    widget = MonitoringPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)
    widget.resize(1100, 700)
    widget.refresh()
    widget.tabs.setCurrentIndex(RESOURCES)
    return widget


@pytest.fixture
def names(bench):
    organisations = {row.name: row.organisation_id for row in bench.read(members.organisation_rows)}
    people = {row.name: row.person_id for row in bench.read(members.person_rows)}
    return organisations, people


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


def shown(tab, column: int) -> list[str]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_the_forty_thousand_pound_post_half_on_the_compact_is_typed_as_the_secretary_writes_it(
        page, bench, names, monkeypatch, qtbot):
    organisations, _ = names
    county = next(name for name in organisations if "County Council" in name)
    tab = page.resources_tab
    assert page.new_text() == "New resource…"
    hints = {}

    def fill(dialog: CommitmentDialog):
        ui = dialog.ui
        assert dialog.windowTitle() == "New resource" and ui.remindMonths.value() == 3
        choose(ui.kind, "Post")
        QTest.keyClicks(ui.title, "County-wide Compact officer")
        choose(ui.funder, county)
        QTest.keyClicks(ui.amount, "£40k")
        hints["amount"] = ui.amountHint.text()
        ui.share.setValue(50)
        ui.startsOn.check.setChecked(True)
        ui.startsOn.box.setText("01/09/2025")
        ui.endsOn.check.setChecked(True)
        ui.endsOn.box.setText("28/02/2027")
        hints["remind"] = ui.remindHint.text()
        hints["suffix"] = ui.remindMonths.suffix()

    opened = answer_forms(page, monkeypatch, fill)
    page.new_item()
    assert opened[0].error_text == ""
    assert hints == {"amount": "£40,000 a year", "remind": "The dashboard will remind you from Saturday 28 November 2026.",
                     "suffix": " months before it ends"}
    row = tab.current_row()
    assert (row.title, row.funder, row.amount, row.share, row.remind_on) == (
        "County-wide Compact officer", county, "£40,000 a year", "50% of the post's time", dt.date(2026, 11, 28))
    assert tab.table.hasFocus() or not page.isVisible()
    assert "£40,000 a year" in shown(tab, 4) and "50%" in shown(tab, 5)
    assert "Post: County-wide Compact officer · Funded by " in tab.detail.text()
    assert bench.undo_stack.undoText() == "Add resource “County-wide Compact officer”"
    bench.undo_stack.undo()
    assert "County-wide Compact officer" not in shown(tab, 0)


def test_an_amount_that_is_no_amount_says_why_as_it_is_typed_and_is_refused_at_its_field(page, bench, qtbot):
    dialog = CommitmentDialog(bench, page)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.ui.title, "Compact budget")
    QTest.keyClicks(dialog.ui.amount, "10,50")
    assert "use a full stop for pence" in dialog.ui.amountHint.text() and dialog.ui.amountHint.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "The amount (10,50)" in dialog.error_text and dialog.ui.amount.styleSheet()
    dialog.ui.amount.setText("£10,000.50")
    assert dialog.ui.amountHint.text() == "£10,000.50 a year"
    choose(dialog.ui.perYear, "in all")
    assert dialog.ui.amountHint.text() == "£10,000.50 in all"


def test_a_budget_has_no_share_of_a_posts_time_and_a_month_reads_as_one(page, bench, qtbot):
    dialog = CommitmentDialog(bench, page)
    qtbot.addWidget(dialog)
    choose(dialog.ui.kind, "Post")
    dialog.ui.share.setValue(60)
    assert dialog.values()["share_percent"] == 60
    choose(dialog.ui.kind, "Budget")
    assert not dialog.ui.share.isEnabled() and dialog.ui.share.value() == NO_SHARE
    assert dialog.values()["share_percent"] is None and dialog.ui.share.text() == "Not given"
    dialog.ui.remindMonths.setValue(1)
    assert dialog.ui.remindMonths.text() == "1 month before it ends"
    dialog.ui.remindMonths.setValue(0)
    assert dialog.ui.remindMonths.text() == "on its last day"
    assert dialog.ui.remindHint.text() == "Give the last day, and the dashboard will remind you before it ends."


def test_enter_opens_the_chosen_resource_with_its_values_and_saves_the_change(page, bench, names, monkeypatch):
    organisations, _ = names
    council = next(name for name in organisations if "County Council" in name)
    made = bench.perform("Add", resources.add_commitment, "budget", "Compact support budget 💷",
                         funder_id=organisations[council], amount="£10,000", starts_on="01/04/2026")
    tab = page.resources_tab
    assert tab.reveal(made.id)
    seen = {}

    def fill(dialog: CommitmentDialog):
        ui = dialog.ui
        seen.update(title=dialog.windowTitle(), amount=ui.amount.text(), per=ui.perYear.currentText(),
                    funder=ui.funder.currentText(), starts=ui.startsOn.value(), ends=ui.endsOn.value())
        ui.amount.setText("£12,500")

    answer_forms(page, monkeypatch, fill)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert seen == {"title": "Edit resource", "amount": "£10,000", "per": "a year", "funder": council,
                    "starts": dt.date(2026, 4, 1), "ends": None}
    assert tab.current_row().amount == "£12,500 a year"
    assert bench.undo_stack.undoText() == "Edit resource “Compact support budget 💷”"


def test_delete_removes_the_chosen_resource_and_undo_brings_it_back(page, bench):
    made = bench.perform("Add", resources.add_commitment, "agreement", "Compact awareness events",
                         amount="£12,000", per_year=False)
    tab = page.resources_tab
    tab.reveal(made.id)
    assert page.can_delete() and page.can_edit()
    page.delete_current()
    assert "Compact awareness events" not in shown(tab, 0)
    assert bench.undo_stack.undoText() == "Delete the resource “Compact awareness events”"
    bench.undo_stack.undo()
    assert tab.reveal(made.id) and tab.current_row().amount == "£12,000 in all"


def test_with_nothing_recorded_the_tab_says_what_to_record_and_offers_the_form(page, bench, monkeypatch):
    for row in bench.read(resources.commitment_rows, bench.today()):
        bench.perform("Delete", resources.delete_commitment, row.commitment_id)
    page.show()
    tab = page.resources_tab
    assert tab.proxy.rowCount() == 0 and tab.empty.showing_empty
    assert "No resources recorded yet" in tab.empty.label.text() and tab.empty.label.isVisible()
    assert not tab.summary.isVisibleTo(page) and not tab.edit_button.isEnabled() and not tab.detail.isVisible()
    opened = answer_forms(page, monkeypatch, lambda dialog: False)
    tab.empty.button.click()
    assert [type(dialog) for dialog in opened] == [CommitmentDialog]


def test_search_sort_and_the_spreadsheet_take_the_figures(page, bench):
    bench.perform("Add", resources.add_commitment, "post", "Policy officer, Compact development",
                  share_percent=60, amount="£31,000.50", ends_on="31/03/2027")
    bench.perform("Add", resources.add_commitment, "budget", "Compact budget", amount="£10,000")
    tab = page.resources_tab
    tab.search.setText("policy officer")
    assert shown(tab, 0) == ["Policy officer, Compact development"]
    table = shown_table(tab.table)
    assert table.headings == ["What it is", "Kind", "Funded by", "Held by", "Amount", "Share", "Until", "State"]
    [row] = table.rows(lambda *_: None)
    assert [sheet_value(column, row) for column in table.columns] == [
        "Policy officer, Compact development", "Post", "", "", 31000.5, 60, dt.date(2027, 3, 31), "Running"]
    tab.search.clear()
    tab.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    amounts = [text for text in shown(tab, 4) if text]
    assert amounts.index("£31,000.50 a year") < amounts.index("£10,000 a year")


def test_the_year_line_counts_what_was_in_force(page, bench):
    bench.perform("Add", resources.add_commitment, "post", "Compact development officer", share_percent=60,
                  amount="£28,500", starts_on="01/04/2026", ends_on="31/03/2027")
    page.choose_year(2026)
    text = page.resources_tab.summary.text()
    # With the demo's own: its officer at 60% and its head of policy at 20%, and this post at 60%.
    assert text.startswith("In 2026: ") and "Funder not recorded: £28,500 a year" in text and "1.4 posts" in text
    page.choose_year(2019)
    assert "2019" in page.resources_tab.summary.text()


def test_the_dashboard_brings_up_the_pct_post_three_months_ahead_and_opens_it(window, qtbot):
    bench = window.bench
    today = bench.today()
    made = bench.perform("Add", resources.add_commitment, "post", "Compact development officer (PCT, one year)",
                         starts_on=today - dt.timedelta(days=300), ends_on=today + dt.timedelta(days=60))
    dashboard = window.show_area("dashboard")
    dashboard.refresh()
    model = dashboard.model
    section = next(model.index(row, 0) for row in range(model.rowCount())
                   if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) == "resource")
    (row,) = [row for row in range(model.rowCount(section))
              if model.index(row, 0, section).data() == "Post: Compact development officer (PCT, one year)"]
    assert model.index(row, 2, section).data() == "ends in 60 days"
    dashboard.tree.activated.emit(model.index(row, 0, section))
    page = window.current_page()
    assert isinstance(page, MonitoringPage) and page.tabs.currentIndex() == RESOURCES
    assert page.resources_tab.current_id() == made.id


def _letters(texts) -> list[str]:
    return [letter.casefold() for text in texts for letter in re.findall(r"&([^&\s])", text)]


def test_keyboard_letters_do_not_clash_on_the_tab_or_in_the_form(page, bench, qtbot):
    menus = ["f", "e", "v", "h"]
    tab = page.resources_tab
    always = _letters([page.year_label.text(), page.export_button.text()]
                      + [page.tabs.tabText(n) for n in range(page.tabs.count())])
    on_tab = always + menus + _letters(button.text() for button in tab.findChildren(QAbstractButton))
    assert {"o", "n", "t", "l"} <= set(on_tab) and len(on_tab) == len(set(on_tab)), sorted(on_tab)
    dialog = CommitmentDialog(bench, page)
    qtbot.addWidget(dialog)
    in_form = _letters([label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
                       + [button.text() for button in dialog.findChildren(QAbstractButton)])
    assert len(in_form) >= 10 and len(in_form) == len(set(in_form)), sorted(in_form)


def test_the_form_and_the_tab_fit_each_screen(page, bench, qtbot):
    bench.perform("Add", resources.add_commitment, "post", "Compact development officer " * 6, amount="£28,500",
                  share_percent=100, ends_on="31/03/2027", notes="Agreed at the March meeting. " * 20)
    dialog = CommitmentDialog(bench, page)
    qtbot.addWidget(dialog)
    dialog.ui.amount.setText("10,50")  # the longest hint
    dialog.show()
    settle()
    assert dialog_problems(dialog, "CommitmentDialog") == []
    dialog.setMinimumHeight(900)  # the check itself finds a form too tall for the screen
    assert dialog_problems(dialog, "CommitmentDialog")
    page.show()
    for name, (width, height, _) in SCREENS.items():
        page.resize(width, height - 40)  # less the sidebar's heading row the window adds
        page.resources_tab.table.selectRow(0)
        settle()
        assert page.resources_tab.table.isVisible() and problems_in(page, name) == []
