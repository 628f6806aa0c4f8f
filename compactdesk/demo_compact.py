"""The demo group's compact records: codes, consultations, funding notices, disputes,
sign-up, champions and two years of monitoring — enough for a full annual review.

Dates are offsets in days from `today` (or calendar months from a date), like the rest of the demo.
"""

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain.dates import add_months
from compactdesk.domain.enums import CodeStatus, FundingChange, HealthArea
from compactdesk.store.models import (
    CodeOfPractice,
    CodeReview,
    Consultation,
    Department,
    Dispute,
    DisputeStage,
    DisputeStep,
    FundingNotice,
    HealthCheck,
    Indicator,
    IndicatorRating,
    Organisation,
    Person,
    RelationshipRating,
    ReviewYear,
    SignUp,
)

# code name, status, adopted (days), review months, reviews (days), notes
CODES = [
    ("Funding and procurement", CodeStatus.ADOPTED, -1800, 36, [-700],
     "Three-year funding preferred; full cost recovery for commissioned services."),
    ("Consultation and policy appraisal", CodeStatus.ADOPTED, -1800, 24, [-800], "12 weeks, feedback within 12."),
    ("Volunteering", CodeStatus.ADOPTED, -1500, 36, [-200], ""),
    ("Black and minority ethnic voluntary and community organisations", CodeStatus.ACCEPTED_IN_PRINCIPLE, None, 24, [],
     "Drafted with the BME Forum; plain-language check by the older people's reading group."),
    ("Community groups", CodeStatus.IN_DRAFT, None, 24, [], "Redraft after consultation with small groups."),
    ("Information and communication", CodeStatus.ADOPTED, -250, 24, [], "Papers in Welsh and English."),
    ("Commissioning", CodeStatus.PROPOSED, None, 24, [], ""),
    ("Working in partnership", CodeStatus.UNDER_REVIEW, -1600, 36, [-1000], "Refresh with the compact."),
]

# title, public body (org index), opens (days), closes (days after it opens: 83 is twelve weeks, counting both ends), reason, feedback (days after closing), responses
CONSULTATIONS = [
    ("Council budget 2026–27", 0, -420, 83, "", 56, 340),
    ("Social care charging policy", 0, -560, 56, "", None, 75),
    ("Dyfnant Local Development Plan: preferred strategy", 0, -300, 83, "", 66, 212),
    ("Library service review", 0, -250, 42, "", 108, 96),
    ("Winter pressures: urgent care changes", 1, -200, 28,
     "Emergency winter planning to a Welsh Government deadline.", 32, 41),
    ("Community safety priorities 2027", 2, -180, 91, "", None, 58),
    ("Aberwen campus courses", 4, -120, 70, "", None, 17),
    ("Fire cover at rural stations", 3, -60, 90, "", None, None),
]

# organisation index, public body index, given (days), months of notice, end?, note
FUNDING = [
    (19, 0, -450, 4, False, "Carers' breaks grant cut by 10%."),
    (27, 0, -290, 6, False, "Arts grant reduced; six months' notice given."),
    (10, 0, -200, 2, False, "Community transport subsidy reduced mid-year."),
    (14, 1, -150, 3, False, "Counselling contract reduced at renewal."),
    (18, 0, -100, 1, True, "Youth forum grant ended."),
]

# title, raised by, against, raised (days), [(stage name, days)], resolved (days), outcome, summary
DISPUTES = [
    ("Tender excluded small groups", 8, 0, -500,
     [("Informal discussion", -500), ("Raised at the liaison group", -470), ("Councillor's call-in", -430)],
     -420, "Tender re-issued in lots small groups can bid for.", "The day-care tender was one county-wide lot."),
    ("Library review consultation cut to six weeks", 6, 0, -205,
     [("Informal discussion", -205), ("Raised at the liaison group", -180), ("Mediation", -120),
      ("Outcome", -90)],
     -90, "The council agreed to run future consultations for 12 weeks and publish what changed.",
     "Six weeks, over the summer holidays, with no reason given."),
    ("Food bank did not share referral data as agreed", 1, 11, -150, [("Informal discussion", -150)],
     -130, "Data-sharing agreement signed; referrals resumed.", "Monthly referral figures stopped in spring."),
    ("Youth forum funding ended with one month's notice", 18, 0, -95,
     [("Informal discussion", -95), ("Raised at the liaison group", -60)], None, "",
     "The compact asks for three months' notice; the forum had one."),
]

