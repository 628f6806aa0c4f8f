"""A date box that reads what a person in the UK types, day first, and says in words the day it understood.

A QDateEdit turned typed text into some other date without a word (15/01/2027 became 15 December 2026):
here the text is read by domain/typed_dates.py, and what it cannot read, or a day that does not exist, is
shown as a problem at the field and refused when the form is saved. Typed text is never rewritten.
"""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.calendar_days import day_off_warning
from compactdesk.domain.dates import uk_date, uk_long_date, why_no_day
from compactdesk.domain.typed_dates import NotADay, read_typed_date
from compactdesk.gui import icons

WARNING_SIGN = "⚠"  # with the words, so that a problem is never told by colour alone
CALENDAR_ICON = "mdi6.calendar-month-outline"


def written(day: dt.date) -> str:
    """How the box shows a day it is given: '15/01/2027', the form people here write."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _label_words(text: str) -> str:
    """A form label as a name: 'Date and time', not '&Date and time:'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


class DateField(QWidget):
    """A typed date with a calendar button and the day it reads in words under it; when `optional`, a tick box
    says whether there is a date at all. `value()` is the day typed, or None when there is none or it cannot be
    read: `problem()` then says why, and FormDialog refuses to save."""

    # The date it reads (or the tick box) changed. Not sent while the text cannot be read, so that a hint
    # worked out from the date keeps to the last real one rather than being given no date.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = False):
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today  # what "today" and "tomorrow" are read against
        self._earliest: dt.date | None = None
        self._latest: dt.date | None = None
        self._warn_days_off = False
        self._named = ""  # the field's name given by set_label; otherwise the form label whose buddy it is
        self._announced: dt.date | None = None

        self.check = QCheckBox(self)
        self.box = QLineEdit(self)
        self.box.setObjectName("dateBox")
        self.box.setMinimumWidth(self.box.fontMetrics().horizontalAdvance("30 September 2027") + 16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.words = QLabel(self)
        self.words.setObjectName("dateWords")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(2, 2, 2, 2)
        popup_layout.addWidget(self.calendar)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.box, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.words)
        self.setFocusProxy(self.box)
        QWidget.setTabOrder(self.check, self.box)
        QWidget.setTabOrder(self.box, self.calendar_button)

        self.check.toggled.connect(self._toggled)
        self.box.textChanged.connect(self._typed)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)
        self._retranslate()
        self._style()
        # Today until a form gives its own day, as the date box before this one offered.
        self.box.setText(written(self.today()))
        self.set_optional(optional)

    # -- the public face the pages and dialogs use -----------------------------

    def set_optional(self, optional: bool) -> None:
        self.check.setVisible(optional)
        if not optional:
            self.check.setChecked(True)
        self._show()

    def set_check_text(self, text: str) -> None:
        self.check.setText(text)
        self._name_parts()

    def set_value(self, day: dt.date | None, default: dt.date | None = None) -> None:
        """Shows `day` (ticked), or no date with `default` offered in the box for when the tick box is ticked."""
        self.check.setChecked(day is not None)
        shown = day or default
        self.box.setText(written(shown) if shown is not None else "")
        self._show()

    def value(self) -> dt.date | None:
        """The day typed; None when there is no date, and when the text is no day (see problem()): never a
        guess."""
        if not self.check.isChecked():
            return None
        day, problem = self._read()
        return None if problem else day

    def problem(self) -> str:
        """Why the typed text is not a day this field takes, in words a person can act on; "" when it is."""
        return self._read()[1] if self.check.isChecked() else ""

    def set_range(self, earliest: dt.date | None, latest: dt.date | None) -> None:
        """Days outside these (inclusive) are refused at the field, saying which day is the limit."""
        self._earliest, self._latest = earliest, latest
        self._show()

    def set_warn_days_off(self, warn: bool) -> None:
        """Adds a word of warning to a weekend or bank holiday (for meetings; the date is still taken)."""
        self._warn_days_off = warn
        self._show()

    def set_today(self, today: Callable[[], dt.date]) -> None:
        self.today = today
        self._show()

    def set_label(self, text: str) -> None:
        """Names the box for a screen reader when no form label has it as its buddy."""
        self._named = _label_words(text)
        self._name_parts()

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 - Qt's name, called by FieldErrors
        # FieldErrors outlines a field it finds wrong; on this widget a sheet would outline every part of it
        # (tick box, calendar button, words), so the outline goes on the box alone.
        self.box.setStyleSheet(sheet)

    def styleSheet(self) -> str:  # noqa: N802 - the pair of setStyleSheet above
        return self.box.styleSheet()

    # -- reading what is typed ---------------------------------------------------

    def _read(self) -> tuple[dt.date | None, str]:
        text = self.box.text().strip()
        if not text:
            return None, self.tr("Type a date, day first: for example 15/01/2027.")
        try:
            day = read_typed_date(text, self.today())
        except NotADay as missing:
            reason = why_no_day(missing.day, missing.month, missing.year)  # the words the services use too
            sentence = reason[:1].upper() + reason[1:] + "."
            if not 1 <= missing.month <= 12:  # most likely the American order: say which comes first
                sentence += " " + self.tr("The day comes first, as in 15/01/2027.")
            return None, sentence
        if day is None:
            return None, self.tr("Not a date CompactDesk can read: write it day first, for example 15/01/2027 or "
                                 "15 January 2027.")
        if self._earliest is not None and day < self._earliest:
            return day, self.tr("The earliest day you can choose is {day}.").format(day=uk_date(self._earliest))
        if self._latest is not None and day > self._latest:
            return day, self.tr("The latest day you can choose is {day}.").format(day=uk_date(self._latest))
        return day, ""

    def _typed(self, *_) -> None:
        self._show()
        day = self.value()
        if day is not None and day != self._announced:
            self._announced = day
            self.changed.emit()

    def _toggled(self, *_) -> None:
        self._show()
        self._announced = self.value()
        self.changed.emit()

    def _show(self) -> None:
        """The words under the box: the day understood, or what is wrong, read out with the box."""
        ticked = self.check.isChecked()
        self.box.setEnabled(ticked)
        self.calendar_button.setEnabled(ticked)
        self.words.setVisible(ticked)
        day, problem = self._read()
        if not ticked:
            text = ""
        elif problem:
            text = f"{WARNING_SIGN} {problem}"
        else:
            text = uk_long_date(day)
            warning = day_off_warning(day) if self._warn_days_off else ""
            if warning:
                text = f"{text}\n{WARNING_SIGN} {warning}"
        self.words.setText(text)
        # In the ordinary text colour, always: the day in words is how the person checks what was understood,
        # and the palette's placeholder grey is under 4.5:1 on a light window (3.9:1 with Fusion).
        self.words.setForegroundRole(QPalette.ColorRole.WindowText)
        self.box.setAccessibleDescription(text)
        self.box.setToolTip(text if problem else "")
        self._fit_words()

    def _fit_words(self) -> None:
        # A wrapped label is laid out by its width's height only where the layouts ask for it (not in a dialog of
        # fixed height): as a minimum height, the lines it needs push the form open instead of overlapping.
        self.words.setMinimumHeight(0)  # QLabel.heightForWidth answers no less than the minimum height
        if self.isVisible() and self.words.text():
            self.words.setMinimumHeight(self.words.heightForWidth(self.words.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_words()

    # -- the calendar -------------------------------------------------------------

    def open_calendar(self) -> None:
        """Shows the month of the date typed (or today's) under the button, the day selected."""
        shown = self.value() or self.today()
        self.calendar.setDateRange(_qdate(self._earliest or dt.date(1753, 1, 1)),
                                   _qdate(self._latest or dt.date(9999, 12, 31)))
        self.calendar.setSelectedDate(_qdate(shown))
        self.popup.adjustSize()
        where = self.calendar_button.mapToGlobal(QPoint(0, self.calendar_button.height()))
        screen = self.screen().availableGeometry()
        where.setX(max(screen.left(), min(where.x(), screen.right() - self.popup.width())))
        if where.y() + self.popup.height() > screen.bottom():  # no room below: open above the button
            where.setY(self.calendar_button.mapToGlobal(QPoint(0, 0)).y() - self.popup.height())
        self.popup.move(where)
        self.popup.show()
        self.calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.popup.hide()
        self.box.setText(written(dt.date(day.year(), day.month(), day.day())))
        self.box.setFocus()

    # -- names, words and looks ---------------------------------------------------

    def _name_parts(self) -> None:
        name = self._named or self._form_label() or self.tr("Date")
        self.box.setAccessibleName(name)
        self.setAccessibleName(name)
        self.calendar_button.setAccessibleName(self.tr("Choose {field} from a calendar").format(field=name))
        self.calendar_button.setToolTip(self.tr("Choose the date from a calendar"))
        self.calendar.setAccessibleName(self.tr("Calendar for {field}").format(field=name))
        if not self.check.text():
            self.check.setAccessibleName(self.tr("{field}: there is a date").format(field=name))

    def _retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Day first, e.g. 15/01/2027"))
        self._name_parts()
        self._show()

    def _style(self) -> None:
        # The project's one icon font (gui/icons.py), drawn in the palette's colour as it is when painted.
        if self.calendar_button.icon().isNull():
            self.calendar_button.setIcon(icons.icon(CALENDAR_ICON))
            if self.calendar_button.icon().isNull():  # no icon font installed: words will do
                self.calendar_button.setText(self.tr("Calendar…"))

    def _form_label(self) -> str:
        """The text of the form label whose buddy this field is (QFormLayout and .ui forms set buddies)."""
        for label in self.window().findChildren(QLabel):
            if label.buddy() is self and label.text():
                return _label_words(label.text())
        return ""

    def showEvent(self, event) -> None:  # noqa: N802
        self._name_parts()  # the form label is there by now
        super().showEvent(event)
        self._fit_words()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            # After the form's labels have their new words: the box is named from one of them.
            QTimer.singleShot(0, self, self._retranslate)
        elif event.type() == QEvent.Type.PaletteChange:
            self._style()
        super().changeEvent(event)
