"""The group's intended make-up (issue 21): "Parity is assumed. A group built 2+2+2 across three sectors on purpose
gets a permanent 'the sides are unequal' warning." Entered as the secretary would, and read back in words."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from compactdesk import i18n
from compactdesk.domain.enums import SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import make_up, members, seats
from compactdesk.store.models import IntendedSeats

TODAY = dt.date(2027, 3, 1)
SINCE = dt.date(2026, 5, 1)


def build(store, sectors, *, filled=None) -> list[int]:
    """Seats in these sectors, each held since May 2026 unless `filled` (one flag a seat) says otherwise."""
    made = []
    for n, sector in enumerate(sectors):
        seat = store.run(seats.add_seat, f"{sector.label()} seat {n + 1}", sector, SeatFill.NOMINATED)
        if filled is None or filled[n]:
            person = store.run(members.add_person, f"Member {n + 1} for {sector.label()}")
            store.run(seats.appoint, seat.id, person.id, SINCE)
        made.append(seat.id)
    return made


def warnings(store, today=TODAY) -> list[str]:
    return make_up.balance_warnings(store.run(seats.balance, today))


TWO_TWO_TWO = {Sector.COUNCIL: 2, Sector.HEALTH: 2, Sector.VCS: 2}


def test_a_group_built_2_2_2_on_purpose_council_health_voluntary_gives_no_warning(store):
    build(store, [Sector.COUNCIL, Sector.COUNCIL, Sector.HEALTH, Sector.HEALTH, Sector.VCS, Sector.VCS])
    unequal, filled = warnings(store)  # before the make-up is recorded: the usual parity, 4 public to 2
    assert unequal.startswith("The sides are unequal: 4 public seats to 2 voluntary sector seats.")
    assert "record its make-up" in unequal
    assert filled == "Filled seats are out of balance today: 4 public to 2 voluntary sector."

    agreed = store.run(make_up.set_make_up, {"council": 2, "health": 2, "vcs": 2})
    assert agreed.intended == TWO_TWO_TWO and not agreed.parity
    assert agreed.seats == {**{sector: 0 for sector in Sector}, **TWO_TWO_TWO}
    assert warnings(store) == []
    balance = store.run(seats.balance, TODAY)
    assert balance.as_intended and not balance.sides_unequal and balance.intended == TWO_TWO_TWO


def test_a_4_2_group_against_2_2_2_warns_about_council(store):
    """Two health seats became council seats when the PCT went; the group's agreement still says 2+2+2."""
    build(store, [Sector.COUNCIL] * 4 + [Sector.VCS] * 2)
    store.run(make_up.set_make_up, TWO_TWO_TWO)
    assert warnings(store) == [
        "The seats are not as the group agreed: Council: 4 seats, 2 intended; Health: 0 seats, 2 intended."]


def test_a_seat_in_a_sector_the_make_up_leaves_out_and_one_agreed_at_none(store):
    build(store, [Sector.COUNCIL, Sector.POLICE, Sector.FIRE, Sector.VCS, Sector.VCS])
    store.run(make_up.set_make_up, {Sector.COUNCIL: 1, Sector.POLICE: 0, Sector.VCS: 2})
    assert warnings(store) == ["The seats are not as the group agreed: Police: 1 seat, none intended; "
                               "Fire and rescue: 1 seat, none intended."]
    assert store.run(make_up.make_up).intended == {Sector.COUNCIL: 1, Sector.VCS: 2}  # none intended: no row


def test_a_vacancy_against_the_make_up_says_which_sector_is_short_today(store):
    """Health's second seat awaits a nominee from the new trust; the seats are as agreed, the filled ones not."""
    build(store, [Sector.COUNCIL, Sector.COUNCIL, Sector.HEALTH, Sector.HEALTH, Sector.VCS, Sector.VCS],
          filled=[True, True, True, False, True, True])
    store.run(make_up.set_make_up, TWO_TWO_TWO)
    assert warnings(store) == ["Fewer seats filled today than the group agreed: Health 1 of 2."]
    balance = store.run(seats.balance, TODAY)
    assert not balance.gaps and not balance.filled_unequal and not balance.as_intended


def test_parity_warns_about_filled_seats_as_before(store):
    build(store, [Sector.COUNCIL, Sector.COUNCIL, Sector.VCS, Sector.VCS], filled=[True, True, True, False])
    assert warnings(store) == ["Filled seats are out of balance today: 2 public to 1 voluntary sector."]


