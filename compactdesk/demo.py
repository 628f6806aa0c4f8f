"""An invented but plausible Welsh county liaison group, for `--demo` and tests.

Every date is an offset from `today`, so the demo always looks current, and a
fixed random seed makes the same `today` give the same store.
"""

import datetime as dt
import os
import random
from pathlib import Path

from sqlalchemy.orm import Session

from compactdesk.demo_compact import build_compact_year
from compactdesk.demo_history import build_histories
from compactdesk.demo_welsh import give_welsh
from compactdesk.domain.enums import (
    AnswerHow,
    Attendance,
    CompactStatus,
    MeetingKind,
    MeetingStatus,
    StandingItem,
)
from compactdesk.services import actions, compact, feedback, meetings, members, seats
from compactdesk.i18n import translate
from compactdesk.store import StoreError, create_store

GROUP = "Dyfnant Compact Liaison Group"

# name, sector, tags, note
ORGANISATIONS = [
    ("Dyfnant County Council", "council", (), "Cyngor Sir Dyfnant. Lead partner for the compact."),
    ("Hywel Môn University Health Board", "health", (), ""),
    ("Dyfnant and Ynys Môn Police", "police", (), ""),
    ("Mid Dyfnant Fire and Rescue Service", "fire", (), ""),
    ("Coleg Dyfnant", "education", (), "Further education college, campuses in Llanfair and Aberwen."),
    ("Dyfnant Public Services Board", "other_public", (), ""),
    ("Mudiad Gwirfoddol Dyfnant – Dyfnant Voluntary Action", "vcs", (), "The county voluntary council (CVC); "
     "provides the group's secretary."),
    ("Dyfnant BME Forum", "vcs", ("bme", "small"), "Holds the reserved BME seat."),
    ("Rhwydwaith Cefn Gwlad Dyfnant – Rural Dyfnant Network", "vcs", ("rural", "small"),
     "Holds the reserved rural seat."),
    ("Centrum Polskie Dyfnant – Polish Welcome Centre", "vcs", ("bme", "small", "volunteer_only"), ""),
    ("Llanfair Community Transport", "vcs", ("rural",), ""),
    ("Dyfnant Food Bank", "vcs", ("volunteer_only",), "Warm spaces every Tuesday and Thursday ☕"),
    ("Menter Iaith Dyfnant", "vcs", (), "Welsh language initiative."),
    ("Dyfnant Women's Aid", "vcs", (), ""),
    ("Mind Dyfnant", "vcs", (), ""),
    ("Dyfnant Citizens Advice", "vcs", (), ""),
    ("Cylch Meithrin Llanfor", "vcs", ("small", "rural", "unfunded"), "Welsh-medium playgroup."),
    ("Aberwen Tenants' Federation", "vcs", ("small", "volunteer_only"), ""),
    ("Dyfnant Youth Forum", "vcs", ("small",), ""),
    ("Carers Dyfnant", "vcs", (), ""),
    ("Dyfnant Credit Union", "vcs", (), ""),
    ("Ynys Môn Hospice at Home", "vcs", (), ""),
    ("Cwm Aran Village Hall Committee", "vcs", ("small", "rural", "volunteer_only", "unfunded"), ""),
    ("Dyfnant Disability Forum", "vcs", ("small",), ""),
    ("Gwirfoddolwyr Glan-y-Môr Beach Volunteers", "vcs", ("volunteer_only", "unfunded", "small"), ""),
    ("Dyfnant Refugee Welcome", "vcs", ("bme", "volunteer_only"), ""),
    ("Llanfor Men's Shed", "vcs", ("small", "rural", "volunteer_only"), ""),
    ("Dyfnant Arts Collective", "vcs", ("small",), ""),
    ("Young Farmers Dyfnant", "vcs", ("rural", "volunteer_only"), ""),
    ("Aberwen Community Garden", "vcs", ("small", "unfunded"), ""),
    ("Dyfnant Advocacy Service", "vcs", (), ""),
    ("Siop Gymunedol Cwm Aran", "vcs", ("rural", "small"), "Community-owned village shop."),
    ("Dyfnant Scouts and Guides", "vcs", ("volunteer_only",), ""),
    ("Dyfnant Gypsy and Traveller Support", "vcs", ("bme", "small"), ""),
    ("Llanfair Dementia Friends", "vcs", ("small", "volunteer_only"), ""),
    ("Dyfnant Housing Association", "vcs", (), ""),
    ("Aberwen Boxing Club", "vcs", ("small",), ""),
    ("Dyfnant Sight Support", "vcs", (), ""),
    ("Cymdeithas Hanes Llanfor – Llanfor History Society", "vcs", ("small", "volunteer_only", "unfunded"), ""),
    ("Dyfnant Sports Council", "other_public", (), ""),
]

