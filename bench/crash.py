"""Crash harness: SIGKILL a process writing through the services, then check the store.

Run: .venv/bin/python bench/crash.py [--kills N] [--seed S] [--store PATH]
     (README: `--kills 200` is the short run, `--kills 1000` the long run)

A child process opens a store with open_store and writes through the services
in a loop (people, targets, feedback, progress, answers; Welsh and emoji text),
printing `committed <kind> <id>` only after each transaction has returned. The
parent kills it with SIGKILL at a random moment. First it copies the .cdstore
file alone, as someone copying the store to a USB stick would (no journal beside
it), and checks that the copy holds every write ever reported as committed: the
file alone must hold every saved change, so no -wal beside it may ever hold the
only copy of one. Then it opens the store itself (so the lock must have died
with the child), runs PRAGMA integrity_check and checks the same. It exits
non-zero if a write is lost or the store is damaged. Linux and macOS only.
"""

import argparse
import datetime as dt
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Only what the child needs: each kill starts a new child, so its imports are the cost of every run.
from sqlalchemy import select as query

from compactdesk.services import actions, feedback, members
from compactdesk.store.models import Feedback, Organisation, Person, Target
from compactdesk.store.open import open_store

TODAY = dt.date(2026, 11, 24)
# What each reported kind of write must have left behind: the table, and a condition its row must meet.
CHECKS = {
    "person": ("person", ""),
    "target": ("target", ""),
    "feedback": ("feedback", ""),
    "progress": ("target_progress", ""),
    "answered": ("feedback", "answered_on IS NOT NULL"),
}
NAMES = ["Siân Llŷr", "Gwenllïan ap Dafydd", "Ŵyn Ôwen 🐑", "Rhodri Ffŵl", "Ceri 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Jones", "Elinor Ŷd"]
WORDS = ["Tai fforddiadwy 🏠", "Gwasanaethau ieuenctid", "Cyllid grantiau 💷", "Trafnidiaeth wledig 🚌",
         "Iechyd meddwl", "Llyfrgelloedd — Llanfair-ym-Muallt"]


# The child ------------------------------------------------------------------------------------------------------

def _report(kind: str, ident: int) -> None:
    # One write per line, after the commit: a line the parent sees is a commit that returned.
    sys.stdout.write(f"committed {kind} {ident}\n")
    sys.stdout.flush()


def _starting_ids(session) -> tuple[list[int], list[int], list[int], list[int]]:
    orgs = list(session.scalars(query(Organisation.id).order_by(Organisation.id)))
    people = list(session.scalars(query(Person.id).order_by(Person.id.desc()).limit(50)))
    targets = list(session.scalars(query(Target.id).order_by(Target.id.desc()).limit(50)))
    owed = list(session.scalars(query(Feedback.id).where(Feedback.answered_on.is_(None))
                                .order_by(Feedback.id.desc()).limit(50)))
    return orgs, people, targets, owed


def child(path: Path, seed: int) -> int:
    """Writes through the services until killed (or forever); reports each committed write."""
    rng = random.Random(seed)
    store = open_store(path)
    orgs, people, targets, owed = store.run(_starting_ids)
    step = 0
    while True:
        step += 1
        text = f"{rng.choice(WORDS)} #{seed}.{step}"
        choice = rng.random()
        if choice < 0.2:
            person = store.run(members.add_person, f"{rng.choice(NAMES)} {seed}.{step}",
                               organisation_id=rng.choice(orgs), department="Adran Tai 🏘", role="Swyddog")
            people.append(person.id)
            _report("person", person.id)
        elif choice < 0.4:
            start = TODAY - dt.timedelta(days=rng.randint(0, 900))
            target = store.run(actions.add_target, text, measure="Mesur: 90% o'r tai ✅",
                               partner_id=rng.choice(orgs), lead_id=rng.choice(people), start_on=start,
                               deadline=start + dt.timedelta(days=rng.randint(30, 400)))
            targets.append(target.id)
            _report("target", target.id)
        elif choice < 0.6:
            item = store.run(feedback.request_feedback, f"Cwestiwn: {text}?", rng.choice(people),
                             raised_on=TODAY - dt.timedelta(days=rng.randint(0, 400)),
                             detail="Manylion 📝\nAil linell")
            owed.append(item.id)
            _report("feedback", item.id)
        elif choice < 0.8:
            update = store.run(actions.record_progress, rng.choice(targets), TODAY, f"Cynnydd da 👍 {text}")
            _report("progress", update.id)
        elif owed:
            item_id = owed.pop(rng.randrange(len(owed)))
            item = store.run(feedback.mark_answered, item_id, TODAY, "in_writing", f"Ateb ysgrifenedig ✉️ {text}")
            _report("answered", item.id)


