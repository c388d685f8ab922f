"""Storage errors, split the way qutebrowser does it.

*The environment failed* (the disk is full, a folder is read-only, permission was refused,
another program holds the database locked, the file is damaged): these become a
:class:`StorageError` subclass whose ``str()`` is a plain sentence the UI can show as is, and
which says what happened, that nothing already saved was lost, and what to do.

*Bugs* (a wrong SQL statement, a broken constraint, a wrong argument): the original
``sqlite3``/``OSError``/``ValueError`` propagates untouched so it is seen and fixed.

:func:`from_sqlite` and :func:`from_os_error` make that decision in one place.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from townsfolk.i18n import translate

__all__ = [
    "OutboxStateError",
    "StorageBusy",
    "StorageCorrupt",
    "StorageDamaged",
    "StorageError",
    "StorageFull",
    "StorageIOError",
    "StoragePermissionDenied",
    "StorageReadOnly",
    "StorageTooNew",
    "from_os_error",
    "from_sqlite",
]


class StorageError(Exception):
    """Saving or reading on this computer failed because of the environment, not a bug.

    ``str(error)`` and ``user_message`` are the plain message for the user (translated when
    the error is made); ``detail`` is the technical reason for logs (it never contains
    secrets: secrets are never given to the cache).
    """

    def __init__(self, detail: str = "") -> None:
        self.user_message: str = self._message()
        super().__init__(self.user_message)
        self.detail = detail

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Townsfolk could not save or read its data on this computer. Nothing you already "
            "saved was lost. Please restart Townsfolk; if this keeps happening, restart the "
            "computer.",
        )

    def __str__(self) -> str:
        return self.user_message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(detail={self.detail!r})"


class StorageFull(StorageError):
    """The disk is full (SQLITE_FULL, ENOSPC, EDQUOT)."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Your computer's disk is full, so Townsfolk could not save this. Nothing you already "
            "saved was lost. Free some space (for example, empty the bin or delete large files "
            "you no longer need), then try again.",
        )


class StoragePermissionDenied(StorageError):
    """The operating system refused access to the profile folder or a file in it."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Townsfolk is not allowed to save in its folder on this computer. Nothing you already "
            "saved was lost. Check that your user account may write to the Townsfolk folder, "
            "then start Townsfolk again.",
        )


class StorageReadOnly(StorageError):
    """The profile lives on a read-only disk or folder."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Townsfolk's folder on this computer is read-only, so nothing new can be saved. "
            "Nothing you already saved was lost. Move Townsfolk's folder to a disk you can write "
            "to, or make it writable, then start Townsfolk again.",
        )


class StorageBusy(StorageError):
    """Another program kept the database locked for longer than the busy timeout."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Townsfolk's saved data is being used by another program, perhaps a second copy of "
            "Townsfolk. Nothing was lost. Close the other copy, then try again.",
        )


class StorageIOError(StorageError):
    """The disk reported a read or write failure."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "The disk reported an error while Townsfolk was saving. What was saved before is "
            "kept. If this happens again, the disk may be failing: copy your important files "
            "somewhere safe.",
        )


class StorageCorrupt(StorageError):
    """The database file is damaged and could not be replaced automatically."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Townsfolk's saved data on this computer is damaged and could not be repaired "
            "automatically. Your posts on your town are safe. Restart Townsfolk; if this message "
            "comes back, start it with a new profile folder.",
        )


class StorageDamaged(StorageCorrupt):
    """A running query found the database file damaged. The next start checks the file and
    repairs it, keeping what can still be read (see :mod:`townsfolk.cache.repair`)."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "Townsfolk found that its saved data on this computer is damaged. Your posts on "
            "your town are safe. Please restart Townsfolk: it will check its saved data and "
            "keep everything it can still read.",
        )


class StorageTooNew(StorageError):
    """The database was written by a newer Townsfolk (its schema version is unknown here)."""

    @staticmethod
    def _message() -> str:
        return translate(
            "Storage",
            "This Townsfolk folder was last used by a newer version of Townsfolk. Nothing was "
            "changed. Please install the newest Townsfolk to keep using it.",
        )


class OutboxStateError(Exception):
    """An outbox entry is in a state that forbids the operation (e.g. editing while sending).

    This is a logic error of the caller, not of the environment.
    """


_SQLITE_MAP: dict[int, type[StorageError]] = {
    sqlite3.SQLITE_FULL: StorageFull,
    sqlite3.SQLITE_READONLY: StorageReadOnly,
    sqlite3.SQLITE_PERM: StoragePermissionDenied,
    sqlite3.SQLITE_AUTH: StoragePermissionDenied,
    sqlite3.SQLITE_CANTOPEN: StoragePermissionDenied,
    sqlite3.SQLITE_BUSY: StorageBusy,
    sqlite3.SQLITE_LOCKED: StorageBusy,
    sqlite3.SQLITE_IOERR: StorageIOError,
    sqlite3.SQLITE_CORRUPT: StorageDamaged,
    sqlite3.SQLITE_NOTADB: StorageDamaged,
}

_ERRNO_MAP: dict[int, type[StorageError]] = {
    errno.ENOSPC: StorageFull,
    errno.EDQUOT: StorageFull,
    errno.EFBIG: StorageFull,
    errno.EACCES: StoragePermissionDenied,
    errno.EPERM: StoragePermissionDenied,
    errno.EROFS: StorageReadOnly,
    errno.EIO: StorageIOError,
}


#: Below this much free space, a disk "read or write failure" is taken for a full disk:
#: SQLite reports a failed write to its log or shared-memory file as an I/O error
#: (``SQLITE_IOERR_WRITE``, ``..._SHMSIZE``), not as ``SQLITE_FULL``, and a person told
#: "the disk may be failing" when it is only full would worry for nothing.
LOW_SPACE_BYTES = 8 * 1024 * 1024
_FULL_WORDS = ("disk is full", "no space left", "disk quota exceeded")


def free_bytes(where: str | os.PathLike[str]) -> int | None:
    """Free space for this user on the disk holding ``where`` (or its nearest existing
    parent), or None when it cannot be known."""
    probe = Path(where)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def _looks_full(text: str, where: str | os.PathLike[str] | None) -> bool:
    if any(words in text.lower() for words in _FULL_WORDS):
        return True
    if where is None:
        return False
    free = free_bytes(where)
    return free is not None and free < LOW_SPACE_BYTES


def sqlite_primary_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of ``exc`` (extended codes folded), if known."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def from_sqlite(
    exc: sqlite3.Error, *, where: str | os.PathLike[str] | None = None
) -> StorageError | None:
    """Return the environment error for ``exc``, or ``None`` if it is a bug.

    ``where`` (the database file) lets an I/O error on a nearly full disk be reported as
    the full disk it is."""
    code = sqlite_primary_code(exc)
    kind = _SQLITE_MAP.get(code) if code is not None else None
    if kind is StorageIOError and _looks_full(str(exc), where):
        kind = StorageFull
    return None if kind is None else kind(f"{type(exc).__name__}: {exc}")


def from_os_error(
    exc: OSError, *, where: str | os.PathLike[str] | None = None
) -> StorageError | None:
    """Return the environment error for ``exc``, or ``None`` if it is a bug.

    An I/O error (``EIO``) on a nearly full disk is reported as a full disk; ``where``
    defaults to the file named in ``exc``."""
    kind = _ERRNO_MAP.get(exc.errno) if exc.errno is not None else None
    if kind is StorageIOError and _looks_full(
        str(exc), where if where is not None else exc.filename
    ):
        kind = StorageFull
    return None if kind is None else kind(f"{type(exc).__name__}: {exc}")
