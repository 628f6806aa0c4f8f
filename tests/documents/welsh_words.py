"""A few Welsh words for the papers' tests, installed as the Welsh catalogue while a test runs (and the
catalogue there was before put back), so a test does not hang on how far the real translation has got."""

import contextlib

from compactdesk import i18n

WORDS = {
    "Agenda": "Agenda",
    "Minutes": "Cofnodion",
    "Date": "Dyddiad",
    "Time": "Amser",
    "Venue": "Lleoliad",
    "Attendance": "Presenoldeb",
    "Present": "Yn bresennol",
    "Decided: ": "Penderfynwyd: ",
    "Annual review": "Adolygiad blynyddol",
    "Actions agreed": "Camau gweithredu a gytunwyd",
    "Page {page} of {pages}": "Tudalen {page} o {pages}",
    "Item {number}: {title} — Paper {ref}": "Eitem {number}: {title} — Papur {ref}",
    "If you cannot come, please send your apologies to {who}.":
        "Os na allwch ddod, anfonwch eich ymddiheuriadau at {who}.",
}


@contextlib.contextmanager
def welsh_catalogue(words: dict[str, str] = WORDS):
    """Welsh is `words` (anything else stays English) inside; the catalogue and alphabet before come back after."""
    before = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n: words.get(text, ""))
    try:
        yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *before)
