"""Preparing pictures for upload: real files made with Pillow in tmp_path."""

from __future__ import annotations

import io
import os
import resource
import struct
import time
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageCms
from PIL.TiffImagePlugin import IFDRational

from townsfolk.services.pictures import (
    MAX_DECODE_PIXELS,
    PictureRefused,
    make_thumbnail,
    prepare_picture,
)

SECRET = "SECRET-WGS-84"
LATITUDE_SECONDS = (345677, 10000)  # 34.5677″, written as an unsigned rational


def halves(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue: easy to check where the picture went after rotation."""
    image = Image.new(mode, (width, height), (255, 0, 0, 255)[: len(mode)])
    image.paste((0, 0, 255, 255)[: len(mode)], (width // 2, 0, width, height))
    return image


def noise(width: int, height: int, mode: str = "RGB") -> Image.Image:
    return Image.frombytes(mode, (width, height), os.urandom(width * height * len(mode)))


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "SecretCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 31.0, IFDRational(*LATITUDE_SECONDS))
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (13.0, 24.0, 1.5)
    gps[ExifTags.GPS.GPSMapDatum] = SECRET
    return exif


def assert_no_metadata(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as image:
        assert len(image.getexif()) == 0
        assert "exif" not in image.info
        assert "icc_profile" not in image.info
        assert "comment" not in image.info
        assert "xmp" not in image.info
    for needle in (b"Exif", SECRET.encode(), b"SecretCam", b"secret comment", b"adobe:ns:meta"):
        assert needle not in data, needle
    for order in (">", "<"):
        assert struct.pack(f"{order}II", *LATITUDE_SECONDS) not in data


def colour_at(data: bytes, xy: tuple[int, int]) -> tuple[int, ...]:
    with Image.open(io.BytesIO(data)) as image:
        pixel = image.convert("RGB").getpixel(xy)
    assert isinstance(pixel, tuple)
    return pixel


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height pixels, with almost no data behind it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


# --- Metadata and orientation ---------------------------------------------------------------


def test_jpeg_loses_gps_and_is_turned_upright(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    halves(120, 80).save(
        path,
        "JPEG",
        exif=exif_with_gps(orientation=6),
        comment=b"secret comment",
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret</x:xmpmeta>',
    )
    raw = path.read_bytes()
    assert SECRET.encode() in raw  # the test file really carries the location
    assert (
        struct.pack(">II", *LATITUDE_SECONDS) in raw or struct.pack("<II", *LATITUDE_SECONDS) in raw
    )

    prepared = prepare_picture(path)

    assert prepared.mime == "image/jpeg"
    assert (prepared.width, prepared.height) == (80, 120)  # orientation 6: turned a quarter
    assert prepared.original_size == (80, 120)
    assert prepared.original_bytes == len(raw)
    assert not prepared.scaled
    assert_no_metadata(prepared.data)
    # Orientation 6 means "turn clockwise": the left (red) half is now on top.
    top = colour_at(prepared.data, (40, 10))
    bottom = colour_at(prepared.data, (40, 110))
    assert top[0] > 200, top
    assert top[2] < 60, top
    assert bottom[2] > 200, bottom
    assert bottom[0] < 60, bottom


def test_png_with_transparency_stays_png_without_text_chunks(tmp_path: Path) -> None:
    from PIL import PngImagePlugin

    image = halves(64, 48, "RGBA")
    image.putpixel((0, 0), (0, 0, 0, 0))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret comment")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
    path = tmp_path / "sticker.png"
    image.save(path, "PNG", pnginfo=info, exif=exif_with_gps())

    prepared = prepare_picture(path)

    assert prepared.mime == "image/png"
    assert_no_metadata(prepared.data)
    with Image.open(io.BytesIO(prepared.data)) as out:
        assert out.mode == "RGBA"
        assert out.getpixel((0, 0)) == (0, 0, 0, 0)
        assert out.getpixel((63, 47)) == (0, 0, 255, 255)
        assert not isinstance(out, PngImagePlugin.PngImageFile) or not out.text


@pytest.mark.parametrize("fmt", ["PNG", "GIF"])
def test_palette_transparency_is_kept(tmp_path: Path, fmt: str) -> None:
    image = Image.new("P", (20, 20), 1)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    image.paste(0, (0, 0, 10, 20))
    path = tmp_path / f"cutout.{fmt.lower()}"
    image.save(path, fmt, transparency=0)
    prepared = prepare_picture(path)
    assert prepared.mime == "image/png"
    with Image.open(io.BytesIO(prepared.data)) as out:
        assert out.mode == "RGBA"
        assert out.getpixel((2, 2))[3] == 0
        assert out.getpixel((15, 2)) == (255, 0, 0, 255)


def test_opaque_alpha_channel_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "opaque.png"
    halves(32, 32, "RGBA").save(path)
    prepared = prepare_picture(path)
    assert prepared.mime == "image/png"
    with Image.open(io.BytesIO(prepared.data)) as out:
        assert out.mode == "RGB"


def test_webp_input_works(tmp_path: Path) -> None:
    path = tmp_path / "photo.webp"
    halves(100, 50).save(path, "WEBP", exif=exif_with_gps(orientation=3), quality=90)
    prepared = prepare_picture(path)
    assert prepared.mime == "image/webp"
    assert (prepared.width, prepared.height) == (100, 50)
    assert_no_metadata(prepared.data)
    # Orientation 3: turned half way round, so red is now on the right.
    assert colour_at(prepared.data, (90, 25))[0] > 200


def test_icc_profile_is_converted_and_dropped(tmp_path: Path) -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "profiled.jpg"
    halves(40, 40).save(path, "JPEG", icc_profile=profile)
    prepared = prepare_picture(path)
    assert_no_metadata(prepared.data)
    assert colour_at(prepared.data, (5, 20))[0] > 200


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path: Path) -> None:
    path = tmp_path / "grey16.png"
    Image.new("I;16", (16, 16), 32768).save(path)
    prepared = prepare_picture(path)
    with Image.open(io.BytesIO(prepared.data)) as out:
        assert out.mode == "L"
        assert out.getpixel((8, 8)) == 128


# --- Sizes ----------------------------------------------------------------------------------


def test_too_many_bytes_scales_down_under_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "noise.jpg"
    noise(800, 600).save(path, "JPEG", quality=95)
    assert path.stat().st_size > 200_000
    prepared = prepare_picture(path, max_bytes=60_000)
    assert len(prepared.data) <= 60_000
    assert prepared.mime == "image/jpeg"
    assert prepared.width < 800
    assert abs(prepared.width / prepared.height - 800 / 600) < 0.02
    assert prepared.original_size == (800, 600)


def test_opaque_png_too_big_becomes_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "noise.png"
    noise(400, 300).save(path)
    prepared = prepare_picture(path, max_bytes=150_000)
    assert prepared.mime == "image/jpeg"
    assert len(prepared.data) <= 150_000


def test_transparent_png_too_big_stays_png_and_shrinks(tmp_path: Path) -> None:
    path = tmp_path / "noise-alpha.png"
    noise(400, 300, "RGBA").save(path)
    prepared = prepare_picture(path, max_bytes=150_000)
    assert prepared.mime == "image/png"
    assert len(prepared.data) <= 150_000
    assert prepared.width < 400


def test_more_pixels_than_the_server_takes_are_scaled(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    halves(3000, 2000).save(path, "JPEG", quality=80)
    prepared = prepare_picture(path, max_pixels=1_000_000)
    assert prepared.width * prepared.height <= 1_000_000
    assert prepared.width > 1000
    assert abs(prepared.width / prepared.height - 1.5) < 0.01
    assert prepared.scaled


def test_target_long_side(tmp_path: Path) -> None:
    path = tmp_path / "tall.png"
    halves(300, 900).save(path)
    prepared = prepare_picture(path, target_long_side=300)
    assert (prepared.width, prepared.height) == (100, 300)


def test_cannot_fit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.jpg"
    noise(300, 300).save(path, "JPEG")
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(path, max_bytes=500)
    assert caught.value.reason == "too_big"
    assert "too big to send" in caught.value.user_message


# --- Refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(100_000, 100_000), (10_000, 10_000)])
def test_decompression_bomb_is_refused_without_allocating(
    tmp_path: Path, width: int, height: int
) -> None:
    assert width * height > MAX_DECODE_PIXELS
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(width, height))
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    started = time.perf_counter()
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(path)
    assert time.perf_counter() - started < 1.0
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_after - peak_before < 50 * 1024  # decoding would need 30 GB
    assert caught.value.reason == "too_many_pixels"
    assert caught.value.user_message == (
        "This picture is too large to open safely. Try a smaller version of it."
    )
    with pytest.raises(PictureRefused):
        make_thumbnail(path.read_bytes(), 100)


def test_text_file_named_jpg_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("Shopping list: eggs, milk.\n")
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(path)
    assert caught.value.reason == "not_a_picture"
    assert caught.value.user_message.startswith("This file is not a picture Townsfolk can read.")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_jpeg_is_refused(tmp_path: Path, keep: float) -> None:
    whole = io.BytesIO()
    noise(200, 200).save(whole, "JPEG")
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole.getvalue()[: int(len(whole.getvalue()) * keep)])
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(path)
    assert caught.value.reason == "damaged"
    assert "damaged or incomplete" in caught.value.user_message


def test_missing_file_empty_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(tmp_path / "gone.jpg")
    assert caught.value.reason == "missing"
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(tmp_path / "empty.png")
    assert caught.value.reason == "not_a_picture"
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(tmp_path)
    assert caught.value.reason == "not_a_picture"


def test_messages_use_plain_words() -> None:
    from townsfolk.services.pictures import _MESSAGES

    for message in _MESSAGES.values():
        lowered = message.lower()
        for word in ("exif", "decompression", "bomb", "pixel", "api", "mime", "codec"):
            assert word not in lowered
        assert message.endswith(".")


# --- Moving pictures ------------------------------------------------------------------------


def make_gif(path: Path, size: tuple[int, int], frames: int) -> None:
    images = [Image.new("RGB", size, (index * 40, 0, 255 - index * 40)) for index in range(frames)]
    images[0].save(
        path,
        "GIF",
        save_all=True,
        append_images=images[1:],
        duration=80,
        loop=0,
        comment=b"secret comment",
    )


def test_animated_gif_stays_animated_without_comment(tmp_path: Path) -> None:
    path = tmp_path / "wave.gif"
    make_gif(path, (40, 30), 5)
    assert b"secret comment" in path.read_bytes()
    prepared = prepare_picture(path)
    assert prepared.mime == "image/gif"
    assert b"secret comment" not in prepared.data
    with Image.open(io.BytesIO(prepared.data)) as out:
        assert getattr(out, "n_frames", 1) == 5
        assert out.info.get("duration") == 80
        assert out.info.get("loop") == 0
        assert out.size == (40, 30)


def test_animated_picture_too_large_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wave.gif"
    make_gif(path, (200, 200), 3)
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(path, max_pixels=10_000)
    assert caught.value.reason == "animation_too_big"
    assert caught.value.user_message.startswith("This moving picture is too large")


# --- Thumbnails -----------------------------------------------------------------------------


def test_thumbnail_from_path_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    halves(2000, 1000).save(path, "JPEG", exif=exif_with_gps(orientation=6))
    for source in (path, str(path), path.read_bytes()):
        data = make_thumbnail(source, 200)
        with Image.open(io.BytesIO(data)) as thumb:
            assert thumb.format == "JPEG"
            assert thumb.size == (100, 200)  # upright
        assert_no_metadata(data)


def test_thumbnail_keeps_transparency_and_refuses_junk(tmp_path: Path) -> None:
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data = make_thumbnail(buffer.getvalue(), 64)
    with Image.open(io.BytesIO(data)) as thumb:
        assert thumb.format == "PNG"
        assert thumb.size == (64, 64)
        assert thumb.mode == "RGBA"
    with pytest.raises(PictureRefused) as caught:
        make_thumbnail(b"not a picture", 64)
    assert caught.value.reason == "not_a_picture"


def test_bomb_refused_even_when_pillow_only_warns(tmp_path: Path) -> None:
    # In the app, Pillow's DecompressionBombWarning is just a warning; our own header check
    # must refuse anyway.
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(10_000, 10_000))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with pytest.raises(PictureRefused) as caught:
            prepare_picture(path)
    assert caught.value.reason == "too_many_pixels"
