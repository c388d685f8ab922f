"""Benchmark of the main window's timeline (townsfolk.ui.timeline), offscreen.

What it measures (wall clock, ``time.perf_counter``/``time.monotonic``; medians of several
runs where a figure is a single number):

a. **Process start to the first cached timeline painted.** A profile is made with one stored
   account and a cached "People you follow" timeline (``--cached`` posts, 1,000 by default).
   Its town is an address where nothing listens, so nothing can come from the network. Then
   a fresh child process is started for each run (``--runs``): ``python -c CHILD DIR``, where
   CHILD puts the account's login in an in-memory keyring, installs an application event
   filter that notes the first paint of the home list's viewport while that list has rows,
   and then calls ``townsfolk.app.main(["--profile", DIR])``, exactly what
   ``python -m townsfolk --profile DIR`` runs. Time is counted from just before the parent
   spawns the child to the end of that paint (the next event-loop turn after the paint
   event); both sides read the system-wide monotonic clock. Production code has no hooks.
   The profile's picture cache holds the pictures, avatars and emoji of the cached posts (as
   after a day of use), so the first screen decodes them from the disk as the app would.
a'. **The floor**: a minimal PySide6 program (QApplication, a QMainWindow with a QListView of
   15 lines) started and timed exactly like a, in turn with it (a, floor, a, floor, ...); the
   ratio a / floor is taken run by run, so it holds when the machine's load changes.
b. **Paint time per scroll step through 10,000 posts.** One ``TimelineView`` (600 x 900
   logical pixels, offscreen, ``QT_NO_GUI_THREADPOOL=1`` as the app sets it) holds 10,000
   varied posts (replies, boosts, pictures, content warnings, polls, link cards, custom
   emoji). Pictures come from an in-memory loader (no network) and are decoded off the UI
   thread as in the app; garbage is collected from a timer on the GUI thread as the app does
   (``ui.gc.MainThreadCollector``). The list is scrolled from top to bottom in steps of ``--step``
   pixels (a quick flick of the mouse wheel); each step is ``scrollbar.setValue`` plus the
   paint Qt then does (``sendPostedEvents(window, UpdateRequest)``: the strip that came into
   view is painted, the rest of the picture is moved), and the step's time is that pair.
   p50, p95, max. Then the same again with a synchronous ``viewport().repaint()`` of the
   whole list on every step, as a worst case (e.g. a window brought to the front).
c. **Peak memory**: the process's peak resident set size (``ru_maxrss``) after b (10,000
   posts loaded and every one of them painted once), and the same before the posts were
   given to the view (Qt, Python and the app's modules).
d. **Time to open a thread**: build a ``ThreadView`` from the cache (``thread_from_cache``:
   5 posts above, the post, 40 replies), show it and paint it once, median of ``--runs``;
   also the time until all 46 rows are in the list (they come in over a few loop turns).
e. **Longest event-loop stall while loading**: the 10,000 posts are given to the shown view
   (``model.set_items``: the first 40 rows at once, the rest measured and inserted in
   chunks on later loop turns). A 2 ms repeating timer notes every loop turn until the
   model says it is finished; the longest gap between two turns (including the
   ``set_items`` call itself) is the stall. Also the time until the first 40 rows were
   painted and until the last row was in.

Aims: a ≤ 0.5 s; b p95 ≤ 8 ms and max ≤ 16 ms; c ≤ 200 MB; e ≤ 50 ms. Each figure is printed
with "met" or "MISSED" next to its aim, and the load average (the machine is shared: note
it with every figure). Before b, c and e, the objects made so far are frozen out of garbage
collection (``ui.gc.freeze_start_up``), as the app does once its first screen is shown.

Run it with::

    .venv/bin/python benchmarks/ui.py                 # 2–5 minutes on 2 cores
    .venv/bin/python benchmarks/ui.py --runs 9 --cached 5000
    .venv/bin/python benchmarks/ui.py --only scroll   # start | scroll | thread
    .venv/bin/python benchmarks/ui.py --only scroll --why   # where the GUI thread stalls
    .venv/bin/python benchmarks/ui.py --smoke         # small and once (benchmarks/smoke.sh)
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import msgspec

REPO = Path(__file__).resolve().parents[1]
BASE_ID = 110_000_000_000_000_000
WORDS = [
    *[
        "garden",
        "bread",
        "morning",
        "market",
        "river",
        "bicycle",
        "neighbour",
        "kettle",
        "library",
        "rain",
    ],
    *[
        "autumn",
        "window",
        "tomato",
        "sparrow",
        "harbour",
        "lantern",
        "choir",
        "bakery",
        "meadow",
        "ferry",
    ],
]


# ------------------------------------------------------------------ sample posts


def _account(n: int) -> dict[str, Any]:
    who = n % 211
    return {
        "id": str(who),
        "username": f"person{who}",
        "acct": f"person{who}@town{who % 9}.example",
        "display_name": f"Person {who} 🌻" if who % 5 == 0 else f"Person {who}",
        "url": f"https://town{who % 9}.example/@person{who}",
        "avatar": f"https://files.example/avatars/{who % 40}.jpg",
        "avatar_static": f"https://files.example/avatars/{who % 40}.jpg",
    }


def _status(n: int, *, boost_ok: bool = True) -> dict[str, Any]:
    """One Mastodon post of a kind chosen by `n` (about 60 % plain text of varied length)."""
    words = [WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(12 + (n * 37) % 90)]
    paragraphs = [" ".join(words[i : i + 30]) for i in range(0, len(words), 30)]
    content = "".join(f"<p>{p}</p>" for p in paragraphs)
    if n % 6 == 0:
        content += (
            '<p><a href="https://town.example/tags/garden" class="mention hashtag" rel="tag">'
            '#<span>garden</span></a> <a href="https://example.org/some/long/path/page">'
            '<span class="invisible">https://</span><span class="ellipsis">example.org/some/'
            '</span><span class="invisible">long/path/page</span></a></p>'
        )
    body: dict[str, Any] = {
        "id": str(BASE_ID + n),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(1.79e9 + n * 60)),
        "content": content,
        "account": _account(n),
        "replies_count": n % 7,
        "reblogs_count": n % 11,
        "favourites_count": n % 23,
        "uri": f"https://town.example/statuses/{BASE_ID + n}",
        "url": f"https://town.example/@p/{BASE_ID + n}",
    }
    if n % 3 == 0:
        body["in_reply_to_id"] = str(BASE_ID + n - 3)
        body["in_reply_to_account_id"] = str((n - 3) % 211)
    if n % 5 == 1:
        count = 1 + n % 4
        body["media_attachments"] = [
            {
                "id": f"{n}-{k}",
                "type": "image",
                "url": f"https://files.example/media/{(n + k) % 60}.jpg",
                "preview_url": f"https://files.example/media/small/{(n + k) % 60}.jpg",
                "description": "A cat asleep in a flower pot" if k % 2 == 0 else None,
            }
            for k in range(count)
        ]
        body["sensitive"] = n % 25 == 1
    elif n % 17 == 2:
        body["card"] = {
            "url": "https://example.org/recipes/plum-cake",
            "title": "Plum cake for beginners",
            "description": "A simple cake for a rainy afternoon, with plums from the market.",
            "type": "link",
        }
    elif n % 19 == 3:
        body["poll"] = {
            "id": str(n),
            "expires_at": "2030-01-01T00:00:00.000Z",
            "votes_count": 12,
            "options": [
                {"title": "Saturday", "votes_count": 7},
                {"title": "Sunday", "votes_count": 5},
            ],
        }
    if n % 13 == 4:
        body["spoiler_text"] = "food, long"
    if n % 11 == 5:
        body["content"] += "<p>Lovely :maple_leaf:</p>"
        body["emojis"] = [
            {
                "shortcode": "maple_leaf",
                "url": "https://files.example/emoji/maple_leaf.png",
                "static_url": "https://files.example/emoji/maple_leaf.png",
            }
        ]
    if n % 29 == 6:
        body["edited_at"] = body["created_at"]
        body["content"] += "<p>(Edited: fixed a typo.)</p>"
    if boost_ok and n % 4 == 0:
        inner = _status(n + 1_000_000, boost_ok=False)
        return {
            "id": str(BASE_ID + n),
            "created_at": body["created_at"],
            "content": "",
            "account": _account(n + 3),
            "reblog": inner,
            "uri": body["uri"],
        }
    return body


def statuses(count: int) -> list[Any]:
    """`count` posts, newest first."""
    from townsfolk.api.entities import Status

    return [msgspec.convert(_status(n), Status) for n in range(count - 1, -1, -1)]


def _picture_bytes() -> dict[str, bytes]:
    """A few JPEGs (800 x 600 photos, 96 x 96 avatars) and a PNG emoji, made once."""
    from PIL import Image, ImageDraw

    out: dict[str, bytes] = {}
    import io

    for kind, size in (("photo", (800, 600)), ("avatar", (96, 96)), ("emoji", (64, 64))):
        image = Image.new("RGB", size, (90, 140, 60))
        draw = ImageDraw.Draw(image)
        for k in range(0, size[0], 16):
            draw.line([(k, 0), (size[0] - k, size[1])], fill=(200, 120 + k % 100, 40), width=3)
        buffer = io.BytesIO()
        image.save(buffer, "PNG" if kind == "emoji" else "JPEG", quality=85)
        out[kind] = buffer.getvalue()
    return out


class MemoryLoader:
    """Stands in for services.media_loader.MediaLoader: answers from memory at once."""

    def __init__(self) -> None:
        self.data = _picture_bytes()

    async def fetch(self, url: str) -> bytes | None:
        await asyncio.sleep(0)
        if "/avatars/" in url:
            return self.data["avatar"]
        if "/emoji/" in url:
            return self.data["emoji"]
        return self.data["photo"]


# ------------------------------------------------------------------ a. start-up


CHILD = r"""
import sys, time, os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import keyring
from keyring.backend import KeyringBackend

