"""The Organisations tab: who is in the compact, by sector and kind."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from compactdesk.domain.enums import OrgTag
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.services.members import OrganisationRow


def tags_text(row: OrganisationRow) -> str:
    return ", ".join(tag.label() for tag in OrgTag if tag in row.tags)  # in the enum's order, as in the dialog


class OrganisationsTab(ListTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(key=lambda row: row.organisation_id, name="organisationsTable", parent=parent)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.search_row())
        layout.addWidget(self.empty, 1)
        set_widths(self.table, (290, 210, 255, 65, 250), stretch=0)  # the name; long notes elide

    def columns(self) -> list[Column[OrganisationRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Sector"), lambda r: r.sector.label(), sort=lambda r: (not r.sector.is_public,
                                                                                  r.sector.label().casefold())),
            Column(self.tr("Tags"), tags_text),
            Column(self.tr("People"), lambda r: str(r.people), sort=lambda r: r.people, right=True,
                   value=lambda r: r.people),
            # One line in the table; the tooltip carries the notes whole.
            Column(self.tr("Notes"), lambda r: " ".join(r.notes.split()), tooltip=lambda r: r.notes or None),
        ]

    def list_name(self) -> str:
        return self.tr("Organisations")

    def search_hint(self) -> str:
        return self.tr("Search name, sector, tags or notes (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No organisations yet</h3><p>Add the council, the other public bodies and the voluntary "
                       "and community groups in the compact with Ctrl+N, or import them from a spreadsheet "
                       "(<nobr>File ▸ Import</nobr>). Tag the small, BME and rural ones: who takes part is itself "
                       "worth reporting.</p>")
