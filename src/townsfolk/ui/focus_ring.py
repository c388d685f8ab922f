"""A visible ring around a control while it has the keyboard focus (issue 13).

Some controls show nothing when they get the focus: a list whose rows paint themselves
(posts, notifications) with no row chosen yet, a dialog's default button in some styles.
``add_focus_ring(widget)`` lays a thin blue ring over the widget's edge while it has the
focus; the ring takes no clicks and no focus, and follows the widget's size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

__all__ = ["FOCUS_COLOUR", "FocusRing", "add_focus_ring"]

FOCUS_COLOUR = QColor("#1a5fb4")
WIDTH = 2


class FocusRing(QWidget):
    """The ring itself: a child of the widget, on top of its children."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self.setGeometry(target.rect())
        self.setVisible(target.hasFocus())
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.setGeometry(self.target.rect())
            self.show()
            self.raise_()
        elif kind == QEvent.Type.FocusOut:
            # Nothing of the target is asked here: a widget being destroyed loses its focus
            # in its destructor, and asking it then crashed (seen closing the notifications).
            self.hide()
        elif kind == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = QPen(FOCUS_COLOUR)
        pen.setWidth(WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


def add_focus_ring(widget: QWidget) -> FocusRing:
    """Show a ring around ``widget`` while it has the focus (once per widget)."""
    for child in widget.children():
        if isinstance(child, FocusRing):
            return child
    return FocusRing(widget)
