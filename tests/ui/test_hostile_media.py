"""Pictures and emoji a hostile town sends (practice.hostile_media), shown in a real timeline
over loopback: nothing crashes, memory stays bounded, no download storm, refusals stay
refused, failures are asked again after a back-off; and the decoder on its own."""

from __future__ import annotations

import asyncio
import io
import os
import resource
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QImage

from tests.services.test_outbox_support import eventually
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status
from townsfolk.practice import hostile_media
from townsfolk.services.media_loader import AddressPolicy, MediaLoader
from townsfolk.services.timelines import TimelineItem
from townsfolk.ui.timeline import ImageStore, TimelineView
from townsfolk.ui.timeline import images as images_module
from townsfolk.ui.timeline.delegate import MAX_EMOJI_PER_POST
from townsfolk.ui.timeline.images import decode_emoji, decode_picture

MB = 1024 * 1024


def rss_bytes() -> int:
    """The process's resident memory now (Linux), or its peak elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def jpeg(width: int, height: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(buf, format="JPEG", quality=70)
    return buf.getvalue()


# ------------------------------------------------------------------ the decoder on its own


@pytest.mark.parametrize(
    "data",
    [
        hostile_media.bomb_png(8000, 8000),
        hostile_media.bomb_png(30000, 30000),
        hostile_media.lying_png(),
        hostile_media.lying_png(1, 2**31 - 1),
        hostile_media.NOT_A_PICTURE,
        b"",
        b"\x89PNG\r\n\x1a\n",
    ],
    ids=["8000", "30000", "lying", "lying-tall", "not-a-picture", "empty", "signature-only"],
)
def test_pictures_that_would_take_too_much_are_refused_before_decoding(data: bytes) -> None:
    before = rss_bytes()
    image = decode_picture(data, QSize(400, 300))
    assert image.isNull()
    assert decode_emoji(data) is None
    assert rss_bytes() - before < 64 * MB  # (8000x8000 alone would be 256 MB)


def test_ordinary_and_big_pictures_are_scaled_down() -> None:
    big = hostile_media.big_png(4 * MB)
    image = decode_picture(big, QSize(400, 300))
    assert not image.isNull()
    assert image.width() <= 400 or image.height() <= 300  # covers the box, no larger
    assert image.width() < 2048
    # a 12000x8000 JPEG (96 MP) is decoded straight to a small size
    photo = decode_picture(jpeg(12000, 8000), QSize(300, 200))
    assert not photo.isNull()
    assert photo.width() <= 300
    # an avatar's limit is smaller
    assert decode_picture(
        hostile_media.big_png(16 * MB), QSize(48, 48), max_pixels=4_000_000
    ).isNull()
    assert decode_picture(jpeg(3000, 2000), QSize(48, 48), max_pixels=1_000_000).isNull() is False


def test_emoji_become_small_pngs() -> None:
    png = decode_emoji(hostile_media.small_png(3))
    assert png is not None
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert max(image.width(), image.height()) <= images_module.EMOJI_SIDE
    big = decode_emoji(jpeg(900, 900))
    assert big is not None
    assert max(QImage.fromData(big).width(), QImage.fromData(big).height()) <= 64


# ------------------------------------------------------------------ back-off


class FlakyLoader:
    """Fails the first ``failures`` times, then answers with a small picture."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.asked: list[str] = []
        self.gone: set[str] = set()

    async def fetch(self, url: str) -> bytes | None:
        self.asked.append(url)
        if self.failures > 0:
            self.failures -= 1
            return None
        return hostile_media.small_png(1)

    def refused(self, url: str) -> bool:
        return url in self.gone


