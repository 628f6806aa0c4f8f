"""`compactdesk postgresql://…`: the window opens on a group held on a shared server.

As for a file (gui/opening.py), the window paints first and the group opens behind it, off the GUI thread. The
password is the one typed into the address, else the keyring's, else PostgreSQL's password file's
(store/credentials.py). When that is not enough — the server wants a password, it cannot be reached, or the
address names no group and the server holds several — the connect window (gui/connect_dialog.py) takes over with
the address filled in and says why; cancelling it ends the program as a file that cannot be opened does.
"""

from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from compactdesk import logs
from compactdesk.gui.ops import Op, Progress
from compactdesk.i18n import translate
from compactdesk.store import credentials
from compactdesk.store.address import ServerAddress, without_secrets
from compactdesk.store.errors import StoreError


class OpenServerOp(Op):
    """Opens the group the address names (or the server's only group); `window.attach(store)` once it is open."""

    def __init__(self, window: QWidget, address: str, pool=None):
        self.address = address  # before Op's own set-up, which asks first_words()
        super().__init__(self._open, translate("Opening", "Opening the group's file"), window, pool, quiet=True)

    def first_words(self) -> str:
        try:
            server = ServerAddress.parse(self.address).display()
        except ValueError:
            server = without_secrets(self.address)[:80]
        return translate("ServerStart", "Connecting to {server}…").format(server=server)

    def _open(self, progress: Progress):  # on the worker thread
        from compactdesk.gui.opening import _warm_dates
        from compactdesk.store import server

        address = ServerAddress.parse(self.address)
        password = credentials.saved_password(address)
        if not address.group:
            groups = server.list_groups(address, password)
            if len(groups) != 1:
                return None  # none, or several: the person chooses in the connect window
            address = address.with_group(groups[0].schema)
        store = server.open_group(address, password=password)
        _warm_dates()
        return store

    def succeeded(self, store) -> None:
        if store is None:
            self._ask(open_now=True)
            return
        self.window.attach(store)

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.message = message
        self._finish("refused", "")
        self._ask(message)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish("failed", "")
        if isinstance(error, StoreError) or credentials.needs_password(error):
            self.message = str(error)
        else:
            self.message = self.unexpected_message(Path(logs.log_error("Opening a group on a server failed", error)))
        self._ask(self.message, error)

    def _ask(self, message: str = "", error: BaseException | None = None, *, open_now: bool = False) -> None:
        # After this slot: the connect window's own event loop must not run inside the worker's signal.
        QTimer.singleShot(0, self.window, lambda: self._connect_window(message, error, open_now))

    def _connect_window(self, message: str, error: BaseException | None, open_now: bool) -> None:
        from compactdesk.gui.opening import EXIT_CANNOT_OPEN

        window = self.window
        try:  # the address as it is remembered: never a password typed into it
            shown = ServerAddress.parse(self.address).text()
        except ValueError:
            shown = without_secrets(self.address)
        if window.files.connect_server(shown, message, open_now=open_now, error=error):
            return
        if window.bench.store is None:  # nothing open, and the person chose not to: the program ends
            window.close()
            QApplication.exit(EXIT_CANNOT_OPEN)
