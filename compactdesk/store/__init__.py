"""One liaison group's records in one SQLite file, opened safely."""

from compactdesk.store.errors import (
    NewerStoreError,
    NotAStoreError,
    StoreError,
    StoreInUseError,
    StoreMissingError,
)
from compactdesk.store.open import Store, StoreReport, check_store, create_store, open_store

__all__ = [
    "NewerStoreError",
    "NotAStoreError",
    "Store",
    "StoreError",
    "StoreInUseError",
    "StoreMissingError",
    "StoreReport",
    "check_store",
    "create_store",
    "open_store",
]
