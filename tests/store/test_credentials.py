"""Where a server's password comes from and where it is kept: the keyring, PostgreSQL's password file, or nowhere.
The real keyring is never touched: each test sets one of its own."""

import os
import stat
import sys

import keyring
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from compactdesk.store import credentials
from compactdesk.store.address import ServerAddress


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


class LockedKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("locked")

    def delete_password(self, service, username):
        raise KeyringLocked("locked")


@pytest.fixture(autouse=True)
def own_pgpass(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    previous = keyring.get_keyring()
    yield tmp_path / "pgpass"
    keyring.set_keyring(previous)


@pytest.fixture
def memory():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


ADDRESS = ServerAddress.parse("postgresql://anna@cvs-server:5433/compacts?sslmode=require&group=group_county")


def test_a_password_typed_into_the_address_comes_first(memory):
    memory.set_password("CompactDesk", ADDRESS.keyring_name(), "from the keyring")
    typed = ServerAddress.parse("postgresql://anna:typed%3Apass@cvs-server:5433/compacts")
    assert credentials.saved_password(typed) == "typed:pass"
    assert credentials.saved_password(ADDRESS) == "from the keyring"


def test_the_keyring_keeps_one_password_per_login_whatever_the_group(memory):
    assert credentials.remember_password(ADDRESS, "sêcret ŵ") == "keyring"
    assert memory.kept == {("CompactDesk", "anna@cvs-server:5433/compacts"): "sêcret ŵ"}
    assert credentials.saved_password(ADDRESS.with_group("group_district")) == "sêcret ŵ"
    assert credentials.saved_password(ADDRESS.with_group(None)) == "sêcret ŵ"
    assert not credentials.pgpass_path().exists()  # kept once, in the keyring
    credentials.forget_password(ADDRESS)
    assert memory.kept == {} and credentials.saved_password(ADDRESS) is None
    credentials.forget_password(ADDRESS)  # nothing there: no error


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["none", "locked"])
def test_without_a_working_keyring_the_password_goes_in_postgresqls_own_file(backend, own_pgpass):
    keyring.set_keyring(backend)
    assert credentials.saved_password(ADDRESS) is None  # libpq then reads its password file itself
    assert credentials.remember_password(ADDRESS, "p:w\\d") == "pgpass"
    assert own_pgpass.read_text() == "cvs-server:5433:compacts:anna:p\\:w\\\\d\n"
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(own_pgpass).st_mode) == 0o600  # else libpq ignores it
    assert credentials.pgpass_password(ADDRESS) == "p:w\\d"
    credentials.forget_password(ADDRESS)
    assert own_pgpass.read_text() == ""


def test_the_password_file_keeps_other_peoples_lines_and_replaces_its_own(own_pgpass):
    keyring.set_keyring(fail.Keyring())
    own_pgpass.write_text("# mine\nother:5432:*:bob:bobs\ncvs-server:5433:compacts:anna:old\n")
    os.chmod(own_pgpass, 0o644)
    credentials.remember_password(ADDRESS, "new")
    assert own_pgpass.read_text() == "# mine\nother:5432:*:bob:bobs\ncvs-server:5433:compacts:anna:new\n"
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(own_pgpass).st_mode) == 0o600
    default_port = ServerAddress.parse("postgresql://anna@cvs-server/compacts")
    credentials.write_pgpass(default_port, "five four three two")
    assert credentials.pgpass_password(default_port) == "five four three two"
    assert credentials.pgpass_password(ADDRESS) == "new"


@settings(max_examples=60, deadline=None)
@given(password=st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), min_size=1),
       user=st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), min_size=1, max_size=20))
def test_any_password_and_name_are_read_back_from_the_password_file(tmp_path_factory, password, user):
    os.environ["PGPASSFILE"] = str(tmp_path_factory.mktemp("pg") / "pgpass")
    address = ServerAddress("cvs-server", "compacts", user)
    credentials.write_pgpass(address, password)
    assert credentials.pgpass_password(address) == password


def test_nothing_is_remembered_without_a_password(memory, own_pgpass):
    assert credentials.remember_password(ADDRESS, "") is None
    assert memory.kept == {} and not own_pgpass.exists()


def test_a_keyring_that_cannot_be_loaded_is_no_keyring(monkeypatch):
    def broken():
        raise RuntimeError("D-Bus is not running")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert not credentials.has_keyring()
    assert credentials.saved_password(ADDRESS) is None


def test_the_servers_refusals_for_a_password_are_known():
    from sqlalchemy.exc import OperationalError

    no_password = OperationalError("connect", {}, Exception(
        'connection to server at "127.0.0.1", port 5432 failed: fe_sendauth: no password supplied'))
    wrong = OperationalError("connect", {}, Exception(
        'connection failed: FATAL:  password authentication failed for user "anna"'))
    unreachable = OperationalError("connect", {}, Exception("Connection refused. Is the server running?"))
    assert credentials.needs_password(no_password) and not credentials.wrong_password(no_password)
    assert credentials.needs_password(wrong) and credentials.wrong_password(wrong)
    assert not credentials.needs_password(unreachable) and not credentials.needs_password(None)
    try:  # as store/server.py raises it: its own words, the server's refusal as its cause
        try:
            raise wrong
        except OperationalError as error:
            raise ValueError("CompactDesk cannot reach the shared server") from error
    except ValueError as wrapped:
        assert credentials.needs_password(wrapped)


def _libpq_reads(address: ServerAddress) -> str:
    """The password libpq itself takes from the password file for this address (read as a connection starts:
    the server need not be there)."""
    from psycopg import pq

    url = address.sqlalchemy_url().replace("postgresql+psycopg://", "postgresql://")
    connection = pq.PGconn.connect_start(url.encode())
    try:
        return (connection.password or b"").decode()
    finally:
        connection.finish()


@pytest.mark.parametrize("pguser", [None, "dafydd_pg"])
def test_a_password_remembered_for_an_address_without_a_name_is_the_one_libpq_uses(own_pgpass, monkeypatch, pguser):
    keyring.set_keyring(fail.Keyring())
    if pguser:
        monkeypatch.setenv("PGUSER", pguser)
    else:
        monkeypatch.delenv("PGUSER", raising=False)
    nameless = ServerAddress.parse("postgresql://cvs-server.invalid:5999/compacts?connect_timeout=1")
    assert credentials.remember_password(nameless, "cyfrinair ŵ") == credentials.PGPASS
    (line,) = own_pgpass.read_text().splitlines()
    assert line.split(":")[3] == credentials.login_name(nameless) == (pguser or credentials.login_name(nameless)) != ""
    assert _libpq_reads(nameless) == "cyfrinair ŵ"
    assert credentials.pgpass_password(nameless) == "cyfrinair ŵ"
    # A name given is its own: the nameless line is not offered for another login, nor taken out with it.
    bob = ServerAddress.parse("postgresql://bob_other@cvs-server.invalid:5999/compacts?connect_timeout=1")
    assert _libpq_reads(bob) == "" and credentials.pgpass_password(bob) is None
    credentials.forget_password(bob)
    credentials.forget_password(nameless)
    assert own_pgpass.read_text() == "" and _libpq_reads(nameless) == ""
