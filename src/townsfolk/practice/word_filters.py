"""Filters for words (Mastodon's filters v2) in the practice towns, and the ``filtered``
field they put on posts.

A filter belongs to a person on their home town (``Town.word_filters``). A post matches a
keyword as Mastodon matches it: case-insensitive, on the post's text, content warning and
picture descriptions; ``whole_word`` keywords only at word boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import unescape
from typing import TYPE_CHECKING, Any

from townsfolk.practice.model import Post, iso, utcnow

if TYPE_CHECKING:
    from townsfolk.practice.world import Town

CONTEXTS = ("home", "notifications", "public", "thread", "account")
ACTIONS = ("warn", "hide")

_TAGS = re.compile(r"<[^>]+>")


@dataclass(eq=False)
class Keyword:
    id: int
    keyword: str
    whole_word: bool = True


@dataclass(eq=False)
class WordFilter:
    id: int
    owner: int
    title: str
    context: list[str]
    action: str = "warn"
    expires_at: datetime | None = None
    keywords: list[Keyword] = field(default_factory=list)

    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= utcnow()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "title": self.title,
            "context": list(self.context),
            "expires_at": iso(self.expires_at) if self.expires_at else None,
            "filter_action": self.action,
            "keywords": [
                {"id": str(k.id), "keyword": k.keyword, "whole_word": k.whole_word}
                for k in self.keywords
            ],
            "statuses": [],
        }


def expiry(seconds: int | None) -> datetime | None:
    return utcnow() + timedelta(seconds=seconds) if seconds else None


def _text_of(town: Town, post: Post) -> str:
    world = town.world
    parts = [post.spoiler_text, post.text or unescape(_TAGS.sub(" ", post.content))]
    parts += [world.media[m].description or "" for m in post.media if m in world.media]
    return "\n".join(parts)


def _matches(keyword: Keyword, text: str) -> bool:
    word = re.escape(keyword.keyword.strip())
    if not word:
        return False
    pattern = r"(?<![\w])" + word + r"(?![\w])" if keyword.whole_word else word
    return re.search(pattern, text, re.IGNORECASE) is not None


def filtered(town: Town, post: Post, viewer: int) -> list[dict[str, Any]]:
    """The ``filtered`` field of ``post`` for ``viewer`` (every live filter that matches)."""
    world = town.world
    person = world.people.get(viewer)
    if person is None or post.author == viewer:
        return []
    owner_town = world.find_town(person.home) or town
    filters = owner_town.word_filters.get(viewer)
    if not filters:
        return []
    text = ""
    out = []
    for item in filters:
        if item.expired() or not item.keywords:
            continue
        if not text:
            text = _text_of(town, post)
        words = [k.keyword for k in item.keywords if _matches(k, text)]
        if words:
            out.append({"filter": item.as_json(), "keyword_matches": words, "status_matches": []})
    return out
