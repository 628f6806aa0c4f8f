"""The Relationship tab: how the two sectors rate their relationship, dated, over the years."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from compactdesk.domain.dates import uk_date
from compactdesk.domain.text import one_line
from compactdesk.gui.dialogs.monitoring import RelationshipDialog, rating_text, rating_words
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.i18n import translate
from compactdesk.services import monitoring
from compactdesk.services.monitoring import RelationshipRow

if TYPE_CHECKING:
    from compactdesk.gui.pages.monitoring import MonitoringPage


class RelationshipTab(ListTab):
    def __init__(self, page: "MonitoringPage"):
        super().__init__(key=lambda row: row.rating_id, name="relationshipTable", parent=page)
        self.page = page
        self.year = page.year()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty.set_action(self.tr("New rating…"), self.new_item)
        self.summary = QLabel(self)
        self.summary.setObjectName("relationshipSummary")
        self.summary.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New rating…"), self)
        self.new_button.setToolTip(self.tr("Record how the two sectors rate their relationship now (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.tr("Edi&t…"), self)
        self.edit_button.setToolTip(self.tr("Change the chosen rating (Enter or F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(self.tr("Remove the chosen rating (Delete; Ctrl+Z takes it back)"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(self.search_row())
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        set_widths(self.table, (150, 130, 500), stretch=2)
        self.selection_changed.connect(self._show_selected)
        self.edit_requested.connect(self.edit_current)
        self._show_selected()

    def columns(self) -> list[Column[RelationshipRow]]:
        return [
            Column(self.tr("Date"), lambda r: uk_date(r.on), sort=lambda r: (r.on, r.rating_id)),
            Column(self.tr("Rating"), lambda r: rating_text(r.rating), sort=lambda r: r.rating,
                   tooltip=lambda r: rating_words(r.rating)),
            Column(self.tr("Note"), lambda r: one_line(r.note), tooltip=lambda r: r.note or None),
        ]

    def list_name(self) -> str:
        return self.tr("Relationship ratings")

    def search_hint(self) -> str:
        return self.tr("Search the dates, ratings and notes (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No relationship ratings yet</h3><p>Each time the group takes stock, at the annual "
                       "review say, record how the two sectors rate their relationship from 1 (poor) to 5 "
                       "(strong) with Ctrl+N. Over the years the ratings show whether trust is growing.</p>")

    def refresh(self, year: int) -> None:
        self.year = year
        bench = self.page.bench
        this_year = bench.read(monitoring.relationship_for_year, year)
        rows = bench.read(monitoring.relationship_rows)
        if this_year.mean is None:
            text = self.tr("No rating recorded in {year}.").format(year=year)
        else:
            number = len(this_year.ratings)  # lupdate misses a numerus call whose count is itself a call
            count = translate("RelationshipTab", "%n rating(s)", None, number)
            text = self.tr("In {year}: {count}, {mean} of 5 on average.").format(year=year, count=count,
                                                                                 mean=f"{this_year.mean:g}")
        trend = bench.read(monitoring.relationship_by_year)
        if len(trend) > 1:
            text += " " + self.tr("Average by year: {years}.").format(years=", ".join(
                f"{point.year}: {point.mean:.1f}" for point in trend))
        self.summary.setText(text)
        self.summary.setVisible(bool(rows))
        self.load(rows)

    def _show_selected(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_text(self) -> str:
        return self.tr("New rating…")

    def new_item(self) -> None:
        self.page.open_form(self, RelationshipDialog(self.page.bench, self.page))

    def edit_current(self) -> None:
        key = self.current_id()
        if key is not None:
            self.page.open_form(self, RelationshipDialog(self.page.bench, self.page, rating_id=key))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.page.attempt(self.tr("Delete the relationship rating of {date}").format(date=uk_date(row.on)),
                              monitoring.delete_relationship_rating, row.rating_id)
