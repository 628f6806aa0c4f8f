"""File ▸ Set up the group…, and the assistant offered when a group's file is new and empty.

It is offered by itself only where a person meets a new file: when the program starts on one (gui/app.py asks, once
the file is open and the window has painted) and after File ▸ New group… — never for the demo group, and never by
merely building the window (tests build it on empty files). "Not now" closes it; the dashboard then says where to
start, and the File menu has it whenever it is wanted.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.setup_wizard import SetupWizard
    from compactdesk.services.setup import SetupResult


class FirstRun(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.setup_action = window.make_action(self.tr("Set &up the group…"), self.set_up)
        self.setup_action.setToolTip(self.tr("The group's name, words and standards, its partner bodies, seats and "
                                             "members, and its first meeting, step by step"))
        self.wizard: SetupWizard | None = None
        self._replaced = None  # the store File ▸ New group… (or another) put in place, until looked at
        window.bench.store_replaced.connect(self._store_replaced)  # bound: gone with this object (a new language)
        # Connected after StoreFiles' own slot, so this runs once the new group's file is open (or was not made).
        window.files.new_store_action.triggered.connect(self._after_new_group)

    def _store_replaced(self) -> None:
        self._replaced = self.window.bench.store

    def set_up(self) -> "SetupWizard":
        """Opens the assistant (or brings it forward), window-modal; it does not wait for it to close."""
        from compactdesk.gui.setup_wizard import SetupWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = self.wizard = SetupWizard(self.window.bench, self.window)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.demo_wanted.connect(self._open_demo)
        wizard.finished_setup.connect(self._finished)
        wizard.rejected.connect(self._not_now)
        wizard.destroyed.connect(lambda: setattr(self, "wizard", None))
        wizard.show()
        return wizard

    def offer_if_new(self) -> bool:
        """The assistant, when the group's file open now is new and empty (and not the demo); True if offered."""
        from compactdesk.services.setup import is_new_file

        window = self.window
        if window.bench.store is None or window.demo or self.wizard is not None or not window.bench.read(is_new_file):
            return False
        self.set_up()
        return True

    def _after_new_group(self) -> None:
        if self._replaced is not None and self._replaced is self.window.bench.store:
            self._replaced = None
            QTimer.singleShot(0, self.offer_if_new)

    def _open_demo(self) -> None:
        # Once the assistant has closed: opening the demo waits for its file to be written.
        QTimer.singleShot(0, lambda: self.window.files.open_demo())

    def _not_now(self) -> None:
        self.window.statusBar().showMessage(self.tr(
            "The assistant is in File ▸ Set up the group… whenever you want it; the dashboard shows where to start."),
            10000)

    def _finished(self, result: "SetupResult") -> None:
        window, wizard = self.window, self.wizard
        meeting_id = result.meeting_id
        if meeting_id is None:
            window.show_area("dashboard")
            return
        window.show_record("meetings", meeting_id)
        if wizard is not None and wizard.summary_page.open_agenda.isChecked():
            from compactdesk.documents.export import Paper

            # After the assistant has closed: the export window is modal and waits for an answer.
            QTimer.singleShot(0, lambda: window.export_paper(Paper.AGENDA, meeting_id))
