"""Names in the Welsh alphabet when Welsh is spoken (issue 19): ch, dd, ff, ng, ll, ph, rh and th are letters,
so Luned and Lyn come before Lloyd; in English, the usual order. The window's tables sort the same way."""

import pytest

from compactdesk import catalogues, i18n
from compactdesk.domain.enums import Sector
from compactdesk.services import members

NAMES = ["Lloyd Thomas", "Lyn Evans", "Luned Parry", "Rhys Bowen", "Robert Hughes", "Chris Jones", "Cerys Morgan",
         "Ffion Hughes", "Fiona Price", "Ng Wei"]


@pytest.fixture(autouse=True)
def welsh_alphabet():
    catalogues.load_all()
    yield


def test_people_and_organisations_in_the_welsh_alphabet(store):
    for name in NAMES:
        store.run(members.add_person, name)
        store.run(members.add_organisation, f"{name} Trust", Sector.VCS)
    with i18n.speaking(i18n.WELSH):
        people = [row.name for row in store.run(members.person_rows)]
        bodies = [org.name for org in store.run(members.list_organisations)]
    assert people == ["Cerys Morgan", "Chris Jones", "Fiona Price", "Ffion Hughes", "Ng Wei", "Luned Parry",
                      "Lyn Evans", "Lloyd Thomas", "Robert Hughes", "Rhys Bowen"]
    assert bodies == [f"{name} Trust" for name in people]
    with i18n.speaking(i18n.ENGLISH):
        english = [row.name for row in store.run(members.person_rows)]
    assert english == sorted(NAMES, key=str.casefold)


def test_the_same_name_twice_keeps_a_steady_order(store):
    for name in ("Llŷr Evans", "LLŶR EVANS", "Llŷr Evans"):
        store.run(members.add_person, name)
    with i18n.speaking(i18n.WELSH):
        first = [row.person_id for row in store.run(members.person_rows)]
        again = [row.person_id for row in store.run(members.person_rows)]
    assert first == again and len(first) == 3