class Memory(KeyringBackend):
    priority = 1
    store = {}
    def get_password(self, service, username):
        return self.store.get((service, username))
    def set_password(self, service, username, password):
        self.store[(service, username)] = password
    def delete_password(self, service, username):
        self.store.pop((service, username), None)

keyring.set_keyring(Memory())
from townsfolk.services.secrets import SecretStore
SecretStore().set_token(int(sys.argv[2]), os.environ["BENCH_TOKEN"])

app = QApplication(sys.argv[:1])
seen = {}

def done():
    seen["after"] = time.monotonic()
    print("PAINTED", seen["paint"], seen["after"], seen["rows"], flush=True)
    app.quit()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if "paint" not in seen and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            list_view = view
            while view is not None and view.objectName() != "homeView":
                view = view.parent()
            if (view is not None and list_view is not None
                    and list_view.objectName() == "timelineList"
                    and view.model.rowCount() > 0):
                seen["paint"] = time.monotonic()
                seen["rows"] = view.model.rowCount()
                QTimer.singleShot(0, done)
        return False

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(20000, app.quit)
from townsfolk.app import main
main(["--profile", sys.argv[1]])
"""


# The floor: the least any PySide6 program needs to show a window with a list in it, started
# and timed exactly like CHILD (same interpreter, same environment, same end point).
FLOOR_CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QListView()
view.setModel(QStringListModel([f"post {n}" for n in range(15)]))
window.setCentralWidget(view)
window.resize(900, 700)
seen = {}

def done():
    print("PAINTED", seen["paint"], time.monotonic(), 15, flush=True)
    app.quit()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if "paint" not in seen and event.type() == QEvent.Type.Paint and obj is view.viewport():
            seen["paint"] = time.monotonic()
            QTimer.singleShot(0, done)
        return False

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(20000, app.quit)
window.show()
app.exec()
"""


