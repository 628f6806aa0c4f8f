"""The People tab: members, officers and champions, with their organisation."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.i18n import translate
from compactdesk.services.members import PersonRow


class PeopleTab(ListTab):
    export_data_requested = Signal()
    erase_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(key=lambda row: row.person_id, name="peopleTable", parent=parent)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.search_row())
        layout.addWidget(self.empty, 1)
        layout.addLayout(self._personal_data_row())
        set_widths(self.table, (165, 185, 200, 145, 185, 105, 80), stretch=0)  # the name is what is listed

    def _personal_data_row(self) -> QHBoxLayout:
        # A request under data protection law (UK GDPR): what is held on someone, or to be forgotten.
        self.export_data_button = QPushButton(self.tr("Export their &personal data…"), self)
        self.export_data_button.setToolTip(self.tr("Everything held on the selected person, in one file, "
                                                   "for a subject access request"))
        self.erase_button = QPushButton(self.tr("E&rase this person…"), self)
        self.erase_button.setToolTip(self.tr("Replace the selected person's name with “Former member” everywhere "
                                             "and clear their details; the group's records and figures stay"))
        self.export_data_button.clicked.connect(self.export_data_requested)
        self.erase_button.clicked.connect(self.erase_requested)
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_data_button)
        row.addWidget(self.erase_button)
        return row

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.export_data_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def columns(self) -> list[Column[PersonRow]]:
        def quiet_when_no(row: PersonRow):
            return None if row.is_champion else "quiet"

        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Role"), lambda r: r.role),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Email"), lambda r: r.email),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Champion"), lambda r: self.tr("Yes") if r.is_champion else self.tr("No"),
                   sort=lambda r: not r.is_champion, tone=quiet_when_no),
        ]

    def list_name(self) -> str:
        return self.tr("People")

    def search_hint(self) -> str:
        return self.tr("Search name, role, organisation, department or email (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No people yet</h3><p>Add the group's members, the officers who owe it answers and each "
                       "department's champion with Ctrl+N (their organisation can be added from the same form), or "
                       "import them from a spreadsheet (<nobr>File ▸ Import</nobr>).</p>")

    def count_text(self, shown: int, total: int) -> str:
        champions = sum(1 for row in self.model.rows() if row.is_champion)
        return translate("PeopleTab", "Showing {shown} of {total} · %n champion(s)", None, champions).format(
            shown=shown, total=total)
