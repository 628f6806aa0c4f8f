"""A whole meeting cycle in the main window, as the secretary runs it.

Create a meeting, build its agenda, record who came, write the minutes,
record an action and feedback owed from a minute, take each step back and
forward again, see the feedback on the dashboard, mark it answered, and see
the dashboard change. The dialogs are the real forms, filled in through their
widgets; only their `exec` is replaced so the test does not wait for a person.
"""

import datetime as dt

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QPushButton

from compactdesk.domain.enums import Attendance, FeedbackState, MeetingStatus
from compactdesk.gui.dialogs.export import ExportDialog
from compactdesk.gui.dialogs.feedback import AnswerDialog, FeedbackDialog
from compactdesk.gui.dialogs.meeting import AgendaItemDialog, MeetingDialog
from compactdesk.gui.dialogs.target import TargetDialog
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.tables import select_key
from compactdesk.services import actions, feedback, meetings
from compactdesk.services.attention import Area, attention
from compactdesk.store import open_store

HELD_ON = dt.date(2026, 10, 1)


def fill_on_exec(monkeypatch, dialog_class, fill):
    """Replaces a dialog's exec with: fill its widgets, press Save, return the result."""

    def exec_(self):
        fill(self)
        self.accept()
        assert not self.error_text, self.error_text
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


@pytest.fixture
def window(demo_path, today, qtbot, settings):
    store = open_store(demo_path)
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    yield main
    main.store.close()


def _undo_redo(window, check_done, check_undone):
    """Ctrl+Z takes the last step back and Ctrl+Shift+Z brings it again; the page shows each."""
    window.undo_action.trigger()
    check_undone()
    window.redo_action.trigger()
    check_done()


def _overdue_feedback(window, today) -> list[int]:
    return [item.ref_id for item in window.bench.read(attention, today).section(Area.FEEDBACK)]


