"""People & seats: the seats on the group and who holds them, the people, and their organisations."""

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from compactdesk.gui.dialogs.people import OrganisationDialog, PersonDialog, SeatDialog
from compactdesk.gui.pages.base import Page
from compactdesk.gui.pages.people_list import ListTab
from compactdesk.gui.pages.people_orgs import OrganisationsTab
from compactdesk.gui.pages.people_people import PeopleTab
from compactdesk.gui.pages.people_seats import SeatsTab
from compactdesk.gui.widgets import page_heading
from compactdesk.gui.workbench import Workbench
from compactdesk.services import members, seats

SEATS, PEOPLE, ORGANISATIONS = range(3)


class PeoplePage(Page):
    area = "people"

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.seats_tab = SeatsTab(self)
        self.people_tab = PeopleTab()
        self.organisations_tab = OrganisationsTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("peopleTabs")
        self.tabs.addTab(self.seats_tab, self.tr("&Seats"))
        self.tabs.addTab(self.people_tab, self.tr("&People"))
        self.tabs.addTab(self.organisations_tab, self.tr("&Organisations"))
        self.tabs.currentChanged.connect(lambda _: self.actions_changed.emit())
        for tab in self.all_tabs():
            tab.selection_changed.connect(self.actions_changed)
            tab.edit_requested.connect(self.edit_current)
            tab.empty.set_action(self.new_text_for(tab), self.new_item)

        heading = page_heading(self.title())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("People & seats")

    def all_tabs(self) -> list[ListTab]:
        return [self.seats_tab, self.people_tab, self.organisations_tab]

    def current_tab(self) -> ListTab:
        return self.all_tabs()[self.tabs.currentIndex()]

    def refresh(self) -> None:
        super().refresh()
        today = self.bench.today()
        self.seats_tab.show_balance(self.bench.read(seats.balance, today))
        self.seats_tab.load(self.bench.read(seats.seat_overview, today))
        self.people_tab.load(self.bench.read(members.person_rows))
        self.organisations_tab.load(self.bench.read(members.organisation_rows))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every form on this page opens here (tests replace it to fill the form instead)."""
        return bool(dialog.exec())

    # -- what the main window asks ---------------------------------------------

    def new_text_for(self, tab: ListTab) -> str:
        return {SEATS: self.tr("New seat…"), PEOPLE: self.tr("New person…"),
                ORGANISATIONS: self.tr("New organisation…")}[self.all_tabs().index(tab)]

    def new_text(self) -> str:
        return self.new_text_for(self.current_tab())

    def new_item(self) -> None:
        self._open(None)

    def can_edit(self) -> bool:
        return self.current_tab().current_id() is not None

    def edit_current(self) -> None:
        key = self.current_tab().current_id()
        if key is not None:
            self._open(key)

    def _open(self, key: int | None) -> None:
        tab = self.current_tab()
        if tab is self.seats_tab:
            dialog = SeatDialog(self.bench, self, seat_id=key)
        elif tab is self.people_tab:
            dialog = PersonDialog(self.bench, self, person_id=key)
        else:
            dialog = OrganisationDialog(self.bench, self, organisation_id=key)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.refresh()
            tab.reveal(dialog.result_value.id)
            tab.table.setFocus()

    def can_delete(self) -> bool:
        return self.current_tab().current_id() is not None

    def delete_current(self) -> None:
        tab = self.current_tab()
        row = tab.current_row()
        if row is None:
            return
        if tab is self.seats_tab:
            self.attempt(self.tr("Delete seat “{title}”").format(title=row.title), seats.delete_seat, row.seat_id)
        elif tab is self.people_tab:
            self.attempt(self.tr("Delete person “{name}”").format(name=row.name), members.delete_person,
                         row.person_id)
        else:
            self.attempt(self.tr("Delete organisation “{name}”").format(name=row.name), members.delete_organisation,
                         row.organisation_id)

    def find(self) -> None:
        self.current_tab().focus_search()

    def show_record(self, record_id: int) -> None:
        """Shows a seat (the dashboard's vacant-seat and term-ending lines open one)."""
        self.tabs.setCurrentIndex(SEATS)
        if self.stale:
            self.refresh()
        self.seats_tab.reveal(record_id)
        self.seats_tab.table.setFocus()
