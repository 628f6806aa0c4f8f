"""Two people on one group on a server, each typing in an editor that sits in the page itself (the minutes, the
annual review's words), not in a dialog: such an editor keeps unsaved typing across a refresh, so its save is
checked against what the typing began from, not against what the window has taken in since. Another person's
later words are never overwritten unseen: the page says they came, the save is refused naming who, and saving
again puts the typing in place, knowingly (issue 22)."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from compactdesk.gui import settings as keys
from compactdesk.gui.settings import Settings
from compactdesk.gui.tables import select_key
from compactdesk.services import compact, meetings, monitoring
from compactdesk.store.server import open_group

ANN, BRYN = "Ann Hughes", "Bryn Ellis"
REVIEW = 4  # the monitoring page's Review tab


@pytest.fixture
def group(server_address, today):
    """The group on the server, with a meeting of one agenda item."""
    store = open_group(server_address, person="Set-up")
    store.run(compact.set_up_compact, "Aberwen Compact", "Aberwen", today=today)
    meeting = store.run(lambda s: meetings.create_meeting(s, "liaison", dt.datetime(2026, 12, 10, 10)).id)
    item = store.run(lambda s: meetings.add_item(s, meeting, "Bus services").id)
    store.close()
    return server_address, meeting, item


@pytest.fixture
def windows(group, today, qtbot, tmp_path):
    """Ann's window and Bryn's, each on its own connection to the group, shown."""
    from compactdesk.gui.main_window import MainWindow

    made = []
    for person, area in ((ANN, "meetings"), (BRYN, "people")):
        settings = Settings(QSettings(str(tmp_path / f"{person}.ini"), QSettings.Format.IniFormat))
        settings.set(keys.LAST_AREA, area)
        window = MainWindow(open_group(group[0], person=person), today=lambda: today, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(window)
    yield made
    for window in made:
        window.store.close()


@pytest.fixture
def warnings(monkeypatch):
    """The words of every warning box the minutes tab puts up (answered at once, as a person would close it)."""
    from compactdesk.gui.pages import meeting_minutes

    said: list[str] = []
    monkeypatch.setattr(meeting_minutes.QMessageBox, "warning",
                        lambda parent, title, text, *rest: said.append(text))
    return said


def hear(window, qtbot, act) -> None:
    """Does `act` (another window's change) and waits until `window` has taken it in and its pages reloaded."""
    before = window.store.seen
    act()
    qtbot.waitUntil(lambda: window.store.seen > before, timeout=3000)
    qtbot.wait(50)


def minutes_tab(window, meeting: int, item: int):
    page = window.pages["meetings"]
    page.show_record(meeting)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    select_key(tab.table, item)
    assert tab.item_id == item
    return tab


def stored_minutes(window, meeting: int, item: int) -> tuple[str, str]:
    row = next(r for r in window.bench.read(meetings.agenda_rows, meeting) if r.item_id == item)
    return row.minutes, row.decisions


def test_minutes_typed_in_the_page_do_not_overwrite_another_persons_later_minutes(group, windows, qtbot, warnings):
    _, meeting, item = group
    ann, bryn = windows
    tab = minutes_tab(ann, meeting, item)
    tab.minutes.setPlainText("Ann’s minutes: bws i Aberystwyth 🚌")  # typed, not saved yet
    assert not tab.changed_label.isVisibleTo(tab)

    hear(ann, qtbot, lambda: bryn.bench.perform("Minutes", meetings.write_minutes, item, "Bryn’s careful minutes",
                                                "Bryn’s decision"))
    assert tab.minutes.toPlainText() == "Ann’s minutes: bws i Aberystwyth 🚌"  # her typing is kept
    assert tab.changed_label.isVisibleTo(tab)  # and the page says someone else's came in under it
    qtbot.wait(20)
    ann.grab().save("/tmp/editors_minutes_changed.png")

    tab.save_button.click()
    assert stored_minutes(ann, meeting, item) == ("Bryn’s careful minutes", "Bryn’s decision")
    assert len(warnings) == 1 and warnings[0].startswith(f"Not saved: {BRYN} changed this on ")
    assert "Cancel" not in warnings[0]  # there is no Cancel button on a page
    assert tab.minutes.toPlainText() == "Ann’s minutes: bws i Aberystwyth 🚌" and tab.unsaved()

    tab.save_button.click()  # knowingly, the second time
    assert len(warnings) == 1
    assert stored_minutes(ann, meeting, item) == ("Ann’s minutes: bws i Aberystwyth 🚌", "")
    assert not tab.unsaved() and not tab.changed_label.isVisibleTo(tab)
    qtbot.waitUntil(lambda: stored_minutes(bryn, meeting, item)[0].startswith("Ann’s"), timeout=3000)


def test_minutes_read_after_the_other_change_save_and_ones_own_saves_never_refuse(group, windows, qtbot, warnings):
    _, meeting, item = group
    ann, bryn = windows
    tab = minutes_tab(ann, meeting, item)
    hear(ann, qtbot, lambda: bryn.bench.perform("Minutes", meetings.write_minutes, item, "Bryn’s", ""))
    assert tab.minutes.toPlainText() == "Bryn’s"  # nothing was typed: the page shows what came in
    assert not tab.changed_label.isVisibleTo(tab)
    tab.minutes.setPlainText("Ann’s, after reading Bryn’s")
    tab.save_button.click()
    tab.decisions.setPlainText("Ann’s decision")
    tab.save_button.click()
    assert warnings == []
    assert stored_minutes(ann, meeting, item) == ("Ann’s, after reading Bryn’s", "Ann’s decision")


def test_review_words_typed_in_the_page_do_not_overwrite_another_persons_later_words(windows, qtbot):
    ann, bryn = windows
    page = ann.show_area("monitoring")
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    year = page.year()
    tab.summary.setPlainText("Ann: blwyddyn dda, Łódź 🙂")  # typed, not saved yet
    assert not tab.changed.isVisibleTo(tab)

    hear(ann, qtbot, lambda: bryn.bench.perform("Review", monitoring.set_review_words, year,
                                                summary="Bryn’s summary", priorities="Bryn’s priorities"))
    assert tab.summary.toPlainText() == "Ann: blwyddyn dda, Łódź 🙂"  # kept
    assert tab.priorities.toPlainText() == "Bryn’s priorities"  # not typed in: shows what came
    assert tab.changed.isVisibleTo(tab)
    qtbot.wait(20)
    ann.grab().save("/tmp/editors_review_changed.png")

    tab.save_button.click()
    assert ann.bench.read(monitoring.review_words, year) == ("Bryn’s summary", "Bryn’s priorities")
    assert tab.error.isVisibleTo(tab) and tab.error.text().startswith(f"Not saved: {BRYN} changed this on ")
    assert tab.summary.toPlainText() == "Ann: blwyddyn dda, Łódź 🙂" and tab.pending()

    tab.save_button.click()  # knowingly
    assert ann.bench.read(monitoring.review_words, year) == ("Ann: blwyddyn dda, Łódź 🙂", "Bryn’s priorities")
    assert not tab.error.isVisibleTo(tab) and not tab.changed.isVisibleTo(tab) and not tab.pending()


def test_on_a_file_the_editors_save_as_before(bench, qtbot, warnings):
    """No numbers on a file: the mark stays None and the save is the file's own, one undo step."""
    from compactdesk.gui.live import TextMark

    mark = TextMark()
    mark.note(bench.store)
    assert mark.number is None
    year = bench.today().year
    bench.perform("Review", monitoring.set_review_words, year, summary="On a file", _since=mark)
    assert bench.read(monitoring.review_words, year).summary == "On a file"
    assert bench.undo_stack.undoText() == "Review"


def test_taking_back_ones_own_minutes_under_the_typing_is_no_one_elses_change(group, windows, qtbot, warnings):
    _, meeting, item = group
    ann, _ = windows
    tab = minutes_tab(ann, meeting, item)
    tab.minutes.setPlainText("First go")
    tab.save_button.click()
    tab.minutes.setPlainText("Second go, not saved yet")
    ann.bench.undo_stack.undo()  # her own first go taken back, under the typing
    assert stored_minutes(ann, meeting, item) == ("", "")
    assert tab.minutes.toPlainText() == "Second go, not saved yet"
    assert not tab.changed_label.isVisibleTo(tab)
    tab.save_button.click()
    assert warnings == [] and stored_minutes(ann, meeting, item) == ("Second go, not saved yet", "")


# -- leaving the group: another group opened, or the window closed ----------------------------------------------


def test_opening_another_group_asks_the_minutes_first_and_keeps_the_group_when_they_are_refused(
        group, windows, qtbot, warnings):
    from compactdesk.store.server import create_group

    address, meeting, item = group
    ann, bryn = windows
    tab = minutes_tab(ann, meeting, item)
    tab.minutes.setPlainText("Ann’s typing")
    hear(ann, qtbot, lambda: bryn.bench.perform("Minutes", meetings.write_minutes, item, "Bryn’s careful minutes",
                                                "Bryn’s decision"))
    held = ann.store
    other = create_group(address.with_group(None), "Other group", person=ANN)
    # File ▸ Connect to a shared server…, Open recent, a second start's hand-off: all come to the same place.
    ann.files.use_server(other)
    assert stored_minutes(bryn, meeting, item) == ("Bryn’s careful minutes", "Bryn’s decision")
    assert len(warnings) == 1 and warnings[0].startswith(f"Not saved: {BRYN} changed this on ")
    assert ann.store is held and tab.minutes.toPlainText() == "Ann’s typing"  # the group stays open, typing kept

    ann.files.use_server(open_group(address.with_group(other.schema), person=ANN))  # again, knowingly
    assert ann.store is not held and len(warnings) == 1
    assert stored_minutes(bryn, meeting, item) == ("Ann’s typing", "")


def test_closing_the_window_asks_the_minutes_first_and_stays_open_when_they_are_refused(
        group, windows, qtbot, warnings):
    _, meeting, item = group
    ann, bryn = windows
    tab = minutes_tab(ann, meeting, item)
    tab.minutes.setPlainText("Ann’s two hours of minutes")
    hear(ann, qtbot, lambda: bryn.bench.perform("Minutes", meetings.write_minutes, item, "Bryn’s line", ""))
    assert not ann.close()
    assert ann.isVisible() and tab.minutes.toPlainText() == "Ann’s two hours of minutes"
    assert len(warnings) == 1 and stored_minutes(bryn, meeting, item) == ("Bryn’s line", "")
    assert ann.close()  # knowingly, the second time
    assert stored_minutes(bryn, meeting, item) == ("Ann’s two hours of minutes", "")


def test_closing_the_window_asks_the_review_words_first_and_stays_open_when_they_are_refused(windows, qtbot):
    ann, bryn = windows
    page = ann.show_area("monitoring")
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    year = page.year()
    tab.summary.setPlainText("Ann’s long summary")
    hear(ann, qtbot, lambda: bryn.bench.perform("Review", monitoring.set_review_words, year, summary="Bryn’s",
                                                priorities="Bryn’s p"))
    assert not ann.close()
    assert ann.isVisible() and tab.error.text().startswith(f"Not saved: {BRYN} changed this on ")
    assert bryn.bench.read(monitoring.review_words, year) == ("Bryn’s", "Bryn’s p")
    assert ann.close()
    assert bryn.bench.read(monitoring.review_words, year) == ("Ann’s long summary", "Bryn’s p")


# -- another person's change to what is not being typed ------------------------------------------------------


@pytest.mark.parametrize("bryn_does", ["presenter", "item_first"])
def test_another_persons_change_to_the_items_other_columns_does_not_refuse_the_minutes(
        group, windows, qtbot, warnings, bryn_does):
    _, meeting, item = group
    ann, bryn = windows
    tab = minutes_tab(ann, meeting, item)
    tab.minutes.setPlainText("Ann’s live minutes")
    if bryn_does == "presenter":
        change = ("Edit item", meetings.update_item, item)
        hear(ann, qtbot, lambda: bryn.bench.perform(*change, title="Bus services", presenter="Cllr Jones",
                                                    minutes_allowed=20))
    else:  # an urgent item at the top: every item's place on the agenda is renumbered
        hear(ann, qtbot, lambda: bryn.bench.perform("Add", meetings.add_item, meeting, "Urgent: flooding", position=0))
    assert not tab.changed_label.isVisibleTo(tab) and tab.minutes.toPlainText() == "Ann’s live minutes"
    tab.save_button.click()
    assert warnings == [] and stored_minutes(ann, meeting, item) == ("Ann’s live minutes", "")


def test_another_persons_words_in_the_other_box_do_not_refuse_the_review_words(windows, qtbot):
    ann, bryn = windows
    page = ann.show_area("monitoring")
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    year = page.year()
    tab.summary.setPlainText("Ann’s long summary")
    hear(ann, qtbot, lambda: bryn.bench.perform("Review", monitoring.set_review_words, year,
                                                priorities="Bryn’s priorities"))
    assert tab.priorities.toPlainText() == "Bryn’s priorities" and not tab.changed.isVisibleTo(tab)
    assert tab.save()
    assert ann.bench.read(monitoring.review_words, year) == ("Ann’s long summary", "Bryn’s priorities")
    # Bryn's summary after that is his own change to what she types: that is still refused
    tab.summary.setPlainText("Ann’s second thoughts")
    qtbot.waitUntil(lambda: bryn.store.seen >= ann.store.last_change(), timeout=3000)  # Bryn has read hers
    hear(ann, qtbot, lambda: bryn.bench.perform("Review", monitoring.set_review_words, year, summary="Bryn’s"))
    assert tab.changed.isVisibleTo(tab) and not tab.save()


def test_a_group_replaced_without_asking_the_pages_still_never_gets_the_typing_over_anothers_minutes(
        group, windows, qtbot, warnings):
    """The last line of defence: whatever replaces the group without settle_pages, the typing is checked too."""
    from compactdesk.store.server import create_group

    address, meeting, item = group
    ann, bryn = windows
    tab = minutes_tab(ann, meeting, item)
    tab.minutes.setPlainText("Ann’s typing")
    hear(ann, qtbot, lambda: bryn.bench.perform("Minutes", meetings.write_minutes, item, "Bryn’s", ""))
    held = ann.store
    ann.bench.replace_store(create_group(address.with_group(None), "Other group", person=ANN))
    held.close()
    assert stored_minutes(bryn, meeting, item) == ("Bryn’s", "")


def test_review_words_refused_out_of_view_are_refused_again_in_view_when_the_window_closes(windows, qtbot):
    ann, bryn = windows
    page = ann.show_area("monitoring")
    page.tabs.setCurrentIndex(REVIEW)
    tab = page.review_tab
    year = page.year()
    tab.summary.setPlainText("Ann’s long summary")
    hear(ann, qtbot, lambda: bryn.bench.perform("Review", monitoring.set_review_words, year, summary="Bryn’s"))
    ann.show_area("people")  # the page going out of view tries to save: refused, and no one sees it
    assert ann.current_page() is not page
    assert not ann.close()  # so closing is refused too, and the refusal is put in view
    assert ann.current_page() is page and page.tabs.currentWidget() is tab and tab.error.isVisible()
    assert bryn.bench.read(monitoring.review_words, year).summary == "Bryn’s"
    assert ann.close()  # knowingly
    assert bryn.bench.read(monitoring.review_words, year).summary == "Ann’s long summary"
