"""The real Welsh catalogue (compactdesk/translations/compactdesk_cy.qm, built from resources/i18n), loaded for
the Qt-free layers, for the tests of the words that differ by language (typed dates, attendance keys, the champion
word's plural, word lists)."""

import contextlib

from compactdesk import catalogues


@contextlib.contextmanager
def welsh_loaded():
    catalogues.load_all()
    yield
