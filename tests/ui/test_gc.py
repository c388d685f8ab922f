from __future__ import annotations

import gc

from townsfolk.ui.gc import MainThreadCollector


def test_collects_on_the_gui_thread_only(qtbot):
    collector = MainThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled(), "no collection may start in a worker thread"
        garbage = []
        for _ in range(gc.get_threshold()[0] * 2):
            cycle: list[object] = []
            cycle.append(cycle)
            garbage.append(cycle)
        del garbage, cycle
        qtbot.waitUntil(lambda: collector.collections > 0)
    finally:
        collector.stop()
        gc.disable()  # tests keep it off too (see tests/conftest.py)
