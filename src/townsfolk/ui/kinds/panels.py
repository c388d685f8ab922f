"""Each kind of post shown as what it is: a photo gallery, a video, a track, a live stream,
an article or a long post; anything else as a readable post with a link to the original.

Every text from a town is plain text (``PlainLabel``/``ScaledLabel``); a long post's HTML
goes through the sanitiser (``render_post_html``) into a ``SafeTextBrowser``. Playing uses Qt
Multimedia when it is installed, else the web browser (``ui/links.open_external``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QHideEvent, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Status
from townsfolk.services.kinds import PostKind, format_length
from townsfolk.services.richtext import render_post_html
from townsfolk.services.software import software_display_name
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.kinds.player import BackendFactory, PlayerBackend, PlayState, make_backend
from townsfolk.ui.kinds.swipe import SwipeFilter
from townsfolk.ui.links import open_external
from townsfolk.ui.safe_text import PlainLabel, SafeTextBrowser
from townsfolk.ui.style import ScaledLabel

if TYPE_CHECKING:  # the timeline imports this package: no import cycle at run time
    from townsfolk.ui.timeline.images import ImageStore

__all__ = [
    "ArticlePanel",
    "GalleryView",
    "KindWindow",
    "LivePanel",
    "MediaPanel",
    "OriginalPanel",
    "panel_for",
]

Opener = Callable[[QUrl], object]

log = logging.getLogger(__name__)


class _Picture(PlainLabel):
    """A picture from a town, scaled to fit; its words are the accessible description."""

    def __init__(self, images: ImageStore | None, size: QSize, parent: QWidget) -> None:
        super().__init__(parent)
        self.images = images
        self.box = size
        self.url = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(size)
        self.setObjectName("kindPicture")
        if images is not None:
            images.image_ready.connect(self._ready)

    def show_url(self, url: str, words: str) -> None:
        self.url = url
        self.setAccessibleName(words)
        self.setAccessibleDescription(words)
        self.setToolTip("")
        self._paint()

    def _paint(self) -> None:
        image: QImage | None = None
        if self.images is not None and self.url:
            image = self.images.image(self.url, self.box)
        if image is None:
            self.setPixmap(QPixmap())
            self.setText("…" if self.url else "")
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.box,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(pixmap)

    def _ready(self, url: str) -> None:
        if url == self.url:
            self._paint()


class GalleryView(QWidget):
    """A photo set, one photo at a time: Left/Right, Home/End, the buttons or a swipe
    (a sideways drag of the photo, ``ui/kinds/swipe.py``) go through it; each
    photo's description is its accessible description, so a screen reader reads it aloud."""

    moved = Signal(int)

    def __init__(
        self, kind: PostKind, images: ImageStore | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("galleryView")
        self.kind = kind
        self.photos = kind.photos
        self.index = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.picture = _Picture(images, QSize(480, 360), self)
        self.description = PlainLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("galleryDescription")
        row = QHBoxLayout()
        self.previous = QPushButton(self.tr("◀ Previous photo"), self)
        self.previous.setAccessibleName(self.tr("Previous photo"))
        self.counter = PlainLabel(self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QPushButton(self.tr("Next photo ▶"), self)
        self.next.setAccessibleName(self.tr("Next photo"))
        row.addWidget(self.previous)
        row.addWidget(self.counter, 1)
        row.addWidget(self.next)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.description)
        layout.addLayout(row)
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        # a sideways drag (mouse or finger) on the photo goes to the next or previous one
        self.swipe = SwipeFilter(self)
        self.swipe.swiped.connect(lambda step: self.go(self.index + step))
        for widget in (self, self.picture, self.description):
            widget.installEventFilter(self.swipe)
        self.go(0)

    def go(self, index: int) -> None:
        if not self.photos:
            self.counter.setText(self.tr("No photos."))
            return
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.photos[self.index]
        words = photo.description or self.tr("The person did not describe this photo.")
        counter = (
            self.tr("Photo %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.photos)))
        )
        self.counter.setText(counter)
        self.description.setText(words)
        self.picture.show_url(photo.url or photo.preview, words)
        self.setAccessibleName(counter)
        self.setAccessibleDescription(words)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.photos) - 1)
        self.moved.emit(self.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Right:
            self.go(self.index + 1)
        elif key == Qt.Key.Key_Left:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.photos) - 1)
        else:
            super().keyPressEvent(event)


