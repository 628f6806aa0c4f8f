import gc

import pytest
from PySide6.QtCore import QSettings

from compactdesk.gui import app as gui_app
from compactdesk.gui import collector
from compactdesk.gui.settings import Settings
from compactdesk.gui.workbench import Workbench
from compactdesk.store import open_store


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As the program does (gui/collector.py): no collection on a worker thread."""
    timer = collector.take_over(qapp)
    yield
    timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_between_tests():
    yield
    collector.collect()


@pytest.fixture(autouse=True)
def translator(qapp):
    gui_app.install_translator()
    yield
    gui_app.install_translator()  # a test that switched to Welsh leaves the next one in English


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, qapp):
    """Whatever makes its own QSettings writes into a folder of the test's own, never the tester's (and not into
    tmp_path, which some tests look through)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    # The language was chosen long ago: the first start's question (gui/language.py) is tested on its own.
    QSettings().setValue("view/language", "en")
    yield


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings in a private file, never the tester's own."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def bench(demo_path, today, qapp):
    """A workbench on a private copy of the demo store, seen from TODAY."""
    store = open_store(demo_path)
    workbench = Workbench(store, lambda: today)
    yield workbench
    workbench.store.close()


@pytest.fixture
def window(demo_path, today, qtbot, settings):
    """The main window on a private copy of the demo store (opened without the day's backup), seen
    from TODAY; a test module may define its own."""
    from compactdesk.gui.main_window import MainWindow

    main = MainWindow(open_store(demo_path, daily_backup=False), today=lambda: today, settings=settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    yield main
    main.store.close()