def test_a_whole_meeting_cycle(window, monkeypatch, today):
    bench = window.bench
    page = window.show_area("meetings")

    # -- a new meeting, already held on 1 October ---------------------------------
    def meeting_form(dialog: MeetingDialog):
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("liaison"))
        dialog.ui.startsOn.set_value(HELD_ON)
        dialog.ui.startsTime.setTime(QTime(10, 0))
        dialog.ui.venue.setText("Neuadd Ŵyn, Llanfair")

    fill_on_exec(monkeypatch, MeetingDialog, meeting_form)
    window.new_action.trigger()
    meeting = page.current_row()
    assert meeting is not None and meeting.starts_at == dt.datetime(2026, 10, 1, 10, 0)
    assert window.undo_action.text().startswith("&Undo ")
    meeting_id = meeting.meeting_id

    def meeting_there():
        assert meeting_id in {row.meeting_id for row in bench.read(meetings.meeting_rows, today)}

    def meeting_gone():
        assert meeting_id not in {row.meeting_id for row in bench.read(meetings.meeting_rows, today)}

    _undo_redo(window, meeting_there, meeting_gone)
    page.show_record(meeting_id)
    assert page.current_id() == meeting_id

    # -- the agenda ---------------------------------------------------------------
    view = page.view
    view.tabs.setCurrentWidget(view.agenda)
    fill_on_exec(monkeypatch, AgendaItemDialog,
                 lambda dialog: dialog.ui.title.setText("Community transport in Ynys Môn 🚌"))
    view.agenda.add_button.click()

    def agenda_titles():
        return [row.title for row in bench.read(meetings.agenda_rows, meeting_id)]

    titles = agenda_titles()
    at = titles.index("Community transport in Ynys Môn 🚌")
    assert titles[-2:] == ["Any other business", "Date of the next meeting"]
    item_id = view.agenda.current_id()
    view.agenda.move_by(-1)
    moved = agenda_titles()
    assert moved.index("Community transport in Ynys Môn 🚌") == at - 1
    _undo_redo(window, lambda: agenda_titles() == moved or pytest.fail("move not redone"),
               lambda: agenda_titles() == titles or pytest.fail("move not undone"))

    # -- the status: agenda issued (sent another way: marked only), then held ---------
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: dialog.findChild(QPushButton, "markOnly").click()
                        or dialog.result())
    view.forward_button.click()
    view.forward_button.click()
    statuses = {row.meeting_id: row.status for row in bench.read(meetings.meeting_rows, today)}
    assert statuses[meeting_id] is MeetingStatus.HELD

    # -- attendance from the seats ---------------------------------------------------
    view.tabs.setCurrentWidget(view.attendance)
    roster = view.attendance
    assert roster.proxy.rowCount() >= 15  # everyone holding a seat on 1 October
    roster.table.selectRow(0)
    first = roster.current_row()
    roster.choose(Attendance.PRESENT)

    def status_of_first():
        rows = bench.read(meetings.attendance_roster, meeting_id)
        return next(row.status for row in rows if row.person_id == first.person_id)

    assert status_of_first() is Attendance.PRESENT
    assert "1 present" in roster.summary.text()
    _undo_redo(window, lambda: status_of_first() is Attendance.PRESENT or pytest.fail("not redone"),
               lambda: status_of_first() is None or pytest.fail("not undone"))

    # -- minutes for the new item ------------------------------------------------------
    view.tabs.setCurrentWidget(view.minutes)
    minutes = view.minutes
    select_key(minutes.table, item_id)
    assert minutes.current_id() == item_id
    minutes.minutes.setPlainText("The bus operator may cut the Tuesday service to Llŷn.")
    minutes.decisions.setPlainText("Write to the operator; ask Highways to report back.")
    minutes.save_button.click()

    def minuted():
        rows = {row.item_id: row for row in bench.read(meetings.agenda_rows, meeting_id)}
        return rows[item_id].minutes

    assert minuted() == "The bus operator may cut the Tuesday service to Llŷn."
    _undo_redo(window, lambda: minuted() or pytest.fail("minutes not redone"),
               lambda: not minuted() or pytest.fail("minutes not undone"))

    # -- record an action and feedback owed from that minute ------------------------------
    def target_form(dialog: TargetDialog):
        dialog.ui.title.setText("Write to the bus operator about the Tuesday service")
        dialog.ui.deadline.set_value(dt.date(2027, 1, 31))

    fill_on_exec(monkeypatch, TargetDialog, target_form)
    minutes.action_button.click()

    def targets_from_item():
        return [row.title for row in bench.read(actions.target_rows, today)
                if bench.read(actions.target_detail, row.target_id, today).item_id == item_id]

    assert targets_from_item() == ["Write to the bus operator about the Tuesday service"]
    _undo_redo(window, lambda: targets_from_item() or pytest.fail("action not redone"),
               lambda: not targets_from_item() or pytest.fail("action not undone"))

    def feedback_form(dialog: FeedbackDialog):
        assert "Community transport in Ynys Môn" in dialog.ui.origin.text()
        dialog.ui.issue.setText("Whether Highways will fund the Tuesday bus")
        dialog.ui.officer.setCurrentIndex(dialog.ui.officer.findText("Llŷr Evans — Highways"))

    fill_on_exec(monkeypatch, FeedbackDialog, feedback_form)
    overdue_before = _overdue_feedback(window, today)
    minutes.feedback_button.click()
    asked = [row for row in bench.read(feedback.feedback_rows, today)
             if row.issue == "Whether Highways will fund the Tuesday bus"]
    assert len(asked) == 1 and asked[0].raised_on == HELD_ON and asked[0].meeting_id == meeting_id
    asked_id = asked[0].feedback_id
    # Raised on 1 October with 28 days to answer: overdue today, so the dashboard lists it.
    assert asked[0].state is FeedbackState.OVERDUE
    assert asked_id in _overdue_feedback(window, today)
    _undo_redo(window, lambda: asked_id in _overdue_feedback(window, today) or pytest.fail("not redone"),
               lambda: asked_id not in _overdue_feedback(window, today) or pytest.fail("not undone"))

    # -- the next meeting's matters arising list both ----------------------------------------
    upcoming = bench.read(meetings.next_meeting, today).id
    page.show_record(upcoming)
    arising = [row.what for row in bench.read(meetings.matters_arising_rows, upcoming)]
    assert any("Write to the bus operator" in title for title in arising)
    assert any("Whether Highways will fund the Tuesday bus" in title for title in arising)
    view.tabs.setCurrentWidget(view.arising)
    records = view.arising.records.model
    assert "Whether Highways will fund the Tuesday bus" in [records.row(n).what for n in range(records.rowCount())]

    # -- the dashboard shows it; marking it answered takes it off ----------------------------
    dashboard = window.show_area("dashboard")
    count_line = dashboard.model.index(0, 0).data()
    assert count_line == f"Feedback overdue, oldest first ({len(overdue_before) + 1})"
    feedback_page = window.show_area("feedback")
    feedback_page.show_record(asked_id)
    assert feedback_page.current_id() == asked_id

    def answer_form(dialog: AnswerDialog):
        dialog.ui.answeredOn.set_value(today)
        dialog.ui.how.setCurrentIndex(dialog.ui.how.findData("at_meeting"))
        dialog.ui.summary.setPlainText("Highways will fund it until March.")

    fill_on_exec(monkeypatch, AnswerDialog, answer_form)
    feedback_page.answer_button.click()
    assert bench.read(feedback.feedback_detail, asked_id).answered_on == today
    dashboard = window.show_area("dashboard")
    assert dashboard.model.index(0, 0).data() == f"Feedback overdue, oldest first ({len(overdue_before)})"
    assert window.undo_action.text() == "&Undo Mark “Whether Highways will fund the Tuesday bus” answered"
    window.undo_action.trigger()
    assert dashboard.model.index(0, 0).data() == f"Feedback overdue, oldest first ({len(overdue_before) + 1})"
    window.redo_action.trigger()
    assert dashboard.model.index(0, 0).data() == f"Feedback overdue, oldest first ({len(overdue_before)})"

