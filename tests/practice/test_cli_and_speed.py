"""The command line server, and how fast a page of posts is served."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from typing import Any

import httpx

from townsfolk.practice import World


def test_cli_prints_addresses_and_serves(tmp_path: Any) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "townsfolk.practice",
            "--towns",
            "2",
            "--port-base",
            "0",
            "--seed",
            "3",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline().strip() for _ in range(2)]
        domains = [line.split()[0] for line in lines]
        assert domains == ["maple.practice", "harbour.practice"]
        for line in lines:
            domain, url = line.split()
            assert url.startswith("http://127.0.0.1:")
            with httpx.Client(timeout=10) as c:
                r = c.get(url + "/api/v2/instance")
            assert r.status_code == 200
            assert r.json()["domain"] == domain
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        finally:
            if proc.stdout is not None:
                proc.stdout.close()
    assert proc.returncode == 0


def test_a_page_of_40_posts_costs_little_server_time(world: World) -> None:
    """Walk 20 pages x 40 posts through the ASGI app directly (no client), twice: warm cache."""
    app = world.asgi_app()
    token = world.town("maple.practice").create_token("ann")

    async def get(url: str) -> tuple[int, dict[bytes, bytes], bytes]:
        path, _, query = url.partition("?")
        headers = [(b"host", b"maple.practice"), (b"authorization", f"Bearer {token}".encode())]
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "client": ("127.0.0.1", 1),
            "server": ("maple.practice", 80),
            "headers": headers,
        }
        messages: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            messages.append(message)

        await app(scope, receive, send)
        answer = dict(messages[0]["headers"])
        return messages[0]["status"], answer, b"".join(m.get("body", b"") for m in messages[1:])

    async def walk() -> list[float]:
        timings = []
        url: str | None = "/api/v1/timelines/public?limit=40"
        for _ in range(20):
            assert url is not None
            start = time.perf_counter()
            status, headers, body = await get(url)
            timings.append(time.perf_counter() - start)
            assert status == 200
            assert body.count(b'"uri"') >= 40
            link = headers.get(b"link", b"").decode()
            url = link.split(">;")[0].removeprefix("<").removeprefix("http://maple.practice")
        return timings

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(walk())  # cold: fills the caches
        warm = loop.run_until_complete(walk())
    finally:
        loop.close()
    # Speed is measured by benchmarks/api_fetch.py, never asserted here; this checks that a
    # second walk over the cached pages gives the same 20 full pages.
    assert len(warm) == 20
