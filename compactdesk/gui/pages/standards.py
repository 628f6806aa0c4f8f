"""Codes & standards: the codes of practice and their reviews, consultations by public bodies, and notice
of funding changes, each checked against the compact's own standards."""

from PySide6.QtWidgets import QDialog, QWidget

from compactdesk.gui.dialogs.code_history import CodeStepDialog
from compactdesk.gui.dialogs.standards import CodeDialog, CodeReviewDialog, ConsultationDialog, FundingNoticeDialog
from compactdesk.gui.pages.standards_codes import CodesTab, StandardsTab
from compactdesk.gui.pages.standards_consultations import ConsultationsTab
from compactdesk.gui.pages.standards_funding import FundingTab
from compactdesk.gui.pages.tabbed import TabbedPage
from compactdesk.gui.workbench import Workbench
from compactdesk.services import codes, consultations, funding
from compactdesk.services.compact import standards

CODES, CONSULTATIONS, FUNDING = range(3)
# The parts the dashboard opens ("standards/codes" and so on), by tab.
PARTS = {"codes": CODES, "consultations": CONSULTATIONS, "funding": FUNDING}


class StandardsPage(TabbedPage):
    area = "standards"

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.codes_tab = CodesTab()
        self.consultations_tab = ConsultationsTab()
        self.funding_tab = FundingTab()
        # Alt+F is the File menu's, so the funding tab takes its U.
        self.build_tabs("standardsTabs", [(self.codes_tab, self.tr("&Codes of practice")),
                                          (self.consultations_tab, self.tr("C&onsultations")),
                                          (self.funding_tab, self.tr("F&unding notices"))])
        for tab in self.all_tabs():
            tab.empty.set_action(self.new_text_for(tab), self.new_item)
        self.codes_tab.selection_changed.connect(self._show_reviews)
        self.codes_tab.review_requested.connect(self.record_review)
        self.codes_tab.remove_review_requested.connect(self.remove_review)
        self.codes_tab.step_requested.connect(self.record_step)
        self.codes_tab.step_opened.connect(self.correct_step)
        self.codes_tab.remove_step_requested.connect(self.remove_step)

    def title(self) -> str:
        return self.tr("Codes & standards")

    def refresh(self) -> None:
        super().refresh()
        today = self.bench.today()
        rules = self.bench.read(standards)
        self.codes_tab.today = today
        self.consultations_tab.show_standard(rules)
        self.funding_tab.show_standard(rules)
        self.codes_tab.load(self.bench.read(codes.code_rows, today))
        self.consultations_tab.load(self.bench.read(consultations.consultation_rows, today))
        self.funding_tab.load(self.bench.read(funding.notice_rows))
        self._show_reviews()

    def _show_reviews(self) -> None:
        key = self.codes_tab.current_id()
        if key is None:
            self.codes_tab.show_reviews(None, ())
            return
        detail = self.bench.read(codes.code_detail, key, self.bench.today())
        self.codes_tab.show_reviews(detail.row, detail.reviews, detail.steps)

    # -- what the main window asks ------------------------------------------------------------------

    def new_text_for(self, tab: StandardsTab) -> str:
        return {CODES: self.tr("New code of practice…"), CONSULTATIONS: self.tr("New consultation…"),
                FUNDING: self.tr("New funding notice…")}[self.all_tabs().index(tab)]

    def dialog_for(self, tab: StandardsTab, key: int | None) -> QDialog:
        if tab is self.codes_tab:
            return CodeDialog(self.bench, self, code_id=key)
        if tab is self.consultations_tab:
            return ConsultationDialog(self.bench, self, consultation_id=key)
        return FundingNoticeDialog(self.bench, self, notice_id=key)

    def delete_current(self) -> None:
        tab = self.current_tab()
        row = tab.current_row()
        if row is None:
            return
        if tab is self.codes_tab and tab.history_table.hasFocus() and tab.current_review_id() is not None:
            self.remove_review()  # Delete in the list of reviews takes out the chosen review, not the code
        elif tab is self.codes_tab and tab.steps_pane.table.hasFocus() and tab.current_step() is not None:
            self.remove_step()  # and in the code's history, the chosen step
        elif tab is self.codes_tab:
            self.attempt(self.tr("Delete code “{name}”").format(name=row.name), codes.delete_code, row.code_id)
        elif tab is self.consultations_tab:
            self.attempt(self.tr("Delete consultation “{title}”").format(title=row.title),
                         consultations.delete_consultation, row.consultation_id)
        else:
            self.attempt(self.tr("Delete funding notice for “{name}”").format(name=row.organisation),
                         funding.delete_notice, row.notice_id)

    def record_review(self) -> None:
        row = self.codes_tab.current_row()
        if row is None:
            return
        if self.run_dialog(CodeReviewDialog(self.bench, row.code_id, self)):
            self.refresh()
            self.codes_tab.reveal(row.code_id)

    def remove_review(self) -> None:
        row = self.codes_tab.current_row()
        review = self.codes_tab.history_model.row_for(self.codes_tab.current_review_id())
        if row is None or review is None:
            return
        self.attempt(self.tr("Remove the review of “{name}”").format(name=row.name), codes.remove_review,
                     review.review_id)

    def record_step(self, step=None) -> None:
        """A new step in the chosen code's history (or, given `step`, that step corrected)."""
        row = self.codes_tab.current_row()
        if row is None:
            return
        dialog = CodeStepDialog(self.bench, row.code_id, self, step=step)
        if self.run_dialog(dialog):
            self.refresh()
            self.codes_tab.reveal(row.code_id)
            self.codes_tab.steps_pane.select(dialog.result_value)

    def correct_step(self) -> None:
        step = self.codes_tab.current_step()
        if step is not None:
            self.record_step(step)

    def remove_step(self) -> None:
        row, step = self.codes_tab.current_row(), self.codes_tab.current_step()
        if row is None or step is None:
            return
        self.attempt(self.tr("Remove the step “{status}” of “{name}”").format(status=step.status.label(),
                                                                              name=row.name),
                     codes.remove_step, step.step_id)

    def show_record(self, record_id: int) -> None:
        """Shows a record on the tab in view (the dashboard names the tab: see show_part)."""
        self.show_part(next(part for part, number in PARTS.items() if number == self.tabs.currentIndex()),
                       record_id)

    def show_part(self, part: str, record_id: int) -> None:
        self.reveal_on(PARTS.get(part, CODES), record_id)
