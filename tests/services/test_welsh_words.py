"""The group's own words in Welsh (issue 19): saved beside the English, read back, chosen by the language
spoken, the English when none was given; nothing the group wrote is translated."""

import datetime as dt
import unicodedata
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from compactdesk import i18n
from compactdesk.domain.enums import MeetingKind, SeatFill, Sector, StandingItem
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.own_words import in_language
from compactdesk.domain.text import clean
from compactdesk.services import attention, champions, meetings, papers, review, search, seats
from compactdesk.services import compact as compacts

TODAY = dt.date(2026, 12, 6)
WELSH_LABELS = {"Welcome and apologies": "Croeso ac ymddiheuriadau", "Any other business": "Unrhyw fater arall",
                "liaison group": "grŵp cyswllt", "Liaison Group": "Grŵp Cyswllt", "champion": "hyrwyddwr",
                "{compact} {group}": "{group} {compact}"}


@contextmanager
def welsh_catalogue(words=WELSH_LABELS):
    """A small Welsh catalogue in place of whatever is installed, put back after."""
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: words.get(text, ""))
    try:
        yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)


def welsh(store, fn, *args, **kwargs):
    with i18n.speaking(i18n.WELSH):
        return store.run(fn, *args, **kwargs)


def english(store, fn, *args, **kwargs):
    with i18n.speaking(i18n.ENGLISH):
        return store.run(fn, *args, **kwargs)


def test_in_language_is_the_welsh_only_when_welsh_is_spoken_and_there_is_some():
    with i18n.speaking(i18n.WELSH):
        assert in_language("Liaison group", "Grŵp cyswllt") == "Grŵp cyswllt"
        assert in_language("Liaison group", "") == "Liaison group"
        assert in_language("Liaison group", "   ") == "Liaison group"
        assert in_language("Liaison group", None) == "Liaison group"
    with i18n.speaking(i18n.ENGLISH):
        assert in_language("Liaison group", "Grŵp cyswllt") == "Liaison group"


def test_the_compacts_words_are_saved_in_both_languages_and_named_in_the_one_spoken(store):
    store.run(compacts.set_up_compact, "Denbighshire Compact", "Denbighshire", name_cy="Compact Sir Ddinbych",
              today=TODAY)
    store.run(compacts.update_compact, name="Denbighshire Compact", area="Denbighshire",
              group_label="liaison group", champion_label="compact champion", group_label_cy="grŵp cyswllt",
              champion_label_cy="hyrwyddwr y compact")
    words = store.run(compacts.compact_summary, TODAY).words
    assert words == compacts.CompactWords("Denbighshire Compact", "Compact Sir Ddinbych", "liaison group",
                                          "grŵp cyswllt", "compact champion", "hyrwyddwr y compact")
    assert english(store, papers.group_name) == "Denbighshire Compact Liaison Group"
    with welsh_catalogue():
        assert welsh(store, papers.group_name) == "Grŵp Cyswllt Compact Sir Ddinbych"
    assert welsh(store, compacts.compact_name) == "Compact Sir Ddinbych"
    assert english(store, compacts.compact_name) == "Denbighshire Compact"
    summary = welsh(store, compacts.compact_summary, TODAY)
    assert (summary.name, summary.group_label, summary.champion_label) == (
        "Compact Sir Ddinbych", "grŵp cyswllt", "hyrwyddwr y compact")
    assert welsh(store, champions.champion_label) == "hyrwyddwr y compact"
    assert welsh(store, review.champion_word) == "hyrwyddwr y compact"
    assert english(store, champions.champion_label) == "compact champion"
    assert welsh(store, attention.attention, TODAY).group_name == "Compact Sir Ddinbych"


def test_an_update_that_does_not_name_the_welsh_keeps_it_and_an_empty_one_takes_it_away(store):
    store.run(compacts.set_up_compact, "Denbighshire Compact", name_cy="Compact Sir Ddinbych", today=TODAY)
    store.run(compacts.update_compact, name="Denbighshire Compact Partnership")  # as the set-up assistant does
    assert welsh(store, compacts.compact_name) == "Compact Sir Ddinbych"
    store.run(compacts.update_compact, name="Denbighshire Compact", name_cy="")
    assert welsh(store, compacts.compact_name) == "Denbighshire Compact"


def test_without_welsh_a_welsh_paper_has_the_english_and_the_programs_own_welsh_for_its_own_labels(store):
    store.run(compacts.set_up_compact, "Dyfnant Compact", today=TODAY)
    with welsh_catalogue():
        # "liaison group" is the program's word (offered, and the default): its Welsh is the program's.
        assert welsh(store, papers.group_name) == "Grŵp Cyswllt Dyfnant Compact"
        assert welsh(store, champions.champion_label) == "hyrwyddwr"
        store.run(compacts.update_compact, name="Dyfnant Compact", group_label="partnership board",
                  champion_label="link officer")
        # The group's own words are never translated: the English, as typed (a title's first letter a capital).
        assert welsh(store, papers.group_name) == "Partnership board Dyfnant Compact"
        assert welsh(store, champions.champion_label) == "link officer"


