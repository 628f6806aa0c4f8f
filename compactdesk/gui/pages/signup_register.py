"""The Sign-up register tab: who has signed up to the compact and when, the counts, and who to invite."""

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import OrgTag, Sector
from compactdesk.gui.pages.columns import contents_width, share_columns
from compactdesk.gui.pages.people_list import ListTab, set_widths
from compactdesk.gui.table_model import Column
from compactdesk.i18n import translate
from compactdesk.services.signup import SignUpCounts, SignUpRow

SIGNED_NOW, ALL_SIGNATURES, NOT_SIGNED = "now", "all", "invite"
# How many names of those not signed the tooltip lists under each tag before "and N more".
NAMES_SHOWN = 12
ORGANISATION, SECTOR, TAGS, SIGNED_ON, LAPSED_ON, NOW, BEFORE, NOTE = range(8)
# Columns fitted to their contents, up to a width (a longer text elides; its tooltip has it whole).
FIT_COLUMNS = {SECTOR: 180, TAGS: 170, SIGNED_ON: 135, LAPSED_ON: 135, NOW: 90, BEFORE: 70}
# Columns that say nothing in a view: every signature there is signed up now, or there is none.
HIDDEN = {SIGNED_NOW: {NOW}, ALL_SIGNATURES: set(), NOT_SIGNED: {SIGNED_ON, LAPSED_ON, NOW}}


def tags_text(tags: frozenset[OrgTag]) -> str:
    return ", ".join(tag.label() for tag in OrgTag if tag in tags)  # the enum's order, as on the Organisations tab


def _names(refs) -> str:
    names = [ref.name for ref in refs[:NAMES_SHOWN]]
    more = len(refs) - len(names)
    text = ", ".join(names)
    return text + (translate("RegisterTab", " and %n more", None, more) if more else "")


