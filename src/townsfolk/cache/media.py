"""Downloaded media (avatars, pictures, previews) on disk, with a size cap.

Files live in one folder, named after a hash of their URL. Their index (URL, file name,
size, last use) is the ``media_files`` table, so the least recently used files go first
when the folder grows past its cap. Files are written atomically (temporary file in the same
folder, then ``os.replace``), so a crash or a full disk never leaves half a picture behind.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from townsfolk.cache._core import Core
from townsfolk.cache.errors import StorageError, from_os_error

if TYPE_CHECKING:
    from townsfolk.cache.database import Database

__all__ = ["DEFAULT_MAX_BYTES", "MediaCache", "MediaFile", "MediaIndexRepo"]

DEFAULT_MAX_BYTES = 500 * 1024 * 1024
_PART_PREFIX = ".part-"
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,5}$")


@dataclass(frozen=True, slots=True)
class MediaFile:
    url: str
    filename: str
    size: int
    last_used: float


def _media(row: Any) -> MediaFile:
    return MediaFile(str(row[0]), str(row[1]), int(row[2]), float(row[3]))


class MediaIndexRepo:
    """``db.media_index``: the table behind :class:`MediaCache`."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def get(self, url: str) -> MediaFile | None:
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT url, filename, size, last_used FROM media_files WHERE url = ?", (url,)
            ).fetchone()
        return None if row is None else _media(row)

    def touch(self, url: str, *, now: float | None = None) -> None:
        with self._core.write() as conn:
            conn.execute(
                "UPDATE media_files SET last_used = ? WHERE url = ?", (self._core.now(now), url)
            )

    def record_and_evict(
        self, url: str, filename: str, size: int, max_bytes: int, *, now: float | None = None
    ) -> builtins.list[str]:
        """Record a stored file, then drop least recently used entries (never this one)
        until the total fits ``max_bytes``; return the file names to delete."""
        t = self._core.now(now)
        with self._core.write() as conn:
            conn.execute(
                "INSERT INTO media_files (url, filename, size, last_used) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET filename = excluded.filename, "
                "size = excluded.size, last_used = excluded.last_used",
                (url, filename, size, t),
            )
            total = int(
                conn.execute("SELECT COALESCE(SUM(size), 0) FROM media_files").fetchone()[0]
            )
            evicted: builtins.list[str] = []
            if total <= max_bytes:
                return evicted
            for row in conn.execute(
                "SELECT url, filename, size FROM media_files WHERE url != ? "
                "ORDER BY last_used, url",
                (url,),
            ).fetchall():
                if total <= max_bytes:
                    break
                conn.execute("DELETE FROM media_files WHERE url = ?", (row[0],))
                evicted.append(str(row[1]))
                total -= int(row[2])
            return evicted

    def remove(self, url: str) -> None:
        with self._core.write() as conn:
            conn.execute("DELETE FROM media_files WHERE url = ?", (url,))

    def drop_unused(self, keep: Callable[[str], bool], before: float) -> builtins.list[str]:
        """Drop entries last used before ``before`` whose URL ``keep`` does not want; return
        the file names to delete."""
        with self._core.read() as conn:
            rows = conn.execute(
                "SELECT url, filename FROM media_files WHERE last_used < ?", (before,)
            ).fetchall()
        gone = [(str(r[0]), str(r[1])) for r in rows if not keep(str(r[0]))]
        if gone:
            with self._core.write() as conn:
                conn.executemany("DELETE FROM media_files WHERE url = ?", [(u,) for u, _ in gone])
        return [name for _, name in gone]

    def evict_to(self, max_bytes: int) -> builtins.list[str]:
        """Drop least recently used entries until the total fits ``max_bytes``; return the
        file names to delete."""
        with self._core.write() as conn:
            total = int(
                conn.execute("SELECT COALESCE(SUM(size), 0) FROM media_files").fetchone()[0]
            )
            evicted: builtins.list[str] = []
            if total <= max_bytes:
                return evicted
            for row in conn.execute(
                "SELECT url, filename, size FROM media_files ORDER BY last_used, url"
            ).fetchall():
                if total <= max_bytes:
                    break
                conn.execute("DELETE FROM media_files WHERE url = ?", (row[0],))
                evicted.append(str(row[1]))
                total -= int(row[2])
            return evicted

    def total_size(self) -> int:
        with self._core.read() as conn:
            return int(conn.execute("SELECT COALESCE(SUM(size), 0) FROM media_files").fetchone()[0])

    def filenames(self) -> set[str]:
        with self._core.read() as conn:
            return {str(r[0]) for r in conn.execute("SELECT filename FROM media_files")}


