"""Issuing the agenda in one step (issue 20): made in the chosen format and language, the meeting marked issued once
it is written, and then the draft email to the members; exporting the agenda counts as issuing it when the user says
so. Driven through the real window and export dialog; only the dialog's exec is replaced, to fill it and press."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from compactdesk.documents.export import Paper
from compactdesk.domain.enums import MeetingStatus
from compactdesk.gui import settings as keys
from compactdesk.gui.dialogs.export import ExportDialog
from compactdesk.gui.mail_menu import MailMenu
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.ops import RunNow
from compactdesk.services import meetings
from compactdesk.services.attention import attention
from compactdesk.services.issuing import agenda_issue
from compactdesk.store import open_store


class Mail:
    """Stands in for the window's mail (gui/mail_menu.py): records what it was asked to draft."""

    def __init__(self):
        self.asked: list[tuple[str, int, list[Path], str]] = []

    def draft_agenda(self, meeting_id, paths, language, pack=False):
        self.asked.append(("agenda" + (" pack" if pack else ""), meeting_id, list(paths), language))

    def draft_minutes(self, meeting_id, paths, language):
        self.asked.append(("minutes", meeting_id, list(paths), language))


@pytest.fixture
def folder(tmp_path, settings) -> Path:
    out = tmp_path / "Papers"
    out.mkdir()
    settings.set(keys.EXPORT_FOLDER, str(out))
    return out


@pytest.fixture
def boxes() -> list[tuple[str, str, str]]:
    return []


@pytest.fixture
def window(demo_path, today, qtbot, settings, folder, monkeypatch, boxes):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # "Paper exported", answered at once
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *args, kind=kind: boxes.append(
            (kind, title, text)) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)  # "Replace the file?"
    store = open_store(demo_path)
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.export_pool = RunNow()
    main.sent = Mail()
    # The window's own mail (gui/mail_menu.py) stays: a window rebuilt in another language builds it again.
    monkeypatch.setattr(MailMenu, "draft_agenda", lambda menu, *args: main.sent.draft_agenda(*args))
    monkeypatch.setattr(MailMenu, "draft_minutes", lambda menu, *args: main.sent.draft_minutes(*args))
    yield main
    main.store.close()


@pytest.fixture
def opened(monkeypatch):
    """Each export dialog opened; its exec runs `opened.fill(dialog)`, which presses a button (Issue by default)."""
    class Opened(list):
        @staticmethod
        def fill(dialog):
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    record = Opened()

    def run(dialog):
        record.append(dialog)
        record.fill(dialog)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)
    return record


def _status(window, meeting_id, today) -> MeetingStatus:
    return window.bench.read(meetings.meeting_row, meeting_id, today).status


def _next(window, today):
    return window.bench.read(attention, today).next_meeting


def test_the_dashboard_issues_the_agenda_in_one_step(window, opened, today, folder):
    upcoming = _next(window, today)
    state = window.bench.read(agenda_issue, upcoming.meeting_id)
    dashboard = window.dashboard
    assert dashboard.issue_button.isVisibleTo(window)
    dashboard.issue_button.click()
    dialog = opened[-1]
    assert dialog.windowTitle() == "Issue the agenda"
    assert dialog.paper() is (Paper.PACK if state.pack else Paper.AGENDA)
    assert dialog.ui.meeting.currentData() == upcoming.meeting_id
    assert dialog.after.marks_issued() and dialog.after.sends()
    written = sorted(folder.iterdir())
    assert len(written) == 1 and written[0].suffix == ".pdf"
    assert "Agenda" in PdfReader(written[0]).pages[0].extract_text()
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.AGENDA_ISSUED
    assert "The agenda has been issued." in dashboard.meeting_card.text()
    assert not dashboard.issue_button.isVisibleTo(window)
    assert window.sent.asked == [("agenda pack" if state.pack else "agenda", upcoming.meeting_id, written, "en")]
    assert window.undo_action.text() == "&Undo Issue the agenda for Tuesday 15 December 2026"
    window.undo_action.trigger()  # the marking is one undo step; the file stays
    assert "has not been issued yet" in dashboard.meeting_card.text()
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.PLANNED


def test_issuing_in_word_and_welsh_without_the_email(window, opened, today, folder):
    upcoming = _next(window, today)

    def fill(dialog):
        dialog.ui.paper.setCurrentIndex(dialog.ui.paper.findData(Paper.AGENDA.value))
        dialog.ui.formatWord.setChecked(True)
        dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("cy"))
        dialog.after.send.setChecked(False)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    opened.fill = fill
    window.papers.issue_agenda(upcoming.meeting_id)
    written = sorted(folder.iterdir())
    assert [path.suffix for path in written] == [".docx"] and written[0].name.startswith("Agenda ")
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.AGENDA_ISSUED
    assert window.sent.asked == []


