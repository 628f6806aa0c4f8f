"""File ▸ Back up now, Restore from a backup and Export everything, and the People page's personal data,
driven through the real window on a copy of the demo store."""

import datetime as dt
import json
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from compactdesk.gui.dialogs.backups import RestoreDialog
from compactdesk.gui.export_job import RunNow
from compactdesk.gui.main_window import MainWindow
from compactdesk.services import members
from compactdesk.store import open_store
from compactdesk.store.backup import BEFORE_RESTORE, ON_DEMAND, backup_folder, list_backups, make_backup

RHODRI = 3  # Rhodri Owen in the demo: seat, attendance, feedback, targets, named in minutes


@pytest.fixture
def window(demo_path, today, qtbot, settings):
    store = open_store(demo_path, daily_backup=False)
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.export_pool = RunNow()
    yield main
    main.store.close()


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
    made = window.safekeeping.back_up_to_folder()
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


def test_a_file_that_is_no_backup_is_refused_and_the_store_stays_open(window, demo_path, tmp_path, boxes):
    junk = tmp_path / "notes.cdstore"
    junk.write_text("shopping list", encoding="utf-8")
    people = _people(window)
    assert not window.safekeeping.restore_from(junk)
    assert boxes[-1][0] == "warning" and "not a CompactDesk store" in boxes[-1][2]
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

    def press(label):
        def run(box):
            next(button for button in box.buttons() if button.text() == label).click()
            return 0
        return run

    monkeypatch.setattr(QMessageBox, "exec", press("Cancel"))
    tab.erase_button.click()
    assert "Rhodri Owen" in _people(window)
    monkeypatch.setattr(QMessageBox, "exec", press("&Erase"))
    tab.erase_button.click()
    names = _people(window)
    assert "Rhodri Owen" not in names and any(name.startswith("Former member") for name in names)
    window.undo_action.trigger()
    assert "Rhodri Owen" in _people(window)
