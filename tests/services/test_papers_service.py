"""What the papers ask of the store: the group's name, which meeting, what is owed."""

import datetime as dt

import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from compactdesk import i18n
from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.domain.enums import FeedbackState
from compactdesk.domain.errors import ValidationError
from compactdesk.services import compact, feedback, meetings, members, papers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from readback import docx_headers, paper_text, pdf_pages  # noqa: E402

DAY = dt.date(2026, 11, 24)


def test_group_name(store):
    assert store.run(papers.group_name) == "Compact liaison group"
    store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    assert store.run(papers.group_name) == "Cwm Compact Liaison Group"  # the offered word, in its title form
    store.run(lambda s: compact.update_compact(s, name="Cwm Compact Forum", group_label="forum"))
    assert store.run(papers.group_name) == "Cwm Compact Forum"
    store.run(lambda s: compact.update_compact(s, name="Cwm Compact", group_label="partnership board"))
    assert store.run(papers.group_name) == "Cwm Compact partnership board"  # the group's own, as typed


def test_derby_compact_whose_group_calls_itself_the_compact_group_is_not_the_compact_compact_group(store):
    """Derby: the compact is "Derby Compact", and the group typed "Compact Group" for its word for itself."""
    store.run(compact.set_up_compact, "Derby Compact", "Derby", status_on=DAY)
    store.run(compact.update_compact, name="Derby Compact", area="Derby", group_label="Compact Group")
    assert store.run(papers.group_name) == "Derby Compact Group"
    assert store.run(lambda s: compact.compact_summary(s, DAY).words.group_label) == "Compact Group"


def test_a_group_label_is_saved_and_read_back_exactly_as_typed(store):
    store.run(compact.set_up_compact, "Derby Compact", status_on=DAY)
    typed = "  Monitoring and Implementation Group ", "monitoring and implementation lead", "Grŵp Monitro a Gweithredu"
    store.run(compact.update_compact, name="Derby Compact", group_label=typed[0], champion_label=typed[1],
              group_label_cy=typed[2])
    words = store.run(lambda s: compact.compact_summary(s, DAY).words)
    assert (words.group_label, words.champion_label, words.group_label_cy) == (typed[0].strip(), *typed[1:])
    assert store.run(compact.group_label) == "Monitoring and Implementation Group"
    assert store.run(compact.champion_label) == "monitoring and implementation lead"


# Anything a person can type in the compact's form: Welsh, Polish, emoji, controls, odd spaces, shared words.
LETTERS = st.characters(exclude_categories=("Cs",)) | st.sampled_from(list("ŵŷŴłś🎉\x0b\u2028\x00 "))
TYPED = st.lists(st.text(LETTERS, min_size=1, max_size=10) | st.sampled_from(["Compact", "compact", "Group", "Grŵp"]),
                 min_size=1, max_size=5).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TYPED, label=TYPED)
def test_any_name_and_label_typed_make_a_title_that_keeps_both_as_saved(store, name, label):
    if store.run(compact.get_compact) is None:
        store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    try:
        store.run(compact.update_compact, name=name, group_label=label)
    except ValidationError:
        return  # nothing but spaces or controls: the form says what to do
    words = store.run(lambda s: compact.compact_summary(s, DAY).words)
    title = store.run(papers.group_name)
    assert title.startswith(words.name) or title.casefold() == words.group_label.casefold()  # the name begins it
    if words.group_label.casefold() not in ("liaison group", "steering group"):
        # The label as saved, not re-cased: each of its words is in the title, letter for letter (or, where it
        # shares words with the name, the name's).
        assert set(words.group_label.split()) <= set(title.split()) | set(words.name.split()) or \
            words.group_label.casefold() in title.casefold()

    def doubled(text):
        said = [unicodedata.normalize("NFC", word.casefold()) for word in text.split()]
        return {word for word, after in zip(said, said[1:]) if word == after}

    # Where the name and the label meet, no word twice: a doubled word is one the group typed doubled.
    assert doubled(title) <= doubled(words.name) | doubled(words.group_label)


@contextmanager
def welsh_words(words):
    """Welsh spoken, with a few Welsh words installed in place of whatever catalogue is loaded."""
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: words.get(text, ""))
    try:
        with i18n.speaking(i18n.WELSH):
            yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)


WELSH = {"{compact} {group}": "{group} {compact}", "liaison group": "grŵp cyswllt", "Liaison Group": "Grŵp Cyswllt"}


