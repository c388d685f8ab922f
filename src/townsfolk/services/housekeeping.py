"""Keeping the cache small: old posts and pictures are let go, on a schedule, off the GUI thread.

One pass (:meth:`Housekeeping.run_once`, run in a worker thread by :meth:`Housekeeping.run`):

1. every list of every account keeps its newest ``posts_per_list`` posts (a gap is marked
   below the oldest kept one, so scrolling down fetches the rest again);
2. posts that are in no list any more are deleted (``db.posts.prune_unreferenced``);
3. pictures no stored post names any more (nor an account's own avatar), unseen for
   `UNREFERENCED_AGE`, are deleted;
4. the picture folder is trimmed to ``media_bytes`` (least recently seen first), and files
   that the index does not know (left by a crash) are deleted.

The limits come from the settings (``picture_cache_mb``, ``posts_kept_per_list``) through
:meth:`Housekeeping.configure`. The session starts the schedule: the first pass a little
after start (so it never competes with the first timeline), then every few hours. Each step
is its own short write, so the GUI's reads wait at most for one of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from townsfolk.cache import Database, MediaCache, StorageError
from townsfolk.services.settings import Settings

__all__ = ["Housekeeping", "HousekeepingReport"]

log = logging.getLogger(__name__)

#: How often a pass runs, and how long after start the first one does.
INTERVAL = 6 * 3600.0
FIRST_DELAY = 120.0
#: Posts deleted per database write (the GUI's reads wait for one write at most).
BATCH = 1000
#: A picture no post names any more is kept this long after it was last shown.
UNREFERENCED_AGE = 24 * 3600.0


@dataclass(slots=True)
class HousekeepingReport:
    places_removed: int = 0
    posts_removed: int = 0
    pictures_removed: int = 0
    unreferenced_removed: int = 0
    leftovers_removed: int = 0
    picture_bytes: int = 0
    #: How much less room the saved pictures take after the pass.
    picture_bytes_freed: int = 0


class Housekeeping:
    """See the module docstring."""

    def __init__(self, db: Database, media: MediaCache | None = None) -> None:
        self.db = db
        self.media = media
        defaults = Settings()
        self.media_bytes = defaults.picture_cache_mb * 1024 * 1024
        self.posts_per_list = defaults.posts_kept_per_list
        self._task: asyncio.Task[None] | None = None
        self._pass: asyncio.Future[HousekeepingReport | None] | None = None

    def configure(self, settings: Settings) -> None:
        """Take the limits from the person's settings (the next pass uses them)."""
        self.media_bytes = int(settings.picture_cache_mb) * 1024 * 1024
        self.posts_per_list = int(settings.posts_kept_per_list)
        if self.media is not None:
            self.media.max_bytes = self.media_bytes

    def run_once(self) -> HousekeepingReport:
        """One pass, on the calling thread (use :meth:`run` from the event loop)."""
        report = HousekeepingReport()
        accounts = self.db.accounts.list()
        for account in accounts:
            account_id = account.local_id
            for key in self.db.timelines.keys(account_id):
                report.places_removed += self._trim(account_id, key)
            report.posts_removed += self.db.posts.prune_unreferenced(account_id, batch=BATCH)
        if self.media is not None:
            before = self.media.total_size()
            wanted = self.db.posts.addresses()
            wanted.update(a.avatar_url for a in accounts if a.avatar_url)
            report.unreferenced_removed = self.media.prune(
                wanted.__contains__, before=time.time() - UNREFERENCED_AGE
            )
            report.pictures_removed = self.media.trim(self.media_bytes)
            report.leftovers_removed = self.media.sweep()
            report.picture_bytes = self.media.total_size()
            report.picture_bytes_freed = max(0, before - report.picture_bytes)
        return report

    def _trim(self, account_id: int, key: str) -> int:
        """Trim one list a few thousand places per write (one write of 98,000 held the
        database for half a second)."""
        removed = 0
        count = self.db.timelines.count(account_id, key)
        while count > self.posts_per_list:
            keep = max(self.posts_per_list, count - 5 * BATCH)
            removed += self.db.timelines.trim(account_id, key, keep)
            count = self.db.timelines.count(account_id, key)
            if count > keep:  # (nothing more could go: entries sharing a sort key)
                break
        return removed

    async def run(self) -> HousekeepingReport | None:
        """One pass in a worker thread; None when the disk or database refused (logged)."""
        try:
            report = await asyncio.to_thread(self.run_once)
        except (StorageError, OSError) as error:
            log.info("housekeeping could not finish: %s", error)
            return None
        log.info("housekeeping: %s", report)
        return report

    async def run_now(self) -> HousekeepingReport | None:
        """A pass asked for by the person ("Free up space now"): after the scheduled pass
        under way, if any, so two passes never run at once."""
        running = self._pass
        if running is not None and not running.done():
            await asyncio.shield(running)
        self._pass = asyncio.ensure_future(self.run())
        return await asyncio.shield(self._pass)

    def start_schedule(
        self, interval: float | None = None, first_delay: float | None = None
    ) -> None:
        """Run a pass ``first_delay`` seconds from now (`FIRST_DELAY`), then every
        ``interval`` seconds (`INTERVAL`)."""
        if self._task is None:
            self._task = asyncio.ensure_future(
                self._schedule(
                    INTERVAL if interval is None else interval,
                    FIRST_DELAY if first_delay is None else first_delay,
                )
            )

    async def _schedule(self, interval: float, first_delay: float) -> None:
        await asyncio.sleep(first_delay)
        while True:
            running = self._pass  # (a pass the person asked for may be under way)
            if running is not None and not running.done():
                await asyncio.shield(running)
            self._pass = asyncio.ensure_future(self.run())
            await asyncio.shield(self._pass)  # (closing waits for a pass under way)
            await asyncio.sleep(interval)

    async def aclose(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        running, self._pass = self._pass, None
        if running is not None and not running.done():
            await running  # the database must not close under a pass