# key, name, role, organisation index, department, champion
PEOPLE = [
    ("gwenllian", "Cllr Gwenllïan Parry", "Cabinet member for communities", 0, "Cabinet", False),
    ("dafydd", "Cllr Dafydd ap Gwyn", "Councillor, Aberwen ward", 0, "Council members", False),
    ("rhodri", "Rhodri Owen", "Head of Policy and Partnerships", 0, "Policy and Partnerships", True),
    ("eleri", "Eleri Jones", "Commissioning manager", 0, "Commissioning and Procurement", True),
    ("llyr", "Llŷr Evans", "Highways and transport manager", 0, "Highways", True),
    ("mair", "Mair Humphreys", "Head of Adult Social Services", 0, "Social Services", True),
    ("alun", "Alun Vaughan", "Housing strategy officer", 0, "Housing", False),
    ("owain", "Owain Price", "Grants officer", 0, "Finance", True),
    ("sioned", "Sioned Edwards", "Planning policy officer", 0, "Planning", False),
    ("dewi", "Dewi Morris", "Libraries and culture manager", 0, "Libraries and Culture", False),
    ("ffion", "Ffion Hughes", "Head of Partnerships", 1, "Primary and Community Care", True),
    ("carys", "Carys Howells", "Third sector liaison lead", 1, "Public Health", False),
    ("iwan", "Insp Iwan Roberts", "Neighbourhood policing inspector", 2, "Neighbourhood Policing", True),
    ("rhys", "PCSO Rhys Bowen", "Police community support officer", 2, "Neighbourhood Policing", False),
    ("bethan", "Bethan Morgan", "Community safety manager", 3, "Prevention", False),
    ("aled", "Aled Thomas", "Head of Community Learning", 4, "Community Learning", False),
    ("sian", "Siân Pritchard", "Chief officer", 6, "", False),
    ("elin", "Elin Griffiths", "Compact development officer (secretary to the group)", 6, "", False),
    ("mererid", "Mererid Lloyd", "Chair of trustees", 12, "", False),
    ("lucja", "Łucja Kowalczyk", "Co-ordinator", 9, "", False),
    ("tomasz", "Tomasz Wiśniewski", "Volunteer", 9, "", False),
    ("nia", "Nia Williams", "Manager", 13, "", False),
    ("gareth", "Gareth Davies", "Director", 10, "", False),
    ("amira", "Amira Hassan", "Chair", 7, "", False),
    ("kofi", "Kofi Mensah", "Secretary", 7, "", False),
    ("catrin", "Catrin Rees", "Network officer", 8, "", False),
    ("huw", "Huw Jenkins", "Treasurer", 22, "", False),
    ("zofia", "Zofia Nowak", "Volunteer co-ordinator", 11, "", False),
    ("priya", "Priya Sharma", "Service manager", 14, "", False),
    ("gruffydd", "Gruffydd Ŵyn Rowlands", "Chair", 23, "", False),
]

# title, sector, fill, reserved for, nominating org, [(person, start offset, end offset)] (days from today)
SEATS = [
    ("Cabinet member for communities", "council", "nominated", "", 0, [("dafydd", -1450, -560), ("gwenllian", -559, 900)]),
    ("Council: policy and partnerships", "council", "nominated", "", 0, [("rhodri", -1500, None)]),
    ("Council: commissioning and procurement", "council", "nominated", "", 0, [("eleri", -900, None)]),
    ("Council: second elected member", "council", "nominated", "", 0, [("dafydd", -559, 600)]),
    ("Health board", "health", "nominated", "", 1, [("carys", -1400, -300), ("ffion", -299, None)]),
    ("Police", "police", "nominated", "", 2, [("iwan", -1000, None)]),
    ("Fire and rescue service", "fire", "nominated", "", 3, [("bethan", -800, None)]),
    ("Further education", "education", "nominated", "", 4, [("aled", -700, None)]),
    ("County voluntary council", "vcs", "nominated", "", 6, [("sian", -1600, None)]),
    ("Voluntary sector: elected (1)", "vcs", "elected", "", None, [("mererid", -700, 395)]),
    ("Voluntary sector: elected (2)", "vcs", "elected", "", None, [("lucja", -700, 395)]),
    ("Voluntary sector: elected (3)", "vcs", "elected", "", None, [("priya", -1430, -701), ("nia", -700, 41)]),
    ("Voluntary sector: selected", "vcs", "selected", "", None, [("gareth", -650, 450)]),
    ("BME forum seat", "vcs", "reserved", "Dyfnant BME Forum", 7, [("kofi", -1300, -500), ("amira", -499, 595)]),
    ("Rural network seat", "vcs", "reserved", "Rural Dyfnant Network", 8, [("catrin", -600, 500)]),
    ("Small and unfunded groups seat", "vcs", "reserved", "small and unfunded groups", None,
     [("huw", -1100, -95)]),
]

