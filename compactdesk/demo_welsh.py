"""The demo group's own words in Welsh (issue 19): the compact's name, its labels, its seats' titles, the
standing items and the next meeting's items, as a bilingual group would give them, so that the Welsh and
bilingual sample papers show them. The records themselves (minutes, notes) stay as they were written."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import StandingItem
from compactdesk.services import compact, meetings, seats
from compactdesk.store.models import AgendaItem, Seat

NAME = "Compact Sir Ddyfnant"
GROUP_LABEL = "grŵp cyswllt"
CHAMPION_LABEL = "hyrwyddwr"

SEATS = {
    "Cabinet member for communities": "Aelod y Cabinet dros gymunedau",
    "Council: policy and partnerships": "Y Cyngor: polisi a phartneriaethau",
    "Council: commissioning and procurement": "Y Cyngor: comisiynu a chaffael",
    "Council: second elected member": "Y Cyngor: ail aelod etholedig",
    "Health board": "Bwrdd iechyd",
    "Police": "Yr heddlu",
    "Fire and rescue service": "Gwasanaeth tân ac achub",
    "Further education": "Addysg bellach",
    "County voluntary council": "Cyngor gwirfoddol sirol",
    "Voluntary sector: elected (1)": "Cynrychiolydd y sector gwirfoddol: etholedig (1)",
    "Voluntary sector: elected (2)": "Cynrychiolydd y sector gwirfoddol: etholedig (2)",
    "Voluntary sector: elected (3)": "Cynrychiolydd y sector gwirfoddol: etholedig (3)",
    "Voluntary sector: selected": "Cynrychiolydd y sector gwirfoddol: dethol",
    "BME forum seat": "Sedd y fforwm BME",
    "Rural network seat": "Sedd y rhwydwaith gwledig",
    "Small and unfunded groups seat": "Sedd y grwpiau bach a heb gyllid",
}

STANDING = {
    StandingItem.WELCOME: "Croeso ac ymddiheuriadau",
    StandingItem.DECLARATIONS: "Datganiadau o fuddiant",
    StandingItem.LAST_MINUTES: "Cofnodion y cyfarfod diwethaf",
    StandingItem.MATTERS_ARISING: "Materion sy'n codi",
    StandingItem.OFFICER_FEEDBACK: "Adborth gan swyddogion",
    StandingItem.ACTION_PLAN: "Cynnydd y cynllun gweithredu",
    StandingItem.AOB: "Unrhyw fater arall",
    StandingItem.NEXT_MEETING: "Dyddiad y cyfarfod nesaf",
}

ITEMS = {
    "Refreshing the compact: draft for consultation": "Adnewyddu'r compact: drafft i ymgynghori arno",
    "Annual review: draft report": "Adolygiad blynyddol: adroddiad drafft",
    "Library service review: consultation": "Adolygu'r gwasanaeth llyfrgelloedd: ymgynghoriad",
    "Grants to small groups for next year": "Grantiau i grwpiau bach ar gyfer y flwyddyn nesaf",
    "Community transport commissioning": "Comisiynu trafnidiaeth gymunedol",
    "Winter pressures: health board update": "Pwysau'r gaeaf: diweddariad gan y bwrdd iechyd",
    "Welsh Language Standards and the voluntary sector": "Safonau'r Gymraeg a'r sector gwirfoddol",
    "Volunteering code of practice: redraft": "Cod ymarfer gwirfoddoli: ailddrafft",
    "Cost of living: food banks and warm spaces": "Costau byw: banciau bwyd a mannau cynnes",
    "Procurement thresholds and small groups": "Trothwyon caffael a grwpiau bach",
    "Housing support grant changes": "Newidiadau i'r grant cymorth tai",
    "Local development plan: community consultation": "Cynllun datblygu lleol: ymgynghori â'r gymuned",
    "Neighbourhood policing priorities": "Blaenoriaethau plismona bro",
    "Compact awareness week": "Wythnos codi ymwybyddiaeth o'r compact",
    "Voluntary sector positions for the liaison meeting": "Safbwyntiau'r sector gwirfoddol ar gyfer y cyfarfod cyswllt",
    "The compact's year: achievements against the action plan":
        "Blwyddyn y compact: cyflawniadau yn erbyn y cynllun gweithredu",
    "Workshops: priorities for next year": "Gweithdai: blaenoriaethau ar gyfer y flwyddyn nesaf",
}


def give_welsh(session: Session) -> None:
    """Gives the demo group's words their Welsh forms, through the services that save them."""
    held = compact.get_compact(session)
    compact.update_compact(session, name=held.name, area=held.area, group_label=held.group_label,
                           champion_label=held.champion_label, notes=held.notes, name_cy=NAME,
                           group_label_cy=GROUP_LABEL, champion_label_cy=CHAMPION_LABEL)
    for seat in session.scalars(select(Seat)):
        if seat.title in SEATS:
            seats.update_seat(session, seat.id, title=seat.title, sector=seat.sector, fill=seat.fill,
                              reserved_for=seat.reserved_for, nominating_org_id=seat.nominating_org_id,
                              notes=seat.notes, title_cy=SEATS[seat.title])
    for item in session.scalars(select(AgendaItem)):
        welsh = STANDING.get(item.standing) if item.standing is not None else ITEMS.get(item.title)
        if welsh:
            meetings.update_item(session, item.id, title=item.title, presenter=item.presenter,
                                 presenter_id=item.presenter_id, minutes_allowed=item.minutes_allowed,
                                 description=item.description, title_cy=welsh)
