"""People & seats ▸ Seats ▸ The group's make-up…: how many seats each sector has, as the group agreed it.

One spin box a sector, the seats there are now beside it; "Equal sides (the usual parity)" takes the make-up away.
The balance warnings above the seats compare with what is saved here (services/make_up.py).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.gui.form import FormDialog
from compactdesk.gui.workbench import Workbench
from compactdesk.services import make_up
from compactdesk.services.make_up import MOST_SEATS


class MakeUpDialog(FormDialog):
    """Saves the make-up typed (all at none: the usual parity), or, with "Equal sides", clears it."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.setObjectName("MakeUpDialog")
        self.setWindowTitle(self.tr("The group's make-up"))
        held = bench.read(make_up.make_up)

        intro = QLabel(self.tr(
            "How many seats each sector has on the group, as the group agreed it. The warnings above the seats "
            "compare the seats with this. A group that keeps equal sides for the public bodies and the voluntary "
            "sector (the usual parity) needs none."), self)
        intro.setWordWrap(True)
        self.agreed = QLabel(self)
        self.agreed.setObjectName("agreedNow")
        self.agreed.setWordWrap(True)
        self.agreed.setTextFormat(Qt.TextFormat.PlainText)
        self.agreed.setText(self.tr("Agreed now: {make_up}").format(make_up=make_up.describe_make_up(held)))

        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(18)
        for column, words in enumerate((self.tr("Sector"), self.tr("Seats agreed"), self.tr("Seats now"))):
            heading = QLabel(f"<b>{words}</b>", self)
            grid.addWidget(heading, 0, column, alignment=Qt.AlignmentFlag.AlignLeft if column == 0
                           else Qt.AlignmentFlag.AlignRight)
        self.boxes: dict[Sector, QSpinBox] = {}
        for row, sector in enumerate(Sector, start=1):
            label = QLabel(sector.label(), self)
            box = QSpinBox(self)
            box.setObjectName(f"seats_{sector.value}")
            box.setRange(0, MOST_SEATS)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance("999") + 48)  # room for the arrows
            # Nothing agreed yet: the seats as they are, to record as agreed or change.
            box.setValue(held.seats[sector] if held.parity else held.intended.get(sector, 0))
            box.setAccessibleName(self.tr("Seats agreed for {sector}").format(sector=sector.label()))
            label.setBuddy(box)
            now = QLabel(str(held.seats[sector]), self)
            now.setObjectName(f"now_{sector.value}")
            now.setAccessibleName(self.tr("Seats {sector} has now").format(sector=sector.label()))
            now.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(now, row, 2)
            self.boxes[sector] = box
        self.fields = {sector.value: box for sector, box in self.boxes.items()}
        self.fields["make_up"] = self.boxes[Sector.COUNCIL]

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.equal_button: QPushButton = self.buttons.addButton(self.tr("&Equal sides (the usual parity)"),
                                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.equal_button.setObjectName("equalSides")
        self.equal_button.setToolTip(self.tr("Take the make-up away: the warnings then ask for as many public seats "
                                             "as voluntary sector seats"))
        self.equal_button.setEnabled(not held.parity)
        self.equal_button.clicked.connect(self.equal_sides)
        self.connect_buttons(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.agreed)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.place_error_label()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def save(self):
        wanted = {sector.value: box.value() for sector, box in self.boxes.items()}
        return self.bench.perform(self.tr("Record the group's make-up"), make_up.set_make_up, wanted)

    def equal_sides(self) -> None:
        self.clear_error()
        try:
            self.result_value = self.bench.perform(self.tr("Equal sides for the group (the usual parity)"),
                                                   make_up.clear_make_up)
        except ValidationError as error:
            self.show_error(error)
            return
        self.done(FormDialog.DialogCode.Accepted)
