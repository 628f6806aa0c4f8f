"""A damaged store on open, a backup that could not be made, and a store that goes away while in use:
each said plainly, with the way back offered, and nothing lost."""

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.recovery import open_with_recovery
from compactdesk.services import members
from compactdesk.store import DamagedStoreError, open_store
from compactdesk.store.backup import BEFORE_RESTORE, ON_DEMAND, list_backups, make_backup


def _damage(path) -> None:
    """Overwrites the middle of a table's pages, as a failing disk or a bad copy might; not the schema's,
    which the search index's tables (revision 0006) spread over pages among them: a store whose schema
    cannot be read cannot be opened even as it is."""
    with sqlite3.connect(path) as connection:
        schema = {page for (page,) in connection.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    connection.close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096 * 3, size - 4096, 4096 * 5):
            if offset // 4096 + 1 in schema:
                continue
            handle.seek(offset + 200)
            handle.write(b"\x5a" * 600)


def _count(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def damaged(demo_path):
    """The demo store with one good backup, then damaged."""
    good = make_backup(demo_path, ON_DEMAND, now=dt.datetime(2026, 11, 23, 17, 5))
    _damage(demo_path)
    return demo_path, good


def _answer(monkeypatch, label, seen):
    def run(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        next(button for button in box.buttons() if button.text() == label).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", run)


def test_a_damaged_store_is_refused_in_words(damaged):
    path, _ = damaged
    with pytest.raises(DamagedStoreError) as refused:
        open_store(path)
    assert path.name in str(refused.value) and "damaged" in str(refused.value)
    assert len(str(refused.value)) < 600  # a message to read, not SQLite's page-by-page report


def test_the_newest_good_backup_is_offered_and_restored(damaged, monkeypatch, qapp):
    path, good = damaged
    seen = []
    _answer(monkeypatch, "&Restore the newest good backup", seen)
    store = open_with_recovery(path, None)
    try:
        title, text, offer = seen[0]
        assert title == "This group's file is damaged" and path.name in text
        assert "23 November 2026 at 17:05" in offer and f"{_count(good, 'meeting')} meetings" in offer
        assert len(store.run(members.person_rows)) == _count(good, "person")
    finally:
        store.close()
    kept = [info for info in list_backups(path) if info.reason == BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].path.stat().st_size > 0  # the damaged store, kept byte for byte


def test_cancel_leaves_the_damaged_store_as_it_was(damaged, monkeypatch, qapp):
    path, _ = damaged
    before = path.read_bytes()
    _answer(monkeypatch, "Cancel", [])
    with pytest.raises(DamagedStoreError):
        open_with_recovery(path, None)
    assert path.read_bytes() == before


def test_open_it_as_it_is_reads_what_can_be_read(damaged, monkeypatch, qapp):
    path, _ = damaged
    _answer(monkeypatch, "&Open it as it is", [])
    store = open_with_recovery(path, None)
    try:
        assert store.path == path
    finally:
        store.close()


def test_a_store_found_damaged_at_start_is_offered_its_backup_behind_the_window(damaged, monkeypatch, qtbot,
                                                                                  today, settings):
    from compactdesk.gui.opening import OpenStoreOp

    path, good = damaged
    seen = []
    _answer(monkeypatch, "&Restore the newest good backup", seen)
    window = MainWindow(None, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    window.open_after_paint(OpenStoreOp(window, path))
    window.show()
    qtbot.waitUntil(lambda: window.opening.outcome != "", timeout=20_000)
    try:
        assert window.opening.outcome == "done" and seen and seen[0][0] == "This group's file is damaged"
        assert window.store.problems() == [] and window.centralWidget().isEnabled()
        assert len(window.bench.read(members.person_rows)) == _count(good, "person")
    finally:
        window.close()
        window.store.close()


def test_a_backup_that_could_not_be_made_is_said_in_the_banner(demo_path, today, qtbot, settings, monkeypatch):
    store = open_store(demo_path, daily_backup=False)
    store.backup_problem = "CompactDesk could not write a backup of it: the disk is full."
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.banner.isVisibleTo(window)
        assert "Today's backup could not be made" in window.banner.text.text()
        assert window.banner.action.text() == "&Restore from a backup…"
    finally:
        window.store.close()


def test_a_stick_pulled_out_keeps_the_typing_says_so_and_work_goes_on_when_it_is_back(demo_path, today, qtbot,
                                                                                     settings, tmp_path):
    from compactdesk.gui.dialogs.people import PersonDialog

    store = open_store(demo_path, daily_backup=False)
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    folder, away = demo_path.parent, tmp_path.parent / f"{tmp_path.name} pulled out"
    try:
        dialog = PersonDialog(window.bench, window)
        qtbot.addWidget(dialog)
        dialog.ui.name.insert("Siân Ŵyn")
        folder.rename(away)  # the stick is gone
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted
        assert "can no longer be found" in dialog.error_text and dialog.ui.name.text() == "Siân Ŵyn"
        assert window.banner.isVisibleTo(window) and "can no longer be found" in window.banner.text.text()
        with sqlite3.connect(away / demo_path.name) as moved:  # nothing was written blind
            assert moved.execute("SELECT count(*) FROM person WHERE name = 'Siân Ŵyn'").fetchone() == (0,)

        away.rename(folder)  # put back
        window.banner.action.click()  # Try again
        assert not window.banner.isVisibleTo(window)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert "Siân Ŵyn" in {row.name for row in window.bench.read(members.person_rows)}
    finally:
        if away.exists():
            away.rename(folder)
        window.store.close()
    with sqlite3.connect(demo_path) as back:
        assert back.execute("SELECT count(*) FROM person WHERE name = 'Siân Ŵyn'").fetchone() == (1,)


def test_a_page_that_cannot_read_the_store_says_so_in_the_banner_not_as_a_crash(demo_path, today, qtbot, settings,
                                                                              tmp_path, monkeypatch):
    from compactdesk.gui import app as gui_app
    from compactdesk.store import StoreUnavailableError

    store = open_store(demo_path, daily_backup=False)
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    folder, away = demo_path.parent, tmp_path.parent / f"{tmp_path.name} gone"
    crashes = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: crashes.append(args))
    monkeypatch.setattr(gui_app, "_WINDOWS", [window])
    try:
        folder.rename(away)
        with pytest.raises(StoreUnavailableError) as failed:
            window.refresh()
        gui_app._excepthook(type(failed.value), failed.value, failed.value.__traceback__)
        assert crashes == [] and "can no longer be found" in window.banner.text.text()
        away.rename(folder)
        window.banner.action.click()
        assert not window.banner.isVisibleTo(window)
        assert "can be used again" in window.statusBar().currentMessage()
    finally:
        if away.exists():
            away.rename(folder)
        window.store.close()


def _spoil_a_date(path) -> None:
    """A byte of a date gone bad under the open window: it no longer parses, though SQLite's pages are sound."""
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE feedback SET raised_on = '2026-1x-05' WHERE id = (SELECT min(id) FROM feedback)")
    connection.close()


def test_damage_met_while_in_use_offers_the_newest_good_backup_and_restores_it(demo_path, today, qtbot, settings,
                                                                                monkeypatch):
    good = make_backup(demo_path, ON_DEMAND, now=dt.datetime(2026, 11, 23, 17, 5))
    store = open_store(demo_path, daily_backup=False)
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    seen = []
    _answer(monkeypatch, "&Restore the newest good backup", seen)
    try:
        page = window.show_area("feedback")
        _spoil_a_date(demo_path)
        with pytest.raises(DamagedStoreError):
            page.refresh()
        qtbot.waitUntil(lambda: bool(seen))  # queued: offered once the page that met it has unwound
        title, text, offer = seen[0]
        assert title == "This group's file is damaged" and "raised_on does not hold a date" in text
        assert "23 November 2026 at 17:05" in offer
        qtbot.waitUntil(lambda: window.store is not store)
        assert window.store.problems() == []
        assert len(window.bench.read(members.person_rows)) == _count(good, "person")
        assert len(seen) == 1  # asked once
    finally:
        window.store.close()


def test_keeping_a_damaged_store_open_says_so_in_the_banner_and_asks_no_more(demo_path, today, qtbot, settings,
                                                                             monkeypatch):
    make_backup(demo_path, ON_DEMAND)
    store = open_store(demo_path)
    window = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(window)
    seen = []
    _answer(monkeypatch, "&Keep working on it as it is", seen)
    try:
        page = window.show_area("feedback")
        _spoil_a_date(demo_path)
        with pytest.raises(DamagedStoreError):
            page.refresh()
        qtbot.waitUntil(lambda: window.store.as_is)
        assert window.banner.isVisibleTo(window) and "damaged" in window.banner.text.text()
        with pytest.raises(DamagedStoreError):
            page.refresh()
        qtbot.wait(50)
        assert len(seen) == 1 and window.store is store
    finally:
        window.store.close()


@pytest.mark.parametrize(("n", "held"), [(1, "It holds 1 meeting, 1 target and 1 feedback item."),
                                         (2, "It holds 2 meetings, 2 targets and 2 feedback items.")])
def test_the_offer_counts_a_backups_records_in_good_english(tmp_path, qapp, n, held):
    from compactdesk.gui.recovery import _offer
    from compactdesk.store.backup import BackupInfo

    backup = BackupInfo(tmp_path / "copy.sqlite", dt.datetime(2026, 11, 23, 17, 5), ON_DEMAND, 1, True, 1, n, n, n)
    assert held in _offer(tmp_path / "group.sqlite", backup)
