"""Swiping through photos: a horizontal drag with the mouse, or with a finger on a touch
screen (Qt turns a touch that no widget takes into mouse events), goes to the next or the
previous photo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent

__all__ = ["SWIPE_PIXELS", "SwipeFilter"]

#: How far (pixels) a drag must go sideways to count as a swipe; shorter ones are clicks.
SWIPE_PIXELS = 60


class SwipeFilter(QObject):
    """Watches mouse presses and releases on the widgets it is installed on; a release more
    than `SWIPE_PIXELS` to the left of its press (and more sideways than up or down) emits
    ``swiped(1)`` (the next one), to the right ``swiped(-1)`` (the previous one)."""

    swiped = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._start: QPointF | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._start = event.globalPosition()
        elif kind == QEvent.Type.MouseButtonRelease and self._start is not None:
            moved = event.globalPosition() - self._start
            self._start = None
            if abs(moved.x()) > SWIPE_PIXELS and abs(moved.x()) > abs(moved.y()):
                self.swiped.emit(1 if moved.x() < 0 else -1)
                return True
        return False
