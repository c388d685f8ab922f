"""Reading timelines: answer at once from the cache, then bring newer posts from the town.

A timeline is (account, key). Keys: ``"home"``, ``"local"``, ``"everywhere"``,
``"tag:<name>"``, ``"account:<id>"``, ``"bookmarks"``, ``"favourites"``, ``"list:<id>"``.
As in Tuba, a timeline is an endpoint + an entity type (posts) + paging state; paging to
older posts follows the ``next`` Link header of the last page fetched.

Flow (the UI never waits on the network to show something)::

    tl = Timeline(db, client, account_id, "home", listener=adapter)
    snapshot = tl.open()          # cached posts + reading position, no network
    await tl.refresh()            # newer posts: stored, then *held back*
    tl.show_new()                 # the view asks: held-back posts come in at the top
    await tl.load_older()         # next page down (from the cache when it can)
    await tl.fill_gap(post_id)    # posts missing below `post_id`
    tl.save_position(post_id, offset_px)   # debounced; flushed by close()
    tl.close()                    # drops answers still in flight

Gaps: when a refresh returns a full page that does not reach the newest cached post, posts
may be missing in between. The cache records it (``gap_below`` on the oldest fresh post) and
the item carries ``gap_below=True``; the view shows a "load missing posts" row there.

Late arrivals: some towns deliver a post to home timelines after newer ones (Takahē's
background worker). A refresh that brings a post older than the newest shown one, among the
shown ones and not shown yet, merges it into place at once (``posts_inserted``); a post
that falls inside a gap comes with the gap.

Posts that could not be read: a page's unreadable posts are left out by the API layer
(``Page.skipped``); the timeline counts them and tells the view (``posts_skipped``, the
total so far) so it can say "1 post could not be shown". A page whose posts were all
unreadable does not end the timeline (the next page is asked for), and skipped posts count
when deciding whether a refresh page was full (so the gap marker is still set).

Ordering: posts are ordered by the cache's ``sort_key`` (from the post id). Bookmarks and
favourites are ordered by when they were saved, which only the server's opaque cursor
knows, so those two are refreshed as a whole first page and paged with the Link header.

The listener's callbacks run on the event loop thread. If the timeline was closed (or the
account switched, i.e. a new ``Timeline`` made) while a request was in flight, its answer
is dropped without touching the cache or the listener (as Tokodon does).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import msgspec

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Context, Skips, Status, decode
from townsfolk.api.errors import ApiError, BadResponse, NetworkError
from townsfolk.api.pagination import Cursor, Page
from townsfolk.cache import (
    Database,
    PostRecord,
    ReadingPosition,
    StorageError,
    TimelineEntry,
    sort_key,
)
from townsfolk.i18n import translate

__all__ = [
    "OFFLINE_MESSAGE",
    "OpenResult",
    "RefreshResult",
    "Thread",
    "Timeline",
    "TimelineItem",
    "TimelineListener",
    "fetch_thread",
    "offline_message",
    "parse_key",
    "status_record",
    "store_statuses",
    "thread_from_cache",
]

log = logging.getLogger("townsfolk.services.timelines")

#: The English text of :func:`offline_message` (what it says when no translation is installed).
OFFLINE_MESSAGE = "You are offline; showing saved posts."
PAGE_SIZE = 40
#: Pages asked for in a row while every post on them was unreadable.
_UNREADABLE_PAGES = 5
_SAVED_KINDS = frozenset({"bookmarks", "favourites"})
_KINDS = frozenset(
    {"home", "local", "everywhere", "tag", "account", "bookmarks", "favourites", "list"}
)
_RANK_BASE = 10**15


def parse_key(key: str) -> tuple[str, str]:
    """``"tag:garden"`` -> ``("tag", "garden")``; ``"home"`` -> ``("home", "")``.
    Raises ValueError for an unknown key."""
    kind, _, arg = key.partition(":")
    if kind not in _KINDS or (kind in ("tag", "account", "list") and not arg):
        raise ValueError(f"unknown timeline {key!r}")
    return kind, arg


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One post in a timeline, newest first. ``status`` is the entry itself (for a boost,
    the wrapper; the boosted post is ``status.reblog``). ``gap_below``: posts may be
    missing between this one and the next older one."""

    post_id: str
    sort_key: str
    status: Status
    gap_below: bool = False


