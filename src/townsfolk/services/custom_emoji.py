"""A town's own emoji (``/api/v1/custom_emojis``) for the emoji picker.

Asked once per town and kept in memory for an hour; a town that does not answer gives an
empty list (the picker still has the common emoji). Only emoji meant for the picker, with a
plain shortcode and an http(s) picture, are kept; the pictures themselves are fetched by
the UI through the media loader's checks like every other picture from a town.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import CustomEmoji
from townsfolk.api.errors import ApiError

__all__ = ["MAX_EMOJI", "EmojiCatalog", "usable"]

log = logging.getLogger(__name__)

#: At most this many of a town's emoji are offered (some towns have tens of thousands).
MAX_EMOJI = 5000
KEEP_SECONDS = 3600.0
_SHORTCODE = re.compile(r"^[A-Za-z0-9_]{1,100}$")


def usable(emoji: CustomEmoji) -> bool:
    url = emoji.static_url or emoji.url
    return (
        emoji.visible_in_picker
        and bool(_SHORTCODE.match(emoji.shortcode))
        and url.startswith(("https://", "http://"))
    )


class EmojiCatalog:
    """Custom emoji per town, kept for an hour."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._kept: dict[str, tuple[float, list[CustomEmoji]]] = {}

    async def for_town(self, client: MastodonClient) -> list[CustomEmoji]:
        key = client.base_url
        found = self._kept.get(key)
        if found is not None and self.clock() - found[0] < KEEP_SECONDS:
            return list(found[1])
        try:
            emoji = await client.custom_emojis()
        except ApiError as error:
            log.info("no custom emoji from %s: %s", key, error)
            return list(found[1]) if found is not None else []
        seen: set[str] = set()
        kept: list[CustomEmoji] = []
        for item in emoji:
            if usable(item) and item.shortcode not in seen:
                seen.add(item.shortcode)
                kept.append(item)
            if len(kept) >= MAX_EMOJI:
                break
        kept.sort(key=lambda e: ((e.category or "").casefold(), e.shortcode.casefold()))
        self._kept[key] = (self.clock(), kept)
        return list(kept)