def test_a_name_that_already_holds_the_groups_word_is_not_given_it_twice(store):
    store.run(compacts.set_up_compact, "Dyfnant Liaison Group", name_cy="Grŵp Cyswllt Dyfnant", today=TODAY)
    store.run(compacts.update_compact, name="Dyfnant Liaison Group", group_label_cy="grŵp cyswllt")
    assert english(store, papers.group_name) == "Dyfnant Liaison Group"
    with welsh_catalogue():
        assert welsh(store, papers.group_name) == "Grŵp Cyswllt Dyfnant"


def test_a_seats_welsh_title_is_kept_and_shown_in_welsh_wherever_the_seat_is_named(store):
    from compactdesk.services import members

    made = store.run(seats.add_seat, "Voluntary sector representative", Sector.VCS, SeatFill.ELECTED,
                     title_cy="Cynrychiolydd y sector gwirfoddol")
    plain = store.run(seats.add_seat, "Council seat", Sector.COUNCIL, SeatFill.NOMINATED)
    person = store.run(members.add_person, "Llŷr Evans")
    store.run(seats.appoint, made.id, person.id, dt.date(2026, 1, 1))
    assert store.run(seats.seat_detail, made.id).title_cy == "Cynrychiolydd y sector gwirfoddol"
    assert store.run(seats.seat_detail, made.id).title == "Voluntary sector representative"
    assert [view.title for view in welsh(store, seats.seat_overview, TODAY)] == [
        "Cynrychiolydd y sector gwirfoddol", "Council seat"]
    assert [view.title for view in english(store, seats.seat_overview, TODAY)] == [
        "Voluntary sector representative", "Council seat"]
    assert [term.seat for term in welsh(store, seats.history, made.id)] == ["Cynrychiolydd y sector gwirfoddol"]
    meeting = store.run(meetings.create_meeting, MeetingKind.LIAISON, "2026-03-03 10:00")
    (row,) = welsh(store, meetings.attendance_roster, meeting.id)
    assert row.seat == "Cynrychiolydd y sector gwirfoddol"
    (row,) = english(store, meetings.attendance_roster, meeting.id)
    assert row.seat == "Voluntary sector representative"
    # An update that leaves the Welsh out keeps it; an empty one takes it away.
    store.run(seats.update_seat, made.id, title="VCS representative", sector=Sector.VCS, fill=SeatFill.ELECTED)
    assert store.run(seats.seat_detail, made.id).title_cy == "Cynrychiolydd y sector gwirfoddol"
    store.run(seats.update_seat, plain.id, title="Council seat", sector=Sector.COUNCIL, fill=SeatFill.NOMINATED,
              title_cy="Sedd y cyngor")
    assert [view.title for view in welsh(store, seats.seat_overview, TODAY)] == [
        "Cynrychiolydd y sector gwirfoddol", "Sedd y cyngor"]
    store.run(seats.update_seat, plain.id, title="Council seat", sector=Sector.COUNCIL, fill=SeatFill.NOMINATED,
              title_cy="")
    assert welsh(store, seats.seat_overview, TODAY)[1].title == "Council seat"


def test_a_welsh_title_too_long_is_refused_at_its_own_field(store):
    with pytest.raises(ValidationError) as refused:
        store.run(seats.add_seat, "Voluntary sector representative", Sector.VCS, SeatFill.ELECTED,
                  title_cy="ŵ" * 301)
    assert refused.value.field == "title_cy" and "301" in str(refused.value)
    store.run(compacts.set_up_compact, "Dyfnant Compact", today=TODAY)
    with pytest.raises(ValidationError) as refused:
        store.run(compacts.update_compact, name="Dyfnant Compact", group_label_cy="grŵp " * 30)
    assert refused.value.field == "group_label_cy"


def test_standing_items_are_made_under_the_programs_english_words_and_shown_in_its_welsh(store):
    with welsh_catalogue(), i18n.speaking(i18n.WELSH):  # made from the window in Welsh: the English stays English
        meeting = store.run(meetings.create_meeting, MeetingKind.LIAISON, "2026-03-03 10:00")
    rows = english(store, meetings.agenda_rows, meeting.id)
    assert rows[0].title == rows[0].title_english == "Welcome and apologies"
    assert rows[0].title_welsh == ""  # none of the group's own: the program's Welsh is shown
    with welsh_catalogue():
        shown = welsh(store, meetings.agenda_rows, meeting.id)
        assert shown[0].title == "Croeso ac ymddiheuriadau"
        assert shown[1].title == "Declarations of interest"  # no Welsh in that catalogue for it


