"""Which kind each post is, for the timeline's painter (cheap, cached, never waits)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from townsfolk.api.entities import Status
from townsfolk.services.kinds import OriginDetails, PostKind, classify, kind_line
from townsfolk.services.software import account_host

__all__ = ["REGISTRY", "KindRegistry"]

MAX_KINDS = 2000


class KindRegistry(QObject):
    """``kind_of(post)`` and ``line(post)`` from the post and the software already known of
    its author's town (``SoftwareService.known``); `complete()` asks the post's own server
    for the rest (``OriginDetails``) and says so with ``completed(post_id)``."""

    completed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._software: Callable[[str], str | None] = lambda host: None
        self.details: OriginDetails | None = None
        self._kinds: OrderedDict[tuple[str, str, str], PostKind] = OrderedDict()

    def configure(
        self,
        *,
        software: Callable[[str], str | None] | None = None,
        details: OriginDetails | None = None,
    ) -> None:
        if software is not None:
            self._software = software
        if details is not None:
            self.details = details
        self._kinds.clear()

    @staticmethod
    def host_of(post: Status) -> str:
        own = urlsplit(post.url or post.uri or "").hostname or ""
        return account_host(post.account, own)

    def kind_of(self, post: Status) -> PostKind:
        software = self._software(self.host_of(post)) or ""
        key = (post.id, post.content, software)
        found = self._kinds.get(key)
        if found is None:
            found = classify(post, software or None)
            self._kinds[key] = found
            while len(self._kinds) > MAX_KINDS:
                self._kinds.popitem(last=False)
        else:
            self._kinds.move_to_end(key)
        if self.details is not None:
            done = self.details.cached(found, post.created_at)
            if done is not None:
                return done
        return found

    def line(self, post: Status) -> str:
        """The short line shown above the post's text ("" for an ordinary post)."""
        return kind_line(self.kind_of(post))

    async def complete(self, post: Status) -> PostKind:
        kind = self.kind_of(post)
        if self.details is None:
            return kind
        done = await self.details.complete(kind, post.created_at)
        if done is not kind:
            self.completed.emit(post.id)
        return done


#: The one registry of the app (configured by the main window; tests may make their own).
REGISTRY = KindRegistry()
