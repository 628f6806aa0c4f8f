"""One liaison group's records in one SQLite file, opened safely."""

from compactdesk.store.errors import (
    DamagedStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreInUseError,
    StoreMissingError,
    StoreUnavailableError,
)
from compactdesk.store.check import StoreReport, check_store
from compactdesk.store.open import Store, create_store, open_store

__all__ = [
    "DamagedStoreError",
    "NewerStoreError",
    "NotAStoreError",
    "Store",
    "StoreError",
    "StoreInUseError",
    "StoreMissingError",
    "StoreReport",
    "StoreUnavailableError",
    "check_store",
    "create_store",
    "open_store",
]
