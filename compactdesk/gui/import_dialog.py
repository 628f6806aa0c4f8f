"""File ▸ Import ▸ Import from a spreadsheet…: choose a file, say what it holds, check how its columns are read and
the first rows as they will be imported, answer which organisation a name means, then Import.

Nothing is written until Import is pressed: until then the dialog only reads (services/importing.plan_import, through
bench.read). Import is one service call (run_import) through bench.perform: one transaction, one undo step.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import (
    FIRST_NAME,
    SURNAME,
    ImportKind,
    Matching,
    guess_kind,
    guess_matching,
    import_fields,
    missing_required,
    whole_name_key,
    with_column,
)
from compactdesk.gui import colours
from compactdesk.gui.import_matching import ColumnsBar, QuestionsBox
from compactdesk.gui.import_preview import ImportReport, Preview, ProblemList
from compactdesk.gui.workbench import Workbench
from compactdesk.gui.import_menu import SPREADSHEET_FILTER
from compactdesk.i18n import translate
from compactdesk.services import importing
from compactdesk.services.importing import ImportPlan, ImportResult, OrganisationQuestion
from compactdesk.services.spreadsheet import Sheet, read_sheet

START, WORK, DONE = range(3)


class ImportDialog(QDialog):
    """`folder`: where the file dialog starts (the group file's folder); `save_template(kind)`: File ▸ Import ▸
    Save a template, offered here too before a file is chosen."""

    def __init__(self, bench: Workbench, folder: Path, parent: QWidget | None = None, *,
                 save_template: Callable[[ImportKind], None] | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.bench = bench
        self.folder = folder
        self._save_template = save_template
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.kind = ImportKind.PEOPLE
        self.matching: Matching | None = None
        self.answers: dict[str, int | None] = {}
        self.questions: tuple[OrganisationQuestion, ...] = ()
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None  # once imported
        self.pages = QStackedWidget()
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._work_page())
        self.report = ImportReport()
        self.pages.addWidget(self.report)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # closes as Esc does
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._show_page(START)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        # Room for the window's title bar below the screen's free area (a taskbar is outside it already).
        self.resize(min(1120, screen.width() - 24), min(680, screen.height() - 50))

    # -- building -------------------------------------------------------------

    def _start_page(self) -> QWidget:
        page = QWidget()
        words = QLabel(self.tr(
            "<p><b>Bring people, organisations, seats, action-plan targets or feedback owed in from a "
            "spreadsheet.</b></p><p>Choose an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file. CompactDesk "
            "shows how it reads each column and the rows as they will be imported, and asks about any organisation "
            "it is not sure of. Nothing is added until you press Import, and Ctrl+Z takes the whole import back."
            "</p><p>No spreadsheet yet? Save a template with the right column headings, fill it in, then choose "
            "it here.</p>"))
        words.setObjectName("importIntro")
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.RichText)
        words.setMaximumWidth(words.fontMetrics().averageCharWidth() * 90)  # lines short enough to read
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save a &template"))
        self.template_button.setObjectName("saveTemplate")
        menu = QMenu(self.template_button)
        for kind in ImportKind:
            menu.addAction(kind.label() + "…", lambda _=False, k=kind: self._save_template(k))
        self.template_button.setMenu(menu)
        self.template_button.setVisible(self._save_template is not None)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(words)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _work_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        another = self.another_button = QPushButton(self.tr("Choose &another file…"))
        another.clicked.connect(self.choose_file)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKind")
        for kind in ImportKind:
            self.kind_combo.addItem(kind.label(), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        kind_label = QLabel(self.tr("The file &holds:"))
        kind_label.setBuddy(self.kind_combo)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(another)
        top.addSpacing(12)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)

        self.columns = ColumnsBar()
        self.columns.changed.connect(self._column_chosen)
        columns_label = QLabel(self.tr("How each &column is read (a column “Not imported” is left out; * must be "
                                       "there):"))
        columns_label.setWordWrap(True)
        self.columns_label = columns_label
        self.missing = QLabel()
        self.missing.setObjectName("importMissing")
        self.missing.setWordWrap(True)
        colours.tint(self.missing, "urgent", bold=True)

        self.preview = Preview()
        self.questions_box = QuestionsBox()
        self.questions_box.changed.connect(self._answered)
        self.problems = ProblemList(self.preview)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.questions_box, 1)
        lower_layout.addWidget(self.problems, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("importSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.lower = lower
        self.splitter.installEventFilter(self)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(columns_label)
        layout.addWidget(self.columns)
        layout.addWidget(self.missing)
        layout.addWidget(self.splitter, 1)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.import_button.setVisible(page == WORK)
        self.cancel_button.setVisible(page != DONE)
        self.close_button.setVisible(page == DONE)
        default = {START: self.choose_button, WORK: self.import_button, DONE: self.close_button}[page]
        for button in (self.import_button, self.close_button, self.choose_button):
            button.setDefault(button is default)
            button.setAutoDefault(button is default)

    # -- the file ---------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent if self.path is not None else self.folder)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the spreadsheet to import"), start,
                                              translate("ImportDialog", SPREADSHEET_FILTER))
        if name:
            self.load(Path(name))

    def load(self, path: Path, sheet: str | None = None) -> bool:
        """Reads the file (or another of its sheets); says why and keeps what was shown when it cannot be read."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            read = read_sheet(path, sheet)
        except ValidationError as error:
            read, refusal = None, error.message
        finally:
            QApplication.restoreOverrideCursor()  # before the message box, and whatever went wrong
        if read is None:
            QMessageBox.warning(self, self.tr("The file cannot be imported"), refusal)
            return False
        self.path, self.sheet = path, read
        self.file_label.setText(self.tr("File: {name}").format(name=read.file_name))
        self.file_label.setToolTip(str(path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(read.sheet_names))
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(read.name)))
        self.sheet_combo.blockSignals(False)
        several = len(read.sheet_names) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        guessed = guess_kind(read.rows)
        self._show_page(WORK)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(guessed or self.kind))
        self.kind_combo.blockSignals(False)
        self.kind_combo.setToolTip("" if guessed else self.tr(
            "CompactDesk could not tell from the headings what the file holds: choose it here."))
        self._set_kind(guessed or self.kind)
        return True

    def _sheet_chosen(self, index: int) -> None:
        if index >= 0 and self.path is not None and self.sheet is not None \
                and self.sheet_combo.itemText(index) != self.sheet.name:
            if not self.load(self.path, self.sheet_combo.itemText(index)):
                self.sheet_combo.blockSignals(True)
                self.sheet_combo.setCurrentIndex(self.sheet_combo.findText(self.sheet.name))
                self.sheet_combo.blockSignals(False)

    # -- the choices --------------------------------------------------------------

    def _kind_chosen(self, index: int) -> None:
        if index >= 0 and self.sheet is not None:
            self._set_kind(self.kind_combo.itemData(index))

    def _set_kind(self, kind: ImportKind) -> None:
        self.kind = ImportKind(kind)
        self.matching = guess_matching(self.sheet.rows, self.kind)
        self.replan(fresh=True)

    def _column_chosen(self, column: int, key: str | None) -> None:
        self.matching = with_column(self.matching, column, key)
        self.replan(fresh=True)

    def _answered(self, typed: str, organisation_id: int | None) -> None:
        self.answers[typed] = organisation_id
        self.replan(fresh=False)

    # -- the plan -------------------------------------------------------------------

    def _plan(self, answers: dict[str, int | None] | None) -> ImportPlan:
        return self.bench.read(importing.plan_import, self.sheet, self.kind, self.matching, today=self.bench.today(),
                               answers=answers)

    def replan(self, *, fresh: bool) -> None:
        """Plans the import again (reading only). `fresh`: the file, kind or matching changed, so the organisation
        questions are asked again: each new one's nearest held organisation is offered, chosen but in view."""
        fields = import_fields(self.kind)
        self.columns.show_matching(self.sheet.rows, self.matching, fields)
        if self.columns.combos:
            self.columns_label.setBuddy(self.columns.combos[0])
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long list takes a moment or two
        try:
            if fresh:
                # Unanswered, every question is asked; a file with none needs no second plan.
                self.plan = self._plan(None)
                self.questions = self.plan.questions
                self.answers = {question.typed: self.answers.get(
                    question.typed, question.candidates[0][0] if question.candidates else None)
                    for question in self.questions}
            if self.answers or not fresh:
                self.plan = self._plan(dict(self.answers))
        except ValidationError as error:
            self.plan = None
            self.missing.setText(error.message)
        else:
            # What is wrong with the file as a whole ("No column is read as Name: …", "… has no rows below its
            # header row …") says so above the preview.
            self.missing.setText("\n".join(problem.message for problem in self.plan.problems if problem.row is None))
        finally:
            QApplication.restoreOverrideCursor()
        self.missing.setVisible(bool(self.missing.text()))
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        read = self._read_fields() if plan is not None else []
        if plan is not None:
            self.preview.show_plan(plan, read)
            self.problems.show_plan(plan)
        else:
            self.problems.hide()
        self.preview.setVisible(plan is not None)
        self.questions_box.show_questions(self.questions if plan is not None else (), self.answers)
        self.lower.setVisible(self.questions_box.isVisibleTo(self) or self.problems.isVisibleTo(self))
        self._share_height()
        count = self.rows_to_import()
        self.import_button.setText(translate("ImportDialog", "&Import %n row(s)", None, count))
        self.import_button.setEnabled(count > 0 and not missing_required(self.matching, self.kind))
        self._order_tabs()

    def _read_fields(self) -> list:
        """The fields the preview shows, in the file's order; a first name and a surname read from two columns show
        as the one name they are joined into, where the second of them would be."""
        fields = {field.key: field for field in import_fields(self.kind)}
        keys = [key for key in self.matching.columns if key is not None]
        whole = whole_name_key(self.kind)
        if whole is not None and whole not in keys and {FIRST_NAME, SURNAME} <= set(keys):
            parts = [index for index, key in enumerate(keys) if key in (FIRST_NAME, SURNAME)]
            keys[parts[-1]] = whole
            del keys[parts[0]]
        return [fields[key] for key in keys]

    def _order_tabs(self) -> None:
        """Tab goes down the window as it reads: the file, what it holds, each column, the preview, the questions,
        the problems, then Import and Cancel (the lines made for a file would otherwise come after the buttons)."""
        chain = [self.another_button, self.kind_combo, self.sheet_combo, *self.columns.combos]
        if self.preview.table is not None:
            chain.append(self.preview.table)
        chain += [*self.questions_box.combos.values(), self.problems, self.import_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _share_height(self) -> None:
        """The questions and problems get the room they need, up to a third of the splitter; the preview the rest."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if not self.lower.isVisibleTo(self) or total <= 0:
            return
        line = self.fontMetrics().height()
        wanted = max(self.questions_box.wanted_height() if self.questions_box.isVisibleTo(self) else 0,
                     self.problems.wanted_height() if self.problems.isVisibleTo(self) else 0, line * 3)
        lower = min(wanted, total // 3)
        self.splitter.setSizes([total - lower, lower])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize and self.plan is not None:
            self._share_height()  # the splitter's new height is known here, not in the dialog's own resizeEvent
        return super().eventFilter(watched, event)

    def rows_to_import(self) -> int:
        """The rows Import would add or match (the refused and blank ones are left out)."""
        return 0 if self.plan is None else self.plan.new + self.plan.matched

    # -- importing --------------------------------------------------------------------

    def run_import(self) -> None:
        if self.plan is None or not self.import_button.isEnabled():
            return
        text = self.tr("Import {n} {kind} from {file}").format(
            n=self.rows_to_import(), kind=self.kind.label().lower(), file=self.sheet.file_name)
        try:
            self.result = self.bench.perform(text, importing.run_import, self.sheet, self.kind, self.matching,
                                             today=self.bench.today(), answers=dict(self.answers))
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Nothing was imported"), error.message)
            return
        self.report.show_result(self.result, self.sheet.file_name)
        self._show_page(DONE)
