"""Notifications of one account: saved ones at once, newer ones from the town, unread count.

Like timelines, the saved list answers at once and the town is asked afterwards; paging
follows the ``Link`` header. Nothing here is Qt: the UI turns :class:`NotificationItem` into
sentences ("Ann favourited your post") with ``tr()``.

Follow requests
    A locked account gets a ``follow_request`` notification when someone asks to follow it;
    :meth:`Notifications.answer_follow_request` says yes
    (``POST /api/v1/follow_requests/:account_id/authorize``) or no (``/reject``). The answer
    is remembered in the saved copy (its ``type`` column becomes ``follow_request:accepted``,
    ``:declined`` or ``:gone``; the server's JSON is kept as it was), so the buttons do not come
    back after a restart or when the town still lists the old notification. A refusal raises
    :class:`FollowRequestFailed` with a plain sentence and changes nothing saved; a 404 means
    the request is no longer waiting (taken back, or answered elsewhere) and is saved as
    ``:gone``.

    Some towns never send ``follow_request`` notifications (Takahē): the waiting requests
    are also read from ``GET /api/v1/follow_requests`` with every refresh (at start, on
    refresh, with the notifications). A person listed there without a waiting
    ``follow_request`` notification of the town gets one made here, with the id
    ``request-<account id>`` (it sorts above the town's ids, so waiting requests stay at the
    top); it is answered like any other, and saved as ``:gone`` when the town no longer
    lists it (taken back, or answered on the web).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import msgspec

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Notification
from townsfolk.api.errors import (
    ApiError,
    Forbidden,
    NetworkError,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    ValidationFailed,
)
from townsfolk.api.pagination import Cursor
from townsfolk.cache import (
    CachedNotification,
    Database,
    NotificationRecord,
    StorageError,
    sort_key,
)
from townsfolk.i18n import translate
from townsfolk.services.timelines import store_statuses, user_message

log = logging.getLogger(__name__)

__all__ = [
    "KNOWN_TYPES",
    "REQUEST_PREFIX",
    "FollowRequestAnswer",
    "NotificationItem",
    "Notifications",
]

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


class FollowRequestAnswer(StrEnum):
    """What became of a follow request (``None`` on the item while it waits)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    GONE = "gone"  # taken back by the person, or answered somewhere else


_ANSWERED_PREFIX = "follow_request:"
#: The saved ``type`` of an answered follow request (only on this computer).
ANSWERED_TYPES = tuple(f"{_ANSWERED_PREFIX}{answer.value}" for answer in FollowRequestAnswer)
#: What the saved list shows: the town's kinds and the answered requests.
_SAVED_TYPES = (*KNOWN_TYPES, *ANSWERED_TYPES)

_decoder = msgspec.json.Decoder(Notification)
#: The id of a follow request read from /api/v1/follow_requests (not a town notification).
REQUEST_PREFIX = "request-"


def _is_request_id(notification_id: str | None) -> bool:
    return bool(notification_id) and str(notification_id).startswith(REQUEST_PREFIX)


@dataclass(frozen=True, slots=True)
class NotificationItem:
    notification: Notification
    read: bool
    #: For a follow request: the answer given (None while it still waits).
    answer: FollowRequestAnswer | None = None

    @property
    def id(self) -> str:
        return self.notification.id

    @property
    def waiting_request(self) -> bool:
        """A follow request still waiting for Accept or Decline."""
        return self.notification.type == "follow_request" and self.answer is None


def _answer_of(saved_type: str) -> FollowRequestAnswer | None:
    if not saved_type.startswith(_ANSWERED_PREFIX):
        return None
    try:
        return FollowRequestAnswer(saved_type.removeprefix(_ANSWERED_PREFIX))
    except ValueError:
        return None


class FollowRequestFailed(Exception):
    """The town did not take the answer; ``user_message`` says what happened and what to do.
    ``gone``: the request no longer waits (nothing to answer any more)."""

    def __init__(self, user_message: str, *, gone: bool = False) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.gone = gone


