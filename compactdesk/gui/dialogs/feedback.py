"""Recording feedback owed by an officer, and marking it answered."""

from html import escape

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import AnswerHow, FeedbackAsk
from compactdesk.gui.dialogs.choices import fill_enum, fill_pairs, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_answer_dialog import Ui_AnswerDialog
from compactdesk.gui.forms.ui_feedback_dialog import Ui_FeedbackDialog
from compactdesk.gui.pickers import offer_new_person
from compactdesk.gui.workbench import Workbench
from compactdesk.i18n import translate
from compactdesk.services import feedback, members
from compactdesk.services.compact import standards
from compactdesk.services.origin import origin_day, origin_text

# How the due date is worked out; index order in the "Due" combo box.
BY_STANDARD, BY_NEXT_MEETING, ON_A_DATE = range(3)


def _officers(session):
    return [(person.id, f"{person.name} — {person.department}" if person.department else person.name)
            for person in members.list_people(session)]


class FeedbackDialog(FormDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, feedback_id: int | None = None,
                 meeting_id: int | None = None, item_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.feedback_id = feedback_id
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"issue": ui.issue, "officer": ui.officer, "department": ui.department, "ask": ui.ask,
                       "raised_on": ui.raisedOn, "due_on": ui.dueOn, "detail": ui.detail}
        rules = bench.read(standards)
        self._fill_officers()
        offer_new_person(ui.officer, bench, self._fill_officers, options=lambda: {"officer": True})
        fill_enum(ui.ask, FeedbackAsk)
        days = rules.feedback_days  # a bare name: lupdate reads a plural's count only so
        ui.dueRule.addItem(translate("FeedbackDialog", "Within %n day(s) (the compact's standard)", None, days))
        ui.dueRule.addItem(self.tr("By the next meeting"))
        ui.dueRule.addItem(self.tr("By a date I choose"))
        ui.dueRule.currentIndexChanged.connect(self._rule_changed)
        ui.dueOn.set_optional(False)
        today = bench.today()
        ui.raisedOn.set_value(today)
        ui.dueOn.set_value(today)
        if feedback_id is None:
            self.setWindowTitle(self.tr("Record feedback owed"))
            self.meeting_id, self.item_id = meeting_id, item_id
            ui.dueRule.setCurrentIndex(BY_NEXT_MEETING if rules.feedback_by_next_meeting else BY_STANDARD)
            if meeting_id is not None or item_id is not None:
                ui.origin.setText(bench.read(origin_text, meeting_id, item_id))
                ui.raisedOn.set_value(bench.read(origin_day, meeting_id, item_id) or today)
        else:
            self.setWindowTitle(self.tr("Edit feedback owed"))
            self._load(bench.read(feedback.feedback_detail, feedback_id))
        ui.origin.setVisible(bool(ui.origin.text()))
        self._rule_changed()
        self.resize(620, self.sizeHint().height())

    def _fill_officers(self) -> None:
        fill_pairs(self.ui.officer, self.bench.read(_officers), self.tr("Choose the officer…"))

    def _load(self, detail: feedback.FeedbackDetail) -> None:
        ui = self.ui
        self.meeting_id, self.item_id = detail.meeting_id, detail.item_id
        ui.issue.setText(detail.issue)
        select_data(ui.officer, detail.officer_id)
        ui.department.setText(detail.department)
        select_data(ui.ask, detail.ask.value)
        ui.raisedOn.set_value(detail.raised_on)
        if detail.due_on is not None:
            ui.dueRule.setCurrentIndex(ON_A_DATE)
            ui.dueOn.set_value(detail.due_on)
        else:
            ui.dueRule.setCurrentIndex(BY_NEXT_MEETING if detail.by_next_meeting else BY_STANDARD)
        ui.detail.setPlainText(detail.detail)
        ui.origin.setText(detail.origin)

    def _rule_changed(self) -> None:
        on_date = self.ui.dueRule.currentIndex() == ON_A_DATE
        self.ui.dueOn.setVisible(on_date)
        self.ui.dueOnLabel.setVisible(on_date)

    def save(self):
        ui = self.ui
        rule = ui.dueRule.currentIndex()
        department = ui.department.text()
        values = {
            "issue": ui.issue.text(),
            "officer_id": ui.officer.currentData(),
            "raised_on": ui.raisedOn.value(),
            "ask": ui.ask.currentData(),
            "meeting_id": self.meeting_id,
            "item_id": self.item_id,
            "department": department if department.strip() else None,
            "due_on": ui.dueOn.value() if rule == ON_A_DATE else None,
            "by_next_meeting": rule == BY_NEXT_MEETING,
            "detail": ui.detail.toPlainText(),
        }
        if self.feedback_id is None:
            return self.bench.perform(self.tr("Record feedback owed “{issue}”").format(issue=values["issue"].strip()),
                                      feedback.request_feedback, **values)
        return self.bench.perform(self.tr("Edit feedback “{issue}”").format(issue=values["issue"].strip()),
                                  feedback.update_feedback, self.feedback_id, **values)


class AnswerDialog(FormDialog):
    def __init__(self, bench: Workbench, feedback_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.feedback_id = feedback_id
        self.ui = Ui_AnswerDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"answered_on": self.ui.answeredOn, "how": self.ui.how, "summary": self.ui.summary}
        fill_enum(self.ui.how, AnswerHow)
        detail = bench.read(feedback.feedback_detail, feedback_id)
        self.issue = detail.issue
        self.ui.question.setText(self.tr("<b>{issue}</b><br>Asked on {raised}.").format(
            issue=escape(detail.issue), raised=uk_long_date(detail.raised_on)))
        self.ui.answeredOn.set_value(detail.answered_on or bench.today())
        if detail.answered_how is not None:
            select_data(self.ui.how, detail.answered_how.value)
        self.ui.summary.setPlainText(detail.answer_summary)

    def save(self):
        return self.bench.perform(
            self.tr("Mark “{issue}” answered").format(issue=self.issue), feedback.mark_answered, self.feedback_id,
            self.ui.answeredOn.value(), self.ui.how.currentData(), self.ui.summary.toPlainText())

