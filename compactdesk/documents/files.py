"""Writing a paper to disk so that a failure never leaves half a file."""

from pathlib import Path

from compactdesk.domain.text import safe_name
from compactdesk.i18n import translate
from compactdesk.services.whole_files import put_in_place, temporary_beside

__all__ = ["ExportError", "safe_name", "write_atomic"]  # safe_name lives in domain/text.py; the papers take it here


class ExportError(Exception):
    """A paper could not be made or written; the message says what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def write_atomic(path: Path, data: bytes) -> None:
    """Writes `data` to a temporary file beside `path`, then puts it in place with os.replace:
    an existing file stays whole until the new one is complete (Picard's atomic_write)."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise ExportError(translate("Papers", "{path} is a folder. Give a file name inside it.").format(path=path))
    if not folder.is_dir():
        raise ExportError(translate("Papers", "The folder {folder} does not exist (or its disk has been removed). "
                                              "Choose another folder.").format(folder=folder))
    try:
        handle, temporary = temporary_beside(path)
    except OSError as error:
        raise ExportError(translate("Papers", "CompactDesk cannot write in {folder} ({reason}). The folder may be "
                                              "read-only: choose another folder, such as Documents.")
                          .format(folder=folder, reason=error.strerror or error)) from None
    try:
        put_in_place(path, handle, temporary, data)
    except PermissionError:
        raise ExportError(translate("Papers", "{name} could not be replaced: it may be open in Word or another "
                                              "program, or be read-only. Close it and export again, or give another "
                                              "name.").format(name=path.name)) from None
    except OSError as error:
        raise ExportError(translate("Papers", "{name} could not be written ({reason}). Check that the disk has "
                                              "space and is still connected, then export again.")
                          .format(name=path.name, reason=error.strerror or error)) from None


