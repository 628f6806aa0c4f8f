"""A store holding ten years of a busy liaison group, for the speed benchmarks.

Run: .venv/bin/python bench/tenyear.py OUT.cdstore [--today YYYY-MM-DD]

The demo group (compact, codes, seats, the year's compact records) is topped up
to the make-up issue 15 names: 140 meetings of 12 agenda items each with minutes
and decisions of a few hundred words, 2,500 attendance rows, 2,000 people, 340
organisations, 5,000 targets with 10,000 progress notes, 20,000 feedback items,
300 consultations and 300 funding notices (a third with what came of them), spread over the ten years
before today; and the histories of issue 21 over those years: 120 steps in the making of codes, 400
changes of a department's champion, 24 changes of the compact's leads and 60 resources behind it. Rows
go in with bulk inserts, so the store takes seconds to make.
"""

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sqlalchemy import func, insert, select

from compactdesk.demo import write_demo
from compactdesk.domain.enums import (
    AnswerHow,
    Attendance,
    CodeStatus,
    CommitmentKind,
    FeedbackAsk,
    FundingChange,
    FundingOutcome,
    LeadRole,
    MeetingKind,
    MeetingStatus,
    Sector,
    StandingItem,
)
from compactdesk.store import open_store
from compactdesk.store.models import (
    AgendaItem,
    AttendanceRecord,
    ChampionChange,
    CodeOfPractice,
    CodeStatusChange,
    Commitment,
    CompactLead,
    Consultation,
    Department,
    Feedback,
    FundingNotice,
    Meeting,
    Organisation,
    Person,
    Target,
    TargetProgress,
)

TODAY = dt.date(2026, 12, 6)
MAKE_UP = {"meetings": 140, "items_per_meeting": 12, "attendance": 2_500, "people": 2_000, "organisations": 340,
           "targets": 5_000, "progress": 10_000, "feedback": 20_000, "consultations": 300, "funding": 300,
           "code_steps": 120, "champion_changes": 400, "lead_changes": 24, "commitments": 60}
WORDS = ("the group agreed that the council would report back on the voluntary sector grants programme and the "
         "health board's commissioning plan; members asked how small rural groups in Ynys Môn and Llŷn would hear "
         "of consultations in time, and Gwenllïan noted that Łucja's report on volunteering had gone to the "
         "partnership board. Officers will bring figures on the compact's twelve week standard to the next meeting "
         "and the chair thanked everyone for their work over the year").split()
STANDING = [StandingItem.WELCOME, StandingItem.DECLARATIONS, StandingItem.LAST_MINUTES, StandingItem.MATTERS_ARISING,
            StandingItem.OFFICER_FEEDBACK, StandingItem.ACTION_PLAN]
