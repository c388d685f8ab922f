"""The emoji picker of the compose window: common emoji and the town's own, in one grid.

Type to find ("cat", "heart", a town emoji's name); choose a group; arrows move in the
grid, Enter (or a click) puts the emoji in the post. A town's emoji goes in as
``:shortcode:`` (the town shows its picture); its picture here comes through the
`ImageStore` (the media loader's address checks, size limits and decoding in a worker), so
a hostile town's emoji is as safe here as in a post.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import CustomEmoji
from townsfolk.services.custom_emoji import EmojiCatalog
from townsfolk.services.session import Session
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.safe_text import PlainLabel, fill, plain_tooltip
from townsfolk.ui.style import em

__all__ = ["CATALOG", "COMMON", "EmojiChoice", "EmojiPicker", "emoji_name", "town_emoji_source"]

#: The common emoji, by group (the group names are translated in the picker).
COMMON: tuple[tuple[str, str], ...] = (
    ("smileys", "😀😃😄😁😆😅😂🙂😉😊😇🥰😍😘😋😛🤔🤗🤩😎🥳😌😴😢😭😮😱😡🙄😬🤒"),
    ("people", "👍👎👏🙌👋🙏💪🤝👌🤞🫶"),
    ("hearts", "🧡💛💚💙💜🖤🤍💔✨🔥🎉"),
    ("nature", "🐶🐱🐭🐰🦊🐻🐼🐨🐸🐝🦋🐢🐟🐦🌸🌻🌳🍁🌈🌊⭐🌙"),
    ("food", "🍎🍓🍋🍞🧀🍕🍰☕🍵🍷🥗🍪"),
    ("activities", "⚽🎨🎵🎮📚🧶🎣🚲🏃⛵"),
    ("places", "🏠🚗🚌🚂⛺"),
    ("objects", "📷💡📱💻📅🔑🎁🌱🧺"),
    ("symbols", "✅❌❓❗➕💬🔁⭕"),
)
#: A few that need the emoji form selector (U+FE0F) to show in colour.
WITH_SELECTOR = {
    "people": ("✌️",),
    "hearts": ("❤️",),
    "nature": ("☀️", "❄️"),
    "places": ("✈️", "🗺️", "⛰️", "🏖️", "🏙️"),
    "objects": ("✉️",),
    "symbols": ("⚠️",),
}

ChoiceRole = Qt.ItemDataRole.UserRole + 1
CELL_EM = 2.6
#: At most this many town emoji pictures are asked for at once (type to find the others).
MAX_PICTURES = 200


def emoji_name(text: str) -> str:
    """ "grinning face" for 😀 (Unicode's name, in small letters)."""
    try:
        return unicodedata.name(text[0]).lower()
    except (ValueError, IndexError):
        return text


@dataclass(frozen=True, slots=True)
class EmojiChoice:
    """One cell of the grid. ``text`` goes into the post; ``url`` for a town's emoji."""

    text: str
    name: str
    group: str
    url: str = ""

    @property
    def custom(self) -> bool:
        return bool(self.url)


def common_choices() -> list[EmojiChoice]:
    out: list[EmojiChoice] = []
    for group, chars in COMMON:
        for char in [*chars, *WITH_SELECTOR.get(group, ())]:
            out.append(EmojiChoice(char, emoji_name(char), group))
    return out


#: The towns' emoji, kept for an hour (one catalogue for the whole app).
CATALOG = EmojiCatalog()


def town_emoji_source(
    session: Session, account_id: int
) -> Callable[[], Awaitable[list[CustomEmoji]]]:
    """What the picker calls for the emoji of this account's town."""

    async def load() -> list[CustomEmoji]:
        prepared = session.get(account_id)
        return [] if prepared is None else await CATALOG.for_town(prepared.client)

    return load


class _SearchKeys(QObject):
    """Down (or Enter) in the search box goes to the grid."""

    def __init__(self, picker: EmojiPicker) -> None:
        super().__init__(picker)
        self.picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Down:
                self.picker.grid.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.picker.choose_current()
                return True
        return False


class EmojiPicker(QDialog):
    """``chosen(text)``: the text to put in the post (an emoji, or ``:shortcode:``)."""

    chosen = Signal(str)

    def __init__(
        self,
        images: object | None = None,
        town_emoji: Callable[[], Awaitable[list[CustomEmoji]]] | None = None,
        town_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emojiPicker")
        self.setWindowTitle(self.tr("Emoji"))
        self.images = images  # an ImageStore (duck-typed: emoji(url), emoji_ready)
        self.town_name = town_name
        self.choices: list[EmojiChoice] = common_choices()
        self._task: asyncio.Task[None] | None = None
        self._icons: dict[str, QIcon] = {}

        layout = QVBoxLayout(self)
        top = QGridLayout()  # one row each: side by side, the search box was a few letters wide
        self.search = QLineEdit(self)
        self.search.setObjectName("emojiSearch")
        self.search.setPlaceholderText(self.tr("Find an emoji, for example: heart"))
        self.search.setAccessibleName(self.tr("Find an emoji"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(_SearchKeys(self))
        search_label = PlainLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search)
        self.group = QComboBox(self)
        self.group.setObjectName("emojiGroup")
        self.group.setAccessibleName(self.tr("Group of emoji"))
        group_label = PlainLabel(self.tr("&Group:"), self)
        group_label.setBuddy(self.group)
        top.addWidget(search_label, 0, 0)
        top.addWidget(self.search, 0, 1)
        top.addWidget(group_label, 1, 0)
        top.addWidget(self.group, 1, 1)
        top.setColumnStretch(1, 1)
        layout.addLayout(top)

        self.grid = QListWidget(self)
        self.grid.setObjectName("emojiGrid")
        self.grid.setAccessibleName(self.tr("Emoji"))
        add_focus_ring(self.grid)
        self.grid.setAccessibleDescription(
            self.tr("Arrow keys move between the emoji; Enter puts the chosen one in your post.")
        )
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWrapping(True)
        self.grid.setUniformItemSizes(True)
        size = int(CELL_EM * em(self))
        self.grid.setGridSize(QSize(size, size))
        self.grid.setIconSize(QSize(int(size * 0.7), int(size * 0.7)))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.grid.setFont(font)
        self.grid.itemActivated.connect(self._activated)
        self.grid.itemClicked.connect(self._activated)
        self.grid.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.grid, 1)

        self.name_label = PlainLabel(self)
        self.name_label.setObjectName("emojiName")
        self.name_label.setAccessibleName(self.tr("Emoji chosen now"))
        layout.addWidget(self.name_label)
        self.resize(26 * em(self), 20 * em(self))  # the search box shows its example

        self._groups()
        self.group.currentIndexChanged.connect(lambda _n: self._fill())
        self._fill()
        if images is not None:
            images.emoji_ready.connect(self._emoji_ready)  # type: ignore[attr-defined]
        if town_emoji is not None:
            self._task = asyncio.ensure_future(self._load_town(town_emoji))

    # ------------------------------------------------------------------ groups and names

    def group_words(self) -> dict[str, str]:
        return {
            "": self.tr("All"),
            "smileys": self.tr("Faces"),
            "people": self.tr("Hands"),
            "hearts": self.tr("Hearts and sparkles"),
            "nature": self.tr("Animals and nature"),
            "food": self.tr("Food and drink"),
            "activities": self.tr("Things to do"),
            "places": self.tr("Travel and places"),
            "objects": self.tr("Objects"),
            "symbols": self.tr("Symbols"),
        }

    def _group_text(self, group: str) -> str:
        if group.startswith("town:"):
            category = group.removeprefix("town:")
            town = self.town_name or self.tr("your town")
            if category:
                return fill(self.tr("%1: %2"), town, category)
            return fill(self.tr("From %1"), town)
        return self.group_words().get(group, group)

    def _groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        keys = [""]
        for choice in self.choices:
            if choice.group not in keys:
                keys.append(choice.group)
        for key in keys:
            self.group.addItem(self._group_text(key), key)
        found = self.group.findData(current)
        self.group.setCurrentIndex(max(0, found))
        self.group.blockSignals(False)

    def accessible_name(self, choice: EmojiChoice) -> str:
        if choice.custom:
            return fill(self.tr("%1 (a picture from your town)"), choice.name)
        return choice.name

    # ------------------------------------------------------------------ the grid

    def visible_choices(self) -> list[EmojiChoice]:
        return [
            self.grid.item(n).data(ChoiceRole)
            for n in range(self.grid.count())
            if not self.grid.item(n).isHidden()
        ]

    def _fill(self) -> None:
        needle = self.search.text().strip().casefold().strip(":")
        group = self.group.currentData() or ""
        self.grid.clear()
        pictures = 0
        for choice in self.choices:
            if group and choice.group != group:
                continue
            if needle and needle not in choice.name.casefold():
                continue
            item = QListWidgetItem(self.grid)
            item.setData(ChoiceRole, choice)
            name = self.accessible_name(choice)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setToolTip(plain_tooltip(f":{choice.name}:" if choice.custom else choice.name))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if choice.custom and pictures < MAX_PICTURES:
                pictures += 1
                item.setIcon(self._icon(choice.url))
                item.setSizeHint(self.grid.gridSize())
            elif choice.custom:  # (a town with thousands: found by name, shown by name)
                item.setText(choice.name)
            else:
                item.setText(choice.text)
        if self.grid.count():
            self.grid.setCurrentRow(0)
        else:
            self.name_label.setText(self.tr("No emoji has that name."))

    def _icon(self, url: str) -> QIcon:
        found = self._icons.get(url)
        if found is not None:
            return found
        uri = self.images.emoji(url) if self.images is not None else None  # type: ignore[attr-defined]
        if not uri:
            return QIcon()
        pixmap = QPixmap()
        with contextlib.suppress(ValueError, IndexError):
            pixmap.loadFromData(base64.b64decode(str(uri).split(",", 1)[1]))
        icon = QIcon(pixmap)
        if not pixmap.isNull():
            self._icons[url] = icon
        return icon

    def _emoji_ready(self, url: str) -> None:
        for n in range(self.grid.count()):
            item = self.grid.item(n)
            choice: EmojiChoice = item.data(ChoiceRole)
            if choice.url == url:
                item.setIcon(self._icon(url))

    async def _load_town(self, source: Callable[[], Awaitable[list[CustomEmoji]]]) -> None:
        emoji = await source()
        if not emoji:
            return
        town = [
            EmojiChoice(
                f":{e.shortcode}:",
                e.shortcode,
                "town:" + (e.category or ""),
                e.static_url or e.url,
            )
            for e in emoji
        ]
        with contextlib.suppress(RuntimeError):
            self.choices = town + [c for c in self.choices if not c.custom]
            self._groups()
            self._fill()

    async def wait_loaded(self) -> None:
        """Until the town's emoji are in (for tests)."""
        if self._task is not None:
            await asyncio.wait({self._task})

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        choice: EmojiChoice = item.data(ChoiceRole)
        self.name_label.setText(
            f":{choice.name}:" if choice.custom else f"{choice.text}  {choice.name}"
        )

    def choose_current(self) -> None:
        item = self.grid.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        choice: EmojiChoice = item.data(ChoiceRole)
        self.chosen.emit(choice.text)
        self.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.search.setFocus()

    def closeEvent(self, event) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().closeEvent(event)
