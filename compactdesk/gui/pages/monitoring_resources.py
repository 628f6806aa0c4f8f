"""The Resources tab: the posts, budgets and funding agreements behind the compact, the soonest to end first,
each with its state today; a line above says what the chosen year had in force (the annual review's inputs)."""

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import CommitmentKind
from compactdesk.domain.text import one_line
from compactdesk.gui.pages.action_detail import never_widens, shorten, tip
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.i18n import translate
from compactdesk.services import resources
from compactdesk.services.resources import CommitmentRow, CommitmentState, YearInputs

if TYPE_CHECKING:
    from compactdesk.gui.pages.monitoring import MonitoringPage

TONES = {CommitmentState.ENDING_SOON: "warning", CommitmentState.RUNNING: "good",
         CommitmentState.NOT_STARTED: "quiet", CommitmentState.ENDED: "quiet"}


def _day(day: dt.date | None) -> str:
    return uk_date(day) if day else ""


class ResourcesTab(ListTab):
    def __init__(self, page: "MonitoringPage"):
        super().__init__(key=lambda row: row.commitment_id, name="resourcesTable", parent=page)
        self.page = page
        self.year = page.year()
        # The service's order (the soonest to end first) until a heading is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.empty.set_action(self.tr("New resource…"), self.new_item)
        self.summary = QLabel(self)
        self.summary.setObjectName("resourcesSummary")
        self.summary.setWordWrap(True)
        never_widens(self.summary)
        self.detail = QLabel(self)
        self.detail.setObjectName("recordDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        never_widens(self.detail)

        self.new_button = QPushButton(self.tr("&New resource…"), self)
        self.new_button.setObjectName("newResource")
        self.new_button.setToolTip(self.tr("Record a post, budget or funding agreement (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.tr("Edi&t…"), self)
        self.edit_button.setObjectName("editResource")
        self.edit_button.setToolTip(self.tr("Change the chosen resource (Enter or F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setObjectName("deleteResource")
        self.delete_button.setToolTip(self.tr("Remove the chosen resource (Delete; Ctrl+Z takes it back)"))
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
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        # The day and the state (a coloured label, which widens itself to its words) read whole; the amount and
        # the names give way on a narrow screen (their tooltips have all).
        set_widths(self.table, (230, 85, 150, 110, 140, 60, date_width(self.table), 110), stretch=0, keep={6, 7})
        self.selection_changed.connect(self._show_selected)
        self.edit_requested.connect(self.edit_current)
        self._show_selected()

    def columns(self) -> list[Column[CommitmentRow]]:
        kinds = list(CommitmentKind)

        def tone(row: CommitmentRow) -> str | None:
            return "quiet" if row.state is CommitmentState.ENDED else None

        return [
            Column(self.tr("What it is"), lambda r: r.title, tone=tone,
                   tooltip=lambda r: tip("\n\n".join(part for part in (r.title, r.notes) if part))),
            Column(self.tr("Kind"), lambda r: r.kind.label(), sort=lambda r: (kinds.index(r.kind), r.commitment_id),
                   tone=tone),
            Column(self.tr("Funded by"), lambda r: r.funder, tone=tone),
            Column(self.tr("Held by"), lambda r: r.holder, tone=tone),
            Column(self.tr("Amount"), lambda r: r.amount, right=True, tone=tone,
                   sort=lambda r: (r.amount_pence is None, r.amount_pence or 0, r.commitment_id),
                   value=lambda r: None if r.amount_pence is None else r.amount_pence / 100),
            Column(self.tr("Share"), lambda r: "" if r.share_percent is None else f"{r.share_percent}%", right=True,
                   tone=tone, tooltip=lambda r: r.share or None,
                   sort=lambda r: (r.share_percent is None, r.share_percent or 0, r.commitment_id),
                   value=lambda r: r.share_percent),
            Column(self.tr("Until"), lambda r: _day(r.ends_on), tone=tone,
                   sort=lambda r: (r.ends_on is None, r.ends_on or dt.date.max, r.commitment_id),
                   tooltip=lambda r: r.dates or None, value=lambda r: r.ends_on),
            Column(self.tr("State"), lambda r: r.state.label(), status=lambda r: TONES.get(r.state),
                   sort=lambda r: (list(CommitmentState).index(r.state), r.ends_on or dt.date.max, r.commitment_id),
                   tooltip=lambda r: r.when),
        ]

    def list_name(self) -> str:
        return self.tr("Resources")

    def search_hint(self) -> str:
        return self.tr("Search what, kind, funder, holder or state (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No resources recorded yet</h3><p>Record the posts, budgets and funding agreements the "
                       "compact depends on (Ctrl+N): who funds them, how much, from when to when, and the share of a "
                       "post's time that is the compact's. The dashboard reminds you before each one ends, and the "
                       "annual review counts them as the framework's inputs.</p>")

    def refresh(self, year: int) -> None:
        self.year = year
        bench = self.page.bench
        today = bench.today()
        end = today if year == today.year else dt.date(year, 12, 31)
        inputs = bench.read(resources.year_inputs, year, end)
        rows = bench.read(resources.commitment_rows, today)
        self.summary.setText(self.summary_text(inputs))
        self.summary.setVisible(bool(rows))
        self.load(rows)

    def summary_text(self, inputs: YearInputs) -> str:
        if inputs.empty:
            return self.tr("Nothing was in force in {year}.").format(year=inputs.year)
        count = len(inputs.lines)  # a bare name: lupdate reads a plural only then
        text = translate("ResourcesTab", "In {year}: %n resource(s) in force.", None, count).format(year=inputs.year)
        if inputs.funders:
            text += " " + self.tr("Money — {funders}.").format(funders="; ".join(
                self.tr("{funder}: {amount}").format(funder=total.funder, amount=total.text)
                for total in inputs.funders))
        if inputs.posts:
            text += " " + self.tr("Posts: {posts}, the compact's share {share}.").format(
                posts=inputs.posts_text, share=inputs.post_share_text)
        return text

    def detail_text(self, row: CommitmentRow) -> str:
        parts = [self.tr("{kind}: {title}").format(kind=row.kind.label(), title=row.title)]
        if row.funder:
            parts.append(self.tr("Funded by {funder}").format(funder=row.funder))
        if row.holder:
            parts.append(self.tr("Held by {holder}").format(holder=row.holder))
        parts += [part for part in (row.amount, row.share, row.dates) if part]
        lines = [" · ".join(parts), row.when[:1].upper() + row.when[1:]]
        if row.remind_on is not None and row.state is CommitmentState.NOT_STARTED:
            lines.append(self.tr("The dashboard reminds you from {day}.").format(day=uk_long_date(row.remind_on)))
        if row.notes:
            lines.append(one_line(row.notes))
        return "\n".join(shorten(line) for line in lines)

    def _show_selected(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.detail.setText(self.detail_text(row) if row is not None else "")
        self.detail.setToolTip(tip(row.notes) if row is not None and row.notes else "")
        self.detail.setVisible(row is not None)

    def new_text(self) -> str:
        return self.tr("New resource…")

    def new_item(self) -> None:
        from compactdesk.gui.dialogs.resources import CommitmentDialog  # its form loads on first use

        self.page.open_form(self, CommitmentDialog(self.page.bench, self.page))

    def edit_current(self) -> None:
        key = self.current_id()
        if key is not None:
            from compactdesk.gui.dialogs.resources import CommitmentDialog

            self.page.open_form(self, CommitmentDialog(self.page.bench, self.page, commitment_id=key))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.page.attempt(self.tr("Delete the resource “{title}”").format(title=row.title),
                              resources.delete_commitment, row.commitment_id)
