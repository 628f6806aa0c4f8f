"""File ▸ Move this group to a server… and File ▸ Save the group as a file…, driven through the real window on a
copy of the demo group, the questions answered by monkeypatched dialogs and the copy checked on both sides."""

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import text

from compactdesk.gui.ops import RunNow
from compactdesk.gui.server_moves import ServerMoves, add_actions
from compactdesk.store import credentials
from compactdesk.store.server import make_engine
from test_fits_screen import dialog_problems


@pytest.fixture
def window(window, monkeypatch):
    """The main window of tests/gui/conftest.py, its ops run at once, no password kept anywhere."""
    window.bench.pool = RunNow()
    window.export_pool = RunNow()
    monkeypatch.setattr(credentials, "saved_password", lambda address: None)
    return window


class Shown(list):
    press: list


@pytest.fixture
def boxes(monkeypatch):
    """The report boxes, recorded instead of shown; `press` names the button to press in the next one."""
    shown, press = Shown(), []

    def run(box):
        shown.append(box)
        wanted = [button for button in box.buttons() if button.text() in press]
        if wanted:
            wanted[0].click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", run)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, words, *a: shown.append((title, words)))
    shown.press = press
    return shown


def answers(monkeypatch, *replies):
    """The questions (QInputDialog) answered in turn, Cancel once the answers run out; what was asked is kept:
    (question, echo mode, text offered, what does not fit the screens)."""
    asked, queue = [], list(replies)

    def run(dialog):
        # Whether it fits is looked at while it is up: the dialog goes once answered.
        asked.append((dialog.labelText(), dialog.textEchoMode(), dialog.textValue(),
                      dialog_problems(dialog, dialog.labelText()[:40])))
        if not queue:
            return QDialog.DialogCode.Rejected
        dialog.setTextValue(queue.pop(0))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QInputDialog, "exec", run)
    return asked


def server_count(address, table):
    engine = make_engine(address, address.group)
    with engine.connect() as connection:
        found = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    engine.dispose()
    return found


def file_count(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def file_menu(window):
    return window.menuBar().actions()[0].menu()


def test_a_group_moves_to_the_server_opens_there_and_saves_back_as_a_file(window, demo_path, server_address,
                                                                        monkeypatch, boxes, tmp_path):
    # The window's own File menu holds them (gui/chrome.py), else they are added as the menu's owner would.
    moves = window.server_moves if hasattr(window, "server_moves") else add_actions(window, file_menu(window))
    assert moves.to_server_action in file_menu(window).actions()
    assert moves.to_server_action.isVisible() and not moves.to_file_action.isVisible()
    asked = answers(monkeypatch, server_address.with_group(None).text(), "group_test", "")
    boxes.press.append("&Open it on the server")
    moves.to_server_action.trigger()
    # The address, the group's name (suggested from the compact's), then the password, typed unseen.
    assert [echo for _, echo, _, _ in asked][-1] == QLineEdit.EchoMode.Password
    assert asked[1][2] == "group_dyfnant_compact"
    (box,) = boxes
    assert box.windowTitle() == "The group was moved to the server"
    assert "Every record and paper was copied and checked" in box.text() and str(demo_path) in box.text()
    assert "meeting: 20" in box.detailedText()
    for table in ("meeting", "agenda_paper", "feedback", "person"):
        assert server_count(server_address, table) == file_count(demo_path, table)

    # Opened on the server in this window, in place of the file (which stays as it was).
    assert getattr(window.store, "is_server", False) and window.store.schema == "group_test"
    assert not moves.to_server_action.isVisible() and moves.to_file_action.isVisible()

    out = tmp_path / "saved" / "Dyfnant"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    boxes.clear()
    moves.to_file_action.trigger()
    saved = out.with_suffix(".cdstore")
    (box,) = boxes
    assert box.windowTitle() == "The group was saved as a file" and "stays on the server" in box.text()
    for table in ("meeting", "agenda_paper", "feedback", "person", "store_identity"):
        assert file_count(saved, table) == file_count(demo_path, table)
    assert moves.last_report.path == saved


def test_a_group_already_on_the_server_is_not_overwritten(window, demo_path, server_address, monkeypatch, boxes):
    from compactdesk.store.move import move

    move(window.store, server_address)  # the group open in the window, as it stands
    before = server_count(server_address, "meeting")
    moves = ServerMoves(window)
    answers(monkeypatch, "not an address", server_address.with_group(None).text(), "group test!", "group_test", "")
    moves.move_to_server()
    title, words = boxes[-1]
    assert "will not overwrite it" in words and title == "Move this group to a server: not done"
    assert server_count(server_address, "meeting") == before
    assert window.banner.isHidden()  # about the server's group, not this group's file
    assert not getattr(window.store, "is_server", False)


def test_nothing_happens_when_a_question_is_cancelled(window, monkeypatch, boxes):
    moves = ServerMoves(window)
    asked = answers(monkeypatch)  # Cancel at the first question
    assert moves.move_to_server() is None and len(asked) == 1 and boxes == []
    assert moves.save_as_file() is None  # a file's group has no server copy to save


def test_the_questions_and_the_report_fit_the_screen(window, demo_path, server_address, monkeypatch, boxes):
    asked = answers(monkeypatch, server_address.text(), "group_test", "")
    ServerMoves(window).move_to_server()
    (box,) = boxes
    assert dialog_problems(box, "the move's report") == []
    assert len(asked) == 3
    assert [problems for _, _, _, problems in asked] == [[], [], []]


def test_cancel_midway_leaves_nothing_on_the_server(window, server_address, monkeypatch, boxes):
    from compactdesk.gui import ops
    from compactdesk.store import move as moving

    real = moving.copy_table

    def copy_table(source, destination, table, tick):
        if table.name == "person":  # Cancel pressed while the people are copied
            for running in list(ops._RUNNING):
                running.cancel()
        return real(source, destination, table, tick)
    monkeypatch.setattr(moving, "copy_table", copy_table)
    answers(monkeypatch, server_address.with_group(None).text(), "group_cancelled", "")
    op = ServerMoves(window).move_to_server()
    assert op.outcome == "cancelled" and "nothing was changed" in op.message
    assert boxes == []
    engine = make_engine(server_address)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = 'group_cancelled'")).first() is None
    engine.dispose()


def test_the_window_in_another_language_has_them_once(window, settings, server_address, monkeypatch, boxes, qtbot):
    from compactdesk.gui.language import choose

    if not hasattr(window, "server_moves"):
        pytest.skip("the File menu does not hold them in this checkout")
    choose(settings, "cy")
    window.settle_language()
    choose(settings, "en")
    window.settle_language()
    texts = [action.text() for action in file_menu(window).actions()]
    assert texts.count("&Move this group to a server…") == 1 and texts.count("Save the &group as a file…") == 1
    qtbot.wait(50)  # the old menus' objects deleted
    window.bench.store_replaced.emit()  # and not called
    answers(monkeypatch, server_address.text(), "group_test", "")
    window.server_moves.to_server_action.trigger()
    assert boxes and boxes[0].windowTitle() == "The group was moved to the server"