def make_profile(folder: Path, count: int) -> int:
    """A profile with one account whose home timeline has `count` cached posts, and the
    pictures and avatars of its posts in the profile's picture cache (as after a first
    day of use), so that the first screen shows them from the disk."""
    from townsfolk import paths
    from townsfolk.cache import Database
    from townsfolk.cache.media import MediaCache
    from townsfolk.services.timelines import store_statuses

    with socket.socket() as s:  # an address where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    posts = statuses(count)
    with Database.open(folder / "townsfolk.db") as db:
        account = db.accounts.add(
            server_url=f"http://127.0.0.1:{port}",
            server_domain="town.example",
            handle="ann@town.example",
            remote_id="1",
            display_name="Ann",
        )
        for start in range(0, count, 1000):
            chunk = posts[start : start + 1000]
            with db.transaction():
                store_statuses(db, account.local_id, chunk, "town.example")
                db.timelines.put_page(
                    account.local_id, "home", [s.id for s in chunk], gap_before=False
                )
        pictures = _picture_bytes()
        files: dict[str, bytes] = {}
        for post in posts:
            shown = post.reblog or post
            for url in (post.account.avatar, shown.account.avatar):
                files[url] = pictures["avatar"]
            for attachment in shown.media_attachments:
                for url in (attachment.url, attachment.preview_url):
                    files[url or ""] = pictures["photo"]
            for emoji in shown.emojis:
                files[emoji.static_url or emoji.url] = pictures["emoji"]
        files.pop("", None)
        media = MediaCache(db, paths.media_cache_dir(folder))
        for url, data in files.items():
            media.put(url, data)
        return account.local_id


