"""File ▸ Connect to a shared server… and `compactdesk postgresql://…`, on a real PostgreSQL server
(tests/pg_cluster.py): the groups a login may open, a new group, the window on a server's group, what went wrong said in words, and the
password never written into the settings. The real keyring is never touched: each test has one in memory."""

import dataclasses
import json
import os
import subprocess
import sys

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from compactdesk.gui import app as gui_app
from compactdesk.gui import settings as keys
from compactdesk.gui.connect_dialog import ConnectDialog
from compactdesk.store import server
from compactdesk.store.address import ServerAddress

WAIT = 20_000


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def login(server_address) -> ServerAddress:
    """The test's own database, no group named."""
    return server_address.with_group(None)


def let_go(window) -> None:
    """The window's listener (gui/live.py) stops and the window goes before the test's database does: a window left
    behind would read the group again when a later test changes the language."""
    if window.bench.listener is not None:
        window.bench.listener.stop()
    if window.bench.store is not None:
        window.bench.store.close()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def file_window(demo_path, today, qtbot, settings):
    """The main window on a copy of the demo group's file (as tests/gui/conftest.py's `window`), gone afterwards."""
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.store import open_store

    main = MainWindow(open_store(demo_path, daily_backup=False), today=lambda: today, settings=settings)
    main.resize(1280, 800)
    yield main
    let_go(main)


def listed(dialog) -> list[str]:
    return [dialog.groups.item(row).data(Qt.ItemDataRole.UserRole) for row in range(dialog.groups.count())]


def drive(monkeypatch, steps):
    """Runs `steps(dialog)` in place of the dialog's exec (the person's clicks), then returns what exec would."""
    def exec_(dialog):
        dialog.show()
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", exec_)


def test_the_groups_are_listed_a_new_one_made_and_the_window_shows_it(file_window, login, qtbot, monkeypatch):
    window = file_window
    window.show()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cyngor Powys Compact", True))

    def steps(dialog):
        dialog.address.setCurrentText(login.text())
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        assert dialog.busy() or dialog.groups.count() == 1  # off the GUI thread: the click returns at once
        qtbot.waitUntil(lambda: dialog.groups.count() == 1, timeout=WAIT)
        assert listed(dialog) == ["group_test"]
        assert dialog.message.text() == f"Groups you may open on {login.display()}: 1."
        dialog.groups.setCurrentRow(-1)
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)

    drive(monkeypatch, steps)
    window.connect_server_action.trigger()
    store = window.store
    assert getattr(store, "is_server", False) and store.schema == "group_cyngor_powys_compact"
    assert window.windowTitle() == f"Cyngor Powys Compact — {login.display()}"
    assert login.display() in window.store_label.text()
    for action in window.file_only_actions():
        assert not action.isEnabled(), action.text()
    assert window.current_page().area == window.settings.get(keys.LAST_AREA)
    window.show_area("dashboard")
    qtbot.waitUntil(lambda: "Cyngor Powys Compact" in " ".join(
        label.text() for label in window.dashboard.findChildren(type(window.store_label))), timeout=WAIT)
    window.grab().save("/tmp/h/connect_window_server.png")
    assert window.settings.get(keys.RECENT_SERVERS)[0] == login.with_group("group_cyngor_powys_compact").text()
    assert [group.schema for group in server.list_groups(login)] == ["group_cyngor_powys_compact", "group_test"]

    # The other group, chosen from the list; the first one is closed.
    def choose(dialog):
        assert dialog.address.currentText() == login.with_group("group_cyngor_powys_compact").text()  # the last one
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.groups.count() == 2, timeout=WAIT)
        assert dialog.groups.currentItem().text() == "Cyngor Powys Compact  (group_cyngor_powys_compact)"
        dialog.groups.setCurrentRow(1)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)

    drive(monkeypatch, choose)
    window.connect_server_action.trigger()
    assert window.store.schema == "group_test" and window.windowTitle() == f"group_test — {login.display()}"
    assert not window.safekeeping.back_up_now() and not window.files.save_copy()


def test_what_went_wrong_is_said_in_the_dialog_and_what_was_typed_stays(settings, login, qtbot, pg_cluster):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    nobody = dataclasses.replace(login, port=1)  # nothing listens there
    dialog.address.setCurrentText(nobody.text())
    dialog.password.setText("typed")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.message.text().startswith("CompactDesk cannot reach"),
                    timeout=WAIT)
    assert nobody.display() in dialog.message.text() and dialog.groups.count() == 0
    assert dialog.address.currentText() == nobody.text() and dialog.password.text() == "typed"
    assert dialog.show_button.isEnabled() and not dialog.open_button.isEnabled()

    dialog.address.setCurrentText("cvs-server/compacts")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "is not a server address" in dialog.message.text() and not dialog.busy()

    # TLS as asked: "Always" refuses a server that offers none (the test cluster has no certificate).
    dialog.address.setCurrentText(login.text())
    dialog.secure.setCurrentIndex(dialog.secure.findData("require"))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and "SSL" in dialog.message.text(), timeout=WAIT)
    assert dialog.groups.count() == 0

    with psycopg.connect(pg_cluster.database_url(login.database), autocommit=True) as connection:
        connection.execute("DROP SCHEMA group_test CASCADE")
    dialog.secure.setCurrentIndex(dialog.secure.findData("prefer"))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and "no groups" in dialog.message.text(), timeout=WAIT)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # nothing chosen: Open is off
    assert dialog.store is None and dialog.new_button.isEnabled()