def test_denbighshire_in_welsh_puts_the_groups_word_first_and_says_compact_once(store):
    """Denbighshire's compact in Welsh is "Compact Sir Ddinbych"; its group kept the offered "liaison group"."""
    store.run(compact.set_up_compact, "Denbighshire Compact", name_cy="Compact Sir Ddinbych", status_on=DAY)
    with welsh_words(WELSH):
        assert store.run(papers.group_name) == "Grŵp Cyswllt Compact Sir Ddinbych"
        store.run(compact.update_compact, name="Denbighshire Compact", group_label_cy="grŵp compact")
        assert store.run(papers.group_name) == "Grŵp compact Sir Ddinbych"  # "compact" said once
        store.run(compact.update_compact, name="Denbighshire Compact", group_label_cy="fforwm y compact")
        assert store.run(papers.group_name) == "Fforwm y compact Sir Ddinbych"  # a title's capital, no more
    assert store.run(papers.group_name) == "Denbighshire Compact Liaison Group"


def test_the_offered_word_typed_with_capitals_is_kept_so_in_english_and_is_the_programs_welsh_in_welsh(store):
    """A secretary retyped the offered word as "Liaison Group" in the compact's form."""
    store.run(compact.set_up_compact, "Dyfnant Compact", name_cy="Compact Dyfnant", status_on=DAY)
    store.run(compact.update_compact, name="Dyfnant Compact", group_label="Liaison Group")
    assert store.run(compact.group_label) == "Liaison Group"
    assert store.run(papers.group_name) == "Dyfnant Compact Liaison Group"
    with welsh_words(WELSH):
        assert store.run(compact.group_label) == "grŵp cyswllt"  # not English words in a Welsh sentence
        assert store.run(papers.group_name) == "Grŵp Cyswllt Compact Dyfnant"


def test_the_calendar_names_the_group_and_its_meetings_in_the_words_typed(store):
    """Derby's "Monitoring and Implementation Group", and a forum that spells its name "iCompact forum"."""
    from compactdesk.services.calendar import calendar_file

    store.run(compact.set_up_compact, "Derby Compact", "Derby", status_on=DAY)
    store.run(compact.update_compact, name="Derby Compact", group_label="Monitoring and Implementation Group")
    store.run(meetings.create_meeting, "liaison", "2026-12-08 10:00")
    made = store.run(calendar_file, DAY)
    assert "X-WR-CALNAME:Derby Compact Monitoring and Implementation Group" in made.data.decode()
    assert "SUMMARY:Monitoring and Implementation Group meeting" in made.data.decode()
    store.run(compact.update_compact, name="Derby Compact", group_label="iCompact forum")
    assert "SUMMARY:iCompact forum meeting" in store.run(calendar_file, DAY).data.decode()
    store.run(compact.update_compact, name="Derby Compact", group_label="steering group")
    assert "SUMMARY:Steering group meeting" in store.run(calendar_file, DAY).data.decode()


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_monitoring_and_implementation_group_is_on_its_agenda_as_typed(store, tmp_path, suffix):
    """Derby's group typed "Monitoring and Implementation Group"; its agenda had "Monitoring And Implementation
    Group" at the head of every page."""
    store.run(compact.set_up_compact, "Derby Compact", "Derby", status_on=DAY)
    store.run(compact.update_compact, name="Derby Compact", area="Derby",
              group_label="Monitoring and Implementation Group")
    meeting = store.run(meetings.create_meeting, "liaison", "2026-12-08 10:00", venue="Council House")
    store.run(meetings.add_item, meeting.id, "Refreshing the compact")
    [path] = export(store, ExportRequest(Paper.AGENDA, tmp_path / f"agenda{suffix}", DAY, meeting=meeting.id))
    title = "Derby Compact Monitoring and Implementation Group"
    if suffix == ".docx":
        assert docx_headers(path) and all(title in header for header in docx_headers(path))
    else:
        assert all(title in page for page in pdf_pages(path))
    assert "And Implementation" not in paper_text(path) + " ".join(
        docx_headers(path) if suffix == ".docx" else pdf_pages(path))


