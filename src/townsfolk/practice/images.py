"""Pictures for the practice towns, drawn with Pillow, deterministic and cached in memory."""

from __future__ import annotations

import colorsys
import io
import random
import threading
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

_lock = threading.Lock()


def _rgb(hue: int, sat: float = 0.55, light: float = 0.55) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb((hue % 360) / 360.0, light, sat)
    return int(r * 255), int(g * 255), int(b * 255)


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False, compress_level=3)
    return buf.getvalue()


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except (OSError, ImportError):  # pragma: no cover - Pillow without FreeType
        return ImageFont.load_default()


@lru_cache(maxsize=512)
def avatar_png(seed: int, key: int, hue: int, initial: str, size: int = 128) -> bytes:
    """A round face-like avatar: coloured disc with the person's initial."""
    with _lock:
        image = Image.new("RGB", (size, size), _rgb(hue + 180, 0.35, 0.85))
        draw = ImageDraw.Draw(image)
        draw.ellipse((6, 6, size - 6, size - 6), fill=_rgb(hue))
        font = _font(size // 2)
        draw.text((size / 2, size / 2), initial.upper()[:1], fill="white", font=font, anchor="mm")
        rng = random.Random(seed * 7919 + key)
        for _ in range(3):
            x, y = rng.randrange(size), rng.randrange(size)
            draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=_rgb(hue + 40, 0.6, 0.7))
        return _png(image)


@lru_cache(maxsize=256)
def picture_png(seed: int, key: int, hue: int, width: int, height: int) -> bytes:
    """A little landscape: sky, sun and hills, different for every key."""
    with _lock:
        rng = random.Random(seed * 104729 + key)
        image = Image.new("RGB", (width, height), _rgb(hue + 200, 0.5, 0.8))
        draw = ImageDraw.Draw(image)
        sun = rng.randrange(width // 5, width - width // 5)
        r = height // 8
        draw.ellipse((sun - r, height // 6, sun + r, height // 6 + 2 * r), fill=(250, 210, 90))
        for layer in range(3):
            base = height // 2 + layer * height // 8
            points = [(0, height)]
            for x in range(0, width + 40, 40):
                points.append((x, base + rng.randrange(-height // 10, height // 10)))
            points.append((width, height))
            draw.polygon(points, fill=_rgb(hue + 20 * layer, 0.45, 0.45 - 0.08 * layer))
        return _png(image)


@lru_cache(maxsize=64)
def emoji_png(shortcode: str, hue: int) -> bytes:
    with _lock:
        image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((4, 4, 60, 60), radius=14, fill=_rgb(hue))
        draw.text((32, 32), shortcode[:1].upper(), fill="white", font=_font(34), anchor="mm")
        return _png(image)


@lru_cache(maxsize=16)
def header_png(hue: int) -> bytes:
    with _lock:
        image = Image.new("RGB", (600, 200), _rgb(hue, 0.4, 0.7))
        draw = ImageDraw.Draw(image)
        for i in range(0, 600, 60):
            draw.line((i, 200, i + 120, 0), fill=_rgb(hue + 30, 0.4, 0.6), width=12)
        return _png(image)


def scaled_png(data: bytes, max_side: int = 400) -> bytes:
    """A small preview of an uploaded picture."""
    with Image.open(io.BytesIO(data)) as img:
        img.thumbnail((max_side, max_side))
        return _png(img.convert("RGB"))


def image_size(data: bytes) -> tuple[int, int] | None:
    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except Exception:
        return None