# The parent -----------------------------------------------------------------------------------------------------

@dataclass
class CrashReport:
    kills: int = 0
    committed: int = 0  # writes the children reported, across all runs
    lost: int = 0  # reported writes not found in the store afterwards (must be 0)
    integrity_failures: int = 0  # checks after a kill that did not say "ok" (must be 0)
    killed_before_output: int = 0  # kills that landed before the child's first commit
    lost_from_copy: int = 0  # reported writes missing from a copy of the store file alone (must be 0)
    wal_left: int = 0  # kills after which a -wal file stood beside the store (must be 0)
    journal_left: int = 0  # kills mid-commit, which leave the rollback journal of the unfinished write
    copy_unsound: int = 0  # copies of the file alone, taken with no journal left, that are not sound (must be 0)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return (self.lost == 0 and self.integrity_failures == 0 and self.lost_from_copy == 0
                and self.wal_left == 0 and self.copy_unsound == 0)


def make_store(path: Path) -> None:
    """A store with a compact, two organisations, people, a target and feedback, so the services accept writes."""
    from compactdesk.services.compact import set_up_compact
    from compactdesk.store.open import create_store

    with create_store(path) as store, store.session() as session:
        set_up_compact(session, "Compact Dyfnant", "Sir Dyfnant", today=TODAY)
        council = members.add_organisation(session, "Cyngor Sir Dyfnant", "council")
        health = members.add_organisation(session, "Bwrdd Iechyd Ŵy", "health")
        officer = members.add_person(session, "Gwenllïan Llŷr", organisation_id=council.id, department="Tai")
        members.add_person(session, "Dafydd ap Siôn", organisation_id=health.id)
        target = actions.add_target(session, "Cynllun tai", partner_id=council.id, lead_id=officer.id,
                                    start_on=TODAY - dt.timedelta(days=100), deadline=TODAY)
        actions.record_progress(session, target.id, TODAY, "Dechrau")
        feedback.request_feedback(session, "Faint o dai?", officer.id, raised_on=TODAY - dt.timedelta(days=30))


