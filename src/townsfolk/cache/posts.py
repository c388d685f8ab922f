"""Posts per account: the server's JSON plus a few indexed columns the caller extracts.

The cache does not parse posts; whoever stores them (``services``) passes the JSON text or
bytes and the indexed values. The same post seen by two accounts is stored once per account,
because what an account sees (favourited, boosted, bookmarked) differs.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from townsfolk.cache._core import Core

_ADDRESS = re.compile(r'"(https?://[^"\\\s]+)"')

__all__ = ["CachedPost", "PostRecord", "PostsRepo"]


@dataclass(frozen=True, slots=True)
class PostRecord:
    """A post to store. ``json`` is the server's JSON for it (text or UTF-8 bytes)."""

    id: str
    json: str | bytes
    created_at: str  # ISO 8601 from the server
    author_acct: str  # "user@domain" (or "user" for people in the account's own town)
    reblog_of_id: str | None = None  # for a boost: the boosted post's id
    in_reply_to_id: str | None = None
    url: str | None = None  # stored, not indexed
    uri: str | None = None  # indexed: look-ups by address use it


@dataclass(frozen=True, slots=True)
class CachedPost:
    """A stored post as read back."""

    account_id: int
    id: str
    json: str
    created_at: str
    author_acct: str
    reblog_of_id: str | None
    in_reply_to_id: str | None
    url: str | None
    uri: str | None
    stored_at: float


_COLUMNS = (
    "account_id, id, json, created_at, author_acct, reblog_of_id, in_reply_to_id, url, uri, "
    "stored_at"
)


def _post(row: Any) -> CachedPost:
    return CachedPost(*row)


def _text(data: str | bytes) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


class PostsRepo:
    """``db.posts``: store and look up posts of one account."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def upsert_many(
        self, account_id: int, posts: Iterable[PostRecord], *, now: float | None = None
    ) -> int:
        """Insert or replace ``posts`` in one transaction; return how many were written."""
        t = self._core.now(now)
        rows = [
            (
                account_id,
                p.id,
                _text(p.json),
                p.created_at,
                p.author_acct,
                p.reblog_of_id,
                p.in_reply_to_id,
                p.url,
                p.uri,
                t,
            )
            for p in posts
        ]
        with self._core.write() as conn:
            conn.executemany(
                f"INSERT INTO posts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "  # noqa: S608
                "ON CONFLICT (account_id, id) DO UPDATE SET json = excluded.json, "
                "created_at = excluded.created_at, author_acct = excluded.author_acct, "
                "reblog_of_id = excluded.reblog_of_id, in_reply_to_id = excluded.in_reply_to_id, "
                "url = excluded.url, uri = excluded.uri, stored_at = excluded.stored_at",
                rows,
            )
        return len(rows)

    def get(self, account_id: int, post_id: str) -> CachedPost | None:
        with self._core.read() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM posts WHERE account_id = ? AND id = ?",  # noqa: S608
                (account_id, post_id),
            ).fetchone()
        return None if row is None else _post(row)

    def get_many(self, account_id: int, post_ids: Sequence[str]) -> dict[str, CachedPost]:
        """The stored posts among ``post_ids``, by id (missing ones are left out)."""
        found: dict[str, CachedPost] = {}
        with self._core.read() as conn:
            for start in range(0, len(post_ids), 500):
                chunk = list(post_ids[start : start + 500])
                marks = ", ".join("?" * len(chunk))
                for row in conn.execute(
                    f"SELECT {_COLUMNS} FROM posts WHERE account_id = ? AND id IN ({marks})",  # noqa: S608
                    (account_id, *chunk),
                ):
                    post = _post(row)
                    found[post.id] = post
        return found

    def find_by_uri(self, account_id: int, uri: str) -> CachedPost | None:
        """The post with this ``uri`` (its canonical address), if stored."""
        with self._core.read() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM posts WHERE account_id = ? AND uri = ? LIMIT 1",  # noqa: S608
                (account_id, uri),
            ).fetchone()
        return None if row is None else _post(row)

    def replies_to(self, account_id: int, post_id: str) -> builtins.list[CachedPost]:
        """Stored replies to ``post_id``, oldest first."""
        with self._core.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM posts WHERE account_id = ? AND in_reply_to_id = ? "  # noqa: S608
                "ORDER BY created_at",
                (account_id, post_id),
            ).fetchall()
        return [_post(r) for r in rows]

    def by_author(
        self, account_id: int, author_acct: str, limit: int = 40
    ) -> builtins.list[CachedPost]:
        """Stored posts by ``author_acct``, newest first."""
        with self._core.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM posts WHERE account_id = ? AND author_acct = ? "  # noqa: S608
                "ORDER BY created_at DESC LIMIT ?",
                (account_id, author_acct, limit),
            ).fetchall()
        return [_post(r) for r in rows]

    def delete(self, account_id: int, post_ids: Iterable[str]) -> int:
        """Delete posts (and their places in timelines); return how many were deleted."""
        with self._core.write() as conn:
            cur = conn.executemany(
                "DELETE FROM posts WHERE account_id = ? AND id = ?",
                [(account_id, i) for i in post_ids],
            )
            return cur.rowcount

    def count(self, account_id: int) -> int:
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM posts WHERE account_id = ?", (account_id,)
            ).fetchone()
        return int(row[0])

    def addresses(self, *, page: int = 2000) -> set[str]:
        """Every http(s) address written in the stored posts (all accounts): the pictures
        that may still be shown. Read page by page, so other readers wait for one page only."""
        found: set[str] = set()
        last = -1
        while True:
            with self._core.read() as conn:
                rows = conn.execute(
                    "SELECT rowid, json FROM posts WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (last, page),
                ).fetchall()
            if not rows:
                return found
            for row in rows:
                found.update(_ADDRESS.findall(str(row[1])))
            last = int(rows[-1][0])

    def prune_unreferenced(self, account_id: int, *, batch: int | None = None) -> int:
        """Delete posts of ``account_id`` that are in no timeline; return how many.
        Use after ``db.timelines.trim`` to keep the file small. With ``batch``, at most that
        many go per write, and other threads get the database between writes (100,000 posts
        in one write held it for ~3 s)."""
        unreferenced = (
            "account_id = ?1 AND NOT EXISTS (SELECT 1 FROM timeline_entries t"
            " WHERE t.account_id = ?1 AND t.post_id = posts.id)"
        )
        if batch is None:
            with self._core.write() as conn:
                sql = f"DELETE FROM posts WHERE {unreferenced}"  # noqa: S608
                return conn.execute(sql, (account_id,)).rowcount
        removed = 0
        while True:
            with self._core.write() as conn:
                cur = conn.execute(
                    f"DELETE FROM posts WHERE rowid IN (SELECT rowid FROM posts"  # noqa: S608
                    f" WHERE {unreferenced} LIMIT ?2)",
                    (account_id, max(1, batch)),
                )
                removed += cur.rowcount
                if cur.rowcount < batch:
                    return removed
