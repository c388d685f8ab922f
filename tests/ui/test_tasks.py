"""Waiting for background tasks (ui/tasks.py) ends even when a finished task is still listed."""

from __future__ import annotations

import asyncio

import pytest

from townsfolk.ui.tasks import wait_for_all

pytestmark = pytest.mark.asyncio


async def test_a_finished_task_still_in_the_set_does_not_keep_the_wait_going() -> None:
    async def quick() -> None:
        return None

    finished = asyncio.ensure_future(quick())
    await finished
    # Its done callback (the owner's "take me out of the set") has not run: the task is listed.
    tasks = {finished}
    await asyncio.wait_for(wait_for_all(tasks), 2)
    assert tasks == {finished}  # nothing waited on it, nothing spun


async def test_waits_for_running_tasks_and_for_those_started_meanwhile() -> None:
    tasks: set[asyncio.Task[None]] = set()
    order: list[str] = []

    async def second() -> None:
        await asyncio.sleep(0.02)
        order.append("second")

    async def first() -> None:
        await asyncio.sleep(0.01)
        tasks.add(asyncio.ensure_future(second()))  # started while the first runs
        order.append("first")

    tasks.add(asyncio.ensure_future(first()))
    await asyncio.wait_for(wait_for_all(tasks), 5)
    assert order == ["first", "second"]
    assert all(task.done() for task in tasks)
