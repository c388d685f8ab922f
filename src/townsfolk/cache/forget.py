"""Forgetting what was saved for one account (log out): its copies of posts, its lists,
notifications and reading places. The account row, its outbox (posts not sent yet) and its
jobs stay: they are the person's own, and removing the account is a separate step."""

from __future__ import annotations

from townsfolk.cache.database import Database

__all__ = ["forget_copies"]

_TABLES = ("timeline_entries", "reading_positions", "notifications", "posts")


def forget_copies(db: Database, account_id: int) -> int:
    """Delete the saved copies of ``account_id``; returns how many posts went."""
    removed = 0
    with db._core.write() as conn:
        for table in _TABLES:
            cur = conn.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))  # noqa: S608
            if table == "posts":
                removed = cur.rowcount
    return removed