def bench_start(runs: int, cached: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="townsfolk-bench-ui-") as tmp:
        profile = Path(tmp) / "profile"
        profile.mkdir()
        account_id = make_profile(profile, cached)
        env = dict(
            os.environ,
            # An installed app has its modules compiled; so does the child after the first
            # (warm-up) run, into a folder of its own (this machine sets
            # PYTHONDONTWRITEBYTECODE, and the work tree is shared).
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
            QT_QPA_PLATFORM="offscreen",
            BENCH_TOKEN="bench-token-not-a-secret",
            PYTHONPATH=os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        def once(code: str) -> tuple[float, float, int]:
            start = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-c", code, str(profile), str(account_id)],
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
                check=False,
            )
            lines = [line for line in result.stdout.splitlines() if line.startswith("PAINTED")]
            if not lines:
                raise SystemExit("the child never painted:\n" + result.stdout + result.stderr)
            _, t_paint, t_after, rows = lines[0].split()
            return float(t_paint) - start, float(t_after) - start, int(rows)

        paint: list[float] = []
        after: list[float] = []
        floor: list[float] = []
        loads: list[float] = []
        rows = 0
        for n in range(runs + 1):  # the first run warms the disk cache; not counted
            # Townsfolk and the floor in turn, so a change in the machine's load hits both
            t_paint, t_after, rows = once(CHILD)
            _, f_after, _ = once(FLOOR_CHILD)
            if n:
                paint.append(t_paint)
                after.append(t_after)
                floor.append(f_after)
                loads.append(os.getloadavg()[0])
        return {
            "paint_start": paint,
            "painted": after,
            "floor": floor,
            "ratios": [a / f for a, f in zip(after, floor, strict=True)],
            "loads": loads,
            "rows": rows,
            "cached": cached,
        }


