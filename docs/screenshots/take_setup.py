"""Takes the set-up assistant's screenshots (issue 18): each of its pages, on a new group's file, filled in as a
secretary would (the seats imported from the 16-member list tests/spreadsheets.py makes).

    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/take_setup.py
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots/take_setup.py 1024

The first writes docs/screenshots/setup-*.png, the second docs/screenshots/1024/setup-*.png.
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2027, 1, 11)
NAMES = ("welcome", "words", "standards", "partners", "seats", "meeting", "summary")


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="compactdesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    sys.path.insert(0, str(HERE.parents[1] / "tests"))
    from spreadsheets import messy_members

    from compactdesk.gui.app import install_translator
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import Settings
    from compactdesk.store import create_store

    install_translator()
    store = create_store(folder / "Dyfnant.cdstore")
    window = MainWindow(store, today=lambda: TODAY, settings=Settings())
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    out = HERE / sys.argv[1] if len(sys.argv) > 1 else HERE
    out.mkdir(exist_ok=True)
    sheet = messy_members().write(folder / "members.xlsx")
    wizard = window.first_run.set_up()
    # Placed as a window manager would: in the middle of the screen.
    wizard.move(app.primaryScreen().availableGeometry().center() - wizard.rect().center())
    steps = list(enumerate(NAMES, start=1))

    def fill(name: str) -> None:
        if name == "welcome":
            wizard.welcome.name.setText("Dyfnant Compact Liaison Group")
            wizard.welcome.area.setText("Dyfnant")
        elif name == "partners":
            for row in range(3):
                wizard.partners_page.list.item(row).setCheckState(wizard.partners_page.list.item(row).checkState()
                                                                  .Checked)
        elif name == "seats":
            wizard.seats_page.import_file(str(sheet))
        elif name == "meeting":
            wizard.meeting_page.venue.setText("Neuadd y Dref, Llandyfnant")

    def shoot() -> None:
        if not steps:
            wizard.reject()
            app.quit()
            return
        number, name = steps.pop(0)
        fill(name)
        app.processEvents()
        wizard.grab().save(str(out / f"setup-{number}-{name}.png"))
        wizard.next()
        QTimer.singleShot(300, shoot)

    QTimer.singleShot(800, shoot)
    app.exec()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
