"""How the Action plan page copes with a very large plan.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/action_plan.py [--targets N]

Makes a store of generated targets (each with a few progress notes), then times
the table's query, loading it into the page, sorting, and filtering it, as a
secretary would: overdue only, a partner, a search.
"""

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from compactdesk.domain.enums import Sector, TargetStatus
from compactdesk.services import actions
from compactdesk.services.compact import standards
from compactdesk.store import create_store, open_store
from compactdesk.store.models import CodeOfPractice, Organisation, Person, Target, TargetProgress

TODAY = dt.date(2026, 11, 24)


def fill(path: Path, targets: int, *, seed: int = 1) -> None:
    """Targets over ten years, in one transaction with bulk inserts (a service call each would take minutes)."""
    rng = random.Random(seed)
    with create_store(path) as store, store.session() as session:
        partners = [Organisation(name=f"Partner {i}: Cyngor Cymuned Llanfair {i}", sector=Sector.COUNCIL)
                    for i in range(40)]
        people = [Person(name=f"Gwenllïan {i} Llŷr", department=f"Adran {i % 12}") for i in range(200)]
        session.add_all([*partners, *people])
        session.flush()
        codes = [code.id for code in session.query(CodeOfPractice)]
        target_rows, progress_rows = [], []
        for i in range(1, targets + 1):
            start = TODAY - dt.timedelta(days=rng.randint(0, 3650))
            deadline = start + dt.timedelta(days=rng.randint(30, 900)) if i % 10 else None
            done = start + dt.timedelta(days=rng.randint(20, 400)) if i % 3 == 0 else None
            dropped = start + dt.timedelta(days=rng.randint(20, 400)) if i % 17 == 0 else None
            target_rows.append({
                "id": i, "title": f"Target {i}: Łucja's plan for rural groups", "measure": "Reported to the group",
                "code_id": rng.choice([*codes, None]), "partner_id": rng.choice(partners).id,
                "lead_id": rng.choice(people).id, "start_on": start, "deadline": deadline,
                "completed_on": done, "dropped_on": dropped, "drop_reason": "Replaced" if dropped else ""})
            for step in range(rng.randint(0, 4)):
                progress_rows.append({"target_id": i, "on": start + dt.timedelta(days=30 * (step + 1)),
                                      "note": f"Step {step + 1} done; ŵ ŷ â"})
        session.execute(insert(Target), target_rows)
        session.execute(insert(TargetProgress), progress_rows)


def rows_through_objects(session, today):
    """The way target_rows used to work (ORM objects, selectinload), to compare with the one query."""
    due_soon = standards(session).due_soon_days
    query = select(Target).options(selectinload(Target.progress), selectinload(Target.code),
                                   selectinload(Target.partner), selectinload(Target.lead))
    return [(target.id, actions.status_of(target, today, due_soon)) for target in session.scalars(query)]


def timed(label: str, work):
    started = time.perf_counter()
    result = work()
    print(f"{label:<40} {1000 * (time.perf_counter() - started):8.0f} ms")
    return result


def search(page, words: str) -> None:
    page.search.setText(words)
    page.apply_filters()  # at once, not after the pause the search box waits for


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=20_000)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from compactdesk.gui.pages.actions import ActionPlanPage
    from compactdesk.gui.workbench import Workbench

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.cdstore"
        timed(f"fill {args.targets:,} targets", lambda: fill(path, args.targets))
        print(f"{'store size':<40} {path.stat().st_size / 1e6:8.1f} MB")
        with open_store(path) as store:
            rows = timed("query: target_rows (service)", lambda: store.run(actions.target_rows, TODAY))
            timed("query again (warm)", lambda: store.run(actions.target_rows, TODAY))
            timed("the old way, through ORM objects", lambda: store.run(rows_through_objects, TODAY))
            page = ActionPlanPage(Workbench(store, lambda: TODAY))
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            timed("page load (query + model + view)", page.refresh)
            timed("model load alone (set_rows)", lambda: page.model.set_rows(rows))
            timed("sort by deadline, newest first",
                  lambda: page.table.sortByColumn(page.DEADLINE, Qt.SortOrder.DescendingOrder))
            timed("sort by partner", lambda: page.table.sortByColumn(page.PARTNER, Qt.SortOrder.AscendingOrder))
            overdue = page.status.findData(TargetStatus.OVERDUE.value)
            timed("filter: status overdue", lambda: page.status.setCurrentIndex(overdue))
            shown_overdue = page.proxy.rowCount()
            timed("filter: status back to any", lambda: page.status.setCurrentIndex(0))
            timed("filter: one partner", lambda: page.partner.setCurrentIndex(3))
            page.partner.setCurrentIndex(0)
            timed("search: 'rural 1234' (first, builds text)", lambda: search(page, "rural 1234"))
            timed("search: 'łucja 99' (again)", lambda: search(page, "łucja 99"))
            page.search.clear()
            last = rows[-1].target_id
            timed("show_record (select, scroll)", lambda: page.show_record(last))
            app.processEvents()
            print(f"{'targets shown / overdue':<40} {page.proxy.rowCount():8,} / {shown_overdue:,}")
            page.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    print(f"{'peak memory':<40} {peak:8.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
