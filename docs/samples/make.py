"""Writes the demo group's papers into this folder: `python docs/samples/make.py`.

The demo is built around a fixed day so the samples only change when the papers do. Besides every paper in
English, the agenda, the minutes and the annual review are written in Welsh ("Agenda (Cymraeg).pdf") and in
both languages, Welsh first ("Agenda (Cymraeg and English).pdf"), as PDF and Word: they are truly Welsh once
compactdesk/translations/compactdesk_cy.qm is built (`python packaging/translations.py build`).
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from compactdesk import catalogues
from compactdesk.demo import write_demo
from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.store import open_store

DAY = dt.date(2026, 11, 24)
HERE = Path(__file__).resolve().parent
# The papers also made in Welsh and in both languages, and how their files are named.
IN_WELSH = (Paper.AGENDA, Paper.MINUTES, Paper.ANNUAL_REVIEW)
LANGUAGE_NAMES = {"cy": "Cymraeg", "both": "Cymraeg and English"}


def main() -> int:
    catalogues.load_all()
    with tempfile.TemporaryDirectory() as folder:
        with open_store(write_demo(Path(folder) / "demo.cdstore", DAY)) as store:
            for paper in Paper:
                for suffix in paper.formats:
                    for path in export(store, ExportRequest(paper, HERE / f"{paper.label()}{suffix}", DAY)):
                        print(path.relative_to(HERE.parent.parent))
            for path in export(store, ExportRequest(Paper.MINUTES, HERE / "Minutes (large print).pdf", DAY,
                                                    large_print=True)):
                print(path.relative_to(HERE.parent.parent))
            for paper in IN_WELSH:
                for language, name in LANGUAGE_NAMES.items():
                    for suffix in paper.formats:
                        out = HERE / f"{paper.label()} ({name}){suffix}"
                        for path in export(store, ExportRequest(paper, out, DAY, language=language)):
                            print(path.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