# ------------------------------------------------------------------ b, c, e: 10,000 posts


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def bench_list(count: int, step: int, why: bool = False) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from townsfolk.services.timelines import TimelineItem
    from townsfolk.ui.timeline import ImageStore, TimelineView

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    posts = statuses(count)
    items = [TimelineItem(s.id, s.id.rjust(24, "0"), s) for s in posts]
    store = ImageStore(MemoryLoader())  # type: ignore[arg-type]
    view = TimelineView(town="town.example", images=store)
    view.resize(600, 900)
    view.show()
    app.processEvents()
    rss_before = rss_mib()
    # as the app does once its first screen is shown (townsfolk.app._run)
    from townsfolk.ui.gc import freeze_start_up

    freeze_start_up()

    # e. loading: longest gap between event-loop turns (and the longest garbage collection)
    import gc

    collections: list[float] = []
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[:] = [time.perf_counter()]
        elif started:
            collections.append(time.perf_counter() - started[0])

    gc.callbacks.append(on_gc)
    dog = None
    if why:  # where the GUI thread is when a turn takes longer than 40 ms
        from townsfolk.ui.watchdog import StallWatchdog

        dog = StallWatchdog(threshold_ms=40)
        dog.start()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    finished = asyncio.Event()
    view.model.loading_finished.connect(finished.set)
    timer.start()
    await asyncio.sleep(0.05)
    t0 = time.perf_counter()
    ticks.append(t0)
    view.model.set_items(items)
    set_items = time.perf_counter() - t0
    ticks.append(time.perf_counter())
    view.list.viewport().repaint()
    first_page = time.perf_counter() - t0
    await finished.wait()
    loaded = time.perf_counter() - t0
    timer.stop()
    ticks.append(time.perf_counter())
    loading_ticks = [b - a for a, b in itertools.pairwise(ticks) if b >= t0]
    gc.callbacks.remove(on_gc)
    if dog is not None:
        dog.stop()
        for stall in dog.stalls:
            where = stall.stack.strip().splitlines()[-6:]
            print(f"   stall {ms(stall.seconds)}:\n      " + "\n      ".join(where))
    assert view.model.rowCount() >= count

    # b. scrolling through all of them: what Qt paints after a scroll (the strip that came
    # into view; the rest is moved), and, as a worst case, the whole viewport each step
    from PySide6.QtCore import QCoreApplication, QEvent

    bar = view.list.verticalScrollBar()
    viewport = view.list.viewport()
    window = view.window()
    steps: list[float] = []
    full: list[float] = []
    for whole in (False, True):
        value = 0
        bar.setValue(0)
        await asyncio.sleep(0.05)
        while value < bar.maximum():
            value = min(bar.maximum(), value + step)
            s0 = time.perf_counter()
            bar.setValue(value)
            if whole:
                viewport.repaint()
            else:
                QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
            (full if whole else steps).append(time.perf_counter() - s0)
            if len(steps) % 20 == 0:
                await asyncio.sleep(0)  # let decoded pictures arrive, as between real frames
    rss_after = rss_mib()
    view.close_timeline()
    await store.aclose()
    view.deleteLater()
    return {
        "set_items": set_items,
        "first_page": first_page,
        "loaded": loaded,
        "stall": max(loading_ticks),
        "turns": len(loading_ticks),
        "gc": max(collections, default=0.0),
        "steps": steps,
        "full": full,
        "rows": view.model.rowCount(),
        "rss_before": rss_before,
        "rss_after": rss_after,
        "height": bar.maximum(),
    }


# ------------------------------------------------------------------ d. a thread


async def bench_thread(runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from townsfolk.api.entities import Status
    from townsfolk.cache import Database
    from townsfolk.services.timelines import store_statuses, thread_from_cache
    from townsfolk.ui.thread_view import ThreadView
    from townsfolk.ui.timeline import ImageStore

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chain: list[Status] = []
    for n in range(46):
        body = _status(n * 4 + 1, boost_ok=False)  # never a boost
        body["id"] = str(BASE_ID + 5_000_000 + n)
        if n == 0:
            body.pop("in_reply_to_id", None)
        else:
            parent = n - 1 if n <= 5 else 5  # 5 above the post, 40 replies to it
            body["in_reply_to_id"] = str(BASE_ID + 5_000_000 + parent)
        chain.append(msgspec.convert(body, Status))
    times: list[float] = []
    complete: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="townsfolk-bench-thread-") as tmp,
        Database.open(Path(tmp) / "t.db") as db,
    ):
        account = db.accounts.add(
            server_url="https://town.example", server_domain="town.example", handle="a@b"
        )
        store_statuses(db, account.local_id, chain, "town.example")
        store = ImageStore(MemoryLoader())  # type: ignore[arg-type]
        focus = chain[5].id
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            view = ThreadView(focus, town="town.example", images=store)
            view.resize(600, 900)
            thread = thread_from_cache(db, account.local_id, focus)
            view.set_thread(thread)
            view.show()
            view.repaint()
            times.append(time.perf_counter() - t0)
            done = asyncio.Event()
            view.posts.model.loading_finished.connect(done.set)
            if view.posts.model.loading:
                await done.wait()
            complete.append(time.perf_counter() - t0)
            assert view.posts.model.rowCount() == 46
            view.posts.close_timeline()
            view.deleteLater()
            await asyncio.sleep(0.05)
        await store.aclose()
    return times[1:], complete[1:]


