import datetime as dt

import pytest
from sqlalchemy import func, select

from compactdesk.domain.enums import CompactStatus, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import Standards
from compactdesk.services import compact, members
from compactdesk.store.models import Compact, CompactStatusChange

TODAY = dt.date(2026, 3, 3)


def count(store, model) -> int:
    return store.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def test_new_store_has_no_compact_and_national_standards(store):
    assert store.run(compact.get_compact) is None
    assert store.run(compact.standards) == Standards()
    assert store.run(compact.current_status, TODAY) is None


def test_set_up_compact_keeps_welsh_names_and_records_the_first_status(store):
    store.run(compact.set_up_compact, "Compact Ynys Môn 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "Ynys Môn", status=CompactStatus.IN_DRAFT,
              status_on="2026-01-15")
    found = store.run(compact.get_compact)
    assert (found.name, found.area) == ("Compact Ynys Môn 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "Ynys Môn")
    now = store.run(compact.current_status, TODAY)
    assert (now.status, now.since) == (CompactStatus.IN_DRAFT, dt.date(2026, 1, 15))
    assert store.run(compact.current_status, dt.date(2026, 1, 14)) is None


def test_set_up_compact_without_a_status_date_uses_today(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    now = store.run(compact.current_status, TODAY)
    assert (now.status, now.since) == (CompactStatus.JUST_STARTING, TODAY)


def test_set_up_compact_strips_control_characters(store):
    store.run(compact.set_up_compact, "Dyfnant\x00 Compact\x07\n", "Rhondda\tCynon Taf", today=TODAY)
    found = store.run(compact.get_compact)
    assert (found.name, found.area) == ("Dyfnant Compact", "Rhondda Cynon Taf")


def test_only_one_compact_per_store(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    with pytest.raises(ValidationError, match="already hold a compact"):
        store.run(compact.set_up_compact, "Another Compact", today=TODAY)
    assert count(store, Compact) == 1
    assert count(store, CompactStatusChange) == 1


def test_set_up_compact_needs_a_name(store):
    with pytest.raises(ValidationError) as caught:
        store.run(compact.set_up_compact, "  \x00 ", "Powys", today=TODAY)
    assert caught.value.field == "name"
    assert "compact's name" in str(caught.value)
    assert count(store, Compact) == 0


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"status": "launched"}, "status", "not a known compact status"),
    ({"status_on": "2026-02-30"}, "on", "2026-02-30"),
])
def test_a_failed_set_up_leaves_nothing_half_written(store, kwargs, field, words):
    # The compact row is flushed before its first status: both must roll back together.
    with pytest.raises(ValidationError) as caught:
        store.run(compact.set_up_compact, "Dyfnant Compact", "Dyfnant", today=TODAY, **kwargs)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert count(store, Compact) == 0
    assert count(store, CompactStatusChange) == 0
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)  # and the name is still free


def test_unknown_status_lists_the_choices(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    with pytest.raises(ValidationError) as caught:
        store.run(compact.record_status, "asleep", TODAY)
    assert "Just starting" in str(caught.value) and "Wound up" in str(caught.value)


def test_services_that_need_a_compact_say_so(store):
    for call in (lambda: store.run(compact.update_compact, name="X"),
                 lambda: store.run(compact.set_standards, Standards()),
                 lambda: store.run(compact.record_status, CompactStatus.AGREED, TODAY),
                 lambda: store.run(compact.set_partners, [])):
        with pytest.raises(ValidationError, match="Set up the compact first"):
            call()


def test_update_compact_sets_labels_and_notes(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    store.run(compact.update_compact, name="Compact Gwynedd", area="Gwynedd", group_label="steering group",
              champion_label="representative", notes="Line one\n\tLine two\x00")
    found = store.run(compact.get_compact)
    assert (found.name, found.area, found.group_label, found.champion_label) == (
        "Compact Gwynedd", "Gwynedd", "steering group", "representative")
    assert found.notes == "Line one\n\tLine two"


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"name": ""}, "name", "compact's name"),
    ({"name": "Ok", "group_label": " "}, "group_label", "a word for the group"),
    ({"name": "Ok", "champion_label": "x" * 101}, "champion_label", "A word for a champion: 101 characters"),
])
def test_update_compact_refuses_bad_input_and_keeps_the_old_values(store, kwargs, field, words):
    store.run(compact.set_up_compact, "Dyfnant Compact", "Dyfnant", today=TODAY)
    with pytest.raises(ValidationError) as caught:
        store.run(compact.update_compact, **{"area": "Changed", **kwargs})
    assert caught.value.field == field
    assert words in str(caught.value)
    found = store.run(compact.get_compact)
    assert (found.name, found.area, found.group_label) == ("Dyfnant Compact", "Dyfnant", "liaison group")


