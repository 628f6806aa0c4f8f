"""File ▸ Export this table to a spreadsheet, and "Export to a spreadsheet…" on every table's right-click menu.

What is written is what is shown: the columns in view, in the order the person put them, under their headings; the
rows the filters and the search let through, in the order shown. Dates and numbers go in as dates and numbers (each
column's `value`, see table_model.Column), the rest as the words on screen. A big table (ten years of feedback) is
read in parts and written off the GUI thread, with a progress window and Cancel (gui/ops.py); the writing itself is
services/sheet_out.py.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QTableView, QWidget

from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.ops import Op
from compactdesk.gui.table_model import Column, PagedModel, RowFilter, sheet_value
from compactdesk.i18n import translate

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow

CHUNK = 1000  # rows read from the group's file at a time, for a table that loads only what is on screen


@dataclass
class ShownTable:
    """A table as the person sees it, taken on the GUI thread; `rows` reads the rows (on any thread)."""

    title: str
    headings: list[str]
    columns: list[Column]
    rows: Callable[[Callable[[int, int], None]], list[Any]]


def exportable(table: QWidget | None) -> bool:
    return isinstance(table, QTableView) and isinstance(table.model(), (RowFilter, PagedModel))


def shown_columns(table: QTableView) -> list[int]:
    """The columns in view (hidden ones left out), as the header orders them on screen."""
    header = table.horizontalHeader()
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [number for number in logical if number >= 0 and not header.isSectionHidden(number)]


def page_of(widget: QWidget) -> QWidget | None:
    from compactdesk.gui.pages.base import Page

    while widget is not None and not isinstance(widget, Page):
        widget = widget.parentWidget()
    return widget


def table_title(table: QTableView) -> str:
    """What the table is called: its page's title when it is the page's own table ("Feedback owed"), else its
    name as a screen reader says it ("Seats", "Attendance")."""
    page = page_of(table)
    if page is not None and getattr(page, "table", None) is table and not hasattr(page, "current_tab"):
        return page.title()
    return table.accessibleName() or (page.title() if page is not None else "") or \
        translate("TableExport", "Table")


def shown_table(table: QTableView) -> ShownTable:
    """The table as shown now, ready to be read and written off the GUI thread."""
    model = table.model()
    numbers = shown_columns(table)
    columns = [model.columns[number] if isinstance(model, PagedModel) else model.sourceModel().columns[number]
               for number in numbers]
    headings = [str(model.headerData(number, Qt.Orientation.Horizontal) or "") for number in numbers]
    if isinstance(model, PagedModel):
        ids = model.ids()
        return ShownTable(table_title(table), headings, columns, lambda said: _paged_rows(model, ids, said))
    source = model.sourceModel()
    rows = [source.row(model.mapToSource(model.index(number, 0)).row()) for number in range(model.rowCount())]
    return ShownTable(table_title(table), headings, columns, lambda said: rows)


def _paged_rows(model: PagedModel, ids: Sequence[int], said: Callable[[int, int], None]) -> list[Any]:
    """The rows of `ids`, in their order, read CHUNK at a time; an id gone from the group's file meanwhile is left
    out."""
    rows: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        wanted = list(ids[start:start + CHUNK])
        found = {model.key(row): row for row in model.fetch(wanted)}
        if wanted and not found:
            # The page reads quietly while it paints (a problem is in the banner), so nothing at all is a failure.
            raise ValidationError(translate(
                "TableExport", "The group's file could not be read, so the spreadsheet was not written. See the "
                               "message at the top of the window, then try again."))
        rows.extend(found[ident] for ident in wanted if ident in found)
        said(min(start + CHUNK, len(ids)), len(ids))
    return rows


def write_shown(shown: ShownTable, path: Path, progress: Callable[[int, int, str], None]) -> tuple[Path, int]:
    """Reads the shown rows and writes them to `path` (on the worker thread); returns where it went (".xlsx" may
    have been added) and how many rows."""
    from compactdesk.services.sheet_out import write_sheet

    reading = translate("TableExport", "Reading the rows: {done:,} of {total:,}")
    writing = translate("TableExport", "Writing the spreadsheet: {done:,} of {total:,} rows")
    rows = shown.rows(lambda done, total: progress(done, 2 * total, reading.format(done=done, total=total)))
    values = [[sheet_value(column, row) for column in shown.columns] for row in rows]
    progress(len(values), 2 * len(values) + 1, writing.format(done=0, total=len(values)))
    written = write_sheet(path, shown.title, shown.headings, values, lambda done, total: progress(
        total + done, 2 * total + 1, writing.format(done=done, total=total)))
    return written, len(values)


class SheetOp(Op):
    """One table written as a spreadsheet; when done, says where, with buttons to open the file or its folder."""

    def __init__(self, shown: ShownTable, path: Path, parent: QWidget, pool=None):
        super().__init__(lambda progress: write_shown(shown, path, progress),
                         self.tr("Exporting “{table}” to a spreadsheet").format(table=shown.title), parent, pool)
        self.path = path
        self.count = 0
        self.box: QMessageBox | None = None

    def first_words(self) -> str:
        return self.tr("Reading the rows")

    def not_done(self) -> str:
        return self.tr("The spreadsheet was not written")

    def stopped_message(self) -> str:
        return self.tr("The export was stopped; no spreadsheet was written.")

    def unexpected_message(self, log: Path) -> str:
        return self.tr(
            "Something went wrong that CompactDesk did not expect, so the spreadsheet was not written. The group's "
            "file was not changed: every record is as it was.\n\nDetails are in {log}. Please send that file with "
            "a note of the table you were exporting.").format(log=log)

    def written_box(self, path: Path, count: int) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Spreadsheet written"), translate(
            "SheetOp", "%n row(s) written to {path}", None, count).format(path=path),
            QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(self.tr("Open it in Excel or LibreOffice Calc: the dates are dates and the numbers "
                                       "numbers, ready to sort, filter and add up."))
        self.open_file = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        return box

    def succeeded(self, result: tuple[Path, int]) -> None:
        written, self.count = result
        self.path = written
        self.message = translate("SheetOp", "%n row(s) written to {path}", None, self.count).format(path=written)
        self.status.emit(self.message)
        box = self.box = self.written_box(written, self.count)
        box.exec()
        clicked = box.clickedButton()
        if clicked is self.open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        elif clicked is self.open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))
        box.deleteLater()
        self.box = None


class TableExport(QObject):
    """The window's way to take the table in view into a spreadsheet."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.action = window.make_action(self.tr("Export this &table to a spreadsheet…"), self.export_current,
                                         QKeySequence("Ctrl+Shift+T"), "mdi6.table-arrow-right")
        self.action.setToolTip(self.tr("Save the table you are in as an Excel spreadsheet, as it is shown: its "
                                       "columns, its order, and only the rows the filters and search let through "
                                       "(Ctrl+Shift+T)"))
        self.op: SheetOp | None = None  # the last export, for tests and for a look at its message

    def table_in_view(self) -> QTableView | None:
        """The table the person is in (it has the focus), else the main table of the page or tab in view."""
        widget = QApplication.focusWidget()
        while widget is not None and widget.window() is self.window:
            if exportable(widget):
                return widget
            widget = widget.parentWidget()
        if self.window.bench.store is None:
            return None
        page = self.window.current_page()
        tab = page.current_tab() if hasattr(page, "current_tab") else None
        for table in (getattr(tab, "table", None), getattr(page, "table", None)):
            if exportable(table) and table.isVisibleTo(page):
                return table
        shown = [table for table in page.findChildren(QTableView) if exportable(table) and table.isVisibleTo(page)]
        return max(shown, key=lambda table: table.width() * table.height(), default=None)

    def export_current(self) -> SheetOp | None:
        table = self.table_in_view()
        if table is None:
            QMessageBox.information(self.window, self.tr("No table to export"), self.tr(
                "There is no table on this page to export. Go to a page with a list (the action plan, feedback owed, "
                "people and seats…), click in its table, then choose File ▸ Export this table to a spreadsheet."))
            return None
        return self.export(table)

    def default_name(self, title: str) -> str:
        from compactdesk.documents.files import safe_name

        return f"{safe_name(title)} {self.window.bench.today():%Y-%m-%d}.xlsx"

    def choose_path(self, title: str) -> Path | None:
        """Asks where to save, starting in the folder last used; remembers the folder chosen."""
        settings = self.window.settings
        folder = Path(settings.get(keys.EXPORT_FOLDER) or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export “{table}” to a spreadsheet").format(table=title),
            str(folder / self.default_name(title)), self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        settings.set(keys.EXPORT_FOLDER, str(path.parent))
        return path

    def export(self, table: QTableView, path: Path | None = None) -> SheetOp | None:
        """Writes `table` as shown to `path` (asked for when not given); the op, once started."""
        if not exportable(table) or self.window.busy_exporting():
            return None
        shown = shown_table(table)
        path = path if path is not None else self.choose_path(shown.title)
        if path is None:
            return None
        op = self.op = SheetOp(shown, path, self.window, getattr(self.window, "export_pool", None))
        op.status.connect(lambda text: self.window.statusBar().showMessage(text, 10000))
        # The window's one export: the group's file stays open and as it is (no other opened, nothing restored)
        # while the worker reads its rows, and closing the window stops it first.
        self.window.export_job = op
        return op.start()


def export_menu(table: QTableView) -> QMenu | None:
    """The table's right-click menu: "Export to a spreadsheet…", when the table is in a window that exports."""
    exporter = getattr(table.window(), "table_export", None)
    if not isinstance(exporter, TableExport) or not exportable(table):
        return None
    menu = QMenu(table)
    action = menu.addAction(translate("TableExport", "Export to a &spreadsheet…"))
    action.triggered.connect(lambda: exporter.export(table))
    return menu


def offer_export(table: QTableView) -> None:
    """Gives the table its right-click menu (tables.make_table calls this for every table)."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(point: QPoint) -> None:
        menu = export_menu(table)
        if menu is not None:
            menu.exec(table.viewport().mapToGlobal(point))
            menu.deleteLater()

    table.customContextMenuRequested.connect(show_menu)

