"""The main window: a sidebar of areas over one open store, with menus, toolbar and status bar."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from compactdesk.gui import look
from compactdesk.gui import settings as keys
from compactdesk.gui.areas import AREAS, affected
from compactdesk.gui.banner import Banner
from compactdesk.gui.chrome import build_actions, build_menus, build_toolbar
from compactdesk.gui.pages.base import Page
from compactdesk.gui.papers_menu import PapersMenu
from compactdesk.gui.safekeeping import Safekeeping
from compactdesk.gui.settings import Settings
from compactdesk.gui.splitters import remember_all
from compactdesk.gui.store_trouble import StoreTrouble
from compactdesk.gui.workbench import Workbench

if TYPE_CHECKING:  # the store's and the papers' machinery load once the window has painted
    from compactdesk.documents.export import Paper
    from compactdesk.gui.export_job import ExportJob, HandoverJob
    from compactdesk.gui.opening import OpenStoreOp
    from compactdesk.store import Store


class MainWindow(QMainWindow):
    """`store` None: the window shows at once, waiting, and `open_after_paint` opens the store behind it."""

    def __init__(self, store: "Store | None", *, today: Callable[[], dt.date] = dt.date.today, demo: bool = False,
                 settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.bench = Workbench(store, today, self)
        self.demo = demo
        self.export_job: ExportJob | HandoverJob | None = None  # the one export running, if any (gui/papers_menu.py)
        self.papers = PapersMenu(self)
        self.trouble = StoreTrouble(self)  # the banner over a store that cannot be used
        self.opening: OpenStoreOp | None = None  # the store being opened behind the window, if any
        self._to_open: OpenStoreOp | None = None  # it, until the first paint
        self.pages: dict[str, Page] = {}  # the areas visited so far; the rest are built on their first visit
        self.icons = look.Icons(self)  # set once the window has painted: words first, icons a moment later
        self._build_body()
        self.build_chrome()
        self._retranslating = False
        self.store_label = QLabel()
        self.statusBar().addPermanentWidget(self.store_label)
        self.bench.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.bench.changed.connect(self._on_changed)
        self.bench.problem.connect(self.trouble.show_problem)
        self.bench.damaged.connect(self.trouble.offer_recovery, Qt.ConnectionType.QueuedConnection)
        self.bench.recovered.connect(self.trouble.recovered)
        # Never larger than the screen's free area: on a 1024×768 laptop the window opened past its edges.
        self.resize(QSize(1180, 760).boundedTo(self.screen().availableGeometry().size()))
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if store is not None:
            self.attach(store)
        else:
            self._wait(True)

    def _wait(self, waiting: bool) -> None:
        """Until a store is open there is nothing to click but the window's frame."""
        for part in (self.centralWidget(), self.menuBar(), self.toolbar):
            part.setEnabled(not waiting)

    def open_after_paint(self, opening: "OpenStoreOp") -> None:
        """Starts `opening` once the window has painted, so the person sees it at once."""
        self.opening = self._to_open = opening
        words = QLabel(opening.first_words())  # where the first page will be; it goes with the stand-in
        words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words.setObjectName("openingWords")
        QVBoxLayout(self.stack.currentWidget()).addWidget(words)
        opening.status.connect(words.setText)
        opening.status.connect(lambda text: self.statusBar().showMessage(text))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_sidebar)  # View ▸ Text size: the sidebar's titles still fit
        elif event.type() == QEvent.Type.ApplicationPaletteChange and self.bench.store is not None:
            # Light to dark or back: the pages' rich text (a detail's red "overdue") is written again in its colours.
            QTimer.singleShot(0, self, self.refresh)
        if event.type() == QEvent.Type.Paint and self._to_open is not None:
            # Once: several paints may come before the opening starts.
            QTimer.singleShot(0, self._to_open.start)
            self._to_open = None
        return super().event(event)

    def attach(self, store: "Store") -> None:
        """The store is open: show it, in the area used last."""
        self.bench.store = store
        self._wait(False)
        self.show_store()
        self.show_backup_problem()
        last = self.settings.get(keys.LAST_AREA)
        self.show_area(last if last in self.area_names() else "dashboard")
        self._say_ready()

    def _say_ready(self) -> None:
        self.statusBar().showMessage(
            self.tr("Demo group: a copy made for you to try things; your own group's file is not touched.") if self.demo
            else self.tr("Every change is saved as you make it; Ctrl+Z takes the last one back."))

    # -- building -------------------------------------------------------------

    def _build_body(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        for area in AREAS:
            self.icons.want(QListWidgetItem(area.title(), self.sidebar).setIcon, area.icon)
            self.stack.addWidget(QWidget())  # stands in for the page until its first visit
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self._on_area)
        self.banner = Banner()
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(body)

    def build_chrome(self) -> None:
        """The actions, menus and toolbar (built again in a new language: gui/retranslate.py)."""
        build_actions(self)
        self.safekeeping = Safekeeping(self)
        build_menus(self)
        build_toolbar(self)
        if self.bench.store is None:
            self._wait(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # One event per translator installed or removed: the window is built again once, after them all.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        from compactdesk.gui.retranslate import rebuild_chrome, rebuild_pages

        if not self._retranslating:
            return  # built in this language already (settle_language came first)
        self._retranslating = False
        rebuild_chrome(self)
        rebuild_pages(self)
        if self.bench.store is not None:
            self._on_area(self.stack.currentIndex())  # the page in view, built again and filled in
            self.show_store()  # the title: its words, and the compact's name in the language now spoken
            self._say_ready()

    def settle_language(self) -> None:
        """Builds the window in a language just chosen now, not after the events queued: what comes next
        (the set-up assistant) belongs to the new menus."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()

    def refit(self) -> None:
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Room for the longest title and its icon (which comes after the first paint), at the text size in force."""
        size = max(20, self.sidebar.fontMetrics().height() + 4)
        self.sidebar.setIconSize(QSize(size, size))
        self.sidebar.setFixedWidth(max(170, self.sidebar.sizeHintForColumn(0) + size + 30))

    def make_action(self, text: str, slot, shortcut=None, icon: str | None = None) -> QAction:
        """`icon`: a Material Design icon's name ("mdi6.undo"), set after the first paint (look.Icons)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            self.icons.want(action.setIcon, icon)
        action.triggered.connect(slot)
        return action

    # -- areas ----------------------------------------------------------------

    def area_names(self) -> list[str]:
        return [area.name for area in AREAS]

    def page(self, area: str) -> Page:
        """The area's page, built now if it has not been shown yet."""
        page = self.pages.get(area)
        if page is None:
            index = self.area_names().index(area)
            page = self.pages[area] = AREAS[index].page_type()(self.bench)
            remember_all(page, self.settings)
            page.actions_changed.connect(self._update_actions)
            page.open_record.connect(self.show_record)
            page.export_requested.connect(self.export_paper)
            page.issue_requested.connect(self.papers.issue_agenda)
            stand_in = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    @property
    def export_pool(self):
        """The thread pool ops run in (None: Qt's global one); tests put ops.RunNow() here."""
        return self.bench.pool

    @export_pool.setter
    def export_pool(self, pool) -> None:
        self.bench.pool = pool

    @property
    def dashboard(self) -> Page:
        return self.page("dashboard")

    def current_page(self) -> Page:
        return self.page(AREAS[max(self.stack.currentIndex(), 0)].name)

    def show_area(self, area: str) -> Page:
        self.sidebar.setCurrentRow(self.area_names().index(area))
        return self.current_page()

    def show_record(self, area: str, record_id: int) -> None:
        """Opens a record; "page/part" names which kind on a page that holds several (see Page.show_part)."""
        area, _, part = area.partition("/")
        page = self.show_area(area)
        if part:
            page.show_part(part, record_id)
        else:
            page.show_record(record_id)

    def _on_area(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(AREAS[row].name)
        self.stack.setCurrentIndex(row)
        if page.stale:
            page.refresh()
        self.settings.set(keys.LAST_AREA, page.area)
        self._update_actions()

    def _on_changed(self, tables: frozenset[str] | None = None) -> None:
        """After an edit, undo or redo: the pages that show what it touched reload (the one in view now,
        the others when next shown); the rest keep what they have. None means anything may have changed."""
        if tables is None or "compact" in tables:
            self._update_title()
        for area in AREAS:
            page = self.pages.get(area.name)
            if page is not None and affected(area, tables):
                page.stale = True
        page = self.current_page()
        if page.stale:
            page.refresh()
        self._update_actions()

    def refresh(self) -> None:
        self._on_changed(None)

    def step_text_size(self, step: int) -> None:
        """View ▸ Text size: one size larger (1), smaller (-1) or the system's own (0), kept for next time."""
        percent = look.step_text_size(self.settings, step)
        self.statusBar().showMessage(self.tr("Text size: {percent}%").format(percent=percent), 4000)

    def _update_actions(self) -> None:
        page = self.current_page()
        new_text = page.new_text()
        self.new_action.setText(new_text or self.tr("&New…"))
        self.new_action.setEnabled(bool(new_text))
        self.edit_action.setEnabled(page.can_edit())
        self.delete_action.setEnabled(page.can_delete())

    # -- stores ---------------------------------------------------------------

    @property
    def store(self) -> "Store":
        return self.bench.store

    @property
    def on_server(self) -> bool:
        """A group on a shared server (store/server.py), not a file: no file's backups or copies."""
        return getattr(self.bench.store, "is_server", False)

    def show_store(self) -> None:
        self._update_title()
        store = self.store
        if self.on_server:
            self.setWindowFilePath("")
            self.store_label.setText(f"{store.address.display()} ({store.schema})")
            self.store_label.setToolTip(self.tr("This group is kept on a shared server: changes are saved there "
                                                "as you make them, and others who have it open see them."))
            self.settings.remember_server(store.address.with_group(store.schema).text())
        else:
            self.setWindowFilePath(str(store.path))
            self.store_label.setText(str(store.path))
            self.store_label.setToolTip("")
            if not self.demo:
                self.settings.remember_store(str(store.path))
        self.fit_actions_to_store()

    def fit_actions_to_store(self) -> None:
        """A file's backups, restore and copies do not apply to a group on a server (PostgreSQL's own tools
        back the server up; Export everything is the program's own copy of a group)."""
        for action in self.file_only_actions():
            action.setEnabled(not self.on_server)

    def file_only_actions(self) -> list[QAction]:
        return [*self.safekeeping.actions(), self.copy_action]

    def _update_title(self) -> None:
        from compactdesk.services.compact import compact_name

        name = self.bench.read(compact_name)  # in the interface's language: its Welsh form, where given
        if self.on_server:
            title = self.tr("{name} — {server}").format(name=name or self.store.schema,
                                                          server=self.store.address.display())
        elif self.demo:
            title = self.tr("Demo group: {name} — CompactDesk").format(name=name) if name else self.tr(
                "Demo group — CompactDesk")
        else:
            title = self.tr("{name} — CompactDesk").format(name=name) if name else self.tr("CompactDesk")
        self.setWindowTitle(title)

    def switch_to(self, path: Path, *, new: bool = False) -> bool:
        """Closes this store and opens (or makes) another; on failure the current one stays open."""
        return self.files.switch_to(path, new=new)

    # The store's trouble (gui/store_trouble.py) and the papers (gui/papers_menu.py), as other modules ask for them.

    def show_store_problem(self, text: str) -> None:
        self.trouble.show_problem(text)

    def show_damage(self) -> None:
        self.trouble.show_damage()

    def show_backup_problem(self) -> None:
        self.trouble.show_backup_problem()

    def busy_exporting(self) -> bool:
        return self.papers.busy()

    def export_current(self) -> None:
        self.papers.export_current()

    def export_paper(self, paper: "Paper | None" = None, meeting_id: int | None = None) -> "ExportJob | None":
        return self.papers.export_paper(paper, meeting_id)

    # -- the rest -------------------------------------------------------------

    def settle_pages(self) -> bool:
        """Saves what the editors in the pages hold typed and unsaved (the minutes, the review's words), before the
        window closes or opens another group. False when a save was refused (on a server: someone else changed the
        record meanwhile): the editor keeps the typing and says why, and the caller stops what it was doing."""
        from compactdesk.gui.pages.meeting_minutes import MinutesTab
        from compactdesk.gui.pages.monitoring_review import ReviewTab

        if not all(tab.commit() for tab in self.findChildren(MinutesTab)):
            return False  # the minutes said why in a message box
        for tab in self.findChildren(ReviewTab):
            if not tab.save():
                self.show_area(tab.page.area)  # the review says why at its box: in view
                tab.page.tabs.setCurrentWidget(tab)
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.bench.store is not None and not self.settle_pages():
            event.ignore()  # the typing is still here, as the refusal said
            return
        if self.papers.exporting():
            # Stop the worker before the store it reads is closed.
            self.export_job.cancel()
            QThreadPool.globalInstance().waitForDone(10_000)
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
