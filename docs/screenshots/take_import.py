"""Takes the import window's screenshots: the demo group, a messy 16-member file loaded (tests/spreadsheets.py's
messy_members, with "Dyfnant CVC" in one row and 31/02/2027 in another), so the preview shows an organisation
question and a refused row. Run it under a real X server, once for each screen, as take.py is:

    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python docs/screenshots/take_import.py
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots/take_import.py 1024

The first writes docs/screenshots/import-preview.png (1366×768 at 125%), the second docs/screenshots/1024/.
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TODAY = dt.date(2026, 11, 24)


def messy_file(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    from spreadsheets import members_to_check

    return members_to_check(folder / "members 2027.xlsx")


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="compactdesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from compactdesk.demo import write_demo
    from compactdesk.gui.app import install_translator
    from compactdesk.gui.import_dialog import ImportDialog
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import Settings
    from compactdesk.services import members
    from compactdesk.store import open_store

    install_translator()
    store = open_store(write_demo(folder / "Dyfnant demo.cdstore", TODAY))
    # The CVC by its full name, so "Dyfnant CVC" in the file is a near name to offer.
    store.run(members.add_organisation, "Dyfnant County Voluntary Council", "vcs")
    window = MainWindow(store, today=lambda: TODAY, demo=True, settings=Settings())
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    out = HERE / sys.argv[1] if len(sys.argv) > 1 else HERE
    out.mkdir(exist_ok=True)
    dialog = ImportDialog(window.bench, folder, window, save_template=window.importing.save_template)
    path = messy_file(folder)

    def load() -> None:
        dialog.show()
        dialog.load(path)
        QTimer.singleShot(700, take)

    def take() -> None:
        app.primaryScreen().grabWindow(0).save(str(out / "import-preview.png"))
        dialog.grab().save(str(folder / "dialog.png"))
        print("saved", out / "import-preview.png", "dialog", dialog.size().toTuple(), "screen",
              app.primaryScreen().availableGeometry().size().toTuple())
        app.quit()

    QTimer.singleShot(1500, load)
    app.exec()
    window.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
