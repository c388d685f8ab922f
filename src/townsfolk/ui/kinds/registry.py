"""Which kind each post is, for the timeline's painter (cheap, cached, never waits)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Status
from townsfolk.services.kinds import OriginDetails, PostKind, classify, kind_line
from townsfolk.services.software import account_host, describe_software

__all__ = ["REGISTRY", "KindRegistry", "Source"]

log = logging.getLogger(__name__)
MAX_KINDS = 2000
#: Posts asked about from the rows on screen (`want_details`), remembered this long (s) so a
#: town that does not answer is not asked again at each repaint.
ASK_AGAIN_AFTER = 60.0
#: Kinds whose timeline line changes with what their own server says ("Live now: ...",
#: a video's or a track's length).
DETAILED_IN_LISTS = ("live", "video", "audio")


def _wants_details(kind: PostKind) -> bool:
    """Whether a list row of this kind still misses what its own server would add."""
    if kind.kind == "live":
        return kind.live is None
    return kind.kind in DETAILED_IN_LISTS and kind.duration is None


@dataclass(eq=False)
class Source:
    """Where one window's facts come from: ``software(host)`` (stored answers only) and
    ``details``, for the towns ``serves(host)`` says (the practice window: ``*.practice``,
    whose requests stay on this computer)."""

    software: Callable[[str], str | None]
    details: OriginDetails | None = None
    serves: Callable[[str], bool] = lambda host: True


class KindRegistry(QObject):
    """``kind_of(post)`` and ``line(post)`` from the post and the software already known of
    its author's town (``SoftwareService.known``); `complete()` asks the post's own server
    for the rest (``OriginDetails``) and says so with ``completed(post_id)``. Windows add a
    `Source` each (the newest that serves a town answers for it) and remove it on closing."""

    completed = Signal(str)
    #: A town whose software is not known yet was seen (once per town): ask its NodeInfo.
    wanted = Signal(str)
    #: What is known changed (software learned): lists lay themselves out again.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []
        self._kinds: OrderedDict[tuple[str, str, str], PostKind] = OrderedDict()
        self._asked: set[str] = set()
        self._wanted: OrderedDict[str, float] = OrderedDict()  # post id -> when asked
        self.clock: Callable[[], float] = time.monotonic
        self._tasks: set[asyncio.Task[PostKind]] = set()  # kept until done (not collected)
        #: Goes up each time something was learned; part of a timeline row's layout key.
        self.revision = 0

    def add_source(self, source: Source) -> Callable[[], None]:
        """Use ``source`` (before the older ones); returns a function that removes it."""
        self._sources.insert(0, source)
        self._forget()

        def remove() -> None:
            if source in self._sources:
                self._sources.remove(source)
                self._forget()

        return remove

    def configure(
        self,
        *,
        software: Callable[[str], str | None] | None = None,
        details: OriginDetails | None = None,
    ) -> Callable[[], None]:
        """Shortcut: one source for every town."""
        return self.add_source(Source(software or (lambda host: None), details))

    def _forget(self) -> None:
        self._kinds.clear()
        self._asked.clear()
        self._wanted.clear()
        self.learned()

    def learned(self) -> None:
        """Something new is known: rows are laid out again (call once per batch)."""
        self.revision += 1
        self.changed.emit()

    def source_for(self, host: str) -> Source | None:
        return next((s for s in self._sources if s.serves(host)), None)

    def software_known(self, host: str) -> str | None:
        """The software of ``host`` if known; if not, asks for it once (``wanted``)."""
        source = self.source_for(host)
        found = source.software(host) if source is not None else None
        if found is None and host and source is not None and host not in self._asked:
            self._asked.add(host)
            self.wanted.emit(host)
        return found

    @staticmethod
    def host_of_account(account: RemoteAccount, own_town: str) -> str:
        return account_host(account, own_town)

    def describe(self, account: RemoteAccount, own_town: str) -> str:
        """Plain words for the kind of account ("a video channel on PeerTube"), "" when the
        software of its town is not known (yet)."""
        software = self.software_known(account_host(account, own_town))
        return describe_software(software or "", group=account.group, bot=account.bot)

    @staticmethod
    def host_of(post: Status) -> str:
        own = urlsplit(post.url or post.uri or "").hostname or ""
        return account_host(post.account, own)

    def kind_of(self, post: Status) -> PostKind:
        host = self.host_of(post)
        software = self.software_known(host) or ""
        key = (post.id, post.content, software)
        found = self._kinds.get(key)
        if found is None:
            found = classify(post, software or None)
            self._kinds[key] = found
            while len(self._kinds) > MAX_KINDS:
                self._kinds.popitem(last=False)
        else:
            self._kinds.move_to_end(key)
        details = self.details_for(found.host or host)
        if details is not None:
            done = details.cached(found, post.created_at)
            if done is not None:
                return done
        return found

    def details_for(self, host: str) -> OriginDetails | None:
        source = self.source_for(host)
        return source.details if source is not None else None

    def line(self, post: Status) -> str:
        """The short line shown above the post's text ("" for an ordinary post)."""
        return kind_line(self.kind_of(post))

    def want_details(self, post: Status) -> None:
        """A row showing ``post`` is being painted (on screen): if it is a live stream whose
        state is not known yet, or a video or track whose length is not, ask its own server
        in the background (once a minute at most per post); ``completed(post.id)`` tells the
        lists when the answer is in. Rows that are not painted ask nothing."""
        kind = self.kind_of(post)
        if not _wants_details(kind):
            return
        if self.details_for(kind.host) is None:
            return
        now = self.clock()
        asked = self._wanted.get(post.id)
        if asked is not None and now - asked < ASK_AGAIN_AFTER:
            return
        with contextlib.suppress(RuntimeError):  # no running loop (a plain script)
            loop = asyncio.get_running_loop()
            self._wanted[post.id] = now
            self._wanted.move_to_end(post.id)
            while len(self._wanted) > MAX_KINDS:
                self._wanted.popitem(last=False)
            task = loop.create_task(self.complete(post))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            task.add_done_callback(_quiet)

    async def complete(self, post: Status) -> PostKind:
        kind = self.kind_of(post)
        details = self.details_for(kind.host)
        if details is None:
            return kind
        done = await details.complete(kind, post.created_at)
        if done is not kind:
            self.completed.emit(post.id)
        return done


def _quiet(task: asyncio.Task[PostKind]) -> None:
    """A background question's failure is not the row's problem (logged, never raised)."""
    if not task.cancelled() and task.exception() is not None:
        log.info("details of a post could not be read: %s", task.exception())


#: The one registry of the app (windows add their sources; tests may make their own).
REGISTRY = KindRegistry()
