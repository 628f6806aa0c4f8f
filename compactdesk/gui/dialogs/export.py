"""Choosing a paper to export: which one, for which meeting or officer, how much of the record
(the feedback log and action plan), in what format, and where.

A plain QDialog, not a FormDialog: it writes nothing to the store. It only gathers an
ExportRequest; compactdesk.gui.export_job makes the paper off the GUI thread."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from compactdesk.documents.export import ExportRequest, Paper, default_review_year, suggested_name
from compactdesk.documents.model import BILINGUAL
from compactdesk.documents.papers.action_plan import GroupBy
from compactdesk.domain.dates import uk_date
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.scope import EVERYTHING_WORD, USUAL_SCOPE_MONTHS
from compactdesk.domain.standards import FIRST_YEAR
from compactdesk import i18n
from compactdesk.gui import settings as keys
from compactdesk.gui.dialogs.export_after import AfterExport
from compactdesk.gui.form import FieldErrors
from compactdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from compactdesk.gui.language import NAMES
from compactdesk.gui.settings import Settings
from compactdesk.i18n import translate
from compactdesk.gui.workbench import Workbench
from compactdesk.services.common import EARLIEST_DAY
from compactdesk.services.papers import choose_meeting, default_scope, meeting_choices, officers_owing
from compactdesk.services.review import review_years

FORMATS = (".pdf", ".docx")
# The paper's languages as their speakers name them (gui/language.NAMES: not translated, as a Welsh speaker looks
# for "Cymraeg" in an English window), Welsh first where both are named.
LANGUAGE_NAMES = ((i18n.ENGLISH, NAMES[i18n.ENGLISH]), (i18n.WELSH, NAMES[i18n.WELSH]),
                  (BILINGUAL, f"{NAMES[i18n.WELSH]} ac {NAMES[i18n.ENGLISH]}"))


def _meeting_defaults(session, today) -> dict[str, int | None]:
    """The meetings "next" and "last" stand for today (None when there is none)."""
    found = {}
    for which in ("next", "last"):
        try:
            found[which] = choose_meeting(session, which, today, which)
        except ValidationError:
            found[which] = None
    return found


class ExportDialog(QDialog):
    def __init__(self, bench: Workbench, settings: Settings, paper: Paper | None = None,
                 meeting_id: int | None = None, parent: QWidget | None = None, year: int | None = None,
                 issuing: bool = False, sending: bool = False):
        """`issuing`: opened by "Issue the agenda", to make it, mark it issued and write the email (issue 20);
        `sending`: to make the paper and write the email."""
        super().__init__(parent)
        self.bench = bench
        self.settings = settings
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.fields = {"file": ui.fileName, "meeting": ui.meeting, "officer": ui.officer, "since": ui.since}
        self.errors = FieldErrors(self)
        self.error_label = self.errors.label
        ui.layout.insertWidget(0, self.error_label)

        export_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        export_button.setText(self.tr("&Issue") if issuing else self.tr("&Export"))
        self.only_mark = False  # "Mark as issued only": the agenda went out another way, nothing is made
        if issuing:
            self.setWindowTitle(self.tr("Issue the agenda"))
            only = ui.buttons.addButton(self.tr("Mark as iss&ued only"), QDialogButtonBox.ButtonRole.ActionRole)
            only.setObjectName("markOnly")
            only.setToolTip(self.tr("The agenda went out another way: mark it as issued, with no file made"))
            only.clicked.connect(self._mark_only)
        self.after = AfterExport(bench, self, issuing=issuing, sending=issuing or sending)
        ui.form.addRow(self.after)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.chooseButton.clicked.connect(self.choose_file)

        for each in Paper:
            ui.paper.addItem(each.label(), each.value)
        today = bench.today()
        self._defaults = bench.read(_meeting_defaults, today)
        for choice in bench.read(meeting_choices):
            label = choice.label
            if choice.meeting_id == self._defaults["next"]:
                label = self.tr("{meeting} (next)").format(meeting=label)
            elif choice.meeting_id == self._defaults["last"]:
                label = self.tr("{meeting} (last)").format(meeting=label)
            ui.meeting.addItem(label, choice.meeting_id)
        self._officers = bench.read(officers_owing, today)
        years = bench.read(review_years, today)
        # The year the page in view shows is offered even when only its ratings or words are recorded.
        if year is not None and FIRST_YEAR <= year <= today.year and year not in years:
            years = sorted({*years, year}, reverse=True)
        for each_year in years:
            ui.year.addItem(str(each_year), each_year)
        ui.year.setCurrentIndex(max(ui.year.findData(year or default_review_year(today)), 0))
        # The feedback log and action plan cover, unless the user says otherwise, what a meeting needs.
        self._scope = bench.read(default_scope, today)
        ui.since.set_today(bench.today)
        ui.since.set_range(EARLIEST_DAY, today)
        ui.since.set_value(self._scope.since)
        ui.sinceButton.toggled.connect(ui.since.setEnabled)
        ui.scopeNote.setText(
            self.tr("Suggested: {day}, the day of the last meeting, for what the next meeting needs.")
            .format(day=uk_date(self._scope.since)) if self._scope.last_meeting else
            # i18n's translate, not tr(): it gives the English plural where no translation is installed.
            translate("ExportDialog", "Suggested: the last %n month(s), as no earlier meeting is on record.", None,
                      USUAL_SCOPE_MONTHS))
        for hint in (ui.about, ui.formatNote, ui.scopeNote):  # words about a choice, set apart from the choices
            font = hint.font()
            font.setItalic(True)
            hint.setFont(font)
        ui.about.setContentsMargins(0, 0, 0, 6)
        ui.meeting.setMinimumContentsLength(34)
        ui.officer.setMinimumContentsLength(34)

        self._folder = self._start_folder()
        self._suggested = ""  # the file name (without folder) last suggested
        self._chosen = ""  # the path confirmed in the file chooser (it asked about replacing)
        self._meeting_id = meeting_id  # kept while the user leaves the meeting alone
        self._syncing = False

        ui.largePrint.setChecked(settings.get(keys.EXPORT_LARGE_PRINT))
        for code, name in LANGUAGE_NAMES:
            ui.language.addItem(name, code)
        # The language last chosen; until one is, the window's own.
        chosen_language = settings.get(keys.EXPORT_LANGUAGE) or i18n.interface()
        ui.language.setCurrentIndex(max(ui.language.findData(chosen_language), 0))
        # The format the user wants; the pack shows PDF without forgetting it.
        self._wanted = ".docx" if settings.get(keys.EXPORT_FORMAT) == ".docx" else ".pdf"
        self._forcing = False
        ui.paper.setCurrentIndex(max(ui.paper.findData((paper or Paper.AGENDA).value), 0))
        ui.paper.currentIndexChanged.connect(self._paper_changed)
        ui.meeting.activated.connect(self._meeting_chosen)
        ui.meeting.currentIndexChanged.connect(self._update_name)
        ui.meeting.currentIndexChanged.connect(self._show_after)
        ui.year.currentIndexChanged.connect(self._update_name)
        ui.language.currentIndexChanged.connect(self._update_name)
        ui.formatPdf.toggled.connect(self._format_toggled)
        ui.fileName.textEdited.connect(self._name_typed)
        self.resize(640, self.height())
        self._paper_changed()

    # -- what is chosen --------------------------------------------------------

    def paper(self) -> Paper:
        return Paper(self.ui.paper.currentData())

    def language(self) -> str:
        """"en", "cy" or "both"."""
        return self.ui.language.currentData()

    def suffix(self) -> str:
        return ".docx" if self.ui.formatWord.isChecked() else ".pdf"

    def out_path(self) -> Path | None:
        """The file to write: a bare name goes in the export folder; a name without .pdf or
        .docx gets the chosen format's ending."""
        text = self.ui.fileName.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + self.suffix())
        return path

    def request(self) -> ExportRequest:
        paper, ui = self.paper(), self.ui
        return ExportRequest(
            paper=paper, out=self.out_path() or Path(), today=self.bench.today(),
            meeting=ui.meeting.currentData() if paper.for_meeting else None,
            officer=ui.officer.currentData() if paper.for_officers else None,
            large_print=ui.largePrint.isChecked(),
            group_by=GroupBy.PARTNER if paper is Paper.ACTION_PLAN and ui.byPartner.isChecked() else GroupBy.CODE,
            each_officer=paper is Paper.CHASE_LETTERS and ui.eachOfficer.isChecked(),
            year=ui.year.currentData() if paper is Paper.ANNUAL_REVIEW else None,
            since=self._since() if paper.scoped else None, language=self.language())

    def meeting_id(self) -> int | None:
        """The meeting chosen, when the paper is for one."""
        return self.ui.meeting.currentData() if self.paper().for_meeting else None

    def _mark_only(self) -> None:
        if self.meeting_id() is None:
            self.show_error("meeting", self.tr("There are no meetings here yet. Plan one on the Meetings page first."))
            return
        self.only_mark = True
        super().accept()

    def _since(self) -> dt.date | str | None:
        """ExportRequest.since: "all", or the day chosen; None (what a meeting needs) while it is the suggested
        day, so the paper can say that day is the last meeting's."""
        if self.ui.everythingButton.isChecked():
            return EVERYTHING_WORD
        day = self.ui.since.value()
        return None if day in (None, self._scope.since) else day

    # -- keeping the form in step ----------------------------------------------

    def _start_folder(self) -> Path:
        """The last export folder; if it has gone (a memory stick since taken out, say), Documents, else home."""
        for folder in (self.settings.get(keys.EXPORT_FOLDER), keys.EXPORT_FOLDER.default):
            if folder and Path(folder).is_dir():
                return Path(folder)
        return Path(QDir.homePath())

    def _about(self, paper: Paper) -> str:
        # One short line each: the form lays its rows out by their natural height.
        return {
            Paper.AGENDA: self.tr("The meeting's agenda: when, where, and the items in order."),
            Paper.PACK: self.tr("The agenda and the papers for its items, in one numbered PDF."),
            Paper.MINUTES: self.tr("The meeting's minutes, marked DRAFT until they are approved."),
            Paper.ACTION_PLAN: self.tr("The targets: who leads each, by when, and how it is going."),
            Paper.FEEDBACK_LOG: self.tr("What officers were asked for, when it was due, and their answers."),
            Paper.CHASE_LETTERS: self.tr("A letter to each officer whose feedback is overdue."),
            Paper.ANNUAL_REVIEW: self.tr("The year in figures and words: attendance, targets, standards, ratings."),
        }[paper]

    def _paper_changed(self, *_) -> None:
        paper, ui, form = self.paper(), self.ui, self.ui.form
        self.clear_error()
        ui.about.setText(self._about(paper))
        form.setRowVisible(ui.meeting, bool(paper.for_meeting))
        form.setRowVisible(ui.officer, paper.for_officers)
        form.setRowVisible(ui.eachOfficer, paper is Paper.CHASE_LETTERS)
        form.setRowVisible(ui.year, paper is Paper.ANNUAL_REVIEW)
        form.setRowVisible(ui.groupByBox, paper is Paper.ACTION_PLAN)
        form.setRowVisible(ui.scopeBox, paper.scoped)
        form.setRowVisible(ui.scopeNote, paper.scoped)
        ui.sinceButton.setText(self.tr("Outstanding, and answered si&nce") if paper is Paper.FEEDBACK_LOG
                               else self.tr("Open, and done or dropped si&nce"))
        ui.since.set_label(ui.sinceButton.text())
        pack = paper is Paper.PACK
        form.setRowVisible(ui.formatNote, pack)
        ui.formatNote.setText(self.tr("The pack joins PDF papers, so it is always a PDF.") if pack else "")
        ui.formatWord.setEnabled(not pack)
        self._show_format(".pdf" if pack else self._wanted)
        if paper.for_meeting:
            self._select_meeting(paper)
        if paper.for_officers:
            self._fill_officers(paper)
        self._show_after()
        self._update_name()
        self._fit_height()

    def _show_after(self, *_) -> None:
        paper = self.paper()
        meeting = self.ui.meeting.currentData() if paper.for_meeting else None
        self.ui.form.setRowVisible(self.after, self.after.show_for(paper, meeting))

    def _fit_height(self) -> None:
        # Rows come and go with the paper: the dialog takes the height it needs at its width, no more
        # (the wrapped description would otherwise be measured at the narrowest width).
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(height, layout.totalMinimumSize().height()))

    def _show_format(self, suffix: str) -> None:
        self._forcing = True
        try:
            (self.ui.formatWord if suffix == ".docx" else self.ui.formatPdf).setChecked(True)
        finally:
            self._forcing = False

    def _format_toggled(self, *_) -> None:
        if not self._forcing:
            self._wanted = self.suffix()
            self._update_name()

    def _select_meeting(self, paper: Paper) -> None:
        wanted = self._meeting_id if self._meeting_id is not None else self._defaults[paper.for_meeting]
        index = self.ui.meeting.findData(wanted)
        if index >= 0:
            self.ui.meeting.setCurrentIndex(index)

    def _meeting_chosen(self, *_) -> None:
        self._meeting_id = self.ui.meeting.currentData()

    def _fill_officers(self, paper: Paper) -> None:
        combo = self.ui.officer
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All officers with feedback overdue") if paper is Paper.CHASE_LETTERS
                      else self.tr("Everyone"), None)
        for name in self._officers:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _update_name(self, *_) -> None:
        """Puts in the name a secretary would give the paper, unless the user gave their own;
        their own name only follows the chosen format's ending."""
        if self._syncing:
            return
        paper, suffix = self.paper(), self.suffix()
        meeting = self.ui.meeting.currentData() if paper.for_meeting else None
        year = self.ui.year.currentData() if paper is Paper.ANNUAL_REVIEW else None
        name = suggested_name(self.bench.store, paper, self.bench.today(), meeting, suffix, year=year,
                              language=self.language())
        text = self.ui.fileName.text().strip()
        current = Path(text) if text else None
        if current is None or current.name == self._suggested:
            # Still the suggestion, perhaps in another folder the user chose: keep the folder.
            folder = current.parent if current is not None and current.is_absolute() else self._folder
            self._set_name(str(folder / name))
        elif current.suffix.lower() in FORMATS and current.suffix.lower() != suffix:
            self._set_name(str(current.with_suffix(suffix)))
        self._suggested = name

    def _set_name(self, text: str) -> None:
        self.ui.fileName.setText(text)
        self.ui.fileName.setToolTip(text)

    def _name_typed(self, text: str) -> None:
        # A name typed with .pdf or .docx says the format: the radio buttons follow it.
        self.ui.fileName.setToolTip(text)
        ending = Path(text.strip()).suffix.lower()
        if ending in FORMATS and not (ending == ".docx" and self.paper() is Paper.PACK):
            self._syncing = True  # the name is the user's: it must not be rewritten under their cursor
            try:
                (self.ui.formatWord if ending == ".docx" else self.ui.formatPdf).setChecked(True)
            finally:
                self._syncing = False

    def choose_file(self) -> None:
        pdf, word = self.tr("PDF files (*.pdf)"), self.tr("Word documents (*.docx)")
        filters = [pdf] if self.paper() is Paper.PACK else [pdf, word]
        start = self.out_path() or self._folder
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(start), ";;".join(filters), word if self.suffix() == ".docx" else pdf)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + (".docx" if chosen_filter == word else ".pdf"))
        self._chosen = str(path)
        self._set_name(str(path))
        self._name_typed(str(path))

    # -- saying no -------------------------------------------------------------

    def _problem(self) -> tuple[str, str] | None:
        """(field, message) for what stops the export, or None."""
        paper, out = self.paper(), self.out_path()
        if out is None:
            return "file", self.tr("Give the file a name: type one, or press Choose… to pick a folder and name.")
        if paper is Paper.PACK and out.suffix.lower() != ".pdf":
            return "file", self.tr("The agenda pack joins PDF papers, so it can only be a PDF. Give a file name "
                                   "ending in .pdf.")
        if paper.for_meeting and self.ui.meeting.currentData() is None:
            return "meeting", self.tr("There are no meetings here yet. Plan one on the Meetings page "
                                      "first.")
        if paper.scoped and self.ui.sinceButton.isChecked() and self.ui.since.problem():
            return "since", self.ui.since.problem()
        return None

    def show_error(self, field: str, message: str) -> None:
        self.errors.show(message, field)

    def clear_error(self) -> None:
        self.errors.clear()

    @property
    def error_text(self) -> str:
        return self.errors.text()

    def _may_replace(self, out: Path) -> bool:
        """A file already there is replaced only when the user says so (the file chooser asked already)."""
        if not out.is_file() or str(out) == self._chosen:
            return True
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{name} is already in {folder}. Replace it with this paper?").format(
                name=out.name, folder=out.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.show_error(*problem)
            return
        self.clear_error()
        out = self.out_path()
        if not self._may_replace(out):
            self.ui.fileName.setFocus()
            return
        self.settings.set(keys.EXPORT_FOLDER, str(out.parent))
        if len(self.paper().formats) > 1:  # the pack's PDF is no choice of the user's
            self.settings.set(keys.EXPORT_FORMAT, out.suffix.lower())
        self.settings.set(keys.EXPORT_LARGE_PRINT, self.ui.largePrint.isChecked())
        self.settings.set(keys.EXPORT_LANGUAGE, self.language())
        super().accept()
