"""Forms for the sign-up register (sign up, sign again, a lapse, a correction) and for departments and champions."""

from html import escape

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.titles import sentence_start
from compactdesk.gui import colours
from compactdesk.gui.dialogs.choices import fill_pairs, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_champion_change_dialog import Ui_ChampionChangeDialog
from compactdesk.gui.forms.ui_department_dialog import Ui_DepartmentDialog
from compactdesk.gui.forms.ui_signup_dialog import Ui_SignUpDialog
from compactdesk.gui.pickers import PUBLIC_SECTORS, offer_new_organisation, offer_new_person, person_tip
from compactdesk.gui.workbench import Workbench
from compactdesk.services import champions, members, signup

# What a SignUpDialog does.
NEW, EDIT, AGAIN, LAPSE = "new", "edit", "again", "lapse"


def with_mnemonic(text: str, taken: str) -> str:
    """`text` with an "&" before its first letter no other control nearby uses (none when every letter is taken).
    For words the group chose itself, such as its word for a champion."""
    for place, letter in enumerate(text):
        if letter.isalpha() and letter.casefold() not in taken.casefold():
            return text[:place] + "&" + text[place:]
    return text


class SignUpDialog(FormDialog):
    """Signs an organisation up (NEW), corrects a signature (EDIT), signs again after a reorganisation (AGAIN,
    one step: the running signature lapses and a new one starts) or records that a signature lapsed (LAPSE)."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, mode: str = NEW,
                 signup_id: int | None = None, organisation_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.mode = mode
        self.signup_id = signup_id
        self.ui = Ui_SignUpDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"organisation": ui.organisation, "signed_on": ui.signedOn, "lapsed_on": ui.lapsedOn,
                       "note": ui.note}
        today = bench.today()
        self.names = dict(self._organisations())
        ui.signedOn.set_value(today)
        ui.lapsedOn.set_value(today)
        ui.lapsedOn.set_check_text(self.tr("it has lapsed"))
        self.detail = bench.read(signup.signature_detail, signup_id) if signup_id is not None else None
        if mode == NEW:
            self.setWindowTitle(self.tr("Sign up an organisation"))
            ui.intro.setText(self.tr("Record the day an organisation signed up to the compact. One already signed "
                                     "up signs again instead (after a reorganisation, say)."))
            self._fill_organisations()
            select_data(ui.organisation, organisation_id)
            self._show_lapse(False)
        else:
            self._load(mode, today)
        if mode in (NEW, EDIT):
            offer_new_organisation(ui.organisation, bench, self._fill_organisations)
        ui.intro.setVisible(bool(ui.intro.text()))
        self.resize(max(self.width(), 560), self.sizeHint().height())

    def _load(self, mode: str, today) -> None:
        ui, detail = self.ui, self.detail
        ui.note.setPlainText(detail.note)
        ui.signedOn.set_value(detail.signed_on)
        if mode == EDIT:
            self.setWindowTitle(self.tr("Edit a signature"))
            self._fill_organisations()
            select_data(ui.organisation, detail.organisation_id)
            ui.lapsedOn.set_optional(True)
            ui.lapsedOn.set_value(detail.lapsed_on, today)
            return
        # Signing again and a lapse are about this one signature: its organisation is fixed.
        fill_pairs(ui.organisation, [(detail.organisation_id, detail.organisation)])
        ui.organisation.setEnabled(False)
        if mode == AGAIN:
            self.setWindowTitle(self.tr("Sign again"))
            ui.intro.setText(self.tr("The signature given on {since} lapses on the day below and a new one starts "
                                     "the same day, so {name} stays signed up without a gap.").format(
                since=uk_date(detail.signed_on), name=detail.organisation))
            ui.signedOnLabel.setText(self.tr("Si&gned again on:"))
            ui.signedOn.set_value(today)
            ui.note.setPlainText(self.tr("Signed again after reorganisation"))
            self._show_lapse(False)
        else:
            self.setWindowTitle(self.tr("Record a lapse"))
            ui.intro.setText(self.tr("From the day below {name} no longer counts as signed up. It can sign up again "
                                     "later.").format(name=detail.organisation))
            ui.signedOn.setEnabled(False)
            ui.lapsedOn.set_optional(False)
            ui.lapsedOn.set_value(detail.lapsed_on or today)
            ui.lapsedOn.setFocus()

    def _organisations(self) -> list[tuple[int, str]]:
        return [(row.organisation_id, row.name) for row in self.bench.read(members.organisation_rows)]

    def _fill_organisations(self) -> None:
        organisations = self._organisations()
        self.names = dict(organisations)
        fill_pairs(self.ui.organisation, organisations, self.tr("Choose the organisation…"))

    def _show_lapse(self, shown: bool) -> None:
        self.ui.lapsedOn.setVisible(shown)
        self.ui.lapsedOnLabel.setVisible(shown)

    def organisation_name(self) -> str:
        return self.names.get(self.ui.organisation.currentData(), "")

    def save(self):
        ui = self.ui
        note = ui.note.toPlainText()
        name = self.organisation_name()
        if self.mode == NEW:
            return self.bench.perform(self.tr("Sign up “{name}”").format(name=name), signup.sign_up,
                                      ui.organisation.currentData(), ui.signedOn.value(), note)
        if self.mode == AGAIN:
            return self.bench.perform(self.tr("Sign “{name}” again").format(name=name), signup.sign_again,
                                      self.detail.organisation_id, ui.signedOn.value(), note)
        if self.mode == LAPSE:
            return self.bench.perform(self.tr("Record that the signature of “{name}” lapsed").format(name=name),
                                      signup.record_lapse, self.signup_id, ui.lapsedOn.value(), note)
        return self.bench.perform(self.tr("Edit the signature of “{name}”").format(name=name), signup.update_signup,
                                  self.signup_id, organisation_id=ui.organisation.currentData(),
                                  signed_on=ui.signedOn.value(), lapsed_on=ui.lapsedOn.value(), note=note)


class DepartmentDialog(FormDialog):
    """Adds a department of a public body or edits one: its name, its body and its champion."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, department_id: int | None = None,
                 organisation_id: int | None = None, champion_first: bool = False):
        super().__init__(parent)
        self.bench = bench
        self.department_id = department_id
        self.ui = Ui_DepartmentDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"organisation": ui.body, "name": ui.name, "champion": ui.champion, "on": ui.changedOn,
                       "note": ui.changeNote}
        self.label = bench.read(champions.champion_label)
        # "Public &body", "&Department", "Changed &on" and "No&te on the change" have B, D, O and T.
        ui.championLabel.setText(with_mnemonic(sentence_start(self.label), "bdot") + ":")
        self.names: dict[int, str] = {}
        self.before = bench.read(champions.department_row, department_id) if department_id is not None else None
        self._fill_bodies()
        if self.before is None:
            self.setWindowTitle(self.tr("New department"))
            select_data(ui.body, organisation_id)
        else:
            self.setWindowTitle(self.tr("Edit department"))
            select_data(ui.body, self.before.organisation_id)
            ui.name.setText(self.before.name)
        self._fill_champions(self.before.champion_id if self.before else None)
        ui.body.currentIndexChanged.connect(lambda _: self._fill_champions(ui.champion.currentData()))
        offer_new_organisation(ui.body, bench, self._fill_bodies, sectors=PUBLIC_SECTORS)
        # Someone new is offered as champion only when they work for the body (or for no organisation recorded).
        self.new_champion = offer_new_person(ui.champion, bench, lambda: self._fill_champions(None),
                                             options=lambda: {"champion_of": ui.body.currentData()})
        ui.body.currentIndexChanged.connect(self._champion_button)
        self._champion_button()
        # The day the champion changed and why: asked only when the form changes who it is.
        ui.changedOn.set_value(bench.today())
        ui.champion.currentIndexChanged.connect(self._show_change)
        self._show_change()
        colours.tint(ui.championHint, colours.QUIET)
        if champion_first:
            ui.champion.setFocus()
        self.resize(max(self.width(), 560), self.sizeHint().height())

    def champion_changes(self) -> bool:
        return self.ui.champion.currentData() != (self.before.champion_id if self.before else None)

    def _show_change(self) -> None:
        ui, changes = self.ui, self.champion_changes()
        for widget in (ui.changedOnLabel, ui.changedOn, ui.changeNoteLabel, ui.changeNote):
            widget.setVisible(changes)
        # Room for the day and the note as they appear: the form grows rather than squeezing its fields.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        if changes:
            ui.changedOnLabel.setText(self.tr("Changed &on:") if self.before is not None and self.before.champion_id
                                      else self.tr("&From:") if ui.champion.currentData() is not None
                                      else self.tr("Empty fr&om:"))

    def _fill_bodies(self) -> None:
        bodies = self.bench.read(champions.public_bodies)
        if self.before is None:
            fill_pairs(self.ui.body, bodies, self.tr("Choose the public body…"))
            return
        if all(ident != self.before.organisation_id for ident, _ in bodies):
            # Its body has since been recorded as a voluntary group: keep it on offer rather than move it.
            bodies.append((self.before.organisation_id, self.before.body))
        fill_pairs(self.ui.body, bodies)

    def _champion_button(self) -> None:
        chosen = self.ui.body.currentData() is not None
        self.new_champion.setEnabled(chosen)
        self.new_champion.setToolTip(person_tip() if chosen else self.tr("Choose the body first: someone new is "
                                                                         "added as one of its people."))

    def _fill_champions(self, chosen: int | None) -> None:
        ui = self.ui
        body = ui.body.currentData()
        choices = self.bench.read(champions.champion_choices, body) if body is not None else []
        self.names = {choice.person_id: choice.name for choice in choices}

        def text(choice: champions.ChampionChoice) -> str:
            if choice.organisation_id is None:
                return self.tr("{name} (no organisation recorded)").format(name=choice.name)
            return f"{choice.name} — {choice.role}" if choice.role else choice.name

        fill_pairs(ui.champion, [(choice.person_id, text(choice)) for choice in choices],
                   self.tr("Nobody yet — a gap"))
        select_data(ui.champion, chosen)
        ui.championHint.setText(
            self.tr("People who work for {body}, then people with no organisation recorded. Someone not here: "
                    "New… beside the list adds them.").format(body=ui.body.currentText())
            if body is not None else self.tr("Choose the body first: its people are offered here."))

    def save(self):
        ui = self.ui
        name, body, champion = ui.name.text(), ui.body.currentData(), ui.champion.currentData()
        shown = " ".join(name.split())
        # The day of a change of champion, with its note; none asked when the champion stays.
        change = {"on": ui.changedOn.value(), "note": ui.changeNote.text(), "today": self.bench.today()} \
            if self.champion_changes() else {}
        if self.before is None:
            return self.bench.perform(self.tr("Add department “{name}”").format(name=shown),
                                      champions.add_department, body, name, champion, **change)
        before = self.before
        if body == before.organisation_id and shown == before.name and champion != before.champion_id:
            # Only the champion changed: the undo step says so.
            if champion is None:
                return self.bench.perform(self.tr("Clear the {label} of “{department}”").format(
                    label=self.label, department=before.name), champions.clear_champion, self.department_id,
                    **change)
            return self.bench.perform(self.tr("Name {person} {label} of “{department}”").format(
                person=self.names.get(champion, ""), label=self.label, department=before.name),
                champions.set_champion, self.department_id, champion, **change)
        return self.bench.perform(self.tr("Edit department “{name}”").format(name=shown),
                                  champions.update_department, self.department_id, name=name, organisation_id=body,
                                  champion_id=champion, **change)