def _request_failure(error: ApiError, *, accept: bool, name: str, town: str) -> FollowRequestFailed:
    #: {name} is the person who asked to follow.
    action = (
        translate("FollowRequests", "let {name} follow you")
        if accept
        else translate("FollowRequests", "decline the request from {name}")
    ).format(name=name)
    if isinstance(error, NotFound):
        return FollowRequestFailed(
            translate(
                "FollowRequests",
                "{name} is no longer waiting for an answer: they may have taken the request "
                "back, or you already answered it somewhere else.",
            ).format(name=name),
            gone=True,
        )
    if isinstance(error, NetworkError):
        text = translate(
            "FollowRequests",
            "Townsfolk could not {action} because {town} is not answering. "
            "Nothing has changed; please try again in a little while.",
        )
    elif isinstance(error, RateLimited):
        text = translate(
            "FollowRequests",
            "{town} asked Townsfolk to slow down, so it could not {action}. "
            "Please try again in a few minutes.",
        )
    elif isinstance(error, Unauthorized):
        text = translate(
            "FollowRequests",
            "Townsfolk is no longer logged in to {town}. Please log in again, then try again.",
        )
    elif isinstance(error, Forbidden | ValidationFailed):
        text = translate("FollowRequests", "{town} did not allow Townsfolk to {action}.")
    elif isinstance(error, ServerError):
        text = translate(
            "FollowRequests",
            "{town} had a problem and could not {action}. Nothing has changed; "
            "please try again later.",
        )
    else:
        text = translate("FollowRequests", "Townsfolk could not {action}. Please try again.")
    return FollowRequestFailed(text.format(action=action, town=town))


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
            items.append(NotificationItem(n, row.read, _answer_of(row.type)))
        return items

    def saved(self, limit: int = PAGE_SIZE) -> list[NotificationItem]:
        """The newest saved notifications, newest first (no network)."""
        return self._items(self.db.notifications.newest(self.account_id, limit, types=_SAVED_TYPES))

    def unread_count(self) -> int:
        return self.db.notifications.unread_count(self.account_id)

    def mark_all_read(self) -> None:
        self.db.notifications.mark_read(self.account_id)

    # ------------------------------------------------------------------ from the town

    def _answered_ids(self) -> set[str]:
        rows = self.db.notifications.newest(self.account_id, PAGE_SIZE * 4, types=ANSWERED_TYPES)
        return {row.id for row in rows}

    def _store(self, notifications: Sequence[Notification]) -> None:
        # A request answered here keeps its answer even if the town still lists it.
        answered = self._answered_ids()
        records = [
            NotificationRecord(
                id=n.id, type=n.type, json=msgspec.json.encode(n), created_at=n.created_at
            )
            for n in notifications
            if not (n.type == "follow_request" and n.id in answered)
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
        if not saved or all(_is_request_id(row.id) for row in saved):
            self._older = page.next
        known = {row.id for row in self.db.notifications.newest(self.account_id, PAGE_SIZE * 2)}
        fresh = [n for n in page.items if n.id not in known]
        try:
            self._store(page.items)
            requests = await self._follow_requests()
        except StorageError as error:
            raise NotificationsFailed(str(error)) from error
        items = [NotificationItem(n, False) for n in fresh]
        return sorted([*requests, *items], key=lambda i: sort_key(i.id), reverse=True)

    async def _follow_requests(self) -> list[NotificationItem]:
        """The waiting requests the town lists but sent no notification for, saved as
        notifications; returns the ones new since the last look."""
        try:
            page = await self.client.follow_requests(limit=PAGE_SIZE * 2)
        except ApiError as error:  # not every town has it: never a reason to fail the rest
            log.info("follow requests could not be read: %s", type(error).__name__)
            return []
        waiting_from_town: set[str] = set()
        ours: dict[str, CachedNotification] = {}
        rows = self.db.notifications.newest(
            self.account_id, PAGE_SIZE * 4, types=("follow_request", *ANSWERED_TYPES)
        )
        for row in rows:
            if _is_request_id(row.id):
                ours[row.id] = row
            elif row.type == "follow_request":
                try:
                    n = _decoder.decode(row.json)
                except msgspec.DecodeError:
                    continue
                if n.account is not None:
                    waiting_from_town.add(n.account.id)
        unseen = [
            a
            for a in page.items
            if a.id not in waiting_from_town
            and getattr(ours.get(f"{REQUEST_PREFIX}{a.id}"), "type", "") != "follow_request"
        ]
        if unseen:
            # The town may have sent them long ago (older than the saved page): ask for
            # its follow_request notifications alone before making any here.
            waiting_from_town |= await self._town_request_notifications()
        listed = {}
        for account in page.items:
            if account.id not in waiting_from_town:
                listed[f"{REQUEST_PREFIX}{account.id}"] = account
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        records: list[NotificationRecord] = []
        fresh: list[NotificationItem] = []
        for notification_id, account in listed.items():
            mine = ours.get(notification_id)
            if mine is not None and mine.type == "follow_request":
                continue  # already shown as waiting
            n = Notification(
                id=notification_id, type="follow_request", created_at=now, account=account
            )
            records.append(
                NotificationRecord(
                    id=n.id, type=n.type, json=msgspec.json.encode(n), created_at=now
                )
            )
            fresh.append(NotificationItem(n, False))
        if page.next is None:  # the whole list was read: the others no longer wait
            for notification_id, row in ours.items():
                if row.type == "follow_request" and notification_id not in listed:
                    gone = f"{_ANSWERED_PREFIX}{FollowRequestAnswer.GONE.value}"
                    records.append(
                        NotificationRecord(
                            id=row.id, type=gone, json=row.json, created_at=row.created_at
                        )
                    )
        if records:
            self.db.notifications.upsert_many(self.account_id, records)
        return fresh

    async def _town_request_notifications(self) -> set[str]:
        """The town's own follow_request notifications (saved); the askers' account ids."""
        try:
            page = await self.client.notifications(limit=PAGE_SIZE, types=("follow_request",))
        except ApiError:
            return set()
        found = [n for n in page.items if n.type == "follow_request" and n.account is not None]
        self._store(found)
        answered = self._answered_ids()
        return {n.account.id for n in found if n.account is not None and n.id not in answered}

    async def load_older(self, below_id: str | None) -> list[NotificationItem]:
        """The page below ``below_id`` (the oldest one on screen), newest first: saved ones
        first, then the town's (following its ``next`` link)."""
        saved: list[NotificationItem] = []
        if below_id is not None:
            saved = self._items(
                self.db.notifications.older(
                    self.account_id, sort_key(below_id), PAGE_SIZE, types=_SAVED_TYPES
                )
            )
            if len(saved) == PAGE_SIZE or self._reached_end:
                return saved
        elif self._reached_end:
            return []
        lowest = saved[-1].id if saved else below_id
        if _is_request_id(lowest):
            lowest = None  # made here, not a place in the town's list
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

    # ------------------------------------------------------------------ follow requests

    async def answer_follow_request(self, item: NotificationItem, accept: bool) -> NotificationItem:
        """Accept or decline the follow request of ``item``; returns the item with its answer
        (also saved). Raises :class:`FollowRequestFailed` when the town refuses: nothing is
        saved then, except that a request the town no longer has is saved as gone."""
        n = item.notification
        if n.type != "follow_request" or n.account is None:
            raise ValueError("not a follow request")
        name = n.account.name
        try:
            if accept:
                await self.client.authorize_follow_request(n.account.id)
            else:
                await self.client.reject_follow_request(n.account.id)
        except ApiError as error:
            failure = _request_failure(error, accept=accept, name=name, town=self._town_name())
            if failure.gone:
                self._save_answer(item, FollowRequestAnswer.GONE)
            raise failure from error
        answer = FollowRequestAnswer.ACCEPTED if accept else FollowRequestAnswer.DECLINED
        self._save_answer(item, answer)
        return NotificationItem(n, item.read, answer)

    def _town_name(self) -> str:
        """The town as people know it (its domain), not the address Townsfolk talks to."""
        try:
            account = self.db.accounts.get(self.account_id)
        except StorageError:
            account = None
        return account.server_domain if account is not None else self.client.server

    def _save_answer(self, item: NotificationItem, answer: FollowRequestAnswer) -> None:
        n = item.notification
        record = NotificationRecord(
            id=n.id,
            type=f"{_ANSWERED_PREFIX}{answer.value}",
            json=msgspec.json.encode(n),
            created_at=n.created_at,
        )
        try:
            self.db.notifications.upsert_many(self.account_id, [record])
        except StorageError:
            # The town has the answer; only the saved copy is behind (the next start may
            # show the buttons again, and answering again then says it is no longer waiting).
            log.warning("The answer to a follow request could not be saved.")


class NotificationsFailed(Exception):
    """The town could not be asked; ``user_message`` says so in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


__all__ += ["ANSWERED_TYPES", "FollowRequestFailed", "NotificationsFailed"]
