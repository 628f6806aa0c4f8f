"""The set-up assistant (File ▸ Set up the group…, issue 18), driven as a new secretary would: keys and clicks."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from compactdesk.domain.enums import Sector
from compactdesk.gui import ops
from compactdesk.gui.setup_pages import MEETING, PARTNERS, SEATS, STANDARDS, SUMMARY, WELCOME, WORDS
from compactdesk.services import compact, meetings, members, seats
from compactdesk.services.setup import is_new_file
from compactdesk.store import create_store

TODAY = dt.date(2027, 1, 15)


@pytest.fixture
def new_window(tmp_path, qtbot, settings):
    """The main window on a new, empty group's file."""
    from compactdesk.gui.main_window import MainWindow

    main = MainWindow(create_store(tmp_path / "new group.cdstore"), today=lambda: TODAY, settings=settings)
    main.export_pool = ops.RunNow()
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    yield main
    main.store.close()


@pytest.fixture
def exports(new_window, monkeypatch):
    """What the window was asked to export (the export window itself is another test's)."""
    asked = []
    monkeypatch.setattr(new_window, "export_paper", lambda paper=None, meeting_id=None: asked.append(
        (paper, meeting_id)))
    return asked


def enter(qtbot, wizard) -> None:
    """Enter, where the person's cursor is: the wizard's default button (Next, or Finish on the last page)."""
    qtbot.keyClick(wizard.focusWidget() or wizard.currentPage(), Qt.Key.Key_Return)


def opened(window, qtbot):
    wizard = window.first_run.set_up()
    qtbot.waitExposed(wizard)
    return wizard


def read(window, service, *args):
    return window.bench.read(service, *args)


def test_a_name_and_enter_on_every_page_sets_up_the_group_and_undo_takes_it_all_back(new_window, qtbot, exports):
    wizard = opened(new_window, qtbot)
    assert wizard.currentId() == WELCOME
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant Compact Liaison Group")
    qtbot.keyClicks(wizard.welcome.area, "Dyfnant")
    seen = []
    while wizard.isVisible() and len(seen) < 10:
        seen.append(wizard.currentId())
        enter(qtbot, wizard)
    assert seen == [WELCOME, WORDS, STANDARDS, PARTNERS, SEATS, MEETING, SUMMARY]
    assert not wizard.isVisible()

    summary = read(new_window, compact.compact_summary, TODAY)
    assert (summary.name, summary.area, summary.group_label, summary.champion_label) == (
        "Dyfnant Compact Liaison Group", "Dyfnant", "liaison group", "champion")
    assert summary.partners == ()  # suggestions are offered, not ticked for the person
    [meeting] = read(new_window, meetings.list_meetings)
    assert meeting.starts_at == dt.datetime(2027, 1, 29, 10, 0)  # a fortnight on, a Friday
    assert len(read(new_window, meetings.agenda_rows, meeting.id)) == 8
    assert new_window.current_page().area == "meetings"
    qtbot.waitUntil(lambda: len(exports) == 1)
    assert exports[0][0].value == "agenda" and exports[0][1] == meeting.id

    new_window.undo_action.trigger()
    assert read(new_window, is_new_file)


def test_the_name_can_be_skipped_too_and_the_assistant_goes_on_to_the_seats(new_window, qtbot, exports):
    wizard = opened(new_window, qtbot)
    seen = []
    while wizard.isVisible() and len(seen) < 10:
        seen.append(wizard.currentId())
        if wizard.currentId() == SUMMARY:
            assert "not named yet" in wizard.summary_page.summary.text()
        enter(qtbot, wizard)
    assert seen == [WELCOME, SEATS, MEETING, SUMMARY]  # no compact yet to hold words, standards or partners
    assert read(new_window, compact.compact_summary, TODAY) is None
    [meeting] = read(new_window, meetings.list_meetings)
    assert len(read(new_window, meetings.agenda_rows, meeting.id)) == 8
    new_window.undo_action.trigger()
    assert read(new_window, is_new_file)


