"""A double-click on a row opens its record once, on every table that opens records (issue 15).

Qt sends `activated` as well as `doubleClicked` for a double-click; a table wired to both opened
the meeting (or agenda item, or paper) twice. Every page now makes its tables with
tables.make_table(opens=...), which connects one of them.
"""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QTableView

from compactdesk.gui.dialogs.meeting import AgendaItemDialog, MeetingDialog
from compactdesk.gui.pages.meetings import MeetingsPage
from compactdesk.gui.tables import select_key


def _double_click(qtbot, table: QTableView, row: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    point = rect.center() if rect.isValid() else QPoint(5, 5)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _counting(monkeypatch, dialog_type) -> list:
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_type, "exec", exec_)
    return opened


def _page(bench, qtbot) -> MeetingsPage:
    page = MeetingsPage(bench)
    qtbot.addWidget(page)
    page.refresh()
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_double_click_on_a_meeting_opens_one_dialog(bench, qtbot, monkeypatch):
    opened = _counting(monkeypatch, MeetingDialog)
    page = _page(bench, qtbot)
    assert page.table.model().rowCount() > 0
    _double_click(qtbot, page.table)
    assert len(opened) == 1


def test_enter_on_a_meeting_opens_one_dialog(bench, qtbot, monkeypatch):
    opened = _counting(monkeypatch, MeetingDialog)
    page = _page(bench, qtbot)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_a_double_click_on_an_agenda_item_opens_one_dialog(bench, qtbot, monkeypatch):
    opened = _counting(monkeypatch, AgendaItemDialog)
    page = _page(bench, qtbot)
    agenda = page.view.agenda
    for row in page.model.rows():
        select_key(page.table, row.meeting_id)
        if agenda.table.model().rowCount():
            _double_click(qtbot, agenda.table)
            assert len(opened) == 1
            return
    raise AssertionError("the demo store has no agenda item to double-click")


def test_a_double_click_on_a_paper_saves_it_once(bench, qtbot, monkeypatch):
    page = _page(bench, qtbot)
    papers = page.view.agenda.papers
    asked = []
    monkeypatch.setattr(papers, "choose_save_path", lambda name: asked.append(name) or "")
    for row in page.model.rows():
        select_key(page.table, row.meeting_id)
        agenda = page.view.agenda
        for number in range(agenda.table.model().rowCount()):
            agenda.table.selectRow(number)
            if papers.table.model().rowCount():
                _double_click(qtbot, papers.table)
                assert len(asked) == 1
                return
    raise AssertionError("the demo store has no agenda paper to double-click")
