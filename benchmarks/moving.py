"""Benchmark of moving towns (services/moving): export and import rows per second.

What it measures, against two practice towns served on 127.0.0.1 (port 0) by
``PracticeServer`` in a background thread of this process:

1. **Export**: ``ExportService.export(account, [Kind.FOLLOWING])`` of an account that follows
   ``--rows`` people (pages of 80 + one relationships call per 40 people, the job saved after
   every page). Rows per second (wall clock).
2. **Import**: ``ImportService`` applying that file to a new account on the other town
   (for each line: a search with resolve, the follow, the job saved before and after).
   Rows per second (wall clock), with the town's follow limit off and Townsfolk's own
   budget at 400 follows in 0.1 s (the limit is the town:
   on Mastodon, 400 follows a day, so a real import of 5,000 follows takes about 12.5 days
   whatever the client does; the job's ``time_left`` says so).
3. **Client time per row**: the CPU time of the thread running the client (asyncio loop,
   ``time.thread_time``), divided by the rows. The town runs in another thread, so this
   leaves out the town's own work; both share one GIL, so the wall-clock figures are lower
   than against a real town on another machine.

Run it with::

    .venv/bin/python benchmarks/moving.py              # 2,000 rows, about a minute
    .venv/bin/python benchmarks/moving.py --rows 5000
    .venv/bin/python benchmarks/moving.py --smoke      # 100 rows, a few seconds (CI)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import platform
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from townsfolk.cache import AccountRole, Database  # noqa: E402
from townsfolk.practice import World  # noqa: E402
from townsfolk.practice.server import PracticeServer  # noqa: E402
from townsfolk.services.accounts import AccountsService  # noqa: E402
from townsfolk.services.moving.csv_formats import Kind, read  # noqa: E402
from townsfolk.services.moving.export import ExportService  # noqa: E402
from townsfolk.services.moving.import_ import ImportService, time_left  # noqa: E402
from townsfolk.services.secrets import Secret, SecretStore  # noqa: E402


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def _add_account(
    db: Database, secrets: SecretStore, server: PracticeServer, domain: str, user: str
) -> Any:
    town = server.world.town(domain)
    with town.world.lock:
        remote = str(town.learn_account(town.person(user).key))
    account = db.accounts.add(
        server_url=server.base_url(domain),
        server_domain=domain,
        handle=f"{user}@{domain}",
        remote_id=remote,
        display_name=user,
        role=AccountRole.MAIN,
    )
    secrets.set_token(account.local_id, Secret(town.create_token(user)))
    return account


async def _run(rows: int) -> None:
    world = World.seeded(towns=2, seed=1)
    server = PracticeServer(world)
    server.start()
    try:
        with world.lock:
            for domain, user in (("maple.practice", "mover"), ("harbour.practice", "mover")):
                world.add_person(domain, user, "Mover", created_at=world.anchor)
            me = world.town("maple.practice").person("mover").key
            for i in range(rows):
                person = world.add_person(
                    "maple.practice",
                    f"b{i:05d}",
                    f"B {i}",
                    created_at=world.anchor - timedelta(seconds=rows - i),
                )
                world.follow(me, person.key, reblogs=i % 2 == 0, notify=i % 5 == 0)
        with tempfile.TemporaryDirectory() as tmp:
            db = Database.open(Path(tmp) / "bench.db")
            secrets = SecretStore()
            old = _add_account(db, secrets, server, "maple.practice", "mover")
            new = _add_account(db, secrets, server, "harbour.practice", "mover")
            accounts = AccountsService(db, secrets)

            exporter = ExportService(db, accounts.client_for)
            wall, cpu = time.perf_counter(), time.thread_time()
            result = await exporter.export(old, [Kind.FOLLOWING])
            wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
            data = result.files[Kind.FOLLOWING]
            assert result.counts[Kind.FOLLOWING] == rows
            print(
                f"export: {rows} follows in {wall:.2f} s = {rows / wall:,.0f} rows/s; "
                f"client CPU {cpu / rows * 1000:.2f} ms/row"
            )

            importer = ImportService(db, accounts.client_for, follows_per_window=400, window=0.1)
            plan = await importer.plan(new, read(data, Kind.FOLLOWING))
            job = importer.start(plan)
            wall, cpu = time.perf_counter(), time.thread_time()
            done = await importer.run(job.local_id)
            wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
            assert done.progress_done == rows
            print(
                f"import: {rows} follows in {wall:.2f} s = {rows / wall:,.0f} rows/s; "
                f"client CPU {cpu / rows * 1000:.2f} ms/row"
            )
            per_row = wall / rows
            days = time_left(5000, 5000, [], 400, 86400.0, per_row, time.time()) / 86400
            print(f"time left the import job says for 5,000 follows at 400 a day: {days:.1f} days")
            db.close()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--smoke", action="store_true", help="100 rows, a few seconds")
    args = parser.parse_args()
    rows = 100 if args.smoke else args.rows
    keyring.set_keyring(_MemoryKeyring())
    print(
        f"moving benchmark, {datetime.date.today()}, Python {platform.python_version()}, "
        f"{platform.machine()}, {rows} rows"
    )
    asyncio.run(_run(rows))


if __name__ == "__main__":
    main()
