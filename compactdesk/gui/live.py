"""Several people on one group on a server: each window hears the others' changes, and knows what each form read.

The listener: a connection of the window's own, out of the pool, LISTENing on the group's channel
(store/server_journal.py: each transaction NOTIFYs the tables it wrote and its change number). A
QSocketNotifier on that connection's socket wakes the GUI thread only when the server has something
to say, so there is no thread polling and no timer ticking while nothing happens. A burst of changes
(a minute's worth of ticks in an attendance list) is taken in as one: after the first, the listener
waits a moment, then the workbench's `changed` names every table any of them wrote, and only the pages
showing those reload (gui/main_window.py). The window's own changes are not news to it.

`seen` (on the store) is the newest change the window has taken in: every page reads after it is set.
A form shown on the screen keeps the `seen` of the moment it opened (FormMarks), and its save is
refused if someone else changed one of its records after that (Workbench.perform, store.run_since).
An editor in the page itself that keeps unsaved typing across a refresh (the minutes, the review's
words) cannot go by `seen`, which moves on under the typing: it keeps a TextMark of its own.

A connection that drops (the server restarted, the laptop slept) is made again quietly, off the GUI
thread, at growing intervals; once back, every page reloads, since what happened meanwhile is unknown.
"""

import logging
import threading
import weakref
from typing import TYPE_CHECKING

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from compactdesk.gui.workbench import Workbench
    from compactdesk.store.server import ServerStore

log = logging.getLogger("compactdesk")

BURST_MS = 120  # changes heard within this long of the first are taken in together
RETRY_FIRST_MS = 1000  # the first try to listen again after the connection dropped; doubling from there
RETRY_MOST_MS = 30_000


class Listener(QObject):
    """Hears the other windows' changes to the bench's server store and passes them to `bench.changed`."""

    # From the thread that connects again: (connection, newest change) or None (not yet).
    _reconnected = Signal(object)

    def __init__(self, bench: "Workbench", store: "ServerStore"):
        super().__init__(bench)
        self.bench = bench
        self.store = store
        self._connection = None
        self._notifier: QSocketNotifier | None = None
        self._tables: set[str] | None = set()  # heard in this burst; None: anything
        self._newest = 0
        self._heard = False
        self._burst = QTimer(self)
        self._burst.setSingleShot(True)
        self._burst.setInterval(BURST_MS)
        self._burst.timeout.connect(self._take_in)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect_again)
        self.retry_ms = RETRY_FIRST_MS
        self._connecting = False
        self.stopped = False
        self._reconnected.connect(self._back)

    # -- starting and stopping --------------------------------------------------------

    def start(self) -> None:
        """Listens from now, and sets the store's `seen` to the newest change already made, so that
        what the pages read next is known to include it. A server that cannot be reached is tried again."""
        self.store.on_close.append(self.stop)
        _FORMS.watch(self.store)
        try:
            connection, newest = self.store.listening_connection()
        except Exception as error:  # noqa: BLE001 - any failure to connect is met by trying again later
            log.info("listening to %s: %s; trying again", self.store.schema, error)
            try:  # the pages read what is there now: a form must not count from before every change ever made
                self.store.seen = max(self.store.seen, self.store.last_change())
            except Exception:  # noqa: BLE001 - the server is away: the pages will say so
                pass
            self._lost()
            return
        self.store.seen = max(self.store.seen, newest)
        self._use(connection)

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        _FORMS.forget(self.store)
        if self.stop in self.store.on_close:
            self.store.on_close.remove(self.stop)
        self._drop_connection()
        if isValid(self):
            self._burst.stop()
            self._retry.stop()
            self.deleteLater()  # a window that opens group after group keeps no listener of the old ones

    @property
    def listening(self) -> bool:
        return self._connection is not None

    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests end it to see the listener connect again)."""
        return self._connection.info.backend_pid if self._connection is not None else None

    # -- hearing ---------------------------------------------------------------------

    def _use(self, connection) -> None:
        self._connection = connection
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.retry_ms = RETRY_FIRST_MS

    def _read(self) -> None:
        from compactdesk.store import server_journal

        if self._connection is None:
            return
        try:
            notices = server_journal.heard(self._connection)
        except Exception as error:  # noqa: BLE001 - psycopg's OperationalError, or the socket gone
            log.info("listening to %s: the connection dropped (%s)", self.store.schema, error)
            self._lost()
            return
        for notice in notices:
            if notice.window_id == self.store.window_id:
                continue  # this window's own change: its pages reloaded as it was made
            if notice.tables is None or self._tables is None:
                self._tables = None
            else:
                self._tables |= notice.tables
            if notice.number is not None:
                self._newest = max(self._newest, notice.number)
            self._heard = True
        if self._heard and not self._burst.isActive():
            self._burst.start()

    def _take_in(self) -> None:
        """The burst is over: `seen` moves on first, so whatever the pages read now includes what was heard."""
        if not self._heard or self.stopped:
            return
        tables, self._tables, self._heard = self._tables, set(), False
        self.store.seen = max(self.store.seen, self._newest)
        if self.bench.store is self.store:
            self.bench.changed.emit(frozenset(tables) if tables is not None else None)

    # -- losing the connection and making it again ----------------------------------------

    def _drop_connection(self) -> None:
        if self._notifier is not None and isValid(self._notifier):
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = None
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - already gone
                pass

    def _lost(self) -> None:
        self._drop_connection()
        if not self.stopped and isValid(self):
            self._retry.start(self.retry_ms)
            self.retry_ms = min(self.retry_ms * 2, RETRY_MOST_MS)

    def _connect_again(self) -> None:
        """Off the GUI thread: a server that is away may take its connect_timeout to say so."""
        if self.stopped or self._connecting:
            return
        self._connecting = True
        reconnected, store = self._reconnected, self.store

        def connect() -> None:
            try:
                found = store.listening_connection()
            except Exception as error:  # noqa: BLE001 - still away: try again later
                log.info("listening to %s again: %s", store.schema, error)
                found = None
            try:
                reconnected.emit(found)
            except RuntimeError:  # the window went meanwhile
                if found is not None:
                    found[0].close()

        threading.Thread(target=connect, name="compactdesk-listen", daemon=True).start()

    def _back(self, found) -> None:
        self._connecting = False
        if found is None:
            self._lost()
            return
        connection, newest = found
        if self.stopped:
            connection.close()
            return
        self._use(connection)
        # What changed while the connection was away is not known: every page reloads, once.
        self.store.seen = max(self.store.seen, newest)
        if self.bench.store is self.store:
            self.bench.changed.emit(None)


# -- the forms' marks ---------------------------------------------------------------------


_SHOW = QEvent.Type.Show


def _mark_name(store: "ServerStore") -> str:
    return "compactdeskSeen_" + store.window_id


class FormMarks(QObject):
    """Notes on each dialog, as it is first shown, how far each open server group had been taken in then:
    what its form was read from. Installed on the application only while a server group is open."""

    def __init__(self):
        super().__init__()
        self._stores: weakref.WeakSet = weakref.WeakSet()
        self._installed = False

    def watch(self, store: "ServerStore") -> None:
        self._stores.add(store)
        app = QCoreApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True

    def forget(self, store: "ServerStore") -> None:
        self._stores.discard(store)
        app = QCoreApplication.instance()
        if self._installed and not self._stores and app is not None:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the application passes here (about 4 µs each), so the first test is the cheapest.
        if event.type() == _SHOW and isinstance(watched, QDialog):
            for store in list(self._stores):
                name = _mark_name(store)
                if watched.property(name) is None:  # its first showing: when its form was read
                    watched.setProperty(name, store.seen)
        return False


_FORMS = FormMarks()


def marked_form(store: "ServerStore") -> QWidget | None:
    """The form in front (the active modal dialog, else the active window: a form left open beside the window;
    or the nearest one under it that was marked), if any."""
    widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    name = _mark_name(store)
    while widget is not None:
        if widget.property(name) is not None:
            return widget
        widget = widget.parentWidget()
    return None


def mark_of(store: "ServerStore") -> int:
    """The change the form in front was read after; with no form, what the window's pages have read."""
    form = marked_form(store)
    return int(form.property(_mark_name(store))) if form is not None else store.seen


