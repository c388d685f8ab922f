"""Waiting for a window's background tasks without starving the loop.

A finished task stays in its owner's set until its done callback has run. qasync runs
``call_soon`` callbacks from Qt timers, and Qt fires due timers in no fixed order, so a loop
that gathers the *finished* task again and again (``while tasks: await gather(*tasks)``) makes
a new callback each turn, and can starve the very callback that would take the task out of
the set: the wait never ends, and timers of the loop (``wait_for``'s own deadline included) stop
firing. Seen on Debian 13 in 2 of 12 runs of a test that waited for the window to settle.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from typing import Any


async def wait_for_all(tasks: Collection[asyncio.Future[Any]]) -> None:
    """Return once no task in ``tasks`` is still running (tasks added meanwhile included).

    Waits only on the unfinished ones; their failures are left to their own callbacks."""
    while pending := [task for task in list(tasks) if not task.done()]:
        await asyncio.wait(pending)
