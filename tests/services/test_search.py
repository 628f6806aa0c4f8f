"""One search across everything: what each kind of record is found by, how hits are shown and opened,
and that the index follows every change, undo and redo included."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compactdesk.services import actions, feedback, meetings, members
from compactdesk.services.search import Kind, match_query, search
from compactdesk.store.search_index import out_of_step

DAY = dt.date(2026, 11, 24)


def _found(store, typed: str, **options) -> dict[Kind, list]:
    return {group.kind: list(group.hits) for group in store.run(search, typed, **options)}


def _titles(store, typed: str, kind: Kind) -> list[str]:
    return [hit.title for hit in _found(store, typed).get(kind, [])]


@pytest.fixture
def group(store):
    """A small group: a meeting whose minutes discuss food banks, a target with progress, feedback, people."""
    council = store.run(members.add_organisation, "Cyngor Sir Ynys Môn", "council")
    llyr = store.run(members.add_person, "Llŷr Evans", role="Highways manager", organisation_id=council.id)
    meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 3, 17, 10), venue="Llangefni")
    store.run(meetings.add_item, meeting.id, "Apologies")  # after the standing items a new meeting is given
    item = store.run(meetings.add_item, meeting.id, "Cost of living")
    store.run(meetings.write_minutes, item.id, "Members said the food banks in rural wards were running short "
                                                "of volunteers before the winter.", "Write to the council.")
    transport = store.run(meetings.add_item, meeting.id, "Community transport commissioning", presenter="Llŷr Evans")
    target = store.run(actions.add_target, "Grit the rural routes")
    store.run(actions.record_progress, target.id, DAY, "Routes mapped with the community transport scheme")
    owed = store.run(feedback.request_feedback, "Gritting of rural routes", llyr.id, raised_on=DAY)
    return {"meeting": meeting, "item": item, "transport": transport, "target": target, "feedback": owed,
            "llyr": llyr, "council": council}


def test_a_meeting_is_found_by_the_words_of_its_minutes_and_opens_the_meeting(store, group):
    (hit,) = _found(store, "food banks")[Kind.MEETINGS]
    assert hit.area == "meetings" and hit.record_id == group["meeting"].id
    assert hit.title == "Liaison meeting, Tuesday 17 March 2026 — item 8: Cost of living"
    assert hit.snippet_text("[", "]").startswith("Members said the [food] [banks] in rural wards")


def test_a_meeting_is_found_by_an_item_title_and_a_target_by_its_progress_notes(store, group):
    found = _found(store, "community transport")
    assert [hit.title for hit in found[Kind.MEETINGS]] == [
        "Liaison meeting, Tuesday 17 March 2026 — item 9: Community transport commissioning"]
    (target,) = found[Kind.TARGETS]
    assert (target.area, target.record_id, target.title) == ("actions", group["target"].id, "Grit the rural routes")
    assert "[community] [transport]" in target.snippet_text("[", "]")


def test_feedback_people_and_organisations_are_found_and_open_where_they_are_shown(store, group):
    found = _found(store, "gritting")
    (owed,) = found[Kind.FEEDBACK]
    assert (owed.area, owed.record_id, owed.title) == ("feedback", group["feedback"].id, "Gritting of rural routes")
    (person,) = _found(store, "highways")[Kind.PEOPLE]
    assert (person.area, person.record_id, person.title) == (
        "people/people", group["llyr"].id, "Llŷr Evans, Highways manager")
    (organisation,) = _found(store, "Ynys Mon")[Kind.ORGANISATIONS]
    assert (organisation.area, organisation.record_id) == ("people/organisations", group["council"].id)


def test_llyr_finds_llyr_with_its_circumflex_and_the_other_way_round(store, group):
    for typed in ("Llyr", "llŷr", "LLYR"):
        found = _found(store, typed)
        assert [hit.title for hit in found[Kind.PEOPLE]] == ["Llŷr Evans, Highways manager"], typed
        assert found[Kind.MEETINGS][0].snippet_text("[", "]") == "[Llŷr] Evans"  # the presenter, as written


def test_hits_are_grouped_by_kind_in_a_fixed_order_and_limited(store, group):
    for n in range(7):
        store.run(feedback.request_feedback, f"Rural bus stop {n}", group["llyr"].id, raised_on=DAY)
    groups = store.run(search, "rural", limit_per_kind=3)
    assert [g.kind for g in groups] == [Kind.MEETINGS, Kind.TARGETS, Kind.FEEDBACK]
    assert [g.label() for g in groups] == ["Meetings", "Action plan targets", "Feedback"]
    owed = groups[2]
    assert len(owed.hits) == 3 and owed.more
    assert not groups[1].more


def test_the_last_word_is_matched_as_it_is_typed_and_a_space_ends_it(store, group):
    assert _titles(store, "food ba", Kind.MEETINGS)
    assert _titles(store, "grit", Kind.TARGETS) == ["Grit the rural routes"]
    assert match_query("food ba") == '"food" "ba"*'
    assert match_query("food ba ") == '"food" "ba"'
    assert not _titles(store, "food ba ", Kind.MEETINGS)


def test_a_word_in_the_title_counts_for_more_than_one_in_a_note(store, group):
    store.run(actions.add_target, "Volunteers for the food banks")
    titles = _titles(store, "food banks volunteers", Kind.MEETINGS) + _titles(store, "food banks", Kind.TARGETS)
    assert titles[-1] == "Volunteers for the food banks"


def test_snippets_escape_html_and_bold_only_the_match(store, group):
    store.run(members.add_organisation, "<b>Friends</b> & Neighbours of Llŷn", "vcs")
    (hit,) = _found(store, "neighbours")[Kind.ORGANISATIONS]
    assert hit.snippet_html() == "&lt;b&gt;Friends&lt;/b&gt; &amp; <b>Neighbours</b> of Llŷn"


def test_changes_and_deletes_are_seen_at_once_through_the_triggers(store, group):
    item = group["item"]
    store.run(meetings.write_minutes, item.id, "Warm spaces in the libraries.", "")
    assert not _titles(store, "food banks", Kind.MEETINGS)
    assert _titles(store, "warm spaces", Kind.MEETINGS)
    store.run(meetings.delete_meeting, group["meeting"].id)  # its items go with it (a cascade)
    assert Kind.MEETINGS not in _found(store, "warm spaces") and Kind.MEETINGS not in _found(store, "transport")
    store.run(feedback.delete_feedback, group["feedback"].id)
    assert Kind.FEEDBACK not in _found(store, "gritting")
    _in_step(store)


def test_undo_and_redo_keep_the_index_right(store, group):
    _, undo = store.run_recorded(meetings.delete_meeting, group["meeting"].id)
    assert Kind.MEETINGS not in _found(store, "food banks")
    redo = store.apply(undo)
    assert _titles(store, "food banks", Kind.MEETINGS)
    _in_step(store)
    store.apply(redo)
    assert Kind.MEETINGS not in _found(store, "food banks")
    _in_step(store)

    _, undo = store.run_recorded(members.update_person, group["llyr"].id, name="Llŷr ap Evans", role="Chair")
    assert _titles(store, "chair", Kind.PEOPLE) == ["Llŷr ap Evans, Chair"]
    store.apply(undo)
    assert not _titles(store, "chair", Kind.PEOPLE) and _titles(store, "highways", Kind.PEOPLE)
    _in_step(store)


def _in_step(store) -> None:
    if getattr(store, "is_server", False):
        return  # a server's indexes are over the tables' own columns: nothing to be out of step
    connection = sqlite3.connect(store.path)
    try:
        assert out_of_step(connection) == []
    finally:
        connection.close()


def test_nothing_typed_finds_nothing(store, group):
    for typed in ("", "   ", "-", '"', "*", "🙂 ☕", ":"):
        assert store.run(search, typed) == []


@pytest.mark.parametrize("typed", ['"food', 'food"', "food*", "NEAR(food banks)", "food NEAR banks", "-food",
                                   "food -banks", "issue:food", "food AND", "OR", "NOT food", "(food", "food)",
                                   "^food", "food + banks", "{issue}: food", "food banks 🙂", "food'banks",
                                   "food\tbanks", "food\x00banks"])
def test_fts_syntax_typed_is_only_words(store, group, typed):
    store.run(search, typed)  # never raises


@pytest.mark.parametrize("typed", ['"food banks', "food* banks*", "-food banks", "food:banks", "(food) banks",
                                   "food banks 🙂", "NEAR food banks"[5:]])
def test_quotes_stars_dashes_and_brackets_typed_still_find_the_words(store, group, typed):
    assert _titles(store, typed, Kind.MEETINGS), typed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=60))
def test_any_text_typed_never_raises(store, typed):
    for groups in (store.run(search, typed), store.run(search, typed, limit_per_kind=1)):
        assert all(group.hits for group in groups)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.lists(st.sampled_from(['"', "*", "NEAR", "-", ":", "🙂", "(", ")", "^", "+", "AND", "OR", "NOT",
                                       "food", "bank", "Llŷr", "'", "\\", "{", "}", "NEAR/2", "\u0301", "ŷ"]),
                      max_size=8).map("".join))
def test_any_mix_of_fts_operators_never_raises(store, typed):
    store.run(search, typed)


def test_a_word_in_more_rows_than_are_ranked_lists_them_newest_first(store, group, monkeypatch):
    from compactdesk.services import search as service

    for n in range(4):
        store.run(feedback.request_feedback, f"Rural bus stop {n}", group["llyr"].id, raised_on=DAY)
    monkeypatch.setattr(service, "RANKED", 3)  # bm25 would count every row that holds the word
    assert _titles(store, "rural", Kind.FEEDBACK)[:3] == ["Rural bus stop 3", "Rural bus stop 2", "Rural bus stop 1"]
    assert _titles(store, "routes", Kind.FEEDBACK) == ["Gritting of rural routes"]  # few: ranked as ever


def test_a_kind_whose_indexes_are_ranked_and_newest_first_takes_turns_between_them(store, group, monkeypatch):
    """Targets are found by their titles and their progress notes: "rural" in few titles (ranked by bm25) and in
    many notes (newest first, no score). Neither index's hits may always come first: they take turns."""
    from compactdesk.services import search as service

    store.run(actions.add_target, "Rural broadband")
    for n in range(4):
        shelter = store.run(actions.add_target, f"Bus shelter {n}")
        store.run(actions.record_progress, shelter.id, DAY, f"Rural stops surveyed, part {n}")
    monkeypatch.setattr(service, "RANKED", 3)
    titles = [hit.title for hit in _found(store, "rural", limit_per_kind=6)[Kind.TARGETS]]
    assert {titles[0], titles[2]} == {"Grit the rural routes", "Rural broadband"}  # the titles, best first
    assert [titles[1], *titles[3:]] == ["Bus shelter 3", "Bus shelter 2", "Bus shelter 1", "Bus shelter 0"]
    monkeypatch.setattr(service, "RANKED", 500)  # every index ranked: merged by bm25, a title before a note
    titles = [hit.title for hit in _found(store, "rural", limit_per_kind=6)[Kind.TARGETS]]
    assert set(titles[:2]) == {"Grit the rural routes", "Rural broadband"}


