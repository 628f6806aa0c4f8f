"""The compact's lead councillor (the portfolio holder) and lead officer, each with a dated history, on a real
store, as a secretary would enter them."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.domain.enums import LeadRole, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import leads, members
from compactdesk.store.models import CompactLead

TODAY = dt.date(2026, 11, 24)
COUNCILLOR, OFFICER = LeadRole.COUNCILLOR, LeadRole.OFFICER


@pytest.fixture
def people(store):
    council = store.run(members.add_organisation, "Northern City Council", Sector.COUNCIL).id
    cvs = store.run(members.add_organisation, "City CVS", Sector.VCS).id
    names = {"leader": ("Cllr Ann Leader", council), "deputy": ("Cllr Rhodri Ŵyn", council),
             "grants": ("Tomasz Żółć", council), "policy": ("Nia Jones", council), "acting": ("Pat Acting", council),
             "cvs": ("Siân CVS", cvs), "nobody": ("Bob Freelance", None)}
    return {key: store.run(members.add_person, name, organisation_id=org).id for key, (name, org) in names.items()}


def history(store, role, today=TODAY):
    return [(row.person, row.on, row.note, row.current, row.planned) for row in store.run(leads.lead_history, role,
                                                                                           today)]


def refused(store, service, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        store.run(service, *args, **kwargs)
    return caught.value


def test_nothing_recorded_is_nobody_in_either_role(store):
    now = store.run(leads.leads_now, TODAY)
    assert [(lead.role, lead.person_id, lead.person, lead.since, lead.next_change) for lead in now] == [
        (COUNCILLOR, None, "", None, None), (OFFICER, None, "", None, None)]
    assert store.run(leads.lead_history, COUNCILLOR, TODAY) == []
    assert store.run(leads.lead_changes_in, dt.date(2000, 1, 1), dt.date(2100, 1, 1)) == []


def test_the_leader_of_the_council_holds_the_portfolio_and_a_lead_officer_came_into_post_after_the_launch(store, people):
    """Seed 002: "The Compact is a portfolio responsibility of the leader of the council"; "the lead officer came
    into post just after the launch of the Compact in 2000"."""
    store.run(leads.set_lead, COUNCILLOR, people["leader"], "15/01/2001", "The leader holds the compact's portfolio.")
    store.run(leads.set_lead, "lead_officer", people["grants"], "01/05/2000", "In post after the launch.")
    councillor, officer = store.run(leads.leads_now, TODAY)
    assert (councillor.person, councillor.organisation, councillor.since) == ("Cllr Ann Leader",
                                                                            "Northern City Council",
                                                                            dt.date(2001, 1, 15))
    assert (officer.person, officer.since, officer.next_change) == ("Tomasz Żółć", dt.date(2000, 5, 1), None)
    assert history(store, OFFICER) == [("Tomasz Żółć", dt.date(2000, 5, 1), "In post after the launch.", True, False)]


def test_the_lead_officer_changing_three_times_in_seven_months(store, people):
    store.run(leads.set_lead, OFFICER, people["grants"], "01/04/2024")
    store.run(leads.set_lead, OFFICER, people["policy"], "03/03/2026", "Tomasz moved to procurement.")
    store.run(leads.set_lead, OFFICER, None, "30/04/2026", "Nia left; post empty.")
    store.run(leads.set_lead, OFFICER, people["acting"], "22/09/2026", "Acting lead officer.")
    assert history(store, OFFICER) == [
        ("Pat Acting", dt.date(2026, 9, 22), "Acting lead officer.", True, False),
        ("", dt.date(2026, 4, 30), "Nia left; post empty.", False, False),
        ("Nia Jones", dt.date(2026, 3, 3), "Tomasz moved to procurement.", False, False),
        ("Tomasz Żółć", dt.date(2024, 4, 1), "", False, False),
    ]
    found = store.run(leads.lead_changes_in, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(row.role, row.from_person, row.to_person, row.on) for row in found] == [
        (OFFICER, "Tomasz Żółć", "Nia Jones", dt.date(2026, 3, 3)),
        (OFFICER, "Nia Jones", "", dt.date(2026, 4, 30)),
        (OFFICER, "", "Pat Acting", dt.date(2026, 9, 22)),
    ]
    assert (found[1].to_person_id, found[2].from_person_id) == (None, None)
    # On a day in the gap the role stood empty.
    officer = store.run(leads.leads_now, dt.date(2026, 6, 1))[1]
    assert (officer.person_id, officer.since, officer.next_change) == (None, dt.date(2026, 4, 30),
                                                                       dt.date(2026, 9, 22))


