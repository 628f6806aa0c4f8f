"""The export dialog's Language: English, Cymraeg or both; the interface's language until one is chosen,
then the one chosen last; carried in the request and the suggested file name (issue 19)."""

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from compactdesk import i18n
from compactdesk.documents.export import Paper
from compactdesk.gui import settings as keys
from compactdesk.gui.dialogs.export import ExportDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from welsh_words import welsh_catalogue  # noqa: E402

PNG = Path("/tmp/export_pngs")


@pytest.fixture
def make_dialog(bench, settings, tmp_path, qtbot):
    folder = tmp_path / "Papers"
    folder.mkdir()
    settings.set(keys.EXPORT_FOLDER, str(folder))

    def make(paper=Paper.MINUTES) -> ExportDialog:
        dialog = ExportDialog(bench, settings, paper)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


@pytest.fixture
def welsh_interface():
    with welsh_catalogue():
        i18n.set_interface(i18n.WELSH)
        try:
            yield
        finally:
            i18n.set_interface(i18n.ENGLISH)


def _choose(dialog: ExportDialog, language: str) -> None:
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData(language))


def test_the_three_languages_are_offered_by_their_own_names(make_dialog):
    combo = make_dialog().ui.language
    assert [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == [
        ("en", "English"), ("cy", "Cymraeg"), ("both", "Cymraeg ac English")]
    assert combo.currentData() == "en"  # an English window, nothing chosen yet


def test_a_welsh_window_offers_welsh_first(make_dialog, welsh_interface):
    dialog = make_dialog()
    assert dialog.language() == "cy"
    assert Path(dialog.ui.fileName.text()).name.startswith("Cofnodion ")


def test_the_language_chosen_is_carried_named_and_remembered(make_dialog, settings):
    with welsh_catalogue():
        dialog = make_dialog()
        _choose(dialog, "both")
        assert dialog.request().language == "both"
        assert Path(dialog.ui.fileName.text()).name.startswith("Cofnodion – Minutes ")
        _choose(dialog, "en")
        assert Path(dialog.ui.fileName.text()).name.startswith("Minutes ")
        _choose(dialog, "both")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.get(keys.EXPORT_LANGUAGE) == "both"
    # The choice outlasts the window's own language.
    again = make_dialog(Paper.AGENDA)
    assert again.language() == "both" and again.request().language == "both"


def test_a_cancelled_dialog_remembers_nothing(make_dialog, settings):
    dialog = make_dialog()
    _choose(dialog, "cy")
    dialog.reject()
    assert settings.get(keys.EXPORT_LANGUAGE) == ""
    assert make_dialog().language() == "en"


def test_the_dialog_with_its_language_fits(make_dialog, welsh_interface):
    dialog = make_dialog(Paper.ACTION_PLAN)
    dialog.adjustSize()
    assert dialog.width() <= 1024 and dialog.height() <= 700
    PNG.mkdir(exist_ok=True)
    dialog.grab().save(str(PNG / "export_language.png"))
