"""Small widgets every page uses: a date (from date_field.py), an empty state, a record's summary."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from compactdesk.gui import date_field

# The date box lives in its own module; the generated forms (ui/*.ui) import it from here.
DateField = date_field.DateField


class EmptyState(QStackedWidget):
    """A list, or in its place a few words on what to do next when it has nothing."""

    def __init__(self, view: QAbstractItemView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.addWidget(view)
        page = QWidget()
        self.label = QLabel(page)
        self.label.setObjectName("emptyState")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton(page)
        self.button.hide()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.addWidget(page)

    def set_action(self, text: str, slot) -> None:
        self.button.setText(text)
        self.button.clicked.connect(slot)

    def show_state(self, *, has_rows: bool, visible_rows: int, empty_text: str, filtered_text: str = "") -> None:
        """Shows the list, or why it is empty: nothing yet, or nothing matching."""
        if visible_rows:
            self.setCurrentIndex(0)
            return
        nothing_yet = not has_rows
        self.label.setText(empty_text if nothing_yet else filtered_text)
        self.button.setVisible(nothing_yet and bool(self.button.text()))
        self.setCurrentIndex(1)

    @property
    def showing_empty(self) -> bool:
        return self.currentIndex() == 1


def page_heading(text: str) -> QLabel:
    """The large bold title at the top of a page."""
    heading = QLabel(text)
    heading.setObjectName("pageHeading")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    return heading


def log_table(name: str, accessible_name: str, model) -> QTableView:
    """A record's dated log (a target's progress, a dispute's stages), read here in full: one row chosen at a
    time, notes wrapped and each row as tall as its note, scrolled smoothly."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def button_column(buttons: list[QPushButton]) -> QVBoxLayout:
    """A detail panel's buttons, one above the other, pushed to the top."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    return column


def scrolling_summary(name: str, accessible_name: str) -> tuple[QLabel, QScrollArea]:
    """A rich-text label for one record's details, in a frameless area that scrolls: a long text (a measure,
    a dispute's summary) scrolls there rather than pushing the page apart. The area takes the focus, so the
    keys scroll it; `accessible_name` is what a screen reader calls it there."""
    summary = QLabel()
    summary.setObjectName(name)
    summary.setWordWrap(True)
    summary.setTextFormat(Qt.TextFormat.RichText)
    summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(accessible_name)
    scroll.setWidget(summary)
    return summary, scroll


def detail_row(panel: QWidget, summary: QScrollArea, heading: QLabel, log_view: QWidget, buttons) -> QWidget:
    """Lays out one record's detail panel: its summary, then its dated log under a heading, then its buttons.
    Returns the log's column, which the panel hides while no record is chosen."""
    column = QWidget()
    log = QVBoxLayout(column)
    log.setContentsMargins(0, 0, 0, 0)
    log.addWidget(heading)
    log.addWidget(log_view, 1)
    layout = QHBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(summary, 4)
    layout.addWidget(column, 5)
    layout.addLayout(buttons)
    return column
