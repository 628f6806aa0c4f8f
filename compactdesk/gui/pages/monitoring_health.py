"""The Health-check tab: the five areas of the partnership checklist, rated for the chosen year."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from compactdesk.gui.dialogs.monitoring import HealthRatingDialog, change_text, change_tip, rating_text
from compactdesk.gui.pages.columns import share_columns
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.services import monitoring
from compactdesk.services.monitoring import HealthRow

if TYPE_CHECKING:
    from compactdesk.gui.pages.monitoring import MonitoringPage


class HealthTab(QWidget):
    selection_changed = Signal()

    def __init__(self, page: "MonitoringPage"):
        super().__init__(page)
        self.page = page
        self.year = page.year()
        self.model: RowModel[HealthRow] = RowModel(self._columns(), key=lambda row: row.number, parent=self)
        self.table, self.proxy = make_table(self.model, self, "healthTable", opens=self.edit_current,
                                            accessible_name=self.tr("Health-check"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        share_columns(self.table, 4, {0: 180, 1: 300, 2: 60, 3: 70})  # the evidence keeps its share

        self.intro = QLabel(self.tr(
            "Once a year, take stock of the partnership in the five areas of the Local Partnerships checklist: "
            "rate each from 1 (poor) to 5 (strong) and say what shows it."), self)
        self.intro.setWordWrap(True)
        # Five rows only: each gets room for its aim and evidence to wrap onto a few lines.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 5 + 12)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rate_button = QPushButton(self.tr("Ra&te…"), self)
        self.rate_button.setToolTip(self.tr("Rate the chosen area for the year and give the evidence (Enter or F2)"))
        self.rate_button.clicked.connect(self.edit_current)
        self.last_year = QLabel(self)
        self.last_year.setObjectName("healthLastYear")
        buttons = QHBoxLayout()
        buttons.addWidget(self.rate_button)
        buttons.addWidget(self.last_year, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.selection_changed.connect(self._show_selected)

    def _columns(self) -> list[Column[HealthRow]]:
        return [
            Column(self.tr("Area"), lambda r: r.area.label()),
            Column(self.tr("Aim"), lambda r: r.aim),
            Column(self.tr("Rating"), lambda r: rating_text(r.rating), tone=lambda r: "quiet" if r.rating is None
                   else None),
            Column(self.tr("Change"), lambda r: change_text(r.change),
                   tooltip=lambda r: change_tip(r.rating, r.previous, self.year),
                   tone=lambda r: "urgent" if r.change is not None and r.change < 0 else None),
            Column(self.tr("Evidence"), lambda r: r.evidence, tooltip=lambda r: r.evidence or None),
        ]

    def refresh(self, year: int) -> None:
        self.year = year
        chosen = self.current_id()
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(self.page.bench.read(monitoring.health_rows, year))
        self.table.selectionModel().blockSignals(False)
        select_key(self.table, chosen if chosen is not None else 0)
        self.selection_changed.emit()

    def current_id(self) -> int | None:
        return selected_key(self.table)

    def current_row(self) -> HealthRow | None:
        return self.model.row_for(self.current_id())

    def _show_selected(self) -> None:
        row = self.current_row()
        self.rate_button.setEnabled(row is not None)
        self.last_year.setText("" if row is None else self.tr("{area}: {before}").format(
            area=row.area.label(), before=change_tip(row.rating, row.previous, self.year)))

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None and self.page.run_dialog(HealthRatingDialog(self.page.bench, self.page, row=row,
                                                                       year=self.year)):
            self.page.refresh()
            select_key(self.table, row.number)
            self.table.setFocus()
