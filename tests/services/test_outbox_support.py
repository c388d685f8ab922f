"""Helpers for the outbox tests (no tests here).

- :class:`LossyProxy`: a TCP proxy on 127.0.0.1 in front of a practice town that can *lose the
  answer* to a request (the town gets the request and acts on it, the client never hears back:
  it times out, or sees the connection drop) or *hold a request* for a while before passing it
  on (the request is in flight; it arrives late). This is what makes "the request may have
  reached the server" real, with real sockets.
- Run as ``python -m tests.services.test_outbox_support`` it is a sender process for the crash
  tests: it reads its settings as one JSON line on stdin (the access token travels only this
  way), submits a post into the outbox of a database file, sends it, and reports every outbox
  change on stdout, one line each, so the test can kill it at the right moment.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

_REQUEST_LINE = re.compile(rb"^([A-Z]+) (\S+) HTTP/1\.[01]\r\n")


@dataclass
class _Rule:
    kind: str  # "lose" or "hold"
    method: bytes
    path: re.Pattern[bytes]
    count: int
    drop: bool = False


class LossyProxy:
    """A TCP proxy in its own thread and event loop. ``port`` is where clients connect."""

    def __init__(self, upstream_port: int, host: str = "127.0.0.1") -> None:
        self.upstream = (host, upstream_port)
        self.host = host
        self.port = 0
        self.requests: list[str] = []  # "POST /api/v1/statuses", in the order they arrived
        self.lost_answers: list[bytes] = []  # answers the client never got
        self._rules: list[_Rule] = []
        self._lock = threading.Condition()
        self._held = 0
        self._loop = asyncio.new_event_loop()
        self._release = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    # -- control (from the test's thread) ---------------------------------------------------

    def start(self) -> LossyProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        future.result(10)
        return self

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def lose_answer(
        self, method: str = "POST", path: str = r"/api/v1/statuses", *, count: int = 1,
        drop: bool = False,
    ) -> None:  # fmt: skip
        """The next ``count`` matching requests reach the town, but their answers are
        swallowed: the client waits (and times out), or with ``drop`` sees the connection
        close."""
        self._add(_Rule("lose", method.encode(), re.compile(path.encode() + rb"$"), count, drop))

    def hold_request(
        self, method: str = "POST", path: str = r"/api/v1/statuses", *, count: int = 1
    ) -> None:
        """The next ``count`` matching requests wait in the proxy until :meth:`release`;
        then they reach the town (their answers are lost: the client gave up by then)."""
        self._add(_Rule("hold", method.encode(), re.compile(path.encode() + rb"$"), count))

    def release(self) -> None:
        self._loop.call_soon_threadsafe(self._release.set)

    def held(self) -> int:
        with self._lock:
            return self._held

    def count(self, method: str, path: str) -> int:
        """How many requests with this method and path (a regular expression) arrived."""
        pattern = re.compile(path + "$")
        prefix = method + " "
        return sum(
            1
            for r in self.requests
            if r.startswith(prefix) and pattern.match(r[len(prefix) :].split("?", 1)[0])
        )

    def lost_ids(self) -> list[str]:
        """The ``id`` of each lost JSON answer (where there was one)."""
        out: list[str] = []
        for raw in self.lost_answers:
            _head, _, body = raw.partition(b"\r\n\r\n")
            with contextlib.suppress(ValueError):
                data = json.loads(body)
                if isinstance(data, dict) and "id" in data:
                    out.append(str(data["id"]))
        return out

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> LossyProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inside the proxy's loop ------------------------------------------------------------

    def _add(self, rule: _Rule) -> None:
        with self._lock:
            self._rules.append(rule)

    def _take(self, method: bytes, path: bytes) -> _Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.method == method and rule.path.match(path.split(b"?", 1)[0]):
                    rule.count -= 1
                    if rule.count <= 0:
                        self._rules.remove(rule)
                    return rule
        return None

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
        self._release.set()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        if self._server is not None:
            await self._server.wait_closed()

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = self._loop.create_task(self._connection(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _connection(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        try:
            town_in, town_out = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_out.close()
            return
        state = {"lose": False, "drop": False}

        async def to_town() -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while data := await client_in.read(65536):
                    match = _REQUEST_LINE.match(data)
                    if match:
                        method, path = match.group(1), match.group(2)
                        rule = self._take(method, path)
                        if rule is not None and rule.kind == "hold":
                            with self._lock:
                                self._held += 1
                                self._lock.notify_all()
                            await self._release.wait()
                        if rule is not None:
                            state["lose"] = True
                            state["drop"] = rule.drop
                        self.requests.append(f"{method.decode()} {path.decode()}")
                    town_out.write(data)
                    await town_out.drain()

        async def to_client() -> None:
            answer_index: int | None = None
            with contextlib.suppress(ConnectionError, OSError):
                while data := await town_in.read(65536):
                    if state["lose"]:
                        with self._lock:
                            if answer_index is None:
                                answer_index = len(self.lost_answers)
                                self.lost_answers.append(data)
                            else:
                                self.lost_answers[answer_index] += data
                            self._lock.notify_all()
                        if state["drop"]:
                            client_out.transport.abort()
                        continue
                    client_out.write(data)
                    await client_out.drain()

        down = self._loop.create_task(to_client())
        try:
            await to_town()
            # The client is gone; let the town finish answering a request that arrived late.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(down), 5.0)
        finally:
            down.cancel()
            with contextlib.suppress(BaseException):
                await down
            for writer in (town_out, client_out):
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()


async def eventually(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Wait until ``predicate()`` is true (checked every 20 ms), or fail after ``timeout``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("the condition did not become true in time")
        await asyncio.sleep(0.02)


# ------------------------------------------------------------------ sender process


async def _sender_main(settings: dict[str, str]) -> None:
    from pathlib import Path

    from townsfolk.api.client import MastodonClient
    from townsfolk.cache import Database, Draft
    from townsfolk.services.outbox import Outbox, OutboxChange

    db = Database.open(Path(settings["db"]))

    async def clients(account_id: int) -> MastodonClient:
        return MastodonClient(
            settings["base_url"],
            access_token=settings["token"],
            timeout=float(settings.get("timeout", "60")),
            server_name=settings["domain"],
        )

    def report(change: OutboxChange) -> None:
        print(f"{change.kind} {change.item_id}", flush=True)

    outbox = Outbox(db, clients, backoff_base=0.05, backoff_jitter=0.0, unclear_settle=0.0)
    outbox.add_listener(report)
    await outbox.submit(int(settings["account_id"]), Draft(text=settings["text"]))
    await outbox.send_due()
    print("done", flush=True)
    await outbox.aclose()
    db.close()


if __name__ == "__main__":
    asyncio.run(_sender_main(json.loads(sys.stdin.readline())))
