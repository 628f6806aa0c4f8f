"""The main window: for now the dashboard over one open store."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from compactdesk import __version__
from compactdesk.gui.dashboard import Dashboard
from compactdesk.services.attention import attention
from compactdesk.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, today: Callable[[], dt.date] = dt.date.today, demo: bool = False):
        super().__init__()
        self.store = store
        self._today = today
        self.dashboard = Dashboard(self)
        self.setCentralWidget(self.dashboard)
        self.resize(1100, 720)
        self._build_menus()
        self.store_label = QLabel()
        self.statusBar().addPermanentWidget(self.store_label)
        note = self.tr("Demo group: a copy made for you to try things; your own store is not touched.") if demo \
            else self.tr("Every change is saved as you make it.")
        self.statusBar().showMessage(note)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open store…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._open_other)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About CompactDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        result = self.store.run(attention, self._today())
        self.dashboard.show_attention(result)
        name = result.group_name or self.store.path.stem
        self.setWindowTitle(self.tr("{name} — CompactDesk").format(name=name))
        self.setWindowFilePath(str(self.store.path))
        self.store_label.setText(str(self.store.path))

    def _open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a store"), str(self.store.path.parent),
            self.tr("CompactDesk stores (*.cdstore);;All files (*)"))
        if path:
            # One store per window and per process: a second window comes with
            # the workbench; until then say how to do it.
            QMessageBox.information(self, self.tr("Open a store"), self.tr(
                "To work on {path}, close this window and start CompactDesk with that store:\n\n"
                "compactdesk \"{path}\"").format(path=path))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About CompactDesk"), self.tr(
            "<h3>CompactDesk {version}</h3><p>For the secretary of a local compact liaison group: "
            "members and seats, meetings, the action plan, and the feedback officers owe.</p>"
            "<p>This group's records are kept in one file:<br><tt>{path}</tt></p>").format(
            version=__version__, path=self.store.path))
