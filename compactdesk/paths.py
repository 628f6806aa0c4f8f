"""Where CompactDesk keeps the user's own store and its log."""

from pathlib import Path

import platformdirs

APP = "CompactDesk"


def default_store() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "compactdesk.cdstore"


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False)) / "compactdesk.log"
