"""The Monitoring & review page counts a year's figures for that year alone, in SQL
(services/monitoring_figures.py); the annual review paper counts them in services/review.py.
Over many generated years of records, days and standards, the two give the same YearFigures,
and the page's figures are worded as the paper words them.

Each example fills an in-memory SQLite database with the store's own tables.
"""

import datetime as dt

from agreement import add_feedback, add_targets, example_session, examples
from hypothesis import HealthCheck, example, given
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.orm import Session

from compactdesk.domain.enums import (
    Attendance,
    CodeStatus,
    FundingChange,
    IndicatorGroup,
    Measure,
    MeetingKind,
    MeetingStatus,
    Sector,
    SeatFill,
)
from compactdesk.services import monitoring, monitoring_figures, review
from compactdesk.store.models import (
    AttendanceRecord,
    CodeOfPractice,
    CodeReview,
    Compact,
    Consultation,
    Department,
    Dispute,
    FundingNotice,
    Indicator,
    Meeting,
    Organisation,
    Person,
    RelationshipRating,
    Seat,
    SeatTerm,
    SignUp,
)

SETTINGS = examples(60, suppress_health_check=[HealthCheck.too_slow])
MIDDLE = dt.date(2025, 7, 1)
# Days from 2024 to 2026 a month apart, and the ends of each year: few enough that records
# often fall on the same day (a term ending on a meeting's day) or on the day counted to.
EDGES = [dt.date(year, month, number) for year in (2024, 2025, 2026) for month, number in ((1, 1), (12, 31))]
day = st.sampled_from(EDGES) | st.integers(-18, 18).map(lambda months: MIDDLE + dt.timedelta(days=30 * months))
maybe = st.none() | day
PEOPLE, ORGANISATIONS = 6, 4
SECTORS = [Sector.COUNCIL, Sector.VCS, Sector.HEALTH, Sector.VCS]

records = st.fixed_dictionaries({
    "standards": st.fixed_dictionaries({
        "feedback_days": st.integers(1, 90), "consultation_weeks": st.integers(1, 16),
        "consultation_feedback_weeks": st.integers(1, 16), "funding_notice_months": st.integers(1, 12)}),
    # (sector, position), and terms (seat, person, start, end)
    "seats": st.lists(st.tuples(st.sampled_from(list(Sector)), st.integers(0, 3)), min_size=1, max_size=4),
    "terms": st.lists(st.tuples(st.integers(0, 3), st.integers(0, PEOPLE - 1), day, maybe), max_size=8),
    # (day, hour, kind, status), and attendance (meeting, person, status, standing in for)
    "meetings": st.lists(st.tuples(day, st.integers(0, 23), st.sampled_from(list(MeetingKind)),
                                   st.sampled_from(list(MeetingStatus))), max_size=6),
    "attendance": st.lists(st.tuples(st.integers(0, 5), st.integers(0, PEOPLE - 1), st.sampled_from(list(Attendance)),
                                     st.integers(0, PEOPLE - 1)), max_size=14),
    "targets": st.lists(st.tuples(maybe, maybe, maybe, maybe, st.lists(day, max_size=2)), max_size=12),
    "feedback": st.lists(st.tuples(day, maybe, st.booleans(), maybe), max_size=14),
    "consultations": st.lists(st.tuples(day, st.integers(0, 120), st.booleans(), maybe, st.none() | st.integers(0, 50)),
                              max_size=6),
    "notices": st.lists(st.tuples(day, st.integers(0, 300)), max_size=6),
    "disputes": st.lists(st.tuples(day, maybe, st.integers(0, ORGANISATIONS - 1)), max_size=5),
    "codes": st.lists(st.tuples(st.sampled_from(list(CodeStatus)), maybe, st.none() | st.integers(1, 36)), max_size=4),
    "reviews": st.lists(st.tuples(st.integers(0, 3), day), max_size=5),
    "sign_ups": st.lists(st.tuples(st.integers(0, ORGANISATIONS - 1), day, maybe), max_size=6),
    "ratings": st.lists(st.tuples(day, st.integers(1, 5)), max_size=5),
})


def _rows(session: Session, model, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(model), rows)


