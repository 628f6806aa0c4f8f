"""Starting the window: the QApplication, the store, and last-resort errors."""

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from compactdesk import __version__, i18n, logs
from compactdesk.gui import collector, look, single
from compactdesk.gui.app_icon import app_icon
from compactdesk.gui.language import apply_language, ask_first_time, start_language
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.opening import OpenStoreOp, remove_demo
from compactdesk.gui.settings import LAST_STORE, Settings
from compactdesk.paths import default_store
from compactdesk.store.errors import DamagedStoreError, StoreError


def install_translator(language: str = i18n.ENGLISH) -> None:
    """The interface in `language` (tests, screenshots and benchmarks; the program itself asks the settings)."""
    apply_language(language)


def _after_opening(window: MainWindow, settings: Settings, outcome: str) -> None:
    """Once the window shows its group: the language asked at the very first start, then, on a new empty
    file, the set-up assistant (gui/first_run.py), in the language just chosen."""
    if outcome != "done":
        return  # the file could not be opened: its message stands alone, and the next start asks
    ask_first_time(settings, window)
    window.settle_language()  # a language chosen: the window is built in it before the assistant is offered
    if not window.demo:
        window.first_run.offer_if_new()


def _last_store(settings: Settings) -> Path:
    """The store used last time, if it is still there; else the usual place."""
    last = settings.get(LAST_STORE)
    return Path(last) if last and Path(last).is_file() else default_store()


_WINDOWS: list = []  # the main window, once there is one: where a store problem is shown


def _excepthook(kind, value, trace) -> None:
    if isinstance(value, StoreError) and _WINDOWS:
        # A disk that filled up, a stick pulled out or a damaged page met while a page was reading:
        # the window's banner says so, or it offers a backup (the workbench has told it already).
        logging.getLogger("compactdesk").warning("store problem: %s", value)
        if isinstance(value, DamagedStoreError):
            _WINDOWS[0].bench.report_problem(value)
        else:
            _WINDOWS[0].show_store_problem(str(value))
        return
    path = logs.log_error("Unexpected error", value.with_traceback(trace))
    QMessageBox.critical(None, QCoreApplication.translate("App", "CompactDesk"), QCoreApplication.translate(
        "App", "Something went wrong that CompactDesk did not expect. What you had saved is safe: every change "
        "is stored as you make it.\n\nDetails are in {log}. Please send that file with a note of what you "
        "were doing.").format(log=path))


class _QuitWhenReady(QObject):
    """COMPACTDESK_QUIT_AFTER_PAINT=1 (tests/packaging, on the bundle): prints "painted" at the window's
    first paint and "ready" once its store is open, then quits."""

    def __init__(self, app: QApplication, window) -> None:
        super().__init__(window)
        self.app, self.window, self.timer = app, window, QTimer(self, interval=25)
        self.timer.timeout.connect(self.check)
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.timer.isActive():
            self.say("painted")
            self.timer.start()
        return False

    def check(self) -> None:
        opening = self.window.opening
        if self.window.bench.store is not None and (opening is None or not opening.running):
            self.timer.stop()
            self.say("ready")
            self.app.quit()

    @staticmethod
    def say(word: str) -> None:
        if sys.stdout is not None:  # a windowed program on Windows has none
            print(word, flush=True)


def run(store_path: Path | str | None, *, demo: bool = False) -> int:
    """Shows the window at once, then opens the store behind it (gui/opening.py); `store_path` may be a shared
    server's address (postgresql://…: gui/server_start.py)."""
    if single.try_hand_off(store_path, demo):  # running already: its window comes forward; no lock tried (issue 17)
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setApplicationName("CompactDesk")
    # The menu entry install.sh writes (compactdesk.desktop): on Wayland the window finds its icon and name there.
    app.setDesktopFileName("compactdesk")
    collector.take_over(app)
    app.setOrganizationName("CompactDesk")
    app.setApplicationVersion(__version__)
    sys.excepthook = _excepthook
    settings = Settings()
    start_language(settings)  # the saved language, or the computer's until asked (after the first paint)
    # Before the window is made: it is built, and first painted, in the person's colours and text size.
    look.follow_colour_scheme()
    look.apply_saved_text_size(settings)
    demo_folder = Path(tempfile.mkdtemp(prefix="compactdesk-demo-")) if demo else None
    server = single.SingleWindowServer()  # listening before the window is built: a start meanwhile finds it
    window = server.window = MainWindow(None, demo=demo, settings=settings)
    try:
        _WINDOWS.append(window)
        if single.is_server(store_path):
            from compactdesk.gui.server_start import OpenServerOp

            opening = OpenServerOp(window, store_path)
        else:
            opening = OpenStoreOp(window, None if demo else store_path or _last_store(settings), demo_folder)
        opening.ended.connect(lambda outcome: QTimer.singleShot(0, lambda: _after_opening(window, settings, outcome)))
        window.open_after_paint(opening)
        if os.environ.get("COMPACTDESK_QUIT_AFTER_PAINT") == "1":
            _QuitWhenReady(app, window)
        window.show()
        return app.exec()
    finally:
        server.close()
        _WINDOWS.clear()
        if window.opening is not None and window.opening.running:
            QThreadPool.globalInstance().waitForDone()  # the store it is opening must be closed too
        if window.bench.store is not None:
            window.bench.store.close()  # the window may have moved on to another store; the first is closed already
        remove_demo(demo_folder)
        # Gone now, not whenever Python's collector meets the window (another window may be active by then).
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
