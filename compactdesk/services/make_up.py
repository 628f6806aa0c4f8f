"""The group's intended make-up: how many seats each sector has, as the group agreed it, and the balance warnings
that compare the seats with it (or, where the group agreed none, with the usual parity of equal sides).

A group built 2+2+2 across council, health and the voluntary sector on purpose is not "unequal": once its make-up
is recorded, the warnings name only the sectors that differ from it ("Council: 3 seats, 2 intended").
"""

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Balance
from compactdesk.i18n import translate
from compactdesk.services.common import choice, whole_number
from compactdesk.store.models import IntendedSeats, Seat

MOST_SEATS = 99  # for one sector; more is a slip of the keyboard, not a liaison group


@dataclass(frozen=True)
class MakeUp:
    """The make-up as agreed beside the seats there are now."""

    intended: dict[Sector, int]  # seats per sector as agreed, sectors with none left out; empty: the usual parity
    seats: dict[Sector, int]  # the seats there are now, every sector in the sectors' order (0 where none)

    @property
    def parity(self) -> bool:
        return not self.intended


def intended_seats(session: Session) -> dict[Sector, int]:
    """Seats per sector as the group agreed them, in the sectors' order; empty when it keeps the usual parity."""
    held = {row.sector: row.seats for row in session.scalars(select(IntendedSeats)) if row.seats}
    return {sector: held[sector] for sector in Sector if sector in held}


def make_up(session: Session) -> MakeUp:
    counts = dict(session.execute(select(Seat.sector, func.count()).group_by(Seat.sector)).all())
    return MakeUp(intended_seats(session), {sector: counts.get(sector, 0) for sector in Sector})


def set_make_up(session: Session, seats: Mapping[Sector | str, int] | None) -> MakeUp:
    """Records the make-up the group agreed, seats per sector (0, or a sector left out: none intended). None or an
    empty mapping clears it: back to the usual parity of equal sides."""
    wanted = _checked(seats)
    if wanted != intended_seats(session):  # the same again is no change, and no step to undo
        session.execute(delete(IntendedSeats))
        session.add_all(IntendedSeats(sector=sector, seats=count) for sector, count in wanted.items())
        session.flush()
    return make_up(session)


def clear_make_up(session: Session) -> MakeUp:
    """Back to the usual parity: equal seats for the public bodies and the voluntary sector."""
    return set_make_up(session, None)


def _checked(seats) -> dict[Sector, int]:
    if seats is None:
        return {}
    if not isinstance(seats, Mapping):
        raise ValidationError(translate("Seats", "Give the number of seats intended for each sector."), "make_up")
    wanted: dict[Sector, int] = {}
    for key, value in seats.items():
        sector = choice(Sector, key, translate("Seats", "sector"), "sector")
        wanted[sector] = whole_number(value, translate("Seats", "the seats intended for {sector}").format(
            sector=sector.label()), sector.value, low=0, high=MOST_SEATS)
    wanted = {sector: wanted[sector] for sector in Sector if wanted.get(sector)}
    if not wanted:
        return {}  # every sector at none: nothing agreed, so the usual parity
    if not any(sector.is_public for sector in wanted):
        raise ValidationError(translate(
            "Seats", "A liaison group brings the public bodies and the voluntary sector together: give at least one "
            "public body's sector a seat, or choose equal sides."), Sector.COUNCIL.value)
    if Sector.VCS not in wanted:
        raise ValidationError(translate(
            "Seats", "A liaison group brings the public bodies and the voluntary sector together: give the voluntary "
            "and community sector at least one seat, or choose equal sides."), Sector.VCS.value)
    return wanted


def describe_make_up(make_up: MakeUp) -> str:
    """The make-up in words, in the language spoken: "Council: 2 seats; Health: 2 seats; …", or the usual parity."""
    if make_up.parity:
        return translate("Seats", "Equal seats for the public bodies and the voluntary and community sector "
                                  "(the usual parity)")
    return "; ".join(translate("Seats", "{sector}: %n seat(s)", None, count).format(sector=sector.label())
                     for sector, count in make_up.intended.items())


def balance_warnings(balance: Balance) -> list[str]:
    """What is out of balance, in words, in the language spoken: against the make-up the group agreed, or, where it
    agreed none, between the two sides. Empty when all is as intended."""
    problems = []
    if balance.sides_unequal:
        # Each number with its own plural ("1 public seat", not "1 public seats").
        problems.append(translate(
            "Seats", "The sides are unequal: {public} to {vcs}. If the group agreed its seats this way on purpose, "
            "record its make-up (“The group's make-up…”).").format(
            public=translate("Seats", "%n public seat(s)", None, balance.public_seats),
            vcs=translate("Seats", "%n voluntary sector seat(s)", None, balance.vcs_seats)))
    if balance.filled_unequal:
        problems.append(translate("Seats", "Filled seats are out of balance today: {public} public to {vcs} "
                                           "voluntary sector.").format(public=balance.public_filled,
                                                                       vcs=balance.vcs_filled))
    if balance.gaps:
        problems.append(translate("Seats", "The seats are not as the group agreed: {differences}.").format(
            differences="; ".join(_difference(gap.sector, gap.seats, gap.intended) for gap in balance.gaps)))
    if balance.short:
        problems.append(translate("Seats", "Fewer seats filled today than the group agreed: {sectors}.").format(
            sectors="; ".join(translate("Seats", "{sector} {filled} of {intended}").format(
                sector=gap.sector.label(), filled=gap.seats, intended=gap.intended) for gap in balance.short)))
    return problems


def _difference(sector: Sector, seats: int, intended: int) -> str:
    if intended == 0:
        return translate("Seats", "{sector}: %n seat(s), none intended", None, seats).format(sector=sector.label())
    return translate("Seats", "{sector}: %n seat(s), {intended} intended", None, seats).format(
        sector=sector.label(), intended=intended)
