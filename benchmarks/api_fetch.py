"""Benchmark of fetching timelines with Townsfolk's API client (townsfolk.api.MastodonClient).

What it measures (wall clock, ``time.perf_counter``, median of ``--rounds`` rounds after one
warm-up round that is not counted):

1. **Walking a timeline**: 20 pages x 40 posts of the public "everywhere" timeline of a
   practice town, following the Link headers, decoded into entities:
   - Townsfolk: ``MastodonClient.public_timeline(limit=40)``, then ``cursor=page.next``;
   - Mastodon.py (what a user could pick instead; synchronous, requests):
     ``timeline_public(limit=40)``, then ``fetch_next``.
   Both print posts per second and the ratio. Aim: Townsfolk at least 2x Mastodon.py.
   Each round makes a new client (not timed), so each walk pays one TCP connect. The two
   clients take turns round by round, so slow drifts of the machine hit both alike.
2. **Three first pages at once**: home, local ("your town") and everywhere, 40 posts each,
   with one warm Townsfolk client: one after another, and together with ``asyncio.gather``.
   Also the slowest of the three single pages. Aim: together in little more than the
   slowest single page (the script calls <= 1.5x "met"). Measured twice: (a) on the town
   that answers at once, where nothing waits, so ``gather`` can only overlap the server's
   work with the client's; (b) on a second town that waits ``--delay`` seconds (default
   0.05) before each timeline answer, like a town far away, which is what ``gather`` is for.
   For each it also prints the CPU time of both processes (client and server, the server's
   asked through the pipe) one after another and together, and the least time "together"
   could take on this machine: that CPU time shared over all its cores. On loopback nothing
   waits, so this floor, not the client, sets how close to 1x part (a) can come.
3. **Where the time of one page goes**, so a reader can tell client time from server time:
   - the practice server's own time per page, measured in this process by calling its ASGI
     app directly (no sockets, no HTTP parsing; its JSON caches warm);
   - a "floor": the same 20-page walk with the standard library's ``http.client`` over one
     keep-alive connection, reading the bytes and the Link header only (no decoding). This is
     server + uvicorn + loopback + the thinnest possible client;
   - the same walk with a bare ``httpx.AsyncClient`` and with ``MastodonClient.request``
     (bytes only), then Townsfolk's decoding alone (``decode_list(body, Status)``) and its
     three steps (msgspec JSON parse, ``normalise``, ``msgspec.convert``).
   ``--profile`` adds a cProfile of one walk of each client (client process only).

The practice towns are served by uvicorn on 127.0.0.1 (port 0) in a **separate process**
(started with ``multiprocessing``, "spawn"): ``PracticeServer`` normally runs in a background
thread, which would share the GIL and the process with the client and charge the server's
work to the client. The child builds ``World.seeded(towns=2, seed=1)``, makes an access
token with ``town.create_token`` (the ``python -m townsfolk.practice`` command has no way to
make one), sends the addresses and tokens back through a pipe, and serves until the parent
tells it to stop (or the pipe closes). The token goes through the pipe only; it is never
printed. Note the server is one single-threaded Python process: requests sent together are
still answered one after another.

Run it with::

    .venv/bin/python benchmarks/api_fetch.py              # about 30 s on 2 cores
    .venv/bin/python benchmarks/api_fetch.py --rounds 9
    .venv/bin/python benchmarks/api_fetch.py --profile    # also cProfile both clients' walks
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import datetime
import http.client
import io
import multiprocessing
import multiprocessing.connection
import os
import platform
import pstats
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from importlib import metadata
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

import httpx
import msgspec
from mastodon import Mastodon

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status, decode_list, normalise
from townsfolk.api.pagination import Cursor, Page, parse_link_header
from townsfolk.practice import PracticeServer, World

PAGES = 20
PER_PAGE = 40
POSTS = PAGES * PER_PAGE
TOWNS = 2
SEED = 1
START_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0
DELAY = 0.05
PUBLIC = "/api/v1/timelines/public"
HOME = "/api/v1/timelines/home"


class Town(NamedTuple):
    domain: str
    base_url: str
    token: str  # sent through the pipe only, never printed


# -- the server, in its own process ---------------------------------------------------------------
def _serve(conn: multiprocessing.connection.Connection, delay: float) -> None:
    """Child process: serve the practice towns until the parent says stop. The first town
    answers at once; the second waits ``delay`` seconds before each timeline answer (an
    asyncio sleep, so waiting requests overlap), like a town far away."""
    world = World.seeded(towns=TOWNS, seed=SEED)
    near, far = world.towns[0], world.towns[1]
    far.faults.set("slow", paths="/api/v1/timelines/*", delay=delay)
    with PracticeServer(world) as server:
        conn.send(
            [
                Town(t.domain, server.base_url(t.domain), t.create_token(t.users[0]))
                for t in (near, far)
            ]
        )
        with contextlib.suppress(EOFError, KeyboardInterrupt):
            # "cpu": answer with this process's CPU time so far (every thread: uvicorn's and
            # the practice town's), so the parent can add the server's CPU to its own.
            while conn.recv() == "cpu":
                conn.send(time.process_time())
    conn.close()


class ServerProcess:
    """The practice towns in a child process; a context manager that always stops it."""

    def __init__(self, delay: float) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child_conn, delay), name="practice-towns")
        self._child_conn = child_conn
        self.near = self.far = Town("", "", "")

    def cpu(self) -> float:
        """The server process's CPU time so far, in seconds (asked through the pipe)."""
        self._conn.send("cpu")
        answer: float = self._conn.recv()
        return answer

    def __enter__(self) -> ServerProcess:
        self._proc.start()
        self._child_conn.close()
        try:
            if not self._conn.poll(START_TIMEOUT):
                raise RuntimeError("the practice town did not start in time")
            self.near, self.far = self._conn.recv()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self._conn.send("stop")
        self._proc.join(STOP_TIMEOUT)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(STOP_TIMEOUT)
        self._conn.close()
        self._proc.close()


