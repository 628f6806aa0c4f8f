"""Exporting papers from the window: the dialog, the job that makes the paper off the GUI thread,
and the Export buttons and Ctrl+E that open it. Every modal is replaced; none is left open."""

import datetime as dt
import io
import threading
import time
from pathlib import Path

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWidget

from compactdesk import paths
from compactdesk.documents import export as papers_export
from compactdesk.documents.export import Cancelled, ExportError, Paper
from compactdesk.documents.papers.action_plan import GroupBy
from compactdesk.domain.enums import MeetingStatus
from compactdesk.gui import settings as keys
from compactdesk.gui.dialogs.export import ExportDialog
from compactdesk.gui.export_job import ExportJob, RunNow
from compactdesk.gui.colours import invalid_style
from compactdesk.gui.main_window import MainWindow
from compactdesk.gui.pages.actions import ActionPlanPage
from compactdesk.gui.pages.feedback import FeedbackPage
from compactdesk.gui.pages.meetings import MeetingsPage
from compactdesk.gui.settings import Settings
from compactdesk.gui.tables import select_key
from compactdesk.gui.date_field import written
from compactdesk.services import meetings
from compactdesk.services.papers import choose_meeting, officers_owing
from compactdesk.store import open_store

GROUP = "Dyfnant Compact Liaison Group"
PNG_FOLDER = Path("/tmp/export_pngs")


@pytest.fixture
def folder(tmp_path, settings) -> Path:
    """The folder the dialog offers: the last export folder, as the settings remember it."""
    out = tmp_path / "Papers"
    out.mkdir()
    settings.set(keys.EXPORT_FOLDER, str(out))
    return out


