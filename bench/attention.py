"""How long the dashboard takes on a large store, and the memory it uses.

Run: .venv/bin/python bench/attention.py [--targets N] [--feedback N]

Makes a store of generated records (many years of a busy group), then times
opening it and computing the attention list, as the window does on start.
"""

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from compactdesk.domain.enums import FeedbackAsk, MeetingKind, MeetingStatus, Sector
from compactdesk.services import actions, attention, feedback
from compactdesk.store import create_store, open_store
from compactdesk.store.models import Feedback, Meeting, Organisation, Person, Target, TargetProgress

TODAY = dt.date(2026, 11, 24)


def fill(path: Path, targets: int, owed: int) -> None:
    rng = random.Random(1)
    with create_store(path) as store, store.session() as session:
        council = Organisation(name="Cyngor Sir", sector=Sector.COUNCIL)
        officers = [Person(name=f"Swyddog {i} Llŷr", organisation=council, department=f"Adran {i % 12}")
                    for i in range(200)]
        meetings = [Meeting(kind=MeetingKind.LIAISON, status=MeetingStatus.MINUTES_APPROVED,
                            starts_at=dt.datetime.combine(TODAY - dt.timedelta(days=30 * i), dt.time(10)))
                    for i in range(240)]
        session.add_all([council, *officers, *meetings])
        session.flush()
        for i in range(targets):
            start = TODAY - dt.timedelta(days=rng.randint(0, 3000))
            target = Target(title=f"Target {i}: Gwenllïan's plan", partner=council, lead=rng.choice(officers),
                            start_on=start, deadline=start + dt.timedelta(days=rng.randint(30, 900)),
                            meeting=rng.choice(meetings),
                            completed_on=start + dt.timedelta(days=40) if i % 3 == 0 else None)
            target.progress = [TargetProgress(on=start + dt.timedelta(days=10), note="Progress")]
            session.add(target)
        for i in range(owed):
            raised = TODAY - dt.timedelta(days=rng.randint(0, 3000))
            session.add(Feedback(issue=f"Question {i}", officer=rng.choice(officers), ask=FeedbackAsk.WRITTEN_REPLY,
                                 raised_on=raised, meeting=rng.choice(meetings),
                                 answered_on=raised + dt.timedelta(days=rng.randint(5, 60)) if i % 4 else None))


def timed(label: str, work):
    started = time.perf_counter()
    result = work()
    print(f"{label:<34} {1000 * (time.perf_counter() - started):8.0f} ms")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=20_000)
    parser.add_argument("--feedback", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.cdstore"
        timed(f"fill {args.targets:,} targets, {args.feedback:,} feedback", lambda: fill(path, args.targets, args.feedback))
        print(f"{'store size':<34} {path.stat().st_size / 1e6:8.1f} MB")
        store = timed("open store", lambda: open_store(path))
        with store:
            result = timed("attention list (dashboard)", lambda: store.run(attention.attention, TODAY))
            timed("all target rows", lambda: store.run(actions.target_rows, TODAY))
            timed("all feedback rows", lambda: store.run(feedback.feedback_rows, TODAY))
        print(f"{'attention lines':<34} {len(result.items):8,}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    print(f"{'peak memory':<34} {peak:8.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
