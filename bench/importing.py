"""How long a spreadsheet import takes into the group's file of ten years, and the memory it uses.

Run: .venv/bin/python bench/importing.py [--rows-scale 1.0]

Makes the ten-year store once (bench/tenyear.py: 2,000 people, 340 organisations, 5,000 targets, 20,000 feedback
items), then for each file below copies it afresh and times reading the file, plan_import (the import window's
preview; it plans again on every change of a column or an answer, so a second plan is timed as well) and run_import
through run_recorded (one transaction, one undo step, as the window's Import button does):

  (a) the 16-member messy list of tests/spreadsheets.py (seats and their members), as .xlsx
  (b) 1,000 people: half held already (matched, some with an empty detail filled), half new, with organisations
      held and new
  (c) 2,000 action-plan targets with progress, leads held and partners held
  (d) 3,000 feedback rows owed by officers held, some answered
  (e) 1,000 new people, every third refused as it is written (rows are written in batches; a refused row costs
      the rows before it in its batch written again)

Goals (issue 18, a real group's file): (a) well under 0.3 s to plan; (b) under 1 s; (d) under 3 s.
Peak memory is the process's peak so far (resource.getrusage), so it only grows down the table.

Seconds on the shared 2-CPU build machine (load about 1.5 from other work), before and after the speed-up of 6/12/2026
(plan: the first preview; again: the preview planned again, as after a change of a column; run: run_import, which
plans again as it writes):

                                before: plan  again   run      after: plan  again   run   peak MB
  (a) 16 messy members                  0.41   0.44   0.32             0.11   0.09   0.09   151
  (b) 1,000 people                      0.97   1.02   1.03             0.54   0.47   0.46   151
  (c) 2,000 targets with progress       4.12   4.21   4.24             2.67   2.58   2.59   151
  (d) 3,000 feedback rows               4.78   5.06   4.74             2.57   2.57   2.53   157
  (e) 1,000 people, a third refused        -      -      -             0.91   0.85   0.80   157
      (written row by row, as before the batches: 0.55 0.45 0.46 — the price of many refusals)

What is left is mostly SQLAlchemy's flush, about 0.5 ms each: the services flush each record they add (to give it
its id), so a target with progress is two flushes and a feedback item one.
"""

import argparse
import datetime as dt
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from spreadsheets import messy_members, write_sheet  # noqa: E402  (tests/spreadsheets.py)
from tenyear import TODAY, make_ten_year_store  # noqa: E402

from compactdesk.domain.import_fields import ImportKind, guess_matching  # noqa: E402
from compactdesk.services.importing import plan_import, run_import  # noqa: E402
from compactdesk.services.spreadsheet import read_sheet  # noqa: E402
from compactdesk.store import open_store  # noqa: E402
from compactdesk.store.models import Organisation, Person, Target  # noqa: E402


