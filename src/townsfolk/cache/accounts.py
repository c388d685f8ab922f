"""Accounts and app registrations: the non-secret facts only.

Access tokens and client secrets never come here; they live in the system keyring
(``townsfolk.services.secrets``).
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from townsfolk.cache._core import Core

__all__ = [
    "Account",
    "AccountRole",
    "AccountState",
    "AccountsRepo",
    "AppRegistration",
    "FollowSync",
    "RegistrationsRepo",
]


class AccountRole(StrEnum):
    MAIN = "main"
    BACKUP = "backup"


class AccountState(StrEnum):
    ACTIVE = "active"
    WAITING_FOR_EMAIL = "waiting_for_email"
    WAITING_FOR_APPROVAL = "waiting_for_approval"
    LOGGED_OUT = "logged_out"


class FollowSync(StrEnum):
    """Whether a backup account follows the same people as its main account."""

    OFF = "off"
    ONCE = "once"  # copy the follows once, when the backup was added
    KEEP = "keep"  # keep following the same people as the main account


@dataclass(frozen=True, slots=True)
class Account:
    local_id: int
    server_url: str  # base URL, e.g. "https://mastodon.social"
    server_domain: str  # e.g. "mastodon.social"
    remote_id: str | None  # None until the server tells it (e.g. waiting for email)
    handle: str  # "user@domain"
    display_name: str
    avatar_url: str
    role: AccountRole
    backup_of: int | None  # the main account's local id, for backups
    backup_order: int  # 0 = first backup
    state: AccountState
    follow_sync: FollowSync
    created_at: float
    updated_at: float


_ACCOUNT_COLUMNS = (
    "local_id, server_url, server_domain, remote_id, handle, display_name, avatar_url, role, "
    "backup_of, backup_order, state, follow_sync, created_at, updated_at"
)


def _account(row: Any) -> Account:
    (
        local_id,
        server_url,
        server_domain,
        remote_id,
        handle,
        display_name,
        avatar_url,
        role,
        backup_of,
        backup_order,
        state,
        follow_sync,
        created_at,
        updated_at,
    ) = tuple(row)
    return Account(
        local_id=int(local_id),
        server_url=str(server_url),
        server_domain=str(server_domain),
        remote_id=None if remote_id is None else str(remote_id),
        handle=str(handle),
        display_name=str(display_name),
        avatar_url=str(avatar_url),
        role=AccountRole(role),
        backup_of=None if backup_of is None else int(backup_of),
        backup_order=int(backup_order),
        state=AccountState(state),
        follow_sync=FollowSync(follow_sync),
        created_at=float(created_at),
        updated_at=float(updated_at),
    )


class AccountsRepo:
    """``db.accounts``: add, look up, list, change and remove accounts."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def add(
        self,
        *,
        server_url: str,
        server_domain: str,
        handle: str,
        remote_id: str | None = None,
        display_name: str = "",
        avatar_url: str = "",
        role: AccountRole = AccountRole.MAIN,
        backup_of: int | None = None,
        backup_order: int | None = None,
        state: AccountState = AccountState.ACTIVE,
        follow_sync: FollowSync = FollowSync.OFF,
        now: float | None = None,
    ) -> Account:
        """Add an account. A backup goes last in its main account's order unless
        ``backup_order`` is given. ``(server_url, remote_id)`` must be unique."""
        if role is AccountRole.BACKUP and backup_of is None:
            raise ValueError("a backup account needs backup_of (its main account)")
        if role is AccountRole.MAIN and backup_of is not None:
            raise ValueError("a main account cannot be the backup of another")
        t = self._core.now(now)
        with self._core.write() as conn:
            if backup_order is None:
                row = conn.execute(
                    "SELECT COALESCE(MAX(backup_order) + 1, 0) FROM accounts WHERE backup_of = ?",
                    (backup_of,),
                ).fetchone()
                backup_order = int(row[0]) if backup_of is not None else 0
            cur = conn.execute(
                "INSERT INTO accounts (server_url, server_domain, remote_id, handle, "
                "display_name, avatar_url, role, backup_of, backup_order, state, follow_sync, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    server_url,
                    server_domain,
                    remote_id,
                    handle,
                    display_name,
                    avatar_url,
                    role.value,
                    backup_of,
                    backup_order,
                    state.value,
                    follow_sync.value,
                    t,
                    t,
                ),
            )
            local_id = cur.lastrowid
            assert local_id is not None
            got = self._get(conn, local_id)
        assert got is not None
        return got

    def _get(self, conn: sqlite3.Connection, local_id: int) -> Account | None:
        row = conn.execute(
            f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE local_id = ?",  # noqa: S608
            (local_id,),
        ).fetchone()
        return None if row is None else _account(row)

    def get(self, local_id: int) -> Account | None:
        with self._core.read() as conn:
            return self._get(conn, local_id)

    def find(self, server_url: str, remote_id: str) -> Account | None:
        """The account with this server and server-side id, if stored."""
        with self._core.read() as conn:
            row = conn.execute(
                f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE server_url = ? AND remote_id = ?",  # noqa: S608
                (server_url, remote_id),
            ).fetchone()
        return None if row is None else _account(row)

    def list(self, *, role: AccountRole | None = None) -> list[Account]:
        """All accounts (or those with ``role``), main accounts in the order added."""
        sql = f"SELECT {_ACCOUNT_COLUMNS} FROM accounts"  # noqa: S608
        args: tuple[object, ...] = ()
        if role is not None:
            sql += " WHERE role = ?"
            args = (role.value,)
        sql += " ORDER BY role DESC, backup_of, backup_order, local_id"
        with self._core.read() as conn:
            return [_account(r) for r in conn.execute(sql, args)]

    def backups(self, main_id: int) -> builtins.list[Account]:
        """The backups of ``main_id`` in their order (first backup first)."""
        with self._core.read() as conn:
            rows = conn.execute(
                f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE backup_of = ? "  # noqa: S608
                "ORDER BY backup_order, local_id",
                (main_id,),
            ).fetchall()
        return [_account(r) for r in rows]

    def _update(
        self, local_id: int, sets: str, args: tuple[object, ...], now: float | None
    ) -> Account:
        with self._core.write() as conn:
            cur = conn.execute(
                f"UPDATE accounts SET {sets}, updated_at = ? WHERE local_id = ?",  # noqa: S608
                (*args, self._core.now(now), local_id),
            )
            if cur.rowcount != 1:
                raise KeyError(local_id)
            got = self._get(conn, local_id)
        assert got is not None
        return got

    def update_state(
        self, local_id: int, state: AccountState, *, now: float | None = None
    ) -> Account:
        return self._update(local_id, "state = ?", (state.value,), now)

    def update_profile(
        self,
        local_id: int,
        *,
        display_name: str,
        avatar_url: str,
        remote_id: str | None = None,
        now: float | None = None,
    ) -> Account:
        """Refresh what the server says about the account (``remote_id`` only if given)."""
        if remote_id is None:
            return self._update(
                local_id, "display_name = ?, avatar_url = ?", (display_name, avatar_url), now
            )
        return self._update(
            local_id,
            "display_name = ?, avatar_url = ?, remote_id = ?",
            (display_name, avatar_url, remote_id),
            now,
        )

    def set_follow_sync(
        self, local_id: int, choice: FollowSync, *, now: float | None = None
    ) -> Account:
        return self._update(local_id, "follow_sync = ?", (choice.value,), now)

    def set_backup_order(
        self, main_id: int, backup_ids: Sequence[int], *, now: float | None = None
    ) -> None:
        """Make ``backup_ids`` (in this order) the backups of ``main_id``.

        They must already be backup accounts of ``main_id``; missing ones keep their place
        after the listed ones.
        """
        t = self._core.now(now)
        with self._core.write() as conn:
            current = [
                int(r[0])
                for r in conn.execute(
                    "SELECT local_id FROM accounts WHERE backup_of = ? "
                    "ORDER BY backup_order, local_id",
                    (main_id,),
                )
            ]
            unknown = set(backup_ids) - set(current)
            if unknown:
                raise ValueError(f"not backups of account {main_id}: {sorted(unknown)}")
            ordered = list(backup_ids) + [i for i in current if i not in set(backup_ids)]
            conn.executemany(
                "UPDATE accounts SET backup_order = ?, updated_at = ? WHERE local_id = ?",
                [(order, t, local_id) for order, local_id in enumerate(ordered)],
            )

    def make_main(self, backup_id: int, *, now: float | None = None) -> Account:
        """A backup becomes the main account (moving towns: "make the backup your home"):
        its old main account and the old main's other backups become its backups, the old
        main first."""
        t = self._core.now(now)
        with self._core.write() as conn:
            backup = self._get(conn, backup_id)
            if backup is None:
                raise KeyError(backup_id)
            old_main = backup.backup_of
            if old_main is None:
                return backup
            others = [
                int(r[0])
                for r in conn.execute(
                    "SELECT local_id FROM accounts WHERE backup_of = ? AND local_id != ? "
                    "ORDER BY backup_order, local_id",
                    (old_main, backup_id),
                )
            ]
            conn.execute(
                "UPDATE accounts SET role = ?, backup_of = NULL, backup_order = 0, "
                "follow_sync = ?, updated_at = ? WHERE local_id = ?",
                (AccountRole.MAIN.value, FollowSync.OFF.value, t, backup_id),
            )
            for order, local_id in enumerate([old_main, *others]):
                conn.execute(
                    "UPDATE accounts SET role = ?, backup_of = ?, backup_order = ?, "
                    "updated_at = ? WHERE local_id = ?",
                    (AccountRole.BACKUP.value, backup_id, order, t, local_id),
                )
            got = self._get(conn, backup_id)
        assert got is not None
        return got

    def remove(self, local_id: int) -> bool:
        """Remove the account and everything stored for it (posts, timelines, notifications,
        reading positions, outbox entries, jobs). Its backups stay, without a main account.
        Check ``db.outbox.pending_count(local_id)`` first if unsent posts matter."""
        with self._core.write() as conn:
            cur = conn.execute("DELETE FROM accounts WHERE local_id = ?", (local_id,))
            return cur.rowcount == 1