def test_choose_meeting(store):
    with pytest.raises(ValidationError, match="no next liaison meeting"):
        store.run(papers.choose_meeting, "next", DAY, "next")
    earlier = store.run(meetings.create_meeting, "liaison", "2026-09-01 10:00").id
    later = store.run(meetings.create_meeting, "liaison", "2026-12-01 10:00").id
    store.run(meetings.create_meeting, "pre_meeting", "2026-11-25 18:00")
    assert store.run(papers.choose_meeting, None, DAY, "next") == later
    assert store.run(papers.choose_meeting, "LAST", DAY, "next") == earlier
    assert store.run(papers.choose_meeting, str(earlier), DAY, "next") == earlier
    with pytest.raises(ValidationError, match="not a meeting"):
        store.run(papers.choose_meeting, "tomorrow", DAY, "next")
    with pytest.raises(ValidationError, match="no longer in this group's records"):
        store.run(papers.choose_meeting, 999, DAY, "next")


def test_owed_by_officer(store):
    store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    llyr = store.run(members.add_person, "Llŷr Evans", department="Highways").id
    mair = store.run(members.add_person, "Mair Humphreys").id
    meeting = store.run(meetings.create_meeting, "liaison", "2026-09-01 10:00")
    item = store.run(meetings.add_item, meeting.id, "Gritting")
    late = store.run(feedback.request_feedback, "Gritting routes", llyr, item_id=item.id).id
    store.run(feedback.request_feedback, "Bus timetable", llyr, raised_on="2026-11-20")
    answered = store.run(feedback.request_feedback, "Care homes", mair, raised_on="2026-09-01").id
    store.run(feedback.mark_answered, answered, "2026-09-10", "in_writing")
    store.run(feedback.request_feedback, "Day centres", mair, raised_on="2026-11-20")

    everyone = store.run(papers.owed_by_officer, DAY)
    assert [owing.name for owing in everyone] == ["Llŷr Evans", "Mair Humphreys"]
    llyr_owes = everyone[0]
    assert [item.issue for item in llyr_owes.items] == ["Gritting routes", "Bus timetable"]  # overdue first
    assert llyr_owes.items[0].state is FeedbackState.OVERDUE and llyr_owes.overdue == 1
    assert llyr_owes.items[0].where == f"Liaison meeting, Tuesday 1 September 2026 — item {item.position + 1}: Gritting"
    assert llyr_owes.items[1].where == "" and llyr_owes.items[1].standing == "Due in 24 days"
    assert llyr_owes.items[0].feedback_id == late
    assert [owing.name for owing in store.run(lambda s: papers.owed_by_officer(s, DAY, overdue_only=True))] == [
        "Llŷr Evans"]
    assert [o.name for o in store.run(lambda s: papers.owed_by_officer(s, DAY, officer="MAIR"))] == ["Mair Humphreys"]
    with pytest.raises(ValidationError, match="No one called"):
        store.run(lambda s: papers.owed_by_officer(s, DAY, officer="Gwen"))
    assert store.run(papers.find_officers, "  llŷr   evans ") == [llyr]


def test_raised_at_meeting(store):
    store.run(compact.set_up_compact, "Cwm Compact", status_on=DAY)
    officer = store.run(members.add_person, "Aled Thomas", department="Youth").id
    meeting = store.run(meetings.create_meeting, "liaison", "2026-09-01 10:00")
    items = [store.run(meetings.add_item, meeting.id, title) for title in ("One", "Two")]
    store.run(feedback.request_feedback, "Asked under two", officer, item_id=items[1].id)
    store.run(feedback.request_feedback, "Asked at the meeting", officer, meeting_id=meeting.id)
    from compactdesk.services import actions
    store.run(actions.add_target, "Act on one", item_id=items[0].id, deadline="2026-10-01")
    actions_, asked = store.run(papers.raised_at_meeting, meeting.id, DAY)
    assert [(row.item_number, row.what) for row in actions_] == [(items[0].position + 1, "Act on one")]
    assert [(row.item_number, row.issue, row.department) for row in asked] == [
        (items[1].position + 1, "Asked under two", "Youth"), (None, "Asked at the meeting", "Youth")]


def test_a_title_in_a_letter_put_in_the_message_is_as_typed():
    """A paper's words as an email's text (documents/plain.py) once put its title in capitals."""
    from compactdesk.documents.model import Document, Heading, Paragraph, Section
    from compactdesk.documents.plain import plain_text

    title = "Derby Compact Monitoring and Implementation Group"
    text = plain_text(Document("Letter", title, (Section((Heading(title), Paragraph.of("Dear Ann,"))),)))
    assert text == f"{title}\n\nDear Ann,"