CODES_LOCAL = ["Information and communication", "Commissioning", "Working in partnership"]

TOPICS = [
    ("Library service review: consultation", "dewi"),
    ("Grants to small groups for next year", "owain"),
    ("Community transport commissioning", "llyr"),
    ("Winter pressures: health board update", "ffion"),
    ("Welsh Language Standards and the voluntary sector", "rhodri"),
    ("Volunteering code of practice: redraft", "rhodri"),
    ("Cost of living: food banks and warm spaces", "mair"),
    ("Procurement thresholds and small groups", "eleri"),
    ("Housing support grant changes", "alun"),
    ("Local development plan: community consultation", "sioned"),
    ("Neighbourhood policing priorities", "iwan"),
    ("Compact awareness week", "rhodri"),
]

# issue, officer, topic index, ask, pattern: ontime / late / meeting / never / open
FEEDBACK = [
    ("Why the library consultation ran for only eight weeks", "dewi", 0, "written_reply", "late"),
    ("Which branch libraries are at risk, with usage figures", "dewi", 0, "attend_next_meeting", "meeting"),
    ("Timetable for the small grants scheme and its criteria", "owain", 1, "written_reply", "ontime"),
    ("Whether unfunded groups can apply for small grants", "owain", 1, "written_reply", "never"),
    ("Cost of the community transport contract per journey", "llyr", 2, "written_reply", "late"),
    ("Gritting of rural routes used by community transport", "llyr", 2, "written_reply", "never"),
    ("Hospital discharge support commissioned from the sector", "ffion", 3, "attend_next_meeting", "meeting"),
    ("Funding for the winter warm spaces scheme", "ffion", 3, "written_reply", "ontime"),
    ("Support for groups to meet the Welsh Language Standards", "rhodri", 4, "written_reply", "ontime"),
    ("Translation costs in grant budgets", "owain", 4, "written_reply", "late"),
    ("Draft volunteering code: timetable for adoption", "rhodri", 5, "written_reply", "ontime"),
    ("DBS checks for volunteers: who pays", "mair", 5, "written_reply", "never"),
    ("Food bank referrals from social services", "mair", 6, "attend_next_meeting", "late"),
    ("Council tax support take-up figures", "alun", 6, "written_reply", "ontime"),
    ("Lotting of contracts so small groups can bid", "eleri", 7, "written_reply", "late"),
    ("Full cost recovery in the new service agreements", "eleri", 7, "written_reply", "never"),
    ("Three-year funding for advice services", "eleri", 7, "attend_next_meeting", "never"),
    ("Housing support grant: notice to providers", "alun", 8, "written_reply", "late"),
    ("Supported housing places for young people", "alun", 8, "written_reply", "ontime"),
    ("Local development plan: drop-in sessions in rural areas", "sioned", 9, "written_reply", "ontime"),
    ("Easy-read version of the plan", "sioned", 9, "written_reply", "never"),
    ("Anti-social behaviour figures for Aberwen", "iwan", 10, "written_reply", "ontime"),
    ("Hate crime reporting centres in the county", "iwan", 10, "attend_next_meeting", "meeting"),
    ("Compact training in council staff induction", "rhodri", 11, "written_reply", "late"),
    ("Names of compact champions in each department", "rhodri", 11, "written_reply", "never"),
    ("Paying travel costs of rural members", "owain", 11, "written_reply", "open"),
    ("Mental health crisis support out of hours", "ffion", 3, "written_reply", "never"),
    ("Youth service consultation: how young people were reached", "aled", 9, "written_reply", "never"),
    ("Fire safety checks for community buildings", "bethan", 10, "written_reply", "ontime"),
    ("Budget consultation: what changed after responses", "owain", 1, "written_reply", "open"),
]

