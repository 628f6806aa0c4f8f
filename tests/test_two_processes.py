"""Two people on the same group on a server, each in a CompactDesk process of their own (issue 22): the other
person's save reaches this window within moments, and this window's form, opened before that save, is refused
with the other person's name rather than silently putting back what they changed. The other process is real:
tests/other_window.py, a workbench on the group in a Python of its own, driven through its stdin."""

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from compactdesk.gui.dialogs.people import PersonDialog
from compactdesk.gui.pages.people import PEOPLE
from compactdesk.gui.settings import Settings
from compactdesk.services import compact, members
from compactdesk.store.server import open_group

HERE = Path(__file__).resolve().parent
ANN, BRYN = "Ann Hughes", "Bryn Ellis"


class Other:
    """The other person's process: lines to it, and the lines it has said so far."""

    def __init__(self, address: str):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
        self.process = subprocess.Popen([sys.executable, str(HERE / "other_window.py"), address, BRYN],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                        env=env, cwd=HERE.parent)
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def saw(self, start: str) -> str | None:
        while not self.lines.empty():
            self.said.append(self.lines.get())
        return next((line for line in self.said if line.startswith(start)), None)

    def answers(self) -> int:
        """How many of its changes it has saved or had refused."""
        self.saw("")
        return sum(line.startswith(("saved", "refused")) for line in self.said)

    def tell(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.tell("quit")
                self.process.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


@pytest.fixture
def qt_settings(tmp_path, qapp):
    """Whatever the window keeps goes into the test's own folder, never the tester's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().setValue("view/language", "en")
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_another_process_save_refreshes_this_window_and_refuses_this_forms_save(server_address, qt_settings, qtbot,
                                                                                 today):
    store = open_group(server_address, person="Set-up")
    store.run(compact.set_up_compact, "Aberwen Compact", "Aberwen", today=today)
    chair = store.run(lambda session: members.add_person(session, "Łukasz Nowak", role="Chair").id)
    store.close()
    other = Other(server_address.text())  # starting a Python takes a moment: it starts while this window is made
    window = None
    try:
        from compactdesk.gui.main_window import MainWindow

        window = MainWindow(open_group(server_address, person=ANN), today=lambda: today, settings=qt_settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        page = window.show_area("people")
        page.tabs.setCurrentIndex(PEOPLE)
        form = PersonDialog(window.bench, window, person_id=chair)
        form.open()
        form.ui.notes.setPlainText("Ann’s note, typed while Bryn saved 🙂")
        qtbot.waitUntil(lambda: other.saw("ready") is not None, timeout=20_000)

        other.tell(f"phone {chair} 07700 900123")
        qtbot.waitUntil(lambda: other.saw("saved") is not None, timeout=5000)
        saved_at, number = time.monotonic(), int(other.saw("saved").split()[1])

        def shown(phone: str = "07700 900123") -> bool:  # the phone number, in the People list of this window
            tab = page.people_tab
            return any(tab.proxy.index(row, column).data() == phone
                       for row in range(tab.proxy.rowCount()) for column in range(tab.proxy.columnCount()))

        qtbot.waitUntil(shown, timeout=2000)
        assert time.monotonic() - saved_at < 2
        assert window.store.seen == number

        form.accept()  # opened before Bryn's save: refused, with his name, and nothing typed lost
        assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
        assert BRYN in form.error_text and "after you opened it" in form.error_text, form.error_text
        assert form.ui.notes.toPlainText() == "Ann’s note, typed while Bryn saved 🙂"
        assert window.bench.read(members.person_detail, chair).phone == "07700 900123"
        form.accept()  # Save again: Ann's version, knowingly
        assert form.result() == QDialog.DialogCode.Accepted, form.error_text
        ann_saved = window.store.last_change()
        qtbot.waitUntil(lambda: other.saw(f"heard person seen {ann_saved}") is not None, timeout=2000)  # Bryn hears it

        # Bryn, with no form open, has taken in Ann's save: his next change is no overwrite, and goes through.
        other.tell(f"phone {chair} 01234 000000")
        qtbot.waitUntil(lambda: other.answers() == 2, timeout=5000)
        assert other.said[-1].startswith("saved"), other.said
        qtbot.waitUntil(lambda: shown("01234 000000"), timeout=2000)
    finally:
        other.stop()
        if window is not None:
            window.store.close()
    assert other.process.returncode == 0
