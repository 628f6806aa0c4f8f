"""A store that cannot be read or written, or is found damaged, while the window is open: said in the window's
banner until it can be used again, with the way back (try again, restore a backup) offered there."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow


class StoreTrouble(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.shown = False  # a problem is in the banner, to clear once the store answers again
        self._recovering = False

    def show_problem(self, text: str) -> None:
        """A store that cannot be read or written: said in the banner until it can be again."""
        window = self.window
        self.shown = True
        if window.store.as_is:
            self.show_damage()
            return
        window.banner.show_problem(text, self.tr("&Try again"), window.refresh)

    def show_damage(self) -> None:
        """The banner over a damaged store kept open as it is: what that means, and the way back."""
        window = self.window
        window.banner.show_problem(self.tr(
            "{name} is damaged, and you are working on it as it is: what can still be read is shown, and a change "
            "may be refused. Restore a backup to carry on safely.").format(
            name=window.store.path.name if window.store.path is not None else window.store.display()),
            self.tr("&Restore from a backup…"), window.safekeeping.choose_backup)

    def offer_recovery(self, error) -> None:
        """Damage found while the store is in use (queued: after the page that met it has unwound)."""
        from compactdesk.gui.recovery import recover_in_use

        window = self.window
        if self._recovering or window.store.as_is:
            return
        if window.papers.exporting():  # the store must stay as it is until the export ends: say so, offer later
            self.show_problem(str(error))
            return
        self._recovering = True
        try:
            recover_in_use(window, error)
        finally:
            self._recovering = False

    def recovered(self) -> None:
        if self.shown:
            self.shown = False
            self.window.banner.clear()
            self.window.statusBar().showMessage(
                self.tr("The file can be used again; everything saved is there."), 10_000)

    def show_backup_problem(self) -> None:
        window = self.window
        if window.store.as_is:
            self.show_damage()
        elif window.store.backup_problem:
            window.banner.show_problem(self.tr("Today's backup could not be made. {problem}").format(
                problem=window.store.backup_problem), self.tr("&Restore from a backup…"),
                window.safekeeping.choose_backup)