class RegisterTab(ListTab):
    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(key=lambda row: row.key, name="signupTable", parent=parent)
        self.host = host  # the page: its bench, its dialogs and its way of showing a refusal
        self.rows: list[SignUpRow] = []  # signatures
        self.invites: list[SignUpRow] = []  # organisations not signed today
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by name, then date
        self.summary = QLabel(self)
        self.summary.setObjectName("signupCounts")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.showing = QComboBox(self)
        self.showing.setObjectName("signupShowing")
        for key, text in ((SIGNED_NOW, self.tr("Signed up now")), (ALL_SIGNATURES, self.tr("All signatures")),
                          (NOT_SIGNED, self.tr("Not signed — who to invite"))):
            self.showing.addItem(text, key)
        self.showing.currentIndexChanged.connect(self.apply_filter)
        showing_label = QLabel(self.tr("Sho&wing:"), self)
        showing_label.setBuddy(self.showing)

        self.sign_up_button = QPushButton(self.tr("&Sign up…"), self)
        self.sign_up_button.setToolTip(self.tr("Record that an organisation signed up to the compact (Ctrl+N)"))
        self.again_button = QPushButton(self.tr("Sign &again…"), self)
        self.again_button.setToolTip(self.tr("After a reorganisation: the chosen signature lapses and a new one "
                                             "starts on the same day"))
        self.lapse_button = QPushButton(self.tr("Record a &lapse…"), self)
        self.lapse_button.setToolTip(self.tr("The chosen organisation no longer counts as signed up from a day, "
                                             "e.g. it closed or merged"))
        self.sign_up_button.clicked.connect(lambda: host.sign_up())
        self.again_button.clicked.connect(lambda: host.sign_again())
        self.lapse_button.clicked.connect(lambda: host.record_lapse())
        self.selection_changed.connect(self.update_buttons)

        controls = QHBoxLayout()
        controls.addWidget(showing_label)
        controls.addWidget(self.showing)
        controls.addSpacing(12)
        controls.addLayout(self.search_row(), 1)
        buttons = QHBoxLayout()
        for button in (self.sign_up_button, self.again_button, self.lapse_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(controls)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        # The organisation is what the list is of: it stretches; a long note elides (its tooltip has it).
        set_widths(self.table, (230, 150, 150, 112, 112, 90, 90, 220), stretch=ORGANISATION,
                   keep={SIGNED_ON, LAPSED_ON})
        self.update_buttons()

    # -- the table ----------------------------------------------------------------

    def columns(self) -> list[Column[SignUpRow]]:
        def tone(row: SignUpRow):
            # A signature that no longer counts is history: grey. Who to invite keeps the usual colour.
            return "quiet" if row.signup_id is not None and not row.signed_now else None

        def day(value: dt.date | None) -> str:
            return uk_date(value) if value is not None else ""

        return [
            Column(self.tr("Organisation"), lambda r: r.organisation, tone=tone),
            Column(self.tr("Sector"), self.sector_text, tooltip=lambda r: r.sector.label(), tone=tone,
                   sort=lambda r: (not r.sector.is_public, list(Sector).index(r.sector), r.organisation.casefold())),
            Column(self.tr("Tags"), lambda r: tags_text(r.tags), tone=tone),
            Column(self.tr("Signed on"), lambda r: day(r.signed_on), tone=tone,
                   sort=lambda r: r.signed_on.toordinal() if r.signed_on else 0, value=lambda r: r.signed_on),
            Column(self.tr("Lapsed on"), lambda r: day(r.lapsed_on), tone=tone,
                   sort=lambda r: r.lapsed_on.toordinal() if r.lapsed_on else 10**9, value=lambda r: r.lapsed_on),
            Column(self.tr("Now"), self.now_text, tooltip=self.now_tooltip, tone=tone,
                   sort=lambda r: (not r.signed_now, r.signup_id is None)),
            Column(self.tr("Earlier"), self.before_text, tooltip=self.before_tooltip, tone=tone, right=True,
                   sort=lambda r: r.previous, value=lambda r: r.previous or None),
            # One line in the table; the tooltip carries the note whole.
            Column(self.tr("Note"), lambda r: " ".join(r.note.split()), tooltip=lambda r: r.note or None, tone=tone),
        ]

    def sector_text(self, row: SignUpRow) -> str:
        # The voluntary sector's full name would take a fifth of the table; the tooltip has it whole.
        return self.tr("Voluntary and community") if row.sector is Sector.VCS else row.sector.label()

    def now_text(self, row: SignUpRow) -> str:
        if row.signup_id is None:
            return self.tr("Not signed")
        if row.signed_now:
            return self.tr("Signed up")
        today = self.host.bench.today()
        return self.tr("Not yet") if row.signed_on > today else self.tr("Lapsed")

    def now_tooltip(self, row: SignUpRow) -> str:
        today = uk_date(self.host.bench.today())
        if row.signup_id is None:
            return self.tr("{name} is not signed up to the compact today ({today}). Press Enter to sign them up.") \
                .format(name=row.organisation, today=today)
        if row.signed_now:
            return self.tr("This signature counts today ({today}).").format(today=today)
        if row.signed_on > self.host.bench.today():
            return self.tr("This signature counts from {day}.").format(day=uk_date(row.signed_on))
        return self.tr("This signature lapsed on {day}; it no longer counts.").format(day=uk_date(row.lapsed_on))

    def before_text(self, row: SignUpRow) -> str:
        return str(row.previous) if row.previous else ""

    def before_tooltip(self, row: SignUpRow) -> str:
        count = row.previous  # a bare name: lupdate collects no plural with any other count
        if row.signup_id is None:
            return translate("RegisterTab", "Signed %n time(s) before", None, count) if count else \
                self.tr("Never signed up")
        return translate("RegisterTab", "%n earlier signature(s) by this organisation", None, count)

    def list_name(self) -> str:
        return self.tr("Sign-up register")

    def search_hint(self) -> str:
        return self.tr("Search organisation, sector, tags or note (Ctrl+F)")

    def empty_text(self) -> str:
        mode = self.mode()
        if mode == NOT_SIGNED:
            return self.tr("<h3>Every organisation is signed up</h3><p>Nobody is left to invite. Organisations "
                           "added on the People &amp; seats page appear here until they sign.</p>")
        if self.rows and mode == SIGNED_NOW:
            return self.tr("<h3>Nobody is signed up today</h3><p>Every signature has lapsed. Choose “All "
                           "signatures” to see them, or sign an organisation up with Ctrl+N.</p>")
        return self.tr("<h3>No sign-ups yet</h3><p>When an organisation signs up to the compact, record it here "
                       "with Ctrl+N: who has signed, and how many small, BME and rural groups among them, is itself "
                       "a measure of the compact.</p>")

    # -- loading and filtering --------------------------------------------------------

    def mode(self) -> str:
        return self.showing.currentData() or SIGNED_NOW

    def load_register(self, signatures: list[SignUpRow], invites: list[SignUpRow], counts: SignUpCounts) -> None:
        self.rows, self.invites = list(signatures), list(invites)
        self.show_counts(counts)
        self.load(self.rows + self.invites)

    def in_mode(self, row: SignUpRow) -> bool:
        mode = self.mode()
        if mode == NOT_SIGNED:
            return row.signup_id is None
        return row.signup_id is not None and (mode == ALL_SIGNATURES or row.signed_now)

    def apply_filter(self) -> None:
        self.proxy.set_predicate(self.in_mode)
        self.proxy.set_search(self.search.text())
        total = sum(1 for row in self.model.rows() if self.in_mode(row))
        shown = self.proxy.rowCount()
        self.count.setText(self.count_text(shown, total))
        self.empty.show_state(
            has_rows=total > 0, visible_rows=shown, empty_text=self.empty_text(),
            filtered_text=QCoreApplication.translate(
                "ListTab", "<h3>Nothing matches “{words}”</h3><p>Clear the search (Esc in the box, or its × button) "
                "to see them all.</p>").format(words=escape(self.search.text().strip())))
        # When everyone is signed, a "Sign up…" button would have nobody to sign.
        self.empty.button.setVisible(self.empty.showing_empty and total == 0 and self.mode() != NOT_SIGNED)
        self.update_buttons()
        self.fit_columns()

    def fit_columns(self) -> None:
        hidden = set(HIDDEN[self.mode()])
        if self.mode() == SIGNED_NOW and not any(row.lapsed_on for row in self.rows if row.signed_now):
            hidden.add(LAPSED_ON)  # a lapse still to come is the only kind a signature counting today can have
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in hidden)
        share = share_columns(self.table, ORGANISATION, {})
        for column, widest in FIT_COLUMNS.items():
            if column not in hidden:
                share.want(column, min(contents_width(self.table, column), widest))
        share.fit()  # the hidden columns' room goes to the others

    def count_text(self, shown: int, total: int) -> str:
        return {SIGNED_NOW: self.tr("Showing {shown} of {total} signed up now"),
                ALL_SIGNATURES: translate("RegisterTab", "Showing {shown} of %n signature(s)", None, total),
                NOT_SIGNED: self.tr("Showing {shown} of {total} not signed")}[self.mode()].format(
            shown=shown, total=total)

    def set_mode(self, mode: str) -> None:
        self.showing.setCurrentIndex(self.showing.findData(mode))

    def reveal(self, key: int) -> bool:
        """Selects a signature (or organisation to invite), widening the filter and clearing the search if needed."""
        if self.select(key):
            return True
        row = self.model.row_for(key)
        if row is not None and not self.in_mode(row):
            self.set_mode(NOT_SIGNED if row.signup_id is None else ALL_SIGNATURES)
        if self.select(key):
            return True
        self.search.clear()
        return self.select(key)

    def current_signature(self) -> SignUpRow | None:
        row = self.current_row()
        return row if row is not None and row.signup_id is not None else None

    def update_buttons(self) -> None:
        row = self.current_signature()
        # Only a signature that has not lapsed can be renewed or lapse.
        running = row is not None and row.lapsed_on is None
        self.again_button.setEnabled(running)
        self.lapse_button.setEnabled(running)

    # -- the counts above the table ------------------------------------------------------

    def show_counts(self, counts: SignUpCounts) -> None:
        tags = " · ".join(f"{tag.label()} {counts.by_tag[tag]}" for tag in OrgTag)
        count = counts.total
        headline = translate("RegisterTab", "%n organisation(s) signed up", None, count)
        first = self.tr("<b>{headline}</b>: {vcs} voluntary and community, {public} public. {tags}").format(
            headline=headline, vcs=counts.vcs, public=counts.public, tags=tags)
        count = counts.new_in_year
        new = translate("RegisterTab", "%n signed up for the first time in {year}.", None, count) \
            .format(year=counts.day.year)
        if counts.not_signed:
            missing = " · ".join(f"{tag.label()} {len(counts.not_signed_by_tag[tag])}" for tag in OrgTag
                                 if counts.not_signed_by_tag[tag])
            count = len(counts.not_signed)
            waiting = translate("RegisterTab", "%n not signed up yet", None, count)
            second = f"{new} {waiting}" + (f" ({missing})" if missing else "") + "."
        else:
            second = f"{new} " + self.tr("Every organisation in this group's records is signed up.")
        self.summary.setText(f"{first}<br>{escape(second, quote=False)}")
        self.summary.setToolTip(self._counts_tooltip(counts))

    def _counts_tooltip(self, counts: SignUpCounts) -> str:
        lines = [self.tr("Signed up on {day}, by sector:").format(day=uk_date(counts.day))]
        lines += [f"  {sector.label()}: {counts.by_sector[sector]}" for sector in Sector if counts.by_sector[sector]]
        lines.append(self.tr("An organisation with two tags counts under both."))
        if counts.not_signed:
            lines.append("")
            lines.append(self.tr("Not signed up, by tag (choose “Not signed — who to invite” to see them all):"))
            lines += [f"  {tag.label()}: {_names(counts.not_signed_by_tag[tag])}" for tag in OrgTag
                      if counts.not_signed_by_tag[tag]]
        return "\n".join(lines)
