"""File ▸ Export a calendar and a meeting's "Add to calendar" (gui/calendar_files.py), driven through the real menu
with the save dialog and the system's "open this file" replaced; the files read back with vobject."""

from pathlib import Path

import pytest
import vobject
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from compactdesk.gui import settings as keys
from compactdesk.gui.calendar_files import CALENDAR_FOLDER, kept_folder
from compactdesk.gui.export_job import RunNow
from compactdesk.gui.retranslate import rebuild_chrome
from compactdesk.services import meetings
from test_fits_screen import dialog_problems


def read(path: Path):
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return calendar, {event.uid.value: event for event in calendar.contents.get("vevent", [])}


@pytest.fixture
def boxes(monkeypatch):
    """The messages shown (their QMessageBox), closed at once."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or int(QMessageBox.StandardButton.Close))
    return shown


@pytest.fixture
def saved(monkeypatch, tmp_path):
    """The save dialog answers with `saved.target`; `saved.asked` has what it was asked with."""
    def answer(parent, title, start, kinds):
        answer.asked.append((title, start, kinds))
        return str(answer.target), kinds

    answer.asked = []
    answer.target = tmp_path / "out" / "our calendar"  # no ending typed: .ics is added
    answer.target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return answer


@pytest.fixture
def exporting(window, monkeypatch, tmp_path):
    window.export_pool = RunNow()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the kept folder: never the tester's own
    window.show()
    return window


def file_menu_action(window, action):
    """`action` as the File menu holds it (the real menu, not the object's attribute)."""
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    return action


def test_file_menu_exports_the_calendar(exporting, saved, boxes, demo_path):
    file_menu_action(exporting, exporting.calendar.export_action).trigger()
    title, start, kinds = saved.asked[0]
    assert Path(start) == demo_path.parent / "Dyfnant Compact Liaison Group calendar.ics"  # the group file's folder
    assert "*.ics" in kinds
    out = saved.target.with_name("our calendar.ics")
    calendar, events = read(out)
    assert calendar.x_wr_calname.value == "Dyfnant Compact Liaison Group"
    assert any(uid.startswith("meeting-") for uid in events) and any(uid.startswith("feedback-") for uid in events)
    [box] = boxes
    assert f"Wrote {len(events)} events to {out}" in box.text()
    assert "Open folder" in [button.text().replace("&", "") for button in box.buttons()]
    assert dialog_problems(box, "the calendar's message") == []
    # The folder is remembered, and a second export keeps the same UIDs.
    assert exporting.settings.get(CALENDAR_FOLDER) == str(out.parent)
    saved.target = out.with_name("again.ics")
    exporting.calendar.export_action.trigger()
    assert Path(saved.asked[1][1]).parent == out.parent
    assert set(read(saved.target)[1]) == set(events)


def test_in_the_language_chosen_for_papers(exporting, saved, boxes):
    exporting.settings.set(keys.EXPORT_LANGUAGE, "both")
    exporting.calendar.export_action.trigger()
    calendar, _ = read(saved.target.with_name("our calendar.ics"))
    assert calendar.x_wr_calname.value == "Grŵp Cyswllt Compact Sir Ddyfnant / Dyfnant Compact Liaison Group"


def test_cancelled_save_writes_nothing(exporting, monkeypatch, boxes, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    assert exporting.calendar.export_calendar() is None
    assert boxes == [] and exporting.settings.get(CALENDAR_FOLDER) == ""


def test_add_to_calendar_opens_the_meetings_file(exporting, monkeypatch, today, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    meeting = exporting.bench.read(meetings.next_meeting, today)
    exporting.calendar.add_meeting(meeting.id, exporting)
    [path] = opened
    assert Path(path).parent == kept_folder() and kept_folder().is_relative_to(tmp_path / "data")
    _, events = read(Path(path))
    [(uid, event)] = events.items()
    assert uid.startswith(f"meeting-{meeting.id}@") and event.dtstart.value.replace(tzinfo=None) == meeting.starts_at


def test_add_to_calendar_offers_to_save_when_nothing_opens_it(exporting, monkeypatch, saved, today):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *args: asked.append(title) or QMessageBox.StandardButton.Save))
    meeting = exporting.bench.read(meetings.next_meeting, today)
    exporting.calendar.add_meeting(meeting.id, exporting)
    assert asked == ["No calendar program opened it"]
    _, events = read(saved.target.with_name("our calendar.ics"))
    assert list(events)[0].startswith(f"meeting-{meeting.id}@")


def test_a_meeting_gone_is_a_message(exporting, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *args: said.append(text)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: pytest.fail("opened")))
    exporting.calendar.add_meeting(99999, exporting)
    assert said and "no longer in this group's records" in said[0]


def test_the_menu_is_built_again_in_a_new_language(exporting):
    old = exporting.calendar
    rebuild_chrome(exporting)
    assert exporting.calendar is not old
    file_menu_action(exporting, exporting.calendar.export_action)


def test_the_meeting_pages_add_to_calendar_button(exporting, monkeypatch, today, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    meeting = exporting.bench.read(meetings.next_meeting, today)
    exporting.show_record("meetings", meeting.id)
    page = exporting.page("meetings")
    button = page.findChild(QPushButton, "addToCalendar")
    assert page.view.meeting.meeting_id == meeting.id and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [path] = opened
    _, events = read(Path(path))
    assert list(events)[0].startswith(f"meeting-{meeting.id}@")
