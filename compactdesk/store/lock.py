"""One process at a time on a store.

The lock follows the file, not its name: a store reached through a symlink, a
symlinked folder or a hard link in another folder meets the same lock. The
system drops the lock when the process ends, however it ends, so a crash never
leaves a store locked. A small file beside the store says who holds it, so a
refusal can name the computer and the process.

How, by platform:

* Linux: an open-file-description lock (F_OFD_SETLK) on one byte of the store
  file itself, far past any real data. It belongs to the inode, so every name
  for the file meets it. Not a traditional fcntl/lockf lock: those belong to
  the process, and SQLite closing any of its descriptors for the file (it opens
  and closes them as connections come and go) would silently drop ours. Not
  flock on the store: on NFS Linux emulates flock with whole-file fcntl locks,
  which would collide with SQLite's own. OFD locks do not belong to the process
  and conflict between two descriptors even within one process.

* macOS and the BSDs: flock on the side file as before, but beside the store's
  resolved path (symlinks followed), so symlinks meet the same lock; hard links
  in another folder do not. There flock and fcntl locks are one mechanism, so
  flock on the store itself would fight SQLite's locks, and Python offers no
  OFD lock there.

* Windows: msvcrt.locking on the resolved side file, as before. A byte-range
  lock on the store itself would need a handle to it kept open, and an open
  handle (Python opens without FILE_SHARE_DELETE) makes os.replace over the
  store fail, which restore() does while it holds the lock. Windows resolves
  symlinks and junctions; NTFS hard links to a store are not covered.

The side-file way is also the fallback on Linux when there is no store file to
lock (restore into an empty place) or the kernel or file system refuses OFD locks.
"""

import errno
import getpass
import json
import os
import socket
import struct
import sys
import threading
import time
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_OFD = sys.platform.startswith("linux") and hasattr(fcntl, "F_OFD_SETLK")

# The byte locked in the store on Linux. SQLite's unix VFS locks 0x40000000..0x400001FF (1 GiB) in
# rollback mode and nothing else in the main file; 2**62 is clear of that and of any page data. Linux
# locks past the end of a file freely, and the file does not grow.
_STORE_BYTE = 1 << 62
# struct flock: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid (0 for OFD locks),
# padded at the end to its alignment ("0q"). off_t is 64 bits: CPython on Linux is built with
# _FILE_OFFSET_BITS=64, so on 32-bit systems libc passes this as struct flock64, which has this layout.
_FLOCK = "@hhqqi0q"
# Errors meaning "this kernel or file system has no OFD locks", not "someone holds it".
_NO_OFD = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}

_LOCK_OFFSET = 1 << 30  # Windows locks a byte range of the side file; one far past the text keeps it readable
_TRIES = 20  # attempts at locking the file that is at the path, should it change meanwhile
_SHOWN = ("pid", "host", "user", "since")  # what a refusal may show of the holder

# Inodes this process holds an OFD lock on. Closing *any* descriptor of a file drops every traditional
# fcntl lock the process has on it, and SQLite holds such locks on the store: during every
# transaction, and in WAL mode the whole time a connection is open (how the last one to close knows
# it may delete the WAL). Losing them lets another connection write under a reader, or take the WAL away.
# So a descriptor opened on a store this process already has open must not be closed while it is
# open: a second open here is refused from this table, and a descriptor that raced into it is parked
# until the lock is released (when the Store has closed its connections), as SQLite does with its own.
_held: dict[tuple[int, int], "StoreLock"] = {}
_parked: dict[tuple[int, int], list[int]] = {}
_guard = threading.Lock()


def lock_path(store: Path) -> Path:
    """The side file beside a store: who holds it (and, off Linux, the file that is locked)."""
    return store.with_name(f".{store.name}.lock")


class LockHeld(Exception):
    def __init__(self, holder: dict):
        super().__init__(str(holder))
        self.holder = holder  # pid, host, user, since; empty when another CompactDesk holds it unseen


