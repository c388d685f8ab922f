"""Notifications: who did what, in plain words ("Ann and 3 others favourited your post").

The list shows :class:`~townsfolk.ui.notifications_model.NotificationsModel` rows painted by
:class:`~townsfolk.ui.notifications_delegate.NotificationDelegate`: an icon per kind, the
people's avatars, the sentence, the post's text, when. A click or Enter opens the post (or the
person); a click on a group's avatars, Space or the right arrow shows who is in it (left
hides them again). Waiting follow requests get Accept and Decline; someone who moved
("Ann moved to @ann@new.town") gets "Follow the new account".

Read state: rows that come on screen while the window is active are *seen*; the view reports
them (``seen``) so they are saved as read, counted out of the sidebar and told to the town.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.services.notifications import (
    FollowRequestAnswer,
    FollowRequestFailed,
    NotificationItem,
    Notifications,
)
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.moving.moved import follow_new_account
from townsfolk.ui.notifications_delegate import PADDING, NotificationDelegate
from townsfolk.ui.notifications_model import (
    EntryRole,
    ItemRole,
    NotificationsModel,
    Row,
)
from townsfolk.ui.notifications_text import (
    answer_text,
    describe_group,
    describe_notification,
    new_account,
    post_text,
)
from townsfolk.ui.safe_text import PlainLabel, isolate, plain_tooltip
from townsfolk.ui.timeline.images import ImageStore

__all__ = [
    "ItemRole",
    "NotificationsModel",
    "NotificationsView",
    "answer_text",
    "describe_group",
    "describe_notification",
    "post_text",
]

log = logging.getLogger(__name__)


class _List(QListView):
    """The list: Enter opens, Space and the arrows show or hide a group's people, a click on a
    group's avatars shows who is in it."""

    activated_item = Signal(object)  # the NotificationItem to open
    activated_row = Signal(int)  # a row was opened (click or Enter)
    toggle_row = Signal(int, object)  # row, True/False to show/hide its people, None: swap
    person_clicked = Signal(int)  # the avatar of a row with one person

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        if index.isValid():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activated_row.emit(index.row())
                return
            if key == Qt.Key.Key_Space:
                self.toggle_row.emit(index.row(), None)
                return
            if key == Qt.Key.Key_Right:
                self.toggle_row.emit(index.row(), True)
                return
            if key == Qt.Key.Key_Left:
                self.toggle_row.emit(index.row(), False)
                return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        row: Row | None = index.data(EntryRole) if index.isValid() else None
        delegate = self.itemDelegate()
        if row is None or not isinstance(delegate, NotificationDelegate):
            return
        rect = self.visualRect(index)
        hit = delegate.hit(rect.width(), row, pos - rect.topLeft())
        if hit == "people":
            self.toggle_row.emit(index.row(), None)
        elif hit == "person":
            self.person_clicked.emit(index.row())
        else:
            self.activated_row.emit(index.row())


