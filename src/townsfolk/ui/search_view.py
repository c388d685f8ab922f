"""Search: people, hashtags, and posts (also a post or person by its link, from any town)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import SearchResults
from townsfolk.ui.people_list import PeopleList
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import ScaledLabel
from townsfolk.ui.thread_view import items_for
from townsfolk.ui.timeline import ImageStore, TimelineView

__all__ = ["SearchView"]

ValueRole = Qt.ItemDataRole.UserRole + 1


class SearchView(QWidget):
    """``search_requested(text)`` when the person searches; fill with :meth:`set_results`."""

    search_requested = Signal(str)
    open_profile = Signal(str)  # acct
    open_tag = Signal(str)

    def __init__(
        self, *, town: str, images: ImageStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.town = town
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(8)

        row = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(
            self.tr("A name, @someone@town, #hashtag, or the link of a post")
        )
        self.field.setAccessibleName(self.tr("What to look for"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumHeight(36)
        self.field.returnPressed.connect(self._search)
        self.button = QPushButton(self.tr("Search"), self)
        self.button.setAccessibleName(self.tr("Search"))
        self.button.setMinimumHeight(36)
        self.button.clicked.connect(self._search)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout.addLayout(row)

        self.status = PlainLabel(
            self.tr(
                "Look for people and hashtags in every town your town knows. Paste the link "
                "of a post or a person to open it here."
            ),
            self,
        )
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget(split)
        side.setMaximumWidth(420)
        side.setMinimumWidth(280)  # a person with their Follow button fits
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        self.people_heading = ScaledLabel(self.tr("People"), 1.1, side, bold=True)
        self.people = PeopleList(
            town=town, images=images, empty_text=self.tr("No one found."), parent=side
        )
        self.people.setObjectName("searchPeople")
        self.people.setAccessibleName(self.tr("People found"))
        self.tags_heading = ScaledLabel(self.tr("Hashtags"), 1.1, side, bold=True)
        self.tags = QListWidget(side)
        self.tags.setObjectName("searchTags")
        self.tags.setAccessibleName(self.tr("Hashtags found"))
        for widget in (self.people_heading, self.people, self.tags_heading, self.tags):
            side_layout.addWidget(widget)
        side_layout.setStretch(1, 3)
        side_layout.setStretch(3, 2)
        posts_box = QWidget(split)
        posts_layout = QVBoxLayout(posts_box)
        posts_layout.setContentsMargins(8, 0, 0, 0)
        self.posts_heading = ScaledLabel(self.tr("Posts"), 1.1, posts_box, bold=True)
        self.posts = TimelineView(
            town=town,
            images=images,
            empty_text=self.tr("No posts found."),
            parent=posts_box,
        )
        self.posts.setAccessibleName(self.tr("Posts found"))
        posts_layout.addWidget(self.posts_heading)
        posts_layout.addWidget(self.posts, 1)
        split.addWidget(side)
        split.addWidget(posts_box)
        split.setStretchFactor(0, 1)  # half for the people, for their addresses (to 420 px)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.results = split
        self._side, self._side_layout, self._posts_layout = side, side_layout, posts_layout

        # Before the first search: what can be typed, in plain words.
        self.empty = QWidget(self)
        self.empty.setObjectName("searchEmpty")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(8, 16, 8, 16)
        empty_layout.setSpacing(10)
        what = ScaledLabel(self.tr("What you can look for"), 1.2, self.empty, bold=True)
        what.setWordWrap(True)  # (it set the window's least width at 200 %: issue 11)
        empty_layout.addWidget(what)
        for line in (
            self.tr("A name, like “Ann” or “Riverside Library”: people whose name matches."),
            self.tr("A full address, like @ann@maple.social: that person, even in another town."),
            self.tr(
                "The web address of a profile or a post, copied from your browser: it opens here."
            ),
            self.tr("A word with # in front, like #gardening: posts about that subject."),
        ):
            label = PlainLabel("•  " + line, self.empty)
            label.setWordWrap(True)
            empty_layout.addWidget(label)
        empty_layout.addStretch(1)
        layout.addWidget(self.empty, 1)
        self.results.hide()

        self.people.open_profile.connect(self.open_profile)
        self.tags.itemActivated.connect(self._tag)
        self.tags.itemClicked.connect(self._tag)

    # ------------------------------------------------------------------ API

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side when the posts keep a readable width (about 360 px next to the
        people); on a narrow window (800×600) the posts go under the people and hashtags."""
        narrow = self.width() < self._side.minimumWidth() + 360
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.results.orientation() == wanted:
            return
        self.results.setOrientation(wanted)
        self._side.setMaximumWidth(16777215 if narrow else 420)
        gap = 8
        self._side_layout.setContentsMargins(0, 0, 0 if narrow else gap, gap if narrow else 0)
        self._posts_layout.setContentsMargins(0 if narrow else gap, 0, 0, 0)
        self.results.setStretchFactor(0, 2 if narrow else 1)
        self.results.setStretchFactor(1, 3 if narrow else 1)
        if narrow:  # the posts get more of the height than the people and hashtags
            whole = max(self.results.height(), 1)
            self.results.setSizes([whole * 2 // 5, whole - whole * 2 // 5])

    def set_busy(self, text: str) -> None:
        self.status.setText(self.tr("Looking for “%1”…").replace("%1", text))
        self.button.setEnabled(False)
        self.empty.hide()
        self.results.show()

    def show_empty_state(self) -> None:
        """Back to the explanation of what can be typed (a new account, a cleared field)."""
        self.people.clear_people()
        self.tags.clear()
        self.results.hide()
        self.empty.show()

    def set_results(self, results: SearchResults, *, skipped: int = 0) -> None:
        """Show what was found; ``skipped`` posts came that could not be read."""
        self.button.setEnabled(True)
        self.empty.hide()
        self.results.show()
        self.tags.clear()
        self.people.town = self.town
        self.people.set_people([(person, None) for person in results.accounts])
        for tag in results.hashtags:
            item = QListWidgetItem("#" + tag.name)
            item.setData(ValueRole, tag.name)
            self.tags.addItem(item)
        self.posts.model.set_items(items_for(list(results.statuses)))
        self.posts.show_skipped(skipped)
        if not results.hashtags:
            self._placeholder(self.tags, self.tr("No hashtags found."))
        total = len(results.accounts) + len(results.hashtags) + len(results.statuses)
        if total == 0:
            self.status.setText(self.tr("Nothing was found. Try other words."))
        else:
            parts = [
                self._count(len(results.accounts), self.tr("1 person"), self.tr("%1 people")),
                self._count(len(results.hashtags), self.tr("1 hashtag"), self.tr("%1 hashtags")),
                self._count(len(results.statuses), self.tr("1 post"), self.tr("%1 posts")),
            ]
            self.status.setText(self.tr("Found: %1.").replace("%1", ", ".join(parts)))
        self.status.setAccessibleName(self.status.text())

    @staticmethod
    def _count(n: int, one: str, many: str) -> str:
        return one if n == 1 else many.replace("%1", str(n))

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)

    def set_problem(self, text: str) -> None:
        self.button.setEnabled(True)
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # ------------------------------------------------------------------ inside

    def _search(self) -> None:
        text = self.field.text().strip()
        if text:
            self.search_requested.emit(text)

    def _tag(self, item: QListWidgetItem) -> None:
        if item.data(ValueRole) is not None:
            self.open_tag.emit(str(item.data(ValueRole)))