def test_the_order_within_a_kind_does_not_depend_on_which_index_is_ranked():
    from compactdesk.services.search import Hit, _in_order

    def hits(name: str, ranks: list[float]) -> list[Hit]:
        return [Hit(Kind.TARGETS, n, "actions", f"{name}{n}", (), rank) for n, rank in enumerate(ranks)]

    titles, notes = hits("title", [-9.0, -2.0]), hits("note", [0.0, 0.0, 0.0])
    assert [hit.title for hit in _in_order([(True, titles), (False, notes)])] == [
        "title0", "note0", "title1", "note1", "note2"]
    ranked_notes = hits("note", [-8.0, -7.0, -1.0])
    unranked_titles = hits("title", [0.0, 0.0])
    assert [hit.title for hit in _in_order([(False, unranked_titles), (True, ranked_notes)])] == [
        "title0", "note0", "title1", "note1", "note2"]
    assert [hit.title for hit in _in_order([(True, titles), (True, ranked_notes)])] == [
        "title0", "note0", "note1", "title1", "note2"]
    assert _in_order([]) == []


def test_a_person_is_found_by_a_word_of_their_email_address_and_a_hyphened_word_by_either_half(store):
    """An email address, a web address and "co-op" are several words on both engines (PostgreSQL's parser
    would keep each as one token, were punctuation not folded to spaces first)."""
    store.run(members.add_person, "Siân Jones", email="sian.jones@ynysmon.gov.uk", notes="See www.ynysmon.gov.uk/cymraeg")
    store.run(members.add_organisation, "Llangefni Community Co-op", "vcs")
    for typed in ("ynysmon", "sian jones", "cymraeg", "gov uk"):
        assert _titles(store, typed, Kind.PEOPLE) == ["Siân Jones"], typed
    for typed in ("op", "co-op", "co op", "community-co"):
        assert _titles(store, typed, Kind.ORGANISATIONS) == ["Llangefni Community Co-op"], typed
    (hit,) = _found(store, "ynysmon")[Kind.PEOPLE]
    assert "[ynysmon]" in hit.snippet_text("[", "]")


