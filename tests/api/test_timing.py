"""api.timing.sleep_until never returns before its moment, whatever the loop's timers do.

The tests run on the qasync loop the app uses (see tests/conftest.py), whose timers are Qt's
coarse timers: they may fire up to 5 % early."""

from __future__ import annotations

import time

from townsfolk.api.timing import sleep_at_least, sleep_until


async def test_never_returns_before_the_moment_on_the_apps_loop() -> None:
    for seconds in (0.0004, 0.021, 0.137, 0.45):
        moment = time.monotonic() + seconds
        await sleep_until(moment)
        assert time.monotonic() >= moment, seconds


async def test_sleeps_again_when_a_sleep_wakes_before_the_clock_has_moved_enough() -> None:
    # A clock that runs at half speed: every sleep of the remaining time "wakes early" by
    # half of it, as an early timer would. One sleep would return at about half the way.
    start = time.monotonic()
    readings: list[float] = []

    def slow_clock() -> float:
        readings.append((time.monotonic() - start) * 0.5)
        return readings[-1]

    await sleep_until(0.06, slow_clock)
    assert readings[-1] >= 0.06
    assert len(readings) >= 3  # looked at the clock again after the first sleep


async def test_a_moment_in_the_past_returns_without_sleeping() -> None:
    readings: list[float] = []

    def clock() -> float:
        readings.append(100.0)
        return 100.0

    await sleep_until(95.0, clock)
    assert readings == [100.0]


async def test_sleep_at_least() -> None:
    before = time.monotonic()
    await sleep_at_least(0.2)
    assert time.monotonic() - before >= 0.2
