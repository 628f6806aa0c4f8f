"""Fault injection: flip a byte of the demo store, or cut the file short, then use it as CompactDesk would.

Run: .venv/bin/python bench/faults.py [--cases N] [--seed S]
     (README: `--cases 1000` is the long run; the test suite runs 100)

Each case copies the demo store (with a good backup of it beside it, as every store
opened once a day has), damages the copy — one byte set to another value at a random
place, or the file cut to a random length — and then:

1. opens it with open_store, as the window and the command line do;
2. if it opens, reads every record of every table and the lists every page shows, and
   exports the agenda and the minutes;
3. runs `compactdesk check`'s check_store on it;
4. compares its records with the undamaged store's.

Each case ends in one outcome:
- "unchanged": it opened, every record is as it was and the check finds it sound (the
  byte was in free space, or was given the value it had);
- "refused": open_store said the file is damaged and a good backup is there to offer;
- "reported": it opened (only what SQLite's quick check and the size check can see is
  refused on opening) and the thorough check reports the change; any damage met while
  reading was said to be damage (DamagedStoreError) with the backup offered;
- "unseen": it opened and reads, the check finds it sound, yet a record differs: the
  byte changed a letter of some text or a digit of a number into another valid one. No
  check inside the file can see that (SQLite keeps no checksums of its pages).
And two that must never happen:
- "crash": any error other than DamagedStoreError reached the caller;
- "sound over damage": damage was met while reading, yet the check said sound.
"""

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compactdesk.demo import write_demo  # noqa: E402
from compactdesk.store import DamagedStoreError, check_store, open_store  # noqa: E402
from compactdesk.store.backup import ON_DEMAND, make_backup, newest_sound_backup  # noqa: E402

TODAY = dt.date(2026, 11, 24)
OUTCOMES = ("unchanged", "refused", "reported", "unseen", "crash", "sound over damage")


@dataclass
class FaultReport:
    cases: int = 0
    flips: int = 0
    cuts: int = 0
    outcomes: Counter = field(default_factory=Counter)
    damage_met_in_use: int = 0  # cases where reading (not opening) met the damage and said so
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def sound(self) -> bool:
        return not self.outcomes["crash"] and not self.outcomes["sound over damage"]


