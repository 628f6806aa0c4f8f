"""Column widths that follow the table's width: the main text column (the seat, the issue, the title)
stretches and always keeps a fair share. As the table narrows (at 1024×768, or at 125% or 150% scaling), in turn:
the other columns give some of their widths up together, down to most of their heading's width; the main column
gives up its share down to its floor; the columns kept whole (dates) give way too, and elide; and at the very
last the main column keeps its floor and the table scrolls sideways. Before this the main column shrank to a
sliver ("Cabinet mem…", "Funding…") while dates and statuses kept their widths."""

import datetime as dt
import math

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTableView

from compactdesk.domain.dates import uk_date

# The main column's share is the larger of these while there is room; its floor, the smaller, it always keeps.
MAIN_SHARE = 0.3  # of the table's width
MAIN_LEAST = 150  # pixels
NARROWEST = 48  # a column never shrinks below this, nor below most of its heading's width
HEADING_KEPT = 0.75  # of a heading's width; beyond that its words elide, as the cells' do


class ColumnShare(QObject):
    """Shares `table`'s width out between its `main` column and the columns of `widths` ({column: width}).

    `keep` names columns narrowed only when the main column would otherwise go below its floor (a date, read
    whole while there is any room). Columns in neither (those sized to their contents) are left as they are.
    Once the person drags a column, the widths are theirs."""

    def __init__(self, table: QTableView, main: int, widths: dict[int, int], keep: set[int] = frozenset()):
        super().__init__(table)
        self.table = table
        self.main = main
        self.wanted = {column: width for column, width in widths.items() if column != main}
        self.keep = set(keep)
        self.dragged = False
        self._fitting = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        for column in self.wanted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        self.fit()

    def want(self, column: int, width: int) -> None:
        """A new width for a column (a page that fits a column to what it has loaded says so here)."""
        self.wanted[column] = width
        self.fit()

    def fit(self) -> None:
        if self.dragged:
            return
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        room = width - sum(header.sectionSize(column) for column in range(header.count())
                           if column != self.main and column not in self.wanted and not header.isSectionHidden(column))
        shown = {column: wanted for column, wanted in self.wanted.items() if not header.isSectionHidden(column)}
        least = {column: self._least(column, wanted) for column, wanted in shown.items()}
        fair = max(int(width * MAIN_SHARE), MAIN_LEAST)  # the main column's share while there is room
        floor = min(int(width * MAIN_SHARE), MAIN_LEAST)  # what it keeps however narrow the table
        flexible = {column: wanted for column, wanted in shown.items() if column not in self.keep}
        kept = {column: wanted for column, wanted in shown.items() if column in self.keep}
        # The flexible columns give way first; then the main column gives up its share down to its floor, and
        # only then are the kept ones narrowed too (a date elides: better than an issue cut to nothing).
        sizes = {**kept, **squeezed(flexible, least, room - fair - sum(kept.values()))}
        if sum(sizes.values()) > room - fair:
            sizes.update(squeezed(kept, least, room - floor - sum(sizes[column] for column in flexible)))
        # Even with every column at its least the main one keeps its floor, and the table scrolls sideways.
        short = sum(sizes.values()) > room - floor
        self._fitting = True
        try:
            mode = QHeaderView.ResizeMode.Interactive if short else QHeaderView.ResizeMode.Stretch
            if header.sectionResizeMode(self.main) != mode:
                header.setSectionResizeMode(self.main, mode)
            if short:
                header.resizeSection(self.main, floor)
            for column, size in sizes.items():
                header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _least(self, column: int, wanted: int) -> int:
        """The narrowest the column gets: most of its heading (the rest elides, as the cells' words do)."""
        heading = self.table.horizontalHeader().sectionSizeFromContents(column).width()
        return min(wanted, max(NARROWEST, int(heading * HEADING_KEPT)))

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column == self.main or column not in self.wanted:
            return
        if QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.dragged = True  # the person's drag
        else:
            # The program's (View ▸ Text size widening a status column): the width it wants from now on.
            self.wanted[column] = new

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)


def squeezed(wanted: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """The widths once `wanted` is made to fit `room`: each column gives up the same part of what it can spare
    (its width above its least), none goes below its least; rounded so that they do fit."""
    over = sum(wanted.values()) - room
    if over <= 0:
        return dict(wanted)
    spare = sum(wanted[column] - least[column] for column in wanted)
    part = min(over / spare, 1.0) if spare else 1.0
    return {column: wanted[column] - math.ceil((wanted[column] - least[column]) * part) for column in wanted}


def contents_width(table: QTableView, column: int) -> int:
    """What resizeColumnToContents would make the column, without resizing it (which would read as a drag)."""
    return max(table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column))


def share_columns(table: QTableView, main: int, widths: dict[int, int], keep: set[int] = frozenset()) -> ColumnShare:
    """The table's ColumnShare, made on the first call and told the new widths on later ones."""
    share = table.findChild(ColumnShare)
    if share is None:
        return ColumnShare(table, main, widths, keep)
    share.wanted.update({column: width for column, width in widths.items() if column != main})
    share.keep |= set(keep)
    share.fit()
    return share


def date_width(table: QTableView, margin: int = 16) -> int:
    """Room for the widest date in the language in force and the cell's margins: in Welsh the longest month is
    July ("28 Gorffennaf 2026"), not September."""
    metrics = table.fontMetrics()
    return max(metrics.horizontalAdvance(uk_date(dt.date(2026, month, 28))) for month in range(1, 13)) + margin
