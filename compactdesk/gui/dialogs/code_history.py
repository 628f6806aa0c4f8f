"""A step in a code of practice's history: into draft, a questionnaire sent, a meeting with BME groups, a redraft,
the reading group's check, adopted… each on its day with what happened. The code's status is its latest step's."""

from html import escape

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import CodeStatus
from compactdesk.gui import colours
from compactdesk.gui.dialogs.choices import fill_enum, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_code_step_dialog import Ui_CodeStepDialog
from compactdesk.gui.workbench import Workbench
from compactdesk.services import codes
from compactdesk.services.codes import StepRow


class CodeStepDialog(FormDialog):
    """Records a new step of a code's history, or corrects one already recorded (`step`)."""

    def __init__(self, bench: Workbench, code_id: int, parent: QWidget | None = None, *, step: StepRow | None = None):
        super().__init__(parent)
        self.bench = bench
        self.code_id = code_id
        self.step = step
        self.ui = Ui_CodeStepDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"status": ui.status, "on": ui.on, "note": ui.note}
        detail = bench.read(codes.code_detail, code_id, bench.today())
        self.row = detail.row
        # The other steps: where this one falls among them says what the code's status becomes.
        self.others = [other for other in detail.steps if step is None or other.step_id != step.step_id]
        fill_enum(ui.status, CodeStatus)
        if step is None:
            # A step such as "questionnaire sent" usually leaves the status as it is.
            select_data(ui.status, self.row.status.value)
            ui.on.set_value(bench.today())
        else:
            self.setWindowTitle(self.tr("Correct a step"))
            select_data(ui.status, step.status.value)
            ui.on.set_value(step.on)
            ui.note.setPlainText(step.note)
        # Since the first of the latest run of steps with the status it has now.
        run = []
        for other in detail.steps:
            if other.status is not self.row.status:
                break
            run.append(other)
        where = self.tr("Now “{status}”, since {day}.").format(status=self.row.status.label(),
                                                               day=uk_date(run[-1].on)) if run else \
            self.tr("Now “{status}”; no steps recorded yet.").format(status=self.row.status.label())
        ui.question.setText(self.tr("<b>{name}</b><br>{where}").format(name=escape(self.row.name),
                                                                      where=escape(where)))
        ui.question.setToolTip(self.row.name)
        colours.tint(ui.stepHint, colours.QUIET)
        ui.status.currentIndexChanged.connect(self._update_hint)
        ui.on.changed.connect(self._update_hint)
        self._update_hint()
        self.resize(max(self.width(), 560), self.sizeHint().height())

    def _update_hint(self) -> None:
        ui = self.ui
        day, status = ui.on.value(), CodeStatus(ui.status.currentData())
        later = [other for other in self.others if day is not None and other.on > day]
        if day is None:
            text = ""
        elif later:
            text = self.tr("Dated before its latest step ({day}), so it takes its place in the history and the code "
                           "stays “{status}”.").format(day=uk_date(max(other.on for other in later)),
                                                  status=self.others[0].status.label())
        elif status is CodeStatus.ADOPTED:
            text = self.tr("The code will be “{status}” from this day, and its reviews counted from it.").format(
                status=status.label())
        else:
            text = self.tr("The code will be “{status}” from this day.").format(status=status.label())
        ui.stepHint.setText(text)
        ui.stepHint.setVisible(bool(text))

    def save(self):
        ui = self.ui
        status, label = ui.status.currentData(), ui.status.currentText()
        on, note, today = ui.on.value(), ui.note.toPlainText(), self.bench.today()
        if self.step is None:
            return self.bench.perform(
                self.tr("Record a step of “{name}”: {status}").format(name=self.row.name, status=label),
                lambda session: codes.record_step(session, self.code_id, status, on, note, today=today).id)
        return self.bench.perform(
            self.tr("Correct a step of “{name}”").format(name=self.row.name),
            lambda session: codes.update_step(session, self.step.step_id, status, on, note, today=today).id)