def _held(path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    """People held (name, email, department) and organisations held (name), to write files that name them."""
    with open_store(path, daily_backup=False) as store, store.session() as session:
        people = [tuple(row) for row in session.execute(
            select(Person.name, Person.email, Person.department).order_by(Person.id))]
        organisations = list(session.scalars(select(Organisation.name).order_by(Organisation.id)))
        assert session.scalar(select(Target.id).limit(1)) is not None
    return people, organisations


def people_rows(count: int, people, organisations, rng: random.Random) -> list[tuple]:
    rows: list[tuple] = [("Name", "Organisation", "Role", "Email", "Phone")]
    for n in range(count):
        if n % 2 == 0:  # held: written "Surname, First", some with a phone to fill in
            name, email, _ = people[(n * 7) % len(people)]
            first, _, surname = name.rpartition(" ")
            rows.append((f"{surname}, {first}", "", "", email, f"01234 {n:06d}" if n % 10 == 0 else ""))
        else:
            organisation = rng.choice(organisations) if n % 3 else f"New group {n % 60} Dyfnant"
            rows.append((f"Newperson{n} Ap Rhys", organisation, "Volunteer", f"new{n}@example.cymru", ""))
    return rows


def refused_people_rows(count: int) -> list[tuple]:
    """New people, every third refused by the people service as it writes (an email address too long to keep)."""
    rows: list[tuple] = [("Name", "Organisation", "Email")]
    for n in range(count):
        email = "x" * 301 + "@example.cymru" if n % 3 == 0 else f"refused{n}@example.cymru"
        rows.append((f"Person{n} Ap Rhys", "", email))
    return rows


def target_rows(count: int, people, organisations, rng: random.Random) -> list[tuple]:
    rows: list[tuple] = [("Target", "Lead", "Partner", "Start date", "Deadline", "Progress", "Progress date")]
    for n in range(count):
        start = TODAY - dt.timedelta(days=rng.randint(30, 3000))
        rows.append((f"Imported target {n}: rural transport for Llŷn", rng.choice(people[:400])[0],
                     rng.choice(organisations[:60]), start, start + dt.timedelta(days=rng.randint(60, 500)),
                     f"Progress on target {n}: the working group met and agreed a plan.",
                     start + dt.timedelta(days=20)))
    return rows


def feedback_rows(count: int, people, rng: random.Random) -> list[tuple]:
    rows: list[tuple] = [("Issue", "Officer", "Department", "Date raised", "Due by", "Date answered", "Answer")]
    for n in range(count):
        name, _, department = rng.choice(people[:600])
        raised = TODAY - dt.timedelta(days=rng.randint(30, 3000))
        answered = n % 3 != 0
        rows.append((f"Imported question {n}: small grants in Ynys Môn", name, department, raised,
                     raised + dt.timedelta(days=28), raised + dt.timedelta(days=20) if answered else None,
                     "Answered in writing." if answered else ""))
    return rows


def _seconds(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)


def bench_one(label: str, ten_year: Path, file: Path, kind: ImportKind, folder: Path) -> None:
    store_path = folder / f"{file.stem}.cdstore"
    shutil.copyfile(ten_year, store_path)
    read, sheet = _seconds(lambda: read_sheet(file))
    matching = guess_matching(sheet.rows, kind)
    with open_store(store_path, daily_backup=False) as store:
        plan_time, plan = _seconds(lambda: store.run(plan_import, sheet, kind, matching, today=TODAY))
        answers = {question.typed: None for question in plan.questions}
        again, plan = _seconds(lambda: store.run(plan_import, sheet, kind, matching, today=TODAY, answers=answers))
        run_time, (result, _) = _seconds(lambda: store.run_recorded(run_import, sheet, kind, matching, today=TODAY,
                                                                    answers=answers))
    rows = plan.new + plan.matched + plan.refused
    print(f"{label:<28} {rows:>6,} {read:>7.2f} {plan_time:>7.2f} {again:>7.2f} {run_time:>7.2f} "
          f"{plan.new:>6,} {plan.matched:>6,} {plan.refused:>6,} {_peak_mb():>7.0f}")
    if len(result.imported) != plan.new or len(result.matched) != plan.matched:
        raise SystemExit(f"{label}: the import did other than its plan said")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows-scale", type=float, default=1.0, help="multiply the rows of (b)-(d) by this")
    args = parser.parse_args()
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        ten_year = folder / "ten-year.cdstore"
        made, _ = _seconds(lambda: make_ten_year_store(ten_year))
        print(f"ten-year store made in {made:.1f} s ({ten_year.stat().st_size / 1e6:.1f} MB)")
        people, organisations = _held(ten_year)
        files = [
            ("(a) 16 messy members", messy_members().write(folder / "members.xlsx"), ImportKind.SEATS),
            ("(b) people", write_sheet(folder / "people.xlsx",
                                       people_rows(round(1000 * args.rows_scale), people, organisations, rng)),
             ImportKind.PEOPLE),
            ("(c) targets with progress", write_sheet(folder / "targets.xlsx",
                                                      target_rows(round(2000 * args.rows_scale), people,
                                                                  organisations, rng)), ImportKind.TARGETS),
            ("(d) feedback", write_sheet(folder / "feedback.xlsx",
                                         feedback_rows(round(3000 * args.rows_scale), people, rng)),
             ImportKind.FEEDBACK),
            ("(e) people, a third refused", write_sheet(folder / "refused.xlsx",
                                                        refused_people_rows(round(1000 * args.rows_scale))),
             ImportKind.PEOPLE),
        ]
        print(f"{'file':<28} {'rows':>6} {'read s':>7} {'plan s':>7} {'again s':>7} {'run s':>7} "
              f"{'new':>6} {'held':>6} {'refuse':>6} {'peak MB':>7}")
        for label, file, kind in files:
            bench_one(label, ten_year, file, kind, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