@dataclass(frozen=True, slots=True)
class AppRegistration:
    """Townsfolk's app registration on one server. The client secret is in the keyring."""

    server_url: str
    client_id: str
    scopes: str  # space-separated, as sent to the server
    redirect_uris: tuple[str, ...]
    registered_at: float


class RegistrationsRepo:
    """``db.registrations``: one app registration per server."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def put(
        self,
        server_url: str,
        *,
        client_id: str,
        scopes: str,
        redirect_uris: Sequence[str],
        now: float | None = None,
    ) -> AppRegistration:
        """Store (or replace) the registration for ``server_url``."""
        reg = AppRegistration(
            server_url, client_id, scopes, tuple(redirect_uris), self._core.now(now)
        )
        with self._core.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO app_registrations "
                "(server_url, client_id, scopes, redirect_uris, registered_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    reg.server_url,
                    reg.client_id,
                    reg.scopes,
                    json.dumps(list(reg.redirect_uris)),
                    reg.registered_at,
                ),
            )
        return reg

    def get(self, server_url: str) -> AppRegistration | None:
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT server_url, client_id, scopes, redirect_uris, registered_at "
                "FROM app_registrations WHERE server_url = ?",
                (server_url,),
            ).fetchone()
        if row is None:
            return None
        return AppRegistration(
            str(row[0]), str(row[1]), str(row[2]), tuple(json.loads(row[3])), float(row[4])
        )

    def remove(self, server_url: str) -> bool:
        with self._core.write() as conn:
            cur = conn.execute("DELETE FROM app_registrations WHERE server_url = ?", (server_url,))
            return cur.rowcount == 1
