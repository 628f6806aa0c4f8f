"""The rows of a group, read and written table by table for a move (store/move.py), and their fingerprint.

A table's fingerprint is the number of its rows and a SHA-256 over them. Each row is first turned into
bytes that say what each value is, whichever engine it came from: a date kept as text in a file and as
a date on a server both read back through the models as the same date, a paper's bytes as bytes. The
rows' hashes are sorted before they are hashed together, so the order each engine returns them in (a
text key sorts by the server's collation there, by its bytes in SQLite) does not matter.
"""

import datetime as dt
import decimal
import enum
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, LargeBinary, Table, delete, func, insert, select

from compactdesk.store.models import Base

BATCH = 1000
PAPER_BATCH = 20  # a batch of rows with papers' bytes in them: a paper can be megabytes

# The rows a new group's revisions put in (the national codes, the dispute stages, the indicators, its id):
# a group on the server that holds nothing else holds nothing anyone typed.
SEEDED = frozenset({"code_of_practice", "dispute_stage", "indicator", "store_identity"})


def tables() -> list[Table]:
    """Every table of the models, parents before the tables that point at them."""
    return list(Base.metadata.sorted_tables)


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int
    digest: str  # hex SHA-256 of the rows (see the module's note)


def _encoded(value) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, bool):
        return b"T" if value else b"F"
    if isinstance(value, enum.Enum):
        return b"E" + str(value.name).encode()
    if isinstance(value, int):
        return b"I" + str(value).encode()
    if isinstance(value, str):
        return b"S" + value.encode("utf-8", "surrogatepass")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return b"B" + bytes(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return b"D" + value.isoformat().encode()
    if isinstance(value, dt.date):
        return b"d" + value.isoformat().encode()
    if isinstance(value, (float, decimal.Decimal)):
        return b"R" + repr(float(value)).encode()
    return b"?" + repr(value).encode()


def row_hash(row: Iterable) -> bytes:
    digest = hashlib.sha256()
    for value in row:
        part = _encoded(value)
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.digest()


class Fingerprint:
    """Rows fed in any order; `count()` is the table's count and digest."""

    def __init__(self, table: str):
        self.table = table
        self.rows = 0
        self._hashes: list[bytes] = []

    def add(self, rows: Iterable) -> None:
        for row in rows:
            self._hashes.append(row_hash(row))
            self.rows += 1

    def count(self) -> TableCount:
        digest = hashlib.sha256()
        for one in sorted(self._hashes):
            digest.update(one)
        return TableCount(self.table, self.rows, digest.hexdigest())


def batch_size(table: Table) -> int:
    return PAPER_BATCH if any(isinstance(column.type, LargeBinary) for column in table.columns) else BATCH


def batches(connection: Connection, table: Table) -> Iterator[list]:
    """The table's rows, every column (papers' bytes included), a batch at a time, streamed from the engine."""
    size = batch_size(table)
    result = connection.execution_options(stream_results=True, yield_per=size).execute(select(*table.columns))
    yield from (list(part) for part in result.partitions(size))


def counts(connection: Connection) -> dict[str, int]:
    return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one() for table in tables()}


def holds_records(connection: Connection) -> bool:
    """Whether a group holds anything a person put in (beyond what every new group starts with)."""
    return any(connection.execute(select(table.c[next(iter(table.primary_key.columns)).name]).limit(1)).first()
               for table in tables() if table.name not in SEEDED)


def clear(connection: Connection) -> None:
    """Empties every table (children first): a new group's own seeded rows give way to the source's."""
    for table in reversed(tables()):
        connection.execute(delete(table))


def copy_table(source: Connection, destination: Connection, table: Table, tick: Callable[[int], None]) -> TableCount:
    """Copies every row of `table`, keeping every id; returns the rows' fingerprint as read from the source."""
    seen = Fingerprint(table.name)
    names = [column.key for column in table.columns]
    statement = insert(table)
    for rows in batches(source, table):
        seen.add(rows)
        destination.execute(statement, [dict(zip(names, row, strict=True)) for row in rows])
        tick(len(rows))
    return seen.count()


def fingerprint(connection: Connection, table: Table) -> TableCount:
    seen = Fingerprint(table.name)
    for rows in batches(connection, table):
        seen.add(rows)
    return seen.count()
