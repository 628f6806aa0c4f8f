"""Issue 18, no dead ends: every list that picks a person or an organisation can add a new one there and then.

The inner form is the real PersonDialog or OrganisationDialog, run modally as the button runs it and filled in
by typing; what it saves is its own undo step."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget

from compactdesk.domain.enums import Sector
from compactdesk.gui.dialogs.compact import PartnersDialog
from compactdesk.gui.dialogs.disputes import DisputeDialog
from compactdesk.gui.dialogs.feedback import FeedbackDialog
from compactdesk.gui.dialogs.meeting import AgendaItemDialog
from compactdesk.gui.dialogs.people import OrganisationDialog, PersonDialog, SeatDialog, TermDialog
from compactdesk.gui.dialogs.signup import DepartmentDialog, SignUpDialog
from compactdesk.gui.dialogs.standards import ConsultationDialog, FundingNoticeDialog
from compactdesk.gui.dialogs.target import TargetDialog
from compactdesk.gui.pickers import PUBLIC_SECTORS, NewRecordButton
from compactdesk.gui.workbench import Workbench
from compactdesk.services import champions, compact, consultations, meetings, members, seats
from compactdesk.store import create_store

TIP = "Add a new person (they are saved at once; Ctrl+Z takes them back)"


@pytest.fixture
def empty_bench(tmp_path, today, qapp):
    workbench = Workbench(create_store(tmp_path / "group.cdstore"), lambda: today)
    yield workbench
    workbench.store.close()


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def new_button(combo: QComboBox) -> NewRecordButton:
    button = combo.parentWidget().findChild(NewRecordButton, f"{combo.objectName()}New")
    assert button is not None, f"no New… button beside {combo.objectName()}"
    return button


def next_for_tab(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next in the focus chain that takes Tab and is not part of it (an editable
    list's own line)."""
    step = widget.nextInFocusChain()
    while step is not widget and (widget.isAncestorOf(step) or not step.focusPolicy() & Qt.FocusPolicy.TabFocus
                                  or not step.isVisible()):
        step = step.nextInFocusChain()
    return step


def answer_inner_form(qtbot, fill, *, save=True) -> list:
    """Fills the form the next click opens (`fill(form)`), then saves or cancels it. The list gets the form."""
    seen = []

    def answer():
        form = QApplication.activeModalWidget()
        seen.append(form)
        fill(form)
        if save:
            form.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            if form.isVisible():  # refused: say why rather than wait for a person who is not there
                seen.append(form.error_text)
                form.reject()
        else:
            form.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    return seen


def type_name(qtbot, text):
    return lambda form: qtbot.keyClicks(form.ui.name, text)


