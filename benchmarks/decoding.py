"""Benchmark of decoding one timeline page (40 posts) as different servers write it.

What it measures (``time.perf_counter``, median of ``--rounds`` rounds of ``--repeat``
decodes each, after one warm-up): ``decode_list(body, Status)`` on a page of the practice
town's public timeline, fetched once in-process (ASGITransport), written

1. as Mastodon writes it (``mastodon4``): msgspec decodes it in one pass (the fast path);
2. as older Friendica writes it (``friendica``: integer ids, counts as strings, date-only
   times, optional objects left out): the general path (JSON parse, ``normalise``, convert);
3. as Mastodon, with one post sent without its author: the page is mended item by item
   (the unreadable post left out, the 39 others kept);
4. as Friendica, with one such post.

Prints milliseconds per page and posts kept. No assertions: figures for docs/performance.md.

    .venv/bin/python benchmarks/decoding.py [--rounds 5] [--repeat 50]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx

from townsfolk.api.entities import Status, decode_list
from townsfolk.practice import World, personalities


async def _page(world: World, domain: str) -> bytes:
    transport = httpx.ASGITransport(app=world.asgi_app())
    async with httpx.AsyncClient(transport=transport, base_url=f"http://{domain}") as client:
        response = await client.get("/api/v1/timelines/public", params={"limit": 40})
        response.raise_for_status()
        return response.content


def _bodies() -> dict[str, bytes]:
    world = World.seeded(towns=2, seed=1)
    town = world.towns[0]
    out: dict[str, bytes] = {}
    for name in ("mastodon4", "friendica"):
        town.use_personality(name)
        town.unreadable_posts.clear()
        clean = asyncio.run(_page(world, town.domain))
        out[name] = clean
        first_id = str(decode_list(clean, Status)[5].id)
        personalities.make_unreadable(town, first_id)
        out[f"{name}, one post without its author"] = asyncio.run(_page(world, town.domain))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--smoke", action="store_true", help="1 round of 3 decodes")
    args = parser.parse_args()
    if args.smoke:
        args.rounds, args.repeat = 1, 3
    for name, body in _bodies().items():
        kept = len(decode_list(body, Status))  # warm-up
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            for _ in range(args.repeat):
                decode_list(body, Status)
            times.append((time.perf_counter() - start) / args.repeat)
        print(
            f"{name:40s} {statistics.median(times) * 1000:7.2f} ms/page"
            f"  ({len(body) / 1024:.0f} KiB, {kept} posts kept)"
        )


if __name__ == "__main__":
    main()
