"""People & seats: the seats on the group and who holds them, the people, and their organisations."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from compactdesk.documents.files import ExportError, safe_name
from compactdesk.domain.errors import ValidationError
from compactdesk.gui.dialogs.erase import EraseDialog
from compactdesk.gui.dialogs.people import OrganisationDialog, PersonDialog, SeatDialog
from compactdesk.gui.pages.people_list import ListTab
from compactdesk.gui.pages.people_orgs import OrganisationsTab
from compactdesk.gui.pages.people_people import PeopleTab
from compactdesk.gui.pages.people_seats import SeatsTab
from compactdesk.gui.pages.tabbed import TabbedPage
from compactdesk.gui.workbench import Workbench
from compactdesk.services import members, seats
from compactdesk.services.personal import erase_person, find_mentions, neutral_name
from compactdesk.store import StoreError

SEATS, PEOPLE, ORGANISATIONS = range(3)
PARTS = {"seats": SEATS, "people": PEOPLE, "organisations": ORGANISATIONS}


class PeoplePage(TabbedPage):
    area = "people"

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.seats_tab = SeatsTab(self)
        self.people_tab = PeopleTab()
        self.organisations_tab = OrganisationsTab()
        self.build_tabs("peopleTabs", [(self.seats_tab, self.tr("&Seats")), (self.people_tab, self.tr("&People")),
                                       (self.organisations_tab, self.tr("&Organisations"))])
        for tab, words in zip(self.all_tabs(), (self.tr("Add a &seat…"), self.tr("Add a &person…"),
                                                self.tr("Add an &organisation…")), strict=True):
            tab.empty.set_action(words, self.new_item)
        self.people_tab.export_data_requested.connect(self.export_personal_data)
        self.people_tab.erase_requested.connect(self.erase_person)

    def title(self) -> str:
        return self.tr("People & seats")

    def refresh(self) -> None:
        super().refresh()
        today = self.bench.today()
        self.seats_tab.show_balance(self.bench.read(seats.balance, today))
        self.seats_tab.load(self.bench.read(seats.seat_overview, today))
        self.people_tab.load(self.bench.read(members.person_rows))
        self.organisations_tab.load(self.bench.read(members.organisation_rows))

    # -- what the main window asks ---------------------------------------------

    def new_text_for(self, tab: ListTab) -> str:
        return {SEATS: self.tr("New seat…"), PEOPLE: self.tr("New person…"),
                ORGANISATIONS: self.tr("New organisation…")}[self.all_tabs().index(tab)]

    def dialog_for(self, tab: ListTab, key: int | None) -> QDialog:
        if tab is self.seats_tab:
            return SeatDialog(self.bench, self, seat_id=key)
        if tab is self.people_tab:
            return PersonDialog(self.bench, self, person_id=key)
        return OrganisationDialog(self.bench, self, organisation_id=key)

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

    # -- personal data ------------------------------------------------------------

    def export_personal_data(self) -> Path | None:
        row = self.people_tab.current_row()
        if row is None:
            return None
        from compactdesk.gui.store_files import folder_of

        today = self.bench.today()
        suggestion = folder_of(self.bench.store) / (self.tr("{name} personal data {day}.json").format(
            name=safe_name(row.name, 60), day=today.isoformat()))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export personal data"), str(suggestion),
                                              self.tr("JSON files (*.json);;All files (*)"))
        if not name:
            return None
        try:
            from compactdesk.documents.handover import export_personal_data  # the papers' machinery loads here

            written = self.bench.read(export_personal_data, row.person_id, Path(name))
        except (ExportError, OSError) as error:
            QMessageBox.warning(self, self.tr("The personal data was not exported"), self.tr(
                "CompactDesk could not write {name}: {reason}. Choose another folder or name.").format(
                name=name, reason=getattr(error, "strerror", None) or error))
            return None
        self.bench.message.emit(self.tr("Everything held on {name} was written to {path}.").format(
            name=row.name, path=written))
        return written

    def erase_person(self) -> str | None:
        """Asks with every mention of their names listed (the secretary unticks someone else's), then erases and
        clears the freed pages from the file, so the name is not left in it."""
        row = self.people_tab.current_row()
        if row is None:
            return None
        try:
            mentions, neutral = self.bench.read(lambda session: (find_mentions(session, row.person_id),
                                                                 neutral_name(session, row.person_id)))
        except StoreError:
            return None  # the banner says why
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Erase a person"), str(error))
            return None
        dialog = EraseDialog(row.name, mentions, neutral, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.chosen_ids()
        finally:
            dialog.deleteLater()
        erased = self.attempt(self.tr("Erase “{name}”").format(name=row.name), erase_person, row.person_id,
                              replace_ids=chosen)
        if erased is not None:
            try:
                self.bench.store.clear_free_pages()
            except StoreError as error:
                self.bench.report_problem(error)
        return erased

    def show_record(self, record_id: int) -> None:
        """Shows a seat (the dashboard's vacant-seat and term-ending lines open one)."""
        self.reveal_on(SEATS, record_id)

    def show_part(self, part: str, record_id: int) -> None:
        """Shows a seat, person or organisation on its tab: "people/organisations" opens an organisation (search
        everything's results, the dashboard). A part this page does not know turns to the seats, as show_record."""
        self.reveal_on(PARTS.get(part, SEATS), record_id)
