"""The Seats tab: every seat, who holds it now, the balance between sectors, and each seat's history."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import SeatFill, Sector, TermState
from compactdesk.domain.rules import Balance
from compactdesk.gui import colours
from compactdesk.gui.colours import status_tone
from compactdesk.gui.dialogs.make_up import MakeUpDialog
from compactdesk.gui.dialogs.people import TermDialog
from compactdesk.gui.pages.columns import contents_width, share_columns
from compactdesk.gui.pages.people_list import ListTab, make_table, select_key, selected_key, set_widths
from compactdesk.gui.table_model import Column, RowModel
from compactdesk.gui.widgets import EmptyState
from compactdesk.i18n import translate
from compactdesk.services import make_up, seats
from compactdesk.services.seats import SeatView, TermView

# Vacant seats first when sorting by state: they are what the secretary has to act on.
STATE_ORDER = {TermState.VACANT: 0, TermState.ENDING_SOON: 1, TermState.FILLED: 2}
# Columns fitted to their contents, up to a width: held by, term from, term until, state.
FIT_COLUMNS = {3: 200, 4: 150, 5: 150, 6: 220}
# How much of a seat's title, filling and notes the heading above its history shows (the tooltip has all).
HEADING_SHOWN = 90
NOTES_SHOWN = 160


class SeatsTab(ListTab):
    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(key=lambda row: row.seat_id, name="seatsTable", parent=parent)
        self.host = host  # the page: its bench, its dialogs and its way of showing a refusal
        # The group's own seat order until a heading is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.balance = QLabel(self)
        self.balance.setObjectName("sectorBalance")
        self.balance.setWordWrap(True)
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        self.imbalance = QLabel(self)
        self.imbalance.setObjectName("imbalance")
        self.imbalance.setWordWrap(True)
        colours.tint(self.imbalance, colours.URGENT, bold=True)
        self.imbalance.hide()
        self.make_up_button = QPushButton(self.tr("The group's &make-up…"), self)
        self.make_up_button.setObjectName("makeUpButton")
        self.make_up_button.setToolTip(self.tr("How many seats each sector has, as the group agreed it; the warnings "
                                               "compare the seats with it"))
        self.make_up_button.clicked.connect(self.edit_make_up)
        self._build_history()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("seatsSplitter")  # the key its dragged sizes are kept under (gui/splitters.py)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.history_pane)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([500, 200])  # in proportion: most of the height for the seats themselves
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.balance)
        layout.addWidget(self.imbalance)
        search = self.search_row()
        search.addWidget(self.make_up_button)  # on the search's line: no height taken from the seats on a small screen
        layout.addLayout(search)
        layout.addWidget(splitter, 1)
        set_widths(self.table, (200, 115, 150, 135, 126, 126, 175), stretch=0, keep={4, 5})  # terms read whole
        self.selection_changed.connect(self.show_history)

    def _build_history(self) -> None:
        self.history_model = RowModel(self.history_columns(), key=lambda row: row.term_id, parent=self)
        self.history_table, self.history_proxy = make_table(self.history_model, self, "historyTable",
                                                            opens=self.change_term,
                                                            accessible_name=self.tr("Who has held the seat"))
        self.history_table.setSortingEnabled(True)
        self.history_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the latest term first
        self.history_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        set_widths(self.history_table, (260, 140, 140, 170), stretch=0)
        self.history_empty = EmptyState(self.history_table, self)
        self.history_heading = QLabel(self)
        self.history_heading.setObjectName("historyHeading")
        self.history_heading.setWordWrap(True)
        self.history_heading.setTextFormat(Qt.TextFormat.RichText)

        self.appoint_button = QPushButton(self.tr("&Appoint…"), self)
        self.appoint_button.setToolTip(self.tr("Record who takes this seat, from when, and until when if known"))
        self.appoint_button.clicked.connect(self.appoint)
        self.change_button = QPushButton(self.tr("&Change term…"), self)
        self.change_button.setToolTip(self.tr("Correct the dates of the chosen term"))
        self.change_button.clicked.connect(self.change_term)
        self.end_button = QPushButton(self.tr("E&nd term…"), self)
        self.end_button.setToolTip(self.tr("Give the chosen term its last day, e.g. after a resignation"))
        self.end_button.clicked.connect(self.end_term)
        self.remove_button = QPushButton(self.tr("&Remove term"), self)
        self.remove_button.setToolTip(self.tr("Take a term recorded by mistake out of the history"))
        self.remove_button.clicked.connect(self.remove_term)
        buttons = QVBoxLayout()
        for button in (self.appoint_button, self.change_button, self.end_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.history_pane = QWidget(self)
        pane = QVBoxLayout(self.history_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.history_heading)
        lower = QHBoxLayout()
        lower.addWidget(self.history_empty, 1)
        lower.addLayout(buttons)
        pane.addLayout(lower, 1)
        # Room for two lines of heading and all four buttons, however the splitter is dragged.
        self.history_pane.setMinimumHeight(buttons.minimumSize().height() + 2 * self.fontMetrics().lineSpacing() + 12)

    # -- the seats table ------------------------------------------------------

    def columns(self) -> list[Column[SeatView]]:
        def state_tone(row: SeatView):
            return "urgent" if row.state is TermState.VACANT else None

        def until_tone(row: SeatView):
            return "quiet" if row.holder is not None and row.term_end is None else None

        return [
            Column(self.tr("Seat"), lambda r: r.title, tooltip=self.seat_tooltip),
            Column(self.tr("Sector"), lambda r: r.sector.label(),
                   sort=lambda r: (not r.sector.is_public, list(Sector).index(r.sector))),
            Column(self.tr("How it is filled"), self.fill_text, tooltip=self.fill_tooltip),
            Column(self.tr("Held by"), lambda r: r.holder or "", tooltip=lambda r: r.holder or self.tr("Nobody")),
            Column(self.tr("Term from"), lambda r: uk_date(r.term_start) if r.term_start else "",
                   sort=lambda r: r.term_start.toordinal() if r.term_start else 0, value=lambda r: r.term_start),
            Column(self.tr("Term until"), self.until_text, tone=until_tone,
                   sort=lambda r: r.term_end.toordinal() if r.term_end else (10**9 if r.holder else 0)),
            Column(self.tr("State"), self.state_text, tone=state_tone, status=lambda r: status_tone(r.state),
                   sort=lambda r: (STATE_ORDER[r.state], r.title.casefold())),
        ]

    def load(self, rows) -> None:
        super().load(rows)
        # Names, dates and states are short and must be read whole; the seat's title takes what is left.
        share = share_columns(self.table, 0, {})
        for column, widest in FIT_COLUMNS.items():  # a very long name elides; its tooltip has it whole
            share.want(column, min(contents_width(self.table, column), widest))

    def seat_tooltip(self, row: SeatView) -> str:
        return "\n".join([row.title] + ([self.tr("Covers: {brief}").format(brief=row.brief)] if row.brief else []))

    def fill_text(self, row: SeatView) -> str:
        if row.fill is SeatFill.RESERVED:
            return self.tr("Reserved for {who}").format(who=row.reserved_for)
        if row.fill is SeatFill.NOMINATED and row.nominated_by:
            return self.tr("Nominated by {organisation}").format(organisation=row.nominated_by)
        return row.fill.label()

    def fill_tooltip(self, row: SeatView) -> str:
        text = self.fill_text(row)
        if row.nominated_by and not (row.fill is SeatFill.NOMINATED):
            text = self.tr("{how}; nominated by {organisation}").format(how=text, organisation=row.nominated_by)
        return text

    def until_text(self, row: SeatView) -> str:
        if row.term_end is not None:
            return uk_date(row.term_end)
        return self.tr("no end date") if row.holder is not None else ""

    def state_text(self, row: SeatView) -> str:
        if row.state is TermState.VACANT:
            if row.vacant_since is not None and row.vacancy_reason:
                return self.tr("Vacant since {day}: {reason}").format(day=uk_date(row.vacant_since),
                                                                      reason=row.vacancy_reason)
            if row.vacant_since is not None:
                return self.tr("Vacant since {day}").format(day=uk_date(row.vacant_since))
            return self.tr("Vacant, never filled") if not row.terms else self.tr("Vacant")
        return row.state.label()

    def list_name(self) -> str:
        return self.tr("Seats")

    def search_hint(self) -> str:
        return self.tr("Search seat, sector, holder or state (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("<h3>No seats yet</h3><p>Add the group's seats and who holds them (Ctrl+N for each place at "
                       "the table, public bodies and voluntary sector alike), or import them from a spreadsheet "
                       "(<nobr>File ▸ Import</nobr>).</p>")

    def count_text(self, shown: int, total: int) -> str:
        vacant = sum(1 for row in self.model.rows() if row.state is TermState.VACANT)
        return self.tr("Showing {shown} of {total} · {vacant} vacant").format(shown=shown, total=total,
                                                                               vacant=vacant)

    def show_balance(self, balance: Balance) -> None:
        public, vcs = balance.public_seats, balance.vcs_seats  # bare names, as lupdate reads a plural's count
        self.balance.setText(self.tr(
            "<b>Public sector:</b> {public}, {public_filled} filled · "
            "<b>Voluntary and community sector:</b> {vcs}, {vcs_filled} filled").format(
            public=translate("SeatsTab", "%n seat(s)", None, public), public_filled=balance.public_filled,
            vcs=translate("SeatsTab", "%n seat(s)", None, vcs), vcs_filled=balance.vcs_filled))
        by_sector = [self.tr("{sector}: {seats}, {intended} agreed").format(
            sector=sector.label(), seats=balance.by_sector.get(sector, 0), intended=balance.intended.get(sector, 0))
            if not balance.parity else f"{sector.label()}: {balance.by_sector[sector]}"
            for sector in Sector if balance.by_sector.get(sector) or balance.intended.get(sector)]
        self.balance.setToolTip(" · ".join(by_sector))
        problems = make_up.balance_warnings(balance)
        self.imbalance.setText("⚠ " + " ".join(problems))
        self.imbalance.setVisible(bool(problems))

    # -- the chosen seat's history --------------------------------------------

    def current_term(self) -> TermView | None:
        key = selected_key(self.history_table)
        return self.history_model.row_for(key)

    def history_columns(self) -> list[Column[TermView]]:
        return [
            Column(self.tr("Held by"), lambda r: r.person),
            Column(self.tr("From"), lambda r: uk_date(r.start_on), sort=lambda r: r.start_on,
                   value=lambda r: r.start_on),
            Column(self.tr("Until"), lambda r: uk_date(r.end_on) if r.end_on else self.tr("no end date"),
                   sort=lambda r: r.end_on.toordinal() if r.end_on else 10**9),
            Column(self.tr("Now"), self.term_standing, tone=lambda r: None if self._holds(r) else "quiet"),
        ]

    def _holds(self, term: TermView) -> bool:
        today = self.host.bench.today()
        return term.start_on <= today and (term.end_on is None or today <= term.end_on)

    def term_standing(self, term: TermView) -> str:
        today = self.host.bench.today()
        if term.start_on > today:
            return self.tr("Starts later")
        return self.tr("Holds the seat now") if self._holds(term) else self.tr("Ended")

    def show_history(self) -> None:
        seat = self.current_row()
        chosen = self.current_term()
        terms = self.host.bench.read(seats.history, seat.seat_id) if seat is not None else []
        self.history_table.selectionModel().blockSignals(True)
        self.history_model.set_rows(terms)
        self.history_table.selectionModel().blockSignals(False)
        self._show_heading(seat)
        self.history_empty.show_state(
            has_rows=bool(terms), visible_rows=len(terms),
            empty_text=self.tr("Nobody has held this seat yet. Choose “Appoint…” to record who takes it.")
            if seat is not None else self.tr("Each person who has held the chosen seat is listed here, with the "
                                             "dates of their term."))
        if seat is not None:
            # Keep the term that was chosen; otherwise the one running now, else the latest.
            wanted = [chosen.term_id] if chosen is not None and chosen.seat_id == seat.seat_id else []
            wanted += [seat.term_id] if seat.term_id is not None else []
            wanted += [terms[-1].term_id] if terms else []
            any(select_key(self.history_table, term_id) for term_id in wanted)
        self._update_buttons()

    def _show_heading(self, seat: SeatView | None) -> None:
        if seat is None:
            self.history_heading.setText(self.tr("Choose a seat to see who has held it."))
            self.history_heading.setToolTip("")
            return
        notes = self.host.bench.read(seats.seat_detail, seat.seat_id).notes
        # Long words would push the history off the screen: the start of each here, all of them in the tooltip.
        how = self.fill_tooltip(seat)
        brief = self.tr("Covers: {brief}").format(brief=seat.brief) if seat.brief else ""
        # Why it is empty, read whole here: the State column may have room for only the start of it.
        vacancy = self.state_text(seat) if seat.vacancy_reason else ""
        self.history_heading.setText(self.tr("<b>Who has held “{title}”</b> · {sector} · {how}").format(
            title=escape(_shorten(seat.title, HEADING_SHOWN)), sector=seat.sector.label(),
            how=escape(_shorten(how, HEADING_SHOWN)))
            + "".join(f" · {escape(_shorten(part, HEADING_SHOWN))}" for part in (brief, vacancy) if part)
            + (f"<br><i>{escape(_shorten(' '.join(notes.split()), NOTES_SHOWN))}</i>" if notes else ""))
        self.history_heading.setToolTip("\n\n".join(part for part in (seat.title, how, brief, vacancy, notes)
                                                      if part))

    def _update_buttons(self) -> None:
        seat = self.current_row()
        term = self.current_term()
        self.appoint_button.setEnabled(seat is not None)
        self.change_button.setEnabled(term is not None)
        self.remove_button.setEnabled(term is not None)
        # A term already over needs no ending; its dates can still be corrected with "Change term…".
        self.end_button.setEnabled(term is not None and (term.end_on is None or
                                                         term.end_on >= self.host.bench.today()))

    # -- the group's make-up and term actions --------------------------------------

    def edit_make_up(self) -> None:
        self.host.run_dialog(MakeUpDialog(self.host.bench, self))

    def appoint(self) -> None:
        seat = self.current_row()
        if seat is not None:
            self.host.run_dialog(TermDialog(self.host.bench, self, seat_id=seat.seat_id))

    def change_term(self) -> None:
        term = self.current_term()
        if term is not None:
            self.host.run_dialog(TermDialog(self.host.bench, self, seat_id=term.seat_id, term_id=term.term_id))

    def end_term(self) -> None:
        term = self.current_term()
        if term is not None:
            self.host.run_dialog(TermDialog(self.host.bench, self, seat_id=term.seat_id, term_id=term.term_id,
                                            ending=True))

    def remove_term(self) -> None:
        term = self.current_term()
        if term is not None:
            self.host.attempt(self.tr("Remove {person}'s term on “{seat}”").format(person=term.person, seat=term.seat),
                              seats.remove_term, term.term_id)



def _shorten(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most].rstrip() + "…"
