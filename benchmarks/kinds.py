"""Benchmark of recognising what each post is (issue 15, services/kinds + ui/kinds).

What it measures (wall clock, ``time.perf_counter``, median of ``--rounds`` rounds after one
warm-up round), offscreen, no network:

1. **classify**: ``services.kinds.classify`` on every post of the practice world with the
   other kinds of towns (``World.seeded(towns=2, fediverse=True)``: 1,310 posts, 11 of them
   from Pixelfed, PeerTube, Funkwhale, Owncast, Friendica, WriteFreely and Mobilizon), with
   their software known; a post's HTML is sanitised only when its kind needs the words
   (photo sets, videos, tracks, streams, articles, and posts longer than 500 letters).
2. **line, cached**: ``KindRegistry.line`` again on the same posts (what the timeline painter
   and ``sizeHint`` pay per row once the kind is known): a dict lookup.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/kinds.py``.
"""

from __future__ import annotations

import argparse
import statistics
import time

from PySide6.QtWidgets import QApplication

from townsfolk.api.entities import Status, decode
from townsfolk.practice import World
from townsfolk.practice.render import status_json
from townsfolk.services.kinds import classify
from townsfolk.ui.kinds.registry import KindRegistry

SOFTWARE = {
    "lens.practice": "pixelfed", "tube.practice": "peertube", "tunes.practice": "funkwhale",
    "live.practice": "owncast", "friends.practice": "friendica",
    "words.practice": "writefreely", "events.practice": "mobilizon",
}  # fmt: skip


def _posts() -> list[Status]:
    world = World.seeded(towns=2, seed=1, fediverse=True)
    town = world.town("maple.practice")
    return [
        decode(status_json(town, post, "http://maple.practice", None), Status)
        for post in world.posts.values()
        if post.reblog_of is None and not post.deleted
    ]


def _median(rounds: int, run) -> float:
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="1 round (benchmarks/smoke.sh)")
    args = parser.parse_args()
    if args.smoke:
        args.rounds = 1
    _app = QApplication.instance() or QApplication([])
    posts = _posts()
    registry = KindRegistry()
    registry.configure(software=lambda host: SOFTWARE.get(host, "mastodon"))

    def classify_all() -> None:
        for post in posts:
            classify(post, SOFTWARE.get(registry.host_of(post), "mastodon"))

    def lines() -> None:
        for post in posts:
            registry.line(post)

    kinds: dict[str, int] = {}
    for post in posts:
        kind = registry.kind_of(post).kind
        kinds[kind] = kinds.get(kind, 0) + 1
    n = len(posts)
    t_classify = _median(args.rounds, classify_all)
    t_lines = _median(args.rounds, lines)
    print(f"posts: {n}; kinds: {dict(sorted(kinds.items()))}")
    print(
        f"classify: {t_classify * 1000:.1f} ms for {n} posts ({t_classify / n * 1e6:.1f} µs each)"
    )
    print(f"line, cached: {t_lines * 1000:.2f} ms for {n} posts ({t_lines / n * 1e6:.2f} µs each)")


if __name__ == "__main__":
    main()
