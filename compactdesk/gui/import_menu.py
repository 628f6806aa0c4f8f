"""File ▸ Import: bringing people, organisations, seats, targets and feedback in from a spreadsheet,
and saving a template to fill in (the window's side; the reading and checking are services/importing.py)."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow


class ImportMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def add_to(self, file_menu: QMenu) -> QMenu:
        menu = file_menu.addMenu(self.tr("&Import"))
        return menu
