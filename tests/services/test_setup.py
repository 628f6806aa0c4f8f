"""Setting up a group's file in one call (services/setup.py): one transaction, one undo step, nothing held twice."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from compactdesk.domain.enums import MeetingKind, Sector, StandingItem
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.names import turned_round
from compactdesk.domain.rules import Standards
from compactdesk.services import compact, meetings, members, seats
from compactdesk.services.setup import (
    FirstMeeting,
    GroupSetup,
    NearOrganisation,
    SeatLine,
    is_new_file,
    sector_or,
    set_up_group,
    suggested_partners,
)

TODAY = dt.date(2027, 1, 15)


def full_setup() -> GroupSetup:
    return GroupSetup(
        name="Powys Compact", area="Powys", group_label="steering group", champion_label="representative",
        standards=Standards(consultation_weeks=10, funding_notice_months=4),
        partners=["Powys County Council", "Powys Teaching Health Board", "Dyfed-Powys Police"],
        seats=[SeatLine("Council seat", "council", "Ann Jones", "Powys County Council", "ann@powys.gov.uk"),
               SeatLine("", "", "Llŷr Gruffydd", "PAVO", "", "01/02/2027"),
               SeatLine(),  # a blank row in the grid
               SeatLine("Youth seat", "Voluntary and community sector")],
        meeting=FirstMeeting(dt.date(2027, 2, 3), dt.time(14, 30), "Llandrindod Wells"))


def counts(store) -> dict:
    def count(session):
        return {"people": len(members.list_people(session)), "organisations": len(members.list_organisations(session)),
                "seats": len(seats.seat_overview(session, TODAY)), "meetings": meetings.meeting_count(session),
                "compact": compact.get_compact(session) is not None}
    return store.run(count)


def test_a_new_file_is_new_and_a_set_up_one_is_not(store):
    assert store.run(is_new_file)
    store.run(set_up_group, GroupSetup(name="Group"), today=TODAY)
    assert not store.run(is_new_file)


def test_everything_is_written_in_one_step_that_undo_takes_back(store):
    result, change = store.run_recorded(set_up_group, full_setup(), today=TODAY)
    summary = store.run(compact.compact_summary, TODAY)
    assert (summary.name, summary.area, summary.group_label, summary.champion_label) == (
        "Powys Compact", "Powys", "steering group", "representative")
    assert summary.standards.consultation_weeks == 10 and summary.standards.funding_notice_months == 4
    assert {partner.name for partner in summary.partners} == {
        "Powys County Council", "Powys Teaching Health Board", "Dyfed-Powys Police"}
    assert {partner.sector for partner in summary.partners} == {Sector.COUNCIL, Sector.HEALTH, Sector.POLICE}
    assert counts(store) == {"people": 2, "organisations": 4, "seats": 3, "meetings": 1, "compact": True}
    overview = {view.title: view for view in store.run(seats.seat_overview, TODAY)}
    assert set(overview) == {"Council seat", "PAVO", "Youth seat"}  # a member with no seat's title: seat named by org
    assert overview["Council seat"].sector is Sector.COUNCIL and overview["Youth seat"].sector is Sector.VCS
    assert len(result.seat_ids) == 3 and len(result.person_ids) == 2

    store.apply(change)
    assert store.run(is_new_file)


def test_the_meeting_has_its_time_venue_and_the_standing_items(store):
    result = store.run(set_up_group, full_setup(), today=TODAY)
    row = store.run(meetings.meeting_row, result.meeting_id, TODAY)
    assert row.starts_at == dt.datetime(2027, 2, 3, 14, 30)
    assert row.venue == "Llandrindod Wells" and row.kind is MeetingKind.LIAISON
    items = store.run(meetings.agenda_rows, result.meeting_id)
    assert [item.standing for item in items] == list(StandingItem)


def test_a_meeting_without_the_standing_items_has_an_empty_agenda(store):
    setup = GroupSetup(name="G", meeting=FirstMeeting(dt.date(2027, 2, 3), standing_items=False))
    result = store.run(set_up_group, setup, today=TODAY)
    assert store.run(meetings.agenda_rows, result.meeting_id) == []


def test_the_term_starts_on_the_day_typed_or_today(store):
    store.run(set_up_group, full_setup(), today=TODAY)
    starts = {view.holder: view.term_start for view in store.run(seats.seat_overview, dt.date(2027, 3, 1))}
    assert starts == {"Ann Jones": TODAY, "Llŷr Gruffydd": dt.date(2027, 2, 1), None: None}


def test_run_twice_nothing_is_held_twice(store):
    store.run(set_up_group, full_setup(), today=TODAY)
    again = full_setup()
    again.seats.append(SeatLine("New seat", "", "ann jones", "powys county council"))  # another seat, same person
    store.run(set_up_group, again, today=TODAY)
    assert counts(store) == {"people": 2, "organisations": 4, "seats": 4, "meetings": 1, "compact": True}
    assert len(store.run(compact.compact_summary, TODAY).partners) == 3


def test_organisations_and_people_already_held_are_used(store):
    def held(session):
        org = members.add_organisation(session, "PAVO", Sector.VCS)
        members.add_person(session, "Llŷr Gruffydd", organisation_id=org.id)
    store.run(held)
    store.run(set_up_group, full_setup(), today=TODAY)
    names = [person.name for person in store.run(members.list_people)]
    assert names.count("Llŷr Gruffydd") == 1
    assert [org.name for org in store.run(members.list_organisations)].count("PAVO") == 1


def hold_ann_and_dcvc(session):
    dcvc = members.add_organisation(session, "Dyfnant County Voluntary Council", Sector.VCS)
    members.add_person(session, "Ann Jones", organisation_id=dcvc.id, email="ann@dcvc.org.uk")
    members.add_person(session, "Evans, Bob")  # typed so into People & seats


@pytest.mark.parametrize("member, organisation", [
    ("Jones, Ann", "Dyfnant County Voluntary Council"), ("Ann  Jones", "dyfnant  county voluntary council"),
    ("ANN JONES", "DYFNANT COUNTY VOLUNTARY COUNCIL"), (" jones ,  ann ", "")])
def test_people_and_organisations_held_are_matched_as_the_import_matches_them(store, member, organisation):
    store.run(hold_ann_and_dcvc)
    setup = GroupSetup(name="G", seats=[SeatLine("A seat", "", member, organisation),
                                        SeatLine("B seat", "", "Bob Evans", ""), SeatLine("C seat", "", "Evans, Bob")])
    result = store.run(set_up_group, setup, today=TODAY)
    assert sorted(person.name for person in store.run(members.list_people)) == ["Ann Jones", "Evans, Bob"]
    assert [org.name for org in store.run(members.list_organisations)] == ["Dyfnant County Voluntary Council"]
    assert len(result.person_ids) == 2
    holders = {view.title: view.holder for view in store.run(seats.seat_overview, TODAY)}
    assert holders == {"A seat": "Ann Jones", "B seat": "Evans, Bob", "C seat": "Evans, Bob"}


words = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzâŵŷ'-"), min_size=1, max_size=10).filter(
    lambda word: word.strip("'-"))


@given(first=words, surname=words, turned=st.booleans(), upper=st.booleans(), spaces=st.integers(1, 3))
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_a_person_held_is_never_added_again_however_the_grid_writes_the_name(store, first, surname, turned, upper,
                                                                             spaces):
    held = f"{first} {surname}"
    typed = f"{surname},{' ' * spaces}{first}" if turned else f"{first}{' ' * spaces}{surname}"
    typed = typed.upper() if upper else typed
    # "Evans, DL" is Evans with letters after the name (names.turned_round), not a first name: not turned round.
    assume(not turned or turned_round(typed) != " ".join(typed.split()))
    _, change = store.run_recorded(lambda session: members.add_person(session, held))
    _, setting_up = store.run_recorded(set_up_group, GroupSetup(seats=[SeatLine("Seat", "", typed)]), today=TODAY)
    try:
        assert [person.name for person in store.run(members.list_people)] == [held]
    finally:
        store.apply(setting_up)
        store.apply(change)


def test_an_organisation_near_one_held_is_refused_at_its_cell_until_written_as_held_or_said_to_be_new(store):
    store.run(hold_ann_and_dcvc)
    setup = GroupSetup(name="G", seats=[SeatLine("A seat", "", "Cara Lewis", "Dyfnant County Voluntary Council"),
                                        SeatLine("B seat", "", "Dai Price", "Dyfnant CVC")])
    with pytest.raises(NearOrganisation) as refused:
        store.run(set_up_group, setup, today=TODAY)
    assert refused.value.field == "seats.1.organisation" and refused.value.typed == "Dyfnant CVC"
    assert refused.value.message == (
        "Seats, row 2: “Dyfnant CVC” is not held by that name; it may be Dyfnant County Voluntary Council. Write "
        "the name as held, or press Finish again to add it as a new organisation.")
    assert len(store.run(members.list_people)) == 2 and store.run(compact.get_compact) is None

    setup.new_organisations = ["dyfnant  cvc"]  # the person said it is another body
    store.run(set_up_group, setup, today=TODAY)
    assert sorted(org.name for org in store.run(members.list_organisations)) == [
        "Dyfnant CVC", "Dyfnant County Voluntary Council"]


def test_a_partner_body_near_one_held_is_refused_too(store):
    store.run(set_up_group, full_setup(), today=TODAY)
    with pytest.raises(NearOrganisation) as refused:
        store.run(set_up_group, GroupSetup(partners=["Powys Association of Voluntary Organisations"]), today=TODAY)
    assert refused.value.field == "partners" and "it may be PAVO" in refused.value.message
    store.run(set_up_group, GroupSetup(partners=["pavo"]), today=TODAY)
    assert "PAVO" in {partner.name for partner in store.run(compact.compact_summary, TODAY).partners}
    assert len(store.run(members.list_organisations)) == 4


def test_a_held_persons_empty_details_are_filled_through_the_members_service(store, monkeypatch):
    store.run(lambda session: members.add_person(session, "Ann Jones", role="Chair", phone="01597 822191"))
    called = []
    update = members.update_person
    monkeypatch.setattr(members, "update_person", lambda *args, **kwargs: called.append(kwargs) or update(
        *args, **kwargs))
    store.run(set_up_group, GroupSetup(seats=[SeatLine("A seat", "", "Jones, Ann", "PAVO", "ann@pavo.org.uk")]),
              today=TODAY)
    assert [(call["email"], call["role"], call["phone"]) for call in called] == [
        ("ann@pavo.org.uk", "Chair", "01597 822191")]
    ann = store.run(lambda session: (lambda person: (person.email, person.organisation.name, person.role))(
        members.list_people(session)[0]))
    assert ann == ("ann@pavo.org.uk", "PAVO", "Chair")
    # Nothing held is overwritten.
    store.run(set_up_group, GroupSetup(seats=[SeatLine("A seat", "", "Ann Jones", "", "other@x.org")]), today=TODAY)
    assert store.run(members.list_people)[0].email == "ann@pavo.org.uk" and len(called) == 1


def test_an_empty_set_up_adds_only_the_compact(store):
    result = store.run(set_up_group, GroupSetup(name="Only a name"), today=TODAY)
    assert counts(store) == {"people": 0, "organisations": 0, "seats": 0, "meetings": 0, "compact": True}
    assert result.meeting_id is None and result.seat_ids == ()
    assert store.run(compact.standards) == Standards()


def test_on_a_file_already_set_up_no_name_leaves_the_compact_as_it_is(store):
    store.run(set_up_group, full_setup(), today=TODAY)
    store.run(set_up_group, GroupSetup(partners=["Wales Council for Voluntary Action"]), today=TODAY)
    summary = store.run(compact.compact_summary, TODAY)
    assert summary.name == "Powys Compact" and summary.group_label == "steering group"
    assert len(summary.partners) == 4


def test_partners_need_a_compact(store):
    with pytest.raises(ValidationError) as refused:
        store.run(set_up_group, GroupSetup(partners=["Powys County Council"]), today=TODAY)
    assert refused.value.field == "name"
    assert store.run(is_new_file)


def test_a_bad_row_is_named_and_nothing_is_written(store):
    setup = full_setup()
    setup.seats.append(SeatLine("Late seat", "", "Someone", "", "", "31/02/2027"))
    with pytest.raises(ValidationError) as refused:
        store.run(set_up_group, setup, today=TODAY)
    assert refused.value.field == "seats.4.start_on"
    assert "row 5" in refused.value.message
    assert store.run(is_new_file)


def test_a_bad_standard_names_its_field(store):
    setup = GroupSetup(name="G", standards=Standards(consultation_weeks=0))
    with pytest.raises(ValidationError) as refused:
        store.run(set_up_group, setup, today=TODAY)
    assert refused.value.field == "consultation_weeks"
    assert store.run(is_new_file)


def test_welsh_emoji_and_huge_text(store):
    setup = GroupSetup(name="Compact Ceredigion 🌿", area="Ceredigion", partners=["Cyngor Sir Ceredigion"],
                       seats=[SeatLine("Sedd y sector gwirfoddol", "gwirfoddol", "Siân Ŵyn 🙂", "Mudiad Meithrin")])
    store.run(set_up_group, setup, today=TODAY)
    summary = store.run(compact.compact_summary, TODAY)
    assert summary.name == "Compact Ceredigion 🌿"
    assert summary.partners[0].sector is Sector.COUNCIL
    assert [person.name for person in store.run(members.list_people)] == ["Siân Ŵyn 🙂"]
    with pytest.raises(ValidationError) as refused:
        store.run(set_up_group, GroupSetup(seats=[SeatLine("x" * 100_000, "", "A")]), today=TODAY)
    assert refused.value.field == "seats.0.title"


@given(st.text(max_size=60))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_any_typed_sector_is_read_as_a_sector(typed):
    assert isinstance(sector_or(typed), Sector)


def test_sector_words():
    assert sector_or("VCS") is Sector.VCS
    assert sector_or("Council") is Sector.COUNCIL
    assert sector_or("Heddlu Dyfed-Powys") is Sector.POLICE
    assert sector_or("Fire and rescue") is Sector.FIRE
    assert sector_or("") is Sector.VCS
    assert [name for name, _ in suggested_partners("Powys")][:2] == ["Powys County Council", "Powys Health Board"]
    assert suggested_partners("")[0][0] == "County Council"


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".csv"])
def test_sixteen_members_from_a_messy_spreadsheet_are_set_up(store, tmp_path, suffix):
    from spreadsheets import members_as_read, messy_members

    from compactdesk.services.setup_sheet import seat_lines_from_file

    path = messy_members().write(tmp_path / f"members{suffix}")
    found = store.run(seat_lines_from_file, path, today=TODAY)
    expected = members_as_read(suffix)
    assert found.left_out == () and found.notes == ()
    assert [(line.seat, line.member, line.organisation, line.email, line.start_on) for line in found.lines] == [
        (m.seat, m.name, m.organisation, m.email, m.start_on) for m in expected]

    result = store.run(set_up_group, GroupSetup(name="Dyfnant Compact", seats=list(found.lines)), today=TODAY)
    assert len(result.seat_ids) == 16 and len(result.person_ids) == 16
    sectors = {view.title: view.sector for view in store.run(seats.seat_overview, TODAY)}
    assert sectors["Council seat 1"] is Sector.COUNCIL and sectors["Health board seat"] is Sector.HEALTH
    assert sectors["Police seat"] is Sector.POLICE and sectors["Voluntary sector seat 1"] is Sector.VCS


def test_a_file_of_people_gives_one_seat_each(store, tmp_path):
    from spreadsheets import write_sheet

    from compactdesk.services.setup_sheet import seat_lines_from_file

    path = write_sheet(tmp_path / "people.xlsx", [("Name", "Organisation", "Email"),
                                                  ("Jones, Ann", "PAVO", "ann@pavo.org.uk"),
                                                  ("Bob Smith", "", ""), ("Cara Lewis", "PAVO", "")])
    found = store.run(seat_lines_from_file, path, today=TODAY)
    assert [(line.seat, line.member) for line in found.lines] == [
        ("PAVO", "Ann Jones"), ("Member 2", "Bob Smith"), ("PAVO (2)", "Cara Lewis")]


def test_a_file_matched_to_records_held_adds_no_one_twice_and_says_what_it_left_out(store, tmp_path):
    from spreadsheets import write_sheet

    from compactdesk.services.setup_sheet import seat_lines_from_file

    store.run(hold_ann_and_dcvc)
    path = write_sheet(tmp_path / "seats.xlsx", [
        ("Seat", "Name", "Organisation", "Term starts"),
        ("Seat one", "Jones, Ann", "Dyfnant County Voluntary Council", ""),
        ("Seat two", "Cara Lewis", "Dyfnant CVC", ""),
        ("Seat three", "Dai Price", "", "31/02/2027")])
    found = store.run(seat_lines_from_file, path, today=TODAY)
    assert [line.member for line in found.lines] == ["Ann Jones", "Cara Lewis"]
    assert len(found.left_out) == 1 and found.left_out[0].startswith("Row 4:")
    assert found.notes == ("“Dyfnant CVC” may be Dyfnant County Voluntary Council, already in this group's file: if "
                           "it is, write the name as held in the grid; left as it is, it is added as a new "
                           "organisation.",)
    # As the notes said: the near name, left as it was, is a new organisation; Ann is Ann, not a second Ann.
    store.run(set_up_group, GroupSetup(name="G", seats=list(found.lines), new_organisations=list(
        found.new_organisations)), today=TODAY)
    assert sorted(person.name for person in store.run(members.list_people)) == ["Ann Jones", "Cara Lewis",
                                                                               "Evans, Bob"]
    assert sorted(org.name for org in store.run(members.list_organisations)) == [
        "Dyfnant CVC", "Dyfnant County Voluntary Council"]


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_what_to_do(store, tmp_path):
    from compactdesk.services.setup_sheet import seat_lines_from_file

    path = tmp_path / "notes.txt"
    path.write_bytes(b"\x00\x01 not a sheet")
    with pytest.raises(ValidationError):
        store.run(seat_lines_from_file, path, today=TODAY)


_cells = st.one_of(st.text(max_size=30), st.sampled_from(["", "Council", "vcs", "15/01/2027", "31/02/2027",
                                                           "Ann Jones", "ann jones", "  "]))


@given(st.lists(st.builds(SeatLine, _cells, _cells, _cells, _cells, _cells, _cells), max_size=5))
@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_any_grid_is_written_whole_or_refused_at_a_row_with_nothing_written(store, lines):
    try:
        _, change = store.run_recorded(set_up_group, GroupSetup(name="G", seats=lines), today=TODAY)
    except ValidationError as error:
        assert error.field.startswith("seats.")
        row = int(error.field.split(".")[1])
        assert not lines[row].is_blank() and f"row {row + 1}:" in error.message
        assert store.run(is_new_file)
        return
    filled = [line for line in lines if not line.is_blank()]
    seat_count = counts(store)["seats"]  # titles the same but for case and spacing are one seat
    assert (1 if filled else 0) <= seat_count <= len(filled)
    store.apply(change)
    assert store.run(is_new_file)
