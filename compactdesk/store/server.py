"""Groups held on a PostgreSQL server (13 or newer): one database, one schema per group.

A schema per group, not a database per group: one login and one backup (pg_dump) cover every group
a CVS services, the groups are listed with one query, and PostgreSQL's own grants (USAGE on a
schema) decide who may open which. Every connection's search_path is the group's schema, so the
services' SQL, written without a schema, reads and writes that group's tables alone. The same
Alembic revisions as a file's make the schema (store/migrate.py), so both engines always hold the
same tables.

A ServerStore answers like a file's Store (session, run, run_recorded, apply, close), so every
service, page and paper runs on it unchanged.
"""

import contextlib
import getpass
import logging
import re
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import VARCHAR, Engine, String, create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.store import migrate, server_journal
from compactdesk.store.address import ServerAddress
from compactdesk.store.errors import NewerStoreError, StoreError, StoreMissingError, StoreUnavailableError
from compactdesk.store.journal import Change

log = logging.getLogger("compactdesk")
T = TypeVar("T")
SCHEMA_PREFIX = "group_"


# A text column's length is the services' to check, as it always was on a file (SQLite keeps any length): on a
# server a column holds what a file's holds, so a group moved from a file never fails on an old long text.
@compiles(String, "postgresql")
@compiles(VARCHAR, "postgresql")
def _unbounded(type_, compiler, **kw) -> str:
    return "VARCHAR"


@dataclass(frozen=True)
class Group:
    schema: str
    name: str  # the compact's name, or the schema's when none is set yet


def make_engine(address: ServerAddress, schema: str | None = None, password: str | None = None) -> Engine:
    # Keepalives: a connection to a server that went away (a laptop asleep, a cable out) is found dead within a
    # minute, not hours. lock_timeout: a save never waits more than a few seconds behind another's (it is refused
    # in words, and can be made again); idle_in_transaction_session_timeout: a program frozen in the middle of a
    # save never holds the group's lock for everyone else.
    connect_args = {"application_name": "CompactDesk", "connect_timeout": 10, "keepalives": 1,
                    "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
    options = "-c lock_timeout=10s -c idle_in_transaction_session_timeout=60s"
    if schema is not None:
        options = f"-c search_path={schema} " + options
    connect_args["options"] = options
    # hide_parameters: an error's text never carries a person's name or a minute, so it can be logged.
    return create_engine(address.sqlalchemy_url(password), connect_args=connect_args, pool_pre_ping=True,
                         hide_parameters=True, pool_size=3, max_overflow=5)


def unreachable(address: ServerAddress, error: BaseException) -> StoreUnavailableError:
    reason = str(getattr(error, "orig", error)).strip().splitlines()[0] if str(error).strip() else ""
    return StoreUnavailableError(None, "gone", translate(
        "Server",
        "CompactDesk cannot reach the shared server {server}: {reason}. Check that this computer is connected to "
        "the office network and that the server's address, name and password are right, then try again. "
        "Nothing was changed.").format(server=address.display(), reason=reason[:200]))


def valid_schema(schema: str) -> bool:
    return re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema) is not None


def schema_for(name: str, taken: set[str]) -> str:
    """A new group's schema name: group_ and its name's letters, made unique."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40] or "group"
    schema, number = SCHEMA_PREFIX + slug, 2
    while schema in taken:
        schema, number = f"{SCHEMA_PREFIX}{slug}_{number}", number + 1
    return schema


def list_groups(address: ServerAddress, password: str | None = None) -> list[Group]:
    """The groups in the database that this login may open (USAGE on their schema), by name."""
    engine = make_engine(address, password=password)
    try:
        with engine.connect() as connection:
            schemas = connection.execute(text(
                "SELECT n.nspname FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid "
                "WHERE c.relname = 'store_identity' AND has_schema_privilege(n.oid, 'USAGE') ORDER BY 1")).scalars().all()
            groups = []
            for schema in schemas:
                if not valid_schema(schema):
                    continue
                try:
                    name = connection.execute(text(f'SELECT name FROM "{schema}".compact ORDER BY id LIMIT 1')).scalar()
                except DBAPIError:
                    connection.rollback()
                    name = None
                groups.append(Group(schema, name or schema))
            return sorted(groups, key=lambda group: group.name.casefold())
    except OperationalError as error:
        raise unreachable(address, error) from error
    finally:
        engine.dispose()


def create_group(address: ServerAddress, name: str, *, password: str | None = None,
                 person: str | None = None) -> "ServerStore":
    """Makes a new, empty group's schema on the server (all of it, or nothing) and opens it."""
    from compactdesk.store.move import taken_schemas  # move imports this module: imported here, not above

    # Every schema in the database, a group's or not, seen by this login or not: CREATE SCHEMA refuses any of them.
    taken = taken_schemas(address, password)
    schema = address.group if address.group and address.group not in taken else schema_for(name, taken)
    if not valid_schema(schema):
        raise ValidationError(translate("Server", "A group's name on the server may hold only small letters, "
                                        "digits and _ (“{name}”).").format(name=schema))
    engine = make_engine(address, schema, password)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
            server_journal.upgrading(connection)
            migrate.upgrade(connection)
    except OperationalError as error:
        raise unreachable(address, error) from error
    finally:
        engine.dispose()
    return open_group(address.with_group(schema), password=password, person=person)


