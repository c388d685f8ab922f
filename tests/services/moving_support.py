"""Helpers for the moving tests (no tests here): a real SQLite file, accounts on the practice
towns (tokens in the in-memory keyring), the export and import services, and a counter of the
follows that reach the practice world."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_failover_support import add_account
from townsfolk.api.client import MastodonClient
from townsfolk.cache import Account, Database
from townsfolk.practice import World
from townsfolk.services.accounts import AccountsService
from townsfolk.services.moving.export import ExportService
from townsfolk.services.moving.import_ import ImportService
from townsfolk.services.secrets import SecretStore

DATA = Path(__file__).parent / "data" / "moving"


def add_people(world: World, domain: str, prefix: str, n: int) -> list[int]:
    """``n`` people; each joined a second after the last (ids are made from that time, and
    a town has only 1,024 ids for one millisecond)."""
    with world.lock:
        return [
            world.add_person(
                domain,
                f"{prefix}{i:05d}",
                f"{prefix.title()} {i}",
                created_at=world.anchor - timedelta(seconds=n - i),
            ).key
            for i in range(n)
        ]


class FollowCounter:
    """Counts the follows that reach the practice world (thread-safe); ``hooks[n]`` runs in
    the server's thread when the n-th arrives."""

    def __init__(self, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counts: Counter[tuple[int, int]] = Counter()
        self.times: list[float] = []
        self.hooks: dict[int, Callable[[], None]] = {}
        self._lock = threading.Lock()
        original = world.follow

        def counting(a: int, b: int, **kwargs: Any) -> None:
            with self._lock:
                self.counts[(a, b)] += 1
                self.times.append(time.time())
                n = len(self.times)
            original(a, b, **kwargs)
            hook = self.hooks.get(n)
            if hook is not None:
                hook()

        monkeypatch.setattr(world, "follow", counting)

    @property
    def total(self) -> int:
        with self._lock:
            return len(self.times)


class MovingRig:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.secrets = SecretStore()
        self.db = Database.open(path)
        self.accounts = AccountsService(self.db, self.secrets)
        self.progress: list[Any] = []

    def add(self, town: Any, token: str, username: str) -> Account:
        return add_account(self.db, self.secrets, town, token, username)

    def account(self, handle: str) -> Account:
        return next(a for a in self.db.accounts.list() if a.handle == handle)

    async def client(self, account: Account) -> MastodonClient:
        return await self.accounts.client_for(account)

    def exporter(self, **options: Any) -> ExportService:
        service = ExportService(self.db, self.accounts.client_for, **options)
        service.add_listener(self.progress.append)
        return service

    def importer(self, **options: Any) -> ImportService:
        service = ImportService(self.db, self.accounts.client_for, **options)
        service.add_listener(self.progress.append)
        return service

    def close(self) -> None:
        self.db.close()


def new_person(town: Any, username: str) -> None:
    with town.town.world.lock:
        town.town.world.add_person(
            town.domain, username, username.title(), created_at=town.town.world.anchor
        )


async def _importer_main(settings: dict[str, str]) -> None:
    """The importing process of test_moving_crash: runs one import job to its end on a
    plain asyncio loop, telling its progress on stdout."""
    db = Database.open(Path(settings["db"]))

    async def clients(account: Account) -> MastodonClient:
        return MastodonClient(
            settings["base_url"], access_token=settings["token"], server_name=settings["domain"]
        )

    importer = ImportService(db, clients, resolve_ahead=1, follows_per_window=400, window=0.1)
    importer.add_listener(lambda p: print(f"{p.state.value} {p.done} {p.total}", flush=True))
    job = await importer.run(int(settings["job"]))
    print(f"finished {job.state.value}", flush=True)
    db.close()


if __name__ == "__main__":
    import asyncio
    import json
    import sys

    asyncio.run(_importer_main(json.loads(sys.stdin.readline())))
