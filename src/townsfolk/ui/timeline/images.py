"""Pictures for the timeline: fetched by the media loader, decoded and scaled off the UI thread.

`ImageStore.image(url, size)` answers at once from a small LRU of scaled images, or returns
None and starts loading; `image_ready(url)` says when to repaint. Decoding uses
`QImageReader.setScaledSize` in a worker thread (the quickest measured way).

Bounds (issue 9: a town may send anything):

- The picture's size is read from its header first (`QImageReader.size()`); a picture with
  more pixels than its kind allows (`PICTURE_PIXELS`, `AVATAR_PIXELS`, `EMOJI_PIXELS`) is
  refused before anything is decoded. Formats Qt can decode straight to a smaller size (JPEG)
  may be bigger (`SCALABLE_PIXELS`); a size that cannot be read is refused.
- Custom emoji are decoded and scaled to `EMOJI_SIDE` pixels in a worker, then kept as small
  PNG data URIs (an LRU of `MAX_EMOJI`), so the text layout never decodes a town's file.
- At most `IN_FLIGHT` (3) pictures are between "download started" and "decoded" at once, so 160
  pictures of 16 MB never sit in memory together.
- A picture that failed to come is asked for again after a back-off (5 s, doubling up to
  10 minutes), at the next paint; the store repaints by itself when a back-off ends. A
  picture refused for what it is (too many pixels, not a picture) is not asked for again.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from townsfolk.services.media_loader import MediaLoader

__all__ = ["ImageStore", "decode_emoji", "decode_picture"]

log = logging.getLogger("townsfolk.ui.timeline")

MAX_IMAGES = 40
MAX_EMOJI = 2000
MAX_EMOJI_BYTES = 256 * 1024
EMOJI_SIDE = 64
#: Pixels a picture may have when it must be decoded whole (PNG, GIF, WebP...): 24 MP is
#: 96 MB of pixels for a moment, in a worker.
PICTURE_PIXELS = 24_000_000
#: Pixels a picture may have when Qt can decode it straight to a smaller size (JPEG).
SCALABLE_PIXELS = 120_000_000
AVATAR_PIXELS = 4_000_000
EMOJI_PIXELS = 1_000_000
#: Qt refuses to allocate a single image over this many MB whatever we asked.
ALLOCATION_LIMIT_MB = 128
IN_FLIGHT = 3
RETRY_FIRST = 5.0
RETRY_MOST = 600.0


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    return reader, buffer


def decode_picture(
    data: bytes, target: QSize, *, max_pixels: int = PICTURE_PIXELS, cover: bool = True
) -> QImage:
    """``data`` decoded and scaled down to cover (or, ``cover=False``, fit in) ``target``,
    or a null QImage when it is refused: not a picture, a size that cannot be read, more
    pixels than allowed. Safe in any thread; never decodes before the size is known."""
    if not data or target.width() <= 0 or target.height() <= 0:
        return QImage()
    reader, buffer = _reader(data)
    full = reader.size()
    if not full.isValid() or full.width() <= 0 or full.height() <= 0:
        return QImage()
    pixels = full.width() * full.height()
    scalable = reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
    if pixels > (max(max_pixels, SCALABLE_PIXELS) if scalable else max_pixels):
        log.info("a picture of %dx%d was not shown (too large)", full.width(), full.height())
        return QImage()
    pick = max if cover else min
    scale = min(1.0, pick(target.width() / full.width(), target.height() / full.height()))
    # a very long and thin picture covering the box would stay huge: at most 4 boxes' pixels
    scale = min(scale, math.sqrt(4 * target.width() * target.height() / pixels))
    wanted = QSize(max(1, round(full.width() * scale)), max(1, round(full.height() * scale)))
    if wanted != full:
        reader.setScaledSize(wanted)
    image = reader.read()
    buffer.close()
    if image.isNull():
        return QImage()
    if image.width() > wanted.width() or image.height() > wanted.height():
        # a handler that ignored the scaled size (or turned the picture): scale here
        image = image.scaled(
            wanted.expandedTo(QSize(1, 1)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    # The formats Qt's raster painter draws without converting (at every paint otherwise:
    # a PNG comes as ARGB32, a grey JPEG as Grayscale8): converted once, here, off the GUI
    # thread.
    fast = (
        QImage.Format.Format_ARGB32_Premultiplied
        if image.hasAlphaChannel()
        else QImage.Format.Format_RGB32
    )
    if image.format() != fast:
        image = image.convertToFormat(fast)
    return image


def decode_emoji(data: bytes, side: int = EMOJI_SIDE) -> bytes | None:
    """A custom emoji's file as a small PNG (at most ``side`` pixels each way), or None."""
    if len(data) > MAX_EMOJI_BYTES:
        return None
    image = decode_picture(data, QSize(side, side), max_pixels=EMOJI_PIXELS, cover=False)
    if image.isNull():
        return None
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stub wants bytes)
    buffer.close()
    return bytes(out.data()) if ok else None


