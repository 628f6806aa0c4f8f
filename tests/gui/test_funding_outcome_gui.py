"""What came of a funding notice, and how a consultation's length is counted, as the secretary meets them on
the Codes & standards page (issue 21): the Thurrock case typed into the funding notice form, the rule said
under a consultation's dates, and both forms on an old laptop's screen."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog

from compactdesk.domain.enums import FundingChange, FundingOutcome, Sector
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.standards import ConsultationDialog, FundingNoticeDialog
from compactdesk.gui.pages.standards import CONSULTATIONS, FUNDING, StandardsPage
from compactdesk.services import attention_standards, consultations, funding, members
from test_fits_screen import dialog_problems

COLUMNS = {"change": 2, "notice": 5, "what happened": 6}


@pytest.fixture
def page(bench, qtbot) -> StandardsPage:
    widget = StandardsPage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)  # as the main window does after every write, undo and redo
    widget.resize(1100, 700)
    widget.refresh()
    return widget


@pytest.fixture
def thurrock(bench) -> dict[str, int]:
    cvs = bench.perform("Add", members.add_organisation, "Thurrock CVS", Sector.VCS).id
    council = bench.perform("Add", members.add_organisation, "Thurrock Council", Sector.COUNCIL).id
    return {"cvs": cvs, "council": council}


def fill_and_accept(page, monkeypatch, fill) -> list[QDialog]:
    """The page's dialog runner replaced: each form shown, filled as a person would, then Save pressed."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return opened


