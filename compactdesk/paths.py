"""Where CompactDesk keeps the user's own store, what it makes for them (email drafts, a meeting's calendar file)
and its log."""

from pathlib import Path

import platformdirs

APP = "CompactDesk"


def data_folder() -> Path:
    """The person's own CompactDesk folder (on Linux ~/.local/share/CompactDesk)."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_store() -> Path:
    return data_folder() / "compactdesk.cdstore"


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False)) / "compactdesk.log"
