"""The few SQL functions whose spelling differs between SQLite (a group's file) and PostgreSQL (a shared
server), each written once for both, so a service's query is the same on either engine.

SQLite keeps dates as ISO text and reckons with date() and julianday(); PostgreSQL has real dates
that add and subtract. Each function below compiles to its own engine's form (SQLAlchemy's
`compiles`): the SQLite form is exactly what the services used before, so a file's answers are
unchanged, and the services' tests run on both engines to keep the two in agreement.
"""

from sqlalchemy import Boolean, Date, Integer, String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class _Function(FunctionElement):
    inherit_cache = True

    def arguments(self, compiler, **kw) -> list[str]:
        return [compiler.process(clause, **kw) for clause in self.clauses.clauses]


class days_between(_Function):
    """(end - start).days for two dates: days_between(start, end)."""

    type = Integer()
    name = "days_between"
    inherit_cache = True


@compiles(days_between)
def _days_between_sqlite(element, compiler, **kw):
    start, end = element.arguments(compiler, **kw)
    return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_between_pg(element, compiler, **kw):
    start, end = element.arguments(compiler, **kw)
    return f"(CAST({end} AS DATE) - CAST({start} AS DATE))"


class _Shifted(_Function):
    """A date moved by a whole number of days or months. The amount goes as a parameter in each engine's
    own form (SQLite's modifier text "+28 days", PostgreSQL's number), so the query's SQL is cached once."""

    type = Date()
    inherit_cache = True
    unit = ""

    def __init__(self, value, amount: int):
        amount = int(amount)
        super().__init__(value, literal(f"{amount:+d} {self.unit}", String), literal(amount, Integer))


class add_days(_Shifted):
    name = "add_days"
    unit = "days"
    inherit_cache = True


class add_months(_Shifted):
    """Calendar months; a day the month lacks is SQLite's date() rule on a file (31 Jan + 1 month = 3 March),
    the month's last day on a server (28 February), as python-dateutil counts it."""

    name = "add_months"
    unit = "months"
    inherit_cache = True


@compiles(add_days)
@compiles(add_months)
def _shifted_sqlite(element, compiler, **kw):
    value, modifier, _ = element.arguments(compiler, **kw)
    return f"date({value}, {modifier})"


@compiles(add_days, "postgresql")
def _add_days_pg(element, compiler, **kw):
    value, _, amount = element.arguments(compiler, **kw)
    return f"(CAST({value} AS DATE) + {amount})"


@compiles(add_months, "postgresql")
def _add_months_pg(element, compiler, **kw):
    value, _, amount = element.arguments(compiler, **kw)
    return f"CAST(CAST({value} AS DATE) + make_interval(months => {amount}) AS DATE)"


class day_of(_Function):
    """The day of a date and time."""

    type = Date()
    name = "day_of"
    inherit_cache = True


@compiles(day_of)
def _day_of_sqlite(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"substr({value}, 1, 10)"


@compiles(day_of, "postgresql")
def _day_of_pg(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"CAST({value} AS DATE)"


class larger(_Function):
    """The larger of two values (SQLite's two-argument max, PostgreSQL's greatest)."""

    type = Integer()
    name = "larger"
    inherit_cache = True


@compiles(larger)
def _larger_sqlite(element, compiler, **kw):
    return f"max({', '.join(element.arguments(compiler, **kw))})"


@compiles(larger, "postgresql")
def _larger_pg(element, compiler, **kw):
    return f"greatest({', '.join(element.arguments(compiler, **kw))})"


class joined_text(_Function):
    """An aggregate: a group's values joined with commas."""

    type = String()
    name = "joined_text"
    inherit_cache = True


@compiles(joined_text)
def _joined_sqlite(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"group_concat({value})"


@compiles(joined_text, "postgresql")
def _joined_pg(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"string_agg(CAST({value} AS TEXT), ',')"


class not_a_date(_Function):
    """True for a stored value that is not a valid date: SQLite keeps any text in a date column (damage can
    put some there); PostgreSQL's date type holds nothing else."""

    type = Boolean()
    name = "not_a_date"
    inherit_cache = True


@compiles(not_a_date)
def _not_a_date_sqlite(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"(date({value}) IS NOT {value})"


@compiles(not_a_date, "postgresql")
def _not_a_date_pg(element, compiler, **kw):
    return "false"


class casefolded(_Function):
    """Text casefolded as Python does it: SQLite needs Python's own function (services/sql_text.py);
    PostgreSQL's lower() knows every alphabet."""

    type = String()
    name = "casefolded"
    inherit_cache = True


@compiles(casefolded)
def _casefolded_sqlite(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"compactdesk_casefold({value})"


@compiles(casefolded, "postgresql")
def _casefolded_pg(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"lower({value})"


class unindexed(_Function):
    """The column as SQLite reads it without its index (`+column`); PostgreSQL's planner needs no such hint."""

    name = "unindexed"
    inherit_cache = True

    def __init__(self, column):
        self.type = column.type
        super().__init__(column)


@compiles(unindexed)
def _unindexed_sqlite(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return f"+{value}"


@compiles(unindexed, "postgresql")
def _unindexed_pg(element, compiler, **kw):
    (value,) = element.arguments(compiler, **kw)
    return value
