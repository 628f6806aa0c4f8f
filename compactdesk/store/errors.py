"""Why a store could not be opened, in words a secretary can act on."""

from pathlib import Path

from compactdesk.i18n import translate


class StoreError(Exception):
    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


class StoreMissingError(StoreError):
    pass


class NotAStoreError(StoreError):
    pass


class NewerStoreError(StoreError):
    pass


class StoreInUseError(StoreError):
    pass


def not_a_store(path: Path, reason: str) -> NotAStoreError:
    return NotAStoreError(path, translate(
        "Store",
        "{name} is not a CompactDesk store: {reason} CompactDesk has not changed it. "
        "Choose the .cdstore file of your group, or start a new store.",
    ).format(name=path.name, reason=reason))
