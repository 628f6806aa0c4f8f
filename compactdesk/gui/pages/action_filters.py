"""The Action plan's filter bar: status, partner, code area, overdue only, and the search."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from compactdesk.domain.enums import TargetStatus
from compactdesk.services.action_list import ANY, OPEN, TargetFilter, TargetFilterChoices

# Filter combo data meaning "none named" (ids are ints, so it never clashes with one; ANY is "any").
NONE = "none"


class TargetFilters(QWidget):
    """The boxes that narrow the plan. `changed` says the filters changed (the store narrows
    again); `searched` says the search changed, after a pause in the typing."""

    changed = Signal()
    searched = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._quiet = False  # while several filters change at once, say so once at the end
        self._choices: TargetFilterChoices | None = None
        self.status = QComboBox()
        self.status.addItem(self.tr("Any"), ANY)
        self.status.addItem(self.tr("Open (not done or dropped)"), OPEN)
        for status in TargetStatus:
            self.status.addItem(status.label(), status.value)
        self.partner = QComboBox()
        self.code = QComboBox()
        for combo in (self.partner, self.code):
            combo.addItem(self.tr("Any"), ANY)
        for combo in (self.status, self.partner, self.code):
            # The box stays narrow; its list opens as wide as the longest name.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentIndexChanged.connect(self._changed)
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.toggled.connect(self._changed)
        self.search = QLineEdit()
        self.search.setObjectName("targetSearch")
        self.search.setPlaceholderText(self.tr("Search targets, partners, leads, progress (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(lambda: self.clear())
        # Typing in the search filters after a short pause, not at every letter.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self.searched)
        self.search.textChanged.connect(self.search_timer.start)

        self.search.setAccessibleName(self.tr("Search the action plan"))
        # Two rows: in one the bar was wider than a 1024-pixel screen leaves the page, and the search fell off it.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        boxes = QHBoxLayout()
        for text, widget in ((self.tr("&Status:"), self.status), (self.tr("&Partner:"), self.partner),
                             (self.tr("&Code area:"), self.code)):
            label = QLabel(text)
            label.setBuddy(widget)
            boxes.addWidget(label)
            boxes.addWidget(widget, 1)
        search = QHBoxLayout()
        search.addWidget(self.search, 1)
        search.addWidget(self.overdue)
        search.addWidget(self.clear_button)
        rows.addLayout(boxes)
        rows.addLayout(search)

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def narrowed(self) -> TargetFilter:
        """The filters as set (the search is the model's)."""
        def chosen(combo: QComboBox):
            data = combo.currentData()
            return None if data == NONE else data

        return TargetFilter(self.status.currentData(), chosen(self.partner), chosen(self.code),
                            self.overdue.isChecked())

    def refill(self, choices: TargetFilterChoices) -> None:
        """Offers the partners and codes the plan names; boxes whose lists are as they were are left alone."""
        if choices == self._choices:
            return
        self._choices = choices
        self._refill(self.partner, choices.partners, self.tr("None named"), choices.unnamed_partner)
        self._refill(self.code, choices.codes, self.tr("None"), choices.unnamed_code)

    def _refill(self, combo: QComboBox, pairs: tuple[tuple[int, str], ...], none_text: str, with_none: bool) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any"), ANY)
        if with_none:
            combo.addItem(none_text, NONE)
        for ident, name in pairs:
            combo.addItem(name, ident)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(min(combo.view().sizeHintForColumn(0) + 24, 600))
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def clear(self, only: set[str] | None = None, search: bool = True) -> None:
        """Sets the filters back to Any (only those named in `only`, if given) and clears the
        search; says `changed` once."""
        self._quiet = True
        try:
            if only is None or "status" in only:
                self.status.setCurrentIndex(0)
            if only is None or "partner" in only:
                self.partner.setCurrentIndex(0)
            if only is None or "code" in only:
                self.code.setCurrentIndex(0)
            if only is None or "overdue" in only:
                self.overdue.setChecked(False)
            if search:
                self.search.clear()
        finally:
            self._quiet = False
        self.changed.emit()
