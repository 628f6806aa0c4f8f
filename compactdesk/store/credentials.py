"""Where a shared server's password comes from, and where it is kept: never in the settings.

In order: a password typed into the address (this run only); the system's keyring (Windows Credential
Manager, macOS Keychain, the Secret Service: the `keyring` library, service "CompactDesk", one entry per
login); PostgreSQL's own password file, which libpq reads by itself when no password is given (PGPASSFILE,
~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf), so "no password" is a valid answer; else the person is asked
each time. A keyring that is missing, locked or broken counts as no keyring: it never stops a connection.
"""

import getpass
import logging
import os
import sys
from pathlib import Path

from compactdesk.store.address import ServerAddress

log = logging.getLogger("compactdesk")
SERVICE = "CompactDesk"
KEYRING, PGPASS = "keyring", "pgpass"
DEFAULT_PORT = 5432
# libpq's words (psycopg passes them on) when the server wants a password it was not given, or refused the one given.
_NO_PASSWORD = ("no password supplied", "fe_sendauth")
_WRONG_PASSWORD = ("password authentication failed",)


def _keyring():
    """The system's keyring, or None where there is none worth the name (the fail and null backends)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, (fail.Keyring, null.Keyring)):
            return None
        return backend
    except Exception as error:  # noqa: BLE001 - a keyring that cannot even be loaded is no keyring
        log.info("no keyring: %s", error)
        return None


def has_keyring() -> bool:
    return _keyring() is not None


def saved_password(address: ServerAddress) -> str | None:
    """The password to connect with: typed into the address, else the keyring's; None lets libpq look in
    PostgreSQL's password file (or connect without one, where the server trusts this computer)."""
    if address.password:
        return address.password
    backend = _keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, address.keyring_name()) or None
    except Exception as error:  # noqa: BLE001 - locked, refused, broken: asked instead
        log.info("keyring could not be read: %s", error)
        return None


def remember_password(address: ServerAddress, password: str) -> str | None:
    """Keeps the password for next time: in the keyring (KEYRING), else PostgreSQL's password file, readable by
    this person alone (PGPASS); None when neither could be written (then it is asked each time)."""
    if not password:
        return None
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, address.keyring_name(), password)
            return KEYRING
        except Exception as error:  # noqa: BLE001
            log.info("keyring could not be written: %s", error)
    try:
        write_pgpass(address, password)
        return PGPASS
    except OSError as error:
        log.info("password file could not be written: %s", error)
        return None


def forget_password(address: ServerAddress) -> None:
    """Takes this login's password out of the keyring and PostgreSQL's password file (what is not there is fine)."""
    backend = _keyring()
    if backend is not None:
        try:
            backend.delete_password(SERVICE, address.keyring_name())
        except Exception as error:  # noqa: BLE001 - not there, or the keyring refused: nothing more to do
            log.info("keyring entry not removed: %s", error)
    try:
        write_pgpass(address, None)
    except OSError as error:
        log.info("password file not changed: %s", error)


def needs_password(error: BaseException | None) -> bool:
    """True when the server refused for want of a password, or the right one (this error or what caused it)."""
    return _says(error, _NO_PASSWORD + _WRONG_PASSWORD)


def wrong_password(error: BaseException | None) -> bool:
    """True when a password was given and the server did not accept it."""
    return _says(error, _WRONG_PASSWORD)


def _says(error: BaseException | None, words: tuple[str, ...]) -> bool:
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        text = f"{error} {getattr(error, 'orig', '') or ''}".lower()
        if any(word in text for word in words):
            return True
        error = error.__cause__ or error.__context__
    return False


# -- PostgreSQL's own password file --------------------------------------------


def pgpass_path() -> Path:
    """Where libpq looks: PGPASSFILE, else %APPDATA%\\postgresql\\pgpass.conf on Windows, else ~/.pgpass."""
    named = os.environ.get("PGPASSFILE")
    if named:
        return Path(named)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A password file line's five fields, its \\: and \\\\ read back."""
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def login_name(address: ServerAddress) -> str:
    """The name libpq logs in with: the address's, else PGUSER, else this computer's login name (as libpq finds
    it). A password file line with an empty name matches no login, so it is written under this one."""
    if address.user:
        return address.user
    if os.environ.get("PGUSER"):
        return os.environ["PGUSER"]
    if sys.platform == "win32":
        return getpass.getuser()
    import pwd

    try:
        return pwd.getpwuid(os.geteuid()).pw_name  # as libpq does: the effective user, not $USER
    except KeyError:
        return getpass.getuser()


def _login(address: ServerAddress) -> list[str]:
    return [address.host, str(address.port or DEFAULT_PORT), address.database, login_name(address)]


def _lines(path: Path) -> list[str]:
    # Split at newlines alone, as libpq does: a form feed or the like may be part of a name or a password.
    return [line.removesuffix("\r") for line in path.read_text(encoding="utf-8").split("\n") if line]


def pgpass_password(address: ServerAddress) -> str | None:
    """The password the file holds for exactly this login (host, port, database, name), if any."""
    try:
        lines = _lines(pgpass_path())
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        fields = _fields(line)
        if len(fields) == 5 and fields[:4] == _login(address):
            return fields[4]
    return None


def write_pgpass(address: ServerAddress, password: str | None) -> Path:
    """Puts this login's line in the password file (None: takes it out), the rest as it was; the file readable
    by its owner alone, or libpq ignores it."""
    path = pgpass_path()
    try:
        lines = _lines(path)
    except FileNotFoundError:
        lines = []
    kept = [line for line in lines if _fields(line)[:4] != _login(address) or len(_fields(line)) != 5]
    if password is None and len(kept) == len(lines):
        return path
    if password is not None:
        kept.append(":".join(_escaped(part) for part in _login(address) + [password]))
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as file:
        file.write("\n".join(kept) + ("\n" if kept else ""))
    if sys.platform != "win32":
        os.chmod(path, 0o600)  # a file made earlier with wider rights is narrowed too
    return path
