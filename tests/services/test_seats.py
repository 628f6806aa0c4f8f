import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from compactdesk.domain.enums import SeatFill, Sector, TermState
from compactdesk.domain.errors import ValidationError
from compactdesk.services import members, seats
from compactdesk.store.models import Seat, SeatTerm

TODAY = dt.date(2026, 3, 3)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def overview(store, today=TODAY, warning_days=60) -> dict[str, seats.SeatView]:
    return {view.title: view for view in store.run(seats.seat_overview, today, warning_days)}


@pytest.fixture
def seat(store):
    return store.run(seats.add_seat, "Cynrychiolydd y sector gwirfoddol, Ynys Môn", Sector.VCS, SeatFill.ELECTED)


@pytest.fixture
def people(store):
    return [store.run(members.add_person, name) for name in ("Llŷr Jones", "Gwenllïan Parry", "Łucja Nowak")]


def test_add_seat_keeps_fields_and_order(store):
    council = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    first = store.run(seats.add_seat, "Cabinet member", "council", "nominated", nominating_org_id=council.id,
                      notes="Portfolio: communities\nNominated each May")
    second = store.run(seats.add_seat, "BME forum seat", Sector.VCS, SeatFill.RESERVED, reserved_for="BME forum")
    found = store.run(lambda s: [(x.title, x.sector, x.fill, x.reserved_for, x.nominating_org_id, x.position, x.notes)
                                 for x in s.scalars(select(Seat).order_by(Seat.id))])
    assert found == [
        ("Cabinet member", Sector.COUNCIL, SeatFill.NOMINATED, "", council.id, 0,
         "Portfolio: communities\nNominated each May"),
        ("BME forum seat", Sector.VCS, SeatFill.RESERVED, "BME forum", None, 1, ""),
    ]
    assert [v.seat_id for v in store.run(seats.seat_overview, TODAY)] == [first.id, second.id]


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"title": "Reserved", "sector": "vcs", "fill": "reserved"}, "reserved_for", "Say who the reserved seat is for"),
    ({"title": "Reserved", "sector": "vcs", "fill": "reserved", "reserved_for": " \x00 "}, "reserved_for",
     "reserved seat"),
    ({"title": "", "sector": "vcs", "fill": "elected"}, "title", "the seat's title"),
    ({"title": "X", "sector": "parish", "fill": "elected"}, "sector", "'parish' is not a known sector"),
    ({"title": "X", "sector": "vcs", "fill": "co-opted"}, "fill", "way of filling the seat"),
    ({"title": "X", "sector": "vcs", "fill": "elected", "nominating_org_id": 77}, "nominating_org",
     "nominating organisation"),
])
def test_add_seat_refuses_bad_input(store, kwargs, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(seats.add_seat, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Seat) == 0


def test_update_seat(store, seat):
    store.run(seats.update_seat, seat.id, title="Sedd wledig", sector=Sector.VCS, fill=SeatFill.RESERVED,
              reserved_for="Rhwydwaith gwledig")
    found = store.run(lambda s: s.get(Seat, seat.id))
    assert (found.title, found.fill, found.reserved_for) == ("Sedd wledig", SeatFill.RESERVED, "Rhwydwaith gwledig")
    with pytest.raises(ValidationError, match="Say who the reserved seat is for"):
        store.run(seats.update_seat, seat.id, title="Changed", sector="vcs", fill="reserved")
    assert store.run(lambda s: s.get(Seat, seat.id).title) == "Sedd wledig"


def test_appoint_and_history_kept_in_order(store, seat, people):
    llyr, gwen, lucja = people
    store.run(seats.appoint, seat.id, gwen.id, "2024-05-01", "2025-04-30")
    store.run(seats.appoint, seat.id, llyr.id, dt.date(2022, 5, 1), dt.date(2024, 4, 30))
    store.run(seats.appoint, seat.id, lucja.id, "2025-05-01")
    history = [(t.person, t.start_on, t.end_on) for t in store.run(seats.history, seat.id)]
    assert history == [
        ("Llŷr Jones", dt.date(2022, 5, 1), dt.date(2024, 4, 30)),
        ("Gwenllïan Parry", dt.date(2024, 5, 1), dt.date(2025, 4, 30)),
        ("Łucja Nowak", dt.date(2025, 5, 1), None),
    ]
    view = overview(store)[store.run(lambda s: s.get(Seat, seat.id).title)]
    assert (view.holder, view.holder_id, view.term_start, view.term_end) == (
        "Łucja Nowak", lucja.id, dt.date(2025, 5, 1), None)
    assert view.state is TermState.FILLED and view.vacant_since is None


@pytest.mark.parametrize(("start", "end"), [
    ("2025-01-01", "2025-05-01"),  # ends on the day the other starts: days are inclusive
    ("2025-06-01", "2025-07-01"),  # inside
    ("2024-01-01", None),  # open-ended, runs over it
    ("2025-12-31", "2026-06-01"),  # starts on its last day
    ("2024-01-01", "2027-01-01"),  # covers it
])
def test_overlapping_terms_are_refused(store, seat, people, start, end):
    store.run(seats.appoint, seat.id, people[0].id, "2025-05-01", "2025-12-31")
    with pytest.raises(ValidationError) as caught:
        store.run(seats.appoint, seat.id, people[1].id, start, end)
    message = str(caught.value)
    assert "Llŷr Jones already holds this seat from 1 May 2025 to 31 December 2025" in message
    assert caught.value.field == "start_on"
    assert count(store, SeatTerm) == 1


def test_overlap_with_an_open_ended_term_says_no_end_date(store, seat, people):
    store.run(seats.appoint, seat.id, people[0].id, "2025-05-01")
    with pytest.raises(ValidationError, match="from 1 May 2025 to no end date"):
        store.run(seats.appoint, seat.id, people[1].id, "2030-01-01", "2030-12-31")


def test_back_to_back_terms_and_terms_on_other_seats_are_fine(store, seat, people):
    other = store.run(seats.add_seat, "Council seat", Sector.COUNCIL, SeatFill.NOMINATED)
    store.run(seats.appoint, seat.id, people[0].id, "2025-05-01", "2026-04-30")
    store.run(seats.appoint, seat.id, people[1].id, "2026-05-01")
    store.run(seats.appoint, other.id, people[2].id, "2025-01-01")
    assert count(store, SeatTerm) == 3


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.tuples(st.integers(0, 60), st.none() | st.integers(0, 30)),
       second=st.tuples(st.integers(0, 60), st.none() | st.integers(0, 30)))
