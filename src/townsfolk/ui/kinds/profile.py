"""Profiles of other kinds of accounts: what kind it is under the address ("a photographer's
album on Pixelfed"), and a Pixelfed profile's photos as a grid above the posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Status
from townsfolk.ui.kinds import open_kind_window
from townsfolk.ui.kinds.panels import KindWindow
from townsfolk.ui.kinds.registry import REGISTRY, KindRegistry
from townsfolk.ui.safe_text import PlainLabel

if TYPE_CHECKING:
    from townsfolk.ui.timeline import ImageStore, TimelineView

__all__ = ["PhotoGrid", "show_kind"]

CELL = QSize(150, 150)
MAX_PHOTOS = 60
PostRole = Qt.ItemDataRole.UserRole + 7


class PhotoGrid(QListWidget):
    """The photos of the posts shown in ``posts`` (a profile's timeline), as a grid; shown
    only for Pixelfed accounts. Enter or a click opens the photo set as a gallery."""

    def __init__(
        self,
        posts: TimelineView,
        images: ImageStore | None,
        *,
        registry: KindRegistry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoGrid")
        self.setAccessibleName(self.tr("Photos"))
        # list mode laid out left to right: pictures only, no empty line of text under them
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setIconSize(CELL)
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setMaximumHeight(2 * (CELL.height() + 8) + 8)
        self.posts = posts
        self.images = images
        self.registry = registry or REGISTRY
        self.person: RemoteAccount | None = None
        self.kind_label: PlainLabel | None = None
        self.gallery_window: KindWindow | None = None
        self._statuses: dict[str, Status] = {}
        self.hide()
        model = posts.model
        model.rowsInserted.connect(self.refill)
        model.modelReset.connect(self.refill)
        self.registry.changed.connect(self.refill)
        if images is not None:
            images.image_ready.connect(self._image_ready)
        self.itemActivated.connect(self._open)
        self.itemClicked.connect(self._open)

    def set_person(self, person: RemoteAccount) -> None:
        self.person = person
        self.refill()

    def is_album(self) -> bool:
        if self.person is None:
            return False
        host = KindRegistry.host_of_account(self.person, self.posts.model.town)
        return self.registry.software_known(host) == "pixelfed"

    def refill(self, *args: object) -> None:
        if self.kind_label is not None and self.person is not None:
            words = self.registry.describe(self.person, self.posts.model.town)
            self.kind_label.setText(words)
            self.kind_label.setAccessibleName(words)
            self.kind_label.setVisible(bool(words))
        if not self.is_album():
            self.hide()
            return
        self.clear()
        self._statuses.clear()
        for row in self.posts.model.rows:
            post = row.item.status.reblog or row.item.status
            if row.kind != "post" or post.account.id != (self.person.id if self.person else ""):
                continue
            kind = self.registry.kind_of(post)
            if kind.kind != "gallery" or not kind.photos:
                continue
            self._statuses[post.id] = post
            photo = kind.photos[0]
            words = photo.description or self.tr("A photo without a description")
            if len(kind.photos) > 1:
                words = (
                    self.tr("%1 (photo set: %2 photos)")
                    .replace("%1", words)
                    .replace("%2", str(len(kind.photos)))
                )
            item = QListWidgetItem(self._icon(photo.preview), "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
            item.setData(Qt.ItemDataRole.UserRole, photo.preview)
            item.setData(PostRole, post.id)
            item.setSizeHint(CELL + QSize(8, 8))
            self.addItem(item)
            if self.count() >= MAX_PHOTOS:
                break
        self.setVisible(self.count() > 0)

    def _icon(self, url: str) -> QIcon:
        image = self.images.image(url, CELL) if self.images is not None and url else None
        if image is None:
            blank = QPixmap(CELL)
            blank.fill(self.palette().color(self.palette().ColorRole.AlternateBase))
            return QIcon(blank)
        return QIcon(QPixmap.fromImage(image))

    def _image_ready(self, url: str) -> None:
        for n in range(self.count()):
            item = self.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == url:
                item.setIcon(self._icon(url))

    def _open(self, item: QListWidgetItem) -> None:
        post = self._statuses.get(str(item.data(PostRole)))
        if post is not None:
            self.gallery_window = open_kind_window(
                post, self.images, parent=self, registry=self.registry
            )


def show_kind(label: PlainLabel, grid: PhotoGrid | None, person: RemoteAccount, town: str) -> None:
    """Fill a profile's "what kind of account" line (and its photo grid) for ``person``."""
    words = REGISTRY.describe(person, town)
    label.setText(words)
    label.setAccessibleName(words)
    label.setVisible(bool(words))
    if grid is not None:
        grid.kind_label = label
        grid.set_person(person)
