"""Media attacks for a practice town: pictures and emoji a hostile (or careless) town may send.

Built as world data: posts, people and media made with the world's own functions, and their
files put on a per-world :class:`Shelf` that the practice town's file route serves as they are
(the one hook in ``practice/routes/files.py``), counting every request, so tests can tell a download
storm from a calm timeline.

What :func:`add_hostile_media` adds to a town (``HostileMedia`` says where):

- emoji bombs: a post with 8 custom emoji whose files are a few KB each but decode to
  8000×8000 pixels (and one to 30000×30000), and an avatar that does the same;
- an emoji storm: a post listing 20,000 different custom emoji (each file a real small PNG);
- big pictures: posts with 4 pictures each whose files are 16 MB of noise (about 2048×2731
  pixels; PNG that does not compress), previews included (a town may send big previews);
- a post whose pictures lie: a truncated PNG claiming 65535×65535 pixels, a PNG bomb as a
  preview, and bytes that are not a picture at all.

Nothing here imports Pillow or Qt: the files are written byte by byte (``zlib``, ``struct``),
so even the 30000×30000 bomb is made without holding its pixels.
"""

from __future__ import annotations

import random
import struct
import threading
import weakref
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townsfolk.practice.world import World

__all__ = [
    "HostileMedia",
    "Shelf",
    "add_hostile_media",
    "big_png",
    "bomb_png",
    "lying_png",
    "served",
    "shelf",
    "small_png",
]

MB = 1024 * 1024


# -- files ---------------------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _png(width: int, height: int, bit_depth: int, colour: int, idat: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