@dataclass(frozen=True, slots=True)
class OpenResult:
    items: list[TimelineItem]
    position: ReadingPosition | None


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """``waiting``: new posts held back; ``gap``: posts may be missing below them;
    ``error``: a plain message when the town could not be asked (cached posts stay)."""

    waiting: int = 0
    gap: bool = False
    error: str | None = None
    dropped: bool = False
    late: int = 0  # older posts that arrived late, merged into place
    skipped: int = 0  # posts on this answer that could not be read


class TimelineListener(Protocol):
    """What a timeline tells its view. Every list is newest first."""

    def posts_prepended(self, items: Sequence[TimelineItem]) -> None: ...
    def posts_appended(self, items: Sequence[TimelineItem]) -> None: ...
    def posts_replaced(self, items: Sequence[TimelineItem]) -> None: ...
    def new_posts_waiting(self, count: int) -> None: ...
    def gap_filled(
        self, after_post_id: str, items: Sequence[TimelineItem], still_gap: bool
    ) -> None: ...
    def error(self, message: str) -> None: ...

    # Optional (a listener without them is not told):
    #   posts_inserted(items): late posts, each to go into place by its sort_key;
    #   posts_skipped(total): how many posts of this timeline could not be read so far.


def _author_acct(status: Status, server: str) -> str:
    acct = status.account.acct or status.account.username
    return acct if "@" in acct else f"{acct}@{server}"


def status_record(status: Status, server: str) -> PostRecord:
    """The cache record for a post (its JSON plus the indexed columns)."""
    return PostRecord(
        id=status.id,
        json=msgspec.json.encode(status),
        created_at=status.created_at,
        author_acct=_author_acct(status, server),
        reblog_of_id=status.reblog.id if status.reblog is not None else None,
        in_reply_to_id=status.in_reply_to_id,
        url=status.url,
        uri=status.uri or None,
    )


def store_statuses(db: Database, account_id: int, statuses: Sequence[Status], server: str) -> None:
    db.posts.upsert_many(account_id, [status_record(s, server) for s in statuses])


_decoder = msgspec.json.Decoder(Status)


def decode_cached(json: str | bytes) -> Status | None:
    """A cached post's JSON back into a Status (None if it cannot be read)."""
    try:
        return _decoder.decode(json)
    except (msgspec.DecodeError, msgspec.ValidationError):
        try:
            return decode(json, Status)
        except BadResponse:
            return None


def offline_message() -> str:
    """What to say when no town answers, in the person's language."""
    return translate("Timelines", "You are offline; showing saved posts.")


def user_message(exc: BaseException) -> str:
    """Plain words for a failure while reading a timeline."""
    if isinstance(exc, NetworkError):
        return offline_message()
    if isinstance(exc, ApiError):
        #: {problem} is a sentence saying what went wrong with the town.
        return translate("Timelines", "{problem} Showing saved posts.").format(
            problem=exc.user_message()
        )
    if isinstance(exc, StorageError):
        return str(exc)
    return translate("Timelines", "Something went wrong while loading posts. Showing saved posts.")


class _NullListener:
    def posts_prepended(self, items: Sequence[TimelineItem]) -> None: ...
    def posts_appended(self, items: Sequence[TimelineItem]) -> None: ...
    def posts_replaced(self, items: Sequence[TimelineItem]) -> None: ...
    def new_posts_waiting(self, count: int) -> None: ...
    def gap_filled(
        self, after_post_id: str, items: Sequence[TimelineItem], still_gap: bool
    ) -> None: ...
    def error(self, message: str) -> None: ...


@dataclass
class _State:
    items: list[TimelineItem] = field(default_factory=list)
    waiting: list[TimelineItem] = field(default_factory=list)
    waiting_gap: bool = False
    waiting_replace: bool = False
    replacement: list[TimelineItem] = field(default_factory=list)
    next_cursor: Cursor | None = None  # the Link `next` of the page that ends our list
    end_reached: bool = False