class _RowWidget(QWidget):
    """Buttons under a notification's sentence: an index widget over its whole row, so a
    click beside the buttons opens the row, like a click on any other row."""

    open_item = Signal(str)  # notification id

    def __init__(self, item: NotificationItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notification_id = item.id
        self._delegate: NotificationDelegate | None = None
        self._outer = QVBoxLayout(self)
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._outer.addLayout(self._row)
        self._outer.addStretch(1)

    def place(self, delegate: NotificationDelegate, row: Row) -> None:
        """Put the buttons where the row leaves room for them (under the sentence)."""
        self._delegate, self._placed = delegate, row
        body = delegate.layout(max(self.width(), 1), row).body
        self._outer.setContentsMargins(body.left(), body.top(), PADDING, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The sentence wraps differently at another width, so the room under it moves.
        super().resizeEvent(event)
        if self._delegate is not None:
            self.place(self._delegate, self._placed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_item.emit(self.notification_id)
        super().mouseReleaseEvent(event)


class RequestButtons(_RowWidget):
    """Accept and Decline under a waiting follow request (an index widget over its row;
    a click beside the buttons opens the person)."""

    answer = Signal(str, bool)  # notification id, accept

    def __init__(self, item: NotificationItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.setObjectName("followRequestButtons")
        n = item.notification
        who = isolate(n.account.name) if n.account is not None else self.tr("Someone")
        row = self._row
        row.setSpacing(8)
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


class NewAccountButton(_RowWidget):
    """ "Follow the new account" under a move notification (an index widget over its row,
    like :class:`RequestButtons`; a click beside the button opens the person)."""

    follow = Signal(str)  # notification id

    def __init__(self, item: NotificationItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.setObjectName("followNewAccountButtons")
        new = new_account(item.notification)
        self.acct = (new.acct or new.username) if new is not None else ""
        row = self._row
        self.button = QPushButton(self.tr("Follow the new account"), self)
        self.button.setObjectName("followNewAccount")
        self.button.setAccessibleName(self.tr("Follow %1").replace("%1", isolate("@" + self.acct)))
        self.button.setAutoDefault(False)
        row.addWidget(self.button)
        row.addStretch(1)
        self.button.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.button.setEnabled(False)
        self.follow.emit(self.notification_id)

    def set_moved_following(self, following: bool) -> None:
        """Whether the new account is followed now (as the profile's button says it)."""
        self.button.setText(
            self.tr("Following the new account ✓")
            if following
            else self.tr("Follow the new account")
        )
        self.button.setEnabled(not following)


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
    #: Unread notifications that came on screen while the window was active (their ids).
    seen = Signal(list)

    def __init__(self, parent: QWidget | None = None, images: ImageStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsView")
        self._source: NotificationsSource | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        #: Moves whose new account was followed from here (notification ids).
        self._followed_new: set[str] = set()
        self.images = images or ImageStore()
        #: Whether the person can see the window (tests may replace it).
        self.window_active: Callable[[], bool] = lambda: self.window().isActiveWindow()
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
        add_focus_ring(self.list)
        self.list.setObjectName("notificationsList")
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setModel(self.model)
        self.delegate = NotificationDelegate(self.images, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.activated_item.connect(self._open)
        self.list.activated_row.connect(self.open_row)
        self.list.toggle_row.connect(self.toggle)
        self.list.person_clicked.connect(self._open_person)
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
        self.model.rowsRemoved.connect(self._update_empty)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._sync_buttons)
            signal.connect(self._check_seen_soon)
        self._seen_timer = QTimer(self)
        self._seen_timer.setSingleShot(True)
        self._seen_timer.setInterval(0)
        self._seen_timer.timeout.connect(self.check_seen)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(50)
        self._relayout.timeout.connect(self._pictures_arrived)
        self.images.image_ready.connect(self._on_picture)
        self.images.emoji_ready.connect(self._on_emoji)
        self._update_empty()

    # -- pictures ------------------------------------------------------------------------------

    def _on_picture(self, _url: str) -> None:
        self.list.viewport().update()

    def _on_emoji(self, _url: str) -> None:
        self._relayout.start()  # a name with emoji pictures may wrap differently

    def _pictures_arrived(self) -> None:
        self.list.doItemsLayout()
        self._sync_buttons()
        self.list.viewport().update()

    # -- read state ----------------------------------------------------------------------------

    def _check_seen_soon(self, *args: object) -> None:
        self._seen_timer.start()

    def visible_rows(self) -> list[int]:
        """The rows on screen now (at least partly)."""
        if not self.list.isVisible():
            return []
        self.list.executeDelayedItemsLayout()  # only if rows changed since the last layout
        area = self.list.viewport().rect()
        rows = []
        for row in range(self.model.rowCount()):
            rect = self.list.visualRect(self.model.index(row))
            if rect.isValid() and rect.intersects(area):
                rows.append(row)
            elif rows:
                break
        return rows

    def check_seen(self) -> list[str]:
        """Report the unread notifications on screen (when the window is active) as seen;
        returns their ids."""
        if not self.isVisible() or not self.window_active():
            return []
        ids: list[str] = []
        for row in self.visible_rows():
            ids.extend(self.model.unseen_ids(row))
        if ids:
            self.model.seen.update(ids)
            self.seen.emit(ids)
        return ids

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_seen_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._check_seen_soon()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            self._check_seen_soon()

    # -- groups --------------------------------------------------------------------------------

    def toggle(self, row: int, expanded: bool | None = None) -> bool:
        """Show (True), hide (False) or swap (None) the people of the group on ``row``. On a
        person's row, hiding hides their group and moves to it."""
        entry = self.model.row_at(row)
        if entry is None:
            return False
        if entry.hidden and expanded is not False:
            return self.model.show_anyway(row)  # folded by hidden words: "Show anyway"
        if entry.person is not None:
            if expanded is not False:
                return False
            row = self.model.row_of(entry.group.lead.id)
            self.list.setCurrentIndex(self.model.index(row))
        if expanded is None:
            expanded = not self.model.is_expanded(row)
        changed = self.model.set_expanded(row, expanded)
        if changed:
            self.list.setCurrentIndex(self.model.index(row))
        return changed

    def _open_person(self, row: int) -> None:
        entry = self.model.row_at(row)
        account = entry.item.notification.account if entry is not None else None
        if account is not None:
            self.open_profile.emit(account.acct or account.username)

    def open_row(self, row: int) -> None:
        """Open what the row is about: a person's profile, the post, or (a group of follows)
        show who."""
        entry = self.model.row_at(row)
        if entry is None:
            return
        if entry.hidden:
            self.model.show_anyway(row)  # the first press shows the words, the next opens
            return
        if entry.person is not None:
            self.open_profile.emit(entry.person.acct or entry.person.username)
        elif entry.expandable and entry.item.notification.status is None:
            self.toggle(row)
        else:
            self._open(entry.item)

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

    def new_account_button(self, notification_id: str) -> NewAccountButton | None:
        row = self.model.row_of(notification_id)
        if row < 0:
            return None
        widget = self.list.indexWidget(self.model.index(row))
        return widget if isinstance(widget, NewAccountButton) else None

    def _sync_buttons(self, *args: object) -> None:
        """Accept and Decline on every waiting follow request, "Follow the new account" on
        every move, and nowhere else."""
        delegate = self.list.itemDelegate()
        for row, entry in enumerate(self.model.rows):
            index = self.model.index(row)
            widget = self.list.indexWidget(index)
            item = entry.item
            if item.waiting_request and entry.person is None:
                if not isinstance(widget, RequestButtons) or widget.notification_id != item.id:
                    widget = RequestButtons(item, self.list.viewport())
                    widget.answer.connect(self.answer)
                    widget.open_item.connect(self._open_id)
                    self.list.setIndexWidget(index, widget)
                if isinstance(delegate, NotificationDelegate):
                    widget.place(delegate, entry)
            elif new_account(item.notification) is not None and entry.person is None:
                if not isinstance(widget, NewAccountButton) or widget.notification_id != item.id:
                    widget = NewAccountButton(item, self.list.viewport())
                    widget.follow.connect(self.follow_new_account)
                    widget.open_item.connect(self._open_id)
                    if item.id in self._followed_new:
                        widget.set_moved_following(True)
                    self.list.setIndexWidget(index, widget)
                if isinstance(delegate, NotificationDelegate):
                    widget.place(delegate, entry)
            elif widget is not None:
                # Qt deletes the old widget (later, if it is in the middle of a click).
                self.list.setIndexWidget(index, None)  # type: ignore[arg-type]

    def follow_new_account(self, notification_id: str) -> asyncio.Task[None] | None:
        """Follow the account someone moved to (through the window's session, as the
        profile's "Follow the new account" does)."""
        widget = self.new_account_button(notification_id)
        if widget is None or not widget.acct:
            return None
        task = asyncio.ensure_future(self._follow_new(widget, notification_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _follow_new(self, widget: NewAccountButton, notification_id: str) -> None:
        window = self.window()
        if getattr(window, "session", None) is None or getattr(window, "account", None) is None:
            widget.set_moved_following(False)
            self.show_message(
                self.tr("Townsfolk cannot follow just now. Please try again in a moment.")
            )
            return
        await follow_new_account(window, widget, widget.acct)
        if not widget.button.isEnabled():
            self._followed_new.add(notification_id)

    def answer(self, notification_id: str, accept: bool) -> asyncio.Task[None] | None:
        """Accept or decline the follow request at once; the town is told in the background."""
        item = self.model.item(notification_id)
        if item is None or not item.waiting_request:
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
        shown = self.model.item(item.id)
        return shown.read if shown is not None else item.read

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
            self.open_row(row)

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
        self._check_seen_soon()
        bar = self.list.verticalScrollBar()
        if bar.maximum() > 0 and bar.maximum() - value < self.list.viewport().height():
            self.load_older_requested.emit()
