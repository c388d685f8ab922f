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

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import msgspec

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account, Notification, parse_datetime
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
from townsfolk.api.pagination import Cursor, Page
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
    "BASIC_TYPES",
    "GROUPED_TYPES",
    "KNOWN_TYPES",
    "REQUEST_PREFIX",
    "FollowRequestAnswer",
    "NotificationGroup",
    "NotificationItem",
    "Notifications",
    "group_items",
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
    "move",  # someone you follow moved to another account (Mastodon, Pleroma, Akkoma)
)
#: What is asked of a town that refused ``KNOWN_TYPES`` (400 or 422): the types every server
#: family that has ``types[]`` knows. A town that refuses a type it does not know (Pleroma does
#: for the admin types) would otherwise cost the person all her notifications.
BASIC_TYPES = tuple(t for t in KNOWN_TYPES if t != "move")
# Not asked for: "admin.sign_up" and "admin.report" (for a town's moderators; Pleroma refuses a
# ``types[]`` value it does not know, which would cost everyone their notifications). The UI
# has icons and sentences for them, for when they are asked for where the town has them.
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


#: Kinds shown as one line per post ("Ann and 3 others favourited your post") or per day
#: ("Ann and 2 others followed you"), as Mastodon 4.3 groups them (docs: grouped
#: notifications). Follow requests are never grouped: each needs its own answer.
GROUPED_TYPES = ("favourite", "reblog", "follow", "admin.sign_up")
#: How far apart the newest and the oldest notification of one group may be.
POST_GROUP_WINDOW = timedelta(days=7)
PEOPLE_GROUP_WINDOW = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class NotificationGroup:
    """Notifications shown as one line: one or more of the same kind about the same post
    (or, for follows, the same day), newest first."""

    items: tuple[NotificationItem, ...]

    @property
    def lead(self) -> NotificationItem:
        return self.items[0]

    @property
    def kind(self) -> str:
        return self.lead.notification.type

    @property
    def key(self) -> str:
        """Stays the same while newer notifications join the group (for "expanded")."""
        oldest = self.items[-1]
        return f"{self.kind}/{_post_id(oldest.notification)}/{oldest.id}"

    @property
    def read(self) -> bool:
        return all(item.read for item in self.items)

    @property
    def accounts(self) -> list[Account]:
        """The people, newest first, each once."""
        seen: set[str] = set()
        people: list[Account] = []
        for item in self.items:
            account = item.notification.account
            if account is not None and account.id not in seen:
                seen.add(account.id)
                people.append(account)
        return people

    def item_of(self, account_id: str) -> NotificationItem | None:
        for item in self.items:
            account = item.notification.account
            if account is not None and account.id == account_id:
                return item
        return None


def _post_id(n: Notification) -> str:
    return n.status.id if n.status is not None else ""


def _town_key(n: Notification) -> str | None:
    """The town's own group (Mastodon 4.3 sends ``group_key`` with every notification;
    ``ungrouped-…`` for kinds it never groups), or None when the town does not say."""
    key = n.group_key
    if not key or key.startswith("ungrouped-"):
        return None
    return key


