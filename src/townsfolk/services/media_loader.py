"""Fetch pictures (previews, avatars, custom emoji) over the network, once, with a disk cache.

Plain asyncio; the UI decodes and scales the bytes off its own thread. Bounds, because any
town can send anything (issue 9):

- Only ``http`` and ``https`` URLs are fetched. Redirects are followed by hand (at most
  `MAX_REDIRECTS`), and every hop, the first one included, is checked against an
  :class:`AddressPolicy`: a picture never comes from a loopback, private, link-local or
  otherwise non-public address, unless the policy allows that exact origin (the practice town
  in tests, a town the person logged into on their own computer). The check resolves the host
  name itself; httpx then resolves it again to connect, so a name that changes its answer in
  between (DNS rebinding) is not caught here.
- An answer is read as a stream and dropped as soon as it passes `max_bytes` (a
  ``Content-Length`` over it is refused before reading anything).
- At most `PER_HOST` downloads run at once per host; the rest wait their turn.
- The same URL asked for twice while in flight is fetched once.
- Reading and writing the disk cache happen in a worker thread, never on the event loop's
  (the GUI's) thread.
- A refusal that would be the same next time (too big, a forbidden address, 404) is
  remembered for the session; a failure that may pass (time-out, 5xx, no connection) is not,
  so the picture can be asked for again later (the timeline retries after a back-off).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import httpx

from townsfolk.cache import MediaCache, StorageError

_T = TypeVar("_T")

__all__ = ["AddressPolicy", "MediaLoader", "Resolver", "public_address"]

log = logging.getLogger("townsfolk.services.media_loader")

MAX_BYTES = 16 * 1024 * 1024
MAX_REDIRECTS = 5
PER_HOST = 4
#: How many refused URLs are remembered (the oldest are forgotten first).
MAX_REMEMBERED = 10_000

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""(host, port) -> the IP addresses it resolves to (empty or raising OSError: unknown)."""