def test_a_second_term_is_accepted_exactly_when_it_does_not_overlap(store, seat, people, first, second):
    base = dt.date(2026, 1, 1)

    def span(start, length):
        begin = base + dt.timedelta(days=start)
        return begin, None if length is None else begin + dt.timedelta(days=length)

    a_start, a_end = span(*first)
    b_start, b_end = span(*second)
    overlap = a_start <= (b_end or dt.date.max) and b_start <= (a_end or dt.date.max)
    term = store.run(seats.appoint, seat.id, people[0].id, a_start, a_end)
    try:
        try:
            second_term = store.run(seats.appoint, seat.id, people[1].id, b_start, b_end)
        except ValidationError:
            assert overlap
        else:
            assert not overlap
            store.run(seats.remove_term, second_term.id)
    finally:
        store.run(seats.remove_term, term.id)
    assert count(store, SeatTerm) == 0


@pytest.mark.parametrize(("start", "end", "field", "words"), [
    ("2026-05-01", "2026-04-30", "end_on",
     "The end of the term (30 April 2026) cannot be before its start (1 May 2026)"),
    ("2026-02-30", None, "start_on",
     "'2026-02-30' is not a date for the start of the term: February 2026 has no day 30"),
    ("", None, "start_on", "Please give the start of the term"),
    ("2026-05-01", "31/04/2027", "end_on", "April 2027 has no day 31"),
])
def test_appoint_refuses_bad_dates(store, seat, people, start, end, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(seats.appoint, seat.id, people[0].id, start, end)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, SeatTerm) == 0


