"""One window (issue 17): starting CompactDesk while it runs brings the running window forward.

The running CompactDesk listens on a local socket (a named pipe on Windows) whose name is the
person's own. A second start connects, sends one JSON line, {"open": "<absolute path>" or null,
"demo": bool}, waits for "ok" and ends with exit 0: it builds no window and never touches the
records file, so there is no lock to be refused. Double-clicking a .cdstore file runs
`compactdesk <path>`, so it takes the same way. When no one answers, the start goes on as usual.

The running window comes to the front; given another group's file it asks, then opens it with
File ▸ Open a group's own switch (gui/store_files.py); given the file it has open, or --demo, it
only comes forward.
"""

import hashlib
import json
import logging
import os
import sys
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from compactdesk.paths import APP

INSTANCE_VARIABLE = "COMPACTDESK_INSTANCE"  # the socket's name, set by tests so they never meet a real CompactDesk
CONNECT_MS = 500
ANSWER_MS = 3000  # the running window answers between two events; a GUI thread that is this busy is not answering
MOST_BYTES = 64 * 1024  # a path and a flag: anything longer is not ours
ANSWER = b"ok\n"
STORE_WAIT_MS = 250  # a message that comes while the window is still opening its first store waits this, then again

log = logging.getLogger("compactdesk")


def server_name() -> str:
    """The person's own name: two people logged in on one machine each keep their own CompactDesk."""
    override = os.environ.get(INSTANCE_VARIABLE)
    if override:
        return override
    # The data folder is the person's alone and follows XDG_DATA_HOME, so a bench or test run with a
    # private one never meets the CompactDesk the person has open.
    folder = platformdirs.user_data_dir(APP, appauthor=False)
    return "compactdesk-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


def _someone_answers(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(CONNECT_MS)
    probe.abort()
    return alive


def message(path: Path | str | None, demo: bool) -> bytes:
    """What a second start says: the file it was given, whole (it may have been relative to where it ran), or a
    shared server's address as given (postgresql://…, never with a password: see try_hand_off)."""
    whole = (path if is_server(path) else os.path.abspath(path)) if path is not None else None
    return json.dumps({"open": whole, "demo": bool(demo)}).encode("utf-8") + b"\n"


def is_server(path) -> bool:
    from compactdesk.store.address import looks_like_server

    return isinstance(path, str) and looks_like_server(path)


def try_hand_off(path: Path | str | None, demo: bool, name: str | None = None) -> bool:
    """True once a running CompactDesk has taken the message: this start then ends, having built nothing.

    Needs no QApplication: it runs before one is made, so a second start costs little. A server's address with a
    password typed into it (before the @ or as ?password=) or a key's passphrase is not passed on (it would cross
    the socket): that start opens a window of its own, as it does for an address it cannot read.
    """
    if is_server(path):
        from compactdesk.store.address import ServerAddress

        try:
            if ServerAddress.parse(path).holds_secret:
                return False
        except ValueError:  # ValidationError among them
            return False
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False  # no one there, or a socket left by a crash: this start is the first
    _pass_on_the_right_to_come_forward()
    socket.write(message(path, demo))
    socket.flush()
    answer = b""
    deadline = time.monotonic() + ANSWER_MS / 1000
    while not answer.endswith(b"\n") and time.monotonic() < deadline:
        if socket.bytesAvailable() or socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
            answer += bytes(socket.readAll())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.abort()
    if answer != ANSWER:
        log.warning("a running CompactDesk did not answer; starting as usual")
        return False
    return True


def _pass_on_the_right_to_come_forward() -> None:
    # Windows lets only the program the person is using bring a window to the front (SetForegroundWindow's
    # rules): the running CompactDesk's activateWindow() would only flash its taskbar button. This start is
    # that program, so it hands the right on (ASFW_ANY: the running one's process id is not known here).
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)
        except (AttributeError, OSError):
            pass


