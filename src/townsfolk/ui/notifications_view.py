"""Notifications: who did what, in plain words ("Ann favourited your post"), with the post.

A list model of :class:`~townsfolk.services.notifications.NotificationItem` and a delegate
that paints each row: a dot when it is new, the sentence in bold, when, and the post's text
in a softer colour. Enter or a click opens the post (or the person, for a follow).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Notification, parse_datetime
from townsfolk.services.notifications import NotificationItem
from townsfolk.services.richtext import plain_text
from townsfolk.ui.timeline.model import relative_time

__all__ = ["NotificationsModel", "NotificationsView", "describe_notification"]

ItemRole = Qt.ItemDataRole.UserRole + 1
_CTX = "Notifications"
PADDING = 12
MAX_POST_CHARS = 280


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def describe_notification(n: Notification) -> str:
    """The sentence for a notification, in plain words."""
    who = n.account.name if n.account is not None else _tr("Someone")
    sentences = {
        "favourite": _tr("%1 favourited your post"),
        "reblog": _tr("%1 boosted your post"),
        "follow": _tr("%1 started following you"),
        "follow_request": _tr("%1 asked to follow you"),
        "poll": _tr("A poll you voted in has ended"),
        "update": _tr("%1 edited a post you boosted"),
        "mention": _tr("%1 mentioned you"),
        "status": _tr("%1 wrote a new post"),
    }
    return sentences.get(n.type, _tr("Something new from %1")).replace("%1", who)


def post_text(n: Notification) -> str:
    """The post's text in one paragraph (shortened), or "" when there is no post."""
    status = n.status
    if status is None:
        return ""
    if status.spoiler_text:
        return _tr("Content warning: %1").replace("%1", status.spoiler_text)
    text = " ".join(plain_text(status.content).split())
    if not text and status.media_attachments:
        text = _tr("(pictures)")
    if len(text) > MAX_POST_CHARS:
        text = text[: MAX_POST_CHARS - 1] + "…"
    return text