def test_standards_are_stored_and_read_back(store):
    store.run(compact.set_up_compact, "Thurrock Compact", today=TODAY)
    # Thurrock's CVS had six months' notice: a setting, not a breach.
    chosen = Standards(consultation_weeks=8, funding_notice_months=6, feedback_days=14,
                       feedback_by_next_meeting=True, due_soon_days=0)
    store.run(compact.set_standards, chosen)
    assert store.run(compact.standards) == chosen


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"consultation_weeks": 0}, "consultation_weeks", "The consultation length in weeks must be between 1 and 52"),
    ({"consultation_weeks": 53}, "consultation_weeks", "between 1 and 52"),
    ({"funding_notice_months": 25}, "funding_notice_months", "The funding notice in months must be between 1 and 24"),
    ({"feedback_days": 0}, "feedback_days", "The days allowed for feedback must be between 1 and 365"),
    ({"due_soon_days": -1}, "due_soon_days", "between 0 and 365"),
    ({"feedback_days": 2.5}, "feedback_days", "must be a whole number"),
    ({"feedback_days": "twenty"}, "feedback_days", "must be a whole number"),
])
def test_standards_out_of_range_are_refused_and_nothing_changes(store, change, field, words):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    # consultation_weeks is written before later fields are checked; it must roll back too.
    with pytest.raises(ValidationError) as caught:
        store.run(compact.set_standards, Standards(**{"consultation_weeks": 20, **change}))
    assert caught.value.field == field
    assert words in str(caught.value)
    assert store.run(compact.standards) == Standards()


