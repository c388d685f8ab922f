"""Playing a video, a track or a stream inside Townsfolk, where Qt Multimedia is installed.

PySide6-Essentials has no Qt Multimedia, so it is optional (``pip install 'townsfolk[media]'``
adds PySide6-Addons; on Linux it also needs ``libpulse.so.0``): without it, or when a file will
not play, the "Play" buttons open the original page in the web browser instead (through
``ui/links.open_external``). What was measured (size, playing offscreen with no sound card) is
in docs/servers.md, "Other kinds of servers".

The panel (``MediaPanel``) talks to a :class:`PlayerBackend`, not to ``QMediaPlayer``: what it
decides (Play/Pause, Stop, stop when the window closes, fall back to the browser on an error)
is tested with a fake backend, and :class:`QtMultimediaBackend` is the one real implementation.
A backend reports what happened through two callbacks: ``on_state`` ("playing", "paused",
"stopped") and ``on_failed`` (a technical detail for the log, never shown to the person).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Literal, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

__all__ = [
    "HAVE_MULTIMEDIA",
    "BackendFactory",
    "PlayState",
    "PlayerBackend",
    "QtMultimediaBackend",
    "make_backend",
]

log = logging.getLogger(__name__)

try:  # pragma: no cover - depends on what is installed
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

    HAVE_MULTIMEDIA = True
except ImportError:  # PySide6-Essentials
    HAVE_MULTIMEDIA = False

PlayState = Literal["playing", "paused", "stopped"]
StateCallback = Callable[[PlayState], object]
FailedCallback = Callable[[str], object]


class PlayerBackend(Protocol):
    """What a panel needs from a player. ``screen`` is the picture widget of a video (None for
    sound). After :meth:`dispose` the backend calls no callback any more."""

    screen: QWidget | None

    def play(self) -> None: ...

    def pause(self) -> None: ...

    def stop(self) -> None: ...

    def dispose(self) -> None: ...


class BackendFactory(Protocol):
    """Makes a backend for ``url``, or returns None when it cannot be played here at all."""

    def __call__(
        self,
        url: str,
        *,
        video: bool,
        parent: QWidget,
        on_state: StateCallback,
        on_failed: FailedCallback,
    ) -> PlayerBackend | None: ...


class QtMultimediaBackend:
    """``QMediaPlayer`` with a sound output (and a ``QVideoWidget`` for a video)."""

    def __init__(
        self,
        url: str,
        *,
        video: bool,
        parent: QWidget,
        on_state: StateCallback,
        on_failed: FailedCallback,
    ) -> None:
        self._on_state: StateCallback | None = on_state
        self._on_failed: FailedCallback | None = on_failed
        self.player = QMediaPlayer(parent)
        self.output = QAudioOutput(self.player)
        self.player.setAudioOutput(self.output)
        self.screen: QWidget | None = None
        if video:
            self.screen = QVideoWidget(parent)
            self.player.setVideoOutput(self.screen)
        self.player.playbackStateChanged.connect(self._state_changed)
        self.player.errorOccurred.connect(self._error)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.player.setSource(QUrl(url))

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def stop(self) -> None:
        self.player.stop()

    def dispose(self) -> None:
        self._on_state = None
        self._on_failed = None
        self.player.stop()
        self.player.setSource(QUrl())
        self.player.deleteLater()
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        if self._on_state is None:
            return
        if state == QMediaPlayer.PlaybackState.PlayingState:
            self._on_state("playing")
        elif state == QMediaPlayer.PlaybackState.PausedState:
            self._on_state("paused")
        else:
            self._on_state("stopped")

    def _error(self, error: QMediaPlayer.Error, detail: str) -> None:
        if error != QMediaPlayer.Error.NoError and self._on_failed is not None:
            self._on_failed(f"{error.name}: {detail}")

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        # a file Qt cannot read says so here (usually together with errorOccurred)
        if status == QMediaPlayer.MediaStatus.InvalidMedia and self._on_failed is not None:
            self._on_failed(f"InvalidMedia: {self.player.errorString()}")


def make_backend(
    url: str,
    *,
    video: bool,
    parent: QWidget,
    on_state: StateCallback,
    on_failed: FailedCallback,
) -> PlayerBackend | None:
    """A player for ``url``, or None when Townsfolk cannot play it here (no Qt Multimedia, or
    not a web address: a town cannot make Townsfolk play a file from this computer)."""
    if not HAVE_MULTIMEDIA or not url.startswith(("https://", "http://")):
        return None
    return QtMultimediaBackend(
        url, video=video, parent=parent, on_state=on_state, on_failed=on_failed
    )