def test_the_words_around_a_match_deep_in_long_minutes_are_cut_off_with_an_ellipsis(store, group):
    before = " ".join(f"before{n}" for n in range(40))
    after = " ".join(f"after{n}" for n in range(40))
    store.run(meetings.write_minutes, group["item"].id, f"{before} the Ŵyneb Ffermdy grant {after}", "")
    (hit,) = _found(store, "wyneb")[Kind.MEETINGS]
    shown = hit.snippet_text("[", "]")
    assert shown.startswith("…") and shown.endswith("…"), shown
    assert "[Ŵyneb] Ffermdy grant" in shown and len(shown.split()) <= 14, shown


_LETTERS = "abcdefghilmnoprstuwyâêîôûŵŷäëïöüáéíóúàèìòùłńśźżąęćŁŃŚŹŻĄĘĆÂÊÎÔÛŴŶAELMNORSTWY"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=9), min_size=1, max_size=5),
       between=st.lists(st.sampled_from([" ", "-", ".", ", ", "'", "@", "/", ":", " & ", "(", ") ", "’", "–", "…"]),
                        min_size=5, max_size=5))
def test_any_name_is_found_by_any_of_its_words_with_or_without_accents_and_marked_where_it_stands(store, words,
                                                                                                   between):
    import unicodedata

    from compactdesk.store.models import Organisation

    number = store.run(lambda session: session.query(Organisation).count())  # the examples share one group
    joined = "".join(word + gap for word, gap in zip(words, between))
    organisation = store.run(members.add_organisation, f"Grŵp {number} {joined}", "vcs")
    for word in words:
        plain = "".join(letter for letter in unicodedata.normalize("NFD", word) if not unicodedata.combining(letter))
        for typed in (word, plain.lower(), word.upper() + " "):
            hits = _found(store, f"grwp {number} {typed}").get(Kind.ORGANISATIONS, [])
            assert [hit.record_id for hit in hits] == [organisation.id], (organisation.name, typed)
            assert hits[0].snippet_text() == organisation.name
            assert any(matched for _, matched in hits[0].snippet), (organisation.name, typed)


