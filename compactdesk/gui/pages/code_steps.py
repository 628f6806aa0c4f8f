"""The chosen code's history under the list of codes: each step of its making, newest first, with what happened.
"Record a step…" adds one; Enter or a double-click corrects the chosen step; "Remove step" takes it out."""


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import CodeStatus
from compactdesk.domain.text import one_line
from compactdesk.gui.colours import status_tone
from compactdesk.gui.pages.action_detail import tip
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.people_list import set_widths
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.services.codes import CodeRow, StepRow


class CodeStepsPane(QWidget):
    opened = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowModel([
            Column(self.tr("On"), lambda r: uk_date(r.on), sort=lambda r: (r.on, r.step_id), value=lambda r: r.on,
                   tooltip=lambda r: uk_long_date(r.on)),
            Column(self.tr("Status"), lambda r: r.status.label(), status=lambda r: status_tone(r.status),
                   tooltip=self._status_tip),
            Column(self.tr("What happened"), lambda r: one_line(r.note),
                   tooltip=lambda r: tip(r.note) if r.note else None),
        ], key=lambda row: row.step_id, parent=self)
        self.table, _ = make_table(self.model, self, "codeStepsTable", opens=self.opened.emit,
                                   accessible_name=self.tr("History of the code"))
        # The longest day ("28 Gorffennaf 2026" in Welsh) and status ("Accepted in principle") read whole.
        metrics = self.table.fontMetrics()
        set_widths(self.table, (date_width(self.table),
                                max(metrics.horizontalAdvance(status.label()) for status in CodeStatus) + 28, 200),
                   stretch=2, keep={0, 1})
        self.empty = EmptyState(self.table, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("codeStepsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # S and T: the page's tabs and the reviews' buttons have C, O, U, R and M.
        self.step_button = QPushButton(self.tr("Record a &step…"), self)
        self.step_button.setObjectName("recordStep")
        self.remove_button = QPushButton(self.tr("Remove s&tep"), self)
        self.remove_button.setObjectName("removeStep")
        self.remove_button.setToolTip(self.tr("Take the chosen step out of the history (Delete); the code's status "
                                              "is then its latest step's. Ctrl+Z takes it back."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(280)

    def _status_tip(self, row: StepRow) -> str:
        if row.current:
            return self.tr("{status}: the latest step, so the code's status now").format(status=row.status.label())
        return row.status.label()

    def show_steps(self, row: CodeRow | None, steps: tuple[StepRow, ...]) -> None:
        chosen = selected_key(self.table)
        self.model.set_rows(list(steps))
        if chosen is not None:
            select_key(self.table, chosen)
        if row is None:
            self.heading.setText(self.tr("Choose a code to see its history."))
            empty = self.tr("Choose a code above to see the steps of its making.")
        else:
            self.heading.setText(self.tr("History of “{name}”").format(name=row.name))
            empty = self.tr("No steps recorded yet. Record each step of the code's making with “Record a step…”: "
                            "into draft, a questionnaire sent, a meeting, a redraft, adopted.")
        self.heading.setToolTip(row.name if row is not None else "")
        self.empty.show_state(has_rows=bool(steps), visible_rows=len(steps), empty_text=empty)

    def select(self, step_id: int | None) -> None:
        select_key(self.table, step_id)

    def current_step(self) -> StepRow | None:
        return self.model.row_for(selected_key(self.table))

    def update_buttons(self, row: CodeRow | None) -> None:
        self.step_button.setEnabled(row is not None)
        self.step_button.setToolTip(self.tr("Record a step in the chosen code's history, with its day and what "
                                            "happened") if row is not None else self.tr("Choose a code first"))
        self.remove_button.setEnabled(row is not None and self.current_step() is not None)