def test_a_new_portfolio_holder_after_the_may_elections_can_be_entered_ahead_and_is_planned(store, people):
    store.run(leads.set_lead, COUNCILLOR, people["leader"], "01/06/2022")
    store.run(leads.set_lead, COUNCILLOR, people["deputy"], "08/05/2027", "After the elections.")
    councillor = store.run(leads.leads_now, TODAY)[0]
    assert (councillor.person, councillor.next_change) == ("Cllr Ann Leader", dt.date(2027, 5, 8))
    assert history(store, COUNCILLOR) == [("Cllr Rhodri Ŵyn", dt.date(2027, 5, 8), "After the elections.", False, True),
                                         ("Cllr Ann Leader", dt.date(2022, 6, 1), "", True, False)]
    assert store.run(leads.leads_now, dt.date(2027, 5, 8))[0].person == "Cllr Rhodri Ŵyn"


def test_changes_may_be_entered_in_any_order_as_a_year_is_caught_up(store, people):
    store.run(leads.set_lead, COUNCILLOR, people["deputy"], "10/10/2025")
    store.run(leads.set_lead, COUNCILLOR, people["leader"], "01/01/2025")
    assert store.run(leads.leads_now, TODAY)[0].person == "Cllr Rhodri Ŵyn"
    (change,) = store.run(leads.lead_changes_in, dt.date(2025, 10, 10), dt.date(2025, 10, 10))
    assert (change.from_person, change.to_person) == ("Cllr Ann Leader", "Cllr Rhodri Ŵyn")


def test_anyone_may_be_named_whatever_their_organisation(store, people):
    store.run(leads.set_lead, COUNCILLOR, people["cvs"], "01/01/2026")
    store.run(leads.set_lead, OFFICER, people["nobody"], "01/01/2026")
    assert [lead.person for lead in store.run(leads.leads_now, TODAY)] == ["Siân CVS", "Bob Freelance"]


def test_what_would_change_nothing_is_refused_with_what_to_do(store, people):
    store.run(leads.set_lead, COUNCILLOR, people["leader"], "01/01/2025")
    error = refused(store, leads.set_lead, COUNCILLOR, people["leader"], "01/06/2025")
    assert (error.field, str(error)) == ("person", "Cllr Ann Leader is already the compact's lead councillor on "
                                                   "1 June 2025 (since 1 January 2025). Choose someone else, or check "
                                                   "the day.")
    error = refused(store, leads.set_lead, OFFICER, None, "01/06/2025")
    assert (error.field, str(error)) == ("person", "Nobody is the compact's lead officer on 1 June 2025, so the role "
                                                   "cannot fall empty then. Choose who takes it on.")
    error = refused(store, leads.set_lead, COUNCILLOR, people["deputy"], "01/01/2025")
    assert (error.field, str(error)) == ("on", "There is already a change of the compact's lead councillor on "
                                               "1 January 2025. Correct that one instead, or give another day.")
    assert refused(store, leads.set_lead, "chair", people["deputy"], "01/01/2025").field == "role"
    assert refused(store, leads.set_lead, COUNCILLOR, 987654, "01/01/2026").field == "person"
    assert refused(store, leads.set_lead, COUNCILLOR, people["deputy"], "").field == "on"
    assert refused(store, leads.set_lead, COUNCILLOR, people["deputy"], "31/02/2026").field == "on"
    assert refused(store, leads.set_lead, COUNCILLOR, people["deputy"], "01/01/2301").field == "on"
    assert refused(store, leads.update_lead_change, 987654, people["deputy"], "01/01/2026")
    assert refused(store, leads.remove_lead_change, 987654)
    # A day before the same person's own change: that change's day wants correcting instead.
    error = refused(store, leads.set_lead, COUNCILLOR, people["leader"], "31/12/2024")
    assert (error.field, str(error)) == ("on", "The next change, on 1 January 2025, already makes Cllr Ann Leader "
                                               "the compact's lead councillor. To move that day, correct that change "
                                               "instead.")
    store.run(leads.set_lead, COUNCILLOR, None, "01/03/2026")
    assert str(refused(store, leads.set_lead, COUNCILLOR, None, "01/02/2026")) == (
        "The next change, on 1 March 2026, already leaves the role empty. To move that day, correct that change "
        "instead.")
    # The same person in the other role is no clash.
    store.run(leads.set_lead, OFFICER, people["leader"], "01/01/2025")


