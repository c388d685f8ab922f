"""Garbage collection on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
threshold is crossed. If that is a worker thread (``asyncio.to_thread``, Qt's thread pool for
pictures), it may destroy Qt objects outside the GUI thread, which crashes the process. So, as
qutebrowser does, Townsfolk turns automatic collection off and collects from a timer on the
GUI thread instead.

Full collections walk every tracked object: with the app's modules, classes and functions
(about 200,000 objects after start-up) that alone was a pause of tens of milliseconds.
:func:`freeze_start_up` moves everything that exists once the first timeline is on screen
into the permanent generation (``gc.freeze``), so later collections only walk what was made
since (see docs/performance.md for the figures).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Collects the youngest generation every ``interval_ms`` when it has grown, and the
    older ones as Python's own thresholds would."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self.collections = 0

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> None:
        threshold0, threshold1, threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count0 > threshold0:
            generation = 0
            if count1 > threshold1:
                generation = 2 if count2 > threshold2 else 1
            gc.collect(generation)
            self.collections += 1


def freeze_start_up() -> None:
    """Leave what start-up made (modules, classes, the window) out of every later collection.

    Call once the first screen is shown. Objects that die later are still freed by their
    reference counts; only a cycle among them would stay until the app ends (start-up makes
    few). ``gc.freeze`` itself costs nothing (``gc.get_freeze_count`` walks every frozen
    object: ~15 ms, so it is not called here)."""
    gc.freeze()
