"""The interface's language: asked at the first start, kept in the settings, changed at once from View ▸ Language.

Installing a translator makes Qt send every widget a LanguageChange event; the main window answers it by
building its menus and pages again in the new language (MainWindow.retranslate), so nothing needs a restart.
"""

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from compactdesk import catalogues, i18n
from compactdesk.gui import settings as keys
from compactdesk.gui.settings import Settings

# Each language is named in itself, whatever the interface speaks (as every program's language list does), so
# these words are never translated: a person who cannot read the language shown still finds their own.
NAMES = {i18n.ENGLISH: "English", i18n.WELSH: "Cymraeg"}

_installed: list = []


def saved_language(settings: Settings) -> str:
    language = settings.get(keys.LANGUAGE)
    return language if language in catalogues.available() else ""


def apply_language(language: str) -> None:
    """Makes `language` the interface's: Qt's translators, the dates and numbers Qt shows, and the Qt-free
    layers' words (compactdesk.i18n). Widgets are told by a LanguageChange event."""
    catalogues.load_all()
    if language not in catalogues.available():
        language = i18n.ENGLISH
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in catalogues.translators(language):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(catalogues.qt_locale(language))
    i18n.set_interface(language)


def start_language(settings: Settings) -> str:
    """At start-up, before any window: the saved language, or the computer's until the person is asked."""
    language = saved_language(settings) or catalogues.system_language()
    apply_language(language)
    return language


def choose(settings: Settings, language: str) -> None:
    settings.set(keys.LANGUAGE, language)
    if language != i18n.interface():
        apply_language(language)


class LanguageQuestion(QDialog):
    """The first start's question, in both languages at once, the two choices side by side."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen = ""
        # Both languages, always: this is asked before the person has said which they read.
        self.setWindowTitle("CompactDesk: Language · Iaith")
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        heading = QLabel("<b>Dewiswch eich iaith</b><br><b>Choose your language</b>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for language in (i18n.WELSH, i18n.ENGLISH):  # Welsh first, as the Welsh Language Standards ask
            button = QPushButton(NAMES[language])
            button.setObjectName(f"language_{language}")
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.4)
            button.setFont(font)
            button.setMinimumSize(160, 56)
            button.clicked.connect(lambda _=False, chosen=language: self._choose(chosen))
            row.addWidget(button)
            self.buttons[language] = button
        layout.addLayout(row)
        later = QLabel("Gallwch ei newid unrhyw bryd: Gweld ▸ Iaith.<br>"
                       "You can change it at any time: View ▸ Language.")
        later.setAlignment(Qt.AlignmentFlag.AlignCenter)
        later.setWordWrap(True)
        layout.addWidget(later)

    def _choose(self, language: str) -> None:
        self.chosen = language
        self.accept()


def ask_first_time(settings: Settings, parent: QWidget | None) -> None:
    """Asks once, at the first start. Closing the question keeps the language in use, and asks again next time."""
    if saved_language(settings) or len(catalogues.available()) < 2:
        return  # chosen already, or no translation built (run from the sources before `translations.py build`)
    question = LanguageQuestion(parent)
    question.buttons[i18n.interface()].setDefault(True)
    if question.exec() == QDialog.DialogCode.Accepted and question.chosen:
        choose(settings, question.chosen)


def language_menu(parent_menu: QMenu, settings: Settings) -> QMenu:
    """View ▸ Language: one entry per language, each in its own words, the one in use ticked."""
    menu = parent_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language / Iaith"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for language in catalogues.available():
        action = menu.addAction(NAMES[language])
        action.setObjectName(f"language_{language}")
        action.setCheckable(True)
        action.setChecked(language == i18n.interface())
        action.triggered.connect(lambda _=False, chosen=language: choose(settings, chosen))
        group.addAction(action)
    return menu
