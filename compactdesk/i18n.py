"""Translation hook for the layers that must not import Qt.

Domain, store and services call `translate(context, text)` exactly as the GUI
calls `QCoreApplication.translate`, so `pyside6-lupdate` collects their strings
too. The GUI installs Qt's translator at start-up; the command line runs with
the identity until a translation is loaded.
"""

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    result = text if _translator is None else _translator(context, text, disambiguation, n)
    if n >= 0:
        # Untranslated plurals keep Qt's "(s)" source form: give the English one.
        result = result.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation where it is defined; translate() shows it."""
    return text