def test_appoint_refuses_unknown_seat_or_person(store, seat, people):
    with pytest.raises(ValidationError, match="seat you chose is no longer in this group's records"):
        store.run(seats.appoint, 999, people[0].id, TODAY)
    with pytest.raises(ValidationError) as caught:
        store.run(seats.appoint, seat.id, 999, TODAY)
    assert caught.value.field == "person"
    with pytest.raises(ValidationError, match="Choose who is taking the seat") as caught:
        store.run(seats.appoint, seat.id, None, TODAY)
    assert caught.value.field == "person"
    assert count(store, SeatTerm) == 0


def test_change_term(store, seat, people):
    first = store.run(seats.appoint, seat.id, people[0].id, "2024-05-01", "2025-04-30")
    second = store.run(seats.appoint, seat.id, people[1].id, "2025-05-01", "2026-04-30")
    # Moving a term within its own dates is not an overlap with itself.
    store.run(seats.change_term, second.id, "2025-06-01", "2026-05-31")
    with pytest.raises(ValidationError, match="Llŷr Jones already holds this seat"):
        store.run(seats.change_term, second.id, "2025-04-01", "2026-05-31")
    with pytest.raises(ValidationError, match="cannot be before"):
        store.run(seats.change_term, first.id, "2024-05-01", "2024-04-01")
    terms = [(t.start_on, t.end_on) for t in store.run(seats.history, seat.id)]
    assert terms == [(dt.date(2024, 5, 1), dt.date(2025, 4, 30)), (dt.date(2025, 6, 1), dt.date(2026, 5, 31))]


def test_remove_term(store, seat, people):
    term = store.run(seats.appoint, seat.id, people[0].id, "2025-05-01")
    store.run(seats.remove_term, term.id)
    assert count(store, SeatTerm) == 0
    with pytest.raises(ValidationError, match="term you chose is no longer in this group's records"):
        store.run(seats.remove_term, term.id)
    with pytest.raises(ValidationError, match="seat you chose"):
        store.run(seats.history, 999)


def test_vacancy_and_vacant_since(store, people):
    never = store.run(seats.add_seat, "Never filled", Sector.VCS, SeatFill.ELECTED)
    lapsed = store.run(seats.add_seat, "Lapsed", Sector.VCS, SeatFill.ELECTED)
    future = store.run(seats.add_seat, "Filled from next month", Sector.COUNCIL, SeatFill.NOMINATED)
    store.run(seats.appoint, lapsed.id, people[0].id, "2023-05-01", "2024-04-30")
    store.run(seats.appoint, lapsed.id, people[1].id, "2024-05-01", "2026-01-31")
    store.run(seats.appoint, future.id, people[2].id, "2026-04-01")
    views = overview(store)
    assert views["Never filled"].state is TermState.VACANT and views["Never filled"].vacant_since is None
    assert views["Lapsed"].state is TermState.VACANT
    assert views["Lapsed"].vacant_since == dt.date(2026, 2, 1)  # the day after the last term ended
    assert views["Lapsed"].holder is None and views["Lapsed"].term_end is None
    assert views["Filled from next month"].state is TermState.VACANT
    assert overview(store, dt.date(2026, 4, 1))["Filled from next month"].holder == "Łucja Nowak"
    assert never.id and future.id


def test_a_term_ending_today_still_holds_and_is_ending_soon(store, seat, people):
    store.run(seats.appoint, seat.id, people[0].id, "2025-05-01", TODAY)
    title = store.run(lambda s: s.get(Seat, seat.id).title)
    view = overview(store)[title]
    assert (view.holder, view.state) == ("Llŷr Jones", TermState.ENDING_SOON)
    after = overview(store, TODAY + dt.timedelta(days=1))[title]
    assert (after.holder, after.state, after.vacant_since) == (None, TermState.VACANT, TODAY + dt.timedelta(days=1))