def open_group(address: ServerAddress, *, password: str | None = None, person: str | None = None) -> "ServerStore":
    """Opens the group the address names, bringing its schema up to date (in one transaction)."""
    schema = address.group
    if not schema or not valid_schema(schema):
        raise StoreMissingError(None, translate("Server", "No group was chosen on the server {server}.").format(
            server=address.display()))
    engine = make_engine(address, schema, password)
    try:
        with engine.begin() as connection:
            exists = connection.execute(text("SELECT pg_get_userbyid(nspowner), has_schema_privilege(oid, 'USAGE') "
                                             "FROM pg_namespace WHERE nspname = :s"), {"s": schema}).first()
            if exists is None:
                raise StoreMissingError(None, translate(
                    "Server", "The server {server} holds no group called {group}.").format(
                    server=address.display(), group=schema))
            owner, allowed = exists
            if not allowed:
                raise StoreError(None, translate(
                    "Server", "The login {login} has not been given the group {group} on {server}. Ask whoever "
                    "looks after the server to give it you.").format(
                    login=address.user or "?", group=schema, server=address.display()))
            revision = migrate.current_revision(connection)
            if revision != migrate.head_revision():
                # Several people opening the group as a new version first meets it: one brings it up to date,
                # the others wait for that and read the revision again.
                server_journal.upgrading(connection)
                revision = migrate.current_revision(connection)
            if revision is not None and revision not in migrate.known_revisions():
                raise NewerStoreError(None, translate(
                    "Server", "The group {group} on {server} was last changed by a newer CompactDesk. "
                    "Install the newest version to open it.").format(group=schema, server=address.display()))
            try:
                if revision != migrate.head_revision():
                    # PostgreSQL changes a schema in a transaction: an upgrade is all done or not at all.
                    migrate.upgrade(connection)
                server_journal.install(connection, record_keys())
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient privilege
                    raise
                # Only the group's owner may change its tables: a newer CompactDesk's first opening is theirs.
                raise StoreError(None, translate(
                    "Server", "This version of CompactDesk must bring the group {group} up to date as it opens it, "
                    "which only the group's owner ({owner}) may do. Ask them to open it once, then try again. "
                    "Nothing was changed.").format(group=schema, owner=owner)) from error
        return ServerStore(address, engine, person)
    except OperationalError as error:
        engine.dispose()
        if getattr(error.orig, "sqlstate", None) == "55P03":  # lock_not_available: still busy after minutes
            raise StoreError(None, translate(
                "Server", "The group {group} on {server} is being brought up to date for a new version of "
                "CompactDesk, or someone's work on it is holding it. Nothing was changed; try again in a few "
                "minutes.").format(group=schema, server=address.display())) from error
        raise unreachable(address, error) from error
    except BaseException:
        engine.dispose()
        raise


def record_keys() -> dict[str, tuple[str, ...]]:
    """Every record table's primary key columns, from the models."""
    from compactdesk.store.models import Base

    return {table.name: tuple(column.name for column in table.primary_key.columns)
            for table in Base.metadata.sorted_tables}


def default_person() -> str:
    try:
        return f"{getpass.getuser()} ({socket.gethostname()})"
    except (OSError, KeyError):
        return socket.gethostname()


