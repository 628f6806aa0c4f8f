"""Pieces the meeting tabs share: what makes a tab of one meeting (MeetingTab), a plain
table, selection by record id, file sizes, and the list of actions and feedback a meeting shows."""

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.gui.colours import status_tone
from compactdesk.gui.pages.columns import share_columns
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.services.meeting_records import RecordRow

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper
    from compactdesk.gui.workbench import Workbench
    from compactdesk.services.meeting_rows import MeetingRow


def paper(name: str) -> "Paper":
    """The paper of that name. The papers' machinery (PDF, Word: a third of a second to load)
    loads on the first export, not with the page."""
    from compactdesk.documents.export import Paper

    return Paper[name]


def fit_columns(table: QTableView, stretch: int, fixed: dict[int, int] | None = None,
                widest: dict[int, Iterable[str]] | None = None) -> None:
    """One column takes the spare room; the rest fit their text, or keep a set width (then elide).

    A column given in `widest` is as wide as the widest of those texts (every text it can
    show: the dates of all twelve months, say): fitting it to its rows instead would read
    every row of a long list, a few hundred milliseconds for the matters arising of ten years."""
    header = table.horizontalHeader()
    widths = {}
    for column in range(header.count()):
        width = (fixed or {}).get(column)
        if column in (widest or {}):
            metrics = table.fontMetrics()
            padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
            width = max([metrics.horizontalAdvance(text) + padding for text in widest[column]]
                        + [header.sectionSizeFromContents(column).width()])
        if column == stretch:
            continue
        if width is not None:
            widths[column] = width
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # The set widths give way together on a narrow screen; the texts of `widest` (dates, kinds) are read whole.
    share_columns(table, stretch, widths, keep=set(widest or {}))


def every_date(with_time: bool = False) -> list[str]:
    """A long day in each month as uk_date writes it (with a time, as the meetings list does):
    the widest a date column can need, whatever the language's month names."""
    days = [dt.date(2026, month, 28) for month in range(1, 13)]
    return [f"{uk_date(day)}, 18:30" if with_time else uk_date(day) for day in days]


def size_text(size: int) -> str:
    """A file size as people read it: "850 bytes", "12 KB", "3.4 MB"."""
    if size < 1024:
        return QCoreApplication.translate("Meetings", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("Meetings", "{n} KB").format(n=round(size / 1024))
    return QCoreApplication.translate("Meetings", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


class MeetingTab(QWidget):
    """A tab of one meeting (agenda, attendance, minutes, matters arising). It is given the
    meeting to show, and reads it from the store in refresh, which each tab writes: only the
    tab in view reads; the others are left stale and read when shown (MeetingView)."""

    def __init__(self, bench: "Workbench", parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.meeting: MeetingRow | None = None
        self.stale = True  # the meeting shown has not been read yet (the tab is read when in view)
        self._loaded_for: int | None = None  # the meeting last read

    def set_meeting(self, meeting: "MeetingRow | None", load: bool = True) -> None:
        """Shows `meeting`; read from the store now, or (load=False) when next refreshed."""
        self.meeting = meeting
        self.stale = True
        if load:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _begin_reading(self, keep: bool | None = None) -> bool:
        """For refresh: the meeting shown is being read (no longer stale). Returns whether what is
        chosen stays chosen: `keep` if given, else whether it is the meeting last read."""
        meeting_id = self.meeting.meeting_id if self.meeting else None
        same = meeting_id == self._loaded_for
        self._loaded_for, self.stale = meeting_id, False
        return same if keep is None else keep


class RecordList(QWidget):
    """Actions and feedback items, read-only; Enter or a double-click opens one in its own area."""

    open_record = Signal(str, int)

    def __init__(self, name: str, parent: QWidget | None = None, *, show_raised: bool = True,
                 accessible_name: str = ""):
        super().__init__(parent)
        self.model = RowModel(self._columns(), key=lambda row: row.record_id * 2 + (row.area == "feedback"),
                              parent=self)
        self.proxy = RowFilter(self.model, self)
        self.table, _ = make_table(self.model, self, name, self.proxy,
                                   opens=lambda: self._open(self.table.currentIndex()),
                                   accessible_name=accessible_name)
        self.table.setToolTip(self.tr("Double-click or press Enter to open it"))
        self.empty = EmptyState(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        # Dates fit their text; names have a set width (long ones elide, the tooltip has them), so
        # "What" keeps the room.
        fit_columns(self.table, 1, {0: 105, 2: 150, 5: 120},
                    widest={3: every_date(), 4: [*every_date(), self.tr("No deadline")]})
        self.table.setColumnHidden(3, not show_raised)

    def _columns(self) -> list[Column[RecordRow]]:
        def tone(row: RecordRow):
            return "urgent" if row.late else None

        return [
            Column(self.tr("Kind"), lambda r: self.tr("Action") if r.area == "actions" else self.tr("Feedback owed")),
            Column(self.tr("What"), lambda r: r.what, tone=tone),
            Column(self.tr("Who"), lambda r: r.who),
            Column(self.tr("Raised"), lambda r: uk_date(r.raised_on) if r.raised_on else "",
                   sort=lambda r: r.raised_on.toordinal() if r.raised_on else 0, value=lambda r: r.raised_on),
            Column(self.tr("Due"), lambda r: uk_date(r.due) if r.due else self.tr("No deadline"),
                   sort=lambda r: r.due.toordinal() if r.due else 10**7, tone=tone,
                   value=lambda r: r.due or self.tr("No deadline")),
            Column(self.tr("Where it stands"), lambda r: r.state.label(), tone=tone,
                   status=lambda r: status_tone(r.state)),
        ]

    def set_rows(self, rows: list[RecordRow], empty_text: str, keep: bool = False) -> None:
        """Shows these rows; with `keep` (the same list read again, after an edit) the record
        chosen stays chosen and the list stays where it was scrolled to."""
        chosen = selected_key(self.table) if keep else None
        scrolled = self.table.verticalScrollBar().value() if keep else 0
        self.model.set_rows(rows)
        self.empty.show_state(has_rows=bool(rows), visible_rows=self.proxy.rowCount(), empty_text=empty_text)
        if chosen is not None:
            select_key(self.table, chosen)
        self.table.verticalScrollBar().setValue(scrolled)

    def rows(self) -> list[RecordRow]:
        return self.model.rows()

    def _open(self, index) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row()) if index.isValid() else None
        if row is not None:
            self.open_record.emit(row.area, row.record_id)