def bring_forward(window: QWidget) -> None:
    """Shows, raises and activates the window; a minimised one comes back as it was (maximised stays so)."""
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    # On Windows this only works with the right the second start passed on (above); without it the
    # taskbar button flashes. On Wayland the compositor decides, and may only mark the window as wanting attention.
    window.activateWindow()


def ask_to_open(window: QWidget, path: Path) -> bool:
    """The person says whether the group open now gives way to the file CompactDesk was started with."""
    answer = QMessageBox.question(
        window, QCoreApplication.translate("SingleWindowServer", "Open another group?"),
        QCoreApplication.translate(
            "SingleWindowServer",
            "Open {name}? The group open now, {current}, is closed first; everything in it is saved.").format(
            name=path.name, current=window.store.path.name if window.store.path is not None
            else window.store.display()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class SingleWindowServer(QObject):
    """Listens for later starts and brings `window` forward (it may be set once built: see gui/app.py)."""

    def __init__(self, window: QWidget | None = None, name: str | None = None):
        super().__init__()
        self.window = window
        self.name = name or server_name()
        self.server = QLocalServer(self)
        # Unix: the socket file is the person's own (0700); Windows: the pipe is theirs only.
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.listening = self._listen()

    def _listen(self) -> bool:
        # Asked first: on Unix listen() with UserAccessOption replaces whatever socket has the name, a live one too.
        if _someone_answers(self.name):
            # Another CompactDesk started at the same moment and got there first: its socket is left alone.
            log.warning("another CompactDesk is listening on %s; this one carries on without hand-off", self.name)
            return False
        QLocalServer.removeServer(self.name)  # left behind by a CompactDesk that crashed or was killed
        if self.server.listen(self.name):
            return True
        # A later start then opens a window of its own (and meets the lock): worse, but never a refusal to start.
        log.warning("cannot listen on %s (%s); carrying on without hand-off", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()  # the socket file goes with it; the next start is the first

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, received)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += bytes(socket.readAll())
        if b"\n" not in received:
            if len(received) > MOST_BYTES:
                socket.abort()
            return
        try:
            said = json.loads(received.split(b"\n", 1)[0])
            path, demo = said["open"], said["demo"]
            if not (path is None or isinstance(path, str)) or not isinstance(demo, bool):
                raise ValueError(said)
        except (ValueError, KeyError, TypeError) as error:
            log.warning("ignored a message that is not CompactDesk's: %r", error)
            socket.abort()
            return
        socket.write(ANSWER)  # at once: the second start must not wait while the person answers a question
        socket.flush()
        socket.disconnectFromServer()
        # After this slot: the question's own event loop must not run inside the socket's signal.
        target = path if path is None or is_server(path) else Path(path)
        QTimer.singleShot(0, self, lambda: self.received(target, demo))

    def received(self, path: Path | str | None, demo: bool) -> None:
        """A later start's message: the window comes forward, and offers another group's file."""
        if self.window is None:
            return
        bring_forward(self.window)
        if path is not None and not demo:  # a second --demo, or a start with no file: only forward
            self.offer(path)

    def offer(self, path: Path | str) -> None:
        window = self.window
        if window.bench.store is None:  # still opening its first store: asked once that is open
            QTimer.singleShot(STORE_WAIT_MS, self, lambda: self.offer(path))
            return
        if is_server(path):
            if QApplication.activeModalWidget() is None:
                window.files.connect_server(path, open_now=True)  # the group is opened, its password asked if need be
            return
        if window.store.path is not None and path.resolve() == window.store.path.resolve():
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            # A form or question is open over the group: it is finished first, not closed under the person.
            dialog.raise_()
            dialog.activateWindow()
            window.statusBar().showMessage(self.tr(
                "CompactDesk was started again with {name}. Finish what is open, then use File ▸ Open a group."
            ).format(name=path.name))
            return
        if ask_to_open(window, path):
            window.files.switch_to(path)