def test_on_a_server_every_search_reads_its_gin_index(store, group):
    """PostgreSQL uses an index over an expression only for a query that writes the very same expression: the
    search's (store/pg_search.py) must be the revisions' to the letter, for every index, or a search reads
    whole tables (seconds on ten years of records)."""
    if not getattr(store, "is_server", False):
        pytest.skip("a server's indexes")
    from sqlalchemy import text

    from compactdesk.services import search as service
    from compactdesk.services import search_server

    def plans(session):
        query = search_server.query(session, "rural gritting co-op")
        found = {}
        with search_server.searching(session):
            for source in service._SOURCES:
                found[source.index] = [
                    "\n".join(session.execute(text("EXPLAIN " + search_server._sql(source, ranked)), {
                        "every": query.every, "any": query.any, "limit": 6, "options": ""}).scalars())
                    for ranked in (True, False)]
        return found

    found = store.run(plans)
    assert len(found) == 12
    for index, (ranked, newest) in found.items():
        assert f"Bitmap Index Scan on {index}" in ranked and f"Bitmap Index Scan on {index}" in newest, index


def test_on_a_server_the_fold_function_keeps_a_texts_length_and_folds_accents_capitals_and_punctuation(store):
    if not getattr(store, "is_server", False):
        pytest.skip("a server's function")
    from sqlalchemy import text

    written = "Llŷr o Fôn: co-op’s “café”, ŴŶ & Łódź — ẞ 3.5% <b>"
    folded = store.run(lambda session: session.execute(text("SELECT search_fold(:w)"), {"w": written}).scalar())
    assert folded == "llyr o fon  co op s  cafe   wy   łodz   ß 3 5   b "
    assert len(folded) == len(written)


def test_the_marks_put_on_folded_text_land_on_the_same_letters_of_the_text_as_written():
    from compactdesk.services.search_server import marked

    assert marked("<b>Llŷr</b> Evans", " b llyr  b  evans", "llyr  b  \x02evans\x03") == "…Llŷr</b> \x02Evans\x03"
    assert marked("<b>Llŷr</b> Evans", " b llyr  b  evans", "b llyr  b  \x02evans\x03") == "<b>Llŷr</b> \x02Evans\x03"
    assert marked("Cyngor Sir Ynys Môn", "cyngor sir ynys mon", "ynys \x02mon\x03") == "…Ynys \x02Môn\x03"
    assert marked("Môn, a b.", "mon  a b ", "\x02mon\x03  a") == "\x02Môn\x03, a…"
    # A folded text of another length (a server whose lower() is not one letter for one): the words, unmarked.
    assert marked("İstanbul hall", "i̇stanbul hall", "\x02i̇stanbul\x03 hall") == "İstanbul hall"


def test_on_a_server_fewer_agenda_items_are_ranked_as_their_minutes_take_longer_to_read(store, group, monkeypatch):
    if not getattr(store, "is_server", False):
        pytest.skip("a server's ranking")
    from compactdesk.services import search_server

    later = store.run(meetings.add_item, group["meeting"].id, "Any other business")
    store.run(meetings.write_minutes, later.id, "The community hall roof needs mending.", "")
    ranked = _titles(store, "community", Kind.MEETINGS)
    assert ranked[0].endswith("item 9: Community transport commissioning")  # its title weighs more than minutes
    monkeypatch.setattr(search_server, "_RANK_AT_MOST", {"search_agenda_item": 1})
    assert _titles(store, "community", Kind.MEETINGS) == ranked[::-1]  # two matches: newest first
    assert _titles(store, "mending", Kind.MEETINGS) == [ranked[1]]
