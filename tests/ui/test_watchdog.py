"""The stall watchdog (debug mode) names where the GUI thread was when the window froze."""

from __future__ import annotations

import logging
import time

from townsfolk.ui import watchdog
from townsfolk.ui.watchdog import StallWatchdog


def _hold_the_gui_thread(dog: StallWatchdog) -> float:
    """Keep the GUI thread busy (as a slow task would) until the watchdog has seen it."""
    began = time.monotonic()
    while not dog.stall_seen.is_set():
        if time.monotonic() - began > 10:  # a watchdog that never looks fails the test
            break
        sum(range(1000))
    return time.monotonic() - began


def test_a_stall_is_logged_with_the_gui_threads_stack(qtbot, caplog):
    dog = StallWatchdog(threshold_ms=50)
    dog.start()
    try:
        with caplog.at_level(logging.WARNING, logger="townsfolk.ui.watchdog"):
            held = _hold_the_gui_thread(dog)
            assert dog.stall_seen.is_set(), "the watchdog never noticed a frozen window"
            qtbot.waitUntil(lambda: len(dog.stalls) > 0)
    finally:
        dog.stop()
    stall = dog.stalls[0]
    assert stall.seconds >= 0.05
    assert stall.seconds >= held * 0.9
    assert "_hold_the_gui_thread" in stall.stack
    assert any("_hold_the_gui_thread" in r.getMessage() for r in caplog.records)
    assert any("did not answer for" in r.getMessage() for r in caplog.records)


def test_started_only_when_asked(monkeypatch):
    monkeypatch.delenv(watchdog.ENV_VAR, raising=False)
    assert not watchdog.wanted()
    assert watchdog.wanted(debug_flag=True)
    monkeypatch.setenv(watchdog.ENV_VAR, "1")
    assert watchdog.wanted()
    monkeypatch.setenv(watchdog.ENV_VAR, "0")
    assert not watchdog.wanted()
