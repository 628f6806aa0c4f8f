"""Disputes: the record, a stage reached, the resolution, and the compact's own route of stages."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.errors import ValidationError
from compactdesk.gui.dialogs.choices import fill_pairs, select_data
from compactdesk.gui.form import FieldErrors, FormDialog
from compactdesk.gui.forms.ui_dispute_dialog import Ui_DisputeDialog
from compactdesk.gui.forms.ui_dispute_stages_dialog import Ui_DisputeStagesDialog
from compactdesk.gui.forms.ui_dispute_step_dialog import Ui_DisputeStepDialog
from compactdesk.gui.pickers import offer_new_organisation
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import select_key, selected_key
from compactdesk.gui.widgets import DateField
from compactdesk.gui.workbench import Workbench
from compactdesk.i18n import translate
from compactdesk.services import disputes, members
from compactdesk.services.disputes import DisputeDetail, StageRow


def _organisations(session):
    return [(row.organisation_id, row.name, row.sector) for row in members.organisation_rows(session)]


def _stage_text(stage: StageRow) -> str:
    """A stage as the choice boxes list it, marked when it is off the usual route or ends it."""
    if stage.is_outcome:
        return translate("DisputeStages", "{name} (outcome)").format(name=stage.name)
    if stage.optional:
        return translate("DisputeStages", "{name} (optional)").format(name=stage.name)
    return stage.name


class DisputeDialog(FormDialog):
    """A new dispute (with the stage it has reached), or the fields of one already recorded."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, dispute_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.dispute_id = dispute_id
        self.ui = Ui_DisputeDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"title": ui.title, "raised_by": ui.raisedBy, "against": ui.against, "raised_on": ui.raisedOn,
                       "stage": ui.firstStage, "summary": ui.summary}
        self._fill_organisations()
        for combo, other in ((ui.raisedBy, ui.against), (ui.against, ui.raisedBy)):
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            offer_new_organisation(combo, bench, self._fill_organisations, also=[other])
        ui.against.currentIndexChanged.connect(self._show_breach)
        ui.raisedOn.set_value(bench.today())
        if dispute_id is None:
            self.setWindowTitle(self.tr("New dispute"))
            stages = bench.read(disputes.stage_rows)
            fill_pairs(ui.firstStage, [(stage.stage_id, _stage_text(stage)) for stage in stages
                                       if not stage.is_outcome], self.tr("None recorded yet"))
            select_data(ui.firstStage, bench.read(disputes.next_stage_id, None))
        else:
            self.setWindowTitle(self.tr("Edit dispute"))
            ui.firstStage.hide()
            ui.firstStageLabel.hide()
            self._load(bench.read(disputes.dispute_detail, dispute_id, bench.today()))
        self._show_breach()
        self.resize(640, self.sizeHint().height())

    def _fill_organisations(self) -> None:
        ui = self.ui
        organisations = self.bench.read(_organisations)
        self.sectors = {ident: sector for ident, _, sector in organisations}
        pairs = [(ident, f"{name} ({sector.label()})") for ident, name, sector in organisations]
        fill_pairs(ui.raisedBy, pairs, self.tr("Choose the organisation raising it…"))
        fill_pairs(ui.against, pairs, self.tr("Choose the organisation said to be in breach…"))

    def _load(self, detail: DisputeDetail) -> None:
        ui = self.ui
        ui.title.setText(detail.row.title)
        select_data(ui.raisedBy, detail.raised_by_id)
        select_data(ui.against, detail.against_id)
        ui.raisedOn.set_value(detail.row.raised_on)
        ui.summary.setPlainText(detail.summary)

    def _show_breach(self) -> None:
        sector = self.sectors.get(self.ui.against.currentData())
        self.ui.breach.setText(f"<i>{escape(disputes.who_breached(sector))}.</i>" if sector else "")
        self.ui.breach.setVisible(sector is not None)

    def save(self):
        ui = self.ui
        title = ui.title.text().strip()
        values = {"title": ui.title.text(), "raised_by_id": ui.raisedBy.currentData(),
                  "against_id": ui.against.currentData(), "raised_on": ui.raisedOn.value(),
                  "summary": ui.summary.toPlainText()}
        if self.dispute_id is None:
            return self.bench.perform(self.tr("Add dispute “{title}”").format(title=title), disputes.add_dispute,
                                      stage_id=ui.firstStage.currentData(), **values)
        return self.bench.perform(self.tr("Edit dispute “{title}”").format(title=title), disputes.update_dispute,
                                  self.dispute_id, **values)


