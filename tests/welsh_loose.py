"""The Welsh of issue 19's loose ends (typed dates, attendance keys, the champion word's plural, word lists), for
the tests, until the lead has put it into resources/i18n/compactdesk_cy.ts: laid over the real catalogue, which
answers first where it has the string already, so the tests keep testing the real translation once it is in."""

import contextlib

from PySide6.QtCore import QCoreApplication, QTranslator

from compactdesk import catalogues, i18n

# (context, source, disambiguation) → Welsh, as in /tmp/h/cy/new_loose.json.
PENDING = {
    ("AttendanceTab", "P", "attendance key: one letter for Present, unlike the other three"): "B",
    ("AttendanceTab", "A", "attendance key: one letter for Apologies, unlike the other three"): "Y",
    ("AttendanceTab", "X", "attendance key: one letter for Absent, unlike the other three"): "A",
    ("AttendanceTab", "S", "attendance key: one letter for Substitute, unlike the other three"): "D",
    ("AttendanceTab", "Keys in the list: {present} present · {apologies} apologies · {absent} absent · "
                      "{substitute} substitute · Delete not recorded", ""):
        "Bysellau yn y rhestr: {present} yn bresennol · {apologies} ymddiheuriadau · {absent} absennol · "
        "{substitute} dirprwy · Delete heb ei gofnodi",
    ("Compact", "champion", ""): "hyrwyddwr",
    ("Compact", "representative", ""): "cynrychiolydd",
    ("Compact", "champions", ""): "hyrwyddwyr",
    ("Compact", "representatives", ""): "cynrychiolwyr",
    ("Compact", "liaison groups", ""): "grwpiau cyswllt",
    ("Compact", "steering groups", ""): "grwpiau llywio",
    ("ChampionsTab", "Marked on the People page as a {label} but named for no department: {names}. Choose their "
                     "department and “Name the {label}…”.", ""):
        "Wedi'u nodi ar y dudalen Pobl fel {label} ond heb eu henwi ar gyfer unrhyw adran: {names}. Dewiswch eu "
        "hadran, yna “Enwi'r {label}…”.",
    ("Lists", "{rest} and {last}", ""): "{rest} a {last}",
    ("Lists", "{rest} and {last}", "the last begins with a vowel"): "{rest} ac {last}",
    ("Lists", "{rest} or {last}", ""): "{rest} neu {last}",
}


def _real(context: str, source: str, disambiguation: str | None, n: int) -> str:
    ours = next((t for t in catalogues.translators(i18n.WELSH) if "compactdesk_" in t.filePath()), None)
    return ours.translate(context, source, disambiguation, n) if ours else ""


def _pending(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return _real(context, source, disambiguation, n) or PENDING.get((context, source, disambiguation or ""), "")


class _PendingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt's virtual
        # Installed whatever the window speaks, so it answers only while the window speaks Welsh.
        return _pending(context, source, disambiguation, n) if i18n.interface() == i18n.WELSH else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextlib.contextmanager
def welsh_pending():
    """Inside, Welsh (for the Qt-free layers and, once the window is in Welsh, for Qt) has the pending words too,
    also after the window's language is changed (which loads the real catalogues again)."""
    real_load = catalogues.load_all

    def load_all() -> None:
        real_load()
        i18n.install_catalogue(i18n.WELSH, _pending, i18n._comparisons.get(i18n.WELSH))

    catalogues.load_all = load_all
    load_all()
    translator = _PendingTranslator()
    QCoreApplication.installTranslator(translator)  # the last installed is asked first
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        catalogues.load_all = real_load
        real_load()
