"""The long fuzz run: the tests in tests/fuzz with many more examples, and what they did.

    python bench/fuzz.py [--examples N] [--each] [-k EXPR]

Runs pytest on tests/fuzz with CD_FUZZ_EXAMPLES=N (default 500). Every example a test runs writes one line
(area, done or refused) to a count file, and pytest's JUnit report gives each test's seconds, so the figures
printed are real counts and times: per area (a service module, or papers), per test with --each, and totals.
"""

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]


def _run(examples: int, select: str | None, folder: Path) -> tuple[int, Path, Path, float]:
    counts, junit = folder / "examples.tsv", folder / "junit.xml"
    env = dict(os.environ, CD_FUZZ_EXAMPLES=str(examples), CD_FUZZ_COUNT_FILE=str(counts),
               QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:faulthandler", "-p", "no:cacheprovider",
               "-W", "ignore::hypothesis.errors.HypothesisWarning", f"--junitxml={junit}", "tests/fuzz"]
    if select:
        command += ["-k", select]
    started = time.perf_counter()
    code = subprocess.call(command, cwd=ROOT, env=env)
    return code, counts, junit, time.perf_counter() - started


SERVICE_TEST = "test_any_input_is_done_or_refused_with_a_message["


def _area(test: str) -> str:
    """The area a test covers: the service module in its id, the papers, or a pinned bug and the guard."""
    if test.startswith(SERVICE_TEST):
        return "services." + test[len(SERVICE_TEST):].split(".", 1)[0]
    return "papers" if test.startswith("test_fuzz_papers") else "regressions+guard"


def _times(junit: Path) -> dict[str, float]:
    """Seconds per test; papers tests are prefixed with their module so they are told apart."""
    found = {}
    for case in ElementTree.parse(junit).iter("testcase"):
        name = case.get("name")
        if case.get("classname", "").endswith("test_fuzz_papers"):
            name = f"test_fuzz_papers::{name}"
        found[name] = float(case.get("time", 0))
    return found


def _counts(path: Path) -> dict[str, collections.Counter]:
    found: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, outcome = line.partition("\t")
            found[name][outcome] += 1
    return found


def report(examples: int, counts: dict[str, collections.Counter], times: dict[str, float], wall: float,
           each: bool) -> None:
    by_area: dict[str, list] = collections.defaultdict(lambda: [0, 0, 0, 0.0])  # tests, done, refused, seconds
    for test, seconds in times.items():
        entry = by_area[_area(test)]
        entry[0] += 1
        entry[3] += seconds
        if test.startswith(SERVICE_TEST):  # its count lines carry the function's name
            key = test[len(SERVICE_TEST):].rstrip("]")
            entry[1] += counts.get(key, {}).get("done", 0)
            entry[2] += counts.get(key, {}).get("refused", 0)
    for name, tally in counts.items():
        if name.startswith("paper:"):
            by_area["papers"][1] += tally["done"]
            by_area["papers"][2] += tally["refused"]
    print(f"\nFuzz run, CD_FUZZ_EXAMPLES={examples}")
    print(f"{'area':<30}{'tests':>6}{'examples':>10}{'done':>8}{'refused':>9}{'seconds':>9}")
    for area, (tests, done, refused, seconds) in sorted(by_area.items()):
        print(f"{area:<30}{tests:>6}{done + refused:>10}{done:>8}{refused:>9}{seconds:>9.1f}")
    total_done = sum(entry[1] for entry in by_area.values())
    total_refused = sum(entry[2] for entry in by_area.values())
    print(f"{'total':<30}{len(times):>6}{total_done + total_refused:>10}{total_done:>8}{total_refused:>9}"
          f"{sum(times.values()):>9.1f}   (wall clock {wall:.1f} s)")
    if each:
        print(f"\n{'example area (service function or paper)':<50}{'done':>8}{'refused':>9}")
        for name, tally in sorted(counts.items()):
            print(f"{name:<50}{tally['done']:>8}{tally['refused']:>9}")
        print(f"\n{'test':<90}{'seconds':>9}")
        for test, seconds in sorted(times.items()):
            print(f"{test[:89]:<90}{seconds:>9.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="examples per fuzz test (default 500)")
    parser.add_argument("--each", action="store_true", help="also print every test and every example area")
    parser.add_argument("-k", dest="select", help="only the tests pytest -k selects")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cd-fuzz-") as folder:
        code, counts, junit, wall = _run(args.examples, args.select, Path(folder))
        if junit.exists():
            report(args.examples, _counts(counts), _times(junit), wall, args.each)
    return code


if __name__ == "__main__":
    sys.exit(main())
