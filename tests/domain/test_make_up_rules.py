"""The balance against the group's intended make-up, and a vacancy's day and reason (issue 21): pure rules."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.domain.enums import Sector
from compactdesk.domain.rules import SectorGap, make_up_gaps, sector_balance, vacancy, vacancy_over

SETTINGS = settings(max_examples=300, deadline=None)
seat_lists = st.lists(st.tuples(st.sampled_from(list(Sector)), st.booleans()), max_size=40)
make_ups = st.dictionaries(st.sampled_from(list(Sector)), st.integers(min_value=0, max_value=99))


def counts(seats) -> dict[Sector, int]:
    found: dict[Sector, int] = {}
    for sector, _ in seats:
        found[sector] = found.get(sector, 0) + 1
    return found


@SETTINGS
@given(seat_lists)
def test_a_make_up_equal_to_the_seats_there_are_never_warns_about_them(seats):
    balance = sector_balance(seats, counts(seats))
    assert balance.gaps == () and not balance.sides_unequal
    # …and with every seat filled, about nothing at all.
    assert sector_balance([(sector, True) for sector, _ in seats], counts(seats)).as_intended


@SETTINGS
@given(seat_lists, make_ups)
def test_the_gaps_are_exactly_the_sectors_that_differ(seats, intended):
    balance = sector_balance(seats, intended)
    have = counts(seats)
    if not any(intended.values()):  # nothing agreed: the usual parity, by side
        assert balance.parity and balance.gaps == () and balance.short == ()
        assert balance.sides_unequal == (balance.public_seats != balance.vcs_seats)
        return
    assert not balance.sides_unequal and not balance.filled_unequal  # parity is not asked for
    assert {gap.sector for gap in balance.gaps} == {
        sector for sector in Sector if have.get(sector, 0) != intended.get(sector, 0)}
    assert all(gap.seats == have.get(gap.sector, 0) and gap.intended == intended.get(gap.sector, 0)
               for gap in balance.gaps)
    assert [gap.sector for gap in balance.gaps] == sorted((gap.sector for gap in balance.gaps), key=list(Sector).index)
    for gap in balance.short:  # a seat of those agreed stands empty
        assert gap.seats < min(have[gap.sector], intended[gap.sector])


def test_2_2_2_on_purpose_and_4_2_against_it():
    two_two_two = {Sector.COUNCIL: 2, Sector.HEALTH: 2, Sector.VCS: 2}
    built = [(Sector.COUNCIL, True), (Sector.COUNCIL, True), (Sector.HEALTH, True), (Sector.HEALTH, True),
             (Sector.VCS, True), (Sector.VCS, True)]
    assert sector_balance(built).sides_unequal  # under parity: 4 to 2
    assert sector_balance(built, two_two_two).as_intended
    four_two = [(Sector.COUNCIL, True), (Sector.COUNCIL, False), (Sector.COUNCIL, False), (Sector.COUNCIL, True),
                (Sector.VCS, True), (Sector.VCS, True)]
    balance = sector_balance(four_two, two_two_two)
    assert balance.gaps == (SectorGap(Sector.COUNCIL, 4, 2), SectorGap(Sector.HEALTH, 0, 2))
    assert balance.short == ()  # two council seats of the two agreed are filled
    balance = sector_balance(four_two[1:], two_two_two)
    assert balance.short == (SectorGap(Sector.COUNCIL, 1, 2),)


def test_no_make_up_gives_no_gaps():
    assert make_up_gaps({Sector.COUNCIL: 3}, {}) == ()
    assert make_up_gaps({Sector.COUNCIL: 3}, {Sector.VCS: 3}) == (SectorGap(Sector.COUNCIL, 3, 0),
                                                                  SectorGap(Sector.VCS, 0, 3))


D = dt.date
ELECTION = D(2027, 5, 4)
ENDED_AT_ELECTION = [(D(2023, 5, 5), D(2027, 5, 3))]


def test_the_seat_for_social_services_vacant_since_the_election_awaiting_nomination():
    reason = "awaiting nomination after the election"
    # Before the election the councillor holds the seat: no vacancy yet, though its day is known.
    assert vacancy(D(2027, 4, 1), ENDED_AT_ELECTION, typed_on=ELECTION, reason=reason) == (None, "")
    assert vacancy(D(2027, 6, 1), ENDED_AT_ELECTION, typed_on=ELECTION, reason=reason) == (ELECTION, reason)
    # The typed day wins over the day after the term ended, even a later one.
    assert vacancy(D(2027, 6, 1), [(D(2023, 5, 5), D(2027, 4, 30))], typed_on=ELECTION, reason=reason) == (
        ELECTION, reason)
    # Filled again on 1 July: held, and after that term the old reason never returns.
    refilled = [*ENDED_AT_ELECTION, (D(2027, 7, 1), D(2028, 3, 31))]
    assert vacancy(D(2027, 8, 1), refilled, typed_on=ELECTION, reason=reason) == (None, "")
    assert vacancy(D(2028, 6, 1), refilled, typed_on=ELECTION, reason=reason) == (D(2028, 4, 1), "")
    # A nominee due to start later leaves the vacancy and its reason standing until then.
    nominee = [*ENDED_AT_ELECTION, (D(2027, 7, 1), None)]
    assert vacancy(D(2027, 6, 30), nominee, typed_on=ELECTION, reason=reason) == (ELECTION, reason)


def test_without_a_typed_day_the_vacancy_runs_from_the_day_after_the_last_term():
    assert vacancy(D(2027, 6, 1), ENDED_AT_ELECTION) == (D(2027, 5, 4), "")
    assert vacancy(D(2027, 6, 1), []) == (None, "")  # never filled
    assert vacancy(D(2027, 6, 1), [], typed_on=D(2027, 1, 10), reason="new seat") == (D(2027, 1, 10), "new seat")
    # A typed day still to come is not today's vacancy.
    assert vacancy(D(2027, 4, 1), [(D(2020, 1, 1), D(2027, 3, 1))], typed_on=ELECTION, reason="x") == (
        D(2027, 3, 2), "")


days = st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 12, 31))
terms = st.lists(st.tuples(days, st.none() | days).map(lambda t: (t[0], t[1] if t[1] is None or t[1] >= t[0]
                                                                 else t[0])), max_size=5)


@SETTINGS
@given(today=days, held=terms, typed=st.none() | days, reason=st.text(max_size=5))
def test_a_typed_vacancy_is_shown_only_while_the_seat_has_stayed_empty_since(today, held, typed, reason):
    since, why = vacancy(today, held, typed_on=typed, reason=reason)
    if any(start <= today and (end is None or today <= end) for start, end in held):
        assert (since, why) == (None, "")
    elif typed is not None and typed <= today and not any(
            start <= today and (end is None or end >= typed) for start, end in held):
        assert (since, why) == (typed, reason)
        assert not vacancy_over(today, held, typed)
    else:
        assert why == "" and (since is None or since <= today)
