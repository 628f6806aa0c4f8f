"""Forms of the Monitoring & review page: a question of the framework, a year's rating
(of a question or a health-check area), and a relationship rating."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QWidget

from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import IndicatorGroup, Measure
from compactdesk.domain.text import one_line
from compactdesk.domain.titles import sentence_start
from compactdesk.gui.dialogs.choices import fill_enum, select_data
from compactdesk.gui.form import FormDialog
from compactdesk.gui.forms.ui_indicator_dialog import Ui_IndicatorDialog
from compactdesk.gui.forms.ui_rating_dialog import Ui_RatingDialog
from compactdesk.gui.forms.ui_relationship_dialog import Ui_RelationshipDialog
from compactdesk.gui.workbench import Workbench
from compactdesk.services import monitoring
from compactdesk.services.monitoring import HealthRow, IndicatorRow

# -- words every part of the page shares ------------------------------------------------

def rating_text(rating: int | None) -> str:
    """"3 of 5", or a dash when not rated."""
    return "—" if rating is None else QCoreApplication.translate("Monitoring", "{rating} of 5").format(rating=rating)


def rating_words(rating: int) -> str:
    return {
        1: QCoreApplication.translate("Monitoring", "1 — poor"),
        2: QCoreApplication.translate("Monitoring", "2 — weak"),
        3: QCoreApplication.translate("Monitoring", "3 — fair"),
        4: QCoreApplication.translate("Monitoring", "4 — good"),
        5: QCoreApplication.translate("Monitoring", "5 — strong"),
    }[rating]


def change_text(change: int | None) -> str:
    if change is None:
        return ""
    if change == 0:
        return QCoreApplication.translate("Monitoring", "same")
    if change > 0:
        return QCoreApplication.translate("Monitoring", "up {n}").format(n=change)
    return QCoreApplication.translate("Monitoring", "down {n}").format(n=-change)


def change_tip(rating: int | None, previous: int | None, year: int) -> str:
    """What the change column means, in words."""
    if previous is None:
        return QCoreApplication.translate("Monitoring", "Not rated in {year}").format(year=year - 1)
    if rating is None:
        return QCoreApplication.translate("Monitoring", "Rated {rating} in {year}; not yet this year").format(
            rating=rating_text(previous), year=year - 1)
    return QCoreApplication.translate("Monitoring", "{now} in {year}, {then} in {last}").format(
        now=rating_text(rating), year=year, then=rating_text(previous), last=year - 1)


def before_text(previous: int | None, year: int) -> str:
    """The rating the year before, in words: "3 of 5 in 2025" or "not rated in 2025"."""
    if previous is None:
        return QCoreApplication.translate("Monitoring", "not rated in {year}").format(year=year - 1)
    return QCoreApplication.translate("Monitoring", "{rating} in {year}").format(rating=rating_text(previous),
                                                                                 year=year - 1)



def short(text: str, limit: int = 60) -> str:
    """A question or note cut to fit an undo text or a title."""
    text = one_line(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def fill_ratings(combo: QComboBox, none_text: str) -> None:
    """1 to 5 in words, after a first choice meaning "no rating"."""
    combo.clear()
    combo.addItem(none_text, None)
    for rating in range(monitoring.LOWEST, monitoring.HIGHEST + 1):
        combo.addItem(rating_words(rating), rating)


# -- a question of the framework ---------------------------------------------------------

class IndicatorDialog(FormDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, indicator_id: int | None = None,
                 group: IndicatorGroup | None = None):
        super().__init__(parent)
        self.bench = bench
        self.indicator_id = indicator_id
        self.ui = Ui_IndicatorDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"group": self.ui.group, "question": self.ui.question, "measure": self.ui.measure}
        fill_enum(self.ui.group, IndicatorGroup)
        self.ui.measure.addItem(self.tr("None: a judgement only"), None)
        for measure in Measure:
            self.ui.measure.addItem(measure.label(), measure.value)
        if indicator_id is None:
            self.setWindowTitle(self.tr("New indicator"))
            select_data(self.ui.group, (group or IndicatorGroup.BASELINE).value)
        else:
            self.setWindowTitle(self.tr("Edit question"))
            detail = bench.read(monitoring.indicator_detail, indicator_id)
            select_data(self.ui.group, detail.group.value)
            self.ui.question.setPlainText(detail.held_question)  # as held, never the program's Welsh
            select_data(self.ui.measure, detail.measure.value if detail.measure else None)
        self.ui.question.setFocus()

    def save(self):
        values = {"group": self.ui.group.currentData(), "question": self.ui.question.toPlainText(),
                  "measure": self.ui.measure.currentData()}
        if self.indicator_id is None:
            return self.bench.perform(self.tr("Add indicator “{question}”").format(
                question=short(values["question"])), monitoring.add_indicator, **values)
        return self.bench.perform(self.tr("Edit question “{question}”").format(question=short(values["question"])),
                                  monitoring.update_indicator, self.indicator_id, **values)


# -- a year's rating ---------------------------------------------------------------------

class _RatingDialog(FormDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None, *, year: int, rating: int | None, evidence: str,
                 previous: int | None):
        super().__init__(parent)
        self.bench = bench
        self.year = year
        self.ui = Ui_RatingDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"rating": self.ui.rating, "evidence": self.ui.evidence}
        font = QFont(self.ui.question.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.question.setFont(font)
        # The base class's words are looked up under "Monitoring": self.tr here would use each subclass's name.
        fill_ratings(self.ui.rating, QCoreApplication.translate("Monitoring", "Not rated"))
        select_data(self.ui.rating, rating)
        self.ui.evidence.setPlainText(evidence)
        self.ui.previous.setText(sentence_start(before_text(previous, year)))
        self.ui.rating.setFocus()

    def show_figure(self, figure: str) -> None:
        self.ui.figure.setText(sentence_start(figure))
        self.ui.figure.setVisible(bool(figure))
        self.ui.figureLabel.setVisible(bool(figure))

    def values(self) -> tuple:
        return self.ui.rating.currentData(), self.ui.evidence.toPlainText()


class IndicatorRatingDialog(_RatingDialog):
    """A question's rating and evidence for one year, with the figure from the records beside it."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, row: IndicatorRow, year: int):
        super().__init__(bench, parent, year=year, rating=row.rating, evidence=row.evidence, previous=row.previous)
        self.row = row
        self.setWindowTitle(self.tr("Rate for {year}: {group}").format(year=year, group=row.group.label()))
        self.ui.question.setText(row.question)
        self.ui.aim.hide()
        self.show_figure(row.figure)
        self.resize(600, self.sizeHint().height())

    def save(self):
        return self.bench.perform(
            self.tr("Rate “{question}” for {year}").format(question=short(self.row.question), year=self.year),
            monitoring.rate, self.row.indicator_id, self.year, *self.values())


