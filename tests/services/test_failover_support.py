"""Helpers for the failover and follow-sync tests (no tests here).

- :class:`Rig`: a real SQLite file, a main account on one practice town and a backup on the
  other (tokens in the in-memory keyring), an AccountsService whose clients report to a
  HealthMonitor, and a FailoverService, with every event recorded.
- :class:`EventLog`: waits on recorded events (no fixed sleeps).
- :class:`AlwaysUp`: a tiny HTTP server on 127.0.0.1 that answers 200 to everything (a third
  town that is fine, to tell "both my towns are down" from "I am offline").
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Account, AccountRole, Database, FollowSync
from townsfolk.practice import Town
from townsfolk.services.accounts import AccountsService
from townsfolk.services.failover import STATE_FILE_NAME, FailoverService, OutboxLike
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor
from townsfolk.services.secrets import Secret, SecretStore
from townsfolk.services.settings import SwitchBack

# Short but realistic: a probe gives up after 1 s, a request without an answer after 1 s is
# looked at, probes of a town that is down start at 50 ms and back off to 300 ms.
FAST_MONITOR: dict[str, Any] = {
    "probe_timeout": 1.0,
    "hang_check_after": 1.0,
    "probe_backoff_initial": 0.05,
    "probe_backoff_max": 0.3,
    "back_hold": 0.5,
}


class EventLog:
    """Records events; ``await log.wait(Type)`` returns the first (new) one of that type."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Any) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait(
        self,
        kind: type,
        *,
        where: Callable[[Any], bool] = lambda e: True,
        after: int = 0,
        timeout: float = 30.0,
    ) -> Any:
        async def scan() -> Any:
            while True:
                for event in self.events[after:]:
                    if isinstance(event, kind) and where(event):
                        return event
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(scan(), timeout)

    def mark(self) -> int:
        return len(self.events)


def remote_id(town: Town, username: str) -> str:
    with town.world.lock:
        return str(town.learn_account(town.person(username).key))


def add_account(
    db: Database,
    secrets: SecretStore,
    handle: Any,
    token: str,
    username: str,
    *,
    backup_of: int | None = None,
    follow_sync: FollowSync = FollowSync.OFF,
) -> Account:
    account = db.accounts.add(
        server_url=handle.base_url,
        server_domain=handle.domain,
        handle=f"{username}@{handle.domain}",
        remote_id=remote_id(handle.town, username),
        display_name=username.title(),
        role=AccountRole.MAIN if backup_of is None else AccountRole.BACKUP,
        backup_of=backup_of,
        follow_sync=follow_sync,
    )
    secrets.set_token(account.local_id, Secret(token))
    return account


@dataclass
class Rig:
    """Main account ann@maple, backup ann@harbour (or as given), services wired as in the app."""

    profile: Path
    db: Database
    secrets: SecretStore
    accounts: AccountsService
    monitor: HealthMonitor
    failover: FailoverService
    main: Account
    backup: Account
    events: EventLog
    clients: list[MastodonClient] = field(default_factory=list)

    @classmethod
    async def build(
        cls,
        profile: Path,
        main_town: Any,
        backup_town: Any,
        user_token: Callable[..., str],
        *,
        switch_back: SwitchBack | Callable[[], SwitchBack] = "automatic",
        outbox: OutboxLike | None = None,
        monitor_options: dict[str, Any] | None = None,
        db: Database | None = None,
        start: bool = True,
    ) -> Rig:
        db = db or _open_db(profile)
        secrets = SecretStore()
        monitor = HealthMonitor(
            history_path=profile / HISTORY_FILE_NAME, **(monitor_options or FAST_MONITOR)
        )
        accounts = AccountsService(db, secrets, client_factory=monitor.client_factory())
        existing = db.accounts.list()
        if existing:
            main = next(a for a in existing if a.role is AccountRole.MAIN)
            backup = db.accounts.backups(main.local_id)[0]
        else:
            main = add_account(db, secrets, main_town, user_token(main_town.domain), "ann")
            backup = add_account(
                db,
                secrets,
                backup_town,
                user_token(backup_town.domain),
                "ann",
                backup_of=main.local_id,
            )
        failover = FailoverService(
            db,
            monitor,
            accounts.client_for,
            outbox=outbox,
            switch_back=switch_back,
            state_path=profile / STATE_FILE_NAME,
        )
        events = EventLog()
        failover.add_listener(events)
        rig = cls(profile, db, secrets, accounts, monitor, failover, main, backup, events)
        if start:
            await failover.start()
        return rig

    async def client(self, account: Account) -> MastodonClient:
        client = await self.accounts.client_for(account)
        self.clients.append(client)
        return client

    async def close(self) -> None:
        for client in self.clients:
            await client.aclose()
        await self.failover.aclose()
        await self.monitor.aclose()
        self.db.close()


def _open_db(profile: Path) -> Database:
    profile.mkdir(parents=True, exist_ok=True)
    return Database.open(profile / "townsfolk.db")


class AlwaysUp:
    """A tiny HTTP/1.1 server on 127.0.0.1 answering 200 "OK" to every request."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> AlwaysUp:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if not head:
                    break
                body = b"OK"
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(body), body)
                )
                await writer.drain()
                if b"connection: close" in head.lower():
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
