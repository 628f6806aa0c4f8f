"""One process at a time on a store.

An OS lock on a small file beside the store: the system drops it when the
process ends, however it ends, so a crash never leaves a store locked. The file
says who holds it, so the refusal can name the computer and the process.
"""

import getpass
import json
import os
import socket
import sys
import time
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_LOCK_OFFSET = 1 << 30  # Windows locks a byte range; lock one far past the text so it stays readable


def lock_path(store: Path) -> Path:
    return store.with_name(f".{store.name}.lock")


class LockHeld(Exception):
    def __init__(self, holder: dict):
        super().__init__(str(holder))
        self.holder = holder


class StoreLock:
    def __init__(self, store: Path):
        self.path = lock_path(store)
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = _read(fd)
                os.close(fd)
                raise LockHeld(holder)
            # Another process may have removed the file between our open and our
            # lock; then we hold a lock on a file nobody else can see: try again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                "since": time.strftime("%Y-%m-%d %H:%M")}
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(info).encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)  # removed while still locked, so nobody takes a stale file
        except OSError:
            pass
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def lost(self) -> bool:
        """Whether the file we lock is no longer the one at the lock's path (a USB stick put back)."""
        if self._fd is None:
            return True
        try:
            return not os.path.samestat(os.fstat(self._fd), os.stat(self.path))
        except OSError:
            return True

    def retake(self) -> None:
        """Locks the file now at the path, dropping the old lock without deleting anyone's file."""
        if self._fd is not None:
            try:
                os.close(self._fd)  # closing drops the old lock; the path may be someone else's now
            except OSError:
                pass
            self._fd = None
        self.acquire()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return ""


def _read(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return json.loads(os.read(fd, 4096).decode() or "{}")
    except (OSError, ValueError):
        return {}


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
