"""File ▸ Export a calendar, and "Add to calendar" on a meeting: the group's meetings and deadlines as an .ics file
(the file itself is services/calendar.py) for Outlook, Google, Apple or Thunderbird.

The whole calendar is written off the GUI thread as a FilesOp (a progress window if it takes a while, then a
message with "Open folder"); one meeting's file is quick, written at once into a folder CompactDesk keeps and
handed to the system's calendar program.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from compactdesk import i18n
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.export_job import FilesOp
from compactdesk.i18n import translate
from compactdesk.paths import data_folder
from compactdesk.services.file_refusals import os_refusal

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow

# Where the last calendar was saved ("" until one is: then the group file's folder).
CALENDAR_FOLDER = keys.Key("export/calendar_folder", "", str)


def kept_folder() -> Path:
    """The folder CompactDesk keeps a meeting's .ics in while a calendar program takes it in."""
    return data_folder() / "calendar"


class CalendarJob(FilesOp):
    """The calendar written off the GUI thread; says how many events went where."""

    def __init__(self, window: "MainWindow", out: Path, language: str):
        from compactdesk.documents.files import write_atomic
        from compactdesk.services.calendar import calendar_file

        store, today = window.store, window.bench.today()
        self.events = 0

        def write(progress) -> list[Path]:  # on the worker thread
            progress(0, 1, self.tr("Reading the meetings and deadlines"))
            made = store.run(lambda session: calendar_file(session, today, language=language))
            write_atomic(out, made.data)
            self.events = made.events
            return [out]

        super().__init__(write, self.tr("Exporting a calendar"), out.parent, window, window.export_pool)

    def written_title(self) -> str:
        return self.tr("Calendar exported")

    def written_message(self) -> str:
        # translate(), not self.tr: in English too it gives "1 event" and "2 events" for Qt's "%n event(s)".
        return translate("CalendarJob", "Wrote %n event(s) to {path}.\n\nImport it into Outlook, Google, Apple or "
                                        "Thunderbird's calendar. Importing a newer one later updates these events "
                                        "instead of adding them twice.", None, self.events).format(path=self.paths[0])

    def not_done(self) -> str:
        return self.tr("The calendar was not exported")

    def stopped_message(self) -> str:
        return self.tr("The export was stopped; no calendar was written.")

    def unexpected_message(self, log: Path) -> str:
        return self.tr(
            "Something went wrong that CompactDesk did not expect, so the calendar was not exported. The group's "
            "file was not changed: every record is as it was.\n\nDetails are in {log}. Please send that file with "
            "a note of what you were doing.").format(log=log)


class CalendarFiles(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.export_action = window.make_action(self.tr("Export a ca&lendar…"), self.export_calendar,
                                                icon="mdi6.calendar-export")
        self.export_action.setToolTip(self.tr("The meetings and the deadlines (feedback due, targets, consultations "
                                              "closing, reviews, funding notices) as a file for Outlook, Google, "
                                              "Apple or Thunderbird's calendar"))

    def language(self) -> str:
        """The language last chosen for papers (the export window's), else the window's."""
        return self.window.settings.get(keys.EXPORT_LANGUAGE) or i18n.interface()

    def _folder(self) -> Path:
        """The folder the last calendar went to; else (or if it has gone) the group file's."""
        from compactdesk.gui.store_files import folder_of

        for folder in (self.window.settings.get(CALENDAR_FOLDER), str(folder_of(self.window.store))):
            if folder and Path(folder).is_dir():
                return Path(folder)
        return Path.home()

    def _group_name(self) -> str:
        from compactdesk.documents.files import safe_name
        from compactdesk.services.papers import group_name

        return safe_name(self.window.bench.read(group_name))  # in the window's language, as the words around it

    def export_calendar(self) -> CalendarJob | None:
        """Asks where, then writes the calendar off the GUI thread; returns the job started, if any."""
        window = self.window
        if window.bench.store is None or window.busy_exporting():
            return None
        start = self._folder() / (self.tr("{group} calendar").format(group=self._group_name()) + ".ics")
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Export a calendar"), str(start),
                                              self.tr("Calendar files (*.ics)"))
        if not name:
            return None
        out = Path(name)
        if out.suffix.lower() != ".ics":
            out = out.with_name(out.name + ".ics")
        window.settings.set(CALENDAR_FOLDER, str(out.parent))
        job = CalendarJob(window, out, self.language())
        job.status.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        window.export_job = job  # the store stays as it is while the worker reads it
        job.start()
        return job

    def add_meeting(self, meeting_id: int, parent: QWidget) -> None:
        """"Add to calendar": the meeting's own .ics, opened with the system's calendar program; where nothing
        opens it, an offer to save it somewhere instead."""
        from compactdesk.documents.files import ExportError, write_atomic
        from compactdesk.services.calendar import calendar_ics

        window = self.window
        try:
            data = window.bench.read(lambda session: calendar_ics(session, window.bench.today(),
                                                                   language=self.language(), meeting_id=meeting_id))
            folder = kept_folder()
            path = folder / f"meeting-{meeting_id}.ics"
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        except OSError as error:  # the folder CompactDesk keeps could not be made: the disk's words, and what to do
            QMessageBox.warning(parent, self.tr("The meeting was not added to a calendar"),
                                os_refusal(error, kept_folder(), writing=True).message)
            return
        except (ValidationError, ExportError) as error:
            QMessageBox.warning(parent, self.tr("The meeting was not added to a calendar"),
                                getattr(error, "message", None) or str(error))
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            window.statusBar().showMessage(self.tr("The meeting went to your calendar program: check it there and "
                                                   "save it."), 10_000)
            return
        answer = QMessageBox.question(
            parent, self.tr("No calendar program opened it"),
            self.tr("This computer has no program set to open calendar files (.ics). Save the meeting's file "
                    "somewhere instead, to import it into your calendar or send it on?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer != QMessageBox.StandardButton.Save:
            return
        name, _ = QFileDialog.getSaveFileName(parent, self.tr("Save the meeting for a calendar"),
                                              str(self._folder() / path.name), self.tr("Calendar files (*.ics)"))
        if not name:
            return
        out = Path(name) if Path(name).suffix.lower() == ".ics" else Path(name + ".ics")
        try:
            write_atomic(out, data)
        except ExportError as error:
            QMessageBox.warning(parent, self.tr("The meeting was not saved"), error.message)
            return
        window.settings.set(CALENDAR_FOLDER, str(out.parent))
        window.statusBar().showMessage(self.tr("Saved as {path}").format(path=out), 10_000)
