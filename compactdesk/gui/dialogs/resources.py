"""The form for a resource behind the compact: a post, a budget or a funding agreement, who funds it, how much,
for when, and how long before its end the group wants reminding. The amount is typed as people write it
("£10,000", "£40k") and read back in words under the box as it is typed."""

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import CommitmentKind
from compactdesk.domain.money import NotMoney, money_text, read_pence
from compactdesk.gui.dialogs.choices import fill_choices, fill_enum, select_data
from compactdesk.gui.form import FormDialog, ScrollingForm, fit_height, show_hint
from compactdesk.gui.forms.ui_commitment_dialog import Ui_CommitmentDialog
from compactdesk.gui.pickers import offer_new_organisation, offer_new_person
from compactdesk.gui.workbench import Workbench
from compactdesk.services import actions, resources
from compactdesk.store.models import Commitment

NO_SHARE = -1  # the share box's lowest value, shown as "Not given"


class CommitmentDialog(ScrollingForm, FormDialog):
    """Adds a resource, or edits one."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, commitment_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.commitment_id = commitment_id
        self.ui = Ui_CommitmentDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"kind": ui.kind, "title": ui.title, "funder": ui.funder, "holder": ui.holder,
                       "amount": ui.amount, "share_percent": ui.share, "starts_on": ui.startsOn,
                       "ends_on": ui.endsOn, "remind_months": ui.remindMonths, "notes": ui.notes}
        fill_enum(ui.kind, CommitmentKind)
        ui.perYear.addItem(self.tr("a year"), True)
        ui.perYear.addItem(self.tr("in all"), False)
        ui.share.setSpecialValueText(self.tr("Not given"))
        ui.share.setToolTip(self.tr("How much of the post holder's time is the compact's work"))
        ui.remindMonths.setSpecialValueText(self.tr("on its last day"))
        ui.remindMonths.setToolTip(self.tr("The dashboard lists it from this many calendar months before its "
                                           "last day, so there is time to seek the money again"))
        self._fill_names()
        offer_new_organisation(ui.funder, bench, self._fill_names, also=[ui.holder])
        offer_new_person(ui.holder, bench, self._fill_names, also=[ui.funder])
        for field, words in ((ui.startsOn, self.tr("Has a first day")), (ui.endsOn, self.tr("Has a last day"))):
            field.set_optional(True)
            field.check.setToolTip(words)
            field.check.setAccessibleName(words)
        today = bench.today()
        if commitment_id is None:
            self.setWindowTitle(self.tr("New resource"))
            ui.startsOn.set_value(None, today)
            ui.endsOn.set_value(None, today)
            ui.remindMonths.setValue(resources.DEFAULT_REMIND_MONTHS)
        else:
            self.setWindowTitle(self.tr("Edit resource"))
            self._load(bench.read(resources.commitment_row, commitment_id, today))
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.amount.textChanged.connect(self._update_amount)
        ui.perYear.currentIndexChanged.connect(self._update_amount)
        ui.endsOn.changed.connect(self._update_remind)
        ui.remindMonths.valueChanged.connect(self._update_remind)
        self._kind_changed()
        self._update_amount()
        self._update_remind()
        ui.title.setFocus()
        fit_height(self, 620)

    def _fill_names(self) -> None:
        """The organisations and people a resource can name (again, once one is added from here)."""
        choices = self.bench.read(actions.target_choices)
        fill_choices(self.ui.funder, choices.partners, self.tr("None named"))
        fill_choices(self.ui.holder, choices.people, self.tr("None named"))

    def _load(self, row: resources.CommitmentRow) -> None:
        ui = self.ui
        select_data(ui.kind, row.kind.value)
        ui.title.setText(row.title)
        select_data(ui.funder, row.funder_id)
        select_data(ui.holder, row.holder_id)
        # Written as the program writes money, which the box reads back as the same pence.
        ui.amount.setText(money_text(row.amount_pence) if row.amount_pence is not None else "")
        select_data(ui.perYear, row.per_year)
        ui.share.setValue(NO_SHARE if row.share_percent is None else row.share_percent)
        today = self.bench.today()
        ui.startsOn.set_value(row.starts_on, today)
        ui.endsOn.set_value(row.ends_on, row.starts_on or today)
        ui.remindMonths.setValue(row.remind_months)
        ui.notes.setPlainText(row.notes)

    def _kind_changed(self) -> None:
        post = self.ui.kind.currentData() == CommitmentKind.POST.value
        self.ui.share.setEnabled(post)
        self.ui.shareLabel.setEnabled(post)
        if not post:
            self.ui.share.setValue(NO_SHARE)  # a budget has no share of a post's time; the service would refuse it

    def _update_amount(self) -> None:
        try:
            pence = read_pence(self.ui.amount.text())
        except NotMoney as refused:
            show_hint(self.ui.amountHint, refused.reason, True)
            return
        words = "" if pence is None else resources.amount_text(pence, bool(self.ui.perYear.currentData()))
        show_hint(self.ui.amountHint, words, False)

    def _update_remind(self) -> None:
        ui = self.ui
        months = ui.remindMonths.value()
        ui.remindMonths.setSuffix(self.tr(" month before it ends") if months == 1
                                  else self.tr(" months before it ends"))
        ends = ui.endsOn.value()
        if ends is None:
            text = self.tr("Give the last day, and the dashboard will remind you before it ends.")
        else:
            text = self.tr("The dashboard will remind you from {day}.").format(
                day=uk_long_date(resources.reminder_day(ends, months)))
        show_hint(ui.remindHint, text, False)

    def values(self) -> dict:
        ui = self.ui
        share = ui.share.value()
        return {"kind": ui.kind.currentData(), "title": ui.title.text(), "funder_id": ui.funder.currentData(),
                "holder_id": ui.holder.currentData(), "amount": ui.amount.text(),
                "per_year": bool(ui.perYear.currentData()),
                "share_percent": None if share == NO_SHARE or not ui.share.isEnabled() else share,
                "starts_on": ui.startsOn.value(), "ends_on": ui.endsOn.value(),
                "remind_months": ui.remindMonths.value(), "notes": ui.notes.toPlainText()}

    def save(self) -> Commitment:
        values = self.values()
        title = values["title"].strip()
        if self.commitment_id is None:
            return self.bench.perform(self.tr("Add resource “{title}”").format(title=title),
                                      resources.add_commitment, values.pop("kind"), values.pop("title"), **values)
        return self.bench.perform(self.tr("Edit resource “{title}”").format(title=title),
                                  resources.update_commitment, self.commitment_id, **values)
