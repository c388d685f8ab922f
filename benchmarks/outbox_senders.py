"""Benchmark: one outbox sender per account, and what the total request deadline costs.

What it measures (wall clock, ``time.perf_counter``, median of ``--rounds`` rounds):

1. **A healthy town's post while another town hangs.** Two accounts (ann on maple, ann on
   harbour) in one outbox started in the background; maple hangs every request. A post for
   maple is submitted first and is being sent (it hangs until the deadline); then a post for
   harbour is submitted. Printed: seconds from submitting harbour's post until the outbox says
   "sent". With one sender for all accounts (before issue 9) this was at least the client's
   deadline (30 s by default; without a deadline, forever); now it should be a few
   milliseconds, as with no hanging town at all (also printed).
2. **The deadline's cost per request**: ``--requests`` GETs of ``/api/v1/instance`` on one
   warm client, with ``deadline=None`` and with the default deadline (an ``asyncio.timeout``
   around each call, a per-request httpx timeout and a trace callback). Printed: microseconds
   per request for both, and the difference.

The practice towns are served by ``PracticeServer`` (uvicorn on 127.0.0.1, port 0) in a
thread of this process, so server time is included in every figure; the figures compare
like with like. Run it with::

    .venv/bin/python benchmarks/outbox_senders.py            # about 15 s on 2 cores
    .venv/bin/python benchmarks/outbox_senders.py --rounds 9 --requests 500
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database, Draft, OutboxState
from townsfolk.practice import PracticeServer, World
from townsfolk.services.outbox import Outbox, OutboxChange


async def healthy_post_latency(server: PracticeServer, *, hang: bool, rounds: int) -> list[float]:
    world = server.world
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    tokens = {t.domain: t.create_token("ann", "read write") for t in (maple, harbour)}
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "townsfolk.db")
        accounts = {
            t.domain: db.accounts.add(
                server_url=server.base_url(t.domain),
                server_domain=t.domain,
                handle=f"ann@{t.domain}",
            )
            for t in (maple, harbour)
        }

        async def clients(account_id: int) -> MastodonClient:
            account = db.accounts.get(account_id)
            assert account is not None
            return MastodonClient(
                account.server_url,
                access_token=tokens[account.server_domain],
                server_name=account.server_domain,
                max_retries=0,
            )

        outbox = Outbox(db, clients, unclear_settle=0.0, backoff_jitter=0.0)
        await outbox.start()
        try:
            for n in range(rounds):
                if hang:
                    maple.faults.set("hang", paths="/api/v1/statuses")
                    stuck = await outbox.submit(
                        accounts[maple.domain].local_id, Draft(text=f"stuck {n}")
                    )
                    while outbox.sending_phase(stuck.local_id) != "post":  # noqa: ASYNC110
                        await asyncio.sleep(0.005)
                done = asyncio.Event()
                wanted: list[int] = []

                def listen(
                    change: OutboxChange, wanted: list[int] = wanted, done: asyncio.Event = done
                ) -> None:
                    if change.kind == "sent" and change.item_id in wanted:
                        done.set()

                remove = outbox.add_listener(listen)
                started = time.perf_counter()
                item = await outbox.submit(
                    accounts[harbour.domain].local_id, Draft(text=f"healthy {n}")
                )
                wanted.append(item.local_id)
                current = outbox.get(item.local_id)
                if current is None or current.state is not OutboxState.SENT:
                    await asyncio.wait_for(done.wait(), 60)
                times.append(time.perf_counter() - started)
                remove()
                if hang:
                    maple.faults.clear()
                    while outbox.waiting_count():  # noqa: ASYNC110
                        await asyncio.sleep(0.01)
        finally:
            maple.faults.clear()
            await outbox.aclose()
            db.close()
    return times


async def per_request(server: PracticeServer, *, deadline: float | None, requests: int) -> float:
    async with MastodonClient(
        server.base_url("maple.practice"), deadline=deadline, max_retries=0
    ) as client:
        for _ in range(20):  # warm up
            await client.request("GET", "/api/v1/instance")
        started = time.perf_counter()
        for _ in range(requests):
            await client.request("GET", "/api/v1/instance")
        return (time.perf_counter() - started) / requests


async def main(rounds: int, requests: int) -> None:
    server = PracticeServer(World.seeded(towns=2, seed=1))
    server.start()
    try:
        calm = await healthy_post_latency(server, hang=False, rounds=rounds)
        busy = await healthy_post_latency(server, hang=True, rounds=rounds)
        print("1. harbour's post, from submit to 'sent' (median of", rounds, "rounds):")
        print(f"   no town hanging:          {statistics.median(calm) * 1000:8.1f} ms")
        print(f"   maple hanging meanwhile:  {statistics.median(busy) * 1000:8.1f} ms")
        print("   (one sender for all accounts: >= the 30 s deadline; before deadlines: never)")
        without: list[float] = []
        with_deadline: list[float] = []
        for _ in range(rounds):
            without.append(await per_request(server, deadline=None, requests=requests))
            with_deadline.append(await per_request(server, deadline=30.0, requests=requests))
        a, b = statistics.median(without) * 1e6, statistics.median(with_deadline) * 1e6
        print(f"2. GET /api/v1/instance, median of {rounds} rounds x {requests} requests:")
        print(f"   no deadline:    {a:8.0f} us per request")
        print(f"   30 s deadline:  {b:8.0f} us per request  (difference {b - a:+.0f} us)")
    finally:
        server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--smoke", action="store_true", help="1 round of 20 requests")
    args = parser.parse_args()
    if args.smoke:
        args.rounds, args.requests = 1, 20
    asyncio.run(main(args.rounds, args.requests))
