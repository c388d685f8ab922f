"""A conversation: what a post replies to, the post itself (chosen), and the replies.

The posts are shown with the same list as the timelines (so every action works the same);
the thread comes from the cache at once and from the town afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from townsfolk.api.entities import Status
from townsfolk.services.timelines import Thread, TimelineItem
from townsfolk.ui.timeline import ImageStore, TimelineView

__all__ = ["ThreadView", "items_for"]


def items_for(statuses: list[Status]) -> list[TimelineItem]:
    """Timeline items in the given order (the model keeps the order it is given)."""
    return [TimelineItem(s.id, f"{n:08d}", s) for n, s in enumerate(statuses)]


class ThreadView(QWidget):
    """``posts`` is a TimelineView (its signals are wired by the main window)."""

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
        layout.addWidget(self.posts)

    def set_thread(self, thread: Thread) -> None:
        """Show the thread; the post it is about becomes the current row."""
        if thread.focus is None:
            return
        self.shown = thread
        statuses = [*thread.ancestors, thread.focus, *thread.descendants]
        self.posts.model.set_items(items_for(statuses))
        self.posts.show_skipped(thread.skipped)
        row = self.posts.model.row_of(thread.focus.id)
        if row >= 0:
            index = self.posts.model.index(row)
            self.posts.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.posts.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_message(self, text: str) -> None:
        self.posts.show_message(text)
