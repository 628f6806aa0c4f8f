"""The Codes of practice tab, and what the three Codes & standards tabs share (StandardsTab).

A code's history (its steps: into draft, consulted on, adopted…) and its reviews show under the list;
"Record a step…" adds to the first, "Record a review…" to the second and moves the next review on.
"""

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.text import one_line
from compactdesk.gui import colours
from compactdesk.gui.colours import status_tone
from compactdesk.gui.pages.action_detail import never_widens, shorten, tip
from compactdesk.gui.pages.code_steps import CodeStepsPane
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.i18n import translate
from compactdesk.services import codes
from compactdesk.services.codes import CodeRow, ReviewEntry, StepRow



def _targets_tip(row) -> str:
    targets = row.targets  # a bare name: lupdate collects no plural with any other count
    return translate("CodesTab", "%n action-plan target(s) under this code", None, targets)

class StandardsTab(ListTab):
    """A ListTab with a line saying what the compact's standard is, and one under the list saying, in full,
    what the chosen record's check found (a cell can only show the start of it)."""

    def __init__(self, key: Callable, *, name: str, parent: QWidget | None = None):
        super().__init__(key=key, name=name, parent=parent)
        # The service's order (latest first, or the group's order of codes) until a heading is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.intro = QLabel(self)
        self.intro.setObjectName("standardIntro")
        self.intro.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("recordDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        never_widens(self.detail)
        never_widens(self.intro)
        self.selection_changed.connect(self.show_detail)

    def date_width(self) -> int:
        """Room for the longest date in the language in force, and the cell's margins."""
        return date_width(self.table)

    def flagged(self, row) -> bool:
        return bool(self.why(row))

    def why(self, row) -> str:
        """Why a row stands out, in words; empty when it does not."""
        raise NotImplementedError

    def detail_text(self, row) -> str:
        raise NotImplementedError

    def tone(self, row) -> str | None:
        return "urgent" if self.flagged(row) else None

    def tooltip(self, text: Callable) -> Callable:
        """A cell's tooltip: its own text in full, then why the row stands out."""
        def make(row) -> str | None:
            parts = [part for part in (text(row), self.why(row)) if part]
            return tip("\n\n".join(parts)) if parts else None

        return make

    def count_text(self, shown: int, total: int) -> str:
        flagged = sum(1 for row in self.model.rows() if self.flagged(row))
        base = QCoreApplication.translate("ListTab", "Showing {shown} of {total}").format(shown=shown, total=total)
        if not flagged:
            return base
        return QCoreApplication.translate("StandardsTab", "{base} · {flagged} to take up").format(
            base=base, flagged=flagged)

    def show_detail(self) -> None:
        """The chosen record in words under the list; the lines saying why it stands out in dark red."""
        row = self.current_row()
        text = self.detail_text(row) if row is not None else ""
        urgent = set(self.why(row).splitlines()) if row is not None else set()
        self.detail.setText("<br>".join(f'<span style="{colours.style(colours.URGENT)}">{escape(shorten(line))}</span>'
                                        if line in urgent else escape(shorten(line)) for line in text.splitlines()))
        self.detail.setToolTip(tip(text) if text else "")
        self.detail.setVisible(bool(text))

    def standard_layout(self) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.intro)
        layout.addLayout(self.search_row())
        return layout