def test_equal_sides_again_clears_the_make_up(store):
    build(store, [Sector.COUNCIL, Sector.HEALTH, Sector.VCS, Sector.VCS])
    store.run(make_up.set_make_up, {Sector.COUNCIL: 1, Sector.HEALTH: 1, Sector.VCS: 2})
    back = store.run(make_up.clear_make_up)
    assert back.parity and back.intended == {}
    assert store.run(lambda s: s.scalar(select(func.count()).select_from(IntendedSeats))) == 0
    assert warnings(store) == []  # 2 public to 2 voluntary: parity holds
    store.run(make_up.set_make_up, {Sector.COUNCIL: 3, Sector.VCS: 3})
    assert store.run(make_up.set_make_up, {}).parity
    store.run(make_up.set_make_up, {Sector.COUNCIL: 3, Sector.VCS: 3})
    assert store.run(make_up.set_make_up, {Sector.COUNCIL: 0, Sector.VCS: 0}).parity  # none anywhere: nothing agreed


def test_the_same_make_up_again_changes_nothing_and_is_no_undo_step(store):
    _, first = store.run_recorded(make_up.set_make_up, TWO_TWO_TWO)
    assert first
    _, again = store.run_recorded(make_up.set_make_up, {"vcs": 2, "health": 2, "council": 2, "police": 0})
    assert not again


def test_the_make_up_is_undone_in_one_step(store):
    store.run(make_up.set_make_up, TWO_TWO_TWO)
    _, change = store.run_recorded(make_up.set_make_up, {Sector.COUNCIL: 3, Sector.VCS: 3})
    store.apply(change)
    assert store.run(make_up.make_up).intended == TWO_TWO_TWO


@pytest.mark.parametrize(("given", "field", "words"), [
    ({"parish": 2, "vcs": 2}, "sector", "'parish' is not a known sector"),
    ({"council": -1, "vcs": 2}, "council", "The seats intended for Council must be between 0 and 99."),
    ({"council": 100, "vcs": 2}, "council", "between 0 and 99"),
    ({"council": 2.5, "vcs": 2}, "council", "The seats intended for Council must be a whole number."),
    ({"council": "two", "vcs": 2}, "council", "must be a whole number"),
    ({"council": 2, "health": 2}, "vcs", "give the voluntary and community sector at least one seat"),
    ({"vcs": 4}, "council", "give at least one public body's sector a seat"),
    ([("council", 2)], "make_up", "Give the number of seats intended for each sector."),
])
def test_a_make_up_that_cannot_be_is_refused_with_what_to_do(store, given, field, words):
    store.run(make_up.set_make_up, TWO_TWO_TWO)
    with pytest.raises(ValidationError) as caught:
        store.run(make_up.set_make_up, given)
    assert caught.value.field == field and words in str(caught.value)
    assert store.run(make_up.make_up).intended == TWO_TWO_TWO  # nothing changed


def test_the_make_up_in_words_for_the_review_and_the_handover(store):
    assert make_up.describe_make_up(store.run(make_up.make_up)) == (
        "Equal seats for the public bodies and the voluntary and community sector (the usual parity)")
    agreed = store.run(make_up.set_make_up, {Sector.VCS: 2, Sector.HEALTH: 1, Sector.COUNCIL: 2})
    assert make_up.describe_make_up(agreed) == (
        "Council: 2 seats; Health: 1 seat; Voluntary and community sector: 2 seats")


def test_the_warnings_speak_the_language_in_force(store):
    build(store, [Sector.COUNCIL] * 3 + [Sector.VCS] * 2)
    store.run(make_up.set_make_up, {Sector.COUNCIL: 2, Sector.VCS: 2})
    words = {"The seats are not as the group agreed: {differences}.": "Nid yw'r seddi fel y cytunodd y grŵp: "
             "{differences}.", "{sector}: %n seat(s), {intended} intended": "{sector}: %n sedd, {intended} yn fwriad",
             "Council": "Cyngor"}
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: words.get(text, ""))
    try:
        with i18n.speaking(i18n.WELSH):
            said = warnings(store)
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)
    assert said == ["Nid yw'r seddi fel y cytunodd y grŵp: Cyngor: 3 sedd, 2 yn fwriad."]
