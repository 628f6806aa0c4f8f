import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from compactdesk.domain import text
from compactdesk.domain.enums import OrgTag, SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import actions, feedback, meetings, members, seats
from compactdesk.store.models import Organisation, OrganisationTag, Person

TODAY = dt.date(2026, 3, 3)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def org_names(store) -> list[str]:
    return store.run(lambda s: [o.name for o in members.list_organisations(s)])


def test_add_organisation_with_tags_and_notes(store):
    org = store.run(members.add_organisation, "Menter Môn", "vcs", tags=["rural", OrgTag.SMALL, "rural"],
                    notes="Works across Ynys Môn.\nContact: Gwenllïan")
    found = store.run(lambda s: s.get(Organisation, org.id))
    assert (found.name, found.sector) == ("Menter Môn", Sector.VCS)
    assert store.run(lambda s: s.get(Organisation, org.id).tags) == {OrgTag.RURAL, OrgTag.SMALL}
    assert found.notes == "Works across Ynys Môn.\nContact: Gwenllïan"
    assert count(store, OrganisationTag) == 2


def test_organisations_are_listed_regardless_of_case(store):
    for name in ("voluntary Action Cardiff", "Age Cymru", "Barnardo's Cymru"):
        store.run(members.add_organisation, name, Sector.VCS)
    assert org_names(store) == ["Age Cymru", "Barnardo's Cymru", "voluntary Action Cardiff"]


def test_duplicate_organisation_name_is_refused_whatever_the_case(store):
    store.run(members.add_organisation, "Powys Association of Voluntary Organisations", Sector.VCS)
    with pytest.raises(ValidationError) as caught:
        store.run(members.add_organisation, "  POWYS association of voluntary organisations ", Sector.VCS)
    assert caught.value.field == "name"
    assert "already an organisation called Powys Association of Voluntary Organisations" in str(caught.value)
    assert count(store, Organisation) == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Łucja Community Trust", "Łucja Community Trust"),
    ("Łucja Community Trust", "łucja community trust"),
    ("YNYS MÔN CVC", "Ynys Môn CVC"),
])
def test_duplicate_check_also_works_for_welsh_and_polish_capitals(store, first, second):
    # Regression: SQLite's lower() folds ASCII only, so these slipped past the check (the exact
    # repeat then failed on the UNIQUE constraint with an IntegrityError).
    store.run(members.add_organisation, first, Sector.VCS)
    with pytest.raises(ValidationError, match="already an organisation called"):
        store.run(members.add_organisation, second, Sector.VCS)
    assert count(store, Organisation) == 1


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"name": "", "sector": "vcs"}, "name", "the organisation's name"),
    ({"name": "X", "sector": "charity"}, "sector", "'charity' is not a known sector"),
    ({"name": "X", "sector": "vcs", "tags": ["tiny"]}, "tags", "'tiny' is not a known tag"),
    ({"name": "X" * 301, "sector": "vcs"}, "name", "301 characters"),
])
def test_add_organisation_refuses_bad_input(store, kwargs, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(members.add_organisation, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Organisation) == 0
    assert count(store, OrganisationTag) == 0


def test_unknown_sector_message_lists_the_choices(store):
    with pytest.raises(ValidationError) as caught:
        store.run(members.add_organisation, "X", "charity")
    assert "Voluntary and community sector" in str(caught.value)
    assert "Fire and rescue" in str(caught.value)


def test_update_organisation(store):
    org = store.run(members.add_organisation, "Cyngor Gwynedd", Sector.COUNCIL, tags=["small"])
    other = store.run(members.add_organisation, "Mantell Gwynedd", Sector.VCS)
    store.run(members.update_organisation, org.id, name="CYNGOR Gwynedd", sector="council", tags=["bme", "rural"],
              notes="Renamed")  # the same name in other letters is not a clash with itself
    found = store.run(lambda s: (s.get(Organisation, org.id).name, s.get(Organisation, org.id).tags))
    assert found == ("CYNGOR Gwynedd", {OrgTag.BME, OrgTag.RURAL})
    with pytest.raises(ValidationError, match="already an organisation called Mantell Gwynedd"):
        store.run(members.update_organisation, org.id, name="mantell gwynedd", sector="council")
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(members.update_organisation, 999, name="Anything", sector="vcs")
    assert org_names(store) == ["CYNGOR Gwynedd", "Mantell Gwynedd"]
    assert other.id != org.id


def test_delete_unused_organisation(store):
    org = store.run(members.add_organisation, "Ceredigion Association of Voluntary Organisations", "vcs",
                    tags=["rural"])
    store.run(members.delete_organisation, org.id)
    assert count(store, Organisation) == 0
    assert count(store, OrganisationTag) == 0
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(members.delete_organisation, org.id)


@pytest.mark.parametrize("use", ["person", "seat", "target"])
def test_organisation_in_use_cannot_be_deleted(store, use):
    org = store.run(members.add_organisation, "Cyngor Sir Ceredigion", Sector.COUNCIL)
    if use == "person":
        store.run(members.add_person, "Llŷr Jones", organisation_id=org.id)
    elif use == "seat":
        store.run(seats.add_seat, "Council seat", Sector.COUNCIL, SeatFill.NOMINATED, nominating_org_id=org.id)
    else:
        store.run(actions.add_target, "Publish the funding code", partner_id=org.id)
    with pytest.raises(ValidationError) as caught:
        store.run(members.delete_organisation, org.id)
    assert "Cyngor Sir Ceredigion is still named on people, seats or targets" in str(caught.value)
    assert count(store, Organisation) == 1


def test_add_person_keeps_every_field(store):
    org = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    person = store.run(members.add_person, "Gwenllïan ap Llŷr", role="Cabinet member", organisation_id=org.id,
                       department="Adran Gymunedau", email="gwenllian@example.cymru", phone="01248 000000",
                       address="Swyddfa'r Cyngor\nLlangefni\nYnys Môn", is_champion=True, notes="Siarad Cymraeg 👍")
    found = store.run(lambda s: s.get(Person, person.id))
    assert (found.name, found.role, found.organisation_id, found.department, found.email, found.phone) == (
        "Gwenllïan ap Llŷr", "Cabinet member", org.id, "Adran Gymunedau", "gwenllian@example.cymru", "01248 000000")
    assert found.address == "Swyddfa'r Cyngor\nLlangefni\nYnys Môn"
    assert found.is_champion is True
    assert found.notes == "Siarad Cymraeg 👍"


def test_add_person_strips_control_characters(store):
    person = store.run(members.add_person, "Łucja\x00 Nowak\x1b", address="1 Stryd Fawr\r\nBangor\x07")
    found = store.run(lambda s: s.get(Person, person.id))
    assert (found.name, found.address) == ("Łucja Nowak", "1 Stryd Fawr\nBangor")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=60) | st.sampled_from(["Llŷr", "Gwenllïan", "Łucja", "Siân 🏴󠁧󠁢󠁷󠁬󠁳󠁿"]))