def test_ending_soon_uses_the_warning_window(store, seat, people):
    store.run(seats.appoint, seat.id, people[0].id, "2025-05-01", TODAY + dt.timedelta(days=60))
    title = store.run(lambda s: s.get(Seat, seat.id).title)
    assert overview(store)[title].state is TermState.ENDING_SOON
    assert overview(store, warning_days=59)[title].state is TermState.FILLED


def test_sector_balance(store, people):
    made = [store.run(seats.add_seat, f"Seat {i}", sector, SeatFill.NOMINATED)
            for i, sector in enumerate([Sector.COUNCIL, Sector.COUNCIL, Sector.HEALTH, Sector.VCS, Sector.VCS,
                                        Sector.VCS])]
    store.run(seats.appoint, made[0].id, people[0].id, "2025-01-01")
    store.run(seats.appoint, made[2].id, people[1].id, "2025-01-01", "2025-12-31")  # lapsed
    store.run(seats.appoint, made[3].id, people[2].id, "2025-01-01")
    store.run(seats.appoint, made[4].id, people[0].id, "2025-01-01")
    balance = store.run(seats.balance, TODAY)
    assert (balance.public_seats, balance.public_filled, balance.vcs_seats, balance.vcs_filled) == (3, 1, 3, 2)
    assert balance.by_sector == {Sector.COUNCIL: 2, Sector.HEALTH: 1, Sector.VCS: 3}
    earlier = store.run(seats.balance, dt.date(2025, 6, 1))
    assert earlier.public_filled == 2


def test_history_rows_outlive_the_session_and_name_the_seat(store, seat, people):
    term = store.run(seats.appoint, seat.id, people[2].id, "2025-05-01", "2027-04-30")
    (row,) = store.run(seats.history, seat.id)
    assert row == seats.TermView(term.id, seat.id, "Cynrychiolydd y sector gwirfoddol, Ynys Môn", people[2].id,
                                 "Łucja Nowak", dt.date(2025, 5, 1), dt.date(2027, 4, 30))
    assert store.run(seats.term_view, term.id) == row
    with pytest.raises(ValidationError, match="term you chose is no longer in this group's records"):
        store.run(seats.term_view, 999)


def test_overview_names_the_nominating_body_the_current_term_and_how_many_terms(store, seat, people):
    council = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    cabinet = store.run(seats.add_seat, "Cabinet member", Sector.COUNCIL, SeatFill.NOMINATED,
                        nominating_org_id=council.id)
    store.run(seats.appoint, seat.id, people[0].id, "2023-05-01", "2025-04-30")
    current = store.run(seats.appoint, seat.id, people[1].id, "2025-05-01")
    views = {view.seat_id: view for view in store.run(seats.seat_overview, TODAY)}
    assert (views[seat.id].term_id, views[seat.id].terms, views[seat.id].nominated_by) == (current.id, 2, "")
    assert (views[cabinet.id].term_id, views[cabinet.id].terms, views[cabinet.id].nominated_by) == (
        None, 0, "Cyngor Sir Ynys Môn")


def test_seat_detail(store):
    council = store.run(members.add_organisation, "Cyngor Gwynedd", Sector.COUNCIL)
    made = store.run(seats.add_seat, "Sedd y Cyngor", Sector.COUNCIL, SeatFill.NOMINATED, nominating_org_id=council.id,
                     notes="Enwebir bob mis Mai 🗳️")
    assert store.run(seats.seat_detail, made.id) == seats.SeatDetail(
        made.id, "Sedd y Cyngor", Sector.COUNCIL, SeatFill.NOMINATED, "", council.id, "Enwebir bob mis Mai 🗳️")
    with pytest.raises(ValidationError, match="seat you chose is no longer in this group's records"):
        store.run(seats.seat_detail, 999)