class _Panel(QWidget):
    """Title, a line about it, and buttons; shared by the kinds below."""

    def __init__(
        self, kind: PostKind, opener: Opener | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.opener = opener
        self.refusal = ""
        self.player: object | None = None
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()

    def _title(self, text: str) -> ScaledLabel:
        label = ScaledLabel(text, 1.25, self, bold=True)
        label.setWordWrap(True)
        label.setObjectName("kindTitle")
        label.setAccessibleName(text)
        return label

    def _line(self, text: str, name: str) -> PlainLabel:
        label = PlainLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName(name)
        label.setAccessibleName(text)
        return label

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        add_focus_ring(button)  # (the window's default button looked the same focused)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def open_original(self, url: str | None = None) -> bool:
        def refused(text: str) -> None:
            self.refusal = text

        return open_external(url or self.kind.link, opener=self.opener, refused=refused)


class MediaPanel(_Panel):
    """A PeerTube video or a Funkwhale track: picture, title, channel or artist, length;
    "Play" plays it here when Qt Multimedia can, else opens it in the web browser.

    Once playing, the same button pauses and plays again, and "Stop" ends it; hiding the
    panel (closing its window) stops it too. A file that will not play opens in the browser
    with a sentence saying so. ``backends`` replaces Qt Multimedia in tests."""

    def __init__(
        self,
        kind: PostKind,
        images: ImageStore | None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
        backends: BackendFactory | None = None,
    ) -> None:
        super().__init__(kind, opener, parent)
        video = kind.kind == "video"
        self.video = video
        self.backends: BackendFactory = backends or make_backend
        self.backend: PlayerBackend | None = None
        self.state: PlayState = "stopped"
        self.setObjectName("videoPanel" if video else "audioPanel")
        self.picture = _Picture(images, QSize(480, 270) if video else QSize(240, 240), self)
        words = (
            self.tr("Preview picture of the video: %1") if video else self.tr("Cover of %1")
        ).replace("%1", kind.title)
        self.picture.show_url(kind.picture, words)
        self.shown: QWidget = self.picture
        self.title = self._title(kind.title or self.tr("Untitled"))
        who = kind.channel
        length = format_length(kind.duration)
        if video:
            about = self.tr("Video on PeerTube")
            if who:
                about += " · " + self.tr("channel %1").replace("%1", who)
        else:
            about = self.tr("Music on %1").replace("%1", software_display_name(kind.software))
            if who:
                about += " · " + self.tr("by %1").replace("%1", who)
        if length:
            about += " · " + self.tr("%1 long").replace("%1", length)
        self.about = self._line(about, "kindAbout")
        self.summary = self._line(kind.summary, "kindSummary")
        self.summary.setVisible(bool(kind.summary))
        self.note = self._line("", "kindPlayNote")
        self.note.hide()
        self.play = self._button(self._play_text(), "kindPlay", self.toggle)
        self.stop_button = self._button(self.tr("■ Stop"), "kindStop", self.stop)
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.stop_button.hide()
        self.original = self._button(
            self.tr("Open on %1").replace("%1", software_display_name(kind.software)),
            "kindOriginal",
            self.open_original,
        )
        self.buttons.addStretch(1)
        self.layout_.addWidget(self.picture, 1)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.about)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.note)
        self.layout_.addLayout(self.buttons)
        self.played_here = False
        self.starting = False
        self.failed_early = False

    def _play_text(self) -> str:
        return self.tr("▶ Play video") if self.video else self.tr("▶ Play")

    def _show_state(self, state: PlayState) -> None:
        self.state = state
        if state == "playing":
            text = self.tr("⏸ Pause")
            name = self.tr("Pause")
        else:
            text = self._play_text()
            name = text
        self.play.setText(text)
        self.play.setAccessibleName(name)
        self.stop_button.setVisible(self.backend is not None and state != "stopped")

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))

    def toggle(self) -> None:
        """Play, pause or play again (the one Play/Pause button)."""
        if self.backend is None:
            self.start()
        elif self.state == "playing":
            self.backend.pause()
        else:
            self.backend.play()

    def start(self) -> None:
        """Play inside Townsfolk if possible, else open the original page in the browser."""
        self._say("")
        self.failed_early = False
        self.starting = True
        try:
            backend = self.backends(
                self.kind.media_url,
                video=self.video,
                parent=self,
                on_state=self._backend_state,
                on_failed=self._backend_failed,
            )
        finally:
            self.starting = False
        if backend is not None and self.failed_early:  # refused while being set up
            backend.dispose()
            self._to_browser(self._would_not_play())
            return
        if backend is None:
            self._to_browser(
                self.tr(
                    "Townsfolk cannot play videos on this computer, so it opened this one "
                    "on %1 in your web browser."
                )
                if self.video
                else self.tr(
                    "Townsfolk cannot play music on this computer, so it opened this track "
                    "on %1 in your web browser."
                )
            )
            return
        self.backend = backend
        self.player = backend
        if backend.screen is not None:
            self.layout_.replaceWidget(self.picture, backend.screen)
            self.picture.hide()
            backend.screen.show()
            self.shown = backend.screen
        self.played_here = True
        backend.play()
        self._show_state(self.state)

    def stop(self) -> None:
        """End playing here and show the picture again (the Stop button, or the window
        closing); Play starts from the beginning."""
        backend, self.backend = self.backend, None
        self.player = None
        if backend is not None:
            if self.shown is not self.picture:
                self.layout_.replaceWidget(self.shown, self.picture)
                self.picture.show()
                self.shown = self.picture
            backend.dispose()
        self._show_state("stopped")
        if backend is not None and self.isVisible():
            self.play.setFocus()

    def _backend_state(self, state: PlayState) -> None:
        # "stopped" from the player: the end of the track (Play starts it again)
        self._show_state(state)

    def _would_not_play(self) -> str:
        if self.video:
            return self.tr(
                "This video would not play in Townsfolk, so it opened on %1 in your web browser."
            )
        return self.tr(
            "This track would not play in Townsfolk, so it opened on %1 in your web browser."
        )

    def _backend_failed(self, detail: str) -> None:
        log.info("could not play %s here: %s", self.kind.media_url, detail)
        if self.starting:
            self.failed_early = True
            return
        if self.backend is None:
            return
        self.stop()
        self._to_browser(self._would_not_play())

    def _to_browser(self, sentence: str) -> None:
        self.refusal = ""
        if self.open_original():
            self._say(sentence.replace("%1", software_display_name(self.kind.software)))
        elif self.refusal:
            self._say(self.refusal)
        else:
            self._say(
                self.tr(
                    "Townsfolk could not play this here, and your web browser did not open. "
                    "Please try again later."
                )
            )

    def hideEvent(self, event: QHideEvent) -> None:
        """Closing (or hiding) the window stops the sound."""
        if self.backend is not None:
            self.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaPause):
            self.toggle()
        elif key == Qt.Key.Key_MediaStop:
            self.stop()
        else:
            super().keyPressEvent(event)


