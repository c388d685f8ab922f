"""Announcements of a practice town (``GET /api/v1/announcements``), e.g. that it is closing.

A test or a demo calls :func:`announce` (the town is closing: :func:`announce_closing`);
:func:`clear` takes them away. World.reset does not clear them (like ``practice/moves.py``):
use :func:`clear` or the :func:`announced` context manager.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from townsfolk.practice.world import Town

__all__ = ["CLOSING_TEXT", "announce", "announce_closing", "announced", "announcements", "clear"]

CLOSING_TEXT = (
    "<p>Dear neighbours, after five good years this town is shutting down. "
    "The last day is 31 January: please move to another town before then.</p>"
)

_ITEMS: weakref.WeakKeyDictionary[Town, list[dict[str, Any]]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def announce(town: Town, content: str) -> None:
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with _LOCK:
        items = _ITEMS.setdefault(town, [])
        items.append(
            {
                "id": str(len(items) + 1),
                "content": content,
                "starts_at": None,
                "ends_at": None,
                "all_day": False,
                "published_at": now,
                "updated_at": now,
                "read": False,
                "mentions": [],
                "statuses": [],
                "tags": [],
                "emojis": [],
                "reactions": [],
            }
        )


def announce_closing(town: Town) -> None:
    announce(town, CLOSING_TEXT)


def announcements(town: Town) -> list[dict[str, Any]]:
    with _LOCK:
        return [dict(i) for i in _ITEMS.get(town, [])]


def clear(town: Town) -> None:
    with _LOCK:
        _ITEMS.pop(town, None)


@contextmanager
def announced(town: Town, content: str = CLOSING_TEXT) -> Iterator[None]:
    announce(town, content)
    try:
        yield
    finally:
        clear(town)
