"""The import window's two rows of choices: how each column of the file is read (one combo a column, under the
column's own heading), and which organisation held a name the file writes differently means.

Both only choose: they say what changed (`changed`), and the dialog plans the import again.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from compactdesk.domain.import_fields import ImportField, Matching
from compactdesk.gui import colours
from compactdesk.i18n import translate
from compactdesk.services.importing import OrganisationQuestion


def column_letter(column: int) -> str:
    """A spreadsheet's name for a column: A … Z, AA, AB …"""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def heading_text(rows: Sequence[Sequence[object]], matching: Matching, column: int) -> str:
    """The text of a column's heading in the file ("" when it has none)."""
    if matching.header_row < 0 or matching.header_row >= len(rows):
        return ""
    row = rows[matching.header_row]
    value = row[column] if column < len(row) else ""
    return "" if value is None else str(value).strip()


def first_value(rows: Sequence[Sequence[object]], matching: Matching, column: int) -> str:
    """The first thing written in the column below the heading, to show what the column holds."""
    for row in rows[matching.header_row + 1:]:
        value = row[column] if column < len(row) else ""
        if value not in ("", None):
            return str(value)
    return ""


class ColumnsBar(QScrollArea):
    """One small box a column of the file: its letter and heading, and a combo of what it is read as
    ("Not imported" or a field of the kind being imported). Scrolls sideways when the file is wide."""

    changed = Signal(int, object)  # (column, the field's key or None): the person chose another reading

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importColumns")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("How each column is read"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the combos; the area scrolls to the one in focus
        self.combos: list[QComboBox] = []
        self.headings: list[QLabel] = []
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        self._grid.setRowStretch(2, 1)  # the room kept for a scroll bar stays below the combos, not between the lines
        self.setWidget(self._inner)

    def show_matching(self, rows: Sequence[Sequence[object]], matching: Matching,
                      fields: Sequence[ImportField]) -> None:
        """Builds the combos afresh when the file or the kind changed; otherwise only moves their choices."""
        count = len(matching.columns)
        keys = [None, *(field.key for field in fields)]
        if len(self.combos) != count or any(combo.count() != len(keys) or combo.itemData(1) != keys[1]
                                            for combo in self.combos):
            self._build(rows, matching, fields)
        for column, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(matching.columns[column])))
            combo.blockSignals(False)
            self._mark(column)
        self._fit_height()

    def _build(self, rows: Sequence[Sequence[object]], matching: Matching, fields: Sequence[ImportField]) -> None:
        for widget in (*self.combos, *self.headings):
            widget.deleteLater()
        self.combos, self.headings = [], []
        for column in range(len(matching.columns)):
            heading = heading_text(rows, matching, column)
            letter = column_letter(column)
            label = QLabel(f"{letter}: {_plain(heading)}" if heading else
                           self.tr("{letter}: (no heading)").format(letter=letter))
            label.setTextFormat(Qt.TextFormat.PlainText)
            sample = first_value(rows, matching, column)
            label.setToolTip(self.tr("Column {letter}: “{heading}”; the first entry is “{sample}”").format(
                letter=letter, heading=heading, sample=sample) if sample else "")
            combo = QComboBox()
            combo.setObjectName(f"column{letter}")
            combo.setAccessibleName(self.tr("Column {letter} ({heading}) is read as").format(
                letter=letter, heading=heading or self.tr("no heading")))
            combo.addItem(self.tr("Not imported"), None)
            for field in fields:
                combo.addItem(field.label + (" *" if field.required else ""), field.key)
                combo.setItemData(combo.count() - 1, field.hint, Qt.ItemDataRole.ToolTipRole)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _=0, c=column: self._chosen(c))
            label.setBuddy(combo)
            self._grid.addWidget(label, 0, column)
            self._grid.addWidget(combo, 1, column)
            label.show()  # at once, not at the next turn of the event loop: the person may Tab straight to it
            combo.show()
            self.combos.append(combo)
            self.headings.append(label)
        self._grid.setColumnStretch(len(matching.columns), 1)

    def _chosen(self, column: int) -> None:
        self._mark(column)
        self.changed.emit(column, self.combos[column].currentData())

    def _mark(self, column: int) -> None:
        """A column left out says so in grey, so the columns that are read stand out."""
        ignored = self.combos[column].currentData() is None
        self.headings[column].setEnabled(not ignored)

    def _fit_height(self) -> None:
        """As tall as its two lines, and a scroll bar's height more only when the columns are wider than the window."""
        if not self.combos:
            self.setFixedHeight(0)
            return
        lines = self.headings[0].sizeHint().height() + self.combos[0].sizeHint().height() \
            + self._grid.verticalSpacing()
        wide = self._inner.minimumSizeHint().width() > self.width()
        self.setFixedHeight(lines + (self.horizontalScrollBar().sizeHint().height() + 2 if wide else 0) + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()


class QuestionsBox(QWidget):
    """For each organisation the file names as none held is named: "Check: the file says “Dyfnant CVC” (rows 5, 9)
    [a combo]", the nearest held one chosen, in view under a heading that counts them: an offer the person sees and
    can change, never a silent guess (Import stays on: the offer is usually right)."""

    changed = Signal(str, object)  # (the name as the file writes it, the organisation's id or None: a new one)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importQuestions")
        self.combos: dict[str, QComboBox] = {}
        self._shown: tuple[OrganisationQuestion, ...] | None = None  # the questions the lines ask
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("importQuestionsHeading")
        self.heading.setWordWrap(True)
        colours.tint(self.heading, "warning")
        layout.addWidget(self.heading)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 3)
        self._scroll.setWidget(self._inner)
        layout.addWidget(self._scroll, 1)

    def show_questions(self, questions: Sequence[OrganisationQuestion], answers: dict[str, int | None]) -> None:
        if tuple(questions) == self._shown:
            for typed, combo in self.combos.items():  # the same questions: only the answers may have moved
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(answers.get(typed))))
                combo.blockSignals(False)
            return
        self._shown = tuple(questions)
        # How many, in the heading: each offer is a guess the person is to look at, so it must not pass unseen.
        self.heading.setText(translate(
            "QuestionsBox", "<b>Check %n organisation(s) the file names differently from any held.</b> The nearest "
            "held one is chosen: change it where it is not the one meant.", None, len(questions)))
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        for line, question in enumerate(questions):
            rows = ", ".join(str(number) for number in question.rows)
            words = self.tr("Check: the file says “{typed}” (row {rows})") if len(question.rows) == 1 else self.tr(
                "Check: the file says “{typed}” (rows {rows})")
            label = QLabel(words.format(typed=_plain(question.typed), rows=rows))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"question{line}")
            combo.setAccessibleName(self.tr("The organisation “{typed}” is").format(typed=question.typed))
            check = self.tr("Check: the file says “{typed}”").format(typed=question.typed)
            combo.setToolTip(check)
            combo.setAccessibleDescription(check)
            for organisation_id, name in question.candidates:
                combo.addItem(name, organisation_id)
            combo.addItem(self.tr("a new organisation, “{typed}”").format(typed=question.typed), None)
            combo.setCurrentIndex(max(0, combo.findData(answers.get(question.typed))))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _=0, typed=question.typed, c=combo:
                                              self.changed.emit(typed, c.currentData()))
            label.setBuddy(combo)
            self._grid.addWidget(label, line, 0)
            self._grid.addWidget(combo, line, 1)
            label.show()
            combo.show()
            self.combos[question.typed] = combo
        self._grid.setRowStretch(len(questions), 1)
        self.setVisible(bool(questions))

    def wanted_height(self) -> int:
        """Room for every line (the box scrolls when the window has not that much)."""
        heading = self.heading.heightForWidth(max(self.width(), 200))  # wrapped at the width it has, not a guess
        return heading + self._inner.sizeHint().height() + 8


def _plain(text: str) -> str:
    """Words from the file on a label with a buddy: an "&" there is shown, not taken as a mnemonic."""
    return text.replace("&", "&&")


__all__ = ["ColumnsBar", "QuestionsBox", "column_letter", "first_value", "heading_text"]