def test_mark_as_issued_only_makes_nothing(window, opened, today, folder):
    upcoming = _next(window, today)
    opened.fill = lambda dialog: dialog.findChild(type(dialog.ui.chooseButton), "markOnly").click()
    window.papers.issue_agenda(upcoming.meeting_id)
    assert list(folder.iterdir()) == []
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.AGENDA_ISSUED
    assert window.sent.asked == []


def test_cancelling_or_failing_leaves_the_meeting_planned(window, opened, today, folder, boxes):
    upcoming = _next(window, today)
    opened.fill = lambda dialog: dialog.reject()
    window.papers.issue_agenda(upcoming.meeting_id)
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.PLANNED

    blocked = folder / "blocked"
    blocked.write_text("a file where a folder should be")

    def fill(dialog):
        dialog.ui.fileName.setText(str(blocked / "Agenda.pdf"))
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    opened.fill = fill
    window.papers.issue_agenda(upcoming.meeting_id)
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.PLANNED
    assert window.sent.asked == []
    assert boxes and boxes[-1][1] == "The paper was not exported"


def test_exporting_the_agenda_counts_as_issuing_it_when_asked(window, opened, today, folder):
    upcoming = _next(window, today)

    def leave(dialog):
        assert dialog.windowTitle() == "Export a paper"
        assert dialog.after.mark.isVisibleTo(dialog) and not dialog.after.marks_issued()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    opened.fill = leave
    window.export_paper(Paper.AGENDA, upcoming.meeting_id)
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.PLANNED  # not unless asked

    def tick(dialog):
        dialog.after.mark.setChecked(True)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    opened.fill = tick
    window.export_paper(Paper.AGENDA, upcoming.meeting_id)
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.AGENDA_ISSUED
    assert window.sent.asked == []

    def issued_already(dialog):
        assert not dialog.after.mark.isVisibleTo(dialog)  # nothing to mark
        assert dialog.after.send.isVisibleTo(dialog)
        dialog.reject()

    opened.fill = issued_already
    window.export_paper(Paper.AGENDA, upcoming.meeting_id)


def test_the_minutes_may_be_followed_by_an_email_but_never_mark_the_agenda(window, opened, today, folder):
    last = window.bench.read(meetings.last_meeting, today)

    def send(dialog):
        assert not dialog.after.mark.isVisibleTo(dialog)
        assert "minutes" in dialog.after.send.text() and not dialog.after.sends()
        dialog.after.send.setChecked(True)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    opened.fill = send
    window.export_paper(Paper.MINUTES, last.id)
    assert [(kind, meeting) for kind, meeting, _, _ in window.sent.asked] == [("minutes", last.id)]
    assert window.sent.asked[0][2] == sorted(folder.iterdir())

    def action_plan(dialog):
        assert not dialog.after.isVisibleTo(dialog)  # no members' email for a paper not sent to them
        dialog.reject()

    opened.fill = action_plan
    window.export_paper(Paper.ACTION_PLAN)


def test_a_meetings_next_step_issues_through_the_same_dialog(window, opened, today, folder):
    upcoming = _next(window, today)
    page = window.show_area("meetings")
    page.show_record(upcoming.meeting_id)
    view = page.view
    assert view.forward_button.text() == "&Issue the agenda…"
    opened.fill = lambda dialog: dialog.reject()
    view.forward_button.click()
    assert opened[-1].windowTitle() == "Issue the agenda"
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.PLANNED
    opened.fill = lambda dialog: dialog.findChild(type(dialog.ui.chooseButton), "markOnly").click()
    view.forward_button.click()
    assert _status(window, upcoming.meeting_id, today) is MeetingStatus.AGENDA_ISSUED
    assert view.forward_button.text() == "Mar&k as held"  # the page shows the step taken


def test_approving_the_minutes_offers_to_send_them(window, opened, today, folder, monkeypatch):
    drafted = next(row for row in window.bench.read(meetings.meeting_rows, today)
                   if row.status is MeetingStatus.MINUTES_DRAFTED)
    page = window.show_area("meetings")
    page.show_record(drafted.meeting_id)
    view = page.view
    assert view.forward_button.text() == "A&pprove minutes"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *args: asked.append(text)
                        or QMessageBox.StandardButton.No)
    view.forward_button.click()
    assert _status(window, drafted.meeting_id, today) is MeetingStatus.MINUTES_APPROVED
    assert "sends them to the members" in asked[-1] and opened == []  # "not now": nothing opens
    view.back_button.click()

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    def check(dialog):
        assert dialog.paper() is Paper.MINUTES and dialog.ui.meeting.currentData() == drafted.meeting_id
        assert dialog.after.sends() and not dialog.after.marks_issued()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    opened.fill = check
    view.forward_button.click()
    assert len(opened) == 1
    written = sorted(folder.iterdir())
    assert window.sent.asked == [("minutes", drafted.meeting_id, written, "en")]
    assert "DRAFT" not in PdfReader(written[0]).pages[0].extract_text()  # approved: the minutes as they stand