# title, code (national index or local name), partner org, lead, start offset, deadline offset,
# outcome: done / dropped / progress / none, raised at meeting index (None: the original plan)
TARGETS = [
    ("Publish the compact in Welsh and English on every partner's website", "Information and communication", 0, "rhodri", -700, -500, "done", None),
    ("Compact session in every council staff induction", "Working in partnership", 0, "rhodri", -650, -60, "progress", 1),
    ("Name a compact champion in every council department", "Working in partnership", 0, "rhodri", -600, -200, "progress", None),
    ("Three-year agreements for all advice services", 0, 0, "eleri", -720, -30, "progress", 2),
    ("Lot contracts so that small groups can bid", 0, 0, "eleri", -500, 40, "progress", 4),
    ("Pay grants in advance where it gives better value", 0, 0, "owain", -680, -380, "done", None),
    ("Three months' written notice before any grant is cut", 0, 0, "owain", -640, -420, "done", None),
    ("Twelve-week consultations unless a reason is published", 1, 0, "rhodri", -700, -150, "progress", 0),
    ("Publish 'you said, we did' after every consultation", 1, 0, "rhodri", -500, 20, "progress", 3),
    ("Consult the sector on the local development plan", 1, 0, "sioned", -400, -100, "done", 5),
    ("Adopt the local volunteering code of practice", 2, 0, "rhodri", -600, 60, "progress", 2),
    ("Free DBS checks for volunteers in small groups", 2, 0, "mair", -450, -20, "none", 5),
    ("Volunteer passport recognised by all partners", 2, 6, "sian", -300, 200, "progress", 6),
    ("Adopt the BME groups code of practice", 3, 7, "amira", -650, -300, "done", None),
    ("Translation and interpreting fund for BME groups", 3, 0, "owain", -500, -90, "none", 3),
    ("BME groups' share of grants reported each year", 3, 0, "owain", -400, 150, "progress", 4),
    ("Community groups code: small grants under £5,000 with a one-page form", 4, 0, "owain", -560, -250, "done", 1),
    ("Travel costs paid for rural members of the group", 4, 8, "catrin", -300, 10, "none", 6),
    ("Quarterly compact bulletin, in Welsh and English", "Information and communication", 6, "elin", -690, 300,
     "progress", None),
    ("Compact awareness week each autumn", "Information and communication", 6, "elin", -420, -40, "done", 7),
    ("Commissioning plans shared with the sector a year ahead", "Commissioning", 0, "eleri", -600, -10, "progress", 3),
    ("Sector seat on the commissioning board", "Commissioning", 0, "eleri", -500, -300, "dropped", 2),
    ("Joint health and sector plan for winter", "Working in partnership", 1, "ffion", -200, 25, "progress", 7),
    ("Police and sector protocol on hate crime reporting", "Working in partnership", 2, "iwan", -330, 120, "none", 6),
    ("Annual review of the compact published", "Working in partnership", 6, "elin", -380, -5, "progress", 5),
]


def _tuesday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(1 - day.weekday()) % 7)


def _off(today: dt.date, days: int | None) -> dt.date | None:
    return None if days is None else today + dt.timedelta(days=days)


