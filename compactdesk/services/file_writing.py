"""Writing a file a person named (a spreadsheet exported, an import template) whole, with a refusal in their words
when the disk will not have it: the folder is gone or read-only, or the file is open in another program. The old file
stays as it was until the new one is complete (services/whole_files.py)."""

import errno
from pathlib import Path

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import translate
from compactdesk.services.file_refusals import is_folder, os_refusal, quoted
from compactdesk.services.whole_files import put_in_place, temporary_beside


def check_target(path: str | Path) -> None:
    """Refuses a name that is a folder, or one in a folder that is not there, before any work is done on the file."""
    path = Path(path)
    if not path.name or path.name == ".." or is_folder(path):
        raise ValidationError(translate("Files", "{path} is a folder. Give a file name inside it.").format(
            path=quoted(path)), "file")
    if not is_folder(path.parent):
        raise ValidationError(translate(
            "Files", "The folder {folder} does not exist (or its disk has been removed). Choose another folder.",
        ).format(folder=quoted(path.parent)), "file")


def write_whole(path: str | Path, data: bytes, *, held_open: str) -> None:
    """Writes `data` to `path` whole; `held_open` is the refusal when the old file cannot be replaced (open in Excel,
    or read-only), saying how to try again."""
    path = Path(path)
    try:
        handle, temporary = temporary_beside(path)
    except OSError as error:
        # The folder is there (check_target), so a file of CompactDesk's own naming not made in it is the folder's doing.
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.EINVAL):
            reason = f" ({shown(error.strerror, 120)})" if error.errno not in (errno.ENOENT, errno.EINVAL) else ""
            raise ValidationError(translate(
                "Files", "CompactDesk cannot write in {folder}{reason}. The folder may be read-only: choose another "
                         "folder, such as Documents.").format(folder=quoted(path.parent), reason=reason),
                "file") from None
        raise os_refusal(error, path, writing=True) from None
    try:
        put_in_place(path, handle, temporary, data)
    except PermissionError:
        raise ValidationError(held_open, "file") from None
    except OSError as error:
        raise os_refusal(error, path, writing=True) from None
