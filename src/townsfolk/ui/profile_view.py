"""A person's page: who they are, a follow button, a "moved to…" notice, and their posts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Relationship
from townsfolk.services.addresses import display_handle
from townsfolk.services.richtext import plain_text
from townsfolk.ui.account_switcher import initial_avatar, round_avatar
from townsfolk.ui.emoji_name import EmojiNameLabel
from townsfolk.ui.kinds.profile import PhotoGrid, show_kind
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import SteadyButton
from townsfolk.ui.timeline import ImageStore, TimelineView

__all__ = ["ProfileView", "full_handle"]

AVATAR = 72
#: The banner picture's height above the name (Mastodon's are 3:1; the middle is shown), and
#: on a short window (an 800×600 screen), where the posts need the room.
BANNER = 110
BANNER_SHORT = 56
SHORT_WINDOW = 640


def full_handle(person: RemoteAccount, town: str) -> str:
    """The person's full address to show (a look-alike town name in its network form)."""
    return display_handle(person.acct or person.username, town)


class ProfileView(QWidget):
    """``follow_requested(bool)``: the person pressed Follow (True) or Stop following.
    ``open_moved(acct)``: open the profile the person moved to; ``follow_moved(acct)``: follow
    the account the person moved to (moving towns, ``ui.moving.moved``)."""

    follow_requested = Signal(bool)
    open_moved = Signal(str)
    follow_moved = Signal(str)
    open_followers = Signal()
    open_following = Signal()
    edit_requested = Signal()
    #: "Add to list…" was pressed (shown for people you follow).
    add_to_list_requested = Signal()

    def __init__(
        self, *, town: str, images: ImageStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileView")
        self.town = town
        self.person: RemoteAccount | None = None
        self.relationship: Relationship | None = None
        self.own = False
        self.images = images

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        # The banner picture ("header" in Mastodon's words), its middle band across the top.
        self.banner = PlainLabel(self)
        self.banner.setObjectName("profileBanner")
        self.banner.setFixedHeight(BANNER)
        self.banner.setMinimumWidth(1)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.banner.setAccessibleName(self.tr("Banner picture"))
        self.banner.hide()  # shown once the picture has arrived (no empty band meanwhile)
        self.banner_image: QImage | None = None
        layout.addWidget(self.banner)

        header = QFrame(self)
        header.setObjectName("profileHeader")
        header.setStyleSheet("QFrame#profileHeader { border-bottom: 1px solid palette(mid); }")
        # Side by side when there is room; on a narrow window or with large text, the counts go
        # one under the other and the buttons below the name (issue 11: nothing cut off).
        self._header = header
        self._header_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, header)
        self._header_row.setContentsMargins(20, 16, 20, 16)
        self._header_row.setSpacing(16)
        top = QHBoxLayout()
        top.setSpacing(16)
        self._header_row.addLayout(top, 1)
        self.avatar = PlainLabel(header)
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setAccessibleName(self.tr("Profile picture"))
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.setSpacing(4)
        # custom emoji in the name as pictures (ui/emoji_name.py)
        self.name = EmojiNameLabel("", 1.4, header, bold=True)
        self.name.setWordWrap(True)
        self.handle = PlainLabel(header)
        self.handle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bio = PlainLabel(header)
        self.bio.setWordWrap(True)
        counts_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        counts_row.setSpacing(4)
        self._counts_row = counts_row
        self.counts = PlainLabel(header)
        self.counts.setObjectName("profileCounts")
        # The counts of people open the lists of those people.
        self.following_button = QPushButton(header)
        self.following_button.setObjectName("followingCount")
        self.followers_button = QPushButton(header)
        self.followers_button.setObjectName("followersCount")
        for button in (self.following_button, self.followers_button):
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(
                "QPushButton { text-decoration: underline; padding: 2px 4px; border: none; }"
            )
        self.following_button.clicked.connect(self.open_following)
        self.followers_button.clicked.connect(self.open_followers)
        counts_row.addWidget(self.counts)
        counts_row.addWidget(self.following_button)
        counts_row.addWidget(self.followers_button)
        counts_row.addStretch(1)
        for count in (self.counts, self.following_button, self.followers_button):
            counts_row.setAlignment(count, Qt.AlignmentFlag.AlignLeading)
        self.kind_words = PlainLabel(header)  # "a video channel on PeerTube" (ui/kinds)
        self.kind_words.setObjectName("profileKind")
        self.kind_words.hide()
        for widget in (self.name, self.handle, self.kind_words, self.bio):
            facts.addWidget(widget)
        facts.addLayout(counts_row)
        top.addLayout(facts, 1)
        self.follow_button = SteadyButton(
            (self.tr("Follow"), self.tr("Following ✓"), self.tr("Asked to follow")), header
        )
        self.follow_button.setObjectName("followButton")
        self.follow_button.setMinimumHeight(40)
        self.follow_button.clicked.connect(self._follow_clicked)
        self.follow_button.hide()
        self.add_to_list_button = QPushButton(self.tr("Add to list…"), header)
        self.add_to_list_button.setObjectName("addToListButton")
        self.add_to_list_button.setMinimumHeight(40)
        self.add_to_list_button.clicked.connect(self.add_to_list_requested)
        self.add_to_list_button.hide()
        buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        buttons.setSpacing(8)
        self._buttons = buttons
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.add_to_list_button)
        self.edit_button = QPushButton(self.tr("Edit my profile"), header)
        self.edit_button.setObjectName("editProfileButton")
        self.edit_button.setAccessibleName(self.tr("Edit my profile"))
        self.edit_button.setMinimumHeight(40)
        self.edit_button.clicked.connect(self.edit_requested)
        self.edit_button.hide()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self._header_row.addLayout(buttons)
        layout.addWidget(header)
        header.installEventFilter(self)
        self.banner.installEventFilter(self)

        self.moved = QFrame(self)
        self.moved.setObjectName("movedNotice")
        self.moved.setStyleSheet(
            "QFrame#movedNotice { background: #e8f1fb; border-bottom: 1px solid #b6cfee; }"
            " QFrame#movedNotice QLabel { color: #1c3a5e; }"
        )
        moved_row = QHBoxLayout(self.moved)
        moved_row.setContentsMargins(20, 10, 20, 10)
        self.moved_text = PlainLabel(self.moved)
        self.moved_text.setWordWrap(True)
        self.moved_button = QPushButton(self.tr("Open the new profile"), self.moved)
        self.moved_button.setAccessibleName(self.tr("Open the new profile"))
        self.moved_button.clicked.connect(self._open_moved)
        self.moved_follow = QPushButton(self.tr("Follow the new account"), self.moved)
        self.moved_follow.setObjectName("followMovedButton")
        self.moved_follow.clicked.connect(self._follow_moved)
        moved_row.addWidget(self.moved_text, 1)
        moved_row.addWidget(self.moved_follow)
        moved_row.addWidget(self.moved_button)
        self.moved.hide()
        layout.addWidget(self.moved)

        self.message = PlainLabel(self)
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel#profileMessage { background: #fdf6e3; color: #3d3846;"
            " border-bottom: 1px solid #e5d9b6; padding: 8px 12px; }"
        )
        self.message.hide()
        layout.addWidget(self.message)

        self.posts = TimelineView(
            town=town, images=images, empty_text=self.tr("No posts to show yet."), parent=self
        )
        self.posts.setAccessibleName(self.tr("Their posts"))
        self.photos = PhotoGrid(self.posts, images, parent=self)  # Pixelfed albums (ui/kinds)
        layout.addWidget(self.photos)
        layout.addWidget(self.posts, 1)
        if images is not None:
            images.image_ready.connect(self._image_ready)

    # ------------------------------------------------------------------ filling in

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.banner and event.type() == QEvent.Type.Resize:
            self._show_banner()
        if watched is self._header and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self._arrange_header()
        return super().eventFilter(watched, event)

    def _arrange_header(self) -> None:
        """Buttons beside the name when everything fits on one line, else below it; the
        counts on one line when they fit, else one under the other."""
        width = self._header.width()
        margins = self._header_row.contentsMargins()
        room = width - margins.left() - margins.right()
        shown = [
            b
            for b in (self.follow_button, self.add_to_list_button, self.edit_button)
            if b.isVisibleTo(self)
        ]
        buttons_width = max((b.sizeHint().width() for b in shown), default=0)
        counts = [self.counts, self.following_button, self.followers_button]
        counts_width = sum(w.sizeHint().width() for w in counts if w.isVisibleTo(self)) + 8
        facts_room = room - AVATAR - 16
        beside = facts_room - (buttons_width + 16 if shown else 0) >= counts_width
        self._set_direction(
            self._header_row,
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom,
        )
        in_a_row = sum(b.sizeHint().width() for b in shown) + 8 * len(shown) <= room
        self._set_direction(
            self._buttons,
            QBoxLayout.Direction.TopToBottom
            if beside or not in_a_row
            else QBoxLayout.Direction.LeftToRight,
        )
        if beside:
            facts_room -= buttons_width + 16 if shown else 0
        self._set_direction(
            self._counts_row,
            QBoxLayout.Direction.LeftToRight
            if counts_width <= facts_room
            else QBoxLayout.Direction.TopToBottom,
        )

    @staticmethod
    def _set_direction(box: QBoxLayout, direction: QBoxLayout.Direction) -> None:
        if box.direction() != direction:
            box.setDirection(direction)

    def set_person(
        self,
        person: RemoteAccount,
        relationship: Relationship | None = None,
        *,
        own: bool = False,
    ) -> None:
        self.person = person
        self.own = own
        name = person.name
        handle = full_handle(person, self.town)
        self.name.set_person(person, self.images)  # sets the accessible name too
        self.handle.setText(handle)
        self.handle.setAccessibleName(self.tr("Address: %1").replace("%1", handle))
        show_kind(self.kind_words, self.photos, person, self.town)
        bio = plain_text(person.note).strip()
        self.bio.setText(bio)
        self.bio.setVisible(bool(bio))
        self.bio.setAccessibleName(bio)
        posts = (
            self.tr("1 post")
            if person.statuses_count == 1
            else self.tr("%1 posts").replace("%1", str(person.statuses_count))
        )
        follows = (
            self.tr("follows 1 person")
            if person.following_count == 1
            else self.tr("follows %1 people").replace("%1", str(person.following_count))
        )
        followers = (
            self.tr("1 follower")
            if person.followers_count == 1
            else self.tr("%1 followers").replace("%1", str(person.followers_count))
        )
        self.counts.setText(posts + " ·")
        self.counts.setAccessibleName(posts)
        self.following_button.setText(follows)
        self.following_button.setAccessibleName(
            fill(
                self.tr("People %1 follows: %2. Press to see them."),
                name,
                str(person.following_count),
            )
        )
        self.followers_button.setText(followers)
        self.followers_button.setAccessibleName(
            fill(
                self.tr("People who follow %1: %2. Press to see them."),
                name,
                str(person.followers_count),
            )
        )
        self.edit_button.setVisible(own)
        self.avatar.setPixmap(initial_avatar(name, AVATAR))
        self._image_ready(person.avatar)
        self.banner_image = None
        self.banner.clear()
        self.banner.hide()
        self._image_ready(person.header)
        if person.moved is not None:
            new = full_handle(person.moved, self.town)
            self.moved_text.setText(
                fill(self.tr("%1 has moved to %2. Their new posts are there."), name, new)
            )
            self.moved_text.setAccessibleName(self.moved_text.text())
            self.set_moved_following(False)
            self.moved_follow.setAccessibleName(fill(self.tr("Follow %1"), new))
            self.moved.show()
        else:
            self.moved.hide()
        self.set_relationship(relationship)

    def set_relationship(self, relationship: Relationship | None) -> None:
        self.relationship = relationship
        self.add_to_list_button.setVisible(
            not self.own and relationship is not None and relationship.following
        )
        if self.person is not None:
            self.add_to_list_button.setAccessibleName(
                fill(self.tr("Add %1 to one of your lists"), self.person.name)
            )
        if self.own or self.person is None:
            self.follow_button.hide()
            return
        self.follow_button.show()
        self.follow_button.setEnabled(True)
        if relationship is None:
            self.follow_button.setText(self.tr("Follow"))
            self.follow_button.setEnabled(False)
            self.follow_button.setAccessibleName(
                self.tr("Follow (available when your town answers)")
            )
            return
        if relationship.following:
            text = self.tr("Following ✓")
            name = self.tr("You follow %1. Press to stop following.")
        elif relationship.requested:
            text = self.tr("Asked to follow")
            name = self.tr("You asked to follow %1. Press to take the request back.")
        else:
            text = self.tr("Follow")
            name = self.tr("Follow %1")
        self.follow_button.setText(text)
        self.follow_button.setAccessibleName(fill(name, self.person.name))

    @property
    def following(self) -> bool:
        r = self.relationship
        return r is not None and (r.following or r.requested)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()

    # ------------------------------------------------------------------ inside

    def _image_ready(self, url: str) -> None:
        if self.person is None or self.images is None or not url:
            return
        if url == self.person.header and has_banner(self.person):
            banner = self.images.image(url, QSize(1500, 500))
            if banner is not None:
                self.banner_image = banner
                self.banner.show()
                self._show_banner()
        if url != self.person.avatar:
            return
        image: QImage | None = self.images.image(url, QSize(AVATAR * 2, AVATAR * 2), avatar=True)
        if image is not None:
            self.avatar.setPixmap(QPixmap(round_avatar(image, AVATAR)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = BANNER if self.height() >= SHORT_WINDOW else BANNER_SHORT
        if self.banner.height() != height:
            self.banner.setFixedHeight(height)

    def _show_banner(self) -> None:
        """The banner picture filling the band's width, its middle part shown."""
        image = self.banner_image
        width = self.banner.width()
        if image is None or image.isNull() or width < 2:
            return
        ratio = self.banner.devicePixelRatioF()
        size = QSize(round(width * ratio), round(self.banner.height() * ratio))
        scaled = image.scaled(
            size,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        x = (scaled.width() - size.width()) // 2
        y = (scaled.height() - size.height()) // 2
        pixmap = QPixmap.fromImage(scaled.copy(x, y, size.width(), size.height()))
        pixmap.setDevicePixelRatio(ratio)
        self.banner.setPixmap(pixmap)

    def _follow_clicked(self) -> None:
        self.follow_requested.emit(not self.following)

    def set_moved_following(self, following: bool) -> None:
        """Whether the account the person moved to is followed now."""
        self.moved_follow.setText(
            self.tr("Following the new account ✓")
            if following
            else self.tr("Follow the new account")
        )
        self.moved_follow.setEnabled(not following)

    def _follow_moved(self) -> None:
        if self.person is not None and self.person.moved is not None:
            moved = self.person.moved
            self.moved_follow.setEnabled(False)
            self.follow_moved.emit(moved.acct or moved.username)

    def _open_moved(self) -> None:
        if self.person is not None and self.person.moved is not None:
            moved = self.person.moved
            self.open_moved.emit(moved.acct or moved.username)


def has_banner(person: RemoteAccount) -> bool:
    """Whether the person chose a banner picture (Mastodon's stand-in is "missing.png")."""
    return bool(person.header) and not person.header.rsplit("/", 1)[-1].startswith("missing.")