@lru_cache(maxsize=8)
def bomb_png(width: int = 8000, height: int = 8000) -> bytes:
    """A 1-bit grey PNG of ``width``×``height`` zeros: a few KB that decode to width×height
    pixels (8000×8000 is 256 MB as 32-bit pixels)."""
    row = bytes(1 + (width + 7) // 8)  # filter byte 0 + the packed pixels
    squeeze = zlib.compressobj(9)
    rows_per_piece = max(1, (1 << 20) // len(row))
    piece = row * rows_per_piece
    out: list[bytes] = []
    left = height
    while left > 0:
        n = min(left, rows_per_piece)
        out.append(squeeze.compress(piece if n == rows_per_piece else row * n))
        left -= n
    out.append(squeeze.flush())
    return _png(width, height, 1, 0, b"".join(out))


@lru_cache(maxsize=4)
def big_png(size: int = 16 * MB, seed: int = 1) -> bytes:
    """A noise PNG whose file is about ``size`` bytes (it does not compress), 2048 wide."""
    width = 2048
    stride = 1 + 3 * width
    height = max(1, size // stride)
    raw = bytearray(random.Random(seed).randbytes(stride * height))
    raw[0::stride] = bytes(height)  # every row: filter 0
    return _png(width, height, 8, 2, zlib.compress(bytes(raw), 0))


@lru_cache(maxsize=4)
def small_png(hue: int = 0) -> bytes:
    """An ordinary 32×32 picture (a real emoji-sized file)."""
    shade = bytes(((hue * 7) % 256, (hue * 13) % 256, 200))
    row = b"\x00" + shade * 32
    return _png(32, 32, 8, 2, zlib.compress(row * 32, 9))


def lying_png(width: int = 65535, height: int = 65535) -> bytes:
    """A PNG that claims ``width``×``height`` pixels and then ends: a header and a little data."""
    whole = _png(width, height, 8, 6, zlib.compress(bytes(4096), 9))
    return whole[: 8 + 25 + 40]  # signature, IHDR and a piece of the IDAT


NOT_A_PICTURE = b"<html><body>This is not a picture.</body></html>" * 20


# -- the shelf -------------------------------------------------------------------------------


class Shelf:
    """Files served as they are at exact paths of every town of one world, counted."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.files: dict[str, tuple[bytes, str]] = {}
        self.hits: Counter[str] = Counter()

    def put(self, path: str, data: bytes, content_type: str = "image/png") -> None:
        with self._lock:
            self.files[path] = (data, content_type)

    def serve(self, path: str) -> tuple[bytes, str] | None:
        with self._lock:
            found = self.files.get(path)
            if found is not None:
                self.hits[path] += 1
            return found

    def total_hits(self, prefix: str = "") -> int:
        with self._lock:
            return sum(n for p, n in self.hits.items() if p.startswith(prefix))

    def reset_hits(self) -> None:
        with self._lock:
            self.hits.clear()

    def clear(self) -> None:
        """Forget every file and count. Call when done: ``world.reset()`` gives the local ids
        of people and media out again, so a file left here could answer for someone else's."""
        with self._lock:
            self.files.clear()
            self.hits.clear()


_SHELVES: weakref.WeakKeyDictionary[World, Shelf] = weakref.WeakKeyDictionary()
_SHELVES_LOCK = threading.Lock()


def shelf(world: World) -> Shelf:
    """The world's shelf (made on first use)."""
    with _SHELVES_LOCK:
        found = _SHELVES.get(world)
        if found is None:
            found = _SHELVES[world] = Shelf()
        return found


def served(world: World, path: str) -> tuple[bytes, str] | None:
    """(bytes, content type) for ``path`` if the world's shelf has it (the file route's hook)."""
    found = _SHELVES.get(world)
    return None if found is None else found.serve(path)


# -- the attacks as world data ---------------------------------------------------------------


@dataclass
class HostileMedia:
    """Where the attacks are: local post ids (as the town shows them) and paths."""

    domain: str
    username: str
    emoji_bomb_post: str = ""
    emoji_storm_post: str = ""
    lying_post: str = ""
    picture_posts: list[str] = field(default_factory=list)
    bomb_paths: list[str] = field(default_factory=list)
    picture_paths: list[str] = field(default_factory=list)
    emoji_storm_prefix: str = ""

    @property
    def post_ids(self) -> list[str]:
        return [self.emoji_bomb_post, self.emoji_storm_post, self.lying_post, *self.picture_posts]


def add_hostile_media(
    world: World,
    domain: str,
    *,
    picture_posts: int = 40,
    pictures_per_post: int = 4,
    picture_bytes: int = 16 * MB,
    storm_emoji: int = 20_000,
    username: str = "bigpictures",
) -> HostileMedia:
    """Add the media attacks to ``domain`` (see the module docstring). Call after
    ``world.reset()``, and ``shelf(world).clear()`` when done (see :meth:`Shelf.clear`)."""
    from townsfolk.practice.model import Media, utcnow

    place = shelf(world)
    town = world.town(domain)
    out = HostileMedia(domain=domain, username=username)
    with world.lock:
        found = world.handles.get((domain, username))
        person = (
            world.people[found]
            if found is not None
            else world.add_person(
                domain,
                username,
                "Big Pictures",
                "I post very large things.",
                created_at=utcnow() - timedelta(days=30),
                hue=300,
            )
        )
        avatar = f"/system/accounts/avatars/{town.learn_account(person.key)}/original.png"
        place.put(avatar, bomb_png(8000, 8000))
        out.bomb_paths.append(avatar)
        when = utcnow() - timedelta(minutes=5)

        def post(text: str, media: list[int] | None = None) -> int:
            nonlocal when
            when += timedelta(seconds=1)
            made = world.create_post(person.key, text, when=when, media=media)
            return made.key

        def local_id(key: int) -> str:
            return str(town.learn_post(world.posts[key]))

        def emoji_path(code: str) -> str:
            return f"/system/custom_emojis/{domain}/{code}.png"

        # eight emoji bombs (one of them 30000×30000)
        codes = [f"bomb{n}" for n in range(8)]
        key = post("Look at my emoji! " + " ".join(f":{c}:" for c in codes))
        world.posts[key].emojis = list(codes)
        world.touch_post(key)
        for n, code in enumerate(codes):
            path = emoji_path(code)
            place.put(path, bomb_png(30000, 30000) if n == 7 else bomb_png(8000, 8000))
            out.bomb_paths.append(path)
        out.emoji_bomb_post = local_id(key)

        # a post listing 20,000 emoji
        storm = [f"e{n}" for n in range(storm_emoji)]
        key = post("So many emoji.")
        made = world.posts[key]
        made.emojis = storm
        made.text = " ".join(f":{c}:" for c in storm)
        made.content = "<p>" + made.text + "</p>"
        world.touch_post(key)
        for n, code in enumerate(storm):
            place.put(emoji_path(code), small_png(n % 360))
        out.emoji_storm_prefix = f"/system/custom_emojis/{domain}/e"
        out.emoji_storm_post = local_id(key)

        # pictures that lie about their size, or are not pictures
        lies = [lying_png(), bomb_png(30000, 30000), NOT_A_PICTURE, bomb_png(8000, 8000)]
        keys = []
        for n, data in enumerate(lies):
            media = Media(
                key=world.next_key(),
                owner=person.key,
                kind="image",
                content_type="image/png",
                width=640,
                height=480,
                description=f"A picture that is not what it says ({n + 1})",
                hue=n * 40,
            )
            world.media[media.key] = media
            keys.append(media.key)
            local = town.media_local(media.key)
            for name in ("original.png", "small.png"):
                path = f"/system/media_attachments/{local}/{name}"
                place.put(path, data)
                out.bomb_paths.append(path)
        out.lying_post = local_id(post("These pictures are not what they seem.", keys))

        # big pictures: 16 MB each, previews too (the same bytes object for every path)
        big = big_png(picture_bytes)
        for p in range(picture_posts):
            keys = []
            for n in range(pictures_per_post):
                media = Media(
                    key=world.next_key(),
                    owner=person.key,
                    kind="image",
                    content_type="image/png",
                    width=2048,
                    height=max(1, picture_bytes // (1 + 3 * 2048)),
                    description=f"Big picture {p + 1}.{n + 1}",
                    hue=(p * 4 + n) * 9,
                )
                world.media[media.key] = media
                keys.append(media.key)
                local = town.media_local(media.key)
                for name in ("original.png", "small.png"):
                    path = f"/system/media_attachments/{local}/{name}"
                    place.put(path, big)
                    out.picture_paths.append(path)
            out.picture_posts.append(local_id(post(f"Holiday pictures, part {p + 1}.", keys)))
    return out
