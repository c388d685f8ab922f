"""Each kind of post shown as what it is: a photo gallery, a video, a track, a live stream,
an article or a long post; anything else as a readable post with a link to the original.

Every text from a town is plain text (``PlainLabel``/``ScaledLabel``); a long post's HTML
goes through the sanitiser (``render_post_html``) into a ``SafeTextBrowser``. Playing uses Qt
Multimedia when it is installed, else the web browser (``ui/links.open_external``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Status
from townsfolk.services.kinds import PostKind, format_length
from townsfolk.services.richtext import render_post_html
from townsfolk.services.software import software_display_name
from townsfolk.ui.kinds.player import make_player
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
    """A photo set, one photo at a time: Left/Right (or the buttons) go through it; each
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
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def open_original(self, url: str | None = None) -> bool:
        def refused(text: str) -> None:
            self.refusal = text

        return open_external(url or self.kind.link, opener=self.opener, refused=refused)


class MediaPanel(_Panel):
    """A PeerTube video or a Funkwhale track: picture, title, channel or artist, length;
    "Play" plays it here when Qt Multimedia can, else opens it in the web browser."""

    def __init__(
        self,
        kind: PostKind,
        images: ImageStore | None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, opener, parent)
        video = kind.kind == "video"
        self.setObjectName("videoPanel" if video else "audioPanel")
        self.picture = _Picture(images, QSize(480, 270) if video else QSize(240, 240), self)
        words = (
            self.tr("Preview picture of the video: %1") if video else self.tr("Cover of %1")
        ).replace("%1", kind.title)
        self.picture.show_url(kind.picture, words)
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
        self.play = self._button(
            self.tr("▶ Play video") if video else self.tr("▶ Play"), "kindPlay", self.start
        )
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
        self.layout_.addLayout(self.buttons)
        self.played_here = False

    def start(self) -> None:
        """Play inside Townsfolk if possible, else open the original page in the browser."""
        made = make_player(self.kind.media_url, video=self.kind.kind == "video", parent=self)
        if made is None:
            self.open_original()
            return
        self.player, screen = made  # pragma: no cover - needs Qt Multimedia
        if screen is not None:  # pragma: no cover
            self.layout_.replaceWidget(self.picture, screen)
            self.picture.hide()
        self.played_here = True  # pragma: no cover


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
        self.full.hide()
        self.layout_.addWidget(self.full, 1)
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
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(560, 520)
        self.panel.setFocus()

    def set_kind(self, kind: PostKind) -> None:
        """Fill the window again (what the post's own server said arrived)."""
        fresh = panel_for(kind, self.post, self.images, opener=self.opener, parent=self)
        layout = self.layout()
        if layout is not None:
            layout.replaceWidget(self.panel, fresh)
        self.panel.deleteLater()
        self.panel = fresh
        fresh.setFocus()
