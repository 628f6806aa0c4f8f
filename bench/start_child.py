"""One start, for bench/speed.py: `bare` (a QMainWindow with a QTableView), `app STORE` (CompactDesk
itself) or `app-ready STORE` (CompactDesk, until its store is open and its first page painted).

Prints the seconds since this process began, its CPU seconds and its peak memory (MiB)
at the first paint of a main window (or, for app-ready, the paint after the page is
filled in), then exits. Not for use on its own.
"""

import os
import resource
import sys


def _since_start() -> float:
    # The process's start time from /proc (clock ticks since boot), so the interpreter's own start counts.
    with open(f"/proc/{os.getpid()}/stat") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    with open("/proc/uptime") as uptime:
        return float(uptime.read().split()[0]) - started


def _report() -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(f"{_since_start():.3f} {usage.ru_utime + usage.ru_stime:.3f} {peak / 1024:.1f}", flush=True)
    os._exit(0)


def main() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    ready = sys.argv[1] == "app-ready"  # not the first paint: the store open and the first page filled in

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                if not ready:
                    _report()
                opening = getattr(watched, "opening", None)
                if watched.bench.store is not None and (opening is None or not opening.running) \
                        and not watched.current_page().stale:
                    _report()
            return False

    app = QApplication(sys.argv[:1])
    painted = FirstPaint()
    app.installEventFilter(painted)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setCentralWidget(QTableView())
        window.resize(1180, 760)
        window.show()
        app.exec()
    else:
        from compactdesk.cli import main as compactdesk

        compactdesk([sys.argv[2]])


if __name__ == "__main__":
    main()
