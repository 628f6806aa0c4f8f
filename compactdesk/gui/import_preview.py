"""The import window's preview: the file's rows as they will be read (the spreadsheet's row number, each field
read, what will happen to the row), how many of each, and every problem with its row number.

It shows an ImportPlan (services/importing.py) and writes nothing.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.import_fields import ImportField
from compactdesk.gui import colours
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key
from compactdesk.services.importing import ImportPlan, ImportResult, Outcome, PlannedRow

PREVIEW_ROWS = 500  # the preview's rows at most: enough to see the file is read right, quick for any file
# What each outcome looks like (colours.TONES); the words say it too.
OUTCOME_TONES = {Outcome.NEW: "good", Outcome.MATCHED: "info", Outcome.REFUSED: "urgent"}


def counts_text(plan: ImportPlan) -> str:
    """ "14 new, 2 already held, 1 refused" """
    translate = QCoreApplication.translate
    return translate("ImportPreview", "{new} new, {matched} already held, {refused} refused").format(
        new=plan.new, matched=plan.matched, refused=plan.refused)


def shown_rows(plan: ImportPlan) -> list[PlannedRow]:
    """The rows the preview lists: every row with something in it (blank rows read as nothing), the first few
    hundred of them."""
    return [row for row in plan.rows if row.outcome != Outcome.BLANK][:PREVIEW_ROWS]


def preview_columns(fields: Sequence[ImportField]) -> list[Column[PlannedRow]]:
    translate = QCoreApplication.translate

    def tone(row: PlannedRow) -> str | None:
        return "urgent" if row.outcome == Outcome.REFUSED else None

    columns: list[Column[PlannedRow]] = [
        Column(translate("ImportPreview", "Row"), lambda row: str(row.number), sort=lambda row: row.number,
               right=True, tone=tone)]
    # What becomes of the row next to its number, so it stays in view however many fields are read.
    columns.append(Column(translate("ImportPreview", "Will be"), lambda row: row.outcome.label(),
                          status=lambda row: OUTCOME_TONES.get(row.outcome), tooltip=lambda row: row.note))
    for field in fields:
        columns.append(Column(field.label, lambda row, key=field.key: row.shown.get(key, ""), tone=tone))
    columns.append(Column(translate("ImportPreview", "What happens"), lambda row: row.note, tone=tone))
    return columns


class Preview(QWidget):
    """The counts, the table of rows, and (under it, when there are any) the problems."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.model: RowModel[PlannedRow] = RowModel([], key=lambda row: row.number, parent=self)
        self.table: QTableView | None = None
        self.proxy = None
        self._fields: tuple[str, ...] | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.counts)
        self.more = QLabel()
        self.more.setObjectName("importMore")
        colours.tint(self.more, "quiet")
        self.more.hide()

    def show_plan(self, plan: ImportPlan, fields: Sequence[ImportField]) -> None:
        keys = tuple(field.key for field in fields)
        if keys != self._fields:
            self._make_table(fields)
        rows = shown_rows(plan)
        self.model.set_rows(rows)
        self._fit_columns(len(fields))
        self.counts.setText(counts_text(plan))
        # Set again at each plan, so it follows a change to a dark palette too.
        tone = "urgent" if plan.refused else "good" if plan.new or plan.matched else "quiet"  # nothing: not green
        self.counts.setStyleSheet(colours.style(tone, bold=True))
        listed = sum(1 for row in plan.rows if row.outcome != Outcome.BLANK)
        self.more.setVisible(listed > len(rows))
        self.more.setText(self.tr("The first {shown} of {listed} rows are shown; all of them will be imported.").format(
            shown=len(rows), listed=listed))

    def _make_table(self, fields: Sequence[ImportField]) -> None:
        """A new table when the fields read change: the columns of a RowModel are fixed once it is in a view."""
        self._fields = tuple(field.key for field in fields)
        if self.table is not None:
            self.layout_.removeWidget(self.table)
            self.table.deleteLater()
            self.proxy.deleteLater()
            self.model.deleteLater()
        self.model = RowModel(preview_columns(fields), key=lambda row: row.number, parent=self)
        self.table, self.proxy = make_table(self.model, self, "importPreview",
                                   accessible_name=self.tr("The rows as they will be imported"))
        self.table.setSortingEnabled(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the questions, as in the rest of the window
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(len(fields) + 2, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        self.table.setMinimumHeight(metrics.height() * 5)
        self.layout_.insertWidget(1, self.table, 1)
        self.layout_.insertWidget(2, self.more)
        self.table.show()  # at once, not at the next turn of the event loop

    def _fit_columns(self, fields: int) -> None:
        """Each field as wide as what it holds, within reason; the note takes what is left."""
        header = self.table.horizontalHeader()
        header.resizeSection(0, self.table.fontMetrics().horizontalAdvance("00000") + 12)
        widest = max(120, self.table.fontMetrics().averageCharWidth() * 28)
        for column in range(1, fields + 2):
            header.resizeSection(column, min(widest, max(self.table.sizeHintForColumn(column),
                                                         header.sectionSizeHint(column))))

    def select_row(self, number: int) -> None:
        if self.table is not None:
            select_key(self.table, number)


class ProblemList(QListWidget):
    """Every problem the plan found, the file's own first, each with its row; choosing one shows its row."""

    def __init__(self, preview: Preview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.setAccessibleName(self.tr("Problems found in the file"))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._preview = preview
        self.currentItemChanged.connect(self._go_to_row)

    def show_plan(self, plan: ImportPlan) -> None:
        self.clear()
        for problem in plan.problems:
            if problem.row is None:
                continue  # the file's own problems are said above the preview
            item = QListWidgetItem(problem.message, self)
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            item.setForeground(colours.text("urgent"))
            item.setToolTip(problem.message)
        self.setVisible(self.count() > 0)

    def wanted_height(self) -> int:
        """Room for every problem's lines (it scrolls when the window has not that much)."""
        rows = sum(max(self.sizeHintForRow(row), self.fontMetrics().height()) for row in range(self.count()))
        return rows + 2 * self.frameWidth() + 4

    def _go_to_row(self, item: QListWidgetItem | None, _previous=None) -> None:
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if number is not None:
            self._preview.select_row(number)


class ImportReport(QWidget):
    """The window's last page, once imported: what was added, what matched a record already held, what was refused."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("importDone")
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("importReport")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What was imported"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)

    def show_result(self, result: ImportResult, file_name: str) -> None:
        refused = len({problem.row for problem in result.refused})  # rows: one row may have several problems
        self.heading.setText(self.tr(
            "Imported from {file}: {imported} added, {matched} matched to records already held, {refused} refused. "
            "Edit ▸ Undo (Ctrl+Z) takes the whole import back.").format(
            file=file_name, imported=len(result.imported), matched=len(result.matched), refused=refused))
        lines: list[str] = []
        for heading, entries in ((self.tr("Added"), result.imported), (self.tr("Already held"), result.matched)):
            if entries:
                lines.append(heading)
                lines.extend(self.tr("Row {number}: {what}").format(number=number, what=what)
                             for number, what in entries)
                lines.append("")
        if result.refused:
            lines.append(self.tr("Refused"))
            lines.extend(problem.message for problem in result.refused)
        self.text.setPlainText("\n".join(lines).strip())
