"""Under the Champions tab's list: the chosen department's champions over time, newest first, each with the day
they took it on (or the post fell empty) and the note; the one named before the history began, undated, last."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.text import one_line
from compactdesk.gui.pages.action_detail import tip
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.people_list import set_widths
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.services.champions import ChampionChangeRow, DepartmentRow


class ChampionHistoryPane(QWidget):
    opened = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: RowModel[ChampionChangeRow] = RowModel([
            Column(self.tr("From"), self._day, sort=lambda r: (r.on or dt.date.min, r.change_id),
                   tooltip=self._day_tip, value=lambda r: r.on),
            Column(self.tr("Who"), lambda r: r.person or self.tr("Nobody"),
                   tooltip=lambda r: r.person or self.tr("Nobody: the post fell empty")),
            Column(self.tr("Role"), lambda r: r.role),
            Column(self.tr("Note"), lambda r: one_line(r.note), tooltip=lambda r: tip(r.note) if r.note else None),
        ], key=lambda row: row.change_id, parent=self)
        self.table, _ = make_table(self.model, self, "championHistory", opens=self.opened.emit,
                                   accessible_name=self.tr("History of the department's champions"))
        metrics = self.table.fontMetrics()
        set_widths(self.table, (max(date_width(self.table), metrics.horizontalAdvance(self.tr("Before the history")) + 16),
                                200, 160, 240), stretch=3, keep={0})
        self.empty = EmptyState(self.table, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("championHistoryHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.remove_button = QPushButton(self.tr("Re&move change"), self)
        self.remove_button.setObjectName("removeChampionChange")
        self.remove_button.setToolTip(self.tr("Take the chosen change out of the history, e.g. one recorded by "
                                              "mistake; Ctrl+Z takes it back"))
        hint = QLabel(self.tr("Double-click a change to correct it."), self)
        hint.setEnabled(False)  # greyed: a hint, not content
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def _day(self, row: ChampionChangeRow) -> str:
        return uk_date(row.on) if row.on else self.tr("Before the history")

    def _day_tip(self, row: ChampionChangeRow) -> str:
        if row.on is None:
            return self.tr("Already named when the history began; its day is not known")
        return uk_long_date(row.on)

    def show_history(self, row: DepartmentRow | None, changes: list[ChampionChangeRow], label: str) -> None:
        chosen = selected_key(self.table)
        self.model.set_rows(changes)
        if chosen is not None:
            select_key(self.table, chosen)
        if row is None:
            self.heading.setText(self.tr("Choose a department to see who has been its {label}.").format(label=label))
            empty = self.tr("Choose a department above to see who has been its {label}, and when.").format(
                label=label)
        else:
            self.heading.setText(self.tr("Who has been the {label} of {department} ({body})").format(
                label=label, department=row.name, body=row.body))
            empty = self.tr("No change recorded yet. Naming its {label} (or clearing it) records the day it "
                            "changed.").format(label=label)
        self.empty.show_state(has_rows=bool(changes), visible_rows=len(changes), empty_text=empty)
        self.update_buttons()

    def select(self, change_id: int | None) -> None:
        select_key(self.table, change_id)

    def current_change(self) -> ChampionChangeRow | None:
        return self.model.row_for(selected_key(self.table))

    def update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_change() is not None)
