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


def test_start_up_objects_are_left_out_of_later_collections():
    from townsfolk.ui.gc import freeze_start_up

    class Made:  # a cycle from "start-up", still alive
        pass

    made = Made()
    made.me = made  # type: ignore[attr-defined]
    tracked = gc.get_count()[0]
    try:
        freeze_start_up()
        assert gc.get_freeze_count() > 0
        assert gc.get_count()[0] <= tracked  # nothing young left to walk
        assert all(o is not made for o in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()  # the tests' own collections see everything again
    assert any(o is made for o in gc.get_objects())
