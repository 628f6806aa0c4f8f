"""The compact's lead councillor or lead officer changing hands: who takes it on (or nobody), from which day."""

from html import escape

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import LeadRole
from compactdesk.gui import colours
from compactdesk.gui.dialogs.choices import fill_pairs, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_lead_dialog import Ui_LeadDialog
from compactdesk.gui.pickers import offer_new_person
from compactdesk.gui.workbench import Workbench
from compactdesk.services import leads
from compactdesk.services.leads import LeadChangeRow


class LeadDialog(FormDialog):
    """Records who holds a role from a day (a day ahead: a change planned), or corrects a change (`change`)."""

    def __init__(self, bench: Workbench, role: LeadRole, parent: QWidget | None = None, *,
                 change: LeadChangeRow | None = None):
        super().__init__(parent)
        self.bench = bench
        self.role = role
        self.change = change
        self.ui = Ui_LeadDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"person": ui.person, "on": ui.on, "note": ui.note}
        self.names: dict[int, str] = {}
        today = bench.today()
        now = next(lead for lead in bench.read(leads.leads_now, today) if lead.role is role)
        if change is None:
            self.setWindowTitle(self.tr("Change the {role}").format(role=role.label().lower()))
            self._fill(None)
            ui.on.set_value(today)
        else:
            self.setWindowTitle(self.tr("Correct a change of {role}").format(role=role.label().lower()))
            self._fill(change.person_id)
            ui.on.set_value(change.on)
            ui.note.setPlainText(change.note)
        if now.person_id is not None:
            where = self.tr("Now: {person}, since {day}.").format(person=now.person, day=uk_date(now.since))
        elif now.since is not None:
            where = self.tr("Nobody since {day}.").format(day=uk_date(now.since))
        else:
            where = self.tr("Nobody recorded yet.")
        ui.question.setText(self.tr("<b>{role}</b><br>{where}").format(role=escape(role.label()),
                                                                      where=escape(where)))
        self.new_person = offer_new_person(ui.person, bench, lambda: self._fill(ui.person.currentData()))
        colours.tint(ui.onHint, colours.QUIET)
        ui.on.changed.connect(self._update_hint)
        self._update_hint()
        self.resize(max(self.width(), 560), self.sizeHint().height())

    def _fill(self, chosen: int | None) -> None:
        choices = self.bench.read(leads.lead_choices)
        self.names = {choice.person_id: choice.name for choice in choices}

        def text(choice: leads.LeadChoice) -> str:
            return f"{choice.name} — {choice.organisation}" if choice.organisation else choice.name

        fill_pairs(self.ui.person, [(choice.person_id, text(choice)) for choice in choices],
                   self.tr("Nobody: the role falls empty"))
        select_data(self.ui.person, chosen)

    def _update_hint(self) -> None:
        day = self.ui.on.value()
        text = self.tr("A day after today: the change is recorded as planned and takes effect on its day.") \
            if day is not None and day > self.bench.today() else ""
        self.ui.onHint.setText(text)
        self.ui.onHint.setVisible(bool(text))

    def save(self):
        ui = self.ui
        person, on, note = ui.person.currentData(), ui.on.value(), ui.note.toPlainText()
        role = self.role.label().lower()
        if self.change is not None:
            return self.bench.perform(
                self.tr("Correct a change of {role}").format(role=role),
                lambda session: leads.update_lead_change(session, self.change.change_id, person, on, note).id)
        text = self.tr("Name {person} {role}").format(person=self.names.get(person, ""), role=role) \
            if person is not None else self.tr("No {role} from {day}").format(role=role,
                                                                                day=uk_date(on) if on else "")
        return self.bench.perform(text, lambda session: leads.set_lead(session, self.role, person, on, note).id)