def test_not_now_writes_nothing_and_says_where_the_assistant_is(new_window, qtbot):
    wizard = opened(new_window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert read(new_window, is_new_file)
    assert "Set up the group" in new_window.statusBar().currentMessage()


def test_every_page_typed_into(new_window, qtbot, exports):
    wizard = opened(new_window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Cwmpas Compact")
    wizard.welcome.name.insert(" 🌿")  # QTest types no character beyond the BMP
    qtbot.keyClicks(wizard.welcome.area, "Ceredigion")
    enter(qtbot, wizard)
    wizard.words_page.group_label.setCurrentText("steering group")
    wizard.words_page.champion_label.setCurrentText("cynrychiolydd")
    enter(qtbot, wizard)
    wizard.standards_page.boxes["funding_notice_months"].setValue(6)
    enter(qtbot, wizard)
    partners = wizard.partners_page
    assert partners.list.item(0).text() == "Ceredigion County Council"
    partners.list.item(0).setCheckState(Qt.CheckState.Checked)
    partners.typed.setFocus()
    qtbot.keyClicks(partners.typed, "Mudiad Meithrin")
    qtbot.keyClick(partners.typed, Qt.Key.Key_Return)  # Enter in the box adds the body and stays
    assert wizard.currentId() == PARTNERS and partners.partners() == ["Ceredigion County Council", "Mudiad Meithrin"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    grid = wizard.seats_page.grid
    grid.setCurrentCell(0, 0)
    QApplication.clipboard().setText(  # as Excel copies two rows of six cells
        "Council seat\tCouncil\tSiân Ŵyn\tCeredigion County Council\tsian@ceredigion.gov.uk\t01/02/2027\r\n"
        "\t\tLlŷr Jones\tPAVO\t\t\r\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert grid.item(1, 2).text() == "Llŷr Jones" and grid.item(0, 5).text() == "01/02/2027"
    enter(qtbot, wizard)
    meeting = wizard.meeting_page
    meeting.day.box.setText("03/02/2027")
    meeting.time.setTime(meeting.time.time().fromString("14:30", "HH:mm"))
    qtbot.keyClicks(meeting.venue, "Neuadd y Dref")
    meeting.standing.setChecked(False)
    enter(qtbot, wizard)
    assert "Siân" not in wizard.summary_page.summary.text()  # counts, not the grid again
    assert "Seats to add:</b> 2 (with a member: 2)" in wizard.summary_page.summary.text()
    wizard.summary_page.open_agenda.setChecked(False)
    enter(qtbot, wizard)
    assert not wizard.isVisible()

    summary = read(new_window, compact.compact_summary, TODAY)
    assert summary.group_label == "steering group" and summary.champion_label == "cynrychiolydd"
    assert summary.standards.funding_notice_months == 6
    assert {(p.name, p.sector) for p in summary.partners} == {("Ceredigion County Council", Sector.COUNCIL),
                                                            ("Mudiad Meithrin", Sector.OTHER_PUBLIC)}
    held = {view.title: view for view in read(new_window, seats.seat_overview, dt.date(2027, 3, 1))}
    assert held["Council seat"].holder == "Siân Ŵyn" and held["Council seat"].term_start == dt.date(2027, 2, 1)
    assert held["PAVO"].holder == "Llŷr Jones"
    [planned] = read(new_window, meetings.list_meetings)
    assert planned.starts_at == dt.datetime(2027, 2, 3, 14, 30) and planned.venue == "Neuadd y Dref"
    assert read(new_window, meetings.agenda_rows, planned.id) == []
    assert exports == []


def test_a_problem_sends_the_person_back_to_its_cell_with_everything_kept(new_window, qtbot, exports):
    wizard = opened(new_window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant")
    for _ in range(4):
        enter(qtbot, wizard)
    assert wizard.currentId() == SEATS
    wizard.seats_page.grid.paste("A seat\t\tAnn Jones\t\t\t31/02/2027\nB seat\t\tBob Evans\t\t\t\n")
    for _ in range(3):
        enter(qtbot, wizard)
    assert wizard.isVisible() and wizard.currentId() == SEATS
    page = wizard.seats_page
    assert "row 1" in page.errors.text() and "February" in page.errors.text()
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (0, 5)
    assert page.lines()[1].member == "Bob Evans" and wizard.welcome.name.text() == "Dyfnant"
    assert read(new_window, is_new_file)

    page.grid.item(0, 5).setText("28/02/2027")
    while wizard.isVisible():
        enter(qtbot, wizard)
    assert len(read(new_window, members.list_people)) == 2


def to_the_seats(window, qtbot):
    wizard = opened(window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant")
    for _ in range(4):
        enter(qtbot, wizard)
    assert wizard.currentId() == SEATS
    return wizard


def test_an_organisation_near_one_held_is_asked_about_at_its_cell_and_finish_again_adds_it(new_window, qtbot,
                                                                                           exports):
    new_window.bench.perform("Add", members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS)
    new_window.bench.perform("Add", members.add_person, "Ann Jones")
    wizard = to_the_seats(new_window, qtbot)
    wizard.seats_page.grid.paste("A seat\t\tJones, Ann\t\t\t\nB seat\t\tCara Lewis\tDyfnant CVC\t\t\n")
    for _ in range(3):
        enter(qtbot, wizard)
    page = wizard.seats_page
    assert wizard.isVisible() and wizard.currentId() == SEATS
    assert "“Dyfnant CVC” is not held by that name; it may be Dyfnant County Voluntary Council" in page.errors.text()
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (1, 3)
    assert len(read(new_window, members.list_organisations)) == 1

    while wizard.isVisible():  # Finish again: it is another body
        enter(qtbot, wizard)
    assert sorted(org.name for org in read(new_window, members.list_organisations)) == [
        "Dyfnant CVC", "Dyfnant County Voluntary Council"]
    assert sorted(person.name for person in read(new_window, members.list_people)) == ["Ann Jones", "Cara Lewis"]


def test_an_organisation_near_one_held_written_as_held_is_the_one_held(new_window, qtbot, exports):
    new_window.bench.perform("Add", members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS)
    wizard = to_the_seats(new_window, qtbot)
    wizard.seats_page.grid.paste("B seat\t\tCara Lewis\tDyfnant CVC\t\t\n")
    for _ in range(3):
        enter(qtbot, wizard)
    assert wizard.currentId() == SEATS
    wizard.seats_page.grid.item(0, 3).setText("Dyfnant County Voluntary Council")
    while wizard.isVisible():
        enter(qtbot, wizard)
    assert [org.name for org in read(new_window, members.list_organisations)] == ["Dyfnant County Voluntary Council"]


def test_a_file_says_the_rows_it_put_in_those_it_left_out_and_what_to_check(new_window, qtbot, tmp_path, exports):
    from spreadsheets import write_sheet

    new_window.bench.perform("Add", members.add_organisation, "Dyfnant County Voluntary Council", Sector.VCS)
    path = write_sheet(tmp_path / "seats.xlsx", [
        ("Seat", "Name", "Organisation", "Term starts"), ("Seat one", "Jones, Ann", "PAVO", ""),
        ("Seat two", "Cara Lewis", "Dyfnant CVC", ""), ("Seat three", "Dai Price", "", "31/02/2027")])
    wizard = to_the_seats(new_window, qtbot)
    page = wizard.seats_page
    assert page.import_file(str(path))
    said = page.problems.text().splitlines()
    assert said[0] == "2 rows of seats.xlsx put in the grid."
    left_out = said.index("Left out, to put right in the file and import again or to type in:")
    to_check = said.index("To check in the rows put in:")
    assert [line for line in said[left_out + 1:to_check] if line] == [
        line for line in said if line.startswith("Row 4:")] and len(said[left_out + 1:to_check]) == 2
    assert said[to_check + 1].startswith("“Dyfnant CVC” may be Dyfnant County Voluntary Council")
    assert not any(line.startswith(("Row 2", "Row 3")) for line in said)
    while wizard.isVisible():  # left as it was, as the note said: a new organisation
        enter(qtbot, wizard)
    assert sorted(org.name for org in read(new_window, members.list_organisations)) == [
        "Dyfnant CVC", "Dyfnant County Voluntary Council", "PAVO"]


def test_the_demo_instead(new_window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(new_window.files, "open_demo", lambda: asked.append("demo"))
    wizard = opened(new_window, qtbot)
    qtbot.mouseClick(wizard.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: asked == ["demo"])
    assert read(new_window, is_new_file)


def test_import_from_a_spreadsheet_fills_the_grid_in_one_go(new_window, qtbot, tmp_path, monkeypatch, exports):
    from spreadsheets import MEMBERS, messy_members

    path = messy_members(welsh=True).write(tmp_path / "aelodau.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    wizard = opened(new_window, qtbot)
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant")
    for _ in range(4):
        enter(qtbot, wizard)
    page = wizard.seats_page
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    lines = [line for line in page.lines() if not line.is_blank()]
    assert [(line.seat, line.member) for line in lines] == [(m.seat, m.name) for m in MEMBERS]
    assert lines[0].start_on == "15 January 2027"
    assert not page.problems.isVisible()
    while wizard.isVisible():
        enter(qtbot, wizard)
    assert len(read(new_window, members.list_people)) == 16
    assert len(read(new_window, seats.seat_overview, TODAY)) == 16


def test_a_file_that_cannot_be_read_is_said_under_the_grid(new_window, qtbot, tmp_path):
    path = tmp_path / "members.xlsx"
    path.write_bytes(b"\x00\x01 not a workbook")
    wizard = opened(new_window, qtbot)
    assert not wizard.seats_page.import_file(str(path))
    assert wizard.seats_page.problems.text()


def test_offered_on_a_new_file_only(new_window, window, qtbot):
    assert new_window.first_run.offer_if_new()
    assert new_window.first_run.wizard is not None
    assert not new_window.first_run.offer_if_new()  # not twice
    assert not window.first_run.offer_if_new()  # the demo group's file holds a group
    assert window.first_run.wizard is None


def test_not_offered_for_the_demo_even_when_empty(tmp_path, qtbot, settings):
    from compactdesk.gui.main_window import MainWindow

    main = MainWindow(create_store(tmp_path / "empty.cdstore"), demo=True, settings=settings)
    qtbot.addWidget(main)
    assert not main.first_run.offer_if_new()
    main.store.close()


def test_new_group_offers_it(new_window, qtbot, tmp_path, monkeypatch):
    other = tmp_path / "second.cdstore"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(other), ""))
    new_window.files.new_store_action.trigger()
    assert new_window.store.path == other
    qtbot.waitUntil(lambda: new_window.first_run.wizard is not None)
    new_window.first_run.wizard.reject()


def test_on_a_group_already_set_up_it_adds_partners_seats_and_a_meeting(window, qtbot, today, monkeypatch):
    monkeypatch.setattr(window, "export_paper", lambda *args: None)
    name = window.bench.read(compact.compact_summary, today).name
    partners_before = len(window.bench.read(compact.compact_summary, today).partners)
    wizard = window.first_run.set_up()
    qtbot.waitExposed(wizard)
    assert any(name in label.text() for label in wizard.welcome.findChildren(type(wizard.summary_page.summary)))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    enter(qtbot, wizard)
    assert wizard.currentId() == PARTNERS
    partners = wizard.partners_page
    partners.typed.setText("Wales Council for Voluntary Action")
    enter(qtbot, wizard)
    assert wizard.currentId() == SEATS
    while wizard.isVisible():
        enter(qtbot, wizard)
    summary = window.bench.read(compact.compact_summary, today)
    assert summary.name == name and len(summary.partners) == partners_before + 1


def test_the_file_menu_has_it(new_window):
    entries = [action.text() for action in new_window.menuBar().actions()[0].menu().actions()]
    assert "Set &up the group…" in entries
    QApplication.processEvents()


def test_from_an_empty_file_to_the_first_agenda_pdf_in_fifteen_actions(new_window, qtbot, tmp_path, monkeypatch,
                                                                       settings):
    """Issue 18's goal: a new secretary, a 16-member list in a spreadsheet, the first agenda as a PDF."""
    from pypdf import PdfReader
    from spreadsheets import messy_members

    from compactdesk.gui import settings as keys
    from compactdesk.gui.dialogs.export import ExportDialog

    sheet = messy_members().write(tmp_path / "members.xlsx")
    papers = tmp_path / "papers"
    papers.mkdir()
    settings.set(keys.EXPORT_FOLDER, str(papers))
    actions = []

    def act(what: str) -> None:
        actions.append(what)

    # The file chooser and the export window each take one action: a file double-clicked, Export pressed.
    def choose(*args, **kwargs):
        act("double-click members.xlsx")
        return str(sheet), ""

    def export(dialog):
        act("Export")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(ExportDialog, "exec", export)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Close)  # "Saved to …"

    assert new_window.first_run.offer_if_new()  # as the program does on a new file
    wizard = new_window.first_run.wizard
    qtbot.waitExposed(wizard)
    act("type the name")
    qtbot.keyClicks(wizard.welcome.name, "Dyfnant Compact Liaison Group")
    act("Tab")
    qtbot.keyClick(wizard.welcome.name, Qt.Key.Key_Tab)
    act("type the area")
    qtbot.keyClicks(wizard.welcome.area, "Dyfnant")
    for _ in range(4):  # welcome, words, standards, partners
        act("Enter")
        enter(qtbot, wizard)
    act("Import from a spreadsheet…")
    qtbot.mouseClick(wizard.seats_page.import_button, Qt.MouseButton.LeftButton)
    while wizard.isVisible():  # seats, meeting, summary (Finish)
        act("Enter")
        enter(qtbot, wizard)
    qtbot.waitUntil(lambda: any(papers.glob("*.pdf")), timeout=30_000)

    assert len(actions) <= 15, actions
    [pdf] = papers.glob("*.pdf")
    words = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Dyfnant Compact Liaison Group" in words and "Declarations of interest" in words
    assert len(read(new_window, members.list_people)) == 16


# Starts CompactDesk as `compactdesk ARGS` does and says, once the file is open and the window settled, whether the
# assistant was offered and what the window then shows.
START = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def check():
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "first_run")]
    if not windows or windows[0].bench.store is None or windows[0].opening.running:
        QTimer.singleShot(50, check)
        return
    QTimer.singleShot(300, lambda: report(windows[0]))

def report(window):
    wizard = window.first_run.wizard
    print(json.dumps({"offered": wizard is not None and wizard.isVisible()}), flush=True)
    os._exit(0)

app = QApplication(sys.argv[:1])
QTimer.singleShot(50, check)
from compactdesk.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize(("arguments", "offered"), [(["new group.cdstore"], True), (["--demo"], False),
                                                     (["held.cdstore"], False)])
def test_offered_at_start_on_a_new_file_only(tmp_path, arguments, offered):
    import json
    import os
    import subprocess
    import sys

    from compactdesk.services.setup import GroupSetup, set_up_group

    with create_store(tmp_path / "held.cdstore") as held:
        held.run(set_up_group, GroupSetup(name="Held"), today=TODAY)
    # The language was chosen at an earlier start (the first start's question: test_welsh.py).
    (tmp_path / "config" / "CompactDesk").mkdir(parents=True)
    (tmp_path / "config" / "CompactDesk" / "CompactDesk.conf").write_text("[view]\nlanguage=en\n")
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
                       COMPACTDESK_INSTANCE=f"compactdesk-setup-test-{os.getpid()}")
    paths = [str(tmp_path / argument) if argument.endswith(".cdstore") else argument for argument in arguments]
    done = subprocess.run([sys.executable, "-c", START, *paths], env=environment, capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"offered": offered}


@pytest.mark.parametrize("screen", [(1024, 698), (1093, 544)])  # 1024×768, and 1366×768 at 125%, less the taskbar
def test_every_page_fits_a_small_screen_and_names_its_controls(new_window, qtbot, tmp_path, screen):
    from gui_walk import controls, describe, settle, unreachable
    from spreadsheets import messy_members
    from test_accessibility import unnamed

    wizard = opened(new_window, qtbot)
    wizard.resize(wizard.size().boundedTo(wizard.size().__class__(*screen)))
    assert wizard.width() <= screen[0] and wizard.height() <= screen[1]
    wizard.welcome.name.setText("Dyfnant Compact Liaison Group")
    wizard.welcome.area.setText("Dyfnant")
    problems = []
    for _ in range(7):
        if wizard.currentId() == SEATS:  # full, as a 16-member list makes it
            wizard.seats_page.import_file(str(messy_members().write(tmp_path / "members.xlsx")))
        settle()
        page = wizard.currentPage()
        problems += [f"{type(page).__name__}: {describe(widget)} {why}" for widget in controls(wizard)
                     if (why := unreachable(widget, wizard)) is not None]
        problems += unnamed(page, type(page).__name__)
        wizard.next()
    assert not problems, "\n".join(problems)
