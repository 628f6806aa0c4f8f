"""Dialogs of the Compact page: setting it up, its details, standards, status changes and partners."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QSpinBox, QWidget

from compactdesk.domain.enums import CompactStatus, Sector
from compactdesk.domain.rules import Standards
from compactdesk.gui.dialogs.choices import fill_enum, select_data
from compactdesk.gui.dialogs.people import OrganisationDialog
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_compact_dialog import Ui_CompactDialog
from compactdesk.gui.forms.ui_partners_dialog import Ui_PartnersDialog
from compactdesk.gui.forms.ui_setup_dialog import Ui_SetupDialog
from compactdesk.gui.forms.ui_standards_dialog import Ui_StandardsDialog
from compactdesk.gui.forms.ui_status_dialog import Ui_StatusDialog
from compactdesk.gui.pickers import organisation_tip, run_form
from compactdesk.gui.workbench import Workbench
from compactdesk.services import compact
from compactdesk.services.compact import StatusRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIFECYCLE = (CompactStatus.JUST_STARTING, CompactStatus.IN_DRAFT, CompactStatus.AGREED, CompactStatus.SIGNED,
             CompactStatus.IMPLEMENTED)


class SetupDialog(FormDialog):
    """The first thing done in a new store: the compact's name, area and where it stands."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"name": self.ui.name, "name_cy": self.ui.nameCy, "area": self.ui.area, "status": self.ui.status,
                       "on": self.ui.on}
        fill_enum(self.ui.status, CompactStatus)
        self.ui.on.set_value(bench.today())

    def save(self):
        name = self.ui.name.text()
        return self.bench.perform(
            self.tr("Set up the compact “{name}”").format(name=name.strip()), compact.set_up_compact, name,
            self.ui.area.text(), status=self.ui.status.currentData(), status_on=self.ui.on.value(),
            today=self.bench.today(), name_cy=self.ui.nameCy.text())


class CompactDialog(FormDialog):
    """The compact's name, area, the words the group uses, and notes."""

    def __init__(self, bench: Workbench, summary: compact.CompactSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.ui = Ui_CompactDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"name": ui.name, "name_cy": ui.nameCy, "area": ui.area, "group_label": ui.groupLabel,
                       "group_label_cy": ui.groupLabelCy, "champion_label": ui.championLabel,
                       "champion_label_cy": ui.championLabelCy, "notes": ui.notes}
        words = summary.words  # as held, in both languages: the summary's own are in the language spoken
        ui.name.setText(words.name)
        ui.nameCy.setText(words.name_cy)
        ui.area.setText(summary.area)
        ui.groupLabel.setText(words.group_label)
        ui.groupLabelCy.setText(words.group_label_cy)
        ui.championLabel.setText(words.champion_label)
        ui.championLabelCy.setText(words.champion_label_cy)
        ui.notes.setPlainText(summary.notes)

    def save(self):
        ui = self.ui
        name = ui.name.text()
        return self.bench.perform(
            self.tr("Edit the compact “{name}”").format(name=name.strip()), compact.update_compact, name=name,
            area=ui.area.text(), group_label=ui.groupLabel.text(), champion_label=ui.championLabel.text(),
            notes=ui.notes.toPlainText(), name_cy=ui.nameCy.text(), group_label_cy=ui.groupLabelCy.text(),
            champion_label_cy=ui.championLabelCy.text())


def _plural_suffix(box: QSpinBox, one: str, many: str) -> None:
    # A spin box shows one suffix whatever its value; "1 weeks" reads as a slip.
    def update(value: int) -> None:
        box.setSuffix(one if value == 1 else many)

    box.valueChanged.connect(update)
    update(box.value())


