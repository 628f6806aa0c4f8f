"""Is a group's file on a network share? Said in words when it is, so the window and the command line can warn.

SQLite's locking is only as good as the file system's, and network file systems get it wrong: two people opening
the same file at once, or a connection dropped during a save, can lose or damage records (SQLite's own "How To
Corrupt An SQLite Database File", section 2). Several people who share a group belong on a shared server instead.

The check runs on every open, so it reads only what the system already knows: the mount table of this process
(Linux), or the kind of drive a letter stands for (Windows). It never reaches the server, and never raises: what
cannot be read is taken as a local file, the common case.
"""

import ntpath
import os
import posixpath
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

from compactdesk.i18n import translate

MOUNTINFO = "/proc/self/mountinfo"
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive

# File system types (as /proc/self/mountinfo names them) whose files live on another machine, or on storage
# several machines share. FUSE file systems are named "fuse.<program>".
NETWORK_TYPES = frozenset({
    "cifs", "smb3", "smbfs", "smb", "nfs", "nfs4", "ncpfs", "ncp", "afs", "openafs", "coda", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "beegfs", "orangefs", "pvfs2", "davfs", "sshfs", "afpfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs", "fuse.davfs2", "fuse.glusterfs", "fuse.ceph-fuse", "fuse.cephfs",
    "fuse.s3fs", "fuse.gcsfuse", "fuse.blobfuse", "fuse.blobfuse2", "fuse.goofys", "fuse.juicefs", "fuse.mfs",
    "fuse.lizardfs", "fuse.moosefs", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.afpfs", "fuse.onedriver",
    "fuse.seaweedfs", "fuse.gvfsd-fuse",
})
# GNOME's gvfs puts every kind of place under one FUSE mount, a folder for each: a phone or a camera is local.
GVFS = "fuse.gvfsd-fuse"
GVFS_NETWORK = ("smb-share:", "sftp:", "dav:", "davs:", "ftp:", "ftps:", "nfs:", "afp-volume:", "google-drive:",
                "onedrive:", "network:")
_ESCAPED = re.compile(r"\\([0-7]{3})")
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")  # two letters at least: C://folder is a Windows path


class Mount(NamedTuple):
    point: str  # where it is mounted, as a path
    kind: str  # its file system type: "ext4", "cifs", "fuse.sshfs"
    source: str  # what is mounted: "//server/share", "server:/export", "/dev/sda1"


def read_mountinfo() -> str:
    """This process's mount table; "" where there is none (not Linux) or it cannot be read."""
    try:
        with open(MOUNTINFO, "rb") as file:
            return os.fsdecode(file.read())
    except (OSError, ValueError):
        return ""


def windows_drive_type(root: str) -> int:
    """GetDriveTypeW for a drive's root ("Z:\\"); 0 (unknown) where it cannot be asked."""
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))
    except (AttributeError, ImportError, OSError, ValueError):
        return 0


def network_share(path, *, windows: bool | None = None, mountinfo: Callable[[], str] = read_mountinfo,
                  drive_type: Callable[[str], int] = windows_drive_type) -> str | None:
    """None for a file on a local disk; for one on a network share, a short description of where it is: the
    network file system and its mount ("cifs, //server/office at /mnt/office"), the shared folder of a UNC path
    ("\\\\server\\office"), or the drive letter of a mapped network drive ("Z:").

    `windows`: read `path` as a Windows path (the default: on Windows). `mountinfo` and `drive_type` are the
    system's answers, which tests give in place of the real ones."""
    try:
        text = os.fsdecode(path)
    except (TypeError, ValueError):
        return None
    if _ADDRESS.match(text):
        return None  # a server's address (postgresql://…), not a file: a relative path would read it as one
    if windows is None:
        windows = sys.platform == "win32"
    try:
        if windows:
            return _windows_share(text, drive_type)
        return _posix_share(text, mountinfo)
    except (OSError, ValueError, UnicodeError):
        return None


def network_warning(path, **readers) -> str | None:
    """What to say when a group's file is opened on a network share (None on a local disk); `readers` as for
    network_share."""
    where = network_share(path, **readers)
    if where is None:
        return None
    return translate("Store", "This group's file is on a network drive ({where}). Two people opening it at once, or "
                              "a dropped connection, can lose or damage records: SQLite files are not safe on shared "
                              "drives. To share the group between several people, put it on a shared server: "
                              "File ▸ Connect to a shared server…").format(where=where)


# -- Linux and other systems with /proc ---------------------------------------------------------------------------

