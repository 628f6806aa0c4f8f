"""File ▸ Import: bringing people, organisations, seats, targets and feedback in from a spreadsheet,
and saving a template to fill in (the window's side; the reading and checking are services/importing.py).

The import dialog and the spreadsheet machinery load on first use, not with the window.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind
from compactdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from compactdesk.gui.import_dialog import ImportDialog
    from compactdesk.gui.main_window import MainWindow

# Every file dialog that picks a spreadsheet to read offers the same kinds (python-calamine reads them all).
SPREADSHEET_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Spreadsheets and CSV files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
# The area that shows what each kind of import brings in (gui/areas.py), and its tab there when it has several.
AREA_OF_KIND = {ImportKind.PEOPLE: ("people", "people"), ImportKind.ORGANISATIONS: ("people", "organisations"),
                ImportKind.SEATS: ("people", "seats"), ImportKind.TARGETS: ("actions", ""),
                ImportKind.FEEDBACK: ("feedback", "")}
TEMPLATE_NAMES = {ImportKind.PEOPLE: "people-template.xlsx", ImportKind.ORGANISATIONS: "organisations-template.xlsx",
                  ImportKind.SEATS: "seats-template.xlsx", ImportKind.TARGETS: "targets-template.xlsx",
                  ImportKind.FEEDBACK: "feedback-template.xlsx"}


class ImportMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.import_action = window.make_action(self.tr("Import from a &spreadsheet…"), self.open_dialog,
                                                QKeySequence("Ctrl+I"), "mdi6.file-import-outline")
        self.import_action.setToolTip(self.tr("Bring people, organisations, seats, action-plan targets or feedback "
                                              "owed in from an Excel, LibreOffice or CSV file (Ctrl+I)"))
        self.template_actions = {
            kind: window.make_action(kind.label().replace("&", "&&") + "…",
                                     lambda _=False, k=kind: self.save_template(k))
            for kind in ImportKind}
        self.dialog: ImportDialog | None = None  # while it is open

    def add_to(self, file_menu: QMenu) -> QMenu:
        menu = file_menu.addMenu(self.tr("&Import"))
        menu.addAction(self.import_action)
        menu.addSeparator()
        templates = menu.addMenu(self.tr("Save a &template"))
        templates.addActions(list(self.template_actions.values()))
        self.template_menu = templates
        return menu

    def folder(self) -> Path:
        """Where files are looked for and templates saved at first: the group file's folder."""
        from compactdesk.gui.store_files import folder_of

        return folder_of(self.window.bench.store)

    def open_dialog(self) -> "ImportDialog | None":
        """The import window; once something was imported, the page that shows it."""
        from compactdesk.gui.import_dialog import ImportDialog

        if self.window.bench.store is None or self.window.busy_exporting():
            return None
        dialog = self.dialog = ImportDialog(self.window.bench, self.folder(), self.window,
                                            save_template=self.save_template)
        try:
            dialog.exec()
            if dialog.result is not None:
                self.show_imported(dialog.kind)
        finally:
            self.dialog = None
            dialog.deleteLater()
        return dialog

    def show_imported(self, kind: ImportKind) -> None:
        area, part = AREA_OF_KIND[kind]
        page = self.window.show_area(area)
        if part:
            from compactdesk.gui.pages.people import PARTS

            page.tabs.setCurrentIndex(PARTS[part])

    def save_template(self, kind: ImportKind) -> Path | None:
        """Asks where, writes an .xlsx with the kind's column headings, and says where it went."""
        from compactdesk.services.import_template import save_template

        parent = self.dialog if self.dialog is not None else self.window
        name, _ = QFileDialog.getSaveFileName(parent, self.tr("Save a template for {kind}").format(
            kind=kind.label().lower()), str(self.folder() / TEMPLATE_NAMES[kind]), self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            written = save_template(kind, path)
        except (ValidationError, OSError) as error:
            QMessageBox.warning(parent, self.tr("The template was not saved"), getattr(error, "message", None) or
                                self.tr("{path} could not be written: {reason}. Choose another folder.").format(
                                    path=path, reason=getattr(error, "strerror", None) or error))
            return None
        self.window.statusBar().showMessage(self.tr("Template saved as {path}: fill it in, then File ▸ Import ▸ "
                                                    "Import from a spreadsheet… brings it in.").format(path=written),
                                            10000)
        return written
