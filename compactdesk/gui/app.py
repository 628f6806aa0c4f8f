"""Starting the window: the QApplication, the store, and last-resort errors."""

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from compactdesk import __version__, i18n, logs
from compactdesk.gui import collector
from compactdesk.gui.settings import LAST_STORE, Settings
from compactdesk.paths import default_store
from compactdesk.store import DamagedStoreError, Store, StoreError, StoreMissingError, create_store


def install_translator() -> None:
    i18n.install(lambda context, text, disambiguation, n: QCoreApplication.translate(context, text, disambiguation, n))


def _open(path: Path) -> Store:
    from compactdesk.gui.recovery import open_with_recovery

    try:
        return open_with_recovery(path, None)
    except StoreMissingError:
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_store(path)


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


def run(store_path: Path | None, *, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CompactDesk")
    collector.take_over(app)
    app.setOrganizationName("CompactDesk")
    app.setApplicationVersion(__version__)
    install_translator()
    sys.excepthook = _excepthook
    settings = Settings()
    temp_folder = None
    try:
        if demo:
            from compactdesk.demo import write_demo

            temp_folder = Path(tempfile.mkdtemp(prefix="compactdesk-demo-"))
            store_path = write_demo(temp_folder / "Demo liaison group.cdstore")
        store = _open(store_path or _last_store(settings))
    except StoreError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "CompactDesk cannot open the store"), str(error))
        print(error, file=sys.stderr)
        return 2
    from compactdesk.gui.main_window import MainWindow

    window = None
    try:
        window = MainWindow(store, demo=demo, settings=settings)
        _WINDOWS.append(window)
        window.show()
        return app.exec()
    finally:
        _WINDOWS.clear()
        # The window may have moved on to another store; the first is closed already.
        (window.store if window is not None else store).close()
        if temp_folder is not None:
            shutil.rmtree(temp_folder, ignore_errors=True)