def test_delete_a_seat_never_held(store, seat):
    store.run(seats.delete_seat, seat.id)
    assert count(store, Seat) == 0
    with pytest.raises(ValidationError, match="seat you chose is no longer in this group's records"):
        store.run(seats.delete_seat, seat.id)


def test_a_seat_with_terms_is_not_deleted_with_its_history(store, seat, people):
    store.run(seats.appoint, seat.id, people[0].id, "2023-05-01", "2025-04-30")
    store.run(seats.appoint, seat.id, people[1].id, "2025-05-01")
    with pytest.raises(ValidationError) as caught:
        store.run(seats.delete_seat, seat.id)
    assert "Cynrychiolydd y sector gwirfoddol, Ynys Môn has a history of 2 terms" in str(caught.value)
    assert "remove its terms first" in str(caught.value)
    assert (count(store, Seat), count(store, SeatTerm)) == (1, 2)


def test_a_seat_added_after_a_delete_goes_last(store):
    first, second, third = (store.run(seats.add_seat, f"Seat {n}", Sector.VCS, SeatFill.ELECTED) for n in range(3))
    store.run(seats.delete_seat, second.id)
    fourth = store.run(seats.add_seat, "Seat 3", Sector.VCS, SeatFill.ELECTED)
    assert [v.seat_id for v in store.run(seats.seat_overview, TODAY)] == [first.id, third.id, fourth.id]
    assert store.run(lambda s: s.get(Seat, fourth.id).position) == 3


# --- a seat's brief, and a vacancy's day and reason (issue 21) ----------------------------------------------------

ELECTION = dt.date(2027, 5, 4)
AWAITING = "Awaiting nomination after the election"


def test_the_seat_for_social_services_vacant_since_the_election_on_4_may_awaiting_nomination(store, people):
    """Entered as in the county's case: the cabinet member for social services stood down at the election; the
    secretary records the seat's brief, then the vacancy with its day and reason; in July the council nominates."""
    seat = store.run(seats.add_seat, "Cabinet member", Sector.COUNCIL, SeatFill.NOMINATED,
                     brief="Social services and\nlifelong learning")
    store.run(seats.appoint, seat.id, people[0].id, "2023-05-05", "2027-05-03")
    store.run(seats.update_seat, seat.id, title="Cabinet member", sector=Sector.COUNCIL, fill=SeatFill.NOMINATED,
              vacancy_on="04/05/2027", vacancy_reason=AWAITING)

    (before,) = store.run(seats.seat_overview, dt.date(2027, 4, 20))
    assert (before.holder, before.vacant_since, before.vacancy_reason) == ("Llŷr Jones", None, "")
    assert before.brief == "Social services and lifelong learning"  # a brief is one line, however pasted
    (after,) = store.run(seats.seat_overview, dt.date(2027, 6, 1))
    assert (after.state, after.vacant_since, after.vacancy_reason) == (TermState.VACANT, ELECTION, AWAITING)
    detail = store.run(seats.seat_detail, seat.id, dt.date(2027, 6, 1))
    assert (detail.brief, detail.vacancy_on, detail.vacancy_reason, detail.empty_since) == (
        "Social services and lifelong learning", ELECTION, AWAITING, ELECTION)
    assert store.run(seats.seat_detail, seat.id, dt.date(2027, 4, 20)).empty_since is None  # still held

    store.run(seats.appoint, seat.id, people[1].id, "2027-07-01", "2028-03-31")
    (waiting,) = store.run(seats.seat_overview, dt.date(2027, 6, 30))  # the nominee starts tomorrow
    assert (waiting.vacant_since, waiting.vacancy_reason) == (ELECTION, AWAITING)
    (filled,) = store.run(seats.seat_overview, dt.date(2027, 7, 1))
    assert (filled.holder, filled.vacant_since, filled.vacancy_reason) == ("Gwenllïan Parry", None, "")
    # After the next term ends, the old reason is not the new vacancy's: that runs from the day after the term.
    (later,) = store.run(seats.seat_overview, dt.date(2028, 5, 1))
    assert (later.vacant_since, later.vacancy_reason) == (dt.date(2028, 4, 1), "")
    # The form no longer offers the filled vacancy; the record keeps what was typed until it is saved again.
    detail = store.run(seats.seat_detail, seat.id, dt.date(2028, 5, 1))
    assert (detail.vacancy_on, detail.vacancy_reason, detail.empty_since) == (None, "", dt.date(2028, 4, 1))
    assert store.run(seats.seat_detail, seat.id).vacancy_on == ELECTION


