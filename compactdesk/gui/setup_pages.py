"""The set-up assistant's first pages: welcome (the group's name and area), the words the group uses, the compact's
standards and the partner bodies. Each page keeps what was typed when the person goes back or is sent back to a
problem; Enter moves on."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from compactdesk import i18n
from compactdesk.domain.offered_words import CHAMPION_WORDS, GROUP_WORDS, offered_english
from compactdesk.domain.rules import Standards
from compactdesk.gui.form import FieldErrors
from compactdesk.services.setup import suggested_partners

WELCOME, WORDS, STANDARDS, PARTNERS, SEATS, MEETING, SUMMARY = range(7)


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SetupPage(QWizardPage):
    """A page whose body scrolls when the screen is small, with a line at the top for a problem to put right."""

    def __init__(self, title: str, subtitle: str = ""):
        super().__init__()
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        self.fields: dict[str, QWidget] = {}  # a service's field name -> the widget it is about (FieldErrors)
        self.errors = FieldErrors(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.errors.label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it, not to the frame round them
        inner = QWidget()
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(0, 0, 4, 0)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

    def body(self) -> QVBoxLayout:
        return self.layout_

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        pass  # Back keeps what was typed here (QWizard's own would put the fields back as they started)

    def show_problem(self, message: str, field: str) -> None:
        self.errors.show(message, field)


class WelcomePage(SetupPage):
    demo_wanted = Signal()

    def __init__(self, held_name: str = ""):
        """`held_name`: the compact's name when the file has one already (the name and words are then left alone)."""
        super().__init__(self.tr("Set up the group"))
        self.held = bool(held_name)
        body = self.body()
        if self.held:
            body.addWidget(note(self.tr(
                "This group's file is set up already, as {name}. The assistant can still add partner bodies, seats "
                "with their members, and a meeting; nothing held is added twice. The name, the words the group "
                "uses and the standards are changed on the Compact page.").format(name=held_name)))
        else:
            body.addWidget(note(self.tr(
                "A few questions and the group's file is ready: its name and area, the words it uses, the "
                "compact's standards, the partner bodies, the seats and who holds them, and the first meeting. "
                "Every step can be skipped and changed later; press Enter to take the suggestion and move on.")))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example, Powys Compact Liaison Group"))
        # Its name in Welsh, optional, as the Compact page's form has it: Welsh and bilingual papers use it.
        self.name_cy = QLineEdit()
        self.name_cy.setPlaceholderText(self.tr("for example, Grŵp Cyswllt Compact Powys"))
        self.name_cy.setAccessibleName(self.tr("The group's name in Welsh"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("for example, Powys"))
        self.fields = {"name": self.name, "name_cy": self.name_cy, "area": self.area}
        if not self.held:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.addRow(self.tr("The group's &name:"), self.name)
            form.addRow(self.tr("In &Welsh:"), self.name_cy)
            form.addRow(self.tr("&Area it covers:"), self.area)
            body.addLayout(form)
            body.addWidget(note(self.tr("The name heads every agenda and paper. The area names the usual partner "
                                        "bodies on a later page. Left empty, the group's name, words, standards "
                                        "and partners wait for later, and the assistant goes on to the seats.")))
        body.addStretch(1)
        demo_words = note(self.tr("Not ready to set up your own group yet?"))
        body.addWidget(demo_words)
        self.demo_button = QPushButton(self.tr("Open the &demo group instead, to look around first"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.setToolTip(self.tr("An invented group with a year of records; your own group's file is "
                                            "kept, and this assistant is in the File menu whenever you want it"))
        self.demo_button.clicked.connect(self.demo_wanted)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        body.addLayout(row)
        demo_words.setVisible(not self.held)
        self.demo_button.setVisible(not self.held)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        if self.held:
            return PARTNERS
        # Each step can be skipped: with no name there is no compact yet to hold words, standards or partners.
        return WORDS if self.name.text().strip() else SEATS


class _Words(QComboBox):
    """The words the program offers (domain/offered_words.py), shown in the window's language, each holding its
    English as the item's data; or a word the person types."""

    def __init__(self, offered: tuple[str, ...]):
        super().__init__()
        self.offered = offered
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for english in offered:
            self.addItem(QCoreApplication.translate("Compact", english), english)

    def value(self) -> str:
        """The word as shown."""
        return self.currentText().strip()

    def words(self) -> tuple[str, str]:
        """(English, Welsh) to save: an offered word, chosen or typed in either language, is its English with no
        Welsh of the group's own (the program's Welsh is shown for it); a word typed in a Welsh window is the
        group's Welsh, beside the first offered English until the group gives its own on the Compact page; one
        typed in an English window is the group's English."""
        typed = " ".join(self.value().split())
        english = offered_english(typed, self.offered)
        if english is not None or not typed:
            return english or self.offered[0], ""
        if i18n.interface() == i18n.WELSH:
            return self.offered[0], typed
        return typed, ""


class WordsPage(SetupPage):
    def __init__(self):
        super().__init__(self.tr("The words the group uses"), self.tr(
            "Agendas, letters and the annual review use these words; type others if yours differ."))
        self.group_label = _Words(GROUP_WORDS)
        self.champion_label = _Words(CHAMPION_WORDS)
        self.fields = {"group_label": self.group_label, "champion_label": self.champion_label,
                       "group_label_cy": self.group_label, "champion_label_cy": self.champion_label}
        form = QFormLayout()
        form.addRow(self.tr("The &group is a:"), self.group_label)
        form.addRow(self.tr("&Someone who speaks for a partner body is a:"), self.champion_label)
        self.body().addLayout(form)
        self.example = note()
        self.body().addWidget(self.example)
        # In a Welsh window a word typed is the group's Welsh (_Words.words): say where its English is given.
        self.welsh_note = note(self.tr("A word of your own typed here is kept as the group's word in Welsh. English "
                                       "papers use the program's English word until you give yours on the Compact "
                                       "page."))
        self.welsh_note.setVisible(i18n.interface() == i18n.WELSH)
        self.body().addWidget(self.welsh_note)
        self.body().addStretch(1)
        self.group_label.currentTextChanged.connect(self._example)
        self.champion_label.currentTextChanged.connect(self._example)
        self._example()

    def _example(self) -> None:
        self.example.setText(self.tr("For example: \"The {group} met on Tuesday; the council's {champion} gave "
                                     "feedback.\"").format(group=self.group_label.value() or "…",
                                                           champion=self.champion_label.value() or "…"))


class StandardsPage(SetupPage):
    def __init__(self):
        super().__init__(self.tr("The compact's standards"), self.tr(
            "The promises the compact's partners make to each other. The national Compact's are filled in; "
            "change them if your compact agreed others."))
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rows = (("consultation_weeks", self.tr("&Consultations last at least:"), self.tr(" weeks"), 52, self.tr(
                    "A public body gives the voluntary sector this long to answer a consultation (12 weeks "
                    "nationally).")),
                ("consultation_feedback_weeks", self.tr("&Feedback on a consultation within:"),
                 self.tr(" weeks of closing"), 52, self.tr(
                    "Once it closes, the body says what it heard and what it changed within this many weeks.")),
                ("funding_notice_months", self.tr("Notice of a &funding change:"), self.tr(" months"), 24, self.tr(
                    "An organisation whose grant is cut or ended is told at least this far ahead (3 months "
                    "nationally).")),
                ("feedback_days", self.tr("An &officer answers within:"), self.tr(" days"), 365, self.tr(
                    "A question the group puts to an officer is answered within this many days (28 is usual).")))
        for key, label, suffix, high, why in rows:
            box = QSpinBox()
            box.setRange(1, high)
            box.setSuffix(suffix)
            self.boxes[key] = self.fields[key] = box
            words = QLabel(label)
            words.setBuddy(box)
            form.addRow(words, box)
            form.addRow("", note(why))
        self.body().addLayout(form)
        defaults = QPushButton(self.tr("National &defaults"))
        defaults.setAutoDefault(False)
        defaults.clicked.connect(lambda: self.set_standards(Standards()))
        row = QHBoxLayout()
        row.addWidget(defaults)
        row.addStretch(1)
        self.body().addLayout(row)
        self.body().addStretch(1)
        self.set_standards(Standards())

    def set_standards(self, standards: Standards) -> None:
        for key, box in self.boxes.items():
            box.setValue(getattr(standards, key))

    def standards(self) -> Standards:
        return Standards(**{key: box.value() for key, box in self.boxes.items()})


class PartnersPage(SetupPage):
    """The bodies that signed the compact: the usual ones named from the area, to tick, and any typed."""

    def __init__(self):
        super().__init__(self.tr("Partner bodies"), self.tr(
            "Tick the public bodies that signed the compact, and add any others. The names can be changed: "
            "double-click one."))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Partner bodies"))
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 6)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("another body's name, then Enter"))
        self.typed.setAccessibleName(self.tr("Another partner body"))
        add = QPushButton(self.tr("&Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(add)
        self.body().addWidget(self.list, 1)
        self.body().addLayout(row)
        self.fields = {"partners": self.list}
        self._area: str | None = None
        self._held_area, self._held_partners = "", False
        self._suggested: list[QListWidgetItem] = []

    def hold(self, area: str, partners: list[str]) -> None:
        """On a file set up already: its area, and its partners, shown ticked (they stay partners)."""
        self._held_area, self._held_partners = area, bool(partners)
        for name in partners:
            item = self._add(name, checked=True)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("A partner already; the Compact page changes the partners"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        welcome = self.wizard().page(WELCOME)
        area = self._held_area if welcome.held else welcome.area.text()
        if area == self._area or self._held_partners:  # a compact with partners has the usual ones, by its names
            return
        self._area = area
        for item in self._suggested:  # names made from an old area go, unless ticked or changed
            if item.checkState() != Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) == item.text():
                self.list.takeItem(self.list.row(item))
        self._suggested = [item for item in self._suggested if self.list.row(item) >= 0]
        held = {self.list.item(row).text().casefold() for row in range(self.list.count())}
        for position, (name, _) in enumerate(suggested_partners(area)):
            if name.casefold() not in held:
                item = self._add(name, checked=False, row=position)
                item.setData(Qt.ItemDataRole.UserRole, name)
                self._suggested.append(item)

    def _add(self, name: str, *, checked: bool, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.insertItem(self.list.count() if row is None else row, item)
        return item

    def add_typed(self) -> bool:
        name = " ".join(self.typed.text().split())
        if not name:
            return False
        found = next((self.list.item(row) for row in range(self.list.count())
                      if self.list.item(row).text().casefold() == name.casefold()), None)
        item = found or self._add(name, checked=True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.scrollToItem(item)
        self.typed.clear()
        return True

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        # Enter in the name box adds the body and stays; Enter elsewhere (or Next) moves on with it added.
        if self.add_typed() and self.window().focusWidget() is self.typed:
            return False
        return True

    def partners(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
