"""Every speed figure of issue 15 on the ten-year store, as a table with each goal and ratio.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/speed.py [--runs 5] [--only start,pages,papers,search]

Makes the ten-year store (bench/tenyear.py) in a temporary folder, then measures:
- start: a process from its beginning to the first painted main window, CompactDesk on the
  store against a bare QMainWindow + QTableView, interleaved, the median of --runs each;
  its CPU seconds and peak memory too;
- pages: each area's first visit, the refresh after an edit, a search keystroke over 20,000 rows;
- papers: agenda and minutes in-process and from the command line, the annual review in
  each format, the action plan and feedback log as a meeting needs them and whole, each
  in a process of its own for its time and peak memory;
- search: search everything (issue 16), the median and worst of realistic queries, and how long
  revision 0006 takes to build the index of a store of ten years.
"""

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tenyear import TODAY, make_ten_year_store  # noqa: E402

ROWS: list[tuple[str, str, str]] = []  # (what, figure, goal and how it stands)


def row(what: str, figure: str, goal: str = "") -> None:
    ROWS.append((what, figure, goal))
    print(f"  {what:<52} {figure:>22}  {goal}", flush=True)


def _child_env(config: Path) -> dict[str, str]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), XDG_STATE_HOME=str(config), XDG_DATA_HOME=str(config))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _start_once(kind: str, store: Path, env: dict[str, str]) -> tuple[float, float, float]:
    args = [sys.executable, str(HERE / "start_child.py"), kind] + ([str(store)] if kind != "bare" else [])
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    figures = out.stdout.split()
    if out.returncode != 0 or len(figures) != 3:
        raise SystemExit(f"{kind} start failed: {out.stderr[-2000:]}")
    wall, cpu, memory = map(float, figures)
    return wall, cpu, memory


def measure_start(store: Path, runs: int, config: Path) -> None:
    env = _child_env(config)
    _start_once("app", store, env)  # the day's first start makes the daily backup; the usual start follows
    bare, app, ready = [], [], []
    for _ in range(runs):
        bare.append(_start_once("bare", store, env))
        app.append(_start_once("app", store, env))
        ready.append(_start_once("app-ready", store, env))
    medians = [[statistics.median(run[i] for run in runs_) for i in range(3)] for runs_ in (bare, app, ready)]
    (bare_wall, bare_cpu, bare_mem), (app_wall, app_cpu, app_mem), (ready_wall, ready_cpu, ready_mem) = medians
    row("start: bare QMainWindow + QTableView", f"{bare_wall:.2f} s, {bare_cpu:.2f} s CPU")
    row("start to first painted window", f"{app_wall:.2f} s, {app_cpu:.2f} s CPU",
        _ratio(app_wall / bare_wall, 3))
    row("peak memory at start: bare / CompactDesk", f"{bare_mem:.0f} / {app_mem:.0f} MiB",
        _ratio(app_mem / bare_mem, 2.5))
    row("start until the store is open and its page painted", f"{ready_wall:.2f} s, {ready_cpu:.2f} s CPU",
        f"{ready_wall / bare_wall:.1f}× the bare window")
    row("peak memory then", f"{ready_mem:.0f} MiB", f"{ready_mem / bare_mem:.1f}× the bare window")


def _ratio(ratio: float, goal: float) -> str:
    return f"{ratio:.1f}× (goal ≤ {goal}×) {'ok' if ratio <= goal else 'OVER'}"


def _ms(seconds: float, goal_ms: float | None = None) -> tuple[str, str]:
    figure = f"{1000 * seconds:.0f} ms"
    if goal_ms is None:
        return figure, ""
    return figure, f"goal < {goal_ms:.0f} ms {'ok' if seconds * 1000 < goal_ms else 'OVER'}"


