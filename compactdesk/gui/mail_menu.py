"""File ▸ Send by email (issue 20): the agenda or the minutes to the members, each officer's chase letter to that
officer, as drafts opened in the user's own mail program. CompactDesk never sends mail itself.

From the menu the paper is made first (window.papers.make_then, off the GUI thread) into a folder of drafts
CompactDesk keeps; "Issue the agenda" and approving the minutes make theirs and call draft_agenda / draft_minutes.
The draft window and the papers' machinery load on first use, not with the window."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from compactdesk.domain.errors import ValidationError
from compactdesk.i18n import translate
from compactdesk.paths import data_folder

if TYPE_CHECKING:
    from compactdesk.documents.export import ExportRequest
    from compactdesk.gui.dialogs.mail import MailChoice, MailDialog
    from compactdesk.gui.main_window import MainWindow


def drafts_folder() -> Path:
    """Where the papers made for an email, and the drafts themselves, are kept: beside the user's own group file."""
    return data_folder() / "Email drafts"


# More drafts than this are left in their folder for the secretary to open one by one: a mail program that opened
# fifty compose windows at once would bury the rest of the screen.
OPEN_AT_MOST = 10


class MailMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.agenda_action = window.make_action(self.tr("The &agenda to the members…"), lambda: self.send("agenda"),
                                                icon="mdi6.email-outline")
        self.agenda_action.setToolTip(self.tr("Make the agenda (the agenda pack when it has papers) and open an email "
                                              "to every member in your mail program"))
        self.minutes_action = window.make_action(self.tr("The &minutes to the members…"),
                                                 lambda: self.send("minutes"), icon="mdi6.email-outline")
        self.chase_action = window.make_action(self.tr("&Chase letters to the officers…"),
                                               lambda: self.send("chase"), icon="mdi6.email-alert-outline")
        self.dialog: "MailDialog | None" = None  # while it is open
        self.written: list[Path] = []  # the drafts last written

    def add_to(self, file_menu: QMenu) -> QMenu:
        menu = file_menu.addMenu(self.tr("&Send by email"))
        menu.addActions([self.agenda_action, self.minutes_action, self.chase_action])
        return menu

    # -- the ways in ---------------------------------------------------------------------------------------------

    def send(self, kind: str) -> None:
        """A menu item: the draft window, offering the meeting in view on the Meetings page (else the next one for
        an agenda, the last for minutes); the paper is made once the user presses Open."""
        if self.window.bench.store is None or self.window.papers.busy():
            return
        meeting_id = None
        if kind != "chase":
            paper, meeting_id = self.window.current_page().export_defaults()
            if paper is None or paper.value != ("agenda" if kind == "agenda" else "minutes"):
                meeting_id = None
        self._ask(kind, meeting_id)

    def draft_agenda(self, meeting_id: int, paths: list[Path], language: str, pack: bool = False) -> None:
        """The agenda (or the pack, when `pack`) already made, in `language`: the draft window, then the email with
        it attached."""
        self._ask("agenda", meeting_id, list(paths), language, pack)

    def draft_minutes(self, meeting_id: int, paths: list[Path], language: str) -> None:
        self._ask("minutes", meeting_id, list(paths), language)

    def _ask(self, kind: str, meeting_id: int | None, paths: list[Path] | None = None,
             language: str | None = None, pack: bool | None = None) -> None:
        from compactdesk.gui.dialogs.mail import MailDialog

        window = self.window
        try:
            dialog = self.dialog = MailDialog(window.bench, window.settings, kind, meeting_id, language, paths,
                                              window, pack)
        except ValidationError as error:  # the meeting went meanwhile
            QMessageBox.warning(window, self.tr("Send by email"), str(error))
            return
        try:
            if kind == "chase" and not dialog.recipients.everyone:
                QMessageBox.information(window, self.tr("Send by email"), self.tr(
                    "No officer's feedback is overdue, so there is no chase letter to send."))
                return
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if paths is not None or (choice.kind == "chase" and choice.in_body):
            self.write(choice, paths or [])
            return
        request = self._request(choice)
        window.papers.make_then(request, then=lambda written: self.write(choice, written))

    def _request(self, choice: "MailChoice") -> "ExportRequest":
        from compactdesk.documents.export import ExportRequest, Paper, suggested_name

        window = self.window
        today = window.bench.today()
        folder = drafts_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if choice.kind == "chase":
            paper = Paper.CHASE_LETTERS
        elif choice.kind == "minutes":
            paper = Paper.MINUTES
        else:
            paper = Paper.PACK if choice.pack else Paper.AGENDA
        name = suggested_name(window.store, paper, today, choice.meeting_id, choice.suffix, language=choice.language)
        return ExportRequest(paper, folder / name, today, meeting=choice.meeting_id, language=choice.language,
                             each_officer=paper is Paper.CHASE_LETTERS)

    # -- writing and opening ---------------------------------------------------------------------------------------

    def write(self, choice: "MailChoice", paths: list[Path]) -> list[Path]:
        """Writes the draft (one for each officer with chase letters) and opens each in the mail program."""
        from compactdesk.services.drafts import draft_to, write_draft

        folder = drafts_folder()
        try:
            if choice.kind != "chase":
                messages = [draft_to(choice.people, choice.words, paths, bcc=choice.bcc, to=choice.to)]
            else:
                messages = self._letters(choice, paths)
            self.written = [write_draft(message, folder, str(message["Subject"])) for message in messages]
        except ValidationError as error:  # the chase letters no longer pair up with the officers owing
            QMessageBox.warning(self.window, self.tr("The drafts were not written"), str(error))
            return []
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("The draft was not written"), self.tr(
                "CompactDesk could not write the draft in {folder} ({reason}). Check that the disk has space, then "
                "try again.").format(folder=folder, reason=getattr(error, "strerror", None) or error))
            return []
        if choice.mark_issued and choice.meeting_id is not None:
            self.window.papers.mark_issued(choice.meeting_id)
        self._open(self.written)
        return self.written

    def _letters(self, choice: "MailChoice", paths: list[Path]) -> list:
        """A message to each officer ticked: their own letter attached (services/drafts.letters_by_officer pairs
        them) or as the text."""
        from compactdesk.services.drafts import DraftWords, draft_to, letters_by_officer

        today = self.window.bench.today()
        if choice.in_body:
            from compactdesk.documents.plain import chase_letter_texts

            texts = self.window.bench.read(chase_letter_texts, today, choice.language)
            return [draft_to([person], DraftWords(choice.words.subject, texts[person.person_id]), [], bcc=False)
                    for person in choice.people if person.person_id in texts]
        letter = self.window.bench.read(letters_by_officer, today, paths)
        return [draft_to([person], choice.words, [letter[person.person_id]], bcc=False, name=person.name)
                for person in choice.people if person.person_id in letter]

    def _open(self, written: list[Path]) -> None:
        window = self.window
        folder = written[0].parent if written else drafts_folder()
        if len(written) > OPEN_AT_MOST:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Drafts written"), translate(
                "MailMenu", "%n drafts were written to {folder}, one for each officer: too many to open at once. "
                            "Its folder is open: double-click each to open it in your mail program.", None,
                len(written)).format(folder=folder), QMessageBox.StandardButton.Close, window)
            box.exec()
            box.deleteLater()
            return
        opened = [QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))) for path in written]
        if written and all(opened):
            window.statusBar().showMessage(translate(  # i18n's: the English plural where no translation is installed
                "MailMenu", "%n draft(s) opened in your mail program: check, then press Send. A copy is in {folder}.",
                None, len(written)).format(folder=folder), 10000)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Open the draft in your mail program"), self.tr(
            "No mail program opened the draft. It is saved as {path}: open it from your mail program (File ▸ Open), "
            "or double-click it in its folder.").format(path=written[0] if len(written) == 1 else folder),
            QMessageBox.StandardButton.NoButton, window)
        box.setObjectName("mailNotOpened")
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        box.deleteLater()