class ChampionChangeDialog(FormDialog):
    """Corrects a change in a department's history of champions: who, from which day (the one named before the
    history began may stay undated) and the note."""

    def __init__(self, bench: Workbench, department: champions.DepartmentRow, change: champions.ChampionChangeRow,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.department = department
        self.change = change
        self.ui = Ui_ChampionChangeDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        ui = self.ui
        self.fields = {"champion": ui.person, "on": ui.on, "note": ui.note}
        self.label = bench.read(champions.champion_label)
        self.setWindowTitle(self.tr("Correct a change of {label}").format(label=self.label))
        ui.question.setText(self.tr("<b>{department}</b> ({body})").format(department=escape(department.name),
                                                                          body=escape(department.body)))
        choices = bench.read(champions.champion_choices, department.organisation_id)
        pairs = [(choice.person_id, choice.name) for choice in choices]
        if change.person_id is not None and change.person_id not in {ident for ident, _ in pairs}:
            pairs.append((change.person_id, change.person))  # who it was, though they work elsewhere now
        fill_pairs(ui.person, pairs, self.tr("Nobody: the post fell empty"))
        select_data(ui.person, change.person_id)
        if change.on is None:
            # Named before the history began: the day may stay unknown.
            ui.on.set_optional(True)
            ui.on.set_check_text(self.tr("Day known"))
            ui.on.set_value(None, bench.today())
        else:
            ui.on.set_value(change.on)
        ui.note.setText(change.note)
        self.resize(max(self.width(), 540), self.sizeHint().height())

    def save(self):
        ui = self.ui
        return self.bench.perform(
            self.tr("Correct a change of {label} of “{department}”").format(label=self.label,
                                                                           department=self.department.name),
            lambda session: champions.update_champion_change(session, self.change.change_id, ui.person.currentData(),
                                                             ui.on.value(), ui.note.text(),
                                                             today=self.bench.today()).id)