@pytest.fixture
def make_dialog(bench, settings, folder, qtbot):
    def make(paper=None, meeting_id=None) -> ExportDialog:
        dialog = ExportDialog(bench, settings, paper, meeting_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the code would show, recorded instead: (kind, title, text)."""
    shown = []

    def record(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))

    def run(box):
        shown.append(("box", box.windowTitle(), box.text()))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", run)
    return shown


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _paper(dialog: ExportDialog, paper: Paper) -> None:
    dialog.ui.paper.setCurrentIndex(dialog.ui.paper.findData(paper.value))


def _shown(dialog: ExportDialog) -> dict[str, bool]:
    ui = dialog.ui
    return {name: widget.isVisibleTo(dialog) for name, widget in (
        ("meeting", ui.meeting), ("officer", ui.officer), ("each", ui.eachOfficer), ("group", ui.groupByBox),
        ("note", ui.formatNote), ("year", ui.year))}


def _press_export(dialog: ExportDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    document = WordDocument(io.BytesIO(path.read_bytes()))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for section in document.sections:
        parts += [paragraph.text for paragraph in section.header.paragraphs]
        parts += [cell.text for table in section.header.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


# -- the dialog ----------------------------------------------------------------

def test_the_fields_shown_follow_the_paper(make_dialog):
    dialog = make_dialog()
    assert dialog.paper() is Paper.AGENDA
    assert [dialog.ui.paper.itemText(i) for i in range(dialog.ui.paper.count())] == [
        "Agenda", "Agenda pack", "Minutes", "Action plan", "Feedback log", "Chase letters", "Annual review"]
    expected = {
        Paper.AGENDA: {"meeting": True, "officer": False, "each": False, "group": False, "note": False, "year": False},
        Paper.PACK: {"meeting": True, "officer": False, "each": False, "group": False, "note": True, "year": False},
        Paper.MINUTES: {"meeting": True, "officer": False, "each": False, "group": False, "note": False, "year": False},
        Paper.ACTION_PLAN: {"meeting": False, "officer": False, "each": False, "group": True, "note": False, "year": False},
        Paper.FEEDBACK_LOG: {"meeting": False, "officer": True, "each": False, "group": False, "note": False, "year": False},
        Paper.CHASE_LETTERS: {"meeting": False, "officer": True, "each": True, "group": False, "note": False, "year": False},
        Paper.ANNUAL_REVIEW: {"meeting": False, "officer": False, "each": False, "group": False, "note": False,
                              "year": True},
    }
    for paper, fields in expected.items():
        _paper(dialog, paper)
        assert _shown(dialog) == fields, paper
        # The labels go with their fields.
        assert dialog.ui.meetingLabel.isVisibleTo(dialog) == fields["meeting"]
        assert dialog.ui.groupByLabel.isVisibleTo(dialog) == fields["group"]
        assert dialog.ui.formatWord.isEnabled() == (paper is not Paper.PACK)
        assert dialog.ui.about.text()
    _paper(dialog, Paper.PACK)
    assert dialog.ui.formatPdf.isChecked() and "always a PDF" in dialog.ui.formatNote.text()


def test_the_feedback_log_and_action_plan_offer_a_scope_defaulting_to_the_last_meeting(make_dialog, bench, today,
                                                                                      qtbot):
    last = bench.read(meetings.last_meeting, today).starts_at.date()
    dialog = make_dialog(Paper.FEEDBACK_LOG)
    ui = dialog.ui
    for paper in Paper:
        _paper(dialog, paper)
        assert ui.scopeBox.isVisibleTo(dialog) == ui.scopeLabel.isVisibleTo(dialog) == paper.scoped, paper
    assert {paper for paper in Paper if paper.scoped} == {Paper.FEEDBACK_LOG, Paper.ACTION_PLAN}

    _paper(dialog, Paper.FEEDBACK_LOG)
    assert ui.sinceButton.isChecked() and ui.since.isEnabled()
    assert ui.since.value() == last and ui.since.box.text() == written(last)
    assert f"{last.day} {last:%B %Y}, the day of the last meeting" in ui.scopeNote.text()
    assert "answered" in ui.sinceButton.text()
    assert dialog.request().since is None  # what a meeting needs: the paper says it is the last meeting's day

    ui.since.box.clear()
    qtbot.keyClicks(ui.since.box, "1/6/26")
    assert dialog.request().since == dt.date(2026, 6, 1) and ui.since.words.text() == "Monday 1 June 2026"
    qtbot.mouseClick(ui.everythingButton, Qt.MouseButton.LeftButton)
    assert dialog.request().since == "all" and not ui.since.isEnabled()

    _paper(dialog, Paper.ACTION_PLAN)
    assert "done or dropped" in ui.sinceButton.text() and dialog.request().since == "all"
    _paper(dialog, Paper.CHASE_LETTERS)
    assert dialog.request().since is None


def test_without_a_meeting_the_scope_is_three_months(settings, folder, qtbot, tmp_path, today):
    from compactdesk.gui.workbench import Workbench
    from compactdesk.store import create_store

    with create_store(tmp_path / "new.cdstore") as store:
        dialog = ExportDialog(Workbench(store, lambda: today), settings, Paper.ACTION_PLAN)
        qtbot.addWidget(dialog)
        assert dialog.ui.since.value() == dt.date(2026, 8, 24)
        assert "the last 3 months" in dialog.ui.scopeNote.text()
        assert dialog.request().since is None


@pytest.mark.parametrize("typed, message", [
    ("tomorrow", "The latest day you can choose is"),
    ("31/12/1899", "The earliest day you can choose is"),
    ("31/06/2026", "June 2026 has no day 31."),
])
def test_a_scope_day_after_today_before_the_earliest_or_not_a_day_is_refused_at_the_field(make_dialog, qtbot, typed,
                                                                                         message):
    dialog = make_dialog(Paper.FEEDBACK_LOG)
    ui = dialog.ui
    ui.since.box.clear()
    qtbot.keyClicks(ui.since.box, typed)
    assert message in ui.since.words.text()
    _press_export(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert message in dialog.error_text and ui.since.styleSheet() == invalid_style()
    assert ui.since.box.text() == typed and dialog.focusWidget() is ui.since.box
    # Everything still open, and all that was closed: no day is needed, so the paper can go.
    qtbot.mouseClick(ui.everythingButton, Qt.MouseButton.LeftButton)
    _press_export(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_scope_has_its_own_mnemonics(make_dialog):
    dialog = make_dialog(Paper.FEEDBACK_LOG)
    ui = dialog.ui
    texts = [ui.paperLabel.text(), ui.officerLabel.text(), ui.sinceButton.text(), ui.everythingButton.text(),
             ui.formatPdf.text(), ui.formatWord.text(), ui.largePrint.text(), ui.fileLabel.text(),
             ui.chooseButton.text(), "&Export"]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == len(letters), letters
    _paper(dialog, Paper.ACTION_PLAN)
    texts = [ui.paperLabel.text(), ui.byCode.text(), ui.byPartner.text(), ui.sinceButton.text(),
             ui.everythingButton.text(), ui.formatPdf.text(), ui.formatWord.text(), ui.largePrint.text(),
             ui.fileLabel.text(), ui.chooseButton.text(), "&Export"]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == len(letters), letters


def test_the_annual_review_is_for_a_year_named_in_the_file(make_dialog):
    dialog = make_dialog(Paper.ANNUAL_REVIEW)
    years = [dialog.ui.year.itemData(i) for i in range(dialog.ui.year.count())]
    assert years == list(range(2026, 2020, -1))  # the demo's first signatures were in 2021
    assert dialog.ui.year.currentData() == 2026  # in November, this year's review
    assert Path(dialog.ui.fileName.text()).name.startswith("Annual review 2026.")
    dialog.ui.year.setCurrentIndex(dialog.ui.year.findData(2025))
    assert Path(dialog.ui.fileName.text()).name.startswith("Annual review 2025.")
    assert dialog.request().year == 2025 and dialog.request().paper is Paper.ANNUAL_REVIEW


def test_the_year_shown_on_the_monitoring_page_is_offered_even_without_records(bench, settings):
    dialog = ExportDialog(bench, settings, Paper.ANNUAL_REVIEW, year=1995)
    assert dialog.ui.year.currentData() == 1995 and dialog.request().year == 1995
    dialog.deleteLater()


def test_the_officer_list_says_who_by_default(make_dialog, bench, today):
    dialog = make_dialog(Paper.FEEDBACK_LOG)
    owing = bench.read(officers_owing, today)
    combo = dialog.ui.officer
    assert [combo.itemText(i) for i in range(combo.count())] == ["Everyone", *owing]
    assert "Llŷr Evans" in owing
    _paper(dialog, Paper.CHASE_LETTERS)
    assert combo.itemText(0) == "All officers with feedback overdue"
    combo.setCurrentIndex(combo.findData("Llŷr Evans"))
    _paper(dialog, Paper.FEEDBACK_LOG)
    assert combo.currentData() == "Llŷr Evans"  # the choice survives a change of paper


def test_the_meeting_defaults_to_next_or_last_unless_one_is_given(make_dialog, bench, today):
    next_id = bench.read(choose_meeting, "next", today, "next")
    last_id = bench.read(choose_meeting, "last", today, "last")
    dialog = make_dialog()
    assert dialog.ui.meeting.currentData() == next_id
    assert dialog.ui.meeting.currentText() == "Liaison meeting, Tuesday 15 December 2026 (next)"
    _paper(dialog, Paper.MINUTES)
    assert dialog.ui.meeting.currentData() == last_id
    assert dialog.ui.meeting.currentText().endswith("(last)")
    # A meeting the user picks stays picked when the paper changes.
    index = dialog.ui.meeting.findData(11)
    dialog.ui.meeting.setCurrentIndex(index)
    dialog.ui.meeting.activated.emit(index)
    _paper(dialog, Paper.AGENDA)
    assert dialog.ui.meeting.currentData() == 11
    # The meeting view's Export opens it on its own meeting.
    given = make_dialog(Paper.MINUTES, 13)
    assert given.ui.meeting.currentData() == 13
    _paper(given, Paper.PACK)
    assert given.ui.meeting.currentData() == 13


def test_the_suggested_name_follows_until_the_user_types_their_own(make_dialog, folder, qtbot):
    dialog = make_dialog()
    name = dialog.ui.fileName
    assert name.text() == str(folder / "Agenda 2026-12-15.pdf")
    _paper(dialog, Paper.MINUTES)
    assert name.text() == str(folder / "Minutes 2026-09-15.pdf")
    index = dialog.ui.meeting.findData(13)
    dialog.ui.meeting.setCurrentIndex(index)
    dialog.ui.meeting.activated.emit(index)
    assert name.text() == str(folder / "Minutes 2026-03-17.pdf")
    qtbot.mouseClick(dialog.ui.formatWord, Qt.MouseButton.LeftButton)
    assert name.text() == str(folder / "Minutes 2026-03-17.docx")
    _paper(dialog, Paper.PACK)  # PDF only: the name says so, and Word comes back after
    assert name.text() == str(folder / "Agenda pack 2026-03-17.pdf")
    _paper(dialog, Paper.ACTION_PLAN)
    assert dialog.ui.formatWord.isChecked()
    assert name.text() == str(folder / "Action plan 2026-11-24.docx")

    name.clear()
    qtbot.keyClicks(name, "Plan for Gwynedd.pdf")
    assert dialog.ui.formatPdf.isChecked()  # the ending typed says the format
    _paper(dialog, Paper.FEEDBACK_LOG)
    assert name.text() == "Plan for Gwynedd.pdf"  # the user's own name is kept...
    qtbot.mouseClick(dialog.ui.formatWord, Qt.MouseButton.LeftButton)
    assert name.text() == "Plan for Gwynedd.docx"  # ...and only follows the format
    assert dialog.out_path() == folder / "Plan for Gwynedd.docx"  # a bare name goes in the export folder

    name.clear()  # emptied: suggestions come back at the next change
    _paper(dialog, Paper.CHASE_LETTERS)
    assert name.text() == str(folder / "Chase letters 2026-11-24.docx")


def test_a_suggestion_in_another_folder_keeps_that_folder(make_dialog, tmp_path):
    dialog = make_dialog()
    elsewhere = tmp_path / "Stick"
    dialog.ui.fileName.setText(str(elsewhere / "Agenda 2026-12-15.pdf"))
    _paper(dialog, Paper.MINUTES)
    assert dialog.ui.fileName.text() == str(elsewhere / "Minutes 2026-09-15.pdf")


def test_request_carries_the_choices(make_dialog, folder, today, qtbot):
    dialog = make_dialog(Paper.ACTION_PLAN)
    qtbot.mouseClick(dialog.ui.byPartner, Qt.MouseButton.LeftButton)
    dialog.ui.largePrint.setChecked(True)
    qtbot.mouseClick(dialog.ui.formatWord, Qt.MouseButton.LeftButton)
    request = dialog.request()
    assert (request.paper, request.group_by, request.large_print) == (Paper.ACTION_PLAN, GroupBy.PARTNER, True)
    assert request.out == folder / "Action plan 2026-11-24.docx"
    assert (request.meeting, request.officer, request.each_officer, request.today) == (None, None, False, today)

    _paper(dialog, Paper.CHASE_LETTERS)
    dialog.ui.officer.setCurrentIndex(dialog.ui.officer.findData("Llŷr Evans"))
    dialog.ui.eachOfficer.setChecked(True)
    request = dialog.request()
    assert (request.paper, request.officer, request.each_officer, request.group_by) == (
        Paper.CHASE_LETTERS, "Llŷr Evans", True, GroupBy.CODE)

    _paper(dialog, Paper.MINUTES)
    request = dialog.request()
    assert (request.meeting, request.officer, request.each_officer) == (dialog.ui.meeting.currentData(), None, False)
    dialog.ui.fileName.setText("Cofnodion 15.09")  # no ending: the format's is added
    assert dialog.request().out == folder / "Cofnodion 15.09.docx"


def test_an_empty_file_name_is_refused_at_the_field(make_dialog, settings, folder):
    dialog = make_dialog()
    dialog.ui.fileName.clear()
    _press_export(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text.startswith("Give the file a name")
    assert dialog.ui.fileName.styleSheet() == invalid_style()
    dialog.ui.fileName.setText("Agenda.pdf")
    _press_export(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ui.fileName.styleSheet() == ""
    assert settings.get(keys.EXPORT_FOLDER) == str(folder)


def test_a_pack_named_docx_is_refused(make_dialog):
    dialog = make_dialog(Paper.PACK)
    dialog.ui.fileName.setText("Pecyn.docx")
    _press_export(dialog)
    assert dialog.isVisible()
    assert "can only be a PDF" in dialog.error_text
    assert dialog.ui.formatPdf.isChecked()


def test_export_is_the_ok_button_and_every_field_has_a_mnemonic(make_dialog):
    dialog = make_dialog(Paper.CHASE_LETTERS)
    ui = dialog.ui
    assert ui.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "&Export"
    texts = [ui.paperLabel.text(), ui.meetingLabel.text(), ui.officerLabel.text(), ui.eachOfficer.text(),
             ui.byCode.text(), ui.byPartner.text(), ui.formatPdf.text(), ui.formatWord.text(), ui.largePrint.text(),
             ui.languageLabel.text(), ui.fileLabel.text(), ui.chooseButton.text(), "&Export"]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == len(letters), letters
    assert ui.paperLabel.buddy() is ui.paper and ui.fileLabel.buddy() is ui.fileName
    # The tab order runs down the form, over the fields this paper shows.
    order, widget = [], ui.paper
    while len(order) < 10:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog) and widget.isEnabled():
            order.append(widget.objectName() or widget.text())
        widget = widget.nextInFocusChain()
    assert order == ["paper", "officer", "eachOfficer", "formatPdf", "formatWord", "largePrint", "language",
                     "fileName", "chooseButton", "&Export"]


def test_choose_asks_the_file_dialog_and_the_ending_sets_the_format(make_dialog, monkeypatch, tmp_path):
    asked = []

    def save_name(parent, caption, start, filters, selected):
        asked.append((start, filters, selected))
        return str(tmp_path / "Cofnodion Medi"), "Word documents (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = make_dialog(Paper.MINUTES)
    dialog.ui.chooseButton.click()
    start, filters, selected = asked[0]
    assert start.endswith("Minutes 2026-09-15.pdf")
    assert filters == "PDF files (*.pdf);;Word documents (*.docx)" and selected == "PDF files (*.pdf)"
    assert dialog.ui.fileName.text() == str(tmp_path / "Cofnodion Medi.docx")
    assert dialog.ui.formatWord.isChecked()
    _paper(dialog, Paper.PACK)
    dialog.ui.chooseButton.click()
    assert asked[1][1] == "PDF files (*.pdf)"


def test_an_existing_file_is_replaced_only_when_the_user_agrees(make_dialog, folder, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = make_dialog(Paper.ACTION_PLAN)
    (folder / "Action plan 2026-11-24.pdf").write_bytes(b"the last one")
    _press_export(dialog)
    assert dialog.isVisible() and "Action plan 2026-11-24.pdf is already in" in asked[0]
    _press_export(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_choices_are_remembered_for_next_time(make_dialog, settings, tmp_path, folder):
    dialog = make_dialog(Paper.FEEDBACK_LOG)
    dialog.ui.formatWord.setChecked(True)
    dialog.ui.largePrint.setChecked(True)
    other = tmp_path / "Elsewhere"
    other.mkdir()
    dialog.ui.fileName.setText(str(other / "Log.docx"))
    _press_export(dialog)
    assert settings.get(keys.EXPORT_FOLDER) == str(other)
    assert settings.get(keys.EXPORT_FORMAT) == ".docx"
    assert settings.get(keys.EXPORT_LARGE_PRINT) is True
    again = make_dialog(Paper.AGENDA)
    assert again.ui.formatWord.isChecked() and again.ui.largePrint.isChecked()
    assert again.ui.fileName.text() == str(other / "Agenda 2026-12-15.docx")
    # A pack (always PDF) does not change the format wanted next time.
    _paper(again, Paper.PACK)
    _press_export(again)
    assert settings.get(keys.EXPORT_FORMAT) == ".docx"


def test_export_settings_defaults_and_a_restart(tmp_path):
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert first.get(keys.EXPORT_FORMAT) == ".pdf"
    assert first.get(keys.EXPORT_LARGE_PRINT) is False
    assert first.get(keys.EXPORT_FOLDER) == keys.EXPORT_FOLDER.default
    first.set(keys.EXPORT_LARGE_PRINT, False)
    first.sync()
    # An INI file gives "false" back as text; it must not read as True.
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).get(keys.EXPORT_LARGE_PRINT) is False
    first.set(keys.EXPORT_LARGE_PRINT, True)
    first.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).get(keys.EXPORT_LARGE_PRINT) is True


def test_a_remembered_folder_now_gone_falls_back(make_dialog, settings, tmp_path):
    settings.set(keys.EXPORT_FOLDER, str(tmp_path / "memory stick" / "Papers"))
    dialog = make_dialog()
    documents = Path(keys.EXPORT_FOLDER.default)
    assert Path(dialog.ui.fileName.text()).parent == (documents if documents.is_dir() else Path.home())
    assert Path(dialog.ui.fileName.text()).parent.is_dir()


def test_a_store_without_meetings_says_so_at_the_meeting(bench, settings, folder, qtbot, tmp_path, today):
    from compactdesk.gui.workbench import Workbench
    from compactdesk.store import create_store

    with create_store(tmp_path / "new.cdstore") as store:
        dialog = ExportDialog(Workbench(store, lambda: today), settings, Paper.MINUTES)
        qtbot.addWidget(dialog)
        assert dialog.ui.meeting.count() == 0
        assert dialog.ui.fileName.text() == str(folder / "Minutes 2026-11-24.pdf")
        _press_export(dialog)
        assert "no meetings" in dialog.error_text
        assert dialog.ui.meeting.styleSheet() == invalid_style()
        _paper(dialog, Paper.FEEDBACK_LOG)
        assert dialog.ui.officer.count() == 1 and dialog.error_text == ""


# -- the job -------------------------------------------------------------------

def _dialog_request(make_dialog, paper, fill=None):
    dialog = make_dialog(paper)
    if fill:
        fill(dialog)
    _press_export(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text
    return dialog.request()


def test_the_action_plan_is_made_on_a_worker_thread(make_dialog, bench, parent, boxes, qtbot, folder, monkeypatch):
    threads = []
    real_export = papers_export.export

    def watched(store, request, progress=None):
        threads.append(threading.current_thread())
        return real_export(store, request, progress)

    monkeypatch.setattr(papers_export, "export", watched)
    request = _dialog_request(make_dialog, Paper.ACTION_PLAN)
    job = ExportJob(bench.store, request, parent)  # the real thread pool
    with qtbot.waitSignal(job.ended, timeout=30_000) as ended:
        job.start()
    assert ended.args == ["written"]
    assert threads and threads[0] is not threading.main_thread()
    out = folder / "Action plan 2026-11-24.pdf"
    assert job.paths == [out] and out.is_file()
    text = _pdf_text(out)
    assert GROUP in text and "Action plan" in text
    assert boxes == [("box", "Paper exported", f"Exported to {out}")]
    assert not job.running


def test_the_minutes_as_word_say_draft(make_dialog, bench, parent, boxes, folder):
    def word(dialog):
        dialog.ui.formatWord.setChecked(True)
    request = _dialog_request(make_dialog, Paper.MINUTES, word)
    job = ExportJob(bench.store, request, parent, RunNow())
    job.start()
    assert job.outcome == "written"
    out = folder / "Minutes 2026-09-15.docx"
    assert job.paths == [out]
    text = _docx_text(out)
    assert GROUP in text and "DRAFT" in text


def test_open_folder_opens_where_the_paper_went(make_dialog, bench, parent, folder, monkeypatch):
    opened = []

    def click_open(box):
        next(button for button in box.buttons() if button.text() == "&Open folder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    job = ExportJob(bench.store, _dialog_request(make_dialog, Paper.FEEDBACK_LOG), parent, RunNow())
    job.start()
    assert opened == [str(folder)]


def test_letters_one_file_each_are_all_listed(make_dialog, bench, parent, boxes, folder):
    def each(dialog):
        dialog.ui.eachOfficer.setChecked(True)
    job = ExportJob(bench.store, _dialog_request(make_dialog, Paper.CHASE_LETTERS, each), parent, RunNow())
    job.start()
    assert len(job.paths) > 1 and all(path.is_file() for path in job.paths)
    assert any("Llŷr Evans" in path.name for path in job.paths)
    assert boxes[-1][2] == f"Exported {len(job.paths)} files to {folder}"


def test_a_folder_that_does_not_exist_is_refused_and_nothing_written(make_dialog, bench, parent, boxes, qtbot,
                                                                     tmp_path):
    gone = tmp_path / "Not there"

    def elsewhere(dialog):
        dialog.ui.fileName.setText(str(gone / "Plan.pdf"))
    job = ExportJob(bench.store, _dialog_request(make_dialog, Paper.ACTION_PLAN, elsewhere), parent)
    with qtbot.waitSignal(job.ended, timeout=30_000):
        job.start()
    assert job.outcome == "refused"
    kind, title, text = boxes[-1]
    assert (kind, title) == ("warning", "The paper was not exported")
    assert "does not exist" in text and str(gone) in text
    assert not gone.exists()


def test_cancel_stops_it_and_writes_nothing(make_dialog, bench, parent, boxes, folder):
    job = ExportJob(bench.store, _dialog_request(make_dialog, Paper.MINUTES), parent, RunNow())
    seen = []

    def press_cancel(done, total, text):
        # The user presses the progress window's Cancel as the first step is shown.
        seen.append(text)
        if len(seen) == 1:
            job.progress.findChild(QPushButton).click()

    job._relay.progress.connect(press_cancel)
    job.start()
    assert job.outcome == "cancelled"
    assert seen == ["Reading the records"]
    assert list(folder.iterdir()) == []
    assert boxes == []  # no message to dismiss: the status bar says it
    assert "stopped" in job.message


def test_cancel_reaches_the_worker_thread(bench, parent, qtbot, monkeypatch, tmp_path):
    stopped = threading.Event()

    def slow(store, request, progress=None):
        try:
            for step in range(500):  # at most about 5 s
                progress(step, 500, f"Step {step}")
                time.sleep(0.01)
        except Cancelled:
            stopped.set()
            raise
        return []

    monkeypatch.setattr(papers_export, "export", slow)
    request = papers_export.ExportRequest(Paper.ACTION_PLAN, tmp_path / "x.pdf", bench.today())
    job = ExportJob(bench.store, request, parent)
    with qtbot.waitSignal(job.ended, timeout=30_000) as ended:
        job.start()
        qtbot.waitUntil(lambda: job.progress.labelText().startswith("Step"), timeout=10_000)
        job.progress.findChild(QPushButton).click()
    assert ended.args == ["cancelled"] and stopped.is_set()


def test_an_unexpected_error_is_logged_and_explained(bench, parent, boxes, monkeypatch, tmp_path):
    log = tmp_path / "logs" / "compactdesk.log"
    monkeypatch.setattr(paths, "log_file", lambda: log)

    def broken(store, request, progress=None):
        raise RuntimeError("renderer fell over")

    monkeypatch.setattr(papers_export, "export", broken)
    request = papers_export.ExportRequest(Paper.AGENDA, tmp_path / "a.pdf", bench.today())
    job = ExportJob(bench.store, request, parent, RunNow())
    job.start()
    assert job.outcome == "failed"
    kind, _title, text = boxes[-1]
    assert kind == "warning" and "file was not changed" in text and str(log) in text
    logged = log.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in logged and "Traceback" in logged and "in broken" in logged
    # An error's own words may quote a record, so they are not logged (the source line above them is code).
    assert "RuntimeError: renderer fell over" not in logged


def test_an_export_error_message_is_shown_as_it_is(bench, parent, boxes, monkeypatch, tmp_path):
    def refuse(store, request, progress=None):
        raise ExportError("Close it in Word and export again.")

    monkeypatch.setattr(papers_export, "export", refuse)
    job = ExportJob(bench.store, papers_export.ExportRequest(Paper.AGENDA, tmp_path / "a.pdf", bench.today()),
                    parent, RunNow())
    job.start()
    assert boxes[-1] == ("warning", "The paper was not exported", "Close it in Word and export again.")


# -- the window and the pages ----------------------------------------------------

@pytest.fixture
def window(demo_path, today, qtbot, settings, folder):
    store = open_store(demo_path)
    main = MainWindow(store, today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.export_pool = RunNow()
    yield main
    main.store.close()


@pytest.fixture
def opened(monkeypatch):
    """Each export dialog the window opens, recorded; its exec() runs `opened.fill` (if set), then
    presses Export (or Cancel when there is no fill)."""
    class Opened(list):
        fill = None

    record = Opened()

    def run(dialog):
        record.append(dialog)
        if record.fill is None:
            dialog.reject()
        else:
            record.fill(dialog)
            _press_export(dialog)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)
    return record


def test_ctrl_e_on_the_feedback_page_offers_the_feedback_log(window, opened, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    page = window.show_area("feedback")
    page.table.setFocus()
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert opened[-1].paper() is Paper.FEEDBACK_LOG
    assert opened[-1].ui.officer.isVisibleTo(opened[-1])
    window.show_area("actions")
    window.export_action.trigger()
    assert opened[-1].paper() is Paper.ACTION_PLAN
    window.show_area("dashboard")
    window.export_action.trigger()
    assert opened[-1].paper() is Paper.AGENDA


def test_the_export_action_is_in_the_file_menu_toolbar_and_shortcuts(window, boxes):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_action in file_menu.actions()
    assert window.export_action.text() == "&Export a paper…"
    toolbar = window.findChild(type(window.addToolBar("x")), "mainToolbar")
    assert window.export_action in toolbar.actions()
    window.help.shortcuts()
    assert "Ctrl+E" in boxes[-1][2] and "Export a paper" in boxes[-1][2]
    assert "Ctrl+Shift+T" in boxes[-1][2] and "Export this table to a spreadsheet" in boxes[-1][2]


def test_through_the_window_a_paper_is_written(window, opened, boxes, folder):
    opened.fill = lambda dialog: None
    job = window.export_paper(Paper.ACTION_PLAN)
    assert job.outcome == "written" and (folder / "Action plan 2026-11-24.pdf").is_file()
    assert window.statusBar().currentMessage() == f"Exported to {folder / 'Action plan 2026-11-24.pdf'}"


def test_the_pages_export_buttons(window, opened, today):
    actions_page = window.show_area("actions")
    actions_page.export_button.click()
    assert opened[-1].paper() is Paper.ACTION_PLAN
    feedback_page = window.show_area("feedback")
    feedback_page.export_button.click()
    assert opened[-1].paper() is Paper.FEEDBACK_LOG
    feedback_page.chase_button.click()
    assert opened[-1].paper() is Paper.CHASE_LETTERS
    assert "&" in actions_page.export_button.text() and "&" in feedback_page.chase_button.text()

    meetings_page = window.show_area("meetings")
    held = next(row for row in window.bench.read(meetings.meeting_rows, today)
            if row.status is MeetingStatus.MINUTES_APPROVED)
    meetings_page.show_record(held.meeting_id)
    view = meetings_page.view
    assert view.export_button.isVisibleTo(window)
    menu = {action.data(): action for action in view.export_menu.actions()}
    assert list(menu) == ["agenda", "pack", "minutes"]
    menu["minutes"].trigger()
    assert opened[-1].paper() is Paper.MINUTES and opened[-1].ui.meeting.currentData() == held.meeting_id
    menu["pack"].trigger()
    assert opened[-1].paper() is Paper.PACK and opened[-1].ui.meeting.currentData() == held.meeting_id


def test_meetings_page_offers_agenda_before_and_minutes_after(bench, today, qtbot):
    page = MeetingsPage(bench)
    qtbot.addWidget(page)
    page.refresh()
    rows = bench.read(meetings.meeting_rows, today)
    planned = next(row for row in rows if row.status in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_ISSUED))
    held = next(row for row in rows if row.status is MeetingStatus.MINUTES_APPROVED)
    select_key(page.table, planned.meeting_id)
    assert page.export_defaults() == (Paper.AGENDA, planned.meeting_id)
    select_key(page.table, held.meeting_id)
    assert page.export_defaults() == (Paper.MINUTES, held.meeting_id)


def test_page_defaults(bench, qtbot):
    actions_page, feedback_page = ActionPlanPage(bench), FeedbackPage(bench)
    for page in (actions_page, feedback_page):
        qtbot.addWidget(page)
    assert actions_page.export_defaults() == (Paper.ACTION_PLAN, None)
    assert feedback_page.export_defaults() == (Paper.FEEDBACK_LOG, None)


# -- looking at it ---------------------------------------------------------------

def test_grab_the_dialog_for_each_paper(make_dialog, bench):
    PNG_FOLDER.mkdir(exist_ok=True)
    for paper in Paper:
        dialog = make_dialog(paper)
        shot = PNG_FOLDER / f"export_{paper.value}.png"
        assert dialog.grab().save(str(shot))
        assert shot.stat().st_size > 3_000
        # Nothing in the form is cut short at the dialog's own size.
        assert dialog.width() >= dialog.minimumSizeHint().width()
        dialog.close()