def dump(path: Path) -> dict | None:
    """Every row of every table as raw values (text as bytes), or None if the file cannot be read through."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        connection.text_factory = bytes
        try:
            tables = [row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            return {table: connection.execute(f'SELECT rowid, * FROM "{table.decode()}" ORDER BY rowid').fetchall()
                    for table in tables}
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return None


def _use(store) -> None:
    """What the pages and papers read: every record of every table (each value through its type), the
    lists every page shows, and the agenda and minutes of the last meeting as papers."""
    from sqlalchemy import select

    from compactdesk.services import actions, attention, feedback, meetings, members, review, seats
    from compactdesk.store.models import Base

    def every_record(session):
        for mapper in Base.registry.mappers:
            session.scalars(select(mapper.class_)).all()

    store.run(every_record)
    for service, args in ((attention.attention, (TODAY,)), (meetings.meeting_rows, (TODAY,)),
                          (actions.target_rows, (TODAY,)), (feedback.feedback_rows, (TODAY,)),
                          (members.person_rows, ()), (members.organisation_rows, ()),
                          (seats.seat_overview, (TODAY,)), (review.year_figures, (2026, TODAY))):
        store.run(service, *args)
    _papers(store)


def _papers(store) -> None:
    from compactdesk.documents.export import ExportRequest, Paper, export

    with tempfile.TemporaryDirectory() as folder:
        for paper, meeting in ((Paper.AGENDA, "next"), (Paper.MINUTES, "last")):
            try:
                export(store, ExportRequest(paper, Path(folder) / f"{paper.value}.docx", TODAY, meeting=meeting))
            except DamagedStoreError:
                raise
            except Exception as error:  # noqa: BLE001 - a refusal in words is fine; a crash is not
                from compactdesk.documents.files import ExportError
                from compactdesk.domain.errors import ValidationError

                if not isinstance(error, ExportError | ValidationError):
                    raise


def damage(path: Path, rng: random.Random, report: FaultReport) -> str:
    size = path.stat().st_size
    if rng.random() < 0.75:
        report.flips += 1
        offset = rng.randrange(size)
        with open(path, "r+b") as handle:
            handle.seek(offset)
            old = handle.read(1)[0]
            new = rng.choice([value for value in range(256) if value != old])
            handle.seek(offset)
            handle.write(bytes([new]))
        return f"byte {offset} ({offset // 4096}×4096+{offset % 4096}) {old}→{new}"
    report.cuts += 1
    length = size - rng.randint(1, 4096) if rng.random() < 0.5 else rng.randrange(size)
    with open(path, "r+b") as handle:
        handle.truncate(length)
    return f"cut to {length} of {size} bytes"


def one_case(master: Path, original: dict, path: Path, rng: random.Random, report: FaultReport) -> str:
    shutil.copyfile(master, path)
    what = damage(path, rng, report)
    report.cases += 1
    met_in_use = False
    try:
        store = open_store(path)
    except DamagedStoreError as error:
        if "Traceback" in str(error) or newest_sound_backup(path) is None:
            report.problems.append(f"{what}: refused without a plain message or a backup to offer: {error}")
            return "crash"
        return "refused"
    except Exception as error:  # noqa: BLE001 - counted, with what it was
        report.problems.append(f"{what}: open_store raised {type(error).__name__}: {error}")
        return "crash"
    try:
        try:
            _use(store)
        except DamagedStoreError:
            met_in_use = True
            report.damage_met_in_use += 1
        except Exception as error:  # noqa: BLE001
            report.problems.append(f"{what}: reading raised {type(error).__name__}: {error}")
            return "crash"
    finally:
        store.close()
    try:
        checked = check_store(path)
    except Exception as error:  # noqa: BLE001
        report.problems.append(f"{what}: check_store raised {type(error).__name__}: {error}")
        return "crash"
    if not checked.sound:
        return "reported"
    if met_in_use:
        report.problems.append(f"{what}: damage met in use, but the check said sound")
        return "sound over damage"
    return "unchanged" if dump(path) == original else "unseen"


def run(cases: int = 100, seed: int = 1, *, log=print) -> FaultReport:
    rng = random.Random(seed)
    report = FaultReport()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "master").mkdir()
        master = write_demo(Path(folder) / "master" / "Dyfnant.cdstore", TODAY)
        original = dump(master)
        work = Path(folder) / "work"
        work.mkdir()
        path = work / "Dyfnant.cdstore"
        shutil.copyfile(master, path)
        make_backup(path, ON_DEMAND)  # today's: the store opens without another, and it is the one offered
        for number in range(cases):
            outcome = one_case(master, original, path, rng, report)
            report.outcomes[outcome] += 1
            if log and (number + 1) % 100 == 0:
                log(f"{number + 1:6} cases  " + "  ".join(f"{name} {report.outcomes[name]}" for name in OUTCOMES)
                    + f"  {time.perf_counter() - started:6.0f} s")
    report.seconds = time.perf_counter() - started
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    report = run(args.cases, args.seed)
    print(f"{'cases':<40} {report.cases:8,}")
    print(f"{'  bytes flipped':<40} {report.flips:8,}")
    print(f"{'  files cut short':<40} {report.cuts:8,}")
    for name in OUTCOMES:
        print(f"{name:<40} {report.outcomes[name]:8,}")
    print(f"{'  of those, damage met while reading':<40} {report.damage_met_in_use:8,}")
    print(f"{'seconds':<40} {report.seconds:8.1f}")
    for problem in report.problems[:20]:
        print(problem)
    return 0 if report.sound else 1


if __name__ == "__main__":
    raise SystemExit(main())
