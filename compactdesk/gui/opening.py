"""Opening the store when the program starts: after the window has painted, off the GUI thread.

Loading SQLAlchemy, checking the file, making the day's backup and reading the first page
took most of a start; the window now shows at once (sidebar, menus, "Opening …" in the
status bar) and the store opens behind it. A damaged store is offered its newest good
backup as before; a store that cannot be opened is said to be so, and the program ends.
"""

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from compactdesk.i18n import translate
from compactdesk.gui.ops import Op, Progress
from compactdesk.store.errors import DamagedStoreError, StoreError, StoreMissingError

if TYPE_CHECKING:
    from compactdesk.store import Store

EXIT_CANNOT_OPEN = 2
DEMO_NAME = "Demo liaison group.cdstore"
DEMO_FOLDER_PREFIX = "compactdesk-demo-"  # the temporary folder a demo copy is written into (app.py, store_files.py)


def open_or_make(path: Path) -> "Store":
    """The store at `path`; a new empty one when there is none yet (the first run)."""
    from compactdesk.store.open import create_store, open_store

    try:
        return open_store(path)
    except StoreMissingError:
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_store(path)


class OpenStoreOp(Op):
    """Opens (or, for --demo, first writes) the store; `window.attach(store)` once it is open."""

    def __init__(self, window: QWidget, path: Path | None, demo_folder: Path | None = None, pool=None):
        super().__init__(self._open, translate("Opening", "Opening the group's file"), window, pool, quiet=True)
        self.path = path
        self.demo_folder = demo_folder

    def first_words(self) -> str:
        if self.demo_folder is not None:
            return translate("Opening", "Making the demo group…")
        return translate("Opening", "Opening {name}…").format(name=self.path.name if self.path else "")

    def _open(self, progress: Progress) -> "Store":  # on the worker thread
        if self.demo_folder is not None:
            from compactdesk.demo import write_demo

            self.path = write_demo(self.demo_folder / DEMO_NAME)
            progress(1, 2, translate("Opening", "Opening {name}…").format(name=self.path.name))
        store = open_or_make(self.path)
        _warm_dates()
        return store

    def succeeded(self, store: "Store") -> None:
        self._show(store)

    def _show(self, store: "Store") -> None:
        self.window.attach(store)
        self.window.files.warn_if_shared()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DamagedStoreError):
            # A person decides what to do with a damaged store: on the GUI thread, as before.
            from compactdesk.gui.recovery import recover_on_open

            try:
                store = recover_on_open(self.path, error, self.window)
            except StoreError as refused:
                self._finish("failed", "")
                self._give_up(str(refused))
                return
            self.result = store
            self._finish("done", "")
            self._show(store)
            return
        self._finish("failed", "")
        if isinstance(error, StoreError):
            self._give_up(str(error))
            return
        from compactdesk import logs

        log = logs.log_error("Opening the store failed", error)
        self._give_up(self.unexpected_message(Path(log)))

    def _give_up(self, message: str) -> None:
        QMessageBox.critical(self.window, translate("Opening", "CompactDesk cannot open the group's file"), message)
        print(message, file=sys.stderr)
        self.window.close()
        QApplication.exit(EXIT_CANNOT_OPEN)


def remove_demo(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _warm_dates() -> None:
    """Loads Babel and the interface language's calendar words here, on the worker, while the store opens: the
    first page shows dates, and on the GUI thread the first one would cost its 50 ms there."""
    import datetime as dt

    from compactdesk.domain.dates import uk_long_date

    uk_long_date(dt.date.today())
