"""Python's garbage collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate, so
an export's worker could free a closed dialog's Qt objects on the wrong thread,
and Qt later crashed delivering a timer to the dead object. Like Anki, CompactDesk
turns automatic collection off and collects on the GUI thread: on a timer, and
before each background job starts (so nothing is left for the worker to find).
"""

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 60_000


def collect() -> None:
    gc.collect()


def take_over(app: QCoreApplication) -> QTimer:
    """Turns automatic collection off and collects every minute on the GUI thread."""
    gc.disable()
    timer = QTimer(app)
    timer.setObjectName("garbageCollector")
    timer.timeout.connect(collect)
    timer.start(INTERVAL_MS)
    return timer
