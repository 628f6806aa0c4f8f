"""The program's translations, loaded from the .qm files built from resources/i18n (packaging/translations.py).

Both faces use this: the window installs the interface language's translators into Qt, and both give
`compactdesk.i18n` a catalogue and an alphabetical order for every language there is, so a paper can be made
in Welsh, English or both whatever the interface speaks. QtCore only: the command line loads no widgets.
"""

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QTranslator

from compactdesk import i18n

FOLDER = Path(__file__).with_name("translations")
QT_LOCALES = {i18n.ENGLISH: "en_GB", i18n.WELSH: "cy_GB"}
# Ours first: an entry in both is ours. qtbase_cy is our own translation of the Qt buttons and dialogs the
# program shows, since Qt ships no Welsh.
FILES = ("compactdesk_{language}.qm", "qtbase_{language}.qm")

_translators: dict[str, list[QTranslator]] = {}
_log = logging.getLogger("compactdesk")


def translators(language: str) -> list[QTranslator]:
    """The language's loaded translators (none for English, the language the program is written in)."""
    if language == i18n.ENGLISH:
        return []
    if language not in _translators:
        loaded = []
        for name in FILES:
            path = FOLDER / name.format(language=language)
            translator = QTranslator()
            if path.is_file() and translator.load(str(path)):
                loaded.append(translator)
            else:
                _log.warning("no translation at %s", path)
        _translators[language] = loaded
    return _translators[language]


def available() -> tuple[str, ...]:
    """The languages the program can speak: English, and each with a built catalogue."""
    return tuple(language for language in i18n.LANGUAGES
                 if language == i18n.ENGLISH or (FOLDER / FILES[0].format(language=language)).is_file())


def system_language() -> str:
    """"cy" when the computer speaks Welsh, else "en": the window's guess before it asks, and the command line's
    language. The environment first, as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), where it is set
    (Linux); else the system's own setting, which is where Windows and macOS keep it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return i18n.WELSH if value.lower().startswith("cy") else i18n.ENGLISH
    return i18n.WELSH if QLocale.system().language() == QLocale.Language.Welsh else i18n.ENGLISH


def qt_locale(language: str) -> QLocale:
    return QLocale(QT_LOCALES.get(language, "en_GB"))


def _catalogue(translator: QTranslator) -> i18n.Catalogue:
    def look_up(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n)

    return look_up


def _comparison(language: str) -> i18n.Comparison:
    # A QCollator is reentrant, not thread-safe, and papers are made in a worker thread: one per thread.
    local = threading.local()

    def compare(first: str, second: str) -> int:
        collator = getattr(local, "collator", None)
        if collator is None:
            collator = local.collator = QCollator(qt_locale(language))
        return collator.compare(first, second)

    return compare


def load_all() -> None:
    """Gives compactdesk.i18n every language's words and alphabet."""
    for language in i18n.LANGUAGES:
        if language == i18n.ENGLISH:
            continue
        ours = next((t for t in translators(language) if Path(t.filePath()).name.startswith("compactdesk_")), None)
        i18n.install_catalogue(language, _catalogue(ours) if ours else None, _comparison(language))