def build_demo(session: Session, today: dt.date) -> None:
    rng = random.Random(20240901)
    compact.set_up_compact(session, "Dyfnant Compact", "Dyfnant (Sir Ddyfnant), including Ynys Môn wards",
                           status=CompactStatus.JUST_STARTING, status_on=_off(today, -2400))
    compact.update_compact(session, name="Dyfnant Compact", area="Dyfnant (Sir Ddyfnant), including Ynys Môn wards",
                           group_label="liaison group", champion_label="champion",
                           notes="Agreed between Dyfnant County Council, the health board, police, fire service, "
                                 "Coleg Dyfnant and the voluntary and community sector of Dyfnant.")
    for status, offset, note in [
        (CompactStatus.IN_DRAFT, -2200, "Drafting group of eight formed."),
        (CompactStatus.AGREED, -1900, "Agreed at the partnership board."),
        (CompactStatus.SIGNED, -1850, "Signed at the launch in Neuadd y Sir."),
        (CompactStatus.IMPLEMENTED, -1700, ""),
        (CompactStatus.IN_DIFFICULTY, -800, "Statutory partners' attendance fell after the council reorganisation."),
        (CompactStatus.UNDER_REVIEW, -365, "Refresh agreed; signatories to sign again after the reorganisation."),
    ]:
        compact.record_status(session, status, _off(today, offset), note)

    orgs = [members.add_organisation(session, name, sector, tags=tags, notes=note)
            for name, sector, tags, note in ORGANISATIONS]
    compact.set_partners(session, [org.id for org in orgs[:6]])
    people = {}
    for key, name, role, org, department, champion in PEOPLE:
        handle = name.split()[-1].lower().replace("ŷ", "y").replace("ï", "i").replace("ł", "l").replace("ś", "s")
        people[key] = members.add_person(
            session, name, role=role, organisation_id=orgs[org].id, department=department, is_champion=champion,
            email=f"{handle}@{'dyfnant.gov.wales' if org == 0 else 'example.org.uk'}",
            phone=f"01999 {700000 + len(people) * 137:06d}")

    for title, sector, fill, reserved_for, nominator, terms in SEATS:
        seat = seats.add_seat(session, title, sector, fill, reserved_for=reserved_for,
                              nominating_org_id=orgs[nominator].id if nominator is not None else None,
                              notes="Awaiting nomination after the small groups' election." if not any(
                                  end is None or end >= 0 for _, _, end in terms) else "")
        for key, start, end in terms:
            seats.appoint(session, seat.id, people[key].id, _off(today, start), _off(today, end))

    codes = {code.name: code for code in actions.list_codes(session)}
    national = list(codes.values())
    for name in CODES_LOCAL:
        codes[name] = actions.add_code(session, name)

    held = _meetings(session, today, people, rng)
    _targets(session, today, held, national, codes, orgs, people)
    _feedback(session, today, held, people)
    build_compact_year(session, today, orgs, people)
    build_histories(session, today, people)
    give_welsh(session)


def _meetings(session: Session, today: dt.date, people: dict, rng: random.Random):
    venues = ["Neuadd y Sir, Llanfair", "Canolfan Gymunedol Llanfor", "Dyfnant Voluntary Action, Stryd Fawr, Aberwen",
              "Coleg Dyfnant, Aberwen campus"]
    next_day = _tuesday(today + dt.timedelta(days=16))
    days = [_tuesday(next_day - dt.timedelta(days=91 * k)) for k in range(8, 0, -1)]
    held = []
    previous = None
    for index, day in enumerate(days):
        pre = meetings.create_meeting(session, MeetingKind.PRE_MEETING, dt.datetime.combine(
            day - dt.timedelta(days=7), dt.time(18, 30)), venue="Online (video call)",
            notes="Voluntary sector members prepare together.")
        meetings.add_item(session, pre.id, "Voluntary sector positions for the liaison meeting", presenter="Siân Pritchard")
        for step in (MeetingStatus.AGENDA_ISSUED, MeetingStatus.HELD):
            meetings.set_status(session, pre.id, step)
        meeting = meetings.create_meeting(
            session, MeetingKind.LIAISON, dt.datetime.combine(day, dt.time(10, 0) if index % 2 else dt.time(14, 0)),
            venue=venues[index % len(venues)], apologies_to="Elin Griffiths, elin@example.org.uk, 01999 702329",
            notes="Compact relaunch party after the meeting 🎉" if index == 5 else "")
        topics = [TOPICS[(index * 3 + k) % len(TOPICS)] for k in range(2 if index % 3 else 3)]
        topic_items = [meetings.add_item(session, meeting.id, title, presenter=people[key].name, minutes_allowed=20,
                                         presenter_id=people[key].id) for title, key in topics]
        _attendance(session, meeting, day, people, rng)
        _minutes(session, meeting, topics, topic_items, previous, people)
        last = index == len(days) - 1
        for step in list(MeetingStatus)[1:4 if last else 5]:
            meetings.set_status(session, meeting.id, step)
        held.append((meeting, topic_items))
        previous = meeting
        if index in (2, 6):
            review = meetings.create_meeting(
                session, MeetingKind.ANNUAL_REVIEW, dt.datetime.combine(day + dt.timedelta(days=35), dt.time(9, 30)),
                venue="Neuadd y Sir, Llanfair", notes="Open to all organisations signed up to the compact.",
                standing_items=False)
            meetings.add_item(session, review.id, "The compact's year: achievements against the action plan",
                              presenter="Siân Pritchard", minutes_allowed=40)
            meetings.add_item(session, review.id, "Workshops: priorities for next year", minutes_allowed=60)
            for step in list(MeetingStatus)[1:5]:
                meetings.set_status(session, review.id, step)
    meetings.create_meeting(session, MeetingKind.PRE_MEETING,
                            dt.datetime.combine(next_day - dt.timedelta(days=7), dt.time(18, 30)),
                            venue="Online (video call)")
    upcoming = meetings.create_meeting(session, MeetingKind.LIAISON, dt.datetime.combine(next_day, dt.time(10, 0)),
                                       venue="Neuadd y Sir, Llanfair",
                                       apologies_to="Elin Griffiths, elin@example.org.uk, 01999 702329")
    refresh = meetings.add_item(session, upcoming.id, "Refreshing the compact: draft for consultation",
                                presenter=people["rhodri"].name, presenter_id=people["rhodri"].id, minutes_allowed=30)
    review = meetings.add_item(session, upcoming.id, "Annual review: draft report", presenter=people["elin"].name,
                               presenter_id=people["elin"].id, minutes_allowed=20)
    _papers(session, today, refresh.id, review.id)
    return held


