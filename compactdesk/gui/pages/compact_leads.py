"""The Compact page's leads: who is the compact's lead councillor (the portfolio holder) and its lead officer now,
each with a "Change…" button, and the history of both, newest first. Enter or a double-click corrects a change;
Remove (or Delete) takes one out. Also the text labels the page and this panel share."""

from functools import partial
from html import escape as html_escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.enums import LeadRole
from compactdesk.domain.text import one_line
from compactdesk.gui.dialogs.leads import LeadDialog
from compactdesk.gui.pages.columns import date_width
from compactdesk.gui.pages.flow import button_row
from compactdesk.gui.pages.people_list import set_widths
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.tables import make_table, select_key, selected_key
from compactdesk.gui.widgets import EmptyState
from compactdesk.services import leads
from compactdesk.services.leads import LeadChangeRow, LeadNow

# Text, never attribute values, goes into the page's markup: apostrophes may stay as typed.
escape = partial(html_escape, quote=False)


def text_label(text: str = "", *, scale: float = 1.0, bold: bool = False, name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # Names and notes come from the user: shown as typed, never read as markup.
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    if name:
        label.setObjectName(name)
    return label



class LeadsPanel(QWidget):
    """`host` is the page: its bench, its dialog runner (exec_dialog) and `attempt` for a removal."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.now_labels: dict[LeadRole, QLabel] = {}
        self.change_buttons: dict[LeadRole, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        # L, E and H: the page's own buttons have T, R, M, S and P.
        texts = {LeadRole.COUNCILLOR: self.tr("Change the &lead councillor…"),
                 LeadRole.OFFICER: self.tr("Chang&e the lead officer…")}
        for line, role in enumerate(LeadRole):
            heading = text_label(role.label() + ":", bold=True)
            now = text_label(name=f"{role.value}Now", rich=True)
            button = QPushButton(texts[role])
            button.setObjectName(f"change_{role.value}")
            button.clicked.connect(partial(self.change, role))
            grid.addWidget(heading, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(now, line, 1)
            self.now_labels[role], self.change_buttons[role] = now, button

        self.model: RowModel[LeadChangeRow] = RowModel([
            Column(self.tr("From"), lambda r: uk_date(r.on), sort=lambda r: (r.on, r.change_id), value=lambda r: r.on,
                   tooltip=self._day_tip, tone=self._tone),
            Column(self.tr("Role"), lambda r: r.role.label(), tone=self._tone),
            Column(self.tr("Who"), lambda r: r.person or self.tr("Nobody"), tooltip=self._who_tip, tone=self._tone),
            Column(self.tr("Note"), lambda r: one_line(r.note), tooltip=lambda r: r.note or None, tone=self._tone),
        ], key=lambda row: row.change_id, parent=self)
        self.table, _ = make_table(self.model, self, "leadHistory", opens=self.correct_current,
                                   accessible_name=self.tr("History of the compact's leads"))
        # The day and the role read whole; who and the note share what is left (their tooltips have all of it),
        # the note keeping its fair share on a narrow screen.
        metrics = self.table.fontMetrics()
        set_widths(self.table, (date_width(self.table),
                                max(metrics.horizontalAdvance(role.label()) for role in LeadRole) + 16, 150, 200),
                   stretch=3, keep={0})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.history = EmptyState(self.table)
        self.remove_button = QPushButton(self.tr("Remove c&hange"))
        self.remove_button.setObjectName("removeLeadChange")
        self.remove_button.setToolTip(self.tr("Take the chosen change of lead out of the history; Ctrl+Z takes it "
                                              "back"))
        self.remove_button.clicked.connect(self.remove_current)
        hint = text_label(self.tr("Double-click a change to correct it."))
        hint.setEnabled(False)  # greyed: a hint, not content
        # Wraps onto a second line where the words are long (Welsh) or the screen narrow.
        buttons = button_row([self.change_buttons[role] for role in LeadRole] + [self.remove_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.history)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _who_tip(self, row: LeadChangeRow) -> str:
        if not row.person:
            return self.tr("Nobody: the role fell empty")
        return f"{row.person} — {row.organisation}" if row.organisation else row.person

    def _tone(self, row: LeadChangeRow) -> str | None:
        return "quiet" if row.planned else None

    def _day_tip(self, row: LeadChangeRow) -> str:
        if row.planned:
            return self.tr("{date}: dated after today, so not yet in force").format(date=uk_long_date(row.on))
        return self.tr("{date}: the {role} now").format(date=uk_long_date(row.on), role=row.role.label().lower()) \
            if row.current else uk_long_date(row.on)

    # -- showing --------------------------------------------------------------

    def refresh(self) -> None:
        bench = self.host.bench
        today = bench.today()
        for lead in bench.read(leads.leads_now, today):
            self.now_labels[lead.role].setText(self._now_text(lead))
        rows = [row for role in LeadRole for row in bench.read(leads.lead_history, role, today)]
        rows.sort(key=lambda row: (row.on, row.change_id), reverse=True)
        chosen = selected_key(self.table)
        self.model.set_rows(rows)
        if chosen is not None:
            select_key(self.table, chosen)
        self.history.show_state(has_rows=bool(rows), visible_rows=len(rows), empty_text=self.tr(
            "No leads recorded yet. Record the councillor who holds the compact's portfolio and the officer who "
            "leads on it, with the day each took it on."))
        shown = min(max(len(rows), 3), 8)
        view = self.table
        self.history.setFixedHeight(view.horizontalHeader().sizeHint().height() + shown *
                                    view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + 2)
        self.update_buttons()

    def _now_text(self, lead: LeadNow) -> str:
        if lead.person_id is not None:
            where = f" ({escape(lead.organisation)})" if lead.organisation else ""
            text = self.tr("<b>{person}</b>{where}, since {day}").format(person=escape(lead.person), where=where,
                                                                        day=escape(uk_date(lead.since)))
        elif lead.since is not None:
            text = self.tr("Nobody since {day}").format(day=escape(uk_date(lead.since)))
        else:
            text = escape(self.tr("Not recorded yet"))
        if lead.next_change is not None:
            text += escape(self.tr("; a change is planned for {day}").format(day=uk_date(lead.next_change)))
        return text

    def current_change(self) -> LeadChangeRow | None:
        return self.model.row_for(selected_key(self.table))

    def update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_change() is not None)

    # -- what the buttons do ------------------------------------------------------

    def change(self, role: LeadRole) -> None:
        dialog = LeadDialog(self.host.bench, role, self.host)
        if self.host.exec_dialog(dialog):
            select_key(self.table, dialog.result_value)

    def correct_current(self) -> None:
        row = self.current_change()
        if row is None:
            return
        dialog = LeadDialog(self.host.bench, row.role, self.host, change=row)
        if self.host.exec_dialog(dialog):
            select_key(self.table, dialog.result_value)

    def remove_current(self) -> None:
        row = self.current_change()
        if row is not None:
            self.host.attempt(self.tr("Remove the change of {role} of {day}").format(
                role=row.role.label().lower(), day=uk_date(row.on)), leads.remove_lead_change, row.change_id)