class Timeline:
    """One timeline of one account; see the module docstring."""

    def __init__(
        self,
        db: Database,
        client: MastodonClient,
        account_id: int,
        key: str,
        *,
        listener: TimelineListener | None = None,
        page_size: int = PAGE_SIZE,
        position_delay: float = 1.0,
    ) -> None:
        self.kind, self.arg = parse_key(key)
        self.key = key
        self.db = db
        self.client = client
        self.account_id = account_id
        self.listener: TimelineListener = listener or _NullListener()
        self.page_size = page_size
        self.position_delay = position_delay
        self._state = _State()
        self._generation = 0
        self._closed = False
        self._position: tuple[str, int] | None = None
        self._position_handle: asyncio.TimerHandle | None = None
        self._busy_older = False
        self._busy_refresh = False
        self._filling: set[str] = set()
        self.skipped = 0  # posts of this timeline that could not be read (this session)

    # ------------------------------------------------------------------ reading the cache

    @property
    def items(self) -> list[TimelineItem]:
        """What the view shows now, newest first."""
        return list(self._state.items)

    @property
    def waiting_count(self) -> int:
        return len(self._state.waiting)

    @property
    def ordered_by_id(self) -> bool:
        return self.kind not in _SAVED_KINDS

    def _items_from(self, entries: Sequence[TimelineEntry]) -> list[TimelineItem]:
        out: list[TimelineItem] = []
        for entry in entries:
            status = decode_cached(entry.json)
            if status is not None:
                out.append(TimelineItem(entry.post_id, entry.sort_key, status, entry.gap_below))
        return out

    def open(self, limit: int = PAGE_SIZE, *, max_limit: int = 5000) -> OpenResult:
        """The newest `limit` cached posts and the saved reading position, at once.
        If the saved position is further down, enough posts are read to include it
        (at most `max_limit`). Never touches the network."""
        try:
            entries = self.db.timelines.newest(self.account_id, self.key, limit)
            position = self.db.positions.get(self.account_id, self.key)
            if position is not None and entries and self.ordered_by_id:
                target = sort_key(position.post_id)
                while (
                    entries[-1].sort_key > target
                    and len(entries) < max_limit
                    and (
                        more := self.db.timelines.older(
                            self.account_id, self.key, entries[-1].sort_key, 500
                        )
                    )
                ):
                    entries.extend(more)
        except StorageError as exc:
            self.listener.error(str(exc))
            return OpenResult([], None)
        items = self._items_from(entries)
        self._state = _State(items=items)
        return OpenResult(list(items), position)

    # ------------------------------------------------------------------ the network

    def _fetch(self, cursor: Cursor | None) -> Awaitable[Page[Status]]:
        c, limit = self.client, self.page_size
        if self.kind == "home":
            return c.home_timeline(cursor=cursor, limit=limit)
        if self.kind == "local":
            return c.public_timeline(local=True, cursor=cursor, limit=limit)
        if self.kind == "everywhere":
            return c.public_timeline(cursor=cursor, limit=limit)
        if self.kind == "tag":
            return c.tag_timeline(self.arg, cursor=cursor, limit=limit)
        if self.kind == "account":
            return c.account_statuses(self.arg, cursor=cursor, limit=limit)
        if self.kind == "list":
            return c.list_timeline(self.arg, cursor=cursor, limit=limit)
        if self.kind == "bookmarks":
            return c.bookmarks(cursor=cursor, limit=limit)
        return c.favourites(cursor=cursor, limit=limit)

    async def _request(self, cursor: Cursor | None) -> Page[Status] | None:
        """One page, or None when the answer must be dropped (closed / switched)."""
        generation = self._generation
        page = await self._fetch(cursor)
        if self._closed or generation != self._generation:
            log.debug("%s: dropped an answer that came after the timeline changed", self.key)
            return None
        if page.skipped:
            self.skipped += page.skipped
            self._tell("posts_skipped", self.skipped)
        return page

    async def _request_readable(self, cursor: Cursor | None) -> Page[Status] | None:
        """Like `_request`, but a page whose posts were all unreadable is not the end: the
        next one is asked for (a few times at most)."""
        page = await self._request(cursor)
        hops = 0
        while (
            page is not None
            and not page.items
            and page.skipped
            and page.next is not None
            and hops < _UNREADABLE_PAGES
        ):
            hops += 1
            page = await self._request(page.next)
        return page

    def _tell(self, name: str, *args: object) -> None:
        """Call an optional listener method, if the listener has it."""
        method = getattr(self.listener, name, None)
        if method is not None:
            method(*args)

    def _store(
        self,
        statuses: Sequence[Status],
        *,
        gap_before: bool,
        gap_after: bool,
        sort_keys: Sequence[str] | None = None,
        replace_all: bool = False,
    ) -> None:
        with self.db.transaction():
            store_statuses(self.db, self.account_id, statuses, self.client.server)
            if replace_all:
                self.db.timelines.clear(self.account_id, self.key)
            self.db.timelines.put_page(
                self.account_id,
                self.key,
                [s.id for s in statuses],
                sort_keys=sort_keys,
                gap_before=gap_before,
                gap_after=gap_after,
            )

    def _fresh_items(self, statuses: Sequence[Status]) -> list[TimelineItem]:
        """Items for posts just stored, with their gap flags as the cache now has them."""
        if not statuses:
            return []
        keys = {s.id for s in statuses}
        top = max(sort_key(s.id) for s in statuses)
        entries = self.db.timelines.older(
            self.account_id, self.key, top + "\uffff", len(statuses) + 1
        )
        return [i for i in self._items_from(entries) if i.post_id in keys]

    def _fail(self, exc: BaseException) -> str:
        if not isinstance(exc, ApiError | StorageError):
            log.exception("%s: unexpected failure", self.key)
        message = user_message(exc)
        self.listener.error(message)
        return message

    async def refresh(self) -> RefreshResult:
        """Ask the town for the newest posts, store them, and hold them back (the listener
        hears `new_posts_waiting`). When nothing is shown yet they come in at once."""
        if self._closed or self._busy_refresh:
            return RefreshResult(dropped=True)
        self._busy_refresh = True
        try:
            return await self._refresh()
        except (ApiError, StorageError) as exc:
            return RefreshResult(error=self._fail(exc))
        finally:
            self._busy_refresh = False

    async def _refresh(self) -> RefreshResult:
        page = await self._request(None)
        if page is None:
            return RefreshResult(dropped=True)
        if not self.ordered_by_id:
            return self._refresh_saved(page)
        state = self._state
        statuses = page.items
        newest_cached = self.db.timelines.newest(self.account_id, self.key, 1)
        top_key = newest_cached[0].sort_key if newest_cached else None
        overlap = top_key is not None and any(sort_key(s.id) <= top_key for s in statuses)
        # (an unreadable post still took a place on the page)
        full = len(statuses) + page.skipped >= self.page_size and page.next is not None
        gap = top_key is not None and not overlap and full
        if statuses:
            self._store(statuses, gap_before=False, gap_after=page.next is not None)
        shown_top = state.items[0].sort_key if state.items else None
        fresh = self._fresh_items(
            [s for s in statuses if shown_top is None or sort_key(s.id) > shown_top]
        )
        if not state.items:
            state.items = fresh
            state.next_cursor = page.next
            state.end_reached = page.next is None and not page.skipped
            if fresh:
                self.listener.posts_prepended(fresh)
            return RefreshResult(0, gap, skipped=page.skipped)
        late = self._merge_late(statuses)
        if not fresh:
            return RefreshResult(
                len(state.waiting), state.waiting_gap, late=len(late), skipped=page.skipped
            )
        # Posts already waiting are replaced by the newer answer (it is stored anyway).
        known = {i.post_id for i in fresh}
        older_waiting = [i for i in state.waiting if i.post_id not in known]
        if gap:
            fresh[-1] = replace(fresh[-1], gap_below=True)
            older_waiting = []  # they are inside the gap now; filling it brings them back
        state.waiting = fresh + older_waiting
        state.waiting_gap = gap or state.waiting_gap
        self.listener.new_posts_waiting(len(state.waiting))
        return RefreshResult(len(state.waiting), gap, late=len(late), skipped=page.skipped)

    def _merge_late(self, statuses: Sequence[Status]) -> list[TimelineItem]:
        """Posts of a refresh that are older than the newest shown one, newer than the
        oldest shown one and not shown: put them in place (they were stored already)."""
        state = self._state
        if not state.items or not self.ordered_by_id:
            return []
        top, bottom = state.items[0].sort_key, state.items[-1].sort_key
        shown = {i.post_id for i in state.items}
        candidates = [s for s in statuses if bottom < sort_key(s.id) < top and s.id not in shown]
        if not candidates:
            return []
        late: list[TimelineItem] = []
        for status in sorted(candidates, key=lambda s: sort_key(s.id), reverse=True):
            item = TimelineItem(status.id, sort_key(status.id), status, False)
            # where it goes: below the last shown post newer than it
            at = next(
                (
                    n
                    for n, shown_item in enumerate(state.items)
                    if shown_item.sort_key < item.sort_key
                ),
                len(state.items),
            )
            if state.items[at - 1].gap_below:
                continue  # inside a gap: filling the gap brings it
            state.items.insert(at, item)
            late.append(item)
        if late:
            log.info("%s: %d late post(s) merged into place", self.key, len(late))
            self._tell("posts_inserted", late)
        return late

    def _refresh_saved(self, page: Page[Status]) -> RefreshResult:
        state = self._state
        statuses = page.items
        keys = [f"{_RANK_BASE - rank:016d}" for rank in range(len(statuses))]
        self._store(
            statuses,
            gap_before=False,
            gap_after=page.next is not None,
            sort_keys=keys,
            replace_all=True,
        )
        items = self._items_from(self.db.timelines.newest(self.account_id, self.key, len(statuses)))
        state.next_cursor = page.next
        state.end_reached = page.next is None
        shown = {i.post_id for i in state.items}
        new = [i for i in items if i.post_id not in shown]
        if not state.items or not new:
            state.items = items
            self.listener.posts_replaced(items)
            return RefreshResult(0)
        state.waiting = new
        state.waiting_replace = True
        state.replacement = items
        self.listener.new_posts_waiting(len(new))
        return RefreshResult(len(new))

    def show_new(self) -> list[TimelineItem]:
        """Bring the held-back posts in at the top (the view asked). Returns them."""
        state = self._state
        if not state.waiting:
            return []
        if state.waiting_replace:
            items = state.replacement
            state.items = items
            state.waiting, state.waiting_replace, state.replacement = [], False, []
            self.listener.posts_replaced(items)
            self.listener.new_posts_waiting(0)
            return items
        new = state.waiting
        state.items = new + state.items
        state.waiting, state.waiting_gap = [], False
        self.listener.posts_prepended(new)
        self.listener.new_posts_waiting(0)
        return new

    async def load_older(self) -> list[TimelineItem]:
        """Append the next older posts: from the cache while it is continuous, else the
        next page from the town (the Link header's ``next``). Returns what was added."""
        state = self._state
        if self._closed or self._busy_older or state.end_reached:
            return []
        self._busy_older = True
        try:
            return await self._load_older()
        except (ApiError, StorageError) as exc:
            self._fail(exc)
            return []
        finally:
            self._busy_older = False

    async def _load_older(self) -> list[TimelineItem]:
        state = self._state
        last = state.items[-1] if state.items else None
        if last is not None and not last.gap_below and self.ordered_by_id:
            entries = self.db.timelines.older(
                self.account_id, self.key, last.sort_key, self.page_size
            )
            if entries:
                cached = self._items_from(entries)
                state.items.extend(cached)
                self.listener.posts_appended(cached)
                return cached
        if last is None:
            cursor = None
        elif state.next_cursor is not None:
            cursor = state.next_cursor
        elif self.ordered_by_id:
            cursor = Cursor.older_than(last.post_id)
        else:
            return []  # saved posts need a fresh first page to page on (refresh)
        page = await self._request_readable(cursor)
        if page is None:
            return []
        statuses = page.items
        if last is not None and self.ordered_by_id:
            statuses = [s for s in statuses if sort_key(s.id) < last.sort_key]
        state.next_cursor = page.next
        # still nothing readable after a few pages: not the end, the next scroll goes on
        unreadable_only = not page.items and page.skipped > 0 and page.next is not None
        if (not statuses or page.next is None) and not unreadable_only:
            state.end_reached = True
        if not statuses:
            if unreadable_only:
                return []
            if last is not None and self.ordered_by_id:
                self.db.timelines.close_gap(self.account_id, self.key, last.post_id)
                state.items[-1] = replace(last, gap_below=False)
            return []
        if self.ordered_by_id:
            self._store(statuses, gap_before=last is None, gap_after=page.next is not None)
            added = self._fresh_items(statuses)
        else:
            start = len(state.items)
            keys = [f"{_RANK_BASE - start - r:016d}" for r in range(len(statuses))]
            self._store(statuses, gap_before=False, gap_after=page.next is not None, sort_keys=keys)
            added = [TimelineItem(s.id, k, s, False) for s, k in zip(statuses, keys, strict=True)]
        if last is not None:
            state.items[-1] = replace(last, gap_below=False)
        state.items.extend(added)
        self.listener.posts_appended(added)
        return added

    async def fill_gap(self, after_post_id: str) -> list[TimelineItem]:
        """Fetch the posts missing below `after_post_id` (a shown item with ``gap_below``)
        and put them in place. The gap closes when the page reaches the next shown post;
        otherwise it moves down below the last post fetched."""
        state = self._state
        index = next((n for n, i in enumerate(state.items) if i.post_id == after_post_id), None)
        if self._closed or index is None or after_post_id in self._filling:
            return []
        self._filling.add(after_post_id)
        try:
            page = await self._request_readable(Cursor.older_than(after_post_id))
            if page is None:
                return []
            index = next((n for n, i in enumerate(state.items) if i.post_id == after_post_id), None)
            if index is None:
                return []
            upper = state.items[index]
            lower = state.items[index + 1] if index + 1 < len(state.items) else None
            statuses = [
                s
                for s in page.items
                if sort_key(s.id) < upper.sort_key
                and (lower is None or sort_key(s.id) > lower.sort_key)
            ]
            reached = lower is not None and any(
                sort_key(s.id) <= lower.sort_key for s in page.items
            )
            if page.items:
                self._store(page.items, gap_before=False, gap_after=page.next is not None)
            else:
                self.db.timelines.close_gap(self.account_id, self.key, after_post_id)
            added = self._fresh_items(statuses)
            if added:
                still = not reached and page.next is not None
                added[-1] = replace(added[-1], gap_below=still)
            else:
                still = False
            if reached or not page.items:
                self.db.timelines.close_gap(
                    self.account_id, self.key, added[-1].post_id if added else after_post_id
                )
            state.items[index] = replace(upper, gap_below=False)
            state.items[index + 1 : index + 1] = added
            self.listener.gap_filled(after_post_id, added, still)
            return added
        except (ApiError, StorageError) as exc:
            self._fail(exc)
            return []
        finally:
            self._filling.discard(after_post_id)

    # ------------------------------------------------------------------ reading position

    def save_position(self, post_id: str, offset_px: int = 0) -> None:
        """Remember the post at the top of the view; written after `position_delay` s of
        quiet (scrolling calls this often), and at `close()`."""
        self._position = (post_id, max(0, int(offset_px)))
        if self._position_handle is not None:
            self._position_handle.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush_position()
            return
        self._position_handle = loop.call_later(self.position_delay, self.flush_position)

    def flush_position(self) -> None:
        if self._position_handle is not None:
            self._position_handle.cancel()
            self._position_handle = None
        if self._position is None:
            return
        post_id, offset = self._position
        self._position = None
        try:
            self.db.positions.set(self.account_id, self.key, post_id, offset)
        except StorageError as exc:
            log.warning("%s: could not save the reading position: %s", self.key, exc)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Save the position and drop every answer still in flight."""
        self.flush_position()
        self._closed = True
        self._generation += 1
        self.listener = _NullListener()


# ---------------------------------------------------------------------- threads


@dataclass(frozen=True, slots=True)
class Thread:
    """A post with what it replies to (oldest first) and the replies (in reading order).
    ``skipped``: posts of the thread the town sent that could not be read (left out)."""

    ancestors: list[Status]
    focus: Status | None
    descendants: list[Status]
    skipped: int = 0


def thread_from_cache(db: Database, account_id: int, post_id: str, *, depth: int = 50) -> Thread:
    """The thread as far as the cache knows it (no network)."""
    found = db.posts.get(account_id, post_id)
    focus = decode_cached(found.json) if found else None
    if focus is not None and focus.reblog is not None:
        focus = focus.reblog
    ancestors: list[Status] = []
    parent_id = focus.in_reply_to_id if focus else None
    while parent_id and len(ancestors) < depth:
        cached = db.posts.get(account_id, parent_id)
        parent = decode_cached(cached.json) if cached else None
        if parent is None:
            break
        ancestors.insert(0, parent)
        parent_id = parent.in_reply_to_id
    descendants: list[Status] = []
    queue = [focus.id] if focus else []
    while queue and len(descendants) < 500:
        for reply in db.posts.replies_to(account_id, queue.pop(0)):
            status = decode_cached(reply.json)
            if status is not None:
                descendants.append(status)
                queue.append(status.id)
    return Thread(ancestors, focus, descendants)


async def fetch_thread(
    db: Database,
    client: MastodonClient,
    account_id: int,
    post_id: str,
    *,
    is_current: Callable[[], bool] = lambda: True,
) -> Thread | None:
    """The thread from the town (stored in the cache too). None when `is_current()` says
    the answer is no longer wanted. Raises ApiError when the town cannot be asked."""
    context: Context
    focus: Status
    skips = Skips()
    context, focus = await asyncio.gather(
        client.status_context(post_id, skips=skips), client.get_status(post_id)
    )
    if not is_current():
        return None
    if focus.reblog is not None:
        focus = focus.reblog
    store_statuses(db, account_id, [*context.ancestors, focus, *context.descendants], client.server)
    return Thread(context.ancestors, focus, context.descendants, skips.count(Status))
