"""The Review tab: the secretary's own words for the year's annual review.

Nothing typed here may be lost: the words are saved when the cursor leaves a box,
with the Save button, and by the page before it changes year or tab or is hidden.
Each save is one step Ctrl+Z takes back. A refresh keeps unsaved typing; on a server the
save is then checked against what the typing began from (a TextMark), so another person's
words that came in meanwhile are not overwritten unseen, and the tab says they came.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import clean
from compactdesk.gui import colours
from compactdesk.gui.live import TextMark, refused_words
from compactdesk.services import monitoring
from compactdesk.services.monitoring import ReviewWords

if TYPE_CHECKING:
    from compactdesk.gui.pages.monitoring import MonitoringPage


class ReviewTab(QWidget):
    def __init__(self, page: "MonitoringPage"):
        super().__init__(page)
        self.page = page
        self.year = page.year()
        self.loaded = ReviewWords("", "")
        self._mark = TextMark()  # what the typing began from (a group on a server)
        self._basis = ReviewWords("", "")  # the stored words as they were at the mark
        self.intro = QLabel(self.tr("Your own words for the annual review: how the year went, and what the group "
                                    "means to do next. They go into the annual review paper as written here."),
                            self)
        self.intro.setWordWrap(True)
        self.summary = self._editor("summaryEdit", self.tr("What went well, what did not, and what the figures "
                                                           "and ratings do not show"))
        self.priorities = self._editor("prioritiesEdit", self.tr("The few things to put first next year"))
        self.summary_label = QLabel(self)
        self.summary_label.setBuddy(self.summary)
        self.priorities_label = QLabel(self)
        self.priorities_label.setBuddy(self.priorities)
        self.fields = {"summary": self.summary, "priorities": self.priorities}
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        colours.tint(self.error, colours.URGENT, bold=True)
        self.error.hide()
        self._error_field: str | None = None
        self.save_button = QPushButton(self.tr("S&ave"), self)
        self.save_button.setToolTip(self.tr("Save both boxes now (they are also saved when you leave them)"))
        self.save_button.clicked.connect(self._save_clicked)
        self.state = QLabel(self)
        self.state.setObjectName("reviewState")
        self.changed = QLabel(self.tr("Someone else has changed this year's review words while you were typing. "
                                      "Saving tells you who, and saving again puts yours in their place."), self)
        self.changed.setObjectName("reviewChangedMeanwhile")
        self.changed.setWordWrap(True)
        colours.tint(self.changed, colours.URGENT)
        self.changed.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.state, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary, 3)
        layout.addSpacing(6)
        layout.addWidget(self.priorities_label)
        layout.addWidget(self.priorities, 2)
        layout.addWidget(self.changed)
        layout.addLayout(buttons)
        self._label_year()
        self._show_state()

    def _editor(self, name: str, hint: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setPlaceholderText(hint)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        editor.textChanged.connect(self._show_state)
        return editor

    def _label_year(self) -> None:
        self.summary_label.setText(self.tr("&Summary of {year}:").format(year=self.year))
        self.priorities_label.setText(self.tr("&Priorities for {year}:").format(year=self.year + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.summary, self.priorities):
            self.save()
        return super().eventFilter(watched, event)

    # -- loading and saving --------------------------------------------------------

    def pending(self) -> dict[str, str]:
        """The boxes typed in and not yet saved (field name -> text as typed)."""
        found = {}
        for field, editor in self.fields.items():
            typed = editor.toPlainText()
            if clean(typed, multiline=True) != getattr(self.loaded, field):
                found[field] = typed
        return found

    def refresh(self, year: int) -> None:
        """Shows the year's words from the store; a box with unsaved typing for the same year keeps it."""
        other_year = year != self.year
        keep = {} if other_year else self.pending()
        self.year = year
        before, self.loaded = self.loaded, self.page.bench.read(monitoring.review_words, year)
        if not keep or all(getattr(self.loaded, field) == getattr(self._basis, field) for field in keep):
            # Nothing typed, or someone changed only the other box: the typing began from what is stored.
            self._note_mark()
        elif self.loaded != before and self._mark.passed_by(getattr(self.page.bench.store, "seen", None)):
            # The typing stays, but the stored words are no longer what it began from: someone else's.
            self.changed.show()
        for field, editor in self.fields.items():
            if field in keep:
                continue
            stored = getattr(self.loaded, field)
            if other_year or clean(editor.toPlainText(), multiline=True) != stored:
                editor.setPlainText(stored)
        if not keep:
            self._clear_error()
        self._label_year()
        self._show_state()

    def save(self, seen: bool = True) -> bool:
        """Saves what was typed; False, with the reason shown at the box, when the store refuses it. A refusal
        not `seen` (the tab is going out of view) keeps the mark where the typing began: the next save is refused
        too, in view (the window asks before it closes: MainWindow.settle_pages), not put in place unknowingly."""
        typed = self.pending()
        if not typed:
            return True
        if len(typed) == 2:
            text = self.tr("Edit the review words for {year}").format(year=self.year)
        elif "summary" in typed:
            text = self.tr("Edit the summary of {year}").format(year=self.year)
        else:
            text = self.tr("Edit the priorities for {year}").format(year=self.year + 1)
        held = self._mark.number
        try:
            self.page.bench.perform(text, monitoring.set_review_words, self.year, **typed, _since=self._mark)
        except ValidationError as error:
            if not seen:
                self._mark.number = held
            self._show_error(ValidationError(refused_words(error), error.field))
            return False
        self._clear_error()
        self.loaded = self.page.bench.read(monitoring.review_words, self.year)
        self._note_mark()
        self._show_state()
        return True

    def _note_mark(self) -> None:
        self._mark.note(self.page.bench.store)
        self._basis = self.loaded
        self.changed.hide()

    def discard(self) -> None:
        """Forgets what was typed (another store is open now: its words are not these)."""
        self.loaded = self._basis = ReviewWords("", "")
        self._mark = TextMark()
        self.changed.hide()
        for editor in self.fields.values():
            editor.clear()
        self._clear_error()

    def _save_clicked(self) -> None:
        if not self.save():
            marked = self.fields.get(self._error_field or "")
            if marked is not None:
                marked.setFocus()

    def _show_error(self, error: ValidationError) -> None:
        self._clear_error()
        self.error.setText(error.message)
        self.error.show()
        self._error_field = error.field
        marked = self.fields.get(error.field or "")
        if marked is not None:
            marked.setStyleSheet(colours.invalid_style())
            marked.setToolTip(error.message)
        self._show_state()

    def _clear_error(self) -> None:
        self.error.hide()
        self._error_field = None
        for editor in self.fields.values():
            editor.setStyleSheet("")
            editor.setToolTip("")

    def _show_state(self) -> None:
        unsaved = bool(self.pending())
        self.state.setText(self.tr("Not saved yet: saved when you leave the box, or with Save (Alt+A).")
                           if unsaved else self.tr("Saved as you go; Ctrl+Z takes the last change back."))
