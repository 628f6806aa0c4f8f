"""The set-up assistant (File ▸ Set up the group…, and offered on a new file): seven pages, then everything written by
one call of services/setup.set_up_group, so Finish is one undo step. A problem sends the person back to the page and
field it is about, with everything typed kept."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QMessageBox, QTimeEdit, QWidget, QWizard

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import StandingItem
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.rules import usual_meeting_day
from compactdesk.gui.date_field import DateField
from compactdesk.gui.setup_pages import (
    MEETING,
    PARTNERS,
    SEATS,
    STANDARDS,
    SUMMARY,
    WELCOME,
    WORDS,
    PartnersPage,
    SetupPage,
    StandardsPage,
    WelcomePage,
    WordsPage,
    note,
)
from compactdesk.gui.setup_seats import SeatsPage
from compactdesk.services import setup as service
from compactdesk.services.compact import compact_summary, label_in_language
from compactdesk.services.setup import FirstMeeting, GroupSetup

if TYPE_CHECKING:
    from compactdesk.gui.workbench import Workbench

_STANDARD_FIELDS = {"consultation_weeks", "consultation_feedback_weeks", "funding_notice_months", "feedback_days",
                    "due_soon_days"}


class MeetingPage(SetupPage):
    def __init__(self, bench: "Workbench"):
        super().__init__(self.tr("The first meeting"), self.tr(
            "When and where the group meets first. Its agenda can be made as soon as you finish."))
        self.plan = QCheckBox(self.tr("&Plan the first meeting now"))
        self.plan.setChecked(True)
        self.day = DateField()
        self.day.set_today(bench.today)
        self.day.set_value(usual_meeting_day(bench.today()))
        self.day.set_warn_days_off(True)
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setDisplayFormat("HH:mm")
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("for example, Community Hall, Llandrindod Wells"))
        self.standing = QCheckBox(self.tr("Add the &standing items to its agenda:"))
        self.standing.setChecked(True)
        self.items = note("\n".join(f"{number}. {item.label()}" for number, item in enumerate(StandingItem, 1)))
        self.items.setIndent(24)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # the venue, not the time
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Time:"), self.time)
        form.addRow(self.tr("&Venue:"), self.venue)
        self.details = QWidget()
        self.details.setLayout(form)
        body = self.body()
        body.addWidget(self.plan)
        body.addWidget(self.details)
        body.addWidget(self.standing)
        body.addWidget(self.items)
        body.addStretch(1)
        self.fields = {"starts_at": self.day, "venue": self.venue, "kind": self.day, "date": self.day}
        self.plan.toggled.connect(self._planned)

    def _planned(self, planned: bool) -> None:
        for part in (self.details, self.standing, self.items):
            part.setEnabled(planned)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.plan.isChecked() and self.day.value() is None:
            self.show_problem(self.day.problem() or self.tr("Give the meeting's date."), "date")
            return False
        self.errors.clear()
        return True

    def meeting(self) -> FirstMeeting | None:
        day = self.day.value()
        if not self.plan.isChecked() or day is None:
            return None
        return FirstMeeting(day, self.time.time().toPython(), self.venue.text(), self.standing.isChecked())


class SummaryPage(SetupPage):
    def __init__(self):
        super().__init__(self.tr("Ready to set up the group"), self.tr(
            "Finish writes all of this to the group's file as one step: Edit ▸ Undo takes it all back."))
        self.summary = note()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.open_agenda = QCheckBox(self.tr("&Open the agenda to export when I finish"))
        self.open_agenda.setChecked(True)
        self.body().addWidget(self.summary)
        self.body().addStretch(1)
        self.body().addWidget(self.open_agenda)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.summary.setText(self.wizard().summary_html())
        self.open_agenda.setVisible(self.wizard().meeting_page.meeting() is not None)


class SetupWizard(QWizard):
    demo_wanted = Signal()
    finished_setup = Signal(object)  # the SetupResult, once written

    def __init__(self, bench: "Workbench", parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.setWindowTitle(self.tr("Set up the group"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Not now"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        held = bench.read(compact_summary, bench.today())  # None on a new file
        self.welcome = WelcomePage(held.name if held is not None else "")
        self.words_page = WordsPage()
        self.standards_page = StandardsPage()
        self.partners_page = PartnersPage()
        if held is not None:  # its partners shown ticked, and the usual ones named from its area
            self.partners_page.hold(held.area, [partner.name for partner in held.partners])
        self.seats_page = SeatsPage(bench)
        self.meeting_page = MeetingPage(bench)
        self.summary_page = SummaryPage()
        for ident, page in ((WELCOME, self.welcome), (WORDS, self.words_page), (STANDARDS, self.standards_page),
                            (PARTNERS, self.partners_page), (SEATS, self.seats_page), (MEETING, self.meeting_page),
                            (SUMMARY, self.summary_page)):
            self.setPage(ident, page)
        self.welcome.demo_wanted.connect(self._demo)
        self.result_value: service.SetupResult | None = None
        available = self.screen().availableGeometry().size()
        self.resize(min(780, available.width() - 40), min(580, available.height() - 60))

    def _demo(self) -> None:
        self.reject()
        self.demo_wanted.emit()

    def setup(self) -> GroupSetup:
        held = self.welcome.held
        if not held and not self.welcome.name.text().strip():  # the naming pages were skipped
            return GroupSetup(seats=self.seats_page.lines(), meeting=self.meeting_page.meeting(),
                              new_organisations=sorted(self.seats_page.new_organisations))
        if held:  # the name and words are changed on the Compact page
            return GroupSetup(partners=self.partners_page.partners(), seats=self.seats_page.lines(),
                              meeting=self.meeting_page.meeting(),
                              new_organisations=sorted(self.seats_page.new_organisations))
        group, group_cy = self.words_page.group_label.words()
        champion, champion_cy = self.words_page.champion_label.words()
        return GroupSetup(
            name=self.welcome.name.text(), area=self.welcome.area.text(), name_cy=self.welcome.name_cy.text(),
            group_label=group, champion_label=champion, group_label_cy=group_cy, champion_label_cy=champion_cy,
            standards=self.standards_page.standards(), partners=self.partners_page.partners(),
            seats=self.seats_page.lines(), meeting=self.meeting_page.meeting(),
            new_organisations=sorted(self.seats_page.new_organisations))

    def summary_html(self) -> str:
        from html import escape

        setup = self.setup()
        lines = []
        if setup.name:
            where = f" ({escape(setup.area)})" if setup.area.strip() else ""
            lines.append(self.tr("<b>The group:</b> {name}{area}, a {group}; a {champion} speaks for each "
                                 "partner.").format(name=escape(setup.name), area=where,
                                                    group=escape(label_in_language(setup.group_label,
                                                                                   setup.group_label_cy)),
                                                    champion=escape(label_in_language(setup.champion_label,
                                                                                      setup.champion_label_cy))))
            standards = setup.standards
            lines.append(self.tr("<b>Standards:</b> consultations of {weeks} weeks, feedback on them within "
                                 "{feedback} weeks, {months} months' funding notice, officers answer within {days} "
                                 "days.").format(weeks=standards.consultation_weeks,
                                                 feedback=standards.consultation_feedback_weeks,
                                                 months=standards.funding_notice_months,
                                                 days=standards.feedback_days))
        elif not self.welcome.held:
            lines.append(self.tr("<b>The group:</b> not named yet. Its name, words, standards and partner bodies "
                                 "can be given later, on the Compact page or with File ▸ Set up the group…"))
        partners = ", ".join(escape(name) for name in setup.partners) or self.tr("none yet")
        if setup.name or self.welcome.held:
            lines.append(self.tr("<b>Partner bodies:</b> {names}.").format(names=partners))
        filled = [line for line in setup.seats if not line.is_blank()]
        members = sum(1 for line in filled if line.member.strip())
        lines.append(self.tr("<b>Seats to add:</b> {seats} (with a member: {members}).").format(
            seats=len(filled), members=members) if filled else self.tr("<b>Seats:</b> none yet."))
        meeting = setup.meeting
        if meeting is None:
            lines.append(self.tr("<b>First meeting:</b> not planned yet."))
        else:
            venue = self.tr(" at {venue}").format(venue=escape(meeting.venue.strip())) if meeting.venue.strip() else ""
            items = self.tr(", with the standing items") if meeting.standing_items else ""
            lines.append(self.tr("<b>First meeting:</b> {day}, {time}{venue}{items}.").format(
                day=uk_long_date(meeting.day), time=meeting.at.strftime("%H:%M"), venue=venue, items=items))
        return "<p>" + "</p><p>".join(lines) + "</p>"

    def accept(self) -> None:
        try:
            self.result_value = self.bench.perform(self.tr("Set up the group"), service.set_up_group, self.setup(),
                                                   today=self.bench.today())
        except ValidationError as error:
            if isinstance(error, service.NearOrganisation):  # its message says Finish again adds it as it is
                self.seats_page.new_organisations.add(error.typed)
            self.send_back(error)
            return
        super().accept()
        self.finished_setup.emit(self.result_value)

    def page_for(self, field: str | None) -> int:
        field = field or ""
        if field in ("name", "name_cy", "area"):
            return WELCOME
        if field in ("group_label", "champion_label", "group_label_cy", "champion_label_cy"):
            return WORDS
        if field in _STANDARD_FIELDS:
            return STANDARDS
        if field.startswith("seats."):
            return SEATS
        if field.startswith("meeting."):
            return MEETING
        return PARTNERS if field in ("partners", "organisation") else SUMMARY

    def send_back(self, error: ValidationError) -> None:
        """Back to the page the problem is on (every page keeps what was typed), with the problem shown there."""
        target = self.page_for(error.field)
        while self.currentId() != target and target in self.visitedIds() and self.currentId() != self.startId():
            self.back()
        field = (error.field or "").partition("meeting.")[2] or error.field or ""
        self.currentPage().show_problem(error.message, field)
        if self.currentId() == SUMMARY:
            QMessageBox.warning(self, self.tr("The group is not set up yet"), error.message)

    def done(self, result: int) -> None:
        super().done(result)
        self.deleteLater()
