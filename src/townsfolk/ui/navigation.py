"""The list on the left: the places one click away, in big text.

Ctrl+1 … Ctrl+4 reach the first four (the main window adds the shortcuts). The notifications
item shows how many are new. The person's lists follow the places, under a "Lists" heading
(keys ``list:<id>``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from townsfolk.ui.safe_text import plain_tooltip
from townsfolk.ui.style import em, follow_text_size

__all__ = ["PLACES", "NavigationList", "SidePanel"]

#: Keys of the places, in order. The first four have Ctrl+1 … Ctrl+4.
PLACES = ("home", "local", "everywhere", "notifications", "bookmarks", "search")

KeyRole = Qt.ItemDataRole.UserRole + 1
#: Key of the "Lists" heading (not a place: it cannot be chosen).
LISTS_HEADING = "lists-heading"
FONT_FACTOR = 1.15


PAD_X = 14
PAD_Y = 10
SELECTED = QColor("#1a5fb4")


class _PlaceDelegate(QStyledItemDelegate):
    """Big, wrapped text; the chosen place in a blue rounded box."""

    def _text_rect(self, width: int, font: QFont, text: str) -> QRect:
        fm = QFontMetrics(font)
        return fm.boundingRect(
            QRect(0, 0, max(40, width - 2 * PAD_X), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else 240
        font = view.font() if isinstance(view, QListWidget) else QApplication.font()
        rect = self._text_rect(width, font, str(index.data()))
        return QSize(width, rect.height() + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        if index.data(KeyRole) == LISTS_HEADING:
            painter.save()
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -2),
                int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignBottom),
                str(index.data()),
            )
            painter.restore()
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED)
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(QColor("white"))
        else:
            if option.state & QStyle.StateFlag.State_MouseOver:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
                painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QColor("#99c1f1") if selected else SELECTED
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(focus)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8)
            painter.setPen(
                QColor("white") if selected else palette.color(QPalette.ColorRole.WindowText)
            )
        painter.setFont(option.font)
        painter.drawText(
            rect.adjusted(PAD_X - 2, PAD_Y - 1, -PAD_X + 2, -PAD_Y + 1),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter),
            str(index.data()),
        )
        painter.restore()


class NavigationList(QListWidget):
    """One row per place; ``place_chosen`` carries its key."""

    place_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Places"))
        self.setAccessibleDescription(
            self.tr("Choose what to read. Control and a number from 1 to 4 also work.")
        )
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setItemDelegate(_PlaceDelegate(self))
        self.setSpacing(1)
        self._town = ""
        self._unread = 0
        self._items: dict[str, QListWidgetItem] = {}
        for key in PLACES:
            item = QListWidgetItem(self)
            item.setData(KeyRole, key)
            self._items[key] = item
        self._update_texts()
        self._update_font()
        self.currentItemChanged.connect(self._changed)
        self.setCurrentRow(0)

    def _texts(self) -> dict[str, tuple[str, str]]:
        """key -> (text, what it is, for screen readers)."""
        town = self._town or self.tr("your town")
        notifications = self.tr("Notifications")
        if self._unread == 1:
            notifications += "  ·  " + self.tr("1 new")
        elif self._unread > 1:
            notifications += "  ·  " + self.tr("%1 new").replace("%1", str(self._unread))
        return {
            "home": (
                self.tr("People you follow"),
                self.tr("Posts from the people you follow, in every town"),
            ),
            "local": (
                self.tr("Your town (people on %1)").replace("%1", town),
                self.tr("Posts from people who live in %1").replace("%1", town),
            ),
            "everywhere": (
                self.tr("Everywhere"),
                self.tr("Posts from all the towns %1 knows").replace("%1", town),
            ),
            "notifications": (
                notifications,
                self.tr("Who favourited, boosted or answered your posts, and who follows you"),
            ),
            "bookmarks": (self.tr("Saved posts"), self.tr("Posts you saved for later")),
            "search": (self.tr("Search"), self.tr("Find people, hashtags and posts")),
        }

    def _update_texts(self) -> None:
        for key, (text, description) in self._texts().items():
            item = self._items[key]
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setToolTip(plain_tooltip(description))

    def set_lists(self, lists: list[tuple[str, str]]) -> None:
        """Show the person's lists, ``(id, title)`` in order, under a "Lists" heading
        (none: no heading). The chosen place stays chosen when it is still there; nothing is
        emitted."""
        current = self.current_place()
        # a page of its own on top (People to follow) highlights no place: it stays so
        highlighted = bool(self.selectedItems())
        self.blockSignals(True)
        for key in [k for k in self._items if k not in PLACES]:
            item = self._items.pop(key)
            self.takeItem(self.row(item))
        if lists:
            heading = QListWidgetItem(self.tr("Your lists"), self)
            heading.setData(KeyRole, LISTS_HEADING)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            self._items[LISTS_HEADING] = heading
        for list_id, title in lists:
            item = QListWidgetItem(title, self)
            key = "list:" + list_id
            item.setData(KeyRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            description = self.tr("Posts from the people in your list “%1”").replace("%1", title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setToolTip(plain_tooltip(description))
            self._items[key] = item
        # The chosen list may be gone (deleted, or another account): the window shows
        # "People you follow" itself; nothing is emitted here.
        self.setCurrentItem(self._items.get(current or "home", self._items["home"]))
        if not highlighted:
            self.clearSelection()
        self.blockSignals(False)

    def list_keys(self) -> list[str]:
        return [k for k in self._items if k.startswith("list:")]

    def has(self, key: str) -> bool:
        return key in self._items

    def _update_font(self) -> None:
        follow_text_size(self, FONT_FACTOR)

    # ------------------------------------------------------------------ API

    def set_town(self, domain: str) -> None:
        self._town = domain
        self._update_texts()

    def set_unread(self, count: int) -> None:
        self._unread = max(0, count)
        self._update_texts()

    def text_of(self, key: str) -> str:
        return self._items[key].text()

    def current_place(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(KeyRole))

    def select(self, key: str) -> None:
        """Mark ``key`` as the current place (emits ``place_chosen`` when it changes)."""
        self.setCurrentItem(self._items[key])

    def select_quietly(self, key: str | None) -> None:
        """Mark the place without emitting (e.g. a detail page opened from it)."""
        self.blockSignals(True)
        if key is None:
            self.clearSelection()
        else:
            self.setCurrentItem(self._items[key])
        self.blockSignals(False)

    def _changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.place_chosen.emit(str(current.data(KeyRole)))

    def mouseReleaseEvent(self, event) -> None:
        # Clicking the place already chosen brings its page back (e.g. from a profile).
        item = self.itemAt(event.position().toPoint())
        was = self.currentItem()
        super().mouseReleaseEvent(event)
        if item is not None and item is was:
            self.place_chosen.emit(str(item.data(KeyRole)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # wrapped texts need their new heights

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.doItemsLayout()  # larger text: taller rows


class SidePanel(QFrame):
    """The column on the left (account menu, "Write a post", the places). Its width grows
    with the text size, so larger text never squeezes the places (issue 11: the sidebar
    shrank), and stays a part of the window so the posts keep most of it."""

    MIN_EM = 16
    MAX_EM = 22
    #: At most this share of the window, however large the text.
    MAX_SHARE = 0.4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watched: QWidget | None = None
        self._update_width()

    def _update_width(self, window_width: int | None = None) -> None:
        size = em(self)
        window = self.window()
        if window_width is None:
            window_width = window.width() if window is not self else 25_000
        cap = int(window_width * self.MAX_SHARE)
        # Never narrower than its own buttons need ("Write a post" was cut off on an 800×600
        # screen at 200 %: tests/ui/test_text_size_200.py).
        layout = self.layout()
        need = layout.minimumSize().width() if layout is not None else 0
        self.setMinimumWidth(max(200, need, min(self.MIN_EM * size, cap)))
        self.setMaximumWidth(max(self.minimumWidth(), min(self.MAX_EM * size, cap)))

    def fit_to(self, window_width: int) -> None:
        """The widths for a window that is being made ``window_width`` wide (before its
        resize event arrives)."""
        self._update_width(window_width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_width()
        elif event.type() == QEvent.Type.ParentChange:
            self._watch_window()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._watch_window()
        self._update_width()

    def _watch_window(self) -> None:
        window = self.window()
        if window is not self._watched and window is not self:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._update_width()
        return False
