"""Counting characters the way the town does, and the town's limits for a post."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QTextBoundaryFinder

_URL = re.compile(r"(?<![\w/])https?://[^\s<>\"]+")
_TRAILING = ".,:;!?)]}'\""
_REMOTE_MENTION = re.compile(r"(?<![\w/])@(\w+)@[\w.-]+\w")


@dataclass(frozen=True, slots=True)
class ComposeLimits:
    """The town's own limits (``configuration`` in its description); Mastodon's defaults."""

    max_characters: int = 500
    characters_reserved_per_url: int = 23
    max_media_attachments: int = 4
    max_poll_options: int = 4
    max_poll_option_characters: int = 50
    description_limit: int = 1500

    @classmethod
    def from_instance(cls, instance: object) -> ComposeLimits:
        """From an ``api.entities.Instance`` (typed loosely so the UI needs no api import)."""
        config = getattr(instance, "configuration", None)
        if config is None:
            return cls()
        statuses, media, polls = config.statuses, config.media_attachments, config.polls
        return cls(
            max_characters=statuses.max_characters,
            characters_reserved_per_url=statuses.characters_reserved_per_url,
            max_media_attachments=statuses.max_media_attachments,
            max_poll_options=polls.max_options,
            max_poll_option_characters=polls.max_characters_per_option,
            description_limit=media.description_limit,
        )


def _graphemes(text: str) -> int:
    """User-perceived characters (an emoji with skin tone or a flag counts once)."""
    if text.isascii():
        return len(text)
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    count = 0
    while finder.toNextBoundary() != -1:
        count += 1
    return count


def count_characters(text: str, spoiler: str = "", chars_per_url: int = 23) -> int:
    """Like Mastodon: every link counts as ``chars_per_url`` characters whatever its length,
    ``@name@town`` counts as ``@name``, and the content warning counts too."""

    def url(match: re.Match[str]) -> str:
        link = match.group(0)
        stripped = link.rstrip(_TRAILING)
        return "\x00" * chars_per_url + link[len(stripped) :]

    counted = _URL.sub(url, text)
    counted = _REMOTE_MENTION.sub(r"@\1", counted)
    return _graphemes(counted) + _graphemes(spoiler)
