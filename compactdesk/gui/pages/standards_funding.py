"""The Funding notices tab: notice given before a public body reduces or ends an organisation's funding,
checked in calendar months against the compact's standard; too little notice stands out and says how short,
unless the change was withdrawn or reversed (nothing left to take up). What came of it has a column;
how much is in the change's tooltip and the details under the list."""

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import days_text, uk_date, uk_long_date
from compactdesk.domain.rules import Standards
from compactdesk.domain.text import one_line
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.people_list import set_widths
from compactdesk.gui.pages.standards_codes import StandardsTab
from compactdesk.gui.table_model import Column
from compactdesk.services.funding import NoticeRow


class FundingTab(StandardsTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(key=lambda row: row.notice_id, name="fundingTable", parent=parent)
        layout = self.standard_layout()
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.detail)
        dates = date_width(self.table)
        set_widths(self.table, (220, 170, 130, dates, dates, 120, 130), stretch=0, keep={3, 4})
        self.show_standard(Standards())

    def show_standard(self, rules: Standards) -> None:
        months = rules.funding_notice_months
        if months == 1:
            needed = self.tr("one calendar month's notice")
        else:
            needed = self.tr("{months} calendar months' notice").format(months=months)
        self.intro.setText(self.tr(
            "The compact's standard: {needed} before a public body reduces or ends an organisation's funding. Longer "
            "notice is never a shortfall. The number is set on the Compact page.").format(needed=needed))

    def columns(self) -> list[Column[NoticeRow]]:
        def check(row: NoticeRow) -> str:
            return self.tr("{days} short").format(days=days_text(row.days_short)) if row.flagged \
                else self.tr("Enough notice")

        return [
            Column(self.tr("Organisation"), lambda r: r.organisation, tone=self.tone,
                   tooltip=self.tooltip(lambda r: "\n\n".join(part for part in (r.organisation, r.notes) if part))),
            Column(self.tr("Public body"), lambda r: r.body, tone=self.tone, tooltip=self.tooltip(lambda r: r.body)),
            Column(self.tr("Change"), lambda r: r.change.label(), tone=self.tone,  # how much: in its tooltip
                   tooltip=self.tooltip(lambda r: self.tr("{change}: {amount}").format(
                       change=r.change.label(), amount=r.amount) if r.amount else r.change.label())),
            Column(self.tr("Notice given"), lambda r: uk_date(r.given_on), sort=lambda r: (r.given_on, r.notice_id),
                   tone=self.tone, tooltip=self.tooltip(lambda r: uk_long_date(r.given_on)),
                   value=lambda r: r.given_on),
            Column(self.tr("Takes effect"), lambda r: uk_date(r.effective_on),
                   sort=lambda r: (r.effective_on, r.notice_id), tone=self.tone,
                   tooltip=self.tooltip(lambda r: uk_long_date(r.effective_on)), value=lambda r: r.effective_on),
            Column(self.tr("Notice"), check, sort=lambda r: (-r.days_short, r.notice_id), tone=self.tone,
                   tooltip=self.tooltip(lambda r: "" if r.to_take_up else r.notice)),
            Column(self.tr("What happened"), lambda r: r.outcome.label() if r.outcome else self.tr("Not known yet"),
                   tone=self.tone,
                   sort=lambda r: (r.outcome is not None, r.outcome_on or r.given_on, r.notice_id),
                   tooltip=self.tooltip(lambda r: r.outcome_text)),
        ]

    def why(self, row: NoticeRow) -> str:
        return row.notice if row.to_take_up else ""

    def detail_text(self, row: NoticeRow) -> str:
        how_much = self.tr("How much: {amount}").format(amount=row.amount) if row.amount else ""
        happened = self.tr("What happened: {outcome}").format(outcome=row.outcome_text)
        return "\n".join(part for part in (row.notice, how_much, happened, one_line(row.notes)) if part)

    def list_name(self) -> str:
        return self.tr("Funding notices")

    def search_hint(self) -> str:
        return self.tr("Search organisation, body, change or notice (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No funding notices recorded yet</h3><p>When a public body tells an organisation its "
                       "funding will be reduced or ended, add the notice here (Ctrl+N): CompactDesk works out the "
                       "notice the compact asks for, in calendar months, and shows any shortfall.</p>")
