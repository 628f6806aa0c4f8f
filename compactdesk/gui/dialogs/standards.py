"""The forms of the Codes & standards page: a code of practice, a review of one, a consultation, a funding notice.

Each form says, as it is filled in, what the compact's standard makes of it (the next review, the length
against the standard, the notice needed), using the same rules and words as the page's rows.
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import CodeStatus, FundingChange, FundingOutcome
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.money import money_text
from compactdesk.domain.standards import (
    check_consultation,
    check_notice_outcome,
    code_review_due,
    consultation_full_length_closes,
    notice_days_short,
    notice_needed_until,
    notice_to_take_up,
)
from compactdesk.gui.dialogs.choices import fill_enum, fill_pairs, select_data
from compactdesk.gui.form import FormDialog, ScrollingForm, fit_height, show_hint
from compactdesk.gui.forms.ui_code_dialog import Ui_CodeDialog
from compactdesk.gui.forms.ui_code_review_dialog import Ui_CodeReviewDialog
from compactdesk.gui.forms.ui_consultation_dialog import Ui_ConsultationDialog
from compactdesk.gui.forms.ui_funding_notice_dialog import Ui_FundingNoticeDialog
from compactdesk.gui.pickers import PUBLIC_SECTORS, VOLUNTARY_SECTORS, offer_new_organisation
from compactdesk.gui.workbench import Workbench
from compactdesk.services import codes, consultations, funding
from compactdesk.services.compact import standards



def _plural_suffix(box, one: str, many: str) -> None:
    # A spin box shows one suffix whatever its value; "1 months" reads as a slip.
    def update(value: int) -> None:
        box.setSuffix(one if value == 1 else many)

    box.valueChanged.connect(update)
    update(box.value())


def _fill_organisations(combo: QComboBox, choices, none_text: str, current: tuple[int, str] | None) -> None:
    """The organisations of the right sector; one already chosen stays choosable even if its sector has
    changed since, so saving says why it no longer fits instead of quietly dropping it."""
    pairs = [(choice.ident, choice.name) for choice in choices]
    if current is not None and current[0] not in {ident for ident, _ in pairs}:
        pairs.append(current)
    fill_pairs(combo, pairs, none_text)
    for number in range(combo.count()):
        combo.setItemData(number, combo.itemText(number), Qt.ItemDataRole.ToolTipRole)  # long names in full


class CodeDialog(FormDialog):
    """Adds a local code, or edits any code (a national one keeps its place in every store)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, code_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.code_id = code_id
        self.ui = Ui_CodeDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"name": ui.name, "status": ui.status, "adopted_on": ui.adoptedOn,
                       "review_months": ui.reviewMonths, "notes": ui.notes}
        fill_enum(ui.status, CodeStatus)
        ui.adoptedOn.set_optional(True)
        ui.adoptedOn.set_check_text(self.tr("Adopted"))
        _plural_suffix(ui.reviewMonths, self.tr(" month"), self.tr(" months"))
        self.last_reviewed_on = None
        if code_id is None:
            self.setWindowTitle(self.tr("New code of practice"))
            ui.nationalNote.hide()
            ui.adoptedOn.set_value(None, bench.today())
        else:
            self.setWindowTitle(self.tr("Edit code of practice"))
            row = bench.read(codes.code_detail, code_id, bench.today()).row
            ui.nationalNote.setVisible(row.national)
            ui.name.setText(row.held_name)  # as held: a national code's Welsh is the program's, not saved
            select_data(ui.status, row.status.value)
            ui.adoptedOn.set_value(row.adopted_on, bench.today())
            ui.reviewMonths.setValue(row.review_months or 24)
            ui.notes.setPlainText(row.notes)
            self.last_reviewed_on = row.last_reviewed_on
        ui.status.currentIndexChanged.connect(self._update_hint)
        ui.adoptedOn.changed.connect(self._update_hint)
        ui.reviewMonths.valueChanged.connect(self._update_hint)
        self._update_hint()
        self.resize(600, self.sizeHint().height())

    def _update_hint(self) -> None:
        ui = self.ui
        status = CodeStatus(ui.status.currentData())
        adopted = ui.adoptedOn.value()
        if not status.in_force:
            text = self.tr("Not in force, so no review is due.")
        elif adopted is None:
            text = self.tr("Give the adoption date: an adopted code's reviews are counted from it.")
        elif ui.reviewMonths.value() < 1:
            text = ""
        else:
            due = code_review_due(status, adopted_on=adopted, last_reviewed_on=self.last_reviewed_on,
                                  review_months=ui.reviewMonths.value())
            text = self.tr("Next review due {day}.").format(day=uk_long_date(due))
        show_hint(ui.dueHint, text, status.in_force and adopted is None)

    def save(self):
        ui = self.ui
        name = ui.name.text()
        # A new status is a step in the code's history, dated the workbench's day (adopted: its adoption day).
        values = {"name": name, "status": ui.status.currentData(), "adopted_on": ui.adoptedOn.value(),
                  "review_months": ui.reviewMonths.value(), "notes": ui.notes.toPlainText(), "on": self.bench.today()}
        if self.code_id is None:
            return self.bench.perform(self.tr("Add code “{name}”").format(name=name.strip()), codes.add_code,
                                      **values)
        return self.bench.perform(self.tr("Edit code “{name}”").format(name=name.strip()), codes.update_code,
                                  self.code_id, **values)