def group_items(items: Sequence[NotificationItem]) -> list[NotificationGroup]:
    """Group notifications (newest first) the way people read them: favourites and boosts of
    one post, and follows of one day, become one line placed where its newest one is.
    Where the town groups them itself (``group_key``, Mastodon 4.3), its groups are used, so
    the official app and Townsfolk show the same lines; elsewhere Townsfolk groups them from
    the plain list (every town)."""
    groups: list[list[NotificationItem]] = []
    open_groups: dict[tuple[str, str], int] = {}
    for item in items:
        n = item.notification
        people_kind = n.type in ("follow", "admin.sign_up")
        if n.type not in GROUPED_TYPES or (not people_kind and n.status is None):
            groups.append([item])
            continue
        town_key = _town_key(n)
        if town_key is not None:
            key = ("town", town_key)
            at = open_groups.get(key)
            if at is not None:
                groups[at].append(item)
            else:
                open_groups[key] = len(groups)
                groups.append([item])
            continue
        key = (n.type, _post_id(n))
        at = open_groups.get(key)
        if at is not None:
            newest = parse_datetime(groups[at][0].notification.created_at)
            when = parse_datetime(n.created_at)
            window = POST_GROUP_WINDOW if n.status is not None else PEOPLE_GROUP_WINDOW
            if newest is not None and when is not None and newest - when <= window:
                groups[at].append(item)
                continue
        open_groups[key] = len(groups)
        groups.append([item])
    return [NotificationGroup(tuple(group)) for group in groups]


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
        #: The town's "last read" marker for notifications, as last read or saved here.
        self._marker: str | None = None
        self._marker_lock = asyncio.Lock()
        #: The types asked for; `BASIC_TYPES` once the town has refused `KNOWN_TYPES`.
        self._types: tuple[str, ...] = KNOWN_TYPES

    async def _page(self, cursor: Cursor | None = None) -> Page[Notification]:
        """One page of the notifications Townsfolk shows. A town that refuses a type it does
        not know (400 or 422) is asked again, and from then on, for the basic types only."""
        try:
            return await self.client.notifications(
                cursor=cursor, limit=PAGE_SIZE, types=self._types
            )
        except ApiError as error:
            if error.status not in (400, 422) or self._types == BASIC_TYPES:
                raise
            log.info("%s refused some notification types; asking for the basic ones", error.server)
            self._types = BASIC_TYPES
            return await self.client.notifications(
                cursor=cursor, limit=PAGE_SIZE, types=self._types
            )

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

    # ------------------------------------------------------------------ read state

    def mark_seen(self, ids: Iterable[str]) -> int:
        """The person saw these notifications on screen: they are read (returns how many
        were not yet). The town's marker follows with :meth:`save_marker`."""
        return self.db.notifications.mark_read_ids(self.account_id, ids)

    def read_marker(self) -> str | None:
        """What the town's marker should say: the newest notification such that it and every
        older one were seen (an unseen one below it would be taken as read by other apps)."""
        return self.db.notifications.read_up_to(self.account_id, skip_prefix=REQUEST_PREFIX)

    async def save_marker(self) -> bool:
        """Tell the town how far the person has read (``POST /api/v1/markers``), so the
        official app and others agree. Only forwards; returns whether it was saved. A town
        without markers, or one not answering, changes nothing here."""
        async with self._marker_lock:
            try:
                marker = self.read_marker()
            except StorageError:
                return False
            if marker is None or not _after(marker, self._marker):
                return False
            try:
                await self.client.set_markers(notifications=marker)
            except ApiError as error:
                log.info("the notifications marker was not saved: %s", type(error).__name__)
                return False
            self._marker = marker
            return True

    async def _apply_town_marker(self) -> None:
        """Notifications read in another app (the town's marker moved) are read here too."""
        try:
            markers = await self.client.get_markers(("notifications",))
        except ApiError as error:  # not every town has markers: never a reason to fail
            log.info("the notifications marker could not be read: %s", type(error).__name__)
            return
        marker = markers.get("notifications")
        last = marker.last_read_id if marker is not None else ""
        if last and not _is_request_id(last) and _after(last, self._marker):
            self._marker = last
        if self._marker:
            self.db.notifications.mark_read(self.account_id, up_to_id=self._marker)

    def _with_read(self, notifications: Sequence[Notification]) -> list[NotificationItem]:
        """Items for these (stored) notifications, read as saved (the marker may say so)."""
        wanted = {n.id for n in notifications}
        if not wanted:
            return []
        rows = self.db.notifications.newest(self.account_id, PAGE_SIZE * 4)
        read = {row.id for row in rows if row.read and row.id in wanted}
        if self._marker is not None:
            limit = sort_key(self._marker)
            read |= {i for i in wanted if not _is_request_id(i) and sort_key(i) <= limit}
        return [NotificationItem(n, n.id in read) for n in notifications]

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
            page = await self._page()
        except ApiError as error:
            raise NotificationsFailed(user_message(error)) from error
        if not saved or all(_is_request_id(row.id) for row in saved):
            self._older = page.next
        known = {row.id for row in self.db.notifications.newest(self.account_id, PAGE_SIZE * 2)}
        fresh = [n for n in page.items if n.id not in known]
        try:
            self._store(page.items)
            await self._apply_town_marker()
            requests = await self._follow_requests()
            items = self._with_read(fresh)
        except StorageError as error:
            raise NotificationsFailed(str(error)) from error
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
            page = await self._page(cursor)
        except ApiError as error:
            if saved:
                return saved
            raise NotificationsFailed(user_message(error)) from error
        self._older = page.next
        self._reached_end = page.next is None or not page.items
        try:
            self._store(page.items)
            if self._marker:
                self.db.notifications.mark_read(self.account_id, up_to_id=self._marker)
        except StorageError as error:
            if saved:
                return saved
            raise NotificationsFailed(str(error)) from error
        seen = {item.id for item in saved}
        if below_id is not None:
            limit = sort_key(below_id)
            fresh = [n for n in page.items if n.id not in seen and sort_key(n.id) < limit]
        else:
            fresh = [n for n in page.items if n.id not in seen]
        return saved + self._with_read(fresh)

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


def _after(new: str, old: str | None) -> bool:
    """Whether marker ``new`` is further than ``old`` (None: nothing yet)."""
    return old is None or sort_key(new) > sort_key(old)


class NotificationsFailed(Exception):
    """The town could not be asked; ``user_message`` says so in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


__all__ += ["ANSWERED_TYPES", "FollowRequestFailed", "NotificationsFailed"]