class HealthRatingDialog(_RatingDialog):
    """One area of the health-check for one year."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, row: HealthRow, year: int):
        super().__init__(bench, parent, year=year, rating=row.rating, evidence=row.evidence, previous=row.previous)
        self.row = row
        self.setWindowTitle(self.tr("Health-check {year}: {area}").format(year=year, area=row.area.label()))
        self.ui.question.setText(row.area.label())
        self.ui.aim.setText(self.tr("The aim: {aim}").format(aim=row.area.aim()))
        self.show_figure("")
        self.resize(600, self.sizeHint().height())

    def save(self):
        return self.bench.perform(
            self.tr("Health-check {year}: rate “{area}”").format(year=self.year, area=self.row.area.label()),
            monitoring.rate_health, self.year, self.row.area, *self.values())


# -- a relationship rating ---------------------------------------------------------------

class RelationshipDialog(FormDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None, *, rating_id: int | None = None):
        super().__init__(parent)
        self.bench = bench
        self.rating_id = rating_id
        self.ui = Ui_RelationshipDialog()
        self.ui.setupUi(self)
        self.place_error_label()
        self.connect_buttons(self.ui.buttons)
        self.fields = {"on": self.ui.on, "rating": self.ui.rating, "note": self.ui.note}
        self.ui.on.set_optional(False)
        fill_ratings(self.ui.rating, self.tr("Choose a rating…"))
        if rating_id is None:
            self.setWindowTitle(self.tr("New relationship rating"))
            self.ui.on.set_value(bench.today())
        else:
            self.setWindowTitle(self.tr("Edit relationship rating"))
            row = bench.read(monitoring.relationship_detail, rating_id)
            self.ui.on.set_value(row.on)
            select_data(self.ui.rating, row.rating)
            self.ui.note.setPlainText(row.note)
        self.ui.rating.setFocus()

    def save(self):
        on, rating, note = self.ui.on.value(), self.ui.rating.currentData(), self.ui.note.toPlainText()
        day = uk_date(on) if on else ""
        if self.rating_id is None:
            return self.bench.perform(self.tr("Record the relationship rating of {date}").format(date=day),
                                      monitoring.add_relationship_rating, on, rating, note)
        return self.bench.perform(self.tr("Edit the relationship rating of {date}").format(date=day),
                                  monitoring.update_relationship_rating, self.rating_id, on, rating, note)