class NotificationsModel(QAbstractListModel):
    """Notifications, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[NotificationItem] = []

    def rowCount(self, parent=None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [describe_notification(item.notification)]
            if not item.read:
                parts.insert(0, _tr("New:"))
            text = post_text(item.notification)
            if text:
                parts.append(text)
            when = relative_time(_created(item.notification))
            if when:
                parts.append(when)
            return " ".join(parts)
        return None

    @property
    def items(self) -> list[NotificationItem]:
        return list(self._items)

    def set_items(self, items: Sequence[NotificationItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def prepend(self, items: Sequence[NotificationItem]) -> None:
        known = {i.id for i in self._items}
        fresh = [i for i in items if i.id not in known]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._items[0:0] = fresh
        self.endInsertRows()

    def append(self, items: Sequence[NotificationItem]) -> None:
        known = {i.id for i in self._items}
        fresh = [i for i in items if i.id not in known]
        if not fresh:
            return
        start = len(self._items)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._items.extend(fresh)
        self.endInsertRows()

    def mark_all_read(self) -> None:
        if not any(not i.read for i in self._items):
            return
        self._items = [NotificationItem(i.notification, True) for i in self._items]
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))


def _created(n: Notification) -> datetime | None:
    return parse_datetime(n.created_at)


class NotificationDelegate(QStyledItemDelegate):
    """Paints a notification: dot for new, the sentence in bold, the time, the post."""

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(QApplication.font())
        bold = QFont(base)
        bold.setBold(True)
        return bold, base

    def _text_rects(self, width: int, item: NotificationItem) -> tuple[QRect, QRect, int]:
        bold, base = self._fonts()
        fm_bold, fm = QFontMetrics(bold), QFontMetrics(base)
        x = PADDING * 2 + 10
        inner = max(100, width - x - PADDING)
        sentence = describe_notification(item.notification)
        head = fm_bold.boundingRect(
            QRect(0, 0, inner, 10_000), int(Qt.TextFlag.TextWordWrap), sentence
        )
        head_rect = QRect(x, PADDING, inner, head.height())
        text = post_text(item.notification)
        body_h = 0
        if text:
            body_h = fm.boundingRect(
                QRect(0, 0, inner, 10_000), int(Qt.TextFlag.TextWordWrap), text
            ).height()
        body_rect = QRect(x, head_rect.bottom() + 6, inner, body_h)
        when_h = fm.height()
        height = body_rect.bottom() + (8 if body_h else 0) + when_h + PADDING
        return head_rect, body_rect, height

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        item: NotificationItem | None = index.data(ItemRole)
        if item is None:
            return QSize(0, 0)
        width = option.rect.width() or 480
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width()
        return QSize(width, self._text_rects(width, item)[2])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        item: NotificationItem | None = index.data(ItemRole)
        if item is None:
            return
        painter.save()
        palette: QPalette = option.palette
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.fillRect(
                QRect(rect.left(), rect.top(), 4, rect.height()),
                palette.color(QPalette.ColorRole.Highlight),
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        head, body, _ = self._text_rects(rect.width(), item)
        head.translate(rect.topLeft())
        body.translate(rect.topLeft())
        if not item.read:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1a5fb4"))
            painter.drawEllipse(rect.left() + PADDING, head.top() + 6, 10, 10)
        bold, base = self._fonts()
        text_colour = palette.color(QPalette.ColorRole.Text)
        soft = QColor(text_colour)
        soft.setAlphaF(0.72)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            head, int(Qt.TextFlag.TextWordWrap), describe_notification(item.notification)
        )
        painter.setFont(base)
        text = post_text(item.notification)
        if text:
            painter.setPen(soft)
            painter.drawText(body, int(Qt.TextFlag.TextWordWrap), text)
        when = relative_time(_created(item.notification))
        painter.setPen(soft)
        fm = QFontMetrics(base)
        top = body.bottom() + 8 if text else head.bottom() + 6
        painter.drawText(QRect(head.left(), top, head.width(), fm.height()), 0, when)
        painter.restore()


class _List(QListView):
    activated_item = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.activated_item.emit(index.data(ItemRole))
                return
        super().keyPressEvent(event)


class NotificationsView(QWidget):
    """The list, an empty text, and a calm message line."""

    open_thread = Signal(str)
    open_profile = Signal(str)  # acct
    load_older_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsView")
        self.model = NotificationsModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.message = QLabel(self)
        self.message.setObjectName("notificationsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel#notificationsMessage { background: #fdf6e3; color: #3d3846;"
            " border-bottom: 1px solid #e5d9b6; padding: 8px 12px; }"
        )
        self.message.hide()
        layout.addWidget(self.message)
        self.list = _List(self)
        self.list.setObjectName("notificationsList")
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(NotificationDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.clicked.connect(lambda index: self._open(index.data(ItemRole)))
        self.list.activated_item.connect(self._open)
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(
            self.tr(
                "No notifications yet. When someone follows you, answers you, or "
                "favourites or boosts your posts, it will show here."
            ),
            self,
        )
        self.empty.setObjectName("notificationsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.empty, 1)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self._update_empty()

    def set_items(self, items: Sequence[NotificationItem]) -> None:
        self.model.set_items(items)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()

    def _update_empty(self, *args: object) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.list.setVisible(not empty)

    def _open(self, item: NotificationItem | None) -> None:
        if item is None:
            return
        n = item.notification
        if n.status is not None and n.type not in ("follow", "follow_request"):
            self.open_thread.emit(n.status.id)
        elif n.account is not None:
            self.open_profile.emit(n.account.acct or n.account.username)

    def _scrolled(self, value: int) -> None:
        bar = self.list.verticalScrollBar()
        if bar.maximum() > 0 and bar.maximum() - value < self.list.viewport().height():
            self.load_older_requested.emit()
