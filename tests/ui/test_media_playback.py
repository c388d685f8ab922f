"""Playing a PeerTube video or a Funkwhale track inside Townsfolk (issue 15): Play/Pause and
Stop, stopping when the window closes, and the browser (through the link gate) when the file
will not play or Qt Multimedia is not installed.

The panel talks to a fake backend in most of these, so they run without Qt Multimedia; the
last ones play real files through Qt Multimedia and are skipped where it is not installed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget

from townsfolk.services.kinds import PostKind
from townsfolk.ui.kinds import player as player_module
from townsfolk.ui.kinds.panels import KindWindow, MediaPanel

VIDEO = PostKind(
    kind="video",
    software="peertube",
    title="Carving a wooden spoon",
    link="https://tube.example/w/abc",
    media_url="https://tube.example/static/web-videos/abc-720.mp4",
    channel="The Quiet Workshop",
    duration=754.0,
)
TRACK = PostKind(
    kind="audio",
    software="funkwhale",
    title="Morning river",
    link="https://tunes.example/library/tracks/7",
    media_url="https://tunes.example/api/v1/listen/7/",
    channel="Nia Sol",
)


class FakeBackend:
    """Plays nothing; says "playing"/"paused"/"stopped" at once, as QMediaPlayer does."""

    def __init__(self, url, *, video, parent, on_state, on_failed) -> None:
        self.url = url
        self.on_state = on_state
        self.on_failed = on_failed
        self.screen: QWidget | None = QWidget(parent) if video else None
        self.calls: list[str] = []
        self.disposed = False

    def play(self) -> None:
        self.calls.append("play")
        self.on_state("playing")

    def pause(self) -> None:
        self.calls.append("pause")
        self.on_state("paused")

    def stop(self) -> None:
        self.calls.append("stop")
        self.on_state("stopped")

    def dispose(self) -> None:
        self.calls.append("dispose")
        self.disposed = True


class Factory:
    def __init__(self) -> None:
        self.made: list[FakeBackend] = []

    def __call__(self, url, *, video, parent, on_state, on_failed) -> FakeBackend:
        backend = FakeBackend(
            url, video=video, parent=parent, on_state=on_state, on_failed=on_failed
        )
        self.made.append(backend)
        return backend


def media_panel(qtbot, kind: PostKind, opened: list[QUrl], factory=None) -> MediaPanel:
    panel = MediaPanel(kind, None, opener=opened.append, backends=factory)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_play_pause_play_with_one_button_and_keys(qtbot) -> None:
    factory = Factory()
    opened: list[QUrl] = []
    panel = media_panel(qtbot, VIDEO, opened, factory)
    assert panel.play.text() == "▶ Play video"
    assert not panel.stop_button.isVisible()

    qtbot.mouseClick(panel.play, Qt.MouseButton.LeftButton)
    [backend] = factory.made
    assert backend.url == VIDEO.media_url
    assert backend.calls == ["play"]
    assert panel.play.text() == "⏸ Pause"
    assert panel.play.accessibleName() == "Pause"
    assert panel.stop_button.isVisible()
    assert panel.stop_button.accessibleName() == "Stop"
    # the video's picture takes the preview picture's place
    assert backend.screen is not None
    assert backend.screen.isVisible()
    assert not panel.picture.isVisible()

    # the keyboard: Space on the focused button pauses, the media key plays again
    panel.play.setFocus()
    qtbot.keyClick(panel.play, Qt.Key.Key_Space)
    assert backend.calls == ["play", "pause"]
    assert panel.play.text() == "▶ Play video"
    assert panel.play.accessibleName() == "▶ Play video"
    assert panel.stop_button.isVisible()  # paused: Stop still there
    qtbot.keyClick(panel, Qt.Key.Key_MediaTogglePlayPause)
    assert backend.calls == ["play", "pause", "play"]
    assert panel.play.text() == "⏸ Pause"
    # Play/Pause and Stop are in the Tab order
    for button in (panel.play, panel.stop_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert len(factory.made) == 1  # one player, paused and played again
    assert opened == []  # nothing went to the browser


def test_stop_ends_playing_and_play_starts_again(qtbot) -> None:
    factory = Factory()
    panel = media_panel(qtbot, VIDEO, [], factory)
    panel.play.click()
    first = factory.made[0]
    panel.stop_button.click()
    assert first.disposed
    assert panel.backend is None
    assert panel.play.text() == "▶ Play video"
    assert not panel.stop_button.isVisible()
    assert panel.picture.isVisible()  # the preview picture is back
    assert panel.focusWidget() is panel.play  # the keyboard is not lost with the hidden Stop button
    panel.play.click()
    assert len(factory.made) == 2
    assert factory.made[1].calls == ["play"]


def test_end_of_the_track_shows_play_again(qtbot) -> None:
    factory = Factory()
    panel = media_panel(qtbot, TRACK, [], factory)
    panel.play.click()
    backend = factory.made[0]
    assert backend.screen is None  # sound only
    backend.on_state("stopped")  # the track came to its end
    assert panel.play.text() == "▶ Play"
    assert not panel.stop_button.isVisible()
    panel.play.click()
    assert backend.calls == ["play", "play"]


def test_closing_the_window_stops_playing(qtbot) -> None:
    factory = Factory()
    window = KindWindow(VIDEO, None, None, opener=lambda url: True)
    qtbot.addWidget(window)
    old = window.panel
    window.panel.deleteLater()
    window.panel = MediaPanel(VIDEO, None, backends=factory, parent=window)
    window.layout().replaceWidget(old, window.panel)
    window.show()
    qtbot.waitExposed(window)
    window.panel.play.click()
    backend = factory.made[0]
    assert backend.calls == ["play"]
    # the details from PeerTube arriving while it plays do not cut it off
    playing = window.panel
    window.set_kind(VIDEO)
    assert window.panel is playing
    assert not backend.disposed
    window.close()
    assert backend.disposed
    assert window.panel.backend is None


def test_hiding_a_playing_panel_stops_it(qtbot) -> None:
    factory = Factory()
    panel = media_panel(qtbot, TRACK, [], factory)
    panel.play.click()
    panel.hide()
    assert factory.made[0].disposed


def test_a_file_that_will_not_play_opens_in_the_browser(qtbot) -> None:
    factory = Factory()
    opened: list[QUrl] = []
    panel = media_panel(qtbot, VIDEO, opened, factory)
    panel.play.click()
    backend = factory.made[0]
    backend.on_failed("FormatError: unsupported codec")
    # the link gate was asked for the original page on PeerTube, not the file
    assert [u.toString() for u in opened] == [VIDEO.link]
    assert backend.disposed
    assert panel.note.isVisible()
    assert panel.note.text() == (
        "This video would not play in Townsfolk, so it opened on PeerTube in your web browser."
    )
    assert "FormatError" not in panel.note.text()
    assert panel.play.text() == "▶ Play video"
    backend.on_failed("FormatError: again")  # a second report from the same player
    assert len(opened) == 1


def test_a_player_refusing_while_set_up_opens_in_the_browser(qtbot) -> None:
    opened: list[QUrl] = []

    def refusing(url, *, video, parent, on_state, on_failed):
        backend = FakeBackend(
            url, video=video, parent=parent, on_state=on_state, on_failed=on_failed
        )
        on_failed("ResourceError: cannot open")
        refusing.made = backend
        return backend

    panel = media_panel(qtbot, TRACK, opened, refusing)
    panel.play.click()
    assert [u.toString() for u in opened] == [TRACK.link]
    assert refusing.made.disposed
    assert refusing.made.calls == ["dispose"]
    assert panel.note.text() == (
        "This track would not play in Townsfolk, so it opened on Funkwhale in your web browser."
    )


def test_an_unsafe_original_is_not_opened_and_says_so(qtbot) -> None:
    factory = Factory()
    opened: list[QUrl] = []
    kind = PostKind(**{**VIDEO.__dict__, "link": "javascript:alert(1)"})
    panel = media_panel(qtbot, kind, opened, factory)
    panel.play.click()
    factory.made[0].on_failed("FormatError")
    assert opened == []  # the link gate refused it
    assert panel.note.text().startswith("This link cannot be opened safely")


def test_without_qt_multimedia_play_opens_the_browser(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(player_module, "HAVE_MULTIMEDIA", False)
    opened: list[QUrl] = []
    panel = media_panel(qtbot, TRACK, opened)  # the real factory
    panel.play.click()
    assert [u.toString() for u in opened] == [TRACK.link]
    assert panel.backend is None
    assert panel.note.text() == (
        "Townsfolk cannot play music on this computer, so it opened this track on Funkwhale "
        "in your web browser."
    )
    assert not panel.stop_button.isVisible()


def test_a_file_address_from_a_town_is_never_played(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(player_module, "HAVE_MULTIMEDIA", True)
    made = player_module.make_backend(
        "file:///etc/passwd",
        video=False,
        parent=QWidget(),
        on_state=print,
        on_failed=print,
    )
    assert made is None


# The real backend: Qt Multimedia (PySide6-Addons) playing real files. Where it is not
# installed (PySide6-Essentials only, or Linux without libpulse.so.0) these are skipped.
needs_multimedia = pytest.mark.skipif(
    not player_module.HAVE_MULTIMEDIA,
    reason="Qt Multimedia is not installed (pip install 'townsfolk[media]'; on Linux it also "
    "needs libpulse.so.0, e.g. the libpulse0 package)",
)


def short_wav(path: Path, seconds: float = 0.3, rate: int = 8000) -> Path:
    """A quiet 440 Hz tone, mono, 16 bit."""
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(3000 * math.sin(2 * math.pi * 440 * i / rate)))
                for i in range(frames)
            )
        )
    return path


def local_files(path: Path):
    """A backend factory for one local file (make_backend itself plays only web addresses)."""

    def make(url, *, video, parent, on_state, on_failed):
        def seen(state) -> None:
            make.states.append(state)
            on_state(state)

        make.backend = player_module.QtMultimediaBackend(
            QUrl.fromLocalFile(str(path)).toString(),
            video=video,
            parent=parent,
            on_state=seen,
            on_failed=on_failed,
        )
        return make.backend

    make.states = []

    return make


def end_of_media(status) -> bool:
    return status == player_module.QMediaPlayer.MediaStatus.EndOfMedia


@needs_multimedia
def test_real_backend_plays_a_local_track_to_its_end(qtbot, tmp_path: Path) -> None:
    factory = local_files(short_wav(tmp_path / "tone.wav"))
    opened: list[QUrl] = []
    panel = media_panel(qtbot, TRACK, opened, factory)
    panel.play.click()
    backend = factory.backend
    with qtbot.waitSignal(
        backend.player.mediaStatusChanged, timeout=10_000, check_params_cb=end_of_media
    ):
        pass
    assert factory.states == ["playing", "stopped"]  # Pause showed while it played
    assert panel.state == "stopped"
    assert panel.play.text() == "▶ Play"
    assert opened == []
    assert not panel.note.isVisible()
    panel.stop()


@needs_multimedia
def test_real_backend_closing_while_playing_stops(qtbot, tmp_path: Path) -> None:
    factory = local_files(short_wav(tmp_path / "long.wav", seconds=30))
    panel = media_panel(qtbot, TRACK, [], factory)
    panel.play.click()
    player = factory.backend.player
    qtbot.waitUntil(lambda: player.position() > 0, timeout=10_000)
    panel.hide()
    assert player.playbackState() == player_module.QMediaPlayer.PlaybackState.StoppedState
    assert panel.backend is None


@needs_multimedia
def test_real_backend_a_file_that_is_not_sound_opens_the_browser(qtbot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(bytes(range(256)) * 8)
    opened: list[QUrl] = []
    panel = media_panel(qtbot, TRACK, opened, local_files(junk))
    panel.play.click()
    qtbot.waitUntil(lambda: opened != [], timeout=10_000)
    assert [u.toString() for u in opened] == [TRACK.link]
    assert panel.backend is None
    assert panel.note.text().startswith("This track would not play in Townsfolk")


def tiny_video(path: Path, qtbot) -> Path:
    """A 1 second, 64x48 MPEG-4 video made with Qt's own recorder (no network, no ffmpeg)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtMultimedia import (
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
        QVideoFrame,
        QVideoFrameInput,
    )

    session = QMediaCaptureSession()
    recorder = QMediaRecorder()
    frames = QVideoFrameInput()
    session.setRecorder(recorder)
    session.setVideoFrameInput(frames)
    recorder.setMediaFormat(QMediaFormat(QMediaFormat.FileFormat.MPEG4))
    recorder.setVideoResolution(QSize(64, 48))
    recorder.setVideoFrameRate(10)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    sent = [0]
    errors: list[str] = []
    recorder.errorOccurred.connect(lambda error, text: errors.append(text))

    def send() -> None:
        while sent[0] < 10:
            image = QImage(64, 48, QImage.Format.Format_RGBA8888)
            image.fill(QColor.fromHsv(sent[0] * 30, 200, 200))
            frame = QVideoFrame(image)
            frame.setStartTime(sent[0] * 100_000)
            frame.setEndTime((sent[0] + 1) * 100_000)
            if not frames.sendVideoFrame(frame):
                return  # readyToSendVideoFrame calls again
            sent[0] += 1
        recorder.stop()

    frames.readyToSendVideoFrame.connect(send)
    stopped = QMediaRecorder.RecorderState.StoppedState
    with qtbot.waitSignal(
        recorder.recorderStateChanged, timeout=10_000, check_params_cb=lambda s: s == stopped
    ):
        recorder.record()
        send()
    if errors or not path.exists():
        pytest.skip(f"this Qt Multimedia cannot make a test video: {errors}")
    return path


@needs_multimedia
def test_real_backend_shows_a_local_video(qtbot, tmp_path: Path) -> None:
    factory = local_files(tiny_video(tmp_path / "tiny.mp4", qtbot))
    opened: list[QUrl] = []
    panel = media_panel(qtbot, VIDEO, opened, factory)
    panel.play.click()
    backend = factory.backend
    assert backend.screen is not None
    assert backend.screen.isVisible()
    assert not panel.picture.isVisible()
    shown: list[bool] = []
    backend.screen.videoSink().videoFrameChanged.connect(lambda frame: shown.append(True))
    with qtbot.waitSignal(
        backend.player.mediaStatusChanged, timeout=10_000, check_params_cb=end_of_media
    ):
        pass
    assert backend.player.hasVideo()
    assert shown  # pictures reached the video widget
    assert opened == []
