"""Action-plan targets: the editor, a progress note, and marking one done or dropped."""

from html import escape

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import add_months, uk_long_date
from compactdesk.domain.rules import USUAL_TARGET_MONTHS
from compactdesk.gui.dialogs.choices import fill_choices, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_progress_dialog import Ui_ProgressDialog
from compactdesk.gui.forms.ui_target_close_dialog import Ui_TargetCloseDialog
from compactdesk.gui.forms.ui_target_dialog import Ui_TargetDialog
from compactdesk.gui.pickers import offer_new_organisation, offer_new_person
from compactdesk.gui.workbench import Workbench
from compactdesk.services import actions
from compactdesk.services.origin import origin_text
from compactdesk.store.models import Target


class TargetDialog(FormDialog):
    """Adds a target (from the action plan, or from a meeting's item) or edits one."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, target_id: int | None = None,
                 meeting_id: int | None = None, item_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.target_id = target_id
        self.meeting_id, self.item_id = meeting_id, item_id
        self.ui = Ui_TargetDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"title": ui.title, "measure": ui.measure, "code": ui.code, "partner": ui.partner,
                       "lead": ui.lead, "start_on": ui.startOn, "deadline": ui.deadline}
        fill_choices(ui.code, bench.read(actions.target_choices).codes, self.tr("None"))
        self._fill_names()
        offer_new_organisation(ui.partner, bench, self._fill_names, also=[ui.lead])
        offer_new_person(ui.lead, bench, self._fill_names, also=[ui.partner],
                         options=lambda: {"organisation_id": ui.partner.currentData()})
        for field, words in ((ui.startOn, self.tr("Has a start date")), (ui.deadline, self.tr("Has a deadline"))):
            field.set_optional(True)
            field.check.setToolTip(words)
            field.check.setAccessibleName(words)
        today = bench.today()
        ui.startOn.set_value(None, today)
        ui.deadline.set_value(None, add_months(today, USUAL_TARGET_MONTHS))
        if target_id is None:
            self.setWindowTitle(self.tr("New target"))
            if meeting_id is not None or item_id is not None:
                ui.origin.setText(bench.read(origin_text, meeting_id, item_id))
        else:
            self.setWindowTitle(self.tr("Edit target"))
            self._load(bench.read(actions.target_detail, target_id, today))
        ui.origin.setVisible(bool(ui.origin.text()))
        self.resize(620, self.sizeHint().height())

    def _fill_names(self) -> None:
        """The partners and the people a target can name (again, once one is added from here)."""
        choices = self.bench.read(actions.target_choices)
        fill_choices(self.ui.partner, choices.partners, self.tr("None named"))
        fill_choices(self.ui.lead, choices.people, self.tr("None named"))

    def _load(self, detail: actions.TargetDetail) -> None:
        ui = self.ui
        self.meeting_id, self.item_id = detail.meeting_id, detail.item_id
        ui.title.setText(detail.title)
        ui.measure.setPlainText(detail.measure)
        select_data(ui.code, detail.code_id)
        select_data(ui.partner, detail.partner_id)
        select_data(ui.lead, detail.lead_id)
        ui.startOn.set_value(detail.start_on, self.bench.today())
        ui.deadline.set_value(detail.deadline, add_months(detail.start_on or self.bench.today(), USUAL_TARGET_MONTHS))
        ui.origin.setText(detail.origin)

    def save(self) -> Target:
        ui = self.ui
        values = {
            "title": ui.title.text(),
            "measure": ui.measure.toPlainText(),
            "code_id": ui.code.currentData(),
            "partner_id": ui.partner.currentData(),
            "lead_id": ui.lead.currentData(),
            "start_on": ui.startOn.value(),
            "deadline": ui.deadline.value(),
            "meeting_id": self.meeting_id,
            "item_id": self.item_id,
        }
        title = values["title"].strip()
        if self.target_id is None:
            return self.bench.perform(self.tr("Add target “{title}”").format(title=title), actions.add_target,
                                      **values)
        return self.bench.perform(self.tr("Edit target “{title}”").format(title=title), actions.update_target,
                                  self.target_id, **values)


def _heading(detail: actions.TargetDetail) -> str:
    return f"<b>{escape(detail.title)}</b>"


class ProgressDialog(FormDialog):
    """A dated note of what has been done towards a target."""

    def __init__(self, bench: Workbench, target_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.target_id = target_id
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"on": self.ui.on, "note": self.ui.note}
        detail = bench.read(actions.target_detail, target_id, bench.today())
        self.target_title = detail.title
        self.setWindowTitle(self.tr("Add progress"))
        self.ui.target.setText(_heading(detail))
        self.ui.on.set_value(bench.today())

    def save(self):
        return self.bench.perform(self.tr("Add progress to “{title}”").format(title=self.target_title),
                                  actions.record_progress, self.target_id, self.ui.on.value(),
                                  self.ui.note.toPlainText())


class TargetCloseDialog(FormDialog):
    """Marks a target done on a date, or drops it from the plan with the reason."""

    DONE, DROP = "done", "drop"

    def __init__(self, bench: Workbench, target_id: int, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.target_id = target_id
        self.mode = mode
        self.ui = Ui_TargetCloseDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        detail = bench.read(actions.target_detail, target_id, bench.today())
        self.target_title = detail.title
        dropping = mode == self.DROP
        ui.reason.setVisible(dropping)
        ui.reasonLabel.setVisible(dropping)
        deadline = self.tr("Deadline: {day}.").format(day=uk_long_date(detail.deadline)) if detail.deadline else ""
        ui.target.setText(f"{_heading(detail)}<br>{escape(deadline)}")
        if dropping:
            self.setWindowTitle(self.tr("Drop target"))
            ui.onLabel.setText(self.tr("&Dropped on:"))
            ui.on.set_value(detail.dropped_on or bench.today())
            ui.reason.setPlainText(detail.drop_reason)
            self.fields = {"dropped_on": ui.on, "drop_reason": ui.reason}
        else:
            self.setWindowTitle(self.tr("Mark target done"))
            ui.onLabel.setText(self.tr("&Done on:"))
            ui.on.set_value(detail.completed_on or bench.today())
            self.fields = {"completed_on": ui.on}
        self.resize(520, self.sizeHint().height())

    def save(self):
        if self.mode == self.DROP:
            return self.bench.perform(self.tr("Drop “{title}”").format(title=self.target_title), actions.drop_target,
                                      self.target_id, self.ui.on.value(), self.ui.reason.toPlainText())
        return self.bench.perform(self.tr("Mark “{title}” done").format(title=self.target_title),
                                  actions.complete_target, self.target_id, self.ui.on.value())
