"""The ten-year store on a shared PostgreSQL server beside the same store in a file (issue 22): the same
figures, measured the same way, on both engines, as one table.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/server.py [--server postgresql://…]

Makes the ten-year store (bench/tenyear.py) in a temporary folder and moves it to the server
(compactdesk move: every record copied and checked), then measures on each side:
- opening the group;
- each area's first visit, and its refresh after an edit; an edit and the refresh that follows on
  Feedback owed; a search keystroke over its 20,000 rows;
- the agenda, the minutes and the annual review as PDF, and the whole feedback log as Word, in-process;
- search everything (issue 16): the median and worst of realistic queries.
With no --server, a throw-away cluster is started (tests/pg_cluster.py, the tests' own: initdb and pg_ctl
from the machine's PostgreSQL, on 127.0.0.1) and stopped afterwards. The server's figures include the
round trips to it: here a loopback, on a CVS's network a little more.
"""

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from speed import _settle  # noqa: E402 - a debounced search run, measured as bench/speed.py does
from tenyear import TODAY, make_ten_year_store  # noqa: E402

ROWS: list[tuple[str, str, str]] = []  # (what, the file's figure, the server's figure)
SEARCHES = ("food banks", "community transport", "Llyr", "c", "the", "grants programme", "Gwenllian",
            "volunteering strategy", "rural transport", "question 1234")


def _ms(seconds: float) -> str:
    return f"{1000 * seconds:.0f} ms"


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def measure(open_group, label: str) -> dict[str, str]:
    """Every figure for one side; `open_group()` opens it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from compactdesk.documents.export import ExportRequest, Paper, export
    from compactdesk.gui.app import install_translator
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import LAST_AREA, Settings
    from compactdesk.services import feedback
    from compactdesk.services.search import search

    figures: dict[str, str] = {}
    started = time.perf_counter()
    store = open_group()
    figures["open the group"] = _ms(time.perf_counter() - started)
    app = QApplication.instance() or QApplication([])
    install_translator()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        settings.set(LAST_AREA, "compact")
        window = MainWindow(store, today=lambda: TODAY, settings=settings)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        for area in window.area_names():
            seconds = _timed(lambda: (window.show_area(area), app.processEvents()))
            figures[f"first visit: {window.page(area).title()}"] = _ms(seconds)
        for area in window.area_names():
            window.show_area(area)
            app.processEvents()
            seconds = _timed(lambda: (window.page(area).refresh(), app.processEvents()))
            figures[f"refresh: {window.page(area).title()}"] = _ms(seconds)
        window.show_area("feedback")
        app.processEvents()
        waiting = [r for r in store.run(feedback.feedback_rows, TODAY) if r.answered_on is None][:5]
        times = [_timed(lambda: (window.bench.perform("Mark answered", feedback.mark_answered, item.feedback_id,
                                                      TODAY, "in_writing"), app.processEvents()))
                 for item in waiting]
        figures["edit and refresh on Feedback owed (median of 5)"] = _ms(statistics.median(times))
        times = [_timed(lambda: window.bench.undo_stack.undo()) for _ in range(3)]
        figures["undo of that edit (median of 3)"] = _ms(statistics.median(times))
        page = window.page("feedback")
        times = []
        for typed in ("q", "qu", "que", "ques", "quest"):
            started = time.perf_counter()
            page.search.setText(typed)
            _settle(app, page)
            times.append(time.perf_counter() - started)
        figures["search keystroke over 20,000 (worst of 5)"] = _ms(max(times))
        window.close()
        out = Path(folder)
        for paper, options, suffix in ((Paper.AGENDA, {"meeting": "last"}, ".pdf"), (Paper.MINUTES, {}, ".pdf"),
                                       (Paper.ANNUAL_REVIEW, {"year": TODAY.year}, ".pdf"),
                                       (Paper.FEEDBACK_LOG, {"since": "all"}, ".docx")):
            request = ExportRequest(paper, out / f"{paper.value}{suffix}", TODAY, **options)
            figures[f"{paper.value} {suffix[1:].upper()}, in-process"] = _ms(_timed(lambda: export(store, request)))
        store.run(search, "warm the cache")
        medians = []
        for typed in SEARCHES:
            medians.append(statistics.median(_timed(lambda: store.run(search, typed)) for _ in range(3)))
        figures[f"search everything: median of {len(SEARCHES)}"] = _ms(statistics.median(medians))
        worst = max(range(len(SEARCHES)), key=medians.__getitem__)
        figures["search everything: worst"] = f"{_ms(medians[worst])} (“{SEARCHES[worst]}”)"
    store.close()
    print(f"{label}: measured", flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", help="a PostgreSQL server's address (a login that may create a database); "
                                         "a throw-away cluster when none is given")
    args = parser.parse_args()

    import psycopg

    from compactdesk.store import open_store
    from compactdesk.store.address import ServerAddress
    from compactdesk.store.move import move
    from compactdesk.store.server import open_group

    cluster = None
    if args.server:
        base = args.server
    else:
        import pg_cluster

        cluster = pg_cluster.start()
        base = cluster.url
    database = "tenyear_" + uuid.uuid4().hex[:8]
    admin = ServerAddress.parse(base)
    with psycopg.connect(admin.sqlalchemy_url().replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {database}")
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "Ten years.cdstore"
            seconds = _timed(lambda: make_ten_year_store(path))
            print(f"the ten-year store: {path.stat().st_size / 2**20:.1f} MiB, made in {seconds:.1f} s", flush=True)
            target = ServerAddress(admin.host, database, admin.user, admin.port, "group_tenyear", admin.options)
            started = time.perf_counter()
            report = move(path, target)
            print(f"moved to the server: {report.records} records, {report.papers} papers, in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            on_file = measure(lambda: open_store(path, daily_backup=False), "file")
            on_server = measure(lambda: open_group(report.address), "server")
    finally:
        with psycopg.connect(admin.sqlalchemy_url().replace("+psycopg", ""), autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        if cluster is not None:
            cluster.stop()
    print("\n| what | file | server |\n|---|---|---|")
    for what in on_file:
        print(f"| {what} | {on_file[what]} | {on_server.get(what, '')} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
