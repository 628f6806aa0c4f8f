"""The sign-up register on a real store: signing up, signing again, lapses, and the counts."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from compactdesk.domain.enums import OrgTag, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.services import members, signup
from compactdesk.store.models import SignUp

DAY = dt.date(2026, 3, 3)


def count_signatures(store) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(SignUp)))


def rows(store, today=DAY) -> list[signup.SignUpRow]:
    return store.run(signup.signup_rows, today)


@pytest.fixture
def orgs(store):
    """A few organisations of each kind, named as a Welsh county's would be."""
    def add(name, sector, *tags):
        return store.run(members.add_organisation, name, sector, tags=tags).id

    return {
        "council": add("Cyngor Sir Dyfnant", Sector.COUNCIL),
        "health": add("Bwrdd Iechyd Hywel Môn", Sector.HEALTH),
        "bme": add("Dyfnant BME Forum", Sector.VCS, OrgTag.BME, OrgTag.SMALL),
        "rural": add("Rhwydwaith Cefn Gwlad", Sector.VCS, OrgTag.RURAL),
        "polish": add("Centrum Polskie – Łódź 🇵🇱", Sector.VCS, OrgTag.BME, OrgTag.VOLUNTEER_ONLY),
        "plain": add("Mind Dyfnant", Sector.VCS),
    }


# -- signing up ------------------------------------------------------------------------


def test_sign_up_is_recorded_with_its_note(store, orgs):
    made = store.run(signup.sign_up, orgs["polish"], DAY, "Signed at the AGM ☕ – Łucja, Gwenllïan and Llŷr")
    (row,) = rows(store)
    assert row == signup.SignUpRow(made.id, orgs["polish"], "Centrum Polskie – Łódź 🇵🇱", Sector.VCS,
                                   frozenset({OrgTag.BME, OrgTag.VOLUNTEER_ONLY}), DAY, None, True, 0,
                                   "Signed at the AGM ☕ – Łucja, Gwenllïan and Llŷr")
    assert row.key == made.id
    # Signed later than the day looked from: on the register, not yet signed.
    assert not rows(store, DAY - dt.timedelta(days=1))[0].signed_now


def test_signing_up_twice_is_refused_saying_since_when(store, orgs):
    store.run(signup.sign_up, orgs["bme"], "2024-05-01")
    with pytest.raises(ValidationError) as caught:
        store.run(signup.sign_up, orgs["bme"], DAY)
    assert caught.value.field == "organisation"
    assert str(caught.value) == ("Dyfnant BME Forum has been signed up since 1 May 2024. To record a new signature "
                                 "after a reorganisation, choose “Sign again”.")
    assert count_signatures(store) == 1


def test_an_organisation_may_sign_up_again_after_its_signature_lapsed(store, orgs):
    first = store.run(signup.sign_up, orgs["rural"], dt.date(2020, 1, 10))
    store.run(signup.record_lapse, first.id, dt.date(2022, 6, 1))
    store.run(signup.sign_up, orgs["rural"], dt.date(2023, 2, 1), "Rejoined")
    found = rows(store)
    assert [(r.signed_on, r.lapsed_on, r.signed_now, r.previous) for r in found] == [
        (dt.date(2020, 1, 10), dt.date(2022, 6, 1), False, 0), (dt.date(2023, 2, 1), None, True, 1)]


def test_signing_up_inside_a_lapsed_signature_is_refused(store, orgs):
    first = store.run(signup.sign_up, orgs["rural"], dt.date(2020, 1, 10))
    store.run(signup.record_lapse, first.id, dt.date(2022, 6, 1))
    with pytest.raises(ValidationError) as caught:
        store.run(signup.sign_up, orgs["rural"], dt.date(2021, 1, 1))
    assert caught.value.field == "signed_on"
    assert "already signed up from 10 January 2020 until 1 June 2022" in str(caught.value)
    # The day it lapsed is already outside it.
    store.run(signup.sign_up, orgs["rural"], dt.date(2022, 6, 1))


@pytest.mark.parametrize(("organisation", "day", "note", "field", "words"), [
    (None, DAY, "", "organisation", "Choose the organisation that signed up."),
    (99999, DAY, "", "organisation", "organisation you chose is no longer in this group's records"),
    ("plain", None, "", "signed_on", "Please give the day it signed up."),
    ("plain", "3rd of March", "", "signed_on", "is not a date CompactDesk can read"),
    ("plain", DAY, "x" * 200_001, "note", "200,001 characters"),
])
def test_sign_up_refuses_what_cannot_be_stored(store, orgs, organisation, day, note, field, words):
    with pytest.raises(ValidationError) as caught:
        store.run(signup.sign_up, orgs.get(organisation, organisation), day, note)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count_signatures(store) == 0


