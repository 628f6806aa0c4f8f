"""The 'In Welsh' fields of the seat, agenda item and compact dialogs (issue 19), typed into as a person
would, on the demo group (which gives its own words in Welsh)."""

import pytest
from PySide6.QtWidgets import QDialog

from compactdesk import i18n
from compactdesk.domain.enums import StandingItem
from compactdesk.gui.dialogs.choices import select_data
from compactdesk.gui.dialogs.compact import CompactDialog, SetupDialog
from compactdesk.gui.dialogs.meeting import AgendaItemDialog
from compactdesk.gui.dialogs.people import SeatDialog
from compactdesk.services import compact, meetings, seats
from compactdesk.gui.workbench import Workbench
from compactdesk.store import create_store
from test_compact_page import type_into

WELSH_TITLE = "Sedd y fforwm ieuenctid ŵ ŷ"


def seat_called(bench, title, today):
    return next(view for view in bench.read(seats.seat_overview, today) if view.title == title)


def test_a_welsh_seat_title_typed_in_the_dialog_is_saved_and_shown_in_welsh(bench, qtbot, today):
    dialog = SeatDialog(bench)
    qtbot.addWidget(dialog)
    assert "bilingual papers" in dialog.ui.titleCy.toolTip() and dialog.ui.titleCy.text() == ""
    qtbot.keyClicks(dialog.ui.title, "Youth forum seat")
    type_into(qtbot, dialog.ui.titleCy, WELSH_TITLE)
    select_data(dialog.ui.sector, "vcs")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = seat_called(bench, "Youth forum seat", today)
    assert bench.read(seats.seat_detail, view.seat_id).title_cy == WELSH_TITLE
    with i18n.speaking(i18n.WELSH):
        assert seat_called(bench, WELSH_TITLE, today).seat_id == view.seat_id
    # One undo step takes the seat, Welsh and all.
    bench.undo_stack.undo()
    assert not [v for v in bench.read(seats.seat_overview, today) if v.seat_id == view.seat_id]


def test_editing_a_seat_shows_both_titles_as_held_even_with_the_window_in_welsh(bench, qtbot, today):
    held = seat_called(bench, "Health board", today)
    with i18n.speaking(i18n.WELSH):
        dialog = SeatDialog(bench, seat_id=held.seat_id)
    qtbot.addWidget(dialog)
    assert (dialog.ui.title.text(), dialog.ui.titleCy.text()) == ("Health board", "Bwrdd iechyd")
    dialog.ui.titleCy.clear()  # left empty: Welsh papers use the English
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert bench.read(seats.seat_detail, held.seat_id).title_cy == ""
    with i18n.speaking(i18n.WELSH):
        assert seat_called(bench, "Health board", today).seat_id == held.seat_id


def test_a_welsh_title_too_long_is_refused_at_its_own_field_and_the_english_is_kept(bench, qtbot):
    dialog = SeatDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.title, "Youth forum seat")
    dialog.ui.titleCy.setText("ŵ" * 301)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "301" in dialog.error_text and "Welsh" in dialog.error_text
    assert dialog.ui.titleCy.styleSheet() and not dialog.ui.title.styleSheet()
    assert dialog.ui.title.text() == "Youth forum seat"


def test_a_standing_items_titles_are_edited_in_both_languages(bench, qtbot, today):
    meeting = bench.read(meetings.next_meeting, today)
    first = bench.read(meetings.agenda_rows, meeting.id)[0]
    assert first.standing is StandingItem.WELCOME
    with i18n.speaking(i18n.WELSH):
        dialog = AgendaItemDialog(bench, meeting_id=meeting.id, item_id=first.item_id)
    qtbot.addWidget(dialog)
    assert (dialog.ui.title.text(), dialog.ui.titleCy.text()) == ("Welcome and apologies", "Croeso ac ymddiheuriadau")
    assert "bilingual papers" in dialog.ui.titleCy.toolTip()
    type_into(qtbot, dialog.ui.titleCy, "Croeso, cyflwyniadau ac ymddiheuriadau")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with i18n.speaking(i18n.WELSH):
        assert bench.read(meetings.agenda_rows, meeting.id)[0].title == "Croeso, cyflwyniadau ac ymddiheuriadau"
    assert bench.read(meetings.agenda_rows, meeting.id)[0].title == "Welcome and apologies"


def test_a_new_meetings_standing_item_offers_the_programs_welsh_as_its_hint(bench, qtbot, today):
    meeting = bench.store.run(meetings.create_meeting, "liaison", "2027-01-12 10:00")
    first = bench.read(meetings.agenda_rows, meeting.id)[0]
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: {
        "Welcome and apologies": "Croeso ac ymddiheuriadau"}.get(text, ""))
    try:
        dialog = AgendaItemDialog(bench, meeting_id=meeting.id, item_id=first.item_id)
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)
    qtbot.addWidget(dialog)
    assert dialog.ui.titleCy.text() == "" and dialog.ui.titleCy.placeholderText() == "Croeso ac ymddiheuriadau"
    assert dialog.ui.title.text() == "Welcome and apologies"


@pytest.mark.parametrize("speaking", [i18n.ENGLISH, i18n.WELSH])
def test_the_compact_dialog_edits_the_words_as_held_in_both_languages(bench, qtbot, speaking):
    with i18n.speaking(speaking):
        summary = bench.read(compact.compact_summary, bench.today())
        dialog = CompactDialog(bench, summary)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert (ui.name.text(), ui.nameCy.text()) == ("Dyfnant Compact", "Compact Sir Ddyfnant")
    assert (ui.groupLabel.text(), ui.groupLabelCy.text()) == ("liaison group", "grŵp cyswllt")
    assert (ui.championLabel.text(), ui.championLabelCy.text()) == ("champion", "hyrwyddwr")
    type_into(qtbot, ui.nameCy, "Compact Dyfnant ŵ")
    ui.championLabelCy.clear()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    words = bench.read(compact.compact_summary, bench.today()).words
    assert (words.name, words.name_cy, words.champion_label_cy) == ("Dyfnant Compact", "Compact Dyfnant ŵ", "")
    with i18n.speaking(i18n.WELSH):
        assert bench.read(compact.compact_name) == "Compact Dyfnant ŵ"


def test_the_window_and_the_dashboard_name_the_group_in_the_language_chosen(window, settings, qtbot):
    from compactdesk.gui.language import choose

    window.show()
    assert "Dyfnant Compact" in window.windowTitle()
    qtbot.waitUntil(lambda: window.show_area("dashboard").heading.text() == "Dyfnant Compact")
    choose(settings, i18n.WELSH)
    qtbot.waitUntil(lambda: "Compact Sir Ddyfnant" in window.windowTitle())
    qtbot.waitUntil(lambda: window.show_area("dashboard").heading.text() == "Compact Sir Ddyfnant")


def test_a_new_compact_is_set_up_with_its_welsh_name(tmp_path, qtbot, today):
    bench = Workbench(create_store(tmp_path / "new.cdstore"), lambda: today)
    try:
        dialog = SetupDialog(bench)
        qtbot.addWidget(dialog)
        type_into(qtbot, dialog.ui.name, "Powys Compact")
        type_into(qtbot, dialog.ui.nameCy, "Compact Powys ŵ")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert bench.read(compact.compact_summary, today).words.name_cy == "Compact Powys ŵ"
        with i18n.speaking(i18n.WELSH):
            assert bench.read(compact.compact_name) == "Compact Powys ŵ"
    finally:
        bench.store.close()
