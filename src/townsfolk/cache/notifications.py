"""Notifications per account: the server's JSON, its type, time and a read flag."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from townsfolk.cache._core import Core, sort_key

__all__ = ["CachedNotification", "NotificationRecord", "NotificationsRepo"]


@dataclass(frozen=True, slots=True)
class NotificationRecord:
    id: str
    type: str  # "mention", "favourite", "reblog", "follow", ... as the server says
    json: str | bytes
    created_at: str


@dataclass(frozen=True, slots=True)
class CachedNotification:
    id: str
    sort_key: str
    type: str
    json: str
    created_at: str
    read: bool


_COLUMNS = "id, sort_key, type, json, created_at, read"


def _row(row: Any) -> CachedNotification:
    return CachedNotification(
        str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), bool(row[5])
    )


class NotificationsRepo:
    """``db.notifications``."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def upsert_many(self, account_id: int, items: Iterable[NotificationRecord]) -> int:
        """Store notifications; a stored one keeps its read flag."""
        rows = [
            (
                account_id,
                n.id,
                sort_key(n.id),
                n.type,
                n.json.decode("utf-8") if isinstance(n.json, bytes) else n.json,
                n.created_at,
            )
            for n in items
        ]
        with self._core.write() as conn:
            conn.executemany(
                "INSERT INTO notifications (account_id, id, sort_key, type, json, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, id) DO UPDATE SET "
                "type = excluded.type, json = excluded.json, created_at = excluded.created_at",
                rows,
            )
        return len(rows)

    def newest(
        self, account_id: int, limit: int = 40, *, types: Sequence[str] | None = None
    ) -> list[CachedNotification]:
        return self.older(account_id, None, limit, types=types)

    def older(
        self,
        account_id: int,
        below: str | None,
        limit: int = 40,
        *,
        types: Sequence[str] | None = None,
    ) -> list[CachedNotification]:
        """Notifications older than sort key ``below`` (all if ``None``), newest first."""
        sql = f"SELECT {_COLUMNS} FROM notifications WHERE account_id = ?"  # noqa: S608
        args: list[object] = [account_id]
        if below is not None:
            sql += " AND sort_key < ?"
            args.append(below)
        if types is not None:
            sql += f" AND type IN ({', '.join('?' * len(types))})"
            args.extend(types)
        sql += " ORDER BY sort_key DESC LIMIT ?"
        args.append(limit)
        with self._core.read() as conn:
            return [_row(r) for r in conn.execute(sql, args)]

    def mark_read(self, account_id: int, *, up_to_id: str | None = None) -> int:
        """Mark as read every notification up to and including ``up_to_id`` (all if None)."""
        sql = "UPDATE notifications SET read = 1 WHERE account_id = ? AND read = 0"
        args: tuple[object, ...] = (account_id,)
        if up_to_id is not None:
            sql += " AND sort_key <= ?"
            args = (account_id, sort_key(up_to_id))
        with self._core.write() as conn:
            return conn.execute(sql, args).rowcount

    def mark_read_ids(self, account_id: int, ids: Iterable[str]) -> int:
        """Mark these notifications as read (the ones the person has seen)."""
        rows = [(account_id, i) for i in ids]
        if not rows:
            return 0
        with self._core.write() as conn:
            before = conn.total_changes
            conn.executemany(
                "UPDATE notifications SET read = 1 WHERE account_id = ? AND id = ? AND read = 0",
                rows,
            )
            return int(conn.total_changes - before)

    def read_up_to(self, account_id: int, *, skip_prefix: str = "") -> str | None:
        """The newest notification id below which (and including it) every notification is
        read: what a "last read" marker may say without claiming an unseen one was read.
        Ids starting with ``skip_prefix`` (made on this computer) are not counted."""
        pattern = skip_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        skip = " AND id NOT LIKE ? ESCAPE '\\'" if skip_prefix else ""
        extra: tuple[object, ...] = (pattern,) if skip_prefix else ()
        with self._core.read() as conn:
            oldest_unread = conn.execute(
                "SELECT MIN(sort_key) FROM notifications WHERE account_id = ? AND read = 0" + skip,  # noqa: S608
                (account_id, *extra),
            ).fetchone()[0]
            sql = "SELECT id FROM notifications WHERE account_id = ?" + skip  # noqa: S608
            args: tuple[object, ...] = (account_id, *extra)
            if oldest_unread is not None:
                sql += " AND sort_key < ?"
                args = (*args, oldest_unread)
            row = conn.execute(sql + " ORDER BY sort_key DESC LIMIT 1", args).fetchone()
        return None if row is None else str(row[0])

    def unread_count(self, account_id: int) -> int:
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM notifications WHERE account_id = ? AND read = 0",
                (account_id,),
            ).fetchone()
        return int(row[0])
