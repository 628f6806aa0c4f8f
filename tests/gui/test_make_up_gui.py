"""The group's make-up, a seat's brief and a vacancy's day and reason (issue 21), driven as the secretary meets
them on the People & seats page of the demo group."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from compactdesk.demo_history import AWAITING
from compactdesk.domain.enums import Sector, TermState
from compactdesk.gui.dialogs.make_up import MakeUpDialog
from compactdesk.gui.dialogs.people import SeatDialog
from compactdesk.gui.pages.people import PeoplePage
from compactdesk.services import make_up, seats
from test_fits_screen import dialog_problems

STATE = 6  # the seats table's State column


@pytest.fixture
def page(bench, qtbot):
    widget = PeoplePage(bench)
    qtbot.addWidget(widget)
    bench.changed.connect(widget.refresh)  # as the main window does after every write, undo and redo
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def run_with(page, monkeypatch, fill, press=lambda dialog: dialog.accept()) -> list[QDialog]:
    """Replaces the page's dialog runner: fills each form as a person would, then presses its button."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        fill(dialog)
        press(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return opened


def seat_counts(bench) -> dict[Sector, int]:
    return bench.read(make_up.make_up).seats


def state_cell(tab, seat_id: int) -> str:
    return tab.proxy.index(tab.proxy.index_of(seat_id).row(), STATE).data()


def test_recording_the_make_up_the_group_agreed_quiets_the_warning_and_undo_brings_it_back(page, bench,
                                                                                            monkeypatch):
    """The demo group is 8 to 8 with one voluntary seat empty: under parity, "out of balance today". The group
    agreed its seats as they are: recorded, nothing is out of balance any more, as a single undo step."""
    tab = page.seats_tab
    assert not tab.imbalance.isHidden()
    assert "8 public to 7 voluntary sector" in tab.imbalance.text()
    now = seat_counts(bench)

    def fill(dialog: MakeUpDialog):
        assert dialog.windowTitle() == "The group's make-up"
        assert dialog.agreed.text().startswith("Agreed now: Equal seats")
        assert not dialog.equal_button.isEnabled()  # nothing to clear yet
        # Nothing agreed yet: each box offers the seats as they are, and says how many there are now beside it.
        for sector, box in dialog.boxes.items():
            assert box.value() == now[sector]
            assert dialog.findChild(type(dialog.agreed), f"now_{sector.value}").text() == str(now[sector])

    opened = run_with(page, monkeypatch, fill)
    tab.make_up_button.click()
    assert len(opened) == 1
    agreed = {sector: count for sector, count in now.items() if count}
    assert bench.read(make_up.make_up).intended == agreed
    assert bench.undo_stack.undoText() == "Record the group's make-up"
    # 8 to 7 filled is no longer "out of balance": the one empty voluntary seat is short of the make-up instead.
    assert "out of balance" not in tab.imbalance.text()
    assert "Fewer seats filled today than the group agreed: Voluntary and community sector 7 of 8." in \
        tab.imbalance.text()
    assert f"Council: {now[Sector.COUNCIL]}, {now[Sector.COUNCIL]} agreed" in tab.balance.toolTip()

    bench.undo_stack.undo()
    assert bench.read(make_up.make_up).parity
    assert "8 public to 7 voluntary sector" in tab.imbalance.text()


def test_a_make_up_that_differs_names_the_sectors_and_equal_sides_clears_it(page, bench, monkeypatch):
    tab = page.seats_tab
    now = seat_counts(bench)

    def fill(dialog: MakeUpDialog):
        dialog.boxes[Sector.COUNCIL].setValue(now[Sector.COUNCIL] - 1)

    run_with(page, monkeypatch, fill)
    tab.make_up_button.click()
    assert (f"The seats are not as the group agreed: Council: {now[Sector.COUNCIL]} seats, "
            f"{now[Sector.COUNCIL] - 1} intended.") in tab.imbalance.text()

    def check(dialog: MakeUpDialog):
        assert dialog.boxes[Sector.COUNCIL].value() == now[Sector.COUNCIL] - 1  # the make-up as held
        assert dialog.equal_button.isEnabled()

    run_with(page, monkeypatch, check, press=lambda dialog: dialog.equal_button.click())
    tab.make_up_button.click()
    assert bench.read(make_up.make_up).parity
    assert bench.undo_stack.undoText() == "Equal sides for the group (the usual parity)"
    assert "8 public to 7 voluntary sector" in tab.imbalance.text()


def test_a_make_up_without_the_voluntary_sector_is_refused_at_its_box(page, bench, monkeypatch):
    def fill(dialog: MakeUpDialog):
        dialog.boxes[Sector.VCS].setValue(0)

    opened = run_with(page, monkeypatch, fill)
    page.seats_tab.make_up_button.click()
    (dialog,) = opened
    assert dialog.result() != QDialog.DialogCode.Accepted  # the form stays open with what was typed
    assert "give the voluntary and community sector at least one seat" in dialog.error_text
    assert dialog.errors._marked is dialog.boxes[Sector.VCS]
    assert bench.read(make_up.make_up).parity


def test_the_seat_for_social_services_vacant_since_the_election_awaiting_nomination(page, bench, today,
                                                                                   monkeypatch):
    """The demo's empty voluntary seat, awaiting nomination (demo_history.AWAITING): the secretary changes its
    brief, the day it has been empty since and the reason; the State column says it, and undo takes it back in one
    step."""
    _, _, demo_reason, demo_brief = AWAITING
    tab = page.seats_tab
    (seat,) = [view for view in bench.read(seats.seat_overview, today) if view.state is TermState.VACANT]
    assert state_cell(tab, seat.seat_id) == f"Vacant since {seat.vacant_since.day} August 2026: {demo_reason}"
    typed_day = seat.vacant_since + dt.timedelta(days=3)

    def fill(dialog: SeatDialog):
        ui = dialog.ui
        assert ui.vacancyOn.check.isChecked() and ui.vacancyReason.text() == demo_reason
        assert ui.vacancyOn.value() == seat.vacant_since
        ui.brief.setText("Social services and lifelong learning")
        ui.vacancyOn.check.setChecked(False)
        assert not ui.vacancyReason.isEnabled()
        ui.vacancyOn.check.setChecked(True)
        assert ui.vacancyReason.isEnabled()
        ui.vacancyOn.set_value(typed_day)
        ui.vacancyReason.setText("Awaiting nomination after the election")

    run_with(page, monkeypatch, fill)
    tab.select(seat.seat_id)
    page.edit_current()
    day = f"{typed_day.day} August 2026"
    assert state_cell(tab, seat.seat_id) == f"Vacant since {day}: Awaiting nomination after the election"
    assert "Covers: Social services and lifelong learning" in tab.history_heading.text()
    assert "Covers: Social services and lifelong learning" in tab.proxy.index(
        tab.proxy.index_of(seat.seat_id).row(), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert bench.undo_stack.undoText().startswith("Edit seat “")

    def reopen(dialog: SeatDialog):  # the form shows what was saved
        assert dialog.ui.brief.text() == "Social services and lifelong learning"
        assert dialog.ui.vacancyOn.value() == typed_day
        assert dialog.ui.vacancyReason.text() == "Awaiting nomination after the election"
        dialog.ui.vacancyOn.check.setChecked(False)  # untick: no day, and the reason goes with it
        assert not dialog.ui.vacancyReason.isEnabled()

    run_with(page, monkeypatch, reopen)
    page.edit_current()
    assert state_cell(tab, seat.seat_id) == f"Vacant since {seat.vacant_since.day} August 2026"
    bench.undo_stack.undo()
    bench.undo_stack.undo()
    assert state_cell(tab, seat.seat_id) == f"Vacant since {seat.vacant_since.day} August 2026: {demo_reason}"
    assert bench.read(seats.seat_detail, seat.seat_id).brief == demo_brief


def test_a_vacancy_on_a_day_someone_holds_the_seat_is_refused_at_the_date(page, bench, today, monkeypatch):
    tab = page.seats_tab
    held = next(view for view in bench.read(seats.seat_overview, today) if view.holder is not None)

    def fill(dialog: SeatDialog):
        dialog.ui.vacancyOn.check.setChecked(True)
        assert dialog.ui.vacancyOn.value() == today  # held now: today is offered
        dialog.ui.vacancyReason.setText("Resigned")

    opened = run_with(page, monkeypatch, fill)
    tab.select(held.seat_id)
    page.edit_current()
    (dialog,) = opened
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"{held.holder} holds the seat on" in dialog.error_text
    assert dialog.errors._marked is dialog.ui.vacancyOn


def test_the_make_up_dialog_and_the_seat_form_fit_each_screen(bench, qtbot):
    make_up_dialog = MakeUpDialog(bench)
    seat_dialog = SeatDialog(bench, seat_id=bench.read(seats.seat_overview, bench.today())[0].seat_id)
    for dialog in (make_up_dialog, seat_dialog):
        qtbot.addWidget(dialog)
        dialog.show()
    assert dialog_problems(make_up_dialog, "MakeUpDialog") == []
    assert dialog_problems(seat_dialog, "SeatDialog") == []


def test_the_make_up_dialog_in_welsh(bench, qtbot):
    from compactdesk.gui import app as gui_app

    gui_app.install_translator("cy")
    dialog = MakeUpDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Cyfansoddiad y grŵp"
    assert dialog_problems(dialog, "MakeUpDialog in Welsh") == []