def test_a_pasted_address_chooses_the_secure_connection(settings, qtbot):
    dialog = ConnectDialog(settings, address="postgresql://anna@cvs-server/compacts?sslmode=verify-full")
    qtbot.addWidget(dialog)
    assert dialog.secure.currentData() == "verify-full"
    dialog.address.setCurrentText("postgresql://anna@cvs-server/compacts?sslmode=disable")
    assert dialog.secure.currentData() == "disable"
    assert dialog.chosen_address().sslmode == "disable"
    dialog.secure.setCurrentIndex(dialog.secure.findData("require"))
    assert dialog.chosen_address().sqlalchemy_url().endswith("?sslmode=require")


def test_the_password_is_used_kept_in_the_keyring_and_never_in_the_settings(settings, login, qtbot, pg_cluster,
                                                                            memory_keyring, tmp_path):
    secret = "Cyfrinair-ŵ-42"
    with psycopg.connect(pg_cluster.database_url(login.database), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE anna_{login.database} LOGIN PASSWORD '{secret}'")
        # Staff share the role that owns the groups (its journal's triggers are the owner's to install).
        connection.execute(f"GRANT {pg_cluster.url.split('//')[1].split('@')[0]} TO anna_{login.database}")
    anna = dataclasses.replace(login, user=f"anna_{login.database}")
    used = []
    real_list = server.list_groups
    monkey_list = lambda address, password=None: used.append(password) or real_list(address, password)  # noqa: E731
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    from unittest import mock

    with mock.patch.object(server, "list_groups", monkey_list):
        dialog.address.setCurrentText(anna.text())
        dialog.password.setText(secret)
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.groups.count() == 1, timeout=WAIT)
    assert used == [secret]
    assert "kept in this computer's keyring" in dialog.message.text()
    assert memory_keyring.kept == {("CompactDesk", anna.keyring_name()): secret}
    dialog.groups.setCurrentRow(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert dialog.store is not None, dialog.message.text()
    assert dialog.store.person and dialog.store.address.user == anna.user
    assert dialog.store.engine.url.password == secret  # passed through to the server
    dialog.store.close()
    settings.sync()
    written = open(settings._qt.fileName(), encoding="utf-8").read()
    assert settings.get(keys.RECENT_SERVERS) == [anna.with_group("group_test").text()] and "[servers]" in written
    assert "Cyfrinair" not in written and "%C5%B5" not in written

    # No keyring on this computer: PostgreSQL's own password file, which only its owner may read.
    keyring.set_keyring(fail.Keyring())
    again = ConnectDialog(settings)
    qtbot.addWidget(again)
    again.address.setCurrentText(anna.text())
    again.password.setText(secret)
    again.remember.setChecked(True)
    qtbot.mouseClick(again.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.groups.count() == 1, timeout=WAIT)
    assert "PostgreSQL's password file" in again.message.text() and str(tmp_path / "pgpass") in again.message.text()
    assert (tmp_path / "pgpass").read_text().strip().endswith(f":{anna.user}:{secret}")


def test_the_servers_refusals_of_a_password_are_said_so(settings, login, qtbot, monkeypatch):
    from sqlalchemy.exc import OperationalError

    refusal = {"text": "fe_sendauth: no password supplied"}

    def refuse(address, password=None):
        raise server.unreachable(address, OperationalError("connect", {}, Exception(refusal["text"])))

    monkeypatch.setattr(server, "list_groups", refuse)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address.setCurrentText(login.text())
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "asks for a password" in dialog.message.text(), timeout=WAIT)
    assert dialog.password.hasFocus()
    refusal["text"] = 'FATAL:  password authentication failed for user "anna"'
    dialog.password.setText("wrong")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not accept that name and password" in dialog.message.text(), timeout=WAIT)
    assert dialog.password.text() == "wrong"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_dialog_fits_each_screen_and_speaks_welsh(settings, login, qtbot, language):
    from test_fits_screen import dialog_problems

    gui_app.install_translator(language)
    settings.remember_server(login.with_group("group_test").text())
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.groups.count() == 1, timeout=WAIT)
    dialog.grab().save(f"/tmp/h/connect_dialog_{language}.png")
    assert dialog_problems(dialog, f"ConnectDialog ({language})") == []
    if language == "cy":
        assert dialog.windowTitle() == "Cysylltu â gweinydd a rennir"
        assert dialog.message.text() == f"Grwpiau y gallwch eu hagor ar {login.display()}: 1."
        assert dialog.open_button.text() == "Agor y grŵp"


