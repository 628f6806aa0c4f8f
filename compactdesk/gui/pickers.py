"""A "New…" button beside every list that picks a person or an organisation.

Whoever is filling in a form (appointing someone to a seat, recording feedback owed by an officer) and finds the
person or body is not in the list adds them there and then: the button opens the usual person or organisation form,
which saves at once as its own undo step; the list is filled again with the new record chosen, and everything else
typed in the outer form stays as it was. Cancelling the inner form leaves the outer one untouched.

Where a list is filtered (public bodies only, a body's own people), the caller opens the inner form so that what it
makes qualifies: a public body's sector is chosen from the public sectors only, say.
"""

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from compactdesk.domain.enums import Sector
from compactdesk.gui.workbench import Workbench

PUBLIC_SECTORS = tuple(sector for sector in Sector if sector.is_public)
VOLUNTARY_SECTORS = (Sector.VCS,)


def person_tip() -> str:
    return QCoreApplication.translate("Pickers", "Add a new person (they are saved at once; Ctrl+Z takes them back)")


def organisation_tip() -> str:
    return QCoreApplication.translate("Pickers", "Add a new organisation (it is saved at once; Ctrl+Z takes it back)")


def public_body_tip() -> str:
    return QCoreApplication.translate("Pickers", "Add a new public body (it is saved at once; Ctrl+Z takes it back)")


def run_form(dialog: QDialog) -> int | None:
    """Runs the inner form; the id of what it saved, or None when it was cancelled."""
    try:
        if not dialog.exec():
            return None
        made = getattr(dialog, "result_value", None)
        return getattr(made, "id", None)
    finally:
        dialog.deleteLater()


def place_beside(combo: QComboBox, button: QToolButton) -> QWidget:
    """Puts `button` just right of `combo`, in the combo's place in its form, and next after it for Tab."""
    parent = combo.parentWidget()
    if not combo.accessibleName() and parent is not None:
        # A screen reader names a list by the label it is the buddy of only while they share a parent.
        label = next((label for label in parent.findChildren(QLabel) if label.buddy() is combo), None)
        if label is not None:
            combo.setAccessibleName(re.sub("&(.)", r"\1", label.text()).rstrip(":"))  # "&&" is a shown "&"
    holder = QWidget(parent)
    holder.setObjectName(f"{combo.objectName()}Picker")
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    layout = parent.layout() if parent is not None else None
    if layout is None or layout.replaceWidget(combo, holder) is None:
        raise ValueError(f"{combo.objectName()} is in no layout to put a button beside")
    holder.setLayout(row)
    row.addWidget(combo, 1)
    row.addWidget(button)
    holder.setVisible(True)
    QWidget.setTabOrder(combo, button)
    return holder


class NewRecordButton(QToolButton):
    """The "New…" button beside `combo`. `make_form(parent)` builds the inner form (asked at each click, so it
    can take what the outer form holds then); `refill()` fills the list again from the group's file, and the
    other lists it fills (`also`) keep their choice."""

    def __init__(self, combo: QComboBox, make_form: Callable[[QWidget], QDialog], refill: Callable[[], None], *,
                 tip: str, name: str, also: Sequence[QComboBox] = ()):
        super().__init__(combo.parentWidget())
        self.combo = combo
        self.make_form = make_form
        self.refill = refill
        self.also = tuple(also)
        self.setObjectName(f"{combo.objectName()}New")
        self.setText(QCoreApplication.translate("Pickers", "New…"))
        self.setToolTip(tip)
        self.setAccessibleName(name)
        self.setAccessibleDescription(tip)
        place_beside(combo, self)
        self.clicked.connect(self.add_new)

    def add_new(self) -> int | None:
        """Opens the inner form; the new record's id once it is saved and chosen, else None."""
        outer = self.combo.window()
        made = run_form(self.make_form(outer))
        if made is None:
            return None
        if self.combo.styleSheet() and hasattr(outer, "clear_error"):
            outer.clear_error()  # the form's message was about this list ("Choose who…"), which now has its answer
        kept = [(other, other.currentData()) for other in self.also]
        self.combo.blockSignals(True)  # one change of choice below, not one for the refill and one for the choice
        try:
            self.refill()
        finally:
            self.combo.blockSignals(False)
        for other, data in kept:
            index = other.findData(data)
            if index >= 0:
                other.setCurrentIndex(index)
        index = self.combo.findData(made)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self.combo.currentIndexChanged.emit(self.combo.currentIndex())
        self.combo.setFocus()
        return made


def offer_new_person(combo: QComboBox, bench: Workbench, refill: Callable[[], None], *,
                     options: Callable[[], dict] | None = None, also: Sequence[QComboBox] = ()) -> NewRecordButton:
    """A "New…" button that adds a person; `options()` gives PersonDialog's keywords at the click (the
    organisation to start with, `officer`, `champion_of`)."""

    def make(parent: QWidget) -> QDialog:
        from compactdesk.gui.dialogs.people import PersonDialog  # that module offers these buttons too

        return PersonDialog(bench, parent, **(options() if options else {}))

    return NewRecordButton(combo, make, refill, tip=person_tip(), also=also,
                           name=QCoreApplication.translate("Pickers", "Add a new person"))


def offer_new_organisation(combo: QComboBox, bench: Workbench, refill: Callable[[], None], *,
                           sectors: Sequence[Sector] | None = None, sector: Callable[[], Sector | None] | None = None,
                           also: Sequence[QComboBox] = ()) -> NewRecordButton:
    """A "New…" button that adds an organisation: of one of `sectors` when the list offers only those (public
    bodies, say), starting at `sector()` when that gives one."""

    def make(parent: QWidget) -> QDialog:
        from compactdesk.gui.dialogs.people import OrganisationDialog

        return OrganisationDialog(bench, parent, sectors=sectors, sector=sector() if sector else None)

    public = sectors is not None and all(choice.is_public for choice in sectors)
    name = QCoreApplication.translate("Pickers", "Add a new public body") if public else \
        QCoreApplication.translate("Pickers", "Add a new organisation")
    return NewRecordButton(combo, make, refill, tip=public_body_tip() if public else organisation_tip(), also=also,
                           name=name)