async def test_a_failed_picture_is_asked_again_after_a_back_off(qtbot: Any) -> None:
    loader = FlakyLoader(failures=2)
    store = ImageStore(loader)  # type: ignore[arg-type]
    now = [1000.0]
    store.clock = lambda: now[0]
    url = "https://pictures.example/a.png"
    size = QSize(40, 40)
    assert store.image(url, size) is None
    await eventually(lambda: store.failed(url))
    assert len(loader.asked) == 1
    for _ in range(5):  # painting again during the back-off asks nobody
        assert store.image(url, size) is None
    assert len(loader.asked) == 1
    now[0] += images_module.RETRY_FIRST + 0.1
    assert store.image(url, size) is None  # asked again: fails again, waits twice as long
    await eventually(lambda: len(loader.asked) == 2 and store.failed(url))
    now[0] += images_module.RETRY_FIRST + 0.1
    assert store.failed(url)  # (10 s this time)
    now[0] += images_module.RETRY_FIRST
    told: list[str] = []
    store.image_ready.connect(told.append)
    assert store.image(url, size) is None
    await eventually(lambda: url in told)
    found = store.image(url, size)
    assert found is not None
    assert not found.isNull()
    assert len(loader.asked) == 3
    await store.aclose()


async def test_the_store_repaints_by_itself_when_a_back_off_ends(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images_module, "RETRY_FIRST", 0.2)
    loader = FlakyLoader(failures=1)
    store = ImageStore(loader)  # type: ignore[arg-type]
    url = "https://pictures.example/b.png"
    emoji_url = "https://pictures.example/e.png"
    told: list[str] = []
    store.image_ready.connect(told.append)
    store.image(url, QSize(40, 40))
    await eventually(lambda: told == [url])  # the back-off ended: a repaint will ask again
    assert store.image(url, QSize(40, 40)) is None
    await eventually(lambda: store.image(url, QSize(40, 40)) is not None)
    # an emoji is asked again by the store itself (a post's text is laid out once)
    loader.failures = 1
    assert store.emoji(emoji_url) is None
    await eventually(lambda: store.has_emoji(emoji_url))
    assert loader.asked.count(emoji_url) == 2
    await store.aclose()


async def test_a_refused_picture_is_not_asked_again(qtbot: Any) -> None:
    loader = FlakyLoader(failures=0)
    store = ImageStore(loader)  # type: ignore[arg-type]
    now = [0.0]
    store.clock = lambda: now[0]
    url = "https://pictures.example/not-a-picture"

    async def not_a_picture(asked: str) -> bytes:
        loader.asked.append(asked)
        return hostile_media.NOT_A_PICTURE

    loader.fetch = not_a_picture  # type: ignore[method-assign]
    store.image(url, QSize(40, 40))
    await eventually(lambda: store.failed(url))
    now[0] += 10_000
    assert store.image(url, QSize(40, 40)) is None
    assert store.failed(url)
    assert loader.asked == [url]
    await store.aclose()


# ------------------------------------------------------------------ a hostile town on screen


async def _status(client: MastodonClient, post_id: str) -> Status:
    return await client.get_status(post_id)


async def test_a_hostile_towns_pictures_and_emoji_in_a_timeline(
    maple: Any, user_token: Any, qtbot: Any
) -> None:
    world = maple.town.world
    shelf = hostile_media.shelf(world)
    try:
        await _show_a_hostile_town(world, shelf, maple, user_token, qtbot)
    finally:
        shelf.clear()  # (the ids it used are given out again after the next reset)


