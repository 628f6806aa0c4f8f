"""The Consultations tab: public bodies' consultations, checked against the compact's length and feedback
standards; a short one with no reason, or respondents still not told, stands out and says why."""

import datetime as dt

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.rules import Standards
from compactdesk.domain.standards import consultation_days
from compactdesk.domain.text import one_line
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.people_list import set_widths
from compactdesk.gui.pages.standards_codes import StandardsTab
from compactdesk.gui.table_model import Column
from compactdesk.i18n import translate
from compactdesk.services.consultations import ConsultationRow


class ConsultationsTab(StandardsTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(key=lambda row: row.consultation_id, name="consultationsTable", parent=parent)
        layout = self.standard_layout()
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.detail)
        dates = date_width(self.table)
        set_widths(self.table, (200, 160, dates, dates, 160, 215, 85), stretch=0, keep={2, 3})
        self.show_standard(Standards())

    def show_standard(self, rules: Standards) -> None:
        self.weeks = rules.consultation_weeks
        weeks, feedback = rules.consultation_weeks, rules.consultation_feedback_weeks
        self.intro.setText(self.tr(
            "The compact's standard: a consultation runs at least {weeks} (shorter only for a reason given), "
            "and respondents hear what was done with their views within {feedback} of its closing. A length counts "
            "both the opening and the closing day. The numbers are set on the Compact page.").format(
            weeks=translate("ConsultationsTab", "%n week(s)", None, weeks),
            feedback=translate("ConsultationsTab", "%n week(s)", None, feedback)))

    def columns(self) -> list[Column[ConsultationRow]]:
        def responses(row: ConsultationRow) -> str:
            return "" if row.responses is None else f"{row.responses:,}"

        return [
            Column(self.tr("Consultation"), lambda r: r.title, tone=self.tone,
                   tooltip=self.tooltip(lambda r: "\n\n".join(part for part in (r.title, r.notes) if part))),
            Column(self.tr("Public body"), lambda r: r.body, tone=self.tone, tooltip=self.tooltip(lambda r: r.body)),
            Column(self.tr("Opened"), lambda r: uk_date(r.opens_on), sort=lambda r: (r.opens_on, r.consultation_id),
                   tone=self.tone, tooltip=self.tooltip(lambda r: uk_long_date(r.opens_on)),
                   value=lambda r: r.opens_on),
            Column(self.tr("Closes"), lambda r: uk_date(r.closes_on),
                   sort=lambda r: (r.closes_on, r.consultation_id), tone=self.tone,
                   tooltip=self.tooltip(lambda r: uk_long_date(r.closes_on)), value=lambda r: r.closes_on),
            Column(self.tr("Length"), lambda r: r.length_brief, tone=self.tone,
                   sort=lambda r: (consultation_days(r.opens_on, r.closes_on), r.consultation_id),
                   tooltip=self.tooltip(lambda r: r.length + (
                       "\n" + self.tr("Reason given: {reason}").format(reason=one_line(r.short_reason))
                       if r.short_reason else ""))),
            Column(self.tr("Feedback to respondents"), lambda r: r.feedback_brief, tone=self.tone,
                   sort=lambda r: (r.feedback_on or dt.date.max, r.consultation_id),
                   tooltip=self.tooltip(lambda r: r.feedback)),
            Column(self.tr("Responses"), responses, sort=lambda r: (r.responses is not None, r.responses or 0),
                   right=True, tone=self.tone,
                   tooltip=self.tooltip(lambda r: self.tr("Not known") if r.responses is None else responses(r)),
                   value=lambda r: r.responses),
        ]

    def why(self, row: ConsultationRow) -> str:
        return row.why

    def detail_text(self, row: ConsultationRow) -> str:
        lines = [row.length, row.feedback]
        if row.short_reason:
            lines.insert(1, self.tr("Reason given: {reason}").format(reason=one_line(row.short_reason)))
        if row.notes:
            lines.append(one_line(row.notes))
        return "\n".join(lines)

    def list_name(self) -> str:
        return self.tr("Consultations")

    def search_hint(self) -> str:
        return self.tr("Search title, body, length or feedback (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No consultations recorded yet</h3><p>When a public body consults the sector, add it "
                       "here (Ctrl+N) to check it against the {weeks}-week standard and to see whether "
                       "respondents were told what came of it.</p>").format(weeks=getattr(self, "weeks", 12))
