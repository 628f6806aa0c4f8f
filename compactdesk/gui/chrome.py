"""The main window's actions, menus and toolbar, built when the window is made and again in a new language
(gui/retranslate.py). The words are the main window's (context "MainWindow"), as they were when its methods."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from compactdesk.gui.areas import AREAS
from compactdesk.gui.calendar_files import CalendarFiles
from compactdesk.gui.first_run import FirstRun
from compactdesk.gui.help_menu import HelpMenu
from compactdesk.gui.import_menu import ImportMenu
from compactdesk.gui.language import language_menu
from compactdesk.gui.mail_menu import MailMenu
from compactdesk.gui.search import SearchEverything
from compactdesk.gui.server_moves import add_actions as add_server_moves
from compactdesk.gui.store_files import StoreFiles
from compactdesk.gui.table_export import TableExport
from compactdesk.i18n import translate

if TYPE_CHECKING:
    from compactdesk.gui.main_window import MainWindow


def build_actions(window: "MainWindow") -> None:
    window.files = StoreFiles(window)
    window.first_run = FirstRun(window)  # File ▸ Set up the group…, and the assistant on a new file
    window.importing = ImportMenu(window)  # File ▸ Import
    window.calendar = CalendarFiles(window)  # File ▸ Export a calendar, and a meeting's Add to calendar
    window.mail = MailMenu(window)  # File ▸ Send by email (gui/mail_menu.py)
    window.table_export = TableExport(window)  # File ▸ Export this table to a spreadsheet
    window.copy_action = window.files.copy_action
    window.export_action = window.make_action(translate("MainWindow", "&Export a paper…"), window.export_current,
                                              QKeySequence("Ctrl+E"), "mdi6.file-export-outline")
    window.export_action.setIconText(translate("MainWindow", "Export…"))
    window.export_action.setToolTip(translate("MainWindow", "Make an agenda, minutes, the action plan, the feedback "
                                                            "log or chase letters as a PDF or Word file (Ctrl+E)"))
    window.quit_action = window.make_action(translate("MainWindow", "&Quit"), window.close,
                                            QKeySequence.StandardKey.Quit)
    stack = window.bench.undo_stack
    window.undo_action = stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.undo_action.setEnabled(stack.canUndo())  # made again in a new language: as it was
    window.icons.want(window.undo_action.setIcon, "mdi6.undo")
    window.redo_action = stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
    window.redo_action.setEnabled(stack.canRedo())
    window.icons.want(window.redo_action.setIcon, "mdi6.redo")
    window.new_action = window.make_action(translate("MainWindow", "&New…"), lambda: window.current_page().new_item(),
                                           QKeySequence.StandardKey.New, "mdi6.plus")
    window.edit_action = window.make_action(translate("MainWindow", "&Edit…"),
                                            lambda: window.current_page().edit_current(), QKeySequence("F2"),
                                            "mdi6.pencil-outline")
    window.delete_action = window.make_action(translate("MainWindow", "&Delete"),
                                              lambda: window.current_page().delete_current(),
                                              QKeySequence.StandardKey.Delete, "mdi6.delete-outline")
    window.find_action = window.make_action(translate("MainWindow", "&Find…"), lambda: window.current_page().find(),
                                            QKeySequence.StandardKey.Find, "mdi6.magnify")
    window.everything = SearchEverything(window)  # the toolbar's search box and Ctrl+K (gui/search.py)
    window.refresh_action = window.make_action(translate("MainWindow", "&Refresh"), window.refresh,
                                               QKeySequence.StandardKey.Refresh, "mdi6.refresh")
    # View ▸ Text size (Ctrl+0 is the tenth area's).
    window.larger_text_action = window.make_action(translate("MainWindow", "&Larger text"),
                                                   lambda: window.step_text_size(1),
                                                   icon="mdi6.format-font-size-increase")
    window.larger_text_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
    window.smaller_text_action = window.make_action(translate("MainWindow", "&Smaller text"),
                                                    lambda: window.step_text_size(-1), QKeySequence("Ctrl+-"),
                                                    "mdi6.format-font-size-decrease")
    window.normal_text_action = window.make_action(translate("MainWindow", "&Normal size"),
                                                   lambda: window.step_text_size(0), QKeySequence("Ctrl+Shift+0"))
    window.area_actions = []
    for number, area in enumerate(AREAS, start=1):
        action = window.make_action(area.title().replace("&", "&&"),  # "People & seats", not a mnemonic
                                    lambda _=False, name=area.name: window.show_area(name),
                                    QKeySequence(f"Ctrl+{number % 10}"))  # the tenth area is Ctrl+0
        window.area_actions.append(action)


def build_menus(window: "MainWindow") -> None:
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.files.new_store_action, window.files.open_action, window.connect_server_action])
    window.recent_menu = window.files.recent_menu(file_menu)
    file_menu.addActions([window.files.demo_action, window.copy_action])
    add_server_moves(window, file_menu)  # File ▸ Move this group to a server… / Save the group as a file…
    file_menu.addSeparator()
    file_menu.addAction(window.first_run.setup_action)
    window.import_menu = window.importing.add_to(file_menu)
    file_menu.addSeparator()
    file_menu.addActions(window.safekeeping.actions())
    file_menu.addSeparator()
    file_menu.addActions([window.export_action, window.safekeeping.handover_action])
    file_menu.addAction(window.calendar.export_action)
    window.mail_menu = window.mail.add_to(file_menu)
    file_menu.addAction(window.table_export.action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.new_action, window.edit_action, window.delete_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.everything.action])

    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.addActions(window.area_actions)
    view_menu.addSeparator()
    text_size = view_menu.addMenu(translate("MainWindow", "&Text size"))
    text_size.addActions([window.larger_text_action, window.smaller_text_action, window.normal_text_action])
    language_menu(view_menu, window.settings)
    view_menu.addSeparator()
    view_menu.addAction(window.refresh_action)

    window.help = HelpMenu(window)


def build_toolbar(window: "MainWindow") -> None:
    toolbar = window.toolbar = window.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([window.new_action, window.edit_action, window.delete_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addAction(window.refresh_action)
    toolbar.addSeparator()
    toolbar.addAction(window.export_action)
    window.everything.add_to(toolbar)
