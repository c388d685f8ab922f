"""Posts and people from other kinds of servers, shown as what they are (issue 15)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from townsfolk.api.entities import Status
from townsfolk.ui.kinds.panels import KindWindow, panel_for
from townsfolk.ui.kinds.registry import REGISTRY, KindRegistry

if TYPE_CHECKING:
    from townsfolk.ui.timeline.images import ImageStore

__all__ = [
    "REGISTRY",
    "KindRegistry",
    "KindWindow",
    "open_kind_window",
    "paint_kind_line",
    "panel_for",
]

_ICONS = {"gallery": "▦", "video": "▶", "audio": "♪", "live": "●", "article": "▤", "long": "▤"}


def paint_kind_line(painter: QPainter, rect: QRect, text: str, kind: str, colour: QColor) -> None:
    """The timeline's "what this is" line: a light rounded band with an icon and the words
    (elided); cheap (no pictures)."""
    painter.save()
    fill = QColor(colour)
    fill.setAlpha(22)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 6, 6)
    painter.setPen(colour)
    inner = rect.adjusted(8, 0, -8, 0)
    label = f"{_ICONS.get(kind, '↗')}  {text}"
    painter.drawText(
        inner,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        QFontMetrics(painter.font()).elidedText(label, Qt.TextElideMode.ElideRight, inner.width()),
    )
    painter.restore()


def open_kind_window(
    post: Status,
    images: ImageStore | None,
    *,
    parent: QWidget | None = None,
    registry: KindRegistry | None = None,
) -> KindWindow:
    """Show ``post`` as what it is in its own window; what only the post's server knows
    (length, live now or not) is asked in the background and the window filled again."""
    registry = registry or REGISTRY
    window = KindWindow(registry.kind_of(post), post, images, parent=parent)
    window.show()
    if registry.details_for(registry.kind_of(post).host) is not None:
        with contextlib.suppress(RuntimeError):  # no running loop (a plain script)
            task = asyncio.get_running_loop().create_task(registry.complete(post))
            window.pending = task

            def done(finished: asyncio.Task[object]) -> None:
                if finished.cancelled() or finished.exception() is not None:
                    return
                window.set_kind(registry.kind_of(post))

            task.add_done_callback(done)
    return window
