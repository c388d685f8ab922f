"""Prepare a picture the user chose for upload, and make compose-box thumbnails.

Plain Pillow, no Qt: call these from a worker thread (``asyncio.to_thread``), never the UI thread.

What :func:`prepare_picture` does:

- Reads the file into memory (refusing files over :data:`MAX_FILE_BYTES`) and opens it with the
  decoders for JPEG, PNG, GIF, WebP and BMP only (no EPS, which runs Ghostscript, and no other
  rarely used decoders).
- Guards against decompression bombs *before* decoding: the size in the header must stay within
  :data:`MAX_DECODE_PIXELS` (Pillow's own warning threshold). Pillow's
  ``DecompressionBombWarning`` (when warnings are errors) and ``DecompressionBombError`` are
  refusals too. ``Image.MAX_IMAGE_PIXELS`` is never changed, so other threads are unaffected.
- Turns the picture upright (EXIF orientation), converts colours to sRGB when it carries an ICC
  profile, then writes *only pixels* into a new file: no EXIF (so no GPS location, camera serial
  or date), no XMP, no IPTC, no comments, no ICC profile.
- Makes it fit: at most ``max_pixels`` pixels (Mastodon's ``image_matrix_limit``), a long side of
  at most ``target_long_side`` if given, and at most ``max_bytes`` bytes, lowering JPEG/WebP
  quality step by step and then the size.
- Output format: pictures with real transparency stay PNG (made smaller while too big); WebP
  stays WebP; JPEG stays JPEG; opaque PNG, GIF and BMP become PNG when that fits, else JPEG.

Moving pictures (animated GIF, WebP or PNG) are re-encoded frame by frame in the same format
(this drops their metadata) at their own size, with their timing and looping. They are never
scaled: if one has more pixels than ``max_pixels``, more than :data:`MAX_ANIMATION_PIXELS` in all
frames together, more than :data:`MAX_FRAMES` frames, or is still over ``max_bytes`` after
re-encoding, it is refused with a message that says so.

Every refusal is a :class:`PictureRefused` with a ``reason`` code and a ``user_message`` that can be
shown as it is.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import struct
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, get_args

from PIL import Image, ImageCms, ImageOps, ImageSequence, UnidentifiedImageError

from townsfolk.i18n import translate

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IMAGE_MATRIX_LIMIT",
    "MAX_ANIMATION_PIXELS",
    "MAX_DECODE_PIXELS",
    "MAX_FILE_BYTES",
    "MAX_FRAMES",
    "PictureRefused",
    "PreparedPicture",
    "RefusalReason",
    "make_thumbnail",
    "prepare_picture",
]

DEFAULT_MAX_BYTES: Final = 16 * 1024 * 1024
IMAGE_MATRIX_LIMIT: Final = 33_177_600
"""Mastodon's default ``image_matrix_limit``: 7680 × 4320 pixels."""
MAX_DECODE_PIXELS: Final = 89_478_485
"""Pictures claiming more pixels than this are refused before decoding (Pillow's threshold)."""
MAX_FILE_BYTES: Final = 256 * 1024 * 1024
BOMB_MIN_PIXELS: Final = 16_000_000
BOMB_RATIO: Final = 1024
"""A picture of more than BOMB_MIN_PIXELS pixels whose file is smaller than one byte for every
BOMB_RATIO pixels is refused before decoding (a decompression bomb below Pillow's threshold)."""
MAX_ANIMATION_PIXELS: Final = 60_000_000
"""Width × height × frames of a moving picture that we are willing to decode."""
MAX_FRAMES: Final = 1_000
MIN_SIDE: Final = 64
"""We do not shrink a picture below this long side to make it fit; we refuse instead."""

_FORMATS: Final = ("JPEG", "PNG", "GIF", "WEBP", "BMP")  # JPEG also opens MPO files
_QUALITIES: Final = (90, 85, 80, 72, 64)

RefusalReason = Literal[
    "missing",
    "unreadable",
    "not_a_picture",
    "damaged",
    "too_many_pixels",
    "too_big",
    "animation_too_big",
]


def _message(reason: RefusalReason) -> str:
    """The sentence for a refusal, in the person's language (translated when asked for)."""
    messages: dict[RefusalReason, str] = {
        "missing": translate(
            "Pictures", "Townsfolk cannot find this picture. It may have been moved or deleted."
        ),
        "unreadable": translate(
            "Pictures",
            "Townsfolk could not open this picture. Check that you can open it in another app, "
            "then try again.",
        ),
        "not_a_picture": translate(
            "Pictures",
            "This file is not a picture Townsfolk can read. Try a JPEG, PNG, GIF or WebP picture.",
        ),
        "damaged": translate(
            "Pictures",
            "This picture is damaged or incomplete, so Townsfolk cannot use it. "
            "Try saving it again, or choose another one.",
        ),
        "too_many_pixels": translate(
            "Pictures", "This picture is too large to open safely. Try a smaller version of it."
        ),
        "too_big": translate(
            "Pictures",
            "This picture is too big to send, even after making it smaller. "
            "Try a smaller version of it.",
        ),
        "animation_too_big": translate(
            "Pictures", "This moving picture is too large to send. Try a shorter or smaller one."
        ),
    }
    return messages[reason]


