"""The Indicators tab: the framework's questions, group by group, rated for the chosen year."""

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from compactdesk.domain.text import one_line
from compactdesk.domain.titles import sentence_start
from compactdesk.gui.dialogs.monitoring import (
    IndicatorDialog,
    IndicatorRatingDialog,
    before_text,
    change_text,
    change_tip,
    rating_text,
    short,
)
from compactdesk.gui.pages.flow import button_row
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.services import monitoring
from compactdesk.services.monitoring import IndicatorRow

if TYPE_CHECKING:
    from compactdesk.gui.pages.monitoring import MonitoringPage

EVIDENCE_SHOWN = 400  # characters of the evidence under the table; the rating form shows it all


class IndicatorsTab(ListTab):
    def __init__(self, page: "MonitoringPage"):
        super().__init__(key=lambda row: row.indicator_id, name="indicatorsTable", parent=page)
        self.page = page
        self.year = page.year()
        self._firsts: set[int] = set()  # the first question of each group, whose group is shown plain
        # The framework's own order is the point of this list: no sorting by column.
        self.table.setSortingEnabled(False)
        self.proxy.sort(-1)  # enabling it in ListTab already ordered the model by a column
        self.empty.set_action(self.tr("New indicator…"), self.new_item)

        self.detail = QLabel(self)
        self.detail.setObjectName("indicatorDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

        self.rate_button = self._button(self.tr("Ra&te…"), self.tr("Rate the question for the year chosen above "
                                                                 "and give the evidence (Enter or F2)"), self.rate)
        self.edit_button = self._button(self.tr("Edit &question…"), self.tr("Change the question's words, its part "
                                                                          "of the framework or its figure"),
                                        self.edit_question)
        self.new_button = self._button(self.tr("&New indicator…"), self.tr("Add a question of your own (Ctrl+N)"),
                                       self.new_item)
        self.delete_button = self._button(self.tr("De&lete"), self.tr("Remove the question and its ratings "
                                                                    "(Delete; Ctrl+Z takes it back)"),
                                          self.delete_current)
        self.up_button = self._button(self.tr("Move &up"), self.tr("Move the question up within its part"),
                                      lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move &down"), self.tr("Move the question down within its part"),
                                        lambda: self.move(+1))
        self.copy_button = self._button(self.tr("Co&py last year's evidence"), self.tr(
            "Start this year's evidence from last year's, for each question that has none yet"), self.copy_previous)
        buttons = button_row([self.rate_button, self.edit_button, self.new_button, self.delete_button,
                              self.up_button, self.down_button], trailing=[self.copy_button])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.search_row())
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        set_widths(self.table, (90, 380, 250, 60, 70, 200), stretch=5)
        self.selection_changed.connect(self._show_selected)
        self.edit_requested.connect(self.rate)
        self._show_selected()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- the list ------------------------------------------------------------------

    def columns(self) -> list[Column[IndicatorRow]]:
        def question_tip(row: IndicatorRow) -> str:
            if row.measure is None:
                return row.question
            return self.tr("{question}\n\nBeside it: {measure}").format(question=row.question,
                                                                       measure=row.measure.label())

        def figure_tip(row: IndicatorRow) -> str | None:
            return self.tr("From CompactDesk's records for {year}: {figure}").format(
                year=self.year, figure=row.figure) if row.figure else None

        def change_tone(row: IndicatorRow) -> str | None:
            return "urgent" if row.change is not None and row.change < 0 else None

        return [
            Column(self.tr("Part"), lambda r: r.group.label(),
                   tone=lambda r: None if r.indicator_id in self._firsts else "quiet"),
            Column(self.tr("Question"), lambda r: one_line(r.question), tooltip=question_tip),
            Column(self.tr("From the records"), lambda r: sentence_start(r.figure), tooltip=figure_tip),
            Column(self.tr("Rating"), lambda r: rating_text(r.rating),
                   tooltip=lambda r: self.tr("Rated {rating} for {year}").format(rating=rating_text(r.rating),
                                                                                year=self.year)
                   if r.rating is not None else self.tr("Not rated for {year}").format(year=self.year),
                   tone=lambda r: "quiet" if r.rating is None else None),
            Column(self.tr("Change"), lambda r: change_text(r.change),
                   tooltip=lambda r: change_tip(r.rating, r.previous, self.year), tone=change_tone),
            Column(self.tr("Evidence"), lambda r: one_line(r.evidence), tooltip=lambda r: r.evidence or None),
        ]

    def list_name(self) -> str:
        return self.tr("Indicators")

    def search_hint(self) -> str:
        return self.tr("Search the questions, figures and evidence (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No questions in the framework</h3><p>The monitoring framework puts each indicator as "
                       "a question the group answers every year, with a rating and the evidence. Add your own "
                       "with Ctrl+N: baseline, inputs, process, outputs or outcomes.</p>")

    def count_text(self, shown: int, total: int) -> str:
        rated = sum(row.rating is not None for row in self.model.rows())
        return self.tr("{rated} of {total} rated for {year}").format(rated=rated, total=total, year=self.year) \
            if shown == total else self.tr("Showing {shown} of {total}").format(shown=shown, total=total)

    def refresh(self, year: int) -> None:
        self.year = year
        rows = self.page.bench.read(monitoring.indicator_rows, year, self.page.bench.today())
        groups_seen = set()
        self._firsts = set()
        for row in rows:
            if row.group not in groups_seen:
                groups_seen.add(row.group)
                self._firsts.add(row.indicator_id)
        self.load(rows)

    def _neighbours(self, row: IndicatorRow) -> tuple[bool, bool]:
        """Whether the question can move up, and down, within its group."""
        rows = self.model.rows()
        number = self.model.number_of(row.indicator_id)
        up = number > 0 and rows[number - 1].group is row.group
        down = number + 1 < len(rows) and rows[number + 1].group is row.group
        return up, down

    def _show_selected(self) -> None:
        row = self.current_row()
        for button in (self.rate_button, self.edit_button, self.delete_button):
            button.setEnabled(row is not None)
        up, down = self._neighbours(row) if row is not None else (False, False)
        self.up_button.setEnabled(up)
        self.down_button.setEnabled(down)
        self.detail.setVisible(self.model.rowCount() > 0)
        if row is None:
            self.detail.setText(self.tr("<i>Choose a question to see it in full. Enter rates it for {year}.</i>")
                                .format(year=self.year))
            return
        parts = [f"<b>{escape(row.group.label())}</b> · {escape(row.question)}"]
        if row.figure:
            parts.append(self.tr("From the records for {year}: {figure}").format(
                year=self.year, figure=escape(sentence_start(row.figure))))
        parts.append(self.tr("Rating for {year}: <b>{rating}</b> ({before})").format(
            year=self.year, rating=escape(rating_text(row.rating)), before=escape(before_text(row.previous,
                                                                                              self.year))))
        if row.evidence:
            evidence = row.evidence if len(row.evidence) <= EVIDENCE_SHOWN else \
                row.evidence[:EVIDENCE_SHOWN].rstrip() + "…"
            parts.append(self.tr("Evidence: {evidence}").format(evidence=escape(one_line(evidence))))
        self.detail.setText("<br>".join(parts))

    # -- what it does --------------------------------------------------------------

    def rate(self) -> None:
        row = self.current_row()
        if row is not None:
            self.page.open_form(self, IndicatorRatingDialog(self.page.bench, self.page, row=row, year=self.year),
                                row.indicator_id)

    def edit_question(self) -> None:
        row = self.current_row()
        if row is not None:
            self.page.open_form(self, IndicatorDialog(self.page.bench, self.page, indicator_id=row.indicator_id),
                                row.indicator_id)

    def new_text(self) -> str:
        return self.tr("New indicator…")

    def new_item(self) -> None:
        row = self.current_row()
        dialog = IndicatorDialog(self.page.bench, self.page, group=row.group if row is not None else None)
        if self.page.run_dialog(dialog) and dialog.result_value is not None:
            self.page.refresh()
            self.reveal(dialog.result_value.id)
            self.table.setFocus()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.page.attempt(self.tr("Delete question “{question}”").format(question=short(row.question)),
                              monitoring.delete_indicator, row.indicator_id)

    def move(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        text = self.tr("Move question “{question}” up") if step < 0 else \
            self.tr("Move question “{question}” down")
        self.page.attempt(text.format(question=short(row.question)), monitoring.move_indicator, row.indicator_id,
                          step)
        self.select(row.indicator_id)
        self.table.setFocus()

    def copy_previous(self) -> None:
        copied = self.page.attempt(self.tr("Copy {last}'s evidence into {year}").format(last=self.year - 1,
                                                                                      year=self.year),
                                   monitoring.copy_from_previous_year, self.year)
        if copied == 0:
            self.page.bench.message.emit(self.tr(
                "Nothing to copy: every question with evidence for {last} already has some for {year}.").format(
                last=self.year - 1, year=self.year))