def test_any_name_is_stored_as_cleaned_or_refused(store, name):
    before = count(store, Person)
    expected = text.clean(name)
    try:
        person = store.run(members.add_person, name)
    except ValidationError as error:
        assert not expected
        assert error.field == "name"
        assert count(store, Person) == before
    else:
        assert store.run(lambda s: s.get(Person, person.id).name) == expected


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"name": " "}, "name", "the person's name"),
    ({"name": "Siân", "phone": "0" * 101}, "phone", "The phone number: 101 characters"),
    ({"name": "Siân", "organisation_id": 42}, "organisation",
     "organisation you chose is no longer in this group's records"),
    ({"name": "Siân", "address": "x" * 2001}, "address", "The address: 2,001 characters"),
])
def test_add_person_refuses_bad_input(store, kwargs, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(members.add_person, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Person) == 0


def test_update_person(store):
    person = store.run(members.add_person, "Sian Evans", role="Officer")
    store.run(members.update_person, person.id, name="Siân Evans", role="Lead officer", is_champion=True)
    found = store.run(lambda s: s.get(Person, person.id))
    assert (found.name, found.role, found.is_champion) == ("Siân Evans", "Lead officer", True)
    with pytest.raises(ValidationError) as caught:
        store.run(members.update_person, person.id, name="", role="Nobody")
    assert caught.value.field == "name"
    assert store.run(lambda s: s.get(Person, person.id).role) == "Lead officer"


def test_delete_unused_person(store):
    person = store.run(members.add_person, "Dafydd")
    store.run(members.delete_person, person.id)
    assert count(store, Person) == 0


@pytest.mark.parametrize("use", ["seat", "attendance", "feedback", "target"])
def test_person_in_the_records_cannot_be_deleted(store, use):
    person = store.run(members.add_person, "Llŷr Williams")
    if use == "seat":
        seat = store.run(seats.add_seat, "VCS seat", Sector.VCS, SeatFill.ELECTED)
        store.run(seats.appoint, seat.id, person.id, "2025-05-01")
    elif use == "attendance":
        meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))
        store.run(meetings.record_attendance, meeting.id, person.id, "present")
    elif use == "feedback":
        store.run(feedback.request_feedback, "Grant letters late", person.id, raised_on=TODAY)
    else:
        store.run(actions.add_target, "Review the code", lead_id=person.id)
    with pytest.raises(ValidationError) as caught:
        store.run(members.delete_person, person.id)
    assert "Llŷr Williams appears in the group's records" in str(caught.value)
    assert count(store, Person) == 1