class LivePanel(_Panel):
    """An Owncast stream: "Live now" (or "Was live") with its title and a Watch button."""

    def __init__(
        self,
        kind: PostKind,
        images: ImageStore | None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, opener, parent)
        self.setObjectName("livePanel")
        if kind.live is True:
            state = self.tr("● Live now")
        elif kind.live is False:
            state = self.tr("Was live")
        else:
            state = self.tr("Live stream")
        self.state = ScaledLabel(state, 1.1, self, bold=True)
        self.state.setObjectName("liveState")
        self.state.setAccessibleName(state)
        if kind.live is True:
            self.state.setStyleSheet("color: #c01c28;")
        self.picture = _Picture(images, QSize(480, 270), self)
        self.picture.show_url(
            kind.picture, self.tr("Preview picture of the stream: %1").replace("%1", kind.title)
        )
        self.title = self._title(kind.title or self.tr("Untitled"))
        self.about = self._line(
            self.tr("Live streams on Owncast · %1").replace("%1", kind.channel), "kindAbout"
        )
        self.watch = self._button(
            self.tr("Watch") if kind.live is not False else self.tr("Open the stream's page"),
            "liveWatch",
            self.open_original,
        )
        self.buttons.addStretch(1)
        for widget in (self.state, self.picture, self.title, self.about):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(self.buttons)


