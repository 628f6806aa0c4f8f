"""Personal data (UK GDPR): what is held on a person, and erasing them without breaking the record."""

import dataclasses
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import String, Text, text

from compactdesk.documents.handover import export_personal_data
from compactdesk.domain.errors import ValidationError
from compactdesk.services.members import add_person
from compactdesk.services.mentions import _excerpt, _matches_in
from compactdesk.services.personal import MentionKind, erase_person, find_mentions, neutral_name, personal_data
from compactdesk.services.review import review_years, year_figures
from compactdesk.store import open_store
from compactdesk.store.models import Base

RHODRI = 3  # Rhodri Owen in the demo: seat, attendance, feedback, targets, a department, named in minutes
LLYR = 5  # Llŷr Evans: a champion with feedback owed


@pytest.fixture
def demo(demo_path):
    store = open_store(demo_path)
    yield store
    store.close()


def _scalar(store, sql, **values):
    with store.session() as session:
        return session.scalar(text(sql), values)


def _text_hits(store, needle: str) -> list[tuple[str, str]]:
    """Every (table, column) whose text holds `needle`, by SQL LIKE over every text column of every table."""
    hits = []
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text):
                    count = session.scalar(text(f'SELECT count(*) FROM "{table.name}" WHERE "{column.name}" LIKE :n'),
                                           {"n": f"%{needle}%"})
                    if count:
                        hits.append((table.name, column.name))
    return hits


def _figures(store, today):
    def read(session):
        return {year: dataclasses.asdict(year_figures(session, year, today)) for year in review_years(session, today)}
    return store.run(read)