class _Bridge(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, bridge: _Bridge, job: int, work: Callable[[], object]) -> None:
        super().__init__()
        self.bridge, self.job = bridge, job
        self.work: Callable[[], object] | None = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work() if self.work is not None else None
        except Exception:  # a decoder's bug must not end the worker thread
            log.exception("decoding a picture failed")
            result = None
        self.work = None  # (lets go of the bytes before the answer travels)
        # the store may be gone (the app is quitting): then there is nobody to tell
        with contextlib.suppress(RuntimeError):
            self.bridge.done.emit(self.job, result)


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
        #: url -> (when to try again, how many failures); inf: never again
        self._failed: dict[str, tuple[float, int]] = {}
        self._emoji: OrderedDict[str, str] = OrderedDict()
        self._emoji_pending: set[str] = set()
        self._emoji_failed: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._bridge = _Bridge()
        self._bridge.done.connect(self._on_done)
        self._jobs: dict[int, asyncio.Future[object]] = {}
        self._next_job = 0
        self._slots: asyncio.Semaphore | None = None
        self._emoji_slots: asyncio.Semaphore | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False  # after aclose: nothing new is fetched (a late paint asks too)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_due)
        #: Clock for the back-off (tests may replace it).
        self.clock: Callable[[], float] = time.monotonic

    # ------------------------------------------------------------------ asking

    def image(self, url: str | None, size: QSize, *, avatar: bool = False) -> QImage | None:
        """The picture scaled to cover ``size``, or None (loading starts). An ``avatar`` may
        have fewer pixels than other pictures (`AVATAR_PIXELS`)."""
        if not url or self._waiting(url):
            return None
        key = (url, size.width(), size.height())
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return found
        if key not in self._pending and self.loader is not None:
            self._pending.add(key)
            limit = AVATAR_PIXELS if avatar else PICTURE_PIXELS
            self._spawn(self._fetch(url, QSize(size), limit))
        return None

    def emoji(self, url: str) -> str | None:
        """A data URI for a custom emoji picture, or None (loading starts)."""
        found = self._emoji.get(url)
        if found is not None:
            self._emoji.move_to_end(url)
            return found
        if self._waiting(url):
            return None
        if url not in self._emoji_pending and self.loader is not None:
            self._emoji_pending.add(url)
            self._spawn(self._fetch_emoji(url))
        return None

    def has_emoji(self, url: str) -> bool:
        """Whether the emoji picture is here (no loading starts)."""
        return url in self._emoji

    def emoji_loading(self, url: str) -> bool:
        """Whether the emoji picture is being fetched or decoded now."""
        return url in self._emoji_pending

    def put_emoji(self, url: str, data: bytes, mime: str = "image/png") -> None:
        """Keep an emoji picture that is already small (see `decode_emoji`)."""
        self._emoji[url] = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
        self._emoji.move_to_end(url)
        while len(self._emoji) > MAX_EMOJI:
            self._emoji.popitem(last=False)

    def failed(self, url: str) -> bool:
        """Whether ``url`` failed and its back-off has not ended (or it is refused for good)."""
        return self._waiting(url)

    async def decode(self, data: bytes, size: QSize, *, max_pixels: int = PICTURE_PIXELS) -> QImage:
        """``data`` decoded in a worker, fitting in ``size`` (a null image when refused)."""
        result = await self._run(
            partial(decode_picture, data, QSize(size), max_pixels=max_pixels, cover=False)
        )
        return result if isinstance(result, QImage) else QImage()

    # ------------------------------------------------------------------ back-off

    def _waiting(self, url: str) -> bool:
        entry = self._failed.get(url)
        if entry is None:
            return False
        return self.clock() < entry[0]

    def _fail(self, url: str, *, for_good: bool = False, emoji: bool = False) -> None:
        if emoji:
            self._emoji_failed.add(url)
        if for_good or (self.loader is not None and _refused(self.loader, url)):
            self._failed[url] = (math.inf, 0)
            return
        count = self._failed.get(url, (0.0, 0))[1] + 1
        delay = min(RETRY_MOST, RETRY_FIRST * 2 ** (count - 1))
        self._failed[url] = (self.clock() + delay, count)
        self._arm_retry()

    def _arm_retry(self) -> None:
        now = self.clock()
        due = [at for at, _n in self._failed.values() if at != math.inf]
        if not due:
            return
        wait_ms = max(0, min(2**31 - 1, int((min(due) - now) * 1000) + 50))
        if not self._retry.isActive() or self._retry.remainingTime() > wait_ms:
            self._retry.start(wait_ms)

    def _retry_due(self) -> None:
        now = self.clock()
        for url, (at, _n) in list(self._failed.items()):
            if at > now:
                continue
            if url in self._emoji_failed:  # (a post's text is laid out once: ask here)
                if url not in self._emoji_pending and self.loader is not None:
                    self._emoji_pending.add(url)
                    self._spawn(self._fetch_emoji(url))
            else:
                self.image_ready.emit(url)  # the next paint asks for it again
        later = [at for at, _n in self._failed.values() if now < at != math.inf]
        if later:
            self._arm_retry()

    # ------------------------------------------------------------------ work

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        if self._closed:
            coro.close()
            return
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:  # no event loop (e.g. a plain offscreen grab)
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _run(self, work: Callable[[], object]) -> asyncio.Future[object]:
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self._next_job += 1
        self._jobs[self._next_job] = future
        self._pool.start(_Job(self._bridge, self._next_job, work))
        return future

    def _on_done(self, job: int, result: object) -> None:
        future = self._jobs.pop(job, None)
        if future is not None and not future.done():
            future.set_result(result)

    async def _fetch(self, url: str, size: QSize, limit: int) -> None:
        assert self.loader is not None
        key = (url, size.width(), size.height())
        if self._slots is None:
            self._slots = asyncio.Semaphore(IN_FLIGHT)
        try:
            async with self._slots:
                data = await self.loader.fetch(url)
                if data is None:
                    self._fail(url)
                    return
                result = await self._run(partial(decode_picture, data, size, max_pixels=limit))
                del data
        finally:
            self._pending.discard(key)
        if not isinstance(result, QImage) or result.isNull():
            self._fail(url, for_good=True)
            return
        self._failed.pop(url, None)
        self._images[key] = result
        while len(self._images) > MAX_IMAGES:
            self._images.popitem(last=False)
        self.image_ready.emit(url)

    async def _fetch_emoji(self, url: str) -> None:
        assert self.loader is not None
        if self._emoji_slots is None:
            self._emoji_slots = asyncio.Semaphore(IN_FLIGHT * 2)
        try:
            async with self._emoji_slots:
                data = await self.loader.fetch(url)
                if data is None:
                    self._fail(url, emoji=True)
                    return
                png = await self._run(partial(decode_emoji, data, EMOJI_SIDE))
        finally:
            self._emoji_pending.discard(url)
        if not isinstance(png, bytes):
            self._fail(url, for_good=True, emoji=True)
            return
        self._failed.pop(url, None)
        self._emoji_failed.discard(url)
        self.put_emoji(url, png)
        self.emoji_ready.emit(url)

    def wait_idle(self) -> None:
        self._pool.waitForDone()

    async def aclose(self) -> None:
        self._closed = True
        self._retry.stop()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            # Each download finishes cancelling here, closing its connection, before the loop
            # may stop: a download cancelled but never run again left its socket to the garbage
            # collector (an "unclosed socket" warning in a later test).
            await asyncio.wait(tasks, timeout=5)
        self._pool.waitForDone()


def _refused(loader: object, url: str) -> bool:
    check = getattr(loader, "refused", None)
    return bool(check(url)) if callable(check) else False
