"""The rows of the notifications list: grouped notifications, and the people of an expanded
group under it.

The model keeps the flat list of :class:`NotificationItem` (``items``, newest first) and shows
it grouped (:func:`~townsfolk.services.notifications.group_items`): "Ann and 3 others
favourited your post" is one row. Expanding a group puts one row per person under it.

Read state: an item the town or the saved copy calls unread looks new. When it has been on
screen (the view reports it, see ``NotificationsView.check_seen``) its id goes into ``seen``:
it is read from then on (saved, counted, told to the town), but keeps its new look until the
person leaves the page (:meth:`NotificationsModel.settle_seen`), so it does not change under
their eyes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from townsfolk.api.entities import Account, parse_datetime
from townsfolk.services.notifications import NotificationGroup, NotificationItem, group_items
from townsfolk.ui.notification_icons import kind_icon
from townsfolk.ui.notifications_text import (
    body_text,
    describe_group,
    hidden_text,
    icon_kind,
    kind_name,
)
from townsfolk.ui.safe_text import isolate
from townsfolk.ui.timeline.model import relative_time

__all__ = ["EntryRole", "GroupRole", "ItemRole", "NotificationsModel", "Row"]

ItemRole = Qt.ItemDataRole.UserRole + 1
GroupRole = Qt.ItemDataRole.UserRole + 2
EntryRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class Row:
    """A row: a group (``person`` None), or one person of an expanded group."""

    group: NotificationGroup
    person: Account | None = None
    #: The hidden words that fold this row ("warn"); empty: shown as it is.
    hidden: tuple[str, ...] = ()

    @property
    def item(self) -> NotificationItem:
        """The notification this row opens (a person's own, or the group's newest)."""
        if self.person is not None:
            found = self.group.item_of(self.person.id)
            if found is not None:
                return found
        return self.group.lead

    @property
    def people(self) -> int:
        return len(self.group.accounts)

    @property
    def expandable(self) -> bool:
        return self.person is None and self.people > 1


def created(item: NotificationItem) -> datetime | None:
    return parse_datetime(item.notification.created_at)


class NotificationsModel(QAbstractListModel):
    """Notifications, grouped, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[NotificationItem] = []
        self._rows: list[Row] = []
        #: Keys of the groups shown with their people.
        self.expanded: set[str] = set()
        #: Ids of unread notifications that have been on screen (see the module's text).
        self.seen: set[str] = set()
        #: Notifications a "warn" hidden-words filter folds (id -> the words found), and the
        #: ones the person chose to see anyway.
        self.folded: dict[str, tuple[str, ...]] = {}
        self.shown_anyway: set[str] = set()

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent=None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ItemRole:
            return row.item
        if role == GroupRole:
            return row.group
        if role == EntryRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(row)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return kind_name(icon_kind(row.item.notification))
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(icon_kind(row.item.notification))
        return None

    def spoken(self, row: Row) -> str:
        """The row in words, for screen readers (and DisplayRole)."""
        if row.person is not None:
            name = isolate(row.person.name)
            handle = "@" + (row.person.acct or row.person.username)
            return f"{name} {handle}"
        parts = [describe_group(row.group)]
        if self.is_new(row):
            parts.insert(0, QCoreApplication.translate("Notifications", "New:"))
        item = row.group.lead
        text = body_text(item)
        if row.hidden:
            text = (
                hidden_text(row.hidden)
                + " "
                + QCoreApplication.translate("Notifications", "Press Space to show it.")
            )
        if text:
            parts.append(text)
        elif item.waiting_request:
            parts.append(
                QCoreApplication.translate(
                    "Notifications", "Waiting for your answer: Accept or Decline."
                )
            )
        when = relative_time(created(item))
        if when:
            parts.append(when)
        if row.expandable and row.group.key not in self.expanded:
            parts.append(QCoreApplication.translate("Notifications", "Press Space to see who."))
        return " ".join(parts)

    # -- contents ---------------------------------------------------------------------------

    @property
    def items(self) -> list[NotificationItem]:
        """Every notification (not grouped), newest first."""
        return list(self._items)

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def item(self, notification_id: str) -> NotificationItem | None:
        return next((i for i in self._items if i.id == notification_id), None)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_new(self, row: Row) -> bool:
        """Whether the row looks new (some of it was unread when the page was opened)."""
        items = [row.item] if row.person is not None else row.group.items
        return any(not item.read for item in items)

    def _layout(self) -> list[Row]:
        rows: list[Row] = []
        for group in group_items(self._items):
            rows.append(Row(group, hidden=self._hidden(group)))
            if group.key in self.expanded and len(group.accounts) > 1:
                rows.extend(Row(group, person) for person in group.accounts)
        return rows

    def _hidden(self, group: NotificationGroup) -> tuple[str, ...]:
        lead = group.lead.id
        return () if lead in self.shown_anyway else self.folded.get(lead, ())

    def set_folded(self, notification_id: str, words: tuple[str, ...]) -> None:
        """A "warn" hidden-words filter folds this notification (``()``: it no longer does).
        Rows already shown change when the list is filled again."""
        if words:
            self.folded[notification_id] = words
        else:
            self.folded.pop(notification_id, None)

    def show_anyway(self, row: int) -> bool:
        """The "Show anyway" of a folded row: its words show (until the list is refreshed with
        other hidden words). Returns whether the row was folded."""
        entry = self.row_at(row)
        if entry is None or not entry.hidden:
            return False
        self.shown_anyway.add(entry.group.lead.id)
        self._rows[row] = Row(entry.group)
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows = self._layout()
        self.endResetModel()

    def set_items(self, items: Sequence[NotificationItem]) -> None:
        self._items = list(items)
        self.seen.clear()
        self.expanded.clear()
        self._rebuild()

    def prepend(self, items: Sequence[NotificationItem]) -> None:
        known = {i.id for i in self._items}
        fresh = [i for i in items if i.id not in known]
        if fresh:
            self._items[0:0] = fresh
            self._rebuild()

    def append(self, items: Sequence[NotificationItem]) -> None:
        known = {i.id for i in self._items}
        fresh = [i for i in items if i.id not in known]
        if fresh:
            self._items.extend(fresh)
            self._rebuild()

    def row_of(self, notification_id: str) -> int:
        """The row of the group that holds this notification (-1: not shown)."""
        for n, row in enumerate(self._rows):
            if row.person is None and any(i.id == notification_id for i in row.group.items):
                return n
        return -1

    def replace_item(self, item: NotificationItem) -> bool:
        """Show ``item`` in place of the one with the same id (False if it is not shown)."""
        at = next((n for n, i in enumerate(self._items) if i.id == item.id), -1)
        if at < 0:
            return False
        self._items[at] = item
        rows = self._layout()
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return True
        self._rows = rows
        row = self.row_of(item.id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))
        return True

    # -- expanding --------------------------------------------------------------------------

    def set_expanded(self, row: int, expanded: bool) -> bool:
        """Show or hide the people of the group on ``row``; returns whether it changed."""
        entry = self.row_at(row)
        if entry is None or not entry.expandable:
            return False
        key = entry.group.key
        if (key in self.expanded) == expanded:
            return False
        people = entry.group.accounts
        if expanded:
            self.beginInsertRows(QModelIndex(), row + 1, row + len(people))
            self.expanded.add(key)
            self._rows[row + 1 : row + 1] = [Row(entry.group, p) for p in people]
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), row + 1, row + len(people))
            self.expanded.discard(key)
            del self._rows[row + 1 : row + 1 + len(people)]
            self.endRemoveRows()
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def is_expanded(self, row: int) -> bool:
        entry = self.row_at(row)
        return entry is not None and entry.group.key in self.expanded

    # -- read state -------------------------------------------------------------------------

    def unseen_ids(self, row: int) -> list[str]:
        """Unread notifications on ``row`` not yet reported as seen."""
        entry = self.row_at(row)
        if entry is None:
            return []
        items = [entry.item] if entry.person is not None else entry.group.items
        return [i.id for i in items if not i.read and i.id not in self.seen]

    def settle_seen(self) -> None:
        """The person left the page: what they saw now looks read."""
        if not self.seen:
            return
        self._items = [
            NotificationItem(i.notification, True, i.answer) if i.id in self.seen else i
            for i in self._items
        ]
        self.seen.clear()
        self._rows = self._layout()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def mark_all_read(self) -> None:
        if not any(not i.read for i in self._items):
            return
        self._items = [NotificationItem(i.notification, True, i.answer) for i in self._items]
        self.seen.clear()
        self._rows = self._layout()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
