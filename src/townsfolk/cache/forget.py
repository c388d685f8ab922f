"""Forgetting what was saved for one account (log out): its copies of posts, its lists,
notifications and reading places. The account row, its outbox (posts not sent yet) and its
jobs stay: they are the person's own, and removing the account is a separate step."""

from __future__ import annotations

import time

from townsfolk.cache.database import Database

__all__ = ["forget_copies", "promote_first_backup"]

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


def promote_first_backup(db: Database, main_id: int, backup_id: int) -> None:
    """Before a main account is removed: ``backup_id`` becomes a main account and the main
    account's other backups become its backups, in their order (its own "follow the same
    people" choice is turned off: it has no main account to follow any more)."""
    t = time.time()
    with db._core.write() as conn:
        others = [
            int(r[0])
            for r in conn.execute(
                "SELECT local_id FROM accounts WHERE backup_of = ? AND local_id != ? "
                "ORDER BY backup_order, local_id",
                (main_id, backup_id),
            )
        ]
        conn.execute(
            "UPDATE accounts SET role = 'main', backup_of = NULL, backup_order = 0, "
            "follow_sync = 'off', updated_at = ? WHERE local_id = ?",
            (t, backup_id),
        )
        conn.executemany(
            "UPDATE accounts SET backup_of = ?, backup_order = ?, updated_at = ? "
            "WHERE local_id = ?",
            [(backup_id, n, t, local_id) for n, local_id in enumerate(others)],
        )
