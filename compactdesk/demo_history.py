"""The demo group's histories and resources (issue 21): who led the compact and who championed each
department over the years, each code's steps, what came of the funding notices, the resources behind the
compact (one ending soon, so the dashboard reminds), and a seat awaiting nomination.

Written as records, as demo_compact.py writes the rest, each history ending where the records stand now: a
department's latest change is its champion, a code's latest step its status."""

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import CodeStatus, CommitmentKind, FundingOutcome, LeadRole
from compactdesk.store.models import (
    ChampionChange,
    CodeOfPractice,
    CodeStatusChange,
    Commitment,
    CompactLead,
    Department,
    FundingNotice,
    Organisation,
    Person,
    Seat,
)

# role, person key, from (days), note
LEADS = [
    (LeadRole.COUNCILLOR, "dafydd", -1450, "Portfolio holder for communities"),
    (LeadRole.COUNCILLOR, "gwenllian", -559, "After the council elections"),
    (LeadRole.OFFICER, "owain", -1500, ""),
    (LeadRole.OFFICER, "rhodri", -420, "Owain moved to Finance in the council reorganisation"),
]

# department, earlier champions [(person key, from)], the champion now from (days), note
CHAMPIONS = {
    "Social Services": ([("alun", -1300)], -210, "Alun moved to Housing"),
    "Primary and Community Care": ([("carys", -1400)], -299, "Carys moved to Public Health"),
}
FIRST_NAMED = -1100  # when the other champions were named

# code name: [(status, days before adoption or from today, note)], in order; the last is the code's status now
CODE_STEPS = {
    "Information and communication": [
        (CodeStatus.IN_DRAFT, -520, "Draft by the communications officers of both sectors"),
        (CodeStatus.ACCEPTED_IN_PRINCIPLE, -330, "Accepted by the liaison group; Welsh Language Officer consulted"),
        (CodeStatus.ADOPTED, -250, "Adopted by the council's cabinet and the CVC's trustees"),
    ],
    "Black and minority ethnic voluntary and community organisations": [
        (CodeStatus.IN_DRAFT, -400, "Drafted with the BME Forum"),
        (CodeStatus.IN_DRAFT, -300, "Questionnaire to BME groups; 31 replies"),
        (CodeStatus.IN_DRAFT, -190, "Met BME groups in Aberwen and Llanfair; redrafted"),
        (CodeStatus.ACCEPTED_IN_PRINCIPLE, -75, "Plain-language check by the older people's reading group"),
    ],
    "Community groups": [
        (CodeStatus.IN_DRAFT, -160, "First draft sent to small groups"),
        (CodeStatus.IN_DRAFT, -40, "Redraft after consultation with small groups"),
    ],
    "Working in partnership": [
        (CodeStatus.ADOPTED, -1600, ""),
        (CodeStatus.UNDER_REVIEW, -130, "Refresh with the compact"),
    ],
}

# funding notice's note (as demo_compact.FUNDING has it): amount (pence), percent, outcome, on (days), note
OUTCOMES = {
    "Carers' breaks grant cut by 10%.": (None, 10, FundingOutcome.WENT_AHEAD, -330, ""),
    "Arts grant reduced; six months' notice given.": (1_200_000, None, FundingOutcome.REDUCED, -110,
                                                       "Cut by £8,000 in the end, not £12,000"),
    "Community transport subsidy reduced mid-year.": (900_000, None, FundingOutcome.WITHDRAWN, -175,
                                                      "Subsidy kept after the liaison group raised the notice"),
}

# kind, title, funder (organisation name), holder (person key), pounds, a year?, share %, from, to (days), months
RESOURCES = [
    (CommitmentKind.POST, "Compact development officer", "Hywel Môn University Health Board", "elin", 32_000, True,
     60, -600, 75, 3),
    (CommitmentKind.POST, "Head of Policy and Partnerships (compact lead)", "Dyfnant County Council", "rhodri",
     48_000, True, 20, -1500, None, 3),
    (CommitmentKind.BUDGET, "Compact budget: meetings, translation and travel", "Dyfnant County Council", None,
     10_000, True, None, -330, 35, 3),
    (CommitmentKind.AGREEMENT, "Engagement grant for small and rural groups", "Dyfnant Public Services Board", None,
     12_000, False, None, -200, 400, 4),
]

# seat, empty since (days), why, its brief
AWAITING = ("Small and unfunded groups seat", -94, "Awaiting nomination: the small groups' network meets in January",
            "Small groups, unfunded groups and groups run by volunteers alone")


def _day(today: dt.date, offset: int | None) -> dt.date | None:
    return None if offset is None else today + dt.timedelta(days=offset)


def build_histories(session: Session, today: dt.date, people: dict[str, Person]) -> None:
    for role, who, since, note in LEADS:
        session.add(CompactLead(role=role, person=people[who], on=_day(today, since), note=note))
    for department in session.scalars(select(Department)):
        earlier, since, note = CHAMPIONS.get(department.name, ([], FIRST_NAMED, ""))
        for who, on in earlier:
            session.add(ChampionChange(department=department, person=people[who], on=_day(today, on)))
        if department.champion is not None:
            session.add(ChampionChange(department=department, person=department.champion, on=_day(today, since),
                                       note=note))
    codes = {code.name: code for code in session.scalars(select(CodeOfPractice))}
    for name, steps in CODE_STEPS.items():
        for status, on, note in steps:
            session.add(CodeStatusChange(code=codes[name], status=status, on=_day(today, on), note=note))
    for code in codes.values():  # an adopted code with no steps of its own has its adoption as its history
        if code.name not in CODE_STEPS and code.adopted_on is not None:
            session.add(CodeStatusChange(code=code, status=CodeStatus.ADOPTED, on=code.adopted_on))
    for notice in session.scalars(select(FundingNotice)):
        if notice.notes in OUTCOMES:
            amount, share, outcome, on, note = OUTCOMES[notice.notes]
            notice.amount_pence, notice.percent, notice.outcome = amount, share, outcome
            notice.outcome_on, notice.outcome_note = _day(today, on), note
    funders = {organisation.name: organisation for organisation in session.scalars(select(Organisation))}
    for kind, title, funder, holder, pounds, a_year, share, start, end, months in RESOURCES:
        session.add(Commitment(kind=kind, title=title, funder=funders[funder],
                               holder=people[holder] if holder else None, amount_pence=pounds * 100,
                               per_year=a_year, share_percent=share, starts_on=_day(today, start),
                               ends_on=_day(today, end), remind_months=months, notes=""))
    title, since, reason, brief = AWAITING
    seat = session.scalars(select(Seat).where(Seat.title == title)).one()
    seat.vacancy_on, seat.vacancy_reason, seat.brief = _day(today, since), reason, brief
    session.flush()