def mounts(text: str) -> list[Mount]:
    """The mounts in a mountinfo text, in its order (a later mount on the same point hides an earlier one)."""
    found = []
    for line in text.split("\n"):  # only a newline ends a line: a mount point may hold \r or \x85
        fields = line.split(" ")
        # id parent major:minor root point options [optional fields…] - type source super-options
        if len(fields) < 9 or "-" not in fields[6:]:
            continue
        separator = fields.index("-", 6)
        if separator + 1 >= len(fields):
            continue
        source = fields[separator + 2] if separator + 2 < len(fields) else ""
        found.append(Mount(_unescape(fields[4]), _unescape(fields[separator + 1]), _unescape(source)))
    return found


def _unescape(field: str) -> str:
    """The kernel writes a space, tab, newline or backslash in a mountinfo field as an octal escape: \\040."""
    return _ESCAPED.sub(lambda match: chr(int(match[1], 8)) if int(match[1], 8) < 0x80 else match[0], field)


def holding_mount(path: str, table: list[Mount]) -> Mount | None:
    """The mount `path` (absolute, symbolic links resolved) is on: the longest mount point that holds it, the
    latest where several are mounted on the same point."""
    best = None
    for mount in table:
        point = mount.point.rstrip("/") or "/"
        if point == "/" or path == point or path.startswith(point + "/"):
            if best is None or len(point) >= len(best.point.rstrip("/") or "/"):
                best = mount
    return best


def _posix_share(text: str, mountinfo: Callable[[], str]) -> str | None:
    table = mounts(mountinfo() or "")
    if not table:
        return None
    path = _resolved(text)
    mount = holding_mount(path, table)
    if mount is None or not _is_network(mount, path):
        return None
    source = mount.source if mount.source and mount.source != "none" else ""
    if source:
        return translate("Store", "{kind}, {source} at {folder}").format(kind=mount.kind, source=source,
                                                                           folder=mount.point)
    return translate("Store", "{kind} at {folder}").format(kind=mount.kind, folder=mount.point)


def _resolved(text: str) -> str:
    try:
        return posixpath.realpath(text)
    except (OSError, ValueError):  # a NUL in the text, say: the path as written
        return posixpath.abspath(text)


def _is_network(mount: Mount, path: str) -> bool:
    kind = mount.kind.lower()
    if kind != GVFS:
        return kind in NETWORK_TYPES
    inside = path[len(mount.point.rstrip("/")) + 1:]
    place = inside.split("/", 1)[0]
    return place.startswith(GVFS_NETWORK)


# -- Windows --------------------------------------------------------------------------------------------------------

def _windows_share(text: str, drive_type: Callable[[str], int]) -> str | None:
    given = text.replace("/", "\\")
    where = _unc_share(given) or _mapped_drive(given, drive_type)
    if where is not None or sys.platform != "win32":
        return where
    # A local path may still lead to a share through a symbolic link or a junction: the real path says.
    try:
        real = ntpath.realpath(given)
    except (OSError, ValueError):
        return None
    return _unc_share(real) or _mapped_drive(real, drive_type)


def _unc_share(path: str) -> str | None:
    r"""\\server\share\…, or the same as \\?\UNC\server\share\…: the shared folder, "\\server\share"."""
    lowered = path.lower()
    if lowered.startswith(("\\\\?\\unc\\", "\\\\.\\unc\\")):
        rest = path[8:]
    elif path.startswith("\\\\") and not lowered.startswith(("\\\\?\\", "\\\\.\\")):
        rest = path[2:]
    else:
        return None
    parts = [part for part in rest.split("\\") if part]
    if not parts:
        return None
    return "\\\\" + "\\".join(parts[:2])


def _mapped_drive(path: str, drive_type: Callable[[str], int]) -> str | None:
    """A drive letter the system says is a network drive: "Z:"."""
    if path.startswith(("\\\\?\\", "\\\\.\\")):
        path = path[4:]  # \\?\Z:\… is Z:\…
    elif not (len(path) >= 2 and path[1] == ":"):
        if sys.platform != "win32":
            return None
        path = ntpath.abspath(path)  # a relative path is on the current drive
    if len(path) < 2 or path[1] != ":" or not path[0].isascii() or not path[0].isalpha():
        return None
    drive = path[0].upper() + ":"
    try:
        remote = drive_type(drive + "\\") == DRIVE_REMOTE
    except (OSError, ValueError):
        return None
    return drive if remote else None
