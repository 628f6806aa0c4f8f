"""The date box, typed into with real keys as a person would (issue 16): every way a UK person writes a day reads
back as that day, with the day shown in words; what is no day is refused at the field and nothing typed is lost."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from compactdesk.domain.calendar_days import is_working_day
from compactdesk.gui.date_field import DateField, written
from compactdesk.gui.dialogs.meeting import MeetingDialog
from compactdesk.gui.workbench import Workbench
from compactdesk.services import meetings

DAY = dt.date(2027, 1, 15)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@pytest.fixture
def field(qtbot):
    """A date box in a form, under its label, seen from the day before DAY."""
    form = QDialog()
    qtbot.addWidget(form)
    date = DateField()
    QFormLayout(form).addRow("Meeting &date:", date)
    date.set_today(lambda: DAY - dt.timedelta(days=1))
    form.show()
    yield date  # the form is kept while the test runs


def type_into(qtbot, field: DateField, text: str) -> None:
    field.box.clear()
    qtbot.keyClicks(field.box, text)


@pytest.mark.parametrize("typed", ["15/01/2027", "15/1/27", "15-01-2027", "15.01.2027", "15 1 2027", "15 Jan 2027",
                                   "15 January 2027", "2027-01-15", "tomorrow", "Tomorrow", " 15 / 01 / 2027 "])
def test_every_way_a_day_is_written_reads_back_as_that_day_in_words(field, qtbot, typed):
    type_into(qtbot, field, typed)
    assert field.value() == DAY and field.problem() == ""
    assert field.words.text() == "Friday 15 January 2027"
    assert field.box.accessibleDescription() == "Friday 15 January 2027"
    assert field.box.text() == typed  # what was typed stays as it was typed


def test_today_is_the_day_the_program_is_seen_from(field, qtbot):
    field.set_today(lambda: DAY)
    type_into(qtbot, field, "today")
    assert field.value() == DAY and field.words.text() == "Friday 15 January 2027"


@pytest.mark.parametrize("typed, message", [
    ("30/02/2027", "February 2027 has no day 30."),
    ("15/13/2027", "There is no month 13."),
    ("next week", "write it day first, for example 15/01/2027 or 15 January 2027."),
    ("01/15/2027", "There is no month 15."),  # the American order is not turned into 1 March 2028
    ("", "Type a date"),
])
def test_what_is_no_day_says_why_and_gives_no_date(field, qtbot, typed, message):
    type_into(qtbot, field, "15/01/2027")
    type_into(qtbot, field, typed)
    assert field.value() is None and message in field.problem()
    assert field.words.text().startswith("⚠") and message in field.words.text()  # in words, not colour alone
    assert message in field.box.accessibleDescription()
    assert field.box.text() == typed


def test_changed_is_sent_for_a_new_day_not_for_text_that_is_no_day(field, qtbot):
    sent = []
    field.changed.connect(lambda: sent.append(field.value()))
    type_into(qtbot, field, "15/01/2027")
    assert sent[-1] == DAY
    count = len(sent)
    field.box.setText("30/02/2027")
    field.box.setText("")
    assert len(sent) == count


def test_an_optional_date_left_unticked_is_no_date_and_no_problem(field, qtbot):
    field.set_optional(True)
    field.set_value(None, DAY)
    assert not field.check.isChecked() and not field.box.isEnabled()
    assert field.value() is None and field.problem() == "" and not field.words.isVisibleTo(field)
    field.check.setChecked(True)
    assert field.value() == DAY and field.words.text() == "Friday 15 January 2027"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.data())
def test_any_day_typed_any_accepted_way_reads_back_as_that_day(field, qtbot, day, data):
    month = MONTHS[day.month - 1]
    ways = [f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}/{day.month}/{day.year}",
            f"{day.day:02d}-{day.month:02d}-{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day} {day.month} {day.year}", f"{day.day} {month[:3]} {day.year}", f"{day.day} {month} {day.year}",
            day.isoformat(), written(day)]
    if 1969 <= day.year <= 2068:  # two digits of a year name one of these
        ways.append(f"{day.day}/{day.month}/{day.year % 100:02d}")
    typed = data.draw(st.sampled_from(ways))
    type_into(qtbot, field, typed)
    assert field.value() == day, typed
    assert field.words.text().endswith(f"{day.day} {month} {day.year}")


def test_the_calendar_button_fills_the_box(field, qtbot):
    type_into(qtbot, field, "15/01/2027")
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    assert field.popup.isVisible()
    assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert (field.calendar.selectedDate().year(), field.calendar.selectedDate().month(),
            field.calendar.selectedDate().day()) == (2027, 1, 15)
    grid = field.calendar.findChild(QWidget, "qt_calendar_calendarview")
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.box.text() == "16/01/2027" and field.value() == dt.date(2027, 1, 16)
    assert field.words.text() == "Saturday 16 January 2027"


def test_the_box_and_its_button_are_named_from_the_form_label_and_in_order(field):
    assert field.box.accessibleName() == "Meeting date"
    assert field.calendar_button.accessibleName() == "Choose Meeting date from a calendar"
    chain, widget = [], field.box
    while len(chain) < 2:  # the next widgets that Tab reaches
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(field.window()):
            chain.append(widget)
    assert chain[0] is field.calendar_button


def test_the_names_follow_the_label_into_another_language(field, qtbot):
    field.set_optional(True)
    assert field.check.accessibleName() == "Meeting date: there is a date"  # a tick box without words of its own
    label = field.window().findChild(QLabel)
    label.setText("&Dyddiad y cyfarfod:")
    QCoreApplication.sendEvent(field, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: field.box.accessibleName() == "Dyddiad y cyfarfod")
    assert field.calendar_button.accessibleName() == "Choose Dyddiad y cyfarfod from a calendar"


def test_a_weekend_or_bank_holiday_gets_a_word_of_warning_only_when_asked(field, qtbot):
    type_into(qtbot, field, "25/12/2027")
    assert field.words.text() == "Saturday 25 December 2027"
    field.set_warn_days_off(True)
    assert field.words.text() == "Saturday 25 December 2027\n⚠ That is a bank holiday (Christmas Day)."
    type_into(qtbot, field, "16/1/2027")
    assert field.words.text() == "Saturday 16 January 2027\n⚠ That is a Saturday."
    assert field.value() == dt.date(2027, 1, 16) and field.problem() == ""  # a warning, not a refusal
    type_into(qtbot, field, "15/1/2027")
    assert field.words.text() == "Friday 15 January 2027"


# -- in the meeting dialog --------------------------------------------------------------------------------------------

@pytest.fixture
def dialog(bench, qtbot):
    made = MeetingDialog(bench)
    qtbot.addWidget(made)
    made.show()
    yield made


def test_a_new_meeting_is_offered_on_a_working_day(bench, qtbot):
    # A fortnight after Sunday 13 December 2026 is a Sunday; the Monday after it stands in for Boxing Day.
    seen_from = Workbench(bench.store, lambda: dt.date(2026, 12, 13))
    made = MeetingDialog(seen_from)
    qtbot.addWidget(made)
    assert made.ui.startsOn.value() == dt.date(2026, 12, 29)
    assert made.ui.startsOn.words.text() == "Tuesday 29 December 2026"


def test_the_meeting_dialog_offers_a_working_day_and_names_its_date_box(dialog, today):
    offered = dialog.ui.startsOn.value()
    assert is_working_day(offered) and (offered - today).days >= 14
    assert "⚠" not in dialog.ui.startsOn.words.text()
    assert dialog.ui.startsOn.box.accessibleName() == "Date and time"


@pytest.mark.parametrize("typed, message", [("30/02/2027", "February 2027 has no day 30."),
                                            ("next week", "write it day first")])
def test_a_meeting_with_no_day_is_not_saved_and_nothing_typed_is_lost(dialog, bench, qtbot, typed, message):
    before = len(bench.read(meetings.meeting_rows, bench.today()))
    qtbot.keyClicks(dialog.ui.venue, "Neuadd y Dref, Llanfor")
    type_into(qtbot, dialog.ui.startsOn, typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error_text.startswith("Date and time: ") and message in dialog.error_text
    assert dialog.ui.startsOn.styleSheet() and message in dialog.ui.startsOn.words.text()
    assert dialog.focusWidget() is dialog.ui.startsOn.box
    assert dialog.ui.startsOn.box.text() == typed and dialog.ui.venue.text() == "Neuadd y Dref, Llanfor"
    assert len(bench.read(meetings.meeting_rows, bench.today())) == before

    type_into(qtbot, dialog.ui.startsOn, "15 Jan 2027")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    made = [row for row in bench.read(meetings.meeting_rows, bench.today()) if row.venue == "Neuadd y Dref, Llanfor"]
    assert [row.starts_at for row in made] == [dt.datetime(2027, 1, 15, 10, 0)]


def test_a_meeting_on_a_bank_holiday_is_warned_of_and_saved(dialog, bench, qtbot):
    type_into(qtbot, dialog.ui.startsOn, "28/12/2026")
    assert "That is a bank holiday, in place of Boxing Day." in dialog.ui.startsOn.words.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_today_typed_in_any_form_is_the_workbench_s_day(bench, qtbot, today):
    """Every form's date boxes read "today" and "tomorrow" as the day the program is seen from, as their
    defaults are, not the computer's clock (here a fixed day years from it)."""
    from compactdesk.gui.dialogs.feedback import FeedbackDialog

    dialog = FeedbackDialog(bench)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.ui.raisedOn
    type_into(qtbot, field, "tomorrow")
    assert field.value() == today + dt.timedelta(days=1) != dt.date.today() + dt.timedelta(days=1)