async def _show_a_hostile_town(
    world: Any, shelf: hostile_media.Shelf, maple: Any, user_token: Any, qtbot: Any
) -> None:
    attack = hostile_media.add_hostile_media(
        world, maple.domain, picture_posts=6, pictures_per_post=4
    )
    shelf.reset_hits()
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as client:
        statuses = [await _status(client, pid) for pid in attack.post_ids]
    storm = next(s for s in statuses if len(s.emojis) > 1000)
    assert len(storm.emojis) == 20_000

    loader = MediaLoader(policy=AddressPolicy([maple.base_url]))
    store = ImageStore(loader)
    view = TimelineView(town=maple.domain, images=store)
    qtbot.addWidget(view)
    view.resize(520, 900)
    view.show()

    baseline = rss_bytes()
    peak = [baseline]
    sampler = QTimer()
    sampler.setInterval(10)
    sampler.timeout.connect(lambda: peak.__setitem__(0, max(peak[0], rss_bytes())))
    sampler.start()

    def settled() -> bool:
        return not (store._pending or store._emoji_pending or loader._pending)

    async def show_every_row() -> None:
        for row in range(view.model.rowCount()):
            view.list.scrollTo(view.model.index(row, 0))
            view.grab()
            await eventually(settled, timeout=60)
            view.grab()  # (emoji that arrived make the text taller)
            await eventually(settled, timeout=60)

    view.model.set_items(
        [TimelineItem(s.id, s.id.rjust(24, "0"), s) for s in statuses], more_below=False
    )
    await show_every_row()
    sampler.stop()

    # no storm: at most 50 of the 20,000 emoji were asked for, each thing at most once
    assert 0 < shelf.total_hits(attack.emoji_storm_prefix) <= MAX_EMOJI_PER_POST
    assert all(n == 1 for n in shelf.hits.values()), shelf.hits.most_common(3)
    # the bombs were fetched (small files) and refused: no emoji, no avatar picture
    base = maple.base_url
    for path in attack.bomb_paths:
        if shelf.hits[path]:
            assert store.failed(base + path)
    bombs = next(s for s in statuses if s.emojis and s.emojis[0].shortcode == "bomb0")
    assert all(not store.has_emoji(e.static_url) for e in bombs.emojis)
    assert all(store.failed(e.static_url) for e in bombs.emojis)
    assert store.failed(bombs.account.avatar_static)
    if os.environ.get("TOWNSFOLK_SCREENSHOTS"):  # the bombs' rows keep their layout
        view.list.scrollToTop()
        view.grab().save(str(Path(os.environ["TOWNSFOLK_SCREENSHOTS"]) / "timeline-hostile.png"))
    # the big pictures came, scaled down
    assert store._images
    assert all(max(i.width(), i.height()) <= 1100 for i in store._images.values())
    # memory: 24 pictures of 16 MB went through; never more than the aim at once
    grew = peak[0] - baseline
    assert grew < 400 * MB, f"memory grew by {grew / MB:.0f} MB"

    # painting everything again asks for nothing refused again
    hits = sum(shelf.hits.values())
    await show_every_row()
    assert (
        shelf.total_hits("/system/custom_emojis/") + shelf.total_hits("/system/accounts/") <= hits
    )
    assert all(n == 1 for path, n in shelf.hits.items() if path in attack.bomb_paths)
    view.close_timeline()
    await store.aclose()
    await loader.aclose()


class SlowLoader:
    """Answers only when told: a download still on its way when the store closes."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.cancelled: list[str] = []
        self.release = asyncio.Event()

    async def fetch(self, url: str) -> bytes | None:
        self.asked.append(url)
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.cancelled.append(url)
            raise
        return hostile_media.small_png(1)


async def test_closing_the_store_ends_its_downloads_and_a_late_paint_asks_nothing(
    qtbot: Any,
) -> None:
    """A download cancelled but never run again, or one started by a paint after closing, left
    its connection to the garbage collector (an 'unclosed socket' in a later test)."""
    loader = SlowLoader()
    store = ImageStore(loader)  # type: ignore[arg-type]
    size = QSize(40, 40)
    assert store.image("https://pictures.example/slow.png", size) is None
    await eventually(lambda: loader.asked == ["https://pictures.example/slow.png"])
    await store.aclose()
    assert loader.cancelled == ["https://pictures.example/slow.png"]  # finished cancelling
    assert store.image("https://pictures.example/late.png", size) is None
    assert loader.asked == ["https://pictures.example/slow.png"]  # nothing new asked