TOPICS = ["Grants programme review", "Commissioning plan", "Volunteering strategy", "Rural transport",
          "Community assets transfer", "Health and wellbeing board"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _ids(session, column) -> list[int]:
    return list(session.scalars(select(column)))


def make_ten_year_store(path: Path, today: dt.date = TODAY, seed: int = 10) -> Path:
    """Writes the ten-year store at `path` (which must not exist yet)."""
    rng = random.Random(seed)
    write_demo(path, today)
    with open_store(path, daily_backup=False) as store, store.session() as session:
        _organisations_and_people(session, rng)
        meetings = _meetings(session, rng, today)
        _targets(session, rng, today, meetings)
        _feedback(session, rng, today, meetings)
        _standards(session, rng, today)
        _histories(session, rng, today)
    return path


def _organisations_and_people(session, rng: random.Random) -> None:
    more = MAKE_UP["organisations"] - _count(session, Organisation)
    sectors = [Sector.VCS] * 8 + [Sector.COUNCIL, Sector.HEALTH, Sector.OTHER_PUBLIC]
    session.execute(insert(Organisation), [
        {"name": f"{rng.choice(['Cymdeithas', 'Friends of', 'Canolfan', 'Grŵp'])} {n} Ŵyr", "sector": rng.choice(sectors)}
        for n in range(more)])
    organisations = _ids(session, Organisation.id)
    more = MAKE_UP["people"] - _count(session, Person)
    session.execute(insert(Person), [
        {"name": f"{rng.choice(['Siân', 'Dafydd', 'Łucja', 'Gwenllïan', 'Rhys', 'Ffion'])} Person{n}",
         "organisation_id": rng.choice(organisations), "department": f"Department {n % 40}",
         "email": f"person{n}@example.org.uk", "role": "Officer"} for n in range(more)])


def _meetings(session, rng: random.Random, today: dt.date) -> list[tuple[int, dt.date, list[int]]]:
    """Tops meetings up to 140 over ten years (a month apart), each with 12 items; returns (id, day, item ids)."""
    more = MAKE_UP["meetings"] - _count(session, Meeting)
    first = today - dt.timedelta(days=3650)
    days = [first + dt.timedelta(days=round(n * 3400 / more)) for n in range(more)]
    session.execute(insert(Meeting), [
        {"kind": MeetingKind.LIAISON, "starts_at": dt.datetime.combine(day, dt.time(10)),
         "status": MeetingStatus.MINUTES_APPROVED, "venue": "Neuadd y Sir, Llanfair"} for day in days])
    meetings = session.execute(select(Meeting.id, Meeting.starts_at)
                               .where(Meeting.starts_at < dt.datetime.combine(first + dt.timedelta(days=3401),
                                                                             dt.time()))
                               .order_by(Meeting.starts_at)).all()
    items = []
    for meeting_id, _ in meetings[-more:]:
        for position in range(MAKE_UP["items_per_meeting"]):
            standing = STANDING[position] if position < len(STANDING) else None
            items.append({"meeting_id": meeting_id, "position": position, "standing": standing,
                          "title": standing.label() if standing else rng.choice(TOPICS),
                          "minutes": _text(rng, rng.randint(150, 350)), "decisions": _text(rng, rng.randint(30, 80))})
    session.execute(insert(AgendaItem), items)
    people = _ids(session, Person.id)
    more = MAKE_UP["attendance"] - _count(session, AttendanceRecord)
    rows = []
    seen = set(map(tuple, session.execute(select(AttendanceRecord.meeting_id, AttendanceRecord.person_id))))
    while len(rows) < more:
        meeting_id = rng.choice(meetings)[0]
        person_id = rng.choice(people[:60])
        if (meeting_id, person_id) not in seen:
            seen.add((meeting_id, person_id))
            rows.append({"meeting_id": meeting_id, "person_id": person_id,
                         "status": rng.choice([Attendance.PRESENT] * 4 + [Attendance.APOLOGIES, Attendance.ABSENT])})
    session.execute(insert(AttendanceRecord), rows)
    found = session.execute(select(AgendaItem.meeting_id, AgendaItem.id)).all()
    by_meeting: dict[int, list[int]] = {}
    for meeting_id, item_id in found:
        by_meeting.setdefault(meeting_id, []).append(item_id)
    return [(meeting_id, starts_at.date(), by_meeting.get(meeting_id, [])) for meeting_id, starts_at in meetings]


def _targets(session, rng: random.Random, today: dt.date, meetings) -> None:
    more = MAKE_UP["targets"] - _count(session, Target)
    codes = _ids(session, CodeOfPractice.id)
    organisations = _ids(session, Organisation.id)[:60]
    people = _ids(session, Person.id)[:400]
    rows = []
    for n in range(more):
        meeting_id, day, items = rng.choice(meetings)
        deadline = day + dt.timedelta(days=rng.randint(60, 540))
        outcome = rng.random()
        rows.append({"title": f"Target {n}: {rng.choice(TOPICS)} — Gwenllïan's plan", "measure": _text(rng, 12),
                     "code_id": rng.choice(codes), "partner_id": rng.choice(organisations),
                     "lead_id": rng.choice(people), "start_on": day, "deadline": deadline, "meeting_id": meeting_id,
                     "item_id": rng.choice(items) if items else None,
                     "completed_on": deadline - dt.timedelta(days=rng.randint(0, 50))
                     if outcome < 0.7 and deadline < today else None,
                     "dropped_on": deadline if 0.7 <= outcome < 0.75 and deadline < today else None,
                     "drop_reason": "Overtaken by the reorganisation." if 0.7 <= outcome < 0.75 else ""})
    session.execute(insert(Target), rows)
    targets = session.execute(select(Target.id, Target.start_on)).all()
    more = MAKE_UP["progress"] - _count(session, TargetProgress)
    session.execute(insert(TargetProgress), [
        {"target_id": target_id, "on": min(today, (start or today) + dt.timedelta(days=rng.randint(10, 200))),
         "note": _text(rng, rng.randint(10, 40))}
        for target_id, start in (rng.choice(targets) for _ in range(more))])


def _feedback(session, rng: random.Random, today: dt.date, meetings) -> None:
    more = MAKE_UP["feedback"] - _count(session, Feedback)
    officers = session.execute(select(Person.id, Person.department).limit(600)).all()
    rows = []
    for n in range(more):
        meeting_id, day, items = rng.choice(meetings)
        officer_id, department = rng.choice(officers)
        due = day + dt.timedelta(days=28)
        answered = day + dt.timedelta(days=rng.randint(3, 90))
        # Most are answered; the few still open are mostly the last years' (as a group chases them).
        still_open = rng.random() < (0.25 if day > today - dt.timedelta(days=730) else 0.02)
        rows.append({"issue": f"Question {n}: {rng.choice(TOPICS)} — Llŷr asked about ŵ ŷ",
                     "detail": _text(rng, 20), "meeting_id": meeting_id,
                     "item_id": rng.choice(items) if items else None, "officer_id": officer_id,
                     "department": department, "ask": FeedbackAsk.WRITTEN_REPLY, "raised_on": day, "due_on": due,
                     "answered_on": None if still_open or answered > today else answered,
                     "answered_how": None if still_open or answered > today else AnswerHow.IN_WRITING,
                     "answer_summary": "" if still_open else _text(rng, 15)})
    session.execute(insert(Feedback), rows)


def _standards(session, rng: random.Random, today: dt.date) -> None:
    bodies = list(session.scalars(select(Organisation.id).where(Organisation.sector != Sector.VCS)))
    groups = list(session.scalars(select(Organisation.id).where(Organisation.sector == Sector.VCS)))
    more = MAKE_UP["consultations"] - _count(session, Consultation)
    rows = []
    for n in range(more):
        opens = today - dt.timedelta(days=rng.randint(0, 3650))
        closes = opens + dt.timedelta(weeks=rng.choice([6, 8, 12, 12, 12, 14]))
        rows.append({"title": f"Consultation {n}: {rng.choice(TOPICS)}", "body_id": rng.choice(bodies),
                     "opens_on": opens, "closes_on": closes,
                     "short_reason": "" if closes - opens >= dt.timedelta(weeks=12) else "Statutory deadline.",
                     "feedback_on": closes + dt.timedelta(weeks=rng.randint(4, 16)) if closes < today else None,
                     "responses": rng.randint(0, 80) if closes < today else None})
    session.execute(insert(Consultation), rows)
    more = MAKE_UP["funding"] - _count(session, FundingNotice)
    rows = []
    for _ in range(more):
        given = today - dt.timedelta(days=rng.randint(0, 3650))
        rows.append({"organisation_id": rng.choice(groups), "body_id": rng.choice(bodies), "given_on": given,
                     "effective_on": given + dt.timedelta(days=rng.choice([45, 60, 92, 120, 183])),
                     "change": rng.choice([FundingChange.REDUCE, FundingChange.END])})
    session.execute(insert(FundingNotice), rows)


def _histories(session, rng: random.Random, today: dt.date) -> None:
    """Ten years of issue 21's records, each history ending where its record stands (a department's latest
    change is its champion; a code's latest step its status)."""
    first = today - dt.timedelta(days=3650)
    people = _ids(session, Person.id)[:300]
    funders = list(session.scalars(select(Organisation.id).where(Organisation.sector != Sector.VCS)))
    notices = _ids(session, FundingNotice.id)
    for notice_id in notices[::3]:
        notice = session.get(FundingNotice, notice_id)
        outcome = rng.choice(list(FundingOutcome))
        late = outcome in (FundingOutcome.WENT_AHEAD, FundingOutcome.REDUCED, FundingOutcome.REVERSED)
        notice.outcome, notice.percent = outcome, rng.randint(5, 40)
        notice.outcome_on = min(today, notice.effective_on + dt.timedelta(days=rng.randint(1, 200))) if late \
            else notice.given_on + dt.timedelta(days=rng.randint(0, (notice.effective_on - notice.given_on).days))
    # Earlier drafts of the codes that have a history, all before its first step, so its latest stays its status.
    earliest = dict(session.execute(select(CodeStatusChange.code_id, func.min(CodeStatusChange.on))
                                    .group_by(CodeStatusChange.code_id)).all())
    codes = sorted(earliest)
    steps = []
    for n in range(MAKE_UP["code_steps"]):
        code_id = codes[n % len(codes)]
        room = max((earliest[code_id] - first).days, 1)
        steps.append({"code_id": code_id, "status": CodeStatus.IN_DRAFT, "note": _text(rng, 10),
                      "on": first + dt.timedelta(days=(n // len(codes)) * room // (MAKE_UP["code_steps"] + 1))})
    session.execute(insert(CodeStatusChange), steps)
    departments = list(session.scalars(select(Department)))
    changes = []
    for n in range(MAKE_UP["champion_changes"]):
        department = departments[n % len(departments)]
        changes.append({"department_id": department.id, "person_id": rng.choice(people), "note": _text(rng, 8),
                        "on": first + dt.timedelta(days=n * 3400 // MAKE_UP["champion_changes"])})
    session.execute(insert(ChampionChange), changes)
    for department in departments:
        session.add(ChampionChange(department_id=department.id, person_id=department.champion_id,
                                   on=today - dt.timedelta(days=20), note=""))
    session.execute(insert(CompactLead), [
        {"role": LeadRole.COUNCILLOR if n % 2 else LeadRole.OFFICER, "person_id": rng.choice(people),
         "on": first + dt.timedelta(days=n * 3600 // MAKE_UP["lead_changes"]), "note": _text(rng, 6)}
        for n in range(MAKE_UP["lead_changes"])])
    rows = []
    for n in range(MAKE_UP["commitments"]):
        start = first + dt.timedelta(days=n * 3600 // MAKE_UP["commitments"])
        kind = rng.choice(list(CommitmentKind))
        rows.append({"kind": kind, "title": f"Resource {n}: {rng.choice(TOPICS)}", "funder_id": rng.choice(funders),
                     "holder_id": rng.choice(people) if kind is CommitmentKind.POST else None,
                     "amount_pence": rng.randint(5, 50) * 100_000, "per_year": True,
                     "share_percent": rng.choice([20, 50, 60, 100]) if kind is CommitmentKind.POST else None,
                     "starts_on": start, "ends_on": start + dt.timedelta(days=364), "remind_months": 3, "notes": ""})
    session.execute(insert(Commitment), rows)


def make_up(path: Path) -> dict[str, int]:
    """How many of each kind of record the store at `path` holds."""
    with open_store(path, daily_backup=False, check=False) as store, store.session() as session:
        return {"meetings": _count(session, Meeting), "agenda items": _count(session, AgendaItem),
                "attendance": _count(session, AttendanceRecord), "people": _count(session, Person),
                "organisations": _count(session, Organisation), "targets": _count(session, Target),
                "progress notes": _count(session, TargetProgress), "feedback": _count(session, Feedback),
                "consultations": _count(session, Consultation), "funding notices": _count(session, FundingNotice),
                "code steps": _count(session, CodeStatusChange), "champion changes": _count(session, ChampionChange),
                "lead changes": _count(session, CompactLead), "resources": _count(session, Commitment)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=TODAY)
    args = parser.parse_args()
    started = time.perf_counter()
    make_ten_year_store(args.out, args.today)
    print(f"made {args.out} in {time.perf_counter() - started:.1f} s, {args.out.stat().st_size / 2**20:.1f} MiB")
    for kind, count in make_up(args.out).items():
        print(f"  {kind:<16} {count:>7,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
