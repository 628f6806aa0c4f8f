"""Help ▸ Keyboard shortcuts and About CompactDesk."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from compactdesk import __version__

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(window.make_action(self.tr("&Keyboard shortcuts"), self.shortcuts))
        menu.addAction(window.make_action(self.tr("&About CompactDesk"), self.about))

    def shortcuts(self) -> None:
        rows = [(self.tr("New item in this area"), "Ctrl+N"), (self.tr("Edit the selected item"), "F2"),
                (self.tr("Delete the selected item"), "Delete"), (self.tr("Find"), "Ctrl+F"),
                (self.tr("Undo / redo"), "Ctrl+Z / Ctrl+Shift+Z"), (self.tr("Go to an area"), "Ctrl+1 … Ctrl+9, Ctrl+0"),
                (self.tr("Refresh"), "F5"), (self.tr("Export a paper (agenda, minutes, letters…)"), "Ctrl+E"),
                (self.tr("Export everything (every paper and record)"), "Ctrl+Shift+E"),
                (self.tr("Open a store"), "Ctrl+O"),
                (self.tr("Save a copy of the store"), "Ctrl+Shift+S"), (self.tr("Back up now"), "Ctrl+B")]
        table = "".join(f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>" for what, keys in rows)
        QMessageBox.information(self.window, self.tr("Keyboard shortcuts"), f"<table cellpadding='4'>{table}</table>")

    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About CompactDesk"), self.tr(
            "<h3>CompactDesk {version}</h3><p>For the secretary of a local compact liaison group: "
            "members and seats, meetings, the action plan, and the feedback officers owe.</p>"
            "<p>This group's records are kept in one file:<br><tt>{path}</tt></p>").format(
            version=__version__, path=self.window.store.path))
