"""Fuzzing the decoding of pictures a town sends (ui.timeline.images) with hypothesis: the
bytes of tests/services/test_pictures_fuzz.py (random, truncated, bit-flipped, absurd
headers) give a null picture or a small one, never a crash or a huge allocation. Longer run:
see that module (TOWNSFOLK_FUZZ_EXAMPLES)."""

from __future__ import annotations

import pytest
from hypothesis import given
from PySide6.QtCore import QSize

from tests.services.test_pictures_fuzz import GROWTH, fuzz, hostile_bytes, rss, seeds
from townsfolk.ui.timeline.images import decode_emoji, decode_picture


@fuzz
@given(data=hostile_bytes)
def test_decoding_a_towns_picture_refuses_clearly(data: bytes) -> None:
    before = rss()
    image = decode_picture(data, QSize(400, 300))
    # (at most 4 boxes of pixels, give or take a rounded row and column)
    assert image.isNull() or image.width() * image.height() <= (
        4 * 400 * 300 + image.width() + image.height()
    )
    emoji = decode_emoji(data)
    assert emoji is None or emoji.startswith(b"\x89PNG")
    assert rss() - before < GROWTH


@pytest.mark.parametrize("fmt", sorted(seeds()))
def test_the_seed_pictures_decode(fmt: str) -> None:
    assert not decode_picture(seeds()[fmt], QSize(40, 40)).isNull()
    assert decode_emoji(seeds()[fmt]) is not None
