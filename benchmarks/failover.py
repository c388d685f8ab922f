"""Benchmark: how long from the main town's first failure until the backup shows a timeline.

For each fault kind (connection refused, hanging, 503, HTML error pages) and ``--rounds``
rounds: two practice towns on 127.0.0.1 (``PracticeServer``, in a background thread), a real
SQLite file in a temporary profile, a main account (ann@maple.practice) and its backup
(ann@harbour.practice), and the app's wiring with **the app's defaults**: clients from
``HealthMonitor.client_factory()`` (connect 5 s, read 10 s, two retries for GETs) and a
``HealthMonitor()`` with its default probe timeout (3 s) and hang check (2 s).

Measured (wall clock, ``time.perf_counter``): from the moment the main account's request is
sent to the failing town (the "first failure"; for a hang, the moment the request that will
hang leaves) until the backup's first home timeline page has been fetched after the
``SwitchedToBackup`` event (a stand-in for "showing"). Also the part until the switch itself.
Aims: under 10 s for every kind; under 3 s for connection refused.

Usage: ``.venv/bin/python benchmarks/failover.py [--rounds 5]``. Secrets stay in an in-memory
keyring; nothing leaves the computer.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend

from townsfolk.api.errors import ApiError
from townsfolk.cache import AccountRole, Database
from townsfolk.practice import PracticeServer, World
from townsfolk.services.accounts import AccountsService
from townsfolk.services.failover import STATE_FILE_NAME, FailoverService, SwitchedToBackup
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor
from townsfolk.services.secrets import Secret, SecretStore

FAULTS: dict[str, dict[str, Any]] = {
    "refused": {"kind": "down"},
    "hang": {"kind": "hang"},
    "503": {"kind": "status", "code": 503},
    "html": {"kind": "html_error", "code": 502},
}


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


async def one_round(
    server: PracticeServer, fault: dict[str, Any], profile: Path
) -> tuple[float, float]:
    world = server.world
    world.reset()
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    db = Database.open(profile / "townsfolk.db")
    secrets = SecretStore()
    monitor = HealthMonitor(history_path=profile / HISTORY_FILE_NAME)
    accounts = AccountsService(db, secrets, client_factory=monitor.client_factory())
    made = []
    for town, role, backup_of in (
        (maple, AccountRole.MAIN, None),
        (harbour, AccountRole.BACKUP, 1),
    ):
        with world.lock:
            rid = str(town.learn_account(town.person("ann").key))
        account = db.accounts.add(
            server_url=server.base_url(town.domain),
            server_domain=town.domain,
            handle=f"ann@{town.domain}",
            remote_id=rid,
            role=role,
            backup_of=backup_of,
        )
        secrets.set_token(account.local_id, Secret(town.create_token("ann")))
        made.append(account)
    main, backup = made
    failover = FailoverService(
        db, monitor, accounts.client_for, state_path=profile / STATE_FILE_NAME
    )
    switched = asyncio.Event()
    failover.add_listener(lambda e: switched.set() if isinstance(e, SwitchedToBackup) else None)
    await failover.start()
    main_client = await accounts.client_for(main)
    backup_client = None
    request = None
    try:
        await main_client.home_timeline(limit=20)
        maple.faults.set(**fault)
        started = time.perf_counter()
        request = asyncio.get_running_loop().create_task(main_client.home_timeline(limit=20))
        await asyncio.wait_for(switched.wait(), 60)
        at_switch = time.perf_counter() - started
        active = failover.active_account()
        assert active is not None
        assert active.local_id == backup.local_id
        backup_client = await accounts.client_for(active)
        page = await backup_client.home_timeline(limit=20)
        shown = time.perf_counter() - started
        assert page.items
    finally:
        maple.faults.clear()
        if request is not None:
            with contextlib.suppress(ApiError, asyncio.CancelledError):
                await asyncio.wait_for(request, 30)
        await main_client.aclose()
        if backup_client is not None:
            await backup_client.aclose()
        await failover.aclose()
        await monitor.aclose()
        db.close()
    return at_switch, shown


async def run(rounds: int) -> dict[str, list[tuple[float, float]]]:
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in FAULTS}
    with PracticeServer(World.seeded(towns=2, seed=1)) as server:
        for n in range(rounds):
            for name, fault in FAULTS.items():
                with tempfile.TemporaryDirectory() as tmp:
                    results[name].append(await one_round(server, fault, Path(tmp)))
            print(f"round {n + 1} of {rounds} done", file=sys.stderr)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="1 round (about 6 s: the hang)")
    args = parser.parse_args()
    if args.smoke:
        args.rounds = 1
    keyring.set_keyring(MemoryKeyring())
    results = asyncio.run(run(args.rounds))
    aims = {"refused": 3.0}
    print(f"Failover benchmark, {args.rounds} rounds per fault kind")
    machine = f"{platform.machine()}, {platform.processor() or 'cpu'}"
    print(f"Machine: {machine}, Python {platform.python_version()}")
    print(f"Date: {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print()
    print("| fault | switch: median / max | backup timeline shown: median / max | aim | met |")
    print("|---|---|---|---|---|")
    for name, pairs in results.items():
        switch = [p[0] for p in pairs]
        shown = [p[1] for p in pairs]
        aim = aims.get(name, 10.0)
        met = "yes" if max(shown) < aim else "NO"
        print(
            f"| {name} | {statistics.median(switch):.2f} s / {max(switch):.2f} s "
            f"| {statistics.median(shown):.2f} s / {max(shown):.2f} s | < {aim:.0f} s | {met} |"
        )


if __name__ == "__main__":
    main()