def letters(menu) -> list[str]:
    texts = [action.text().replace("&&", "") for action in menu.actions() if action.isVisible() and action.text()]
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_file_menu_offers_it_with_a_keyboard_letter_of_its_own(window, settings, language):
    from compactdesk.gui.language import choose

    choose(settings, language)
    window.settle_language()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.connect_server_action in file_menu.actions() and window.connect_server_action.isEnabled()
    expected = {"en": "Connect to a s&hared server…", "cy": "C&ysylltu â gweinydd a rennir…"}[language]
    assert window.connect_server_action.text() == expected
    found = letters(file_menu)
    assert found.count(expected[expected.index("&") + 1]) == 1, found
    choose(settings, "en")
    window.settle_language()


def test_a_network_share_warning_offers_the_connect_window(window, monkeypatch):
    from compactdesk.store import network

    monkeypatch.setattr(network, "network_warning", lambda path: "On a network drive.")
    opened = []
    monkeypatch.setattr(window.files, "connect_server", lambda *a, **k: opened.append(a))
    window.files.warn_if_shared()
    assert not window.banner.isHidden()
    window.banner.action.click()
    assert opened == [()]


# -- the command line ------------------------------------------------------------------------------

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

def check():
    from compactdesk.gui.connect_dialog import ConnectDialog
    dialog = QApplication.activeModalWidget()
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if isinstance(dialog, ConnectDialog) and dialog.groups.count() and not dialog.busy():
        print(json.dumps({"dialog": [dialog.groups.item(r).text() for r in range(dialog.groups.count())]}), flush=True)
        os._exit(0)
    if isinstance(dialog, ConnectDialog) and dialog.message.isVisible() and not dialog.busy():
        print(json.dumps({"said": dialog.message.text(), "typed": dialog.address.currentText()}), flush=True)
        dialog.reject()  # the person gives up: the program ends as for a file it cannot open
        return
    window = windows[0] if windows else None
    if window is not None and window.bench.store is not None and not window.opening.running:
        print(json.dumps({"title": window.windowTitle(), "schema": window.store.schema,
                          "page": window.current_page().area}), flush=True)
        os._exit(0)
    QTimer.singleShot(50, check)

