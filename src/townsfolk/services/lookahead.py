"""Look a few things up at once, ahead of work that must then go one by one.

Follow sync and the move's import both find the next few people (or posts) on a town with
searches in parallel, while the follows themselves go one at a time, in order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

_T = TypeVar("_T")

__all__ = ["look_ahead"]


async def look_ahead(
    start: int, end: int, lookup: Callable[[int], Awaitable[_T]], into: dict[int, _T]
) -> None:
    """Run ``lookup(j)`` for every ``j`` from ``start`` to ``end`` (excluded) at once and keep
    the answers in ``into``, up to the first one that failed. The failure of ``start`` itself
    is raised; a later one is left to be looked up again when its turn comes."""
    indices = range(start, end)
    results = await asyncio.gather(*(lookup(j) for j in indices), return_exceptions=True)
    for j, result in zip(indices, results, strict=True):
        if isinstance(result, BaseException):
            if j == start:
                raise result
            break
        into[j] = result