def measure_pages(store: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from compactdesk.gui.app import install_translator
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import LAST_AREA, Settings
    from compactdesk.services import feedback
    from compactdesk.store import open_store

    app = QApplication.instance() or QApplication([])
    install_translator()
    with tempfile.TemporaryDirectory() as folder, open_store(store) as opened:
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        settings.set(LAST_AREA, "compact")  # so the dashboard's first visit is measured too
        window = MainWindow(opened, today=lambda: TODAY, settings=settings)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        for area in window.area_names():
            started = time.perf_counter()
            window.show_area(area)
            app.processEvents()
            row(f"first visit: {window.page(area).title()}", *_ms(time.perf_counter() - started, 200))
        for area in window.area_names():
            window.show_area(area)
            app.processEvents()
            started = time.perf_counter()
            window.page(area).refresh()  # what an edit to a record it shows costs the page in view
            app.processEvents()
            row(f"refresh: {window.page(area).title()}", *_ms(time.perf_counter() - started, 100))
        window.show_area("feedback")
        app.processEvents()
        waiting = [r for r in opened.run(feedback.feedback_rows, TODAY) if r.answered_on is None][:5]
        times = []
        for item in waiting:
            started = time.perf_counter()
            window.bench.perform("Mark answered", feedback.mark_answered, item.feedback_id, TODAY, "in_writing")
            app.processEvents()
            times.append(time.perf_counter() - started)
        row("edit and refresh on Feedback owed (median of 5)", *_ms(statistics.median(times), 100))
        page = window.page("feedback")
        box = page.search
        times = []
        for text in ("q", "qu", "que", "ques", "quest"):
            started = time.perf_counter()
            box.setText(text)
            _settle(app, page)
            times.append(time.perf_counter() - started)
        row("search keystroke over 20,000 (worst of 5)", *_ms(max(times), 50))
        window.close()


def _settle(app, page) -> None:
    """Processes events until a debounced search (if the page has one) has run."""
    timer = getattr(page, "search_timer", None)
    if timer is not None and timer.isActive():
        timer.stop()
        timer.timeout.emit()
    app.processEvents()


def _paper_in_process(store: Path, paper: str, suffix: str, out: Path, **options) -> float:
    from compactdesk.documents.export import ExportRequest, Paper, export
    from compactdesk.store import open_store

    with open_store(store, daily_backup=False) as opened:
        started = time.perf_counter()
        export(opened, ExportRequest(Paper(paper), out / f"{paper}{suffix}", TODAY, **options))
        return time.perf_counter() - started


# Runs the command line and, as it exits, writes its peak memory (VmHWM, in KiB) as stderr's last line.
# Not ru_maxrss from wait4: Linux carries that over from the forking parent, this benchmark, across exec.
_CLI_WITH_PEAK = ("import atexit, runpy, sys\n"
                  "def peak():\n"
                  "    with open('/proc/self/status') as status:\n"
                  "        print(next(l.split()[1] for l in status if l.startswith('VmHWM:')), file=sys.stderr)\n"
                  "atexit.register(peak)\n"
                  "sys.argv[0] = 'compactdesk'\n"
                  "runpy.run_module('compactdesk', run_name='__main__')\n")


def _paper_from_the_command_line(store: Path, paper: str, suffix: str, out: Path,
                                 scope: str | None, language: str = "en") -> tuple[float, float]:
    """A paper made by the command line in a process of its own: (seconds, peak MiB)."""
    args = [sys.executable, "-c", _CLI_WITH_PEAK, "export", paper, str(store), "--out", str(out / f"{paper}{suffix}"),
            "--today", TODAY.isoformat(), "--lang", language]
    if scope is not None:
        args += ["--since", scope]
    started = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"export {paper} failed: {done.stderr[-2000:]}")
    return seconds, int(done.stderr.split()[-1]) / 1024


def measure_papers(store: Path, folder: Path) -> None:
    for paper in ("agenda", "minutes"):
        seconds = _paper_in_process(store, paper, ".pdf", folder, meeting="last")
        row(f"{paper} PDF, in-process", *_ms(seconds, 500))
    for paper in ("agenda", "minutes"):
        seconds, _ = _paper_from_the_command_line(store, paper, ".pdf", folder, None)
        row(f"{paper} PDF from the command line", f"{seconds:.1f} s")
    for suffix in (".pdf", ".docx"):
        seconds = _paper_in_process(store, "annual-review", suffix, folder, year=TODAY.year)
        row(f"annual review {suffix[1:].upper()}, in-process", *_ms(seconds, 2000))
    meeting_scope = (TODAY - dt.timedelta(days=92)).isoformat()
    for paper in ("action-plan", "feedback-log"):
        for suffix in (".pdf", ".docx"):
            for scope, label in ((meeting_scope, "as a meeting needs it"), ("all", "everything")):
                seconds, memory = _paper_from_the_command_line(store, paper, suffix, folder, scope)
                goal = f"goal < 15 s, < 300 MiB {'ok' if seconds < 15 and memory < 300 else 'OVER'}" \
                    if scope == "all" and paper == "feedback-log" else ""
                row(f"{paper} {suffix[1:].upper()}, {label}", f"{seconds:.1f} s, {memory:.0f} MiB", goal)
    measure_papers_in_welsh(store, folder)


