"""Every setting the program keeps, typed, with its default, in one registry.

QSettings stores them in the platform's usual place. `VERSION` goes up when a
key is renamed or its meaning changes, with an upgrade step in `_UPGRADES`, so
a newer CompactDesk reads an older person's settings correctly.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

T = TypeVar("T")
VERSION = 1
RECENT_LIMIT = 8


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T
    kind: type


WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
LAST_AREA = Key("window/last_area", "dashboard", str)
LAST_STORE = Key("stores/last", "", str)
RECENT_STORES = Key("stores/recent", [], list)
# Shared servers' groups opened lately, as addresses (store/address.py's text(): never a password).
RECENT_SERVERS = Key("servers/recent", [], list)
# Papers: where the last one was written, as what, and whether in large print.
EXPORT_FOLDER = Key("export/folder", QStandardPaths.writableLocation(
    QStandardPaths.StandardLocation.DocumentsLocation), str)
EXPORT_FORMAT = Key("export/format", ".pdf", str)
EXPORT_LARGE_PRINT = Key("export/large_print", False, bool)
# View ▸ Text size: the program's text in per cent of the system's (gui/look.py's TEXT_SIZES).
TEXT_SIZE = Key("view/text_size", 100, int)
# Papers in "en", "cy" or "both" (Welsh first); "" until chosen: then the interface's language.
EXPORT_LANGUAGE = Key("export/language", "", str)
# The interface's language, "en" or "cy"; "" until asked at the first start (gui/language.py).
LANGUAGE = Key("view/language", "", str)
KEYS = (WINDOW_GEOMETRY, WINDOW_STATE, LAST_AREA, LAST_STORE, RECENT_STORES, RECENT_SERVERS, EXPORT_FOLDER,
        EXPORT_FORMAT, EXPORT_LARGE_PRINT, TEXT_SIZE, EXPORT_LANGUAGE, LANGUAGE)


def splitter_key(name: str) -> Key[QByteArray]:
    """Where a page's splitter (by its objectName) keeps the sizes the person dragged it to (QSplitter.saveState).
    Made on demand, not listed in KEYS: there is one for each named splitter, and none until it is dragged."""
    return Key(f"splitters/{name}", QByteArray(), QByteArray)


# version -> the step that brings settings of that version to the next one.
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    def __init__(self, store: QSettings | None = None):
        self._qt = store if store is not None else QSettings()
        self.upgrade()

    def upgrade(self) -> None:
        version = self._int(self._qt.value("meta/version", 0))
        if version == 0 and not self._qt.allKeys():
            version = VERSION  # nothing saved yet: nothing to upgrade
        while version < VERSION:
            step = _UPGRADES.get(version)
            if step is not None:
                step(self._qt)
            version += 1
        self._qt.setValue("meta/version", VERSION)

    def get(self, key: Key[T]) -> T:
        value: Any = self._qt.value(key.name, key.default)
        if key.kind is list:
            # INI files give back a single string for a one-item list.
            if value in (None, ""):
                return list(key.default)
            return [str(entry) for entry in (value if isinstance(value, list) else [value])]
        if key.kind is QByteArray:
            return value if isinstance(value, QByteArray) else key.default
        if key.kind is int:
            return self._int(value, key.default)
        if key.kind is bool:
            # INI files give back "true" / "false" as text, and bool("false") is True.
            return value.strip().lower() in ("true", "1", "yes") if isinstance(value, str) else bool(value)
        return key.kind(value) if value is not None else key.default

    def set(self, key: Key[T], value: T) -> None:
        self._qt.setValue(key.name, value)

    def remember_store(self, path: str) -> None:
        recent = [path] + [entry for entry in self.get(RECENT_STORES) if entry != path]
        self.set(RECENT_STORES, recent[:RECENT_LIMIT])
        self.set(LAST_STORE, path)

    def forget_store(self, path: str) -> None:
        self.set(RECENT_STORES, [entry for entry in self.get(RECENT_STORES) if entry != path])

    def remember_server(self, address: str) -> None:
        """`address`: ServerAddress.text(), which never holds a password."""
        recent = [address] + [entry for entry in self.get(RECENT_SERVERS) if entry != address]
        self.set(RECENT_SERVERS, recent[:RECENT_LIMIT])

    def sync(self) -> None:
        self._qt.sync()

    @staticmethod
    def _int(value: Any, default: int = 0) -> int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
