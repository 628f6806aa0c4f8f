"""The main window in another language at once (View ▸ Language), with no restart.

Qt sends every widget a LanguageChange event when a translator is installed. The window answers by building
its menus, toolbar and pages again: each is made with tr() from scratch, so nothing can be missed, and what
the person was doing — the open group, the area in view, the undo history (the workbench's) — is kept.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from compactdesk.gui.areas import AREAS

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow


def rebuild_chrome(window: "MainWindow") -> None:
    """The menus, the toolbar and the objects that own their actions, built again in the language in force."""
    old = [window.files, window.first_run, window.importing, window.everything, window.everything.panel,
           window.safekeeping, window.help, window.toolbar, window.calendar, window.mail, window.table_export,
           window.server_moves]
    old += [child for child in window.children() if isinstance(child, (QAction, QActionGroup))]
    old += window.menuBar().findChildren(QMenu)
    window.menuBar().clear()
    window.removeToolBar(window.toolbar)
    for thing in old:
        thing.setParent(None) if isinstance(thing, QWidget) else None
        thing.deleteLater()
    window.build_chrome()


def rebuild_pages(window: "MainWindow") -> None:
    """The sidebar's titles again, and each page built afresh on its next visit (the window then builds the
    one in view at once)."""
    for row, area in enumerate(AREAS):
        window.sidebar.item(row).setText(area.title())
    window.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Areas"))
    current = window.stack.currentIndex()
    for page in list(window.pages.values()):
        index = window.stack.indexOf(page)
        window.stack.insertWidget(index, QWidget())
        window.stack.removeWidget(page)
        page.deleteLater()
    window.pages.clear()
    window.stack.setCurrentIndex(current)
    window.refit()
