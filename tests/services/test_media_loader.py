"""services.media_loader: addresses refused at every hop, bytes capped while streaming, a few
downloads per host at once, refusals remembered, failures that may pass not remembered, disk
work off the event loop's thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.services.test_outbox_support import eventually
from townsfolk import paths
from townsfolk.cache import Database, MediaCache
from townsfolk.services.media_loader import AddressPolicy, MediaLoader, public_address

PUBLIC = {"pictures.example": "93.184.216.34", "other.example": "93.184.216.35"}


async def fake_dns(host: str, port: int) -> list[str]:
    if host == "inside.example":
        return ["192.168.1.20"]
    if host == "sneaky.example":  # one public, one private answer: refused
        return ["93.184.216.36", "10.1.2.3"]
    if host in PUBLIC:
        return [PUBLIC[host]]
    raise OSError("unknown name")


def png_bytes() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 10, 10)).save(buf, format="PNG")
    return buf.getvalue()


class Seen:
    def __init__(self) -> None:
        self.urls: list[str] = []


def mocked(handler: Any, seen: Seen, *, real: bool = False) -> httpx.AsyncClient:
    async def recording(request: httpx.Request) -> httpx.Response:
        seen.urls.append(str(request.url))
        return await handler(request)

    mock = httpx.MockTransport(recording)
    if real:  # the fake hosts answer from the mock, everything else goes to real sockets
        return httpx.AsyncClient(
            mounts={f"http://{h}": mock for h in (*PUBLIC, "sneaky.example")},
            follow_redirects=True,  # the loader must follow by hand all the same
        )
    return httpx.AsyncClient(transport=mock, follow_redirects=True)


def test_public_address() -> None:
    assert public_address("93.184.216.34")
    assert public_address("2606:2800:220:1:248:1893:25c8:1946")
    for private in (
        "127.0.0.1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.0.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "fc00::1",
        "0.0.0.0",
        "::ffff:127.0.0.1",
        "100.64.0.1",
        "224.0.0.1",
        "not an address",
    ):
        assert not public_address(private), private


async def test_a_redirect_to_the_practice_town_on_loopback_is_refused(maple: Any) -> None:
    """A public-looking host redirects to 127.0.0.1 (where the practice town really is):
    the practice town is never asked."""
    from townsfolk.practice import hostile_media

    shelf = hostile_media.shelf(maple.town.world)
    target = f"{maple.base_url}/system/hostile/secret.png"
    shelf.put("/system/hostile/secret.png", png_bytes())
    seen = Seen()

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": target})

    try:
        async with mocked(handler, seen, real=True) as http:
            loader = MediaLoader(http=http, resolver=fake_dns)
            assert await loader.fetch("http://pictures.example/cat.png") is None
            assert loader.refused("http://pictures.example/cat.png")
            # asked again: not even the public host is asked twice
            assert await loader.fetch("http://pictures.example/cat.png") is None
            # a loader allowed the practice town's own address reaches it directly
            allowed = MediaLoader(
                http=http, resolver=fake_dns, policy=AddressPolicy([maple.base_url])
            )
            assert await allowed.fetch(target) == png_bytes()
        assert seen.urls == ["http://pictures.example/cat.png"]
        assert shelf.hits["/system/hostile/secret.png"] == 1  # only the allowed, direct fetch
    finally:
        shelf.clear()


@pytest.mark.parametrize(
    "location",
    [
        "http://10.0.0.5/x.png",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:8080/x.png",
        "http://inside.example/x.png",
        "http://sneaky.example/x.png",
        "//127.0.0.1/x.png",
        "file:///etc/passwd",
    ],
)
async def test_redirects_to_private_addresses_are_refused(location: str) -> None:
    seen = Seen()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "pictures.example":
            return httpx.Response(301, headers={"Location": location})
        return httpx.Response(200, content=png_bytes())

    async with mocked(handler, seen) as http:
        loader = MediaLoader(http=http, resolver=fake_dns)
        assert await loader.fetch("http://pictures.example/a.png") is None
    assert seen.urls == ["http://pictures.example/a.png"]


async def test_a_public_redirect_is_followed_and_too_many_are_refused() -> None:
    seen = Seen()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"Location": "/loop"})
        if request.url.host == "pictures.example":
            return httpx.Response(302, headers={"Location": "http://other.example/b.png"})
        return httpx.Response(200, content=png_bytes())

    async with mocked(handler, seen) as http:
        loader = MediaLoader(http=http, resolver=fake_dns)
        assert await loader.fetch("http://pictures.example/a.png") == png_bytes()
        assert await loader.fetch("http://other.example/loop") is None
    assert seen.urls.count("http://other.example/loop") == 6  # the first + 5 redirects


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/x.png", "http://10.1.1.1/x.png", "http://inside.example/x.png"]
)
async def test_a_first_address_that_is_private_is_refused(url: str) -> None:
    seen = Seen()

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=png_bytes())

    async with mocked(handler, seen) as http:
        loader = MediaLoader(http=http, resolver=fake_dns)
        assert await loader.fetch(url) is None
        # an allowed origin is exact: another port of the same host stays refused
        other = MediaLoader(
            http=http, resolver=fake_dns, policy=AddressPolicy(["http://127.0.0.1:10"])
        )
        assert await other.fetch(url) is None
    assert seen.urls == []


async def test_answers_over_the_byte_cap_stop_being_read() -> None:
    chunks_sent = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal chunks_sent
        for _ in range(1000):
            chunks_sent += 1
            yield b"x" * 65536

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/declared":
            return httpx.Response(200, headers={"Content-Length": str(10**12)}, content=b"")
        return httpx.Response(200, content=body())

    async with mocked(handler, Seen()) as http:
        loader = MediaLoader(http=http, resolver=fake_dns, max_bytes=1024 * 1024)
        assert await loader.fetch("http://pictures.example/endless.png") is None
        assert chunks_sent <= 20  # stopped just past 1 MB, not after 64 MB
        assert await loader.fetch("http://pictures.example/declared") is None
        assert loader.refused("http://pictures.example/declared")


async def test_at_most_a_few_downloads_per_host_at_once() -> None:
    running = 0
    most = 0
    gate = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await gate.wait()
        running -= 1
        return httpx.Response(200, content=png_bytes())

    async with mocked(handler, Seen()) as http:
        loader = MediaLoader(http=http, resolver=fake_dns, per_host=3)
        jobs = [
            asyncio.ensure_future(loader.fetch(f"http://pictures.example/{n}.png"))
            for n in range(12)
        ]
        other = asyncio.ensure_future(loader.fetch("http://other.example/x.png"))
        await eventually(lambda: running >= 4)  # three for pictures.example, one for other
        assert most == 4
        gate.set()
        results = await asyncio.gather(*jobs, other)
    assert all(r == png_bytes() for r in results)
    assert most == 4


async def test_failures_that_may_pass_are_not_remembered() -> None:
    answers = [httpx.Response(503), httpx.Response(200, content=png_bytes())]

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/gone.png":
            return httpx.Response(404)
        return answers.pop(0)

    async with mocked(handler, Seen()) as http:
        loader = MediaLoader(http=http, resolver=fake_dns)
        url = "http://pictures.example/a.png"
        assert await loader.fetch(url) is None
        assert not loader.refused(url)
        assert await loader.fetch(url) == png_bytes()
        assert await loader.fetch("http://pictures.example/gone.png") is None
        assert loader.refused("http://pictures.example/gone.png")


async def test_the_disk_cache_is_read_and_written_off_the_loop_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(tmp_path / "t.db")
    cache = MediaCache(db, paths.media_cache_dir(tmp_path))
    threads: list[str] = []
    put, get = MediaCache.put, MediaCache.get

    def recording_put(self: MediaCache, url: str, data: bytes, **kw: Any) -> Path:
        threads.append(threading.current_thread().name)
        return put(self, url, data, **kw)

    def recording_get(self: MediaCache, url: str, **kw: Any) -> Path | None:
        threads.append(threading.current_thread().name)
        return get(self, url, **kw)

    monkeypatch.setattr(MediaCache, "put", recording_put)
    monkeypatch.setattr(MediaCache, "get", recording_get)
    seen = Seen()

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=png_bytes())

    try:
        async with mocked(handler, seen) as http:
            loader = MediaLoader(cache, http=http, resolver=fake_dns)
            assert await loader.fetch("http://pictures.example/a.png") == png_bytes()
            assert await loader.fetch("http://pictures.example/a.png") == png_bytes()
        assert len(seen.urls) == 1  # the second came from the disk
        assert len(threads) == 3
        assert threading.main_thread().name not in threads
    finally:
        db.close()


async def test_closing_waits_for_a_disk_write_under_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session closes the database right after the loader: a write still running in a
    worker thread then (its caller cancelled) crashed the process with a segmentation fault."""
    db = Database.open(tmp_path / "t.db")
    cache = MediaCache(db, paths.media_cache_dir(tmp_path))
    writing, may_finish, finished = threading.Event(), threading.Event(), threading.Event()
    put = MediaCache.put

    def slow_put(self: MediaCache, url: str, data: bytes, **kw: Any) -> Path:
        writing.set()
        assert may_finish.wait(10)
        try:
            return put(self, url, data, **kw)
        finally:
            finished.set()

    monkeypatch.setattr(MediaCache, "put", slow_put)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=png_bytes())

    try:
        async with mocked(handler, Seen()) as http:
            loader = MediaLoader(cache, http=http, resolver=fake_dns)
            fetching = asyncio.ensure_future(loader.fetch("http://pictures.example/a.png"))
            assert await asyncio.to_thread(writing.wait, 10)
            fetching.cancel()  # as a closing window does
            closing = asyncio.ensure_future(loader.aclose())
            await asyncio.sleep(0.05)
            assert not closing.done()  # still waiting for the write
            may_finish.set()
            await asyncio.wait_for(closing, 10)
            assert finished.is_set()
        assert cache.get("http://pictures.example/a.png") is not None
    finally:
        may_finish.set()
        db.close()


async def test_the_sessions_loader_allows_its_own_towns_only(
    profile_dir: Path, maple: Any, harbour: Any
) -> None:
    """The session's pictures may come from the address of a town it has an account in,
    even on this computer (the practice town in tests); any other private one is refused."""
    from townsfolk.practice import hostile_media
    from townsfolk.services.session import Session

    shelf = hostile_media.shelf(maple.town.world)
    shelf.put("/system/hostile/own.png", png_bytes())
    session = Session.open(profile_dir, follow_sync_interval=None)
    try:
        session.db.accounts.add(
            server_url=maple.base_url, server_domain=maple.domain, handle="ann@" + maple.domain
        )
        assert await session.media.fetch(maple.base_url + "/system/hostile/own.png") == (
            png_bytes()
        )
        assert await session.media.fetch(harbour.base_url + "/system/hostile/own.png") is None
        assert shelf.hits["/system/hostile/own.png"] == 1
    finally:
        shelf.clear()
        await session.aclose()
