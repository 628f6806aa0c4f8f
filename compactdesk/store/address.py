"""A shared server's address, as typed (postgresql://name@server:5432/database?sslmode=require&group=…).

The address never keeps a password: one typed into it (postgresql://name:password@… or ?password=…) is
taken out (`password`) for this connection only, and what is remembered in the settings is `text()`, without
it. A key file's passphrase (sslpassword) and a password file's place (passfile) are used for this connection
too, and neither is remembered nor shown. The password comes from the
system's keyring, PostgreSQL's own password file (libpq reads ~/.pgpass or %APPDATA%\\postgresql\\pgpass.conf
itself), or is asked each time (store/credentials.py). Every libpq setting in the query (sslmode,
sslrootcert, connect_timeout…) is passed on as it is, so TLS is what the address asks for.
"""

import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# libpq settings used for this connection alone: never written into text(), the settings or a message.
THIS_RUN_ONLY = ("sslpassword", "passfile")


def without_secrets(text: str) -> str:
    """An address as typed, fit to show or say again even when it cannot be read: any password before the @, and
    any password= or sslpassword= setting, hidden."""
    text = re.sub(r"(//[^/?#:@]*):[^/?#]*@", r"\1:…@", str(text))
    return re.sub(r"(?i)([?&](?:ssl)?password=)[^&#]*", r"\1…", text)


def looks_like_server(text: str) -> bool:
    return any(str(text).lower().startswith(scheme + "://") for scheme in SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str = ""
    port: int | None = None
    group: str | None = None  # the group's schema
    options: tuple[tuple[str, str], ...] = ()  # libpq settings: sslmode and the like
    password: str | None = field(default=None, compare=False, repr=False)  # typed into the address, never kept
    this_run: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)  # THIS_RUN_ONLY's

    @classmethod
    def parse(cls, text: str) -> "ServerAddress":
        bad = translate("Server", "“{address}” is not a server address. Write it as "
                        "postgresql://name@server/database (for example postgresql://anna@cvs-server/compacts).")
        text = (text or "").strip()
        if not looks_like_server(text):
            raise ValidationError(bad.format(address=without_secrets(text)[:80]), "address")
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise ValidationError(bad.format(address=without_secrets(text)[:80]), "address") from None
        database = unquote(parts.path.lstrip("/"))
        if not parts.hostname or not database:
            raise ValidationError(bad.format(address=without_secrets(text)[:80]), "address")
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        group = options.pop("group", None) or None
        typed = options.pop("password", None)  # as libpq takes it; the one before the @ comes first
        password = unquote(parts.password) if parts.password else typed or None
        this_run = tuple(sorted((key, options.pop(key)) for key in THIS_RUN_ONLY if key in options))
        mode = options.get("sslmode")
        if mode is not None and mode not in SSL_MODES:
            raise ValidationError(translate("Server", "sslmode must be one of {modes}, not “{mode}”.").format(
                modes=", ".join(SSL_MODES), mode=mode[:40]), "address")
        return cls(parts.hostname, database, unquote(parts.username or ""), port, group, tuple(sorted(options.items())),
                   password, this_run)

    @property
    def holds_secret(self) -> bool:
        """True when the address as typed carried a password or a key's passphrase (not to be passed on)."""
        return bool(self.password) or any(key == "sslpassword" for key, _ in self.this_run)

    def with_group(self, group: str | None) -> "ServerAddress":
        return replace(self, group=group)

    @property
    def sslmode(self) -> str | None:
        return dict(self.options).get("sslmode")

    def _base(self, password: str | None = None) -> str:
        who = quote(self.user, safe="")
        if password:
            who += ":" + quote(password, safe="")
        at = who + "@" if who else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port else ""
        return f"{at}{host}{port}/{quote(self.database, safe='')}"

    def text(self) -> str:
        """The address to remember and show: never a password."""
        query = {key: value for key, value in self.options if key != "password" and key not in THIS_RUN_ONLY}
        if self.group:
            query["group"] = self.group
        return "postgresql://" + self._base() + ("?" + urlencode(query) if query else "")

    def display(self) -> str:
        """Short, for a title bar or a message: name@server/database."""
        return self._base()

    def sqlalchemy_url(self, password: str | None = None) -> str:
        query = urlencode(dict(self.options + self.this_run))
        return "postgresql+psycopg://" + self._base(password or self.password) + ("?" + query if query else "")

    def keyring_name(self) -> str:
        """The key the keyring keeps this login's password under (one per login, not per group)."""
        port = f":{self.port}" if self.port else ""
        return f"{self.user}@{self.host}{port}/{self.database}"
