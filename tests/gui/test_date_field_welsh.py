"""The date box read in Welsh as a person types it (issue 19): the Welsh month names and day words, in the window
in Welsh and in English alike, shown back in words in the window's language."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout

from compactdesk import i18n
from compactdesk.gui.app import install_translator
from compactdesk.gui.date_field import DateField

DAY = dt.date(2027, 1, 15)


@pytest.fixture
def make(qtbot):
    """Makes a date box in a form (in the language of the window then), seen from the day before DAY."""
    forms = []  # kept while the test runs

    def made() -> DateField:
        form = QDialog()
        qtbot.addWidget(form)
        date = DateField()
        QFormLayout(form).addRow("Dyddiad:", date)
        date.set_today(lambda: DAY - dt.timedelta(days=1))
        form.show()
        forms.append(form)
        return date
    yield made


@pytest.mark.parametrize("typed", ["15 Ionawr 2027", "15 Ion 2027", "15fed Ionawr 2027", "15 ionawr 27", "yfory",
                                   "Yfory", "15 January 2027"])
def test_a_day_typed_in_welsh_reads_back_in_welsh_words(qtbot, make, typed):
    install_translator(i18n.WELSH)
    field = make()
    field.box.clear()
    qtbot.keyClicks(field.box, typed)
    assert field.value() == DAY and field.problem() == ""
    assert field.words.text() == "Dydd Gwener 15 Ionawr 2027"
    assert field.box.text() == typed


@pytest.mark.parametrize(("typed", "day"), [("15 Chwef 2027", dt.date(2027, 2, 15)), ("heddiw", DAY - dt.timedelta(1)),
                                            ("ddoe", DAY - dt.timedelta(2))])
def test_welsh_is_read_in_the_english_window_too(qtbot, make, typed, day):
    field = make()
    field.box.clear()
    qtbot.keyClicks(field.box, typed)
    assert field.value() == day and field.problem() == ""


def test_a_welsh_day_that_does_not_exist_says_why_in_welsh(qtbot, make):
    install_translator(i18n.WELSH)
    field = make()
    field.box.clear()
    qtbot.keyClicks(field.box, "30 Chwefror 2027")
    assert field.value() is None
    assert "Chwefror 2027" in field.problem()
