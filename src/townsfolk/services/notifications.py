"""Notifications of one account: saved ones at once, newer ones from the town, unread count.

Like timelines, the saved list answers at once and the town is asked afterwards; paging
follows the ``Link`` header. Nothing here is Qt: the UI turns :class:`NotificationItem` into
sentences ("Ann favourited your post") with ``tr()``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import msgspec

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Notification
from townsfolk.api.errors import ApiError
from townsfolk.api.pagination import Cursor
from townsfolk.cache import (
    CachedNotification,
    Database,
    NotificationRecord,
    StorageError,
    sort_key,
)
from townsfolk.services.timelines import store_statuses, user_message

log = logging.getLogger(__name__)

__all__ = ["KNOWN_TYPES", "NotificationItem", "Notifications"]

#: The kinds Townsfolk shows; others (admin reports and the like) are left out.
KNOWN_TYPES = (
    "mention",
    "status",
    "reblog",
    "favourite",
    "follow",
    "follow_request",
    "poll",
    "update",
)
PAGE_SIZE = 40

_decoder = msgspec.json.Decoder(Notification)


@dataclass(frozen=True, slots=True)
class NotificationItem:
    notification: Notification
    read: bool

    @property
    def id(self) -> str:
        return self.notification.id


class Notifications:
    """The notifications of one account on one town."""

    def __init__(self, db: Database, account_id: int, client: MastodonClient) -> None:
        self.db = db
        self.account_id = account_id
        self.client = client
        self._older: Cursor | None = None
        self._reached_end = False

    # ------------------------------------------------------------------ saved

    def _items(self, rows: Sequence[CachedNotification]) -> list[NotificationItem]:
        items = []
        for row in rows:
            try:
                n = _decoder.decode(row.json)
            except msgspec.DecodeError:
                continue
            items.append(NotificationItem(n, row.read))
        return items

    def saved(self, limit: int = PAGE_SIZE) -> list[NotificationItem]:
        """The newest saved notifications, newest first (no network)."""
        return self._items(self.db.notifications.newest(self.account_id, limit, types=KNOWN_TYPES))

    def unread_count(self) -> int:
        return self.db.notifications.unread_count(self.account_id)

    def mark_all_read(self) -> None:
        self.db.notifications.mark_read(self.account_id)

    # ------------------------------------------------------------------ from the town

    def _store(self, notifications: Sequence[Notification]) -> None:
        records = [
            NotificationRecord(
                id=n.id, type=n.type, json=msgspec.json.encode(n), created_at=n.created_at
            )
            for n in notifications
        ]
        statuses = [n.status for n in notifications if n.status is not None]
        with self.db.transaction():
            if statuses:
                store_statuses(self.db, self.account_id, statuses, self.client.server)
            self.db.notifications.upsert_many(self.account_id, records)

    async def refresh(self) -> list[NotificationItem]:
        """Ask the town for notifications newer than the saved ones; returns the new ones,
        newest first (for a desktop notification). Raises :class:`NotificationsFailed`."""
        saved = self.db.notifications.newest(self.account_id, 1)
        try:
            page = await self.client.notifications(limit=PAGE_SIZE, types=KNOWN_TYPES)
        except ApiError as error:
            raise NotificationsFailed(user_message(error)) from error
        if not saved:
            self._older = page.next
        known = {row.id for row in self.db.notifications.newest(self.account_id, PAGE_SIZE * 2)}
        fresh = [n for n in page.items if n.id not in known]
        try:
            self._store(page.items)
        except StorageError as error:
            raise NotificationsFailed(str(error)) from error
        return [NotificationItem(n, False) for n in fresh]

    async def load_older(self, below_id: str | None) -> list[NotificationItem]:
        """The page below ``below_id`` (the oldest one on screen), newest first: saved ones
        first, then the town's (following its ``next`` link)."""
        saved: list[NotificationItem] = []
        if below_id is not None:
            saved = self._items(
                self.db.notifications.older(
                    self.account_id, sort_key(below_id), PAGE_SIZE, types=KNOWN_TYPES
                )
            )
            if len(saved) == PAGE_SIZE or self._reached_end:
                return saved
        elif self._reached_end:
            return []
        lowest = saved[-1].id if saved else below_id
        cursor = self._older or (Cursor.older_than(lowest) if lowest else None)
        try:
            page = await self.client.notifications(
                cursor=cursor, limit=PAGE_SIZE, types=KNOWN_TYPES
            )
        except ApiError as error:
            if saved:
                return saved
            raise NotificationsFailed(user_message(error)) from error
        self._older = page.next
        self._reached_end = page.next is None or not page.items
        self._store(page.items)
        seen = {item.id for item in saved}
        if below_id is not None:
            limit = sort_key(below_id)
            fresh = [n for n in page.items if n.id not in seen and sort_key(n.id) < limit]
        else:
            fresh = [n for n in page.items if n.id not in seen]
        return saved + [NotificationItem(n, False) for n in fresh]


class NotificationsFailed(Exception):
    """The town could not be asked; ``user_message`` says so in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


__all__ += ["NotificationsFailed"]