def test_an_update_that_leaves_out_the_brief_and_vacancy_keeps_them(store):
    seat = store.run(seats.add_seat, "Lifelong learning seat", Sector.EDUCATION, SeatFill.NOMINATED,
                     brief="Lifelong learning", vacancy_on=dt.date(2027, 1, 10), vacancy_reason="New seat")
    store.run(seats.update_seat, seat.id, title="Lifelong learning", sector=Sector.EDUCATION, fill="nominated")
    detail = store.run(seats.seat_detail, seat.id)
    assert (detail.title, detail.brief, detail.vacancy_on, detail.vacancy_reason) == (
        "Lifelong learning", "Lifelong learning", dt.date(2027, 1, 10), "New seat")
    store.run(seats.update_seat, seat.id, title="Lifelong learning", sector=Sector.EDUCATION, fill="nominated",
              brief="", vacancy_on=None, vacancy_reason="")
    detail = store.run(seats.seat_detail, seat.id)
    assert (detail.brief, detail.vacancy_on, detail.vacancy_reason) == ("", None, "")


def test_a_vacancy_reason_needs_its_day_and_a_held_day_is_no_vacancy(store, people):
    seat = store.run(seats.add_seat, "Health board", Sector.HEALTH, SeatFill.NOMINATED)
    store.run(seats.appoint, seat.id, people[2].id, "2025-04-01")
    change = {"title": "Health board", "sector": "health", "fill": "nominated"}
    with pytest.raises(ValidationError) as caught:
        store.run(seats.update_seat, seat.id, **change, vacancy_reason="Trust merging")
    assert caught.value.field == "vacancy_on" and "Say since when the seat has been vacant" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        store.run(seats.update_seat, seat.id, **change, vacancy_on="01/06/2026", vacancy_reason="Trust merging")
    assert caught.value.field == "vacancy_on"
    assert str(caught.value) == ("Łucja Nowak holds the seat on 1 June 2026 (the term from 1 April 2025 to no end "
                                 "date). A vacancy starts after a term ends: give a later day, or end the term first.")
    with pytest.raises(ValidationError, match="Not a date|day first|cannot read|is not"):
        store.run(seats.update_seat, seat.id, **change, vacancy_on="31/02/2027")
    with pytest.raises(ValidationError) as caught:
        store.run(seats.add_seat, "X", "vcs", "elected", vacancy_on="2027-01-01", vacancy_reason="x" * 301)
    assert caught.value.field == "vacancy_reason"
    assert store.run(seats.seat_detail, seat.id).vacancy_reason == ""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(brief=st.text(max_size=80), reason=st.text(max_size=80))
def test_any_brief_and_reason_a_person_types_is_kept_clean(store, brief, reason):
    from compactdesk.domain.text import clean

    if not clean(reason):
        reason = "Disgwyl enwebiad ar ôl yr etholiad ŵ ŷ 🗳️"
    seat = store.run(seats.add_seat, "Sedd", "vcs", "elected", brief=brief, vacancy_on=ELECTION,
                     vacancy_reason=reason)
    detail = store.run(seats.seat_detail, seat.id)
    assert (detail.brief, detail.vacancy_reason) == (clean(brief), clean(reason))
    (view,) = [v for v in store.run(seats.seat_overview, dt.date(2027, 6, 1)) if v.seat_id == seat.id]
    assert (view.vacant_since, view.vacancy_reason) == (ELECTION, clean(reason))