# -- signing again ---------------------------------------------------------------------


def test_signing_again_lapses_the_old_signature_and_starts_a_new_one_in_one_step(store, orgs):
    old = store.run(signup.sign_up, orgs["council"], dt.date(2019, 4, 1), "First signed at the launch")
    new = store.run(signup.sign_again, orgs["council"], dt.date(2025, 4, 1))
    found = {row.signup_id: row for row in rows(store)}
    assert (found[old.id].lapsed_on, found[old.id].signed_now, found[old.id].note) == (
        dt.date(2025, 4, 1), False, "First signed at the launch")
    assert (found[new.id].signed_on, found[new.id].lapsed_on, found[new.id].signed_now, found[new.id].previous,
            found[new.id].note) == (dt.date(2025, 4, 1), None, True, 1, "Signed again after reorganisation")
    # Signed up on every day across the change, and counted once.
    for day in (dt.date(2025, 3, 31), dt.date(2025, 4, 1)):
        assert store.run(signup.signup_counts, day).total == 1


def test_signing_again_takes_a_note_of_its_own(store, orgs):
    store.run(signup.sign_up, orgs["health"], dt.date(2019, 4, 1))
    store.run(signup.sign_again, orgs["health"], DAY, "New health board after the merger")
    assert rows(store)[-1].note == "New health board after the merger"


def test_signing_again_when_not_signed_up_is_refused(store, orgs):
    with pytest.raises(ValidationError) as caught:
        store.run(signup.sign_again, orgs["plain"], DAY)
    assert caught.value.field == "organisation"
    assert "Mind Dyfnant is not signed up" in str(caught.value)
    first = store.run(signup.sign_up, orgs["plain"], dt.date(2020, 1, 1))
    store.run(signup.record_lapse, first.id, dt.date(2021, 1, 1))
    with pytest.raises(ValidationError, match="Choose “Sign up” instead"):
        store.run(signup.sign_again, orgs["plain"], DAY)
    assert count_signatures(store) == 1


@pytest.mark.parametrize("day", [dt.date(2024, 5, 1), dt.date(2024, 4, 30)])
def test_signing_again_on_or_before_the_first_signature_is_refused(store, orgs, day):
    store.run(signup.sign_up, orgs["bme"], dt.date(2024, 5, 1))
    with pytest.raises(ValidationError) as caught:
        store.run(signup.sign_again, orgs["bme"], day)
    assert caught.value.field == "signed_on"
    assert "signed on 1 May 2024; signing again must come after that day" in str(caught.value)
    assert [(r.signed_on, r.lapsed_on) for r in rows(store)] == [(dt.date(2024, 5, 1), None)]


def test_signing_again_before_a_planned_lapse_replaces_that_signature(store, orgs):
    first = store.run(signup.sign_up, orgs["bme"], dt.date(2024, 5, 1))
    store.run(signup.record_lapse, first.id, dt.date(2027, 1, 1))  # the old body ends then
    store.run(signup.sign_again, orgs["bme"], dt.date(2026, 12, 1))
    assert [(r.signed_on, r.lapsed_on) for r in rows(store)] == [
        (dt.date(2024, 5, 1), dt.date(2026, 12, 1)), (dt.date(2026, 12, 1), None)]


# -- lapses, corrections, deletes --------------------------------------------------------


def test_a_lapse_is_recorded_and_may_fall_on_the_signing_day(store, orgs):
    made = store.run(signup.sign_up, orgs["plain"], DAY, "keep me")
    store.run(signup.record_lapse, made.id, DAY)
    (row,) = rows(store)
    assert (row.lapsed_on, row.signed_now, row.note) == (DAY, False, "keep me")
    store.run(signup.record_lapse, made.id, DAY + dt.timedelta(days=10), "Wound up 🕯")
    assert rows(store)[0].note == "Wound up 🕯"


def test_a_lapse_before_the_signature_is_refused(store, orgs):
    made = store.run(signup.sign_up, orgs["plain"], DAY)
    with pytest.raises(ValidationError) as caught:
        store.run(signup.record_lapse, made.id, DAY - dt.timedelta(days=1))
    assert caught.value.field == "lapsed_on"
    assert str(caught.value) == ("The day it lapsed (2 March 2026) cannot be before the day it signed up "
                                 "(3 March 2026). Check both dates.")
    assert rows(store)[0].lapsed_on is None