def move_mark(store: "ServerStore", number: int) -> None:
    """The form in front now counts as read at change `number` (its save was refused: pressing Save again
    puts what was typed in place, knowingly)."""
    form = marked_form(store)
    if form is not None:
        form.setProperty(_mark_name(store), number)


# -- editors in the page itself ------------------------------------------------------------


class TextMark:
    """The change an editor in the page (not a dialog) was read after, for one that keeps unsaved typing
    across a refresh: the window's `seen` moves on when another person's change arrives under the typing,
    so a save checked against it would put the typing over their change unseen. The editor notes the mark
    whenever it shows the text as stored, and saves with Workbench.perform(..., _since=mark). A refused save
    moves the mark to now, so saving again puts what was typed in place, knowingly. A file has no
    numbers: the mark stays None."""

    def __init__(self):
        self.number: int | None = None

    def note(self, store) -> None:
        """The editor shows the stored text as the window has taken it in now."""
        self.number = store.seen if getattr(store, "is_server", False) else None

    def passed_by(self, number: int | None) -> bool:
        """Whether another window's change taken in at `number` came after the mark (the window's own
        changes never move `seen`: an undo of one's own is no one else's)."""
        return self.number is not None and number is not None and number > self.number


def refused_words(error: ValidationError) -> str:
    """What an editor in the page says when its save was refused because someone else changed the record
    while the person was typing (the dialog's words speak of a Cancel button there is none of here)."""
    stamp = getattr(error, "stamp", None)
    if stamp is None:
        return error.message
    from compactdesk.domain.dates import uk_date

    local = stamp.at.astimezone()
    when = translate("Server", "{day} at {time}").format(day=uk_date(local.date()), time=local.strftime("%H:%M"))
    return translate("TextMark", "Not saved: {person} changed this on {when}, while you were typing. What you "
                     "typed is still here: save again to put yours in its place.").format(
        person=stamp.person, when=when)
