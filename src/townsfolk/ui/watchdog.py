"""A watchdog for a frozen window (debug mode: ``--debug`` or ``TOWNSFOLK_DEBUG_STALLS=1``).

A timer on the GUI thread notes the time on every event-loop turn (every 10 ms when the loop
is free). A thread of its own checks that note; when the GUI thread has not come back for
longer than ``threshold_ms`` (50 ms: the longest a task may hold the window), it takes the GUI
thread's Python stack at that moment (``sys._current_frames``) and, when the loop turns
again, logs how long the stall was and where the thread was. A stall inside Qt's own code
(a layout, a paint) has no Python frame below the event loop: the stack then ends in the
call that entered Qt.

The watchdog costs a timer every 10 ms and a sleeping thread; it is only started in debug
mode.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger("townsfolk.ui.watchdog")

ENV_VAR = "TOWNSFOLK_DEBUG_STALLS"


def wanted(debug_flag: bool = False) -> bool:
    """Whether the watchdog should run: ``--debug`` or the environment variable."""
    return debug_flag or os.environ.get(ENV_VAR, "").strip() not in ("", "0")


@dataclass(frozen=True, slots=True)
class Stall:
    """One stall of the GUI thread: how long, and its Python stack once it was too long."""

    seconds: float
    stack: str


class StallWatchdog(QObject):
    """Logs every stall of the GUI thread's event loop longer than ``threshold_ms``.

    Create and start it on the GUI thread; ``stop()`` before the application ends."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        threshold_ms: float = 50.0,
        beat_ms: int = 10,
        on_stall: Callable[[Stall], None] | None = None,
        keep: int = 100,
    ) -> None:
        super().__init__(parent)
        self.threshold = threshold_ms / 1000
        self.on_stall = on_stall
        self.stalls: list[Stall] = []  # the latest `keep`, for tests and a debug view
        self.stall_seen = threading.Event()  # set when a stall passed the threshold
        self._keep = keep
        self._beat = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(beat_ms)
        self._timer.timeout.connect(self._tick)
        self._check_every = min(beat_ms / 1000, self.threshold / 5)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._pending: tuple[float, str] | None = None  # (stall began, stack) while stalled

    def start(self) -> None:
        if self._thread is not None:
            return
        self._gui_thread = threading.get_ident()
        self._beat = time.monotonic()
        self._timer.start()
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="stall watchdog", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    # The GUI thread -----------------------------------------------------------------------

    def _tick(self) -> None:
        now = time.monotonic()
        with self._lock:
            pending, self._pending = self._pending, None
            began = self._beat
            self._beat = now
        if pending is not None:
            self._report(Stall(now - began, pending[1]))

    def _report(self, stall: Stall) -> None:
        self.stalls.append(stall)
        del self.stalls[: -self._keep]
        log.warning(
            "the window did not answer for %.0f ms; where the GUI thread was after %.0f ms:\n%s",
            stall.seconds * 1000,
            self.threshold * 1000,
            stall.stack,
        )
        if self.on_stall is not None:
            self.on_stall(stall)

    # The watching thread -------------------------------------------------------------------

    def _watch(self) -> None:
        while not self._stop.wait(self._check_every):
            with self._lock:
                if self._pending is not None:
                    continue
                began = self._beat
                if time.monotonic() - began <= self.threshold:
                    continue
            frame = sys._current_frames().get(self._gui_thread)
            stack = (
                "".join(traceback.format_stack(frame))
                if frame is not None
                else "(no Python frame: the thread is in Qt's own code)\n"
            )
            del frame
            with self._lock:
                if self._beat == began:  # still the same stall
                    self._pending = (began, stack)
                    self.stall_seen.set()