def test_a_lapse_that_would_overlap_the_next_signature_is_refused(store, orgs):
    first = store.run(signup.sign_up, orgs["council"], dt.date(2019, 4, 1))
    store.run(signup.sign_again, orgs["council"], dt.date(2025, 4, 1))
    with pytest.raises(ValidationError) as caught:
        store.run(signup.record_lapse, first.id, dt.date(2025, 6, 1))
    assert caught.value.field == "lapsed_on"
    assert "has been signed up since 1 April 2025" in str(caught.value)


def test_update_corrects_a_signature(store, orgs):
    made = store.run(signup.sign_up, orgs["plain"], DAY)
    store.run(signup.update_signup, made.id, organisation_id=orgs["rural"], signed_on="2025-01-02",
              lapsed_on="2026-01-02", note="Wrong group chosen at first — Gwenllïan")
    detail = store.run(signup.signature_detail, made.id)
    assert detail == signup.SignatureDetail(made.id, orgs["rural"], "Rhwydwaith Cefn Gwlad", dt.date(2025, 1, 2),
                                            dt.date(2026, 1, 2), "Wrong group chosen at first — Gwenllïan")


def test_update_refuses_dates_the_wrong_way_round_and_overlaps(store, orgs):
    first = store.run(signup.sign_up, orgs["council"], dt.date(2019, 4, 1))
    second = store.run(signup.sign_again, orgs["council"], dt.date(2025, 4, 1))
    with pytest.raises(ValidationError) as caught:
        store.run(signup.update_signup, second.id, organisation_id=orgs["council"], signed_on=DAY,
                  lapsed_on=DAY - dt.timedelta(days=1))
    assert caught.value.field == "lapsed_on"
    with pytest.raises(ValidationError) as caught:
        store.run(signup.update_signup, second.id, organisation_id=orgs["council"], signed_on=dt.date(2024, 1, 1))
    assert caught.value.field == "signed_on"
    assert "from 1 April 2019 until 1 April 2025" in str(caught.value)
    assert store.run(signup.signature_detail, first.id).lapsed_on == dt.date(2025, 4, 1)


def test_delete_removes_only_that_signature(store, orgs):
    first = store.run(signup.sign_up, orgs["council"], dt.date(2019, 4, 1))
    second = store.run(signup.sign_again, orgs["council"], dt.date(2025, 4, 1))
    store.run(signup.delete_signup, second.id)
    assert [row.signup_id for row in rows(store)] == [first.id]
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(signup.delete_signup, second.id)


# -- counts ------------------------------------------------------------------------------


def test_counts_by_sector_and_tag_and_who_is_not_signed(store, orgs):
    for key in ("council", "bme", "polish", "rural"):
        store.run(signup.sign_up, orgs[key], dt.date(2025, 1, 1))
    counts = store.run(signup.signup_counts, DAY)
    assert (counts.total, counts.public, counts.vcs) == (4, 1, 3)
    assert counts.by_sector[Sector.COUNCIL] == 1 and counts.by_sector[Sector.HEALTH] == 0
    assert list(counts.by_sector) == list(Sector)
    # Two tags, two counts: the BME forum is small as well.
    assert counts.by_tag == {OrgTag.SMALL: 1, OrgTag.BME: 2, OrgTag.RURAL: 1, OrgTag.VOLUNTEER_ONLY: 1,
                             OrgTag.UNFUNDED: 0}
    assert [ref.name for ref in counts.not_signed] == ["Bwrdd Iechyd Hywel Môn", "Mind Dyfnant"]
    assert all(not refs for refs in counts.not_signed_by_tag.values())
    assert counts.new_in_year == 0
    assert store.run(signup.signup_counts, dt.date(2025, 3, 1)).new_in_year == 4
    assert [row.organisation for row in store.run(signup.invite_rows, DAY)] == ["Bwrdd Iechyd Hywel Môn",
                                                                               "Mind Dyfnant"]
    assert all(row.signup_id is None and row.key < 0 for row in store.run(signup.invite_rows, DAY))