def _fill(session: Session, r: dict) -> None:
    _rows(session, Compact, [{"id": 1, "name": "Dyfnant Compact", "champion_label": "hyrwyddwr", **r["standards"]}])
    _rows(session, Organisation, [{"id": n + 1, "name": f"Organisation {n}", "sector": SECTORS[n]}
                                  for n in range(ORGANISATIONS)])
    _rows(session, Person, [{"id": n + 1, "name": f"Person {n}", "organisation_id": n % ORGANISATIONS + 1}
                            for n in range(PEOPLE)])
    _rows(session, Department, [{"organisation_id": 1, "name": "Finance", "champion_id": 1},
                                {"organisation_id": 1, "name": "Highways"}])
    _rows(session, Seat, [{"id": n + 1, "title": f"Seat {n}", "sector": sector, "fill": SeatFill.ELECTED,
                           "position": position} for n, (sector, position) in enumerate(r["seats"])])
    _rows(session, SeatTerm, [{"seat_id": seat % len(r["seats"]) + 1, "person_id": person + 1, "start_on": start,
                               "end_on": max(end, start) if end else None}
                              for seat, person, start, end in r["terms"]])
    _rows(session, Meeting, [{"id": n + 1, "kind": kind, "status": status,
                              "starts_at": dt.datetime.combine(on, dt.time(hour))}
                             for n, (on, hour, kind, status) in enumerate(r["meetings"])])
    registers = {}
    for meeting, person, status, instead in r["attendance"]:
        if r["meetings"]:
            registers[(meeting % len(r["meetings"]) + 1, person + 1)] = (status, instead + 1)
    _rows(session, AttendanceRecord, [
        {"meeting_id": meeting, "person_id": person, "status": status,
         "substitute_for_id": instead if status is Attendance.SUBSTITUTE and instead != person else None}
        for (meeting, person), (status, instead) in registers.items()])
    add_targets(session, r["targets"])
    add_feedback(session, r["feedback"])
    _rows(session, Consultation, [
        {"title": "Consultation", "body_id": 1, "opens_on": opens, "closes_on": opens + dt.timedelta(days=length),
         "short_reason": "Statutory deadline" if reason else "", "feedback_on": given, "responses": responses}
        for opens, length, reason, given, responses in r["consultations"]])
    _rows(session, FundingNotice, [{"organisation_id": 2, "body_id": 1, "given_on": given,
                                    "effective_on": given + dt.timedelta(days=after), "change": FundingChange.END}
                                   for given, after in r["notices"]])
    # Resolved before it was raised, now and then: a slip the count must survive as the paper does.
    _rows(session, Dispute, [{"title": "Dispute", "raised_by_id": 2, "against_id": against + 1, "raised_on": raised,
                              "resolved_on": resolved}
                             for raised, resolved, against in r["disputes"]])
    _rows(session, CodeOfPractice, [{"id": n + 1, "name": f"Code {n}", "status": status, "adopted_on": adopted,
                                     "review_months": months} for n, (status, adopted, months) in enumerate(r["codes"])])
    if r["codes"]:
        _rows(session, CodeReview, [{"code_id": code % len(r["codes"]) + 1, "on": on} for code, on in r["reviews"]])
    _rows(session, SignUp, [{"organisation_id": organisation + 1, "signed_on": signed,
                             "lapsed_on": max(lapsed, signed) if lapsed else None}
                            for organisation, signed, lapsed in r["sign_ups"]])
    _rows(session, RelationshipRating, [{"on": on, "rating": rating} for on, rating in r["ratings"]])
    _rows(session, Indicator, [{"group": IndicatorGroup.OUTPUTS, "question": f"How is {measure.label()}?",
                                "position": n, "measure": measure} for n, measure in enumerate(Measure)])


def _some(**records) -> dict:
    """Records for an example: none but those given."""
    return {"standards": {}, "seats": [(Sector.COUNCIL, 0)], "terms": [], "meetings": [], "attendance": [],
            "targets": [], "feedback": [], "consultations": [], "notices": [], "disputes": [], "codes": [],
            "reviews": [], "sign_ups": [], "ratings": [], **records}


@SETTINGS
@given(r=records, year=st.sampled_from([2023, 2024, 2025, 2026, 2027]), today=day)
@example(r=_some(codes=[(CodeStatus.ADOPTED, dt.date(2023, 12, 31), 24)]), year=2025, today=dt.date(2026, 3, 1))
@example(r=_some(seats=[(Sector.COUNCIL, 0), (Sector.VCS, 1)], meetings=[(dt.date(2025, 3, 5), 10, MeetingKind.LIAISON,
                                                                          MeetingStatus.HELD)],
                 terms=[(0, 0, dt.date(2024, 1, 1), dt.date(2025, 3, 5)), (1, 1, dt.date(2025, 3, 5), None),
                        (1, 0, dt.date(2024, 1, 1), None)],
                 attendance=[(0, 0, Attendance.APOLOGIES, 0), (0, 2, Attendance.SUBSTITUTE, 1)],
                 feedback=[(dt.date(2025, 1, 1), None, False, None), (dt.date(2024, 12, 31), None, False, None)],
                 disputes=[(dt.date(2026, 2, 1), dt.date(2025, 6, 1), 1)]),
         year=2025, today=dt.date(2026, 1, 1))
def test_the_pages_figures_are_the_annual_reviews(engine, r, year, today):
    with example_session(engine) as session:
        _fill(session, r)
        expected = review.year_figures(session, year, today)
        found = monitoring_figures.year_figures(session, year, today)
        rows = monitoring.indicator_rows(session, year, today) if year <= today.year else []
        sentences = review.figure_sentences(expected)
    assert found == expected
    assert [row.figure for row in rows] == ([sentences[measure] for measure in Measure] if rows else [])


def test_a_year_of_the_demo_store_is_counted_alike(demo_path, today):
    from compactdesk.store import open_store

    with open_store(demo_path) as store:
        for year in store.run(review.review_years, today):
            assert store.run(monitoring_figures.year_figures, year, today) == \
                store.run(review.year_figures, year, today), year
