"""One list of people, used for search results, followers, following and people to follow.

Each row shows the person's picture, name (plain text: a town's name is never read as
markup), full address and a Follow / Following ✓ / Requested button. Pressing the row opens
the person's profile (``open_profile(acct)``); pressing the button asks
``follow_requested(person_id, follow)``, and the owner answers with :meth:`set_relationship`.
A "Show more people" button at the end asks ``more_requested`` when there are more pages.

By keyboard (issue 11): Tab into the list, the arrows move between people, Enter opens the
person's profile, and Space or F presses the row's Follow button (its accessible name says
what it does: "Follow Ann Archer"; the row reads it too).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Relationship
from townsfolk.services.addresses import display_handle
from townsfolk.ui.account_switcher import initial_avatar, round_avatar
from townsfolk.ui.emoji_name import EmojiNameLabel
from townsfolk.ui.kinds.registry import REGISTRY as KINDS
from townsfolk.ui.safe_text import PlainLabel, fill, plain_tooltip
from townsfolk.ui.style import SteadyButton
from townsfolk.ui.timeline import ImageStore

__all__ = ["AVATAR", "PeopleList", "PersonRowWidget"]

AVATAR = 44
ValueRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


def _breakable(handle: str) -> str:
    """The address with a place to wrap before its town (a zero-width space before the
    second "@"): a long address goes on two lines instead of being cut."""
    user, at, town = handle.rpartition("@")
    return f"{user}\u200b@{town}" if user and at else handle


class PersonRowWidget(QWidget):
    """One person: picture, name, address, follow button."""

    pressed = Signal()

    def __init__(self, person: RemoteAccount, town: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personRow")
        self.setAutoFillBackground(True)  # covers the item's own text (kept for screen readers)
        self.person = person
        self.relationship: Relationship | None = None
        #: The list's current row (moved with the arrows): outlined, so it can be seen.
        self.current = False
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(10)
        self.avatar = PlainLabel(self)
        self.avatar.setObjectName("personAvatar")
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setPixmap(initial_avatar(person.name, AVATAR))
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(0)
        # custom emoji in the name as pictures (ui/emoji_name.py; set_person gives the store)
        self.name = EmojiNameLabel(person.name, 1.0, self, bold=True)
        self.name.setObjectName("personName")
        self.name.setWordWrap(True)
        self.handle_text = display_handle(person.acct or person.username, town)
        # may break before the town's part: "@quiet_workshop" / "@tube.practice"
        self.handle = PlainLabel(_breakable(self.handle_text), self)
        self.handle.setObjectName("personHandle")
        self.handle.setWordWrap(True)
        # what kind of account it is, from its town's software (issue 15, ui/kinds)
        self.kind = PlainLabel("", self)
        self.kind.setObjectName("personKind")
        self.kind.setWordWrap(True)
        self.kind.hide()
        for label in (self.name, self.handle, self.kind):
            # a long address (no spaces to wrap at) is cut, never the Follow button
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(40)
            words.addWidget(label)
        self.handle.setToolTip(plain_tooltip(self.handle_text))
        self.handle.setAccessibleName(self.handle_text)
        row.addLayout(words, 1)
        self.follow = SteadyButton(
            (self.tr("Follow"), self.tr("Following ✓"), self.tr("Requested")), self
        )
        self.follow.setObjectName("followButton")
        self.follow.setMinimumHeight(34)
        row.addWidget(self.follow, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_relationship(None)

    def set_relationship(self, relationship: Relationship | None, *, own: bool = False) -> None:
        self.relationship = relationship
        if own:
            self.follow.hide()
            return
        self.follow.setEnabled(relationship is not None)
        if relationship is None:
            text, name = self.tr("Follow"), self.tr("Follow %1 (available when your town answers)")
        elif relationship.following:
            text, name = self.tr("Following ✓"), self.tr("You follow %1. Press to stop following.")
        elif relationship.requested:
            text = self.tr("Requested")
            name = self.tr("You asked to follow %1. Press to take the request back.")
        else:
            text, name = self.tr("Follow"), self.tr("Follow %1")
        self.follow.setText(text)
        self.follow.setAccessibleName(fill(name, self.person.name))

    @property
    def following(self) -> bool:
        r = self.relationship
        return r is not None and (r.following or r.requested)

    def set_kind(self, words: str) -> None:
        """ "a video channel on PeerTube" under the address ("" hides it)."""
        self.kind.setText(words)
        self.kind.setAccessibleName(words)
        self.kind.setVisible(bool(words))

    def set_avatar(self, pixmap: QPixmap) -> None:
        self.avatar.setPixmap(pixmap)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.pressed.emit()
        super().mouseReleaseEvent(event)

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.current:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(self.palette().ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 6, 6)


class PeopleList(QListWidget):
    """See the module docstring. Items keep "name\\naddress" as their text (read aloud and
    searchable); the row widget paints over it."""

    open_profile = Signal(str)  # acct
    follow_requested = Signal(str, bool)  # person id, follow?
    more_requested = Signal()

    def __init__(
        self,
        *,
        town: str,
        images: ImageStore | None = None,
        own_id: str = "",
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peopleList")
        self.town = town
        self.images = images
        self.own_id = own_id
        self.empty_text = empty_text or self.tr("No one here yet.")
        self.rows: dict[str, PersonRowWidget] = {}
        KINDS.changed.connect(self._kinds_known)  # bound method: dropped with the list
        self.setAccessibleName(self.tr("People"))
        self.setAccessibleDescription(
            self.tr("Arrows move between people. Enter opens a profile, Space or F follows.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.more_button: QPushButton | None = None
        self._more_item: QListWidgetItem | None = None
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.currentItemChanged.connect(self._current_changed)
        if images is not None:
            images.image_ready.connect(self._image_ready)

    # ------------------------------------------------------------------ filling in

    def clear_people(self) -> None:
        self._drop_more()
        self.clear()
        self.rows.clear()

    def set_people(
        self,
        people: list[tuple[RemoteAccount, Relationship | None]],
        *,
        more: bool = False,
    ) -> None:
        self.clear_people()
        self.add_people(people, more=more)

    def add_people(
        self,
        people: list[tuple[RemoteAccount, Relationship | None]],
        *,
        more: bool = False,
    ) -> None:
        self._drop_more()
        if self.count() == 1 and self.item(0).data(ValueRole) is None:
            self.clear()  # the "no one" line
        for person, relationship in people:
            if person.id in self.rows:
                continue
            handle = display_handle(person.acct or person.username, self.town)
            item = QListWidgetItem(f"{person.name}\n{handle}")
            item.setData(ValueRole, person.acct or person.username)
            item.setData(IdRole, person.id)
            row = PersonRowWidget(person, self.town)
            row.name.set_person(person, self.images)
            row.set_relationship(relationship, own=person.id == self.own_id)
            row.set_kind(KINDS.describe(person, self.town))
            if row.kind.text():
                self._fit(item, row)
            row.follow.clicked.connect(lambda _=False, r=row: self._follow(r))
            # Tab stays on the list (the arrows move between rows; Space or F follows).
            row.follow.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            row.pressed.connect(lambda i=item: self._activated(i))
            item.setSizeHint(QSize(0, max(row.sizeHint().height(), AVATAR + 12)))
            self.addItem(item)
            self.setItemWidget(item, row)
            self.rows[person.id] = row
            self._describe(person.id)
            self._load_avatar(row)
        if not self.rows:
            self.show_empty(self.empty_text)
        if more:
            button = QPushButton(self.tr("Show more people"))
            button.setObjectName("peopleMore")
            button.setAccessibleName(self.tr("Show more people"))
            button.clicked.connect(self._more)
            self._more_item = QListWidgetItem()
            self._more_item.setFlags(Qt.ItemFlag.NoItemFlags)
            self._more_item.setSizeHint(QSize(0, button.sizeHint().height() + 12))
            self.addItem(self._more_item)
            self.setItemWidget(self._more_item, button)
            self.more_button = button

    def show_empty(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def set_relationship(self, person_id: str, relationship: Relationship | None) -> None:
        row = self.rows.get(person_id)
        if row is not None:
            row.set_relationship(relationship, own=person_id == self.own_id)
            self._describe(person_id)

    def _describe(self, person_id: str) -> None:
        """The row reads what its button does ("Follow Ann Archer"), for screen readers."""
        row = self.rows.get(person_id)
        item = self._item_of(person_id)
        if row is None or item is None:
            return
        words = row.follow.accessibleName() if not row.follow.isHidden() else ""
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words)

    def _item_of(self, person_id: str) -> QListWidgetItem | None:
        for n in range(self.count()):
            item = self.item(n)
            if item.data(IdRole) == person_id:
                return item
        return None

    def _current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        for item, on in ((previous, False), (current, True)):
            row = self.itemWidget(item) if item is not None else None
            if isinstance(row, PersonRowWidget):
                row.set_current(on)

    def current_row_widget(self) -> PersonRowWidget | None:
        item = self.currentItem()
        row = self.itemWidget(item) if item is not None else None
        return row if isinstance(row, PersonRowWidget) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in (Qt.Key.Key_Space, Qt.Key.Key_F):
            row = self.current_row_widget()
            if row is not None and not row.follow.isHidden() and row.follow.isEnabled():
                row.follow.click()  # the same as a click: "Stop following?" asks first
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentItem() is None and self.rows:
            self.setCurrentRow(0)  # Tab into the list: the first person is the current one

    def set_relationships(self, relationships: dict[str, Relationship]) -> None:
        for person_id, relationship in relationships.items():
            self.set_relationship(person_id, relationship)

    def _kinds_known(self) -> None:
        """Towns' software became known: say what kind of account each person is."""
        for n in range(self.count()):
            item = self.item(n)
            row = self.itemWidget(item)
            if isinstance(row, PersonRowWidget):
                before = row.kind.text()
                row.set_kind(KINDS.describe(row.person, self.town))
                if row.kind.text() != before:
                    self._fit(item, row)

    @staticmethod
    def _fit(item: QListWidgetItem, row: PersonRowWidget) -> None:
        """The item's text (read aloud) and height follow the row's words."""
        words = (row.person.name, row.handle_text, row.kind.text())
        item.setText("\n".join(w for w in words if w))
        item.setSizeHint(QSize(0, max(row.sizeHint().height(), AVATAR + 12)))

    def people(self) -> list[RemoteAccount]:
        return [row.person for row in self.rows.values()]

    # ------------------------------------------------------------------ inside

    def _drop_more(self) -> None:
        if self._more_item is not None:
            self.takeItem(self.row(self._more_item))  # Qt deletes the button with it
            self._more_item = None
            self.more_button = None

    def _more(self) -> None:
        if self.more_button is not None:
            self.more_button.setEnabled(False)
        self.more_requested.emit()

    def more_failed(self) -> None:
        """The next page could not be read: the button can be pressed again."""
        if self.more_button is not None:
            self.more_button.setEnabled(True)

    def _activated(self, item: QListWidgetItem) -> None:
        value = item.data(ValueRole)
        if value is not None:
            self.open_profile.emit(str(value))

    def _follow(self, row: PersonRowWidget) -> None:
        self.follow_requested.emit(row.person.id, not row.following)

    def _load_avatar(self, row: PersonRowWidget) -> None:
        if self.images is None or not row.person.avatar:
            return
        image = self.images.image(row.person.avatar, QSize(AVATAR * 2, AVATAR * 2), avatar=True)
        if image is not None:
            row.set_avatar(QPixmap(round_avatar(image, AVATAR)))

    def _image_ready(self, url: str) -> None:
        for row in self.rows.values():
            if row.person.avatar == url:
                self._load_avatar(row)
