"""Monitoring & review: the framework's questions rated year by year, the health-check,
the relationship rating over time, the resources behind the compact, and the group's own words for the annual
review."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from compactdesk.gui.pages.base import Page
from compactdesk.gui.pages.monitoring_health import HealthTab
from compactdesk.gui.pages.monitoring_indicators import IndicatorsTab
from compactdesk.gui.pages.monitoring_relationship import RelationshipTab
from compactdesk.gui.pages.monitoring_resources import ResourcesTab
from compactdesk.gui.pages.monitoring_review import ReviewTab
from compactdesk.gui.tables import select_key
from compactdesk.gui.widgets import page_heading
from compactdesk.gui.workbench import Workbench
from compactdesk.services import monitoring

if TYPE_CHECKING:
    from compactdesk.documents.export import Paper

INDICATORS, HEALTH, RELATIONSHIP, RESOURCES, REVIEW = range(5)


class MonitoringPage(Page):
    area = "monitoring"

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self._year = bench.today().year
        self._tab = INDICATORS  # the tab in view, so that leaving the Review tab saves it first
        # The tabs not read since the year or the store last changed: each reads its own when shown.
        self._unread = {INDICATORS, HEALTH, RELATIONSHIP, RESOURCES, REVIEW}

        self.year_box = QComboBox(self)
        self.year_box.setObjectName("yearBox")
        self.year_box.setToolTip(self.tr("The year the ratings, health-check and review words are for"))
        self.year_label = QLabel(self.tr("&Year:"), self)
        self.year_label.setBuddy(self.year_box)
        self.export_button = QPushButton(self.tr("E&xport annual review…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Make the annual review paper as a PDF or Word file (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(*self.export_defaults()))

        self.indicators_tab = IndicatorsTab(self)
        self.health_tab = HealthTab(self)
        self.relationship_tab = RelationshipTab(self)
        self.resources_tab = ResourcesTab(self)
        self.review_tab = ReviewTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("monitoringTabs")
        # Alt+F, E, V and H open the window's menus: the tabs use other letters.
        self.tabs.addTab(self.indicators_tab, self.tr("&Indicators"))
        self.tabs.addTab(self.health_tab, self.tr("Health-&check"))
        self.tabs.addTab(self.relationship_tab, self.tr("&Relationship"))
        self.tabs.addTab(self.resources_tab, self.tr("Res&ources"))
        self.tabs.addTab(self.review_tab, self.tr("Revie&w"))
        for tab in (self.indicators_tab, self.health_tab, self.relationship_tab, self.resources_tab):
            tab.selection_changed.connect(self.actions_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        bench.store_replaced.connect(self._store_replaced)

        top = QHBoxLayout()
        top.addWidget(page_heading(self.title()), 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year_box)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self.body())
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Monitoring & review")

    def year(self) -> int:
        return self._year

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every form on this page opens here (tests replace it to fill the form instead)."""
        return bool(dialog.exec())

    def open_form(self, tab, dialog: QDialog, key: int | None = None) -> None:
        """A tab's form; once saved, the page reloads and the tab shows the record (`key`, else the one the form
        saved), chosen and in focus."""
        if not self.run_dialog(dialog):
            return
        if key is None:
            if dialog.result_value is None:
                return
            key = dialog.result_value.id
        self.refresh()
        tab.reveal(key)
        tab.table.setFocus()

    # -- the year and the tabs -----------------------------------------------------

    def _fill_years(self) -> None:
        years = self.bench.read(monitoring.monitoring_years, self.bench.today())
        if self._year not in years:
            years = sorted({*years, self._year}, reverse=True)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(self._year))
        self.year_box.blockSignals(False)

    def choose_year(self, year: int) -> None:
        """As if the year were chosen in the box (a year not offered is added)."""
        if self.year_box.findData(year) < 0:
            self.year_box.blockSignals(True)
            self.year_box.addItem(str(year), year)
            self.year_box.blockSignals(False)
        self.year_box.setCurrentIndex(self.year_box.findData(year))

    def _year_chosen(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if year is None or year == self._year:
            return
        if not self.review_tab.save():
            # The words typed for this year could not be saved: stay on them, with the reason shown.
            self.year_box.blockSignals(True)
            self.year_box.setCurrentIndex(self.year_box.findData(self._year))
            self.year_box.blockSignals(False)
            self.tabs.setCurrentIndex(REVIEW)
            return
        self._year = year
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        if self._tab == REVIEW and index != REVIEW and not self.review_tab.save():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(REVIEW)
            self.tabs.blockSignals(False)
            return
        self._tab = index
        self._read_tab(index)
        self.actions_changed.emit()

    def _store_replaced(self) -> None:
        # Another store is open now: its own words, not what was typed for the last one.
        self.review_tab.discard()
        self._year = self.bench.today().year

    def hideEvent(self, event) -> None:
        # Another area: what was typed is saved first. A refusal said on a page going out of view is not seen.
        self.review_tab.save(seen=False)
        super().hideEvent(event)

    def refresh(self) -> None:
        """Reads the years and the tab in view; the other tabs read theirs when shown."""
        super().refresh()
        self._fill_years()
        self._unread = {INDICATORS, HEALTH, RELATIONSHIP, RESOURCES, REVIEW}
        self._read_tab(self.tabs.currentIndex())
        self.actions_changed.emit()

    def _read_tab(self, index: int) -> None:
        if index in self._unread:
            self._unread.discard(index)
            tab = {INDICATORS: self.indicators_tab, HEALTH: self.health_tab, RELATIONSHIP: self.relationship_tab,
                   RESOURCES: self.resources_tab, REVIEW: self.review_tab}[index]
            tab.refresh(self._year)

    # -- what the main window asks -------------------------------------------------

    def _list_tab(self):
        index = self.tabs.currentIndex()
        return {INDICATORS: self.indicators_tab, RELATIONSHIP: self.relationship_tab,
                RESOURCES: self.resources_tab}.get(index)

    def new_text(self) -> str:
        tab = self._list_tab()
        return tab.new_text() if tab is not None else ""

    def new_item(self) -> None:
        tab = self._list_tab()
        if tab is not None:
            tab.new_item()

    def can_edit(self) -> bool:
        index = self.tabs.currentIndex()
        tab = self.health_tab if index == HEALTH else self._list_tab()
        return tab is not None and tab.current_id() is not None

    def edit_current(self) -> None:
        index = self.tabs.currentIndex()
        if index == INDICATORS:
            self.indicators_tab.rate()
        elif index == HEALTH:
            self.health_tab.edit_current()
        elif index in (RELATIONSHIP, RESOURCES):
            self._list_tab().edit_current()

    def can_delete(self) -> bool:
        tab = self._list_tab()
        return tab is not None and tab.current_id() is not None

    def delete_current(self) -> None:
        tab = self._list_tab()
        if tab is not None:
            tab.delete_current()

    def find(self) -> None:
        tab = self._list_tab()
        if tab is None:
            self.tabs.setCurrentIndex(INDICATORS)
            tab = self.indicators_tab
        tab.focus_search()

    def show_record(self, record_id: int) -> None:
        """Shows a question of the framework."""
        self.show_part("indicator", record_id)

    def show_part(self, part: str, record_id: int) -> None:
        """"indicator" (a question's id), "health" (an area's place, 0 to 4), "relationship" (a rating's id) or
        "resources" (a post's, budget's or funding agreement's id)."""
        index = {"health": HEALTH, "relationship": RELATIONSHIP, "resources": RESOURCES}.get(part, INDICATORS)
        self.tabs.setCurrentIndex(index)
        if self.stale:
            self.refresh()
        if index == HEALTH:
            select_key(self.health_tab.table, record_id)
            self.health_tab.table.setFocus()
        else:
            tab = {RELATIONSHIP: self.relationship_tab, RESOURCES: self.resources_tab}.get(index, self.indicators_tab)
            tab.reveal(record_id)
            tab.table.setFocus()

    def export_defaults(self) -> "tuple[Paper | None, None]":
        # The papers' machinery (PDF, Word) loads on the first export, not with the page.
        from compactdesk.documents.export import Paper

        return Paper.ANNUAL_REVIEW, None

    def export_year(self) -> int | None:
        return self.year()
