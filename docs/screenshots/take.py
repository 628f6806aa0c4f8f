"""Takes the README's screenshots: every page of the workbench on the demo group,
filling the screen of an ordinary laptop.

Run it under a real X server, once for each screen (issue 16):

    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/take.py
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots/take.py 1024

The first writes docs/screenshots/*.png (1366×768 at 125%, as the README shows);
the second docs/screenshots/1024/*.png. With --cy the window is in Welsh (issue 19), into cy/ and
cy/1024/:

    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/take.py --cy
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots/take.py --cy 1024
 Each page is shown in the real window and
the whole screen is grabbed, so the pictures are what a user sees, menus included.
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 24)


def _tabs(page) -> QTabWidget | None:
    tabs = page.findChildren(QTabWidget)
    return tabs[0] if tabs else None


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="compactdesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from compactdesk.demo import write_demo
    from compactdesk.gui.app import install_translator
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import Settings
    from compactdesk.services import meetings
    from compactdesk.store import open_store

    welsh = "--cy" in sys.argv
    arguments = [argument for argument in sys.argv[1:] if argument != "--cy"]
    install_translator("cy" if welsh else "en")
    store = open_store(write_demo(folder / "Dyfnant demo.cdstore", TODAY))
    window = MainWindow(store, today=lambda: TODAY, demo=True, settings=Settings())
    # The whole screen, as a laptop's owner would have it (Xvfb has no window manager to maximise it).
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    out = (HERE / "cy" if welsh else HERE) / (arguments[0] if arguments else "")
    out.mkdir(parents=True, exist_ok=True)

    # (file name, area, tab index or None, what to select)
    with store.session() as session:
        held = meetings.last_meeting(session, TODAY).id
        upcoming = meetings.next_meeting(session, TODAY).id
    shots = [("dashboard", "dashboard", None, None), ("meetings", "meetings", 0, upcoming),
             ("meeting-attendance", "meetings", 1, held), ("meeting-minutes", "meetings", 2, held),
             ("meeting-matters-arising", "meetings", 3, upcoming), ("action-plan", "actions", None, None),
             ("feedback-owed", "feedback", None, None), ("seats", "people", 0, None), ("people", "people", 1, None),
             ("organisations", "people", 2, None), ("compact", "compact", None, None),
             ("codes", "standards", 0, None), ("consultations", "standards", 1, None),
             ("funding-notices", "standards", 2, None), ("disputes", "disputes", None, None),
             ("sign-up", "signup", 0, None), ("champions", "signup", 1, None),
             ("monitoring", "monitoring", 0, None), ("health-check", "monitoring", 1, None),
             ("resources", "monitoring", 3, None)]
    queue = list(shots)

    def next_shot() -> None:
        if not queue:
            app.quit()
            return
        name, area, tab, record = queue[0]
        page = window.show_area(area)
        if record is not None:
            page.show_record(record)
        tabs = _tabs(page)
        if tab is not None and tabs is not None:
            tabs.setCurrentIndex(tab)
        if hasattr(page, "table") and record is None and page.table.model().rowCount():
            page.table.selectRow(0)
        QTimer.singleShot(700, take)

    def take() -> None:
        name = queue.pop(0)[0]
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print("saved", out / f"{name}.png")
        next_shot()

    QTimer.singleShot(1500, next_shot)
    app.exec()
    window.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
