"""Every table to a spreadsheet (issue 20): File ▸ Export this table to a spreadsheet and the tables' right-click
menu write what is shown (the columns in view, in their order, the rows the filters and search let through, in the
order shown), with dates and numbers as typed cells. Read back with openpyxl."""

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from compactdesk.domain.dates import uk_date
from compactdesk.gui import settings as keys
from compactdesk.gui.export_job import RunNow
from compactdesk.gui.pages.people import ORGANISATIONS, PEOPLE, SEATS
from compactdesk.gui.table_export import SheetOp, export_menu, shown_table
from compactdesk.gui.table_model import PagedModel
from compactdesk.services import meetings
from compactdesk.store import open_store
from test_fits_screen import dialog_problems


@pytest.fixture
def boxes(monkeypatch):
    """The messages shown (their QMessageBox), closed at once; `said` has the static ones' words."""
    class Shown(list):
        said: list[str]

    shown = Shown()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or int(QMessageBox.StandardButton.Close))
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _parent, title, text, *_a: said.append(
            f"{title}: {text}") or QMessageBox.StandardButton.Ok))
    shown.said = said
    return shown


@pytest.fixture
def saved(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; `asked` has what it was asked with."""
    asked: list[tuple] = []
    target = tmp_path / "out" / "table.xlsx"
    target.parent.mkdir()

    def answer(parent, title, start, kinds):
        asked.append((title, start, kinds))
        return str(answer.target), kinds

    answer.target = target
    answer.asked = asked
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return answer


@pytest.fixture
def exporting(window):
    window.export_pool = RunNow()
    window.show()
    return window


def _rows(path: Path) -> list[list]:
    return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]


def _as_shown(value) -> str:
    """A cell's value as the table shows it (dates UK style)."""
    if isinstance(value, dt.datetime):
        return uk_date(value.date()) if value.time() == dt.time() else f"{uk_date(value.date())}, {value:%H:%M}"
    return "" if value is None else str(value)


def _screen(table) -> tuple[list[str], list[list[str]]]:
    """The table's headings and cells as the person sees them: columns in view in their order, rows as shown."""
    header = table.horizontalHeader()
    model = table.model()
    order = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
    headings = [model.headerData(number, Qt.Orientation.Horizontal) for number in order]
    cells = [[model.index(row, number).data() or "" for number in order] for row in range(model.rowCount())]
    return headings, cells


def test_the_people_list_as_shown_hidden_column_moved_column_search_and_sort(exporting, saved, boxes, settings):
    window = exporting
    page = window.show_area("people")
    page.tabs.setCurrentIndex(PEOPLE)
    tab = page.current_tab()
    table = tab.table
    header = table.horizontalHeader()
    header.hideSection(5)  # Phone
    header.moveSection(header.visualIndex(4), 0)  # Email first
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    everyone = tab.proxy.rowCount()
    tab.search.setText("council")
    assert 0 < tab.proxy.rowCount() < everyone
    table.setFocus()
    window.table_export.action.trigger()

    headings, cells = _screen(table)
    assert headings[:2] == ["Email", "Name"] and "Phone" not in headings
    written = _rows(saved.target)
    assert written[0] == headings
    assert [[_as_shown(value) for value in row] for row in written[1:]] == cells
    names = [row[1] for row in written[1:]]
    assert names == sorted(names, key=str.casefold, reverse=True)
    # The save dialog offered the table's name and the day, in the folder last used; the folder chosen is kept.
    title, start, kinds = saved.asked[0]
    assert Path(start).name == "People 2026-11-24.xlsx" and "xlsx" in kinds
    assert settings.get(keys.EXPORT_FOLDER) == str(saved.target.parent)
    box = boxes[0]
    assert box.text() == f"{len(cells)} rows written to {saved.target}"
    assert {button.text() for button in box.buttons()} >= {"&Open", "Open &folder", "Close"}


def test_organisations_and_seats_give_counts_and_dates_as_typed_cells(exporting, saved, boxes):
    page = exporting.show_area("people")
    page.tabs.setCurrentIndex(ORGANISATIONS)
    exporting.table_export.export_current()
    orgs = _rows(saved.target)
    people = orgs[0].index("People")
    assert all(isinstance(row[people], int) for row in orgs[1:]) and len(orgs) > 2

    page.tabs.setCurrentIndex(SEATS)
    saved.target = saved.target.with_name("seats.xlsx")
    exporting.table_export.export_current()
    seats = _rows(saved.target)
    start = seats[0].index("Term from")
    assert any(isinstance(row[start], dt.datetime) for row in seats[1:])
    assert all(row[start] is None or isinstance(row[start], dt.datetime) for row in seats[1:])
    assert Path(saved.asked[-1][1]).name == "Seats 2026-11-24.xlsx"


def test_feedback_owed_from_the_paged_table_in_the_order_and_filter_shown(exporting, saved, boxes, today):
    window = exporting
    page = window.show_area("feedback")
    assert isinstance(page.table.model(), PagedModel)
    page.state.setCurrentIndex(page.state.findData("all"))
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # raised, newest first
    page.table.horizontalHeader().hideSection(2)  # Department
    window.table_export.export_current()
    written = _rows(saved.target)
    assert written[0] == ["Issue", "Owed by", "Raised", "Due", "Outstanding", "Where it stands"]
    shown = [page.model.row(number) for number in range(page.model.rowCount())]
    assert [row[0] for row in written[1:]] == [row.issue for row in shown]
    assert [row[2] for row in written[1:]] == [dt.datetime.combine(row.raised_on, dt.time()) for row in shown]
    assert [row[4] for row in written[1:]] == [row.days_outstanding for row in shown]
    assert all(isinstance(row[4], int) for row in written[1:])
    assert Path(saved.asked[0][1]).name == "Feedback owed 2026-11-24.xlsx"

    # Narrowed by the search: only what is shown.
    page.search.setText(shown[0].issue.split()[0])
    page.search_timer.timeout.emit()
    saved.target = saved.target.with_name("searched.xlsx")
    window.table_export.export_current()
    searched = _rows(saved.target)
    assert len(searched) - 1 == page.model.rowCount() < len(written) - 1
    assert [row[0] for row in searched[1:]] == [page.model.row(n).issue for n in range(page.model.rowCount())]


def test_the_action_plan_gives_deadlines_as_dates(exporting, saved, boxes):
    page = exporting.show_area("actions")
    exporting.table_export.export_current()
    written = _rows(saved.target)
    deadline = written[0].index("Deadline")
    assert len(written) - 1 == page.table.model().rowCount() > 0
    assert all(row[deadline] is None or isinstance(row[deadline], dt.datetime) for row in written[1:])
    assert any(isinstance(row[deadline], dt.datetime) for row in written[1:])


def test_the_attendance_list_from_its_right_click_menu(exporting, saved, boxes):
    window = exporting
    page = window.show_area("meetings")
    meeting = next(r for r in window.bench.read(meetings.meeting_rows, window.bench.today()) if not r.upcoming)
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    table = page.view.attendance.table
    menu = export_menu(table)
    assert [action.text() for action in menu.actions()] == ["Export to a &spreadsheet…"]
    menu.actions()[0].trigger()
    written = _rows(saved.target)
    headings, cells = _screen(table)
    assert written[0] == headings == ["Name", "Organisation", "Seat", "Attendance"]
    assert [[_as_shown(value) for value in row] for row in written[1:]] == cells and cells
    assert Path(saved.asked[0][1]).name == "Attendance 2026-11-24.xlsx"
    # The file menu finds the same table while the attendance tab is in view and the table has the focus.
    table.setFocus()
    assert window.table_export.table_in_view() is table


def test_every_page_with_a_table_exports_it(exporting, saved, boxes):
    """Each area with a table: the file menu's action finds one, and the file has its headings and rows."""
    window = exporting
    exported = set()
    for area in window.area_names():
        window.show_area(area)
        table = window.table_export.table_in_view()
        if area == "dashboard":
            assert table is None
            continue
        if table is None:
            continue
        saved.target = saved.target.with_name(f"{area}.xlsx")
        window.table_export.export_current()
        headings, cells = _screen(table)
        written = _rows(saved.target)
        assert written[0] == headings, area
        assert len(written) - 1 == len(cells), area
        exported.add(area)
    assert {"feedback", "actions", "people", "meetings", "disputes", "standards", "signup", "compact"} <= exported


def test_ctrl_shift_t_exports_the_table_with_the_focus_and_is_no_other_actions_key(exporting, saved, boxes, qtbot):
    window = exporting
    key = QKeySequence("Ctrl+Shift+T")
    assert window.table_export.action.shortcut() == key
    assert [action for action in window.findChildren(QAction) if key in action.shortcuts()] == \
        [window.table_export.action]
    file_menu = window.menuBar().actions()[0].menu()
    assert window.table_export.action in file_menu.actions()
    page = window.show_area("disputes")
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    written = _rows(saved.target)
    assert written[0] == _screen(page.table)[0] and Path(saved.asked[0][1]).name == "Disputes 2026-11-24.xlsx"
    raised = written[0].index("Raised")
    days = written[0].index("Days open")
    assert all(isinstance(row[raised], dt.datetime) and isinstance(row[days], int) for row in written[1:])


def test_a_page_with_no_table_says_so(exporting, saved, boxes):
    exporting.show_area("dashboard")
    assert exporting.table_export.export_current() is None
    assert boxes.said and boxes.said[0].startswith("No table to export: There is no table on this page")
    assert not saved.asked


def test_a_file_open_in_excel_is_refused_with_what_to_do(exporting, saved, boxes):
    saved.target.write_bytes(b"old")
    (saved.target.parent / f"~${saved.target.name}").write_bytes(b"")
    exporting.show_area("disputes")
    op = exporting.table_export.export_current()
    assert op.outcome == "refused"
    assert "is open in Excel or LibreOffice. Close it there and export again" in boxes.said[0]
    assert saved.target.read_bytes() == b"old"


def test_cancel_writes_nothing(exporting, saved, boxes, tmp_path):
    page = exporting.show_area("disputes")
    op = SheetOp(shown_table(page.table), tmp_path / "never.xlsx", exporting, RunNow())
    op.cancel()
    op.start()
    assert op.outcome == "cancelled" and not (tmp_path / "never.xlsx").exists()


def test_the_written_message_opens_the_file_or_its_folder_and_fits_the_screen(exporting, saved, monkeypatch,
                                                                               tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    page = exporting.show_area("disputes")
    op = SheetOp(shown_table(page.table), tmp_path / "d.xlsx", exporting, RunNow())
    box = op.written_box(tmp_path / "d.xlsx", 3)
    assert dialog_problems(box, "the spreadsheet's message") == []
    box.deleteLater()

    def click(which):
        def run(box):
            getattr(op, which).click()
            return 0
        return run

    monkeypatch.setattr(QMessageBox, "exec", click("open_file"))
    op.start()
    monkeypatch.setattr(QMessageBox, "exec", click("open_folder"))
    SheetOp(shown_table(page.table), tmp_path / "d.xlsx", exporting, RunNow()).start()
    assert opened[0] == str(tmp_path / "d.xlsx")


# -- ten years of feedback -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ten_years(bench_script, tmp_path_factory):
    tenyear = bench_script("tenyear")
    return tenyear.make_ten_year_store(tmp_path_factory.mktemp("ten") / "ten-year.cdstore"), tenyear.TODAY


def test_twenty_thousand_feedback_items_in_a_few_seconds(ten_years, qtbot, tmp_path, saved, boxes):
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import Settings

    master, today = ten_years
    path = tmp_path / "ten.cdstore"
    shutil.copyfile(master, path)
    window = MainWindow(open_store(path, daily_backup=False), today=lambda: today,
                        settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.export_pool = RunNow()
    window.resize(1280, 800)
    window.show()
    page = window.show_area("feedback")
    page.state.setCurrentIndex(page.state.findData("all"))
    assert page.model.rowCount() == 20_000 and page.model.loaded <= 2 * PagedModel.PAGE
    started = time.perf_counter()
    op = window.table_export.export_current()
    took = time.perf_counter() - started
    assert op.outcome == "done" and op.count == 20_000
    assert took < 10, f"{took:.1f} s"  # about 2 s on the development machine
    assert page.model.loaded <= 2 * PagedModel.PAGE  # read in parts, not kept by the table
    written = load_workbook(saved.target, read_only=True).active
    first, second = list(written.iter_rows(min_row=2, max_row=3, values_only=True))
    assert isinstance(first[3], dt.datetime) and isinstance(first[5], int)
    assert first[0] == page.model.row(0).issue and second[0] == page.model.row(1).issue
    window.store.close()


def test_a_spreadsheet_being_written_is_the_windows_one_export(window, saved, boxes):
    """While the worker reads the table's rows, the group's file must stay open and as it is: the export is the
    window's one export, so another export, opening another group or closing waits for it."""
    class Held:  # a worker pool that has not got round to the work yet
        def __init__(self):
            self.waiting = []

        def start(self, work):
            self.waiting.append(work)

    pool = window.export_pool = Held()
    window.show()
    page = window.show_area("actions")
    op = window.table_export.export(page.table)
    assert op is not None and op.running and window.export_job is op
    assert window.busy_exporting() and "Something is being exported" in boxes.said[-1]
    assert window.table_export.export(page.table) is None  # one at a time
    pool.waiting[0].run()
    QApplication.processEvents()
    assert not op.running and saved.target.is_file()