class ServerStore:
    """An open group on a server: the engine and a transaction per call, recorded for the other windows."""

    is_server = True
    path = None  # no file: the pages that offer a file's backups and copies ask is_server first
    as_is = False
    upgrade_backup = None
    daily_backup = None
    backup_problem = None

    def __init__(self, address: ServerAddress, engine: Engine, person: str | None = None):
        self.address = address
        self.schema = address.group
        self.engine = engine
        self.person = person or default_person()
        self.window_id = uuid.uuid4().hex[:16]  # this window's, so its own changes are not news to it
        self.revision = migrate.head_revision()
        self._keys = record_keys()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.seen = 0  # the newest change this window's pages have read (set by the window as it refreshes)
        self.on_close: list[Callable[[], None]] = []  # what to stop before the engine goes (the window's listener)

    @property
    def name(self) -> str:
        with self.engine.connect() as connection:
            return connection.execute(text("SELECT name FROM compact ORDER BY id LIMIT 1")).scalar() or self.schema

    def display(self) -> str:
        return f"{self.schema} — {self.address.display()}"

    @property
    def label(self) -> str:
        """What names this group's records in a paper or a message: its schema on the server."""
        return f"{self.schema} ({self.address.display()})"

    @contextlib.contextmanager
    def _transaction(self, since: int | None = None, recorded: list | None = None,
                     undoing: Change | None = None) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
                session.flush()
                connection = session.connection()
                written = server_journal.read_written(connection, self._keys)
                if written is None:
                    return
                if since is not None:
                    found = server_journal.stamp_of(connection, written.changed, since, self.window_id)
                    if found is not None:
                        raise server_journal.refused_save(found)
                if undoing is not None:
                    # The step's own rows were checked by its guards; a row beyond them that the undo reached
                    # (a cascade from a row the step made) and another window has written is another person's
                    # newer record: taking the step back would remove or unlink it unseen.
                    own = {(table, key) for table, key, _ in undoing.guards}
                    found = server_journal.stamp_of(connection, [row for row in written.rows if row not in own],
                                                    None, self.window_id)
                    if found is not None:
                        raise server_journal.refused_undo(found)
                seq = server_journal.stamp(connection, written.rows, self.person, self.window_id)
                server_journal.notify(connection, self.schema, written.change.tables, self.window_id, seq)
                if recorded is not None:
                    recorded.append(written.change)
        except (StoreError, ValidationError):
            raise
        except IntegrityError as error:
            if undoing is not None:  # a link the step's rows need is gone: checked at commit, as deferred
                raise server_journal.refused_undo_gone() from error
            raise
        except OperationalError as error:
            if getattr(error.orig, "sqlstate", None) == "55P03":  # lock_not_available: lock_timeout ran out
                raise ValidationError(translate(
                    "Server", "Not saved: someone else's change to the same records is still being saved. Nothing "
                    "was lost; try again in a moment.")) from error
            if error.connection_invalidated or "connection" in str(error.orig).lower():
                raise unreachable(self.address, error) from error
            raise

    def session(self) -> contextlib.AbstractContextManager[Session]:
        return self._transaction()

    def check_available(self) -> None:
        pass  # a server that went away says so at the next statement (unreachable)

    def run(self, service: Callable[..., T], /, *args, **kwargs) -> T:
        with self._transaction() as session:
            return service(session, *args, **kwargs)

    def run_recorded(self, service: Callable[..., T], /, *args, **kwargs) -> tuple[T, Change]:
        return self.run_since(None, service, *args, **kwargs)

    def run_since(self, since: int | None, service: Callable[..., T], /, *args, **kwargs) -> tuple[T, Change]:
        """Like run_recorded, refusing (ChangedSinceError) to write a record another window changed after
        change number `since`, what the form was opened on."""
        recorded: list[Change] = []
        with self._transaction(since, recorded) as session:
            result = service(session, *args, **kwargs)
        return result, (recorded[0] if recorded else Change(()))

    def apply(self, change: Change) -> Change:
        recorded: list[Change] = []
        with self._transaction(None, recorded, undoing=change) as session:
            server_journal.replay(session.connection(), change)
        return recorded[0] if recorded else Change(())

    def last_change(self) -> int:
        with self.engine.connect() as connection:
            return server_journal.last_change(connection)

    def problems(self) -> list[str]:
        return []

    def clear_free_pages(self) -> None:
        """A server keeps no file of ours to rewrite; VACUUM reclaims what deleted rows held."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for table in self._keys:
                connection.exec_driver_sql(f'VACUUM "{table}"')

    def listening_connection(self):
        """A connection of the window's own, out of the pool, hearing the group's changes (for gui/live.py), and
        the number of the newest change made before it listened."""
        pooled = self.engine.raw_connection()
        driver = pooled.driver_connection
        pooled.detach()  # never back to the pool: it stays in autocommit, listening
        try:
            return driver, server_journal.listen(driver, self.schema)
        except BaseException:
            driver.close()
            raise

    def close(self) -> None:
        while self.on_close:
            try:
                self.on_close.pop()()
            except Exception:  # the engine must go whatever a listener does
                log.exception("stopping a listener of %s", self.schema)
        self.engine.dispose()

    def __enter__(self) -> "ServerStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
