"""One liaison group's records in one SQLite file, opened safely.

The names below load on first use (PEP 562), so importing an error class does not
load SQLAlchemy: the window paints before the store's machinery is loaded.
"""

import importlib

_WHERE = {
    "DamagedStoreError": "errors", "NewerStoreError": "errors", "NotAStoreError": "errors", "StoreError": "errors",
    "StoreInUseError": "errors", "StoreMissingError": "errors", "StoreUnavailableError": "errors",
    "StoreReport": "check", "check_store": "check",
    "Store": "open", "create_store": "open", "open_store": "open",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
