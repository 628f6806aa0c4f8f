"""How long handing the group's work to a secretary's other programs takes on ten years of records (issue 20).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/handoff.py [--runs 3]

Makes the ten-year store once (bench/tenyear.py: 140 meetings, 5,000 targets, 20,000 feedback items, 300
consultations and 300 funding notices), then times, each the median of --runs:

  (a) the calendar (File ▸ Export a calendar…): every meeting and open deadline from three months back, in English
      and in both languages, as services/calendar.calendar_ics makes it
  (b) the feedback owed as a spreadsheet (File ▸ Export this table…): the window's feedback page, all 20,000 rows
      as shown, through gui/table_export.py with its work run at once instead of on the worker
  (c) the agenda pack's email to the members: the pack made (documents/export.py), who gets it, the words, and the
      .eml written with the pack attached (services/drafts.py, services/mail_files.py)

Goals: (a) under a second; (b) a few seconds, with the page's loaded rows not growing (the rows are read a thousand
at a time and let go); (c) the pack's own time plus well under a second for the email.
Peak memory is the process's peak so far (resource.getrusage), so it only grows down the table.

Seconds on the shared 2-CPU build machine, 6/12/2026 (median of 3; a full test run going at the same time):

                                                       median   peak MB
  (a) calendar, English (285 events)                    0.07      150
  (a) calendar, Cymraeg and English (285 events)        0.08      150
  (b) feedback owed, 20,000 rows as .xlsx               2.03      197
  (c) the agenda pack made (its items have no papers)   0.15      202
  (c) then its email: who, the words, the .eml          0.04      202
"""

import argparse
import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tenyear import TODAY, make_ten_year_store  # noqa: E402

from compactdesk.store import open_store  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def calendar(store_path: Path, runs: int) -> list[tuple[str, float, float]]:
    from compactdesk.services.calendar import calendar_file

    rows = []
    with open_store(store_path) as store:
        for language, label in (("en", "English"), ("both", "Cymraeg and English")):
            events = store.run(lambda session: calendar_file(session, TODAY, language=language).events)
            seconds = _median(runs, lambda: store.run(lambda session: calendar_file(session, TODAY,
                                                                                     language=language)))
            rows.append((f"(a) calendar, {label} ({events} events)", seconds, _peak_mb()))
    return rows


def spreadsheet(store_path: Path, folder: Path, runs: int) -> list[tuple[str, float, float]]:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.ops import RunNow

    app = QApplication.instance() or QApplication([])
    QMessageBox.exec = lambda box: 0  # "rows written": answered at once
    store = open_store(store_path)
    window = MainWindow(store, today=lambda: TODAY)
    window.export_pool = RunNow()
    page = window.show_area("feedback")
    page.state.setCurrentIndex(page.state.findData("all"))  # every item, answered too: the whole ten years
    app.processEvents()
    shown = page.table.model().rowCount()
    loaded = page.model.loaded
    out = folder / "Feedback owed.xlsx"
    seconds = _median(runs, lambda: window.table_export.export(page.table, out))
    assert out.is_file() and page.model.loaded == loaded, "the export kept the rows it read"
    window.close()
    store.close()
    return [(f"(b) feedback owed, {shown:,} rows as .xlsx", seconds, _peak_mb())]


def email(store_path: Path, folder: Path, runs: int) -> list[tuple[str, float, float]]:
    from compactdesk.documents.export import ExportRequest, Paper, export
    from compactdesk.services.drafts import agenda_words, draft_to, members_to_send
    from compactdesk.services.mail_files import write_draft
    from compactdesk.services.meetings import next_meeting

    with open_store(store_path) as store:
        meeting_id = store.run(lambda session: next_meeting(session, TODAY).id)
        pack = folder / "Agenda pack.pdf"
        made = _median(runs, lambda: export(store, ExportRequest(Paper.PACK, pack, TODAY, meeting=meeting_id)))

        def write() -> None:
            people = store.run(members_to_send, TODAY, meeting_id)
            words = store.run(agenda_words, meeting_id, "en", pack=True)
            write_draft(draft_to(people.with_address, words, [pack]), folder, words.subject)

        drafted = _median(runs, write)
    return [("(c) the agenda pack made", made, _peak_mb()),
            ("(c) then its email: who, the words, the .eml", drafted, _peak_mb())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="times each is measured, for the median")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = folder / "Ten years.cdstore"
        started = time.perf_counter()
        make_ten_year_store(store)
        print(f"the ten-year store made in {time.perf_counter() - started:.1f} s on {dt.date.today():%d/%m/%Y}",
              flush=True)
        rows = calendar(store, args.runs) + spreadsheet(store, folder, args.runs) + email(store, folder, args.runs)
    print("\n| what | median seconds | peak MB |\n|---|---|---|")
    for what, seconds, peak in rows:
        print(f"| {what} | {seconds:.2f} | {peak:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