class _Messages(Mapping[RefusalReason, str]):
    """Every refusal's sentence, looked up (and translated) at the moment it is read."""

    def __getitem__(self, reason: RefusalReason) -> str:
        return _message(reason)

    def __iter__(self) -> Iterator[RefusalReason]:
        return iter(get_args(RefusalReason))

    def __len__(self) -> int:
        return len(get_args(RefusalReason))


_MESSAGES: Final[Mapping[RefusalReason, str]] = _Messages()


class PictureRefused(Exception):
    """A picture we will not use. ``user_message`` is plain words for the person."""

    def __init__(self, reason: RefusalReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: RefusalReason = reason
        self.user_message: str = _message(reason)


@dataclass(frozen=True, slots=True)
class PreparedPicture:
    data: bytes
    """The file to upload: pixels only, no metadata."""
    mime: str
    """``image/jpeg``, ``image/png``, ``image/webp`` or ``image/gif``."""
    width: int
    height: int
    original_size: tuple[int, int]
    """Width and height of the chosen picture, upright, before any scaling."""
    original_bytes: int = 0
    """Size of the chosen file in bytes."""

    @property
    def scaled(self) -> bool:
        return (self.width, self.height) != self.original_size


_MIME: Final = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}


def prepare_picture(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = IMAGE_MATRIX_LIMIT,
    target_long_side: int | None = None,
) -> PreparedPicture:
    """Make the picture at ``path`` ready to upload; see the module docstring.

    Raises :class:`PictureRefused` for anything we cannot or will not send.
    """
    data = _read(Path(path))
    with _refusing():
        return _prepare(data, max_bytes, max_pixels, target_long_side)


def _prepare(
    data: bytes, max_bytes: int, max_pixels: int, target_long_side: int | None
) -> PreparedPicture:
    with _open(data) as image:
        if getattr(image, "n_frames", 1) > 1 and image.format != "MPO":
            return _prepare_animation(image, data, max_bytes=max_bytes, max_pixels=max_pixels)
        width, height = image.size
        upright = _upright_size(image)
        scale = _scale_for(width, height, max_pixels, target_long_side)
        if image.format in ("JPEG", "MPO") and scale < 1:
            # Let libjpeg decode at 1/2, 1/4 or 1/8 size: much faster and less memory.
            image.draft(image.mode, (math.ceil(width * scale), math.ceil(height * scale)))
        picture = _decode_upright(image)
        source_format = image.format or ""
    picture = _to_working_mode(picture)
    picture = _fit(picture, max_pixels, target_long_side)
    return _encode_to_fit(picture, source_format, max_bytes, upright, len(data))


def make_thumbnail(data_or_path: bytes | str | os.PathLike[str], max_side: int) -> bytes:
    """A small upright preview (JPEG, or PNG when transparent), without metadata.

    For the compose box. Moving pictures give their first frame. Raises :class:`PictureRefused`.
    """
    max_side = max(1, max_side)
    data = data_or_path if isinstance(data_or_path, bytes) else _read(Path(data_or_path))
    with _refusing():
        return _thumbnail(data, max_side)


def _thumbnail(data: bytes, max_side: int) -> bytes:
    with _open(data) as image:
        if image.format in ("JPEG", "MPO"):
            image.draft(image.mode, (max_side, max_side))
        picture = _decode_upright(image)
    picture = _to_working_mode(picture)
    picture.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
    transparent = picture.mode in ("RGBA", "LA")
    return _encode(picture, "PNG" if transparent else "JPEG", 85)


# --- Reading and decoding -------------------------------------------------------------------


@contextlib.contextmanager
def _refusing() -> Iterator[None]:
    """Whatever Pillow raises on a damaged or hostile file (found by fuzzing: a GIF whose later
    frames grow past the bomb limit, a GIF cut short while counting its frames) becomes a
    refusal, never an exception the person would see as a crash."""
    try:
        yield
    except PictureRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as error:
        raise PictureRefused("too_many_pixels", str(error)) from error
    except (
        OSError,
        ValueError,
        EOFError,
        SyntaxError,
        IndexError,
        TypeError,
        KeyError,
        struct.error,
    ) as error:
        raise PictureRefused("damaged", str(error)) from error


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PictureRefused("too_many_pixels", f"file of {size} bytes")
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except PictureRefused:
        raise
    except FileNotFoundError as error:
        raise PictureRefused("missing", str(error)) from error
    except (IsADirectoryError, NotADirectoryError) as error:
        raise PictureRefused("not_a_picture", str(error)) from error
    except OSError as error:
        raise PictureRefused("unreadable", str(error)) from error


