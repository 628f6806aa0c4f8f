"""Checks every service shares."""

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from compactdesk.domain.dates import parse_date, uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import translate

M = TypeVar("M")
EARLIEST_DAY, LATEST_DAY = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
E = TypeVar("E", bound=StrEnum)
# SQLite keeps whole numbers in 64 bits; a bigger id cannot name a row, and the driver refuses it with OverflowError.
SMALLEST_ID, LARGEST_ID = -2**63, 2**63 - 1


def storable_id(ident) -> bool:
    """Whether an id can be looked up at all: given, and no bigger than SQLite can hold."""
    return ident is not None and not (isinstance(ident, int) and not SMALLEST_ID <= ident <= LARGEST_ID)


def fetch(session: Session, model: type[M], ident: int | None, what: str, field: str | None = None) -> M:
    row = session.get(model, ident) if storable_id(ident) else None
    if row is None:
        raise ValidationError(
            translate("Validation", "The {what} you chose is no longer in this group's records. Refresh the list and "
                                    "choose again.")
            .format(what=what), field)
    return row


def fetch_row(session: Session, query, model: type, ident: int | None, what: str):
    """The row a column query on `model` finds for the record `ident`, read as columns; when it
    finds none, fetch says the record is no longer in the store."""
    found = session.execute(query.where(model.id == ident)).first() if storable_id(ident) else None
    if found is None:
        fetch(session, model, ident, what)
    return found


def fetch_optional(session: Session, model: type[M], ident: int | None, what: str, field: str) -> M | None:
    return None if ident is None else fetch(session, model, ident, what, field)


def item_and_meeting(session: Session, item_id: int | None, meeting_id: int | None):
    """The agenda item a record came from, and its meeting: the one named, else the item's own."""
    from compactdesk.store.models import AgendaItem, Meeting

    item = fetch_optional(session, AgendaItem, item_id, translate("Validation", "agenda item"), "item")
    if meeting_id is None and item is not None:
        meeting_id = item.meeting_id
    return item, fetch_optional(session, Meeting, meeting_id, translate("Validation", "meeting"), "meeting")


def as_date(value: dt.date | str | None, what: str, field: str, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError(translate("Validation", "Please give {what}.").format(what=what), field)
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        day = parse_date(str(value), what, field)
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        # A slip of the keyboard (2062 for 2026, year 1): refused before it reaches a rule that counts months on.
        raise ValidationError(translate(
            "Validation", "{what} ({day}) is outside the years CompactDesk keeps ({first} to {last}). Check the year."
        ).format(what=what[:1].upper() + what[1:], day=uk_date(day), first=EARLIEST_DAY.year, last=LATEST_DAY.year),
            field)
    return day


def not_before(later: dt.date | None, earlier: dt.date | None, later_what: str, earlier_what: str, field: str) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise ValidationError(translate(
            "Validation", "{later} ({later_date}) cannot be before {earlier} ({earlier_date}). Check both dates.",
        ).format(later=later_what[:1].upper() + later_what[1:], later_date=uk_date(later),
                 earlier=earlier_what, earlier_date=uk_date(earlier)), field)


def whole_number(value, what: str, field: str, *, low: int, high: int) -> int:
    try:
        number = int(value)
        if number != value and not isinstance(value, str):
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(
            translate("Validation", "{what} must be a whole number.").format(what=what[:1].upper() + what[1:]),
            field) from None
    if not low <= number <= high:
        raise ValidationError(translate("Validation", "{what} must be between {low} and {high}.").format(
            what=what[:1].upper() + what[1:], low=low, high=high), field)
    return number


def choice(enum: type[E], value, what: str, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.label() for member in enum)
        raise ValidationError(translate("Validation", "'{value}' is not a known {what}. Choose one of: {allowed}.")
                              .format(value=shown(value), what=what, allowed=allowed), field) from None


def year_kept(year, field: str = "year") -> int:
    """A year a count or review can cover: within the years the store keeps dates for."""
    return whole_number(year, translate("Validation", "the year"), field, low=EARLIEST_DAY.year, high=LATEST_DAY.year)
