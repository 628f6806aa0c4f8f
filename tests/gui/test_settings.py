"""The typed settings registry over QSettings."""

from PySide6.QtCore import QByteArray, QSettings

from compactdesk.gui import settings as keys
from compactdesk.gui.settings import Settings


def test_defaults_when_nothing_is_saved(settings):
    assert settings.get(keys.LAST_AREA) == "dashboard"
    assert settings.get(keys.RECENT_STORES) == []
    assert settings.get(keys.WINDOW_GEOMETRY) == QByteArray()


def test_values_survive_a_restart(tmp_path):
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(keys.LAST_AREA, "feedback")
    first.remember_store("/media/usb/Grŵp Cyswllt.cdstore")
    first.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(keys.LAST_AREA) == "feedback"
    # A one-item list comes back from an INI file as a plain string; the registry mends that.
    assert again.get(keys.RECENT_STORES) == ["/media/usb/Grŵp Cyswllt.cdstore"]
    assert again.get(keys.LAST_STORE) == "/media/usb/Grŵp Cyswllt.cdstore"


def test_recent_stores_newest_first_without_repeats_and_limited(settings):
    for number in range(12):
        settings.remember_store(f"/stores/{number}.cdstore")
    settings.remember_store("/stores/3.cdstore")
    recent = settings.get(keys.RECENT_STORES)
    assert recent[0] == "/stores/3.cdstore"
    assert len(recent) == keys.RECENT_LIMIT == len(set(recent))
    settings.forget_store("/stores/3.cdstore")
    assert "/stores/3.cdstore" not in settings.get(keys.RECENT_STORES)


def test_older_settings_are_upgraded_and_marked(tmp_path, monkeypatch):
    path = str(tmp_path / "old.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.setValue("meta/version", 0)
    old.setValue("window/area", "meetings")  # the name an older version used
    old.sync()

    def rename(qt: QSettings) -> None:
        qt.setValue("window/last_area", qt.value("window/area"))
        qt.remove("window/area")

    monkeypatch.setattr(keys, "_UPGRADES", {0: rename})
    upgraded = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert upgraded.get(keys.LAST_AREA) == "meetings"
    assert QSettings(path, QSettings.Format.IniFormat).value("meta/version") in (keys.VERSION, str(keys.VERSION))


def test_a_damaged_value_falls_back_to_the_default(settings):
    settings.set(keys.WINDOW_GEOMETRY, "not bytes")
    assert settings.get(keys.WINDOW_GEOMETRY) == QByteArray()