def test_appointing_someone_new_from_the_seat_they_take_and_ctrl_z_twice_undoes_both(empty_bench, qtbot, today):
    """The dead end of the issue: on a new group's file the Who list was empty and there was no way on."""
    bench = empty_bench
    seat = bench.perform("Add seat", seats.add_seat, "Health board", Sector.HEALTH, "nominated")
    dialog = shown(qtbot, TermDialog(bench, seat_id=seat.id))
    assert dialog.ui.person.count() == 1  # only "Choose who is taking the seat…"
    button = new_button(dialog.ui.person)
    assert button.toolTip() == TIP
    assert next_for_tab(dialog.ui.person) is button  # Tab from the list reaches it
    dialog.ui.endOn.check.setChecked(True)  # something typed in the outer form, before the person is added
    planned_end = dialog.ui.endOn.value()
    steps = bench.undo_stack.count()

    forms = answer_inner_form(qtbot, type_name(qtbot, "Ann Jones"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [type(form) for form in forms] == [PersonDialog]
    assert dialog.ui.person.currentText() == "Ann Jones"
    assert dialog.ui.endOn.value() == planned_end  # the rest of the form is as it was
    assert bench.undo_stack.count() == steps + 1
    assert bench.undo_stack.undoText() == "Add person “Ann Jones”"

    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.error_text
    assert bench.undo_stack.undoText() == "Appoint Ann Jones to “Health board”"
    assert [term.person for term in bench.read(seats.history, seat.id)] == ["Ann Jones"]

    bench.undo_stack.undo()
    assert bench.read(seats.history, seat.id) == []
    assert [row.name for row in bench.read(members.person_rows)] == ["Ann Jones"]
    bench.undo_stack.undo()
    assert bench.read(members.person_rows) == []


def test_someone_new_for_a_seat_starts_at_the_body_that_nominates_to_it(empty_bench, qtbot):
    bench = empty_bench
    council = bench.perform("Add", members.add_organisation, "Dyfnant County Council", Sector.COUNCIL)
    seat = bench.perform("Add seat", seats.add_seat, "Cabinet member", Sector.COUNCIL, "nominated",
                         nominating_org_id=council.id)
    dialog = shown(qtbot, TermDialog(bench, seat_id=seat.id))
    starts = []
    answer_inner_form(qtbot, lambda form: (starts.append(form.ui.organisation.currentText()),
                                           qtbot.keyClicks(form.ui.name, "Cllr Rhys Owen")))
    new_button(dialog.ui.person).click()
    assert starts == ["Dyfnant County Council"]
    assert dialog.ui.person.currentText() == "Cllr Rhys Owen — Dyfnant County Council"


def test_cancelling_the_inner_form_leaves_the_outer_one_as_it_was(bench, qtbot, today):
    seat = bench.read(seats.seat_overview, today)[0]
    dialog = shown(qtbot, TermDialog(bench, seat_id=seat.seat_id))
    dialog.ui.person.setCurrentIndex(3)
    chosen, listed = dialog.ui.person.currentData(), dialog.ui.person.count()
    people, steps = len(bench.read(members.person_rows)), bench.undo_stack.count()

    forms = answer_inner_form(qtbot, type_name(qtbot, "Not Wanted"), save=False)
    new_button(dialog.ui.person).click()
    assert len(forms) == 1
    assert (dialog.ui.person.currentData(), dialog.ui.person.count()) == (chosen, listed)
    assert len(bench.read(members.person_rows)) == people
    assert bench.undo_stack.count() == steps
    assert dialog.isVisible()


def test_an_organisation_from_the_person_form_keeps_what_was_typed(empty_bench, qtbot):
    bench = empty_bench
    dialog = shown(qtbot, PersonDialog(bench))
    qtbot.keyClicks(dialog.ui.name, "Sioned Hughes")
    qtbot.keyClicks(dialog.ui.email, "sioned@example.org")
    sectors = []

    def fill(form):
        sectors.append(form.ui.sector.currentData())
        qtbot.keyClicks(form.ui.name, "Menter Dyfnant")

    answer_inner_form(qtbot, fill)
    new_button(dialog.ui.organisation).click()
    assert sectors == [Sector.VCS.value]  # most organisations in a compact are voluntary groups
    assert dialog.ui.organisation.currentText() == "Menter Dyfnant"
    assert (dialog.ui.name.text(), dialog.ui.email.text()) == ("Sioned Hughes", "sioned@example.org")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert [(row.name, row.organisation) for row in bench.read(members.person_rows)] == \
        [("Sioned Hughes", "Menter Dyfnant")]


def test_a_public_body_from_the_consultation_form_is_one_and_shows_in_its_list(empty_bench, qtbot):
    bench = empty_bench
    bench.perform("Add", members.add_organisation, "Menter Dyfnant", Sector.VCS)
    dialog = shown(qtbot, ConsultationDialog(bench))
    qtbot.keyClicks(dialog.ui.title, "Library opening hours")
    assert dialog.ui.body.count() == 1  # a voluntary group is no public body
    offered = []

    def fill(form):
        offered.extend(form.ui.sector.itemData(number) for number in range(form.ui.sector.count()))
        assert form.windowTitle() == "New public body"
        qtbot.keyClicks(form.ui.name, "Bwrdd Iechyd Dyfnant")
        form.ui.sector.setCurrentIndex(form.ui.sector.findData(Sector.HEALTH.value))

    answer_inner_form(qtbot, fill)
    new_button(dialog.ui.body).click()
    assert offered == [sector.value for sector in PUBLIC_SECTORS]
    assert dialog.ui.body.currentText() == "Bwrdd Iechyd Dyfnant"
    assert [choice.name for choice in bench.read(consultations.organisation_choices, public=True)] == \
        ["Bwrdd Iechyd Dyfnant"]
    assert dialog.ui.title.text() == "Library opening hours"
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.error_text


def test_a_funding_notice_adds_a_voluntary_group_on_one_side_and_a_public_body_on_the_other(empty_bench, qtbot):
    bench = empty_bench
    dialog = shown(qtbot, FundingNoticeDialog(bench))
    for combo, name, wanted in ((dialog.ui.body, "Dyfnant County Council", [s.value for s in PUBLIC_SECTORS]),
                                (dialog.ui.organisation, "Age Concern Dyfnant", [Sector.VCS.value])):
        offered = []

        def fill(form, name=name, offered=offered):
            offered.extend(form.ui.sector.itemData(number) for number in range(form.ui.sector.count()))
            qtbot.keyClicks(form.ui.name, name)

        answer_inner_form(qtbot, fill)
        new_button(combo).click()
        assert offered == wanted
        assert combo.currentText() == name
    # Adding the voluntary group after the body kept the body chosen.
    assert dialog.ui.body.currentText() == "Dyfnant County Council"


def test_an_officer_is_offered_the_public_bodies_and_the_only_one_to_start_with(empty_bench, qtbot):
    bench = empty_bench
    council = bench.perform("Add", members.add_organisation, "Dyfnant County Council", Sector.COUNCIL)
    bench.perform("Add", members.add_organisation, "Menter Dyfnant", Sector.VCS)
    dialog = shown(qtbot, FeedbackDialog(bench))
    qtbot.keyClicks(dialog.ui.issue, "Gritting routes")
    seen = []

    def fill(form):
        combo = form.ui.organisation
        seen.append([combo.itemText(number) for number in range(combo.count())])
        seen.append(combo.currentData())
        qtbot.keyClicks(form.ui.name, "Gareth Price")

    answer_inner_form(qtbot, fill)
    new_button(dialog.ui.officer).click()
    assert seen == [["No organisation", "Dyfnant County Council"], council.id]
    assert dialog.ui.officer.currentText() == "Gareth Price"
    assert dialog.ui.issue.text() == "Gritting routes"


def test_an_officer_with_two_public_bodies_to_choose_from_is_given_neither(empty_bench, qtbot):
    bench = empty_bench
    bench.perform("Add", members.add_organisation, "Dyfnant County Council", Sector.COUNCIL)
    bench.perform("Add", members.add_organisation, "Bwrdd Iechyd Dyfnant", Sector.HEALTH)
    bench.perform("Add", members.add_organisation, "Menter Dyfnant", Sector.VCS)
    form = shown(qtbot, PersonDialog(bench, officer=True))
    combo = form.ui.organisation
    assert [combo.itemText(number) for number in range(combo.count())] == [
        "No organisation", "Bwrdd Iechyd Dyfnant", "Dyfnant County Council"]
    assert combo.currentData() is None
    # Anyone else is offered every organisation, and none to start with.
    other = shown(qtbot, PersonDialog(bench)).ui.organisation
    assert other.count() == 4 and other.currentData() is None


def test_a_champion_added_from_a_department_belongs_to_its_body(empty_bench, qtbot):
    bench = empty_bench
    council = bench.perform("Add", members.add_organisation, "Dyfnant County Council", Sector.COUNCIL)
    dialog = shown(qtbot, DepartmentDialog(bench))
    button = new_button(dialog.ui.champion)
    assert not button.isEnabled()  # whose person they would be is not known until the body is chosen
    dialog.ui.body.setCurrentIndex(dialog.ui.body.findData(council.id))
    assert button.isEnabled()
    qtbot.keyClicks(dialog.ui.name, "Social services")
    seen = []

    def fill(form):
        combo = form.ui.organisation
        seen.append([combo.itemText(number) for number in range(combo.count())])
        seen.append(form.ui.champion.isChecked())
        qtbot.keyClicks(form.ui.name, "Eleri Morgan")

    answer_inner_form(qtbot, fill)
    button.click()
    assert seen == [["No organisation", "Dyfnant County Council"], True]
    assert dialog.ui.champion.currentText() == "Eleri Morgan"
    assert dialog.ui.body.currentData() == council.id
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.error_text
    assert [(row.name, row.champion) for row in bench.read(champions.department_rows)] == \
        [("Social services", "Eleri Morgan")]


def test_a_new_body_for_a_department_is_a_public_body(empty_bench, qtbot):
    dialog = shown(qtbot, DepartmentDialog(empty_bench))
    answer_inner_form(qtbot, type_name(qtbot, "Heddlu Dyfnant"))
    new_button(dialog.ui.body).click()
    assert dialog.ui.body.currentText() == "Heddlu Dyfnant"
    assert empty_bench.read(champions.public_bodies) == [(dialog.ui.body.currentData(), "Heddlu Dyfnant")]
    assert "Heddlu Dyfnant" in dialog.ui.championHint.text()  # the champion list follows the new body


def test_a_new_organisation_in_a_dispute_keeps_the_other_side_chosen(bench, qtbot):
    dialog = shown(qtbot, DisputeDialog(bench))
    dialog.ui.raisedBy.setCurrentIndex(2)
    raised_by = dialog.ui.raisedBy.currentData()
    answer_inner_form(qtbot, lambda form: (qtbot.keyClicks(form.ui.name, "Dyfnant Fire and Rescue"),
                                           form.ui.sector.setCurrentIndex(form.ui.sector.findData("fire"))))
    new_button(dialog.ui.against).click()
    assert dialog.ui.against.currentText() == "Dyfnant Fire and Rescue (Fire and rescue)"
    assert dialog.ui.raisedBy.currentData() == raised_by
    assert dialog.ui.breach.isVisible()  # what the chosen side says of who broke the compact follows the new one


def test_a_presenter_added_from_an_agenda_item(bench, qtbot, today):
    meeting = bench.read(meetings.meeting_rows, today)[0]
    dialog = shown(qtbot, AgendaItemDialog(bench, meeting_id=meeting.meeting_id))
    answer_inner_form(qtbot, type_name(qtbot, "Dr Nia Rowlands"))
    new_button(dialog.ui.presenter).click()
    assert dialog.ui.presenter.currentText() == "Dr Nia Rowlands"
    assert dialog.presenter()[1] is not None  # the person, not the words typed


def test_a_target_lead_starts_at_the_chosen_partner(empty_bench, qtbot):
    bench = empty_bench
    partner = bench.perform("Add", members.add_organisation, "Menter Dyfnant", Sector.VCS)
    dialog = shown(qtbot, TargetDialog(bench))
    dialog.ui.partner.setCurrentIndex(dialog.ui.partner.findData(partner.id))
    starts = []
    answer_inner_form(qtbot, lambda form: (starts.append(form.ui.organisation.currentData()),
                                           qtbot.keyClicks(form.ui.name, "Huw Lloyd")))
    new_button(dialog.ui.lead).click()
    assert starts == [partner.id]
    assert dialog.ui.lead.currentText() == "Huw Lloyd — Menter Dyfnant"
    assert dialog.ui.partner.currentData() == partner.id


def test_a_partner_added_from_the_partners_form_is_ticked(empty_bench, qtbot, today):
    bench = empty_bench
    bench.perform("Set up", compact.set_up_compact, "Dyfnant Compact", "Dyfnant", today=today)
    bench.perform("Add", members.add_organisation, "Menter Dyfnant", Sector.VCS)
    dialog = shown(qtbot, PartnersDialog(bench))
    dialog.ui.organisations.item(0).setCheckState(Qt.CheckState.Checked)
    answer_inner_form(qtbot, type_name(qtbot, "Dyfnant County Council"))
    qtbot.mouseClick(dialog.ui.newOrganisation, Qt.MouseButton.LeftButton)
    assert sorted(item.text() for item in dialog.items() if item.checkState() == Qt.CheckState.Checked) == \
        ["Dyfnant County Council (Council)", "Menter Dyfnant (Voluntary and community sector)"]
    assert dialog.ui.count.text() == "2 chosen"


@pytest.mark.parametrize("make, combos", [
    (lambda bench, today: TermDialog(bench, seat_id=bench.read(seats.seat_overview, today)[0].seat_id), ["person"]),
    (lambda bench, today: PersonDialog(bench), ["organisation"]),
    (lambda bench, today: SeatDialog(bench), ["nominatingOrg"]),
    (lambda bench, today: FeedbackDialog(bench), ["officer"]),
    (lambda bench, today: TargetDialog(bench), ["partner", "lead"]),
    (lambda bench, today: AgendaItemDialog(bench, meeting_id=bench.read(meetings.meeting_rows, today)[0].meeting_id),
     ["presenter"]),
    (lambda bench, today: DisputeDialog(bench), ["raisedBy", "against"]),
    (lambda bench, today: SignUpDialog(bench), ["organisation"]),
    (lambda bench, today: DepartmentDialog(bench), ["body", "champion"]),
    (lambda bench, today: ConsultationDialog(bench), ["body"]),
    (lambda bench, today: FundingNoticeDialog(bench), ["organisation", "body"]),
])
def test_every_list_of_people_or_organisations_has_a_new_button_next_for_tab(bench, qtbot, today, make, combos):
    dialog = shown(qtbot, make(bench, today))
    for name in combos:
        combo = dialog.findChild(QComboBox, name)
        button = new_button(combo)
        assert button.isVisible() and button.text() == "New…"
        if button.isEnabled():
            assert button.toolTip().endswith(("Ctrl+Z takes them back)", "Ctrl+Z takes it back)"))
        else:  # it says what to do first
            assert button.toolTip().startswith("Choose the body first")
        assert button.accessibleName().startswith("Add a new ")
        assert next_for_tab(combo) is button
        # Beside the list, on its line.
        assert abs(button.mapTo(dialog, button.rect().center()).y() -
                   combo.mapTo(dialog, combo.rect().center()).y()) <= 2
        assert isinstance(button.parentWidget(), QWidget)


def test_a_term_already_held_offers_no_one_new(bench, qtbot, today):
    """A term belongs to one person: changing or ending it picks nobody, so there is nothing to add there."""
    term = next(view for view in bench.read(seats.seat_overview, today) if view.term_id is not None)
    dialog = shown(qtbot, TermDialog(bench, seat_id=term.seat_id, term_id=term.term_id))
    assert dialog.findChild(NewRecordButton) is None


def test_an_organisation_form_limited_to_public_sectors_cannot_make_a_voluntary_group(empty_bench, qtbot):
    dialog = shown(qtbot, OrganisationDialog(empty_bench, sectors=PUBLIC_SECTORS, sector=Sector.VCS))
    assert dialog.ui.sector.findData(Sector.VCS.value) == -1
    assert dialog.ui.sector.currentData() == Sector.COUNCIL.value
    assert dialog.windowTitle() == "New public body"


def test_dates_are_kept_when_someone_new_is_added(empty_bench, qtbot):
    bench = empty_bench
    seat = bench.perform("Add seat", seats.add_seat, "Youth seat", Sector.VCS, "elected")
    dialog = shown(qtbot, TermDialog(bench, seat_id=seat.id))
    dialog.ui.startOn.set_value(dt.date(2027, 1, 15))
    answer_inner_form(qtbot, type_name(qtbot, "Cai Evans"))
    new_button(dialog.ui.person).click()
    assert dialog.ui.startOn.value() == dt.date(2027, 1, 15)


def test_a_list_moved_beside_its_button_keeps_the_name_its_label_gave_it(bench, qtbot, today):
    """A screen reader names a list by its label only while they share a parent, which the button's row ends."""
    from PySide6.QtGui import QAccessible

    meeting = bench.read(meetings.meeting_rows, today)[0]
    dialog = shown(qtbot, AgendaItemDialog(bench, meeting_id=meeting.meeting_id))
    interface = QAccessible.queryAccessibleInterface(dialog.ui.presenter)
    assert interface.text(QAccessible.Text.Name) == "Presenter"


def test_someone_new_at_a_meeting_is_added_there_and_recorded_present(bench, qtbot, monkeypatch, today):
    """Attendance's "Add someone else" offers someone new as its last choice: not a trip to People & seats."""
    from PySide6.QtWidgets import QInputDialog

    from compactdesk.domain.enums import Attendance
    from compactdesk.gui.pages.meetings import MeetingsPage

    page = MeetingsPage(bench)
    qtbot.addWidget(page)
    bench.changed.connect(page.refresh)
    page.refresh()
    meeting = [row for row in bench.read(meetings.meeting_rows, today) if not row.upcoming][-1]
    page.show_record(meeting.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.attendance)
    tab = page.view.attendance
    offered = []

    def choose_last(parent, title, words, items, *args):
        offered.extend(items)
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose_last))
    answer_inner_form(qtbot, type_name(qtbot, "Mair Pritchard"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert offered[-1] == "Someone new: add a new person…"
    roster = {row.name: row.status for row in bench.read(meetings.attendance_roster, meeting.meeting_id)}
    assert roster["Mair Pritchard"] is Attendance.PRESENT
    assert bench.undo_stack.undoText() == "Record Mair Pritchard as “Present”"
    bench.undo_stack.undo()
    assert bench.undo_stack.undoText() == "Add person “Mair Pritchard”"


def test_a_nominating_body_added_from_a_seat_starts_at_the_seat_sector(empty_bench, qtbot):
    dialog = shown(qtbot, SeatDialog(empty_bench))
    qtbot.keyClicks(dialog.ui.title, "Police and crime")
    dialog.ui.sector.setCurrentIndex(dialog.ui.sector.findData(Sector.POLICE.value))
    starts = []
    answer_inner_form(qtbot, lambda form: (starts.append(form.ui.sector.currentData()),
                                           qtbot.keyClicks(form.ui.name, "Heddlu Dyfnant")))
    new_button(dialog.ui.nominatingOrg).click()
    assert starts == [Sector.POLICE.value]
    assert dialog.ui.nominatingOrg.currentText() == "Heddlu Dyfnant"
    assert (dialog.ui.title.text(), dialog.ui.sector.currentData()) == ("Police and crime", Sector.POLICE.value)


def test_the_outer_form_message_about_the_list_goes_once_someone_is_added(empty_bench, qtbot):
    bench = empty_bench
    seat = bench.perform("Add seat", seats.add_seat, "Health board", Sector.HEALTH, "nominated")
    dialog = shown(qtbot, TermDialog(bench, seat_id=seat.id))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error_text  # nobody chosen
    answer_inner_form(qtbot, type_name(qtbot, "Ann Jones"))
    new_button(dialog.ui.person).click()
    assert dialog.error_text == ""
    assert dialog.ui.person.styleSheet() == ""