def _papers(session: Session, today: dt.date, refresh_id: int, review_id: int) -> None:
    from compactdesk import demo_papers

    for item_id, name, content in [
        (refresh_id, "Draft refreshed compact.pdf", demo_papers.draft_compact(GROUP)),
        (refresh_id, "Consultation timetable.pdf", demo_papers.consultation_timetable(GROUP)),
        (review_id, "Annual review draft.docx", demo_papers.annual_review_draft(GROUP)),
    ]:
        meetings.attach_paper(session, item_id, name, content, added_on=today - dt.timedelta(days=3))


def _attendance(session: Session, meeting, day: dt.date, people: dict, rng: random.Random) -> None:
    by_id = {person.id: person for person in people.values()}
    for view in seats.seat_overview(session, day):
        if view.holder_id is None:
            continue
        roll = rng.random()
        public = view.sector.is_public
        if view.holder_id == people["iwan"].id and roll < 0.3:
            meetings.record_attendance(session, meeting.id, view.holder_id, Attendance.APOLOGIES)
            meetings.record_attendance(session, meeting.id, people["rhys"].id, Attendance.SUBSTITUTE,
                                       substitute_for_id=view.holder_id)
            continue
        if roll < (0.2 if public else 0.1):
            status = Attendance.APOLOGIES
        elif roll < (0.32 if public else 0.13):
            status = Attendance.ABSENT
        else:
            status = Attendance.PRESENT
        meetings.record_attendance(session, meeting.id, by_id[view.holder_id].id, status)
    meetings.record_attendance(session, meeting.id, people["elin"].id, Attendance.PRESENT)


def _minutes(session: Session, meeting, topics, topic_items, previous, people: dict) -> None:
    apologies = sorted(record.person.name for record in meeting.attendance if record.status is Attendance.APOLOGIES)
    for item in meeting.items:
        if item.standing is StandingItem.WELCOME:
            text = "The chair welcomed members. " + (
                f"Apologies were received from {', '.join(apologies)}." if apologies else "There were no apologies.")
            meetings.write_minutes(session, item.id, text)
        elif item.standing is StandingItem.DECLARATIONS:
            meetings.write_minutes(session, item.id, "Voluntary sector members whose organisations hold council "
                                   "grants declared an interest in the grants item.")
        elif item.standing is StandingItem.LAST_MINUTES:
            meetings.write_minutes(session, item.id, "The minutes of the last meeting were agreed as a true record."
                                   if previous else "This was the first meeting of the refreshed group.",
                                   "Minutes approved." if previous else "")
        elif item.standing is StandingItem.MATTERS_ARISING:
            meetings.write_minutes(session, item.id, "The group went through the open actions and the feedback "
                                   "still owed by officers. The secretary will chase what is outstanding.")
        elif item.standing is StandingItem.OFFICER_FEEDBACK:
            meetings.write_minutes(session, item.id, "Written replies received since the last meeting were "
                                   "noted. Members asked that replies come before the papers go out.")
        elif item.standing is StandingItem.ACTION_PLAN:
            meetings.write_minutes(session, item.id, f"{people['elin'].name} reported progress against the action "
                                   "plan. Overdue targets were discussed with the responsible partners.",
                                   "Responsible partners to report on overdue targets at the next meeting.")
        elif item.standing is StandingItem.AOB:
            meetings.write_minutes(session, item.id, "None.")
        elif item.standing is StandingItem.NEXT_MEETING:
            meetings.write_minutes(session, item.id, "The next meeting will be held in about three months; "
                                   "the secretary will confirm the date and venue.")
    for (title, key), item in zip(topics, topic_items):
        meetings.write_minutes(
            session, item.id,
            f"{people[key].name} introduced the item on {title[:1].lower() + title[1:]}. Members raised the effect "
            "on small and rural groups, and on services offered in Welsh. Łucja Kowalczyk asked that information "
            "also reach Polish-speaking families.",
            "The group asked for a written reply on the points raised, and agreed to return to the item.")


