"""A page made of searchable list tabs (people_list.ListTab): People & seats, Codes & standards,
Sign-up & champions. The tabs, the heading, and what the main window asks of the tab in view."""

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from compactdesk.gui.pages.base import Page
from compactdesk.gui.pages.people_list import ListTab
from compactdesk.gui.widgets import page_heading


class TabbedPage(Page):
    def build_tabs(self, name: str, tabs: Sequence[tuple[ListTab, str]]) -> None:
        """Puts the heading and the tabs (each with its label) on the page."""
        self._tabs = [tab for tab, _ in tabs]
        self.tabs = QTabWidget()
        self.tabs.setObjectName(name)
        for tab, label in tabs:
            self.tabs.addTab(tab, label)
        self.tabs.currentChanged.connect(lambda _: self.actions_changed.emit())
        for tab in self._tabs:
            tab.selection_changed.connect(self.actions_changed)
            tab.edit_requested.connect(self.edit_current)
            # Again now the tab is built: a splitter taking the list moved it to the end of the tab order.
            QWidget.setTabOrder(tab.search, tab.table)
        layout = QVBoxLayout(self.body())
        layout.addWidget(page_heading(self.title()))
        layout.addWidget(self.tabs, 1)

    def all_tabs(self) -> list[ListTab]:
        return list(self._tabs)

    def current_tab(self) -> ListTab:
        return self._tabs[self.tabs.currentIndex()]

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every form on the page opens here (tests replace it to fill the form instead)."""
        return bool(dialog.exec())

    def show_made(self, dialog: QDialog, tab: ListTab, *, widen: bool = True) -> None:
        """Runs a form; then selects what it made or changed, clearing the search to show it unless `widen` is
        False (the filter in view is then kept)."""
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.refresh()
            if widen:
                tab.reveal(dialog.result_value.id)
            else:
                tab.select(dialog.result_value.id)
            tab.table.setFocus()

    def reveal_on(self, index: int, record_id: int) -> ListTab:
        """Turns to a tab and selects a record on it (from the dashboard or another page)."""
        self.tabs.setCurrentIndex(index)
        if self.stale:
            self.refresh()
        tab = self.current_tab()
        if record_id:
            tab.reveal(record_id)
        tab.table.setFocus()
        return tab

    # -- new and edit: a form for the tab in view -------------------------------------------

    def new_text_for(self, tab: ListTab) -> str:
        raise NotImplementedError

    def dialog_for(self, tab: ListTab, key: int | None) -> QDialog:
        """The form that adds (key None) or edits a record of the tab."""
        raise NotImplementedError

    def new_text(self) -> str:
        return self.new_text_for(self.current_tab())

    def new_item(self) -> None:
        self._open(None)

    def edit_current(self) -> None:
        key = self.current_tab().current_id()
        if key is not None:
            self._open(key)

    def _open(self, key: int | None) -> None:
        tab = self.current_tab()
        self.show_made(self.dialog_for(tab, key), tab)

    def can_edit(self) -> bool:
        return self.current_tab().current_id() is not None

    def can_delete(self) -> bool:
        return self.current_tab().current_id() is not None

    def find(self) -> None:
        self.current_tab().focus_search()