def test_export_holds_all_on_the_person(demo, tmp_path):
    path = export_personal_data_in(demo, RHODRI, tmp_path / "Rhodri Owen.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Rhodri Owen"
    assert data["person"]["email"]
    assert data["organisation"]["name"] == "Dyfnant County Council"
    assert len(data["seat_terms"]) == _scalar(demo, "SELECT count(*) FROM seat_term WHERE person_id = 3")
    assert len(data["attendance"]) == _scalar(demo, "SELECT count(*) FROM attendance WHERE person_id = 3")
    assert len(data["feedback_owed"]) == _scalar(demo, "SELECT count(*) FROM feedback WHERE officer_id = 3")
    assert len(data["targets_led"]) == _scalar(demo, "SELECT count(*) FROM target WHERE lead_id = 3")
    assert len(data["presenting"]) == _scalar(demo, "SELECT count(*) FROM agenda_item WHERE presenter_id = 3")
    assert len(data["departments_championed"]) == _scalar(
        demo, "SELECT count(*) FROM department WHERE champion_id = 3")
    # Issue 21: the histories and resources that name him (the demo's lead officer, a champion, a post held).
    assert [lead["role"] for lead in data["compact_lead"]] == ["lead_officer"]
    assert [change["department"] for change in data["champion_history"]] == ["Policy and Partnerships"]
    assert [held["title"] for held in data["resources_held"]] == ["Head of Policy and Partnerships (compact lead)"]
    assert data["mentions"], "the demo's minutes name him"
    for mention in data["mentions"]:
        assert mention["meeting_id"] and mention["item_id"] and "rhodri owen" in mention["text"].lower()


def export_personal_data_in(store, person_id, path):
    return store.run(export_personal_data, person_id, path)


def test_export_keeps_welsh_letters(demo, tmp_path):
    path = export_personal_data_in(demo, LLYR, tmp_path / "out.json")
    raw = path.read_bytes()
    assert "Llŷr Evans".encode() in raw  # written as UTF-8, not \u escapes
    assert json.loads(raw)["feedback_owed"]


@pytest.mark.parametrize("person_id", [RHODRI, LLYR])
def test_erase_leaves_no_trace_and_the_figures_stand(demo, today, person_id):
    name = _scalar(demo, "SELECT name FROM person WHERE id = :p", p=person_id)
    counts = {table: _scalar(demo, f"SELECT count(*) FROM {table} WHERE {column} = :p", p=person_id)
              for table, column in [("attendance", "person_id"), ("seat_term", "person_id"),
                                    ("target", "lead_id"), ("feedback", "officer_id")]}
    championed = _scalar(demo, "SELECT count(*) FROM department WHERE champion_id = :p", p=person_id)
    assert _text_hits(demo, name)
    before = _figures(demo, today)

    neutral = demo.run(erase_person, person_id)

    assert neutral == "Former member"
    assert _text_hits(demo, name) == []
    row = demo.run(lambda s: s.execute(text(
        "SELECT name, role, email, phone, address, notes, department, is_champion FROM person WHERE id = :p"),
        {"p": person_id}).one())
    assert tuple(row) == ("Former member", "", "", "", "", "", "", 0)
    assert _scalar(demo, "SELECT count(*) FROM department WHERE champion_id = :p", p=person_id) == 0
    for table, column in [("attendance", "person_id"), ("seat_term", "person_id"), ("target", "lead_id"),
                          ("feedback", "officer_id")]:
        assert _scalar(demo, f"SELECT count(*) FROM {table} WHERE {column} = :p", p=person_id) == counts[table]
    after = _figures(demo, today)
    # Every figure of every year stands, except today's count of departments with a champion:
    # removing the erased person as champion leaves their department(s) without one.
    # The department's history says its post fell empty, and agrees with the department.
    for department_id, latest in demo.run(lambda s: s.execute(text(
            "SELECT d.id, (SELECT c.person_id FROM champion_change c WHERE c.department_id = d.id "
            "ORDER BY c.\"on\" DESC, c.id DESC LIMIT 1) FROM department d")).all()):
        assert latest == _scalar(demo, "SELECT champion_id FROM department WHERE id = :d", d=department_id)
    for year in before:
        for names in ("leads", "inputs"):  # the leads' and post holders' names: the erased one's is replaced
            before[year].pop(names), after[year].pop(names)
        champions_before, champions_after = before[year].pop("champions"), after[year].pop("champions")
        assert before[year] == after[year], year
        if champions_before is not None:
            assert champions_after == (champions_before[0] - championed, champions_before[1])


def test_erase_replaces_the_name_in_minutes(demo):
    item = demo.run(lambda s: s.execute(text(
        "SELECT id, minutes || decisions FROM agenda_item WHERE minutes || decisions LIKE '%Rhodri Owen%'")).first())
    assert item is not None
    demo.run(erase_person, RHODRI)
    changed = _scalar(demo, "SELECT minutes || decisions FROM agenda_item WHERE id = :i", i=item[0])
    assert changed == item[1].replace("Rhodri Owen", "Former member")


def test_several_erased_are_numbered(demo):
    assert demo.run(erase_person, RHODRI) == "Former member"
    assert demo.run(erase_person, LLYR) == "Former member 2"
    assert demo.run(erase_person, 6) == "Former member 3"
    assert demo.run(neutral_name) == "Former member 4"


def test_erase_refuses_an_unknown_person(demo):
    with pytest.raises(ValidationError, match="no person with the number 999"):
        demo.run(erase_person, 999)
    with pytest.raises(ValidationError):
        demo.run(personal_data, 999)


def test_erase_is_one_transaction_and_can_be_undone(demo):
    def snapshot():
        with demo.session() as session:
            return {table.name: session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY rowid')).all()
                    for table in Base.metadata.sorted_tables}

    before = snapshot()
    _, change = demo.run_recorded(erase_person, RHODRI)
    assert change
    assert snapshot() != before
    demo.apply(change)
    assert snapshot() == before


def test_a_name_inside_another_word_is_left_alone(tmp_path):
    from compactdesk.store import create_store

    with create_store(tmp_path / "g.cdstore") as store:
        ann = store.run(lambda s: add_person(s, "Ann", notes="Met Ann at the Annual meeting.").id)
        store.run(lambda s: add_person(s, "Bob", notes="Ann sends apologies; annual report due."))
        store.run(erase_person, ann)
        notes = store.run(lambda s: s.scalar(text("SELECT notes FROM person WHERE name = 'Bob'")))
        assert notes == "Former member sends apologies; annual report due."


# -- issue 14: erase means erased — every mention of their names, confirmed by the secretary ---------------------

LUCJA_MINUTES = "Łucja reported back. Ms Kowalczyk to circulate the revised draft before the next meeting."
LUCJA_DECISIONS = "Kowalczyk's report was accepted with thanks."


def _lucja_store(path, *, namesake: bool = True):
    """A group where Łucja Kowalczyk is written of as the minutes really were; with `namesake`, Łucjan Nowak
    (another man, whose name begins with hers) too."""
    from compactdesk.services import actions, feedback, meetings
    from compactdesk.store import create_store

    store = create_store(path)

    def build(session):
        lucja = add_person(session, "Łucja Kowalczyk", email="lucja@example.org", notes="Prefers Łucja.")
        officer = add_person(session, "Siân Ŵyn", role="Highways officer")
        if namesake:
            add_person(session, "Łucjan Nowak", notes="Works with ŁUCJA KOWALCZYK on transport.")
        meeting = meetings.create_meeting(session, "liaison", "2026-03-17 10:00", standing_items=False)
        item = meetings.add_item(session, meeting.id, "Rural transport")
        meetings.write_minutes(session, item.id, LUCJA_MINUTES, LUCJA_DECISIONS)
        actions.add_target(session, "Confirm the bus routes",
                           measure="Cllr Kowalczyk to confirm the routes" + (" with Łucjan." if namesake else "."))
        feedback.request_feedback(session, "Gritting of rural routes", officer.id, raised_on="2026-03-17",
                                  detail="Asked for by Y Cynghorydd Kowalczyk.")
        return lucja.id

    return store, store.run(build)


@pytest.fixture
def lucja(tmp_path):
    store, person_id = _lucja_store(tmp_path / "group.cdstore")
    yield store, person_id
    store.close()


def _texts(store) -> list[tuple[str, str, str]]:
    """(table, column, value) for every non-empty text value in the store."""
    found = []
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text):
                    for (value,) in session.execute(text(f'SELECT "{column.name}" FROM "{table.name}"')):
                        if value:
                            found.append((table.name, column.name, value))
    return found