class StepDialog(FormDialog):
    """A stage the dispute reached, on a day; or a change to one already recorded."""

    def __init__(self, bench: Workbench, dispute_id: int, parent: QWidget | None = None, *,
                 step_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.dispute_id = dispute_id
        self.step_id = step_id
        self.ui = Ui_DisputeStepDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"stage": ui.stage, "on": ui.on, "note": ui.note}
        detail = bench.read(disputes.dispute_detail, dispute_id, bench.today())
        self.title = detail.row.title
        self.stages = {stage.stage_id: stage for stage in bench.read(disputes.stage_rows)}
        fill_pairs(ui.stage, [(stage.stage_id, _stage_text(stage)) for stage in self.stages.values()])
        ui.dispute.setText(self.tr("<b>{title}</b><br>Raised on {day}.").format(
            title=escape(detail.row.title), day=uk_long_date(detail.row.raised_on)))
        ui.stage.currentIndexChanged.connect(self._show_hint)
        step = next((step for step in detail.steps if step.step_id == step_id), None)
        self.resolution = step is not None and step.resolution
        if step is None:
            self.setWindowTitle(self.tr("Record a stage"))
            select_data(ui.stage, bench.read(disputes.next_stage_id, dispute_id))
            ui.on.set_value(min(bench.today(), detail.row.resolved_on or bench.today()))
        else:
            self.setWindowTitle(self.tr("Edit a stage"))
            select_data(ui.stage, step.stage_id)
            ui.on.set_value(step.on)
            ui.note.setPlainText(step.note)
            # The resolution's own step moves with Resolve…; only its note is edited here.
            ui.stage.setEnabled(not self.resolution)
            ui.on.setEnabled(not self.resolution)
        self._show_hint()
        self.resize(560, self.sizeHint().height())

    def _show_hint(self) -> None:
        stage = self.stages.get(self.ui.stage.currentData())
        if self.resolution:
            text = self.tr("This is the outcome recorded when the dispute was resolved; change its date with "
                           "“Resolve…”.")
        elif stage is not None and stage.is_outcome:
            text = self.tr("Recording the outcome stage does not close the dispute: use “Resolve…” to give the "
                           "outcome and the day it was resolved.")
        elif stage is not None and stage.optional:
            text = self.tr("An optional stage, off the usual route.")
        else:
            text = ""
        self.ui.hint.setText(text)
        self.ui.hint.setVisible(bool(text))

    def save(self):
        ui = self.ui
        stage = self.stages.get(ui.stage.currentData())
        name = stage.name if stage else ""
        args = (ui.stage.currentData(), ui.on.value(), ui.note.toPlainText())
        if self.step_id is None:
            text = self.tr("Record “{stage}” for “{title}”").format(stage=name, title=self.title)
            return self.bench.perform(text, disputes.add_step, self.dispute_id, *args)
        text = self.tr("Edit the “{stage}” stage of “{title}”").format(stage=name, title=self.title)
        return self.bench.perform(text, disputes.update_step, self.step_id, *args)


