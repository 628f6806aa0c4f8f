"""File ▸ Import in the window (issue 18): the menu, Save a template, and the import window driven as a person
would — choose a file, see what it is taken to hold and how each column is read, change a column, read the preview
(a refused row with its number, the organisation it is not sure of), then Import (one undo step) or Cancel."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from sqlalchemy import func, select

from compactdesk.domain.import_fields import ImportKind, import_fields, template_fields
from compactdesk.gui import colours
from compactdesk.gui.import_dialog import DONE, START, WORK, ImportDialog
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.table_model import STATUS_ROLE
from compactdesk.services import members
from compactdesk.services.spreadsheet import read_sheet
from compactdesk.store import create_store
from compactdesk.store.models import Organisation, Person, SeatTerm
from spreadsheets import members_to_check, messy_members, write_workbook

CVC = "Dyfnant County Voluntary Council"


def count(store, model) -> int:
    return store.run(lambda session: session.scalar(select(func.count()).select_from(model)))


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes the code would show, recorded instead: (kind, title, text)."""
    shown = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind, **k:
                            shown.append((kind, title, text)) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def empty_window(today, qtbot, tmp_path, settings):
    """The window on a new group's file holding one organisation, the CVC, by its full name."""
    (tmp_path / "group").mkdir()
    store = create_store(tmp_path / "group" / "new.cdstore")
    store.run(members.add_organisation, CVC, "vcs")
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    yield window
    window.store.close()


def messy_file(folder: Path, *, bad_date: bool = True, suffix: str = ".xlsx") -> Path:
    """tests/spreadsheets.members_to_check: 16 members on their seats, "Dyfnant CVC" in row 5 and, when `bad_date`,
    a start date that is no day in row 7."""
    return members_to_check(folder / f"members{suffix}", bad_date=bad_date)


def open_dialog(window, qtbot, path: Path | None, monkeypatch) -> ImportDialog:
    dialog = ImportDialog(window.bench, Path(window.store.path).parent, window,
                          save_template=window.importing.save_template)
    qtbot.addWidget(dialog)
    dialog.show()
    if path is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def preview_row(dialog: ImportDialog, number: int) -> int:
    model = dialog.preview.model
    return next(index for index, row in enumerate(model.rows()) if row.number == number)


def column_titles(dialog: ImportDialog) -> list[str]:
    model = dialog.preview.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# -- the menu ---------------------------------------------------------------------------------------------------------

def test_file_import_offers_the_dialog_on_ctrl_i_then_a_template_for_each_kind(window):
    entries = window.import_menu.actions()
    assert entries[0] is window.importing.import_action
    assert entries[0].shortcut() == QKeySequence("Ctrl+I")
    assert entries[1].isSeparator()
    templates = entries[2].menu()
    assert [action.text().rstrip("…") for action in templates.actions()] == [kind.label() for kind in ImportKind]
    # Ctrl+I is the import's alone.
    shortcuts = [action.shortcut().toString() for action in window.findChildren(type(entries[0]))
                 if not action.shortcut().isEmpty()]
    assert shortcuts.count("Ctrl+I") == 1


