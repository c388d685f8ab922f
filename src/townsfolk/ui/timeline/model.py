"""The timeline's list model: one row per post, plus a row where posts may be missing (gap).

Rows are keyed by post id (new posts arrive at the top, so row numbers move). Large batches
are shown as the first `FIRST_ROWS` rows at once, then measured (about `TURN_BUDGET` per
event-loop turn) and inserted in chunks on later turns, so the first paint is quick and the
loop never stalls.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import msgspec
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)

from townsfolk.api.entities import Status
from townsfolk.services.addresses import display_handle
from townsfolk.services.richtext import render_post_html
from townsfolk.services.timelines import TimelineItem
from townsfolk.ui.dates import relative_time  # moved to ui/dates.py; kept here for callers
from townsfolk.ui.kinds.registry import REGISTRY as KINDS

__all__ = ["ItemRole", "KindRole", "PostIdRole", "Row", "TimelineModel", "relative_time"]

ItemRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
PostIdRole = Qt.ItemDataRole.UserRole + 3

FIRST_ROWS = 15  # more than fill a tall window; each costs ~1 ms before the first paint
TURN_BUDGET = 0.012  # seconds of measuring per event-loop turn (the loop never stalls)
FIRST_CHUNK_ROWS = 100  # the first rows below the screen come soon, then bigger chunks
CHUNK_ROWS = 1000
BRING_IN_ROWS = 600  # a long conversation: 50 posts above, 500 replies

_CTX = "Timeline"


#: lupdate collects calls named ``translate`` whose context is written out.
translate = QCoreApplication.translate


@dataclass(slots=True)
class Row:
    """A row: a post (``kind="post"``) or the place below it where posts may be missing
    (``kind="gap"``, same item)."""

    kind: str
    item: TimelineItem

    @property
    def key(self) -> str:
        return self.item.post_id if self.kind == "post" else "gap:" + self.item.post_id


def handle_of(status: Status, town: str) -> str:
    """The author's full address to show (a look-alike town name in its network form)."""
    return display_handle(status.account.acct or status.account.username, town)


#: What the person's hidden words do to a post: the post to show (folded behind a note when
#: it should warn), or None when it is hidden (``ui/hidden_words.py``).
Screen = Callable[[Status], Status | None]


def _rows_for(
    items: Sequence[TimelineItem], last_has_gap_row: bool, screen: Screen | None = None
) -> list[Row]:
    rows: list[Row] = []
    for n, item in enumerate(items):
        shown = screen(item.status) if screen is not None else item.status
        if shown is not None:
            rows.append(Row("post", item if shown is item.status else replace(item, status=shown)))
        if item.gap_below and (n < len(items) - 1 or last_has_gap_row):
            rows.append(Row("gap", item))
    return rows


