"""The set-up assistant's seats page: a grid of seats and their members, typed, pasted from a spreadsheet (Ctrl+V of
the cells copied) or imported from a file in one go."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.gui.import_menu import SPREADSHEET_FILTER
from compactdesk.gui.setup_pages import SetupPage, note
from compactdesk.i18n import translate
from compactdesk.services.setup import SeatLine

COLUMNS = ("seat", "sector", "member", "organisation", "email", "start_on")
# A service's field (services/seats.py, members.py) -> the grid's column it is about.
_FIELD_COLUMNS = {"title": 0, "sector": 1, "fill": 1, "name": 2, "person": 2, "organisation": 3, "email": 4,
                  "start_on": 5, "end_on": 5}
BLANK_ROWS = 4


class _SectorDelegate(QStyledItemDelegate):
    """The sector cell offers the sectors; anything typed is read as one when the seats are written."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems([sector.label() for sector in Sector])
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt's name
        model.setData(index, editor.currentText())


class SeatGrid(QTableWidget):
    """Ctrl+V puts tab-separated cells (as a spreadsheet copies them) from the current cell on, adding rows."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste) and self.state() != QAbstractItemView.State.EditingState:
            self.paste(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> None:
        rows = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while rows and not any(cell.strip() for cell in rows[-1]):
            rows.pop()
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        if top + len(rows) > self.rowCount():
            self.setRowCount(top + len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells[:self.columnCount() - left]):
                self.setItem(top + r, left + c, QTableWidgetItem(" ".join(cell.split())))


class SeatsPage(SetupPage):
    def __init__(self, bench):
        super().__init__(self.tr("Seats and their members"), self.tr(
            "One row a seat: who holds it, their organisation and email, and when their term started (today if "
            "left empty). A row with no seat's title is named after the organisation. Leave it empty to add "
            "seats later on People & seats."))
        self.bench = bench
        self.grid = SeatGrid(BLANK_ROWS, len(COLUMNS))
        self.grid.setAccessibleName(self.tr("Seats and their members"))
        self.grid.setHorizontalHeaderLabels([self.tr("Seat"), self.tr("Sector"), self.tr("Member"),
                                             self.tr("Organisation"), self.tr("Email"), self.tr("Term starts")])
        self.grid.setItemDelegateForColumn(1, _SectorDelegate(self.grid))
        # Every column within the page's width, whatever the screen: a long email is cut short with "…" rather than
        # the term's start pushed out of sight; the person can still widen a column.
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        metrics = self.grid.fontMetrics()
        for column, widest in ((1, "Fire and rescue"), (5, "30 September 2027")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.grid.setColumnWidth(column, metrics.horizontalAdvance(widest) + 16)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 10)
        self.grid.setMinimumHeight(self.grid.fontMetrics().height() * 9)
        self.grid.setTabKeyNavigation(True)
        self.import_button = QPushButton(self.tr("&Import from a spreadsheet…"))
        self.import_button.setToolTip(self.tr("Fills the grid from an Excel, LibreOffice or CSV file of seats and "
                                              "their members, or of people (one seat each)"))
        self.import_button.clicked.connect(self.choose_file)
        add = QPushButton(self.tr("Add a &row"))
        add.clicked.connect(lambda: self.grid.setRowCount(self.grid.rowCount() + 1))
        remove = QPushButton(self.tr("Re&move rows"))
        remove.setToolTip(self.tr("Removes the rows of the cells selected"))
        remove.clicked.connect(self.remove_rows)
        for button in (self.import_button, add, remove):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        self.problems = note()
        self.problems.setObjectName("importProblems")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        body = self.body()
        body.addLayout(row)
        body.addWidget(self.grid, 1)
        body.addWidget(note(self.tr("Copy cells in Excel or LibreOffice and press Ctrl+V here to paste them.")))
        body.addWidget(self.problems)
        self.fields = {"seats": self.grid}
        # Organisations' names written nearly like ones held that the person is to have as new ones: those of a
        # file left as they were (its notes said so), and those the assistant asked about at Finish.
        self.new_organisations: set[str] = set()

    def remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.grid.selectedIndexes()} or {self.grid.currentRow()},
                      reverse=True)
        for row in rows:
            if row >= 0:
                self.grid.removeRow(row)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import seats and members from a spreadsheet"), "",
                                              translate("ImportDialog", SPREADSHEET_FILTER))
        if name:
            self.import_file(name)

    def import_file(self, path: str) -> bool:
        from compactdesk.services.setup_sheet import seat_lines_from_file

        try:
            found = self.bench.read(seat_lines_from_file, path, today=self.bench.today())
        except ValidationError as error:
            self.show_problems([error.message])
            return False
        self.set_lines(list(found.lines))
        self.new_organisations |= found.new_organisations
        if not found.left_out and not found.notes:
            self.problems.hide()
            return True
        said = [translate("SeatsPage", "%n row(s) of {file} put in the grid.", None, len(found.lines)).format(
            file=found.file_name)]
        if found.left_out:
            said += ["", self.tr("Left out, to put right in the file and import again or to type in:"),
                     *found.left_out]
        if found.notes:
            said += ["", self.tr("To check in the rows put in:"), *found.notes]
        self.show_problems(said)
        return True

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.show()

    def set_lines(self, lines: list[SeatLine]) -> None:
        """Fills the grid from `lines`, after the rows already typed (empty rows are used first)."""
        kept = [line for line in self.lines() if not line.is_blank()]
        everything = kept + lines
        self.grid.setRowCount(max(len(everything) + 1, BLANK_ROWS))
        self.grid.clearContents()
        for row, line in enumerate(everything):
            for column, key in enumerate(COLUMNS):
                value = getattr(line, key)
                if key == "sector" and isinstance(value, Sector):
                    value = value.label()
                elif hasattr(value, "strftime"):
                    value = uk_date(value)
                self.grid.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def lines(self) -> list[SeatLine]:
        """Every row of the grid, blank ones too, so a problem's row number is the grid's."""
        def cell(row: int, column: int) -> str:
            item = self.grid.item(row, column)
            return item.text() if item is not None else ""

        return [SeatLine(**{key: cell(row, column) for column, key in enumerate(COLUMNS)})
                for row in range(self.grid.rowCount())]

    def show_problem(self, message: str, field: str) -> None:
        """`field`: "seats.<row>.<field>" from services/setup.py: the cell is chosen, the message shown above."""
        _, row, part = (field.split(".") + ["", ""])[:3]
        super().show_problem(message, "seats")
        if row.isdigit():
            self.grid.setCurrentCell(int(row), _FIELD_COLUMNS.get(part, 0))