class CodeReviewDialog(FormDialog):
    """Records that a code in force was reviewed on a day; its next review is counted from then."""

    def __init__(self, bench: Workbench, code_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.code_id = code_id
        self.ui = Ui_CodeReviewDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"on": self.ui.on, "note": self.ui.note}
        self.row = bench.read(codes.code_detail, code_id, bench.today()).row
        row, today = self.row, bench.today()
        if row.overdue:
            where = codes.why_text(row, today)
        else:
            last = uk_date(row.last_reviewed_on) if row.last_reviewed_on else self.tr("never")
            when = uk_date(row.next_review_due) if row.next_review_due else self.tr("not set")
            where = self.tr("Next review due {when}. Last reviewed: {last}.").format(when=when, last=last)
        self.ui.question.setText(self.tr("<b>{name}</b><br>{where}").format(name=escape(row.name),
                                                                           where=escape(where)))
        self.ui.question.setToolTip(self.row.name)
        self.ui.on.set_value(bench.today())
        self.ui.on.changed.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self) -> None:
        row, day = self.row, self.ui.on.value()
        if not row.status.in_force or not row.review_months or day is None:
            show_hint(self.ui.nextHint, "", False)
            return
        due = code_review_due(row.status, adopted_on=row.adopted_on,
                              last_reviewed_on=max(d for d in (day, row.last_reviewed_on) if d is not None),
                              review_months=row.review_months)
        show_hint(self.ui.nextHint, self.tr("The next review will then be due {day}.").format(
            day=uk_long_date(due)), False)

    def save(self):
        return self.bench.perform(self.tr("Record a review of “{name}”").format(name=self.row.name),
                                  codes.record_review, self.code_id, self.ui.on.value(), self.ui.note.toPlainText(),
                                  today=self.bench.today())


