"""The draft email window (issue 20): who gets it, how they are addressed, the subject and the text, before
CompactDesk writes the draft and opens it in the user's mail program. Nothing is sent from here.

A plain QDialog: it writes nothing to the store. It gathers a MailChoice; gui/mail_menu.py makes the paper (when it
is not made yet), writes the .eml and opens it."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compactdesk import i18n
from compactdesk.documents.model import BILINGUAL
from compactdesk.domain.errors import ValidationError
from compactdesk.gui import settings as keys
from compactdesk.gui.language import NAMES
from compactdesk.gui.settings import Settings
from compactdesk.gui.workbench import Workbench
from compactdesk.services import drafts
from compactdesk.services.drafts import DraftWords, Recipient, Recipients, name_mark
from compactdesk.services.issuing import agenda_issue
from compactdesk.services.mail_files import Addressee
from compactdesk.i18n import translate
from compactdesk.services.papers import choose_meeting, meeting_choices

AGENDA, MINUTES, CHASE = "agenda", "minutes", "chase"
# How the members are addressed: hidden from each other in Bcc with the secretary in To, or with To left empty;
# or all in To, each seeing the others' addresses.
BCC_SECRETARY, BCC, TO = "bcc-secretary", "bcc", "to"
LANGUAGE_NAMES = ((i18n.ENGLISH, NAMES[i18n.ENGLISH]), (i18n.WELSH, NAMES[i18n.WELSH]),
                  (BILINGUAL, f"{NAMES[i18n.WELSH]} ac {NAMES[i18n.ENGLISH]}"))


@dataclass(frozen=True)
class MailChoice:
    kind: str  # AGENDA, MINUTES or CHASE
    meeting_id: int | None
    language: str  # "en", "cy" or "both": the paper's and the message's
    suffix: str  # ".pdf" or ".docx", when the paper is still to be made
    people: tuple[Recipient, ...]  # those ticked, each with a usable address
    bcc: bool
    to: tuple[Addressee, ...]  # with Bcc: the secretary, or no one
    words: DraftWords
    in_body: bool = False  # chase letters: the letter as the message's text rather than attached
    pack: bool = False  # the agenda goes out as the agenda pack (its items have papers)
    mark_issued: bool = False  # the agenda: the meeting marked "agenda issued" once the draft is written


class MailDialog(QDialog):
    def __init__(self, bench: Workbench, settings: Settings, kind: str, meeting_id: int | None = None,
                 language: str | None = None, paths: list[Path] | None = None, parent: QWidget | None = None,
                 pack: bool | None = None):
        """`paths`: the paper made already (the agenda issued, the minutes approved), in `language`, and `pack`:
        whether it is the agenda pack; None: the dialog asks for the format and language, and the paper is made
        once the user presses Open (the pack when the items have papers)."""
        super().__init__(parent)
        self.bench, self.settings, self.kind, self.paths = bench, settings, kind, paths
        self.setObjectName("mailDialog")
        self.setWindowTitle({AGENDA: self.tr("Email the agenda to the members"),
                             MINUTES: self.tr("Email the minutes to the members"),
                             CHASE: self.tr("Email the chase letters to the officers")}[kind])
        self._filling = False
        self._edited = False
        self.recipients = Recipients((), ())
        self.secretary: Addressee | None = None
        self.pack = False
        self._made_pack = pack

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("CompactDesk writes the email and opens it in your mail program, where you check it "
                               "and press Send. Nothing is sent until you do."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = QLabel()
        self.error_label.setObjectName("mailError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.meeting = QComboBox(objectName="mailMeeting")
        self.meeting.setMinimumContentsLength(24)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.format = QComboBox(objectName="mailFormat")
        self.format.addItem(self.tr("PDF"), ".pdf")
        self.format.addItem(self.tr("Word"), ".docx")
        self.language = QComboBox(objectName="mailLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        chosen = language or settings.get(keys.EXPORT_LANGUAGE) or i18n.interface()
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.format.setCurrentIndex(max(self.format.findData(settings.get(keys.EXPORT_FORMAT)), 0))
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.format)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        paper_row.addWidget(language_label)
        paper_row.addWidget(self.language, 1)
        if kind != CHASE:
            meeting_label = QLabel(self.tr("&Meeting:"))
            meeting_label.setBuddy(self.meeting)
            form.addRow(meeting_label, self.meeting)
            self._fill_meetings(meeting_id)
            self.meeting.setEnabled(paths is None)
        if paths is None:
            format_label = QLabel(self.tr("&Format:"))
            format_label.setBuddy(self.format)
            form.addRow(format_label, paper_row)
        else:
            attached = QLabel(", ".join(path.name for path in paths), objectName="mailAttached")
            attached.setWordWrap(True)
            attached.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Attached:"), attached)

        # Sending the agenda is issuing it (issue 20): ticked, for a meeting whose agenda has not gone out yet. When
        # the paper was made by "Issue the agenda", that marked it already.
        self.mark = QCheckBox(self.tr("Mar&k the agenda as issued"), self, objectName="mailMarkIssued")
        self.mark.setChecked(True)
        self.mark.setToolTip(self.tr("Once the draft is written, the meeting moves on to “Agenda issued” and the "
                                     "dashboard stops reminding you to send it"))
        self.mark.setVisible(False)
        if kind == AGENDA and paths is None:
            form.addRow("", self.mark)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mailSplitter")
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._recipients_side())
        splitter.addWidget(self._words_side())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("&Open in my mail program"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openInMail")
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self.language.currentIndexChanged.connect(self._fill_words)
        self.subject.textEdited.connect(self._user_edited)
        self.text.textChanged.connect(self._user_edited)
        self._meeting_changed()
        # Room for the names and a readable text from the start: Qt would first show it at two thirds of the screen,
        # which at 1024×768 cuts the addresses short. A smaller screen gets less (it fits 910×442 too).
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(self.sizeHint().boundedTo(QSize(screen.width() - 24, screen.height() - 50)))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return super().sizeHint().expandedTo(QSize(880, 540))

    # -- building ----------------------------------------------------------------------------------------------

    def _recipients_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(objectName="mailCount")
        self.count_label.setWordWrap(True)
        column.addWidget(self.count_label)
        self.people = QListWidget(objectName="mailPeople")
        self.people.setAccessibleName(self.tr("Who gets it"))
        self.people.itemChanged.connect(lambda _item: self._count())
        column.addWidget(self.people, 2)
        self.without_label = QLabel(objectName="mailWithoutLabel")
        self.without_label.setWordWrap(True)
        column.addWidget(self.without_label)
        self.without = QPlainTextEdit(objectName="mailWithout")
        self.without.setReadOnly(True)
        self.without.setAccessibleName(self.tr("Without an email address"))
        column.addWidget(self.without, 1)
        self.copy_button = QPushButton(self.tr("&Copy this list"), objectName="copyWithout")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.without.toPlainText()))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        column.addLayout(row)
        return side

    def _words_side(self) -> QWidget:
        side = QWidget()
        form = QFormLayout(side)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.addressing = QComboBox(objectName="mailAddressing")
        self.addressing.setMinimumContentsLength(20)
        self.addressing.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.letter = QComboBox(objectName="mailLetter")
        self.letter.addItem(self.tr("Attached"), False)
        self.letter.addItem(self.tr("In the text of the email"), True)
        self.letter.currentIndexChanged.connect(self._letter_changed)
        if self.kind == CHASE:
            form.addRow(self.tr("The lette&r:"), self.letter)
        else:
            form.addRow(self.tr("&Send as:"), self.addressing)
        self.subject = QLineEdit(objectName="mailSubject")
        form.addRow(self.tr("S&ubject:"), self.subject)
        self.text = QPlainTextEdit(objectName="mailText")
        self.text.setAccessibleName(self.tr("The text of the email"))
        form.addRow(self.tr("&Text:"), self.text)
        self.hint = QLabel(objectName="mailHint")
        self.hint.setWordWrap(True)
        font = self.hint.font()
        font.setItalic(True)
        self.hint.setFont(font)
        form.addRow(self.hint)
        return side

    def _fill_meetings(self, meeting_id: int | None) -> None:
        today = self.bench.today()
        which = "last" if self.kind == MINUTES else "next"
        if meeting_id is None:
            try:
                meeting_id = self.bench.read(choose_meeting, which, today, which)
            except ValidationError:
                meeting_id = None
        for choice in self.bench.read(meeting_choices):
            self.meeting.addItem(choice.label, choice.meeting_id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(meeting_id), 0))

    # -- reacting ----------------------------------------------------------------------------------------------

    def meeting_id(self) -> int | None:
        return self.meeting.currentData() if self.kind != CHASE else None

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _user_edited(self, *_args) -> None:
        if not self._filling:
            self._edited = True

    def _meeting_changed(self, *_args) -> None:
        meeting = self.meeting_id()
        today = self.bench.today()
        if self.kind == CHASE:
            self.recipients = self.bench.read(drafts.officers_to_chase, today)
            self.secretary = None
        elif meeting is not None:
            self.recipients = self.bench.read(drafts.members_to_send, today, meeting)
            self.secretary = self.bench.read(drafts.secretary_addressee, meeting)
            state = self.bench.read(agenda_issue, meeting)
            self.pack = self.kind == AGENDA and (self._made_pack if self._made_pack is not None else state.pack)
            self.mark.setVisible(self.kind == AGENDA and self.paths is None and not state.issued)
        else:
            self.recipients = Recipients((), ())
        if self.pack and self.paths is None:  # the pack joins PDF papers: PDF only
            self.format.setCurrentIndex(self.format.findData(".pdf"))
        self.format.setEnabled(not self.pack)
        self._fill_people()
        self._fill_addressing()
        self._fill_words(force=True)

    def _fill_people(self) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for person in self.recipients.with_address:
            item = QListWidgetItem(f"{person.name} — {', '.join(person.mail.addresses)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            item.setToolTip(", ".join(part for part in (person.why, person.organisation) if part))
            self.people.addItem(item)
        self.people.blockSignals(False)
        without = self.recipients.without
        # i18n's translate, not tr(), for plurals: it gives the English plural where no translation is installed.
        if not without:
            self.without_label.setText(self.tr("Everyone has a usable email address."))
        elif self.kind == CHASE:
            self.without_label.setText(translate("MailDialog", "No usable email address (%n): post the letter or "
                                                               "hand it over.", None, len(without)))
        else:
            self.without_label.setText(translate("MailDialog", "No usable email address (%n): post or hand them the "
                                                               "papers.", None, len(without)))
        lines = []
        for person in without:
            lines.append(f"{person.name} ({person.why})" + (f", {person.organisation}" if person.organisation else ""))
            lines.append("    " + (", ".join(line.strip() for line in person.postal.splitlines() if line.strip())
                                   or self.tr("No postal address held.")))
            if person.mail.problem:
                lines.append("    " + person.mail.problem)
        self.without.setPlainText("\n".join(lines))
        self.without.setVisible(bool(without))
        self.copy_button.setVisible(bool(without))
        self._count()

    def _count(self) -> None:
        ticked = len(self.chosen_people())
        total = self.people.count()
        if self.kind == CHASE:
            self.count_label.setText(translate("MailDialog", "Officers with overdue feedback: each ticked gets an "
                                                             "email of their own (%n ticked).", None, ticked))
        else:
            self.count_label.setText(
                translate("MailDialog", "%n member(s) will get it.", None, ticked) if ticked == total else
                translate("MailDialog", "%n ticked of the {total} with an email address will get it.", None,
                          ticked).format(total=total))

    def _fill_addressing(self) -> None:
        current = self.addressing.currentData()
        self.addressing.clear()
        if self.secretary is not None:
            self.addressing.addItem(self.tr("In Bcc, hidden from each other; To: {name} <{address}>").format(
                name=self.secretary.name, address=self.secretary.address), BCC_SECRETARY)
        self.addressing.addItem(self.tr("In Bcc, hidden from each other; To left empty"), BCC)
        self.addressing.addItem(self.tr("In To: each sees the others' addresses"), TO)
        self.addressing.setCurrentIndex(max(self.addressing.findData(current), 0))

    def _letter_changed(self, *_args) -> None:
        in_body = bool(self.letter.currentData())
        self.text.setEnabled(not in_body)
        self._hint()

    def _hint(self) -> None:
        if self.kind == CHASE and self.letter.currentData():
            self.hint.setText(self.tr("Each officer's letter is the text of their email; the text above is not "
                                      "used."))
        elif self.kind == CHASE:
            self.hint.setText(self.tr("{mark} in the text becomes each officer's name; each gets their own letter "
                                      "attached.").format(mark=name_mark()))
        else:
            self.hint.setText(self.tr("Change the words as you like: this is only the draft."))

    def _fill_words(self, *_args, force: bool = False) -> None:
        if self._edited and not force:
            return
        language, meeting = self.chosen_language(), self.meeting_id()
        if self.kind == CHASE:
            words = self.bench.read(drafts.chase_words, language)
        elif meeting is None:
            words = DraftWords("", "")
        elif self.kind == AGENDA:
            words = self.bench.read(drafts.agenda_words, meeting, language, pack=self.pack)
        else:
            words = self.bench.read(drafts.minutes_words, meeting, language)
        self._filling = True
        try:
            self.subject.setText(words.subject)
            self.subject.setCursorPosition(0)
            self.text.setPlainText(words.text)
        finally:
            self._filling = False
        self._edited = False
        self._hint()

    # -- the answer --------------------------------------------------------------------------------------------

    def chosen_people(self) -> list[Recipient]:
        ticked = {self.people.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.people.count())
                  if self.people.item(row).checkState() == Qt.CheckState.Checked}
        return [person for person in self.recipients.with_address if person.person_id in ticked]

    def choice(self) -> MailChoice:
        mode = self.addressing.currentData()
        return MailChoice(
            kind=self.kind, meeting_id=self.meeting_id(), language=self.chosen_language(),
            suffix=".pdf" if self.pack else self.format.currentData(), people=tuple(self.chosen_people()),
            bcc=mode != TO and self.kind != CHASE,
            to=(self.secretary,) if mode == BCC_SECRETARY and self.secretary is not None else (),
            words=DraftWords(self.subject.text(), self.text.toPlainText()),
            in_body=self.kind == CHASE and bool(self.letter.currentData()), pack=self.pack,
            mark_issued=self.mark.isVisibleTo(self) and self.mark.isChecked())

    def _problem(self) -> str:
        if self.kind != CHASE and self.meeting_id() is None:
            return self.tr("There is no meeting to send papers for. Plan one on the Meetings page first.")
        if not self.chosen_people():
            return self.tr("Tick at least one person with an email address; the others are listed for you to post "
                           "or hand the papers to.")
        if not self.subject.text().strip():
            return self.tr("Give the email a subject.")
        return ""

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        if self.paths is None:
            self.settings.set(keys.EXPORT_LANGUAGE, self.chosen_language())
        super().accept()
