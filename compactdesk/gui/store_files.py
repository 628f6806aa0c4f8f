"""File ▸ New group, Open a group, Connect to a shared server, Open recent, Open the demo group and Save a copy:
the window's side of them.

Opening another store (its check and the day's backup) and saving a copy run as ops
(gui/ops.py), off the GUI thread, so a big store on a slow USB stick never freezes the
window; a damaged store is offered its newest good backup, as at start. The demo group
is a fresh copy in a temporary folder, as `--demo` makes: removed when the person moves
on or the program ends, and never remembered as the last file.
"""

import atexit
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.opening import DEMO_FOLDER_PREFIX, DEMO_NAME, remove_demo
from compactdesk.gui.ops import Op, refused_unless_damaged
from compactdesk.i18n import QT_TRANSLATE_NOOP
from compactdesk.store.errors import DamagedStoreError, StoreError

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow

STORE_FILTER = QT_TRANSLATE_NOOP("StoreFiles", "CompactDesk group files (*.cdstore);;All files (*)")


class _OpenOther(Op):
    """Opens (or makes, or writes the demo into) a store; a damaged one is offered its backup on the GUI thread."""

    def __init__(self, path: Path, new: bool, window: "MainWindow", demo: bool = False):
        self.path, self.new, self.demo = path, new, demo  # before Op's own set-up, which asks first_words()
        self.demo_day = window.bench.today()
        super().__init__(self._open, window.tr("Opening {name}").format(name=path.name), window, window.export_pool)

    def first_words(self) -> str:
        if self.demo:
            return self.tr("Making the demo group…")
        return self.tr("Opening {name}…").format(name=self.path.name)

    def _open(self, progress):  # on the worker thread
        from compactdesk.store.open import create_store, open_store

        if self.demo:
            from compactdesk.demo import write_demo

            write_demo(self.path, self.demo_day)
        return create_store(self.path) if self.new else open_store(self.path)

    def succeeded(self, store) -> None:
        pass  # switch_to carries on with it

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, StoreError):
            super()._failed(error)
            return
        if isinstance(error, DamagedStoreError):
            from compactdesk.gui.recovery import recover_on_open

            try:
                self.result = recover_on_open(self.path, error, self.window)
            except StoreError as refused:
                error = refused
            else:
                self._finish("done", "")
                return
        self.message = str(error)
        self._finish("failed", "")
        QMessageBox.warning(self.window, self.tr("CompactDesk cannot open that group's file"), str(error))


def folder_of(store) -> Path:
    """Where to suggest saving or looking for files: the group file's folder; for a group on a server (or none
    open yet), the person's documents."""
    path = getattr(store, "path", None)
    return Path(path).parent if path is not None else Path(keys.EXPORT_FOLDER.default or Path.home())