class ResolveDialog(FormDialog):
    """The outcome and the day it was resolved (simple enough to build here rather than in Designer)."""

    def __init__(self, bench: Workbench, dispute_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.dispute_id = dispute_id
        detail = bench.read(disputes.dispute_detail, dispute_id, bench.today())
        self.title = detail.row.title
        self.changing = detail.row.resolved_on is not None
        self.setWindowTitle(self.tr("Change the resolution") if self.changing else self.tr("Resolve a dispute"))
        self.question = QLabel(self.tr("<b>{title}</b><br>Raised on {day}.").format(
            title=escape(detail.row.title), day=uk_long_date(detail.row.raised_on)))
        self.question.setWordWrap(True)
        outcome = next((stage for stage in bench.read(disputes.stage_rows) if stage.is_outcome), None)
        self.note = QLabel(self.tr("Resolving records “{stage}” in the dispute's history on that day.").format(
            stage=escape(outcome.name)) if outcome else "")
        self.note.setWordWrap(True)
        self.note.setVisible(outcome is not None)
        self.resolved_on = DateField(self)
        self.resolved_on.set_value(detail.row.resolved_on or bench.today())
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What was decided or agreed, and by whom"))
        self.outcome.setPlainText(detail.row.outcome)
        form = QFormLayout()
        for text, widget in ((self.tr("Resolved &on:"), self.resolved_on), (self.tr("O&utcome:"), self.outcome)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.place_error_label()
        self.connect_buttons(self.buttons)
        self.fields = {"resolved_on": self.resolved_on, "outcome": self.outcome}
        self.resize(520, 320)

    def save(self):
        text = self.tr("Change the resolution of “{title}”") if self.changing else self.tr("Resolve “{title}”")
        return self.bench.perform(text.format(title=self.title), disputes.resolve, self.dispute_id,
                                  self.resolved_on.value(), self.outcome.toPlainText())


class StagesDialog(QDialog):
    """The compact's own route: each button is one service call, one undo step, shown at once."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self._named_stage: int | None = None  # the stage whose name the name box was last filled with
        self.ui = Ui_DisputeStagesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(self)
        self.layout().insertWidget(1, self.errors.label)
        # A refusal about the chosen stage itself (in use, already first) is told in the message line alone.
        self.fields = {"name": ui.name, "is_outcome": ui.outcome}
        self.model = RowModel(self._columns(), key=lambda stage: stage.stage_id, parent=self)
        self.proxy = RowFilter(self.model, self)
        table = ui.stages
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Stages"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.addButton.clicked.connect(self.add)
        ui.renameButton.clicked.connect(self.rename)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        ui.deleteButton.clicked.connect(self.delete)
        ui.optional.clicked.connect(self.set_optional)
        ui.outcome.clicked.connect(self.set_outcome)
        ui.undoButton.clicked.connect(self.undo)
        ui.buttons.rejected.connect(self.reject)
        # Enter in the name box must not close the dialog: no button is the default here.
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        # Undo here takes back only what was done in this dialog.
        self.undo_floor = bench.undo_stack.index()
        bench.changed.connect(self.reload)
        # The stack moves its index after the replay that fires `changed`: the Undo button follows the index.
        bench.undo_stack.indexChanged.connect(self._update_undo)
        self.reload()
        if self.model.rowCount():
            table.selectRow(0)
        self._selection_changed()
        self.resize(660, 480)

    def _columns(self) -> list[Column[StageRow]]:
        def kind(stage: StageRow) -> str:
            if stage.is_outcome:
                return self.tr("Outcome")
            return self.tr("Optional") if stage.optional else self.tr("Usual route")

        def used(stage: StageRow) -> str:
            disputes = stage.disputes  # a bare name: lupdate collects no plural with any other count
            return translate("StagesDialog", "%n dispute(s)", None, disputes) if disputes else ""

        return [
            Column(self.tr("Stage"), lambda stage: stage.name),
            Column(self.tr("Kind"), kind, tone=lambda stage: "quiet" if stage.optional else None),
            Column(self.tr("In the history of"), used, right=True),
        ]

    def done(self, result: int) -> None:
        stack = self.bench.undo_stack
        for signal, slot in ((self.bench.changed, self.reload), (stack.indexChanged, self._update_undo)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().done(result)

    def reload(self) -> None:
        chosen = self.current_id()
        self.model.set_rows(self.bench.read(disputes.stage_rows))
        if chosen is not None:
            select_key(self.ui.stages, chosen)
        self._selection_changed()

    def current_id(self) -> int | None:
        return selected_key(self.ui.stages)

    def current(self) -> StageRow | None:
        return self.model.row_for(self.current_id())

    def _selection_changed(self, *_) -> None:
        stage = self.current()
        ui = self.ui
        has = stage is not None
        number = self.model.number_of(stage.stage_id) if has else None
        ui.upButton.setEnabled(has and number > 0)
        ui.downButton.setEnabled(has and number < self.model.rowCount() - 1)
        ui.deleteButton.setEnabled(has)
        ui.renameButton.setEnabled(has)
        for box, value in ((ui.optional, has and stage.optional), (ui.outcome, has and stage.is_outcome)):
            box.setEnabled(has)
            box.setChecked(bool(value))
        # The name box follows a new choice of stage only: a reload after a tick, or a refusal, keeps what was typed.
        shown = stage.stage_id if has else None
        if has and shown != self._named_stage:
            ui.name.setText(stage.held_name)  # as held: a seeded stage's Welsh is the program's, not saved
        self._named_stage = shown
        self._update_undo()

    def _update_undo(self, *_) -> None:
        self.ui.undoButton.setEnabled(self.bench.undo_stack.index() > self.undo_floor)

    def _perform(self, text: str, service, *args) -> object | None:
        self.errors.clear()
        try:
            return self.bench.perform(text, service, *args)
        except ValidationError as error:
            self.errors.show(str(error), error.field)
            self._selection_changed()  # the ticks show what is stored, not what was refused
            return None

    def add(self) -> None:
        name = self.ui.name.text()
        added = self._perform(self.tr("Add stage “{name}”").format(name=name.strip()), disputes.add_stage, name)
        if added is not None:
            select_key(self.ui.stages, added.id)
            self._selection_changed()

    def rename(self) -> None:
        stage = self.current()
        if stage is not None:
            name = self.ui.name.text()
            self._perform(self.tr("Rename stage “{old}” to “{new}”").format(old=stage.name, new=name.strip()),
                          disputes.rename_stage, stage.stage_id, name)

    def move(self, steps: int) -> None:
        stage = self.current()
        if stage is not None:
            text = self.tr("Move stage “{name}” up") if steps < 0 else self.tr("Move stage “{name}” down")
            self._perform(text.format(name=stage.name), disputes.move_stage, stage.stage_id, steps)

    def delete(self) -> None:
        stage = self.current()
        if stage is not None:
            self._perform(self.tr("Delete stage “{name}”").format(name=stage.name), disputes.delete_stage,
                          stage.stage_id)

    def set_optional(self, optional: bool) -> None:
        stage = self.current()
        if stage is not None:
            text = self.tr("Make stage “{name}” optional") if optional else \
                self.tr("Put stage “{name}” on the usual route")
            self._perform(text.format(name=stage.name), disputes.set_stage_optional, stage.stage_id, optional)

    def set_outcome(self, is_outcome: bool) -> None:
        stage = self.current()
        if stage is not None:
            text = self.tr("Make “{name}” the outcome stage") if is_outcome else \
                self.tr("Make “{name}” no longer the outcome stage")
            self._perform(text.format(name=stage.name), disputes.set_outcome_stage, stage.stage_id, is_outcome)

    def undo(self) -> None:
        if self.bench.undo_stack.index() > self.undo_floor:
            self.errors.clear()
            self.bench.undo_stack.undo()