def _open(data: bytes) -> Image.Image:
    """Open (header only) and check the claimed size before any pixel is decoded."""
    if not data:
        raise PictureRefused("not_a_picture", "empty file")
    try:
        image = Image.open(io.BytesIO(data), formats=_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PictureRefused("too_many_pixels", str(error)) from error
    except UnidentifiedImageError as error:
        raise PictureRefused("not_a_picture", str(error)) from error
    except (OSError, ValueError, EOFError, SyntaxError, IndexError, TypeError) as error:
        raise PictureRefused("damaged", str(error)) from error
    width, height = image.size
    limit = MAX_DECODE_PIXELS
    if Image.MAX_IMAGE_PIXELS is not None:
        limit = min(limit, Image.MAX_IMAGE_PIXELS)
    if width <= 0 or height <= 0:
        image.close()
        raise PictureRefused("damaged", f"size {width}x{height}")
    if width * height > limit:
        image.close()
        raise PictureRefused("too_many_pixels", f"{width}x{height}")
    if width * height > BOMB_MIN_PIXELS and len(data) * BOMB_RATIO < width * height:
        # e.g. 8000x8000 in 8 KB: no photo or screenshot squeezes that well, a bomb does
        image.close()
        raise PictureRefused("too_many_pixels", f"{width}x{height} in {len(data)} bytes")
    return image


def _decode_upright(image: Image.Image) -> Image.Image:
    """Decode the current frame and turn it upright; refuses damaged pictures."""
    try:
        image.load()
        upright = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PictureRefused("too_many_pixels", str(error)) from error
    except (OSError, ValueError, EOFError, SyntaxError, IndexError, TypeError, KeyError) as error:
        raise PictureRefused("damaged", str(error)) from error
    except MemoryError as error:
        raise PictureRefused("too_many_pixels", "out of memory") from error
    if "transparency" in upright.info:  # palette or colour-key transparency: make it alpha
        upright = upright.convert("LA" if upright.mode in ("1", "L") else "RGBA")
    icc = image.info.get("icc_profile")
    if isinstance(icc, bytes) and icc:
        upright = _to_srgb(upright, icc)
    upright.info = {}
    return upright


def _upright_size(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    try:
        orientation = image.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block only means we do not know the orientation
        orientation = 1
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


_SRGB: Final = ImageCms.createProfile("sRGB")


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """Convert colours to sRGB, so dropping the ICC profile does not change how they look."""
    if image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, _SRGB, outputMode="RGBA" if image.mode == "RGBA" else "RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # an unusable profile: keep the pixels as they are
    return converted if converted is not None else image


def _to_working_mode(image: Image.Image) -> Image.Image:
    """RGB, RGBA, L or LA; alpha only when something is actually transparent."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif mode in ("1", "F"):
        image = image.convert("L")
    elif mode == "P":
        image = image.convert("RGB")  # transparency was made alpha when decoding
    elif mode in ("PA", "RGBa", "La"):
        image = image.convert("RGBA")
    elif mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGB")
    if image.mode in ("RGBA", "LA"):
        alpha_low, _alpha_high = image.getchannel("A").getextrema()
        if isinstance(alpha_low, (int, float)) and alpha_low >= 255:
            image = image.convert("RGB" if image.mode == "RGBA" else "L")
    image.info = {}
    return image


# --- Fitting and encoding -------------------------------------------------------------------


def _scale_for(width: int, height: int, max_pixels: int, target_long_side: int | None) -> float:
    scale = 1.0
    if width * height > max_pixels:
        scale = math.sqrt(max_pixels / (width * height))
    if target_long_side is not None and max(width, height) * scale > target_long_side:
        scale = max(1, target_long_side) / max(width, height)
    return scale


def _resize(image: Image.Image, scale: float) -> Image.Image:
    width = max(1, math.floor(image.width * scale))
    height = max(1, math.floor(image.height * scale))
    resized = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    resized.info = {}
    return resized


def _fit(image: Image.Image, max_pixels: int, target_long_side: int | None) -> Image.Image:
    scale = _scale_for(image.width, image.height, max_pixels, target_long_side)
    return _resize(image, scale) if scale < 1 else image


def _encode(image: Image.Image, fmt: str, quality: int) -> bytes:
    """Pixels only: ``info`` is emptied and no exif/icc/xmp/comment is passed to the encoder."""
    image.info = {}
    out = io.BytesIO()
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=quality, method=4)
    else:
        image.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def _encode_to_fit(
    image: Image.Image,
    source_format: str,
    max_bytes: int,
    original_size: tuple[int, int],
    original_bytes: int,
) -> PreparedPicture:
    transparent = image.mode in ("RGBA", "LA")
    if transparent:
        formats = ["PNG"]
    elif source_format in ("JPEG", "MPO"):
        formats = ["JPEG"]
    elif source_format == "WEBP":
        formats = ["WEBP"]
    else:
        formats = ["PNG", "JPEG"]  # screenshots and drawings look best lossless, if it fits

    def done(data: bytes, fmt: str, picture: Image.Image) -> PreparedPicture:
        return PreparedPicture(
            data=data,
            mime=_MIME[fmt],
            width=picture.width,
            height=picture.height,
            original_size=original_size,
            original_bytes=original_bytes,
        )

    if formats[0] == "PNG":
        data = _encode(image, "PNG", 0)
        if len(data) <= max_bytes:
            return done(data, "PNG", image)
        if transparent:
            return _shrink_until(
                image,
                max_bytes=max_bytes,
                size=len(data),
                encode=lambda im: _encode(im, "PNG", 0),
                done=done,
                fmt="PNG",
            )
        formats = ["JPEG"]
    fmt = formats[0]
    for quality in _QUALITIES:
        data = _encode(image, fmt, quality)
        if len(data) <= max_bytes:
            return done(data, fmt, image)
    return _shrink_until(
        image,
        max_bytes=max_bytes,
        size=len(data),
        encode=lambda im: _encode(im, fmt, 80),
        done=done,
        fmt=fmt,
    )


def _shrink_until(
    image: Image.Image,
    *,
    max_bytes: int,
    size: int,
    encode: Callable[[Image.Image], bytes],
    done: Callable[[bytes, str, Image.Image], PreparedPicture],
    fmt: str,
) -> PreparedPicture:
    """Make the picture smaller step by step until its file fits in ``max_bytes``."""
    current = image
    for _attempt in range(12):
        # File size grows roughly with the pixel count: aim a little under the limit.
        scale = min(0.85, math.sqrt(max_bytes / max(size, 1)) * 0.95)
        if max(current.width, current.height) * scale < MIN_SIDE:
            break
        current = _resize(current, scale)
        data = encode(current)
        if len(data) <= max_bytes:
            return done(data, fmt, current)
        size = len(data)
    raise PictureRefused("too_big", f"cannot get under {max_bytes} bytes")


# --- Moving pictures ------------------------------------------------------------------------


def _prepare_animation(
    image: Image.Image, data: bytes, *, max_bytes: int, max_pixels: int
) -> PreparedPicture:
    fmt = image.format or ""
    frames_count = getattr(image, "n_frames", 1)
    width, height = image.size
    if (
        fmt not in ("GIF", "WEBP", "PNG")
        or width * height > max_pixels
        or frames_count > MAX_FRAMES
        or width * height * frames_count > MAX_ANIMATION_PIXELS
    ):
        raise PictureRefused("animation_too_big", f"{fmt} {width}x{height}x{frames_count}")
    frames: list[Image.Image] = []
    durations: list[int] = []
    try:
        seen = 0
        for frame in ImageSequence.Iterator(image):
            # a later frame may be larger than the first (GIF): check before decoding it
            fw, fh = frame.size
            seen += fw * fh
            if fw * fh > max_pixels or seen > MAX_ANIMATION_PIXELS:
                raise PictureRefused("animation_too_big", f"{fmt} frame {fw}x{fh}")
            frame.load()
            durations.append(int(frame.info.get("duration", 100) or 100))
            copy = frame.convert("RGBA")
            copy.info = {}
            frames.append(copy)
    except (OSError, ValueError, EOFError, SyntaxError, IndexError, TypeError, KeyError) as error:
        raise PictureRefused("damaged", str(error)) from error
    options: dict[str, object] = {"save_all": True, "append_images": frames[1:]}
    options["duration"] = durations
    if isinstance(image.info.get("loop"), int):  # no "loop" means: play once
        options["loop"] = image.info["loop"]
    if fmt == "GIF":
        options.update(disposal=2, optimize=False)
    elif fmt == "WEBP":
        options.update(quality=85, method=4)
    out = io.BytesIO()
    frames[0].save(out, fmt, **options)
    result = out.getvalue()
    if len(result) > max_bytes:
        raise PictureRefused("animation_too_big", f"{len(result)} bytes")
    return PreparedPicture(
        data=result,
        mime=_MIME[fmt],
        width=width,
        height=height,
        original_size=(width, height),
        original_bytes=len(data),
    )
