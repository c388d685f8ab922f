"""Pictures for the timeline: fetched by the media loader, decoded and scaled off the UI thread.

`ImageStore.image(url, size)` answers at once from a small LRU of scaled images, or returns
None and starts loading; `image_ready(url)` says when to repaint. Decoding uses
`QImageReader.setScaledSize` in a worker thread (the quickest measured way).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
from collections import OrderedDict

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader

from townsfolk.services.media_loader import MediaLoader

__all__ = ["ImageStore"]

log = logging.getLogger("townsfolk.ui.timeline")

MAX_IMAGES = 40
MAX_EMOJI_BYTES = 256 * 1024


class _Bridge(QObject):
    decoded = Signal(str, QSize, QImage)


class _Decode(QRunnable):
    def __init__(self, bridge: _Bridge, url: str, size: QSize, data: bytes) -> None:
        super().__init__()
        self.bridge, self.url, self.size, self.data = bridge, url, size, data
        self.setAutoDelete(True)

    def run(self) -> None:
        buffer = QBuffer()
        buffer.setData(QByteArray(self.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        reader.setAllocationLimit(256)
        full = reader.size()
        target = self.size
        if full.isValid() and full.width() > 0 and full.height() > 0:
            # cover the target box, keeping the picture's shape (the painter crops)
            scale = max(target.width() / full.width(), target.height() / full.height())
            scale = min(scale, 1.0)
            reader.setScaledSize(
                QSize(max(1, round(full.width() * scale)), max(1, round(full.height() * scale)))
            )
        image = reader.read()
        # the store may be gone (the app is quitting): then there is nobody to tell
        with contextlib.suppress(RuntimeError):
            self.bridge.decoded.emit(self.url, self.size, image)


class ImageStore(QObject):
    """Scaled pictures by (url, size), and custom emoji as data URIs by url.

    One store may serve several views and outlive them: views connect bound methods (never
    lambdas) to `image_ready` and `emoji_ready`, so Qt drops the connection when a view is
    deleted, and a picture that arrives later touches nothing that is gone."""

    image_ready = Signal(str)
    emoji_ready = Signal(str)

    def __init__(self, loader: MediaLoader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self._images: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self._pending: set[tuple[str, int, int]] = set()
        self._failed: set[str] = set()
        self._emoji: dict[str, str] = {}
        self._emoji_pending: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._bridge = _Bridge()
        self._bridge.decoded.connect(self._on_decoded)
        self._tasks: set[asyncio.Task[None]] = set()

    def image(self, url: str | None, size: QSize) -> QImage | None:
        if not url or url in self._failed:
            return None
        key = (url, size.width(), size.height())
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return found
        if key not in self._pending and self.loader is not None:
            self._pending.add(key)
            self._spawn(self._fetch(url, QSize(size)))
        return None

    def emoji(self, url: str) -> str | None:
        """A data URI for a custom emoji picture, or None (loading starts)."""
        found = self._emoji.get(url)
        if found is not None or url in self._failed:
            return found
        if url not in self._emoji_pending and self.loader is not None:
            self._emoji_pending.add(url)
            self._spawn(self._fetch_emoji(url))
        return None

    def has_emoji(self, url: str) -> bool:
        """Whether the emoji picture is here (no loading starts)."""
        return url in self._emoji

    def put_emoji(self, url: str, data: bytes, mime: str = "image/png") -> None:
        self._emoji[url] = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")

    def _spawn(self, coro) -> None:
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:  # no event loop (e.g. a plain offscreen grab)
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _fetch(self, url: str, size: QSize) -> None:
        assert self.loader is not None
        data = await self.loader.fetch(url)
        if data is None:
            self._failed.add(url)
            self._pending.discard((url, size.width(), size.height()))
            return
        self._pool.start(_Decode(self._bridge, url, size, data))

    async def _fetch_emoji(self, url: str) -> None:
        assert self.loader is not None
        data = await self.loader.fetch(url)
        self._emoji_pending.discard(url)
        if data is None or len(data) > MAX_EMOJI_BYTES:
            self._failed.add(url)
            return
        self.put_emoji(url, data)
        self.emoji_ready.emit(url)

    def _on_decoded(self, url: str, size: QSize, image: QImage) -> None:
        key = (url, size.width(), size.height())
        self._pending.discard(key)
        if image.isNull():
            self._failed.add(url)
            return
        self._images[key] = image
        while len(self._images) > MAX_IMAGES:
            self._images.popitem(last=False)
        self.image_ready.emit(url)

    def wait_idle(self) -> None:
        self._pool.waitForDone()

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._pool.waitForDone()