class StandardsDialog(FormDialog):
    """The compact's own numbers: consultation length and feedback, funding notice, feedback and 'due soon'."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.ui = Ui_StandardsDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"consultation_weeks": ui.consultationWeeks,
                       "consultation_feedback_weeks": ui.consultationFeedbackWeeks,
                       "funding_notice_months": ui.fundingMonths, "feedback_days": ui.feedbackDays,
                       "due_soon_days": ui.dueSoonDays}
        _plural_suffix(ui.consultationWeeks, self.tr(" week"), self.tr(" weeks"))
        _plural_suffix(ui.consultationFeedbackWeeks, self.tr(" week of closing"), self.tr(" weeks of closing"))
        _plural_suffix(ui.fundingMonths, self.tr(" month"), self.tr(" months"))
        _plural_suffix(ui.feedbackDays, self.tr(" day"), self.tr(" days"))
        _plural_suffix(ui.dueSoonDays, self.tr(" day"), self.tr(" days"))
        defaults = ui.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(self.tr("National &defaults"))
        defaults.setToolTip(self.tr("12 weeks, feedback within 12 weeks, 3 months, 28 days, 30 days"))
        defaults.clicked.connect(lambda: self.set_standards(Standards()))
        self.set_standards(bench.read(compact.standards))

    def set_standards(self, rules: Standards) -> None:
        ui = self.ui
        ui.consultationWeeks.setValue(rules.consultation_weeks)
        ui.consultationFeedbackWeeks.setValue(rules.consultation_feedback_weeks)
        ui.fundingMonths.setValue(rules.funding_notice_months)
        ui.feedbackDays.setValue(rules.feedback_days)
        ui.feedbackByNextMeeting.setChecked(rules.feedback_by_next_meeting)
        ui.dueSoonDays.setValue(rules.due_soon_days)

    def standards(self) -> Standards:
        ui = self.ui
        return Standards(consultation_weeks=ui.consultationWeeks.value(),
                         consultation_feedback_weeks=ui.consultationFeedbackWeeks.value(),
                         funding_notice_months=ui.fundingMonths.value(), feedback_days=ui.feedbackDays.value(),
                         feedback_by_next_meeting=ui.feedbackByNextMeeting.isChecked(),
                         due_soon_days=ui.dueSoonDays.value())

    def save(self):
        return self.bench.perform(self.tr("Change standards"), compact.set_standards, self.standards())


class StatusDialog(FormDialog):
    """Records a new status change, or corrects one already recorded (`row`)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, row: StatusRow | None = None):
        super().__init__(parent)
        self.bench = bench
        self.row = row
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"status": self.ui.status, "on": self.ui.on, "note": self.ui.note}
        fill_enum(self.ui.status, CompactStatus)
        if row is None:
            now = bench.read(compact.current_status, bench.today())
            if now is not None:
                # Early on the next step is usually the next stage; later the path branches.
                step = LIFECYCLE.index(now.status) + 1 if now.status in LIFECYCLE[:-1] else None
                select_data(self.ui.status, (LIFECYCLE[step] if step else now.status).value)
            self.ui.on.set_value(bench.today())
        else:
            self.setWindowTitle(self.tr("Correct a status change"))
            select_data(self.ui.status, row.status.value)
            self.ui.on.set_value(row.on)
            self.ui.note.setPlainText(row.note)

    def save(self):
        # The service checks the choice, so a missing one is refused at the field like any other.
        status, label = self.ui.status.currentData(), self.ui.status.currentText()
        on, note = self.ui.on.value(), self.ui.note.toPlainText()
        if self.row is None:
            return self.bench.perform(self.tr("Record status “{status}”").format(status=label),
                                      lambda session: compact.record_status(session, status, on, note).id)
        return self.bench.perform(self.tr("Correct status “{status}”").format(status=label),
                                  lambda session: compact.update_status(session, self.row.id, status, on, note).id)


class PartnersDialog(FormDialog):
    """Ticks the organisations that signed the compact."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.ui = Ui_PartnersDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"partners": self.ui.organisations}
        self._fill(None)
        self.ui.newOrganisation.setToolTip(organisation_tip())
        self.ui.newOrganisation.clicked.connect(self.add_organisation)
        self.ui.search.textChanged.connect(self._search)
        self.ui.organisations.itemChanged.connect(self._count)
        self._count()

    def _fill(self, ticked: set[int] | None) -> None:
        """The organisations, ticked as the file has them, or as `ticked` says (what is ticked so far here)."""
        listing = self.ui.organisations
        listing.clear()
        for choice in self.bench.read(compact.partner_choices):
            item = QListWidgetItem(self.tr("{name} ({sector})").format(name=choice.name, sector=choice.sector.label()))
            item.setToolTip(item.text())
            item.setData(ID_ROLE, choice.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            chosen = choice.chosen if ticked is None else choice.id in ticked
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            listing.addItem(item)
        if not listing.count():
            self.ui.intro.setText(self.tr("There are no organisations here yet. Add the council, the other public "
                                          "bodies and the voluntary organisations with “New organisation…”."))
        else:
            self.ui.intro.setText(self.tr("Tick each body that signed the compact. One not listed: “New "
                                          "organisation…” adds it."))

    def add_organisation(self) -> int | None:
        """Adds an organisation (its own undo step) and ticks it: it is added here because it signed."""
        made = run_form(OrganisationDialog(self.bench, self, sector=Sector.COUNCIL))
        if made is None:
            return None
        self._fill(set(self.chosen()) | {made})
        self._search(self.ui.search.text())
        self._count()
        item = next(item for item in self.items() if item.data(ID_ROLE) == made)
        item.setHidden(False)
        self.ui.organisations.setCurrentItem(item)
        self.ui.organisations.setFocus()
        return made

    def items(self) -> list[QListWidgetItem]:
        return [self.ui.organisations.item(number) for number in range(self.ui.organisations.count())]

    def set_chosen(self, ids) -> None:
        wanted = set(ids)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self.items() if item.checkState() == Qt.CheckState.Checked]

    def _search(self, text: str) -> None:
        words = text.casefold().split()
        for item in self.items():
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _count(self) -> None:
        chosen = len(self.chosen())
        self.ui.count.setText(self.tr("%n chosen", "", chosen))

    def save(self):
        return self.bench.perform(self.tr("Choose partners"), compact.set_partners, self.chosen())