def test_standards_accept_numbers_typed_as_text(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    store.run(compact.set_standards, Standards(feedback_days="21"))
    assert store.run(compact.standards).feedback_days == 21


def test_status_history_and_current_status(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", status="in_draft", status_on="2025-01-10")
    store.run(compact.record_status, CompactStatus.SIGNED, "2025-06-01", "Signed at the AGM in Llanfair")
    store.run(compact.record_status, "in_difficulty", dt.date(2026, 1, 5))
    later = store.run(compact.record_status, CompactStatus.UNDER_REVIEW, dt.date(2026, 1, 5))
    store.run(compact.record_status, CompactStatus.IMPLEMENTED, dt.date(2027, 1, 1))  # planned, not yet
    history = store.run(lambda s: [(c.status, c.on, c.note) for c in compact.get_compact(s).status_history])
    assert [h[0] for h in history] == [CompactStatus.IN_DRAFT, CompactStatus.SIGNED, CompactStatus.IN_DIFFICULTY,
                                       CompactStatus.UNDER_REVIEW, CompactStatus.IMPLEMENTED]
    assert history[1][2] == "Signed at the AGM in Llanfair"
    assert store.run(compact.current_status, dt.date(2025, 7, 1)).status is CompactStatus.SIGNED
    # Two changes on one day: the one recorded last stands.
    assert store.run(compact.current_status, TODAY).status is CompactStatus.UNDER_REVIEW
    store.run(compact.remove_status, later.id)
    assert store.run(compact.current_status, TODAY).status is CompactStatus.IN_DIFFICULTY
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(compact.remove_status, later.id)


def test_record_status_needs_a_date(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    with pytest.raises(ValidationError) as caught:
        store.run(compact.record_status, CompactStatus.AGREED, "")
    assert caught.value.field == "on"
    assert "the date of the change" in str(caught.value)
    assert count(store, CompactStatusChange) == 1


def test_partners_are_deduplicated_and_unknown_ones_refused(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    council = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", Sector.COUNCIL)
    health = store.run(members.add_organisation, "Betsi Cadwaladr University Health Board", Sector.HEALTH)
    store.run(compact.set_partners, [council.id, health.id, council.id])

    def partner_names(s):
        return [o.name for o in compact.get_compact(s).partners]

    assert store.run(partner_names) == ["Betsi Cadwaladr University Health Board", "Cyngor Sir Ynys Môn"]
    with pytest.raises(ValidationError) as caught:
        store.run(compact.set_partners, [council.id, 9999])
    assert caught.value.field == "partners"
    assert "partner body" in str(caught.value)
    assert store.run(partner_names) == ["Betsi Cadwaladr University Health Board", "Cyngor Sir Ynys Môn"]
    store.run(compact.set_partners, [])
    assert store.run(partner_names) == []


def test_update_status_corrects_a_change_and_refuses_bad_input(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    change = store.run(compact.record_status, CompactStatus.AGREED, "2026-01-10", "Agreed at the board")
    store.run(compact.update_status, change.id, CompactStatus.SIGNED, "2026-02-01", "Signed in Neuadd y Sir ☕")
    row = next(r for r in store.run(compact.status_rows, TODAY) if r.id == change.id)
    assert (row.status, row.on, row.note) == (CompactStatus.SIGNED, dt.date(2026, 2, 1), "Signed in Neuadd y Sir ☕")
    with pytest.raises(ValidationError) as caught:
        store.run(compact.update_status, change.id, CompactStatus.AGREED, "")
    assert caught.value.field == "on"
    row = next(r for r in store.run(compact.status_rows, TODAY) if r.id == change.id)
    assert row.status is CompactStatus.SIGNED
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(compact.update_status, 9999, CompactStatus.AGREED, TODAY)


def test_status_rows_are_newest_first_and_mark_the_standing_one(store):
    assert store.run(compact.status_rows, TODAY) == []
    store.run(compact.set_up_compact, "Dyfnant Compact", status="in_draft", status_on="2025-01-10")
    signed = store.run(compact.record_status, CompactStatus.SIGNED, "2025-06-01", "Signed at the AGM")
    again = store.run(compact.record_status, CompactStatus.IMPLEMENTED, "2025-06-01")
    planned = store.run(compact.record_status, CompactStatus.UNDER_REVIEW, "2027-01-01")
    rows = store.run(compact.status_rows, TODAY)
    assert [r.id for r in rows][:3] == [planned.id, again.id, signed.id]
    assert [r.status for r in rows] == [CompactStatus.UNDER_REVIEW, CompactStatus.IMPLEMENTED, CompactStatus.SIGNED,
                                        CompactStatus.IN_DRAFT]
    assert [(r.current, r.planned) for r in rows] == [(False, True), (True, False), (False, False), (False, False)]
    assert rows[2].note == "Signed at the AGM"
    # The row marked current is the one current_status reports.
    now = store.run(compact.current_status, TODAY)
    assert (rows[1].status, rows[1].on) == (now.status, now.since)
    with pytest.raises(AttributeError):
        rows[0].note = "changed"  # frozen: safe to keep after the session


def test_compact_summary_gathers_what_the_page_shows(store):
    assert store.run(compact.compact_summary, TODAY) is None
    store.run(compact.set_up_compact, "Compact Ynys Môn", "Ynys Môn", status=CompactStatus.SIGNED,
              status_on="2025-04-01")
    store.run(compact.update_compact, name="Compact Ynys Môn", area="Ynys Môn", group_label="steering group",
              champion_label="representative", notes="Llŷr keeps the minutes 🎉")
    store.run(compact.set_standards, Standards(consultation_weeks=13, funding_notice_months=6))
    police = store.run(members.add_organisation, "Heddlu Gogledd Cymru", Sector.POLICE)
    council = store.run(members.add_organisation, "cyngor Sir Ynys Môn", Sector.COUNCIL)
    store.run(compact.set_partners, [police.id, council.id])
    summary = store.run(compact.compact_summary, TODAY)
    assert (summary.name, summary.area, summary.group_label, summary.champion_label, summary.notes) == (
        "Compact Ynys Môn", "Ynys Môn", "steering group", "representative", "Llŷr keeps the minutes 🎉")
    assert summary.standards == Standards(consultation_weeks=13, funding_notice_months=6)
    assert summary.status == compact.StatusNow(CompactStatus.SIGNED, dt.date(2025, 4, 1))
    # Sorted without regard to case, as a person reads a list.
    assert [(p.name, p.sector) for p in summary.partners] == [("cyngor Sir Ynys Môn", Sector.COUNCIL),
                                                              ("Heddlu Gogledd Cymru", Sector.POLICE)]


def test_partner_choices_list_every_organisation_public_bodies_first(store):
    store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
    cvs = store.run(members.add_organisation, "Age Cymru Dyfnant", Sector.VCS)
    police = store.run(members.add_organisation, "Heddlu Dyfed-Powys", Sector.POLICE)
    council = store.run(members.add_organisation, "Cyngor Sir Dyfnant", Sector.COUNCIL)
    store.run(compact.set_partners, [police.id])
    choices = store.run(compact.partner_choices)
    assert [(c.id, c.chosen) for c in choices] == [(council.id, False), (police.id, True), (cvs.id, False)]


def test_partner_choices_before_set_up_are_all_unchosen(store):
    store.run(members.add_organisation, "Cyngor Sir Dyfnant", Sector.COUNCIL)
    assert [c.chosen for c in store.run(compact.partner_choices)] == [False]


def test_standards_in_plain_words():
    assert compact.describe_standards(Standards()) == [
        "Consultations run at least 12 weeks.",
        "Respondents hear what was done with their views within 12 weeks of closing.",
        "Funding changes: at least 3 calendar months' notice.",
        "Feedback owed within 28 days of being asked.",
        "Deadlines show as ‘due soon’ from 30 days before.",
    ]
    words = compact.describe_standards(Standards(consultation_weeks=1, funding_notice_months=1, feedback_days=1,
                                                 feedback_by_next_meeting=True, due_soon_days=0,
                                                 consultation_feedback_weeks=1))
    assert words == [
        "Consultations run at least 1 week.",
        "Respondents hear what was done with their views within 1 week of closing.",
        "Funding changes: at least one calendar month's notice.",
        "Feedback owed by the next meeting, or within 1 day of being asked when no meeting is planned.",
        "Deadlines show as ‘due soon’ only on the day itself.",
    ]
