"""Benchmark of the SQLite cache (townsfolk.cache).

What it measures (median of several runs, wall clock, ``time.perf_counter``):

1. insert 1,000 posts of realistic ~3 KB JSON each in one call
   (``db.posts.upsert_many``), into a database that already holds 50,000 posts;
   also the same plus recording them as a timeline page, in one transaction;
2. read the newest 40 entries (with their JSON) of a 50,000-post timeline
   (``db.timelines.newest``), connection already open;
3. open the 50,000-post database cold: a new Python process runs ``Database.open`` (cheap
   checks + migrations check) and the first ``newest(40)``; the figure is measured inside
   that process, so interpreter start-up is not counted (the OS file cache is warm; caches
   are not dropped). For information also: the open with the full ``quick_check`` that
   runs after an unclean stop.

Targets: (1) under 50 ms, (2) under 5 ms, (3) under 50 ms.

Run it with::

    .venv/bin/python benchmarks/cache.py            # about half a minute on 2 cores
    .venv/bin/python benchmarks/cache.py --runs 9
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from townsfolk.cache import Database, PostRecord

TIMELINE_SIZE = 50_000
BATCH = 1_000
BASE_ID = 109_000_000_000_000_000


def post_json(n: int) -> dict[str, object]:
    """A Mastodon-like post of about 3 KB."""
    author = f"person{n % 997}"
    return {
        "id": str(BASE_ID + n),
        # Newer posts come later, as on a real timeline (one every 10 seconds).
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(1.79e9 + n * 10)),
        # About a third are replies, a quarter are boosts, as in a typical home timeline.
        "in_reply_to_id": str(BASE_ID + n - 3) if n % 3 == 0 else None,
        "in_reply_to_account_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "uri": f"https://town{n % 13}.example/users/{author}/statuses/{BASE_ID + n}",
        "url": f"https://town{n % 13}.example/@{author}/{BASE_ID + n}",
        "replies_count": n % 7,
        "reblogs_count": n % 11,
        "favourites_count": n % 23,
        "favourited": False,
        "reblogged": False,
        "bookmarked": False,
        "content": "<p>"
        + " ".join(f"word{(n * 7 + i) % 501}" for i in range(160))
        + ' <a href="https://town.example/tags/cats" class="mention hashtag">'
        + "#<span>cats</span></a></p>",
        "reblog": {"id": str(BASE_ID + n + 7)} if n % 4 == 0 else None,
        "application": {"name": "Townsfolk", "website": None},
        "account": {
            "id": str(n % 997),
            "username": author,
            "acct": f"{author}@town{n % 13}.example",
            "display_name": f"Person {n % 997} 🌻",
            "locked": False,
            "bot": False,
            "created_at": "2023-01-01T00:00:00.000Z",
            "note": "<p>I like gardens, bread and slow mornings.</p>",
            "url": f"https://town{n % 13}.example/@{author}",
            "avatar": f"https://files.town{n % 13}.example/accounts/avatars/{n % 997}.png",
            "avatar_static": f"https://files.town{n % 13}.example/accounts/avatars/{n % 997}.png",
            "header": f"https://files.town{n % 13}.example/accounts/headers/{n % 997}.png",
            "followers_count": n % 5000,
            "following_count": n % 300,
            "statuses_count": n % 9000,
            "emojis": [],
            "fields": [{"name": "Garden", "value": "Tomatoes", "verified_at": None}],
        },
        "media_attachments": [
            {
                "id": str(BASE_ID + n),
                "type": "image",
                "url": f"https://files.town{n % 13}.example/media/{n}.jpg",
                "preview_url": f"https://files.town{n % 13}.example/media/small/{n}.jpg",
                "description": "A cat asleep in a flower pot, in the sun.",
                "blurhash": "UGF5?xYk^6#M@-5c,1J5@[or[Q6.{dSORjxu",
                "meta": {"original": {"width": 1200, "height": 800}},
            }
        ],
        "mentions": [],
        "tags": [{"name": "cats", "url": "https://town.example/tags/cats"}],
        "emojis": [],
        "card": None,
        "poll": None,
    }


def record(n: int) -> PostRecord:
    body = post_json(n)
    account = body["account"]
    reblog = body["reblog"]
    assert isinstance(account, dict)
    return PostRecord(
        id=str(body["id"]),
        reblog_of_id=str(reblog["id"]) if isinstance(reblog, dict) else None,
        in_reply_to_id=None if body["in_reply_to_id"] is None else str(body["in_reply_to_id"]),
        json=json.dumps(body, ensure_ascii=False),
        created_at=str(body["created_at"]),
        author_acct=str(account["acct"]),
        url=str(body["url"]),
        uri=str(body["uri"]),
    )


def build(path: Path, size: int = TIMELINE_SIZE) -> int:
    with Database.open(path) as db:
        account = db.accounts.add(
            server_url="https://town.example",
            server_domain="town.example",
            handle="me@town.example",
        )
        for start in range(0, size, BATCH):
            records = [record(n) for n in range(start, start + BATCH)]
            with db.transaction():
                db.posts.upsert_many(account.local_id, records)
                db.timelines.put_page(
                    account.local_id, "home", [r.id for r in reversed(records)], gap_before=False
                )
        return account.local_id


def ms(samples: list[float]) -> str:
    median, low = statistics.median(samples) * 1000, min(samples) * 1000
    return f"{median:7.2f} ms (min {low:.2f}, max {max(samples) * 1000:.2f}, n={len(samples)})"


COLD_OPEN = """
import sys, time
t0 = time.perf_counter()
from townsfolk.cache import Database
t1 = time.perf_counter()
db = Database.open(sys.argv[1], integrity_check=sys.argv[2])
t2 = time.perf_counter()
entries = db.timelines.newest(int(sys.argv[3]), "home", 40)
t3 = time.perf_counter()
assert len(entries) == 40
db.close()
print(t1 - t0, t2 - t1, t3 - t1)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="5,000 posts, 1 run: a few seconds")
    args = parser.parse_args()
    timeline_size = TIMELINE_SIZE
    if args.smoke:
        timeline_size, args.runs = 5 * BATCH, 1
    with tempfile.TemporaryDirectory(prefix="townsfolk-bench-") as tmp:
        path = Path(tmp) / "townsfolk.db"
        t = time.perf_counter()
        account_id = build(path, timeline_size)
        print(
            f"built {timeline_size} posts in {time.perf_counter() - t:.1f} s, "
            f"file {path.stat().st_size / 1e6:.0f} MB"
        )

        # 2. newest 40 of a 50,000-post timeline, warm connection.
        with Database.open(path) as db:
            assert db.timelines.count(account_id, "home") == timeline_size
            reads = []
            for _ in range(max(args.runs, 5) * 10):
                t = time.perf_counter()
                entries = db.timelines.newest(account_id, "home", 40)
                reads.append(time.perf_counter() - t)
                assert len(entries) == 40

            # 1. insert 1,000 posts in one call (new ids each run).
            inserts, with_page = [], []
            next_n = timeline_size
            for _ in range(args.runs):
                records = [record(n) for n in range(next_n, next_n + BATCH)]
                next_n += BATCH
                t = time.perf_counter()
                db.posts.upsert_many(account_id, records)
                inserts.append(time.perf_counter() - t)
            for _ in range(args.runs):
                records = [record(n) for n in range(next_n, next_n + BATCH)]
                next_n += BATCH
                t = time.perf_counter()
                with db.transaction():
                    db.posts.upsert_many(account_id, records)
                    db.timelines.put_page(account_id, "home", [r.id for r in reversed(records)])
                with_page.append(time.perf_counter() - t)
            size = len(records[0].json)  # type: ignore[arg-type]
        # 3. cold open in a new process.
        cold: dict[str, list[float]] = {"quick": [], "full": []}
        imports = []
        for mode in ("quick", "full"):
            for _ in range(args.runs):
                out = subprocess.run(
                    [sys.executable, "-c", COLD_OPEN, str(path), mode, str(account_id)],
                    check=True,
                    capture_output=True,
                    text=True,
                    env=dict(os.environ),
                ).stdout.split()
                imports.append(float(out[0]))
                cold[mode].append(float(out[1]))
                cold[mode + "+read"] = [*cold.get(mode + "+read", []), float(out[2])]

    print(f"post JSON size:                         {size} bytes")
    print(f"insert 1,000 posts (one call):          {ms(inserts)}   target < 50 ms")
    print(f"  ... plus timeline page, one txn:      {ms(with_page)}")
    print(f"newest 40 of {timeline_size:,} (warm connection):  {ms(reads)}   target < 5 ms")
    print(f"cold open, new process (auto/quick):    {ms(cold['quick'])}   target < 50 ms")
    print(f"  ... open + first newest(40):          {ms(cold['quick+read'])}")
    print(f"  open with full check (after a crash): {ms(cold['full'])}")
    print(f"  (import of townsfolk.cache:           {ms(imports)}, not counted)")


if __name__ == "__main__":
    main()