class ArticlePanel(_Panel):
    """An article (title, summary, "Read the article") or a long post ("Read more" shows
    all of it here, quotes as quotes)."""

    def __init__(
        self,
        kind: PostKind,
        post: Status | None,
        images: ImageStore | None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, opener, parent)
        self.setObjectName("articlePanel" if kind.kind == "article" else "longPostPanel")
        self.post = post
        if kind.title:
            self.layout_.addWidget(self._title(kind.title))
        if kind.kind == "article":
            self.layout_.addWidget(self._line(self.tr("Article"), "kindAbout"))
        self.summary = self._line(kind.summary, "kindSummary")
        self.layout_.addWidget(self.summary)
        self.full = SafeTextBrowser(self)
        self.full.setObjectName("kindFullText")
        self.full.setAccessibleName(self.tr("The whole post"))
        add_focus_ring(self.full)
        self.full.hide()
        self.layout_.addWidget(self.full, 1)
        # until the whole text shows, the words stay together at the top (not spread out)
        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.layout_.addItem(self.gap)
        if kind.kind == "article":
            self._button(self.tr("Read the article"), "kindReadMore", self.open_original)
        else:
            self.more = self._button(self.tr("Read more"), "kindReadMore", self.read_more)
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)

    def read_more(self) -> None:
        """Show the whole post here (sanitised; blockquotes stay quotes)."""
        if self.post is None:
            self.open_original()
            return
        rendered = render_post_html(self.post.content, mentions=self.post.mentions)
        self.full.setHtml(rendered.html)
        self.layout_.removeItem(self.gap)
        self.full.show()
        self.summary.hide()
        self.more.hide()
        self.full.setFocus()


class OriginalPanel(_Panel):
    """A kind Townsfolk does not know yet: its words, and a link to the original."""

    def __init__(
        self,
        kind: PostKind,
        post: Status | None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, opener, parent)
        self.setObjectName("originalPanel")
        text = render_post_html(post.content).plain if post is not None else kind.summary
        where = software_display_name(kind.software) if kind.software else ""
        self.layout_.addWidget(self._line(text, "kindSummary"))
        label = (
            self.tr("Open the original on %1").replace("%1", where)
            if where
            else self.tr("Open the original")
        )
        self._button(label, "kindOriginal", self.open_original)
        self.buttons.addStretch(1)
        self.layout_.addStretch(1)  # the words at the top, the button at the bottom
        self.layout_.addLayout(self.buttons)


def panel_for(
    kind: PostKind,
    post: Status | None,
    images: ImageStore | None,
    *,
    opener: Opener | None = None,
    parent: QWidget | None = None,
) -> QWidget:
    """The widget that shows ``kind`` as what it is."""
    if kind.kind == "gallery":
        return GalleryView(kind, images, parent)
    if kind.kind in ("video", "audio"):
        return MediaPanel(kind, images, opener, parent)
    if kind.kind == "live":
        return LivePanel(kind, images, opener, parent)
    if kind.kind in ("article", "long"):
        return ArticlePanel(kind, post, images, opener, parent)
    return OriginalPanel(kind, post, opener, parent)


class KindWindow(QDialog):
    """A window with one post shown as what it is (opened from the timeline)."""

    def __init__(
        self,
        kind: PostKind,
        post: Status | None,
        images: ImageStore | None,
        *,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kindWindow")
        titles = {
            "gallery": self.tr("Photos"),
            "video": self.tr("Video"),
            "audio": self.tr("Music"),
            "live": self.tr("Live stream"),
            "article": self.tr("Article"),
            "long": self.tr("Long post"),
        }
        self.setWindowTitle(titles.get(kind.kind, self.tr("Post")))
        self.post = post
        self.images = images
        self.opener = opener
        self.pending: object | None = None
        layout = QVBoxLayout(self)
        self.panel = panel_for(kind, post, images, opener=opener, parent=self)
        layout.addWidget(self.panel, 1)
        close = QPushButton(self.tr("Close"), self)
        add_focus_ring(close)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(560, 520)
        self.panel.setFocus()

    def set_kind(self, kind: PostKind) -> None:
        """Fill the window again (what the post's own server said arrived); not while the
        person is playing the video or track here, which would cut it off."""
        if isinstance(self.panel, MediaPanel) and self.panel.backend is not None:
            return
        fresh = panel_for(kind, self.post, self.images, opener=self.opener, parent=self)
        layout = self.layout()
        if layout is not None:
            layout.replaceWidget(self.panel, fresh)
        self.panel.deleteLater()
        self.panel = fresh
        fresh.setFocus()
