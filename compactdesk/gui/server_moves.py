"""File ▸ Move this group to a server… and File ▸ Save the group as a file…: the window's side of store/move.py.

Both run as ops (gui/ops.py), off the GUI thread, with progress and Cancel; the copy is made and checked
in one transaction at the destination, so Cancel or a failure leaves nothing there. The group open in
the window is the source, read as it stands, and stays open and unchanged.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QWidget

from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.ops import Op, refused_unless_damaged

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.store.address import ServerAddress
    from compactdesk.store.move import MoveReport

def ask_text(parent: QWidget, title: str, label: str, echo: QLineEdit.EchoMode, typed: str = "") -> tuple[str, bool]:
    """QInputDialog.getText with its question wrapped, so a long one (in Welsh, say) fits a small screen."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(typed)
    for question in dialog.findChildren(QLabel):  # wrapped before the dialog takes its size from it
        question.setWordWrap(True)
        question.setMinimumWidth(440)
    dialog.adjustSize()
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue(), accepted
    finally:
        dialog.deleteLater()


def add_actions(window: "MainWindow", menu: QMenu) -> "ServerMoves":
    """Makes the two actions, adds them to `menu` (File) and keeps them fitted to the group open."""
    moves = ServerMoves(window)
    for action in moves.actions():
        menu.addAction(action)
    window.server_moves = moves
    return moves


class ServerMoves(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.to_server_action = window.make_action(self.tr("&Move this group to a server…"), self.move_to_server,
                                                   icon="mdi6.server-plus")
        self.to_server_action.setToolTip(self.tr("Copy every record and paper of this group's file to a group on a "
                                                 "shared PostgreSQL server, and check the copy"))
        self.to_file_action = window.make_action(self.tr("Save the &group as a file…"), self.save_as_file,
                                                 icon="mdi6.content-save-outline")
        self.to_file_action.setToolTip(self.tr("Copy every record and paper of this group on the server into a new "
                                               "group's file, and check the copy"))
        window.bench.store_replaced.connect(self.fit)
        # The window builds its menus again in another language (gui/retranslate.py), their actions with them: this
        # object goes with its actions, so the workbench no longer calls it.
        self.to_server_action.destroyed.connect(self.deleteLater)
        self.fit()

    def actions(self) -> list:
        return [self.to_server_action, self.to_file_action]

    @property
    def on_server(self) -> bool:
        return getattr(self.window.store, "is_server", False)

    @Slot()
    def fit(self) -> None:
        """Only the move that applies shows: to a server from a file, to a file from a server."""
        self.to_server_action.setVisible(not self.on_server)
        self.to_file_action.setVisible(self.on_server)

    # -- to a server ------------------------------------------------------------

    def move_to_server(self) -> Op | None:
        if self.on_server or self.window.busy_exporting():
            return None
        asked = self._ask_server()
        if asked is None:
            return None
        address, password = asked
        source = self.window.store

        def copy(progress) -> "MoveReport":
            from compactdesk.store.move import move

            with refused_unless_damaged():  # about the server or its group: say what to do, leave the banner alone
                return move(source, address, progress, password=password)

        return self.window.bench.background(self.tr("Move this group to a server"), copy,
                                            lambda report: self._moved(report, password))

    def _ask_server(self) -> "tuple[ServerAddress, str | None] | None":
        from compactdesk.services.compact import compact_name
        from compactdesk.store.address import ServerAddress
        from compactdesk.store.credentials import saved_password
        from compactdesk.store.server import schema_for, valid_schema

        window = self.window
        recent = window.settings.get(keys.RECENT_SERVERS)
        typed = recent[0] if recent else "postgresql://"
        message = ""
        while True:
            typed, ok = ask_text(window, self.tr("Move this group to a server"), message + self.tr(
                "The server's address, as the person who looks after it gave it (for example "
                "postgresql://anna@cvs-server/compacts):"), QLineEdit.EchoMode.Normal, typed)
            if not ok:
                return None
            try:
                address = ServerAddress.parse(typed)
                break
            except ValidationError as error:
                message = error.message + "\n\n"
        name = window.bench.read(compact_name) or ""
        suggested = address.group or schema_for(name or self.tr("group"), set())
        while True:
            group, ok = ask_text(window, self.tr("Move this group to a server"), self.tr(
                "The group's name on the server (small letters, digits and _):"), QLineEdit.EchoMode.Normal, suggested)
            if not ok:
                return None
            group = group.strip()
            if valid_schema(group):
                break
            suggested = schema_for(group, set())
        address = address.with_group(group)
        password = saved_password(address)
        if password is None:
            password, ok = ask_text(window, self.tr("Move this group to a server"), self.tr(
                "The password for {login} (leave it empty if the server does not ask for one, or PostgreSQL's "
                "password file holds it):").format(login=address.display()), QLineEdit.EchoMode.Password, "")
            if not ok:
                return None
        return address, password or None

    def _moved(self, report: "MoveReport", password: str | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The group was moved to the server"),
                          report.summary() + "\n\n" + report.old_copy_note(), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setDetailedText("\n".join(report.table_lines()))
        open_button = box.addButton(self.tr("&Open it on the server"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Stay with the file"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        self.last_report = report
        if box.clickedButton() is open_button:
            self.open_on_server(report.address, password)

    def open_on_server(self, address: "ServerAddress", password: str | None) -> Op:
        """Opens the group on the server in this window, in place of its file."""
        window = self.window

        def opening(progress):
            from compactdesk.store.server import open_group

            return open_group(address, password=password)

        def opened(store) -> None:
            use_server = getattr(getattr(window, "files", None), "use_server", None)
            if use_server is None:  # a window without the server's pages yet: it is not shown, so not kept open
                store.close()
                return
            use_server(store)

        return window.bench.background(self.tr("Opening the group on the server"), opening, opened)

    # -- to a file --------------------------------------------------------------

    def save_as_file(self) -> Op | None:
        if not self.on_server or self.window.busy_exporting():
            return None
        window = self.window
        folder = window.settings.get(keys.EXPORT_FOLDER) or str(Path.home())
        suggestion = str(Path(folder) / f"{window.store.schema}.cdstore")
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Save the group as a file"), suggestion,
                                              self.tr("CompactDesk group files (*.cdstore);;All files (*)"))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".cdstore")
        source = window.store

        def copy(progress) -> "MoveReport":
            from compactdesk.store.move import move

            with refused_unless_damaged():  # about the new file or its folder: a refusal, not the group's trouble
                return move(source, path, progress)

        return window.bench.background(self.tr("Save the group as a file"), copy, self._saved)

    def _saved(self, report: "MoveReport") -> None:
        from compactdesk.store.network import network_warning

        self.last_report = report
        words = [report.summary(), self.tr(
            "The group stays on the server, where the others keep working on it. The file is a copy as it stood "
            "now: to make it the group's home instead, open it and ask everyone to stop using the server's group.")]
        if warning := network_warning(report.path):  # a file on a shared drive is at risk once opened there
            words.append(warning)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The group was saved as a file"),
                          "\n\n".join(words), QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText("\n".join(report.table_lines()))
        box.exec()
