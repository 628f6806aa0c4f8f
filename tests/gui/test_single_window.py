"""One window (issue 17): a second start hands its file to the running CompactDesk and ends.

Every test listens on a name of its own (COMPACTDESK_INSTANCE), never the tester's own CompactDesk's.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from compactdesk.gui import single
from compactdesk.gui.ops import RunNow


@pytest.fixture
def name(monkeypatch) -> str:
    unique = f"compactdesk-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(single.INSTANCE_VARIABLE, unique)
    return unique


@pytest.fixture
def server(name):
    listening = single.SingleWindowServer(name=name)
    assert listening.listening
    yield listening
    listening.close()


def _hand_off(qtbot, path: Path | None, demo: bool = False) -> bool:
    """A second start's message, sent without blocking: try_hand_off's waits hold Python's lock, so the answer,
    which comes from this process's own loop, could never be written (the real second start is tested below)."""
    client = QLocalSocket()
    client.connectToServer(os.environ[single.INSTANCE_VARIABLE])
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=2000)
    client.write(single.message(path, demo))
    answer = bytearray()
    qtbot.waitUntil(lambda: answer.extend(bytes(client.readAll())) or answer.endswith(b"\n"), timeout=2000)
    client.abort()
    return bytes(answer) == single.ANSWER


def test_no_one_listening_means_this_start_is_the_first(name):
    started = time.monotonic()
    assert not single.try_hand_off(Path("group.cdstore"), False)
    assert time.monotonic() - started < 1


def test_another_groups_file_is_offered_and_opened(window, server, qtbot, monkeypatch, demo_path, tmp_path):
    window.export_pool = RunNow()
    server.window = window
    other = tmp_path / "other" / "Other group.cdstore"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    asked = []
    monkeypatch.setattr(single, "ask_to_open", lambda parent, path: asked.append(path) or True)
    window.show()
    window.showMinimized()

    assert _hand_off(qtbot, other)
    qtbot.waitUntil(lambda: window.store.path == other, timeout=5000)
    assert asked == [other]
    assert not window.isMinimized()


def test_the_file_open_now_or_a_second_demo_only_brings_the_window_forward(window, server, qtbot, monkeypatch,
                                                                           demo_path):
    server.window = window
    monkeypatch.setattr(single, "ask_to_open", lambda parent, path: pytest.fail("asked"))
    raised = []
    monkeypatch.setattr(single, "bring_forward", raised.append)
    for path, demo in ((demo_path, False), (None, True), (None, False)):
        assert _hand_off(qtbot, path, demo)
        qtbot.waitUntil(lambda: len(raised) == 1, timeout=2000)
        raised.clear()
        assert window.store.path == demo_path


def test_the_question_names_both_files(window, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(single.QMessageBox, "question", lambda *args: shown.append(args[2]) or args[4])
    assert single.ask_to_open(window, tmp_path / "Other group.cdstore")
    assert shown == ["Open Other group.cdstore? The group open now, Dyfnant demo.cdstore, is closed first; "
                     "everything in it is saved."]


@pytest.mark.parametrize("given", ["group.cdstore", "--demo"])
def test_a_real_second_start_hands_its_file_over_and_ends(server, name, qtbot, tmp_path, given):
    """The issue's must-show: `compactdesk group.cdstore` started again passes the file on and exits 0."""
    seen = []
    server.received = lambda path, demo: seen.append((path, demo))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    env[single.INSTANCE_VARIABLE] = name
    started = time.monotonic()
    # A path relative to where the second start runs: the running window is told it whole.
    second = subprocess.Popen([sys.executable, "-m", "compactdesk", given], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    finally:
        second.kill()
    assert second.wait() == 0, second.stderr.read()[-2000:]
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == ([(None, True)] if given == "--demo" else [(tmp_path / "group.cdstore", False)])
    assert time.monotonic() - started < 10
    # No records file, lock, backup or demo copy was made, no window's settings written: at most the log.
    assert {p.name for p in tmp_path.iterdir()} <= {"state"}


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe goes with its process; only Unix leaves a socket")
def test_a_socket_left_by_a_crash_does_not_stop_the_next_start(name, qtbot):
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(os.path.join(QDir.tempPath(), name))  # bound, never listening, never removed: as after a crash
    stale.close()
    assert Path(QDir.tempPath(), name).exists()
    assert not single.try_hand_off(None, False)

    first = single.SingleWindowServer(name=name)
    try:
        assert first.listening
        seen = []
        first.received = lambda path, demo: seen.append(demo)
        assert _hand_off(qtbot, None, True)
        qtbot.waitUntil(lambda: seen == [True], timeout=2000)
    finally:
        first.close()
    assert not Path(QDir.tempPath(), name).exists()


def test_a_listening_instance_is_not_taken_over(server, name, qtbot):
    # Two starts at the same moment: the later one carries on without hand-off, the first keeps its socket.
    later = single.SingleWindowServer(name=name)
    try:
        assert not later.listening
        seen = []
        server.received = lambda path, demo: seen.append(path)
        assert _hand_off(qtbot, None)
        qtbot.waitUntil(lambda: seen == [None], timeout=2000)
    finally:
        later.close()
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize("secret", ["postgresql://anna:s3cret@cvs-server/compacts",
                                    "postgresql://anna@cvs-server/compacts?password=s3cret&group=group_a",
                                    "postgresql://anna@cvs-server/compacts?sslmode=require&sslpassword=s3cret",
                                    "postgresql://anna@cvs-server/compacts?password=s3cret&sslpassword=s3cret",
                                    "postgresql://anna@/compacts"])  # not an address it can read: its own window
def test_a_servers_address_holding_a_password_in_any_form_never_crosses_the_socket(name, monkeypatch, secret):
    monkeypatch.setattr(single, "QLocalSocket", lambda: pytest.fail("the socket was opened"))
    assert single.try_hand_off(secret, False) is False


def test_a_servers_address_without_a_secret_is_handed_on(name, monkeypatch):
    tried = []

    class Refused:  # no one listening: this start would be the first
        def connectToServer(self, _name):
            tried.append(True)

        def waitForConnected(self, _ms):
            return False

    monkeypatch.setattr(single, "QLocalSocket", Refused)
    assert single.try_hand_off("postgresql://anna@cvs-server/compacts?sslmode=require&password=", False) is False
    assert tried == [True]