class StoreLock:
    """The lock on the store at `store` (the path as given: links are followed here)."""

    def __init__(self, store: Path):
        self.store = Path(store)
        self.path = lock_path(_real(self.store))  # the side file, as it was when made
        self._fd: int | None = None
        self._on_store = False  # True: an OFD lock on the store itself; False: a lock on the side file
        self._key: tuple[int, int] | None = None  # the locked store's inode, with _on_store
        self._info: dict = {}
        self._written = b""  # the bytes we put in the side file, so we only ever delete our own

    def acquire(self) -> None:
        for _ in range(_TRIES):
            real = _real(self.store)
            self.path = lock_path(real)
            got = self._lock_store(real)
            if got is None:
                got = self._lock_side_file()
            if got:
                break
            # Locked, but the file is no longer the one at the path (a restore put another there,
            # or a holder removed the side file as it let go): lock the one there now.
        else:  # a file system whose files never look the same twice: refuse rather than spin
            raise OSError(errno.ESTALE, "the group's file keeps changing", str(self.store))
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                "since": time.strftime("%Y-%m-%d %H:%M")}
        try:
            if self._on_store:
                # The inode too: a reader refused through another name checks it, so a note left by
                # a killed holder of some other file is never shown as this one's holder.
                self._written = json.dumps({**info, "inode": self._key[1]}).encode()
                _write_new(self.path, self._written)
            else:
                self._written = json.dumps(info).encode()
                os.ftruncate(self._fd, 0)
                os.lseek(self._fd, 0, os.SEEK_SET)
                os.write(self._fd, self._written)
                os.fsync(self._fd)
        except OSError:
            self._let_go()  # a read-only folder: no lock without the note saying whose it is
            raise
        self._info = info

    def _lock_store(self, real: Path) -> bool | None:
        """Takes the OFD lock on the store itself: True if taken, False if it must be tried again,
        None if it cannot be had here (then the side file is used); LockHeld if another holds it."""
        self._on_store = False
        if not _OFD:
            return None
        with _guard:
            try:
                mine = _held.get(_key(os.stat(real)))
                if mine is not None:
                    raise LockHeld(dict(mine._info))  # this very process has it, under whatever name
                fd = os.open(real, os.O_RDWR)  # never O_CREAT; needs write access, as the store itself does
            except FileNotFoundError:
                return None  # no store to lock (a restore into an empty place): the side file
            key = _key(os.fstat(fd))
            if key in _held:  # our own store took its place between the stat and the open
                _parked.setdefault(key, []).append(fd)
                raise LockHeld(dict(_held[key]._info))
            try:
                _ofd(fd, fcntl.F_WRLCK)
            except OSError as error:
                # Closing is safe here: the store is not ours, so no connection of this process is on
                # it (open.py takes the lock before SQLite opens the file).
                if error.errno in _NO_OFD:
                    os.close(fd)
                    return None
                holder = _read_note(self.path, key[1]) if error.errno in (errno.EAGAIN, errno.EACCES) else None
                os.close(fd)
                if holder is None:
                    raise
                raise LockHeld(holder) from None
            try:
                same = _same(fd, real)
            except OSError:
                same = False  # the folder went away meanwhile: try again, and meet the error afresh
            if not same:
                os.close(fd)  # drops our lock with it; the file is not ours, so no connection here is on it
                return False
            _held[key] = self
        self._fd, self._on_store, self._key = fd, True, key
        return True

    def _lock_side_file(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            holder = _read(fd)
            os.close(fd)
            raise LockHeld(holder)
        # Another process may have removed the file between our open and our lock; then we hold a
        # lock on a file nobody else can see: try again.
        if not _same(fd, self.path):
            _unlock(fd)
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Drops the lock; removes the side note first, while still locked, and only if it is ours."""
        if self._fd is None:
            return
        self._tidy()
        self._let_go()

    def _tidy(self) -> None:
        try:
            if not self._on_store and not _same(self._fd, self.path):
                return  # the side file there now is not the one we lock: someone else's
            with open(self.path, "rb") as note:
                if note.read(len(self._written) + 1) != self._written:
                    return  # another holder has written it since (a store replaced under us)
            os.unlink(self.path)
        except OSError:
            pass  # gone already, or (Windows) an open file cannot be removed: harmless either way

    def _let_go(self) -> None:
        fd, self._fd = self._fd, None
        with _guard:
            if self._on_store and _held.get(self._key) is self:
                del _held[self._key]
            parked = _parked.pop(self._key, []) if self._on_store else []
        try:
            if self._on_store:
                _ofd(fd, fcntl.F_UNLCK)  # explicitly: a forked child sharing the descriptor keeps no lock
            else:
                _unlock(fd)
        except OSError:
            pass  # a stick pulled out: closing drops the lock anyway
        for other in (fd, *parked):
            try:
                os.close(other)
            except OSError:
                pass

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def lost(self) -> bool:
        """Whether the file we lock is no longer the one the path names (a USB stick put back)."""
        if self._fd is None:
            return True
        try:
            return not _same(self._fd, self.store if self._on_store else lock_path(_real(self.store)))
        except OSError:
            return True

    def retake(self) -> None:
        """Locks the file now at the path, dropping the old lock without deleting anyone's file."""
        if self._fd is not None:
            self._let_go()  # the side note stays: the path may be someone else's now
        self.acquire()


def _real(store: Path) -> Path:
    """The store's path with every symlink (of the file and of its folders) followed."""
    return Path(os.path.realpath(store))


def _key(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_dev, stat.st_ino


def _same(fd: int, path: Path) -> bool:
    """Whether the open file is the one at path now (FileNotFoundError counts as no)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return ""


def _shown(note: dict) -> dict:
    return {name: note[name] for name in _SHOWN if name in note} if isinstance(note, dict) else {}


def _read(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return _shown(json.loads(os.read(fd, 4096).decode() or "{}"))
    except (OSError, ValueError):
        return {}


def _read_note(path: Path, inode: int) -> dict:
    """Who holds the store, from the note beside it; {} when unknown.

    Unknown when the holder came in by another name (a hard link in another folder writes its note
    there), has not written it yet, or the note is about another file. Only the inode is compared:
    st_dev differs between two computers looking at one network share.
    """
    try:
        with open(path, "rb") as handle:
            note = json.loads(handle.read(4096).decode() or "{}")
    except (OSError, ValueError):
        return {}
    return _shown(note) if isinstance(note, dict) and note.get("inode") == inode else {}


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)  # so another computer on a network share reads it whole
    finally:
        os.close(fd)


if sys.platform == "win32":
    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _ofd(fd: int, kind: int) -> None:
        """Sets (F_WRLCK) or clears (F_UNLCK) the OFD lock on the store's far byte, without waiting."""
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, struct.pack(_FLOCK, kind, os.SEEK_SET, _STORE_BYTE, 1, 0))
