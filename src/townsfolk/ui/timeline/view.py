"""`TimelineView`: the list of posts, a "12 new posts" button, a calm message line, and an
empty-state text, bridged to `services.timelines.Timeline` through qasync.

Mouse: a click on a post opens its conversation, except on a link, a name, a picture, a
poll answer or a button, which do what they say (``PostDelegate.editorEvent``).

Keyboard (in the list):
    Up / Down      move between posts
    Enter          open the post's conversation (on a "not loaded" row: load those posts)
    Space          show or hide a post behind a content warning
    S              show a sensitive picture
    R              reply          B  boost          F  favourite
    K              save (bookmark)                   M  more actions
    Home           back to the newest posts (brings new posts in when there are some)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from townsfolk.services.timelines import Timeline, TimelineItem
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.kinds import REGISTRY as KINDS
from townsfolk.ui.kinds import open_kind_window
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.timeline.delegate import PostDelegate
from townsfolk.ui.timeline.images import ImageStore
from townsfolk.ui.timeline.model import ItemRole, Row, TimelineModel

__all__ = ["ListenerBridge", "PostList", "TimelineView"]

log = logging.getLogger("townsfolk.ui.timeline")


class ListenerBridge(QObject):
    """A `TimelineListener` that turns each callback into a Qt signal."""

    prepended = Signal(list)
    appended = Signal(list)
    replaced = Signal(list)
    waiting = Signal(int)
    gap = Signal(str, list, bool)
    failed = Signal(str)
    inserted = Signal(list)
    skipped = Signal(int)

    def posts_prepended(self, items: Sequence[TimelineItem]) -> None:
        self.prepended.emit(list(items))

    def posts_appended(self, items: Sequence[TimelineItem]) -> None:
        self.appended.emit(list(items))

    def posts_replaced(self, items: Sequence[TimelineItem]) -> None:
        self.replaced.emit(list(items))

    def new_posts_waiting(self, count: int) -> None:
        self.waiting.emit(count)

    def gap_filled(self, after_post_id: str, items: Sequence[TimelineItem], still: bool) -> None:
        self.gap.emit(after_post_id, list(items), still)

    def error(self, message: str) -> None:
        self.failed.emit(message)

    def posts_inserted(self, items: Sequence[TimelineItem]) -> None:
        self.inserted.emit(list(items))

    def posts_skipped(self, total: int) -> None:
        self.skipped.emit(total)


_KEY_ACTIONS = {
    Qt.Key.Key_R: "reply",
    Qt.Key.Key_B: "boost",
    Qt.Key.Key_F: "favourite",
    Qt.Key.Key_D: "bookmark",  # (as on Mastodon's own site; J and K move between posts)
    Qt.Key.Key_M: "more",
}


class PostList(QTableView):
    """The list itself: virtualised rows painted by `PostDelegate`, one column wide.

    A table view, not a `QListView`: a list view lays out every row again after each
    insert and asks the Python delegate for each row's height (52 ms at 10,000 posts, the
    longest stall while posts load). Here each row's height lives in the vertical header
    (C++): an insert sets the heights of the new rows only, a changed post its own, and
    Qt positions and scrolls the rest without calling Python (issue 14)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineList")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from any list
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalScrollBar().setSingleStep(24)
        self.setAccessibleName(self.tr("Posts"))
        add_focus_ring(self)  # (rows paint themselves: with none chosen, focus showed nothing)

    # ------------------------------------------------------------------ row heights

    def _parts(self) -> tuple[PostDelegate, TimelineModel] | None:
        delegate = self.itemDelegate()
        model = self.model()
        if isinstance(delegate, PostDelegate) and isinstance(model, TimelineModel):
            return delegate, model
        return None

    def size_rows(self, first: int = 0, last: int | None = None) -> None:
        """Give rows ``first``..``last`` (all by default) their measured heights; only rows
        whose height changed are touched."""
        parts = self._parts()
        if parts is None:
            return
        delegate, model = parts
        rows = model.rows
        last = len(rows) - 1 if last is None else min(last, len(rows) - 1)
        header = self.verticalHeader()
        size_of = header.sectionSize
        resize = header.resizeSection
        measure = delegate.measure
        changed = False
        for n in range(max(0, first), last + 1):
            height = max(1, measure(rows[n]))
            if size_of(n) != height:
                resize(n, height)
                changed = True
        if changed:
            self.updateGeometries()  # the scroll range now, before anyone scrolls to a row

    def setModel(self, model) -> None:
        old = self.model()
        if isinstance(old, TimelineModel):
            old.modelReset.disconnect(self.size_rows)
        super().setModel(model)
        if isinstance(model, TimelineModel):
            model.modelReset.connect(self.size_rows)
        self.size_rows()

    def setItemDelegate(self, delegate) -> None:
        super().setItemDelegate(delegate)
        self.size_rows()

    def rowsInserted(self, parent, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self.size_rows(start, end)

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:
        """A post changed (favourited, saved, counts, a content warning opened...): its row
        takes its new height and is repainted."""
        self.size_rows(top_left.row(), bottom_right.row())
        super().dataChanged(top_left, bottom_right, roles)

    def moveCursor(self, action, modifiers):
        """Home and End go to the first and last post (in a table they would go to the
        first and last column of the same row)."""
        model = self.model()
        if model is not None and model.rowCount() > 0:
            if action == QAbstractItemView.CursorAction.MoveHome:
                return model.index(0, 0)
            if action == QAbstractItemView.CursorAction.MoveEnd:
                return model.index(model.rowCount() - 1, 0)
        return super().moveCursor(action, modifiers)

    def current_row(self) -> Row | None:
        index = self.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        delegate = self.itemDelegate()
        row = self.current_row()
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_J, Qt.Key.Key_K) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.step(1 if key == Qt.Key.Key_J else -1)
            return
        if row is not None and isinstance(delegate, PostDelegate):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if row.kind == "gap":
                    delegate.activate(row, "gap", row.item.post_id)
                else:
                    delegate.activate(row, "thread", None)
                return
            if row.kind == "post" and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                post = row.item.status.reblog or row.item.status
                if key in _KEY_ACTIONS:
                    delegate.activate(row, "action", _KEY_ACTIONS[key])
                    return
                if key == Qt.Key.Key_Space and post.spoiler_text:
                    delegate.activate(row, "cw", None)
                    return
                if key == Qt.Key.Key_S and post.sensitive and post.media_attachments:
                    delegate.activate(row, "reveal", None)
                    return
                if key == Qt.Key.Key_O and KINDS.line(post):  # open what it is (ui/kinds)
                    delegate.activate(row, "kind", None)
                    return
        super().keyPressEvent(event)

    def step(self, by: int) -> None:
        """Make the next (1) or previous (-1) post the current one (J and K)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        index = self.currentIndex()
        row = 0 if not index.isValid() else max(0, min(model.rowCount() - 1, index.row() + by))
        target = model.index(row, 0)
        self.setCurrentIndex(target)
        self.scrollTo(target)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        delegate = self.itemDelegate()
        hit = None
        if index.isValid() and isinstance(delegate, PostDelegate):
            row = index.data(ItemRole)
            pos = event.position().toPoint() - self.visualRect(index).topLeft()
            hit = delegate.hit(row, pos)
        shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)


class TimelineView(QWidget):
    """One timeline on screen. Give it a `Timeline` with `attach()`; `await start()` shows
    the cached posts at once and then asks the town for newer ones."""

    open_link = Signal(str)
    open_profile = Signal(str)
    open_tag = Signal(str)
    open_thread = Signal(str)
    open_media = Signal(str, int, str, str)  # post id, index, picture URL, description
    reply = Signal(str)
    boost = Signal(str)
    favourite = Signal(str)
    bookmark = Signal(str)
    more = Signal(str)
    vote = Signal(str, str, list)  # post id, poll id, chosen option indexes

    def __init__(
        self,
        *,
        town: str = "",
        images: ImageStore | None = None,
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.timeline: Timeline | None = None
        self.model = TimelineModel(town, self)
        self.images = images or ImageStore(parent=self)
        self.delegate = PostDelegate(self.model, self.images, self)
        self.bridge = ListenerBridge(self)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._restore: tuple[str, int] | None = None
        self._attach_later: Callable[[], Timeline] | None = None
        self._filling: set[str] = set()
        self._loading_older = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.message = PlainLabel(self)
        self.message.setObjectName("timelineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel#timelineMessage { background: #fdf6e3; color: #3d3846;"
            " border-bottom: 1px solid #e5d9b6; padding: 8px 12px; }"
        )
        self.message.hide()
        layout.addWidget(self.message)

        self.new_posts = QPushButton(self)
        self.new_posts.setObjectName("newPostsButton")
        self.new_posts.setStyleSheet(
            "QPushButton#newPostsButton { background: #1a5fb4; color: white; border: none;"
            " border-radius: 14px; padding: 6px 18px; font-weight: bold; }"
        )
        self.new_posts.hide()
        self.new_posts.clicked.connect(self.show_new_posts)
        layout.addWidget(self.new_posts, 0, Qt.AlignmentFlag.AlignHCenter)

        self.list = PostList(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        layout.addWidget(self.list, 1)

        self.empty = PlainLabel(
            empty_text or self.tr("There are no posts here yet. New posts will show up here."),
            self,
        )
        self.empty.setObjectName("timelineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(32, 32, 32, 32)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

        # A quiet line when posts came that Townsfolk could not read (never dropped silently).
        self.skipped_note = PlainLabel(self)
        self.skipped_note.setObjectName("timelineSkipped")
        self.skipped_note.setWordWrap(True)
        self.skipped_note.setStyleSheet(
            "QLabel#timelineSkipped { color: palette(placeholder-text);"
            " border-top: 1px solid palette(mid);"
            " padding: 4px 12px; }"
        )
        self.skipped_note.hide()
        layout.addWidget(self.skipped_note)

        self.model.measure = self.delegate.measure
        self.model.rowsInserted.connect(self._after_rows)
        self.model.modelReset.connect(self._after_rows)
        # The store may be shared and outlive this view: bound methods only (Qt disconnects
        # them when the view is deleted; a lambda would keep calling into a deleted view).
        self._emoji_timer = QTimer(self)
        self._emoji_timer.setSingleShot(True)
        self._emoji_timer.setInterval(30)  # many emoji arrive together: one relayout
        self._emoji_timer.timeout.connect(self.relayout)
        self.images.image_ready.connect(self._on_image_ready)
        self.images.emoji_ready.connect(self._on_emoji_ready)
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.list.viewport().installEventFilter(self)
        # (the scroll bar coming or going narrows the rows; the viewport's own Resize does
        # not always arrive, e.g. when the list was laid out while its page was hidden)
        self.list.verticalScrollBar().installEventFilter(self)

        d = self.delegate
        d.link_activated.connect(self.open_link)
        d.profile_activated.connect(self.open_profile)
        d.tag_activated.connect(self.open_tag)
        d.thread_requested.connect(self.open_thread)
        d.media_activated.connect(self._media)
        d.action_triggered.connect(self._action)
        d.vote_requested.connect(self._vote)
        d.gap_activated.connect(self.fill_gap)
        d.cw_toggled.connect(self._toggle_expanded)
        d.media_revealed.connect(self._toggle_revealed)
        d.kind_activated.connect(self.show_kind)
        KINDS.changed.connect(self.model.forget_spoken)  # what a row says aloud, too
        KINDS.changed.connect(self.relayout)  # bound method: dropped with the view
        KINDS.completed.connect(self.model.post_known)  # "Live now: ..." once known

        b = self.bridge
        b.prepended.connect(self._on_prepended)
        b.appended.connect(self.model.append_items)
        b.replaced.connect(self.model.replace_items)
        b.waiting.connect(self._on_waiting)
        b.gap.connect(self.model.fill_gap)
        b.failed.connect(self.show_message)
        b.inserted.connect(self._on_inserted)
        b.skipped.connect(self.show_skipped)
        self._sync_width()

    # ------------------------------------------------------------------ service bridge

    def attach(self, timeline: Timeline) -> None:
        """Show `timeline` (cached posts at once); a previous one is closed."""
        self._attach_later = None
        if self.timeline is not None:
            self.timeline.close()
        self.timeline = timeline
        timeline.listener = self.bridge
        self.message.hide()
        self.new_posts.hide()
        self.show_skipped(timeline.skipped)
        opened = timeline.open()
        self.model.set_items(opened.items)
        if opened.position is not None:
            self._restore = (opened.position.post_id, opened.position.offset_px)
            self._apply_restore()
        self._update_empty()

    def attach_later(self, make: Callable[[], Timeline]) -> None:
        """:meth:`attach` ``make()`` once this list is first shown (:meth:`ensure_attached`,
        or when it becomes visible): a place that is not on screen reads nothing from the
        cache and lays nothing out at start-up or when the account changes. Until then the
        list is empty and the previous timeline is closed."""
        if self.timeline is not None:
            self.timeline.close()
            self.timeline = None
        self.model.clear()
        self._attach_later = make

    def ensure_attached(self) -> None:
        """Attach the timeline :meth:`attach_later` kept back, if any (now)."""
        make, self._attach_later = self._attach_later, None
        if make is not None:
            self.attach(make())

    async def start(self, timeline: Timeline | None = None) -> None:
        if timeline is not None:
            self.attach(timeline)
        await self.refresh()

    async def refresh(self) -> None:
        if self.timeline is None:
            return
        result = await self.timeline.refresh()
        if result.error is None and not result.dropped:
            self.message.hide()
        self._update_empty()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def show_new_posts(self) -> None:
        if self.timeline is not None:
            self.timeline.show_new()
        self.list.scrollToTop()

    def load_older(self) -> None:
        if self.timeline is None or self._loading_older:
            return
        self._loading_older = True

        async def run() -> None:
            try:
                assert self.timeline is not None
                await self.timeline.load_older()
            finally:
                self._loading_older = False

        self._spawn(run())

    def fill_gap(self, post_id: str) -> None:
        if self.timeline is None or post_id in self._filling:
            return
        self._filling.add(post_id)

        async def run() -> None:
            try:
                assert self.timeline is not None
                await self.timeline.fill_gap(post_id)
            finally:
                self._filling.discard(post_id)

        self._spawn(run())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _on_prepended(self, items: list[TimelineItem]) -> None:
        at_top = self.list.verticalScrollBar().value() == 0
        self.model.prepend_items(items)
        if at_top:
            self.list.scrollToTop()
        self._update_empty()

    def _on_inserted(self, items: list[TimelineItem]) -> None:
        """Late posts go into their place; the post at the top of the view stays put."""
        top = self.top_post()
        self.model.insert_items(items)
        if top is None or self.list.verticalScrollBar().value() == 0:
            return
        row = self.model.row_of(top[0], bring_in=False)
        if row >= 0:
            self.list.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)
            bar = self.list.verticalScrollBar()
            bar.setValue(bar.value() + top[1])

    def show_skipped(self, total: int) -> None:
        """Say (in a quiet line under the list) that ``total`` posts could not be shown."""
        if total <= 0:
            self.skipped_note.hide()
            return
        text = (
            self.tr("1 post could not be shown: the town sent it in a way Townsfolk cannot read.")
            if total == 1
            else self.tr(
                "%n posts could not be shown: the town sent them in a way Townsfolk cannot read.",
                "",
                total,
            )
        )
        self.skipped_note.setText(text)
        self.skipped_note.setAccessibleName(text)
        self.skipped_note.show()

    def _on_waiting(self, count: int) -> None:
        if count <= 0:
            self.new_posts.hide()
            return
        text = self.tr("1 new post") if count == 1 else self.tr("%n new posts", "", count)
        self.new_posts.setText("↑ " + text)
        self.new_posts.setAccessibleName(text)
        self.new_posts.show()

    # ------------------------------------------------------------------ view state

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.loading
        self.empty.setVisible(empty)
        self.list.setVisible(not empty)

    def _after_rows(self, *args: Any) -> None:
        self._update_empty()
        if self._restore is not None:
            self._apply_restore()

    def _apply_restore(self) -> None:
        assert self._restore is not None
        post_id, offset = self._restore
        row = self.model.row_of(post_id, bring_in=False)  # (far down: wait, never freeze)
        if row < 0:
            if not self.model.loading:
                self._restore = None
            return
        self._restore = None
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        bar = self.list.verticalScrollBar()
        bar.setValue(bar.value() + offset)

    def top_post(self) -> tuple[str, int] | None:
        """The post at the top of the view and how many pixels of it are scrolled past."""
        index = self.list.indexAt(QPoint(4, 1))
        if not index.isValid():
            return None
        row: Row = index.data(ItemRole)
        return row.item.post_id, max(0, -self.list.visualRect(index).top())

    def _scrolled(self, value: int) -> None:
        if self.timeline is None:
            return
        top = self.top_post()
        if top is not None and self._restore is None:
            self.timeline.save_position(*top)
        bar = self.list.verticalScrollBar()
        if bar.maximum() - value < self.list.viewport().height() and not self.model.loading:
            self.load_older()
        self._fill_visible_gaps()

    def _fill_visible_gaps(self) -> None:
        viewport = self.list.viewport().rect()
        index = self.list.indexAt(QPoint(4, 1))
        while index.isValid():
            rect = self.list.visualRect(index)
            if rect.top() > viewport.bottom():
                break
            row: Row = index.data(ItemRole)
            if row.kind == "gap":
                self.fill_gap(row.item.post_id)
            index = index.siblingAtRow(index.row() + 1)

    def _sync_width(self) -> None:
        width = max(200, self.list.viewport().width())
        if width != self.delegate.width:
            self.delegate.width = width
            self.list.size_rows()

    def relayout(self) -> None:
        """Every row measured and laid out again (the width, the font or a setting changed)."""
        self.list.size_rows()
        self.list.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.list.viewport():
            self._sync_width()
        elif event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and (
            watched is self.list.verticalScrollBar()
        ):
            QTimer.singleShot(0, self, self._sync_width)
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sync_width()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_attached()
        self._sync_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.delegate.set_font(QApplication.font())
            self.relayout()
        elif event.type() == QEvent.Type.PaletteChange:
            self.delegate.clear_caches()  # buttons and links are drawn in the new colours
            self.relayout()

    def _on_image_ready(self, url: str) -> None:
        """Repaint only the rows on screen that show this picture (a whole repaint for
        each picture that arrives made scrolling through new posts stutter)."""
        if not self.isVisible():
            return
        viewport = self.list.viewport()
        bottom = viewport.rect().bottom()
        index = self.list.indexAt(QPoint(4, 1))
        while index.isValid():
            rect = self.list.visualRect(index)
            if rect.top() > bottom:
                break
            row: Row = self.model.rows[index.row()]
            post = row.item.status.reblog or row.item.status
            if (
                url in (post.account.avatar_static, post.account.avatar)
                or any(url in (m.preview_url, m.url) for m in post.media_attachments)
                or (post.card is not None and url == post.card.image)
            ):
                viewport.update(rect)
            index = index.siblingAtRow(index.row() + 1)

    def _on_emoji_ready(self, _url: str) -> None:
        self._emoji_timer.start()

    def _toggle_expanded(self, post_id: str) -> None:
        self._toggle(self.model.expanded, post_id)

    def _toggle_revealed(self, post_id: str) -> None:
        self._toggle(self.model.revealed, post_id)

    def remove_post(self, post_id: str) -> None:
        """A post was deleted: take it (and boosts of it) off this list, keeping the place."""
        for key in self.model.remove_post(post_id):
            self.delegate.forget(key)
        self._update_empty()

    def _toggle(self, which: set[str], post_id: str) -> None:
        self.model.toggle(which, post_id)
        self.relayout()

    # ------------------------------------------------------------------ actions

    def _find_post(self, post_id: str):
        for row in self.model.rows:
            post = row.item.status.reblog or row.item.status
            if post.id == post_id:
                return post
        return None

    def _media(self, post_id: str, index: int) -> None:
        post = self._find_post(post_id)
        if post is None or index >= len(post.media_attachments):
            return
        media = post.media_attachments[index]
        playable = media.url or media.remote_url
        if media.type in ("video", "gifv", "audio") and playable:
            # Townsfolk shows pictures itself; a video or a sound plays in the web browser.
            self.open_link.emit(playable)
            return
        self.open_media.emit(
            post_id, index, media.url or media.preview_url or "", media.description or ""
        )

    def show_kind(self, post_id: str) -> None:
        """Show a post from another kind of server as what it is (ui/kinds.KindWindow)."""
        post = self._find_post(post_id)
        if post is not None:
            self.kind_window = open_kind_window(post, self.images, parent=self)

    def _action(self, action: str, post_id: str) -> None:
        getattr(self, action).emit(post_id)

    def _vote(self, post_id: str, choice: int) -> None:
        post = self._find_post(post_id)
        if post is not None and post.poll is not None:
            self.vote.emit(post_id, post.poll.id, [choice])

    def close_timeline(self) -> None:
        """Save the reading position and stop listening (answers in flight are dropped)."""
        if self.timeline is not None:
            top = self.top_post()
            if top is not None:
                self.timeline.save_position(*top)
            self.timeline.close()
            self.timeline = None
        for task in list(self._tasks):
            task.cancel()