ORIGINAL_SIGNATORIES = list(range(23))
SIGNED_AGAIN = [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 22]
NEW_SIGNATORIES = [25, 26, 28, 31]

# body index, department, champion (person key or None)
DEPARTMENTS = [
    (0, "Policy and Partnerships", "rhodri"), (0, "Commissioning and Procurement", "eleri"),
    (0, "Highways", "llyr"), (0, "Social Services", "mair"), (0, "Finance", "owain"), (0, "Housing", None),
    (0, "Planning", None), (0, "Libraries and Culture", "dewi"), (1, "Primary and Community Care", "ffion"),
    (1, "Public Health", None), (2, "Neighbourhood Policing", "iwan"), (3, "Prevention", "bethan"),
    (4, "Community Learning", None),
]

RELATIONSHIP = [(-700, 2, "Attendance poor after the council reorganisation."), (-610, 2, ""),
                (-520, 3, "Commissioning plans shared early for the first time."), (-430, 3, ""),
                (-340, 2, "Tender dispute; trust low."), (-250, 3, "Budget consultation well run."),
                (-160, 3, ""), (-70, 4, "Library dispute resolved by mediation; new consultation pledge."),
                (-10, 4, "")]

# The group's evidence for each question of the framework, in the framework's order (revision 0003).
EVIDENCE = [
    "Compact signed in 2021 with two codes; no action plan until 2022.",
    "Rated 2 of 5 at the first review: little trust after the grant cuts.",
    "The council funds 60% of the compact development officer's post; the health board £4,000.",
    "Named champions in most council departments; gaps in Housing, Planning and Public Health.",
    "One part-time post at Dyfnant Voluntary Action; travel costs paid for small groups' members.",
    "The cabinet member for communities chairs alternate meetings.",
    "Compact bulletin each quarter, in Welsh and English; in the council's staff induction.",
    "Four codes in force; the BME code accepted in principle.",
    "Action plan reviewed at every meeting and at the annual review event.",
    "Disputes route used three times; mediation settled the library dispute.",
    "Measures agreed with both sectors at the annual review event.",
    "Signatories asked to sign again after the reorganisation; most have.",
    "Awareness week each autumn; 140 people at events.",
    "Many targets late: commissioning work slipped after the reorganisation.",
    "Two notices gave less than three months; one gave six.",
    "Two short consultations, one explained; feedback late on two.",
    "Two of three disputes resolved, one by mediation.",
    "BME Forum holds a reserved seat; the Polish Welcome Centre and Refugee Welcome signed up.",
    "Statutory partners fill about half their seats; the voluntary sector three-quarters.",
    "Officers answer under half of the group's requests for feedback on time.",
    "The council's new grants policy came to the group in draft.",
    "Trust growing since the library dispute was settled.",
    "More responses than last year to the budget consultation.",
    "The library consultation pledge came from the compact's disputes route.",
]


# This year's rating of each question, 1 (not at all) to 5 (fully), beside the evidence above; None: not rated.
RATINGS = [3, 2, 3, 3, 2, None, 4, 3, 3, 4, 2, None, 3, 2, 2, 2, 3, None, 3, 2, 3, 3, 4, None]


def _day(today: dt.date, offset: int | None) -> dt.date | None:
    return None if offset is None else today + dt.timedelta(days=offset)


def build_compact_year(session: Session, today: dt.date, orgs: list[Organisation], people: dict[str, Person]) -> None:
    _codes(session, today)
    _consultations(session, today, orgs)
    _funding(session, today, orgs)
    _disputes(session, today, orgs)
    _sign_up(session, today, orgs)
    for body, name, champion in DEPARTMENTS:
        session.add(Department(organisation=orgs[body], name=name, champion=people[champion] if champion else None))
        if champion:
            people[champion].is_champion = True
    _monitoring(session, today)
    session.flush()


def _codes(session: Session, today: dt.date) -> None:
    codes = {code.name: code for code in session.scalars(select(CodeOfPractice))}
    for name, status, adopted, months, reviews, notes in CODES:
        code = codes[name]
        code.status, code.adopted_on, code.review_months, code.notes = status, _day(today, adopted), months, notes
        for offset in reviews:
            session.add(CodeReview(code=code, on=_day(today, offset), note="Reviewed by the liaison group."))


