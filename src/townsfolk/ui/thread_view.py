"""A conversation: what a post replies to, the post itself (chosen), and the replies.

The posts are shown with the same list as the timelines (so every action works the same);
the thread comes from the cache at once and from the town afterwards. Under the posts there
is always a box to answer the post (issue 11: a post with no replies was a white void with no
way to reply); the list is only as tall as its posts, so the box sits right under them.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QVBoxLayout, QWidget

from townsfolk.api.entities import Status
from townsfolk.services.timelines import Thread, TimelineItem
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.timeline import ImageStore, TimelineView

__all__ = ["ThreadView", "items_for"]

#: The list's height when it has no posts to measure (Qt's "no limit").
_NO_LIMIT = 16777215


def items_for(statuses: list[Status]) -> list[TimelineItem]:
    """Timeline items in the given order (the model keeps the order it is given)."""
    return [TimelineItem(s.id, f"{n:08d}", s) for n, s in enumerate(statuses)]


class ThreadView(QWidget):
    """``posts`` is a TimelineView (its signals are wired by the main window); the reply box
    emits ``posts.reply`` with the post the conversation is about."""

    def __init__(
        self,
        post_id: str,
        *,
        town: str,
        images: ImageStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.post_id = post_id
        self.shown: Thread | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.posts = TimelineView(
            town=town,
            images=images,
            empty_text=self.tr(
                "This conversation is not saved on this computer yet. It will show when "
                "your town answers."
            ),
            parent=self,
        )
        self.posts.setAccessibleName(self.tr("Conversation"))
        # A click on the post the conversation is about opens nothing more.
        self.posts.delegate.open_on_click_except = post_id
        layout.addWidget(self.posts, 1)

        # Under the posts, in the same column as they are (centred on a wide window).
        self.footer = QWidget(self)
        self.footer.setObjectName("threadFooter")
        footer = self._footer_layout = QVBoxLayout(self.footer)
        footer.setContentsMargins(0, 0, 0, 0)
        footer.setSpacing(0)
        self.no_replies = PlainLabel(
            self.tr("No replies yet. You can be the first to answer."), self.footer
        )
        self.no_replies.setObjectName("threadNoReplies")
        self.no_replies.setWordWrap(True)
        self.no_replies.setStyleSheet(
            "QLabel#threadNoReplies { color: palette(placeholder-text); padding: 12px 0 4px; }"
        )
        self.no_replies.hide()
        footer.addWidget(self.no_replies)

        self.reply_box = QPushButton(self.footer)
        self.reply_box.setObjectName("threadReplyBox")
        self.reply_box.setText(self.tr("Write a reply…"))
        self.reply_box.setAccessibleName(self.tr("Write a reply to this post"))
        self.reply_box.setStyleSheet(
            "QPushButton#threadReplyBox { text-align: left; padding: 12px 14px;"
            " margin: 8px 0 16px; border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); color: palette(placeholder-text); }"
            " QPushButton#threadReplyBox:focus { border: 2px solid palette(highlight); }"
        )
        self.reply_box.clicked.connect(self.write_reply)
        self.reply_box.hide()
        footer.addWidget(self.reply_box)
        layout.addWidget(self.footer)
        layout.addStretch(0)

        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        model = self.posts.model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self._fit_timer.start)

    def set_thread(self, thread: Thread) -> None:
        """Show the thread; the post it is about becomes the current row."""
        if thread.focus is None:
            return
        self.shown = thread
        statuses = [*thread.ancestors, thread.focus, *thread.descendants]
        # the post the conversation is about is shown whole, even a long one
        self.posts.model.whole_post = (thread.focus.reblog or thread.focus).id
        self.posts.model.set_items(items_for(statuses))
        self.posts.show_skipped(thread.skipped)
        focus = thread.focus.reblog or thread.focus
        name = focus.account.display_name or focus.account.username
        name = name.replace("&", "&&")  # a button reads "&" as a keyboard shortcut
        self.reply_box.setText(fill(self.tr("Write a reply to %1…"), name))
        self.reply_box.show()
        self.no_replies.setVisible(not thread.descendants)
        row = self.posts.model.row_of(thread.focus.id)
        if row >= 0:
            index = self.posts.model.index(row)
            self.posts.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.posts.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._fit_timer.start()

    def write_reply(self) -> None:
        """Answer the post the conversation is about (the main window opens the reply)."""
        if self.shown is not None and self.shown.focus is not None:
            self.posts.reply.emit(self.shown.focus.id)

    def show_message(self, text: str) -> None:
        self.posts.show_message(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _fit(self) -> None:
        """The list as tall as its posts (no empty white space between them and the reply
        box); a long conversation scrolls as usual."""
        view = self.posts
        side = view.delegate.column_left(view.delegate.width) + 12
        self._footer_layout.setContentsMargins(side, 0, side, 0)
        rows = view.model.rows
        if not rows:
            view.setMaximumHeight(_NO_LIMIT)
            return
        total = sum(view.delegate.measure(row) for row in rows) + 2 * view.list.frameWidth()
        # (the lines above and below the list: a message, a note about posts left out)
        for extra in (view.message, view.new_posts, view.skipped_note):
            if not extra.isHidden():
                total += extra.sizeHint().height()
        view.setMaximumHeight(max(total, 1))
