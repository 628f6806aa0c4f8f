"""Help ▸ User guide, Keyboard shortcuts and About CompactDesk.

The guide is one HTML page shipped inside the package (compactdesk/guide/, with its pictures),
opened in the person's own browser: it works offline and at any text size the browser is set to.
The Welsh guide (index.cy.html, its pictures in guide/images/cy/) opens when the window speaks Welsh.
"""

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from compactdesk import __version__, i18n

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow

GUIDE = Path(__file__).resolve().parent.parent / "guide" / "index.html"


def guide_path() -> Path:
    """The guide in the window's language: the Welsh one when the window speaks Welsh, unless it is missing, when
    the English one is better than none."""
    welsh = GUIDE.with_name("index.cy.html")
    if i18n.interface() == i18n.WELSH and welsh.is_file():
        return welsh
    return GUIDE


class HelpMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = window.make_action(self.tr("&User guide"), self.open_guide, QKeySequence("F1"))
        self.guide_action.setToolTip(self.tr("A short illustrated guide, from the first start to the annual review, "
                                             "opened in your web browser (F1)"))
        menu.addAction(self.guide_action)
        menu.addAction(window.make_action(self.tr("&Keyboard shortcuts"), self.shortcuts))
        menu.addSeparator()
        menu.addAction(window.make_action(self.tr("&About CompactDesk"), self.about))

    def open_guide(self) -> bool:
        """Opens the guide in the person's browser; says where it should be if it is missing."""
        guide = guide_path()
        if not guide.is_file():
            QMessageBox.warning(self.window, self.tr("The user guide is missing"), self.tr(
                "The user guide should be at {path}, but it is not there. Installing CompactDesk again puts it "
                "back; nothing else is affected.").format(path=guide))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide))):
            QMessageBox.information(self.window, self.tr("User guide"), self.tr(
                "CompactDesk could not start your web browser. Open this file in your browser to read the "
                "guide:\n\n{path}").format(path=guide))
            return False
        return True

    def shortcuts(self) -> None:
        rows = [(self.tr("User guide"), "F1"),
                (self.tr("Search everything"), "Ctrl+K"),
                (self.tr("New item in this area"), "Ctrl+N"), (self.tr("Edit the selected item"), "F2"),
                (self.tr("Delete the selected item"), "Delete"), (self.tr("Find on this page"), "Ctrl+F"),
                (self.tr("Undo / redo"), "Ctrl+Z / Ctrl+Shift+Z"),
                (self.tr("Go to an area"), "Ctrl+1 … Ctrl+9, Ctrl+0"),
                (self.tr("Refresh"), "F5"), (self.tr("Larger / smaller text"), "Ctrl+= / Ctrl+-"),
                (self.tr("Export a paper (agenda, minutes, letters…)"), "Ctrl+E"),
                (self.tr("Export everything (every paper and record)"), "Ctrl+Shift+E"),
                (self.tr("Export this table to a spreadsheet"), "Ctrl+Shift+T"),
                (self.tr("Import from a spreadsheet"), "Ctrl+I"),
                (self.tr("New group"), "Ctrl+Shift+N"), (self.tr("Open a group"), "Ctrl+O"),
                (self.tr("Save a copy of this group's file"), "Ctrl+Shift+S"), (self.tr("Back up now"), "Ctrl+B")]
        table = "".join(f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>" for what, keys in rows)
        QMessageBox.information(self.window, self.tr("Keyboard shortcuts"), f"<table cellpadding='4'>{table}</table>")

    def about(self) -> None:
        store = self.window.store
        where = self.tr("<p>This group's records are kept on a shared server:<br><tt>{server}</tt></p>").format(
            server=html.escape(store.display())) if store.path is None else self.tr(
            "<p>This group's records are kept in one file:<br><tt>{path}</tt></p>").format(path=store.path)
        QMessageBox.about(self.window, self.tr("About CompactDesk"), self.tr(
            "<h3>CompactDesk {version}</h3><p>For the secretary of a local compact liaison group: "
            "members and seats, meetings, the action plan, and the feedback officers owe.</p>"
            "{where}"
            "<p>Help ▸ User guide (F1) explains how to use it.</p>"
            "<p>{licence}</p><p>{welsh}</p>"
            "<p><small>Icons: Material Design Icons by Pictogrammers (SIL Open Font License 1.1; Google's icons "
            "Apache License 2.0), as shipped with QtAwesome (MIT). Bank holidays: the holidays library (MIT). "
            "Spreadsheets: python-calamine and openpyxl (MIT). Welsh and English dates in the papers: Babel (BSD), "
            "from the Unicode CLDR. "
            "Their licences are installed with the program (share/compactdesk/licences).</small></p>").format(
            version=__version__, where=where, welsh=self.tr(
                "<b>Cymraeg:</b> the Welsh follows the Welsh Government's TermCymru; the terms chosen are listed "
                "in GLOSSARY.md, installed with the program beside the translation (compactdesk_cy.ts, in its "
                "i18n folder). To send a correction, note the words as they are, where you saw them (a screenshot "
                "helps) and what they should say, and send it to the CompactDesk project's issue tracker, or to "
                "whoever set CompactDesk up for you. A translator can edit compactdesk_cy.ts in Qt Linguist."),
            licence=self.tr(
                "CompactDesk is free software under the GNU General Public License, version 3 or later; "
                "it comes with no warranty.")))
