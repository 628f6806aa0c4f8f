"""The Compact area: what the compact is, where it stands, its leads, its standards and who signed it."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import Sector
from compactdesk.domain.text import one_line
from compactdesk.gui.dialogs.compact import CompactDialog, PartnersDialog, SetupDialog, StandardsDialog, StatusDialog
from compactdesk.gui.pages.base import Page
from compactdesk.gui.pages.compact_leads import LeadsPanel, escape
from compactdesk.gui.pages.compact_leads import text_label as _label
from compactdesk.gui.table_model import Column, RowFilter, RowModel
from compactdesk.gui.tables import make_table
from compactdesk.gui.widgets import EmptyState
from compactdesk.gui.workbench import Workbench
from compactdesk.services import compact
from compactdesk.services.compact import CompactSummary, StatusRow

NOTES_SHOWN = 600  # characters of the notes shown under the name


class CompactPage(Page):
    area = "compact"

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.summary: CompactSummary | None = None
        self.model: RowModel[StatusRow] = RowModel(self._columns(), key=lambda row: row.id, parent=self)
        self.rows_filter = RowFilter(self.model, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_details())
        self.stack.addWidget(self._build_empty())
        layout = QVBoxLayout(self.body())
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- building -------------------------------------------------------------

    def _columns(self) -> list[Column[StatusRow]]:
        def status_text(row: StatusRow) -> str:
            return self.tr("{status} (planned)").format(status=row.status.label()) if row.planned \
                else row.status.label()

        def date_tip(row: StatusRow) -> str:
            if row.planned:
                return self.tr("{date}: dated after today, so not yet in force").format(date=uk_date(row.on))
            return self.tr("{date}: where the compact stands now").format(date=uk_date(row.on)) if row.current \
                else uk_date(row.on)

        def tone(row: StatusRow) -> str | None:
            return "quiet" if row.planned else None

        return [
            Column(self.tr("From"), lambda row: uk_date(row.on), sort=lambda row: (row.on, row.id), tooltip=date_tip,
                   tone=tone, value=lambda row: row.on),
            Column(self.tr("Status"), status_text, tone=tone),
            Column(self.tr("Note"), lambda row: one_line(row.note), tooltip=lambda row: row.note or None,
                   tone=tone),
        ]

    def _section(self, layout: QVBoxLayout, title: str) -> QLabel:
        heading = _label(title, scale=1.25, bold=True)
        layout.addSpacing(16)
        layout.addWidget(heading)
        layout.addSpacing(2)
        return heading

    def _build_details(self) -> QWidget:
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(18, 12, 18, 12)

        # Heading: the name large, the area under it, the one edit button to the right.
        self.name_label = _label(scale=1.8, bold=True, name="compactName")
        self.area_label = _label(scale=1.15, name="compactArea")
        self.words_label = _label(name="compactWords")
        self.notes_label = _label(name="compactNotes")
        self.edit_button = QPushButton(self.tr("Edit de&tails…"))
        self.edit_button.setToolTip(self.tr("Change the name, area, the words your group uses and the notes (F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        titles = QVBoxLayout()
        titles.setSpacing(4)
        for label in (self.name_label, self.area_label, self.words_label):
            titles.addWidget(label)
        titles.addSpacing(6)
        titles.addWidget(self.notes_label)
        heading = QHBoxLayout()
        heading.addLayout(titles, 1)
        heading.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(heading)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addSpacing(6)
        outer.addWidget(line)

        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(self._build_status(), 3)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addLayout(self._build_standards())
        side.addLayout(self._build_partners())
        side.addStretch(1)
        columns.addLayout(side, 2)
        outer.addLayout(columns, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, not to a nameless area
        scroll.setWidget(content)
        return scroll

    def _build_status(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(6)  # a child layout would take the columns' wide gap otherwise
        self._section(layout, self.tr("Status"))
        self.status_label = _label(scale=1.1, name="statusNow", rich=True)
        layout.addWidget(self.status_label)
        layout.addSpacing(6)

        # Enter or a double-click corrects the change.
        self.table, _ = make_table(self.model, self, "statusHistory", self.rows_filter,
                                   opens=lambda: self._edit_status_at(self.table.currentIndex()),
                                   accessible_name=self.tr("Status history"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.history = EmptyState(self.table)
        # No mnemonic: the Record button below has Alt+R, and both show while the history is empty.
        self.history.set_action(self.tr("Record where it stands now…"), self.new_item)
        layout.addWidget(self.history)

        self.record_button = QPushButton(self.tr("&Record a status change…"))
        self.record_button.setToolTip(self.tr("Where the compact stands now, and from when (Ctrl+N)"))
        self.record_button.clicked.connect(self.new_item)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the chosen status change (Delete); Ctrl+Z takes it back"))
        self.remove_button.clicked.connect(self.delete_current)
        hint = _label(self.tr("Double-click a change to correct it."), name="historyHint")
        hint.setEnabled(False)  # greyed: a hint, not content
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(hint, 1)
        layout.addLayout(buttons)
        self._section(layout, self.tr("Lead councillor and lead officer"))
        self.leads = LeadsPanel(self)
        self.leads.table.selectionModel().selectionChanged.connect(lambda *_: self.actions_changed.emit())
        layout.addWidget(self.leads)
        layout.addStretch(1)
        return layout

    def _build_standards(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(6)
        self._section(layout, self.tr("Standards"))
        self.standards_label = _label(name="standards", rich=True)
        layout.addWidget(self.standards_label)
        self.standards_button = QPushButton(self.tr("Change &standards…"))
        self.standards_button.clicked.connect(self.change_standards)
        layout.addWidget(self.standards_button, 0, Qt.AlignmentFlag.AlignLeft)
        return layout

    def _build_partners(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(6)
        self.partners_heading = self._section(layout, "")
        self.partners_label = _label(name="partners", rich=True)
        layout.addWidget(self.partners_label)
        self.partners_button = QPushButton(self.tr("Choose &partners…"))
        self.partners_button.clicked.connect(self.choose_partners)
        layout.addWidget(self.partners_button, 0, Qt.AlignmentFlag.AlignLeft)
        return layout

    def _build_empty(self) -> QWidget:
        self.empty_heading = _label(self.tr("No compact set up yet"), scale=1.6, bold=True, name="emptyHeading")
        self.empty_text = _label(self.tr(
            "Start by giving the compact its name and the area it covers, and say where it stands: just "
            "starting, in draft, signed… Its standards (12 weeks for a consultation, 3 months' notice of a "
            "funding change), the partner bodies that signed and the status history can be filled in afterwards."),
            name="emptyState")
        self.setup_button = QPushButton(self.tr("&Set up the compact…"))
        self.setup_button.clicked.connect(self.set_up)
        # A block of readable width in the middle: wrapped text given only its hint would be a narrow column.
        block = QWidget()
        block.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        block.setMaximumWidth(620)
        column = QVBoxLayout(block)
        for widget in (self.empty_heading, self.empty_text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(widget)
        column.addSpacing(12)
        column.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(block, 4)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # -- showing --------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Compact")

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentIndex() == 1

    def refresh(self) -> None:
        super().refresh()
        today = self.bench.today()
        keep = self.current_key()
        self.summary = self.bench.read(compact.compact_summary, today)
        rows = self.bench.read(compact.status_rows, today) if self.summary is not None else []
        self.model.set_rows(rows)
        if self.summary is None:
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(0)
            self._show(self.summary)
            self.leads.refresh()
            if keep is not None:
                self.select(keep)
        self.history.show_state(has_rows=bool(rows), visible_rows=self.rows_filter.rowCount(), empty_text=self.tr(
            "No status recorded yet. Record where the compact stands (just starting, in draft, signed…) and from "
            "when."))
        self._fit_history(len(rows))
        self._selection_changed()

    def _fit_history(self, rows: int) -> None:
        # As tall as the history (a short one leaves no empty box), scrolling beyond a dozen changes.
        view = self.table
        shown = min(max(rows, 4), 12)
        height = view.horizontalHeader().sizeHint().height() + shown * view.verticalHeader().defaultSectionSize() \
            + 2 * view.frameWidth() + 2
        self.history.setFixedHeight(height)

    def _show(self, summary: CompactSummary) -> None:
        self.name_label.setText(summary.name)
        self.area_label.setText(summary.area)
        self.area_label.setVisible(bool(summary.area))
        self.words_label.setText(self.tr("The group is called “{group}”; a champion is called “{champion}”.").format(
            group=summary.group_label, champion=summary.champion_label))
        self._show_notes(summary.notes)
        if summary.status is None:
            self.status_label.setText(self.tr("No status is in force yet."))
        else:
            self.status_label.setText(self.tr("Now: <b>{status}</b>, since {date}").format(
                status=escape(summary.status.status.label()), date=escape(uk_date(summary.status.since))))
        self.standards_label.setText(self._bullets(compact.describe_standards(summary.standards)))
        count = len(summary.partners)
        self.partners_heading.setText(self.tr("Partner bodies that signed (%n)", "", count))
        self.partners_label.setText(self._partners_html(summary) if summary.partners else escape(self.tr(
            "None chosen yet. Choose the council and the other bodies that signed: who has signed up is "
            "itself a measure of the compact.")))

    def _show_notes(self, notes: str) -> None:
        # A whole paper pasted into the notes would push everything else off the page: the start is
        # shown, all of it is in the tooltip and in Edit details.
        shown = notes if len(notes) <= NOTES_SHOWN else notes[:NOTES_SHOWN].rsplit(" ", 1)[0] + " …"
        self.notes_label.setText(shown)
        self.notes_label.setToolTip(notes if shown != notes else "")
        self.notes_label.setVisible(bool(notes))

    def _partners_html(self, summary: CompactSummary) -> str:
        """Partners under their sector (council, health… then the voluntary sector), names in order."""
        parts = []
        for sector in Sector:
            names = [escape(partner.name) for partner in summary.partners if partner.sector is sector]
            if names:
                parts.append(f"<b>{escape(sector.label())}</b>{self._bullets(names, escaped=True)}")
        return "".join(parts)

    @staticmethod
    def _bullets(lines: list[str], *, escaped: bool = False) -> str:
        items = "".join(f"<li>{line if escaped else escape(line)}</li>" for line in lines)
        return f"<ul style='margin-top:0; margin-bottom:4px; margin-left:-20px; -qt-list-indent:1'>{items}</ul>"

    # -- the history table ------------------------------------------------------

    def current_key(self) -> int | None:
        return self.rows_filter.key_at(self.table.currentIndex()) if self.table.selectionModel().hasSelection() \
            else None

    def current_row(self) -> StatusRow | None:
        key = self.current_key()
        return self.model.row_for(key)

    def select(self, key: int) -> bool:
        index = self.rows_filter.index_of(key)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        has_compact = self.summary is not None
        self.remove_button.setEnabled(self.current_key() is not None)
        self.record_button.setEnabled(has_compact)
        self.actions_changed.emit()

    def show_record(self, record_id: int) -> None:
        if self.stale:
            self.refresh()
        if self.select(record_id):
            self.table.setFocus()

    # -- what the window's actions do here --------------------------------------

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Runs a dialog; tests replace this to fill and accept it instead."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_text(self) -> str:
        return self.tr("&Record a status change…") if self.summary is not None else self.tr("&Set up the compact…")

    def new_item(self) -> None:
        if self.summary is None:
            self.set_up()
            return
        dialog = StatusDialog(self.bench, self)
        if self.exec_dialog(dialog):
            self.select(dialog.result_value)

    def _edit_status_at(self, index: QModelIndex) -> None:
        row = self.model.row_for(self.rows_filter.key_at(index))
        if row is None:
            return
        dialog = StatusDialog(self.bench, self, row=row)
        if self.exec_dialog(dialog):
            self.select(dialog.result_value)

    def can_edit(self) -> bool:
        return self.summary is not None

    def edit_current(self) -> None:
        if self.summary is not None:
            self.exec_dialog(CompactDialog(self.bench, self.summary, self))

    def can_delete(self) -> bool:
        return self.current_key() is not None or self.leads.current_change() is not None

    def delete_current(self) -> None:
        if self.leads.table.hasFocus() and self.leads.current_change() is not None:
            self.leads.remove_current()  # Delete in the leads' history takes out the chosen change
            return
        row = self.current_row()
        if row is None:
            return
        position = self.table.currentIndex().row()
        self.attempt(self.tr("Remove status “{status}”").format(status=row.status.label()),
                     compact.remove_status, row.id)
        if self.model.number_of(row.id) is None:
            # Gone: the next row down takes the selection, so Delete can be pressed again.
            below = self.rows_filter.index(min(position, self.rows_filter.rowCount() - 1), 0)
            if below.isValid():
                self.select(self.rows_filter.key_at(below))

    def change_standards(self) -> None:
        if self.summary is not None:
            self.exec_dialog(StandardsDialog(self.bench, self))

    def choose_partners(self) -> None:
        if self.summary is not None:
            self.exec_dialog(PartnersDialog(self.bench, self))

    def set_up(self) -> None:
        self.exec_dialog(SetupDialog(self.bench, self))