def public_address(address: str) -> bool:
    """Whether ``address`` (an IP literal) is an ordinary public internet address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def _origin(url: httpx.URL) -> str:
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.scheme}://{url.host.lower()}:{port}"


class AddressPolicy:
    """Where pictures may come from: public addresses, plus the exact origins
    (``scheme://host:port``) that ``allowed_origins`` gives, whatever their address.

    ``allowed_origins`` is a callable so that the session can answer with the towns of the
    accounts it has now (a town running on the person's own computer)."""

    def __init__(self, allowed_origins: Callable[[], Iterable[str]] | Iterable[str] = ()) -> None:
        if callable(allowed_origins):
            self._origins = allowed_origins
        else:
            fixed = list(allowed_origins)
            self._origins = lambda: fixed

    def origin_allowed(self, url: httpx.URL) -> bool:
        mine = _origin(url)
        for origin in self._origins():
            with contextlib.suppress(httpx.InvalidURL, ValueError):
                if _origin(httpx.URL(origin)) == mine:
                    return True
        return False

    def address_allowed(self, address: str) -> bool:
        return public_address(address)


async def _system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class _Refused(Exception):
    """The answer will be the same next time: do not ask again this session."""


class MediaLoader:
    """``await loader.fetch(url)`` -> the bytes, or None when they cannot be had."""

    def __init__(
        self,
        cache: MediaCache | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        max_bytes: int = MAX_BYTES,
        policy: AddressPolicy | None = None,
        resolver: Resolver | None = None,
        per_host: int = PER_HOST,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.cache = cache
        #: Where the own client sends its requests (None: the network). The practice town
        #: in this process gives its ASGI transport: its pictures never touch the network.
        self._transport = transport
        self.max_bytes = max_bytes
        self.policy = policy or AddressPolicy()
        self._resolve = resolver or _system_resolver
        self.per_host = max(1, per_host)
        self._own_http = http is None
        # Made on the first download: setting up its TLS context costs ~50 ms, which every
        # start would otherwise pay before the first cached timeline is shown.
        self._client: httpx.AsyncClient | None = http
        self._pending: dict[str, asyncio.Future[bytes | None]] = {}
        # The disk cache is read and written in this thread, not the loop's; closing waits
        # for it, because the session closes the database right after (a write still running
        # in a worker while the database closed crashed the process).
        self._disk = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="picture-cache"
        )
        self._closed = False
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._refused: dict[str, None] = {}
        #: Downloads that reached the network (for tests and benchmarks).
        self.requests = 0

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(15.0, connect=5.0),
                follow_redirects=False,
                transport=self._transport,
            )
        return self._client

    def cached(self, url: str) -> bytes | None:
        """The bytes if they are on disk already (no network; reads the disk: call it from
        a worker thread when on the GUI's)."""
        if self.cache is None:
            return None
        try:
            path = self.cache.get(url)
        except StorageError:
            return None
        if path is None:
            return None
        with contextlib.suppress(OSError):
            return Path(path).read_bytes()
        return None

    def refused(self, url: str) -> bool:
        """Whether ``url`` was refused for good this session (too big, forbidden address)."""
        return url in self._refused

    async def fetch(self, url: str) -> bytes | None:
        if not url.startswith(("http://", "https://")) or url in self._refused:
            return None
        pending = self._pending.get(url)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._pending[url] = future
        data: bytes | None = None
        try:
            if self.cache is not None:
                data = await self._on_disk(self.cached, url)
            if data is None:
                data = await self._download(url)
            future.set_result(data)
        except _Refused:
            self._remember_refused(url)
            future.set_result(None)
        except BaseException as exc:
            future.set_result(None)
            if not isinstance(exc, Exception):
                raise
            log.info("could not fetch a picture: %s", type(exc).__name__)
            data = None
        finally:
            del self._pending[url]
        return data

    def _remember_refused(self, url: str) -> None:
        self._refused[url] = None
        while len(self._refused) > MAX_REMEMBERED:
            del self._refused[next(iter(self._refused))]

    async def _allowed(self, url: httpx.URL) -> bool:
        if url.scheme not in ("http", "https") or not url.host:
            return False
        if self.policy.origin_allowed(url):
            return True
        host = url.host
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            addresses = [host]
        except ValueError:
            try:
                addresses = await self._resolve(host, url.port or 443)
            except OSError:
                return False  # unknown name: nothing to fetch (may work later)
            if not addresses:
                return False
        return all(self.policy.address_allowed(a) for a in addresses)

    def _host_slots(self, host: str) -> asyncio.Semaphore:
        slots = self._hosts.get(host)
        if slots is None:
            slots = self._hosts[host] = asyncio.Semaphore(self.per_host)
        return slots

    async def _download(self, url: str) -> bytes | None:
        try:
            current = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise _Refused from exc
        for _hop in range(MAX_REDIRECTS + 1):
            if not await self._allowed(current):
                log.info("a picture's address is not a public one: refused")
                raise _Refused
            async with self._host_slots(current.host):
                result = await self._get(current)
            if isinstance(result, httpx.URL):
                current = result
                continue
            if result is not None and self.cache is not None:
                await self._on_disk(self._keep, url, result)
            return result
        log.info("a picture's address redirects too often: refused")
        raise _Refused

    async def _get(self, url: httpx.URL) -> bytes | httpx.URL | None:
        """The body, the next hop of a redirect, or None (may work later)."""
        try:
            async with self._http.stream("GET", url, follow_redirects=False) as response:
                self.requests += 1
                status = response.status_code
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    try:
                        return url.join(location)
                    except httpx.InvalidURL as exc:
                        raise _Refused from exc
                if status != 200:
                    if status in (404, 403, 410, 401, 400, 451) or status >= 600:
                        raise _Refused
                    return None
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    log.info("a picture is larger than %d bytes: refused", self.max_bytes)
                    raise _Refused
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    if len(data) + len(chunk) > self.max_bytes:
                        log.info("a picture is larger than %d bytes: refused", self.max_bytes)
                        raise _Refused
                    data += chunk
        except httpx.HTTPError as exc:
            log.info("could not fetch a picture: %s", type(exc).__name__)
            return None
        return bytes(data)

    def _keep(self, url: str, data: bytes) -> None:
        assert self.cache is not None
        try:
            self.cache.put(url, data)
        except StorageError as exc:
            log.info("could not keep a picture on disk: %s", exc)

    async def _on_disk(self, work: Callable[..., _T], *args: Any) -> _T | None:
        """``work(*args)`` in the disk thread (None once closing has begun)."""
        if self._closed:
            return None
        return await asyncio.wrap_future(self._disk.submit(work, *args))

    async def aclose(self) -> None:
        self._closed = True
        # Waits for a disk read or write under way (a cancelled caller does not stop it).
        await asyncio.to_thread(self._disk.shutdown, True, cancel_futures=True)
        if self._own_http and self._client is not None:
            await self._client.aclose()
