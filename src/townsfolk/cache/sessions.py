"""One lock file per open :class:`~townsfolk.cache.Database`: who is alive, who crashed.

Each open database holds an exclusive OS lock on ``<db>-sessions/<session id>.lock`` for as
long as it is open. The OS drops the lock when the process ends, however it ends (even
SIGKILL or a power cut). So:

- a lock file whose lock can be taken belongs to a process that died without closing:
  the last run did not end cleanly (worth a full integrity check), and
- an outbox entry claimed by such a session can safely be claimed again.

The lock is taken on a temporary name and then renamed into place, so another process never
sees a ``.lock`` file that is not locked yet.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

__all__ = ["SessionLock", "is_alive", "reap_stale", "sessions_dir"]


def sessions_dir(db_path: Path) -> Path:
    """The folder holding the session lock files of the database at ``db_path``."""
    return db_path.with_name(db_path.name + "-sessions")


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


class SessionLock:
    """The lock file of this process's open database."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.session_id = uuid.uuid4().hex
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self.directory / f"{self.session_id}.lock"

    def acquire(self) -> None:
        """Create and lock the file (raises ``OSError`` if the folder is unusable)."""
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = self.directory / f".{self.session_id}.tmp"
        fd = os.open(temp, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            if not _try_lock(fd):  # pragma: no cover - a fresh random name cannot be held
                raise OSError(f"could not lock {temp}")
            os.write(fd, f"{os.getpid()}\n".encode())
            os.replace(temp, self.path)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        self._fd = fd

    def release(self) -> None:
        """Remove the file and drop the lock (safe to call twice)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def is_alive(directory: Path, session_id: str) -> bool:
    """True if the session ``session_id`` still holds its lock (its process is running)."""
    path = directory / f"{session_id}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def reap_stale(directory: Path) -> list[str]:
    """Delete the lock files of sessions that died without closing; return their ids."""
    if not directory.is_dir():
        return []
    stale: list[str] = []
    for path in directory.glob("*.lock"):
        session_id = path.stem
        if not is_alive(directory, session_id):
            with contextlib.suppress(OSError):
                path.unlink()
            stale.append(session_id)
    return stale
