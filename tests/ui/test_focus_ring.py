"""The focus ring (ui/focus_ring.py) shows only while its widget has the focus.

(Its FocusOut no longer asks the widget anything: a widget loses the focus inside its own
destructor, and asking it then crashed `benchmarks/notifications.py --smoke` at exit. That
crash needs a whole process's teardown; the benchmark smoke run in CI shows it.)"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from townsfolk.ui.focus_ring import FocusRing, add_focus_ring


def _window(qtbot: Any) -> tuple[QWidget, QListWidget, QLineEdit]:
    window = QWidget()
    layout = QVBoxLayout(window)
    ringed = QListWidget(window)
    other = QLineEdit(window)
    layout.addWidget(ringed)
    layout.addWidget(other)
    add_focus_ring(ringed)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, ringed, other


def test_the_ring_follows_the_focus(qtbot: Any) -> None:
    window, ringed, other = _window(qtbot)
    ring = ringed.findChild(FocusRing)
    assert ring is not None
    ringed.setFocus()
    qtbot.waitUntil(ringed.hasFocus)
    assert ring.isVisible()
    assert ring.geometry() == ringed.rect()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert not ring.isVisible()
    shiboken6.delete(window)