def _write_all(fd: int, data: bytes) -> None:
    """Write ``data`` fully to ``fd`` (a seam for tests that simulate a full disk)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def media_filename(url: str) -> str:
    """The file name for ``url``: a hash, plus the URL's extension when it looks sane."""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]
    suffix = os.path.splitext(urlsplit(url).path)[1].lower()
    return digest + (suffix if _SUFFIX.match(suffix) else "")


def _raise_env(exc: OSError, where: Path) -> None:
    env = from_os_error(exc, where=where)
    if env is not None:
        raise env from exc


class MediaCache:
    """Media files under ``directory`` (normally ``paths.media_cache_dir()``), at most
    ``max_bytes`` in total."""

    def __init__(self, db: Database, directory: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self._index = db.media_index
        self.directory = directory
        self.max_bytes = max_bytes

    def put(self, url: str, data: bytes, *, now: float | None = None) -> Path:
        """Store ``data`` for ``url`` and return its path; may evict older files.

        Raises :class:`~townsfolk.cache.errors.StorageFull` (and friends) when the disk
        refuses; then no file, partial or whole, is left for ``url``.
        """
        name = media_filename(url)
        target = self.directory / name
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.directory, prefix=_PART_PREFIX)
            try:
                try:
                    _write_all(fd, data)
                finally:
                    os.close(fd)
                os.replace(temp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError as exc:
            _raise_env(exc, self.directory)
            raise
        try:
            evicted = self._index.record_and_evict(url, name, len(data), self.max_bytes, now=now)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        for filename in evicted:
            with contextlib.suppress(FileNotFoundError):
                (self.directory / filename).unlink()
        return target

    def get(self, url: str, *, now: float | None = None) -> Path | None:
        """The stored file for ``url`` (its last use is updated), or ``None``."""
        entry = self._index.get(url)
        if entry is None:
            return None
        path = self.directory / entry.filename
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = -1
        if size != entry.size:  # gone or damaged outside our control: forget it
            with contextlib.suppress(OSError):
                path.unlink()
            self._index.remove(url)
            return None
        # Only the eviction order suffers if this write fails (e.g. the disk is full).
        with contextlib.suppress(StorageError):
            self._index.touch(url, now=now)
        return path

    def total_size(self) -> int:
        return self._index.total_size()

    def prune(self, keep: Callable[[str], bool], *, before: float) -> int:
        """Delete files last used before ``before`` (a time.time()) whose URL ``keep`` does
        not want (e.g. no stored post names it any more); returns how many."""
        gone = self._index.drop_unused(keep, before)
        for filename in gone:
            with contextlib.suppress(FileNotFoundError):
                (self.directory / filename).unlink()
        return len(gone)

    def trim(self, max_bytes: int | None = None) -> int:
        """Delete least recently used files until the folder fits ``max_bytes`` (default:
        the cap); returns how many files were deleted."""
        evicted = self._index.evict_to(self.max_bytes if max_bytes is None else max_bytes)
        for filename in evicted:
            with contextlib.suppress(FileNotFoundError):
                (self.directory / filename).unlink()
        return len(evicted)

    def sweep(self) -> int:
        """Delete leftovers: temporary files and files the index does not know (e.g. after
        a crash between writing a file and recording it). Returns how many."""
        if not self.directory.is_dir():
            return 0
        known = self._index.filenames()
        removed = 0
        for path in self.directory.iterdir():
            if path.is_file() and (path.name.startswith(_PART_PREFIX) or path.name not in known):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed
