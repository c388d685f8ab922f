"""Notifications: who did what, in plain words ("Ann favourited your post"), with the post.

A list model of :class:`~townsfolk.services.notifications.NotificationItem` and a delegate
that paints each row: a dot when it is new, the sentence in bold, when, and the post's text
in a softer colour. Enter or a click opens the post (or the person, for a follow).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Notification, parse_datetime
from townsfolk.services.notifications import (
    FollowRequestAnswer,
    FollowRequestFailed,
    NotificationItem,
    Notifications,
)
from townsfolk.services.richtext import plain_text
from townsfolk.ui.safe_text import PlainLabel, isolate, plain_tooltip
from townsfolk.ui.timeline.model import relative_time

__all__ = [
    "NotificationsModel",
    "NotificationsView",
    "answer_text",
    "describe_notification",
]

log = logging.getLogger(__name__)

ItemRole = Qt.ItemDataRole.UserRole + 1
PADDING = 12
MAX_POST_CHARS = 280
#: Height of the row with Accept and Decline under a follow request.
BUTTON_ROW = 40

# The module-level texts are literal QCoreApplication.translate("Notifications", ...) calls,
# so that pyside6-lupdate files them under the context the app looks them up in.


def describe_notification(n: Notification) -> str:
    """The sentence for a notification, in plain words."""
    who = (
        n.account.name
        if n.account is not None
        else QCoreApplication.translate("Notifications", "Someone")
    )
    sentences = {
        "favourite": QCoreApplication.translate("Notifications", "%1 favourited your post"),
        "reblog": QCoreApplication.translate("Notifications", "%1 boosted your post"),
        "follow": QCoreApplication.translate("Notifications", "%1 started following you"),
        "follow_request": QCoreApplication.translate("Notifications", "%1 asked to follow you"),
        "poll": QCoreApplication.translate("Notifications", "A poll you voted in has ended"),
        "update": QCoreApplication.translate("Notifications", "%1 edited a post you boosted"),
        "mention": QCoreApplication.translate("Notifications", "%1 mentioned you"),
        "status": QCoreApplication.translate("Notifications", "%1 wrote a new post"),
    }
    return sentences.get(
        n.type, QCoreApplication.translate("Notifications", "Something new from %1")
    ).replace("%1", isolate(who))


def post_text(n: Notification) -> str:
    """The post's text in one paragraph (shortened), or "" when there is no post."""
    status = n.status
    if status is None:
        return ""
    if status.spoiler_text:
        return QCoreApplication.translate("Notifications", "Content warning: %1").replace(
            "%1", isolate(status.spoiler_text)
        )
    text = " ".join(plain_text(status.content).split())
    if not text and status.media_attachments:
        text = QCoreApplication.translate("Notifications", "(pictures)")
    if len(text) > MAX_POST_CHARS:
        text = text[: MAX_POST_CHARS - 1] + "…"
    return isolate(text)


def answer_text(item: NotificationItem) -> str:
    """For a follow request: what became of it ("" while it waits for Accept or Decline)."""
    if item.notification.type != "follow_request" or item.answer is None:
        return ""
    n = item.notification
    who = (
        n.account.name
        if n.account is not None
        else QCoreApplication.translate("Notifications", "Someone")
    )
    if item.answer is FollowRequestAnswer.ACCEPTED:
        text = QCoreApplication.translate(
            "Notifications", "You accepted. %1 now follows you and sees your posts."
        )
    elif item.answer is FollowRequestAnswer.DECLINED:
        text = QCoreApplication.translate("Notifications", "You declined. %1 does not follow you.")
    else:
        text = QCoreApplication.translate(
            "Notifications", "This request is no longer waiting for an answer."
        )
    return text.replace("%1", isolate(who))


def _body_text(item: NotificationItem) -> str:
    return answer_text(item) or post_text(item.notification)


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
                parts.insert(0, QCoreApplication.translate("Notifications", "New:"))
            text = _body_text(item)
            if text:
                parts.append(text)
            elif item.waiting_request:
                parts.append(
                    QCoreApplication.translate(
                        "Notifications", "Waiting for your answer: Accept or Decline."
                    )
                )
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

    def row_of(self, notification_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == notification_id:
                return row
        return -1

    def replace_item(self, item: NotificationItem) -> bool:
        """Show ``item`` in place of the one with the same id (False if it is not shown)."""
        row = self.row_of(item.id)
        if row < 0:
            return False
        self._items[row] = item
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def mark_all_read(self) -> None:
        if not any(not i.read for i in self._items):
            return
        self._items = [NotificationItem(i.notification, True, i.answer) for i in self._items]
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
        text = _body_text(item)
        body_h = 0
        if text:
            body_h = fm.boundingRect(
                QRect(0, 0, inner, 10_000), int(Qt.TextFlag.TextWordWrap), text
            ).height()
        elif item.waiting_request:
            body_h = BUTTON_ROW  # Accept and Decline sit here (see RequestButtons)
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

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Index widgets (Accept and Decline) cover the whole row, not only its text part."""
        editor.setGeometry(option.rect)

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
        text = _body_text(item)
        if text:
            painter.setPen(soft)
            painter.drawText(body, int(Qt.TextFlag.TextWordWrap), text)
        when = relative_time(_created(item.notification))
        painter.setPen(soft)
        fm = QFontMetrics(base)
        top = body.bottom() + 8 if text or item.waiting_request else head.bottom() + 6
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


class RequestButtons(QWidget):
    """Accept and Decline under a waiting follow request (an index widget over its row).

    It covers the whole row, so a click beside the buttons opens the person, like a click on
    any other row."""

    answer = Signal(str, bool)  # notification id, accept
    open_item = Signal(str)  # notification id

    def __init__(self, item: NotificationItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notification_id = item.id
        self.setObjectName("followRequestButtons")
        n = item.notification
        who = isolate(n.account.name) if n.account is not None else self.tr("Someone")
        self._outer = QVBoxLayout(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._outer.addLayout(row)
        self._outer.addStretch(1)
        self.accept = QPushButton(self.tr("Accept"), self)
        self.accept.setObjectName("acceptFollowRequest")
        self.accept.setAccessibleName(self.tr("Accept: let %1 follow you").replace("%1", who))
        self.accept.setToolTip(plain_tooltip(self.tr("%1 will see your posts").replace("%1", who)))
        self.decline = QPushButton(self.tr("Decline"), self)
        self.decline.setObjectName("declineFollowRequest")
        self.decline.setAccessibleName(
            self.tr("Decline: %1 will not follow you").replace("%1", who)
        )
        for button in (self.accept, self.decline):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.accept.clicked.connect(lambda: self.answer.emit(self.notification_id, True))
        self.decline.clicked.connect(lambda: self.answer.emit(self.notification_id, False))

    def place(self, delegate: NotificationDelegate, item: NotificationItem) -> None:
        """Put the buttons where the row leaves room for them (under the sentence)."""
        self._delegate, self._item = delegate, item
        _, body, _ = delegate._text_rects(max(self.width(), 1), item)
        self._outer.setContentsMargins(body.left(), body.top(), PADDING, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The sentence wraps differently at another width, so the room under it moves.
        super().resizeEvent(event)
        if getattr(self, "_delegate", None) is not None:
            self.place(self._delegate, self._item)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_item.emit(self.notification_id)
        super().mouseReleaseEvent(event)


NotificationsSource = Callable[[], Notifications | None]


class NotificationsView(QWidget):
    """The list, an empty text, and a calm message line.

    Follow requests get Accept and Decline buttons. The answer shows at once; it goes to the
    town through the account's :class:`Notifications` service, and is taken back with a plain
    message if the town refuses. The service comes from :meth:`set_notifications`, or else
    from the window's ``prepared.notifications`` (the main window's current account).
    """

    open_thread = Signal(str)
    open_profile = Signal(str)  # acct
    load_older_requested = Signal()
    #: A follow request was answered and the town took it (notification id, accepted).
    request_answered = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsView")
        self._source: NotificationsSource | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.model = NotificationsModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.message = PlainLabel(self)
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
        self.empty = PlainLabel(
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
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._sync_buttons)
        self._update_empty()

    # -- follow requests -----------------------------------------------------------------------

    def set_notifications(self, source: Notifications | NotificationsSource | None) -> None:
        """Where Accept and Decline send their answer: a service, or a function giving the
        current account's one (None: the window's ``prepared.notifications``)."""
        if source is None or callable(source):
            self._source = source
        else:
            self._source = lambda: source

    def _notifications(self) -> Notifications | None:
        if self._source is not None:
            return self._source()
        prepared = getattr(self.window(), "prepared", None)
        service = getattr(prepared, "notifications", None)
        return service if isinstance(service, Notifications) else None

    def request_buttons(self, notification_id: str) -> RequestButtons | None:
        row = self.model.row_of(notification_id)
        if row < 0:
            return None
        widget = self.list.indexWidget(self.model.index(row))
        return widget if isinstance(widget, RequestButtons) else None

    def _sync_buttons(self, *args: object) -> None:
        """Accept and Decline on every waiting follow request, and nowhere else."""
        delegate = self.list.itemDelegate()
        for row, item in enumerate(self.model.items):
            index = self.model.index(row)
            widget = self.list.indexWidget(index)
            if item.waiting_request:
                if not isinstance(widget, RequestButtons) or widget.notification_id != item.id:
                    widget = RequestButtons(item, self.list.viewport())
                    widget.answer.connect(self.answer)
                    widget.open_item.connect(self._open_id)
                    self.list.setIndexWidget(index, widget)
                if isinstance(delegate, NotificationDelegate):
                    widget.place(delegate, item)
            elif widget is not None:
                # Qt deletes the old widget (later, if it is in the middle of a click).
                self.list.setIndexWidget(index, None)  # type: ignore[arg-type]

    def answer(self, notification_id: str, accept: bool) -> asyncio.Task[None] | None:
        """Accept or decline the follow request at once; the town is told in the background."""
        row = self.model.row_of(notification_id)
        if row < 0:
            return None
        item = self.model.items[row]
        if not item.waiting_request:
            return None
        service = self._notifications()
        if service is None:
            self.show_message(
                self.tr("Townsfolk cannot answer just now. Please try again in a moment.")
            )
            return None
        answer = FollowRequestAnswer.ACCEPTED if accept else FollowRequestAnswer.DECLINED
        self.hide_message()
        self.model.replace_item(NotificationItem(item.notification, item.read, answer))
        self.list.setFocus()
        task = asyncio.ensure_future(self._send(service, item, accept))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _send(self, service: Notifications, item: NotificationItem, accept: bool) -> None:
        try:
            answered = await service.answer_follow_request(item, accept)
        except FollowRequestFailed as failure:
            gone = FollowRequestAnswer.GONE if failure.gone else None
            self._put_back(item, gone, failure.user_message)
            return
        except Exception:
            log.exception("Answering a follow request failed")
            self._put_back(
                item,
                None,
                self.tr(
                    "Townsfolk could not send your answer. Nothing has changed; please try again."
                ),
            )
            return
        self._show_answer(answered)
        self.request_answered.emit(item.id, accept)

    def _current_read(self, item: NotificationItem) -> bool:
        row = self.model.row_of(item.id)
        return self.model.items[row].read if row >= 0 else item.read

    def _show_answer(self, answered: NotificationItem) -> None:
        self.model.replace_item(
            NotificationItem(answered.notification, self._current_read(answered), answered.answer)
        )

    def _put_back(
        self, item: NotificationItem, answer: FollowRequestAnswer | None, message: str
    ) -> None:
        back = NotificationItem(item.notification, self._current_read(item), answer)
        if self.model.replace_item(back):  # still on screen (the account did not change)
            self.show_message(message)

    def _open_id(self, notification_id: str) -> None:
        row = self.model.row_of(notification_id)
        if row >= 0:
            self._open(self.model.items[row])

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