def _targets(session: Session, today: dt.date, held, national, codes, orgs, people) -> None:
    for title, code, org, lead, start, deadline, outcome, raised in TARGETS:
        code_id = (national[code] if isinstance(code, int) else codes[code]).id
        meeting, items = held[raised] if raised is not None else (None, [])
        target = actions.add_target(session, title, measure=f"Reported to the liaison group: {title[:1].lower() + title[1:]}.",
                                    code_id=code_id, partner_id=orgs[org].id, lead_id=people[lead].id,
                                    start_on=_off(today, start), deadline=_off(today, deadline),
                                    meeting_id=meeting.id if meeting else None,
                                    item_id=items[0].id if items else None)
        span = deadline - start
        if outcome in ("done", "progress", "dropped"):
            for step in (0.3, 0.6):
                on = _off(today, start + int(span * step))
                if on <= today:
                    actions.record_progress(session, target.id, on,
                                            "Work under way; the lead partner reported to the group." if step < 0.5
                                            else "Most of the work done; a few partners still to confirm.")
        if outcome == "done":
            actions.complete_target(session, target.id, _off(today, deadline - 10))
        elif outcome == "dropped":
            actions.drop_target(session, target.id, _off(today, deadline + 20),
                                "The commissioning board was replaced by the public services board.")


def _feedback(session: Session, today: dt.date, held, people) -> None:
    rules = compact.standards(session)
    meeting_days = feedback.formal_meeting_days(session)
    for index, (issue, officer, topic, ask, pattern) in enumerate(FEEDBACK):
        if pattern == "open":
            raised = today - dt.timedelta(days=8 + index % 5)
            feedback.request_feedback(session, issue, people[officer].id, raised_on=raised, ask=ask,
                                      detail="Raised by email between meetings.")
            continue
        # Spread the items over the meetings held, oldest first, so every age is represented.
        meeting, items = held[index * len(held) // len(FEEDBACK)]
        item = next((i for i in items if i.title == TOPICS[topic][0]), items[0])
        made = feedback.request_feedback(session, issue, people[officer].id, ask=ask, item_id=item.id,
                                         detail=f"Raised at the meeting under '{item.title}'.")
        due = feedback.due_date(made, rules, meeting_days)
        answer = {"ontime": due - dt.timedelta(days=3 + index % 7), "late": due + dt.timedelta(days=12 + index * 3),
                  "meeting": due}.get(pattern)
        if answer is not None and answer <= today:
            how = AnswerHow.AT_MEETING if pattern == "meeting" else AnswerHow.IN_WRITING
            feedback.mark_answered(session, made.id, answer, how,
                                   "Reply read out and noted." if how is AnswerHow.AT_MEETING
                                   else "Letter received and circulated to members.")


def write_demo(path: str | os.PathLike, today: dt.date | None = None) -> Path:
    """Writes a new demo store at `path` (which must not exist yet), whole or not at all.

    It is built under a hidden name beside `path` and given its name only once built, so a
    day the demo cannot be built around (say 1899) leaves no file behind.
    """
    path = Path(path)
    if path.exists():
        raise StoreError(path, translate("Demo", "{name} already exists. The demo will not overwrite it; "
                                                 "choose another name.").format(name=path.name))
    temp = path.with_name(f".{path.name}.demo")
    try:
        with create_store(temp) as store:
            store.run(build_demo, today or dt.date.today())
        os.replace(temp, path)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return path
