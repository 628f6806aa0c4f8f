"""File ▸ Set up the group…, and the assistant offered when a group's file is new and empty."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow


class FirstRun(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.setup_action = window.make_action(self.tr("Set &up the group…"), self.set_up)

    def set_up(self) -> None:
        pass
