"""Playing a video, a track or a stream inside Townsfolk, where Qt Multimedia is installed.

PySide6-Essentials has no Qt Multimedia, so it is optional: without it (or when the file cannot
be played) the "Play" buttons open the original page in the web browser instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

__all__ = ["HAVE_MULTIMEDIA", "make_player"]

try:  # pragma: no cover - depends on what is installed
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

    HAVE_MULTIMEDIA = True
except ImportError:  # PySide6-Essentials
    HAVE_MULTIMEDIA = False


def make_player(url: str, *, video: bool, parent: QWidget) -> tuple[Any, QWidget | None] | None:
    """A started player for ``url`` (and its picture widget for a video), or None when
    Townsfolk cannot play it here."""
    if not HAVE_MULTIMEDIA or not url.startswith(("https://", "http://")):
        return None
    player = QMediaPlayer(parent)  # pragma: no cover - needs Qt Multimedia
    output = QAudioOutput(parent)
    player.setAudioOutput(output)
    screen: QWidget | None = None
    if video:
        screen = QVideoWidget(parent)
        player.setVideoOutput(screen)
    player.setSource(QUrl(url))
    player.play()
    return player, screen
