"""File ▸ Connect to a shared server…: the server's address, the secure connection and the password, then the
groups this login may open (or a new one). The dialog only connects and chooses: `store` is the group opened,
which the window then shows (gui/store_files.py).

Every connection is made off the GUI thread (gui/ops.py): a server that does not answer takes its ten seconds
without freezing anything. What went wrong is said inside the dialog, and what was typed stays as it was.
The password is never written into the settings: only the address (without it) is remembered there; the
password goes where store/credentials.py keeps it, when the person asks.
"""

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compactdesk import logs
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.ops import Op
from compactdesk.gui.settings import Settings
from compactdesk.store import credentials
from compactdesk.store.address import ServerAddress
from compactdesk.store.errors import StoreError

SECURE_MODES = ("prefer", "require", "verify-full")


class ServerWork(Op):
    """One connection's work, off the GUI thread; how it ended goes back to the dialog, never a message box."""

    def __init__(self, task, title: str, dialog: "ConnectDialog", pool, then: Callable[[Any], None],
                 trouble: Callable[[str, BaseException | None], None]):
        super().__init__(task, title, dialog, pool, quiet=True)
        self._then, self._trouble = then, trouble

    def succeeded(self, result: Any) -> None:
        self._then(result)

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.message = message
        self._finish("refused", "")
        self._trouble(message, None)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish("failed", "")
        if isinstance(error, StoreError) or credentials.needs_password(error):
            self.message = str(error)
        else:
            from sqlalchemy.exc import DBAPIError

            if isinstance(error, DBAPIError):  # the server said no (a right it does not give this login, say)
                reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
                self.message = self.tr("The server refused: {reason}").format(reason=reason[:300])
            else:
                self.message = self.unexpected_message(Path(logs.log_error(f"{self.title} failed", error)))
        self._trouble(self.message, error)


class ConnectDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *, pool=None, address: str = "",
                 message: str = "", error: BaseException | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.settings, self.pool, self.today = settings, pool, today
        self.store = None  # the group opened (a ServerStore), once accepted
        self.work: ServerWork | None = None  # the connection being made, if any
        self._cancelled = False
        self._open_only = False  # go(): the groups listed, the only one is opened at once
        self._listed: tuple[ServerAddress, str | None] | None = None  # the login the list is of, and its password
        self.setWindowTitle(self.tr("Connect to a shared server"))
        self._build()
        recent = settings.get(keys.RECENT_SERVERS)
        self.address.addItems(recent)
        self.address.setCurrentText(address or (recent[0] if recent else ""))
        self._follow_address(self.address.currentText())
        self.address.currentTextChanged.connect(self._follow_address)
        if message:
            self._trouble(message, error)

    def go(self) -> ServerWork | None:
        """For an address given whole (the command line, Open recent): the group it names opened; else the groups
        listed, the only one opened at once."""
        try:
            group = ServerAddress.parse(self.address.currentText()).group
        except ValidationError:
            group = None
        if group:
            return self.open_group()
        self._open_only = True
        return self.show_groups()

    # -- building -------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "A group kept on a PostgreSQL server can be worked on by several people at once. Ask whoever looks "
            "after the server for its address, your name on it and your password."))
        intro.setWordWrap(True)
        self.address = QComboBox(objectName="address", editable=True)
        self.address.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.address.lineEdit().setPlaceholderText(self.tr("postgresql://name@server/database"))
        self.address.setToolTip(self.tr(
            "The server's address, as whoever looks after it gave it you, for example "
            "postgresql://anna@cvs-server/compacts. The groups opened lately are in the list."))
        self.address.setMinimumContentsLength(36)
        self.address.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.secure = QComboBox(objectName="secure")
        self.secure.addItem(self.tr("When the server offers it"), "prefer")
        self.secure.addItem(self.tr("Always"), "require")
        self.secure.addItem(self.tr("Always, and check the server is the right one"), "verify-full")
        self.secure.setToolTip(self.tr(
            "Whether what passes between this computer and the server is scrambled (encrypted) on the way. "
            "“Always” refuses a server that cannot; “check the server is the right one” also needs the "
            "server's certificate on this computer. Inside one office “When the server offers it” is usual."))
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Not needed if it is kept on this computer"))
        self.remember = QCheckBox(self.tr("Re&member the password on this computer"), objectName="remember")
        self.remember.setToolTip(self.tr(
            "Kept in this computer's own safe place for passwords (its keyring) where there is one, otherwise in "
            "PostgreSQL's password file, which only you can read. Never in CompactDesk's settings."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("Server &address:"), self.address), (self.tr("&Secure connection:"), self.secure),
                            (self.tr("&Password:"), self.password)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.remember)
        self.show_button = QPushButton(self.tr("Show the &groups"), objectName="showGroups")
        self.show_button.setToolTip(self.tr("Connect to the server and list the groups you may open there"))
        self.show_button.clicked.connect(self.show_groups)
        self.new_button = QPushButton(self.tr("&New group on this server…"), objectName="newGroup")
        self.new_button.setToolTip(self.tr("Make a new, empty group on the server and open it"))
        self.new_button.clicked.connect(self.new_group)
        steps = QHBoxLayout()
        steps.addWidget(self.show_button)
        steps.addWidget(self.new_button)
        steps.addStretch(1)
        groups_label = QLabel(self.tr("Groups you may &open:"))
        self.groups = QListWidget(objectName="groups")
        self.groups.setMinimumHeight(90)
        groups_label.setBuddy(self.groups)
        self.groups.itemSelectionChanged.connect(self._enable)
        self.groups.itemActivated.connect(lambda _item: self.open_group())
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("Open the group"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openGroup")
        self.buttons.accepted.connect(self.open_group)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(steps)
        layout.addWidget(groups_label)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._enable()

    def _follow_address(self, text: str) -> None:
        """A pasted address's sslmode shows in "Secure connection" (a mode not offered there is added to it)."""
        try:
            mode = ServerAddress.parse(text).sslmode
        except ValidationError:
            return
        if mode is None:
            return
        index = self.secure.findData(mode)
        if index < 0:
            self.secure.addItem(mode, mode)
            index = self.secure.count() - 1
        self.secure.setCurrentIndex(index)

    # -- what the person asks -------------------------------------------------

    def chosen_address(self) -> ServerAddress | None:
        """The address typed, with the secure connection chosen; None (and the reason said) when it is not one."""
        try:
            address = ServerAddress.parse(self.address.currentText())
        except ValidationError as error:
            self.say(error.message, trouble=True)
            self.address.setFocus()
            return None
        options = dict(address.options)
        options["sslmode"] = self.secure.currentData()
        if options["sslmode"] == "prefer":
            del options["sslmode"]  # libpq's own default: the address remembered stays as it was typed
        return dataclasses.replace(address, options=tuple(sorted(options.items())))

    def show_groups(self) -> ServerWork | None:
        address = self.chosen_address()
        if address is None:
            return None
        typed, remember = self.password.text(), self.remember.isChecked()

        def listing(progress):  # on the worker thread: the keyring may take a moment, the server longer
            from compactdesk.store import server

            password = typed or credentials.saved_password(address)
            groups = server.list_groups(address, password)
            where = credentials.remember_password(address, typed) if remember and typed else None
            return groups, password, where

        return self._start(self.tr("Connecting to {server}…").format(server=address.display()), listing,
                           lambda result: self._listed_groups(address, *result))

    def _listed_groups(self, address: ServerAddress, groups, password: str | None, where: str | None) -> None:
        self._listed = (address, password)
        self.groups.clear()
        for group in groups:
            item = QListWidgetItem(group.name if group.name == group.schema else f"{group.name}  ({group.schema})")
            item.setData(Qt.ItemDataRole.UserRole, group.schema)
            item.setToolTip(group.schema)
            self.groups.addItem(item)
            if group.schema == address.group:
                self.groups.setCurrentItem(item)
        if groups and self.groups.currentItem() is None:
            self.groups.setCurrentRow(0)
        # A count after a colon: no plural to agree with it, in English or in Welsh.
        words = [self.tr("Groups you may open on {server}: {count}.").format(server=address.display(),
                                                                             count=len(groups))
                 if groups else self.tr(
            "This login may open no groups on {server} yet. Make one with “New group on this server…”, or ask whoever "
            "looks after the server to give you a group.").format(server=address.display())]
        if where == credentials.KEYRING:
            words.append(self.tr("The password is kept in this computer's keyring."))
        elif where == credentials.PGPASS:
            words.append(self.tr("This computer has no keyring, so the password is kept in PostgreSQL's password "
                                 "file, {path}, which only you can read.").format(path=credentials.pgpass_path()))
        elif self.remember.isChecked() and self.password.text():
            words.append(self.tr("The password could not be kept on this computer: it will be asked each time."))
        self.say(" ".join(words), trouble=not groups)
        if groups:
            self.groups.setFocus()
        if self._open_only and len(groups) == 1:
            self.open_group()
        self._open_only = False

    def open_group(self) -> ServerWork | None:
        item = self.groups.currentItem()
        address = self.chosen_address()
        if address is None:
            return None
        schema = item.data(Qt.ItemDataRole.UserRole) if item is not None else address.group
        if not schema:
            self.say(self.tr("Choose a group first: “Show the groups” lists the ones you may open."), trouble=True)
            return None
        password = self._password_for(address)
        typed, remember = self.password.text(), self.remember.isChecked()

        def opening(progress):
            from compactdesk.store import server

            found = password if password is not None else credentials.saved_password(address)
            store = server.open_group(address.with_group(schema), password=found)
            if remember and typed:
                credentials.remember_password(address, typed)
            return store

        return self._start(self.tr("Opening {group}…").format(group=item.text() if item else schema), opening,
                           self._opened)

    def new_group(self) -> ServerWork | None:
        address = self.chosen_address()
        if address is None:
            return None
        name, given = QInputDialog.getText(self, self.tr("New group on this server"), self.tr(
            "The new group's name (the compact's name, such as “Dyfnant Compact”; it can be changed later):"))
        name = name.strip()
        if not given or not name:
            return None
        password = self._password_for(address)
        typed, remember, today = self.password.text(), self.remember.isChecked(), self.today()

        def making(progress):
            from compactdesk.services.compact import set_up_compact
            from compactdesk.store import server

            found = password if password is not None else credentials.saved_password(address)
            store = server.create_group(address.with_group(None), name, password=found)
            try:
                store.run(set_up_compact, name, today=today)
            except BaseException:
                store.close()
                raise
            if remember and typed:
                credentials.remember_password(address, typed)
            return store

        return self._start(self.tr("Making the group {name}…").format(name=name), making, self._opened)

    def _password_for(self, address: ServerAddress) -> str | None:
        """What was typed, else the password the list was made with (for the same login), else None: looked up."""
        if self.password.text():
            return self.password.text()
        if self._listed is not None and self._listed[0].keyring_name() == address.keyring_name():
            return self._listed[1]
        return address.password

    def _opened(self, store) -> None:
        if self._cancelled:
            store.close()  # cancelled while it opened: nothing is left open behind the person's back
            return
        self.store = store
        self.settings.remember_server(store.address.text())
        self.accept()

    # -- the work and what it says --------------------------------------------

    def _start(self, words: str, task, then) -> ServerWork:
        self.say(words)
        self.work = ServerWork(task, self.windowTitle(), self, self.pool, then, self._trouble)
        self.work.ended.connect(self._ended)
        work = self.work.start()  # a test's pool runs it at once: it may have ended here
        self._enable()
        return work

    def _ended(self, _outcome: str) -> None:
        self.work = None
        self._enable()

    def busy(self) -> bool:
        return self.work is not None and self.work.running

    def _trouble(self, message: str, error: BaseException | None) -> None:
        if credentials.needs_password(error):
            address = self.chosen_address()
            server = address.display() if address else ""
            if credentials.wrong_password(error) and (self.password.text() or self._listed):
                message = self.tr("The server {server} did not accept that name and password. Check them (capital "
                                  "letters count) and try again.").format(server=server)
            else:
                message = self.tr("The server {server} asks for a password. Type it in, then try again.").format(
                    server=server)
            self.password.setFocus()
            self.password.selectAll()
        self.say(message, trouble=True)

    def say(self, text: str, *, trouble: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("trouble", trouble)
        self.message.setStyleSheet("font-weight: bold;" if trouble else "")
        self.message.setVisible(bool(text))

    def _enable(self) -> None:
        idle = not self.busy()
        for widget in (self.show_button, self.new_button, self.address, self.secure, self.password, self.remember,
                       self.groups):
            widget.setEnabled(idle)
        chosen = self.groups.currentItem() is not None
        self.open_button.setEnabled(idle and chosen)
        # Enter does the next step: list the groups, then open the one chosen.
        self.open_button.setDefault(chosen)
        self.show_button.setDefault(not chosen)

    def reject(self) -> None:
        self._cancelled = True  # a connection still being made finishes on its own; _opened closes what it opened
        super().reject()