def test_not_signed_are_grouped_by_tag(store, orgs):
    store.run(signup.sign_up, orgs["bme"], DAY)
    counts = store.run(signup.signup_counts, DAY)
    assert [ref.name for ref in counts.not_signed_by_tag[OrgTag.BME]] == ["Centrum Polskie – Łódź 🇵🇱"]
    assert [ref.name for ref in counts.not_signed_by_tag[OrgTag.RURAL]] == ["Rhwydwaith Cefn Gwlad"]
    assert counts.not_signed_by_tag[OrgTag.SMALL] == ()


def test_newly_signed_in_a_year_is_the_first_signature_only(store, orgs):
    store.run(signup.sign_up, orgs["council"], dt.date(2019, 4, 1))
    store.run(signup.sign_again, orgs["council"], dt.date(2026, 4, 1))  # signed before: not new
    store.run(signup.sign_up, orgs["plain"], dt.date(2026, 2, 14))  # new
    old = store.run(signup.sign_up, orgs["rural"], dt.date(2018, 1, 1))
    store.run(signup.record_lapse, old.id, dt.date(2024, 1, 1))
    store.run(signup.sign_up, orgs["rural"], dt.date(2026, 7, 7))  # rejoined after a gap: signed before, not new
    store.run(signup.sign_up, orgs["bme"], dt.date(2026, 12, 31))  # new, on the year's last day
    new = store.run(signup.signed_in_year, 2026)
    assert [(found.name, found.signed_on) for found in new] == [
        ("Mind Dyfnant", dt.date(2026, 2, 14)), ("Dyfnant BME Forum", dt.date(2026, 12, 31))]
    assert [found.name for found in store.run(signup.signed_in_year, 2019)] == ["Cyngor Sir Dyfnant"]
    assert [found.name for found in store.run(signup.signed_in_year, 2018)] == ["Rhwydwaith Cefn Gwlad"]
    assert store.run(signup.signed_in_year, 2025) == []


# -- any history: the count on a day is who that day is covered ----------------------------

START = dt.date(2015, 1, 1)
steps = st.lists(st.tuples(st.integers(min_value=1, max_value=900), st.sampled_from(["sign", "again", "lapse"])),
                 max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=st.lists(steps, min_size=6, max_size=6),
       days=st.lists(st.integers(min_value=-10, max_value=6000), min_size=1, max_size=8))
def test_the_count_on_any_day_is_the_organisations_whose_signature_covers_it(store, orgs, histories, days):
    store.run(lambda session: session.execute(delete(SignUp)))
    keys = sorted(orgs)
    spans = {key: [] for key in keys}  # this test's own record: [start, end) per signature
    for key, history in zip(keys, histories, strict=True):
        day, open_id = START, None
        for gap, action in history:
            day += dt.timedelta(days=gap)
            if open_id is None and action != "again":
                open_id = store.run(signup.sign_up, orgs[key], day).id
                spans[key].append([day, None])
            elif open_id is None:
                with pytest.raises(ValidationError):
                    store.run(signup.sign_again, orgs[key], day)
            elif action == "sign":
                with pytest.raises(ValidationError, match="has been signed up since"):
                    store.run(signup.sign_up, orgs[key], day)
            elif action == "again":
                open_id = store.run(signup.sign_again, orgs[key], day).id
                spans[key][-1][1] = day
                spans[key].append([day, None])
            else:
                store.run(signup.record_lapse, open_id, day)
                spans[key][-1][1] = day
                open_id = None
    tags = {key: row.tags for key in keys for row in store.run(members.organisation_rows)
            if row.organisation_id == orgs[key]}
    sectors = {key: row.sector for key in keys for row in store.run(members.organisation_rows)
               if row.organisation_id == orgs[key]}

    for offset in days:
        day = START + dt.timedelta(days=offset)
        covered = {key for key, own in spans.items()
                   if any(start <= day and (end is None or end > day) for start, end in own)}
        counts = store.run(signup.signup_counts, day)
        assert counts.total == len(covered)
        assert counts.by_tag == {tag: sum(1 for key in covered if tag in tags[key]) for tag in OrgTag}
        assert counts.by_sector == {sector: sum(1 for key in covered if sectors[key] is sector) for sector in Sector}
        assert {ref.organisation_id for ref in counts.not_signed} == {orgs[key] for key in keys if key not in covered}
        assert sum(row.signed_now for row in store.run(signup.signup_rows, day)) == len(covered)
        # New that year: the organisation's first signature of all began in it.
        fresh = {key for key, own in spans.items() if own and own[0][0].year == day.year}
        assert counts.new_in_year == len(fresh)