def test_correcting_and_removing_a_change(store, people):
    first = store.run(leads.set_lead, OFFICER, people["grants"], "01/04/2024")
    wrong = store.run(leads.set_lead, OFFICER, people["acting"], "03/03/2026", "Typo")
    store.run(leads.update_lead_change, wrong.id, people["policy"], "04/03/2026", "Nia took over.")
    assert history(store, OFFICER)[0] == ("Nia Jones", dt.date(2026, 3, 4), "Nia took over.", True, False)
    # Correcting a change to itself is no clash with itself.
    store.run(leads.update_lead_change, wrong.id, people["policy"], "04/03/2026", "Nia Jones took over.")
    assert refused(store, leads.update_lead_change, wrong.id, people["grants"], "04/03/2026").field == "person"
    store.run(leads.remove_lead_change, first.id)
    assert [row[0] for row in history(store, OFFICER)] == ["Nia Jones"]
    store.run(leads.remove_lead_change, wrong.id)
    assert store.run(leads.leads_now, TODAY)[1].person_id is None


def test_the_choices_put_the_public_bodies_people_first(store, people):
    found = store.run(leads.lead_choices)
    assert [choice.name for choice in found] == ["Cllr Ann Leader", "Cllr Rhodri Ŵyn", "Nia Jones", "Pat Acting",
                                                 "Tomasz Żółć", "Bob Freelance", "Siân CVS"]
    assert (found[0].organisation, found[0].public, found[-2].organisation) == ("Northern City Council", True, "")


def test_someone_who_was_a_lead_cannot_be_removed_from_the_peoples_records(store, people):
    store.run(leads.set_lead, OFFICER, people["grants"], "01/04/2024")
    with pytest.raises(ValidationError, match="the compact's leads"):
        store.run(members.delete_person, people["grants"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.tuples(st.sampled_from(list(LeadRole)), st.sampled_from(["leader", "deputy", None]),
                                  st.dates(dt.date(2020, 1, 1), dt.date(2028, 12, 31)),
                                  st.text(max_size=20)), max_size=8),
       day=st.dates(dt.date(2019, 1, 1), dt.date(2029, 12, 31)))
def test_the_lead_on_any_day_is_the_latest_change_on_or_before_it(store, people, entries, day):
    try:
        kept = []
        for role, who, on, note in entries:
            try:
                store.run(leads.set_lead, role, people[who] if who else None, on, note)
                kept.append((role, who, on))
            except ValidationError:
                pass
        for role, lead in zip(LeadRole, store.run(leads.leads_now, day)):
            mine = sorted((on, who) for r, who, on in kept if r is role)
            assert len({on for on, _ in mine}) == len(mine)  # one change a day
            assert all(one[1] != other[1] for one, other in zip(mine, mine[1:]))  # each changes something
            standing = [who for on, who in mine if on <= day]
            assert lead.person_id == (people[standing[-1]] if standing and standing[-1] else None)
    finally:
        store.run(lambda session: session.query(CompactLead).delete())