class ConsultationDialog(ScrollingForm, FormDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, consultation_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.consultation_id = consultation_id
        self.ui = Ui_ConsultationDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"title": ui.title, "body": ui.body, "opens_on": ui.opensOn, "closes_on": ui.closesOn,
                       "short_reason": ui.shortReason, "feedback_on": ui.feedbackOn, "responses": ui.responses,
                       "notes": ui.notes}
        self.rules = bench.read(standards)
        ui.feedbackOn.set_optional(True)
        ui.feedbackOn.set_check_text(self.tr("Published"))
        today = bench.today()
        row = None
        if consultation_id is not None:
            row = bench.read(consultations.consultation_row, consultation_id, today)
        self.current_body = (row.body_id, row.body) if row else None
        self._fill_bodies()
        offer_new_organisation(ui.body, bench, self._fill_bodies, sectors=PUBLIC_SECTORS)
        if row is None:
            self.setWindowTitle(self.tr("New consultation"))
            ui.opensOn.set_value(today)
            ui.closesOn.set_value(consultation_full_length_closes(today, self.rules.consultation_weeks))
            ui.feedbackOn.set_value(None, today)
        else:
            self.setWindowTitle(self.tr("Edit consultation"))
            ui.title.setText(row.title)
            select_data(ui.body, row.body_id)
            ui.opensOn.set_value(row.opens_on)
            ui.closesOn.set_value(row.closes_on)
            ui.shortReason.setPlainText(row.short_reason)
            ui.feedbackOn.set_value(row.feedback_on, today)
            ui.responses.setText("" if row.responses is None else str(row.responses))
            ui.notes.setPlainText(row.notes)
        for field in (ui.opensOn, ui.closesOn, ui.feedbackOn):
            field.changed.connect(self._update_hints)
        ui.shortReason.textChanged.connect(self._update_hints)
        self._update_hints()
        fit_height(self, 640)

    def _fill_bodies(self) -> None:
        _fill_organisations(self.ui.body, self.bench.read(consultations.organisation_choices, public=True),
                            self.tr("Choose the public body…"), self.current_body)

    def _update_hints(self) -> None:
        ui, rules = self.ui, self.rules
        opens, closes = ui.opensOn.value(), ui.closesOn.value()
        # How the length is counted, with the standard's own example from the day it opened.
        show_hint(ui.countingRule, consultations.counting_rule(opens, rules.consultation_weeks)
                   if opens is not None else "", False)
        if opens is None or closes is None:  # a date box that holds no day yet says so itself
            show_hint(ui.lengthHint, "", False)
            show_hint(ui.feedbackHint, "", False)
            return
        if closes < opens:
            show_hint(ui.lengthHint, self.tr("It cannot close before it opens."), True)
            show_hint(ui.feedbackHint, "", False)
            return
        reason = ui.shortReason.toPlainText()
        check = check_consultation(self.bench.today(), opens_on=opens, closes_on=closes, short_reason=reason,
                                   feedback_on=ui.feedbackOn.value(), weeks=rules.consultation_weeks,
                                   feedback_weeks=rules.consultation_feedback_weeks)
        length = consultations.length_text(opens, closes, reason, rules.consultation_weeks)
        if check.short_unexplained:
            length = self.tr("{length}. Give the reason below if the body gave one.").format(length=length)
        show_hint(ui.lengthHint, length, check.short_unexplained)
        show_hint(ui.feedbackHint, consultations.feedback_text(check, self.bench.today(), closes_on=closes,
                                                                feedback_on=ui.feedbackOn.value()),
                   check.feedback_late)

    def save(self):
        ui = self.ui
        title = ui.title.text()
        values = {"title": title, "body_id": ui.body.currentData(), "opens_on": ui.opensOn.value(),
                  "closes_on": ui.closesOn.value(), "short_reason": ui.shortReason.toPlainText(),
                  "feedback_on": ui.feedbackOn.value(), "responses": ui.responses.text(),
                  "notes": ui.notes.toPlainText()}
        if self.consultation_id is None:
            return self.bench.perform(self.tr("Add consultation “{title}”").format(title=title.strip()),
                                      consultations.add_consultation, **values)
        return self.bench.perform(self.tr("Edit consultation “{title}”").format(title=title.strip()),
                                  consultations.update_consultation, self.consultation_id, **values)


