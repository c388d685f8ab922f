"""Reading position per timeline: which post was at the top, and how far it was scrolled."""

from __future__ import annotations

from dataclasses import dataclass

from townsfolk.cache._core import Core

__all__ = ["PositionsRepo", "ReadingPosition"]


@dataclass(frozen=True, slots=True)
class ReadingPosition:
    post_id: str  # the post at the top of the view
    offset_px: int  # how many pixels of it were scrolled past
    updated_at: float


class PositionsRepo:
    """``db.positions``."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def get(self, account_id: int, timeline: str) -> ReadingPosition | None:
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT post_id, offset_px, updated_at FROM reading_positions "
                "WHERE account_id = ? AND timeline = ?",
                (account_id, timeline),
            ).fetchone()
        return None if row is None else ReadingPosition(str(row[0]), int(row[1]), float(row[2]))

    def set(
        self,
        account_id: int,
        timeline: str,
        post_id: str,
        offset_px: int = 0,
        *,
        now: float | None = None,
    ) -> ReadingPosition:
        pos = ReadingPosition(post_id, offset_px, self._core.now(now))
        with self._core.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reading_positions "
                "(account_id, timeline, post_id, offset_px, updated_at) VALUES (?, ?, ?, ?, ?)",
                (account_id, timeline, pos.post_id, pos.offset_px, pos.updated_at),
            )
        return pos

    def clear(self, account_id: int, timeline: str) -> None:
        with self._core.write() as conn:
            conn.execute(
                "DELETE FROM reading_positions WHERE account_id = ? AND timeline = ?",
                (account_id, timeline),
            )
