"""The little pictures that say what kind of notification a row is: a star for a favourite,
two arrows for a boost, a person with a plus for a follow, and so on.

They are drawn here with QPainter paths (no picture files to ship or theme), in a colour per
kind that reads on light and dark backgrounds. Their accessible names come from
:func:`townsfolk.ui.notifications_text.kind_name`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

__all__ = ["KINDS", "kind_colour", "kind_icon", "paint_kind_icon"]

#: Every kind with its own picture.
KINDS = (
    "favourite",
    "reblog",
    "follow",
    "follow_request",
    "mention",
    "reply",
    "poll",
    "update",
    "status",
    "admin.sign_up",
    "admin.report",
    "move",
)

_COLOURS = {
    "favourite": "#e5a50a",  # gold star
    "reblog": "#26a269",  # green arrows
    "follow": "#3584e4",
    "follow_request": "#1c71d8",
    "mention": "#9141ac",
    "reply": "#9141ac",
    "poll": "#c64600",
    "update": "#77767b",
    "status": "#2190a4",
    "admin.sign_up": "#0f8a80",
    "admin.report": "#c01c28",
    "move": "#986a44",  # brown: a person with an arrow, off to another town
}


def kind_colour(kind: str) -> QColor:
    return QColor(_COLOURS.get(kind, "#5e5c64"))


def _star(c: QPointF, r: float) -> QPainterPath:
    path = QPainterPath()
    for n in range(10):
        radius = r if n % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + n * math.pi / 5
        point = QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle))
        if n == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def _person(box: QRectF) -> QPainterPath:
    path = QPainterPath()
    w, h = box.width(), box.height()
    path.addEllipse(QRectF(box.left() + w * 0.3, box.top(), w * 0.4, h * 0.42))
    body = QRectF(box.left() + w * 0.08, box.top() + h * 0.5, w * 0.84, h * 0.5)
    path.moveTo(body.left(), body.bottom())
    path.arcTo(QRectF(body.left(), body.top(), body.width(), body.height() * 2), 180, -180)
    path.closeSubpath()
    return path


def paint_kind_icon(painter: QPainter, rect: QRectF, kind: str, *, dark: bool = False) -> None:
    """Draw the picture for ``kind`` into ``rect`` (a square); ``dark``: on a dark background
    (the colour is lighter there)."""
    colour = kind_colour(kind)
    if dark:
        colour = colour.lighter(150)
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    m = side * 0.12
    inner = box.adjusted(m, m, -m, -m)
    s = inner.width()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, side / 11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind == "favourite":
        painter.drawPath(_star(inner.center(), s / 2))
    elif kind == "reblog":
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x0, x1 = inner.left() + s * 0.12, inner.right() - s * 0.12
        y0, y1 = inner.top() + s * 0.3, inner.bottom() - s * 0.3
        top = QPainterPath(QPointF(x0, y1 - s * 0.05))
        top.lineTo(x0, y0)
        top.lineTo(x1, y0)
        painter.drawPath(top)
        painter.drawPolyline([QPointF(x1 - s * 0.16, y0 - s * 0.16), QPointF(x1, y0)])
        painter.drawPolyline([QPointF(x1 - s * 0.16, y0 + s * 0.16), QPointF(x1, y0)])
        bottom = QPainterPath(QPointF(x1, y0 + s * 0.05))
        bottom.lineTo(x1, y1)
        bottom.lineTo(x0, y1)
        painter.drawPath(bottom)
        painter.drawPolyline([QPointF(x0 + s * 0.16, y1 - s * 0.16), QPointF(x0, y1)])
        painter.drawPolyline([QPointF(x0 + s * 0.16, y1 + s * 0.16), QPointF(x0, y1)])
    elif kind in ("follow", "follow_request", "admin.sign_up"):
        person = QRectF(inner.left(), inner.top() + s * 0.08, s * 0.68, s * 0.84)
        painter.drawPath(_person(person))
        painter.setPen(pen)
        cx, cy, r = inner.right() - s * 0.15, inner.top() + s * 0.32, s * 0.15
        if kind == "follow_request":  # a question: a small clock face
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(cx, cy), r * 1.1, r * 1.1)
            painter.drawLine(QPointF(cx, cy), QPointF(cx, cy - r * 0.7))
            painter.drawLine(QPointF(cx, cy), QPointF(cx + r * 0.6, cy))
        else:  # a plus
            painter.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
            painter.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))
    elif kind == "mention":
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        c = inner.center()
        painter.drawEllipse(c, s * 0.16, s * 0.16)
        arc = QPainterPath()
        outer = QRectF(c.x() - s * 0.42, c.y() - s * 0.42, s * 0.84, s * 0.84)
        arc.moveTo(c.x() + s * 0.16, c.y() - s * 0.16)
        arc.lineTo(c.x() + s * 0.16, c.y() + s * 0.08)
        arc.quadTo(c.x() + s * 0.18, c.y() + s * 0.26, c.x() + s * 0.34, c.y() + s * 0.2)
        arc.arcTo(outer, -20, 310)
        painter.drawPath(arc)
    elif kind == "reply":
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(inner.right(), inner.bottom() - s * 0.1))
        path.quadTo(
            inner.right(), inner.top() + s * 0.38, inner.left() + s * 0.3, inner.top() + s * 0.38
        )
        painter.drawPath(path)
        tip = QPointF(inner.left() + s * 0.08, inner.top() + s * 0.38)
        painter.drawPolyline(
            [
                QPointF(tip.x() + s * 0.25, tip.y() - s * 0.25),
                tip,
                QPointF(tip.x() + s * 0.25, tip.y() + s * 0.25),
            ]
        )
    elif kind == "poll":
        bars = (0.9, 0.55, 0.75)
        h = s / 5
        for n, length in enumerate(bars):
            y = inner.top() + s * 0.1 + n * h * 1.45
            painter.drawRoundedRect(QRectF(inner.left(), y, s * length, h), h / 3, h / 3)
    elif kind == "update":  # a pencil
        painter.save()
        painter.translate(inner.center())
        painter.rotate(45)
        body = QRectF(-s * 0.13, -s * 0.5, s * 0.26, s * 0.72)
        painter.drawRect(body)
        nib = QPainterPath(QPointF(-s * 0.13, s * 0.26))
        nib.lineTo(s * 0.13, s * 0.26)
        nib.lineTo(0, s * 0.5)
        nib.closeSubpath()
        painter.drawPath(nib)
        painter.restore()
    elif kind == "status":  # a speech bubble
        bubble = QPainterPath()
        bubble.addRoundedRect(
            QRectF(inner.left(), inner.top() + s * 0.08, s, s * 0.66), s * 0.18, s * 0.18
        )
        tail = QPainterPath(QPointF(inner.left() + s * 0.2, inner.top() + s * 0.7))
        tail.lineTo(inner.left() + s * 0.2, inner.bottom())
        tail.lineTo(inner.left() + s * 0.45, inner.top() + s * 0.7)
        tail.closeSubpath()
        painter.drawPath(bubble.united(tail))
    elif kind == "move":  # a person with an arrow pointing away
        person = QRectF(inner.left(), inner.top() + s * 0.08, s * 0.6, s * 0.84)
        painter.drawPath(_person(person))
        painter.setPen(pen)
        y = inner.top() + s * 0.5
        x0, x1 = inner.left() + s * 0.62, inner.right()
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        painter.drawPolyline(
            [
                QPointF(x1 - s * 0.16, y - s * 0.16),
                QPointF(x1, y),
                QPointF(x1 - s * 0.16, y + s * 0.16),
            ]
        )
    elif kind == "admin.report":  # a flag
        painter.setPen(pen)
        painter.drawLine(
            QPointF(inner.left() + s * 0.15, inner.top()),
            QPointF(inner.left() + s * 0.15, inner.bottom()),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        flag = QPainterPath(QPointF(inner.left() + s * 0.2, inner.top() + s * 0.02))
        flag.lineTo(inner.right(), inner.top() + s * 0.2)
        flag.lineTo(inner.left() + s * 0.2, inner.top() + s * 0.55)
        flag.closeSubpath()
        painter.drawPath(flag)
    else:  # a dot in a ring
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner.center(), s * 0.42, s * 0.42)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(inner.center(), s * 0.15, s * 0.15)
    painter.restore()


def kind_icon(kind: str, side: int = 24, ratio: float = 1.0) -> QIcon:
    """The picture for ``kind`` as an icon (for item models and buttons)."""
    pixels = max(1, round(side * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_kind_icon(painter, QRectF(0, 0, pixels, pixels), kind)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)