QTimer.singleShot(50, check)
from compactdesk.cli import main
sys.exit(main([sys.argv[1]]))
"""


def start(address: str, tmp_path, exit_code: int = 0) -> dict:
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
                       PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", PGPASSFILE=str(tmp_path / "pgpass"))
    done = subprocess.run([sys.executable, "-c", CHILD, address], env=environment, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == exit_code, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_server_that_cannot_be_reached_at_the_start_is_said_so_and_cancel_ends_the_program(login, tmp_path):
    gone = dataclasses.replace(login, port=1).with_group("group_test").text()
    shown = start(gone, tmp_path, exit_code=2)
    assert shown["said"].startswith("CompactDesk cannot reach the shared server") and shown["typed"] == gone


def test_compactdesk_with_a_servers_address_opens_the_window_on_its_group(login, tmp_path):
    shown = start(login.with_group("group_test").text(), tmp_path)
    assert shown == {"title": f"group_test — {login.display()}", "schema": "group_test", "page": "dashboard"}
    assert start(login.text(), tmp_path)["schema"] == "group_test"  # the server's only group
    server.create_group(login, "Ail grŵp").close()
    assert start(login.text(), tmp_path) == {"dialog": ["group_ail_grwp", "group_test"]}  # two: chosen


def test_the_reading_commands_take_a_servers_address(login, tmp_path):
    from compactdesk.services.compact import set_up_compact

    with server.open_group(login.with_group("group_test")) as store:
        store.run(set_up_compact, "Dyfnant Compact")
    environment = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
                       PGPASSFILE=str(tmp_path / "pgpass"))
    done = subprocess.run([sys.executable, "-m", "compactdesk", "attention", login.with_group("group_test").text(),
                           "--today", "24/11/2026"], capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Dyfnant Compact: what needs attention" in done.stdout
    out = tmp_path / "cal.ics"
    done = subprocess.run([sys.executable, "-m", "compactdesk", "calendar", login.with_group("group_test").text(),
                           "--out", out], capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "nothing to put in a calendar yet" in done.stderr  # the group on the server was read: it has no meetings
    gone = dataclasses.replace(login, port=1).with_group("group_test").text()
    done = subprocess.run([sys.executable, "-m", "compactdesk", "search", gone, "compact"], capture_output=True,
                          text=True, env=environment, timeout=120)
    assert done.returncode == 2 and "cannot reach the shared server" in done.stderr and "Traceback" not in done.stderr


def test_cancelled_while_opening_the_group_is_closed_and_the_window_keeps_its_file(window, login, qtbot,
                                                                                   monkeypatch):
    import threading

    release, closed = threading.Event(), []

    class Slow:
        def close(self):
            closed.append(True)

    def slow_open(address, password=None, person=None):  # a server taking its time to answer
        release.wait(WAIT / 1000)
        return Slow()

    monkeypatch.setattr(server, "open_group", slow_open)
    file_before = window.store.path

    def steps(dialog):
        dialog.address.setCurrentText(login.with_group("group_test").text())
        dialog.open_group()
        assert dialog.busy() and not dialog.show_button.isEnabled()
        dialog.reject()  # Cancel while it connects
        steps.work = dialog.work

    drive(monkeypatch, steps)
    assert window.files.connect_server() is False
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=WAIT)
    assert window.store.path == file_before and not getattr(window.store, "is_server", False)


def test_open_recent_offers_the_servers_groups(window, login, monkeypatch):
    window.settings.remember_server(login.with_group("group_test").text())
    asked = []
    monkeypatch.setattr(window.files, "connect_server", lambda *a, **k: asked.append((a, k)))
    window.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in window.recent_menu.actions()]
    assert login.with_group("group_test").text() in texts
    window.recent_menu.actions()[texts.index(login.with_group("group_test").text())].trigger()
    assert asked == [((login.with_group("group_test").text(),), {"open_now": True})]


@pytest.fixture
def server_window(server_address, today, qtbot, settings):
    """The main window on a group on the server, with one person in it."""
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.services.compact import set_up_compact
    from compactdesk.services.members import add_person

    store = server.open_group(server_address)
    store.run(set_up_compact, "Cyngor Gwynedd Compact")
    store.run(add_person, "Siân Ŵyn")
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    yield main
    let_go(main)


def test_every_place_that_used_the_files_path_answers_for_a_group_on_a_server(server_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = server_window
    address = window.store.address
    assert window.windowTitle() == f"Cyngor Gwynedd Compact — {address.display()}"
    assert window.store_label.text() == f"{address.display()} (group_test)" and window.windowFilePath() == ""
    assert not any(action.isEnabled() for action in window.file_only_actions())
    assert window.server_moves.to_file_action.isVisible() and not window.server_moves.to_server_action.isVisible()
    assert window.safekeeping.back_up_now() is None and window.safekeeping.back_up_to_folder() is None
    assert window.safekeeping.choose_backup() is False and window.files.save_copy() is None
    documents = keys.EXPORT_FOLDER.default
    assert str(window.importing.folder()) == documents and window.files._folder() == documents
    assert window.calendar._folder().is_dir()
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.help.about()
    assert f"kept on a shared server:<br><tt>group_test — {address.display()}</tt>" in shown[0]
    window.trouble.show_damage()
    assert window.banner.text.text().startswith(f"group_test — {address.display()} is damaged")
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, where, kinds: suggested.append(where)
                        or ("", ""))
    people = window.show_area("people")
    people.tabs.setCurrentWidget(people.people_tab)
    people.people_tab.table.selectRow(0)
    people.export_personal_data()
    assert suggested and suggested[0].startswith(documents) and "Siân Ŵyn" in suggested[0]
    window.files.warn_if_shared()  # no file, so no share to warn of
    from compactdesk.gui.single import SingleWindowServer

    listener = SingleWindowServer(window, name=f"compactdesk-test-{os.getpid()}-server")
    try:
        other = tmp_path / "other.cdstore"
        monkeypatch.setattr("compactdesk.gui.single.ask_to_open", lambda win, path: shown.append(path) or False)
        listener.offer(other)
        assert shown[-1] == other
    finally:
        listener.close()


def test_a_later_start_with_a_servers_address_hands_it_on_as_typed_but_never_a_password(tmp_path, monkeypatch):
    from compactdesk.gui import single

    address = "postgresql://anna@cvs-server/compacts?group=group_county"
    assert json.loads(single.message(address, False)) == {"open": address, "demo": False}
    assert json.loads(single.message(tmp_path / "a.cdstore", False))["open"] == str(tmp_path / "a.cdstore")
    # With a password in it, nothing crosses the socket: that start opens its own window.
    tried = []
    monkeypatch.setattr(single, "QLocalSocket", lambda: tried.append(True) or pytest.fail("the socket was opened"))
    assert single.try_hand_off("postgresql://anna:secret@cvs-server/compacts", False) is False
    assert tried == []
