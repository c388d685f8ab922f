"""The practice towns' web pages for a browser, served from this computer (127.0.0.1).

The app's practice mode runs its towns inside the app (``httpx.ASGITransport``): nothing
listens on a socket, so a browser cannot open ``https://maple.practice/settings/migration``.
:class:`PageServer` serves each town of that same world on its own 127.0.0.1 port (a browser
keeps one town's pages, links and forms on one address), so what the person does on a page
is what the app sees.

Only the standard library's ``http.server`` (one thread per town, plus one per request while
it runs): ``townsfolk.practice.server`` needs uvicorn, which only the tests install. The
browser's requests go to the town's ASGI app through ``httpx.ASGITransport``, as the app's own
requests do.
"""

from __future__ import annotations

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import httpx

from townsfolk.practice.http import PracticeApp
from townsfolk.practice.world import World

__all__ = ["PageServer"]

_SKIPPED = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})
_LIMIT = 1 << 20  # forms are small; a bigger body is refused


class _TownServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() waits for the requests still running

    def __init__(self, app: PracticeApp, domain: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.app = app
        self.domain = domain


class _Handler(BaseHTTPRequestHandler):
    server: _TownServer
    server_version = "practice"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_HEAD(self) -> None:
        self._answer()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > _LIMIT:
            self._plain(413, "That is too much for a practice town.")
            return
        body = self.rfile.read(length) if length > 0 else b""
        headers = [
            (k, v) for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
        ]
        try:
            status, answer, content = asyncio.run(self._ask(headers, body))
        except Exception:  # a practice town that is "down" or fails on purpose
            self._plain(503, "This practice town is not answering right now.")
            return
        self.send_response(status)
        for key, value in answer:
            if key.lower() not in _SKIPPED:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    async def _ask(
        self, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        transport = httpx.ASGITransport(app=self.server.app)
        async with httpx.AsyncClient(
            transport=transport, base_url=f"https://{self.server.domain}"
        ) as client:
            response = await client.request(self.command, self.path, headers=headers, content=body)
            return response.status_code, response.headers.multi_items(), response.content

    def _plain(self, status: int, text: str) -> None:
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class PageServer:
    """Serves every town of ``world`` on its own 127.0.0.1 port until :meth:`stop`.

    ``with PageServer(world) as pages: pages.base_url("maple.practice")``.
    """

    def __init__(self, world: World) -> None:
        self.world = world
        self._servers: dict[str, _TownServer] = {}
        self._threads: dict[str, threading.Thread] = {}

    @property
    def running(self) -> bool:
        return bool(self._servers)

    def base_url(self, domain: str) -> str:
        port = self._servers[self.world.town(domain).domain].server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> None:
        if self._servers:
            raise RuntimeError("the practice pages are already served")
        try:
            for town in self.world.towns:
                server = _TownServer(self.world.asgi_app(town.domain), town.domain)
                self._servers[town.domain] = server
                thread = threading.Thread(
                    target=server.serve_forever,
                    kwargs={"poll_interval": 0.1},
                    name=f"practice-pages-{town.domain}",
                    daemon=True,
                )
                thread.start()
                self._threads[town.domain] = thread
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        servers, self._servers = self._servers, {}
        threads, self._threads = self._threads, {}
        for domain, thread in threads.items():
            if thread.is_alive():
                servers[domain].shutdown()  # waits for its serve_forever to end
            thread.join(5)
        for server in servers.values():
            server.server_close()  # and for the requests still running

    def __enter__(self) -> PageServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
