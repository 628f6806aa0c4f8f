"""What a file name a person chose can go wrong with on the disk, said in their words: the import reading a
spreadsheet, and the template written for one. Each refusal says what to do; the name it quotes is cleaned and cut
short, since a dialog cannot show a control character and a name of a megabyte helps nobody."""

import errno
import os
from pathlib import Path

from compactdesk.domain.errors import ValidationError
from compactdesk.domain.text import shown
from compactdesk.i18n import translate

_SHOWN_AT_MOST = 120
_LONGEST_NAME = 255  # bytes of one file's or folder's name
_LONGEST_PATH = 4096  # bytes of the whole path
# Errors that say the disk, or the network folder it is on, has gone away.
_GONE = {errno.ENXIO, errno.ENODEV, errno.ENOTCONN, errno.EHOSTDOWN, errno.EHOSTUNREACH, errno.ESTALE,
         errno.ENETDOWN, errno.ENETUNREACH, errno.ETIMEDOUT, errno.ENOMEDIUM if hasattr(errno, "ENOMEDIUM") else -1}
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}
_IN_USE = {errno.EBUSY, errno.ETXTBSY, errno.EAGAIN}


def quoted(path: str | Path) -> str:
    """The file's name (or the folder's) as a message may show it."""
    text = shown(str(path), _SHOWN_AT_MOST + 1)
    return text[:_SHOWN_AT_MOST] + ("…" if len(text) > _SHOWN_AT_MOST else "")


def usable_path(path: str | Path) -> Path:
    """`path` as a Path, once it is known to be a name a disk can hold at all: not empty, no NUL, nothing that
    cannot be written as bytes."""
    if not isinstance(path, (str, os.PathLike)) or not str(path).strip():
        raise ValidationError(translate("Files", "No file was chosen: choose the file, or type its name."), "file")
    try:
        os.fsencode(path)
        if "\0" in str(path):
            raise ValueError("embedded null byte")
    except ValueError:  # a NUL, or a lone surrogate (UnicodeEncodeError is a ValueError)
        raise ValidationError(translate(
            "Files", "The file name {name} has characters no disk allows in a name: choose the file again, or type "
                     "its name without them.").format(name=quoted(path)), "file") from None
    path = Path(path)
    # The longest name and path the usual disks take (Windows, macOS and Linux alike): said before the disk says it
    # in words of its own, or a folder too long to look at is taken for one not there.
    if len(os.fsencode(path)) >= _LONGEST_PATH or any(len(os.fsencode(part)) > _LONGEST_NAME for part in path.parts):
        raise os_refusal(OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG)), path)
    return path


def is_folder(path: str | Path) -> bool:
    """Whether `path` is a folder; False when the disk cannot say (reading or writing it then says why)."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def os_refusal(error: OSError | ValueError, path: str | Path, *, writing: bool = False) -> ValidationError:
    """The refusal for `error`, met reading (or `writing`) `path`."""
    name, folder = quoted(path), quoted(Path(path).parent) if str(path) else ""
    code = getattr(error, "errno", None)
    if not isinstance(error, OSError):
        message = translate("Files", "The file name {name} has characters no disk allows in a name: choose the "
                                     "file again, or type its name without them.")
    elif code == errno.ENAMETOOLONG:
        message = translate("Files", "That file name is too long for the disk: choose a shorter one, or a folder "
                                     "nearer the top of the disk.")
    elif code == errno.EINVAL or code == errno.EILSEQ:
        message = translate("Files", "The file name {name} has characters this disk does not allow in a name: "
                                     "choose another name.")
    elif code == errno.ENOENT:
        message = (translate("Files", "The folder {folder} does not exist (or its disk has been removed). Choose "
                                      "another folder.") if writing else
                   translate("Files", "There is no file {name}. It may have been moved, renamed or deleted; choose "
                                      "it again."))
    elif code == errno.EISDIR:
        message = translate("Files", "{name} is a folder. Choose a file inside it, or give a file name.")
    elif code == errno.ENOTDIR:
        message = translate("Files", "Part of {name} is a file, not a folder, so there is nothing there. Choose "
                                     "the file again.")
    elif code in _NOT_ALLOWED:
        message = (translate("Files", "CompactDesk is not allowed to write {name}. Choose another folder, such as "
                                      "Documents, or ask whoever looks after this computer.") if writing else
                   translate("Files", "CompactDesk could not open {base}: it is not allowed to read it. Copy it to a "
                                      "folder of your own, such as Documents, and choose the copy."))
    elif code == errno.EROFS:
        message = translate("Files", "The disk {folder} is on can only be read, not written. Choose another "
                                     "folder, such as Documents.")
    elif code in _FULL:
        message = translate("Files", "The disk is full (or {name} would be too big for it). Free some space, or "
                                     "choose another disk, then try again.")
    elif code == errno.ELOOP:
        message = translate("Files", "{name} is a link that leads round in a circle. Choose the file itself.")
    elif code in _IN_USE:
        message = translate("Files", "{name} is in use by another program. Close it there, then try again.")
    elif code in _GONE:
        message = translate("Files", "The disk or network folder {name} is on cannot be reached: it may have been "
                                     "removed or disconnected. Connect it again, or choose another place.")
    elif code == errno.EIO:
        message = (translate("Files", "The disk {name} is on could not be written: it may be failing or have "
                                      "been removed. Try again, or choose another disk.") if writing else
                   translate("Files", "The disk {name} is on could not be read: it may be failing or have been "
                                      "removed. Try again, or copy the file to another disk."))
    else:
        message = (translate("Files", "{base} could not be written ({reason}). Check that the disk has space and "
                                      "is still connected, then try again.") if writing else
                   translate("Files", "CompactDesk could not open {base} ({reason}). Close it in any other program, "
                                      "check you may read it, then try again."))
    reason = shown(getattr(error, "strerror", None) or error, _SHOWN_AT_MOST)
    return ValidationError(message.format(name=name, base=quoted(Path(path).name or path), folder=folder,
                                          reason=reason), "file")