def _start_child(path: Path, seed: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", str(path), "--seed", str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)


def _wait_for_output(process: subprocess.Popen, limit: float) -> bytes:
    """Waits up to `limit` seconds for the child's first output; returns what came (maybe nothing)."""
    ready, _, _ = select.select([process.stdout], [], [], limit)
    return os.read(process.stdout.fileno(), 65536) if ready else b""


def _committed_lines(output: bytes) -> list[tuple[str, int]]:
    found = []
    for line in output.decode(errors="replace").split("\n")[:-1]:  # the last piece has no newline: not reported
        parts = line.split()
        if len(parts) == 3 and parts[0] == "committed" and parts[1] in CHECKS:
            found.append((parts[1], int(parts[2])))
    return found


def _missing(connection, reported: dict[str, set[int]]) -> dict[str, set[int]]:
    """The reported writes a store does not hold, by kind."""
    missing = {}
    for kind, ids in reported.items():
        table, condition = CHECKS[kind]
        where = f" WHERE {condition}" if condition else ""
        present = {row[0] for row in connection.execute(f"SELECT id FROM {table}{where}")}
        if ids - present:
            missing[kind] = ids - present
    return missing


def _check_copy_alone(path: Path, reported: dict[str, set[int]], report: CrashReport) -> None:
    """Copies the store file alone, as it is the moment after the kill, and checks the copy.

    A kill in the middle of a commit leaves that unfinished write's rollback journal: the
    file alone may then hold part of the unfinished write (the journal holds what it
    overwrote), but never less than every write that was reported, so those are checked
    all the same; soundness is required only where no journal was left.
    """
    if path.with_name(path.name + "-wal").exists():
        report.wal_left += 1
        report.problems.append(f"kill {report.kills}: a -wal file was left beside the store")
    journal_left = path.with_name(path.name + "-journal").exists()
    report.journal_left += journal_left
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if verdict != ["ok"] and not journal_left:
                report.copy_unsound += 1
                report.problems.append(f"kill {report.kills}: the copy of the file alone: {verdict[:3]}")
            try:
                missing = _missing(connection, reported)
            except sqlite3.DatabaseError as error:
                missing = {"unreadable": {0}}
                report.problems.append(f"kill {report.kills}: the copy of the file alone could not be read: {error}")
        finally:
            connection.close()
    for kind, ids in missing.items():
        report.lost_from_copy += len(ids)
        report.problems.append(f"kill {report.kills}: {kind} {sorted(ids)[:10]} missing from the file alone")


def _check(path: Path, reported: dict[str, set[int]], report: CrashReport) -> None:
    """Opens the store (the lock must be free), checks its integrity and that every reported write is there."""
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            verdict = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                report.integrity_failures += 1
                report.problems.append(f"kill {report.kills}: integrity_check said {verdict[:5]}")
            for kind, missing in _missing(connection.connection.dbapi_connection, reported).items():
                report.lost += len(missing)
                report.problems.append(f"kill {report.kills}: {kind} {sorted(missing)[:10]} missing")
                reported[kind] -= missing  # counted once
    finally:
        store.close()


def run(kills: int = 200, seed: int = 1, path: Path | None = None, *, log=print) -> CrashReport:
    """Kills a writing child `kills` times and checks the store after each kill; returns the tally."""
    if sys.platform == "win32":
        raise SystemExit("The crash harness needs SIGKILL: run it on Linux or macOS.")
    rng = random.Random(seed)
    report = CrashReport()
    reported: dict[str, set[int]] = {kind: set() for kind in CHECKS}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(path) if path else Path(folder) / "crash.cdstore"
        make_store(path)
        startup = 1.0  # a first guess at how long a child takes to commit; then measured
        for number in range(kills):
            process = _start_child(path, rng.randrange(1 << 30))
            launched = time.perf_counter()
            output = b""
            if rng.random() < 0.1:
                # Sometimes while it is still starting or opening the store.
                output = _wait_for_output(process, rng.uniform(0.0, startup))
                if not output:
                    report.killed_before_output += 1
            else:
                output = _wait_for_output(process, 30.0)
                if output:
                    startup = 0.8 * startup + 0.2 * (time.perf_counter() - launched)
                elif process.poll() is not None:
                    raise RuntimeError(f"the child stopped: {process.stderr.read().decode(errors='replace')}")
                time.sleep(rng.uniform(0.005, 0.150))
            os.kill(process.pid, signal.SIGKILL)
            rest, _ = process.communicate()
            report.kills += 1
            for kind, ident in _committed_lines(output + rest):
                reported[kind].add(ident)
                report.committed += 1
            _check_copy_alone(path, reported, report)
            _check(path, reported, report)
            if log and (number + 1) % 50 == 0:
                log(f"{number + 1:6} kills  {report.committed:8} committed  {report.lost} lost  "
                    f"{report.lost_from_copy} missing from the file alone  {report.integrity_failures} damaged  "
                    f"{time.perf_counter() - started:6.0f} s")
    report.seconds = time.perf_counter() - started
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", type=Path, help="keep the store here (must not exist yet)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.seed)
    report = run(args.kills, args.seed, args.store)
    print(f"{'kills':<28} {report.kills:10,}")
    print(f"{'  before the first commit':<28} {report.killed_before_output:10,}")
    print(f"{'committed writes':<28} {report.committed:10,}")
    print(f"{'lost writes':<28} {report.lost:10,}")
    print(f"{'integrity failures':<28} {report.integrity_failures:10,}")
    print(f"{'missing from the file alone':<28} {report.lost_from_copy:10,}")
    print(f"{'  kills mid-commit':<28} {report.journal_left:10,}")
    print(f"{'  copies alone unsound':<28} {report.copy_unsound:10,}")
    print(f"{'-wal files left':<28} {report.wal_left:10,}")
    print(f"{'seconds':<28} {report.seconds:10.1f}")
    for problem in report.problems[:20]:
        print(problem)
    return 0 if report.sound else 1


if __name__ == "__main__":
    raise SystemExit(main())
