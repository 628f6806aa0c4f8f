"""The year's figures and the compact's standards on the dashboard, from a real store."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.domain.dates import add_months
from compactdesk.domain.enums import (
    Attendance,
    CodeStatus,
    FundingChange,
    MeetingStatus,
    Sector,
)
from compactdesk.domain.errors import ValidationError
from compactdesk.services import compact, consultations, meetings, members, monitoring, review, seats, signup
from compactdesk.services.attention import Area, attention
from compactdesk.store.models import (
    CodeOfPractice,
    Consultation,
    Dispute,
    DisputeStage,
    DisputeStep,
    FundingNotice,
)

TODAY = dt.date(2026, 11, 24)


def _bodies(session):
    council = members.add_organisation(session, "Cyngor Sir Ddyfnant", Sector.COUNCIL)
    group = members.add_organisation(session, "Grŵp Cymunedol Llŷn", Sector.VCS)
    return council.id, group.id


def _notice(store, given_on, effective_on):
    def add(session):
        council, group = _bodies(session)
        session.add(FundingNotice(organisation_id=group, body_id=council, given_on=given_on,
                                  effective_on=effective_on, change=FundingChange.END))
    store.run(add)


def test_thirty_november_plus_three_months_is_enough_notice_on_the_last_day_of_february(store):
    store.run(compact.set_up_compact, "Compact Dyfnant", "Dyfnant")
    _notice(store, dt.date(2026, 11, 30), dt.date(2027, 2, 28))
    assert not store.run(attention, dt.date(2027, 1, 5)).section(Area.FUNDING_NOTICE)
    assert store.run(review.year_figures, 2026, TODAY.replace(year=2027)).funding.compliant == 1


def test_a_day_less_notice_is_on_the_dashboard_saying_how_short(store):
    store.run(compact.set_up_compact, "Compact Dyfnant", "Dyfnant")
    _notice(store, dt.date(2026, 11, 30), dt.date(2027, 2, 27))
    (line,) = store.run(attention, dt.date(2027, 1, 5)).section(Area.FUNDING_NOTICE)
    assert line.how_long == "1 day short" and "Grŵp Cymunedol Llŷn" in line.title and line.urgent


@settings(max_examples=40, deadline=None)
@given(given_on=st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), months=st.integers(0, 12))
def test_a_notice_is_flagged_exactly_when_shorter_than_three_calendar_months(tmp_path_factory, given_on, months):
    from compactdesk.store import create_store

    path = tmp_path_factory.mktemp("notice") / "group.cdstore"
    with create_store(path) as store:
        store.run(compact.set_up_compact, "Compact", "Area")
        effective = add_months(given_on, months)
        _notice(store, given_on, effective)
        flagged = store.run(attention, effective).section(Area.FUNDING_NOTICE)
        assert bool(flagged) == (months < 3)


def test_codes_show_for_review_sixty_days_ahead_and_when_overdue(store):
    store.run(compact.set_up_compact, "Compact Dyfnant", "Dyfnant")

    def adopt(session):
        code = session.get(CodeOfPractice, 1)
        code.status, code.adopted_on, code.review_months = CodeStatus.ADOPTED, dt.date(2024, 11, 30), 24
        proposed = session.get(CodeOfPractice, 2)
        proposed.adopted_on = dt.date(2020, 1, 1)  # not in force: never due for review
    store.run(adopt)
    assert not store.run(attention, dt.date(2026, 9, 30)).section(Area.CODE_REVIEW)
    (soon,) = store.run(attention, dt.date(2026, 10, 1)).section(Area.CODE_REVIEW)
    assert soon.how_long == "due in 60 days" and not soon.urgent
    (late,) = store.run(attention, dt.date(2026, 12, 1)).section(Area.CODE_REVIEW)
    assert late.how_long == "1 day overdue" and late.urgent


def test_consultations_short_without_reason_or_without_feedback_are_flagged(store):
    store.run(compact.set_up_compact, "Compact Dyfnant", "Dyfnant")

    def add(session):
        council, _ = _bodies(session)
        for title, opens, days, reason, told in (
                ("Twelve weeks", dt.date(2026, 1, 5), 83, "", dt.date(2026, 5, 1)),  # both ends counted
                ("Eleven weeks six days", dt.date(2026, 1, 5), 82, "", dt.date(2026, 5, 1)),
                ("Short with a reason", dt.date(2026, 1, 5), 28, "Flood emergency", dt.date(2026, 3, 1)),
                ("Nobody told", dt.date(2026, 1, 5), 90, "", None)):
            session.add(Consultation(title=title, body_id=council, opens_on=opens,
                                     closes_on=opens + dt.timedelta(days=days), short_reason=reason, feedback_on=told))
    store.run(add)
    lines = store.run(attention, dt.date(2026, 8, 1)).section(Area.CONSULTATION)
    assert [line.title.split(": ", 1)[1] for line in lines] == [
        "Eleven weeks six days — shorter than 12 weeks, no reason given",
        "Nobody told — respondents not yet told the outcome"]
    figures = store.run(review.year_figures, 2026, dt.date(2026, 8, 1)).consultations
    assert (figures.closed, figures.met_standard, figures.short_no_reason, figures.short_with_reason) == (4, 2, 1, 1)


def test_open_disputes_are_listed_with_their_stage_and_become_urgent_after_ninety_days(store):
    store.run(compact.set_up_compact, "Compact Dyfnant", "Dyfnant")

    def add(session):
        council, group = _bodies(session)
        dispute = Dispute(title="Grant cut without notice", raised_by_id=group, against_id=council,
                          raised_on=dt.date(2026, 6, 1))
        session.add(dispute)
        session.add(DisputeStep(dispute=dispute, stage=session.get(DisputeStage, 2), on=dt.date(2026, 6, 20)))
    store.run(add)
    (line,) = store.run(attention, dt.date(2026, 8, 30)).section(Area.DISPUTE)
    assert not line.urgent and "stage: Raised at the liaison group" in line.detail
    (line,) = store.run(attention, dt.date(2026, 9, 1)).section(Area.DISPUTE)
    assert line.urgent and line.how_long == "open 92 days"


def test_attendance_counts_a_seat_filled_by_a_substitute_and_ignores_a_meeting_without_a_register(store):
    def build(session):
        council, group = _bodies(session)
        chair = members.add_person(session, "Siân", organisation_id=group)
        officer = members.add_person(session, "Llŷr", organisation_id=council)
        deputy = members.add_person(session, "Dewi", organisation_id=council)
        for title, sector, person in (("VCS", Sector.VCS, chair), ("Council", Sector.COUNCIL, officer)):
            seat = seats.add_seat(session, title, sector, "nominated")
            seats.appoint(session, seat.id, person.id, dt.date(2025, 1, 1))
        first = meetings.create_meeting(session, "liaison", dt.datetime(2026, 3, 3, 10))
        meetings.record_attendance(session, first.id, chair.id, Attendance.PRESENT)
        meetings.record_attendance(session, first.id, officer.id, Attendance.APOLOGIES)
        meetings.record_attendance(session, first.id, deputy.id, Attendance.SUBSTITUTE, substitute_for_id=officer.id)
        second = meetings.create_meeting(session, "liaison", dt.datetime(2026, 6, 2, 10))
        for meeting in (first, second):
            for status in (MeetingStatus.AGENDA_ISSUED, MeetingStatus.HELD):
                meetings.set_status(session, meeting.id, status)
    store.run(build)
    figures = store.run(review.year_figures, 2026, TODAY)
    assert figures.meetings_held == 2
    first, second = figures.meetings
    assert (first.public_attended, first.public_expected, first.vcs_attended, first.vcs_expected) == (1, 1, 1, 1)
    assert not second.recorded and second.public_percent is None
    assert (figures.public_attendance, figures.vcs_attendance) == (100, 100)
    words = review.figure_sentences(figures)
    assert words[review.Measure.ATTENDANCE] == "Statutory partners 100% of their seats over 2 meetings"


def test_an_empty_year_has_no_false_zero_percent(store):
    figures = store.run(review.year_figures, 2026, TODAY)
    assert not figures.has_records
    assert figures.targets.done_percent is None and figures.feedback.on_time_percent is None
    words = review.figure_sentences(figures)
    assert words[review.Measure.TARGETS] == "None in the year"
    assert words[review.Measure.ATTENDANCE] == "No meetings held"
    assert store.run(review.review_years, TODAY) == [2026]


def test_an_organisation_named_on_the_compacts_record_is_kept(store):
    def add(session):
        council, group = _bodies(session)
        session.add(Dispute(title="Grant cut", raised_by_id=group, against_id=council, raised_on=dt.date(2026, 6, 1)))
        return council
    council = store.run(add)
    with pytest.raises(ValidationError) as refused:
        store.run(members.delete_organisation, council)
    assert "consultations, funding notices, disputes or the resources behind the compact" in refused.value.message
    assert "sign-up register" in refused.value.message


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(2200, 1, 1), dt.date(9999, 12, 30),
                                 "9999-12-31", "0001-02-03"])
def test_a_date_outside_the_years_kept_is_refused_at_its_field(store, day):
    """Far-off dates would overflow a rule that counts months or weeks on (a review due 24 months later)."""
    def add(session):
        council, _ = _bodies(session)
        consultations.add_consultation(session, "Cyllideb", council, day, day)
    with pytest.raises(ValidationError) as refused:
        store.run(add)
    assert refused.value.field == "opens_on" and "Check the year" in refused.value.message


def test_the_years_offered_for_review_start_in_1990(store):
    def add(session):
        _, group = _bodies(session)
        signup.sign_up(session, group, dt.date(1985, 3, 1))
    store.run(add)
    assert min(store.run(review.review_years, TODAY)) >= 1990
    assert min(store.run(monitoring.monitoring_years, TODAY)) >= 1990