class StoreFiles(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.new_store_action = window.make_action(self.tr("&New group…"), self.new_store,
                                                   QKeySequence("Ctrl+Shift+N"))
        self.open_action = window.make_action(self.tr("&Open a group…"), self.open_other,
                                              QKeySequence.StandardKey.Open, "mdi6.folder-open-outline")
        self.demo_action = window.make_action(self.tr("Open the &demo group"), self.open_demo)
        self.demo_action.setToolTip(self.tr("A fresh copy of an invented group to try things on; it is removed "
                                            "when CompactDesk closes, and your own group's file is not touched"))
        # The network-share banner offers this action by its name (warn_if_shared).
        self.connect_action = window.connect_server_action = window.make_action(
            self.tr("Connect to a s&hared server…"), lambda: self.connect_server(), icon="mdi6.server-network")
        self.connect_action.setToolTip(self.tr("Open a group kept on a PostgreSQL server, which several people can "
                                               "work on at once"))
        self.copy_action = window.make_action(self.tr("Save a &copy of this group's file…"), self.save_copy,
                                              QKeySequence("Ctrl+Shift+S"), "mdi6.content-save-outline")

    def recent_menu(self, parent: QMenu) -> QMenu:
        menu = parent.addMenu(self.tr("Open &recent"))
        menu.aboutToShow.connect(lambda: self._fill_recent(menu))
        return menu

    def _folder(self) -> str:
        return str(folder_of(self.window.store))

    def new_store(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New group: where to keep its file"),
                                              self._folder(), self.tr(STORE_FILTER))
        if name:
            path = Path(name)
            self.switch_to(path if path.suffix else path.with_suffix(".cdstore"), new=True)

    def open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a group"), self._folder(),
                                              self.tr(STORE_FILTER))
        if name:
            self.switch_to(Path(name))

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        store = self.window.store
        recent = [path for path in self.window.settings.get(keys.RECENT_STORES) if path != str(store.path)]
        here = store.address.text() if getattr(store, "is_server", False) else None
        servers = [address for address in self.window.settings.get(keys.RECENT_SERVERS) if address != here]
        if not recent and not servers:
            menu.addAction(self.tr("No other groups opened yet")).setEnabled(False)
        for path in recent:
            menu.addAction(path, lambda p=path: self.switch_to(Path(p)))
        if recent and servers:
            menu.addSeparator()
        for address in servers:  # a group on a server: the connect window, its password asked if need be
            menu.addAction(address, lambda a=address: self.connect_server(a, open_now=True))

    def open_demo(self) -> bool:
        """File ▸ Open the demo group: a fresh copy, as `--demo` makes; the group open now is closed."""
        folder = Path(tempfile.mkdtemp(prefix=DEMO_FOLDER_PREFIX))
        atexit.register(remove_demo, folder)  # however the program ends (it is removed sooner if the person moves on)
        if not self.switch_to(folder / DEMO_NAME, demo=True):
            remove_demo(folder)
            return False
        return True

    def switch_to(self, path: Path, *, new: bool = False, demo: bool = False) -> bool:
        """Closes this store and opens (or makes) another; on failure the current one stays open."""
        window = self.window
        if window.store.path is not None and path.resolve() == window.store.path.resolve():
            return True
        if window.busy_exporting():  # the worker is reading this store: it must stay open until the work is done
            return False
        if not window.settle_pages():  # typing the server refused to save: the group stays open, the typing kept
            return False
        opening = _OpenOther(path, new, window, demo)
        if opening.wait() != "done":
            if not (new or demo):
                window.settings.forget_store(str(path))
            return False
        other = opening.result
        if not self._take(other, demo):
            return False
        if demo:
            window.statusBar().showMessage(self.tr(
                "Demo group: a fresh copy made for you to try things. It is removed when CompactDesk closes; "
                "your own group's file is not touched."))
        elif other.upgrade_backup is not None:
            window.statusBar().showMessage(self.tr(
                "This group's file was brought up to date for this version of CompactDesk; a copy of it as it "
                "was is in {path}.").format(path=other.upgrade_backup))
        return True

    def _take(self, other, demo: bool = False) -> bool:
        """The window shows `other` (a group's file or a group on a server); the group it showed is closed.
        False, with `other` closed, when typing in the pages could not be saved to the group shown."""
        window = self.window
        if not window.settle_pages():
            other.close()
            return False
        old, old_was_demo = window.store, window.demo
        window.bench.replace_store(other)
        old.close()
        if old_was_demo and old.path.parent.name.startswith(DEMO_FOLDER_PREFIX):
            remove_demo(old.path.parent)  # a demo copy is never kept once the person has moved on
        window.demo = demo
        window.show_store()
        window.banner.clear()
        window.show_backup_problem()
        self.warn_if_shared()
        return True

    def connect_server(self, address: str = "", message: str = "", *, open_now: bool = False,
                       error: BaseException | None = None) -> bool:
        """File ▸ Connect to a shared server…: the group chosen there takes this one's place; True if it did.
        `open_now`: the address names a group (Open recent), so it is opened at once if no password is wanted."""
        from compactdesk.gui.connect_dialog import ConnectDialog

        window = self.window
        if window.busy_exporting() or window.bench.store is not None and not window.settle_pages():
            return False
        dialog = ConnectDialog(window.settings, window, pool=window.export_pool, address=address, message=message,
                               error=error, today=window.bench.today)
        try:
            if open_now:
                dialog.go()
            if dialog.store is None and dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
                return False
            other = dialog.store
        finally:
            if dialog.busy():  # cancelled while connecting: the dialog (the work's parent) goes once the work ends
                dialog.work.ended.connect(dialog.deleteLater)
            else:
                dialog.deleteLater()
        if window.bench.store is None:  # at the start, when the server named on the command line was not enough
            window.attach(other)
            return True
        from compactdesk.services.compact import compact_name

        if not self._take(other):
            return False
        window.statusBar().showMessage(self.tr("Opened {group} on the shared server {server}.").format(
            group=window.bench.read(compact_name) or other.schema, server=other.address.display()), 8000)
        return True

    def use_server(self, store) -> None:
        """Shows a group on a server opened elsewhere (the command line, a move to a server) in place of this one."""
        if self.window.bench.store is None:
            self.window.attach(store)
        else:
            self._take(store)

    def warn_if_shared(self) -> None:
        """A group's file on a network share: the risk and the way to a shared server, in the banner (which stays
        until closed and leaves the work area usable); beside the window when the banner already says something."""
        from compactdesk.store.network import network_warning

        window = self.window
        path = getattr(window.store, "path", None)  # a group on a server has no file
        words = network_warning(path) if path is not None else None
        if words is None:
            return
        if window.banner.isHidden():
            server = getattr(window, "connect_server_action", None)  # File ▸ Connect to a shared server…
            window.banner.show_problem(words, self.tr("&Connect to a shared server…") if server else None,
                                       server.trigger if server else None)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This group's file is on a network drive"), words,
                          QMessageBox.StandardButton.Close, window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()

    def save_copy(self) -> Op | None:
        store_path = self.window.store.path
        if store_path is None:  # a group on a server: File ▸ Save the group as a file… copies it
            return None
        suggestion = str(store_path.with_name(self.tr("{name} copy.cdstore").format(name=store_path.stem)))
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a copy of this group's file"), suggestion,
                                              self.tr(STORE_FILTER))
        if not name:
            return None

        def copy(progress) -> Path:
            from compactdesk.store.backup import save_copy

            with refused_unless_damaged():  # the copy, not the store: say so, leave the banner alone
                try:
                    return save_copy(store_path, Path(name))
                except (OSError, ValueError) as error:
                    raise ValidationError(self.tr(
                        "CompactDesk could not write {name}: {reason}. Choose another folder or name; "
                        "this group's own file is unchanged.").format(name=name, reason=error)) from None

        def saved(written: Path) -> None:
            self.window.statusBar().showMessage(self.tr("A copy was saved to {path}.").format(path=written), 8000)

        return self.window.bench.background(self.tr("Saving a copy"), copy, saved)
