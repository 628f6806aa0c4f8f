"""The log file: set up once, for the window and the command line alike, and never holding record text.

One rotating file (paths.log_file(), three old files kept of 1 MB each). A traceback is
written with its frames and the kind of error, but an error's own words only where they
cannot hold what a person typed: SQLite's messages (statements' values are hidden by the
engine), and a disk error's reason. Anything else, a ValueError quoting a name say, is
logged as its kind alone, so a log sent with a bug report holds no one's personal data.
"""

import logging
import logging.handlers
import sqlite3
import traceback

from compactdesk import paths

LOGGER = "compactdesk"
_MAX_BYTES, _KEEP = 1_000_000, 3
_handler: logging.Handler | None = None
_handler_path = None  # where _handler writes: set up again only if the log's place changes


def _safe_words(error: BaseException) -> str:
    """What of an error's message may go into the log."""
    original = getattr(error, "orig", None)
    if isinstance(error, sqlite3.Error):
        message = str(error)
    elif isinstance(original, sqlite3.Error):
        message = str(original)  # not the statement SQLAlchemy adds: a replayed undo step quotes values
    elif isinstance(error, OSError):
        message = error.strerror or ""  # not the file name: it may be made from a person's name
    else:
        return ""
    if "could not decode" in message.lower():
        return "text that could not be decoded"  # SQLite quotes the text it could not read
    return message.splitlines()[0][:300] if message else ""


def describe(error: BaseException) -> str:
    """The traceback of `error` and its causes, with only the safe part of each message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__))
        words = _safe_words(current)
        kind = f"{type(current).__module__}.{type(current).__qualname__}"
        parts.append(f"Traceback (most recent call last):\n{frames}{kind}" + (f": {words}" if words else ""))
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\n\nwhich came from:\n".join(parts)


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Set here, not in formatException: logging keeps the first handler's text of a traceback on
        # the record, and a handler that formatted it first would have put the error's words there.
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = describe(record.exc_info[1])
        return super().format(record)


def set_up() -> None:
    """Sends the "compactdesk" logger to the rotating log file; safe to call more than once.

    Nothing goes to the console: a message for a person is printed by the command line or
    shown by the window, never by the log. Without a writable log folder, records are dropped.
    """
    global _handler, _handler_path
    path = paths.log_file()
    if _handler is not None and path == _handler_path:
        return
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_KEEP, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _handler, _handler_path = handler, path


def log_error(what: str, error: BaseException) -> str:
    """Logs an unexpected error (set_up first) and returns the log file's path, for the message to name."""
    set_up()
    logging.getLogger(LOGGER).error(what, exc_info=(type(error), error, error.__traceback__))
    if _handler is not None:
        _handler.flush()
    return str(paths.log_file())
