"""``python -m townsfolk.practice``: serve practice towns on 127.0.0.1 until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from townsfolk.practice.personalities import PERSONALITIES
from townsfolk.practice.server import PracticeServer
from townsfolk.practice.world import World


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="townsfolk-practice",
        description="Serve practice towns on this computer (127.0.0.1 only).",
    )
    parser.add_argument("--towns", type=int, default=2, help="how many towns (default 2)")
    parser.add_argument(
        "--port-base",
        type=int,
        default=0,
        help="first port; town N gets port-base+N (default 0: the system picks free ports)",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed for people and posts")
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="fill the first town with hostile names, bios, links and town texts "
        "(practice/hostile.py), for trying the app against a town that attacks it",
    )
    parser.add_argument(
        "--personality",
        choices=sorted(PERSONALITIES),
        default=None,
        help="make every town behave like that server family (practice/personalities.py; "
        "default: mastodon4)",
    )
    args = parser.parse_args(argv)
    if args.towns < 1:
        parser.error("--towns must be at least 1")

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        world = World.seeded(towns=args.towns, seed=args.seed, personality=args.personality)
        if args.hostile:
            from townsfolk.practice.hostile import add_hostile_text

            add_hostile_text(world, world.towns[0].domain, town_text=True)
        with PracticeServer(world, port_base=args.port_base) as server:
            for town in world.towns:
                print(f"{town.domain} {server.base_url(town.domain)}", flush=True)
            print("Serving practice towns. Press Ctrl+C to stop.", file=sys.stderr, flush=True)
            while not stop.wait(0.5):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
