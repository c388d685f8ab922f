"""The connection wrapper shared by the per-area repositories.

One ``sqlite3`` connection in autocommit mode; every write goes through :meth:`Core.write`,
which is one ``BEGIN IMMEDIATE … COMMIT`` transaction (rolled back on any error, and
environment failures turned into :class:`~townsfolk.cache.errors.StorageError`). A re-entrant
lock makes the connection safe to use from several threads (e.g. ``asyncio.to_thread``).

SQL text built with f-strings in this package only ever interpolates constant fragments
(column lists, fixed clauses, ``?`` placeholder lists), hence the ``noqa: S608`` markers;
values always travel as ``?`` parameters.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from townsfolk.cache.errors import StorageCorrupt, StorageError, from_sqlite
from townsfolk.cache.repair import mark_damaged
from townsfolk.cache.sessions import is_alive

Clock = Callable[[], float]


class Core:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        session_id: str,
        sessions_dir: Path,
        *,
        clock: Clock = time.time,
        on_commit: Callable[[], None] | None = None,
    ) -> None:
        self.conn = conn
        self._on_commit = on_commit
        self.path = path
        self.session_id = session_id
        self.sessions_dir = sessions_dir
        self.clock = clock
        self._lock = threading.RLock()
        self._depth = 0

    def now(self, now: float | None = None) -> float:
        return self.clock() if now is None else now

    def session_alive(self, session_id: str) -> bool:
        return session_id == self.session_id or is_alive(self.sessions_dir, session_id)

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction. Nested calls join the outer transaction.

        ``durable=True`` syncs the commit to disk before returning (``synchronous=FULL``),
        for data that exists nowhere else, such as an unsent post. Otherwise a commit is
        safe against the app crashing but the last moments may be lost in a power cut.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                if durable:
                    self.conn.execute("PRAGMA synchronous = FULL")
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                env = self.environment_error(exc)
                if env is None:
                    raise
                raise env from exc
            self._depth = 1
            try:
                yield self.conn
                self.conn.execute("COMMIT")
                if self._on_commit is not None:
                    self._on_commit()
            except BaseException as exc:
                self._rollback()
                env = self.environment_error(exc) if isinstance(exc, sqlite3.Error) else None
                if env is None:
                    raise
                raise env from exc
            finally:
                self._depth = 0
                if durable:
                    self._set_normal_sync()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Reads; environment failures become ``StorageError``."""
        with self._lock:
            try:
                yield self.conn
            except sqlite3.Error as exc:
                env = self.environment_error(exc)
                if env is None:
                    raise
                raise env from exc

    def environment_error(self, exc: sqlite3.Error) -> StorageError | None:
        """``from_sqlite`` for this database: a damaged file found while running is noted
        so the next start checks and repairs it (see :mod:`townsfolk.cache.repair`)."""
        env = from_sqlite(exc, where=self.path)
        if isinstance(env, StorageCorrupt):
            mark_damaged(self.path, env.detail)
        return env

    def _set_normal_sync(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA synchronous = NORMAL")

    def _rollback(self) -> None:
        # After SQLITE_FULL/IOERR/BUSY SQLite may already have rolled back on its own.
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")


RowT = TypeVar("RowT")


class RowRepo(Generic[RowT]):
    """A repository of rows found by ``local_id``: subclasses name the table, its columns
    and how a row becomes an object."""

    TABLE: ClassVar[str]
    COLUMNS: ClassVar[str]

    def __init__(self, core: Core) -> None:
        self._core = core

    @staticmethod
    def _convert(row: Sequence[Any]) -> RowT:
        raise NotImplementedError

    def _get(self, conn: Any, local_id: int) -> RowT:
        row = conn.execute(
            f"SELECT {self.COLUMNS} FROM {self.TABLE} WHERE local_id = ?",  # noqa: S608
            (local_id,),
        ).fetchone()
        if row is None:
            raise KeyError(local_id)
        return self._convert(row)

    def get(self, local_id: int) -> RowT | None:
        with self._core.read() as conn:
            try:
                return self._get(conn, local_id)
            except KeyError:
                return None


def sort_key(remote_id: str) -> str:
    """Sort key for a server id: numeric ids (Mastodon) are zero-padded so text order is
    numeric order; other ids (ULIDs, flake ids) already sort as text."""
    if remote_id.isdigit() and remote_id.isascii():
        return remote_id.rjust(24, "0")
    return remote_id
