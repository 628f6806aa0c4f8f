"""Column widths that follow the table's width: the main text column (the seat, the issue, the title)
stretches and always keeps a fair share; the other columns keep the widths they were given while there is
room, and give some up together when there is not (at 1024×768, or at 125% or 150% scaling), down to most of
their heading's width. Before this the other columns kept their widths, the main one shrank to a sliver
("Cabinet mem…", "Funding…") and the table scrolled sideways."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTableView

MAIN_SHARE = 0.3  # of the table's width, that the main column keeps at least
MAIN_LEAST = 150  # pixels, likewise
NARROWEST = 48  # a column never shrinks below this, nor below most of its heading's width
HEADING_KEPT = 0.75  # of a heading's width; beyond that its words elide, as the cells' do


class ColumnShare(QObject):
    """Shares `table`'s width out between its `main` column and the columns of `widths` ({column: width}).

    `keep` names columns never made narrower than asked (a date, read whole). Columns in neither (those sized
    to their contents) are left as they are. Once the person drags a column, the widths are theirs."""

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
        shown = {column: width for column, width in self.wanted.items() if not header.isSectionHidden(column)}
        width = self.table.viewport().width()
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column != self.main and column not in self.wanted and not header.isSectionHidden(column))
        room = width - others - max(int(width * MAIN_SHARE), MAIN_LEAST)
        flexible = sum(w for column, w in shown.items() if column not in self.keep)
        kept = sum(w for column, w in shown.items() if column in self.keep)
        scale = 1.0 if kept + flexible <= room or flexible == 0 else max(room - kept, 0) / flexible
        self._fitting = True
        try:
            for column, wanted in shown.items():
                if column in self.keep or scale >= 1.0:
                    header.resizeSection(column, wanted)
                else:
                    heading = header.sectionSizeFromContents(column).width()
                    least = min(wanted, max(NARROWEST, int(heading * HEADING_KEPT)))
                    header.resizeSection(column, max(least, int(wanted * scale)))
        finally:
            self._fitting = False

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
