"""Champions per department of each public body, on a real store: the rules, the refusals and the gaps."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import champions, compact, members
from compactdesk.store.models import ChampionChange, Department, Person


def count_departments(store) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(Department)))


def is_champion(store, person_id: int) -> bool:
    return store.run(lambda s: s.get(Person, person_id).is_champion)


@pytest.fixture
def world(store):
    def org(name, sector):
        return store.run(members.add_organisation, name, sector).id

    council = org("Cyngor Sir Dyfnant", Sector.COUNCIL)
    health = org("Bwrdd Iechyd Hywel Môn", Sector.HEALTH)
    vcs = org("Mudiad Gwirfoddol Dyfnant", Sector.VCS)
    people = {
        "llyr": store.run(members.add_person, "Llŷr Evans", role="Highways manager", organisation_id=council).id,
        "mair": store.run(members.add_person, "Mair Humphreys", role="Head of Social Services",
                          organisation_id=council).id,
        "ffion": store.run(members.add_person, "Ffion Hughes", organisation_id=health).id,
        "sian": store.run(members.add_person, "Siân Pritchard", organisation_id=vcs).id,
        "freelance": store.run(members.add_person, "Łucja Kowalczyk", role="Interim adviser").id,
        "marked": store.run(members.add_person, "Rhodri Owen", organisation_id=council, is_champion=True).id,
    }
    return {"council": council, "health": health, "vcs": vcs, "people": people}


def test_add_a_department_with_a_champion_marks_them(store, world):
    llyr = world["people"]["llyr"]
    made = store.run(champions.add_department, world["council"], "  Priffyrdd — Highways 🚧 ", llyr)
    row = store.run(champions.department_row, made.id)
    assert row == champions.DepartmentRow(made.id, world["council"], "Cyngor Sir Dyfnant", "Priffyrdd — Highways 🚧",
                                          llyr, "Llŷr Evans", "Highways manager")
    assert not row.gap
    assert is_champion(store, llyr)


def test_a_department_without_a_champion_is_a_gap(store, world):
    made = store.run(champions.add_department, world["council"], "Cynllunio")
    (gap,) = store.run(champions.champion_gaps)
    assert (gap.department_id, gap.gap, gap.champion, gap.champion_role) == (made.id, True, "", "")


def test_departments_belong_only_to_public_bodies(store, world):
    with pytest.raises(ValidationError) as caught:
        store.run(champions.add_department, world["vcs"], "Volunteering")
    assert caught.value.field == "organisation"
    assert "Mudiad Gwirfoddol Dyfnant is in the voluntary and community sector" in str(caught.value)
    with pytest.raises(ValidationError, match="Choose the public body"):
        store.run(champions.add_department, None, "Volunteering")
    assert count_departments(store) == 0


@pytest.mark.parametrize("second", ["highways", "HIGHWAYS ", "  Highways"])
def test_a_name_is_unique_per_body_whatever_the_case(store, world, second):
    store.run(champions.add_department, world["council"], "Highways")
    with pytest.raises(ValidationError) as caught:
        store.run(champions.add_department, world["council"], second)
    assert caught.value.field == "name"
    assert "Cyngor Sir Dyfnant already has a department called Highways" in str(caught.value)
    # Another body may have one of the same name.
    store.run(champions.add_department, world["health"], second)
    assert count_departments(store) == 2


def test_welsh_and_polish_capitals_clash_too(store, world):
    store.run(champions.add_department, world["council"], "GWASANAETHAU ŴYR A ŁĄKI")
    with pytest.raises(ValidationError, match="already has a department"):
        store.run(champions.add_department, world["council"], "gwasanaethau ŵyr a łąki")


def test_empty_and_overlong_names_are_refused(store, world):
    with pytest.raises(ValidationError) as caught:
        store.run(champions.add_department, world["council"], "   ")
    assert caught.value.field == "name"
    assert str(caught.value) == "Please give the department's name; it cannot be left empty."
    with pytest.raises(ValidationError, match="301 characters"):
        store.run(champions.add_department, world["council"], "x" * 301)


def test_rename_keeps_the_champion_and_refuses_a_clash(store, world):
    first = store.run(champions.add_department, world["council"], "Highways", world["people"]["llyr"])
    store.run(champions.add_department, world["council"], "Housing")
    store.run(champions.rename_department, first.id, "Highways and Transport")
    row = store.run(champions.department_row, first.id)
    assert (row.name, row.champion) == ("Highways and Transport", "Llŷr Evans")
    with pytest.raises(ValidationError, match="already has a department called Housing"):
        store.run(champions.rename_department, first.id, "housing")
    # Renaming to itself in another case is no clash.
    store.run(champions.rename_department, first.id, "HIGHWAYS AND TRANSPORT")


def test_the_champion_must_work_for_the_body(store, world):
    made = store.run(champions.add_department, world["council"], "Social Services")
    with pytest.raises(ValidationError) as caught:
        store.run(champions.set_champion, made.id, world["people"]["ffion"])
    assert caught.value.field == "champion"
    assert str(caught.value).startswith("Ffion Hughes works for Bwrdd Iechyd Hywel Môn, not Cyngor Sir Dyfnant. "
                                        "A department's champion works for the body itself")
    assert not is_champion(store, world["people"]["ffion"])
    # Someone with no organisation recorded may champion it.
    store.run(champions.set_champion, made.id, world["people"]["freelance"])
    assert store.run(champions.department_row, made.id).champion == "Łucja Kowalczyk"
    with pytest.raises(ValidationError, match="Choose who is to be the champion"):
        store.run(champions.set_champion, made.id, None)


def test_the_compacts_own_word_is_used(store, world):
    store.run(compact.set_up_compact, "Compact Dyfnant", "Dyfnant")
    assert store.run(champions.champion_label) == "champion"
    store.run(compact.update_compact, name="Compact Dyfnant", champion_label="representative")
    assert store.run(champions.champion_label) == "representative"
    made = store.run(champions.add_department, world["council"], "Planning")
    with pytest.raises(ValidationError, match="A department's representative works for the body itself"):
        store.run(champions.set_champion, made.id, world["people"]["sian"])
    with pytest.raises(ValidationError, match="Departments, each with its representative, are kept for public bodies"):
        store.run(champions.add_department, world["vcs"], "Planning")


def test_clearing_unmarks_only_who_champions_nothing_else(store, world):
    llyr, mair = world["people"]["llyr"], world["people"]["mair"]
    highways = store.run(champions.add_department, world["council"], "Highways", llyr)
    transport = store.run(champions.add_department, world["council"], "Transport", llyr)
    social = store.run(champions.add_department, world["council"], "Social Services", mair)
    store.run(champions.clear_champion, highways.id)
    assert is_champion(store, llyr)  # still the champion of Transport
    store.run(champions.clear_champion, transport.id)
    assert not is_champion(store, llyr)
    # Replacing a champion lets the old one go in the same way.
    store.run(champions.set_champion, social.id, llyr)
    assert (is_champion(store, llyr), is_champion(store, mair)) == (True, False)
    assert store.run(champions.department_row, social.id).champion == "Llŷr Evans"
    # Setting the same champion again changes nothing.
    store.run(champions.set_champion, social.id, llyr)
    assert is_champion(store, llyr)


def test_update_renames_moves_and_sets_the_champion_in_one_step(store, world):
    made = store.run(champions.add_department, world["council"], "Public Health", world["people"]["mair"])
    store.run(champions.update_department, made.id, name="Iechyd y Cyhoedd", organisation_id=world["health"],
              champion_id=world["people"]["ffion"])
    row = store.run(champions.department_row, made.id)
    assert (row.body, row.name, row.champion) == ("Bwrdd Iechyd Hywel Môn", "Iechyd y Cyhoedd", "Ffion Hughes")
    assert not is_champion(store, world["people"]["mair"])
    # Moving it back with a champion from the other body is refused, and nothing changes.
    with pytest.raises(ValidationError, match="Ffion Hughes works for Bwrdd Iechyd Hywel Môn"):
        store.run(champions.update_department, made.id, name="Public Health", organisation_id=world["council"],
                  champion_id=world["people"]["ffion"])
    assert store.run(champions.department_row, made.id) == row
    store.run(champions.update_department, made.id, name="Iechyd y Cyhoedd", champion_id=None)
    assert store.run(champions.department_row, made.id).gap
    assert not is_champion(store, world["people"]["ffion"])


def test_moving_a_department_to_another_body_under_a_name_its_old_body_also_has(store, world):
    # The name is checked against the new body; it was written under the old one first (found by fuzzing).
    store.run(champions.add_department, world["council"], "Planning")
    moving = store.run(champions.add_department, world["council"], "Estates")
    store.run(champions.update_department, moving.id, name="Planning", organisation_id=world["health"],
              champion_id=world["people"]["ffion"])
    row = store.run(champions.department_row, moving.id)
    assert (row.body, row.name, row.champion) == ("Bwrdd Iechyd Hywel Môn", "Planning", "Ffion Hughes")
    assert count_departments(store) == 2


def test_delete_lets_the_champion_go(store, world):
    made = store.run(champions.add_department, world["council"], "Highways", world["people"]["llyr"])
    store.run(champions.delete_department, made.id)
    assert count_departments(store) == 0
    assert not is_champion(store, world["people"]["llyr"])
    with pytest.raises(ValidationError, match="department you chose is no longer in this group's records"):
        store.run(champions.delete_department, made.id)


def test_coverage_per_body_and_overall(store, world):
    store.run(champions.add_department, world["council"], "Highways", world["people"]["llyr"])
    store.run(champions.add_department, world["council"], "Social Services", world["people"]["mair"])
    store.run(champions.add_department, world["council"], "Planning")
    store.run(champions.add_department, world["health"], "Public Health")
    found = store.run(champions.coverage)
    assert [(body.body, body.championed, body.departments) for body in found.bodies] == [
        ("Bwrdd Iechyd Hywel Môn", 0, 1), ("Cyngor Sir Dyfnant", 2, 3)]
    assert (found.championed, found.departments) == (2, 4)
    assert found.of(world["council"]).departments == 3
    assert found.of(world["vcs"]) is None
    assert [row.name for row in store.run(champions.champion_gaps)] == ["Public Health", "Planning"]


def test_a_public_body_without_departments_shows_none_of_none(store, world):
    found = store.run(champions.coverage)
    assert [(body.body, body.championed, body.departments) for body in found.bodies] == [
        ("Bwrdd Iechyd Hywel Môn", 0, 0), ("Cyngor Sir Dyfnant", 0, 0)]
    assert (found.championed, found.departments) == (0, 0)


def test_people_marked_champion_but_linked_to_nothing_are_a_hint(store, world):
    (hint,) = store.run(champions.unlinked_champions)
    assert (hint.name, hint.organisation) == ("Rhodri Owen", "Cyngor Sir Dyfnant")
    made = store.run(champions.add_department, world["council"], "Policy", world["people"]["marked"])
    assert store.run(champions.unlinked_champions) == []
    store.run(champions.clear_champion, made.id)
    assert store.run(champions.unlinked_champions) == []  # cleared and championing nothing: no longer marked


def test_choices_are_the_bodys_people_then_those_without_an_organisation(store, world):
    names = [choice.name for choice in store.run(champions.champion_choices, world["council"])]
    assert names == ["Llŷr Evans", "Mair Humphreys", "Rhodri Owen", "Łucja Kowalczyk"]
    assert [name for _, name in store.run(champions.public_bodies)] == ["Bwrdd Iechyd Hywel Môn",
                                                                        "Cyngor Sir Dyfnant"]


# -- each department's champions over time -------------------------------------------------------------------

TODAY = dt.date(2026, 11, 24)


def history(store, department_id) -> list[tuple[str, dt.date | None, str, bool]]:
    return [(row.person, row.on, row.note, row.current) for row in store.run(champions.champion_history,
                                                                            department_id)]


@pytest.fixture
def agency(store, world):
    """A statutory agency (seed 002) and three of its officers."""
    people = {name: store.run(members.add_person, name, role="Lead officer", organisation_id=world["health"]).id
              for name in ("Gwenllian Rhys", "Dafydd ap Siôn", "Zofia Wiśniewska", "Mererid Ŵyn")}
    return {"department": store.run(champions.add_department, world["health"], "Partnerships", people["Gwenllian Rhys"],
                                    on="01/09/2025", note="Named when the compact was signed.").id,
            "people": people}


def test_a_lead_officer_who_changed_three_times_in_seven_months_is_in_the_history_with_each_day(store, agency):
    """"In one statutory agency, the identity of the lead officer had changed three times in seven months"."""
    department, people = agency["department"], agency["people"]
    store.run(champions.set_champion, department, people["Dafydd ap Siôn"], "03/03/2026",
              "Gwenllian moved to the PCT.", today=TODAY)
    store.run(champions.set_champion, department, people["Zofia Wiśniewska"], "18/06/2026",
              "Acting, while the post is filled.", today=TODAY)
    store.run(champions.update_department, department, name="Partnerships", champion_id=people["Mererid Ŵyn"],
              on="29/09/2026", note="Appointed to the post.", today=TODAY)
    assert history(store, department) == [
        ("Mererid Ŵyn", dt.date(2026, 9, 29), "Appointed to the post.", True),
        ("Zofia Wiśniewska", dt.date(2026, 6, 18), "Acting, while the post is filled.", False),
        ("Dafydd ap Siôn", dt.date(2026, 3, 3), "Gwenllian moved to the PCT.", False),
        ("Gwenllian Rhys", dt.date(2025, 9, 1), "Named when the compact was signed.", False),
    ]
    assert store.run(champions.department_row, department).champion == "Mererid Ŵyn"
    # Three changes between March and the end of September, with who came before each, for the annual review.
    found = store.run(champions.champion_changes_in, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(row.body, row.department, row.from_person, row.to_person, row.on) for row in found] == [
        ("Bwrdd Iechyd Hywel Môn", "Partnerships", "Gwenllian Rhys", "Dafydd ap Siôn", dt.date(2026, 3, 3)),
        ("Bwrdd Iechyd Hywel Môn", "Partnerships", "Dafydd ap Siôn", "Zofia Wiśniewska", dt.date(2026, 6, 18)),
        ("Bwrdd Iechyd Hywel Môn", "Partnerships", "Zofia Wiśniewska", "Mererid Ŵyn", dt.date(2026, 9, 29)),
    ]
    assert (found[0].from_person_id, found[-1].to_person_id) == (people["Gwenllian Rhys"], people["Mererid Ŵyn"])
    assert [row.note for row in found][0] == "Gwenllian moved to the PCT."
    # The champion from before the period is not one of its changes; both ends of the period count.
    assert len(store.run(champions.champion_changes_in, dt.date(2025, 9, 1), dt.date(2026, 3, 3))) == 2


def test_the_post_falling_empty_is_a_change_and_a_gap(store, agency, world):
    department = agency["department"]
    store.run(champions.clear_champion, department, "31/01/2026", "Left; no one named yet.", today=TODAY)
    assert store.run(champions.department_row, department).gap
    assert history(store, department)[0] == ("", dt.date(2026, 1, 31), "Left; no one named yet.", True)
    (change,) = store.run(champions.champion_changes_in, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert (change.from_person, change.to_person_id, change.to_person) == ("Gwenllian Rhys", None, "")
    assert not is_champion(store, agency["people"]["Gwenllian Rhys"])
    # Clearing an empty post again records nothing.
    store.run(champions.clear_champion, department, "01/02/2026", today=TODAY)
    assert len(history(store, department)) == 2


def test_a_change_before_the_latest_or_after_today_is_refused(store, agency):
    department, people = agency["department"], agency["people"]
    with pytest.raises(ValidationError) as caught:
        store.run(champions.set_champion, department, people["Dafydd ap Siôn"], "31/08/2025", today=TODAY)
    assert caught.value.field == "on"
    assert str(caught.value) == ("The champion of Partnerships last changed on 1 September 2025, so a new champion "
                                 "needs a day on or after that. To correct an earlier change, change it in the "
                                 "department's history.")
    with pytest.raises(ValidationError, match="The change is dated 25 November 2026, after today"):
        store.run(champions.set_champion, department, people["Dafydd ap Siôn"], "25/11/2026", today=TODAY)
    with pytest.raises(ValidationError, match="not a date|day"):
        store.run(champions.set_champion, department, people["Dafydd ap Siôn"], "30/02/2026", today=TODAY)
    assert len(history(store, department)) == 1


def test_a_second_change_on_the_same_day_corrects_the_first(store, agency):
    """The wrong officer picked and put right the same afternoon: one change, not two."""
    department, people = agency["department"], agency["people"]
    store.run(champions.set_champion, department, people["Dafydd ap Siôn"], TODAY, "Took over.", today=TODAY)
    store.run(champions.set_champion, department, people["Zofia Wiśniewska"], TODAY, today=TODAY)
    assert history(store, department)[:1] == [("Zofia Wiśniewska", TODAY, "Took over.", True)]
    assert len(history(store, department)) == 2
    assert not is_champion(store, people["Dafydd ap Siôn"])
    # Put back to who it was before: the day's change goes.
    store.run(champions.set_champion, department, people["Gwenllian Rhys"], TODAY, today=TODAY)
    assert [row[0] for row in history(store, department)] == ["Gwenllian Rhys"]
    assert is_champion(store, people["Gwenllian Rhys"])


def test_correcting_and_removing_a_change_moves_the_champion(store, agency):
    department, people = agency["department"], agency["people"]
    store.run(champions.set_champion, department, people["Dafydd ap Siôn"], "03/03/2026", today=TODAY)
    latest = store.run(champions.champion_history, department)[0]
    store.run(champions.update_champion_change, latest.change_id, people["Zofia Wiśniewska"], "04/03/2026",
              "Corrected: it was Zofia.", today=TODAY)
    assert history(store, department)[0] == ("Zofia Wiśniewska", dt.date(2026, 3, 4), "Corrected: it was Zofia.", True)
    assert store.run(champions.department_row, department).champion == "Zofia Wiśniewska"
    assert (is_champion(store, people["Dafydd ap Siôn"]), is_champion(store, people["Zofia Wiśniewska"])) == (
        False, True)
    first = store.run(champions.champion_history, department)[-1]
    with pytest.raises(ValidationError, match="Partnerships already has a change on 4 March 2026"):
        store.run(champions.update_champion_change, first.change_id, first.person_id, "04/03/2026", today=TODAY)
    # Moved after the other, the first change becomes the latest, and its person the champion.
    store.run(champions.update_champion_change, first.change_id, first.person_id, "05/03/2026", today=TODAY)
    assert store.run(champions.department_row, department).champion == "Gwenllian Rhys"
    store.run(champions.remove_champion_change, first.change_id)
    assert store.run(champions.department_row, department).champion == "Zofia Wiśniewska"
    store.run(champions.remove_champion_change, latest.change_id)
    assert store.run(champions.department_row, department).gap  # no one was ever recorded
    assert not is_champion(store, people["Zofia Wiśniewska"])
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(champions.remove_champion_change, latest.change_id)


def test_a_champion_named_before_histories_began_starts_the_history_undated(store, world):
    """A department as revision 0008 found it: a champion, no history. The next change keeps them in it."""
    made = store.run(champions.add_department, world["council"], "Highways")
    store.run(lambda session: setattr(session.get(Department, made.id), "champion_id", world["people"]["llyr"]))
    store.run(champions.set_champion, made.id, world["people"]["mair"], "02/11/2026", today=TODAY)
    assert history(store, made.id) == [("Mair Humphreys", dt.date(2026, 11, 2), "", True),
                                       ("Llŷr Evans", None, "", False)]
    undated = store.run(champions.champion_history, made.id)[-1]
    # Its day can stay unknown when its note is corrected, and be given when it is found.
    store.run(champions.update_champion_change, undated.change_id, undated.person_id, None, "Since 2019?")
    assert history(store, made.id)[-1] == ("Llŷr Evans", None, "Since 2019?", False)
    store.run(champions.update_champion_change, undated.change_id, undated.person_id, "01/04/2019", "")
    assert history(store, made.id)[-1][1] == dt.date(2019, 4, 1)
    (change,) = store.run(champions.champion_changes_in, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (change.from_person, change.to_person) == ("Llŷr Evans", "Mair Humphreys")


def test_a_department_deleted_takes_its_history_with_it(store, agency):
    store.run(champions.delete_department, agency["department"])
    assert store.run(lambda s: s.scalar(select(func.count()).select_from(ChampionChange))) == 0