def test_save_a_template_writes_an_xlsx_the_importer_reads_back(window, tmp_path, monkeypatch):
    offered = []

    def save_as(parent, title, start, filter_):
        offered.append(start)
        return str(tmp_path / "our people"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.importing.template_actions[ImportKind.PEOPLE].trigger()
    assert offered == [str(Path(window.store.path).parent / "people-template.xlsx")]
    written = tmp_path / "our people.xlsx"
    sheet = read_sheet(written)
    assert list(sheet.rows[0]) == [field.label for field in template_fields(ImportKind.PEOPLE)]
    assert str(written) in window.statusBar().currentMessage()


# -- the dialog --------------------------------------------------------------------------------------------------------

def test_before_a_file_is_chosen_it_says_what_it_does_and_offers_a_template(window, qtbot, monkeypatch):
    dialog = open_dialog(window, qtbot, None, monkeypatch)
    assert dialog.pages.currentIndex() == START
    assert "Nothing is added until you press Import" in dialog.findChild(type(dialog.file_label), "importIntro").text()
    assert dialog.template_button.isVisible()
    assert [action.text().rstrip("…") for action in dialog.template_button.menu().actions()] == [
        kind.label() for kind in ImportKind]
    assert not dialog.import_button.isVisible() and dialog.choose_button.isDefault()


def test_a_file_that_is_no_spreadsheet_is_refused_and_the_dialog_stays(window, qtbot, monkeypatch, tmp_path, boxes):
    junk = tmp_path / "notes.xlsx"
    junk.write_bytes(b"\x00\x01 not a workbook at all \x02" * 20)
    dialog = open_dialog(window, qtbot, junk, monkeypatch)
    assert boxes and boxes[0][0] == "warning"
    assert dialog.pages.currentIndex() == START and dialog.isVisible()


def test_choosing_a_file_guesses_what_it_holds_and_how_each_column_is_read(empty_window, qtbot, monkeypatch,
                                                                           tmp_path):
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    assert dialog.pages.currentIndex() == WORK
    assert dialog.kind_combo.currentData() == ImportKind.SEATS
    assert not dialog.sheet_combo.isVisible()  # one sheet: nothing to choose
    combos = dialog.columns.combos
    assert [combo.currentData() for combo in combos] == ["holder", "organisation", "email", "seat", "start_on"]
    assert [label.text() for label in dialog.columns.headings] == [
        "A: Name", "B: Organisation", "C: E-mail", "D: SEAT", "E: Start date"]
    assert "Member" in column_titles(dialog) and "Start date" in column_titles(dialog)
    # "Jones, Ann" on the spreadsheet's row 4 is read as Ann Jones, a new person on a new seat.
    row = dialog.preview.model.row(preview_row(dialog, 4))
    assert row.shown["holder"] == "Ann Jones"
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert dialog.import_button.text().replace("&", "") == f"Import {dialog.rows_to_import()} rows"


def test_a_workbook_of_several_sheets_offers_them(empty_window, qtbot, monkeypatch, tmp_path):
    table = messy_members()
    targets = [("Action plan 2027",), (), ("Target", "Lead", "Deadline"),
               ("Publish the compact in Welsh and English", "Ann Jones", "31/03/2027")]
    path = write_workbook(tmp_path / "both.xlsx", {"Members": table.rows, "Targets": targets},
                          merged={"Members": table.merged})
    dialog = open_dialog(empty_window, qtbot, path, monkeypatch)
    assert dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["Members", "Targets"]
    dialog.sheet_combo.setCurrentIndex(1)
    assert dialog.sheet.name == "Targets"
    assert dialog.kind_combo.currentData() == ImportKind.TARGETS
    assert [combo.currentData() for combo in dialog.columns.combos] == ["title", "lead", "deadline"]


def test_changing_a_columns_reading_changes_the_preview(empty_window, qtbot, monkeypatch, tmp_path):
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    # The seat's column read as nothing: the seat is required, so the dialog says so plainly and will not import.
    seat = dialog.columns.combos[3]
    seat.setCurrentIndex(seat.findData(None))
    assert dialog.matching.columns[3] is None
    assert dialog.missing.isVisible()
    assert dialog.missing.text().startswith("No column is read as Seat. Choose which column holds")
    assert not dialog.import_button.isEnabled()
    assert not dialog.columns.headings[3].isEnabled()  # a column left out is greyed
    seat.setCurrentIndex(seat.findData("seat"))
    assert not dialog.missing.isVisible() and dialog.import_button.isEnabled()
    # The start date left out: its column goes from the preview.
    start = dialog.columns.combos[4]
    assert "Start date" in column_titles(dialog)
    start.setCurrentIndex(start.findData(None))
    assert "Start date" not in column_titles(dialog)
    # The name's column taken for the seat: a field moves, it is never read from two columns.
    name = dialog.columns.combos[0]
    name.setCurrentIndex(name.findData("seat"))
    assert dialog.matching.columns[:4] == ("seat", "organisation", "email", None)
    assert seat.currentData() is None
    assert dialog.preview.model.row(0).shown["seat"] == "Jones, Ann"  # as written: a seat is no name


def test_a_refused_row_shows_with_its_row_number_and_what_to_do(empty_window, qtbot, monkeypatch, tmp_path):
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    plan = dialog.plan
    assert plan.refused >= 1
    refused = next(row for row in plan.rows if row.number == 7)
    assert refused.outcome == "refused"
    index = preview_row(dialog, 7)
    model = dialog.preview.model
    assert model.index(index, 0).data() == "7"
    assert model.index(index, 1).data(STATUS_ROLE) == "urgent"
    assert model.index(index, 2).data(Qt.ItemDataRole.ForegroundRole) == colours.text("urgent")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("7" in text and "31/02/2027" in text for text in problems), problems
    assert dialog.preview.counts.text() == f"{plan.new} new, {plan.matched} already held, {plan.refused} refused"
    # Choosing the problem shows its row.
    dialog.problems.setCurrentRow(next(i for i, text in enumerate(problems) if "31/02/2027" in text))
    assert dialog.preview.table.currentIndex().row() == index


def test_the_organisation_question_offers_the_near_match_in_view(empty_window, qtbot, monkeypatch, tmp_path):
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    question = next(q for q in dialog.questions if q.typed == "Dyfnant CVC")
    assert 5 in question.rows
    cvc_id = empty_window.store.run(lambda s: s.scalar(select(Organisation.id).where(Organisation.name == CVC)))
    combo = dialog.questions_box.combos["Dyfnant CVC"]
    assert combo.isVisible()
    assert combo.currentData() == cvc_id and combo.currentText() == CVC  # offered, and seen
    assert dialog.answers["Dyfnant CVC"] == cvc_id
    row = next(row for row in dialog.plan.rows if row.number == 5)
    assert row.outcome != "refused"
    # "A new organisation" instead: planned again with that answer.
    combo.setCurrentIndex(combo.findData(None))
    assert dialog.answers["Dyfnant CVC"] is None
    assert "a new organisation" in dialog.questions_box.combos["Dyfnant CVC"].currentText()


def test_import_writes_once_and_ctrl_z_takes_all_of_it_back(empty_window, qtbot, monkeypatch, tmp_path):
    store = empty_window.store
    before = (count(store, Person), count(store, SeatTerm), count(store, Organisation))
    steps = empty_window.bench.undo_stack.count()
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    planned = dialog.plan
    assert (count(store, Person), count(store, SeatTerm)) == before[:2]  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert empty_window.bench.undo_stack.count() == steps + 1
    assert count(store, Person) == before[0] + planned.new
    assert count(store, SeatTerm) > before[1]
    assert dialog.pages.currentIndex() == DONE and dialog.close_button.isDefault()
    assert dialog.result is not None and len(dialog.result.imported) == planned.new
    report = dialog.report.text.toPlainText()
    assert "Row 4: " in report and "Refused" in report
    assert "Ctrl+Z" in dialog.report.heading.text()
    assert "Ctrl+Z takes it back" in empty_window.statusBar().currentMessage()
    empty_window.undo_action.trigger()
    assert (count(store, Person), count(store, SeatTerm), count(store, Organisation)) == before


def test_cancel_writes_nothing(window, qtbot, monkeypatch, tmp_path):
    store = window.store
    before = (count(store, Person), count(store, Organisation))
    dialog = open_dialog(window, qtbot, messy_file(tmp_path), monkeypatch)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result is None
    assert (count(store, Person), count(store, Organisation)) == before
    assert window.bench.undo_stack.count() == 0


def test_from_the_menu_an_import_ends_on_the_page_that_shows_it(empty_window, monkeypatch, tmp_path):
    path = messy_file(tmp_path, bad_date=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def run(dialog):
        dialog.choose_file()
        dialog.import_button.click()
        dialog.close_button.click()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run)
    empty_window.show_area("dashboard")
    empty_window.importing.import_action.trigger()
    page = empty_window.current_page()
    assert page.area == "people" and page.tabs.currentIndex() == 0  # the seats
    assert empty_window.importing.dialog is None


def test_tab_goes_down_the_window_in_reading_order(empty_window, qtbot, monkeypatch, tmp_path):
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    wanted = [dialog.another_button, dialog.kind_combo, *dialog.columns.combos, dialog.preview.table,
              *dialog.questions_box.combos.values(), dialog.problems, dialog.import_button, dialog.cancel_button]
    dialog.another_button.setFocus()
    reached = []
    for _ in range(40):
        widget = dialog.focusWidget()
        if widget in wanted and widget not in reached:
            reached.append(widget)
        dialog.focusNextChild()
    assert reached == wanted


def test_it_fits_an_old_laptops_screen(empty_window, qtbot, monkeypatch, tmp_path):
    """1024×768, and 1366×768 at 125% (1093×614, less a title bar and taskbar): every control in view."""
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    for width, height in ((1024, 698), (1093, 544)):
        dialog.resize(width, height)
        qtbot.wait(10)
        assert dialog.width() <= width and dialog.height() <= height
        for widget in (dialog.kind_combo, dialog.import_button, dialog.cancel_button, *dialog.columns.combos[:3],
                       *dialog.questions_box.combos.values()):
            top_left = widget.mapTo(dialog, widget.rect().topLeft())
            assert dialog.rect().contains(top_left), (width, height, widget.objectName())
        assert dialog.preview.table.viewport().height() >= 3 * dialog.preview.table.verticalHeader()\
            .defaultSectionSize()


def test_a_csv_of_people_is_read_as_people(empty_window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text('Full name,Organisation,E-mail\n"Jones, Ann",Dyfnant County Voluntary Council,ann@example.org\n'
                    '"Price, Tom",,tom@example.org\n', encoding="utf-8-sig")
    dialog = open_dialog(empty_window, qtbot, path, monkeypatch)
    assert dialog.kind_combo.currentData() == ImportKind.PEOPLE
    assert dialog.sheet.sheet_names == () and not dialog.sheet_combo.isVisible()
    assert [row.shown["name"] for row in dialog.preview.model.rows()] == ["Ann Jones", "Tom Price"]
    assert dialog.plan.new == 2


def test_a_first_name_and_a_surname_column_show_as_the_one_name_they_make(empty_window, qtbot, monkeypatch,
                                                                          tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Title,First name,Surname,E-mail\nCllr,Ann,Jones,ann@example.org\nMr,Llŷr,Evans,\n",
                    encoding="utf-8")
    dialog = open_dialog(empty_window, qtbot, path, monkeypatch)
    assert dialog.matching.columns == (None, "first_name", "surname", "email")
    assert column_titles(dialog)[2:4] == ["Name", "Email"]
    model = dialog.preview.model
    assert [model.data(model.index(row, 2)) for row in range(2)] == ["Ann Jones", "Llŷr Evans"]


def test_a_screen_reader_can_name_every_control(empty_window, qtbot, monkeypatch, tmp_path):
    from test_accessibility import unnamed

    dialog = open_dialog(empty_window, qtbot, None, monkeypatch)
    assert not unnamed(dialog, "before a file")
    dialog.load(messy_file(tmp_path))
    assert not unnamed(dialog, "the preview")
    dialog.import_button.click()
    assert not unnamed(dialog, "imported")


def test_the_dialog_offers_a_template_before_a_file_is_chosen(empty_window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filter_:
                        (str(tmp_path / Path(start).name), filter_))
    dialog = open_dialog(empty_window, qtbot, None, monkeypatch)
    feedback = dialog.template_button.menu().actions()[list(ImportKind).index(ImportKind.FEEDBACK)]
    feedback.trigger()
    sheet = read_sheet(tmp_path / "feedback-template.xlsx")
    assert list(sheet.rows[0]) == [field.label for field in import_fields(ImportKind.FEEDBACK)]
    assert dialog.isVisible() and dialog.pages.currentIndex() == START


# -- the reviewer's findings (issue 18) ---------------------------------------------------------------------------------

def test_the_result_counts_a_refused_row_once_however_many_problems_it_has(empty_window, qtbot, monkeypatch,
                                                                          tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("Target,Start date,Deadline\nPublish the compact,01/01/2027,31/03/2027\n"
                    "Train the officers,31/02/2027,32/13/2027\n", encoding="utf-8")
    dialog = open_dialog(empty_window, qtbot, path, monkeypatch)
    assert dialog.kind_combo.currentData() == ImportKind.TARGETS
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(dialog.result.refused) == 2  # two problems, both on row 3
    assert "1 added, 0 matched to records already held, 1 refused." in dialog.report.heading.text()


def test_an_unexpected_failure_while_reading_leaves_no_wait_cursor(window, qtbot, monkeypatch, tmp_path):
    from compactdesk.gui import import_dialog

    def broken(*args, **kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(import_dialog, "read_sheet", broken)
    dialog = open_dialog(window, qtbot, None, monkeypatch)
    try:
        with pytest.raises(RuntimeError):
            dialog.load(tmp_path / "members.xlsx")
        assert QApplication.overrideCursor() is None
    finally:
        while QApplication.overrideCursor() is not None:  # so a failure here leaves the other tests alone
            QApplication.restoreOverrideCursor()


def test_a_file_with_only_its_header_says_there_is_nothing_to_import(empty_window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Members of the group 2027\n\nFull name,Organisation,E-mail\n", encoding="utf-8")
    dialog = open_dialog(empty_window, qtbot, path, monkeypatch)
    assert dialog.pages.currentIndex() == WORK and dialog.matching.header_row == 2
    assert dialog.missing.isVisible()
    assert dialog.missing.text() == "people.csv has no rows below its header row (row 3): nothing to import."
    assert dialog.preview.counts.styleSheet() == colours.style("quiet", bold=True)  # not a green "0 new"
    assert not dialog.import_button.isEnabled()


def test_the_organisation_questions_say_how_many_need_a_look_and_what_the_file_says(empty_window, qtbot, monkeypatch,
                                                                                   tmp_path):
    dialog = open_dialog(empty_window, qtbot, messy_file(tmp_path), monkeypatch)
    asked = len(dialog.questions)
    assert asked >= 1
    heading = dialog.questions_box.heading.text()
    assert f"Check {asked} organisation" in heading
    combo = dialog.questions_box.combos["Dyfnant CVC"]
    assert combo.toolTip() == "Check: the file says “Dyfnant CVC”"
    label = next(label for label in dialog.questions_box.findChildren(QLabel) if label.buddy() is combo)
    assert label.text().startswith("Check: the file says “Dyfnant CVC”")
    assert combo.currentData() is not None  # the nearest still offered, chosen
    assert dialog.import_button.isEnabled()