def cell(tab, key: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(tab.proxy.index_of(key).row(), column).data(role)


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def form(bench, qtbot, kind, **kwargs):
    dialog = kind(bench, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_thurrock_typed_in_a_cut_signalled_then_withdrawn_reads_withdrawn_on_the_page(page, bench, thurrock,
                                                                                        monkeypatch, today):
    """May 2009: Thurrock Council tells the CVS its funding ends in six months; the amount is typed as people
    write it. A councillor's call-in fails; the council consults; the CVS is kept. Each step one undo."""

    def notice(dialog):
        assert dialog.ui.outcome.currentText() == "Not known yet" and not dialog.ui.outcomeOn.isEnabled()
        select_data(dialog.ui.organisation, thurrock["cvs"])
        select_data(dialog.ui.body, thurrock["council"])
        select_data(dialog.ui.change, FundingChange.END.value)
        dialog.ui.givenOn.set_value(dt.date(2009, 5, 14))
        dialog.ui.effectiveOn.set_value(dt.date(2009, 11, 14))
        dialog.ui.amount.setText("£120k")
        dialog.ui.outcomeNote.setPlainText("A councillor's call-in failed to overturn the decision")

    page.tabs.setCurrentIndex(FUNDING)
    fill_and_accept(page, monkeypatch, notice)
    page.new_item()
    tab = page.funding_tab
    made = next(row for row in bench.read(funding.notice_rows) if row.organisation_id == thurrock["cvs"])
    assert (made.amount_pence, made.percent, made.outcome) == (12_000_000, None, None)
    assert "Funding ended: £120,000" in plain(cell(tab, made.notice_id, COLUMNS["change"],
                                                    Qt.ItemDataRole.ToolTipRole))
    assert cell(tab, made.notice_id, COLUMNS["what happened"]) == "Not known yet"
    assert "Not known yet: A councillor's call-in failed to overturn the decision" in plain(
        cell(tab, made.notice_id, COLUMNS["what happened"], Qt.ItemDataRole.ToolTipRole))

    def withdrawn(dialog):
        assert dialog.windowTitle() == "Edit funding notice" and dialog.ui.amount.text() == "£120,000"
        select_data(dialog.ui.outcome, FundingOutcome.WITHDRAWN.value)
        assert dialog.ui.outcomeOn.isEnabled()
        dialog.ui.outcomeOn.set_value(dt.date(2009, 11, 12))
        dialog.ui.outcomeNote.setPlainText("CVS retained after the council's own consultation")

    fill_and_accept(page, monkeypatch, withdrawn)
    page.edit_current()
    assert bench.undo_stack.undoText() == "Edit funding notice for “Thurrock CVS”"
    assert cell(tab, made.notice_id, COLUMNS["what happened"]) == "Withdrawn"
    assert ("What happened: Withdrawn on 12 November 2009: CVS retained after the council's own consultation"
            in plain(tab.detail.text()))
    bench.undo_stack.undo()
    assert cell(tab, made.notice_id, COLUMNS["what happened"]) == "Not known yet"
    bench.undo_stack.redo()
    assert bench.read(funding.notice_row, made.notice_id).outcome is FundingOutcome.WITHDRAWN


def test_a_short_notice_withdrawn_in_the_form_stops_standing_out_but_still_says_it_was_short(
        page, bench, thurrock, qtbot, today):
    made = bench.perform("Add", funding.add_notice, thurrock["cvs"], thurrock["council"], today, today
                         + dt.timedelta(days=30), percent=7)
    tab = page.funding_tab
    assert cell(tab, made.id, 0, Qt.ItemDataRole.ForegroundRole).red() == 160
    assert made.id in {item.ref_id for item in bench.read(attention_standards._funding_items, today)}
    dialog = form(bench, qtbot, FundingNoticeDialog, notice_id=made.id)
    assert dialog.ui.percent.value() == 7
    select_data(dialog.ui.outcome, FundingOutcome.WITHDRAWN.value)
    dialog.ui.outcomeOn.set_value(today + dt.timedelta(days=3))
    assert dialog.ui.outcomeHint.text().startswith("The organisation kept its funding, so there is nothing left")
    dialog.accept()
    assert not dialog.isVisible()
    assert cell(tab, made.id, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(tab, made.id, COLUMNS["notice"]).endswith("short")  # short it was, all the same
    tab.select(made.id)
    assert "How much: 7%" in plain(tab.detail.text())
    assert plain(cell(tab, made.id, COLUMNS["change"], Qt.ItemDataRole.ToolTipRole)).endswith(": 7%")
    assert made.id not in {item.ref_id for item in bench.read(attention_standards._funding_items, today)}


def test_withdrawn_after_the_change_took_effect_is_said_as_typed_and_refused_at_the_field(page, bench, thurrock,
                                                                                          qtbot):
    dialog = form(bench, qtbot, FundingNoticeDialog)
    select_data(dialog.ui.organisation, thurrock["cvs"])
    select_data(dialog.ui.body, thurrock["council"])
    dialog.ui.givenOn.set_value(dt.date(2010, 1, 5))
    dialog.ui.effectiveOn.set_value(dt.date(2010, 4, 1))
    select_data(dialog.ui.outcome, FundingOutcome.WITHDRAWN.value)
    dialog.ui.outcomeOn.set_value(dt.date(2010, 11, 12))
    expected = ("The change took effect on 1 April 2010, so taking it back on 12 November 2010 reversed it. "
                "Choose “Reversed”, or give a day on or before 1 April 2010.")
    assert dialog.ui.outcomeHint.text() == expected and dialog.ui.outcomeHint.isVisible()
    assert "#a00000" in dialog.ui.outcomeHint.styleSheet().lower()
    count = bench.undo_stack.count()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_text == expected
    assert dialog.ui.outcome.styleSheet() == invalid_style()
    assert bench.undo_stack.count() == count
    select_data(dialog.ui.outcome, FundingOutcome.REVERSED.value)
    # Reversed fits the dates; the funding was kept, so the short notice is no longer one to take up.
    assert dialog.ui.outcomeHint.text().startswith("The organisation kept its funding")
    assert "#a00000" not in dialog.ui.outcomeHint.styleSheet().lower()
    dialog.accept()
    assert not dialog.isVisible() and bench.undo_stack.count() == count + 1


def test_not_known_yet_saves_no_day_and_a_bad_amount_is_refused_at_its_field(page, bench, thurrock, qtbot):
    dialog = form(bench, qtbot, FundingNoticeDialog)
    select_data(dialog.ui.organisation, thurrock["cvs"])
    select_data(dialog.ui.body, thurrock["council"])
    dialog.ui.amount.setText("ten thousand")
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.amount.styleSheet() == invalid_style()
    assert "£10,000" in dialog.error_text
    dialog.ui.amount.setText("10,000.50")
    dialog.accept()
    assert not dialog.isVisible()
    row = next(r for r in bench.read(funding.notice_rows) if r.organisation_id == thurrock["cvs"])
    assert (row.amount, row.outcome, row.outcome_on) == ("£10,000.50", None, None)


def test_the_consultation_form_says_how_the_length_is_counted_and_starts_at_exactly_the_standard(
        page, bench, qtbot, today):
    dialog = form(bench, qtbot, ConsultationDialog)
    # Opened today (Tuesday 24 November 2026): twelve weeks, both ends counted, close on a Monday.
    assert dialog.ui.closesOn.value() == dt.date(2027, 2, 15)
    assert dialog.ui.lengthHint.text() == "Open 12 weeks, meeting the 12-week standard"
    assert dialog.ui.countingRule.text() == (
        "Counted as people count it: both the opening and the closing day are included — 12 weeks from Tuesday "
        "24 November 2026 closes on Monday 15 February 2027.")
    dialog.ui.opensOn.set_value(dt.date(2026, 1, 5))
    dialog.ui.closesOn.set_value(dt.date(2026, 3, 29))
    assert dialog.ui.lengthHint.text() == "Open 12 weeks, meeting the 12-week standard"
    assert "12 weeks from Monday 5 January 2026 closes on Sunday 29 March 2026" in dialog.ui.countingRule.text()
    dialog.ui.closesOn.set_value(dt.date(2026, 3, 28))
    assert dialog.ui.lengthHint.text().startswith("Open 11 weeks 6 days — 1 day short of the 12-week standard")


def test_the_consultations_tab_says_the_rule_and_counts_the_length_both_ends(page, bench):
    council = next(org.id for org in bench.read(members.list_organisations) if org.sector.is_public)
    made = bench.perform("Add", consultations.add_consultation, "Monday to Sunday", council, dt.date(2026, 1, 5),
                         dt.date(2026, 3, 29))
    page.tabs.setCurrentIndex(CONSULTATIONS)
    tab = page.consultations_tab
    assert "counts both the opening and the closing day" in tab.intro.text()
    assert cell(tab, made.id, 4) == "12 weeks"


@pytest.mark.parametrize("kind", [FundingNoticeDialog, ConsultationDialog])
def test_both_forms_fit_an_old_laptops_screen(bench, qtbot, kind):
    dialog = form(bench, qtbot, kind)
    if kind is FundingNoticeDialog:  # at its tallest: every hint showing
        dialog.ui.effectiveOn.set_value(bench.today() + dt.timedelta(days=3))
        select_data(dialog.ui.outcome, FundingOutcome.REVERSED.value)
    problems = dialog_problems(dialog, kind.__name__)
    assert not problems, "\n".join(problems)
