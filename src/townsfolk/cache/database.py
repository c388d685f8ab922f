"""Opening the cache database: WAL, checks, recovery from a damaged file, migrations.

Use::

    db = Database.open(paths.database_path(profile))
    if db.notice is not None:
        show_message(db.notice.message)      # the file was damaged and replaced
    db.accounts.add(...)
    with db.transaction():                   # several writes, one transaction
        db.posts.upsert_many(account_id, records)
        db.timelines.put_page(account_id, "home", ids)
    db.close()

Integrity: every open checks cheaply that the file is a readable SQLite database (header,
page count, schema). The full ``PRAGMA quick_check`` (about 100 ms for a 200 MB file) runs
when the previous run did not close the database (its session lock file was left behind),
when a running query found the file damaged (``townsfolk.db.damaged``, left by
:func:`~townsfolk.cache.repair.mark_damaged`), or when asked with ``integrity_check="full"``.
A damaged file is repaired (:mod:`townsfolk.cache.repair`): the rows it still has of the
precious tables (accounts, unsent posts, ...) are copied into a fresh file, the damaged one is
renamed to ``townsfolk.db.corrupt-YYYYmmdd-HHMMSS`` (with its ``-wal``/``-shm`` files) and
the fresh one takes its place; :attr:`Database.notice` says so. This happens at most once
per open: if the fresh file fails too, :class:`~townsfolk.cache.errors.StorageCorrupt` is
raised.

The database and its ``-wal``/``-shm`` files are private to the user (0600 on POSIX), also
when they were made by an older version with wider permissions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal

from townsfolk import paths
from townsfolk.cache._core import Core
from townsfolk.cache.accounts import AccountsRepo, RegistrationsRepo
from townsfolk.cache.checkpoint import Checkpointer
from townsfolk.cache.errors import (
    StorageCorrupt,
    StorageError,
    from_os_error,
    from_sqlite,
    sqlite_primary_code,
)
from townsfolk.cache.jobs import JobsRepo
from townsfolk.cache.media import MediaIndexRepo
from townsfolk.cache.notifications import NotificationsRepo
from townsfolk.cache.outbox import OutboxRepo
from townsfolk.cache.positions import PositionsRepo
from townsfolk.cache.posts import PostsRepo
from townsfolk.cache.repair import (
    Salvage,
    clear_damage_mark,
    is_marked_damaged,
    mark_damaged,
    remove_with_sidecars,
    salvage_into,
)
from townsfolk.cache.schema import migrate, schema_version
from townsfolk.cache.sessions import SessionLock, reap_stale, sessions_dir
from townsfolk.cache.software import SoftwareRepo
from townsfolk.cache.timelines import TimelinesRepo
from townsfolk.i18n import translate

__all__ = ["CheckMode", "Database", "OpenNotice"]

log = logging.getLogger(__name__)

CheckMode = Literal["auto", "full", "quick"]
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32 * 1024  # page cache per connection (filled only as used)
WAL_SIZE_LIMIT = 32 * 1024 * 1024  # the log file is cut back to this after a checkpoint


def replaced_message() -> str:
    """What to tell the person when the damaged database was put aside (translated now)."""
    return translate(
        "Storage",
        "Townsfolk found that its saved data on this computer was damaged, so it put that file "
        "aside and started fresh. Your posts, follows and messages on your town are safe; posts "
        "that had not been sent yet may need to be written again. If Townsfolk asks, log in "
        "again.",
    )


def repaired_message() -> str:
    """What to tell the person when the damaged database was repaired and every account and
    unsent post in it could be kept (translated now)."""
    return translate(
        "Storage",
        "Townsfolk found that its saved data on this computer was damaged, so it put that file "
        "aside and started fresh. It kept your accounts and the posts you had not sent yet. "
        "Your posts, follows and messages on your town are safe; saved timelines will load "
        "again from your town.",
    )


@dataclass(frozen=True, slots=True)
class OpenNotice:
    """Something the person should know about opening the database."""

    message: str  # plain words for the UI
    moved_to: Path  # where the damaged file was put
    reason: str  # technical detail for the log
    #: Rows copied from the damaged file into the fresh one, per precious table.
    kept: dict[str, int] = field(default_factory=dict)


class _Damaged(Exception):
    pass


def _connect(path: Path, *, full_check: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    """Connect, configure, check and migrate; raise ``_Damaged`` if the file is damaged."""
    try:
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=busy_timeout_ms / 1000
        )
    except sqlite3.Error as exc:
        env = from_sqlite(exc, where=path)
        if env is None:
            raise
        raise env from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # see townsfolk.cache.checkpoint
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        conn.execute("PRAGMA page_count").fetchone()
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        if full_check:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise _Damaged("quick_check: " + "; ".join(str(r[0]) for r in rows[:5]))
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        if sqlite_primary_code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise _Damaged(f"{type(exc).__name__}: {exc}") from exc
        env = from_sqlite(exc, where=path)
        if env is None:
            raise
        raise env from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _private(path: Path) -> None:
    """Make the database file (created if missing) and its -wal/-shm files 0600. SQLite
    gives new -wal/-shm files the permissions of the database file."""
    if not path.exists():
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
    if os.name != "posix":  # pragma: no cover - Windows keeps per-user folders private
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            if side.stat().st_mode & 0o777 != 0o600:
                try:
                    os.chmod(side, 0o600)
                except PermissionError as exc:  # not ours: SQLite says whether it can be used
                    log.warning("could not make %s private: %s", side.name, exc)


def _repair(path: Path, reason: str, now: float) -> OpenNotice:
    """Copy what can be read into a fresh file, move the damaged one aside, put the fresh
    one in its place (see :mod:`townsfolk.cache.repair`)."""
    fresh = path.with_name(path.name + ".repairing")
    salvage: Salvage | None
    try:
        salvage = salvage_into(path, fresh)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            remove_with_sidecars(fresh)
        env = (
            from_sqlite(exc, where=path)
            if isinstance(exc, sqlite3.Error)
            else from_os_error(exc, where=path)
        )
        if env is not None and not isinstance(env, StorageCorrupt):
            # The disk is full or refuses: leave everything as it is, so the repair runs
            # again (and keeps what it can) once there is room.
            mark_damaged(path, reason)
            raise env from exc
        log.exception("repair could not copy the readable data; starting empty")
        salvage = None
    moved_to = _move_aside(path, now)
    if salvage is not None:
        try:
            os.replace(fresh, path)
        except OSError as exc:
            env = from_os_error(exc)
            if env is None:
                raise
            raise env from exc
        log.warning("damaged saved data repaired (%s): %s", reason, salvage.summary())
    else:
        log.warning("damaged saved data put aside, started empty: %s", reason)
    clear_damage_mark(path)
    kept = dict(salvage.kept) if salvage is not None else {}
    complete = salvage is not None and salvage.complete and any(kept.values())
    message = repaired_message() if complete else replaced_message()
    return OpenNotice(message, moved_to, reason, kept)


def _move_aside(path: Path, now: float) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        if path.exists():
            os.replace(path, target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        env = from_os_error(exc)
        if env is None:
            raise
        raise env from exc
    return target


class Database:
    """The cache database: one SQLite file, one connection, per-area repositories.

    ``accounts``, ``registrations``, ``posts``, ``timelines``, ``notifications``,
    ``positions``, ``outbox``, ``jobs``, ``media_index``. Every method of a repository that
    writes is one transaction; wrap several in :meth:`transaction` to make them one.
    Environment failures raise :class:`~townsfolk.cache.errors.StorageError` subclasses;
    anything else is a bug and propagates as is.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        session: SessionLock,
        notice: OpenNotice | None,
        *,
        clock: Callable[[], float],
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = path
        self.notice = notice
        self._session = session
        self._checkpointer = Checkpointer(path, busy_timeout_ms=busy_timeout_ms)
        self._core = Core(
            conn,
            path,
            session.session_id,
            session.directory,
            clock=clock,
            on_commit=self._checkpointer.notify,
        )
        self.accounts = AccountsRepo(self._core)
        self.registrations = RegistrationsRepo(self._core)
        self.posts = PostsRepo(self._core)
        self.timelines = TimelinesRepo(self._core)
        self.notifications = NotificationsRepo(self._core)
        self.positions = PositionsRepo(self._core)
        self.outbox = OutboxRepo(self._core)
        self.jobs = JobsRepo(self._core)
        self.media_index = MediaIndexRepo(self._core)
        self.software = SoftwareRepo(self._core)
        self._closed = False

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        integrity_check: CheckMode = "auto",
        clock: Callable[[], float] = time.time,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> Database:
        """Open (creating or migrating as needed) the database at ``path``
        (default: ``paths.database_path()``).

        ``integrity_check``: ``"auto"`` runs the full check only after an unclean stop,
        ``"full"`` always, ``"quick"`` never (the cheap checks always run).
        """
        db_path = Path(path) if path is not None else paths.database_path()
        sdir = sessions_dir(db_path)
        try:
            db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            unclean = bool(reap_stale(sdir))
            marked = is_marked_damaged(db_path)
            _private(db_path)
        except OSError as exc:
            env = from_os_error(exc)
            if env is None:
                raise
            raise env from exc
        full = integrity_check == "full" or (integrity_check == "auto" and (unclean or marked))
        notice: OpenNotice | None = None
        try:
            conn = _connect(db_path, full_check=full, busy_timeout_ms=busy_timeout_ms)
        except _Damaged as damaged:
            notice = _repair(db_path, str(damaged), clock())
            try:
                conn = _connect(db_path, full_check=False, busy_timeout_ms=busy_timeout_ms)
            except _Damaged as again:  # never loop: report and stop
                raise StorageCorrupt(str(again)) from again
        else:
            if marked and full:
                log.info("damage reported while running was not found at this start")
                clear_damage_mark(db_path)
        session = SessionLock(sdir)
        try:
            session.acquire()
        except OSError as exc:
            conn.close()
            env = from_os_error(exc)
            if env is None:
                raise
            raise env from exc
        return cls(conn, db_path, session, notice, clock=clock, busy_timeout_ms=busy_timeout_ms)

    @property
    def session_id(self) -> str:
        """This open database's session (the outbox records it on claimed entries)."""
        return self._core.session_id

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for diagnostics, benchmarks and tests. Do not write through
        it: use the repositories."""
        return self._core.conn

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file now (normally done in the background)."""
        with self._core.read() as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    @property
    def schema_version(self) -> int:
        with self._core.read() as conn:
            return schema_version(conn)

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[Database]:
        """Group several repository writes into one transaction (all or nothing)."""
        with self._core.write(durable=durable):
            yield self

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check``: ``["ok"]`` when the file is sound."""
        with self._core.read() as conn:
            return [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]

    def close(self) -> None:
        """Close the connection (folding the write-ahead log into the file) and release
        the session, marking a clean stop. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            self._checkpointer.stop()
            with contextlib.suppress(StorageError, sqlite3.Error):
                self._core.conn.execute("PRAGMA optimize")
            self._core.conn.close()
        finally:
            self._session.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r}, session={self.session_id!r})"
