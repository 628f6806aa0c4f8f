"""Writes the demo group's papers into this folder: `python docs/samples/make.py`.

The demo is built around a fixed day so the samples only change when the papers do.
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from compactdesk.demo import write_demo
from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.store import open_store

DAY = dt.date(2026, 11, 24)
HERE = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        with open_store(write_demo(Path(folder) / "demo.cdstore", DAY)) as store:
            for paper in Paper:
                for suffix in paper.formats:
                    for path in export(store, ExportRequest(paper, HERE / f"{paper.label()}{suffix}", DAY)):
                        print(path.relative_to(HERE.parent.parent))
            for path in export(store, ExportRequest(Paper.MINUTES, HERE / "Minutes (large print).pdf", DAY,
                                                    large_print=True)):
                print(path.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