class TimelineModel(QAbstractListModel):
    """Posts newest first. ``town`` is the account's own town (to show full handles)."""

    loading_finished = Signal()

    def __init__(self, town: str = "", parent=None) -> None:
        super().__init__(parent)
        self.town = town
        self._rows: list[Row] = []
        self._pending: deque[Row] = deque()
        self._measured: list[Row] = []
        self.measure: Callable[[Row], object] | None = None
        self.expanded: set[str] = set()  # posts whose content warning is open
        #: The post shown whole even when long (the post a conversation is about).
        self.whole_post: str | None = None
        self.revealed: set[str] = set()  # posts whose sensitive media are shown
        self.screen: Screen | None = None  # hidden words (None: every post shows)
        self.folded: set[str] = set()  # posts folded behind their hidden words
        self._a11y: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent=None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """No header text: the post list is a table with hidden headers, and a screen reader
        would otherwise read a number ("1", "2"...) before each post."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ItemRole:
            return row
        if role == KindRole:
            return row.kind
        if role == PostIdRole:
            return row.item.post_id
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DisplayRole):
            if row.kind == "gap":
                return translate(
                    "Timeline", "Some posts are not loaded yet here. Press Enter to load them."
                )
            return self.accessible_text(row.item)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.kind == "post":
            return self.picture_descriptions(row.item)
        return None

    def picture_descriptions(self, item: TimelineItem) -> str:
        """The descriptions (alt text) of the post's pictures, for screen readers: the
        accessible description of its row ("" when it has no pictures)."""
        post = item.status.reblog or item.status
        if not post.media_attachments:
            return ""
        return "; ".join(
            m.description or translate("Timeline", "no description") for m in post.media_attachments
        )

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ------------------------------------------------------------------ reading

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def loading(self) -> bool:
        return bool(self._pending or self._measured)

    def row_of(self, key: str, *, bring_in: bool = True) -> int:
        """The row number of a post (or "gap:<post id>"), or -1. A row still waiting to be
        inserted (a list is shown `FIRST_ROWS` first) is brought in now, with the rows above
        it, when it is among the first `BRING_IN_ROWS` waiting (e.g. the post a
        conversation is about); ``bring_in=False`` only looks."""
        for n, row in enumerate(self._rows):
            if row.key == key:
                return n
        if not bring_in:
            return -1
        waiting = [*self._measured, *self._pending]
        for n, row in enumerate(waiting[:BRING_IN_ROWS]):
            if row.key == key:
                taken = n + 1
                rows = waiting[:taken]
                from_measured = min(taken, len(self._measured))
                del self._measured[:from_measured]
                for _ in range(taken - from_measured):
                    self._pending.popleft()
                self._insert(len(self._rows), rows)
                return len(self._rows) - 1
        return -1

    def accessible_text(self, item: TimelineItem) -> str:
        cached = self._a11y.get(item.post_id)
        if cached is not None:
            return cached
        text = self._describe(item)
        if len(self._a11y) > 5000:
            self._a11y.clear()
        self._a11y[item.post_id] = text
        return text

    def _describe(self, item: TimelineItem) -> str:
        status = item.status
        post = status.reblog or status
        parts: list[str] = []
        if status.reblog is not None:
            parts.append(translate("Timeline", "%1 boosted").replace("%1", status.account.name))
        parts.append(f"{post.account.name} ({handle_of(post, self.town)})")
        parts.append(relative_time(post.created))
        kind = KINDS.line(post)  # what it is: "Video on PeerTube · 12:34" (ui/kinds)
        if kind:
            parts.append(kind + ". " + translate("Timeline", "Press O to open it."))
        if post.edited_at:
            parts.append(translate("Timeline", "edited"))
        if post.id in self.folded and post.id not in self.expanded:
            parts.append(
                translate("Timeline", "%1 Press Space to show the post anyway.").replace(
                    "%1", post.spoiler_text
                )
            )
        elif post.spoiler_text and post.id not in self.expanded:
            parts.append(
                translate("Timeline", "Content warning: %1. Press Space to show the post.").replace(
                    "%1", post.spoiler_text
                )
            )
        else:
            if post.spoiler_text:
                parts.append(
                    translate("Timeline", "Content warning: %1.").replace("%1", post.spoiler_text)
                )
            what = KINDS.kind_of(post)
            if what.kind == "long" and post.id != self.whole_post:  # shortened, as on screen
                parts.append(what.summary)
                parts.append(
                    translate("Timeline", "The text is shortened here. Press O to read more.")
                )
            else:
                parts.append(render_post_html(post.content, mentions=post.mentions).plain)
            if post.media_attachments:
                descriptions = [
                    m.description or translate("Timeline", "no description")
                    for m in post.media_attachments
                ]
                pictures = len(descriptions)  # lupdate needs the count as a plain name
                parts.append(
                    translate("Timeline", "%n pictures:", None, pictures)
                    + " "
                    + "; ".join(descriptions)
                )
            if post.card is not None and post.card.title:
                parts.append(translate("Timeline", "Link: %1").replace("%1", post.card.title))
            if post.poll is not None:
                parts.append(
                    translate("Timeline", "Poll: %1").replace(
                        "%1", ", ".join(o.title for o in post.poll.options)
                    )
                )
        parts.append(
            translate("Timeline", "%1 replies, %2 boosts, %3 favourites")
            .replace("%1", str(post.replies_count))
            .replace("%2", str(post.reblogs_count))
            .replace("%3", str(post.favourites_count))
        )
        return ". ".join(p.rstrip(".") for p in parts if p) + "."

    # ------------------------------------------------------------------ changing

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._pending.clear()
        self._measured = []
        self.endResetModel()

    def set_items(self, items: Sequence[TimelineItem], *, more_below: bool = True) -> None:
        """Replace everything (first rows now, the rest in chunks)."""
        self.clear()
        self.append_items(items, more_below=more_below)

    def append_items(self, items: Sequence[TimelineItem], *, more_below: bool = True) -> None:
        if self._rows and self._rows[-1].kind == "gap" and not self._pending:
            self._remove_rows(len(self._rows) - 1, 1)
        if self._pending and self._pending[-1].kind == "gap":
            self._pending.pop()
        rows = _rows_for(items, last_has_gap_row=False, screen=self._screen_now())
        if not self._rows and not self._pending and not self._measured:
            first, rest = rows[:FIRST_ROWS], rows[FIRST_ROWS:]
            self._insert(len(self._rows), first)
            rows = rest
        self._pending.extend(rows)
        if self._pending:
            self._timer.start()

    def prepend_items(self, items: Sequence[TimelineItem]) -> None:
        rows = _rows_for(items, last_has_gap_row=True, screen=self._screen_now())
        if rows and rows[-1].kind == "gap" and not self._rows:
            rows.pop()
        self._insert(0, rows)

    def replace_items(self, items: Sequence[TimelineItem]) -> None:
        self.set_items(items)

    def insert_items(self, items: Sequence[TimelineItem]) -> None:
        """Posts that arrived late: each goes in before the first older post (rows not
        inserted yet wait in order with the rest)."""
        for item in items:
            if self.row_of(item.post_id, bring_in=False) >= 0:
                continue
            shown = self._screened(item.status) if self.screen is not None else item.status
            if shown is None:
                continue  # hidden words
            row = Row("post", replace(item, status=shown))
            at = next(
                (
                    n
                    for n, r in enumerate(self._rows)
                    if r.kind == "post" and r.item.sort_key < item.sort_key
                ),
                None,
            )
            if at is not None:
                self._insert(at, [row])
                continue
            for queue in (self._measured, self._pending):
                spot = next(
                    (
                        n
                        for n, r in enumerate(queue)
                        if r.kind == "post" and r.item.sort_key < item.sort_key
                    ),
                    None,
                )
                if spot is not None:
                    queue.insert(spot, row)
                    break
            else:
                self._insert(len(self._rows), [row])

    def fill_gap(self, after_post_id: str, items: Sequence[TimelineItem], still_gap: bool) -> None:
        gap_row = self.row_of("gap:" + after_post_id)
        post_row = self.row_of(after_post_id)
        if post_row >= 0:
            # the post above the gap no longer has a gap below it
            self._rows[post_row].item = _without_gap(self._rows[post_row].item)
            self._changed(post_row)
        if gap_row >= 0:
            # (the post above may have been deleted meanwhile: the gap row stays its place)
            self._remove_rows(gap_row, 1)
            at = gap_row
        elif post_row >= 0:
            at = post_row + 1
        else:
            return
        rows = _rows_for(items, last_has_gap_row=True, screen=self._screen_now())
        if rows and rows[-1].kind == "gap" and not still_gap:
            rows.pop()
        self._insert(at, rows)

    def _screen_now(self) -> Screen | None:
        return self._screened if self.screen is not None else None

    def _screened(self, status: Status) -> Status | None:
        """The post as the hidden words show it; a folded one is remembered (its note is
        its content warning, the button says "Show anyway")."""
        assert self.screen is not None
        shown = self.screen(status)
        if shown is not None and shown is not status:
            self.folded.add((shown.reblog or shown).id)
        return shown

    def update_status(self, status: Status) -> None:
        """A post changed (favourited, boosted, edited...): repaint its rows."""
        for n, row in enumerate(self._rows):
            if self._update_row(row, status):
                self._changed(n)
        for row in (*self._pending, *self._measured):
            self._update_row(row, status)

    def _update_row(self, row: Row, status: Status) -> bool:
        st = row.item.status
        if st.id == status.id:
            new = status
        elif st.reblog is not None and st.reblog.id == status.id:
            new = msgspec.structs.replace(st, reblog=status)
        else:
            return False
        if self.screen is not None:  # still folded behind its hidden words
            new = self._screened(new) or new
        # a new item: the delegate's caches see that the row changed
        row.item = replace(row.item, status=new)
        self._a11y.pop(row.item.post_id, None)
        return True

    def remove_post(self, post_id: str) -> list[str]:
        """Take a deleted post off the list, with every boost of it. A row where posts may
        be missing below a removed post stays (it still loads them). Returns the keys of
        the rows removed."""

        def gone(row: Row) -> bool:
            st = row.item.status
            return row.kind == "post" and (
                st.id == post_id or (st.reblog is not None and st.reblog.id == post_id)
            )

        removed: list[str] = []
        n = len(self._rows) - 1
        while n >= 0:  # bottom up, so row numbers above stay right; runs in one go
            if gone(self._rows[n]):
                end = n
                while n > 0 and gone(self._rows[n - 1]):
                    n -= 1
                removed.extend(r.key for r in self._rows[n : end + 1])
                self._remove_rows(n, end - n + 1)
            n -= 1
        for queue in (self._pending, self._measured):
            kept = [r for r in queue if not gone(r)]
            removed.extend(r.key for r in queue if gone(r))
            queue.clear()
            queue.extend(kept)
        for key in removed:
            self._a11y.pop(key, None)
        self.expanded.discard(post_id)
        self.revealed.discard(post_id)
        return removed

    def _changed(self, n: int) -> None:
        index = self.index(n)
        self.dataChanged.emit(index, index)

    def forget_spoken(self) -> None:
        """What rows say aloud is worked out again (e.g. the kind of a town became known)."""
        self._a11y.clear()

    def post_known(self, post_id: str) -> None:
        """More is known about what ``post_id`` is (a live stream's state came from its own
        server): the rows showing it (boosts of it too) say so, aloud as well."""
        for n, row in enumerate(self._rows):
            post = row.item.status.reblog or row.item.status
            if row.kind == "post" and post.id == post_id:
                self._a11y.pop(row.item.post_id, None)
                self._changed(n)

    def toggle(self, which: set[str], post_id: str) -> None:
        if post_id in which:
            which.discard(post_id)
        else:
            which.add(post_id)
        self._a11y.clear()
        for n, row in enumerate(self._rows):
            post = row.item.status.reblog or row.item.status
            if row.kind == "post" and post.id == post_id:
                index = self.index(n)
                self.dataChanged.emit(index, index)

    def _insert(self, at: int, rows: Sequence[Row]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self._rows[at:at] = rows
        self.endInsertRows()

    def _remove_rows(self, at: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at + count - 1)
        del self._rows[at : at + count]
        self.endRemoveRows()

    def _work(self) -> None:
        """One event-loop turn: measure pending rows for a while; insert a chunk when ready."""
        deadline = time.perf_counter() + TURN_BUDGET
        while self._pending:
            row = self._pending.popleft()
            if self.measure is not None and row.kind == "post":
                self.measure(row)
            self._measured.append(row)
            if time.perf_counter() > deadline:
                break
        chunk = FIRST_CHUNK_ROWS if len(self._rows) < FIRST_CHUNK_ROWS * 2 else CHUNK_ROWS
        if self._measured and (len(self._measured) >= chunk or not self._pending):
            rows, self._measured = self._measured, []
            self._insert(len(self._rows), rows)
        if self._pending or self._measured:
            self._timer.start()
        else:
            self.loading_finished.emit()


def _without_gap(item: TimelineItem) -> TimelineItem:
    return replace(item, gap_below=False)