def test_a_standing_item_has_the_programs_welsh_until_it_is_renamed(store):
    meeting = store.run(meetings.create_meeting, MeetingKind.LIAISON, "2026-03-03 10:00")
    first, *_, aob, last = store.run(meetings.agenda_rows, meeting.id)
    assert first.title_welsh == "" and aob.standing is StandingItem.AOB
    with welsh_catalogue():
        shown = welsh(store, meetings.agenda_rows, meeting.id)
        assert (shown[0].title, shown[-2].title) == ("Croeso ac ymddiheuriadau", "Unrhyw fater arall")
        # Renamed by the group, it is the group's own words: shown as typed.
        store.run(meetings.update_item, first.item_id, title="Welcome, introductions and apologies")
        assert welsh(store, meetings.agenda_rows, meeting.id)[0].title == "Welcome, introductions and apologies"
        store.run(meetings.update_item, first.item_id, title="Welcome, introductions and apologies",
                  title_cy="Croeso, cyflwyniadau ac ymddiheuriadau")
        assert welsh(store, meetings.agenda_rows, meeting.id)[0].title == "Croeso, cyflwyniadau ac ymddiheuriadau"


def test_an_items_welsh_title_is_kept_found_by_search_and_named_where_an_action_was_raised(store):
    from compactdesk.services.origin import where_raised

    meeting = store.run(meetings.create_meeting, MeetingKind.LIAISON, "2026-03-03 10:00", standing_items=False)
    item = store.run(meetings.add_item, meeting.id, "Gritting routes", title_cy="Llwybrau graeanu")
    (row,) = store.run(meetings.agenda_rows, meeting.id)
    assert (row.title_english, row.title_welsh) == ("Gritting routes", "Llwybrau graeanu")
    assert welsh(store, where_raised, meeting.id, item.id).endswith("Llwybrau graeanu")
    assert english(store, where_raised, meeting.id, item.id).endswith("Gritting routes")
    found = store.run(search.search, "graeanu")
    assert [hit.record_id for group in found for hit in group.hits] == [meeting.id]
    (group,) = welsh(store, search.search, "graeanu")
    assert group.hits[0].title.endswith("Llwybrau graeanu")
    (group,) = english(store, search.search, "graeanu")
    assert group.hits[0].title.endswith("Gritting routes")
    # Nothing the group wrote in its records is translated: the minutes stay as typed.
    store.run(meetings.write_minutes, item.id, "Discussed the rural routes.")
    assert welsh(store, meetings.agenda_rows, meeting.id)[0].minutes == "Discussed the rural routes."


# Anything a person can type or paste: Welsh letters, emoji, other scripts, and control characters.
WELSH_AND_CONTROLS = "ŵŷâêîôûŴŶ\u0000\u0007\u001b\x85🙂"
typed = st.text(st.characters(blacklist_categories=("Cs",)) | st.sampled_from(WELSH_AND_CONTROLS), max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title_cy=typed)
def test_any_welsh_title_is_kept_cleaned_as_the_english_is_and_blank_falls_back(store, title_cy):
    made = store.run(seats.add_seat, "Voluntary sector representative", Sector.VCS, SeatFill.ELECTED,
                     title_cy=title_cy)
    kept = store.run(seats.seat_detail, made.id).title_cy
    assert kept == clean(title_cy)  # the English field's cleaning: controls gone, spaces made one
    assert not any(ord(letter) < 32 or 127 <= ord(letter) < 160 for letter in kept)
    shown = welsh(store, seats.seat_overview, TODAY)[-1].title
    assert shown == (kept or "Voluntary sector representative")
    assert english(store, seats.seat_overview, TODAY)[-1].title == "Voluntary sector representative"
    store.run(seats.delete_seat, made.id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name_cy=typed, label_cy=typed)
def test_any_welsh_name_and_label_make_the_welsh_groups_name(store, name_cy, label_cy):
    if store.run(compacts.get_compact) is None:
        store.run(compacts.set_up_compact, "Dyfnant Compact", today=TODAY)
    store.run(compacts.update_compact, name="Dyfnant Compact", group_label="partnership board", name_cy=name_cy,
              group_label_cy=label_cy[:100])
    name = welsh(store, papers.group_name)

    def words(text):  # as a reader sees them, whatever their case (a title begins with a capital)
        return " " + unicodedata.normalize("NFC", " ".join(text.split()).casefold()) + " "

    assert words(clean(name_cy) or "Dyfnant Compact") in words(name)
    assert name == name.strip() and "\x00" not in name
    assert english(store, papers.group_name) == "Dyfnant Compact partnership board"  # the group's word, as typed
