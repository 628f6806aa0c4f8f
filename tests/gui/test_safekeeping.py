"""File ▸ Back up now, Restore from a backup and Export everything, and the People page's personal data,
driven through the real window on a copy of the demo store."""

import datetime as dt
import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from compactdesk.gui.dialogs.backups import RestoreDialog
from compactdesk.gui.dialogs.erase import EraseDialog
from compactdesk.gui.export_job import RunNow
from compactdesk.services import meetings, members
from compactdesk.services.mentions import MentionKind
from compactdesk.store import StoreError
from compactdesk.store.backup import BEFORE_RESTORE, ON_DEMAND, backup_folder, list_backups, make_backup
from compactdesk.store.models import AgendaItem

RHODRI = 3  # Rhodri Owen in the demo: seat, attendance, feedback, targets, named in minutes


@pytest.fixture
def window(window):
    """The main window of tests/gui/conftest.py, its exports run at once."""
    window.export_pool = RunNow()
    return window


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded instead of shown: (kind, title, text); question() answers Yes."""
    shown = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return show

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(("box", box.windowTitle(), box.text())) or 0)
    return shown


def _count(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _people(window):
    return {row.name for row in window.bench.read(members.person_rows)}


def test_back_up_now_makes_a_checked_copy_the_restore_list_shows(window, demo_path):
    assert window.safekeeping.backup_action.shortcut().toString() == "Ctrl+B"
    window.safekeeping.backup_action.trigger()
    backups = list_backups(demo_path)
    assert [info.reason for info in backups] == [ON_DEMAND]
    assert backups[0].sound and backups[0].meetings == _count(demo_path, "meeting")
    assert str(backups[0].path) in window.statusBar().currentMessage()


def test_back_up_to_a_folder_writes_there(window, tmp_path, monkeypatch):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(stick))
    made = window.safekeeping.back_up_to_folder().result
    assert made is not None and made.parent == stick
    assert _count(made, "target") == _count(window.store.path, "target")


def test_the_restore_dialog_lists_dates_sizes_and_counts_and_refuses_a_damaged_copy(window, demo_path, qtbot):
    good = make_backup(demo_path, ON_DEMAND, now=dt.datetime(2026, 11, 20, 9, 30))
    bad = make_backup(demo_path, ON_DEMAND, now=dt.datetime(2026, 11, 21, 9, 30))
    with open(bad, "r+b") as handle:  # a page of the newer copy overwritten: it no longer passes its check
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096)
    dialog = RestoreDialog(demo_path, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    cells = [[model.index(row, column).data() for column in range(model.columnCount())]
             for row in range(model.rowCount())]
    assert cells[0][0] == "21 November 2026, 09:30" and cells[0][6] == "Damaged: cannot be used"
    assert cells[1][:2] == ["20 November 2026, 09:30", "Made by hand"]
    assert cells[1][3:] == [str(_count(good, "meeting")), str(_count(good, "target")), str(_count(good, "feedback")),
                            "Good"]
    assert cells[1][2].endswith(("KB", "KiB", "MB", "MiB"))
    assert dialog.current().path == good and dialog.restore_button.isEnabled()  # the newest good one is chosen
    dialog.ui.backups.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def test_restoring_brings_back_the_backup_and_keeps_what_was_there(window, demo_path, boxes, monkeypatch):
    backup = make_backup(demo_path, ON_DEMAND, now=dt.datetime(2026, 11, 20, 9, 30))
    window.bench.perform("Add person", members.add_person, "Gwenllian ap Siôn")
    assert "Gwenllian ap Siôn" in _people(window)

    def choose_first(dialog):
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    assert window.safekeeping.restore_action.text() == "&Restore from a backup…"
    assert window.safekeeping.choose_backup()
    assert boxes[0][0] == "question" and "20 November 2026 at 09:30" in boxes[0][2]
    assert "Gwenllian ap Siôn" not in _people(window)  # the window reads the restored store
    assert window.store.path == demo_path and window.bench.undo_stack.count() == 0
    before = [info for info in list_backups(demo_path) if info.reason == BEFORE_RESTORE]
    assert len(before) == 1
    with sqlite3.connect(before[0].path) as copy:
        assert copy.execute("SELECT count(*) FROM person WHERE name = 'Gwenllian ap Siôn'").fetchone() == (1,)
    assert backup.exists()
    window.bench.perform("Add person", members.add_person, "After the restore")  # the store works on
    assert "After the restore" in _people(window)


def test_restoring_another_groups_backup_asks_first_and_no_keeps_the_store(window, demo_path, tmp_path, boxes,
                                                                           monkeypatch):
    from compactdesk.demo import write_demo

    (tmp_path / "Ynys Môn").mkdir()
    other = write_demo(tmp_path / "Ynys Môn" / "Ynys Môn.cdstore")
    with sqlite3.connect(other) as db:
        db.execute("UPDATE compact SET name = 'Compact Ynys Môn'")
    db.close()
    people = _people(window)
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *args: boxes.append(
        ("question", title, text)) or QMessageBox.StandardButton.Cancel)
    assert not window.safekeeping.restore_from(other)
    assert "another group's records" in boxes[-1][2] and "Compact Ynys Môn" in boxes[-1][2]
    assert _people(window) == people and not backup_folder(demo_path).exists()


def test_a_file_that_is_no_backup_is_refused_and_the_store_stays_open(window, demo_path, tmp_path, boxes):
    junk = tmp_path / "notes.cdstore"
    junk.write_text("shopping list", encoding="utf-8")
    people = _people(window)
    assert not window.safekeeping.restore_from(junk)
    assert boxes[-1][0] == "warning" and "not a CompactDesk group file" in boxes[-1][2]
    assert _people(window) == people
    assert not backup_folder(demo_path).exists()  # nothing was even backed up: nothing happened


def test_export_everything_fills_a_folder_of_its_own(window, tmp_path, boxes, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("not ours", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(documents))
    assert window.safekeeping.handover_action.shortcut().toString() == "Ctrl+Shift+E"
    job = window.safekeeping.export_everything()
    assert job is not None and job.outcome == "written", job.message
    folder = job.folder
    assert folder.parent == documents and folder.name.startswith("Dyfnant demo handover 2026-11-24")
    assert (folder / "README.txt").is_file() and (folder / "data" / "person.csv").is_file()
    assert sorted(p.name for p in (folder / "papers").iterdir())  # a folder a year
    assert (documents / "letter.txt").read_text(encoding="utf-8") == "not ours"
    assert boxes[-1][0] == "box" and boxes[-1][1] == "Everything exported"
    assert f"Exported {len(job.paths)} files to {folder}" in boxes[-1][2]


def test_personal_data_of_the_chosen_person_is_written_and_the_person_can_be_erased(window, tmp_path, monkeypatch,
                                                                                     qtbot):
    page = window.show_area("people")
    page.tabs.setCurrentIndex(1)
    tab = page.people_tab
    assert not tab.erase_button.isEnabled() or tab.current_id() is not None
    assert tab.select(RHODRI)
    assert tab.export_data_button.isEnabled() and tab.erase_button.isEnabled()
    out = tmp_path / "Rhodri.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    tab.export_data_button.click()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "Rhodri Owen" in json.dumps(data, ensure_ascii=False)

    shown = []
    monkeypatch.setattr(EraseDialog, "exec", _drive(shown, lambda dialog: dialog.cancel_button.click()))
    tab.erase_button.click()
    assert "Rhodri Owen" in _people(window) and shown[0].result() == QDialog.DialogCode.Rejected
    monkeypatch.setattr(EraseDialog, "exec", _drive(shown, lambda dialog: dialog.erase_button.click()))
    tab.erase_button.click()
    names = _people(window)
    assert "Rhodri Owen" not in names and any(name.startswith("Former member") for name in names)
    window.undo_action.trigger()
    assert "Rhodri Owen" in _people(window)


def _drive(shown: list, action):
    """EraseDialog.exec as the secretary: the dialog is kept in `shown`, `action` ticks and presses."""
    def run(dialog):
        shown.append(dialog)
        action(dialog)
        return dialog.result()
    return run


def _minutes(window, item_id):
    return window.bench.read(lambda s: s.get(AgendaItem, item_id).minutes)


@pytest.fixture
def rhodri_by_other_names(window):
    """An item whose minutes name Rhodri Owen in full, then as "Rhodri" and "Mr Owen"; its id and minutes."""
    item_id, minutes = window.bench.read(lambda s: next(
        (item.id, item.minutes) for item in s.scalars(select(AgendaItem).order_by(AgendaItem.id))
        if "Rhodri Owen" in item.minutes))
    minutes += " Rhodri to send the figures. Mr Owen thanked the group."
    window.store.run(meetings.write_minutes, item_id, minutes)
    return item_id, minutes


def _show_people(window):
    page = window.show_area("people")
    page.tabs.setCurrentIndex(1)
    assert page.people_tab.select(RHODRI)
    return page


def test_the_erase_dialog_lists_every_mention_and_replaces_those_left_ticked(window, monkeypatch,
                                                                            rhodri_by_other_names):
    item_id, minutes = rhodri_by_other_names
    page = _show_people(window)
    cleared = []
    monkeypatch.setattr(window.store, "clear_free_pages", lambda: cleared.append(True))
    shown = []

    def untick_first_name(dialog):
        table = dialog.table
        rows = {table.item(row, 0).text(): row for row in range(table.rowCount())}
        assert table.rowCount() == len(dialog.mentions) > 2
        assert table.item(rows["Rhodri"], 1).text() == "first name"
        assert table.item(rows["Mr Owen"], 1).text() == "title and surname"
        assert "Rhodri to send the figures" in table.item(rows["Rhodri"], 3).text()
        assert table.item(rows["Rhodri"], 2).text().startswith("Liaison meeting ")
        for mention, row in zip(dialog.mentions, range(table.rowCount())):
            box = table.item(row, 0)
            assert box.checkState() == Qt.CheckState.Checked  # every mention to be replaced, unless unticked
            # The full name is always replaced: its box cannot be unticked.
            assert bool(box.flags() & Qt.ItemFlag.ItemIsUserCheckable) == (mention.kind is not MentionKind.FULL_NAME)
        assert "Untick any that is about someone else" in dialog.how.text()
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        assert "Ctrl+Z takes this back until CompactDesk is closed" in dialog.warning.text()
        table.item(rows["Rhodri"], 0).setCheckState(Qt.CheckState.Unchecked)  # "that Rhodri is someone else"
        assert dialog.count.text() == f"{table.rowCount() - 1} of them will be replaced."
        dialog.erase_button.click()

    monkeypatch.setattr(EraseDialog, "exec", _drive(shown, untick_first_name))
    assert page.erase_person() == "Former member"
    assert _minutes(window, item_id) == minutes.replace("Rhodri Owen", "Former member").replace(
        "Mr Owen", "Former member")
    assert "Rhodri to send the figures" in _minutes(window, item_id)
    assert "Rhodri Owen" not in _people(window)
    assert cleared == [True]  # the freed pages are cleared from the file after the erase

    window.undo_action.trigger()  # Ctrl+Z brings it all back
    assert _minutes(window, item_id) == minutes
    assert "Rhodri Owen" in _people(window)


def test_cancel_in_the_erase_dialog_erases_nothing(window, monkeypatch, rhodri_by_other_names):
    item_id, minutes = rhodri_by_other_names
    page = _show_people(window)
    shown = []
    monkeypatch.setattr(EraseDialog, "exec", _drive(shown, lambda dialog: dialog.cancel_button.click()))
    assert page.erase_person() is None
    assert shown and _minutes(window, item_id) == minutes and "Rhodri Owen" in _people(window)
    assert window.bench.undo_stack.count() == 0
    assert shown[0].cancel_button.isDefault() and not shown[0].erase_button.isDefault()  # Enter does not erase


def test_a_store_problem_clearing_free_pages_is_reported_and_the_erase_stands(window, monkeypatch):
    page = _show_people(window)

    def fails():
        raise StoreError(window.store.path, "The disk is full.")

    monkeypatch.setattr(window.store, "clear_free_pages", fails)
    monkeypatch.setattr(EraseDialog, "exec", _drive([], lambda dialog: dialog.erase_button.click()))
    problems = []
    window.bench.problem.connect(problems.append)
    assert page.erase_person() == "Former member"
    assert problems == ["The disk is full."] and "Rhodri Owen" not in _people(window)
