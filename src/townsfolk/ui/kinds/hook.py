"""Connects the app's session to the kinds registry: NodeInfo asked in the background (four
towns at a time) for the towns seen in lists, and details of posts from their own servers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer

from townsfolk.api.client import MastodonClient
from townsfolk.cache.database import Database
from townsfolk.services.kinds import OriginDetails
from townsfolk.services.software import SoftwareService
from townsfolk.ui.kinds.registry import REGISTRY, KindRegistry, Source

__all__ = ["KindsHook"]

log = logging.getLogger(__name__)
AT_ONCE = 4


class KindsHook(QObject):
    """Made once per session by the main window; ``spawn`` runs a coroutine on the loop."""

    def __init__(
        self,
        db: Database,
        client_factory: Callable[[str, str | None], MastodonClient],
        spawn: Callable[[Coroutine[Any, Any, Any]], object],
        *,
        serves: Callable[[str], bool] = lambda host: True,
        registry: KindRegistry | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry or REGISTRY
        self.software = SoftwareService(db, client_factory=client_factory)
        self.details = OriginDetails(client_factory=client_factory)
        self._spawn = spawn
        self._slots = asyncio.Semaphore(AT_ONCE)
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(250)  # many towns learned together: one relayout
        self._batch.timeout.connect(self.registry.learned)
        self.serves = serves
        self.registry.wanted.connect(self._want)
        self.source = Source(self._known, self.details, serves)
        self._remove = self.registry.add_source(self.source)

    def close(self) -> None:
        """The window is closing: its session's facts are no longer asked."""
        self._remove()
        with contextlib.suppress(RuntimeError, TypeError):
            self.registry.wanted.disconnect(self._want)

    def _known(self, host: str) -> str | None:
        try:
            return self.software.known(host)
        except Exception:  # the database went away (closing): nothing is known
            return None

    def _want(self, host: str) -> None:
        if self.registry.source_for(host) is self.source:  # the newest window for that town
            self._spawn(self._learn(host))

    async def _learn(self, host: str) -> None:
        async with self._slots:
            try:
                await self.software.software_of(host)
            except Exception:  # a town's answer must never break the window
                log.exception("NodeInfo of %s could not be read", host)
                return
        self._batch.start()
