"""The Champions tab: each public body's departments, who champions each, and the gaps; under the list, the
chosen department's champions over time (a double-click corrects a change, Remove change takes one out).

The compact's own word ("champion", "representative"…) is used for every heading, button and message.
"""

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from compactdesk.domain.label_plurals import label_plural
from compactdesk.domain.standards import percent
from compactdesk.domain.titles import sentence_start
from compactdesk.gui import colours
from compactdesk.gui.dialogs.signup import ChampionChangeDialog
from compactdesk.gui.pages.champion_history import ChampionHistoryPane
from compactdesk.gui.pages.columns import share_columns
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.i18n import translate
from compactdesk.services import champions
from compactdesk.services.champions import DEFAULT_LABEL, ChampionRef, Coverage, DepartmentRow

# How many unlinked champions the hint names before "and N more" (the tooltip has them all).
HINT_NAMES = 5


def plural(word: str) -> str:
    """The label's plural for a heading (the tab's name); the word itself where Welsh has no plural known
    (domain/label_plurals.py), a heading that names the role rather than a made-up plural."""
    return label_plural(word) or word


class ChampionsTab(ListTab):
    def __init__(self, host, parent: QWidget | None = None):
        self.label = DEFAULT_LABEL  # before ListTab builds the columns, which use it
        super().__init__(key=lambda row: row.department_id, name="departmentsTable", parent=parent)
        self.host = host
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.coverage = QLabel(self)
        self.coverage.setObjectName("championCoverage")
        self.coverage.setWordWrap(True)
        self.coverage.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel(self)
        self.hint.setObjectName("unlinkedChampions")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        colours.tint(self.hint, colours.QUIET)
        self.hint.hide()
        self.gaps_only = QCheckBox(self)
        self.gaps_only.setObjectName("gapsOnly")
        self.gaps_only.toggled.connect(self.apply_filter)

        self.new_button = QPushButton(self.tr("New &department…"), self)
        self.set_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: host.new_department())
        self.set_button.clicked.connect(lambda: host.name_champion())
        self.clear_button.clicked.connect(lambda: host.clear_champion())
        self.selection_changed.connect(self.update_buttons)

        self.history = ChampionHistoryPane(self)
        self.history.opened.connect(self.correct_change)
        self.history.remove_button.clicked.connect(self.remove_change)
        self.selection_changed.connect(self.show_history)

        controls = QHBoxLayout()
        controls.addWidget(self.gaps_only)
        controls.addSpacing(12)
        controls.addLayout(self.search_row(), 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.set_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.empty, 1)
        upper_layout.addLayout(buttons)
        # The departments above; the chosen one's champions over time below.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("championsSplitter")
        splitter.addWidget(upper)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 170])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.coverage)
        layout.addWidget(self.hint)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        # The department is read whole; the role, least needed, takes what is left.
        set_widths(self.table, (250, 270, 170, 200, 170), stretch=1)  # the department is what is listed
        self.set_label(DEFAULT_LABEL)

    # -- the compact's word ---------------------------------------------------------

    def set_label(self, label: str) -> None:
        """Puts the compact's own word for a champion into the headings, buttons and filter."""
        self.label = label
        self.model.columns = self.columns()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self.gaps_only.setText(self.tr("&Gaps only: departments with no {label}").format(label=label))
        self.set_button.setText(self.tr("&Name the {label}…").format(label=label))
        self.set_button.setToolTip(self.tr("Choose who is the {label} of the chosen department").format(label=label))
        self.clear_button.setText(self.tr("Clear &the {label}").format(label=label))
        self.clear_button.setToolTip(self.tr("The chosen department no longer has a {label}: it shows as a gap")
                                     .format(label=label))
        self.new_button.setToolTip(self.tr("Add a department of a public body, with its {label} if known (Ctrl+N)")
                                   .format(label=label))
        self.search.setPlaceholderText(self.search_hint())
        # The gap column is read whole, however long the compact's word.
        words = (self.tr("No {label} — a gap").format(label=label), self.tr("Gap?"))
        share_columns(self.table, 1, {4: max(self.table.fontMetrics().horizontalAdvance(text) for text in words) + 24},
                      keep={4})

    # -- the table ------------------------------------------------------------------

    def columns(self) -> list[Column[DepartmentRow]]:
        def tone(row: DepartmentRow):
            return "urgent" if row.gap else None

        return [
            Column(self.tr("Body"), lambda r: r.body, tone=tone, tooltip=self.row_tooltip,
                   sort=lambda r: (r.body.casefold(), r.name.casefold())),
            Column(self.tr("Department"), lambda r: r.name, tone=tone, tooltip=self.row_tooltip),
            Column(sentence_start(self.label), lambda r: r.champion, tone=tone, tooltip=self.row_tooltip,
                   sort=lambda r: (not r.gap, r.champion.casefold())),
            Column(self.tr("Role"), lambda r: r.champion_role, tone=tone, tooltip=self.row_tooltip),
            Column(self.tr("Gap?"), self.gap_text, tone=tone, tooltip=self.row_tooltip,
                   sort=lambda r: (not r.gap, r.body.casefold(), r.name.casefold())),
        ]

    def gap_text(self, row: DepartmentRow) -> str:
        if row.gap:
            return self.tr("No {label} — a gap").format(label=self.label)
        return self.tr("Has a {label}").format(label=self.label)

    def row_tooltip(self, row: DepartmentRow) -> str:
        if row.gap:
            return self.tr("Nobody is named as the {label} of {department} ({body}). Ask {body} to name someone, "
                           "then choose “Name the {label}…”.").format(label=self.label, department=row.name,
                                                                        body=row.body)
        role = f", {row.champion_role}" if row.champion_role else ""
        return self.tr("{person}{role}, is the {label} of {department} ({body}).").format(
            person=row.champion, role=role, label=self.label, department=row.name, body=row.body)

    def list_name(self) -> str:
        return self.tr("Departments and their champions")

    def search_hint(self) -> str:
        return self.tr("Search body, department, {label} or role (Ctrl+F)").format(label=self.label)

    def empty_text(self) -> str:
        return self.tr("<h3>No departments yet</h3><p>Add each department of the council and the other public "
                       "bodies with Ctrl+N, and name its {label}. Departments with nobody named show as gaps, "
                       "so the group can ask for one.</p>").format(label=escape(self.label))

    def apply_filter(self) -> None:
        gaps = self.gaps_only.isChecked()
        self.proxy.set_predicate((lambda row: row.gap) if gaps else None)
        self.proxy.set_search(self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.count_text(shown, total))
        filtered = QCoreApplication.translate(
            "ListTab", "<h3>Nothing matches “{words}”</h3><p>Clear the search (Esc in the box, or its × button) "
            "to see them all.</p>").format(words=escape(self.search.text().strip()))
        if gaps and not self.search.text().strip():
            filtered = self.tr("<h3>No gaps</h3><p>Every department has a {label}. Untick “Gaps only” to see "
                               "them all.</p>").format(label=escape(self.label))
        self.empty.show_state(has_rows=total > 0, visible_rows=shown, empty_text=self.empty_text(),
                              filtered_text=filtered)
        self.update_buttons()

    def count_text(self, shown: int, total: int) -> str:
        gaps = sum(1 for row in self.model.rows() if row.gap)
        return translate("ChampionsTab", "Showing {shown} of {total} · %n gap(s)", None, gaps).format(
            shown=shown, total=total)

    def update_buttons(self) -> None:
        row = self.current_row()
        self.set_button.setEnabled(row is not None)
        self.clear_button.setEnabled(row is not None and not row.gap)

    # -- the chosen department's history -----------------------------------------------------

    def show_history(self) -> None:
        row = self.current_row()
        changes = self.host.bench.read(champions.champion_history, row.department_id) if row is not None else []
        self.history.show_history(row, changes, self.label)

    def correct_change(self) -> None:
        row, change = self.current_row(), self.history.current_change()
        if row is None or change is None:
            return
        dialog = ChampionChangeDialog(self.host.bench, row, change, self.host)
        if self.host.run_dialog(dialog):
            self.history.select(dialog.result_value)

    def remove_change(self) -> None:
        row, change = self.current_row(), self.history.current_change()
        if row is None or change is None:
            return
        self.host.attempt(self.tr("Remove a change of {label} of “{department}”").format(
            label=self.label, department=row.name), champions.remove_champion_change, change.change_id)

    # -- coverage and the hint above the table ----------------------------------------------

    def show_coverage(self, coverage: Coverage) -> None:
        lines, empty = [], []
        for body in coverage.bodies:
            if not body.departments:
                empty.append(body.body)
                continue
            words = self.tr("<b>{body}</b>: {championed} of {departments} departments have a {label}") \
                if body.departments > 1 else self.tr("<b>{body}</b>: {championed} of 1 department has a {label}")
            line = words.format(body=escape(body.body), championed=body.championed, departments=body.departments,
                                label=escape(self.label))
            gaps = body.departments - body.championed
            if gaps:
                line += f' — <span style="{colours.style(colours.URGENT)}">' + escape(translate(
                    "ChampionsTab", "%n gap(s)", None, gaps)) + "</span>"
            lines.append(line)
        if len(lines) > 1:
            share = percent(coverage.championed, coverage.departments)
            departments = coverage.departments
            lines.append(translate("ChampionsTab", "Overall: {championed} of %n department(s) ({share}%)", None,
                                   departments).format(championed=coverage.championed, share=share))
        if empty:
            lines.append(f'<span style="{colours.style(colours.QUIET)}">' + escape(
                self.tr("No departments recorded yet for {bodies}.").format(bodies=", ".join(empty))) + "</span>")
        if not lines:
            lines.append(self.tr("Add the public bodies on the People &amp; seats page, then their departments "
                                 "here."))
        self.coverage.setText("<br>".join(lines))

    def show_unlinked(self, people: list[ChampionRef]) -> None:
        """People marked as champions who champion no department: a hint, not an error."""
        def who(ref: ChampionRef) -> str:
            return f"{ref.name} ({ref.organisation})" if ref.organisation else ref.name

        self.hint.setVisible(bool(people))
        if not people:
            return
        names = ", ".join(who(ref) for ref in people[:HINT_NAMES])
        more = len(people) - HINT_NAMES
        if more > 0:
            names += translate("ChampionsTab", " and %n more", None, more)
        labels = label_plural(self.label)
        if labels:
            hint = self.tr("Marked as {labels} on the People page but named for no department: {names}. Choose their "
                           "department and “Name the {label}…”.").format(labels=labels, label=self.label, names=names)
        else:  # a Welsh word whose plural is not known: said with the word as it is
            hint = self.tr("Marked on the People page as a {label} but named for no department: {names}. Choose "
                           "their department and “Name the {label}…”.").format(label=self.label, names=names)
        self.hint.setText("ⓘ " + escape(hint))
        self.hint.setToolTip("\n".join(who(ref) + (f" — {ref.role}" if ref.role else "") for ref in people))
