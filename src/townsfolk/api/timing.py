"""Waiting until a moment, on any event loop.

``asyncio.sleep(d)`` promises "about d seconds", and on Townsfolk's loop the promise is loose:
qasync starts a Qt timer of ``int(d * 1000)`` milliseconds, and Qt's default coarse timers may
fire up to 5 % early (measured: a 0.45 s sleep woke 1.1 ms early, a 1 s one 52 ms late). A wait
for a town's rate limit that wakes early sends the request before the town's window has
passed. :func:`sleep_until` therefore looks at the clock again after each sleep and sleeps the
rest, so it never returns before the moment it was given."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

#: Added to each sleep so that a remainder under a millisecond is not rounded to a 0 ms timer
#: (which would spin until the moment passes).
_MARGIN = 0.001


async def sleep_until(moment: float, clock: Callable[[], float] = time.monotonic) -> None:
    """Return once ``clock()`` has reached ``moment`` (never before)."""
    while (left := moment - clock()) > 0:  # noqa: ASYNC110 (a moment, not an event)
        await asyncio.sleep(left + _MARGIN)


async def sleep_at_least(seconds: float) -> None:
    """Sleep ``seconds`` or a little more, never less."""
    await sleep_until(time.monotonic() + seconds)