def measure_papers_in_welsh(store: Path, folder: Path) -> None:
    """Issue 19: a paper in Welsh is built once as in English; one in both languages is built twice and merged."""
    from compactdesk import catalogues

    catalogues.load_all()
    for language, goal in (("cy", 500), ("both", 1000)):
        for paper in ("agenda", "minutes"):
            seconds = _paper_in_process(store, paper, ".pdf", folder, meeting="last", language=language)
            row(f"{paper} PDF in {language}, in-process", *_ms(seconds, goal))
        seconds = _paper_in_process(store, "annual-review", ".pdf", folder, year=TODAY.year, language=language)
        row(f"annual review PDF in {language}, in-process", *_ms(seconds, 4 * goal))
    for suffix in (".pdf", ".docx"):
        seconds, memory = _paper_from_the_command_line(store, "feedback-log", suffix, folder, "all", "both")
        row(f"feedback-log {suffix[1:].upper()}, everything, in both languages", f"{seconds:.1f} s, {memory:.0f} MiB",
            f"goal < 30 s, < 300 MiB {'ok' if seconds < 30 and memory < 300 else 'OVER'}")


# What a secretary types: whole words and phrases, a Welsh name without its accent, the one letter typed
# first (the slowest: a prefix of thousands of words), a word in nearly every record, a number.
SEARCHES = ("food banks", "community transport", "Llyr", "c", "the", "grants programme", "Gwenllian",
            "volunteering strategy", "rural transport", "question 1234")


def measure_search(store: Path, folder: Path) -> None:
    from compactdesk.services.search import search
    from compactdesk.store import open_store

    with open_store(store, daily_backup=False) as opened:
        opened.run(search, "warm the cache")
        times = []
        for typed in SEARCHES:
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                opened.run(search, typed)
                runs.append(time.perf_counter() - started)
            times.append(statistics.median(runs))
    row(f"search everything: median of {len(SEARCHES)} searches", *_ms(statistics.median(times), 50))
    worst = max(range(len(SEARCHES)), key=times.__getitem__)
    row(f"search everything: worst (“{SEARCHES[worst]}”)", *_ms(times[worst], 50))
    shown = _search_in_the_window(store)
    row("search in the window, results laid out and painted", f"median {1000 * statistics.median(shown):.0f} ms, "
        f"worst {1000 * max(shown):.0f} ms", "after the 150 ms pause in typing")
    row("search index built, ten-year store (revision 0006)", *_ms(_index_build(store, folder)))


def _search_in_the_window(store: Path) -> list[float]:
    """For each of SEARCHES, seconds from the pause in typing to the results painted under the box."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import Settings
    from compactdesk.store import open_store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder, open_store(store, daily_backup=False) as opened:
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(opened, today=lambda: TODAY, settings=settings)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        everything, times = window.everything, []
        for typed in SEARCHES:
            everything.box.setText(typed)
            started = time.perf_counter()
            everything.timer.timeout.emit()  # the pause in typing
            everything.panel.repaint()
            app.processEvents()
            times.append(time.perf_counter() - started)
        window.close()
    return times


def _index_build(store: Path, folder: Path) -> float:
    """Seconds revision 0006 takes on a copy of the store with its index taken away, as if at revision 0005."""
    import shutil
    import sqlite3

    from compactdesk.store import migrate
    from compactdesk.store.engine import make_engine
    from compactdesk.store.search_index import indexes

    copy = folder / "at 0005.cdstore"
    shutil.copyfile(store, copy)
    raw = sqlite3.connect(copy, isolation_level=None)
    for index in indexes(raw):
        for trigger in ("insert", "update", "delete"):
            raw.execute(f'DROP TRIGGER "{index}_{trigger}"')
        raw.execute(f'DROP TABLE "{index}"')
    raw.execute("UPDATE alembic_version SET version_num = '0005'")
    raw.close()
    engine = make_engine(copy)
    try:
        started = time.perf_counter()
        with engine.begin() as connection:
            migrate.upgrade(connection)
        return time.perf_counter() - started
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind to take the median of")
    parser.add_argument("--only", default="start,pages,papers,search",
                        help="the parts to measure, of start, pages, papers and search")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = folder / "Ten years.cdstore"
        started = time.perf_counter()
        make_ten_year_store(store)
        print(f"the ten-year store: {store.stat().st_size / 2**20:.1f} MiB, made in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        if "start" in parts:
            measure_start(store, args.runs, folder / "config")
        if "pages" in parts:
            measure_pages(store)
        if "papers" in parts:
            measure_papers(store, folder)
        if "search" in parts:
            measure_search(store, folder)
    print("\n| what | figure | goal |\n|---|---|---|")
    for what, figure, goal in ROWS:
        print(f"| {what} | {figure} | {goal} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