@pytest.mark.parametrize("use", ["substituted_for", "presenter"])
def test_person_named_as_presenter_or_substituted_member_is_refused_clearly(store, use):
    # Regression: these uses were not checked, so the delete failed with a FOREIGN KEY IntegrityError.
    person = store.run(members.add_person, "Gwenllïan Hughes")
    meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 3, 10))
    if use == "substituted_for":
        deputy = store.run(members.add_person, "Łucja Kowalska")
        store.run(meetings.record_attendance, meeting.id, deputy.id, "substitute", substitute_for_id=person.id)
    else:
        store.run(meetings.add_item, meeting.id, "Funding code", presenter_id=person.id)
    with pytest.raises(ValidationError, match="Gwenllïan Hughes"):
        store.run(members.delete_person, person.id)
    assert store.run(lambda s: s.get(Person, person.id)) is not None


def test_list_people_ignores_case(store):
    for name in ("bethan", "Aled", "Carys"):
        store.run(members.add_person, name)
    assert store.run(lambda s: [p.name for p in members.list_people(s)]) == ["Aled", "bethan", "Carys"]


def test_person_rows_resolve_the_organisation_in_one_list(store):
    council = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    gwen = store.run(members.add_person, "Gwenllïan ap Llŷr", role="Cabinet member", organisation_id=council.id,
                     department="Cymunedau", email="g@example.cymru", phone="01248 000000", is_champion=True,
                     address="Llangefni", notes="not in the row")
    lucja = store.run(members.add_person, "łucja Wiśniewska 🙂")
    rows = store.run(members.person_rows)
    assert rows == [
        members.PersonRow(gwen.id, "Gwenllïan ap Llŷr", "Cabinet member", council.id, "Cyngor Sir Ynys Môn",
                          "Cymunedau", "g@example.cymru", "01248 000000", True),
        members.PersonRow(lucja.id, "łucja Wiśniewska 🙂", "", None, "", "", "", "", False),
    ]


def test_person_rows_are_one_query(store):
    from sqlalchemy import event

    for n in range(5):
        org = store.run(members.add_organisation, f"Org {n}", Sector.VCS)
        store.run(members.add_person, f"Person {n}", organisation_id=org.id)
    statements = []

    def count_statements(session):
        engine = session.get_bind()
        def listener(*args):
            statements.append(args[2])

        event.listen(engine, "before_cursor_execute", listener)
        try:
            return members.person_rows(session), members.organisation_rows(session)
        finally:
            event.remove(engine, "before_cursor_execute", listener)

    people, organisations = store.run(count_statements)
    assert (len(people), len(organisations)) == (5, 5)
    assert len([sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]) == 2


def test_person_detail_keeps_every_field(store):
    person = store.run(members.add_person, "Siân Evans", address="1 Stryd Fawr\nBangor", notes="Siarad Cymraeg")
    detail = store.run(members.person_detail, person.id)
    assert (detail.name, detail.address, detail.notes, detail.organisation_id) == (
        "Siân Evans", "1 Stryd Fawr\nBangor", "Siarad Cymraeg", None)
    with pytest.raises(ValidationError, match="person you chose is no longer in this group's records"):
        store.run(members.person_detail, 999)


def test_organisation_rows_carry_tags_notes_and_head_count(store):
    menter = store.run(members.add_organisation, "Menter Môn", Sector.VCS, tags=["rural", "small"], notes="Llangefni")
    council = store.run(members.add_organisation, "Cyngor Gwynedd", Sector.COUNCIL)
    for name in ("Llŷr", "Gwenllïan"):
        store.run(members.add_person, name, organisation_id=council.id)
    rows = store.run(members.organisation_rows)
    assert rows == [
        members.OrganisationRow(council.id, "Cyngor Gwynedd", Sector.COUNCIL, frozenset(), "", 2),
        members.OrganisationRow(menter.id, "Menter Môn", Sector.VCS, frozenset({OrgTag.RURAL, OrgTag.SMALL}),
                                "Llangefni", 0),
    ]
    assert store.run(members.organisation_row, menter.id) == rows[1]
    with pytest.raises(ValidationError, match="organisation you chose is no longer in this group's records"):
        store.run(members.organisation_row, 999)
