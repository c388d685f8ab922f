"""Long-running jobs (moving to another town, follow sync, exporting ...) that survive a restart.

A job has a ``kind`` (the service that runs it decides what it means), an optional account,
a JSON ``payload`` with its parameters, progress ``done``/``total`` for the UI, and a
``cursor``: an opaque text the runner saves after each step so it can resume there.
At start-up, ``db.jobs.unfinished()`` lists what to resume.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from townsfolk.cache._core import RowRepo

__all__ = ["Job", "JobState", "JobsRepo"]


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


_UNFINISHED = (JobState.QUEUED, JobState.RUNNING, JobState.PAUSED)


@dataclass(frozen=True, slots=True)
class Job:
    local_id: int
    kind: str
    account_id: int | None
    state: JobState
    payload: dict[str, Any]
    progress_done: int
    progress_total: int | None
    cursor: str | None
    last_error: str | None
    created_at: float
    updated_at: float


_COLUMNS = (
    "local_id, kind, account_id, state, payload, progress_done, progress_total, cursor, "
    "last_error, created_at, updated_at"
)


def _job(row: Any) -> Job:
    return Job(
        local_id=int(row[0]),
        kind=str(row[1]),
        account_id=row[2],
        state=JobState(row[3]),
        payload=json.loads(row[4]),
        progress_done=int(row[5]),
        progress_total=row[6],
        cursor=row[7],
        last_error=row[8],
        created_at=float(row[9]),
        updated_at=float(row[10]),
    )


class JobsRepo(RowRepo[Job]):
    """``db.jobs``."""

    TABLE = "jobs"
    COLUMNS = _COLUMNS
    _convert = staticmethod(_job)

    def create(
        self,
        kind: str,
        *,
        account_id: int | None = None,
        payload: dict[str, Any] | None = None,
        total: int | None = None,
        now: float | None = None,
    ) -> Job:
        t = self._core.now(now)
        with self._core.write() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (kind, account_id, state, payload, progress_total, "
                "created_at, updated_at) VALUES (?, ?, 'queued', ?, ?, ?, ?)",
                (kind, account_id, json.dumps(payload or {}), total, t, t),
            )
            assert cur.lastrowid is not None
            return self._get(conn, cur.lastrowid)

    def _update(self, local_id: int, sets: str, args: tuple[object, ...], now: float | None) -> Job:
        with self._core.write() as conn:
            cur = conn.execute(
                f"UPDATE jobs SET {sets}, updated_at = ? WHERE local_id = ?",  # noqa: S608
                (*args, self._core.now(now), local_id),
            )
            if cur.rowcount != 1:
                raise KeyError(local_id)
            return self._get(conn, local_id)

    def progress(
        self,
        local_id: int,
        done: int,
        *,
        total: int | None = None,
        cursor: str | None = None,
        now: float | None = None,
    ) -> Job:
        """Save progress and the resume cursor in one transaction (``total``/``cursor``
        unchanged when ``None``)."""
        return self._update(
            local_id,
            "progress_done = ?, progress_total = COALESCE(?, progress_total), "
            "cursor = COALESCE(?, cursor)",
            (done, total, cursor),
            now,
        )

    def save_cursor(
        self, local_id: int, done: int, cursor: str, *, now: float | None = None
    ) -> None:
        """Save progress and the resume cursor without reading the job back: for runners
        that save after every small step of a job with a big payload."""
        with self._core.write() as conn:
            cur = conn.execute(
                "UPDATE jobs SET progress_done = ?, cursor = ?, updated_at = ? WHERE local_id = ?",
                (done, cursor, self._core.now(now), local_id),
            )
            if cur.rowcount != 1:
                raise KeyError(local_id)

    def set_state(
        self,
        local_id: int,
        state: JobState,
        *,
        error: str | None = None,
        now: float | None = None,
    ) -> Job:
        return self._update(local_id, "state = ?, last_error = ?", (state.value, error), now)

    def list(
        self,
        *,
        kind: str | None = None,
        account_id: int | None = None,
        states: Sequence[JobState] | None = None,
    ) -> builtins.list[Job]:
        sql = f"SELECT {_COLUMNS} FROM jobs WHERE 1"  # noqa: S608
        args: builtins.list[object] = []
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        if account_id is not None:
            sql += " AND account_id = ?"
            args.append(account_id)
        if states is not None:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            args.extend(s.value for s in states)
        with self._core.read() as conn:
            return [_job(r) for r in conn.execute(sql + " ORDER BY local_id", args)]

    def unfinished(self) -> builtins.list[Job]:
        """Jobs to resume at start-up (queued, running when the app stopped, or paused)."""
        return self.list(states=_UNFINISHED)

    def delete(self, local_id: int) -> bool:
        with self._core.write() as conn:
            return conn.execute("DELETE FROM jobs WHERE local_id = ?", (local_id,)).rowcount == 1