def _consultations(session: Session, today: dt.date, orgs: list[Organisation]) -> None:
    for title, body, opens, days, reason, told, responses in CONSULTATIONS:
        opens_on = _day(today, opens)
        closes_on = opens_on + dt.timedelta(days=days)
        feedback_on = closes_on + dt.timedelta(days=told) if told is not None else None
        session.add(Consultation(title=title, body=orgs[body], opens_on=opens_on, closes_on=closes_on,
                                 short_reason=reason, feedback_on=feedback_on if feedback_on and feedback_on <= today
                                 else None, responses=responses if closes_on <= today else None))


def _funding(session: Session, today: dt.date, orgs: list[Organisation]) -> None:
    for organisation, body, given, months, ending, note in FUNDING:
        given_on = _day(today, given)
        session.add(FundingNotice(organisation=orgs[organisation], body=orgs[body], given_on=given_on,
                                  effective_on=add_months(given_on, months),
                                  change=FundingChange.END if ending else FundingChange.REDUCE, notes=note))


def _disputes(session: Session, today: dt.date, orgs: list[Organisation]) -> None:
    stages = {stage.name: stage for stage in session.scalars(select(DisputeStage))}
    for title, raised_by, against, raised, steps, resolved, outcome, summary in DISPUTES:
        dispute = Dispute(title=title, raised_by=orgs[raised_by], against=orgs[against], raised_on=_day(today, raised),
                          summary=summary, outcome=outcome, resolved_on=_day(today, resolved))
        session.add(dispute)
        for stage, on in steps:
            session.add(DisputeStep(dispute=dispute, stage=stages[stage], on=_day(today, on)))


def _sign_up(session: Session, today: dt.date, orgs: list[Organisation]) -> None:
    reorganised = _day(today, -365)
    for k, index in enumerate(ORIGINAL_SIGNATORIES):
        session.add(SignUp(organisation=orgs[index], signed_on=_day(today, -1850 + 9 * k), lapsed_on=reorganised,
                           note="Signed at the launch." if k < 6 else ""))
    for k, index in enumerate(SIGNED_AGAIN):
        session.add(SignUp(organisation=orgs[index], signed_on=_day(today, -350 + 13 * k),
                           note="Signed again after the council reorganisation."))
    for k, index in enumerate(NEW_SIGNATORIES):
        session.add(SignUp(organisation=orgs[index], signed_on=_day(today, -120 + 25 * k)))


def _monitoring(session: Session, today: dt.date) -> None:
    this, last = today.year, today.year - 1
    indicators = list(session.scalars(select(Indicator).order_by(Indicator.position)))
    for index, indicator in enumerate(indicators):
        rating = RATINGS[index] if index < len(RATINGS) else None
        if rating is not None:  # a few left unrated, as in any real year
            session.add(IndicatorRating(indicator=indicator, year=this, rating=rating,
                                        evidence=EVIDENCE[index] if index < len(EVIDENCE) else ""))
        if index % 3 != 2:
            session.add(IndicatorRating(indicator=indicator, year=last, rating=1 + (index * 5) % 4, evidence=""))
    for k, area in enumerate(HealthArea):
        session.add(HealthCheck(year=this, area=area, rating=(3, 3, 2, 4, 2)[k],
                                evidence=("Joint induction for council and sector staff.",
                                          "Sector consulted early on the Local Development Plan.",
                                          "Reserved seats filled except small groups'.",
                                          "Case studies shared with two neighbouring compacts.",
                                          "Two funding notices fell short of three months.")[k]))
        session.add(HealthCheck(year=last, area=area, rating=(2, 2, 2, 3, 2)[k], evidence=""))
    for offset, rating, note in RELATIONSHIP:
        session.add(RelationshipRating(on=_day(today, offset), rating=rating, note=note))
    session.add(ReviewYear(
        year=this,
        summary="A year of rebuilding after the council reorganisation. Most signatories signed the compact again, "
                "the library dispute was settled through mediation, and the council pledged twelve-week "
                "consultations with published feedback.\n\nAttendance by statutory partners is still the group's "
                "weak point, and two funding notices gave less than three months.",
        priorities="Fill the small and unfunded groups' seat.\n\nAdopt the BME and community groups codes.\n\n"
                   "Every funding notice at least three months ahead; the Youth Forum dispute settled.\n\n"
                   "Champions named in Housing, Planning and Public Health."))
    session.add(ReviewYear(year=last, summary="The council reorganisation disrupted the group; signatories were "
                                              "asked to sign again.", priorities="Rebuild attendance."))
