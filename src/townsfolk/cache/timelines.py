"""Timelines: which posts are in which timeline, in what order, and where posts may be missing.

A timeline is identified per account by a key: ``"home"``, ``"local"``, ``"everywhere"``,
``"tag:<name>"``, ``"list:<id>"``, ``"bookmarks"``, ``"favourites"``, ``"account:<id>"`` ...
(the cache treats keys as opaque text).

Each entry has a ``sort_key`` (newest = largest) and a ``gap_below`` flag: *there may be posts
missing between this entry and the next older one*. Paging fills gaps: fetch with
``max_id = gap.newer_post_id``, store with ``put_page(..., gap_before=False)``, and the gap
closes (or moves further down if the page did not reach the older entry).

By default the sort key is derived from the post id (numeric ids are zero-padded so that
text order is numeric order; ULIDs and flake ids sort as text already). For timelines
ordered by something else (bookmarks and favourites page by an opaque id from the Link
header), pass ``sort_keys`` explicitly.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from townsfolk.cache._core import Core, sort_key

__all__ = ["Gap", "TimelineEntry", "TimelinesRepo", "sort_key"]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    post_id: str
    sort_key: str
    gap_below: bool  # posts may be missing between this entry and the next older one
    json: str  # the post's JSON


@dataclass(frozen=True, slots=True)
class Gap:
    """Posts may be missing between ``newer_post_id`` and ``older_post_id``.

    ``older_post_id`` is ``None`` when the gap is below the oldest stored entry (the
    timeline goes on further back). Fill it by fetching with ``max_id=newer_post_id``.
    """

    newer_post_id: str
    newer_sort_key: str
    older_post_id: str | None
    older_sort_key: str | None


# CROSS JOIN fixes the join order (SQLite never reorders it): walk the timeline's primary
# key in order and look each post up. After ANALYZE, with one account, the planner would
# otherwise scan all of the account's posts and sort them (measured: 140 ms instead of 0.2).
_SELECT = (
    "SELECT t.post_id, t.sort_key, t.gap_below, p.json FROM timeline_entries t "
    "CROSS JOIN posts p ON p.account_id = t.account_id AND p.id = t.post_id "
    "WHERE t.account_id = ? AND t.timeline = ?"
)


def _entry(row: Any) -> TimelineEntry:
    return TimelineEntry(str(row[0]), str(row[1]), bool(row[2]), str(row[3]))


class TimelinesRepo:
    """``db.timelines``: timeline membership, order and gaps."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def put_page(
        self,
        account_id: int,
        timeline: str,
        post_ids: Sequence[str],
        *,
        sort_keys: Sequence[str] | None = None,
        gap_before: bool = True,
        gap_after: bool = True,
    ) -> None:
        """Record one page of a timeline, as the server returned it (newest first).

        The posts must already be stored (``db.posts.upsert_many``), ideally in the same
        ``db.transaction()``.

        - ``gap_after``: there may be older posts right below this page that are not stored
          (true for a normal page unless the server said the timeline ends here). Known
          continuity is kept: if the page's oldest post was already stored with no gap
          below it, it stays without gap.
        - ``gap_before``: there may be newer posts right above this page that are not
          stored. Pass ``False`` only when the server said so: the page was fetched with
          ``max_id`` = the entry right above (filling a gap), or it is the newest page.
          The safe default never hides a gap.
        """
        if not post_ids:
            return
        keys = list(sort_keys) if sort_keys is not None else [sort_key(i) for i in post_ids]
        if len(keys) != len(post_ids):
            raise ValueError("sort_keys must match post_ids")
        page = sorted(zip(keys, post_ids, strict=True), reverse=True)
        top, bottom = page[0][0], page[-1][0]
        where = "account_id = ? AND timeline = ?"
        base = (account_id, timeline)
        with self._core.write() as conn:
            above = conn.execute(
                f"SELECT sort_key, gap_below FROM timeline_entries WHERE {where} "  # noqa: S608
                "AND sort_key > ? ORDER BY sort_key LIMIT 1",
                (*base, top),
            ).fetchone()
            bottom_row = conn.execute(
                f"SELECT gap_below FROM timeline_entries WHERE {where} AND sort_key = ?",  # noqa: S608
                (*base, bottom),
            ).fetchone()
            if bottom_row is not None:
                old_gap_at_bottom = bool(bottom_row[0])
            else:
                over = conn.execute(
                    f"SELECT gap_below FROM timeline_entries WHERE {where} "  # noqa: S608
                    "AND sort_key > ? ORDER BY sort_key LIMIT 1",
                    (*base, bottom),
                ).fetchone()
                old_gap_at_bottom = True if over is None else bool(over[0])
            # A post that moved (e.g. bookmarked again) leaves its old place.
            conn.executemany(
                f"DELETE FROM timeline_entries WHERE {where} AND post_id = ? AND sort_key != ?",  # noqa: S608
                [(*base, pid, key) for key, pid in page],
            )
            conn.executemany(
                "INSERT INTO timeline_entries (account_id, timeline, sort_key, post_id, gap_below)"
                " VALUES (?, ?, ?, ?, 0) ON CONFLICT (account_id, timeline, sort_key)"
                " DO UPDATE SET post_id = excluded.post_id, gap_below = 0",
                [(*base, key, pid) for key, pid in page],
            )
            conn.execute(
                f"UPDATE timeline_entries SET gap_below = 0 WHERE {where} "  # noqa: S608
                "AND sort_key > ? AND sort_key <= ?",
                (*base, bottom, top),
            )
            conn.execute(
                f"UPDATE timeline_entries SET gap_below = ? WHERE {where} AND sort_key = ?",  # noqa: S608
                (int(gap_after and old_gap_at_bottom), *base, bottom),
            )
            if above is not None:
                conn.execute(
                    f"UPDATE timeline_entries SET gap_below = ? WHERE {where} AND sort_key = ?",  # noqa: S608
                    (int(gap_before and bool(above[1])), *base, above[0]),
                )

    def newest(self, account_id: int, timeline: str, limit: int = 40) -> list[TimelineEntry]:
        """The newest ``limit`` entries, newest first."""
        with self._core.read() as conn:
            rows = conn.execute(
                f"{_SELECT} ORDER BY t.sort_key DESC LIMIT ?", (account_id, timeline, limit)
            ).fetchall()
        return [_entry(r) for r in rows]

    def older(
        self, account_id: int, timeline: str, below: str, limit: int = 40
    ) -> list[TimelineEntry]:
        """Up to ``limit`` entries older than sort key ``below``, newest first."""
        with self._core.read() as conn:
            rows = conn.execute(
                f"{_SELECT} AND t.sort_key < ? ORDER BY t.sort_key DESC LIMIT ?",
                (account_id, timeline, below, limit),
            ).fetchall()
        return [_entry(r) for r in rows]

    def newer(
        self, account_id: int, timeline: str, above: str, limit: int = 40
    ) -> list[TimelineEntry]:
        """Up to ``limit`` entries just newer than sort key ``above``, newest first."""
        with self._core.read() as conn:
            rows = conn.execute(
                f"{_SELECT} AND t.sort_key > ? ORDER BY t.sort_key ASC LIMIT ?",
                (account_id, timeline, above, limit),
            ).fetchall()
        return [_entry(r) for r in reversed(rows)]

    def gaps(self, account_id: int, timeline: str) -> builtins.list[Gap]:
        """Every place where posts may be missing, newest first."""
        with self._core.read() as conn:
            rows = conn.execute(
                "SELECT t.post_id, t.sort_key, "
                "  (SELECT o.post_id FROM timeline_entries o WHERE o.account_id = t.account_id"
                "   AND o.timeline = t.timeline AND o.sort_key < t.sort_key"
                "   ORDER BY o.sort_key DESC LIMIT 1),"
                "  (SELECT o.sort_key FROM timeline_entries o WHERE o.account_id = t.account_id"
                "   AND o.timeline = t.timeline AND o.sort_key < t.sort_key"
                "   ORDER BY o.sort_key DESC LIMIT 1) "
                "FROM timeline_entries t WHERE t.account_id = ? AND t.timeline = ? "
                "AND t.gap_below = 1 ORDER BY t.sort_key DESC",
                (account_id, timeline),
            ).fetchall()
        return [Gap(str(r[0]), str(r[1]), r[2], r[3]) for r in rows]

    def close_gap(self, account_id: int, timeline: str, post_id: str) -> None:
        """Mark that nothing is missing below ``post_id`` (e.g. the server returned an empty
        page there, or the timeline ends)."""
        with self._core.write() as conn:
            conn.execute(
                "UPDATE timeline_entries SET gap_below = 0 "
                "WHERE account_id = ? AND timeline = ? AND post_id = ?",
                (account_id, timeline, post_id),
            )

    def remove(self, account_id: int, timeline: str, post_ids: Iterable[str]) -> int:
        """Take posts out of a timeline (the posts stay stored). A gap below a removed entry
        moves up to the entry above it. Returns how many entries were removed."""
        removed = 0
        with self._core.write() as conn:
            for pid in post_ids:
                row = conn.execute(
                    "SELECT sort_key, gap_below FROM timeline_entries "
                    "WHERE account_id = ? AND timeline = ? AND post_id = ?",
                    (account_id, timeline, pid),
                ).fetchone()
                if row is None:
                    continue
                key, gap = str(row[0]), bool(row[1])
                conn.execute(
                    "DELETE FROM timeline_entries WHERE account_id = ? AND timeline = ? "
                    "AND sort_key = ?",
                    (account_id, timeline, key),
                )
                if gap:
                    conn.execute(
                        "UPDATE timeline_entries SET gap_below = 1 WHERE account_id = ?1 "
                        "AND timeline = ?2 AND sort_key = (SELECT MIN(sort_key) FROM "
                        "timeline_entries WHERE account_id = ?1 AND timeline = ?2 "
                        "AND sort_key > ?3)",
                        (account_id, timeline, key),
                    )
                removed += 1
        return removed

    def trim(self, account_id: int, timeline: str, keep: int) -> int:
        """Keep only the newest ``keep`` entries; the oldest kept one gets a gap below."""
        with self._core.write() as conn:
            if keep <= 0:
                cur = conn.execute(
                    "DELETE FROM timeline_entries WHERE account_id = ? AND timeline = ?",
                    (account_id, timeline),
                )
                return cur.rowcount
            row = conn.execute(
                "SELECT sort_key FROM timeline_entries WHERE account_id = ? AND timeline = ? "
                "ORDER BY sort_key DESC LIMIT 1 OFFSET ?",
                (account_id, timeline, keep - 1),
            ).fetchone()
            if row is None:
                return 0
            cur = conn.execute(
                "DELETE FROM timeline_entries WHERE account_id = ? AND timeline = ? "
                "AND sort_key < ?",
                (account_id, timeline, row[0]),
            )
            if cur.rowcount:
                conn.execute(
                    "UPDATE timeline_entries SET gap_below = 1 WHERE account_id = ? "
                    "AND timeline = ? AND sort_key = ?",
                    (account_id, timeline, row[0]),
                )
            return cur.rowcount

    def clear(self, account_id: int, timeline: str) -> int:
        """Forget the whole timeline (the posts stay stored)."""
        return self.trim(account_id, timeline, 0)

    def count(self, account_id: int, timeline: str) -> int:
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM timeline_entries WHERE account_id = ? AND timeline = ?",
                (account_id, timeline),
            ).fetchone()
        return int(row[0])

    def keys(self, account_id: int) -> builtins.list[str]:
        """The timeline keys stored for ``account_id``."""
        with self._core.read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT timeline FROM timeline_entries WHERE account_id = ? "
                "ORDER BY timeline",
                (account_id,),
            ).fetchall()
        return [str(r[0]) for r in rows]