# ------------------------------------------------------------------ report


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cached", type=int, default=1000, help="posts cached for part a")
    parser.add_argument("--posts", type=int, default=10_000, help="posts for parts b, c, e")
    parser.add_argument("--step", type=int, default=120, help="pixels per scroll step")
    parser.add_argument("--only", choices=["start", "scroll", "thread"])
    parser.add_argument("--why", action="store_true", help="where the GUI thread stalls (e)")
    parser.add_argument(
        "--smoke", action="store_true", help="1 run, 200 cached posts, 300 in the list"
    )
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.cached, args.posts = 1, 200, 300
    load = os.getloadavg()
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, runs={args.runs}, "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )

    if args.only in (None, "start"):
        start = bench_start(args.runs, args.cached)
        painted = statistics.median(start["painted"])
        floor = statistics.median(start["floor"])
        print(
            f"a. process start -> first cached timeline painted ({start['cached']} cached, "
            f"{start['rows']} rows in the model at that paint): median "
            f"{ms(painted)}, min {ms(min(start['painted']))}, "
            f"max {ms(max(start['painted']))} (paint event began at median "
            f"{ms(statistics.median(start['paint_start']))}); aim <= 500 ms: "
            f"{verdict(painted <= 0.5)}"
        )
        print(
            f"a'. the floor, a minimal PySide6 window with a list, started the same way: median "
            f"{ms(floor)}; Townsfolk / floor, run by run: median "
            f"{statistics.median(start['ratios']):.2f}x (min {min(start['ratios']):.2f}, max "
            f"{max(start['ratios']):.2f}); load average during the runs "
            f"{min(start['loads']):.2f}-{max(start['loads']):.2f}"
        )
    if args.only == "start":
        return

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # views are closed and made again
    from townsfolk.ui.gc import MainThreadCollector

    collector = MainThreadCollector(app)  # garbage collection as the app does it
    collector.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        if args.only in (None, "scroll"):
            figures = loop.run_until_complete(bench_list(args.posts, args.step, args.why))
            steps = figures["steps"]
            print(
                f"e. loading {figures['rows']} rows: set_items {ms(figures['set_items'])}, "
                f"first rows painted {ms(figures['first_page'])}, all rows in "
                f"{ms(figures['loaded'])} over {figures['turns']} loop turns; longest stall "
                f"{ms(figures['stall'])} (longest garbage collection in it "
                f"{ms(figures['gc'])}); aim <= 50 ms: {verdict(figures['stall'] <= 0.05)}"
            )
            p95, top = percentile(steps, 0.95), max(steps)
            print(
                f"b. scroll {len(steps)} steps of {args.step} px through "
                f"{figures['height']:,} px: p50 {ms(percentile(steps, 0.5))}, "
                f"p95 {ms(p95)}, p99 {ms(percentile(steps, 0.99))}, "
                f"max {ms(top)}; over 16 ms: {sum(s > 0.016 for s in steps)}; "
                f"aim p95 <= 8 ms: {verdict(p95 <= 0.008)}, max <= 16 ms: "
                f"{verdict(top <= 0.016)}"
            )
            full = figures["full"]
            print(
                f"b'. the same, whole viewport repainted each step (worst case): p50 "
                f"{ms(percentile(full, 0.5))}, p95 {ms(percentile(full, 0.95))}, "
                f"max {ms(max(full))}; over 16 ms: {sum(s > 0.016 for s in full)} (no aim)"
            )
            mib = figures["rss_after"]
            print(
                f"c. peak RSS: {figures['rss_before']:.0f} MiB before the posts, "
                f"{mib:.0f} MiB with {figures['rows']} posts loaded and painted, pictures and "
                f"avatars of the rows on screen decoded; aim <= 200 MB: "
                f"{verdict(mib * 1.048576 <= 200)}"
            )
        if args.only in (None, "thread"):
            times, complete = loop.run_until_complete(bench_thread(args.runs))
            print(
                f"d. open a thread (46 posts, from the cache): shown and painted: median "
                f"{ms(statistics.median(times))}, max {ms(max(times))}; all 46 rows in: "
                f"median {ms(statistics.median(complete))} (no aim)"
            )
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
