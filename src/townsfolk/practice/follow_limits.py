"""A town's limit on new follows, as Mastodon has it (400 follows in 24 hours per account).

Off unless a test or the benchmark turns it on for a town with :func:`set_limit` (or the
:func:`follow_limit` context manager); World.reset does not touch it, so turn it off again
with :func:`clear`. The follow endpoint calls :func:`spend` before each *new* follow (a change
of settings of an existing follow is free, as on Mastodon); over the limit it gets the
headers of Mastodon's 429 answer (``X-RateLimit-Limit``, ``-Remaining: 0``, ``-Reset`` as an
ISO time) and the follow is not made.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townsfolk.practice.world import Town

__all__ = ["clear", "follow_limit", "set_limit", "spend"]


@dataclass
class _Limit:
    per_window: int
    window: float
    spent: dict[int, deque[float]] = field(default_factory=dict)
    refused: int = 0


_LIMITS: weakref.WeakKeyDictionary[Town, _Limit] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def set_limit(town: Town, per_window: int = 400, window: float = 86400.0) -> None:
    with _LOCK:
        _LIMITS[town] = _Limit(per_window, window)


def clear(town: Town) -> None:
    with _LOCK:
        _LIMITS.pop(town, None)


def refused(town: Town) -> int:
    """How many follows this town refused with 429 since the limit was set."""
    with _LOCK:
        limit = _LIMITS.get(town)
        return limit.refused if limit is not None else 0


@contextmanager
def follow_limit(town: Town, per_window: int, window: float) -> Iterator[None]:
    set_limit(town, per_window, window)
    try:
        yield
    finally:
        clear(town)


def _iso(when: float) -> str:
    return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def spend(town: Town, person: int, now: float | None = None) -> dict[str, str] | None:
    """Count one new follow by ``person``: None when allowed, else the 429 headers."""
    with _LOCK:
        limit = _LIMITS.get(town)
        if limit is None:
            return None
        t = time.time() if now is None else now
        times = limit.spent.setdefault(person, deque())
        while times and t - times[0] >= limit.window:
            times.popleft()
        if len(times) >= limit.per_window:
            limit.refused += 1
            return {
                "X-RateLimit-Limit": str(limit.per_window),
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": _iso(times[0] + limit.window),
            }
        times.append(t)
        return None
