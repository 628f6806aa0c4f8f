"""Writing a file so that an old one stays whole until the new one is complete (Picard's atomic_write): the bytes go
to a temporary file beside it, reach the disk, and are then renamed over it. Papers (documents/files.py) and the
import templates (services/import_template.py) both write this way; each says what went wrong in its own words."""

import os
import tempfile
from pathlib import Path


def temporary_beside(path: Path) -> tuple[int, str]:
    """A new, empty temporary file in `path`'s folder: (its handle, its name). Raises OSError when the folder will
    not take one."""
    return tempfile.mkstemp(prefix=".compactdesk-", suffix=".part", dir=path.parent)


def put_in_place(path: Path, handle: int, temporary: str, data: bytes) -> None:
    """Writes `data` through `handle` (from temporary_beside), then renames the file over `path`. Raises OSError
    (PermissionError when `path` is open in another program or read-only); the temporary file never stays behind."""
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private to its owner; a paper or a template is for sharing, like any file saved.
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # replacing a file keeps its permissions
    except OSError:
        mask = os.umask(0o022)  # the only way to read the umask is to set it; put it straight back
        os.umask(mask)
        return 0o666 & ~mask
