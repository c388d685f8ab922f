"""Fetch pictures (previews, avatars, custom emoji) over the network, once, with a disk cache.

Plain asyncio; the UI decodes and scales the bytes off its own thread. Only ``http`` and
``https`` URLs are fetched, answers larger than `max_bytes` are refused, and the same URL
asked for twice while in flight is fetched once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

import httpx

from townsfolk.cache import MediaCache, StorageError

__all__ = ["MediaLoader"]

log = logging.getLogger("townsfolk.services.media_loader")

MAX_BYTES = 16 * 1024 * 1024


class MediaLoader:
    """``await loader.fetch(url)`` -> the bytes, or None when they cannot be had."""

    def __init__(
        self,
        cache: MediaCache | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.cache = cache
        self.max_bytes = max_bytes
        self._own_http = http is None
        # Made on the first download: setting up its TLS context costs ~50 ms, which every
        # start would otherwise pay before the first cached timeline is shown.
        self._client: httpx.AsyncClient | None = http
        self._pending: dict[str, asyncio.Future[bytes | None]] = {}

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(15.0, connect=5.0), follow_redirects=True
            )
        return self._client

    def cached(self, url: str) -> bytes | None:
        """The bytes if they are on disk already (no network)."""
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

    async def fetch(self, url: str) -> bytes | None:
        if not url.startswith(("http://", "https://")):
            return None
        data = self.cached(url)
        if data is not None:
            return data
        pending = self._pending.get(url)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._pending[url] = future
        try:
            data = await self._download(url)
            future.set_result(data)
        except BaseException as exc:
            future.set_result(None)
            if not isinstance(exc, Exception):
                raise
            data = None
        finally:
            del self._pending[url]
        return data

    async def _download(self, url: str) -> bytes | None:
        try:
            async with self._http.stream("GET", url) as response:
                if response.status_code != 200:
                    return None
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        return None
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            log.info("could not fetch a picture: %s", type(exc).__name__)
            return None
        data = b"".join(chunks)
        if self.cache is not None:
            try:
                self.cache.put(url, data)
            except StorageError as exc:
                log.info("could not keep a picture on disk: %s", exc)
        return data

    async def aclose(self) -> None:
        if self._own_http and self._client is not None:
            await self._client.aclose()