# -- helpers --------------------------------------------------------------------------------------
def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} CPUs ({cpu}), Python {platform.python_version()}, {platform.system()}"


def versions() -> str:
    names = ("httpx", "h11", "msgspec", "uvicorn", "Mastodon.py", "requests")
    return ", ".join(f"{name} {metadata.version(name)}" for name in names)


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# -- the server's own time: its ASGI app, in this process -----------------------------------------
class AsgiCaller:
    """Calls a practice app directly, as uvicorn would, and returns (body, headers)."""

    def __init__(self, world: World, domain: str, token: str) -> None:
        self.app = world.asgi_app(domain)
        self.headers = [
            (b"host", domain.encode()),
            (b"authorization", f"Bearer {token}".encode()),
            (b"accept", b"application/json"),
        ]

    async def get(self, path: str, query: str) -> tuple[bytes, dict[str, str]]:
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": self.headers,
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
        }
        sent = False
        body: list[bytes] = []
        headers: dict[str, str] = {}

        async def receive() -> MutableMapping[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": b"", "more_body": False}
            return {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    raise RuntimeError(f"{path}?{query} answered {message['status']}")
                for name, value in message.get("headers", []):
                    headers[name.decode("latin-1").lower()] = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        await self.app(scope, receive, send)
        return b"".join(body), headers


def next_query(link: str | None) -> str | None:
    url = parse_link_header(link).get("next")
    return urlsplit(url).query if url else None


async def server_times(rounds: int) -> tuple[float, float]:
    """Median seconds the server spends on one page of the walk, and on the three first pages
    (home + local + everywhere) together."""
    world = World.seeded(towns=TOWNS, seed=SEED)
    town = world.towns[0]
    caller = AsgiCaller(world, town.domain, town.create_token(town.users[0]))
    walks: list[float] = []
    threes: list[float] = []
    for round_ in range(rounds + 1):
        query: str | None = f"limit={PER_PAGE}"
        start = time.perf_counter()
        for _ in range(PAGES):
            assert query is not None
            _, headers = await caller.get(PUBLIC, query)
            query = next_query(headers.get("link"))
        walk = time.perf_counter() - start
        start = time.perf_counter()
        await caller.get(HOME, f"limit={PER_PAGE}")
        await caller.get(PUBLIC, f"local=true&limit={PER_PAGE}")
        await caller.get(PUBLIC, f"limit={PER_PAGE}")
        three = time.perf_counter() - start
        if round_:
            walks.append(walk / PAGES)
            threes.append(three)
    return median(walks), median(threes)


# -- references: http.client and bare httpx, bytes only -------------------------------------------
def floor_walk(base_url: str, token: str) -> tuple[float, list[bytes]]:
    """Seconds for the 20-page walk with http.client (one keep-alive connection), and the bodies."""
    parts = urlsplit(base_url)
    assert parts.hostname is not None
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    bodies: list[bytes] = []
    start = time.perf_counter()
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        query: str | None = f"limit={PER_PAGE}"
        for _ in range(PAGES):
            assert query is not None
            conn.request("GET", f"{PUBLIC}?{query}", headers=headers)
            response = conn.getresponse()
            bodies.append(response.read())
            if response.status != 200:
                raise RuntimeError(f"the practice town answered {response.status}")
            query = next_query(response.getheader("Link"))
    finally:
        conn.close()
    return time.perf_counter() - start, bodies


async def httpx_walk(base_url: str, token: str) -> float:
    """Seconds for the 20-page walk with a bare httpx.AsyncClient, bytes only."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers) as client:
        query: str | None = f"limit={PER_PAGE}"
        start = time.perf_counter()
        for _ in range(PAGES):
            assert query is not None
            response = await client.get(f"{PUBLIC}?{query}")
            response.raise_for_status()
            query = next_query(response.headers.get("link"))
        return time.perf_counter() - start


async def request_walk(base_url: str, token: str) -> float:
    """Seconds for the walk with Townsfolk's ``MastodonClient.request`` (no decoding)."""
    async with MastodonClient(base_url, access_token=token) as client:
        params = [("limit", str(PER_PAGE))]
        start = time.perf_counter()
        for _ in range(PAGES):
            response = await client.request("GET", PUBLIC, params=params)
            params = parse_qsl(next_query(response.headers.get("link")) or "")
        return time.perf_counter() - start


def decode_times(bodies: list[bytes]) -> dict[str, float]:
    """Townsfolk's decoding of the 20 bodies, whole and in its three steps (seconds)."""
    start = time.perf_counter()
    count = sum(len(decode_list(body, Status)) for body in bodies)
    whole = time.perf_counter() - start
    if count != POSTS:
        raise RuntimeError(f"decoded {count} posts, expected {POSTS}")
    start = time.perf_counter()
    parsed = [msgspec.json.decode(body) for body in bodies]
    json_ = time.perf_counter() - start
    start = time.perf_counter()
    normalised = [[normalise(item) for item in page] for page in parsed]
    norm = time.perf_counter() - start
    start = time.perf_counter()
    for page in normalised:
        for item in page:
            msgspec.convert(item, Status, strict=False)
    convert = time.perf_counter() - start
    return {"decode": whole, "json": json_, "normalise": norm, "convert": convert}


# -- the two clients ------------------------------------------------------------------------------
async def townsfolk_walk(base_url: str, token: str) -> tuple[float, list[str]]:
    """Seconds for the 20-page walk with a new MastodonClient, and the post ids seen."""
    async with MastodonClient(base_url, access_token=token) as client:
        ids: list[str] = []
        cursor: Cursor | None = None
        start = time.perf_counter()
        for _ in range(PAGES):
            page = await client.public_timeline(limit=PER_PAGE, cursor=cursor)
            ids.extend(post.id for post in page.items)
            cursor = page.next
            if cursor is None:
                break
        elapsed = time.perf_counter() - start
    return elapsed, ids


def mastodonpy_walk(base_url: str, token: str) -> tuple[float, list[str]]:
    """Seconds for the 20-page walk with a new Mastodon.py client, and the post ids seen."""
    api = Mastodon(api_base_url=base_url, access_token=token)
    try:
        ids: list[str] = []
        start = time.perf_counter()
        page: Any = api.timeline_public(limit=PER_PAGE)
        for n in range(PAGES):
            ids.extend(str(post.id) for post in page)
            if n + 1 < PAGES:
                page = api.fetch_next(page)
                if page is None:
                    break
        elapsed = time.perf_counter() - start
    finally:
        api.session.close()
    return elapsed, ids


def check_walk(name: str, ids: list[str], expected: list[str] | None) -> None:
    if len(ids) != POSTS or len(set(ids)) != POSTS:
        raise RuntimeError(f"{name} walked {len(ids)} posts ({len(set(ids))} different)")
    if expected is not None and ids != expected:
        raise RuntimeError(f"{name} saw other posts than the first client")


KINDS = ("home", "local", "everywhere")


async def three_pages(town: Town, rounds: int, server_cpu: Callable[[], float]) -> dict[str, float]:
    """Home, local and everywhere first pages: one after another vs together (warm client).

    Also the CPU time both processes (this client and the server) spent on the three pages,
    one after another and together: on loopback nothing waits, so together can take no less
    than that CPU time shared over the machine's cores."""
    async with MastodonClient(town.base_url, access_token=town.token) as client:
        fetches: dict[str, Callable[[], Awaitable[Page[Status]]]] = {
            "home": lambda: client.home_timeline(limit=PER_PAGE),
            "local": lambda: client.public_timeline(local=True, limit=PER_PAGE),
            "everywhere": lambda: client.public_timeline(limit=PER_PAGE),
        }

        async def timed(fetch: Callable[[], Awaitable[Page[Status]]]) -> float:
            start = time.perf_counter()
            page = await fetch()
            elapsed = time.perf_counter() - start
            if len(page.items) != PER_PAGE:
                raise RuntimeError(f"a first page had {len(page.items)} posts")
            return elapsed

        keys = ("sequential", "slowest", "together", "cpu_sequential", "cpu_together", *KINDS)
        got: dict[str, list[float]] = {k: [] for k in keys}
        for round_ in range(rounds + 1):
            cpu_before = time.process_time() + server_cpu()
            start = time.perf_counter()
            singles = {kind: await timed(fetch) for kind, fetch in fetches.items()}
            sequential = time.perf_counter() - start
            cpu_between = time.process_time() + server_cpu()
            start = time.perf_counter()
            await asyncio.gather(*(timed(fetch) for fetch in fetches.values()))
            together = time.perf_counter() - start
            cpu_after = time.process_time() + server_cpu()
            if round_:
                got["sequential"].append(sequential)
                got["together"].append(together)
                got["cpu_sequential"].append(cpu_between - cpu_before)
                got["cpu_together"].append(cpu_after - cpu_between)
                got["slowest"].append(max(singles.values()))
                for kind, elapsed in singles.items():
                    got[kind].append(elapsed)
    return {key: median(values) for key, values in got.items()}


def profile_walks(base_url: str, token: str) -> str:
    runs: list[tuple[str, Callable[[], object]]] = [
        ("Townsfolk", lambda: asyncio.run(townsfolk_walk(base_url, token))),
        ("Mastodon.py", lambda: mastodonpy_walk(base_url, token)),
    ]
    report: list[str] = []
    for name, run in runs:
        profiler = cProfile.Profile()
        profiler.enable()
        run()
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        text = out.getvalue()
        report.append(f"\n--- cProfile of one {name} walk (client process only), by own time ---")
        report.append(text[text.index("   ncalls") :].rstrip() if "   ncalls" in text else text)
    return "\n".join(report)


# -- main -----------------------------------------------------------------------------------------
def print_three(title: str, three: dict[str, float]) -> None:
    factor = three["together"] / three["slowest"]
    verdict = "met" if factor <= 1.5 else "MISSED"
    singles = ", ".join(f"{kind} {ms(three[kind])}" for kind in KINDS)
    print(title)
    print(f"   one after another:   {ms(three['sequential'])}  ({singles})")
    print(f"   together (gather):   {ms(three['together'])}")
    print(f"   slowest single page: {ms(three['slowest'])}")
    print(f"   together / slowest:  {factor:.2f}x   (aim: little more than 1x, <= 1.5x: {verdict})")
    cores = os.cpu_count() or 1
    floor = three["cpu_together"] / cores
    print(
        f"   CPU of both processes: {ms(three['cpu_sequential'])} one after another, "
        f"{ms(three['cpu_together'])} together"
    )
    print(
        f"   least possible together on {cores} cores (that CPU / {cores}): {ms(floor)} = "
        f"{floor / three['slowest']:.2f}x the slowest single page"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=5, help="counted rounds (default 5)")
    parser.add_argument("--profile", action="store_true", help="also cProfile both walks")
    parser.add_argument(
        "--delay",
        type=float,
        default=DELAY,
        help=f"seconds the far town waits before each timeline answer (default {DELAY})",
    )
    parser.add_argument("--smoke", action="store_true", help="walks of 3 pages, 1 round")
    args = parser.parse_args(argv)
    if args.smoke:
        global PAGES, POSTS  # noqa: PLW0603 (the walks read these module constants)
        PAGES, args.rounds = 3, 1
        POSTS = PAGES * PER_PAGE
    rounds = max(1, args.rounds)

    began = time.perf_counter()
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"Townsfolk API fetch benchmark, {now}")
    print(f"Machine: {machine()}")
    print(f"Versions: {versions()}")
    print(f"Medians of {rounds} rounds after 1 warm-up round.", flush=True)

    server_page, server_three = asyncio.run(server_times(rounds))
    got: dict[str, list[float]] = {}

    def keep(round_: int, **values: float) -> None:
        if round_:
            for key, value in values.items():
                got.setdefault(key, []).append(value)

    with ServerProcess(args.delay) as server:
        near, far = server.near, server.far
        print(f"Practice towns served by a separate process: {near.domain} at {near.base_url},")
        print(f"{far.domain} at {far.base_url} (waits {ms(args.delay)} per timeline answer).")
        reference: list[str] | None = None
        for round_ in range(rounds + 1):
            townsfolk, ids = asyncio.run(townsfolk_walk(near.base_url, near.token))
            check_walk("Townsfolk", ids, reference)
            reference = ids
            mastodonpy, m_ids = mastodonpy_walk(near.base_url, near.token)
            check_walk("Mastodon.py", m_ids, reference)
            floor, bodies = floor_walk(near.base_url, near.token)
            bare = asyncio.run(httpx_walk(near.base_url, near.token))
            request = asyncio.run(request_walk(near.base_url, near.token))
            keep(
                round_,
                townsfolk=townsfolk,
                mastodonpy=mastodonpy,
                floor=floor,
                httpx=bare,
                request=request,
                **decode_times(bodies),
            )
        three_near = asyncio.run(three_pages(near, rounds, server.cpu))
        three_far = asyncio.run(three_pages(far, rounds, server.cpu))
        profile = profile_walks(near.base_url, near.token) if args.profile else ""

    t = {key: median(values) for key, values in got.items()}
    t_rate = POSTS / t["townsfolk"]
    m_rate = POSTS / t["mastodonpy"]
    ratio = t_rate / m_rate
    verdict = "met" if ratio >= 2 else "MISSED"
    print("\n1. Walking the everywhere timeline: 20 pages x 40 posts, decoded, new client each")
    print(
        f"   Townsfolk MastodonClient: {t_rate:7.0f} posts/s  "
        f"({ms(t['townsfolk'])} per walk, {ms(t['townsfolk'] / PAGES)} per page)"
    )
    print(
        f"   Mastodon.py:              {m_rate:7.0f} posts/s  "
        f"({ms(t['mastodonpy'])} per walk, {ms(t['mastodonpy'] / PAGES)} per page)"
    )
    print(f"   Townsfolk / Mastodon.py:  {ratio:.1f}x   (aim: at least 2x: {verdict})")
    print()
    print_three(
        f"2a. First pages of home, local and everywhere, {near.domain} (answers at once)",
        three_near,
    )
    print("   (nothing waits here: the three pages' client work runs one after another on the")
    print("   single event loop thread, so together >= 3 x the client's own work per page)")
    print_three(
        f"2b. The same on {far.domain} (waits {ms(args.delay)} per answer, like a far town)",
        three_far,
    )
    print()
    rows = [
        ("server's own work (its ASGI app, called in process)", server_page),
        ("floor: http.client, bytes only (server+uvicorn+loopback)", t["floor"] / PAGES),
        ("bare httpx.AsyncClient, bytes only", t["httpx"] / PAGES),
        ("MastodonClient.request, bytes only", t["request"] / PAGES),
        ("Townsfolk decoding (decode_list into Status)", t["decode"] / PAGES),
        ("  of which msgspec JSON parse", t["json"] / PAGES),
        ("  of which normalise() (Python pass over every value)", t["normalise"] / PAGES),
        ("  of which msgspec.convert into Structs", t["convert"] / PAGES),
        ("full Townsfolk page (part 1)", t["townsfolk"] / PAGES),
        ("full Mastodon.py page (part 1)", t["mastodonpy"] / PAGES),
    ]
    print("3. Where the time of one page of the walk goes (medians, per page of 40 posts)")
    for label, seconds in rows:
        print(f"   {label + ':':<58} {ms(seconds):>9}")
    print(f"   {'server, the 3 first pages of part 2 one by one:':<58} {ms(server_three):>9}")
    if profile:
        print(profile)
    print(f"\nTotal run time {time.perf_counter() - began:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
