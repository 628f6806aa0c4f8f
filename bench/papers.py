"""How long the papers take on a large store, and the memory they use.

Run: .venv/bin/python bench/papers.py [--targets N] [--feedback N]

Reuses the dashboard benchmark's generated store (many years of a busy group,
200 officers), then times each paper in both formats, and minutes of 100 KB.
"""

import argparse
import datetime as dt
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attention import TODAY, fill, timed  # noqa: E402

from compactdesk.documents.export import ExportRequest, Paper, export  # noqa: E402
from compactdesk.services import compact, meetings  # noqa: E402
from compactdesk.store import open_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=2_000)
    parser.add_argument("--feedback", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.cdstore"
        timed(f"fill {args.targets:,} targets, {args.feedback:,} feedback", lambda: fill(path, args.targets,
                                                                                            args.feedback))
        with open_store(path) as store:
            store.run(compact.set_up_compact, "Compact Mawr", status_on=TODAY)
            meeting = store.run(meetings.create_meeting, "liaison", dt.datetime(2026, 12, 1, 10)).id
            long_item = store.run(meetings.add_item, meeting, "Adroddiad hir ŵ ŷ").id
            store.run(meetings.write_minutes, long_item, ("Trafodwyd y cynllun gweithredu, Łucja 🚌. " * 2500)[:100_000])
            for paper in Paper:
                for suffix in paper.formats:
                    out = Path(folder) / f"{paper.value}{suffix}"
                    # The scoped papers whole, as the handover writes them (speed.py times them both ways).
                    written = timed(f"{paper.value} {suffix}", lambda: export(
                        store, ExportRequest(paper, out, TODAY, meeting=meeting if paper.for_meeting else None,
                                             since="all" if paper.scoped else None)))
                    print(f"{'':<34} {sum(p.stat().st_size for p in written) // 1024:8,} KB in {len(written)} file(s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{'peak memory':<34} {peak:8,} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
