"""Sign-up & champions: the organisations signed up to the compact, and a champion in each public department."""

from PySide6.QtWidgets import QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.titles import sentence_start
from compactdesk.gui.dialogs.signup import (
    AGAIN,
    EDIT,
    LAPSE,
    NEW,
    DepartmentDialog,
    SignUpDialog,
    with_mnemonic,
)
from compactdesk.gui.pages.signup_champions import ChampionsTab, plural
from compactdesk.gui.pages.signup_register import NOT_SIGNED, RegisterTab
from compactdesk.gui.pages.tabbed import TabbedPage
from compactdesk.gui.workbench import Workbench
from compactdesk.services import champions, signup

REGISTER, CHAMPIONS = range(2)
# Letters with a meaning on this page already: the menus (File, Edit, View, Help), the register tab and its buttons
# (sign-Up, Sign up, Again, Lapse, shoWing) and the champions tab's (Department, Name, The, Gaps).
TAKEN = "fevhusalwdntg"


class SignUpPage(TabbedPage):
    area = "signup"

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(bench, parent)
        self.register_tab = RegisterTab(self)
        self.champions_tab = ChampionsTab(self)
        self.label = champions.DEFAULT_LABEL
        # Alt+C, not "C&hampions": Alt+H opens the Help menu.
        self.build_tabs("signupTabs", [(self.register_tab, self.tr("Sign-&up register")),
                                       (self.champions_tab, self.tr("&Champions"))])
        self.register_tab.empty.set_action(self.tr("Sign up an organisation…"), self.sign_up)
        self.champions_tab.empty.set_action(self.tr("New department…"), self.new_department)

    def title(self) -> str:
        return self.tr("Sign-up & champions")

    def refresh(self) -> None:
        super().refresh()
        today = self.bench.today()
        self._set_label(self.bench.read(champions.champion_label))
        self.register_tab.load_register(self.bench.read(signup.signup_rows, today),
                                        self.bench.read(signup.invite_rows, today),
                                        self.bench.read(signup.signup_counts, today))
        self.champions_tab.show_coverage(self.bench.read(champions.coverage))
        self.champions_tab.show_unlinked(self.bench.read(champions.unlinked_champions))
        self.champions_tab.load(self.bench.read(champions.department_rows))

    def _set_label(self, label: str) -> None:
        if label == self.label and self.champions_tab.label == label:
            return
        self.label = label
        self.champions_tab.set_label(label)
        self.tabs.setTabText(CHAMPIONS, self.tr("&Champions") if label == champions.DEFAULT_LABEL
                             else with_mnemonic(sentence_start(plural(label)), TAKEN))

    # -- the register -------------------------------------------------------------------

    def sign_up(self, organisation_id: int | None = None) -> None:
        self.tabs.setCurrentIndex(REGISTER)
        # Signing up from the list of who to invite keeps that list in view: the next one is a row away.
        self.show_made(SignUpDialog(self.bench, self, mode=NEW, organisation_id=organisation_id), self.register_tab,
                       widen=self.register_tab.mode() != NOT_SIGNED)

    def sign_again(self) -> None:
        row = self.register_tab.current_signature()
        if row is not None:
            self.show_made(SignUpDialog(self.bench, self, mode=AGAIN, signup_id=row.signup_id), self.register_tab)

    def record_lapse(self) -> None:
        row = self.register_tab.current_signature()
        if row is not None:
            self.show_made(SignUpDialog(self.bench, self, mode=LAPSE, signup_id=row.signup_id), self.register_tab)

    # -- champions -------------------------------------------------------------------------

    def new_department(self) -> None:
        self.tabs.setCurrentIndex(CHAMPIONS)
        row = self.champions_tab.current_row()
        self.show_made(DepartmentDialog(self.bench, self, organisation_id=row.organisation_id if row else None),
                       self.champions_tab)

    def name_champion(self) -> None:
        row = self.champions_tab.current_row()
        if row is not None:
            self.show_made(DepartmentDialog(self.bench, self, department_id=row.department_id, champion_first=True),
                           self.champions_tab)

    def clear_champion(self) -> None:
        row = self.champions_tab.current_row()
        if row is not None and not row.gap:
            self.attempt(self.tr("Clear the {label} of “{department}”").format(label=self.label, department=row.name),
                         champions.clear_champion, row.department_id, today=self.bench.today())

    # -- what the main window asks -------------------------------------------------------------

    def new_text(self) -> str:
        return self.tr("Sign up an organisation…") if self.current_tab() is self.register_tab \
            else self.tr("New department…")

    def new_item(self) -> None:
        if self.current_tab() is self.register_tab:
            self.sign_up()
        else:
            self.new_department()

    def edit_current(self) -> None:
        tab = self.current_tab()
        row = tab.current_row()
        if row is None:
            return
        if tab is self.champions_tab:
            self.show_made(DepartmentDialog(self.bench, self, department_id=row.department_id), tab)
        elif row.signup_id is None:
            self.sign_up(row.organisation_id)  # an organisation not signed: Enter signs it up
        else:
            self.show_made(SignUpDialog(self.bench, self, mode=EDIT, signup_id=row.signup_id), tab)

    def can_delete(self) -> bool:
        if self.current_tab() is self.register_tab:
            return self.register_tab.current_signature() is not None
        return self.champions_tab.current_id() is not None

    def delete_current(self) -> None:
        if self.current_tab() is self.register_tab:
            row = self.register_tab.current_signature()
            if row is not None:
                self.attempt(self.tr("Delete the signature of “{name}” of {day}").format(
                    name=row.organisation, day=uk_date(row.signed_on)), signup.delete_signup, row.signup_id)
            return
        row = self.champions_tab.current_row()
        if row is not None:
            self.attempt(self.tr("Delete department “{name}” of {body}").format(name=row.name, body=row.body),
                         champions.delete_department, row.department_id)

    def show_record(self, record_id: int) -> None:
        """Shows a signature (by its id) on the register, whatever the filter."""
        self.tabs.setCurrentIndex(REGISTER)
        if self.stale:
            self.refresh()
        self.register_tab.reveal(record_id)  # widens the filter when the signature has lapsed
        self.register_tab.table.setFocus()

    def show_department(self, department_id: int) -> None:
        """Shows a department (a gap on the dashboard, say) on the Champions tab."""
        self.tabs.setCurrentIndex(CHAMPIONS)
        if self.stale:
            self.refresh()
        self.champions_tab.gaps_only.setChecked(False)
        self.champions_tab.reveal(department_id)
        self.champions_tab.table.setFocus()

    def export_defaults(self):
        # The sign-up figures and the champions' coverage are reported in the annual review.
        from compactdesk.documents.export import Paper  # loaded on the first export, not with the page

        return getattr(Paper, "ANNUAL_REVIEW", None), None
