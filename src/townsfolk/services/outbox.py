"""Posting that never loses a post and never sends one twice.

Plain asyncio, no Qt. Life of a post::

    compose ──submit──> pictures prepared (off the loop) and copied into the profile
                        └─> saved in SQLite (durable, with a fresh idempotency key)
                            └─> the sender: upload pictures ─> publish ─> confirmed (remote id)

- A post leaves the outbox only once the town confirmed it (``mark_sent`` stores its id there).
  Confirmed rows are kept until the next start (the UI can say "Sent"), then purged.
- Pictures are prepared with :mod:`townsfolk.services.pictures` (upright, no location data,
  within the limits) when the post is submitted; the prepared file is kept in
  ``<profile>/outbox-media`` until the post is sent or deleted, so moving or deleting the
  original file loses nothing. Uploaded media ids are saved in the draft as they come in, so
  a retry does not upload again (unless the town forgot them: then they are uploaded again).
- Temporary trouble (cannot connect, no answer in time, 5xx, 429) is retried with exponential
  backoff (429: when the town says the limit resets). A clear refusal (422, 403, 401, 404, other
  4xx) marks the post as needing the person's attention, with a plain sentence; it is not
  retried until the person edits it or asks to try again.
- **Unclear failures.** When the publish request may have reached the town (the connection
  dropped or timed out after the request left, a 5xx, an answer that could not be read), the
  post is marked ``outcome_unclear``. Before sending it again the sender looks at the account's
  latest posts (``account_statuses`` of ``verify_credentials().id``) for the same post (same
  text, compared on letters and digits only after dropping mention domains; same content
  warning, reply, number of pictures, poll; made after the post was saved). Found: it is marked
  sent. Not found: it is sent again *with the same idempotency key*, so a town that honours the
  key returns the original if the first request arrives late. To let a slow first request
  finish before we look, the check waits ``unclear_settle`` seconds after an unclear failure.
- **Towns that ignore the key** (Takahē, and any town whose software is not known to honour
  it): a request can reach the town long after it failed for us (a proxy's 504 while the
  request waits in a queue; 45 s was seen). There, "not found" is not enough: the sender looks
  again every ``unclear_recheck`` seconds until ``unclear_window`` seconds have passed since
  the failure, and only then sends again. Matching is by content and time
  (:func:`post_match`): a post with the same words made since the draft was saved is the
  post; the same words with another picture count, poll, content warning or reply, or a look
  that could not reach back to the draft's time (the page was full of newer posts), is
  *unsure*: the post is then marked "may have been sent, check" (needs the person) instead of
  being sent twice. "Try again" after that means the person looked: it is sent if not found.
- **Crashes.** A post left ``sending`` by a process that died is claimed again by the next
  sender (:meth:`townsfolk.cache.outbox.OutboxRepo.claim_next`) with ``outcome_unclear`` set, so
  it goes through the check above. A send cancelled inside this process (the app quits) is put
  back the same way.
- Waiting posts (queued or needing attention) can be edited or deleted, but not while they are
  being sent. A post whose outcome is unclear cannot be edited or moved until the check is done
  (it may already be on the town).
- :meth:`Outbox.move_to_account` moves a waiting post to another account (e.g. a backup in
  another town) in one transaction, with a fresh idempotency key; it refuses posts being sent
  or possibly already sent, so a post can never go out twice. :meth:`Outbox.move_now` also
  takes a post that this outbox is sending right now, when the post itself has certainly not
  left yet (pictures still uploading, or the connection still being made, e.g. to a town that
  does not answer): that attempt is stopped and put back, then the post is moved, with no
  ``await`` in between, so no sender can pick it up again.
- **One sender per account.** Each account with posts due has its own sender task, started
  on demand (a post is saved, edited, moved, retried, or found due by a light watch every
  ``idle_poll`` seconds) and ended when the account has nothing left to send. One town that
  hangs or drips its answers holds only its own account's posts; every request also has a
  total deadline (see :class:`~townsfolk.api.client.MastodonClient`).
- **"Sent" is never lost.** When the town accepted a post but saving that fact fails (disk
  full, database busy), the save is tried again a few times (``save_retries``); until it
  works, the outbox remembers "accepted, id X" in memory and never sends the post again (its
  sender keeps trying to save it every ``save_retry_poll`` seconds). If the app ends first,
  the post is still marked as being sent by a session that is gone: the next start takes it
  back as *unclear* and looks for it on the town before sending anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Final, Literal

import httpx

from townsfolk import paths
from townsfolk.api.client import MastodonClient, NewPoll
from townsfolk.api.entities import Status
from townsfolk.api.errors import (
    ApiError,
    BadResponse,
    CannotConnect,
    Forbidden,
    NetworkError,
    NotFound,
    RateLimited,
    ServerError,
    TimedOut,
    TlsError,
    Unauthorized,
    ValidationFailed,
)
from townsfolk.api.http import RequestWatch, watch_requests
from townsfolk.cache import Database, Draft, DraftMedia, OutboxItem, OutboxState
from townsfolk.cache.errors import OutboxStateError, StorageError, from_os_error
from townsfolk.i18n import translate
from townsfolk.services.pictures import PictureRefused, prepare_picture

__all__ = [
    "ClientFactory",
    "Outbox",
    "OutboxChange",
    "OutboxProblem",
    "may_have_arrived",
    "post_match",
    "same_post",
    "text_fingerprint",
]

log = logging.getLogger(__name__)

#: How much older than it was a post's time may read: towns give times to the millisecond.
_TIME_PRECISION = 0.001

ClientFactory = Callable[[int], Awaitable[MastodonClient]]
"""Gives a logged-in client for an account's local id (the outbox closes it when done)."""