class CodesTab(StandardsTab):
    review_requested = Signal()
    remove_review_requested = Signal()
    step_requested = Signal()
    step_opened = Signal()  # Enter or a double-click on a step: correct it
    remove_step_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        self.today = dt.date.today()  # the page sets the workbench's day before loading
        super().__init__(key=lambda row: row.code_id, name="codesTable", parent=parent)
        self.intro.setText(self.tr(
            "The national Compact's five codes are always here; add the group's own with Ctrl+N. A code in force is "
            "reviewed every so many months, counted from its adoption or its last review."))
        self.review_button = QPushButton(self.tr("Record a &review…"), self)
        self.review_button.setObjectName("recordReview")
        self.review_button.clicked.connect(self.review_requested)
        self.remove_button = QPushButton(self.tr("Re&move review"), self)
        self.remove_button.setObjectName("removeReview")
        self.remove_button.setToolTip(self.tr("Take the chosen review out of the history, e.g. one recorded twice"))
        self.remove_button.clicked.connect(self.remove_review_requested)
        self._build_history()
        self.steps_pane = CodeStepsPane(self)
        self.steps_pane.step_button.clicked.connect(self.step_requested)
        self.steps_pane.remove_button.clicked.connect(self.remove_step_requested)
        self.steps_pane.opened.connect(self.step_opened)
        self.steps_pane.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # The code's making on the left, its reviews once in force on the right.
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.setObjectName("codeHistorySplitter")
        lower.addWidget(self.steps_pane)
        lower.addWidget(self.history_pane)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([600, 400])
        lower.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("codesSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.empty, 1)
        upper_layout.addWidget(self.detail)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 200])
        splitter.setChildrenCollapsible(False)
        layout = self.standard_layout()
        layout.addWidget(splitter, 1)
        dates = self.date_width()
        set_widths(self.table, (300, 75, 150, dates, 100, dates, 85 + dates, 65), stretch=0, keep={3, 5})
        self.selection_changed.connect(self._update_buttons)
        self.history_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _build_history(self) -> None:
        self.history_model = RowModel([
            Column(self.tr("Reviewed on"), lambda r: uk_date(r.on), sort=lambda r: (r.on, r.review_id),
                   tooltip=lambda r: uk_long_date(r.on), value=lambda r: r.on),
            Column(self.tr("Note"), lambda r: one_line(r.note), tooltip=lambda r: tip(r.note) if r.note else None),
        ], key=lambda row: row.review_id, parent=self)
        self.history_table, _ = make_table(self.history_model, self, "reviewsTable",
                                           accessible_name=self.tr("Reviews of the code"))
        set_widths(self.history_table, (130, 300), stretch=1)
        self.history_empty = EmptyState(self.history_table, self)
        self.history_heading = QLabel(self)
        self.history_heading.setObjectName("reviewsHeading")
        self.history_heading.setTextFormat(Qt.TextFormat.PlainText)
        never_widens(self.history_heading)
        buttons = QVBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.history_pane = QWidget(self)
        pane = QVBoxLayout(self.history_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.history_heading)
        lower = QHBoxLayout()
        lower.addWidget(self.history_empty, 1)
        lower.addLayout(buttons)
        pane.addLayout(lower, 1)
        self.history_pane.setMinimumHeight(buttons.minimumSize().height() + self.fontMetrics().lineSpacing() + 12)
        self.history_pane.setMinimumWidth(280)

    def columns(self) -> list[Column[CodeRow]]:
        def months(row: CodeRow) -> str:
            return codes.months_text(row.review_months) if row.review_months else ""

        def next_review(row: CodeRow) -> str:
            return codes.review_text(row, self.today)

        def quiet_unless_in_force(row: CodeRow) -> str | None:
            return self.tone(row) or (None if row.status.in_force else "quiet")

        return [
            Column(self.tr("Code"), lambda r: r.name, tone=self.tone,
                   tooltip=self.tooltip(lambda r: "\n\n".join(part for part in (r.name, r.notes) if part))),
            Column(self.tr("Kind"), lambda r: self.tr("National") if r.national else self.tr("Local"),
                   sort=lambda r: (not r.national, r.position, r.code_id), tone=self.tone,
                   tooltip=self.tooltip(lambda r: self.tr("One of the national Compact's five codes") if r.national
                                        else self.tr("A code of this compact's own"))),
            Column(self.tr("Status"), lambda r: r.status.label(), tone=self.tone,
                   status=lambda r: status_tone(r.status),
                   sort=lambda r: (list(type(r.status)).index(r.status), r.position, r.code_id),
                   tooltip=self.tooltip(lambda r: r.status.label())),
            Column(self.tr("Adopted"), lambda r: uk_date(r.adopted_on) if r.adopted_on else "",
                   sort=lambda r: (r.adopted_on or dt.date.min, r.code_id), tone=quiet_unless_in_force,
                   tooltip=self.tooltip(lambda r: uk_long_date(r.adopted_on) if r.adopted_on else
                                        self.tr("Not adopted")), value=lambda r: r.adopted_on),
            Column(self.tr("Review every"), months, sort=lambda r: (r.review_months or 0, r.code_id),
                   tone=quiet_unless_in_force, tooltip=self.tooltip(months)),
            Column(self.tr("Last reviewed"), lambda r: uk_date(r.last_reviewed_on) if r.last_reviewed_on else "",
                   sort=lambda r: (r.last_reviewed_on or dt.date.min, r.code_id), tone=quiet_unless_in_force,
                   tooltip=self.tooltip(lambda r: uk_long_date(r.last_reviewed_on) if r.last_reviewed_on
                                        else self.tr("Not reviewed yet")),
                   value=lambda r: r.last_reviewed_on),
            Column(self.tr("Next review"), next_review, tone=quiet_unless_in_force,
                   sort=lambda r: (r.next_review_due is None, r.next_review_due or dt.date.max, r.code_id),
                   tooltip=self.tooltip(next_review)),
            Column(self.tr("Targets"), lambda r: str(r.targets), sort=lambda r: (r.targets, r.code_id), right=True,
                   tone=self.tone, tooltip=self.tooltip(_targets_tip), value=lambda r: r.targets),
        ]

    def why(self, row: CodeRow) -> str:
        return codes.why_text(row, self.today)

    def detail_text(self, row: CodeRow) -> str:
        summary = self.why(row)
        if not summary and row.next_review_due is not None:
            summary = self.tr("Adopted {adopted}, reviewed every {every}; next review due {due}.").format(
                adopted=uk_date(row.adopted_on), every=codes.months_text(row.review_months or 0),
                due=uk_long_date(row.next_review_due))
        elif not summary:
            summary = self.tr("{status}: a code has a review date once it is adopted.").format(
                status=row.status.label())
        return "\n".join(part for part in (summary, one_line(row.notes)) if part)

    def list_name(self) -> str:
        return self.tr("Codes of practice")

    def search_hint(self) -> str:
        return self.tr("Search name, status or review (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No codes of practice</h3><p>Codes turn the compact's principles into practice: "
                       "funding, consultation, volunteering and more. Add the group's codes with Ctrl+N.</p>")

    # -- the chosen code's reviews ---------------------------------------------------------------------

    def show_reviews(self, row: CodeRow | None, reviews: tuple[ReviewEntry, ...], steps: tuple[StepRow, ...] = ()
                     ) -> None:
        self.steps_pane.show_steps(row, steps)
        chosen = selected_key(self.history_table)
        self.history_model.set_rows(list(reviews))
        if chosen is not None:
            select_key(self.history_table, chosen)
        if row is None:
            self.history_heading.setText(self.tr("Choose a code to see its reviews."))
            empty = self.tr("Choose a code above to see when it was reviewed.")
        else:
            self.history_heading.setText(self.tr("Reviews of “{name}”").format(name=shorten(row.name, 90)))
            empty = self.tr("No reviews recorded yet. When the group reviews this code, record it with "
                            "“Record a review…” and the next review moves on.") if row.status.in_force else \
                self.tr("This code is not in force, so it has no reviews to record. Set its status and adoption "
                        "date (Enter) once the group adopts it.")
        self.history_heading.setToolTip(row.name if row is not None else "")
        self.history_empty.show_state(has_rows=bool(reviews), visible_rows=len(reviews), empty_text=empty)
        self._update_buttons()

    def current_review_id(self) -> int | None:
        return selected_key(self.history_table)

    def _update_buttons(self) -> None:
        row = self.current_row()
        in_force = row is not None and row.status.in_force
        self.review_button.setEnabled(in_force)
        self.review_button.setToolTip(
            self.tr("Record the day the group reviewed the chosen code; its next review is counted from then")
            if in_force else self.tr("Choose a code that is adopted or under review"))
        self.remove_button.setEnabled(row is not None and self.current_review_id() is not None)
        self.steps_pane.update_buttons(row)

    def current_step(self) -> StepRow | None:
        return self.steps_pane.current_step()
