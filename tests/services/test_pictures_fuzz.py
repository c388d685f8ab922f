"""Fuzzing the picture path with hypothesis: pictures chosen for upload
(services.pictures.prepare_picture, make_thumbnail); tests/ui/test_images_fuzz.py does the
pictures a town sends (ui.timeline.images.decode_picture, decode_emoji) with the same bytes.
Random, truncated and bit-flipped bytes, and real files whose headers claim absurd sizes:
a clear refusal, never a crash, never a huge allocation (memory is watched for every
example).

The examples are the same on every run (the "townsfolk" hypothesis profile). A bounded run
is part of the suite; for a longer one set TOWNSFOLK_FUZZ_EXAMPLES, e.g.
``TOWNSFOLK_FUZZ_EXAMPLES=5000 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q
-p no:cacheprovider tests/services/test_pictures_fuzz.py tests/ui/test_images_fuzz.py``
(2026-12-04, 2 busy cores: 1,500 examples about 30 s, 5,000 about 80 s, both passing). The
first 1,500-example run found two crashes in prepare_picture (two GIFs, kept below in
test_what_the_long_fuzzing_run_found).
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from townsfolk.services.pictures import PictureRefused, make_thumbnail, prepare_picture

EXAMPLES = int(os.environ.get("TOWNSFOLK_FUZZ_EXAMPLES", "60"))
MB = 1024 * 1024
#: The most the process may grow while one example runs (a 8000x8000 decode would be 256 MB).
GROWTH = 160 * MB


def rss() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@lru_cache(maxsize=1)
def seeds() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    picture = Image.new("RGB", (48, 32), (20, 140, 90))
    for fmt in ("PNG", "JPEG", "GIF", "WEBP", "BMP"):
        buf = io.BytesIO()
        picture.save(buf, format=fmt)
        out[fmt] = buf.getvalue()
    frames = [Image.new("RGB", (16, 16), (n * 40, 0, 0)) for n in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=50)
    out["GIF-animated"] = buf.getvalue()
    return out


def _png_with_size(width: int, height: int, tail: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", tail) + chunk(b"IEND", b"")
    )


def _jpeg_with_size(width: int, height: int) -> bytes:
    data = bytearray(seeds()["JPEG"])
    at = data.find(b"\xff\xc0")
    if at < 0:
        at = data.find(b"\xff\xc2")
    data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


sizes = st.integers(min_value=0, max_value=2**31 - 1) | st.sampled_from(
    [0, 1, 8000, 30000, 65535, 65536, 2**31 - 1]
)
absurd = st.one_of(
    st.builds(_png_with_size, sizes, sizes, st.binary(max_size=64)),
    st.builds(_png_with_size, sizes, sizes, st.just(zlib.compress(bytes(1 << 16), 9))),
    st.builds(
        _jpeg_with_size,
        st.integers(min_value=0, max_value=65535),
        st.integers(min_value=0, max_value=65535),
    ),
)


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    data = bytearray(seeds()[draw(st.sampled_from(sorted(seeds())))])
    how = draw(st.sampled_from(["truncate", "flip", "splice", "as is"]))
    if how == "truncate":
        del data[draw(st.integers(min_value=0, max_value=len(data))) :]
    elif how == "flip":
        for _ in range(draw(st.integers(min_value=1, max_value=8))):
            at = draw(st.integers(min_value=0, max_value=len(data) - 1))
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
    elif how == "splice":
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    return bytes(data)


hostile_bytes = st.one_of(st.binary(max_size=2048), mangled(), absurd)

fuzz = settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@fuzz
@given(data=hostile_bytes)
def test_preparing_an_upload_refuses_clearly(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "chosen"
    path.write_bytes(data)
    before = rss()
    refusals: list[PictureRefused] = []
    try:
        prepared = prepare_picture(path, max_bytes=2 * MB)
        assert prepared.data
        assert len(prepared.data) <= 2 * MB
    except PictureRefused as refused:
        refusals.append(refused)
    try:
        assert make_thumbnail(data, 96)
    except PictureRefused as refused:
        refusals.append(refused)
    assert all(r.user_message and r.reason for r in refusals)  # a sentence for people
    assert rss() - before < GROWTH


@pytest.mark.parametrize("fmt", sorted(seeds()))
def test_the_seed_pictures_themselves_pass(fmt: str, tmp_path: Path) -> None:
    """(So that the fuzzing starts from files that work.)"""
    path = tmp_path / "seed"
    path.write_bytes(seeds()[fmt])
    assert prepare_picture(path).data


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # later frames larger than the bomb limit (Pillow raised DecompressionBombError)
        (
            b"GIF87a\x00\x00\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x00\x00"
            b"\x01,\x00\x00\x00\x00\x00\x1f\x00Y\x00\x00",
            "too_many_pixels",
        ),
        # cut short while its frames are counted (Pillow raised IndexError)
        (
            b"GIF87a\x00\x00\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00,",
            "damaged",
        ),
    ],
    ids=["gif-frame-bomb", "gif-cut-short"],
)
def test_what_the_long_fuzzing_run_found(data: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "found"
    path.write_bytes(data)
    with pytest.raises(PictureRefused) as refused:
        prepare_picture(path)
    assert refused.value.reason in (reason, "animation_too_big", "damaged", "too_many_pixels")
    assert refused.value.user_message