ChangeKind = Literal[
    "queued", "sending", "sent", "retrying", "needs_attention", "edited", "deleted", "moved"
]

MEDIA_DIR_NAME: Final = "outbox-media"
_MIME_SUFFIX: Final = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
}
_SUFFIX_MIME: Final = {suffix: mime for mime, suffix in _MIME_SUFFIX.items()}
_PENDING: Final = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED)

Phase = Literal["start", "check", "media", "post", "confirm"]
"""Where a send is: getting a client, looking for an earlier attempt on the town, uploading
pictures, publishing, saving the town's answer."""


@dataclass
class _Move:
    """A request to move a post whose send is being stopped (see :meth:`Outbox.move_now`)."""

    account_id: int
    in_reply_to_id: str | None
    done: asyncio.Future[OutboxItem]


@dataclass(frozen=True, slots=True)
class OutboxChange:
    """What changed: ``kind``, the entry's local id, and the entry as it is now (None when
    it was deleted or moved away)."""

    kind: ChangeKind
    item_id: int
    item: OutboxItem | None


class OutboxProblem(Exception):
    """Something the person asked for cannot be done now; ``user_message`` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


# ---------------------------------------------------------------------- deciding about errors


def may_have_arrived(error: BaseException) -> bool:
    """Whether a failed publish request may still have created the post on the town.

    Certainly not: the connection could not be opened (refused, no route, connect or pool
    timeout, TLS handshake), 429, and every clear 4xx refusal. Possibly: a timeout or dropped
    connection after the request left, any 5xx (a proxy's 502/504 can hide a created post),
    and an answer that could not be read.
    """
    if isinstance(error, TlsError):
        return False
    if isinstance(error, TimedOut):
        return not isinstance(error.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(error, CannotConnect):
        return not isinstance(error.__cause__, httpx.ConnectError)
    if isinstance(error, NetworkError):
        return True
    return isinstance(error, ServerError | BadResponse)


def _temporary(error: ApiError) -> bool:
    return isinstance(error, NetworkError | ServerError | RateLimited | BadResponse)


def _attention_message(error: ApiError, server: str) -> str:
    where = server or translate("Outbox", "Your town")
    if isinstance(error, ValidationFailed):
        said = re.sub(r"(?i)^validation failed:\s*", "", error.detail).strip().rstrip(".")
        if said:
            #: {said} is what the town answered, in the town's own words.
            return translate(
                "Outbox",
                "{town} did not accept this post. It said: “{said}”. "
                "Please change the post, then send it again.",
            ).format(town=where, said=said)
        return translate(
            "Outbox", "{town} did not accept this post. Please change it, then send it again."
        ).format(town=where)
    if isinstance(error, NotFound):
        return translate(
            "Outbox",
            "{town} could not find something this post needs; the post you are replying to "
            "may have been deleted. Please change the post, or delete it.",
        ).format(town=where)
    if isinstance(error, Unauthorized | Forbidden):
        #: {problem} is a sentence saying what went wrong (for example, log in again).
        return translate(
            "Outbox", "{problem} Your post is saved and will be sent after that."
        ).format(problem=error.user_message())
    return translate(
        "Outbox", "{problem} Your post is saved; you can try again or change it."
    ).format(problem=error.user_message())


# ---------------------------------------------------------------------- finding a post again


class _AllText(HTMLParser):
    """Every piece of text in post HTML, including Mastodon's "invisible" URL parts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _AllText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # a broken answer: compare on what we have
        log.debug("could not read a post's HTML completely")
    return "".join(parser.parts)


_MENTION_DOMAIN = re.compile(r"(@[\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_NOT_WORD = re.compile(r"[\W_]+")


def text_fingerprint(text: str) -> str:
    """Letters and digits only, lower case, with ``@name@town`` shortened to ``@name``:
    what survives every town's formatting of a post's text."""
    return _NOT_WORD.sub("", _MENTION_DOMAIN.sub(r"\1", text).casefold())


Match = Literal["same", "maybe"]
"""How sure a look is that a post on the town is the draft: the same, or maybe (same words,
something else differs)."""


def post_match(status: Status, draft: Draft, *, not_before: float) -> Match | None:
    """Whether ``status`` (from the account's latest posts) is ``draft`` already published:
    ``"same"`` (same words, content warning, reply, poll and picture count, made since
    ``not_before``), ``"maybe"`` (same words made since then, but something else differs:
    a town may have dropped a picture or a poll), or None.

    ``not_before``: a Unix time; posts made earlier are never this draft (the draft did not
    exist yet), so the same words posted last week are not mistaken for it.
    """
    if status.reblog is not None:
        return None
    created = status.created
    if created is not None and created.timestamp() < not_before:
        return None
    wanted = text_fingerprint(draft.text)
    candidates = [_html_text(status.content)]
    if status.text:
        candidates.insert(0, status.text)
    if not any(text_fingerprint(c) == wanted for c in candidates):
        return None
    if (
        text_fingerprint(status.spoiler_text) != text_fingerprint(draft.spoiler_text)
        or (draft.in_reply_to_id is not None and status.in_reply_to_id != draft.in_reply_to_id)
        or (status.poll is not None) != (draft.poll is not None)
        or (status.media_attachments and len(status.media_attachments) != len(draft.media))
    ):
        return "maybe" if wanted else None  # (an empty text says nothing on its own)
    return "same"


def same_post(status: Status, draft: Draft, *, not_before: float) -> bool:
    """Whether ``status`` is certainly ``draft`` already published (see :func:`post_match`)."""
    return post_match(status, draft, not_before=not_before) == "same"


#: Software known to honour ``Idempotency-Key`` (a re-send with the same key returns the
#: first post). Every other town gets the wider check.
HONOURS_IDEMPOTENCY = frozenset({"mastodon", "pleroma", "akkoma"})


# ---------------------------------------------------------------------- the outbox


class Outbox:
    """The outbox service: saves posts first, sends them, retries, reports changes.

    ``clients``: coroutine function giving a logged-in client for an account's local id (for
    example ``lambda i: accounts.client_for(db.accounts.get(i))``); clients are kept per
    account and closed by :meth:`aclose`.

    Use :meth:`start` to send in the background, one sender per account (it also reclaims
    posts left ``sending`` by a crash), or :meth:`send_due` to send what is due once.
    """

    def __init__(
        self,
        db: Database,
        clients: ClientFactory,
        *,
        media_dir: Path | None = None,
        clock: Callable[[], float] = time.time,
        backoff_base: float = 2.0,
        backoff_max: float = 600.0,
        backoff_jitter: float = 0.2,
        unclear_settle: float = 20.0,
        unclear_recheck: float = 30.0,
        unclear_window: float = 150.0,
        clock_skew: float = 600.0,
        recent_posts: int = 40,
        idle_poll: float = 60.0,
        save_retries: Sequence[float] = (0.05, 0.25, 1.0),
        save_retry_poll: float = 5.0,
    ) -> None:
        self.db = db
        self._clients_factory = clients
        self.media_dir = media_dir or db.path.parent / MEDIA_DIR_NAME
        self._clock = clock
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.backoff_jitter = backoff_jitter
        self.unclear_settle = unclear_settle
        self.unclear_recheck = unclear_recheck
        self.unclear_window = unclear_window
        self.clock_skew = clock_skew
        self.recent_posts = recent_posts
        self.idle_poll = idle_poll
        self.save_retries = tuple(save_retries)
        self.save_retry_poll = save_retry_poll
        self._clients: dict[int, MastodonClient] = {}
        self._my_ids: dict[int, str] = {}
        self._listeners: list[Callable[[OutboxChange], None]] = []
        self._sending: set[int] = set()
        self._started = False
        self._closed = False
        self._watcher: asyncio.Task[None] | None = None
        self._senders: dict[int, asyncio.Task[None]] = {}  # account id -> its sender
        self._wakes: dict[int, asyncio.Event] = {}
        self._attempts: dict[int, asyncio.Task[bool]] = {}  # post id -> the send under way
        #: Posts whose send was under way when `retry_all_now` was asked: if that send
        #: fails, the next try is not put off (the person pressed "Send them first", or the
        #: town answers again), except for a town's own rate limit.
        self._hurried: set[int] = set()
        self._phases: dict[int, Phase] = {}
        self._watches: dict[int, RequestWatch] = {}  # post id -> its publish request
        self._moves: dict[int, _Move] = {}
        self._accepted: dict[int, tuple[int, str]] = {}  # post id -> (account, remote id)
        self._unclear_since: dict[int, float] = {}  # post id -> when it may have left
        self._honours_key: dict[int, bool] = {}  # account id -> its town honours the key
        self._person_checked: set[int] = set()  # "may have been sent": the person looked
        self._unsure: set[int] = set()  # marked "may have been sent, check"

    # ------------------------------------------------------------------ listeners

    def add_listener(self, listener: Callable[[OutboxChange], None]) -> Callable[[], None]:
        """Call ``listener`` on every change; returns a function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def _notify(self, kind: ChangeKind, item_id: int, item: OutboxItem | None) -> None:
        change = OutboxChange(kind, item_id, item)
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("an outbox listener failed")

    # ------------------------------------------------------------------ what is waiting

    def waiting(self, account_id: int | None = None) -> list[OutboxItem]:
        """Posts not confirmed yet (waiting, being sent, or needing attention), oldest first."""
        return self.db.outbox.list(account_id=account_id, states=_PENDING)

    def waiting_count(self, account_id: int | None = None) -> int:
        return self.db.outbox.pending_count(account_id)

    def is_being_sent(self, item_id: int) -> bool:
        item = self.db.outbox.get(item_id)
        return item_id in self._sending or (item is not None and item.state is OutboxState.SENDING)

    def get(self, item_id: int) -> OutboxItem | None:
        return self.db.outbox.get(item_id)

    def sending_phase(self, item_id: int) -> Phase | None:
        """Where this outbox's send of the post is (None: not being sent here)."""
        return self._phases.get(item_id)

    def may_have_left(self, item_id: int) -> bool:
        """Whether the post being sent here may already be on its way to the town."""
        phase = self._phases.get(item_id)
        if phase == "confirm":
            return True
        return phase == "post" and self._may_have_left(item_id)

    # ------------------------------------------------------------------ the person's actions

    async def submit(self, account_id: int, draft: Draft) -> OutboxItem:
        """Save a post (durably, with a fresh idempotency key) and wake the sender.

        Pictures are prepared first, off the event loop; a picture that cannot be used raises
        :class:`~townsfolk.services.pictures.PictureRefused` and nothing is saved.
        """
        if not draft.text.strip() and not draft.media:
            raise OutboxProblem(
                translate("Outbox", "There is nothing to send yet. Please write something first.")
            )
        if draft.poll is not None and draft.media:
            raise OutboxProblem(
                translate(
                    "Outbox",
                    "A post can have pictures or a poll, but not both. Please remove one of them.",
                )
            )
        stored: list[Path] = []
        try:
            media: list[DraftMedia] = []
            for picture in draft.media:
                path = await asyncio.to_thread(self._prepare_and_store, Path(picture.path))
                stored.append(path)
                media.append(replace(picture, path=str(path), remote_id=None))
            item = self.db.outbox.enqueue(account_id, replace(draft, media=tuple(media)))
        except BaseException:
            for path in stored:
                path.unlink(missing_ok=True)
            raise
        self._notify("queued", item.local_id, item)
        self._kick(account_id)
        return item

    async def edit(self, item_id: int, draft: Draft) -> OutboxItem:
        """Change a waiting post (not one being sent). New pictures are prepared and kept
        like in :meth:`submit`; pictures whose description changed are uploaded again."""
        self._waiting_item(item_id, action="change")  # fail early, before preparing pictures
        stored: list[Path] = []
        media_in: list[DraftMedia] = []
        try:
            for picture in draft.media:
                if self._owned(Path(picture.path)):
                    media_in.append(picture)
                    continue
                path = await asyncio.to_thread(self._prepare_and_store, Path(picture.path))
                stored.append(path)
                media_in.append(replace(picture, path=str(path), remote_id=None))
            return self._edit_saved(item_id, replace(draft, media=tuple(media_in)))
        except BaseException:
            for path in stored:
                path.unlink(missing_ok=True)
            raise

    def _edit_saved(self, item_id: int, draft: Draft) -> OutboxItem:
        with self.db.transaction(durable=True):
            current = self._waiting_item(item_id, action="change")
            if current.outcome_unclear:
                raise OutboxProblem(
                    translate(
                        "Outbox",
                        "This post may already have reached your town. Townsfolk is checking; "
                        "you can change it once that is done.",
                    )
                )
            old = {m.path: m for m in current.draft.media}
            media = tuple(
                m if old.get(m.path) == m else replace(m, remote_id=None) for m in draft.media
            )
            try:
                item = self.db.outbox.edit(item_id, replace(draft, media=media))
            except OutboxStateError:
                raise self._busy() from None
        self._forget_files(current.draft, keep=item.draft)
        self._notify("edited", item_id, item)
        self._kick(item.account_id)
        return item

    def delete(self, item_id: int) -> bool:
        """Delete a waiting post (not one being sent). False if it was not there."""
        item = self.db.outbox.get(item_id)
        if item is None:
            return False
        if item_id in self._sending:
            raise self._busy()
        try:
            deleted = self.db.outbox.delete(item_id)
        except OutboxStateError:
            raise self._busy() from None
        if deleted:
            self._forget_files(item.draft)
            self._notify("deleted", item_id, None)
        return deleted

    def retry(self, item_id: int) -> OutboxItem:
        """Try a post that needed attention again, now. For a post marked "may have been
        sent, check", this means the person looked: it is sent unless it is found."""
        try:
            item = self.db.outbox.retry(item_id)
        except OutboxStateError:
            raise OutboxProblem(
                translate("Outbox", "This post is already waiting to be sent.")
            ) from None
        if item_id in self._unsure:
            self._unsure.discard(item_id)
            self._person_checked.add(item_id)
        self._notify("queued", item_id, item)
        self._kick(item.account_id)
        return item

    def retry_all_now(self) -> None:
        """Wake the senders (e.g. the town answers again): due posts go out at once."""
        self._hurried.update(self._attempts)
        self._start_due_senders()
        for wake in self._wakes.values():
            wake.set()

    def move_to_account(
        self, item_id: int, account_id: int, *, in_reply_to_id: str | None = None
    ) -> OutboxItem:
        """Move a waiting post to another account's outbox, in one transaction.

        It gets a fresh idempotency key (another town), its pictures will be uploaded there,
        and its reply link becomes ``in_reply_to_id`` (ids differ between towns: the caller
        finds the same post in the other town, or leaves it None). Refused while the post is
        being sent, or when it may already be on the first town.
        """
        with self.db.transaction(durable=True):
            current = self._waiting_item(item_id, action="move")
            if current.outcome_unclear:
                raise self._may_be_there()
            media = tuple(replace(m, remote_id=None) for m in current.draft.media)
            draft = replace(current.draft, media=media, in_reply_to_id=in_reply_to_id)
            moved = self.db.outbox.enqueue(account_id, draft, idempotency_key=uuid.uuid4().hex)
            try:
                self.db.outbox.delete(item_id)
            except OutboxStateError:
                raise self._busy() from None
        self._notify("moved", item_id, None)
        self._notify("queued", moved.local_id, moved)
        self._kick(account_id)
        return moved

    async def move_now(
        self, item_id: int, account_id: int, *, in_reply_to_id: str | None = None
    ) -> OutboxItem:
        """Like :meth:`move_to_account`, but a post this outbox is sending right now is taken
        too when it has certainly not left yet: that send is stopped and put back, and the post
        moved at once. Refused (:class:`OutboxProblem`) when the post may already be on its
        way to the first town, or may already be there."""
        attempt = self._attempts.get(item_id)
        if attempt is None or attempt.done():
            return self.move_to_account(item_id, account_id, in_reply_to_id=in_reply_to_id)
        if not self._can_stop(item_id):
            raise self._may_be_there()
        if item_id in self._moves:
            raise self._busy()
        move = _Move(account_id, in_reply_to_id, asyncio.get_running_loop().create_future())
        self._moves[item_id] = move
        attempt.cancel()
        return await move.done

    def _can_stop(self, item_id: int) -> bool:
        """Whether the send under way can be stopped without the post perhaps arriving."""
        phase = self._phases.get(item_id, "start")
        if phase in ("start", "media"):
            return True
        watch = self._watches.get(item_id)
        return phase == "post" and watch is not None and not watch.may_have_left

    def _finish_move(self, item: OutboxItem) -> None:
        """A send stopped for :meth:`move_now`: put the post back and move it, in one go
        (no ``await``: no sender can claim it in between)."""
        move = self._moves.pop(item.local_id, None)
        if move is None:
            return
        self._sending.discard(item.local_id)
        try:
            current = self.db.outbox.get(item.local_id)
            if current is not None and current.state is OutboxState.SENDING:
                self.db.outbox.reschedule(
                    item.local_id, error="", next_attempt_at=self._clock(), outcome_unclear=False
                )
            moved = self.move_to_account(
                item.local_id, move.account_id, in_reply_to_id=move.in_reply_to_id
            )
        except BaseException as error:
            if not move.done.done():
                move.done.set_exception(error)
            if not isinstance(error, Exception):
                raise
        else:
            if not move.done.done():
                move.done.set_result(moved)

    def _waiting_item(self, item_id: int, *, action: Literal["change", "move"]) -> OutboxItem:
        current = self.db.outbox.get(item_id)
        if current is None or current.state is OutboxState.SENT:
            if action == "move":
                raise OutboxProblem(
                    translate("Outbox", "Townsfolk cannot move this post: it is no longer waiting.")
                )
            raise OutboxProblem(
                translate("Outbox", "Townsfolk cannot change this post: it is no longer waiting.")
            )
        if current.state is OutboxState.SENDING or item_id in self._sending:
            raise self._busy()
        return current

    @staticmethod
    def _may_be_there() -> OutboxProblem:
        return OutboxProblem(
            translate(
                "Outbox",
                "This post may already have reached your town, so Townsfolk will not "
                "send it from another account. It is checking, and will tell you.",
            )
        )

    @staticmethod
    def _busy() -> OutboxProblem:
        return OutboxProblem(
            translate(
                "Outbox", "This post is being sent right now. Please wait a moment, then try again."
            )
        )

    # ------------------------------------------------------------------ running

    async def start(self) -> None:
        """Reclaim what a crash left behind, and send in the background (one sender per
        account with posts due; a light watch every ``idle_poll`` seconds starts the senders
        of posts that became due meanwhile)."""
        if self._started or self._closed:
            return
        self._started = True
        self.db.outbox.purge_sent()
        for item in self.db.outbox.list(states=(OutboxState.SENDING,)):
            if (
                item.claimed_by == self.db.session_id
                and item.local_id not in self._sending
                and item.local_id not in self._accepted
            ):
                # Ours, but nobody is sending it: a send of this process was cut short.
                self.db.outbox.reschedule(
                    item.local_id,
                    error="",
                    next_attempt_at=self._clock(),
                    outcome_unclear=True,
                )
        self._start_due_senders()
        self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="outbox watch")

    async def aclose(self) -> None:
        """Stop sending (a send in progress is put back as unclear) and close the clients."""
        self._closed = True
        tasks = [t for t in (self._watcher, *self._senders.values()) if t is not None]
        self._watcher = None
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._senders.clear()
        self._wakes.clear()
        for move in self._moves.values():
            if not move.done.done():
                move.done.set_exception(self._busy())
        self._moves.clear()
        clients, self._clients = self._clients, {}
        for client in clients.values():
            await client.aclose()

    def senders(self) -> list[int]:
        """The accounts whose sender is running (for tests and diagnostics)."""
        return sorted(a for a, task in self._senders.items() if not task.done())

    def _kick(self, account_id: int) -> None:
        """Wake the account's sender, or start one (only once :meth:`start` was called)."""
        if not self._started or self._closed:
            return
        task = self._senders.get(account_id)
        if task is not None and not task.done():
            self._wakes[account_id].set()
            return
        self._wakes[account_id] = asyncio.Event()
        self._senders[account_id] = asyncio.get_running_loop().create_task(
            self._send_for(account_id), name=f"outbox sender {account_id}"
        )

    def _start_due_senders(self) -> None:
        if not self._started or self._closed:
            return
        # Queued posts (due or not: the sender sleeps until they are) and posts being sent
        # (maybe by a process that died: the sender takes them back).
        due = {
            item.account_id
            for item in self.db.outbox.list(states=(OutboxState.QUEUED, OutboxState.SENDING))
        }
        due.update(account for account, _ in self._accepted.values())
        for account_id in sorted(due):
            if account_id not in self._senders or self._senders[account_id].done():
                self._kick(account_id)

    async def _watch(self) -> None:
        while not self._closed:
            await asyncio.sleep(self.idle_poll)
            try:
                self._start_due_senders()
            except Exception:
                log.exception("the outbox could not look for posts to send; trying again later")

    async def _send_for(self, account_id: int) -> None:
        """The sender of one account: sends what is due, sleeps until the next post is due,
        and ends when the account has nothing left to send."""
        wake = self._wakes[account_id]
        me = asyncio.current_task()
        try:
            while not self._closed:
                wake.clear()
                try:
                    self._save_accepted(account_id)
                    while not self._closed:
                        item = self.db.outbox.claim_next(account_id=account_id, now=self._clock())
                        if item is None:
                            break
                        await self._attempt(item)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("the outbox sender had a problem; trying again later")
                delay = self._next_wake(account_id)
                if delay is None:
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=delay)
        finally:
            if self._senders.get(account_id) is me:
                del self._senders[account_id]
                self._wakes.pop(account_id, None)

    def _next_wake(self, account_id: int) -> float | None:
        """Seconds until the account's sender should look again; None: nothing left."""
        if any(account == account_id for account, _ in self._accepted.values()):
            return self.save_retry_poll
        queued = self.db.outbox.list(account_id=account_id, states=(OutboxState.QUEUED,))
        if not queued:
            return None
        soonest = min(item.next_attempt_at for item in queued)
        return max(0.0, min(self.idle_poll, soonest - self._clock()))

    def _until_next_due(self) -> float:
        queued = self.db.outbox.list(states=(OutboxState.QUEUED,))
        if not queued:
            return self.idle_poll
        soonest = min(item.next_attempt_at for item in queued)
        return max(0.0, min(self.idle_poll, soonest - self._clock()))

    async def send_due(self) -> int:
        """Send every post that is due now (all accounts, one after the other); returns how
        many the towns accepted."""
        sent = 0
        for account_id in sorted({a for a, _ in self._accepted.values()}):
            self._save_accepted(account_id)
        while not self._closed:
            item = self.db.outbox.claim_next(now=self._clock())
            if item is None:
                break
            if await self._attempt(item):
                sent += 1
        return sent

    async def _attempt(self, item: OutboxItem) -> bool:
        """Send one claimed post in its own task, so :meth:`move_now` can stop just it."""
        task = asyncio.get_running_loop().create_task(
            self._process(item), name=f"outbox post {item.local_id}"
        )
        self._attempts[item.local_id] = task
        try:
            return await task
        except asyncio.CancelledError:
            me = asyncio.current_task()
            if me is not None and me.cancelling():
                raise  # this sender is being stopped, not just the one send
            self._finish_move(item)  # (when the send was stopped before it began)
            return False
        finally:
            if self._attempts.get(item.local_id) is task:
                del self._attempts[item.local_id]
            self._hurried.discard(item.local_id)

    # ------------------------------------------------------------------ sending one post

    async def _client(self, account_id: int) -> MastodonClient:
        client = self._clients.get(account_id)
        if client is None:
            client = await self._clients_factory(account_id)
            self._clients[account_id] = client
        return client

    async def _drop_client(self, account_id: int) -> None:
        client = self._clients.pop(account_id, None)
        self._my_ids.pop(account_id, None)
        if client is not None:
            await client.aclose()

    async def _process(self, item: OutboxItem) -> bool:
        self._sending.add(item.local_id)
        self._notify("sending", item.local_id, item)
        phase: Phase = "start"
        server = ""

        def enter(new: Phase) -> None:
            nonlocal phase
            phase = self._phases[item.local_id] = new

        enter("start")
        try:
            accepted = self._accepted.get(item.local_id)
            if accepted is not None:  # the town has it; only saving that failed before
                enter("confirm")
                await self._confirmed(item, accepted[1])
                return True
            client = await self._client(item.account_id)
            server = client.server
            if item.outcome_unclear:
                enter("check")
                since = self._unclear_since.setdefault(item.local_id, self._clock())
                found, verdict = await self._look_on_server(client, item)
                if found is not None:
                    log.info("outbox %d: already on %s as %s", item.local_id, server, found.id)
                    enter("confirm")
                    await self._confirmed(item, found.id)
                    return True
                checked = item.local_id in self._person_checked
                if verdict == "maybe" and not checked:
                    self._may_have_been_sent(item, server)
                    return False
                if (
                    not checked
                    and not await self._town_honours_key(client, item.account_id)
                    and self._clock() - since < self.unclear_window
                ):
                    # It may still reach the town (a queued request): look again later.
                    self._look_again(item, server)
                    return False
            enter("media")
            draft = await self._upload_media(client, item)
            enter("post")
            with watch_requests() as watch:
                self._watches[item.local_id] = watch
                status = await self._publish(client, item, draft)
            enter("confirm")
            await self._confirmed(item, status.id)
            return True
        except asyncio.CancelledError:
            if item.local_id in self._moves and self._can_stop(item.local_id):
                self._finish_move(item)  # "send from my backup": stopped before it left
                raise
            # The app is stopping: put it back; if the request had left, check before resending.
            if phase != "confirm" or item.local_id not in self._accepted:
                with contextlib.suppress(Exception):
                    self.db.outbox.reschedule(
                        item.local_id,
                        error="",
                        next_attempt_at=self._clock(),
                        outcome_unclear=phase in ("check", "confirm")
                        or (phase == "post" and self._may_have_left(item.local_id)),
                    )
            raise
        except ApiError as error:
            await self._failed(item, error, phase, server)
            return False
        except PictureRefused as refused:
            self._needs_attention(item, refused.user_message)
            return False
        except Exception as error:
            if phase == "confirm":
                raise  # never put back a post the town accepted (see _confirmed)
            message = getattr(error, "user_message", None)
            if isinstance(message, str) and phase == "start":
                self._needs_attention(item, message)  # e.g. no longer logged in
                return False
            log.exception("outbox %d: unexpected problem", item.local_id)
            self._reschedule(
                item,
                translate("Outbox", "Townsfolk had a problem sending this post."),
                unclear=phase == "post" and self._may_have_left(item.local_id),
            )
            return False
        finally:
            self._sending.discard(item.local_id)
            self._phases.pop(item.local_id, None)
            self._watches.pop(item.local_id, None)
            move = self._moves.pop(item.local_id, None)
            if move is not None and not move.done.done():
                log.info("outbox %d: not moved, its send had gone too far", item.local_id)
                move.done.set_exception(self._may_be_there())

    def _may_have_left(self, item_id: int) -> bool:
        watch = self._watches.get(item_id)
        return watch is None or watch.may_have_left

    async def _publish(self, client: MastodonClient, item: OutboxItem, draft: Draft) -> Status:
        poll = draft.poll
        return await client.post_status(
            draft.text,
            idempotency_key=item.idempotency_key,
            media_ids=[m.remote_id for m in draft.media if m.remote_id],
            poll=None
            if poll is None
            else NewPoll(
                options=poll.options,
                expires_in=poll.expires_in,
                multiple=poll.multiple,
                hide_totals=poll.hide_totals,
            ),
            in_reply_to_id=draft.in_reply_to_id,
            sensitive=draft.sensitive or None,
            spoiler_text=draft.spoiler_text or None,
            visibility=draft.visibility,
            language=draft.language,
        )

    async def _find_on_server(self, client: MastodonClient, item: OutboxItem) -> Status | None:
        return (await self._look_on_server(client, item))[0]

    async def _look_on_server(
        self, client: MastodonClient, item: OutboxItem
    ) -> tuple[Status | None, Match | None]:
        """The account's latest posts, looked through for the draft: (the post, "same") when
        found; (None, "maybe") when unsure (a near match, or the page is full of posts newer
        than the draft, so it may be further down); (None, None) when certainly not there."""
        me = self._my_ids.get(item.account_id)
        if me is None:
            me = (await client.verify_credentials()).id
            self._my_ids[item.account_id] = me
        page = await client.account_statuses(me, limit=self.recent_posts)
        not_before = item.created_at - self.clock_skew
        verdict: Match | None = None
        for status in page.items:
            match = post_match(status, item.draft, not_before=not_before)
            if match == "same":
                return status, "same"
            verdict = verdict or match
        if verdict is None and page.items and len(page.items) >= self.recent_posts:
            oldest = min(
                (s.created.timestamp() for s in page.items if s.created is not None), default=None
            )
            # (towns give times to the millisecond, cut down: a post made in the same
            # millisecond as the draft was saved may read as a little older than it)
            if oldest is not None and oldest + _TIME_PRECISION > not_before:
                verdict = "maybe"  # the page did not reach back to when the draft was saved
        return None, verdict

    async def _town_honours_key(self, client: MastodonClient, account_id: int) -> bool:
        """Whether the account's town is known to honour ``Idempotency-Key`` (asked once;
        False while it cannot be told)."""
        known = self._honours_key.get(account_id)
        if known is None:
            try:
                capabilities = await client.capabilities()
            except ApiError:
                return False
            known = (
                capabilities.software in HONOURS_IDEMPOTENCY and capabilities.supports_idempotency
            )
            self._honours_key[account_id] = known
        return known

    def _look_again(self, item: OutboxItem, server: str) -> None:
        log.info("outbox %d: not on %s yet; looking again later", item.local_id, server)
        updated = self.db.outbox.reschedule(
            item.local_id,
            error=translate(
                "Outbox",
                "Townsfolk is checking whether {town} got this post before sending it again.",
            ).format(town=server or translate("Outbox", "your town")),
            next_attempt_at=self._clock() + self.unclear_recheck,
            outcome_unclear=True,
        )
        self._notify("retrying", item.local_id, updated)

    def _may_have_been_sent(self, item: OutboxItem, server: str) -> None:
        log.info("outbox %d: maybe already on %s; asking the person", item.local_id, server)
        self._unsure.add(item.local_id)
        self._needs_attention(
            item,
            translate(
                "Outbox",
                "This post may already be on {town}: Townsfolk could not tell for sure, so it "
                "did not send it again. Please look at your posts there. If it is not there, "
                "press “Try again” to send it.",
            ).format(town=server or translate("Outbox", "your town")),
        )

    async def _upload_media(self, client: MastodonClient, item: OutboxItem) -> Draft:
        draft = item.draft
        for index, picture in enumerate(draft.media):
            if picture.remote_id:
                continue
            data, mime, name = await asyncio.to_thread(self._picture_bytes, Path(picture.path))
            media = await client.upload_media(
                data,
                filename=name,
                mime_type=mime,
                description=picture.description or None,
                focus=picture.focus,
            )
            done = replace(picture, remote_id=media.id)
            draft = replace(draft, media=(*draft.media[:index], done, *draft.media[index + 1 :]))
            self.db.outbox.save_progress(item.local_id, draft)
        return draft

    async def _failed(self, item: OutboxItem, error: ApiError, phase: str, server: str) -> None:
        unclear = phase == "post" and may_have_arrived(error)
        log.info(
            "outbox %d: %s failed (%s)%s",
            item.local_id,
            phase,
            error,
            ", it may have arrived" if unclear else "",
        )
        if isinstance(error, Unauthorized):
            await self._drop_client(item.account_id)
        if _temporary(error):
            retry_after = error.retry_after if isinstance(error, RateLimited) else None
            self._reschedule(item, error.user_message(), unclear=unclear, after=retry_after)
            return
        current = self.db.outbox.get(item.local_id)
        if (
            phase == "post"
            and current is not None
            and isinstance(error, ValidationFailed | NotFound)
            and await self._forget_lost_media(item.account_id, current)
        ):
            return
        self._needs_attention(item, _attention_message(error, server))

    async def _forget_lost_media(self, account_id: int, item: OutboxItem) -> bool:
        """After a refusal: if the town forgot uploaded pictures, upload them again."""
        uploaded = [m for m in item.draft.media if m.remote_id]
        if not uploaded:
            return False
        client = await self._client(account_id)
        media = list(item.draft.media)
        forgot = False
        for index, picture in enumerate(media):
            if not picture.remote_id:
                continue
            try:
                await client.get_media(picture.remote_id)
            except NotFound:
                media[index] = replace(picture, remote_id=None)
                forgot = True
            except ApiError:
                return False
        if not forgot:
            return False
        self.db.outbox.save_progress(item.local_id, replace(item.draft, media=tuple(media)))
        self._reschedule(item, "", unclear=False, after=0.0)
        return True

    # ------------------------------------------------------------------ state changes

    async def _confirmed(self, item: OutboxItem, remote_id: str) -> None:
        """The town has the post: save that, trying again when saving fails. Until it is
        saved, "accepted as ``remote_id``" is kept in memory and the post is never sent
        again (the account's sender keeps trying to save it)."""
        self._accepted[item.local_id] = (item.account_id, remote_id)
        for delay in (*self.save_retries, None):
            if self._save_sent(item.local_id):
                return
            if delay is None:
                break
            await asyncio.sleep(delay)
        log.error(
            "outbox %d: %s has it as %s, but saving that failed; trying again every %.0f s",
            item.local_id,
            item.account_id,
            remote_id,
            self.save_retry_poll,
        )

    def _save_sent(self, item_id: int) -> bool:
        """Save one accepted post as sent; False if saving failed (it stays accepted)."""
        accepted = self._accepted.get(item_id)
        if accepted is None:
            return True
        try:
            done = self.db.outbox.mark_sent(item_id, accepted[1])
        except (StorageError, sqlite3.OperationalError) as error:
            log.warning("outbox %d: could not save that it was sent (%r)", item_id, error)
            return False
        except (OutboxStateError, KeyError):  # no longer ours to save (a bug if it happens)
            log.exception(
                "outbox %d: accepted as %s, but it changed meanwhile", item_id, accepted[1]
            )
            del self._accepted[item_id]
            return True
        del self._accepted[item_id]
        for memory in (self._unclear_since, self._person_checked, self._unsure):
            if isinstance(memory, dict):
                memory.pop(item_id, None)
            else:
                memory.discard(item_id)
        self._forget_files(done.draft)
        self._notify("sent", item_id, done)
        return True

    def _save_accepted(self, account_id: int) -> None:
        for item_id, (account, _) in list(self._accepted.items()):
            if account == account_id and item_id not in self._sending:
                self._save_sent(item_id)

    def _reschedule(
        self, item: OutboxItem, message: str, *, unclear: bool, after: float | None = None
    ) -> None:
        if after is None:
            delay = min(self.backoff_max, self.backoff_base * 2 ** max(0, item.attempts - 1))
            delay *= 1.0 - random.random() * self.backoff_jitter
        else:
            delay = max(0.0, after)
        if unclear:
            delay = max(delay, self.unclear_settle)
            self._unclear_since.setdefault(item.local_id, self._clock())
        if after is None and item.local_id in self._hurried:
            # asked to send now while this try was under way: the next try (a look first,
            # when it may have arrived) comes at once, not after the usual wait
            delay = 0.0
        updated = self.db.outbox.reschedule(
            item.local_id,
            error=message,
            next_attempt_at=self._clock() + delay,
            outcome_unclear=unclear,
        )
        self._notify("retrying", item.local_id, updated)

    def _needs_attention(self, item: OutboxItem, message: str) -> None:
        updated = self.db.outbox.mark_failed(item.local_id, message)
        self._notify("needs_attention", item.local_id, updated)

    # ------------------------------------------------------------------ picture files

    def _prepare_and_store(self, source: Path) -> Path:
        """Runs in a worker thread."""
        prepared = prepare_picture(source)
        target = self.media_dir / (uuid.uuid4().hex + _MIME_SUFFIX.get(prepared.mime, ".bin"))
        try:
            paths.write_private(target, prepared.data, durable=True)
        except OSError as error:
            problem = from_os_error(error, where=self.media_dir)
            if problem is None:
                raise
            raise problem from error  # "the disk is full", not a bare OSError
        return target

    def _owned(self, path: Path) -> bool:
        try:
            return path.resolve().parent == self.media_dir.resolve()
        except OSError:
            return False

    def _picture_bytes(self, path: Path) -> tuple[bytes, str, str]:
        """Runs in a worker thread: our prepared copy as it is, anything else prepared now."""
        if self._owned(path):
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                raise PictureRefused("missing", str(path)) from None
            except OSError as error:
                raise PictureRefused("unreadable", str(error)) from error
            mime = _SUFFIX_MIME.get(path.suffix, "application/octet-stream")
            return data, mime, "picture" + path.suffix
        prepared = prepare_picture(path)
        return prepared.data, prepared.mime, "picture" + _MIME_SUFFIX.get(prepared.mime, "")

    def _forget_files(self, draft: Draft, keep: Draft | None = None) -> None:
        kept = {m.path for m in keep.media} if keep is not None else set()
        for picture in draft.media:
            path = Path(picture.path)
            if picture.path not in kept and self._owned(path):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)

    def stored_pictures(self) -> Sequence[Path]:
        """The prepared pictures kept for waiting posts (for diagnostics and tests)."""
        if not self.media_dir.exists():
            return []
        return sorted(p for p in self.media_dir.iterdir() if not p.name.startswith("."))