class FundingNoticeDialog(ScrollingForm, FormDialog):
    """A notice, how much it takes away, and what came of it: "What happened" stays "Not known yet" until the
    change went ahead (perhaps reduced), was withdrawn before it took effect, or was reversed after."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, notice_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.notice_id = notice_id
        self.ui = Ui_FundingNoticeDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"organisation": ui.organisation, "body": ui.body, "change": ui.change,
                       "given_on": ui.givenOn, "effective_on": ui.effectiveOn, "notes": ui.notes,
                       "amount": ui.amount, "percent": ui.percent, "outcome": ui.outcome, "outcome_on": ui.outcomeOn,
                       "outcome_note": ui.outcomeNote}
        self.months = bench.read(standards).funding_notice_months
        today = bench.today()
        row = bench.read(funding.notice_row, notice_id) if notice_id is not None else None
        self.current = ((row.organisation_id, row.organisation), (row.body_id, row.body)) if row else (None, None)
        self._fill_organisations()
        offer_new_organisation(ui.organisation, bench, self._fill_organisations, sectors=VOLUNTARY_SECTORS,
                               also=[ui.body])
        offer_new_organisation(ui.body, bench, self._fill_organisations, sectors=PUBLIC_SECTORS,
                               also=[ui.organisation])
        fill_enum(ui.change, FundingChange)
        fill_pairs(ui.outcome, [(outcome.value, outcome.label()) for outcome in FundingOutcome],
                   self.tr("Not known yet"))
        if row is None:
            self.setWindowTitle(self.tr("New funding notice"))
            ui.givenOn.set_value(today)
            ui.effectiveOn.set_value(notice_needed_until(today, self.months))
            ui.outcomeOn.set_value(today)
        else:
            self.setWindowTitle(self.tr("Edit funding notice"))
            select_data(ui.organisation, row.organisation_id)
            select_data(ui.body, row.body_id)
            select_data(ui.change, row.change.value)
            ui.givenOn.set_value(row.given_on)
            ui.effectiveOn.set_value(row.effective_on)
            ui.notes.setPlainText(row.notes)
            ui.amount.setText(money_text(row.amount_pence) if row.amount_pence is not None else "")
            ui.percent.setValue(row.percent or 0)
            select_data(ui.outcome, row.outcome.value if row.outcome else None)
            ui.outcomeOn.set_value(row.outcome_on or today)
            ui.outcomeNote.setPlainText(row.outcome_note)
        ui.givenOn.changed.connect(self._update_hint)
        ui.effectiveOn.changed.connect(self._update_hint)
        ui.outcome.currentIndexChanged.connect(self._update_hint)
        ui.outcomeOn.changed.connect(self._update_hint)
        self._update_hint()
        fit_height(self, 640)

    def _fill_organisations(self) -> None:
        organisation, body = self.current
        _fill_organisations(self.ui.organisation, self.bench.read(consultations.organisation_choices, public=False),
                            self.tr("Choose the organisation…"), organisation)
        _fill_organisations(self.ui.body, self.bench.read(consultations.organisation_choices, public=True),
                            self.tr("Choose the public body…"), body)

    def _outcome(self) -> FundingOutcome | None:
        value = self.ui.outcome.currentData()
        return None if value is None else FundingOutcome(value)

    def _update_hint(self) -> None:
        ui = self.ui
        outcome = self._outcome()
        ui.outcomeOn.setEnabled(outcome is not None)  # no day for what is not known yet
        given, effective = ui.givenOn.value(), ui.effectiveOn.value()
        if given is None or effective is None:  # a date box that holds no day yet says so itself
            show_hint(ui.noticeHint, "", False)
            show_hint(ui.outcomeHint, "", False)
            return
        if effective < given:
            show_hint(ui.noticeHint, self.tr("The change cannot take effect before notice is given."), True)
            show_hint(ui.outcomeHint, "", False)
            return
        short = notice_days_short(given, effective, self.months)
        show_hint(ui.noticeHint, funding.notice_text(given, effective, self.months), short > 0)
        day = ui.outcomeOn.value() if outcome is not None else None
        if outcome is not None and day is None:
            show_hint(ui.outcomeHint, "", False)
            return
        try:  # the rule the save will apply, said as the dates are typed
            check_notice_outcome(given_on=given, effective_on=effective, outcome=outcome, outcome_on=day)
        except ValidationError as error:
            show_hint(ui.outcomeHint, error.message, True)
            return
        if short and not notice_to_take_up(short, outcome):  # withdrawn or reversed: the funding was kept
            show_hint(ui.outcomeHint, self.tr("The organisation kept its funding, so there is nothing left to take "
                                               "up; the notice still counts as short in the year's figures."), False)
        else:
            show_hint(ui.outcomeHint, "", False)

    def save(self):
        ui = self.ui
        organisation = ui.organisation.currentText() if ui.organisation.currentData() is not None else ""
        outcome = self._outcome()
        values = {"organisation_id": ui.organisation.currentData(), "body_id": ui.body.currentData(),
                  "given_on": ui.givenOn.value(), "effective_on": ui.effectiveOn.value(),
                  "change": ui.change.currentData(), "notes": ui.notes.toPlainText(),
                  "amount_pence": ui.amount.text(), "percent": ui.percent.value() or None, "outcome": outcome,
                  "outcome_on": ui.outcomeOn.value() if outcome is not None else None,
                  "outcome_note": ui.outcomeNote.toPlainText()}
        if self.notice_id is None:
            return self.bench.perform(self.tr("Add funding notice for “{name}”").format(name=organisation),
                                      funding.add_notice, **values)
        return self.bench.perform(self.tr("Edit funding notice for “{name}”").format(name=organisation),
                                  funding.update_notice, self.notice_id, **values)