def _words(store, word: str) -> list[str]:
    """Every value holding `word` as a whole word, any case (Python's Unicode case rules, not SQLite's)."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    return [value for _, _, value in _texts(store) if pattern.search(value)]


def test_every_mention_is_found_with_its_kind_and_place(lucja):
    store, person_id = lucja
    found = {(m.table, m.column, m.text, m.kind) for m in store.run(find_mentions, person_id)}
    assert found == {
        ("person", "notes", "ŁUCJA KOWALCZYK", MentionKind.FULL_NAME),  # Ł in capitals: SQLite's lower() cannot
        ("agenda_item", "minutes", "Łucja", MentionKind.FIRST_NAME),
        ("agenda_item", "minutes", "Ms Kowalczyk", MentionKind.TITLE_SURNAME),
        ("agenda_item", "decisions", "Kowalczyk", MentionKind.SURNAME),
        ("target", "measure", "Cllr Kowalczyk", MentionKind.TITLE_SURNAME),
        ("feedback", "detail", "Y Cynghorydd Kowalczyk", MentionKind.TITLE_SURNAME),
    }  # not "Łucjan", nor her own record (cleared by the erase)
    mentions = {m.text: m for m in store.run(find_mentions, person_id)}
    first = mentions["Łucja"]
    assert first.place == "Liaison meeting 17 March 2026, item 1: Rural transport (minutes)"
    assert first.excerpt.startswith("Łucja reported back. Ms Kowalczyk") and first.excerpt.endswith("…")
    assert LUCJA_MINUTES[first.start:first.end] == "Łucja"
    assert all(m.excerpt[m.excerpt_start:m.excerpt_end] == m.text for m in mentions.values())
    assert mentions["Cllr Kowalczyk"].place == "Target “Confirm the bus routes” (measure)"
    assert mentions["Y Cynghorydd Kowalczyk"].place == "Feedback owed: “Gritting of rural routes” (detail)"
    assert mentions["ŁUCJA KOWALCZYK"].place == "Person “Łucjan Nowak” (notes)"
    assert all(m.suggested for m in mentions.values())
    assert len({m.id for m in mentions.values()}) == len(mentions)


def test_erase_with_every_mention_replaced_leaves_no_name_in_any_text(lucja):
    store, person_id = lucja
    every = [m.id for m in store.run(find_mentions, person_id)]
    assert store.run(erase_person, person_id, replace_ids=every) == "Former member"
    assert _words(store, "Łucja") == [] and _words(store, "Kowalczyk") == []
    assert _words(store, "Łucjan") == ["Łucjan Nowak", "Former member to confirm the routes with Łucjan."]
    minutes, decisions = store.run(lambda s: tuple(s.execute(text("SELECT minutes, decisions FROM agenda_item")).one()))
    assert minutes == "Former member reported back. Former member to circulate the revised draft before the next " \
                      "meeting."
    assert decisions == "Former member's report was accepted with thanks."
    assert store.run(find_mentions, person_id) == []  # "Former member" names no one


def test_erase_leaves_the_mention_the_secretary_said_is_someone_else(lucja):
    store, person_id = lucja
    mentions = store.run(find_mentions, person_id)
    kept = next(m for m in mentions if m.kind is MentionKind.FIRST_NAME)
    store.run(erase_person, person_id, replace_ids=[m.id for m in mentions if m is not kept])
    assert _words(store, "Łucja") == ["Łucja reported back. Former member to circulate the revised draft before the "
                                      "next meeting."]
    assert _words(store, "Kowalczyk") == []


def test_full_name_mentions_are_replaced_even_when_not_chosen(lucja):
    store, person_id = lucja
    store.run(erase_person, person_id)  # as before issue 14: no mentions chosen
    assert _words(store, "Łucja Kowalczyk") == []
    assert len(_words(store, "Kowalczyk")) == 4  # minutes, decisions, target, feedback: not confirmed, so kept


def test_erase_refuses_a_stale_list_and_changes_nothing(lucja):
    from compactdesk.services import meetings

    store, person_id = lucja
    mentions = store.run(find_mentions, person_id)
    item_id = store.run(lambda s: s.scalar(text("SELECT id FROM agenda_item")))
    store.run(meetings.write_minutes, item_id, "Minutes were read. " + LUCJA_MINUTES, LUCJA_DECISIONS)
    before = _texts(store)
    for ids in ([m.id for m in mentions], ["agenda_item/1/minutes/0/5"], [7], "agenda_item/1/minutes/0/5"):
        with pytest.raises(ValidationError, match="Choose Erase this person again") as refused:
            store.run(erase_person, person_id, replace_ids=ids)
        assert "Nothing was erased" in str(refused.value)
    assert _texts(store) == before
    assert store.run(lambda s: s.scalar(text("SELECT name FROM person WHERE id = :p"), {"p": person_id})) == \
        "Łucja Kowalczyk"


def test_a_replacement_that_would_make_two_names_the_same_is_refused(lucja):
    from compactdesk.services.members import add_organisation

    store, person_id = lucja
    store.run(add_organisation, "Kowalczyk Consulting", "vcs")
    store.run(add_organisation, "Former member Consulting", "vcs")  # left by an earlier erase
    before = _texts(store)
    with pytest.raises(ValidationError, match="Organisation “Kowalczyk Consulting” \\(name\\) would have the same "
                                              "name as another record. Nothing was erased"):
        store.run(erase_person, person_id, replace_ids=[m.id for m in store.run(find_mentions, person_id)])
    assert _texts(store) == before


def test_personal_data_lists_mentions_by_full_name_only(lucja):
    store, person_id = lucja
    data = store.run(personal_data, person_id)
    assert data["mentions"] == []
    assert data["other_mentions"] == [{"table": "person", "id": 3, "field": "notes",
                                       "text": "Works with ŁUCJA KOWALCZYK on transport."}]


def test_after_an_erase_and_clear_free_pages_the_file_holds_no_name(tmp_path):
    path = tmp_path / "group.cdstore"
    store, person_id = _lucja_store(path, namesake=False)
    try:
        assert "Łucja".encode() in path.read_bytes() or "Kowalczyk".encode() in path.read_bytes()
        store.run(erase_person, person_id, replace_ids=[m.id for m in store.run(find_mentions, person_id)])
        store.clear_free_pages()
    finally:
        store.close()
    raw = path.read_bytes()  # as `strings` would see it: the replaced text is not left in a free page
    for word in ("Łucja", "Kowalczyk", "lucja@example.org"):
        assert word.encode("utf-8") not in raw, word
    assert "Former member".encode() in raw


def test_kinds_for_names_with_titles_particles_and_one_word(store):
    ids = store.run(lambda s: [add_person(s, name).id for name in
                               ("Cllr Dafydd ap Gwyn", "Cher", "Will Price", "Ms Jones", "Gwyn Price")])
    dafydd, cher, will, jones, _ = ids
    store.run(lambda s: add_person(s, "Notes", notes="Mr ap Gwyn and Dafydd ap Gwyn met Cher, Cheryl and Gwyn. "
                                                    "Will we pay the price? Will Price will. Ms Jones, Jones, Ms."))

    def kinds(person_id):
        return [(m.text, m.kind, m.suggested) for m in store.run(find_mentions, person_id) if m.column == "notes"]

    assert kinds(dafydd) == [("Mr ap Gwyn", MentionKind.TITLE_SURNAME, True),
                             ("Dafydd ap Gwyn", MentionKind.FULL_NAME, True)]
    assert kinds(cher) == [("Cher", MentionKind.FULL_NAME, True)]  # one word: the whole name only
    assert kinds(will) == [("Will", MentionKind.FIRST_NAME, True), ("price", MentionKind.SURNAME, False),
                           ("Will Price", MentionKind.FULL_NAME, True), ("will", MentionKind.FIRST_NAME, False)]
    assert kinds(jones) == [("Ms Jones", MentionKind.FULL_NAME, True), ("Jones", MentionKind.SURNAME, True)]
    # A word of another person's own name is theirs: listed, not ticked.
    assert [(m.table, m.column, m.text, m.suggested) for m in store.run(find_mentions, will)
            if m.table == "person" and m.column == "name"] == [("person", "name", "Price", False)]


NAMES = ["Łucja Kowalczyk", "Llŷr Evans", "Siân Ŵyn", "Rhodri Owen", "Dafydd ap Gwyn"]
SEPARATORS = [" ", "\n", " (", ", ", ": ", " “", "—"]


def _random_case(draw, word: str) -> str:
    return "".join(draw(st.sampled_from([letter.lower(), letter.upper()])) for letter in word)


@st.composite
def _written(draw):
    """(name, surrounding text with one mention in it, where it is, the kind it was written as)."""
    name = draw(st.sampled_from(NAMES))
    words = name.split()
    kind, shown = draw(st.sampled_from([(MentionKind.FULL_NAME, name), (MentionKind.FIRST_NAME, words[0]),
                                        (MentionKind.SURNAME, " ".join(words[1:])),
                                        (MentionKind.TITLE_SURNAME, "Cllr. " + " ".join(words[1:])),
                                        (MentionKind.TITLE_SURNAME, "Y Cynghorydd " + " ".join(words[1:]))]))
    shown = _random_case(draw, shown)
    before = draw(st.text(max_size=40)) + draw(st.sampled_from(SEPARATORS))
    after = draw(st.sampled_from(SEPARATORS)) + draw(st.text(max_size=40))
    return name, before + shown + after, len(before), len(before) + len(shown), kind


@settings(max_examples=150, deadline=None)
@given(_written())
def test_matcher_finds_a_mention_in_any_surrounding_text(written):
    name, value, start, end, kind = written
    spans = _matches_in(value, name)
    # The mention is found whole: as written, or inside a longer one ("Rhodri" then " Owen" typed after it).
    covering = [(s, e, k) for s, e, k in spans if s <= start and end <= e]
    assert covering, (value, spans)
    if covering[0][:2] == (start, end):
        assert covering[0][2] is kind
    for s, e, _ in spans:  # the excerpt shows the mention where it says it is
        excerpt, at, to = _excerpt(value, s, e)
        assert excerpt[at:to] == " ".join(value[s:e].split()) and "\n" not in excerpt
    # Replacing every span leaves nothing of the name to find.
    for s, e, _ in reversed(spans):
        value = value[:s] + "Former member" + value[e:]
    assert _matches_in(value, name) == []


@settings(max_examples=100, deadline=None)
@given(name=st.sampled_from(NAMES), before=st.text(max_size=20), after=st.text(max_size=20),
       glued=st.sampled_from(["n", "a", "ów", "ŵ", "1", "_"]))
def test_matcher_leaves_a_longer_word(name, before, after, glued):
    word = name.split()[0]
    value = f"{before} {word}{glued} {after}"
    start = len(before) + 1
    assert not any(s == start and e == start + len(word) for s, e, _ in _matches_in(value, name))
